//! The zero-copy tokenizer (DESIGN §5): [`Tokenizer`], [`Token`],
//! [`TokenKind`] and the [`Segments`] / [`Tokens`] iterators.
//!
//! Segments cover the input exactly, in order, with no gaps or overlaps, and
//! never split a character or a base letter from its marks. Tokens are the
//! segments without the whitespace ones. Every token borrows the input; the
//! iterators never allocate.

use alloc::borrow::Cow;
use core::iter::FusedIterator;
use core::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::chars::{self, Block};
use crate::normalize::Normalizer;
use crate::offsets::{MapCursor, Normalized};
use crate::quotes::{Pending, Quote, Resolver};

/// The script group of a word (DESIGN §5): a change of group ends a word.
///
/// ```
/// use arabic_text::{tokenize, Script, TokenKind};
/// let kinds: Vec<TokenKind> = tokenize("iPhoneالجديد").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Word(Script::Latin), TokenKind::Word(Script::Arabic)]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Script {
    /// The Arabic letters of [`chars::is_arabic_letter`] (Arabic, Arabic
    /// Supplement, Extended-A/B, presentation forms …).
    Arabic,
    /// Letters whose Unicode Script property is Latin.
    Latin,
    /// Every other letter.
    Other,
}

/// The kind of a punctuation token (DESIGN §5).
///
/// ```
/// use arabic_text::{tokenize, Punct, TokenKind};
/// let t = tokenize("؟؟").next().unwrap();
/// assert_eq!(t.kind(), TokenKind::Punctuation(Punct::Question));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Punct {
    /// `,` ، U+060C ٬ U+066C.
    Comma,
    /// `;` ؛ U+061B.
    Semicolon,
    /// `:`.
    Colon,
    /// `.` ۔ U+06D4.
    FullStop,
    /// `?` ؟ U+061F.
    Question,
    /// `!`.
    Exclamation,
    /// … U+2026, ؞ U+061E, and runs of two or more `.`.
    Ellipsis,
    /// General category Pd (`-` – — …).
    Dash,
    /// General category Ps that is not a quote (`(` `[` ﴿ …).
    OpenBracket,
    /// General category Pe (`)` `]` ﴾ …).
    CloseBracket,
    /// Any other punctuation (`%` ٪ ؉ ؊ ٭ ؍ ؝ ٫ …).
    Other,
}

/// What a token is (DESIGN §5). `as_str` gives its stable name.
///
/// ```
/// use arabic_text::{tokenize, TokenKind};
/// let names: Vec<&str> = tokenize("قال: “٣٫١٤”").map(|t| t.kind().as_str()).collect();
/// assert_eq!(names, ["word:arabic", "punct:colon", "quote:open", "number", "quote:close"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word: a letter, then letters of the same script group, marks, format
    /// controls and (in Arabic words) tatweel.
    Word(Script),
    /// A run of digits of any script, with `٫ ٬ . ,` inside when a digit follows.
    Number,
    /// A punctuation character, or a run of the same one.
    Punctuation(Punct),
    /// A quote character with its style and resolved role.
    Quote(Quote),
    /// A run of `White_Space` characters (only from [`Tokenizer::segments`]).
    Whitespace,
    /// A symbol grapheme cluster (S*), or an emoji cluster (`👍🏽`, `1️⃣`, `🇸🇦`).
    Symbol,
    /// Stray marks, format controls or tatweel, and anything unclassified.
    Other,
}

