//! The encoding of an [`OffsetMap`](super::OffsetMap): [`MapBuilder`]
//! takes the edits in text order (aligned, deleted and replaced stretches,
//! and deleted stretches that belong to no character) and encodes the
//! segment starts as varints with checkpoints; [`Walker`] decodes them. It
//! knows nothing of characters: which deleted text belongs where is the
//! rule of [`record_deleted`](super::record_deleted).

use alloc::vec::Vec;

/// The flag bit, in a segment's original offset while the map is built, of
/// a [`MapSegmentKind::Replaced`](super::MapSegmentKind::Replaced) segment. Offsets into a `str` never reach it
/// (`str` lengths fit `isize`).
const REPLACED: usize = 1 << (usize::BITS - 1);

/// Segments per checkpoint: a query decodes at most this many (plus one).
pub(super) const BLOCK: usize = 64;

/// Segment `BLOCK * k`: its start, and where the next segment's encoding
/// begins in `data`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Checkpoint {
    pub(super) start: Start,
    pub(super) next_at: usize,
}

/// Where a segment starts, and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Start {
    pub(super) n: usize,
    pub(super) o: usize,
    pub(super) replaced: bool,
}

fn put_varint(data: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        data.push((v as u8 & 0x7F) | 0x80);
        v >>= 7;
    }
    data.push(v as u8);
}

/// Reads a varint written by [`put_varint`] at `*at` and moves past it.
pub(super) fn get_varint(data: &[u8], at: &mut usize) -> usize {
    let mut v = 0usize;
    let mut shift = 0u32;
    while let Some(&b) = data.get(*at) {
        *at += 1;
        v |= usize::from(b & 0x7F).checked_shl(shift).unwrap_or(0);
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    v
}

/// Decodes segment starts in order from a checkpoint.
#[derive(Clone, Debug)]
pub(super) struct Walker<'m> {
    pub(super) data: &'m [u8],
    /// The checkpoint's own segment, not yet yielded.
    pub(super) first: Option<Start>,
    pub(super) at: usize,
    pub(super) left: usize,
    pub(super) last: Start,
}

impl Iterator for Walker<'_> {
    type Item = Start;

    fn next(&mut self) -> Option<Start> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let o = get_varint(self.data, &mut self.at);
        let n = get_varint(self.data, &mut self.at);
        self.last = Start {
            n: self.last.n + n,
            o: self.last.o + (o >> 1),
            replaced: o & 1 == 1,
        };
        Some(self.last)
    }
}

/// Builds an [`OffsetMap`](super::OffsetMap) from edits, in text order.
#[derive(Debug, Default)]
pub(crate) struct MapBuilder {
    starts: Vec<(usize, usize)>,
    /// The normalized and original lengths so far.
    n: usize,
    o: usize,
}

impl MapBuilder {
    /// Whether the last segment is aligned with no deleted bytes yet, so an
    /// aligned stretch can extend it.
    fn open_aligned(&self) -> bool {
        match self.starts.last() {
            None => true, // the identity so far
            Some(&(n, o)) => o & REPLACED == 0 && self.o - o == self.n - n,
        }
    }

    /// Makes the identity so far an explicit aligned segment.
    fn materialize(&mut self) {
        if self.starts.is_empty() {
            self.starts.push((0, 0));
        }
    }

    /// `len` bytes copied, or replaced character by character by characters
    /// of the same length.
    pub(crate) fn aligned(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        if !self.open_aligned() {
            self.starts.push((self.n, self.o));
        }
        self.n += len;
        self.o += len;
    }

    /// `len` original bytes deleted: they belong to the segment before.
    pub(crate) fn deleted(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        self.materialize();
        self.o += len;
    }

    /// `len` original bytes deleted that belong to no character: a segment
    /// of their own, with no normalized bytes.
    pub(crate) fn gap(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        self.materialize();
        let in_gap = self
            .starts
            .last()
            .is_some_and(|&(n, o)| n == self.n && o & REPLACED == 0);
        if !in_gap {
            self.starts.push((self.n, self.o));
        }
        self.o += len;
    }

    /// `original` bytes replaced, as a whole, by `normalized` bytes.
    #[inline]
    pub(crate) fn replaced(&mut self, original: usize, normalized: usize) {
        if normalized == 0 {
            return self.deleted(original);
        }
        self.materialize();
        // The identity prefix `(0, 0)` is dropped when the text starts here.
        if self.starts.last() == Some(&(self.n, self.o)) {
            self.starts.pop();
        }
        self.starts.push((self.n, self.o | REPLACED));
        self.n += normalized;
        self.o += original;
    }

    /// Forgets every edit after normalized offset `n` and original offset
    /// `o`, a point where both texts are cut between the same characters.
    pub(crate) fn truncate(&mut self, n: usize, o: usize) {
        while self
            .starts
            .last()
            .is_some_and(|&(_, so)| so & !REPLACED >= o)
        {
            self.starts.pop();
        }
        self.n = n;
        self.o = o;
    }

    /// The encoded segments; `normalized_len` and `original_len` are the lengths
    /// of the whole texts, the bytes not yet covered being aligned.
    pub(super) fn encode(mut self, normalized_len: usize, original_len: usize) -> Encoded {
        self.aligned(original_len - self.o);
        debug_assert_eq!(self.n, normalized_len);
        // A lone aligned segment without deletions is the identity.
        if self.starts == [(0, 0)] && normalized_len == original_len {
            self.starts.clear();
        }
        let mut enc = Encoded {
            data: Vec::new(),
            checkpoints: Vec::new(),
            segments: self.starts.len(),
        };
        let (mut n0, mut o0) = (0, 0);
        for (i, &(n, o)) in self.starts.iter().enumerate() {
            let (o, replaced) = (o & !REPLACED, o & REPLACED != 0);
            put_varint(&mut enc.data, ((o - o0) << 1) | usize::from(replaced));
            put_varint(&mut enc.data, n - n0);
            if i % BLOCK == 0 {
                enc.checkpoints.push(Checkpoint {
                    start: Start { n, o, replaced },
                    next_at: enc.data.len(),
                });
            }
            (n0, o0) = (n, o);
        }
        enc.data.shrink_to_fit();
        enc.checkpoints.shrink_to_fit();
        enc
    }
}

/// A map's segments, encoded: per segment, LEB128 varints of
/// `(original delta << 1) | replaced` and of the normalized delta from the
/// previous segment's start, with a checkpoint every [`BLOCK`] segments.
pub(super) struct Encoded {
    pub(super) data: Vec<u8>,
    pub(super) checkpoints: Vec<Checkpoint>,
    pub(super) segments: usize,
}
