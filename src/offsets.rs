//! Offset maps between a text and its normalized form: [`Normalized`],
//! [`OffsetMap`] and its [`MapSegment`]s.
//!
//! A search engine matches on normalized text and highlights the original;
//! an NLP pipeline tags normalized text and reports spans of the original.
//! Both need every normalized byte offset mapped back. Removed diacritics,
//! tatweel and controls shift offsets one way, expansions (ﷺ, 3 bytes,
//! becomes 33) the other.
//!
//! # The model
//! The map cuts both texts into the same number of consecutive *segments*,
//! in order. A segment is one of two kinds ([`MapSegmentKind`]):
//!
//! - **Aligned**: its first `k` normalized bytes correspond one to one to
//!   its first `k` original bytes, character for character (each character
//!   unchanged, or replaced by one of the same UTF-8 length, like ى → ي);
//!   any further original bytes were **deleted** and belong to the last
//!   character before them, the way marks belong to their base letter.
//! - **Replaced**: the whole original range produced the whole normalized
//!   range (an expansion like ﷺ, a composition like ا + U+0654 → أ, a
//!   digit ٢ → `2`, reordered marks). Any part of it maps to all of it.
//!
//! Deleted spaces (Zs, TAB), with whatever is deleted after them in the same
//! stretch, belong to no character: they form an aligned segment with an
//! empty normalized range, as do deleted characters at the very start of
//! the text. So a word at the end of a line maps back without the spaces
//! after it, while a deleted RLM right after a word goes with the word.
//! Only the edit points are stored: a text that only changes in place (or
//! not at all) has an empty map. Segments are delta-encoded (two bytes for
//! a letter and its deleted marks) with a checkpoint every 64 segments:
//! about 0.5 MB of map per MB of fully vocalized Quran text under
//! [`Normalizer::search`](crate::Normalizer::search), see
//! [`OffsetMap::memory_usage`].
//!
//! ```
//! use arabic_text::Normalizer;
//! let text = "كُتُب نبات";
//! let n = Normalizer::search().normalize_with_offsets(text);
//! assert_eq!(n.text(), "كتب نبات");
//! let m = n.text().find("نبات").unwrap();
//! let orig = n.offsets().to_original(m..m + "نبات".len());
//! assert_eq!(&text[orig], "نبات");
//! ```

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::ops::Range;

mod builder;
pub(crate) use builder::MapBuilder;
use builder::{get_varint, Checkpoint, Start, Walker, BLOCK};

/// A normalized text with its [`OffsetMap`] back to the original, from
/// [`Normalizer::normalize_with_offsets`](crate::Normalizer::normalize_with_offsets).
///
/// ```
/// use arabic_text::Normalizer;
/// let n = Normalizer::search().normalize_with_offsets("كتــاب");
/// assert_eq!(n.text(), "كتاب");
/// assert_eq!(n.offsets().to_original(0..8), 0..12);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    offsets: OffsetMap,
}

impl<'a> Normalized<'a> {
    pub(crate) fn new(text: Cow<'a, str>, offsets: OffsetMap) -> Self {
        Normalized { text, offsets }
    }

    /// The normalized text: exactly what
    /// [`Normalizer::normalize`](crate::Normalizer::normalize) returns,
    /// borrowed from the input when nothing changed.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let text = "بوتين يشدد";
    /// let n = Normalizer::search().normalize_with_offsets(text);
    /// assert!(std::ptr::eq(n.text(), text)); // borrowed
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The map between byte offsets of the original and normalized texts.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search().normalize_with_offsets("بوتين يشدد");
    /// assert!(n.offsets().is_empty()); // nothing changed
    /// ```
    pub fn offsets(&self) -> &OffsetMap {
        &self.offsets
    }

    /// The same, owning its text: to keep it beyond the input's lifetime.
    ///
    /// ```
    /// use arabic_text::{Normalized, Normalizer};
    /// let kept: Normalized<'static> = {
    ///     let input = String::from("كتــاب");
    ///     Normalizer::search().normalize_with_offsets(&input).into_owned()
    /// };
    /// assert_eq!(kept.text(), "كتاب");
    /// ```
    pub fn into_owned(self) -> Normalized<'static> {
        Normalized {
            text: Cow::Owned(self.text.into_owned()),
            offsets: self.offsets,
        }
    }

    /// The normalized text and the map, by value.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let (text, map) = Normalizer::search().normalize_with_offsets("إدلب").into_parts();
    /// assert_eq!(text, "ادلب");
    /// assert!(map.is_empty()); // أ → ا keeps every offset
    /// ```
    pub fn into_parts(self) -> (Cow<'a, str>, OffsetMap) {
        (self.text, self.offsets)
    }
}

