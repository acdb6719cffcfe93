//! The fast path's tight loop: the characters of the Arabic block whose
//! action the configuration's table ([`table`](super::table)) gives (kept,
//! dropped, or replaced by one character), ASCII letters, digits and
//! punctuation, line feeds, and single spaces between words, with the
//! safe-cut bookkeeping they need and nothing else. The scan state lives in
//! [`Scan`], which the loop copies into locals, so that it runs in
//! registers.

use crate::normalize::scan::Scan;
use crate::normalize::sink::Sink;
use crate::normalize::switches::Normalizer;
use crate::normalize::table::{Mode, CCC, INERT, KIND, KIND_BITS, LAST_LETTER, MARK};

/// No cut (in the tight loop's `cut`).
const NONE: usize = usize::MAX;

/// The tight loop from byte `i`: returns the byte of the first character it
/// does not take. The state it updates lives in locals (registers) while it
/// runs; changes go to `sink`.
pub(super) fn plain_run(
    n: &Normalizer,
    text: &str,
    i: usize,
    mode: Mode,
    rows: Rows,
    scan: &mut Scan,
    sink: &mut Sink<'_>,
) -> usize {
    // Without elongation the loop keeps no runs: fewer live values.
    if mode.elongation {
        run::<true>(n, text, i, mode, rows, scan, sink)
    } else {
        run::<false>(n, text, i, mode, rows, scan, sink)
    }
}

/// [`plain_run`], with `ELONGATION` for `mode.elongation`.
#[inline(never)]
fn run<const ELONGATION: bool>(
    n: &Normalizer,
    text: &str,
    mut i: usize,
    mode: Mode,
    rows: Rows,
    scan: &mut Scan,
    sink: &mut Sink<'_>,
) -> usize {
    let bytes = text.as_bytes();
    let keep = mode.keep;
    let change = mode.drop | mode.replace;
    let mut left = scan.left;
    let mut last_ws = scan.last_ws;
    let mut last_ccc = scan.last_ccc;
    let mut runs = scan.runs;
    // The last cut found here (tentative under the word rules).
    let mut cut = NONE;
    macro_rules! flush_cut {
        () => {
            if cut != NONE {
                if mode.word_mode {
                    scan.word_cut = Some(cut);
                } else {
                    scan.cut_in = cut;
                }
                cut = NONE;
            }
        };
    }
    while let Some(&b) = bytes.get(i) {
        if b & 0xFC == 0xD8 {
            let Some(&second) = bytes.get(i + 1) else {
                break;
            };
            let idx = crate::chars::block_index_utf8(b, second);
            let k = KIND[idx];
            let bit = 1u32 << (k & KIND_BITS);
            let inert = k & INERT != 0;
            let letter = k & KIND_BITS <= LAST_LETTER;
            if keep & bit != 0 {
                if k & MARK != 0 {
                    let ccc = CCC[idx];
                    if mode.reorder && ccc != 0 && ccc < last_ccc {
                        break; // canonical reordering
                    }
                    last_ccc = ccc;
                    if ELONGATION {
                        runs.reset();
                    }
                } else {
                    if ELONGATION {
                        if !letter {
                            runs.reset();
                        } else if runs.push_code(crate::chars::block_char(idx) as u32) {
                            scan.force_slow = true;
                            break;
                        }
                    }
                    if left.step(inert, false) {
                        cut = i;
                    }
                    last_ccc = 0;
                    if inert {
                        // The letters after it up to `j`, and single spaces
                        // between them: the state is the last letter's.
                        let before = u16::from_le_bytes([b, second]);
                        let skip = rows.skip::<ELONGATION>(bytes, i + 2, before);
                        let j = skip.end;
                        if let Some((first, last)) = skip.spaces {
                            // Each space ends a word whose last cut is safe
                            // (the first one's as the scan has it).
                            if first > i + 2 {
                                cut = first - 2;
                            }
                            flush_cut!();
                            if mode.word_mode {
                                scan.commit_word(sink.run);
                            }
                            if last > first {
                                cut = last_cut_between(bytes, first, last);
                                flush_cut!();
                                if mode.word_mode {
                                    scan.commit_word(sink.run);
                                }
                            }
                            if j > last + 3 {
                                cut = j - 2;
                            }
                        } else if j > i + 2 {
                            cut = j - 2;
                        }
                        if j > i + 2 {
                            if ELONGATION {
                                let last =
                                    crate::chars::block_index_utf8(bytes[j - 2], bytes[j - 1]);
                                runs.reset();
                                runs.push_code(crate::chars::block_char(last) as u32);
                            }
                            i = j - 2;
                        }
                    }
                }
                last_ws = false;
            } else if change & bit != 0 {
                let push = if mode.replace & bit != 0 {
                    let c = n.replacement(idx);
                    if ELONGATION {
                        if !letter {
                            runs.reset();
                        } else if runs.push_code(c as u32) {
                            scan.force_slow = true;
                            break;
                        }
                    }
                    last_ccc = 0;
                    last_ws = false;
                    Some(c)
                } else {
                    None
                };
                if k & MARK == 0 && left.step(inert, false) {
                    cut = i;
                }
                flush_cut!();
                sink.change(text, i, 2, push, scan);
            } else {
                break;
            }
            i += 2;
        } else if b.is_ascii_alphabetic() || (b.is_ascii_digit() && !mode.arabic_indic) {
            if left.step(true, false) {
                cut = i;
            }
            if ELONGATION {
                runs.reset();
            }
            last_ccc = 0;
            last_ws = false;
            i += 1;
        } else if b.is_ascii_punctuation() {
            left.step(false, false);
            if ELONGATION {
                runs.reset();
            }
            last_ccc = 0;
            last_ws = false;
            i += 1;
        } else if (b == b' ' && !last_ws && mode.kept_at(bytes, i + 1)) || b == b'\n' {
            // A line feed, or one space between words before a character
            // that stays: the end of a word.
            flush_cut!();
            if mode.word_mode {
                scan.commit_word(sink.run);
            }
            left.step(false, false);
            if ELONGATION {
                runs.reset();
            }
            last_ccc = 0;
            last_ws = true;
            i += 1;
            if b == b'\n' {
                // A cut after every line feed.
                scan.cut_in = i;
                scan.word_cut = None;
            }
        } else {
            break;
        }
    }
    if cut != NONE {
        if mode.word_mode {
            scan.word_cut = Some(cut);
        } else {
            scan.cut_in = cut;
        }
    }
    scan.left = left;
    scan.last_ws = last_ws;
    scan.last_ccc = last_ccc;
    scan.runs = runs;
    i
}