impl TokenKind {
    /// The kind's stable name, used by the CLI and the case tables:
    /// `word:arabic` `word:latin` `word:other` `number` `punct:comma`
    /// `punct:semicolon` `punct:colon` `punct:full-stop` `punct:question`
    /// `punct:exclamation` `punct:ellipsis` `punct:dash` `punct:open-bracket`
    /// `punct:close-bracket` `punct:other` `quote:open` `quote:close`
    /// `quote:ambiguous` `space` `symbol` `other`.
    ///
    /// ```
    /// use arabic_text::{TokenKind, Punct};
    /// assert_eq!(TokenKind::Punctuation(Punct::FullStop).as_str(), "punct:full-stop");
    /// assert_eq!(TokenKind::Whitespace.as_str(), "space");
    /// ```
    pub fn as_str(&self) -> &'static str {
        use crate::quotes::QuoteRole;
        match self {
            TokenKind::Word(Script::Arabic) => "word:arabic",
            TokenKind::Word(Script::Latin) => "word:latin",
            TokenKind::Word(Script::Other) => "word:other",
            TokenKind::Number => "number",
            TokenKind::Punctuation(p) => match p {
                Punct::Comma => "punct:comma",
                Punct::Semicolon => "punct:semicolon",
                Punct::Colon => "punct:colon",
                Punct::FullStop => "punct:full-stop",
                Punct::Question => "punct:question",
                Punct::Exclamation => "punct:exclamation",
                Punct::Ellipsis => "punct:ellipsis",
                Punct::Dash => "punct:dash",
                Punct::OpenBracket => "punct:open-bracket",
                Punct::CloseBracket => "punct:close-bracket",
                Punct::Other => "punct:other",
            },
            TokenKind::Quote(q) => match q.role() {
                QuoteRole::Open => "quote:open",
                QuoteRole::Close => "quote:close",
                QuoteRole::Ambiguous => "quote:ambiguous",
            },
            TokenKind::Whitespace => "space",
            TokenKind::Symbol => "symbol",
            TokenKind::Other => "other",
        }
    }
}

/// A token: a slice of the input with its byte offset and kind. `Copy`, and
/// borrows the input: tokens never allocate.
///
/// ```
/// use arabic_text::tokenize;
/// let text = "في إدلب";
/// let t = tokenize(text).nth(1).unwrap();
/// assert_eq!(t.text(), "إدلب");
/// assert_eq!(t.span(), 5..13); // UTF-8 byte offsets
/// assert_eq!(&text[t.span()], t.text());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's text, borrowed from the input.
    ///
    /// ```
    /// assert_eq!(arabic_text::tokenize("كتــــاب").next().unwrap().text(), "كتــــاب");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The token's UTF-8 byte range in the input: `&input[t.span()] == t.text()`.
    /// Both ends lie on char boundaries.
    ///
    /// ```
    /// let t = arabic_text::tokenize("قال، نعم").nth(1).unwrap();
    /// assert_eq!(t.span(), 6..8); // ، is 2 bytes
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// The token's kind.
    ///
    /// ```
    /// use arabic_text::{tokenize, TokenKind};
    /// assert_eq!(tokenize("٢٠٢٠").next().unwrap().kind(), TokenKind::Number);
    /// ```
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token's text normalized by `n`: the same as `n.normalize(token.text())`,
    /// except that a quote token is mapped by its own resolved role (with
    /// [`Quotes::Guillemets`](crate::Quotes::Guillemets)), which may differ from
    /// the role it would get alone. Borrowed when nothing changes.
    ///
    /// ```
    /// use arabic_text::{tokenize, Normalizer};
    /// let n = Normalizer::search();
    /// let words: Vec<_> = tokenize("مُحَمَّدٌ رسول").map(|t| t.normalized(&n)).collect();
    /// assert_eq!(words, ["محمد", "رسول"]);
    /// assert!(matches!(words[1], std::borrow::Cow::Borrowed(_)));
    /// ```
    pub fn normalized(&self, n: &Normalizer) -> Cow<'a, str> {
        match self.kind {
            TokenKind::Quote(q) => n.normalize_quote(self.text, q.role()),
            _ => n.normalize(self.text),
        }
    }

    pub(crate) fn new(text: &'a str, start: usize, kind: TokenKind) -> Self {
        Token { text, start, kind }
    }
}

