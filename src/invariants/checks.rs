//! The invariant checks: each panics with a message naming the broken rule.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

use crate::chars;
use crate::{quote_pairs, Normalizer, QuoteRole, Token, TokenKind, Tokenizer};

/// Invariants 1–3 (and the WB4 rule) on `text`: segments are contiguous,
/// lossless, non-empty, on char boundaries; tokens are the segments without
/// whitespace; whitespace segments hold only `White_Space` and invisible
/// characters, and no token holds only invisible ones; a mark or attaching
/// letter starts a token only after whitespace, punctuation or a quote.
pub fn check_segments(text: &str) {
    let tok = Tokenizer::new();
    let segments: Vec<Token<'_>> = tok.segments(text).collect();
    let mut pos = 0;
    let mut prev: Option<TokenKind> = None;
    for t in &segments {
        let span = t.span();
        assert_eq!(span.start, pos, "segments are contiguous in {text:?}");
        assert!(span.end > span.start, "empty segment in {text:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char in {text:?}"
        );
        assert_eq!(&text[span.clone()], t.text(), "text() is the span's slice");
        if t.kind() == TokenKind::Whitespace {
            assert!(
                t.text()
                    .chars()
                    .all(|c| chars::is_white_space(c) || chars::is_invisible(c)),
                "whitespace segment {:?} holds a visible non-space",
                t.text()
            );
        } else {
            assert!(
                !t.text().chars().all(chars::is_invisible),
                "token {:?} holds only invisible characters",
                t.text()
            );
        }
        let first = t.text().chars().next().unwrap_or(' ');
        // Marks and attaching letters never leave their base; a format
        // control may also start a blank run after a web token.
        let attaching = chars::is_attaching(first) && !chars::is_format(first);
        if attaching && !matches!(t.kind(), TokenKind::Symbol | TokenKind::Whitespace) {
            assert!(
                matches!(
                    prev,
                    None | Some(
                        TokenKind::Whitespace | TokenKind::Punctuation(_) | TokenKind::Quote(_)
                    )
                ),
                "attaching {first:?} separated from a {prev:?} token in {text:?}"
            );
        }
        pos = span.end;
        prev = Some(t.kind());
    }
    assert_eq!(pos, text.len(), "segments cover the input {text:?}");
    let joined: String = segments.iter().map(|t| t.text()).collect();
    assert_eq!(joined, text, "segments concatenate back to the input");

    let tokens: Vec<Token<'_>> = tok.tokenize(text).collect();
    let non_space: Vec<Token<'_>> = segments
        .iter()
        .copied()
        .filter(|t| t.kind() != TokenKind::Whitespace)
        .collect();
    assert_eq!(tokens, non_space, "tokens = segments without whitespace");
}

fn kind_without_role(k: TokenKind) -> TokenKind {
    match k {
        TokenKind::Quote(q) => TokenKind::Quote(crate::Quote::new(q.style(), QuoteRole::Ambiguous)),
        k => k,
    }
}

/// Invariant 4: the tokens of `a + " " + b` are those of `a`, then those of
/// `b` shifted by `a.len() + 1`, quote roles aside.
pub fn check_locality(a: &str, b: &str) {
    let joined = format!("{a} {b}");
    let simple = |text: &str, shift: usize| -> Vec<(usize, usize, TokenKind)> {
        Tokenizer::new()
            .tokenize(text)
            .map(|t| {
                let s = t.span();
                (s.start + shift, s.end + shift, kind_without_role(t.kind()))
            })
            .collect()
    };
    let mut want = simple(a, 0);
    want.extend(simple(b, a.len() + 1));
    assert_eq!(
        simple(&joined, 0),
        want,
        "tokenizing is local: {a:?} + ' ' + {b:?}"
    );
}

/// `tokenize` and `tokenize_normalized` agree: under a normalizer that only
/// maps characters one to one within their class (letter folds, digits,
/// Arabic punctuation to ASCII), the tokens of `text` and of its normalized
/// form have the same spans, punctuation aside (`٪%` becomes a run, `%%`). Web tokens are off: their syntax is
/// ASCII (an e-mail local part, `.` between host labels), which the
/// Arabic-to-ASCII folds can create.
pub fn check_same_boundaries(n: &Normalizer, text: &str) {
    let tok = Tokenizer::new().web_tokens(false);
    let words = |k: TokenKind| !matches!(k, TokenKind::Punctuation(_));
    let original: Vec<Range<usize>> = tok
        .tokenize(text)
        .filter(|t| words(t.kind()))
        .map(|t| t.span())
        .collect();
    let normalized: Vec<Range<usize>> = tok
        .tokenize_normalized(n, text)
        .filter(|t| words(t.kind()))
        .map(|t| t.span())
        .collect();
    assert_eq!(
        original, normalized,
        "tokenize and tokenize_normalized cut {text:?} apart differently under {n:?}"
    );
}