/// The kept inert letters of the rows led by D8 (U+0600–U+063F) and D9
/// (U+0640–U+067F), bit `second & 0x3F` of a row; the inert letters are in
/// those two rows.
#[derive(Clone, Copy)]
pub(super) struct Rows([u64; 2]);

/// For each letter kind k, its inert letters as [`Rows`] bits.
static KIND_ROWS: [[u64; 2]; LAST_LETTER as usize + 1] = {
    let mut t = [[0; 2]; LAST_LETTER as usize + 1];
    let mut i = 0;
    while i < 128 {
        let k = KIND[i];
        if k & INERT != 0 {
            t[(k & KIND_BITS) as usize][i >> 6] |= 1 << (i & 63);
        }
        i += 1;
    }
    t
};

impl Rows {
    /// The kept inert letters under the keep mask `keep` (the tight loop's
    /// `Mode::keep`).
    pub(super) fn new(keep: u32) -> Rows {
        let mut rows = [0; 2];
        for (k, kind) in KIND_ROWS.iter().enumerate() {
            if keep & (1 << k) != 0 {
                rows[0] |= kind[0];
                rows[1] |= kind[1];
            }
        }
        Rows(rows)
    }

    /// Whether the two bytes `lead`, `second` are a kept inert letter.
    #[inline(always)]
    fn has(self, lead: u8, second: u8) -> bool {
        let row = match lead {
            0xD8 => self.0[0],
            0xD9 => self.0[1],
            _ => return false,
        };
        (row >> (second & 0x3F)) & 1 != 0
    }

    /// The run of kept inert letters from byte `i` of `bytes`, and of single
    /// spaces between them, where the character before is a kept inert
    /// letter `before` (its two bytes); with `RUNS`, the run stops before a
    /// letter equal to the one before it (elongation counts runs of
    /// identical letters).
    #[inline(always)]
    pub(super) fn skip<const RUNS: bool>(self, bytes: &[u8], mut i: usize, before: u16) -> Skip {
        let mut last = before;
        let mut spaces: Option<(usize, usize)> = None;
        while let Some(&[lead, second]) = bytes.get(i..i + 2) {
            if lead == b' ' {
                // A space, taken with the letter after it.
                match bytes.get(i + 2) {
                    Some(&third) if self.has(second, third) => {}
                    _ => break,
                }
                spaces = Some((spaces.map_or(i, |s| s.0), i));
                last = 0;
                i += 1;
                continue;
            }
            if !self.has(lead, second) {
                break;
            }
            if RUNS {
                let pair = u16::from_le_bytes([lead, second]);
                if pair == last {
                    break;
                }
                last = pair;
            }
            i += 2;
        }
        Skip { end: i, spaces }
    }
}

/// What [`Rows::skip`] took: up to `end`, and the first and last space.
pub(super) struct Skip {
    end: usize,
    spaces: Option<(usize, usize)>,
}

/// The last safe cut in the words between the spaces at `first` and `last`
/// of a run [`Rows::skip`] took (inert letters and single spaces), if any:
/// before the last letter of a word of two or more.
fn last_cut_between(bytes: &[u8], first: usize, last: usize) -> usize {
    let mut p = last - 2;
    loop {
        if bytes[p - 1] != b' ' {
            return p;
        }
        if p - 1 == first {
            return NONE;
        }
        p -= 3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chars;

    #[test]
    fn rows_hold_the_inert_letters() {
        let all = Rows::new(u32::MAX);
        for i in 0..256 {
            let c = chars::block_char(i);
            let bit = i < 128 && (all.0[i >> 6] >> (i & 63)) & 1 != 0;
            assert_eq!(bit, chars::is_inert(c), "U+{:04X}", c as u32);
        }
    }
}
