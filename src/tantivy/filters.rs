//! The normalizer and the stemmer as tantivy [`TokenFilter`]s, to run after
//! another tokenizer (tantivy's `SimpleTokenizer`, a whitespace tokenizer, an
//! n-gram tokenizer, …).

use alloc::borrow::Cow;
use alloc::string::String;

use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

use crate::normalize::Normalizer;
use crate::stem::ArabicStemmer;

/// A [`TokenFilter`] that runs a [`Normalizer`] on each token's text and
/// drops the tokens it empties (a lone tatweel, a lone diacritic). Offsets
/// and positions stay those of the tokenizer before it.
///
/// Each token stays one token: a presentation form that stands for several
/// words (ﷺ under [`Normalizer::search`]) gives one term with spaces. Use
/// [`ArabicTokenizer`](super::ArabicTokenizer) for one term per word.
///
/// With the full tantivy crate (the test `normalize_filter_example` in
/// `tantivy-tests/tests/docs.rs`):
///
/// ```ignore
/// use arabic_text::tantivy::NormalizeFilter;
/// use arabic_text::Normalizer;
/// use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer, TokenStream};
///
/// let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
///     .filter(NormalizeFilter::new(Normalizer::search()))
///     .build();
/// let mut stream = analyzer.token_stream("إدلب ـ");
/// let mut seen = Vec::new();
/// while let Some(t) = stream.next() {
///     seen.push((t.text.clone(), t.offset_from..t.offset_to));
/// }
/// assert_eq!(seen, [("ادلب".to_owned(), 0..8)]); // the lone tatweel is gone
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalizeFilter {
    normalizer: Normalizer,
}

impl NormalizeFilter {
    /// The filter of `normalizer`.
    ///
    /// ```
    /// let _ = arabic_text::tantivy::NormalizeFilter::new(arabic_text::Normalizer::lucene());
    /// ```
    pub fn new(normalizer: Normalizer) -> Self {
        NormalizeFilter { normalizer }
    }
}

impl TokenFilter for NormalizeFilter {
    type Tokenizer<T: Tokenizer> = Filtered<T, Normalizer>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Filtered<T, Normalizer> {
        Filtered {
            tokenizer,
            step: self.normalizer,
        }
    }
}

/// A [`TokenFilter`] that replaces each token's text with its stem
/// ([`ArabicStemmer`], Lucene's light stemmer). Run it after a
/// [`NormalizeFilter`]: the stemmer expects normalized text. Offsets and
/// positions are kept.
///
/// With the full tantivy crate (the test `stem_filter_example` in
/// `tantivy-tests/tests/docs.rs`):
///
/// ```ignore
/// use arabic_text::tantivy::{NormalizeFilter, StemFilter};
/// use arabic_text::Normalizer;
/// use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer, TokenStream};
///
/// let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
///     .filter(NormalizeFilter::new(Normalizer::search()))
///     .filter(StemFilter)
///     .build();
/// let mut stream = analyzer.token_stream("والمدرسة");
/// assert_eq!(stream.next().unwrap().text, "مدرس");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StemFilter;

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = Filtered<T, ArabicStemmer>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Filtered<T, ArabicStemmer> {
        Filtered {
            tokenizer,
            step: ArabicStemmer::new(),
        }
    }
}

mod step {
    use alloc::string::String;

    /// What a filter does to one token's text (sealed: [`Normalizer`] and
    /// [`ArabicStemmer`] only).
    ///
    /// [`Normalizer`]: crate::Normalizer
    /// [`ArabicStemmer`]: crate::ArabicStemmer
    pub trait FilterStep: Clone + Send + Sync + 'static {
        /// Rewrites `text` in place; `false` drops the token.
        fn apply(&self, text: &mut String) -> bool;
    }
}
use step::FilterStep;

impl FilterStep for Normalizer {
    fn apply(&self, text: &mut String) -> bool {
        if let Cow::Owned(normalized) = self.normalize(text) {
            *text = normalized;
        }
        !text.is_empty()
    }
}

impl FilterStep for ArabicStemmer {
    fn apply(&self, text: &mut String) -> bool {
        let stem = self.stem(text);
        // The stem is a subslice of the text: cut the text down to it.
        let start = stem.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + stem.len();
        text.truncate(end);
        text.drain(..start);
        true
    }
}

/// The tokenizer a [`NormalizeFilter`] or [`StemFilter`] makes of the
/// tokenizer before it.
///
/// With the full tantivy crate (the test `filtered_example` in
/// `tantivy-tests/tests/docs.rs`):
///
/// ```ignore
/// use arabic_text::tantivy::StemFilter;
/// use tantivy::tokenizer::{SimpleTokenizer, TokenFilter, Tokenizer, TokenStream};
/// let mut tokenizer = StemFilter.transform(SimpleTokenizer::default());
/// assert_eq!(tokenizer.token_stream("الكتاب").next().unwrap().text, "كتاب");
/// ```
#[derive(Clone, Debug)]
pub struct Filtered<T, S> {
    tokenizer: T,
    step: S,
}

impl<T: Tokenizer, S: FilterStep> Tokenizer for Filtered<T, S> {
    type TokenStream<'a> = FilteredStream<'a, T::TokenStream<'a>, S>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FilteredStream<'a, T::TokenStream<'a>, S> {
        FilteredStream {
            tail: self.tokenizer.token_stream(text),
            step: &self.step,
        }
    }
}

/// The [`TokenStream`] of a [`Filtered`] tokenizer: the tokens of the
/// tokenizer before it, each rewritten by the filter.
///
/// With the full tantivy crate (the test `filtered_stream_example` in
/// `tantivy-tests/tests/docs.rs`):
///
/// ```ignore
/// use arabic_text::tantivy::NormalizeFilter;
/// use arabic_text::Normalizer;
/// use tantivy::tokenizer::{TokenFilter, Tokenizer, TokenStream, WhitespaceTokenizer};
/// let mut tokenizer = NormalizeFilter::new(Normalizer::search()).transform(WhitespaceTokenizer::default());
/// let mut stream = tokenizer.token_stream("أَكَّدَ");
/// assert!(stream.advance());
/// assert_eq!((stream.token().text.as_str(), stream.token().offset_to), ("اكد", 14));
/// assert!(!stream.advance());
/// ```
#[derive(Debug)]
pub struct FilteredStream<'a, T, S> {
    tail: T,
    step: &'a S,
}

impl<T: TokenStream, S: FilterStep> TokenStream for FilteredStream<'_, T, S> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if self.step.apply(&mut self.tail.token_mut().text) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
