//! The cutting rules ([`Cutter`]) of each subcommand.

use std::borrow::Cow;
use std::convert::Infallible;
use std::ops::Range;

use arabic_text::stream::{chunk_boundary, normalize_boundary};
use arabic_text::{
    chars, ArabicAnalyzer, Normalized, Normalizer, Segments, Token, Tokenizer, TokenizerState,
};

use crate::cut::Cutter;
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

/// The candidate cuts of `tokenize` and `analyze`: token ends right after a
/// character that no token reaches across, so that the tokens after it
/// depend on nothing before it but the quote state the cut carries over.
/// The check window cannot see what a token that began before it reads
/// there: a URL of `b/b/b…` reads as words and slashes, a run of flags
/// pairs its indicators from the run's start, a letter's marks read as a
/// stray run (new-user reviews found each split at a token end that checked
/// out). A control that is not white space (NUL bytes) and a double quote
/// or guillemet that no URL, hashtag or word takes in end every token.
fn token_candidates(text: &str, cuts: &mut Vec<usize>) {
    let ends_every_token = |c: char| {
        (c.is_control() && !chars::is_white_space(c))
            || matches!(
                c,
                '"' | '＂' | '«' | '»' | '“' | '”' | '„' | '‟' | '‹' | '›'
            )
    };
    cuts.extend(
        Tokenizer::new()
            .segments(text)
            .map(|t| t.span().end)
            .filter(|&end| {
                text[..end]
                    .chars()
                    .next_back()
                    .is_some_and(ends_every_token)
            }),
    );
}

/// The forced cut of `tokenize` and `analyze`: the start of the last token
/// of `text` as tokenized alone (that token may go on past the read), so
/// that a run of short tokens with no white space and no quote (`word,` over
/// and over) is cut between two of them; else [`crate::cut::forced`].
fn token_forced(text: &str) -> usize {
    match Tokenizer::new().segments(text).last() {
        Some(t) if t.span().start > 0 => t.span().start,
        _ => crate::cut::forced(text),
    }
}