/// Invariant 6: `Token::normalized(n)` equals `n.normalize(token.text())`,
/// except for quote tokens (mapped by their own role).
pub fn check_token_normalized(n: &Normalizer, text: &str) {
    for t in Tokenizer::new().segments(text) {
        if matches!(t.kind(), TokenKind::Quote(_)) {
            continue;
        }
        assert_eq!(
            t.normalized(n),
            n.normalize(t.text()),
            "Token::normalized of {:?}",
            t.text()
        );
    }
}

/// The guarantees of design.md §4 for `n` on `text`: all of
/// [`check_borrowed`], [`check_idempotent`], [`check_normalize_into`] and
/// [`check_growth`].
pub fn check_normalizer(n: &Normalizer, text: &str) {
    check_borrowed(n, text);
    check_idempotent(n, text);
    check_normalize_into(n, text);
    check_growth(n, text);
}

/// The normalizer's SIMD kernels (SSSE3, where the CPU has it) agree with
/// their portable twins from each of the first 64 character boundaries of
/// `text`, with `n`'s table: the compaction of dense deletions gives the
/// same output, stop and line starts, the skim of plain text the same
/// last space.
pub fn check_simd(n: &Normalizer, text: &str) {
    crate::normalize::check_twins(n, text);
}

/// `is_normalized(s)` ⇔ `normalize(s)` is Borrowed ⇔ the output equals the
/// input; a Borrowed output is the input itself.
pub fn check_borrowed(n: &Normalizer, text: &str) {
    let out = n.normalize(text);
    let borrowed = matches!(out, Cow::Borrowed(_));
    assert_eq!(
        borrowed,
        *out == *text,
        "Borrowed ⇔ unchanged for {text:?} under {n:?}"
    );
    if let Cow::Borrowed(s) = out {
        assert!(
            core::ptr::eq(s, text),
            "Borrowed output is the input itself"
        );
    }
    assert_eq!(
        n.is_normalized(text),
        borrowed,
        "is_normalized ⇔ Borrowed for {text:?}"
    );
}

/// Normalizing is idempotent.
pub fn check_idempotent(n: &Normalizer, text: &str) {
    let out = n.normalize(text);
    let again = n.normalize(&out);
    assert_eq!(
        again, out,
        "normalize is idempotent: {text:?} → {out:?} → {again:?} under {n:?}"
    );
}

/// `normalize_into` appends exactly what `normalize` returns, after a
/// non-empty prefix already in the buffer.
pub fn check_normalize_into(n: &Normalizer, text: &str) {
    let mut buf = String::from("prefix·");
    n.normalize_into(text, &mut buf);
    assert_eq!(
        &buf["prefix·".len()..],
        &*n.normalize(text),
        "normalize_into appends the output"
    );
}

/// The output is at most 18 times the input's length (NFKC's worst
/// expansion, ﷺ, bounds the growth).
pub fn check_growth(n: &Normalizer, text: &str) {
    let out = n.normalize(text);
    assert!(
        out.len() <= 18 * text.len(),
        "output {} bytes for {} bytes of input {text:?}",
        out.len(),
        text.len()
    );
}

