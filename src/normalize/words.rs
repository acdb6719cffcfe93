//! Safe cuts for the word rules.
//!
//! [`quran_orthography`](Normalizer::quran_orthography) looks at whole words
//! (the short-alef list) and
//! [`collapse_elongation`](Normalizer::collapse_elongation) at runs of
//! letters, so under either a cut between two inert letters is safe only in a
//! *plain* word: a run of non-`White_Space` characters in which the fast
//! path finds nothing slow and no run of identical letters. The rules change
//! nothing in a plain word or in any part of it, and no rule reaches across
//! `White_Space`, so normalizing at such cuts still composes.

use crate::chars;
use crate::normalize::act::Act;
use crate::normalize::cut::cut_in_word;
use crate::normalize::cut::last_cut;
use crate::normalize::elongation::Runs;
use crate::normalize::quran::hamza_before_alef;
use crate::normalize::switches::{Normalizer, Quotes};

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
                Act::Slow => return false,
                Act::Drop => None,
                Act::Keep => text[i..].chars().next(),
                Act::Push(c) => Some(c),
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

impl Normalizer {
    /// The largest byte offset in `1..=text.len()` at which `text` can be
    /// cut for normalizing with `self`, or 0: the rule of
    /// [`cut`](super::cut), inside a plain word under the word rules
    /// ([`last_word_cut`](Self::last_word_cut)), and none at all under
    /// [`Quotes::Guillemets`], where a quote's role can depend on any quote
    /// before it.
    pub(crate) fn last_safe_cut(&self, text: &str) -> usize {
        if self.quotes == Quotes::Guillemets {
            0
        } else if self.word_mode() {
            self.last_word_cut(text)
        } else {
            last_cut(text)
        }
    }
}