/// Maps UTF-8 byte ranges between an original text and its normalized form
/// (see the [module docs](self) for the model). Built by
/// [`Normalizer::normalize_with_offsets`](crate::Normalizer::normalize_with_offsets).
///
/// Queries take and return **UTF-8 byte offsets**. They never panic: a range
/// past the end is clamped to the text's length, and a reversed range is
/// read as the empty range at its start. A range whose ends lie on char
/// boundaries maps to a range whose ends lie on char boundaries.
///
/// ```
/// use arabic_text::Normalizer;
/// let text = "قال ﷺ نعم";
/// let n = Normalizer::search().normalize_with_offsets(text);
/// assert_eq!(n.text(), "قال صلي الله عليه وسلم نعم");
/// let m = n.text().find("نعم").unwrap();
/// assert_eq!(&text[n.offsets().to_original(m..m + 6)], "نعم");
/// let salla = n.text().find("الله").unwrap();
/// assert_eq!(&text[n.offsets().to_original(salla..salla + 8)], "ﷺ");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// The segment starts, delta-encoded: per segment, LEB128 varints of
    /// `(original delta << 1) | replaced` and of the normalized delta from
    /// the previous segment's start. Empty for the identity.
    data: Vec<u8>,
    /// The start of every `BLOCK`-th segment, to search in O(log n).
    checkpoints: Vec<Checkpoint>,
    segments: usize,
    normalized_len: usize,
    original_len: usize,
}

/// The kind of a [`MapSegment`].
///
/// ```
/// use arabic_text::{Normalizer, MapSegmentKind};
/// let n = Normalizer::search().normalize_with_offsets("ﷺ");
/// let kinds: Vec<_> = n.offsets().segments().map(|s| s.kind()).collect();
/// assert_eq!(kinds, [MapSegmentKind::Replaced]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MapSegmentKind {
    /// Byte for byte over the normalized range; original bytes beyond its
    /// length were deleted and belong to the last character before them.
    Aligned,
    /// The whole original range produced the whole normalized range.
    Replaced,
}

impl MapSegmentKind {
    /// A stable name: `"aligned"` or `"replaced"` (used by the CLI).
    ///
    /// ```
    /// assert_eq!(arabic_text::MapSegmentKind::Replaced.as_str(), "replaced");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            MapSegmentKind::Aligned => "aligned",
            MapSegmentKind::Replaced => "replaced",
        }
    }
}

/// One segment of an [`OffsetMap`]: a normalized byte range, the original
/// byte range it comes from, and how they correspond.
///
/// ```
/// use arabic_text::{Normalizer, MapSegmentKind};
/// let n = Normalizer::search().normalize_with_offsets("كتــاب");
/// let s: Vec<_> = n.offsets().segments().collect();
/// assert_eq!(s[0].normalized(), 0..4); // كت
/// assert_eq!(s[0].original(), 0..8);  // كت and two deleted tatweels
/// assert_eq!(s[0].kind(), MapSegmentKind::Aligned);
/// assert_eq!((s[1].normalized(), s[1].original()), (4..8, 8..12)); // اب
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MapSegment {
    normalized: Range<usize>,
    original: Range<usize>,
    kind: MapSegmentKind,
}

impl MapSegment {
    /// The segment's byte range in the normalized text.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search().normalize_with_offsets("ﷺ");
    /// assert_eq!(n.offsets().segments().next().unwrap().normalized(), 0..33);
    /// ```
    pub fn normalized(&self) -> Range<usize> {
        self.normalized.clone()
    }

    /// The segment's byte range in the original text.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search().normalize_with_offsets("ﷺ");
    /// assert_eq!(n.offsets().segments().next().unwrap().original(), 0..3);
    /// ```
    pub fn original(&self) -> Range<usize> {
        self.original.clone()
    }

