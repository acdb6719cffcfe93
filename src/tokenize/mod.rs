//! The zero-copy tokenizer (design.md §5): [`Tokenizer`], [`Token`],
//! [`TokenKind`] and the [`Segments`] / [`Tokens`] iterators.
//!
//! Segments cover the input exactly, in order, with no gaps or overlaps, and
//! never split a character or a base letter from its marks. Tokens are the
//! segments without the whitespace ones. Every token borrows the input; the
//! iterators never allocate.

use alloc::borrow::Cow;
use core::iter::FusedIterator;
use core::ops::Range;

use crate::chars;
use crate::normalize::Normalizer;
use crate::quotes::{Pending, Resolver};

mod arabic;
mod ascii;
mod at;
mod emoji;
mod host;
mod kind;
mod normalized;
mod number;
mod pairs;
mod punct;
mod scan;
pub(crate) mod social;
mod swar;
pub(crate) mod web;
mod word;

pub use kind::{Punct, Script, TokenKind};
pub use normalized::{NormalizedToken, NormalizedTokens};
pub use pairs::quote_pairs;

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

    /// The words of a hashtag: its body (after `#` or `＃`) tokenized with
    /// [`web_tokens`](Tokenizer::web_tokens) off, keeping the word and number
    /// tokens, so `_` separates them as a space would. Each part borrows the
    /// input and has its own span. Empty for any other kind of token.
    /// Allocation-free.
    ///
    /// ```
    /// use arabic_text::tokenize;
    /// let text = "شاهد #نرم‌افزار_آزاد_٢٠٢٤";
    /// let tag = tokenize(text).nth(1).unwrap();
    /// let parts: Vec<(&str, std::ops::Range<usize>)> =
    ///     tag.hashtag_parts().map(|t| (t.text(), t.span())).collect();
    /// assert_eq!(parts, [("نرم‌افزار", 10..29), ("آزاد", 30..38), ("٢٠٢٤", 39..47)]);
    /// assert_eq!(&text[10..29], "نرم‌افزار");
    /// ```
    pub fn hashtag_parts(&self) -> HashtagParts<'a> {
        let body = match self.kind {
            TokenKind::Hashtag => self.text.chars().next().map_or(0, char::len_utf8),
            _ => self.text.len(),
        };
        HashtagParts {
            inner: Tokenizer::new()
                .web_tokens(false)
                .tokenize(&self.text[body..]),
            base: self.start + body,
        }
    }

    pub(crate) fn new(text: &'a str, start: usize, kind: TokenKind) -> Self {
        Token { text, start, kind }
    }
}

/// The tokenizer. Its one option, [`web_tokens`](Self::web_tokens), is on by
/// default.
///
/// ```
/// use arabic_text::Tokenizer;
/// let tok = Tokenizer::new();
/// let words: Vec<&str> = tok.tokenize("«لن تكون سهلة»").map(|t| t.text()).collect();
/// assert_eq!(words, ["«", "لن", "تكون", "سهلة", "»"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tokenizer {
    web: bool,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
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
        Tokenizer { web: true }
    }

    /// Whether URLs, e-mail addresses, hashtags and mentions are tokens of
    /// their own ([`TokenKind::Url`], [`TokenKind::Email`],
    /// [`TokenKind::Hashtag`], [`TokenKind::Mention`]); on by default. Off,
    /// they are cut into words, numbers and punctuation as any other text.
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "تابعونا #رمضان_كريم";
    /// let on: Vec<&str> = Tokenizer::new().tokenize(text).map(|t| t.kind().as_str()).collect();
    /// assert_eq!(on, ["word:arabic", "hashtag"]);
    /// let off: Vec<&str> = Tokenizer::new().web_tokens(false).tokenize(text).map(|t| t.text()).collect();
    /// assert_eq!(off, ["تابعونا", "#", "رمضان", "_", "كريم"]);
    /// ```
    pub const fn web_tokens(self, on: bool) -> Self {
        Tokenizer { web: on }
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
            web: self.web,
            memo: web::Memo::default(),
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
    /// [`Tokenizer::web_tokens`].
    web: bool,
    /// What the web scanners learnt at earlier starts (a failed look-ahead
    /// is not repeated, so scanning stays linear).
    memo: web::Memo,
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

/// [`chars::is_ascii_white_space`] of every byte, one load a test.
static ASCII_BLANK: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = chars::is_ascii_white_space(b as u8);
        b += 1;
    }
    t
};

impl Segments<'_> {
    /// Forgets the quotes still open: the next quote is resolved as at the
    /// start of a text.
    pub(crate) fn forget_quotes(&mut self) {
        self.resolver = Resolver::default();
    }

    /// Moves past the ASCII white space at the current position.
    #[inline(always)]
    fn skip_ascii_blanks(&mut self) {
        let bytes = self.text.as_bytes();
        while bytes
            .get(self.pos)
            .is_some_and(|&b| ASCII_BLANK[usize::from(b)])
        {
            self.pos += 1;
        }
    }

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
        loop {
            // A segment that starts with ASCII white space is white space,
            // and the rest of it, scanned alone, is white space too: skip
            // those bytes without making a segment of them.
            self.inner.skip_ascii_blanks();
            // One test of the first byte picks the in-line path that may
            // answer: Arabic words, punctuation and numbers of the Arabic block,
            // ASCII words, numbers, hashtags, mentions and punctuation,
            // quotes, general punctuation (…, –), presentation-form words
            // (ﷺ).
            let fast = match self.inner.text.as_bytes().get(self.inner.pos) {
                Some(0xD8..=0xDB) => self
                    .inner
                    .arabic_word()
                    .or_else(|| self.inner.block_punct())
                    .or_else(|| self.inner.block_number()),
                Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9') => self.inner.ascii_alnum(),
                Some(b'#' | b'@') => self.inner.social(),
                Some(b'"' | b'\'' | 0xC2) => self.inner.quote_token(),
                Some(0..=0x7F) => self.inner.ascii_punct(),
                Some(0xE2) => self
                    .inner
                    .general_punct()
                    .or_else(|| self.inner.quote_token()),
                Some(0xEF) => self.inner.presentation_word(),
                _ => None,
            };
            if fast.is_some() {
                return fast;
            }
            let t = self.inner.next()?;
            if t.kind != TokenKind::Whitespace {
                return Some(t);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.inner.size_hint().1)
    }
}

impl FusedIterator for Tokens<'_> {}

/// Iterator over the words of a hashtag, with spans in the whole input.
/// Created by [`Token::hashtag_parts`].
///
/// ```
/// let tag = arabic_text::tokenize("#رمضان_كريم").next().unwrap();
/// assert_eq!(tag.hashtag_parts().map(|t| t.text()).collect::<Vec<_>>(), ["رمضان", "كريم"]);
/// ```
#[derive(Clone, Debug)]
pub struct HashtagParts<'a> {
    inner: Tokens<'a>,
    /// Where the body starts in the input.
    base: usize,
}

impl<'a> Iterator for HashtagParts<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let t = self
            .inner
            .by_ref()
            .find(|t| matches!(t.kind, TokenKind::Word(_) | TokenKind::Number))?;
        Some(Token::new(t.text, self.base + t.start, t.kind))
    }
}

impl FusedIterator for HashtagParts<'_> {}