/// The offset map of `n` on `text` (CONFORMANCE.md, "Offset maps"):
/// - `normalize_with_offsets` gives `normalize`'s text, borrowed (with an
///   empty map) exactly when nothing changed;
/// - the segments tile both texts in order, and aligned segments never have
///   more normalized than original bytes;
/// - every segment of the normalized text maps back to a range on char
///   boundaries of `text`, in order; every segment of `text` maps to a range
///   on char boundaries of the normalized text;
/// - a word or number of the normalized text that maps back exactly
///   (`to_normalized(to_original(r)) == r`) is what its original slice
///   normalizes to on its own;
/// - `tokenize_normalized` gives the tokens of the normalized text with
///   those spans, borrowing the input for every unchanged token.
pub fn check_offsets(n: &Normalizer, text: &str) {
    let nwo = n.normalize_with_offsets(text);
    let plain = n.normalize(text);
    let out = nwo.text();
    let map = nwo.offsets();
    assert_eq!(
        out, &*plain,
        "normalize_with_offsets text for {text:?} under {n:?}"
    );
    if out == text {
        assert!(
            core::ptr::eq(out, text),
            "unchanged text is borrowed: {text:?}"
        );
        assert!(map.is_empty(), "unchanged text has an empty map: {text:?}");
    }
    let (mut n_at, mut o_at) = (0, 0);
    for seg in map.segments() {
        let (nr, or) = (seg.normalized(), seg.original());
        assert_eq!(
            (nr.start, or.start),
            (n_at, o_at),
            "segments tile: {text:?} under {n:?}"
        );
        assert!(
            or.end > or.start || nr.end > nr.start,
            "empty segment: {text:?}"
        );
        if seg.kind() == crate::MapSegmentKind::Aligned {
            assert!(
                nr.len() <= or.len(),
                "aligned segment grows: {text:?} under {n:?}"
            );
        }
        (n_at, o_at) = (nr.end, or.end);
    }
    if !map.is_empty() {
        assert_eq!(
            (n_at, o_at),
            (out.len(), text.len()),
            "segments cover: {text:?}"
        );
    }
    let mut last = 0;
    for t in Tokenizer::new().segments(out) {
        let r = map.to_original(t.span());
        assert_eq!(
            r,
            naive_to_original(map, t.span()),
            "to_original of {:?} in {text:?}",
            t.span()
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end) && r.start <= r.end,
            "{:?} at {:?} of {out:?} maps to {r:?}, not char boundaries of {text:?} under {n:?}",
            t.text(),
            t.span()
        );
        assert!(
            r.start >= last,
            "mapped spans go forward: {text:?} under {n:?}"
        );
        last = r.start;
    }
    // Runs of tokens between whitespace: normalizing depends on neighbours
    // only within them (ZWNJ and ZWSP between letters, ٫ between digits,
    // ToAlef after ى), except for quote roles.
    let mut chunk: Option<Range<usize>> = None;
    let mut chunks = Vec::new();
    for t in Tokenizer::new().segments(out) {
        match (t.kind(), &mut chunk) {
            (TokenKind::Whitespace, _) => chunks.extend(chunk.take()),
            (_, Some(c)) => c.end = t.span().end,
            (_, None) => chunk = Some(t.span()),
        }
    }
    chunks.extend(chunk);
    for c in chunks {
        let r = map.to_original(c.clone());
        let exact = map.to_normalized(r.clone()) == c;
        let quotes = n.quotes == crate::Quotes::Guillemets
            && out[c.clone()]
                .chars()
                .any(|d| chars::quote_style(d).is_some());
        if exact && !quotes {
            assert_eq!(
                n.normalize(&text[r.clone()]),
                &out[c],
                "maps back to {:?} of {text:?} under {n:?}",
                &text[r]
            );
        }
    }
    for t in Tokenizer::new().segments(text) {
        let r = map.to_normalized(t.span());
        assert_eq!(
            r,
            naive_to_normalized(map, t.span()),
            "to_normalized of {:?} in {text:?}",
            t.span()
        );
        assert!(
            out.is_char_boundary(r.start) && out.is_char_boundary(r.end) && r.start <= r.end,
            "{:?} of {text:?} maps to {r:?}, not char boundaries of {out:?} under {n:?}",
            t.text()
        );
    }
    let expected: Vec<(Range<usize>, Range<usize>, &str)> = Tokenizer::new()
        .tokenize(out)
        .map(|t| (map.to_original(t.span()), t.span(), t.text()))
        .collect();
    let got: Vec<_> = Tokenizer::new().tokenize_normalized(n, text).collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "tokenize_normalized count for {text:?}"
    );
    for (t, (span, norm_span, norm)) in got.iter().zip(expected) {
        assert_eq!(
            (t.span(), t.normalized_span(), t.normalized()),
            (span.clone(), norm_span, norm),
            "tokenize_normalized of {text:?}"
        );
        assert_eq!(
            t.original(),
            &text[span],
            "original() is the original slice"
        );
        if t.normalized() == t.original() {
            assert!(
                core::ptr::eq(t.normalized(), t.original()),
                "an unchanged token borrows the input"
            );
        }
    }
}

/// [`OffsetMap::to_original`](crate::OffsetMap::to_original) of a non-empty
/// range on char boundaries, by a linear scan of the segments.
fn naive_to_original(map: &crate::OffsetMap, r: Range<usize>) -> Range<usize> {
    if map.is_empty() || r.is_empty() {
        return map.to_original(r);
    }
    let segs: Vec<_> = map.segments().collect();
    let holding = |p: usize| {
        segs.iter()
            .rposition(|s| s.normalized().start <= p && p < s.normalized().end)
    };
    let Some(first) = holding(r.start) else {
        return map.to_original(r);
    };
    let last = &segs[holding(r.end - 1).unwrap_or(first)];
    let s = &segs[first];
    let start = match s.kind() {
        crate::MapSegmentKind::Replaced => s.original().start,
        _ => s.original().start + (r.start - s.normalized().start),
    };
    let end = match last.kind() {
        crate::MapSegmentKind::Aligned if r.end < last.normalized().end => {
            last.original().start + (r.end - last.normalized().start)
        }
        _ => last.original().end,
    };
    start..end
}

