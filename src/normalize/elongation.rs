//! Step 5, last: [`collapse_elongation`](Normalizer::collapse_elongation).
//!
//! Social media text stretches words by repeating a letter (مرحباااا,
//! جمييييل). No Arabic word has three identical letters in a row (a doubled
//! consonant is written once with shadda), so a run of three or more is
//! elongation: it becomes one letter. Laughter (ههه, هههههه: a word of ه
//! alone) becomes هه, so every laugh, however long, gives the same term as
//! the common هه; a run of ه inside a word is elongation like any other
//! (اللهههه → الله, كرهههه → كره).

use crate::chars;
use crate::normalize::switches::Normalizer;
use crate::normalize::trace::{Out, Output, Tracing};

/// The shortest run that is elongation.
pub(crate) const MIN_RUN: usize = 3;

/// How many letters a run of `c` of at least [`MIN_RUN`] letters keeps;
/// `alone`: whether the run is a word by itself (no letter, digit or mark
/// next to it on either side).
pub(crate) fn kept(c: char, alone: bool) -> usize {
    if c == chars::HEH && alone {
        2
    } else {
        1
    }
}

/// Whether `c`, next to a run, makes it part of a longer word: a letter or
/// digit of any script (tatweel included) or a combining mark, but no
/// invisible one (a Hangul filler or a variation selector is blank to the
/// tokenizer, so the run is still a word of its own).
fn joins(c: char) -> bool {
    (c.is_alphanumeric() || chars::is_mn_me(c)) && !chars::is_invisible(c)
}

/// Whether `c` takes part in runs: an Arabic letter.
pub(crate) fn counts(c: char) -> bool {
    chars::is_arabic_letter(c)
}

impl Normalizer {
    /// Step 5, last: runs of three or more identical Arabic letters.
    pub(super) fn step_elongation(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if !self.collapse_elongation || !has_run(s) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut it = s.char_indices().peekable();
        let mut before: Option<char> = None;
        while let Some((i, c)) = it.next() {
            if !counts(c) {
                out.push(c, i, c);
                before = Some(c);
                continue;
            }
            // The run of `c` starting at `i`. Its letters are bare (nothing
            // between them), so which ones stay does not change the text: the
            // first ones, each with its own origin (offset maps).
            let mut len = 1;
            while it.peek().is_some_and(|&(_, d)| d == c) {
                it.next();
                len += 1;
            }
            let width = c.len_utf8();
            if len < MIN_RUN {
                (0..len).for_each(|k| out.push(c, i + k * width, c));
                before = Some(c);
                continue;
            }
            let alone = !before.is_some_and(joins) && !it.peek().is_some_and(|&(_, d)| joins(d));
            before = Some(c);
            (0..kept(c, alone)).for_each(|k| out.push(c, i + k * width, c));
        }
        out.done(s)
    }
}

/// Whether `s` holds a run of [`MIN_RUN`] identical Arabic letters.
fn has_run(s: &str) -> bool {
    let (mut last, mut len) = ('\0', 0);
    for c in s.chars() {
        if c == last && counts(c) {
            len += 1;
            if len >= MIN_RUN {
                return true;
            }
        } else {
            (last, len) = (c, 1);
        }
    }
    false
}

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
        self.push_code(c as u32) && counts(c)
    }

    /// As [`push`](Self::push), for a letter of the Arabic block (which
    /// counts) by its code point.
    #[inline(always)]
    pub(crate) fn push_code(&mut self, c: u32) -> bool {
        if c == self.last {
            self.len += 1;
            return self.len >= MIN_RUN as u32;
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