    /// How the two ranges correspond.
    ///
    /// ```
    /// use arabic_text::{Normalizer, MapSegmentKind};
    /// let n = Normalizer::search().normalize_with_offsets("ﷺ");
    /// assert_eq!(n.offsets().segments().next().unwrap().kind(), MapSegmentKind::Replaced);
    /// ```
    pub fn kind(&self) -> MapSegmentKind {
        self.kind
    }
}

/// Iterator over the segments of an [`OffsetMap`], in order. Created by
/// [`OffsetMap::segments`].
///
/// ```
/// use arabic_text::Normalizer;
/// let n = Normalizer::search().normalize_with_offsets("ٱلْحَمْدُ");
/// assert_eq!(n.offsets().segments().count(), 4); // ٱلْ حَ مْ دُ: one per deleted mark
/// ```
#[derive(Clone, Debug)]
pub struct MapSegments<'m> {
    map: &'m OffsetMap,
    walker: Walker<'m>,
    peeked: Option<Start>,
    left: usize,
}

impl Iterator for MapSegments<'_> {
    type Item = MapSegment;

    fn next(&mut self) -> Option<MapSegment> {
        let start = self.peeked.take().or_else(|| self.walker.next())?;
        self.left -= 1;
        self.peeked = self.walker.next();
        let (n_end, o_end) = self.map.end_after(self.peeked);
        Some(MapSegment {
            normalized: start.n..n_end,
            original: start.o..o_end,
            kind: if start.replaced {
                MapSegmentKind::Replaced
            } else {
                MapSegmentKind::Aligned
            },
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for MapSegments<'_> {}
impl core::iter::FusedIterator for MapSegments<'_> {}

/// Clamps `range` to `0..len`; a reversed range becomes empty at its start.
fn clamp(range: Range<usize>, len: usize) -> (usize, usize) {
    let start = range.start.min(len);
    (start, range.end.clamp(start, len))
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub(crate) fn identity(len: usize) -> Self {
        OffsetMap {
            normalized_len: len,
            original_len: len,
            ..OffsetMap::default()
        }
    }

    /// Whether the map has no segment: every offset maps to itself. True
    /// whenever the normalized text equals the original (and also when the
    /// only changes replace characters by characters of the same UTF-8
    /// length, like أ → ا).
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert!(Normalizer::search().normalize_with_offsets("على").offsets().is_empty());
    /// assert!(!Normalizer::search().normalize_with_offsets("عَلى").offsets().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.segments == 0
    }

    /// The number of segments (not a length in bytes).
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::search().normalize_with_offsets("كَتَبَ").offsets().segment_count(), 3);
    /// ```
    pub fn segment_count(&self) -> usize {
        self.segments
    }

    /// The heap memory the map uses, in bytes: segments are delta-encoded
    /// (about two bytes each when they are short), with a checkpoint every
    /// 64 segments.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search().normalize_with_offsets("كَتَبَ");
    /// assert!(n.offsets().memory_usage() < 64);
    /// assert_eq!(Normalizer::search().normalize_with_offsets("نعم").offsets().memory_usage(), 0);
    /// ```
    pub fn memory_usage(&self) -> usize {
        self.data.capacity() + self.checkpoints.capacity() * core::mem::size_of::<Checkpoint>()
    }

    /// The segments, in order; none for the identity map.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search().normalize_with_offsets("  نعم");
    /// let s = n.offsets().segments().next().unwrap();
    /// assert_eq!((s.normalized(), s.original()), (0..0, 0..2)); // leading spaces deleted
    /// ```
    pub fn segments(&self) -> MapSegments<'_> {
        MapSegments {
            map: self,
            walker: self.walk_from(0),
            peeked: None,
            left: self.segments,
        }
    }

    /// Decodes segments from checkpoint `k` (none past the last).
    fn walk_from(&self, k: usize) -> Walker<'_> {
        match self.checkpoints.get(k) {
            Some(cp) => Walker {
                data: &self.data,
                first: Some(cp.start),
                at: cp.next_at,
                left: (self.segments - k * BLOCK).saturating_sub(1),
                last: cp.start,
            },
            None => Walker {
                data: &self.data,
                first: None,
                at: 0,
                left: 0,
                last: Start {
                    n: 0,
                    o: 0,
                    replaced: false,
                },
            },
        }
    }

    /// Where a segment ends, given the start of the next one (if any).
    fn end_after(&self, next: Option<Start>) -> (usize, usize) {
        next.map_or((self.normalized_len, self.original_len), |s| (s.n, s.o))
    }

    /// The last segment whose start satisfies `pred` (true, then false, in
    /// segment order), and where it ends.
    fn find_last(&self, pred: impl Fn(&Start) -> bool) -> Found {
        let k = self.checkpoints.partition_point(|cp| pred(&cp.start));
        let mut walker = self.walk_from(k.checked_sub(1)?);
        let mut last = walker.next()?;
        for next in walker {
            if !pred(&next) {
                return Some((last, (next.n, next.o)));
            }
            last = next;
        }
        Some((last, self.end_after(None)))
    }

    /// Maps a byte range of the normalized text to the smallest byte range
    /// of the original text that produced it.
    ///
    /// - In an aligned segment, offsets map byte for byte; a range that ends
    ///   at a segment's last normalized character also takes the deleted
    ///   characters after it (they belong to that character).
    /// - A range that covers any part of a replaced segment takes all of its
    ///   original range: any part of ﷺ's expansion maps to the whole ﷺ.
    /// - An empty range maps to an empty range: where a character starting
    ///   at that offset comes from (the start of a replaced segment inside
    ///   one; past the deleted characters at a segment's end).
    ///
    /// # Complexity
    /// O(log n) in the number of segments: a binary search over the
    /// checkpoints, then at most 65 segments decoded. O(1) for an empty map.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let text = "كُتَّاَبْ بيوت نبات ثمار";
    /// let n = Normalizer::search().normalize_with_offsets(text);
    /// assert_eq!(n.text(), "كتاب بيوت نبات ثمار");
    /// let m = n.text().find("نبات").unwrap();
    /// let orig = n.offsets().to_original(m..m + "نبات".len());
    /// assert_eq!(&text[orig], "نبات");
    /// assert_eq!(&text[n.offsets().to_original(0..8)], "كُتَّاَبْ"); // marks go with their letters
    /// ```
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let (start, end) = clamp(range, self.normalized_len);
        if self.is_empty() {
            return start..end;
        }
        self.to_original_by(start..end, |pred| self.find_last(pred))
    }

    /// [`to_original`](Self::to_original) for ranges in text order, with a
    /// cursor that only moves forward: O(1) amortized per query.
    pub(crate) fn to_original_forward(
        &self,
        cursor: &mut MapCursor,
        range: Range<usize>,
    ) -> Range<usize> {
        let (start, end) = clamp(range, self.normalized_len);
        if self.is_empty() {
            return start..end;
        }
        self.to_original_by(start..end, |pred| cursor.advance(self, pred))
    }

    /// `to_original` of a clamped range, `find` locating the last segment
    /// whose start satisfies a predicate.
    fn to_original_by(
        &self,
        range: Range<usize>,
        mut find: impl FnMut(&dyn Fn(&Start) -> bool) -> Found,
    ) -> Range<usize> {
        let (start, end) = (range.start, range.end);
        let s = if start >= self.normalized_len {
            self.original_len
        } else {
            // The last segment starting at or before `start` holds its byte
            // (a leading segment with no normalized bytes is skipped).
            match find(&|s| s.n <= start) {
                Some((s, _)) if s.replaced => s.o,
                Some((s, _)) => s.o + (start - s.n),
                None => start,
            }
        };
        if start == end {
            return s..s;
        }
        // The segment holding byte `end - 1`.
        let e = match find(&|s| s.n < end) {
            Some((s, (n_end, o_end))) if s.replaced || end == n_end => o_end,
            Some((s, _)) => s.o + (end - s.n),
            None => end,
        };
        s..e
    }

    /// Maps a byte range of the original text to the smallest byte range of
    /// the normalized text that it produced.
    ///
    /// - In an aligned segment, offsets map byte for byte; a deleted
    ///   character produced nothing, so a range of deleted characters maps to
    ///   the empty range after the character they belong to.
    /// - A range that covers any part of a replaced segment takes all of its
    ///   normalized range.
    ///
    /// # Complexity
    /// O(log n) in the number of segments: a binary search over the
    /// checkpoints, then at most 65 segments decoded. O(1) for an empty map.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let text = "قال ﷺ";
    /// let n = Normalizer::search().normalize_with_offsets(text);
    /// let r = n.offsets().to_normalized(7..10); // ﷺ
    /// assert_eq!(&n.text()[r], "صلي الله عليه وسلم");
    /// let n = Normalizer::search().normalize_with_offsets("كتــاب");
    /// assert_eq!(n.offsets().to_normalized(4..8), 4..4); // the tatweels
    /// ```
    pub fn to_normalized(&self, range: Range<usize>) -> Range<usize> {
        let (start, end) = clamp(range, self.original_len);
        if self.is_empty() {
            return start..end;
        }
        let s = self.normalized_start(start);
        if start == end {
            return s..s;
        }
        s..self.normalized_end(end).max(s)
    }

    /// The normalized offset of a range that starts at original offset `p`.
    fn normalized_start(&self, p: usize) -> usize {
        if p >= self.original_len {
            return self.normalized_len;
        }
        match self.find_last(|s| s.o <= p) {
            Some((s, _)) if s.replaced => s.n,
            // Past the aligned part: a deleted character.
            Some((s, (n_end, _))) => (s.n + (p - s.o)).min(n_end),
            None => p,
        }
    }

    /// The normalized offset of a non-empty range that ends at original
    /// offset `p > 0`.
    fn normalized_end(&self, p: usize) -> usize {
        match self.find_last(|s| s.o < p) {
            Some((s, (n_end, _))) if s.replaced => n_end,
            Some((s, (n_end, _))) => (s.n + (p - s.o)).min(n_end),
            None => p,
        }
    }
}

