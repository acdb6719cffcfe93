//! The changes in the skim's plain blocks: the characters of the Arabic
//! block that the configuration drops or replaces by one character (ة ى أ
//! under `search`, the harakat, the Arabic comma), which the skim
//! ([`skim`](super::simd::skim)) lists instead of ending its blocks at
//! them. The tight loop ([`plain`](super::plain)) makes them as it makes
//! its own changes, after three checks of the neighbours that its state
//! would have made:
//!
//! - a dropped character after a space, a line feed or a TAB: the space
//!   would not be single (the loop keeps a space only before a character
//!   that stays, and after a line feed or a TAB the next space is at the
//!   start of a line or next to the TAB);
//! - a space before a character that the space does not stay before
//!   (`Mode::space_before`);
//! - under `collapse_elongation`, a replacement letter, or a dropped
//!   character between two letters, that may make a run of three
//!   identical letters (the skim's own test sees only runs of the text's
//!   letters, side by side).
//!
//! The loop goes on before the first change that fails one: from the last
//! blank before it (or, with no word rule, from the change itself). The
//! last safe cut before where it goes on is recorded as the loop records
//! its own, so that a slow character after it does not send the whole
//! skipped text to the pipeline again.

use crate::chars::{block_char, block_index_utf8};
use crate::normalize::cut::recent_cut;
use crate::normalize::scan::Scan;
use crate::normalize::simd::skim::CHANGES;
use crate::normalize::sink::Sink;
use crate::normalize::switches::Normalizer;
use crate::normalize::table::{Mode, KIND, KIND_BITS, LAST_LETTER, MARK};

/// Makes the changes at the bytes `changes` (in order) that lie before
/// byte `at`, where the skim from byte `i` says the loop goes on; returns
/// where it goes on: `at`, or before the first change that needs the
/// loop, or `None` (nothing made) when that is not after `i`; and the last
/// safe cut before it when that lies after the last change (the loop's to
/// record). `anywhere`: no word rule (the loop can go on from any
/// character; the cuts are final, not the word rules' tentative ones).
#[allow(clippy::too_many_arguments)]
pub(super) fn make_changes(
    n: &Normalizer,
    mode: Mode,
    text: &str,
    i: usize,
    at: usize,
    changes: &[usize],
    replacements: &mut [char; 256],
    anywhere: bool,
    sink: &mut Sink<'_>,
    scan: &mut Scan,
) -> Option<(usize, Option<usize>)> {
    let bytes = text.as_bytes();
    // Each change's replacement (`None`: dropped), up to the first that
    // needs the loop.
    let mut made = [None; CHANGES];
    let mut stop = None;
    let mut count = 0;
    // The change before (none: 0, as every change is at byte 4 or later).
    let mut before = 0;
    for (k, &p) in changes.iter().enumerate().take_while(|&(_, &p)| p < at) {
        let Some(slot) = made.get_mut(k) else {
            stop = Some(p);
            break;
        };
        let change = Change::at(n, mode, bytes, p, replacements);
        let joined = (before + 2 == p, changes.get(k + 1) == Some(&(p + 2)));
        before = p;
        if change.needs_loop(n, mode, bytes, joined) {
            stop = Some(p);
            break;
        }
        *slot = change.push;
        count = k + 1;
    }
    let resume = match stop {
        None => at,
        Some(p) if anywhere => p - usize::from(matches!(bytes[p - 1], b' ' | b'\n' | b'\t')),
        Some(p) => {
            i + bytes[i..p]
                .iter()
                .rposition(|&b| matches!(b, b' ' | b'\n'))?
        }
    };
    if resume <= i {
        return None;
    }
    let mut cut = recent_cut(text, i, resume);
    for (&p, &push) in changes[..count]
        .iter()
        .zip(&made)
        .take_while(|&(&p, _)| p < resume)
    {
        // The cut goes to the scan before the change after it, which
        // records the output's length there.
        if let Some(c) = cut.filter(|&c| c <= p) {
            if anywhere {
                scan.cut_in = c;
            } else {
                scan.word_cut = Some(c);
            }
            cut = None;
        }
        sink.change(text, p, 2, push, scan);
    }
    Some((resume, cut))
}

