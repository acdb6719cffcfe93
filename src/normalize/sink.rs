//! The fast path's output: the text so far (allocated at the first change),
//! where the unchanged input starts, and the offset map.

use alloc::string::String;
use core::ops::Range;

use crate::normalize::reorder::{mark_run, push_reordered};
use crate::normalize::scan::Scan;
use crate::offsets::{record_deleted, MapBuilder};

/// The output of `text[..run]`; `text[run..i]` is unchanged.
pub(super) struct Sink<'m> {
    pub(super) out: Option<String>,
    pub(super) run: usize,
    pub(super) map: Option<&'m mut MapBuilder>,
}

impl<'m> Sink<'m> {
    pub(super) fn new(map: Option<&'m mut MapBuilder>) -> Self {
        Sink {
            out: None,
            run: 0,
            map,
        }
    }

    /// Drops the `len` bytes at byte `i` of `text`, or replaces them by
    /// `push`; records the output length at the scan's cuts first.
    #[inline(always)]
    pub(super) fn change(
        &mut self,
        text: &str,
        i: usize,
        len: usize,
        push: Option<char>,
        scan: &mut Scan,
    ) {
        // The common case in line: an output already, and no map.
        if let (Some(o), None) = (self.out.as_mut(), self.map.as_ref()) {
            let run = self.run;
            record_cuts(o, run, scan);
            o.push_str(&text[run..i]);
            if let Some(c) = push {
                o.push(c);
            }
            self.run = i + len;
            return;
        }
        self.change_general(text, i, len, push, scan);
    }

    /// Drops the `len` bytes at byte `i` of `text` ([`change`](Self::change)
    /// out of line, for a loop's rare drops).
    #[inline(never)]
    pub(super) fn drop_rare(&mut self, text: &str, i: usize, len: usize, scan: &mut Scan) {
        self.change(text, i, len, None, scan);
    }

    /// [`change`](Self::change), the first change or with a map.
    #[inline(never)]
    fn change_general(
        &mut self,
        text: &str,
        i: usize,
        len: usize,
        push: Option<char>,
        scan: &mut Scan,
    ) {
        let o = self.copy_to(text, i, scan);
        if let Some(c) = push {
            o.push(c);
        }
        if let Some(m) = self.map.as_deref_mut() {
            // One character (its lead byte gives its length) replaced by
            // one, or one of the Arabic block (no space) dropped, without
            // decoding it; else `record_act`.
            let lead = text.as_bytes()[i];
            let one = utf8_len(lead) == len;
            match push {
                Some(c) if one && c.len_utf8() == len => m.aligned(len),
                Some(c) if one => m.replaced(len, c.len_utf8()),
                None if one && matches!(lead, 0xD8..=0xDB) => m.deleted(len),
                _ => record_act(m, push, &text[i..i + len]),
            }
        }
        self.run = i + len;
    }

    /// Replaces the `len` bytes at byte `i` of `text` by `expansion` (a
    /// presentation form's), as a whole, as the pipeline's trace records it.
    pub(super) fn expand(
        &mut self,
        text: &str,
        i: usize,
        len: usize,
        expansion: &str,
        scan: &mut Scan,
    ) {
        self.copy_to(text, i, scan).push_str(expansion);
        if let Some(m) = self.map.as_deref_mut() {
            m.replaced(len, expansion.len());
        }
        self.run = i + len;
    }

    /// Reorders the run of marks that holds the mark at byte `i` of `text`
    /// (one of a lower class than the mark before it), when the tight loop
    /// may ([`mark_run`] under `keep`, no map: the pipeline's trace says how
    /// a reordering maps, and the run unchanged so far):
    /// returns the run's end and its last mark's class. `None` leaves it to
    /// the pipeline.
    #[cold]
    #[inline(never)]
    pub(super) fn reorder(
        &mut self,
        text: &str,
        i: usize,
        keep: u32,
        scan: &mut Scan,
    ) -> Option<(usize, u8)> {
        if self.map.is_some() {
            return None;
        }
        // The run and the character before it (its starter) must be in the
        // output as they are in the input: a dropped tatweel before the run
        // joins it to the marks before, for NFC.
        let unchanged = |m: &Range<usize>| self.run < m.start || self.run == 0;
        let marks = mark_run(text.as_bytes(), i, keep).filter(unchanged)?;
        let o = self.copy_to(text, marks.start, scan);
        let last = push_reordered(o, &text[marks.clone()]);
        self.run = marks.end;
        Some((marks.end, last))
    }

    /// Copies the unchanged input up to byte `i` to the output (and the
    /// map); records the output length at the scan's cuts first.
    #[inline(always)]
    fn copy_to(&mut self, text: &str, i: usize, scan: &mut Scan) -> &mut String {
        let run = self.run;
        let o = self
            .out
            .get_or_insert_with(|| String::with_capacity(text.len()));
        record_cuts(o, run, scan);
        o.push_str(&text[run..i]);
        if let Some(m) = self.map.as_deref_mut() {
            m.aligned(i - run);
        }
        o
    }
}

/// Records the output length at the scan's cuts that lie in the unchanged
/// input from byte `run` on, before `out` (the output of the input up to
/// `run`) grows.
#[inline(always)]
fn record_cuts(out: &str, run: usize, scan: &mut Scan) {
    if scan.cut_in >= run {
        scan.cut_out = out.len() + (scan.cut_in - run);
    }
    if let Some(p) = scan.word_cut.filter(|&p| p >= run) {
        scan.word_cut_out = out.len() + (p - run);
    }
}

/// The length of the UTF-8 character whose first byte is `lead`.
#[inline(always)]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Records a dropped (`push` is `None`) or replaced `stretch`. A
/// replacement by a character of the first one's length is aligned with it;
/// the rest of the stretch (the other spaces of a run) and dropped
/// characters are deleted text ([`record_deleted`]).
fn record_act(map: &mut MapBuilder, push: Option<char>, stretch: &str) {
    let mut deleted = stretch;
    if let Some(c) = push {
        let Some(first) = stretch.chars().next() else {
            return;
        };
        let (from, to) = (first.len_utf8(), c.len_utf8());
        if from == to {
            map.aligned(to);
        } else {
            map.replaced(from, to);
        }
        deleted = &stretch[from..];
    }
    if !deleted.is_empty() {
        record_deleted(map, deleted);
    }
}
