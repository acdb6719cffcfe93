//! The character-by-character path: for the configurations whose every
//! action depends on one character alone (no Unicode form, no word rule,
//! no whitespace rule), such as [`strip_tatweel`](crate::strip_tatweel),
//! [`Normalizer::lucene`] and a one-line strip of the harakat.
//!
//! There a kept character needs no bookkeeping at all: the path looks for
//! the next character the configuration does not keep ([`Direct::next`],
//! several bytes a step), copies the stretch before it, and drops or
//! replaces it by the table of [`table`](super::table). A character the
//! table does not settle (a hamza mark that may join the letter before it,
//! a control, a character beyond ASCII and the Arabic block that a switch
//! may change) sends its line to the fast path
//! ([`normalize_fast`](super::fast)): the start of a line is a safe cut, so
//! the output is the same as the fast path's on the whole text, which the
//! property tests compare for every configuration.

use alloc::borrow::Cow;
use alloc::string::String;

use crate::chars;
use crate::normalize::fast::Fast;
#[cfg(feature = "std")]
use crate::normalize::prefilter::Prefilter;
#[cfg(feature = "std")]
use crate::normalize::ranges::Ranges;
use crate::normalize::simd::Pairs;
use crate::normalize::simd::{self, compact};
use crate::normalize::swar::{arabic_leads, word, HIGH};
use crate::normalize::switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, Whitespace,
};
use crate::normalize::table::{Mode, KIND, KIND_BITS, SLOW};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// What the character-by-character path needs of a configuration.
#[derive(Clone, Copy)]
pub(super) struct Direct {
    /// Bit k: the Arabic-block characters of kind k stay.
    pub(super) keep: u32,
    /// Bit k: they are dropped.
    drop: u32,
    /// Bit k: they are replaced by one character.
    replace: u32,
    /// What becomes of the characters beyond ASCII and the Arabic block.
    pub(super) others: Others,
}

/// What a configuration does with the characters beyond ASCII and the
/// Arabic block.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Others {
    /// No switch changes them.
    Kept,
    /// Only NFC (`nfc`) and the stripping of the Quranic marks beyond the
    /// block (`quranic`) may. The characters neither touches are kept: a
    /// starter (combining class 0) that NFC_Quick_Check says yes to, which
    /// NFC leaves alone whatever surrounds it, and which is no diacritic.
    /// Any other character sends its line to the fast path.
    Check { nfc: bool, quranic: bool },
    /// Each sends its line to the fast path.
    Line,
}

/// The shortest text worth a prefilter.
#[cfg(feature = "std")]
const PREFILTER_MIN: usize = 256;

/// After a change, characters are copied one at a time until this many
/// bytes pass without one (see [`Direct::dense`]).
const SPARSE: usize = 64;

/// What to do with a character the configuration does not keep.
enum Event {
    Drop,
    Push(char),
    /// The fast path decides, on the whole line.
    Line,
}

impl Direct {
    /// The path for `n`, or `None` when an action of `n` depends on more
    /// than one character.
    pub(super) fn new(n: &Normalizer) -> Option<Direct> {
        // Every switch, so that a new one does not compile until this says
        // whether it acts on one character at a time.
        let Normalizer {
            unicode_form,
            presentation_forms,
            controls,
            number_separators,
            quotes,
            whitespace,
            quran_orthography,
            // The table's masks say which tatweels, superscript alefs,
            // diacritics and letters change; a tatweel that may carry a
            // mark, and the superscript alef to alef, are in none of them.
            strip_tatweel: _,
            keep_tatweel_carriers: _,
            superscript_alef: _,
            diacritics,
            fold_persian,
            fold_kurdish,
            fold_alef_maksura: _,
            fold_teh_marbuta: _,
            fold_alef_hamza,
            fold_alef,
            fold_hamza_carriers,
            collapse_elongation,
            digits,
            punctuation,
        } = *n;
        // Under NFC, the table may take the characters when it drops every
        // mark of the block (so that no mark it keeps is reordered); the
        // hamza marks, which compose, are of the slow kind.
        let nfc = unicode_form == Form::Nfc && diacritics.contains(Diacritics::ALL);
        if (unicode_form != Form::None && !nfc)
            || quran_orthography
            || collapse_elongation
            || whitespace != Whitespace::Keep
            || digits == Digits::ArabicIndic
            || quotes == Quotes::Guillemets
        {
            return None;
        }
        let mode = Mode::new(n, false);
        // The table's slow kind (see `chars::Fold::Slow`) stays as it is
        // when no switch acts on it: U+061C ALM (a control), the hamza marks
        // U+0653–U+0655 and the high hamzas U+0674–U+0678 (which the folds
        // join to the letter before), ٫ ٬ (the separators and punctuation
        // between digits), and the marks of no diacritic class (which only a
        // Unicode form reorders).
        let slow_kept = unicode_form == Form::None
            && controls == Controls::Keep
            && !fold_alef
            && !fold_alef_hamza
            && !fold_hamza_carriers
            && !fold_persian
            && !fold_kurdish
            && !diacritics.contains(Diacritics::HAMZA_MARKS)
            && punctuation == Punctuation::Keep
            && !number_separators;
        Some(Direct {
            keep: mode.keep | if slow_kept { 1 << SLOW } else { 0 },
            drop: mode.drop,
            replace: mode.replace,
            // The switches that reach beyond the Arabic block: presentation
            // forms, controls, quotes, digits of other scripts, the
            // separators, the Quranic marks of Arabic Extended-A/B and
            // U+10EFC–U+10EFF, the Persian and Kurdish letters of Arabic
            // Supplement.
            others: if presentation_forms
                || controls != Controls::Keep
                || quotes != Quotes::Keep
                || digits != Digits::Keep
                || number_separators
                || fold_persian
                || fold_kurdish
            {
                Others::Line
            } else if nfc || diacritics.contains(Diacritics::QURANIC) {
                Others::Check {
                    nfc,
                    quranic: diacritics.contains(Diacritics::QURANIC),
                }
            } else {
                Others::Kept
            },
        })
    }