/// The tokenizer. It has no options today; it is a type so that options can
/// be added without breaking callers.
///
/// ```
/// use arabic_text::Tokenizer;
/// let tok = Tokenizer::new();
/// let words: Vec<&str> = tok.tokenize("«لن تكون سهلة»").map(|t| t.text()).collect();
/// assert_eq!(words, ["«", "لن", "تكون", "سهلة", "»"]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tokenizer {
    _private: (),
}

/// The state one [`Segments`] iterator carries past its text: the quotes
/// still open, per style. Resume from it with
/// [`Tokenizer::segments_with_state`] to tokenize a stream chunk by chunk, cut
/// at [`chunk_boundary`](crate::stream::chunk_boundary) positions.
///
/// ```
/// use arabic_text::{Tokenizer, TokenizerState};
/// let tok = Tokenizer::new();
/// let mut first = tok.segments_with_state("قال \"نعم ", TokenizerState::default());
/// first.by_ref().for_each(drop);
/// let state = first.state();
/// let t = tok.tokenize_with_state("لا\" ثم", state).nth(1).unwrap();
/// assert_eq!(t.kind().as_str(), "quote:close"); // the quote opened in the first chunk
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenizerState {
    pending: Pending,
}

impl Tokenizer {
    /// A tokenizer.
    ///
    /// ```
    /// let _ = arabic_text::Tokenizer::new();
    /// ```
    pub const fn new() -> Self {
        Tokenizer { _private: () }
    }

    /// The tokens of `text`, without whitespace. Allocation-free.
    ///
    /// # Complexity
    /// O(n) in the length of `text`.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let t: Vec<&str> = Tokenizer::new().tokenize("في إدلب, فيما").map(|t| t.text()).collect();
    /// assert_eq!(t, ["في", "إدلب", ",", "فيما"]);
    /// ```
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokens<'a> {
        self.tokenize_with_state(text, TokenizerState::default())
    }

    /// The segments of `text`: every token, whitespace included. They
    /// concatenate back to `text` exactly. Allocation-free.
    ///
    /// # Complexity
    /// O(n) in the length of `text`.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "أكد\n\nقال";
    /// let segs: Vec<&str> = Tokenizer::new().segments(text).map(|t| t.text()).collect();
    /// assert_eq!(segs, ["أكد", "\n\n", "قال"]);
    /// assert_eq!(segs.concat(), text);
    /// ```
    pub fn segments<'a>(&self, text: &'a str) -> Segments<'a> {
        self.segments_with_state(text, TokenizerState::default())
    }

    /// Like [`segments`](Self::segments), resuming from the quote state of an
    /// earlier chunk ([`Segments::state`]).
    ///
    /// ```
    /// use arabic_text::{Tokenizer, TokenizerState};
    /// let n = Tokenizer::new().segments_with_state("نعم", TokenizerState::default()).count();
    /// assert_eq!(n, 1);
    /// ```
    pub fn segments_with_state<'a>(&self, text: &'a str, state: TokenizerState) -> Segments<'a> {
        Segments {
            text,
            pos: 0,
            resolver: Resolver::with_pending(state.pending),
        }
    }

    /// Like [`tokenize`](Self::tokenize), resuming from the quote state of an
    /// earlier chunk ([`Tokens::state`]).
    ///
    /// ```
    /// use arabic_text::{Tokenizer, TokenizerState};
    /// let n = Tokenizer::new().tokenize_with_state("نعم لا", TokenizerState::default()).count();
    /// assert_eq!(n, 2);
    /// ```
    pub fn tokenize_with_state<'a>(&self, text: &'a str, state: TokenizerState) -> Tokens<'a> {
        Tokens {
            inner: self.segments_with_state(text, state),
        }
    }
}