/// `tokenize`: a token end after a character that ends every token, with
/// the same tokens on both sides.
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
    fn forced(&self, text: &str) -> usize {
        token_forced(text)
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

/// The quote state at the end of `chunk`, tokenized from `state` as
/// [`tokens_in_context`] does, found by looking only at the quotes: the state
/// changes only where a quote is resolved, so the text between two quotes is
/// skipped, and the tokenizer resumes at the last [`chunk_boundary`] before
/// the next quote, up to the end of the token that holds it (CONFORMANCE.md
/// §l, `--jobs N`). A chunk cut at a cut that is not a preferred one is
/// tokenized whole.
pub fn state_after(
    chunk: &Chunk<'_>,
    state: TokenizerState,
    scratch: &mut String,
) -> TokenizerState {
    if !chunk.ahead.is_empty() {
        let Ok(state) = tokens_in_context(chunk, state, scratch, |_| Ok::<(), Infallible>(()));
        return state;
    }
    let (text, tok) = (chunk.text, Tokenizer::new());
    // The tokens from `at` on, and the end of the last one taken.
    let mut resumed: Option<(usize, Segments<'_>)> = None;
    let mut pos = 0;
    let mut state = state;
    let mut quotes = QuoteFinder::new(text);
    while let Some(q) = quotes.find(pos) {
        let cut = pos + chunk_boundary(&text[pos..q]);
        let (at, tokens) = match resumed.take() {
            Some((at, tokens)) if cut <= pos => (at, tokens),
            _ => (cut, tok.segments_with_state(&text[cut..], state)),
        };
        let mut tokens = tokens;
        pos = text.len();
        for t in tokens.by_ref() {
            if at + t.span().end > q {
                pos = at + t.span().end;
                break;
            }
        }
        state = tokens.state();
        resumed = Some((at, tokens));
    }
    state
}

/// The quotes ([`chars::quote_style`]) of a text, found from their first
/// bytes: `"`, and U+00AB, U+00BB (C2), U+2018–U+201F, U+2039, U+203A
/// (E2); `'`, and U+FF02 (EF).
struct QuoteFinder<'a> {
    text: &'a str,
    /// The first offset of each group of first bytes at or after the last
    /// offset searched from.
    next: [Option<usize>; 2],
}

impl<'a> QuoteFinder<'a> {
    fn new(text: &'a str) -> Self {
        QuoteFinder {
            text,
            next: [0, 1].map(|group| Self::search(text.as_bytes(), group, 0)),
        }
    }

    /// The first offset of a first byte of `group` at or after `from`.
    fn search(bytes: &[u8], group: usize, from: usize) -> Option<usize> {
        let rest = bytes.get(from..).unwrap_or_default();
        match group {
            0 => memchr::memchr3(b'"', 0xC2, 0xE2, rest),
            _ => memchr::memchr2(b'\'', 0xEF, rest),
        }
        .map(|i| from + i)
    }

    /// The offset of the first quote at or after `from` (offsets asked for
    /// never decrease).
    fn find(&mut self, mut from: usize) -> Option<usize> {
        loop {
            for (group, next) in self.next.iter_mut().enumerate() {
                if next.is_some_and(|n| n < from) {
                    *next = Self::search(self.text.as_bytes(), group, from);
                }
            }
            let at = self.next.iter().flatten().min().copied()?;
            let quote = self.text.get(at..).and_then(|t| t.chars().next());
            if quote.is_some_and(|c| chars::quote_style(c).is_some()) {
                return Some(at);
            }
            from = at + 1;
        }
    }
}

/// `analyze`: a token end after a character that ends every token, with
/// the same terms and positions on both sides.
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
    fn forced(&self, text: &str) -> usize {
        token_forced(text)
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
    /// Yes: a cut between solid characters depends on them alone.
    fn local(&self) -> bool {
        true
    }
    /// Every cut between [`solid`] characters in `text` (the only ones the
    /// check takes): in a run where they are kilobytes apart, the last few
    /// character boundaries would hold none, and one missed because it lies
    /// near the end of a read is past by the next.
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        cuts.extend(
            text.char_indices()
                .map(|(i, _)| i)
                .filter(|&i| i > 0 && between_solids(text, i)),
        );
    }
    /// The map must cut the output of `text` in two at `at`, and neither
    /// part may change with the text around `text`: each chunk sees only a
    /// window of context, so the output near the cut must not depend on
    /// the text beyond it. The part before the cut is compared with
    /// [`STAND_IN`], or a space and it, put after `text`; the part after it,
    /// with [`STAND_IN`] put before. A line start, for one, trims the spaces
    /// after it even past deleted characters (`ب`, many harakat, a space:
    /// the space stays under `search`), and the end of the text trims the
    /// spaces before it.
    ///
    /// Before all that, the cut must lie between two [`solid`] characters,
    /// with at most one space between them, and not inside a word or a
    /// number (two letters or digits with no space between): no rule looks
    /// across such a pair. The rules that do look far reach across
    /// characters the normalizer deletes, reorders or joins (harakat,
    /// tatweel, invisible controls, spaces, identical letters, the digits
    /// and separators of a number), and a window of any size can miss the
    /// far end: a tripled letter with 300 fathas between its copies, a
    /// superscript alef after 20 KB of harakat, two words apart by 60 KB
    /// of zero-width spaces (new-user reviews, session 7).
    fn same_output(&self, text: &str, at: usize) -> bool {
        if !between_solids(text, at) {
            return false;
        }
        let split = |before: &str, after: &str| {
            split_output(self.0, &[before, text, after].concat(), before.len() + at)
        };
        // The plain split first: most candidates that fail, fail there.
        if split("", "").is_none() {
            return false;
        }
        let rows: Option<Vec<Vec<(String, String)>>> = ["", STAND_IN]
            .iter()
            .map(|before| SUFFIXES.iter().map(|after| split(before, after)).collect())
            .collect();
        let Some([plain, edged]) = rows.as_deref() else {
            return false;
        };
        let same_left = |row: &[(String, String)]| row.iter().all(|p| p.0 == row[0].0);
        same_left(plain) && same_left(edged) && plain.iter().zip(edged).all(|(p, e)| p.1 == e.1)
    }
    /// The normalizer's general path takes up to 50 times the size of a
    /// word it cannot cut (a letter with a thousand harakat, under
    /// `search`): cut sooner, as `analyze` does.
    fn force_after(&self) -> usize {
        1
    }
    /// Each side of a forced cut inside a run with no cut that leaves the
    /// output unchanged (harakat, tatweel, white space, invisible controls)
    /// is normalized as if the letter `x` stood beyond the cut: the run
    /// goes on between words. A space after the run is then kept, not
    /// trimmed as at a line start; a run of spaces, or of zero-width spaces
    /// between two letters, cut in pieces gives a space per piece, not
    /// none: words are never joined. (`x`, not an Arabic letter, joins no
    /// elongation run.)
    fn stand_in(&self) -> &'static str {
        "x"
    }
}