    /// The byte of the first character from byte `i` that this
    /// configuration does not keep; or, when they are all kept, the first
    /// character boundary at or after `end` (and at most `bytes.len()`).
    #[inline(always)]
    pub(super) fn next(&self, bytes: &[u8], mut i: usize, end: usize) -> usize {
        let end = end.min(bytes.len());
        let keep = self.keep;
        while i + 8 <= end {
            let w = word(bytes, i);
            if w & HIGH == 0 {
                i += 8; // eight ASCII characters
                continue;
            }
            // Bit 7 of each lead byte (11xxxxxx), and of each byte D8–DB.
            let leads = w & (w << 1) & HIGH;
            let arabic = arabic_leads(w);
            if leads & !arabic != 0 {
                // A character beyond ASCII and the block: one at a time.
                match self.step(bytes, i) {
                    Some(len) => i += len,
                    None => return i,
                }
                continue;
            }
            // ASCII and the block only. Each lead's second byte is the next
            // byte of the word, but for a lead in byte 7: the next word
            // starts there.
            let mut m = leads & !(1 << 63);
            while m != 0 {
                let at = m.trailing_zeros() / 8;
                let pair = (w >> (8 * at)) as u16;
                let k = KIND[chars::block_index_utf8(pair as u8, (pair >> 8) as u8)];
                if (keep >> (k & KIND_BITS)) & 1 == 0 {
                    return i + at as usize;
                }
                m &= m - 1;
            }
            i += if leads >> 63 != 0 { 7 } else { 8 };
        }
        while i < end {
            match self.step(bytes, i) {
                Some(len) => i += len,
                None => return i,
            }
        }
        i
    }

    /// [`Direct::next`] from byte `i` to the end of `bytes`, skipping the
    /// eight bytes at a time that `r` clears.
    #[cfg(feature = "std")]
    pub(super) fn next_in_ranges(&self, r: &Ranges, bytes: &[u8], mut i: usize) -> usize {
        let n = bytes.len();
        while i + 8 <= n {
            let w = word(bytes, i);
            if w & HIGH == 0 {
                i += 8;
                continue;
            }
            let leads = w & (w << 1) & HIGH;
            if leads & !arabic_leads(w) == 0 && r.flagged(w) == 0 {
                // A lead in byte 7 has its second byte in the next word.
                i += if leads >> 63 != 0 { 7 } else { 8 };
                continue;
            }
            let j = self.next(bytes, i, i + 8);
            if j < i + 8 {
                return j;
            }
            i = j;
        }
        self.next(bytes, i, n)
    }

    /// The length of the character at byte `i` when it is kept.
    #[inline(always)]
    fn step(&self, bytes: &[u8], i: usize) -> Option<usize> {
        match bytes[i] {
            b if b < 0x80 => Some(1),
            lead @ 0xD8..=0xDB => {
                let k = KIND[chars::block_index_utf8(lead, *bytes.get(i + 1)?)];
                ((self.keep >> (k & KIND_BITS)) & 1 != 0).then_some(2)
            }
            lead => self.other(bytes, i, lead),
        }
    }