impl Tokenizer {
    /// The tokens of `text` normalized by `n`, each with its normalized form
    /// and the byte range of `text` it comes from: tokenizing happens on the
    /// normalized text, so a ZWSP that becomes a space splits words and ﷺ
    /// gives four words, and each token's [`span`](NormalizedToken::span) is
    /// mapped back with the [`OffsetMap`](crate::OffsetMap) of
    /// [`Normalizer::normalize_with_offsets`]. No whitespace tokens.
    ///
    /// Allocates the normalized text once, when it differs from `text`, and
    /// a `String` for each token whose normalized form differs from its
    /// original slice; a token that needs no change borrows `text`.
    ///
    /// # Complexity
    /// O(n) to normalize, then O(log m) per token for m map segments.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let text = "كُتَّاَبْ بيوت نبات";
    /// let tokens: Vec<_> = Tokenizer::new().tokenize_normalized(&Normalizer::search(), text).collect();
    /// assert_eq!(tokens[0].normalized(), "كتاب");
    /// assert_eq!(tokens[0].original(), "كُتَّاَبْ");
    /// assert_eq!(tokens[2].normalized(), "نبات");
    /// assert_eq!(&text[tokens[2].span()], "نبات");
    /// assert!(std::ptr::eq(tokens[2].normalized(), tokens[2].original())); // borrowed
    /// ```
    pub fn tokenize_normalized<'a>(&self, n: &Normalizer, text: &'a str) -> NormalizedTokens<'a> {
        NormalizedTokens {
            original: text,
            normalized: n.normalize_with_offsets(text),
            pos: 0,
            resolver: Resolver::default(),
            cursor: MapCursor::default(),
        }
    }
}

/// A token of normalized text: its normalized form and where it is in the
/// normalized text, its kind (found in the normalized text), and the byte
/// range of the original text it comes from. Created by
/// [`Tokenizer::tokenize_normalized`].
///
/// ```
/// use arabic_text::{Normalizer, Tokenizer};
/// let text = "قال ﷺ";
/// let t: Vec<_> = Tokenizer::new().tokenize_normalized(&Normalizer::search(), text).collect();
/// assert_eq!(t.len(), 5); // قال and the four words of ﷺ
/// assert_eq!(t[2].normalized(), "الله");
/// assert_eq!(t[2].original(), "ﷺ"); // every word of the expansion maps to all of it
/// assert_eq!(t[2].span(), 7..10);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NormalizedToken<'a> {
    original: &'a str,
    start: usize,
    normalized: Cow<'a, str>,
    normalized_start: usize,
    kind: TokenKind,
}

impl<'a> NormalizedToken<'a> {
    /// The slice of the original text the token comes from: `&text[t.span()]`.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "كتــاب").next().unwrap();
    /// assert_eq!(t.original(), "كتــاب");
    /// ```
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The UTF-8 byte range of the original text the token comes from, on
    /// char boundaries (see [`OffsetMap::to_original`](crate::OffsetMap::to_original)).
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), " ــنعم").next().unwrap();
    /// assert_eq!(t.span(), 5..11); // after the space and the two tatweels
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.original.len()
    }

    /// The token's normalized text.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "٢٠٢٠").next().unwrap();
    /// assert_eq!(t.normalized(), "2020");
    /// ```
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The UTF-8 byte range of the token in the normalized text (as
    /// [`NormalizedTokens::normalized`] holds it).
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let mut tokens = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "كَتَبَ نعم");
    /// let t = tokens.nth(1).unwrap();
    /// assert_eq!((t.normalized_span(), t.span()), (7..13, 13..19));
    /// ```
    pub fn normalized_span(&self) -> Range<usize> {
        self.normalized_start..self.normalized_start + self.normalized.len()
    }

    /// The token's kind, found in the normalized text.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer, TokenKind};
    /// let t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "٢٠٢٠").next().unwrap();
    /// assert_eq!(t.kind(), TokenKind::Number);
    /// ```
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token's normalized text by value: borrowed from the original
    /// text when the token needed no change.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let mut t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "نعم إدلب");
    /// assert!(matches!(t.next().unwrap().into_normalized(), Cow::Borrowed("نعم")));
    /// assert!(matches!(t.next().unwrap().into_normalized(), Cow::Owned(_))); // ادلب
    /// ```
    pub fn into_normalized(self) -> Cow<'a, str> {
        self.normalized
    }
}

