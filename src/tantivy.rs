//! [tantivy] integration (feature `tantivy`): [`ArabicTokenizer`], an
//! [`ArabicAnalyzer`] behind tantivy's [`Tokenizer`] trait.
//!
//! The trait comes from the small `tantivy-tokenizer-api` crate (0.7, the one
//! tantivy 0.27 uses), so this crate does not depend on tantivy itself.
//!
//! Register the tokenizer under a name with
//! `index.tokenizers().register("arabic", ArabicTokenizer::search())` and give
//! that name to the text fields that hold Arabic; tantivy's `QueryParser` then
//! analyzes query text with the same tokenizer, so `ادلب` finds `إدلب`.
//!
//! **Register the tokenizer again whenever the index is opened** (for example
//! after `Index::open_in_dir`): tantivy stores only the tokenizer's *name* in
//! the schema, not the tokenizer. Without the registration, indexing into or
//! querying that field fails with an error about the unknown tokenizer, and
//! registering a *different* analyzer under the same name gives queries
//! terms that do not match the indexed ones.
//!
//! The options are those of [`ArabicAnalyzer`], given to
//! [`ArabicTokenizer::new`]: the flavour or a normalizer of your own
//! ([`ArabicAnalyzer::custom`]), stemming on or off
//! ([`ArabicAnalyzer::with_stemming`]), the stop list
//! ([`with_stopwords`](ArabicAnalyzer::with_stopwords),
//! [`without_stopwords`](ArabicAnalyzer::without_stopwords); Lucene's list
//! by default), the term length cap
//! ([`with_max_term_bytes`](ArabicAnalyzer::with_max_term_bytes)) and ZWNJ
//! as a word boundary ([`with_zwnj_splits`](ArabicAnalyzer::with_zwnj_splits)).
//! To run the normalizer or the stemmer after another tokenizer, use the
//! token filters [`NormalizeFilter`] and [`StemFilter`].
//!
//! Every token's `offset_from..offset_to` is the **original** UTF-8 byte span
//! of its word in the indexed text (not a span of the normalized term), so
//! tantivy's `SnippetGenerator` highlights the bytes the document really has.
//! Positions are [`Term::position`](crate::Term::position): stop words leave
//! gaps, as in Lucene.
//!
//! A presentation form that stands for several words (ﷺ → صلى الله عليه وسلم
//! under the search flavour) gives one token per word, all with the span of
//! the one character. A query for `الله` then highlights the whole ﷺ; a
//! query matching two of its words lists the same range twice in
//! `Snippet::highlighted()`, which `Snippet::to_html()` merges (tantivy 0.27
//! sorts, deduplicates and merges overlapping ranges), so the HTML shows
//! `<b>ﷺ</b>` once.
//!
//! This example needs the full tantivy crate; it runs as the test
//! `module_example` in `tantivy-tests/tests/docs.rs`
//! (`cargo test --manifest-path tantivy-tests/Cargo.toml`):
//!
//! ```ignore
//! use arabic_text::tantivy::ArabicTokenizer;
//! use tantivy::collector::Count;
//! use tantivy::query::QueryParser;
//! use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
//! use tantivy::snippet::SnippetGenerator;
//! use tantivy::{doc, Index, IndexWriter};
//!
//! let mut schema = Schema::builder();
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer("arabic")
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! let options = TextOptions::default().set_indexing_options(indexing).set_stored();
//! let body = schema.add_text_field("body", options);
//! let index = Index::create_in_ram(schema.build());
//! index.tokenizers().register("arabic", ArabicTokenizer::search());
//!
//! let text = "تصعيد في إدلب";
//! let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
//! writer.add_document(doc!(body => text))?;
//! writer.commit()?;
//!
//! let searcher = index.reader()?.searcher();
//! let query = QueryParser::for_index(&index, vec![body]).parse_query("ادلب")?;
//! assert_eq!(searcher.search(&query, &Count)?, 1);
//!
//! // The snippet highlights the original bytes: إدلب, not ادلب.
//! let snippet = SnippetGenerator::create(&searcher, &query, body)?.snippet(text);
//! assert_eq!(snippet.to_html(), "تصعيد في <b>إدلب</b>");
//! # Ok::<(), tantivy::TantivyError>(())
//! ```
//!
//! [tantivy]: https://docs.rs/tantivy

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use crate::analyze::{ArabicAnalyzer, Terms};

mod filters;
pub use filters::{Filtered, FilteredStream, NormalizeFilter, StemFilter};

/// A tantivy [`Tokenizer`] that gives one token per [`Term`](crate::Term) of
/// an [`ArabicAnalyzer`]: the term's text, the original byte span of its word
/// as offsets, and the term's position.
///
/// The analyzer decides the normalizer flavour and the stop words; cloning the
/// tokenizer (tantivy clones it per field and per thread) is cheap.
///
/// ```
/// use arabic_text::tantivy::ArabicTokenizer;
/// use arabic_text::ArabicAnalyzer;
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
///
/// let mut tokenizer = ArabicTokenizer::new(ArabicAnalyzer::search().with_stopwords(["في"]));
/// let mut stream = tokenizer.token_stream("في إدلب");
/// let token = stream.next().unwrap();
/// assert_eq!(token.text, "ادلب");
/// assert_eq!((token.offset_from, token.offset_to, token.position), (5, 13, 1));
/// assert!(stream.next().is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArabicTokenizer {
    analyzer: ArabicAnalyzer,
}

