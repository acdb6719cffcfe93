//! Where each output character comes from, through the pipeline's steps:
//! what [`Normalizer::normalize_with_offsets`](crate::Normalizer::normalize_with_offsets)
//! needs in the regions the fast path hands to the full pipeline.
//!
//! Each step writes its output through an [`Out`]. Untraced, that is a
//! `String`. Traced, every pushed character also records its [`Origin`]: the
//! byte range of the *original* text it comes from, found by looking up the
//! step's input characters it was made from. A deleted character simply
//! leaves a gap between origins.

use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::chars;
use crate::normalize::Diacritics;
use crate::offsets::MapBuilder;

/// Where the characters of a step's text from byte `at` on (up to the next
/// origin's `at`) come from. A *linear* origin maps those bytes one to one
/// onto `start..end` (a stretch of characters each kept or replaced by one
/// of the same length, from consecutive original characters); otherwise all
/// of them come from all of `start..end` (one character, or an expansion
/// like ﷺ whose characters share their origin). Runs stay one origin, which
/// keeps traces small.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Origin {
    at: usize,
    start: usize,
    end: usize,
    linear: bool,
}

impl Origin {
    /// The original offset of byte `p` (`at <= p`, up to the origin's end)
    /// of a range starting (`end == false`) or ending there.
    fn map(&self, p: usize, end: bool) -> usize {
        match (self.linear, end) {
            (true, _) => (self.start + (p - self.at)).min(self.end),
            (false, false) => self.start,
            (false, true) => self.end,
        }
    }
}

/// How a step records origins.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Tracing<'p> {
    /// Not at all.
    Off,
    /// The step's input is the original text.
    Identity,
    /// The origins of the step's input, and its length.
    From(&'p [Origin], usize),
}

/// A step's changed output.
#[derive(Debug)]
pub(crate) struct Output {
    pub(crate) text: String,
    /// One per character when traced.
    pub(crate) origins: Option<Vec<Origin>>,
}

impl Output {
    /// How the next step traces, reading this output.
    pub(crate) fn tracing(&self) -> Tracing<'_> {
        match &self.origins {
            Some(o) => Tracing::From(o, self.text.len()),
            None => Tracing::Off,
        }
    }
}

/// A step's output being written.
#[derive(Debug)]
pub(crate) struct Out<'p> {
    text: String,
    tracing: Tracing<'p>,
    origins: Vec<Origin>,
    /// Where the last input lookup ended, to find the next one in O(1).
    cursor: usize,
}

impl<'p> Out<'p> {
    pub(crate) fn new(capacity: usize, tracing: Tracing<'p>) -> Self {
        Out {
            text: String::with_capacity(capacity),
            tracing,
            origins: Vec::new(),
            cursor: 0,
        }
    }

    /// The output length so far, in bytes.
    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }

    /// The original range of the input characters in the byte range `from`
    /// (on char boundaries of the step's input), and whether they alone come
    /// from it (not sharing it with characters outside `from`).
    fn origin(&mut self, from: Range<usize>) -> (usize, usize, bool) {
        let (input, input_len) = match self.tracing {
            Tracing::Off | Tracing::Identity => return (from.start, from.end, true),
            Tracing::From(input, len) => (input, len),
        };
        // The origin covering byte `from.start`: the cursor's, the next
        // one, or found by a binary search.
        let covers = |k: usize| {
            input.get(k).is_some_and(|o| o.at <= from.start)
                && input.get(k + 1).is_none_or(|o| o.at > from.start)
        };
        let mut k = self.cursor;
        if !covers(k) {
            k = if covers(k + 1) {
                k + 1
            } else {
                input
                    .partition_point(|o| o.at <= from.start)
                    .saturating_sub(1)
            };
        }
        let Some(first) = input.get(k) else {
            return (from.start, from.end, false); // unreachable for a well-formed trace
        };
        let start = first.map(from.start, false);
        let mut end = first.map(from.end, true);
        let mut alone = first.linear || first.at == from.start;
        while let Some(next) = input.get(k + 1).filter(|o| o.at < from.end) {
            k += 1;
            end = end.max(next.map(from.end, true));
            alone &= next.linear;
        }
        // A shared origin must not go on past `from` (to the next origin,
        // or to the end of the input).
        let last_end = input.get(k + 1).map_or(input_len, |o| o.at);
        alone &= input[k].linear || last_end <= from.end;
        self.cursor = k;
        (start, end, alone)
    }

    /// Records the origin of a character about to be pushed; `exact` when
    /// it alone comes from `origin`, which has its length.
    fn record(&mut self, origin: (usize, usize), exact: bool) {
        let at = self.text.len();
        if let Some(last) = self.origins.last_mut() {
            if (last.start, last.end) == origin {
                // The same origin goes on (an expansion); a linear origin
                // covering exactly it was one character.
                last.linear = false;
                return;
            }
            if exact && last.linear && last.end == origin.0 {
                // The linear stretch goes on (it ends at `at` in the output).
                last.end = origin.1;
                return;
            }
        }
        self.origins.push(Origin {
            at,
            start: origin.0,
            end: origin.1,
            linear: exact,
        });
    }

    /// Pushes `c`, made from the input character `src` at byte `i`.
    #[inline]
    pub(crate) fn push(&mut self, c: char, i: usize, src: char) {
        if !matches!(self.tracing, Tracing::Off) {
            let (start, end, alone) = self.origin(i..i + src.len_utf8());
            self.record((start, end), alone && end - start == c.len_utf8());
        }
        self.text.push(c);
    }

    /// Pushes every character of `chars`, all made from the input range `from`.
    pub(crate) fn push_all(&mut self, chars: impl IntoIterator<Item = char>, from: Range<usize>) {
        if matches!(self.tracing, Tracing::Off) {
            self.text.extend(chars);
            return;
        }
        let (start, end, alone) = self.origin(from);
        let mut chars = chars.into_iter().peekable();
        let mut first = true;
        while let Some(c) = chars.next() {
            let one = first && chars.peek().is_none();
            self.record((start, end), alone && one && end - start == c.len_utf8());
            self.text.push(c);
            first = false;
        }
    }

    /// Replaces the character at byte `at` of the output by `c`, of the same
    /// UTF-8 length (so later origins keep their offsets).
    pub(crate) fn replace_at(&mut self, at: usize, old: char, c: char) {
        debug_assert_eq!(old.len_utf8(), c.len_utf8());
        let mut buf = [0; 4];
        self.text
            .replace_range(at..at + old.len_utf8(), c.encode_utf8(&mut buf));
    }

    /// The output, or `None` when it equals the step's input `s`.
    pub(crate) fn done(self, s: &str) -> Option<Output> {
        if self.text == s {
            return None;
        }
        let origins = match self.tracing {
            Tracing::Off => None,
            _ => Some(self.origins),
        };
        Some(Output {
            text: self.text,
            origins,
        })
    }
}

