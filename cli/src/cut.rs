//! Where the input is cut into chunks, so that memory stays bounded on every
//! input, and the output is the one the whole input would give.
//!
//! Each subcommand has a preferred cut (after white space for `tokenize` and
//! `analyze`, after a line feed for `sentences`, the library's
//! [`normalize_boundary`](arabic_text::stream::normalize_boundary) for
//! `normalize`). When [`Cuts::max_hold`] bytes have been read without one,
//! other boundaries of the subcommand's own output are tried (token ends
//! after a character that ends every token, sentence ends after white space,
//! cuts between solid characters): such a cut is taken when processing a
//! window of text around it in two pieces gives the output of the window
//! whole. After four times as many bytes (as many for `analyze` and
//! `normalize`, whose work on a long token or word takes up to 50 times its
//! size) with no cut of either kind, the text is cut anyway, before a
//! character that starts a new grapheme when there is one, so that memory
//! stays bounded even then.
//! Such a cut gets the text around it as context only when that window
//! gives the same output in two pieces; otherwise each side is processed on
//! its own, or with the subcommand's stand-in context (a token or sentence
//! that long is split; a run of marks or white space that long is
//! normalized in pieces), so that no output is written twice.

use arabic_text::chars;

/// How many candidate cuts one read tries.
const TRIES: usize = 16;
/// How close to a read's ends a [`Cutter::local`] candidate may lie.
const EDGE: usize = 64;
/// How many bytes each side of a candidate cut the check looks at (at most
/// a quarter of the text read, but for a [`Cutter::local`] cutter): the
/// same text is handed to the subcommand as context around the cut.
const WINDOW: usize = 1024;

/// The cutting rules of one subcommand.
pub trait Cutter {
    /// The preferred cut in `text` (the largest offset in `1..=len`), or 0.
    fn preferred(&self, text: &str) -> usize;
    /// Candidate cuts in `text`, pushed onto `cuts` in any order.
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>);
    /// Whether processing `text[..at]` and `text[at..]` one after the other
    /// gives the output of `text` whole.
    fn same_output(&self, text: &str, at: usize) -> bool;
    /// The cut taken when no other cut was found for too long: by default
    /// [`forced`].
    fn forced(&self, text: &str) -> usize {
        forced(text)
    }
    /// The context each side of a forced cut gets when the text around it
    /// does not give the same output in two pieces: by default none, so
    /// each side is processed on its own.
    fn stand_in(&self) -> &'static str {
        ""
    }
    /// Whether the candidates depend only on a few characters each side
    /// (`normalize`'s cuts between solid characters): then they are tried
    /// at every read without a preferred cut, not only after
    /// [`Cuts::max_hold`] bytes, and up to [`EDGE`] bytes from the read's
    /// ends, with as much window as the read holds. By default no.
    fn local(&self) -> bool {
        false
    }
    /// After how many times [`Cuts::max_hold`] bytes without a cut the
    /// forced cut is taken.
    fn force_after(&self) -> usize {
        4
    }
}

/// Cuts text for one [`Cutter`], counting the bytes held since the last cut.
pub struct Cuts<'a, C: ?Sized> {
    cutter: &'a C,
    /// Bytes held without a preferred cut before the others are tried.
    max_hold: usize,
    /// Bytes seen since the last cut.
    held: usize,
    /// Scratch space for the candidates.
    scratch: Vec<usize>,
    /// The text around the last cut when it was not a preferred one: before
    /// it and after it.
    context: (String, String),
}

impl<'a, C: Cutter + ?Sized> Cuts<'a, C> {
    /// Cuts for `cutter`, trying other cuts after `max_hold` bytes.
    pub fn new(cutter: &'a C, max_hold: usize) -> Self {
        Cuts {
            cutter,
            max_hold: max_hold.max(1),
            held: 0,
            scratch: Vec::new(),
            context: (String::new(), String::new()),
        }
    }

    /// To be called before each chunk is read.
    pub fn start_chunk(&mut self) {
        self.held = 0;
        self.context.0.clear();
        self.context.1.clear();
    }

    /// The text before and after the cut that ended the last chunk, when it
    /// was not a preferred cut (both empty otherwise).
    pub fn context(&self) -> (&str, &str) {
        (&self.context.0, &self.context.1)
    }

    /// Records the text around a cut that is not a preferred one.
    fn record(&mut self, text: &str, p: usize) -> usize {
        let (start, end) = window(text, p, self.margin(text));
        self.context.0.push_str(&text[start..p]);
        self.context.1.push_str(&text[p..end]);
        p
    }

