//! The cutting rules ([`Cutter`]) of each subcommand.

use std::borrow::Cow;
use std::ops::Range;

use arabic_text::stream::{chunk_boundary, normalize_boundary};
use arabic_text::{ArabicAnalyzer, Normalized, Normalizer, Token, Tokenizer, TokenizerState};

use crate::cut::{char_candidates, Cutter};
use crate::input::Chunk;

/// A [`chunk_boundary`] that is not next to a U+202F NARROW NO-BREAK SPACE:
/// it is white space, yet UAX #29 (ExtendNumLet) and Lucene's
/// StandardTokenizer, which the lucene flavour reproduces, join the words
/// around it. 0 when there is no such cut.
fn word_boundary(text: &str) -> usize {
    let mut end = text.len();
    loop {
        let p = chunk_boundary(&text[..end]);
        if p == 0 || !(text[..p].ends_with('\u{202F}') || text[p..].starts_with('\u{202F}')) {
            return p;
        }
        // Look for an earlier cut, before the character ending at p.
        end = text[..p].char_indices().next_back().map_or(0, |(i, _)| i);
    }
}

/// Token ends: the candidate cuts of `tokenize` and `analyze`.
fn token_candidates(text: &str, cuts: &mut Vec<usize>) {
    cuts.extend(Tokenizer::new().segments(text).map(|t| t.span().end));
}

/// `tokenize`: any token boundary with the same tokens on both sides.
pub struct TokenCutter;

impl Cutter for TokenCutter {
    fn preferred(&self, text: &str) -> usize {
        word_boundary(text)
    }
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        token_candidates(text, cuts);
    }
    /// The chunk before the cut is tokenized with the text after it as
    /// context ([`tokens_in_context`]), so only the tokens after the cut,
    /// resumed from the quote state at the cut, are compared.
    fn same_output(&self, text: &str, at: usize) -> bool {
        let tok = Tokenizer::new();
        let mut whole = tok.segments(text);
        let mut state = None;
        for t in whole.by_ref() {
            if t.span().end == at {
                state = Some(whole.state());
                break;
            }
            if t.span().end > at {
                return false;
            }
        }
        let Some(state) = state else {
            return false;
        };
        tok.segments_with_state(&text[at..], state).all(|t| {
            whole.next().is_some_and(|w| {
                w.span() == (t.span().start + at..t.span().end + at) && w.kind() == t.kind()
            })
        }) && whole.next().is_none()
    }
}

/// Calls `each` with the segments of `chunk` (resuming from `state`),
/// tokenized with the text after the chunk as context when it was cut at a
/// cut that is not a preferred one; returns the state at the chunk's end.
pub fn tokens_in_context<E>(
    chunk: &Chunk<'_>,
    state: TokenizerState,
    scratch: &mut String,
    mut each: impl FnMut(Token<'_>) -> Result<(), E>,
) -> Result<TokenizerState, E> {
    let tok = Tokenizer::new();
    if !chunk.ahead.is_empty() {
        scratch.clear();
        scratch.push_str(chunk.text);
        scratch.push_str(chunk.ahead);
        let end = chunk.text.len();
        // Only when a token ends at the cut (always, at a checked cut).
        let mut probe = tok.segments_with_state(scratch, state);
        if probe.any(|t| t.span().end == end) {
            let mut segments = tok.segments_with_state(scratch, state);
            for t in segments.by_ref() {
                each(t)?;
                if t.span().end == end {
                    return Ok(segments.state());
                }
            }
        }
    }
    let mut segments = tok.segments_with_state(chunk.text, state);
    for t in segments.by_ref() {
        each(t)?;
    }
    Ok(segments.state())
}

/// `analyze`: any token boundary with the same terms and positions on both
/// sides.
pub struct TermCutter<'a>(pub &'a ArabicAnalyzer);

impl Cutter for TermCutter<'_> {
    fn preferred(&self, text: &str) -> usize {
        word_boundary(text)
    }
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        token_candidates(text, cuts);
    }
    fn same_output(&self, text: &str, at: usize) -> bool {
        let mut whole = self.0.analyze(text);
        let mut left = self.0.analyze(&text[..at]);
        let left_same = left.by_ref().all(|t| {
            whole.next().is_some_and(|w| {
                w.span() == t.span() && w.position() == t.position() && w.text() == t.text()
            })
        });
        let shift = left.next_position();
        left_same
            && self.0.analyze(&text[at..]).all(|t| {
                whole.next().is_some_and(|w| {
                    w.span() == (t.span().start + at..t.span().end + at)
                        && w.position() == t.position() + shift
                        && w.text() == t.text()
                })
            })
            && whole.next().is_none()
    }
    /// A token is analyzed whole, and its analysis can take 50 times its
    /// size: cut sooner.
    fn force_after(&self) -> usize {
        1
    }
}

/// `normalize`: any character boundary that the offset map of the text
/// around it maps to one normalized offset. The text on each side is then
/// normalized with the text on the other side as context
/// ([`normalize_in_context`]).
pub struct NormalizeCutter<'a>(pub &'a Normalizer);

impl Cutter for NormalizeCutter<'_> {
    fn preferred(&self, text: &str) -> usize {
        normalize_boundary(self.0, text)
    }
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        char_candidates(text, cuts);
    }
    fn same_output(&self, text: &str, at: usize) -> bool {
        let normalized = self.0.normalize_with_offsets(text);
        let map = normalized.offsets();
        let (left, right) = (map.to_normalized(0..at), map.to_normalized(at..text.len()));
        left.start == 0 && left.end == right.start && right.end == normalized.text().len()
    }
}

/// `sentences`: after a line feed, or else at a sentence end with the same
/// sentences on both sides.
pub struct SentenceCutter;

impl Cutter for SentenceCutter {
    fn preferred(&self, text: &str) -> usize {
        text.rfind('\n').map_or(0, |i| i + 1)
    }
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        let mut at = 0;
        cuts.extend(arabic_text::sentences(text).map(|s| {
            at += s.len();
            at
        }));
    }
    fn same_output(&self, text: &str, at: usize) -> bool {
        let whole = arabic_text::sentences(text).map(str::len);
        let split = arabic_text::sentences(&text[..at]).chain(arabic_text::sentences(&text[at..]));
        whole.eq(split.map(str::len))
    }
    /// A sentence too long is cut after white space, or else anywhere.
    fn forced(&self, text: &str) -> usize {
        match chunk_boundary(text) {
            0 => crate::cut::forced(text),
            p => p,
        }
    }
}

/// The normalized text of `chunk`: normalized with the text around it as
/// context when it was cut at a cut that is not a preferred one, so that the
/// chunks' outputs concatenate to the output of the whole input.
pub fn normalize_in_context<'a>(n: &Normalizer, chunk: &Chunk<'a>) -> Cow<'a, str> {
    if chunk.behind.is_empty() && chunk.ahead.is_empty() {
        return n.normalize(chunk.text);
    }
    let (normalized, range) = with_context(n, chunk);
    match normalized.text().get(range) {
        Some(text) => Cow::Owned(text.to_owned()),
        None => n.normalize(chunk.text),
    }
}

/// `chunk` with its context, normalized with offsets, and the normalized
/// range that the chunk maps to.
pub fn with_context(n: &Normalizer, chunk: &Chunk<'_>) -> (Normalized<'static>, Range<usize>) {
    let text = [chunk.behind, chunk.text, chunk.ahead].concat();
    let normalized = n.normalize_with_offsets(&text).into_owned();
    let start = chunk.behind.len();
    let range = normalized
        .offsets()
        .to_normalized(start..start + chunk.text.len());
    (normalized, range)
}