/// What [`NormalizeCutter`]'s check puts after a window.
const SUFFIXES: [&str; 3] = ["", STAND_IN, concat!(" ", "\u{FFFC}")];

/// The character that stands for unseen text around a window in
/// [`NormalizeCutter`]'s check: U+FFFC OBJECT REPLACEMENT CHARACTER, which
/// every normalizer keeps, which is not white space, and which no rule
/// joins to its neighbours (a letter would join an elongation run: ب,
/// harakat, ب, harakat, ب becomes one ب under `search`; and a word
/// ligature gets a space next to a letter).
const STAND_IN: &str = "\u{FFFC}";

/// Whether byte `at` of `text` lies between two [`solid`] characters, with
/// at most one U+0020 between them, that are not two letters or digits
/// side by side (a word ligature such as ﷺ, which the normalizer expands
/// with the spaces it needs, counts as neither). The one on the left may
/// carry up to [`MARKS`] marks (a vocalized word before a space): no rule
/// looks from them across the space.
fn between_solids(text: &str, at: usize) -> bool {
    let (mut before, mut after) = (text[..at].chars().rev(), text[at..].chars());
    let (mut left, mut right) = (before.next(), after.next());
    let spaced = if left == Some(' ') {
        left = before.next();
        true
    } else if right == Some(' ') {
        right = after.next();
        true
    } else {
        false
    };
    let mut marks = 0;
    while spaced && marks < MARKS && left.is_some_and(chars::is_mn_me) {
        left = before.next();
        marks += 1;
    }
    let word = |c: char| (chars::is_letter(c) || chars::is_digit(c)) && !chars::is_word_ligature(c);
    match (left, right) {
        (Some(l), Some(r)) => solid(l) && solid(r) && (spaced || !(word(l) && word(r))),
        _ => false,
    }
}

/// The most marks [`between_solids`] looks past before a space.
const MARKS: usize = 1024;

/// A character no normalizer rule deletes, reorders or joins to its
/// neighbours in a way that depends on text beyond it: not white space, a
/// control, an invisible or attaching character (marks, tatweel, format
/// controls), nor a separator inside numbers (٫ ٬ ، , . ').
fn solid(c: char) -> bool {
    !chars::is_white_space(c)
        && !c.is_control()
        && !chars::is_invisible(c)
        && !chars::is_attaching(c)
        && !matches!(c, '\u{066B}' | '\u{066C}' | '\u{060C}' | ',' | '.' | '\'')
}

/// The output of `text`, in two parts where its offset map cuts it at `at`,
/// or `None` when the map does not cut it there.
fn split_output(n: &Normalizer, text: &str, at: usize) -> Option<(String, String)> {
    let normalized = n.normalize_with_offsets(text);
    let map = normalized.offsets();
    let (left, right) = (map.to_normalized(0..at), map.to_normalized(at..text.len()));
    let out = normalized.text();
    (left.start == 0 && left.end == right.start && right.end == out.len())
        .then(|| (out[..left.end].to_owned(), out[left.end..].to_owned()))
}

/// `sentences`: after a line feed, or else at a sentence end with the same
/// sentences on both sides.
pub struct SentenceCutter;