/// Iterator over the tokens of a normalized text, with spans in the
/// original. Created by [`Tokenizer::tokenize_normalized`]; it owns the
/// normalized text and its map.
///
/// ```
/// use arabic_text::{Normalizer, Tokenizer};
/// let words: Vec<String> = Tokenizer::new()
///     .tokenize_normalized(&Normalizer::search(), "«مرحبا» يا صديقي")
///     .map(|t| t.normalized().to_owned())
///     .collect();
/// assert_eq!(words, ["\"", "مرحبا", "\"", "يا", "صديقي"]);
/// ```
#[derive(Clone, Debug)]
pub struct NormalizedTokens<'a> {
    original: &'a str,
    normalized: Normalized<'a>,
    /// Where the next token starts in the normalized text.
    pos: usize,
    resolver: Resolver,
    cursor: MapCursor,
}

impl NormalizedTokens<'_> {
    /// The whole normalized text and its map.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Tokenizer};
    /// let t = Tokenizer::new().tokenize_normalized(&Normalizer::search(), "كَتَبَ");
    /// assert_eq!(t.normalized().text(), "كتب");
    /// ```
    pub fn normalized(&self) -> &Normalized<'_> {
        &self.normalized
    }
}

impl<'a> Iterator for NormalizedTokens<'a> {
    type Item = NormalizedToken<'a>;

    fn next(&mut self) -> Option<NormalizedToken<'a>> {
        let text = self.normalized.text();
        let mut segments = Segments {
            text,
            pos: self.pos,
            resolver: self.resolver,
        };
        let token = segments.find(|t| t.kind != TokenKind::Whitespace);
        self.pos = segments.pos;
        self.resolver = segments.resolver;
        let token = token?;
        let span = self
            .normalized
            .offsets()
            .to_original_forward(&mut self.cursor, token.span());
        let original = &self.original[span.clone()];
        let normalized = if token.text == original {
            Cow::Borrowed(original)
        } else {
            Cow::Owned(token.text.into())
        };
        Some(NormalizedToken {
            original,
            start: span.start,
            normalized,
            normalized_start: token.start,
            kind: token.kind,
        })
    }
}

impl FusedIterator for NormalizedTokens<'_> {}

/// Tokenizes `text` with [`Tokenizer::new`]: every token except whitespace.
///
/// ```
/// use arabic_text::tokenize;
/// let kinds: Vec<&str> = tokenize("٥٠٪ فقط").map(|t| t.kind().as_str()).collect();
/// assert_eq!(kinds, ["number", "punct:other", "word:arabic"]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokenizer::new().tokenize(text)
}

/// Iterator over every segment of a text, whitespace included (lossless).
/// Created by [`Tokenizer::segments`].
///
/// ```
/// let text = "عكست ، قناعة";
/// let joined: String = arabic_text::Tokenizer::new().segments(text).map(|t| t.text()).collect();
/// assert_eq!(joined, text);
/// ```
#[derive(Clone, Debug)]
pub struct Segments<'a> {
    text: &'a str,
    pos: usize,
    resolver: Resolver,
}

/// Iterator over the tokens of a text: its segments without whitespace.
/// Created by [`Tokenizer::tokenize`] and [`tokenize`].
///
/// ```
/// assert_eq!(arabic_text::tokenize("  نعم  ").count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    inner: Segments<'a>,
}