/// NFC or NFKC of `s`, traced. `s` is cut into units that normalize on
/// their own: a unit starts before each character whose decomposition starts
/// with a character of combining class 0 that passes the NFC quick check
/// (nothing before it can compose with it or reorder past it, UAX #15 §9).
/// In a unit that changes, the leading characters it shares with its
/// normalized form map to themselves; the rest maps character by character
/// when its characters normalized alone give the same text, else characters
/// are peeled off its front while that holds for the first one and the rest
/// (up to 64 bytes), and what remains maps as a whole (compositions,
/// reordered marks).
pub(crate) fn unicode_form_traced(s: &str, nfkc: bool, tracing: Tracing<'_>) -> Option<Output> {
    let form = |u: &str| -> String {
        if nfkc {
            u.nfkc().collect()
        } else {
            u.nfc().collect()
        }
    };
    let quick = |u: &str| {
        if nfkc {
            is_nfkc_quick(u.chars())
        } else {
            is_nfc_quick(u.chars())
        }
    };
    let starts_unit = |c: char| {
        // The common stable starters, without a lookup: ASCII, and the
        // Arabic letters U+0621–U+064A (no decomposition of any kind).
        if c.is_ascii() || ('\u{0621}'..='\u{064A}').contains(&c) {
            return true;
        }
        // The Arabic diacritics but the small letters (Lm) are combining
        // marks: no lookup. (Not starting a unit is always safe: a larger
        // unit normalizes the same, only mapped more coarsely.)
        if chars::diacritic_class(c).is_some_and(|k| k != Diacritics::SMALL_LETTERS) {
            return false;
        }
        // Otherwise the first character of its full decomposition must be
        // a starter that nothing before it composes with (NFC_QC = Yes):
        // then nothing reorders or composes across (NBSP, ﻛ, ① start units).
        let once = core::iter::once(c);
        let first = if nfkc {
            once.nfkd().next()
        } else {
            once.nfd().next()
        };
        first.is_some_and(|d| {
            canonical_combining_class(d) == 0
                && is_nfc_quick(core::iter::once(d)) == IsNormalized::Yes
        })
    };
    let mut out = Out::new(s.len() + 8, tracing);
    let mut unit = 0;
    let flush = |out: &mut Out<'_>, from: usize, to: usize| {
        let u = &s[from..to];
        let unchanged = |out: &mut Out<'_>| {
            for (j, c) in u.char_indices() {
                out.push(c, from + j, c);
            }
        };
        if quick(u) == IsNormalized::Yes {
            return unchanged(out);
        }
        let norm = form(u);
        if norm == u {
            return unchanged(out);
        }
        // The characters both start with are themselves (a base letter
        // before reordered marks): no allocation for the common case.
        let mut same = u
            .char_indices()
            .zip(norm.chars())
            .take_while(|&((_, c), d)| c == d)
            .last()
            .map_or(0, |((j, c), _)| j + c.len_utf8());
        if same == u.len() {
            // What follows in `norm` must come from some character.
            same = u.char_indices().last().map_or(0, |(j, _)| j);
        }
        for (j, c) in u[..same].char_indices() {
            out.push(c, from + j, c);
        }
        let (mut from, mut u, mut norm) = (from + same, &u[same..], &norm[same..]);
        let mut owned;
        // Character by character, when each normalized alone gives the same
        // text; else peel characters off the front while one normalized
        // alone, then the rest together, give the same text (NBSP → space
        // before reordered marks). Bounded: each step normalizes the rest
        // again.
        while u.chars().nth(1).is_some() {
            let pieces: Vec<(usize, char, String)> = u
                .char_indices()
                .map(|(j, c)| (j, c, form(c.encode_utf8(&mut [0; 4]))))
                .collect();
            if concatenate_to(pieces.iter().map(|(_, _, f)| f.as_str()), norm) {
                for (j, c, f) in &pieces {
                    out.push_all(f.chars(), from + j..from + j + c.len_utf8());
                }
                return;
            }
            if u.len() > 64 {
                break;
            }
            let (_, head, head_form) = &pieces[0];
            let h = head.len_utf8();
            let tail_form = form(&u[h..]);
            if norm.strip_prefix(head_form.as_str()) != Some(tail_form.as_str()) {
                break;
            }
            out.push_all(head_form.chars(), from..from + h);
            owned = tail_form;
            (from, u, norm) = (from + h, &u[h..], owned.as_str());
        }
        if !u.is_empty() {
            out.push_all(norm.chars(), from..to);
        }
    };
    for (i, c) in s.char_indices() {
        if i > unit && starts_unit(c) {
            flush(&mut out, unit, i);
            unit = i;
        }
    }
    flush(&mut out, unit, s.len());
    out.done(s)
}

