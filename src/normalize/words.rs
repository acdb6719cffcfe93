//! Safe cuts for the word rules.
//!
//! [`quran_orthography`](Normalizer::quran_orthography) looks at whole words
//! (the short-alef list) and
//! [`collapse_elongation`](Normalizer::collapse_elongation) at runs of
//! letters, so under either a cut between two inert letters is safe only in a
//! *plain* word: a run of non-`White_Space` characters in which the fast
//! path finds nothing slow and no run of identical letters. The rules change
//! nothing in a plain word or in any part of it, and no rule reaches across
//! `White_Space`, so normalizing at such cuts still composes. The byte-level
//! look-arounds for ء before an alef live here too.

use crate::chars;
use crate::normalize::cut::cut_in_word;
use crate::normalize::elongation;
use crate::normalize::switches::Normalizer;

/// Runs of identical output letters, as the fast path sees them (by code
/// point, so that the tight loop needs no `char`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Runs {
    last: u32,
    len: u32,
}

impl Runs {
    /// Records the output character `c`; `true` when it makes a run that
    /// [`collapse_elongation`](Normalizer::collapse_elongation) changes.
    #[inline(always)]
    pub(crate) fn push(&mut self, c: char) -> bool {
        self.push_code(c as u32) && elongation::counts(c)
    }

    /// As [`push`](Self::push), for a letter of the Arabic block (which
    /// counts) by its code point.
    #[inline(always)]
    pub(crate) fn push_code(&mut self, c: u32) -> bool {
        if c == self.last {
            self.len += 1;
            return self.len >= elongation::MIN_RUN as u32;
        }
        self.last = c;
        self.len = 1;
        false
    }

    /// Forgets the run (after a slow region, or any other character).
    #[inline(always)]
    pub(crate) fn reset(&mut self) {
        *self = Runs::default();
    }
}

impl Normalizer {
    /// Whether a rule works on whole words, so that cuts must avoid them.
    #[inline]
    pub(crate) fn word_mode(&self) -> bool {
        self.quran_orthography || self.collapse_elongation
    }

    /// Whether the word `text[a..b]` (no `White_Space` in it) is plain: the
    /// fast path finds no slow character and no elongation in it.
    fn plain_word(&self, text: &str, a: usize, b: usize) -> bool {
        let bytes = text.as_bytes();
        let mut runs = Runs::default();
        let mut last_ccc = 0;
        let mut i = a;
        while i < b {
            let (act, len, ccc) = self.act_at(bytes, i, false, last_ccc);
            // A ء before an alef depends on the letter before it.
            if self.quran_orthography
                && bytes.get(i..i + 2) == Some(&[0xD8, 0xA1])
                && hamza_before_alef(bytes, i).0
            {
                return false;
            }
            let out = match act {
                super::fast::Act::Slow => return false,
                super::fast::Act::Drop => None,
                super::fast::Act::Keep => text[i..].chars().next(),
                super::fast::Act::Push(c) => Some(c),
            };
            if let Some(c) = out {
                last_ccc = ccc;
                if self.collapse_elongation && runs.push(c) {
                    return false;
                }
            }
            i += len;
        }
        true
    }

    /// The first safe cut after the word that holds byte `i` (under
    /// [`word_mode`](Self::word_mode)): after a line feed, or inside a
    /// later plain word; else the end of `text`.
    pub(crate) fn next_word_cut(&self, text: &str, i: usize) -> usize {
        let mut word_start: Option<usize> = None;
        let mut in_first = true;
        for (j, c) in text[i..].char_indices() {
            let j = i + j;
            if !chars::is_white_space(c) {
                if !in_first && word_start.is_none() {
                    word_start = Some(j);
                }
                continue;
            }
            in_first = false;
            if let Some(a) = word_start.take() {
                if let Some(q) = self.plain_cut(text, a, j, true) {
                    return q;
                }
            }
            if c == '\n' {
                return j + 1;
            }
        }
        match word_start {
            Some(a) => self.plain_cut(text, a, text.len(), true),
            None => None,
        }
        .unwrap_or(text.len())
    }

    /// The last safe cut in `text` under [`word_mode`](Self::word_mode):
    /// after a line feed, or inside a plain word that `White_Space` ends and
    /// starts in `text` (a word at either end of `text` may go on beyond
    /// it); 0 if none.
    pub(crate) fn last_word_cut(&self, text: &str) -> usize {
        let mut word_end: Option<usize> = None;
        let mut after_space = false;
        for (j, c) in text.char_indices().rev() {
            if chars::is_white_space(c) {
                if let Some(b) = word_end.take() {
                    if let Some(q) = self.plain_cut(text, j + c.len_utf8(), b, false) {
                        return q;
                    }
                }
                if c == '\n' {
                    return j + 1;
                }
                after_space = true;
            } else if after_space && word_end.is_none() {
                word_end = Some(j + c.len_utf8());
            }
        }
        // The first word may go on before `text` (a caller's window).
        0
    }

