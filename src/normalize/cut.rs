//! The safe-cut rule (CONFORMANCE.md, "Streaming boundaries"), forward and
//! backward: where a text may be cut so that its parts, normalized apart
//! and concatenated, give the output for the whole text.
//!
//! A cut lies right after a line feed, or before an *inert letter* whose
//! previous character, skipping marks (Mn, Me), is also an inert letter.
//! The inert letters are the ASCII letters and digits and the Arabic
//! letters U+0621–U+063A, U+0641–U+064A ([`chars::is_inert`]; the fast
//! path's table has them as its `INERT` bit): no step looks past an inert
//! letter that only marks separate from another, since marks belong to the
//! letter before them, canonical composition never takes a letter as its
//! second character, and no control hides in a run of marks.
//!
//! [`last_cut`] (behind
//! [`stream::normalize_boundary`](crate::stream::normalize_boundary)) looks
//! backward; the byte fast path looks forward, with [`Left`] in its loops
//! and [`next_cut`] past a character it hands to the pipeline; the word
//! rules ([`words`](super::words)) look for a cut inside one word
//! ([`cut_in_word`]).

use crate::chars::{self, is_inert};

/// The left side of a cut, as a scan goes forward: whether the last
/// character, marks skipped, is an inert letter.
#[derive(Clone, Copy, Default)]
pub(crate) struct Left {
    inert: bool,
}

impl Left {
    /// The left side at byte `end` of `text`, looking back past marks.
    pub(crate) fn before(text: &str, end: usize) -> Left {
        let last = text[..end].chars().rev().find(|&c| !chars::is_mn_me(c));
        Left {
            inert: last.is_some_and(is_inert),
        }
    }

    /// Moves past a character that is an inert letter (`inert`), a mark
    /// (`mark`: the left side stays) or something else; returns whether a
    /// safe cut lies before it.
    #[inline(always)]
    pub(crate) fn step(&mut self, inert: bool, mark: bool) -> bool {
        let cut = self.inert && inert;
        if !mark {
            self.inert = inert;
        }
        cut
    }

    /// [`step`](Self::step) past the character `c`.
    #[inline]
    pub(crate) fn step_char(&mut self, c: char) -> bool {
        let inert = is_inert(c);
        self.step(inert, !inert && chars::is_mn_me(c))
    }
}

/// The first safe cut after the character that starts at byte `i`, or the
/// end of `text`; `left` is the left side at byte `i`.
pub(crate) fn next_cut(text: &str, i: usize, mut left: Left) -> usize {
    let mut after_lf = false;
    for (j, c) in text[i..].char_indices() {
        let cut = left.step_char(c);
        if j > 0 && (after_lf || cut) {
            return i + j;
        }
        after_lf = c == '\n';
    }
    text.len()
}

/// The first (`first`) or last safe cut strictly inside the word
/// `text[a..b]` (which holds no line feed).
pub(crate) fn cut_in_word(text: &str, a: usize, b: usize, first: bool) -> Option<usize> {
    let mut left = Left::default();
    let mut found = None;
    for (j, c) in text[a..b].char_indices() {
        if left.step_char(c) {
            found = Some(a + j);
            if first {
                break;
            }
        }
    }
    found
}

/// The last safe cut in `text` (see the module docs), backward: 0 if none.
pub(crate) fn last_cut(text: &str) -> usize {
    // The start of the nearest inert letter to the right that only marks
    // separate from the current position.
    let mut inert_right: Option<usize> = None;
    for (i, c) in text.char_indices().rev() {
        if c == '\n' {
            return i + 1;
        }
        if is_inert(c) {
            if let Some(q) = inert_right {
                return q;
            }
            inert_right = Some(i);
        } else if !chars::is_mn_me(c) {
            inert_right = None;
        }
    }
    0
}

/// How far back from `end` [`recent_cut`] looks.
const RECENT: usize = 128;

/// The last safe cut strictly after byte `start` and before byte `end` of
/// `text`, looked for in the last 128 bytes only (`start` is a character
/// boundary): where a loop that skipped `text[start..end]` records its cut,
/// so that a slow character after it does not send the whole skipped text
/// to the pipeline again.
pub(crate) fn recent_cut(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut from = end.saturating_sub(RECENT).max(start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    Some(from + last_cut(&text[from..end])).filter(|&c| c > from)
}
