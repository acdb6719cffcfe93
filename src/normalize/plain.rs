//! The fast path's tight loop: the characters of the Arabic block whose
//! action the configuration's table ([`table`](super::table)) gives (kept,
//! dropped, or replaced by one character), ASCII letters, digits and
//! punctuation, the quotes beyond ASCII (kept, or made ASCII), pictographs
//! and emoji, line feeds, TABs, and single spaces between words, with the
//! safe-cut bookkeeping they need and nothing else. After a blank (or,
//! with no word rule, after punctuation and quotes) it asks the skim
//! ([`skim`](super::simd::skim)) for text it would keep without a rule,
//! sixteen or thirty-two bytes a step. The scan state lives in [`Scan`],
//! which the loop copies into locals, so that it runs in registers.

use crate::normalize::changes::make_changes;
use crate::normalize::cut::{recent_cut, Left};
use crate::normalize::scan::Scan;
use crate::normalize::simd::skim::Skim;
use crate::normalize::sink::Sink;
use crate::normalize::switches::Normalizer;
use crate::normalize::table::{
    pictograph_at, quote_at, stray_joiner_at, Mode, CCC, INERT, KIND, KIND_BITS, LAST_LETTER, MARK,
};

/// The tight loop from byte `i`: returns the byte of the first character it
/// does not take. The state it updates lives in locals (registers) while it
/// runs; changes go to `sink`.
pub(super) fn plain_run(
    n: &Normalizer,
    text: &str,
    i: usize,
    mode: Mode,
    scan: &mut Scan,
    sink: &mut Sink<'_>,
    skim: &mut Skim,
) -> usize {
    // Without elongation the loop keeps no runs, and without the skim no
    // count of spaces: fewer live values.
    match (mode.elongation, skim.is_on()) {
        (true, true) => run::<true, true>(n, text, i, mode, scan, sink, skim),
        (true, false) => run::<true, false>(n, text, i, mode, scan, sink, skim),
        (false, true) => run::<false, true>(n, text, i, mode, scan, sink, skim),
        (false, false) => run::<false, false>(n, text, i, mode, scan, sink, skim),
    }
}

/// The start of the character that ends at byte `end` (> 0) of `text`,
/// and whether it is an inert letter (the left side of a cut).
#[inline]
fn char_before(text: &str, end: usize) -> (usize, bool) {
    match text[..end].chars().next_back() {
        Some(c) => (end - c.len_utf8(), crate::chars::is_inert(c)),
        None => (0, false),
    }
}

/// The end of the marks from byte `i` on of a kind in `drop`.
#[inline(always)]
fn dropped_marks(bytes: &[u8], mut i: usize, drop: u32) -> usize {
    while let Some(&[lead, second]) = bytes.get(i..i + 2) {
        if lead & 0xFC != 0xD8 {
            break;
        }
        let k = KIND[crate::chars::block_index_utf8(lead, second)];
        if k & MARK == 0 || drop & (1 << (k & KIND_BITS)) == 0 {
            break;
        }
        i += 2;
    }
    i
}

/// [`plain_run`], with `ELONGATION` for `mode.elongation` and `SKIM` when
/// the skim may be tried.
#[inline(never)]
fn run<const ELONGATION: bool, const SKIM: bool>(
    n: &Normalizer,
    text: &str,
    mut i: usize,
    mode: Mode,
    scan: &mut Scan,
    sink: &mut Sink<'_>,
    skim: &mut Skim,
) -> usize {
    const NONE: usize = usize::MAX;
    let bytes = text.as_bytes();
    let keep = mode.keep;
    let change = mode.drop | mode.replace;
    let mut left = scan.left;
    let mut last_ws = scan.last_ws;
    let mut last_ccc = scan.last_ccc;
    let mut runs = scan.runs;
    let mut wait = skim.wait;
    // The last cut found here (tentative under the word rules).
    let mut cut = NONE;
    // Without word rules, the skim may be tried after any kept character.
    let anywhere = SKIM && skim.anywhere();
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
    // Tries the skim from byte `i` once `wait` tries were let pass (see
    // `Skim`), makes the changes in its blocks (see `changes`), and goes
    // on where it says: a space or line feed, or (with no word rules) any
    // character, with the state before it, and a cut: between the last
    // two letters before it when both are inert and unchanged, else the
    // last in the skipped text's last 128 bytes (or the next slow
    // character would normalize all the skipped text again).
    macro_rules! try_skim {
        () => {
            if !SKIM {
            } else if wait > 0 {
                wait -= 1;
            } else {
                let found = skim.try_at(bytes, i).and_then(|at| {
                    if skim.changes().is_empty() {
                        let (last, inert) = char_before(text, at);
                        let last = if inert && char_before(text, last).1 {
                            Some(last)
                        } else {
                            recent_cut(text, i, at)
                        };
                        return Some((at, last));
                    }
                    flush_cut!();
                    let (changes, replacements) = skim.changes_and_replacements()?;
                    let made = make_changes(
                        n,
                        mode,
                        text,
                        i,
                        at,
                        changes,
                        replacements,
                        anywhere,
                        sink,
                        scan,
                    );
                    if made.is_none() {
                        skim.miss();
                    }
                    made
                });
                if let Some((at, last_cut)) = found {
                    if let Some(last) = last_cut {
                        cut = last;
                    }
                    if !matches!(bytes[at], b' ' | b'\n') {
                        left = Left::before(text, at);
                    }
                    // The character before is kept, no space and no mark
                    // (a line feed takes any).
                    i = at;
                    last_ws = false;
                    last_ccc = 0;
                }
                wait = skim.wait;
            }
        };
    }
    // A kept character that is no letter, mark or space: no cut next to
    // it, and it ends a run of letters.
    macro_rules! kept_other {
        () => {
            left.step(false, false);
            if ELONGATION {
                runs.reset();
            }
            last_ccc = 0;
            last_ws = false;
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
                // A dropped mark goes with the dropped marks after it.
                let end = if push.is_none() && k & MARK != 0 {
                    dropped_marks(bytes, i + 2, mode.drop)
                } else {
                    i + 2
                };
                flush_cut!();
                sink.change(text, i, end - i, push, scan);
                i = end;
                continue;
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
            kept_other!();
            i += 1;
            if anywhere {
                try_skim!();
            }
        } else if b == b'\n' || b == b'\t' || (b == b' ' && !last_ws && mode.kept_at(bytes, i + 1))
        {
            // A line feed, a TAB (which stays and, under `Collapse`, trims
            // the spaces around it as a line feed does: no space is taken
            // after it, `last_ws`, nor before it, `kept_at`), or one space
            // between words before a character that stays: the end of a
            // word.
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
            // (After a TAB, a TSV column's label is more likely than text.)
            if b != b'\t' {
                try_skim!();
            }
        } else if let Some((len, ascii)) = mode.quotes.and_then(|_| quote_at(bytes, i)) {
            // A quote beyond ASCII: kept, or its ASCII quote (`Quotes::Ascii`).
            kept_other!();
            if mode.quotes == Some(true) {
                flush_cut!();
                sink.change(text, i, len, Some(ascii), scan);
                i += len;
            } else {
                i += len;
                if anywhere {
                    try_skim!();
                }
            }
        } else if pictograph_at(bytes, i) {
            // Pictographs and emoji, which stay.
            kept_other!();
            i += 4;
        } else if mode.stray_joiner && stray_joiner_at(bytes, i) {
            // A ZWJ between an Arabic letter and a pictograph: dropped.
            left.step(false, false);
            flush_cut!();
            sink.drop_rare(text, i, 3, scan);
            i += 3;
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
    skim.wait = wait;
    i
}