impl Segments<'_> {
    /// The quote state reached so far: pass it to
    /// [`Tokenizer::segments_with_state`] to continue in a next chunk.
    ///
    /// ```
    /// use arabic_text::{Tokenizer, TokenizerState};
    /// let mut s = Tokenizer::new().segments("نعم");
    /// s.by_ref().for_each(drop);
    /// assert_eq!(s.state(), TokenizerState::default());
    /// ```
    pub fn state(&self) -> TokenizerState {
        TokenizerState {
            pending: self.resolver.pending,
        }
    }
}

impl Tokens<'_> {
    /// The quote state reached so far (see [`Segments::state`]).
    ///
    /// ```
    /// use arabic_text::{tokenize, TokenizerState};
    /// let mut t = tokenize("«نعم");
    /// t.by_ref().for_each(drop);
    /// assert_ne!(t.state(), TokenizerState::default()); // « is still open
    /// ```
    pub fn state(&self) -> TokenizerState {
        self.inner.state()
    }
}

impl<'a> Iterator for Segments<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (end, kind) = match self.scan_fast(start) {
            Some(token) => token,
            None => {
                let c = self.text[start..].chars().next()?;
                self.scan(start, c)
            }
        };
        self.pos = end;
        Some(Token::new(&self.text[start..end], start, kind))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.text.len() - self.pos;
        ((rest > 0) as usize, Some(rest))
    }
}

impl FusedIterator for Segments<'_> {}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        self.inner
            .by_ref()
            .find(|t| t.kind != TokenKind::Whitespace)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.inner.size_hint().1)
    }
}

impl FusedIterator for Tokens<'_> {}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The Arabic-block class of the character at byte `i`, when it is a 2-byte
/// character of U+0600–U+06FF.
#[inline(always)]
fn block_at(bytes: &[u8], i: usize) -> Option<Block> {
    match bytes.get(i..i + 2) {
        Some(&[lead @ 0xD8..=0xDB, second]) => Some(chars::block_of(lead, second)),
        _ => None,
    }
}

/// Extends `i` over the attaching characters that follow it (WB4).
#[inline]
fn absorb_attaching(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            break; // no ASCII character attaches
        }
        if let Some(class) = block_at(bytes, i) {
            if !matches!(class, Block::Mark | Block::AttachLetter | Block::Format) {
                break;
            }
            i += 2;
            continue;
        }
        match char_at(text, i) {
            Some(d) if chars::is_attaching(d) => i += d.len_utf8(),
            _ => break,
        }
    }
    i
}

/// Whether U+20E3 occurs in the run of grapheme extenders (Extend, ZWJ,
/// SpacingMark) that starts at byte `i`.
#[inline(always)]
fn keycap_in_extend_run(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // The common case: the next character is ASCII or a non-mark of the
    // Arabic block, which ends the run at once.
    match bytes.get(i..i + 2) {
        None => return false,
        Some(&[b, _]) if b < 0x80 => return false,
        Some(&[lead @ 0xD8..=0xDB, second]) if chars::block_of(lead, second) != Block::Mark => {
            return false
        }
        _ => {}
    }
    keycap_in_extend_run_slow(text, i)
}

fn keycap_in_extend_run_slow(text: &str, mut i: usize) -> bool {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            return false; // ASCII never extends a cluster
        }
        if let Some(class) = block_at(bytes, i) {
            // In the Arabic block only the marks (Mn) extend a cluster.
            if class != Block::Mark {
                return false;
            }
            i += 2;
            continue;
        }
        match char_at(text, i) {
            Some(chars::KEYCAP) => return true,
            Some(d) if chars::extends_grapheme(d) => i += d.len_utf8(),
            _ => return false,
        }
    }
    false
}