/// [`OffsetMap::to_normalized`](crate::OffsetMap::to_normalized) of a
/// non-empty range, by a linear scan of the segments.
fn naive_to_normalized(map: &crate::OffsetMap, r: Range<usize>) -> Range<usize> {
    if map.is_empty() || r.is_empty() {
        return map.to_normalized(r);
    }
    let segs: Vec<_> = map.segments().collect();
    let holding = |p: usize| {
        segs.iter()
            .rposition(|s| s.original().start <= p && p < s.original().end)
    };
    let (Some(first), Some(last)) = (holding(r.start), holding(r.end - 1)) else {
        return map.to_normalized(r);
    };
    let at = |s: &crate::MapSegment, p: usize, end: bool| match s.kind() {
        crate::MapSegmentKind::Replaced if end => s.normalized().end,
        crate::MapSegmentKind::Replaced => s.normalized().start,
        _ => (s.normalized().start + (p - s.original().start)).min(s.normalized().end),
    };
    let start = at(&segs[first], r.start, false);
    start..at(&segs[last], r.end, true).max(start)
}

/// `quote_pairs` on the tokens of `text`: pairs are Open before Close of the
/// same family, properly nested and never crossing.
pub fn check_quote_pairs(text: &str) {
    let tokens: Vec<Token<'_>> = Tokenizer::new().tokenize(text).collect();
    let pairs = quote_pairs(&tokens);
    for &(o, c) in &pairs {
        assert!(o < c, "open {o} before close {c}");
        let (TokenKind::Quote(qo), TokenKind::Quote(qc)) = (tokens[o].kind(), tokens[c].kind())
        else {
            panic!("pair ({o}, {c}) is not two quotes in {text:?}");
        };
        assert_eq!(qo.role(), QuoteRole::Open);
        assert_eq!(qc.role(), QuoteRole::Close);
        assert_eq!(
            qo.style().is_double(),
            qc.style().is_double(),
            "same family"
        );
    }
    for (i, &(a, b)) in pairs.iter().enumerate() {
        for &(c, d) in &pairs[i + 1..] {
            let nested = (a < c && d < b) || (c < a && b < d);
            let disjoint = b < c || d < a;
            assert!(
                nested || disjoint,
                "pairs ({a},{b}) and ({c},{d}) cross in {text:?}"
            );
        }
    }
}

/// Tokenizing `bytes` through [`ChunkReader`](crate::stream::ChunkReader)
/// (lossy, cut at [`chunk_boundary`](crate::stream::chunk_boundary), reading
/// `chunk_size` bytes at a time) gives the tokens of the whole lossy string.
#[cfg(feature = "std")]
pub fn check_streaming(bytes: &[u8], chunk_size: usize) {
    use crate::stream::{chunk_boundary, ChunkReader};
    use crate::TokenizerState;

    let whole = String::from_utf8_lossy(bytes);
    let want: Vec<(usize, usize, TokenKind)> = Tokenizer::new()
        .segments(&whole)
        .map(|t| (t.span().start, t.span().end, t.kind()))
        .collect();

    let mut reader = ChunkReader::new(bytes).lossy(true).chunk_size(chunk_size);
    let mut state = TokenizerState::default();
    let mut got = Vec::new();
    let mut text = String::new();
    loop {
        let chunk = match reader.next_chunk(chunk_boundary) {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => panic!("lossy reading failed: {e}"),
        };
        let base = text.len();
        text.push_str(chunk);
        let mut segs = Tokenizer::new().segments_with_state(chunk, state);
        for t in segs.by_ref() {
            got.push((base + t.span().start, base + t.span().end, t.kind()));
        }
        state = segs.state();
    }
    assert_eq!(text, whole, "chunks concatenate to the lossy input");
    assert_eq!(
        got, want,
        "chunked tokens equal whole-text tokens (chunk size {chunk_size})"
    );
}

/// Normalizing `text` in chunks cut at
/// [`normalize_boundary`](crate::stream::normalize_boundary) gives the output
/// for the whole text.
#[cfg(feature = "std")]
pub fn check_normalize_streaming(n: &Normalizer, text: &str, chunk_size: usize) {
    use crate::stream::{normalize_boundary, ChunkReader};

    let mut reader = ChunkReader::new(text.as_bytes()).chunk_size(chunk_size);
    let mut out = String::new();
    loop {
        match reader.next_chunk(|t| normalize_boundary(n, t)) {
            Ok(Some(chunk)) => n.normalize_into(chunk, &mut out),
            Ok(None) => break,
            Err(e) => panic!("reading valid UTF-8 failed: {e}"),
        }
    }
    assert_eq!(
        out,
        n.normalize(text),
        "chunked normalization of {text:?} under {n:?}"
    );
}