/// A change: the character of the Arabic block at byte `p` (`p >= 4`,
/// after the skim's start), its kind's bit, and what it becomes.
struct Change {
    p: usize,
    bit: u32,
    /// The replacement; `None` when it is dropped.
    push: Option<char>,
    /// It is a letter (a replacement then counts in a run).
    letter: bool,
}

impl Change {
    /// The change at byte `p`; `replacements` holds the replacements
    /// looked up so far (`'\0'`: not yet), and gets this one's.
    #[inline(always)]
    fn at(
        n: &Normalizer,
        mode: Mode,
        bytes: &[u8],
        p: usize,
        replacements: &mut [char; 256],
    ) -> Change {
        let idx = block_index_utf8(bytes[p], bytes[p + 1]);
        let k = KIND[idx];
        let bit = 1u32 << (k & KIND_BITS);
        let push = (mode.replace & bit != 0).then(|| match replacements[idx] {
            '\0' => {
                let c = n.replacement(idx);
                replacements[idx] = c;
                c
            }
            c => c,
        });
        Change {
            p,
            bit,
            push,
            letter: k & KIND_BITS <= LAST_LETTER,
        }
    }

    /// Whether the change needs the tight loop's look at its neighbours
    /// (see the module's doc); `joined`: the characters right before and
    /// right after it are changes too.
    fn needs_loop(&self, n: &Normalizer, mode: Mode, bytes: &[u8], joined: (bool, bool)) -> bool {
        let p = self.p;
        match bytes[p - 1] {
            b' ' | b'\n' | b'\t' if self.push.is_none() => return true,
            b' ' if mode.space_before & self.bit == 0 => return true,
            _ => {}
        }
        if !mode.elongation {
            return false;
        }
        // With unchanged neighbours, the quick answer: a run needs the
        // letter before or after to be the replacement (or, when dropped,
        // the two to be one letter).
        let (before, after) = (bytes.get(p - 2..p), bytes.get(p + 2..p + 4));
        if !joined.0 && !joined.1 {
            let mut buf = [0; 4];
            match self.push {
                None if before != after => return false,
                Some(_) if !self.letter => return false,
                Some(c) => {
                    let c = Some(c.encode_utf8(&mut buf).as_bytes());
                    if before != c && after != c {
                        return false;
                    }
                }
                None => {}
            }
        }
        let value = self.push.map(|c| self.letter.then_some(c as u32));
        let (l2, back) = letter_before(n, mode, bytes, p);
        let (r1, next) = letter_after(n, mode, bytes, p + 2);
        let l1 = || letter_before(n, mode, bytes, back).0;
        let r2 = || letter_after(n, mode, bytes, next).0;
        let same = |a: Option<u32>, b: Option<u32>| a.is_some() && a == b;
        match value {
            // Dropped: the letters on both sides meet.
            None => same(l2, r1) && (same(l1(), l2) || same(r1, r2())),
            Some(c) => {
                (same(l2, c) && (same(r1, c) || same(l1(), c))) || (same(r1, c) && same(r2(), c))
            }
        }
    }
}

/// What the character of the Arabic block at byte `q` adds to a run of
/// identical letters, as the tight loop counts them: `None` when it is
/// dropped (it does not end the run), `Some(None)` when it ends the run
/// (no letter, or a mark that stays), or the letter it becomes.
#[inline(always)]
fn run_value(n: &Normalizer, mode: Mode, bytes: &[u8], q: usize) -> Option<Option<u32>> {
    let idx = block_index_utf8(bytes[q], bytes[q + 1]);
    let k = KIND[idx];
    let bit = 1u32 << (k & KIND_BITS);
    let letter = k & KIND_BITS <= LAST_LETTER;
    if mode.drop & bit != 0 {
        None
    } else if mode.replace & bit != 0 {
        Some(letter.then(|| n.replacement(idx) as u32))
    } else {
        Some((letter && mode.keep & bit != 0 && k & MARK == 0).then(|| block_char(idx) as u32))
    }
}