/// If the grapheme cluster starting at `start` is an emoji cluster (it holds
/// an `Extended_Pictographic` character or U+20E3, or is a regional-indicator
/// pair), its end.
///
/// A cluster that starts with `White_Space` is never an emoji cluster: a
/// space followed by U+20E3 stays a space (then a Symbol), so that
/// tokenizing stays local (DESIGN §6, invariant 4).
pub(crate) fn emoji_cluster_end(text: &str, start: usize, c: char) -> Option<usize> {
    if chars::is_white_space(c) {
        return None;
    }
    let after = start + c.len_utf8();
    let simple = c.is_ascii() || (chars::in_arabic_block(c) && !chars::is_prepend(c));
    // For ASCII and the Arabic block (Prepend aside), the cluster is `c` and
    // the Extend / ZWJ / SpacingMark run after it: only a keycap in that run
    // can make it an emoji cluster.
    if simple && !keycap_in_extend_run(text, after) {
        return None;
    }
    let g = text[start..].graphemes(true).next()?;
    let mut it = g.chars();
    let first = it.next()?;
    let ri_pair =
        chars::is_regional_indicator(first) && it.next().is_some_and(chars::is_regional_indicator);
    let emoji = ri_pair
        || g.chars()
            .any(|d| d == chars::KEYCAP || chars::is_extended_pictographic(d));
    emoji.then_some(start + g.len())
}

impl Segments<'_> {
    fn scan(&mut self, start: usize, c: char) -> (usize, TokenKind) {
        let text = self.text;
        let after = start + c.len_utf8();
        if let Some(end) = emoji_cluster_end(text, start, c) {
            return (absorb_attaching(text, end), TokenKind::Symbol);
        }
        if let Some(style) = chars::quote_style(c) {
            let role = self.resolver.resolve(text, start, c, style);
            return (after, TokenKind::Quote(Quote::new(style, role)));
        }
        if let Some(group) = chars::script_group(c) {
            return (word_end(text, after, c, group), TokenKind::Word(group));
        }
        if chars::is_digit(c) {
            return (
                absorb_attaching(text, number_end(text, after)),
                TokenKind::Number,
            );
        }
        if chars::is_white_space(c) {
            return (whitespace_end(text, after), TokenKind::Whitespace);
        }
        if let Some(kind) = chars::punct_kind(c) {
            if matches!(kind, Punct::OpenBracket | Punct::CloseBracket) {
                return (after, TokenKind::Punctuation(kind));
            }
            let mut i = after;
            while char_at(text, i) == Some(c) {
                i += c.len_utf8();
            }
            let kind = if c == '.' && i - start >= 2 {
                Punct::Ellipsis
            } else {
                kind
            };
            return (i, TokenKind::Punctuation(kind));
        }
        if chars::is_symbol(c) {
            let g = text[start..]
                .graphemes(true)
                .next()
                .map_or(after, |g| start + g.len());
            return (absorb_attaching(text, g), TokenKind::Symbol);
        }
        // Stray attaching characters (a mark after a space, punctuation or a
        // quote) form one Other token; so does anything unclassified, with the
        // attaching characters after it.
        (absorb_attaching(text, after), TokenKind::Other)
    }
}

impl Segments<'_> {
    /// Byte-level dispatch for the common token starts: ASCII, and the
    /// letters, digits and marks of the Arabic block, when no keycap follows
    /// (so the grapheme cluster cannot be an emoji). `None` hands the start to
    /// the general path, which gives the same answer for every input.
    #[inline(always)]
    fn scan_fast(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let b = *bytes.get(start)?;
        if let Some(class) = block_at(bytes, start) {
            let after = start + 2;
            let kind = match class {
                Block::Letter => TokenKind::Word(Script::Arabic),
                Block::Digit => TokenKind::Number,
                Block::Mark | Block::AttachLetter => TokenKind::Other,
                _ => return None,
            };
            if keycap_in_extend_run(text, after) {
                return None;
            }
            let end = match kind {
                TokenKind::Word(_) => arabic_word_end(text, after),
                TokenKind::Number => absorb_attaching(text, number_end(text, after)),
                _ => absorb_attaching(text, after),
            };
            return Some((end, kind));
        }
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            return Some((whitespace_end(text, start + 1), TokenKind::Whitespace));
        }
        let after = start + 1;
        if b >= 0x80 || bytes.get(after).is_some_and(|&n| n >= 0x80) {
            // Non-ASCII, or ASCII that a combining character may follow.
            return None;
        }
        let token = match b {
            b'a'..=b'z' | b'A'..=b'Z' => (
                word_end(text, after, b as char, Script::Latin),
                TokenKind::Word(Script::Latin),
            ),
            b'0'..=b'9' => (
                absorb_attaching(text, number_end(text, after)),
                TokenKind::Number,
            ),
            _ => return None,
        };
        Some(token)
    }
}