    /// The length of the character beyond ASCII and the Arabic block at byte
    /// `i` (led by `lead`) when it is kept.
    #[inline(always)]
    fn other(&self, bytes: &[u8], i: usize, lead: u8) -> Option<usize> {
        let len = match lead {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        match self.others {
            Others::Kept => Some(len),
            Others::Line => None,
            Others::Check { nfc, quranic } => {
                let c = core::str::from_utf8(bytes.get(i..i + len)?)
                    .ok()?
                    .chars()
                    .next()?;
                let kept = !(quranic && chars::diacritic_class(c).is_some())
                    && !(nfc
                        && (canonical_combining_class(c) != 0
                            || is_nfc_quick(core::iter::once(c)) != IsNormalized::Yes));
                kept.then_some(len)
            }
        }
    }

    /// The first character in `bytes[from..to]` that is beyond ASCII and the
    /// Arabic block and not kept, eight bytes a step: the characters of the
    /// block the prefilter has already looked at.
    #[cfg(feature = "std")]
    fn first_other(&self, bytes: &[u8], mut i: usize, to: usize) -> usize {
        while i < to {
            if i + 8 <= to {
                let w = word(bytes, i);
                if w & (w << 1) & HIGH & !arabic_leads(w) == 0 {
                    i += 8;
                    continue;
                }
            }
            // A lead beyond the block in this chunk (or the tail): one
            // character at a time.
            let b = bytes[i];
            if b >= 0xC0 && b & 0xFC != 0xD8 {
                match self.other(bytes, i, b) {
                    Some(len) => i += len,
                    None => return i,
                }
            } else {
                i += 1;
            }
        }
        to
    }

    /// The sets of [`compact`](super::compact) for this configuration.
    fn pairs(&self) -> Pairs {
        Pairs::from_kinds(self.keep, self.drop)
    }

    /// Copies `text` from byte `i` to `out` with the table's changes, a
    /// block at a time where [`compact`](super::compact) can and one
    /// character at a time where it cannot, until [`SPARSE`] bytes pass
    /// without a change, or a character the table does not settle, or the
    /// end: returns where it stopped. Past each line feed it records the
    /// line's start in `line` and the output length there in `line_out`.
    #[allow(clippy::too_many_arguments)]
    fn dense(
        &self,
        n: &Normalizer,
        pairs: &Pairs,
        text: &str,
        mut i: usize,
        out: &mut String,
        line: &mut usize,
        line_out: &mut usize,
    ) -> usize {
        let bytes = text.as_bytes();
        // `text[copied..i]` is unchanged and not yet in `out`; `quiet` is
        // the end of the last change.
        let mut copied = i;
        let mut quiet = i;
        while i < bytes.len() {
            if i + simd::BLOCK < bytes.len() {
                copy(out, text, copied, i);
                let c = compact::compact(pairs, text, i, out);
                if let Some((at, len)) = c.line {
                    (*line, *line_out) = (at, len);
                }
                quiet = quiet.max(c.changed);
                (i, copied) = (c.end, c.end);
                if i - quiet >= SPARSE {
                    break;
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            if b < 0x80 {
                i += 1;
                if b == b'\n' {
                    *line = i;
                    *line_out = out.len() + (i - copied);
                }
            } else if b & 0xFC == 0xD8 {
                let Some(&second) = bytes.get(i + 1) else {
                    break;
                };
                let idx = chars::block_index_utf8(b, second);
                let bit = 1u32 << (KIND[idx] & KIND_BITS);
                if self.keep & bit != 0 {
                    i += 2;
                } else if (self.replace | self.drop) & bit != 0 {
                    copy(out, text, copied, i);
                    if self.replace & bit != 0 {
                        out.push(n.replacement(idx));
                    }
                    i += 2;
                    (copied, quiet) = (i, i);
                    continue;
                } else {
                    break;
                }
            } else if let Some(len) = self.other(bytes, i, b) {
                i += len;
            } else {
                break;
            }
            if i - quiet >= SPARSE {
                break;
            }
        }
        copy(out, text, copied, i);
        i
    }

    /// What to do with the character at byte `i`, which is not kept.
    fn event(&self, n: &Normalizer, bytes: &[u8], i: usize) -> Event {
        let (lead, second) = match bytes.get(i..i + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => (lead, second),
            _ => return Event::Line,
        };
        let idx = chars::block_index_utf8(lead, second);
        let bit = 1u32 << (KIND[idx] & KIND_BITS);
        if self.replace & bit != 0 {
            Event::Push(n.replacement(idx))
        } else if self.drop & bit != 0 {
            Event::Drop
        } else {
            Event::Line
        }
    }
}

/// Appends `text[from..to]` to `out`: one two-byte character (the most
/// common stretch between two changes in vocalized text) without a call to
/// `memcpy`.
#[inline(always)]
fn copy(out: &mut String, text: &str, from: usize, to: usize) {
    if to - from == 2 {
        out.push_str(&text[from..from + 2]);
    } else {
        out.push_str(&text[from..to]);
    }
}

impl Normalizer {
    /// Normalizes `text` character by character with `d` (built from
    /// `self`); in `check` mode it stops at the first change.
    pub(super) fn normalize_direct<'a>(&self, d: &Direct, text: &'a str, check: bool) -> Fast<'a> {
        let bytes = text.as_bytes();
        let n = bytes.len();
        // `out` holds the output of `text[..run]` (`None`: it is unchanged).
        let mut out: Option<String> = None;
        let mut run = 0;
        // The start of the current line, and the output length there once a
        // change follows it.
        let mut line = 0;
        let mut line_out = 0;
        #[cfg(feature = "std")]
        let prefilter = if n >= PREFILTER_MIN {
            Some(super::prefilter::prefilter(d.keep))
        } else {
            None
        };
        // Built at the first dense stretch.
        let mut pairs: Option<Pairs> = None;
        let mut i = 0;
        // Line feeds are looked for up to here.
        let mut seen = 0;
        loop {
            #[cfg(feature = "std")]
            let found = prefilter.as_ref().map(|p| match p {
                Prefilter::Teddy(searcher) => {
                    let j = searcher
                        .find_in(bytes, aho_corasick::Span::from(i..n))
                        .map_or(n, |m| m.start());
                    match d.others {
                        Others::Kept => j,
                        _ => d.first_other(bytes, i, j),
                    }
                }
                Prefilter::Ranges(ranges) => d.next_in_ranges(ranges, bytes, i),
            });
            #[cfg(not(feature = "std"))]
            let found = None;
            i = found.unwrap_or_else(|| d.next(bytes, i, n));
            if i >= n {
                break;
            }
            let newline = if i - seen < 32 {
                bytes[seen..i].iter().rposition(|&b| b == b'\n')
            } else {
                memchr::memrchr(b'\n', &bytes[seen..i])
            };
            if let Some(p) = newline {
                line = seen + p + 1;
            }
            match d.event(self, bytes, i) {
                Event::Drop | Event::Push(_) if check => return Fast::Changed,
                event @ (Event::Drop | Event::Push(_)) => {
                    let o = out.get_or_insert_with(|| String::with_capacity(n));
                    if line >= run {
                        line_out = o.len() + (line - run);
                    }
                    o.push_str(&text[run..i]);
                    if let Event::Push(c) = event {
                        o.push(c);
                    }
                    // Two changes close together: others often follow, and
                    // the scan goes one character at a time for a while.
                    let close = i - run < SPARSE;
                    i += 2;
                    if close {
                        let pairs = pairs.get_or_insert_with(|| d.pairs());
                        i = d.dense(self, pairs, text, i, o, &mut line, &mut line_out);
                    }
                    run = i;
                    seen = i;
                }
                Event::Line => {
                    let end = memchr::memchr(b'\n', &bytes[i..]).map_or(n, |p| i + p + 1);
                    let region = &text[line..end];
                    let normalized = match self.normalize_fast(region, check, None) {
                        Some(Fast::Changed) => return Fast::Changed,
                        Some(Fast::Done(s)) => s,
                        None => self.run(region, None),
                    };
                    if check && *normalized != *region {
                        return Fast::Changed;
                    }
                    if out.is_some() || matches!(normalized, Cow::Owned(_)) {
                        let o = out.get_or_insert_with(|| String::with_capacity(n + 16));
                        if line >= run {
                            o.push_str(&text[run..line]);
                        } else {
                            o.truncate(line_out);
                        }
                        o.push_str(&normalized);
                        run = end;
                    }
                    line = end;
                    i = end;
                    seen = end;
                }
            }
        }
        Fast::Done(match out {
            None => Cow::Borrowed(text),
            Some(mut o) => {
                o.push_str(&text[run..]);
                Cow::Owned(o)
            }
        })
    }
}

#[cfg(test)]
mod tests;