impl ArabicTokenizer {
    /// The tokenizer of `analyzer` (its flavour and stop words).
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// use arabic_text::{ArabicAnalyzer, Flavour};
    /// let tokenizer = ArabicTokenizer::new(ArabicAnalyzer::new(Flavour::Lucene));
    /// assert_eq!(tokenizer, ArabicTokenizer::lucene());
    /// ```
    pub fn new(analyzer: ArabicAnalyzer) -> Self {
        ArabicTokenizer { analyzer }
    }

    /// The tokenizer of [`ArabicAnalyzer::search`], the recommended one (and
    /// the [`Default`]).
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// let mut tokenizer = ArabicTokenizer::search();
    /// let mut stream = tokenizer.token_stream("ٱلرَّحْمَٰنِ");
    /// assert_eq!(stream.next().unwrap().text, "رحمن");
    /// ```
    pub fn search() -> Self {
        ArabicTokenizer::new(ArabicAnalyzer::search())
    }

    /// The tokenizer of [`ArabicAnalyzer::lucene`]: the terms Lucene's
    /// `ArabicAnalyzer` indexes.
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// let mut tokenizer = ArabicTokenizer::lucene();
    /// let mut stream = tokenizer.token_stream("ٱلرَّحْمَٰنِ");
    /// assert_eq!(stream.next().unwrap().text, "ٱلرحمٰن"); // Lucene keeps ٱ and U+0670
    /// ```
    pub fn lucene() -> Self {
        ArabicTokenizer::new(ArabicAnalyzer::lucene())
    }

    /// The analyzer this tokenizer runs.
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// use arabic_text::Flavour;
    /// assert_eq!(ArabicTokenizer::lucene().analyzer().flavour(), Flavour::Lucene);
    /// ```
    pub fn analyzer(&self) -> &ArabicAnalyzer {
        &self.analyzer
    }
}

impl Default for ArabicTokenizer {
    /// [`ArabicTokenizer::search`].
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// assert_eq!(ArabicTokenizer::default(), ArabicTokenizer::search());
    /// ```
    fn default() -> Self {
        ArabicTokenizer::search()
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    /// The tokens of `text`, one per [`Term`](crate::Term) of
    /// [`ArabicAnalyzer::analyze`], with the original byte offsets.
    ///
    /// ```
    /// use arabic_text::tantivy::ArabicTokenizer;
    /// use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};
    /// let text = "«الكرملين»";
    /// let mut tokenizer = ArabicTokenizer::search();
    /// let mut tokens: Vec<Token> = Vec::new();
    /// tokenizer.token_stream(text).process(&mut |t| tokens.push(t.clone()));
    /// assert_eq!(tokens.len(), 1);
    /// assert_eq!(tokens[0].text, "كرمل");
    /// assert_eq!(&text[tokens[0].offset_from..tokens[0].offset_to], "الكرملين");
    /// ```
    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        ArabicTokenStream {
            terms: self.analyzer.analyze(text),
            token: Token::default(),
        }
    }
}

/// The [`TokenStream`] of an [`ArabicTokenizer`]: `text` is the term's text,
/// `offset_from..offset_to` the original byte span of its word,
/// `position` the term's position and `position_length` 1. The empty terms
/// that the Lucene flavour gives for a lone tatweel are skipped (their
/// position stays taken).
///
/// The token's text buffer is reused from one token to the next.
///
/// ```
/// use arabic_text::tantivy::ArabicTokenizer;
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
/// let mut tokenizer = ArabicTokenizer::search();
/// let mut stream = tokenizer.token_stream("قال في إدلب");
/// let mut seen = Vec::new();
/// while stream.advance() {
///     let t = stream.token();
///     seen.push((t.text.clone(), t.offset_from..t.offset_to, t.position, t.position_length));
/// }
/// // في is a stop word: no token, but its position 1 stays taken.
/// assert_eq!(seen, [("قال".to_owned(), 0..6, 0, 1), ("ادلب".to_owned(), 12..20, 2, 1)]);
/// ```
#[derive(Clone, Debug)]
pub struct ArabicTokenStream<'a> {
    terms: Terms<'a>,
    token: Token,
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(term) = self.terms.by_ref().find(|t| !t.text().is_empty()) else {
            return false;
        };
        let span = term.span();
        let token = &mut self.token;
        token.offset_from = span.start;
        token.offset_to = span.end;
        token.position = term.position();
        token.position_length = 1;
        token.text.clear();
        token.text.push_str(term.text());
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
