#![cfg(feature = "tantivy")]
//! The `tantivy` feature: `ArabicTokenizer` registered in a real (in-RAM)
//! tantivy index, searched through tantivy's own QueryParser (which analyzes
//! the query text with the field's tokenizer) and highlighted with its
//! SnippetGenerator.

use arabic_text::tantivy::ArabicTokenizer;
use arabic_text::ArabicAnalyzer;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value};
use tantivy::snippet::SnippetGenerator;
// tantivy's own names for the traits: the same traits `ArabicTokenizer`
// implements (from tantivy-tokenizer-api), or this would not compile.
use tantivy::tokenizer::{TextAnalyzer, TokenStream, Tokenizer};
use tantivy::{doc, Index, IndexWriter, Searcher, TantivyDocument};

const ARTICLE: &str = include_str!("../seeds/000_69dfd127be070d7e.txt");

/// An in-RAM index of the seed article in a stored text field analyzed by
/// the "arabic" tokenizer (search flavour), with positions.
fn article_index() -> (Index, Field) {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("arabic")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default()
        .set_indexing_options(indexing)
        .set_stored();
    let body = schema.add_text_field("body", options);
    let index = Index::create_in_ram(schema.build());
    index
        .tokenizers()
        .register("arabic", ArabicTokenizer::search());

    let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
    writer.add_document(doc!(body => ARTICLE)).unwrap();
    writer.commit().unwrap();
    (index, body)
}

fn searcher(index: &Index) -> Searcher {
    index.reader().unwrap().searcher()
}

fn hits(index: &Index, body: Field, query: &str) -> usize {
    let parser = QueryParser::for_index(index, vec![body]);
    let query = parser.parse_query(query).unwrap();
    searcher(index).search(&query, &Count).unwrap()
}

#[test]
fn seed_article_is_found_by_folded_queries() {
    let (index, body) = article_index();
    for query in [
        "ادلب",    // the text has إدلب (hamza below)
        "إدلب",    // as written
        "التركيه", // the text has التركية (teh marbuta)
        "الرُّوسِيَّة", // fully diacritized; the text has الروسية
        "روســيا", // tatweel; the text has روسيا
    ] {
        assert_eq!(hits(&index, body, query), 1, "query {query:?}");
    }
}

#[test]
fn unrelated_query_finds_nothing() {
    let (index, body) = article_index();
    assert_eq!(hits(&index, body, "باريس"), 0);
}

#[test]
fn phrase_query_uses_positions() {
    let (index, body) = article_index();
    // `في إدلب` is in the text twice; `إدلب في` is not.
    assert_eq!(hits(&index, body, "\"في ادلب\""), 1);
    assert_eq!(hits(&index, body, "\"ادلب في\""), 0);
    // `متانة العلاقات التركية – الروسية` (its only occurrence): the dash is
    // not a term, so the words on either side of it are adjacent positions.
    assert_eq!(hits(&index, body, "\"متانه العلاقات التركيه الروسيه\""), 1);
    assert_eq!(hits(&index, body, "\"متانه التركيه الروسيه\""), 0);
}

#[test]
fn snippet_highlights_original_bytes() {
    let (index, body) = article_index();
    let searcher = searcher(&index);
    let query = QueryParser::for_index(&index, vec![body])
        .parse_query("ادلب")
        .unwrap();

    // The stored document, highlighted as a search page would.
    let (_, address) = searcher
        .search(&query, &TopDocs::with_limit(1).order_by_score())
        .unwrap()[0];
    let stored: TantivyDocument = searcher.doc(address).unwrap();
    assert_eq!(
        stored.get_first(body).and_then(|v| v.as_str()),
        Some(ARTICLE)
    );
    let generator = SnippetGenerator::create(&searcher, &*query, body).unwrap();
    let snippet = generator.snippet_from_doc(&stored);
    assert!(
        snippet.to_html().contains("<b>إدلب</b>"),
        "{}",
        snippet.to_html()
    );
    assert!(!snippet.to_html().contains("ادلب"));
    for range in snippet.highlighted() {
        assert_eq!(&snippet.fragment()[range.clone()], "إدلب");
    }

    // The whole article as one fragment: every highlight is an original
    // إدلب, at the byte offsets where the article has it.
    let mut generator = generator;
    generator.set_max_num_chars(ARTICLE.len());
    let snippet = generator.snippet(ARTICLE);
    assert_eq!(snippet.fragment_range(), 0..ARTICLE.len());
    let highlighted: Vec<_> = snippet.highlighted().to_vec();
    let expected: Vec<_> = ARTICLE
        .match_indices("إدلب")
        .map(|(i, s)| i..i + s.len())
        .collect();
    assert_eq!(expected.len(), 4);
    assert_eq!(highlighted, expected);
    for range in highlighted {
        assert_eq!(&ARTICLE[range], "إدلب");
    }
}

/// The tokens of `text` as (text, offsets, position, position length).
fn tokens(stream: &mut dyn TokenStream) -> Vec<(String, std::ops::Range<usize>, usize, usize)> {
    let mut out = Vec::new();
    stream.process(&mut |t| {
        out.push((
            t.text.clone(),
            t.offset_from..t.offset_to,
            t.position,
            t.position_length,
        ))
    });
    out
}

#[test]
fn token_stream_gives_terms_with_original_offsets() {
    let expected = vec![
        ("في".to_owned(), 0..4, 0, 1),
        ("ادلب".to_owned(), 5..13, 1, 1),
    ];
    let mut tokenizer = ArabicTokenizer::search();
    assert_eq!(tokens(&mut tokenizer.token_stream("في إدلب")), expected);
    assert_eq!(
        tokens(&mut ArabicTokenizer::default().token_stream("في إدلب")),
        expected
    );

    // The same through tantivy's TextAnalyzer, as the indexer runs it.
    let mut analyzer = TextAnalyzer::from(ArabicTokenizer::search());
    assert_eq!(tokens(&mut *analyzer.token_stream("في إدلب")), expected);
}

#[test]
fn token_stream_keeps_stop_word_gaps_and_flavours() {
    let mut tokenizer = ArabicTokenizer::new(ArabicAnalyzer::search().with_stopwords(["في"]));
    assert_eq!(
        tokens(&mut tokenizer.token_stream("في إدلب")),
        [("ادلب".to_owned(), 5..13, 1, 1)]
    );

    // Lucene keeps ٱ (U+0671); search folds it, so ال comes off.
    let text = "ٱلرَّحْمَٰنِ";
    let lucene = tokens(&mut ArabicTokenizer::lucene().token_stream(text));
    let search = tokens(&mut ArabicTokenizer::search().token_stream(text));
    assert_eq!(lucene, [("ٱلرحمٰن".to_owned(), 0..text.len(), 0, 1)]);
    assert_eq!(search, [("رحمن".to_owned(), 0..text.len(), 0, 1)]);
}

#[test]
fn tokenizer_is_reusable_and_stream_is_empty_without_words() {
    let mut tokenizer = ArabicTokenizer::search();
    assert!(tokens(&mut tokenizer.token_stream("، «» ...")).is_empty());
    assert!(tokens(&mut tokenizer.token_stream("")).is_empty());
    assert_eq!(tokens(&mut tokenizer.token_stream("إدلب")).len(), 1);
}