/// The end of an Arabic word whose first letter ends at byte `i`: a tight
/// loop over the 2-byte characters of the Arabic block, then the general
/// rules for anything else.
#[inline]
fn arabic_word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(i..i + 2) {
        if !chars::CONTINUES_ARABIC_WORD[(((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize]
        {
            return i;
        }
        i += 2;
    }
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => word_end(text, i, chars::ALEF, Script::Arabic),
        _ => i,
    }
}

/// The end of a run of `White_Space` that continues at byte `i`.
#[inline]
fn whitespace_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            i += 1;
            continue;
        }
        if b < 0x80 || block_at(bytes, i).is_some() {
            break;
        }
        match char_at(text, i) {
            Some(d) if chars::is_white_space(d) => i += d.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The end of a word that started with `first` (script group `group`) and
/// continues at byte `i`.
fn word_end(text: &str, mut i: usize, first: char, group: Script) -> usize {
    let bytes = text.as_bytes();
    let mut prev = first;
    while let Some(&b) = bytes.get(i) {
        // Byte-level fast paths: ASCII letters and digits in Latin words;
        // letters, marks, tatweel and format controls of the Arabic block in
        // Arabic words.
        if group == Script::Latin && b.is_ascii_alphanumeric() {
            prev = b as char;
            i += 1;
            continue;
        }
        if group == Script::Arabic {
            if let Some(class) = block_at(bytes, i) {
                if matches!(
                    class,
                    Block::Letter | Block::Mark | Block::AttachLetter | Block::Format
                ) {
                    i += 2;
                    continue;
                }
                break;
            }
        }
        if b < 0x80 && !(group == Script::Latin && b == b'\'') {
            break; // other ASCII ends every word
        }
        let Some(d) = char_at(text, i) else { break };
        let len = d.len_utf8();
        if let Some(g) = chars::script_group(d) {
            if g != group {
                break;
            }
        } else if group == Script::Latin && chars::is_digit(d) {
            // `mp3`, `COVID19`: Latin words take digits.
        } else if group == Script::Latin && chars::is_apostrophe(d) {
            // `don't`, `don’t`: an apostrophe between two Latin letters.
            let latin = |c: Option<char>| c.and_then(chars::script_group) == Some(Script::Latin);
            if !(latin(Some(prev)) && latin(char_at(text, i + len))) {
                break;
            }
        } else if chars::is_attaching(d) {
            let ends_word =
                d == chars::ZWSP || (group != Script::Arabic && chars::is_attaching_letter(d));
            if ends_word {
                // ZWSP (and, outside Arabic words, tatweel and the small
                // letters) attach but end the word.
                return absorb_attaching(text, i + len);
            }
        } else {
            break;
        }
        prev = d;
        i += len;
    }
    i
}

/// The end of a number that continues at byte `i`: digits of any script, and
/// `٫ ٬ . ,` when a digit follows.
fn number_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            i += 1;
            continue;
        }
        if block_at(bytes, i) == Some(Block::Digit) {
            i += 2;
            continue;
        }
        let Some(d) = char_at(text, i) else { break };
        let separator = chars::is_number_separator(d)
            && char_at(text, i + d.len_utf8()).is_some_and(chars::is_digit);
        if !(chars::is_digit(d) || separator) {
            break;
        }
        i += d.len_utf8();
    }
    i
}