/// Records the edits that turned `region` (a stretch of the original text)
/// into `normalized`, whose characters come from `origins` (offsets relative
/// to `region`; `None` when no step changed anything).
pub(crate) fn record_region(
    region: &str,
    normalized: &str,
    origins: Option<&[Origin]>,
    map: &mut MapBuilder,
) {
    let origins = match origins {
        Some(o) if normalized != region => o,
        _ => return map.aligned(region.len()),
    };
    // The group being built: original range, normalized range, and its kind:
    // one origin (linear or not) or several merged.
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Linear,
        Single,
        Merged,
    }
    let mut done = 0; // original bytes recorded so far
    let mut group: Option<(usize, usize, usize, usize, Kind)> = None;
    let flush = |(start, end, n_start, n_end, kind): (usize, usize, usize, usize, Kind),
                 done: &mut usize,
                 map: &mut MapBuilder| {
        if start > *done {
            map.deleted_text(&region[*done..start]);
        }
        // One character from one character of the same length.
        let one = |t: &str| t.chars().next().is_some_and(|c| c.len_utf8() == t.len());
        let aligned = kind == Kind::Linear
            || (kind == Kind::Single
                && end - start == n_end - n_start
                && one(&region[start..end])
                && one(&normalized[n_start..n_end]));
        if aligned {
            map.aligned(end - start);
        } else {
            map.replaced(end - start.max(*done), n_end - n_start);
        }
        *done = end;
    };
    for (k, o) in origins.iter().enumerate() {
        let n_end = origins.get(k + 1).map_or(normalized.len(), |next| next.at);
        let kind = if o.linear { Kind::Linear } else { Kind::Single };
        group = Some(match group {
            // A linear origin that reaches past the group: only its overlap
            // joins the group, and the rest stays a linear stretch of its own
            // (ء + the alef of ٵ make آ, while the ٴ of ٵ and the words after
            // it are copied: they must not join the آ).
            Some((start, end, n_start, _, _))
                if o.linear && o.start < end && end < o.end && o.at + (end - o.start) < n_end =>
            {
                let split = o.at + (end - o.start);
                flush(
                    (start.min(o.start), end, n_start, split, Kind::Merged),
                    &mut done,
                    map,
                );
                (end, o.end, split, n_end, Kind::Linear)
            }
            Some((start, end, n_start, _, _)) if o.start < end => (
                start.min(o.start),
                end.max(o.end),
                n_start,
                n_end,
                Kind::Merged,
            ),
            Some(g) => {
                flush(g, &mut done, map);
                (o.start, o.end, o.at, n_end, kind)
            }
            None => (o.start, o.end, o.at, n_end, kind),
        });
    }
    if let Some(g) = group {
        flush(g, &mut done, map);
    }
    map.deleted_text(&region[done..]);
}

/// Whether `pieces`, concatenated, are `whole` (without building the
/// concatenation).
fn concatenate_to<'p>(pieces: impl Iterator<Item = &'p str>, whole: &str) -> bool {
    let mut rest = whole;
    for piece in pieces {
        match rest.strip_prefix(piece) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}