impl Cutter for SentenceCutter {
    fn preferred(&self, text: &str) -> usize {
        text.rfind('\n').map_or(0, |i| i + 1)
    }
    /// Sentence ends after white space: a sentence end the window sees
    /// without white space may lie inside a token that began before it
    /// (`https://a.com/b.c?d!b.c?d!…`).
    fn candidates(&self, text: &str, cuts: &mut Vec<usize>) {
        let mut at = 0;
        cuts.extend(
            arabic_text::sentences(text)
                .map(|s| {
                    at += s.len();
                    at
                })
                .filter(|&end| {
                    text[..end]
                        .chars()
                        .next_back()
                        .is_some_and(chars::is_white_space)
                }),
        );
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
    match with_context(n, chunk) {
        Some((normalized, range)) => Cow::Owned(normalized.text()[range].to_owned()),
        None => n.normalize(chunk.text),
    }
}

/// `chunk` with its context, normalized with offsets, and the normalized
/// range that the chunk maps to; `None` when the offset map does not cut the
/// output cleanly at the chunk's ends (the chunk's output would then take
/// some of its context's, or the reverse).
pub fn with_context(
    n: &Normalizer,
    chunk: &Chunk<'_>,
) -> Option<(Normalized<'static>, Range<usize>)> {
    let text = [chunk.behind, chunk.text, chunk.ahead].concat();
    let normalized = n.normalize_with_offsets(&text).into_owned();
    let (start, end) = (chunk.behind.len(), chunk.behind.len() + chunk.text.len());
    let map = normalized.offsets();
    let range = map.to_normalized(start..end);
    let clean = map.to_normalized(0..start).end == range.start
        && map.to_normalized(end..text.len()).start == range.end
        && normalized.text().get(range.clone()).is_some();
    clean.then_some((normalized, range))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts made of pieces where quote roles are decided: every quote
    /// glyph, glued to words or spaced out, apostrophes in Latin words,
    /// URLs, marks, joiners and the spaces that cuts avoid.
    fn texts() -> impl Iterator<Item = String> {
        const PIECES: [&str; 24] = [
            "\"",
            "'",
            "«",
            "»",
            "“",
            "”",
            "„",
            "‘",
            "’",
            "‹",
            "›",
            "＂",
            " ",
            "  ",
            "\n",
            "قال",
            "و",
            "don't",
            "x",
            "١٢",
            "\u{64E}",
            "\u{200D}",
            "\u{202F}",
            "https://a.b/'q'",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        (0..3000).map(move |_| {
            let mut text = String::new();
            for _ in 0..seed % 40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            text
        })
    }

    /// The quote state found by looking at the quotes only is the
    /// tokenizer's, from every start state.
    #[test]
    fn state_after_is_the_tokenizers() {
        let tok = Tokenizer::new();
        let starts: Vec<_> = ["", "«", "\"x ", "«« ‘", "“ « \"x '"]
            .iter()
            .map(|t| {
                let mut s = tok.segments(t);
                s.by_ref().for_each(drop);
                s.state()
            })
            .collect();
        let mut scratch = String::new();
        for text in texts() {
            for &start in &starts {
                let mut whole = tok.segments_with_state(&text, start);
                whole.by_ref().for_each(drop);
                let chunk = Chunk {
                    base: 0,
                    text: &text,
                    behind: "",
                    ahead: "",
                };
                assert_eq!(
                    state_after(&chunk, start, &mut scratch),
                    whole.state(),
                    "{text:?} from {start:?}"
                );
            }
        }
    }

    #[test]
    fn quote_finder_skips_other_characters_with_the_same_first_bytes() {
        let text = "a\u{A0}b\u{2026}c'\u{FF01}«d\u{2018}";
        let mut quotes = QuoteFinder::new(text);
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(q) = quotes.find(from) {
            found.push(&text[q..]);
            from = q + 1;
        }
        assert_eq!(found, ["'\u{FF01}«d\u{2018}", "«d\u{2018}", "\u{2018}"]);
    }
}