    /// The boundary function for `ChunkReader::next_chunk`: `text` is the
    /// text read since the last call (with a few bytes of overlap).
    pub fn cut(&mut self, text: &str) -> usize {
        let p = self.cutter.preferred(text);
        if p > 0 {
            return p;
        }
        self.held += text.len();
        if self.held < self.max_hold && !self.cutter.local() {
            return 0;
        }
        if let Some(p) = self.checked(text) {
            return self.record(text, p);
        }
        if self.held / self.cutter.force_after().max(1) >= self.max_hold {
            let p = self.cutter.forced(text);
            return match p {
                0 => 0,
                p if self.splits_cleanly(text, p) => self.record(text, p),
                p => {
                    let stand_in = self.cutter.stand_in();
                    self.context.0.push_str(stand_in);
                    self.context.1.push_str(stand_in);
                    p
                }
            };
        }
        0
    }

    /// Whether the text around `p`, the context that [`Cuts::record`] would
    /// hand out, gives the same output in two pieces as whole. Both chunks
    /// see that same text, so they agree on where the output is cut. Not
    /// so inside a run that the subcommand's output reorders or joins
    /// across `p` (a run of marks that NFC reorders, a long token, a long
    /// run of white space): each side then gets [`Cutter::stand_in`] as its
    /// context, so that nothing near the cut is written twice.
    fn splits_cleanly(&self, text: &str, p: usize) -> bool {
        let (start, end) = window(text, p, self.margin(text));
        self.cutter.same_output(&text[start..end], p - start)
    }

    /// How many bytes each side of a cut in `text` are checked and handed
    /// out as context: for a [`Cutter::local`] cutter its whole window
    /// (clipped at the read's ends), else at most a quarter of the read.
    fn margin(&self, text: &str) -> usize {
        if self.cutter.local() {
            WINDOW
        } else {
            margin(text)
        }
    }

    /// The latest candidate cut that leaves the output unchanged.
    fn checked(&mut self, text: &str) -> Option<usize> {
        let margin = self.margin(text);
        // How far from the read's ends a candidate must lie.
        let edge = if self.cutter.local() { EDGE } else { margin };
        if margin == 0 || text.len() < 2 * edge {
            return None;
        }
        self.scratch.clear();
        self.cutter.candidates(text, &mut self.scratch);
        self.scratch
            .retain(|&p| p >= edge && p + edge <= text.len() && text.is_char_boundary(p));
        self.scratch.sort_unstable_by(|a, b| b.cmp(a));
        self.scratch.dedup();
        self.scratch.iter().take(TRIES).copied().find(|&p| {
            let (start, end) = window(text, p, margin);
            self.cutter.same_output(&text[start..end], p - start)
        })
    }
}

/// How many bytes each side of a cut are checked, and handed out as
/// context, in `text`.
fn margin(text: &str) -> usize {
    (text.len() / 4).min(WINDOW)
}

/// The text around the cut `p` in `text` that is handed out as context: up
/// to `margin` bytes each side (within `text`), widened to character
/// boundaries.
fn window(text: &str, p: usize, margin: usize) -> (usize, usize) {
    let start = floor_char_boundary(text, p.saturating_sub(margin));
    let end = ceil_char_boundary(text, (p + margin).min(text.len()));
    (start, end)
}

/// The last offset in `1..len` of `text` before a character that starts a
/// grapheme (not a mark, not a format character, not after one); else the
/// last before a character that is no mark (so a run where every letter
/// follows a format character is not cut between a letter's marks); else
/// the last character boundary. 0 only when `text` is one character.
pub fn forced(text: &str) -> usize {
    let mut after: Option<char> = None;
    // The last boundary, and the last one before a character that is no
    // mark (a format character may be next to it).
    let (mut last, mut before_base) = (0, 0);
    for (i, c) in text.char_indices().rev() {
        if let Some(b) = after {
            let p = i + c.len_utf8();
            if last == 0 {
                last = p;
            }
            if !chars::is_mn_me(b) {
                if !chars::is_format(b) && !chars::is_format(c) {
                    return p;
                }
                if before_base == 0 {
                    before_base = p;
                }
            }
        }
        after = Some(c);
    }
    if before_base > 0 {
        before_base
    } else {
        last
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forced_cut_keeps_marks_and_joiners() {
        assert_eq!(forced("abc"), 2);
        assert_eq!(forced("بَب"), "بَ".len());
        // ب ZWJ ب: not around the joiner.
        assert_eq!(forced("ب\u{200D}ب"), "ب\u{200D}".len());
        assert_eq!(forced("a"), 0);
        // Every letter after a format character: before the last ZWSP, not
        // between a letter's marks (a reviewer's `ب`, shadda, fatha, ZWSP).
        let unit = "ب\u{651}\u{64E}\u{200B}";
        assert_eq!(forced(&unit.repeat(3)), 3 * unit.len() - 3);
        // Marks alone: the last boundary.
        assert_eq!(forced("\u{64E}\u{64F}\u{650}"), 4);
    }
}
