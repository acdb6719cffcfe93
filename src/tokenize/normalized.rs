//! Tokens of normalized text with spans in the original: [`Tokenizer::tokenize_normalized`].

use alloc::borrow::Cow;
use core::iter::FusedIterator;
use core::ops::Range;

use super::{Segments, TokenKind, Tokenizer};
use crate::normalize::Normalizer;
use crate::offsets::{MapCursor, Normalized};
use crate::quotes::Resolver;

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
            web: self.web,
            memo: super::web::Memo::default(),
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
    /// [`Tokenizer::web_tokens`].
    web: bool,
    /// As in [`Segments`].
    memo: super::web::Memo,
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
            web: self.web,
            memo: self.memo,
        };
        let token = segments.find(|t| t.kind != TokenKind::Whitespace);
        self.pos = segments.pos;
        self.resolver = segments.resolver;
        self.memo = segments.memo;
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