/// A segment's start and where it ends, found by a search.
type Found = Option<(Start, (usize, usize))>;

/// A forward-only position in an [`OffsetMap`], for queries in text order
/// (as [`NormalizedTokens`](crate::NormalizedTokens) makes them).
#[derive(Clone, Debug, Default)]
pub(crate) struct MapCursor {
    started: bool,
    /// Where the next segment's encoding starts, and how many are left.
    at: usize,
    left: usize,
    /// The last decoded start (the deltas' base).
    last: Option<Start>,
    cur: Option<Start>,
    next: Option<Start>,
}

impl MapCursor {
    fn decode(&mut self, map: &OffsetMap) -> Option<Start> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let o = get_varint(&map.data, &mut self.at);
        let n = get_varint(&map.data, &mut self.at);
        let (n0, o0) = self.last.map_or((0, 0), |s| (s.n, s.o));
        let start = Start {
            n: n0 + n,
            o: o0 + (o >> 1),
            replaced: o & 1 == 1,
        };
        self.last = Some(start);
        Some(start)
    }

    /// The last segment whose start satisfies `pred`, at or after the
    /// cursor, which moves to it.
    fn advance(&mut self, map: &OffsetMap, pred: &dyn Fn(&Start) -> bool) -> Found {
        if !self.started {
            self.started = true;
            self.left = map.segments;
            self.cur = self.decode(map);
            self.next = self.decode(map);
        }
        while let Some(next) = self.next.filter(|s| pred(s)) {
            self.cur = Some(next);
            self.next = self.decode(map);
        }
        let cur = self.cur.filter(|s| pred(s))?;
        Some((cur, map.end_after(self.next)))
    }
}

impl MapBuilder {
    /// The map; `normalized_len` and `original_len` are the lengths of the
    /// whole texts, the bytes not yet covered being aligned.
    pub(crate) fn finish(self, normalized_len: usize, original_len: usize) -> OffsetMap {
        let enc = self.encode(normalized_len, original_len);
        OffsetMap {
            data: enc.data,
            checkpoints: enc.checkpoints,
            segments: enc.segments,
            normalized_len,
            original_len,
        }
    }
}

/// Records deleted original text (CONFORMANCE.md, "Offset maps"): up to its
/// first space (Zs or TAB) it belongs to the character before it
/// ([`MapBuilder::deleted`]); from there on, spaces and all, to no
/// character ([`MapBuilder::gap`]). So a word that ends its line maps back
/// without the spaces after it, while a deleted RLM right after a word goes
/// with the word.
#[inline]
pub(crate) fn record_deleted(map: &mut MapBuilder, deleted: &str) {
    let cut = deleted
        .find(crate::chars::is_space)
        .unwrap_or(deleted.len());
    map.deleted(cut);
    if cut < deleted.len() {
        map.gap(deleted.len() - cut);
    }
}