    /// The first or last safe cut in `text[a..b]` when that word is plain.
    fn plain_cut(&self, text: &str, a: usize, b: usize, first: bool) -> Option<usize> {
        let q = cut_in_word(text, a, b, first)?;
        self.plain_word(text, a, b).then_some(q)
    }
}

/// The Arabic-block index of the 2-byte character at byte `j`, if it is one.
#[inline]
fn arabic_at(bytes: &[u8], j: usize) -> Option<usize> {
    match bytes.get(j..j + 2) {
        Some(&[lead @ 0xD8..=0xDB, second]) => {
            Some((((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize)
        }
        _ => None,
    }
}

/// Whether the Arabic-block character `idx` is skipped when looking for a
/// word's letters: a mark, tatweel, small letter or U+0674 HIGH HAMZA.
fn skipped(idx: usize) -> bool {
    idx == 0x74
        || matches!(
            chars::BLOCK[idx],
            chars::Block::Mark | chars::Block::AttachLetter
        )
}

/// ا or an alef variant (آ أ إ ٱ ٲ ٳ ٵ).
fn alef_like(idx: usize) -> bool {
    matches!(idx, 0x22 | 0x23 | 0x25 | 0x27 | 0x71..=0x73 | 0x75)
}

/// For the ء at byte `i` under quran_orthography (see `quran::hamza_edits`):
/// whether an alef that does not end the word follows it, and whether the
/// letter before is not a long vowel letter either (then the rule may merge
/// the two). Each `true` when unsure (a character beyond ASCII and the
/// Arabic block).
pub(crate) fn hamza_before_alef(bytes: &[u8], i: usize) -> (bool, bool) {
    let past_marks = |mut j: usize| {
        while arabic_at(bytes, j).is_some_and(skipped) {
            j += 2;
        }
        j
    };
    // What is at byte `j`: Some(idx) in the Arabic block, None for ASCII or
    // the end, or unsure.
    let at = |j: usize| match (arabic_at(bytes, j), bytes.get(j)) {
        (Some(idx), _) => Ok(Some(idx)),
        (None, None) => Ok(None),
        (None, Some(b)) if b.is_ascii() => Ok(None),
        _ => Err(()),
    };
    let a = past_marks(i + 2);
    match at(a) {
        Ok(Some(idx)) if alef_like(idx) => {}
        Ok(_) => return (false, false),
        Err(()) => return (true, true),
    }
    match at(past_marks(a + 2)) {
        Ok(Some(idx)) if chars::BLOCK[idx] == chars::Block::Letter => {}
        Ok(_) => return (false, false), // the alef ends the word
        Err(()) => return (true, true),
    }
    // The letter before, skipping marks backwards.
    let before = |mut k: usize| {
        while k >= 2 && arabic_at(bytes, k - 2).is_some_and(skipped) {
            k -= 2;
        }
        k
    };
    let k = before(i);
    // A hamza mark or U+0674 on a و ي ى makes it a hamza seat.
    let seat = (k..i)
        .step_by(2)
        .any(|j| arabic_at(bytes, j).is_some_and(|idx| matches!(idx, 0x53..=0x55 | 0x74)));
    let merges = match k.checked_sub(2).map(|p| (arabic_at(bytes, p), p)) {
        Some((Some(idx), _)) if alef_like(idx) => false,
        Some((Some(0x48..=0x4A), _)) if seat => true,
        Some((Some(0x49 | 0x4A), _)) => false,
        // و after a letter is a long vowel; after nothing but و-like letters
        // (و ۆ ؤ ٶ), the conjunction (see `quran::hamza_edits`).
        Some((Some(0x48), p)) => {
            let mut q = before(p);
            loop {
                match q.checked_sub(2).map(|r| arabic_at(bytes, r)) {
                    Some(Some(0x48 | 0xC6 | 0x24 | 0x76)) => q = before(q - 2),
                    Some(Some(idx)) if chars::BLOCK[idx] == chars::Block::Letter => break false,
                    // The word starts here, or unsure (beyond the Arabic block).
                    _ => break true,
                }
            }
        }
        _ => true,
    };
    (true, merges)
}