/// The letter the last character before byte `q` that is not dropped
/// becomes (`None` when it ends a run, or is no character of the Arabic
/// block), and its byte.
fn letter_before(n: &Normalizer, mode: Mode, bytes: &[u8], mut q: usize) -> (Option<u32>, usize) {
    while q >= 2 && bytes[q - 2] & 0xFC == 0xD8 && bytes[q - 1] & 0xC0 == 0x80 {
        q -= 2;
        if let Some(value) = run_value(n, mode, bytes, q) {
            return (value, q);
        }
    }
    (None, q)
}

/// The letter the first character from byte `q` on that is not dropped
/// becomes (as [`letter_before`]), and the byte after it.
fn letter_after(n: &Normalizer, mode: Mode, bytes: &[u8], mut q: usize) -> (Option<u32>, usize) {
    while q + 1 < bytes.len() && bytes[q] & 0xFC == 0xD8 {
        let value = run_value(n, mode, bytes, q);
        q += 2;
        if let Some(value) = value {
            return (value, q);
        }
    }
    (None, q)
}

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::String;

    use crate::Normalizer;

    /// `body` after enough plain text for the skim (2 KB, which it starts
    /// at), normalized: the output of `body` alone (the text before it
    /// stays as it is, but for the folds in it).
    fn after_plain(n: &Normalizer, body: &str) -> String {
        let head = "كتاب في مدرسه abc 2024 علي الطاوله كتاب في مدينه\n".repeat(60);
        let text = format!("{head}{body}");
        let out = n.normalize(&text).into_owned();
        let head_out = n.normalize(&head).into_owned();
        assert!(out.starts_with(&head_out), "{out:?}");
        out[head_out.len()..].into()
    }

    #[test]
    fn the_skim_makes_the_folds_of_search() {
        let search = Normalizer::search();
        let body = "مدرسة في المدينة المنورة، على الطاولة أو إلى الكُتّاب ".repeat(8);
        let expected = "مدرسه في المدينه المنوره, علي الطاوله او الي الكتاب ".repeat(8);
        assert_eq!(after_plain(&search, &body), expected.trim_end());
    }

    #[test]
    fn a_dropped_character_after_a_space_or_line_feed_ends_the_skip() {
        let search = Normalizer::search();
        // The space before a dropped tanween goes (it precedes no kept
        // character), and the space after a line feed and a dropped
        // tatweel is at the start of a line.
        let body = format!(
            "{} ً كتاب\nـ كتاب {}",
            "كتاب في ".repeat(8),
            "في كتاب ".repeat(8)
        );
        let expected = format!(
            "{}كتاب\nكتاب {}",
            "كتاب في ".repeat(8),
            "في كتاب ".repeat(8)
        );
        assert_eq!(after_plain(&search, &body), expected.trim_end());
    }

    #[test]
    fn a_fold_or_a_dropped_mark_that_makes_a_run_ends_the_skip() {
        let search = Normalizer::search();
        // ههة folds to a run of three heh; هَهَه drops to one; اأا folds
        // to one alef.
        for (word, folded) in [("كههة", "كه"), ("كهَهَه", "كه"), ("باأا", "با"), ("ىيي", "ي")]
        {
            let body = format!("{}{word} {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
            let expected = format!("{}{folded} {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
            assert_eq!(after_plain(&search, &body), expected.trim_end(), "{word}");
        }
    }

    #[test]
    fn a_hamza_before_ascii_is_plain_and_before_a_mark_read_by_the_word_rules() {
        let search = Normalizer::search();
        let body = format!("{}سماء، {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
        let expected = format!("{}سماء, {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
        assert_eq!(after_plain(&search, &body), expected.trim_end());
        // ءَا reads as آ (Quran orthography), which folds to ا.
        let body = format!("{}ءَامنوا {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
        let expected = format!("{}امنوا {}", "كتاب في ".repeat(8), "في كتاب ".repeat(8));
        assert_eq!(after_plain(&search, &body), expected.trim_end());
        assert!(search.is_normalized(&format!("{}{}", "سماء كتاب ".repeat(400), "جزء.")));
    }
}
