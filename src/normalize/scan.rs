//! The state of the fast path's scan: the last safe cuts, what the tight
//! loop ([`plain`](super::plain)) and the sink ([`sink`](super::sink)) need
//! to know of the characters before the current one.

use crate::normalize::cut::Left;
use crate::normalize::elongation::Runs;

/// The state of the fast path's scan that the tight loop reads and updates.
#[derive(Clone, Copy)]
pub(super) struct Scan {
    /// The last safe cut in the input.
    pub(super) cut_in: usize,
    /// The output length at `cut_in` once a change follows it (before that
    /// it is `out.len() + cut_in - run`).
    pub(super) cut_out: usize,
    /// Under the word rules (see `words`), a cut between two inert letters
    /// is tentative until its word ends plain: the last one in the current
    /// word, and the output length there once a change follows it.
    pub(super) word_cut: Option<usize>,
    pub(super) word_cut_out: usize,
    /// The current word holds a ء before an alef that the letter before
    /// keeps apart: a cut before it would cut off that letter.
    pub(super) word_dirty: bool,
    /// The left side of a cut: whether the last character (skipping marks)
    /// is an inert letter.
    pub(super) left: Left,
    /// Whether the last kept character is a space or a line break (or there
    /// is none on this line).
    pub(super) last_ws: bool,
    /// The combining class of the last kept character.
    pub(super) last_ccc: u8,
    /// Runs of identical letters (`collapse_elongation`).
    pub(super) runs: Runs,
    /// The tight loop found the third letter of a run.
    pub(super) force_slow: bool,
}

impl Default for Scan {
    fn default() -> Self {
        Scan {
            cut_in: 0,
            cut_out: 0,
            word_cut: None,
            word_cut_out: 0,
            word_dirty: false,
            left: Left::default(),
            last_ws: true,
            last_ccc: 0,
            runs: Runs::default(),
            force_slow: false,
        }
    }
}

impl Scan {
    /// The end of a word (under the word rules): its last cut becomes safe
    /// unless the word is dirty; `run` is where the unchanged input starts.
    #[inline(always)]
    pub(super) fn commit_word(&mut self, run: usize) {
        if let Some(p) = self.word_cut.take().filter(|_| !self.word_dirty) {
            if p < run {
                self.cut_out = self.word_cut_out;
            }
            self.cut_in = p;
        }
        self.word_dirty = false;
    }
}
