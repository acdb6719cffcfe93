//! The examples of `arabic_text::tantivy`'s docs that need the full tantivy
//! crate, run here word for word (the docs show them with `ignore`, since
//! the crate's own doc tests do not build tantivy).

use arabic_text::tantivy::{ArabicTokenizer, NormalizeFilter, StemFilter};
use arabic_text::Normalizer;
use tantivy::collector::Count;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    SimpleTokenizer, TextAnalyzer, TokenFilter, TokenStream, Tokenizer, WhitespaceTokenizer,
};
use tantivy::{doc, Index, IndexWriter};

/// The module docs: index, query, highlight.
#[test]
fn module_example() -> tantivy::Result<()> {
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

    let text = "تصعيد في إدلب";
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
    writer.add_document(doc!(body => text))?;
    writer.commit()?;

    let searcher = index.reader()?.searcher();
    let query = QueryParser::for_index(&index, vec![body]).parse_query("ادلب")?;
    assert_eq!(searcher.search(&query, &Count)?, 1);

    // The snippet highlights the original bytes: إدلب, not ادلب.
    let snippet = SnippetGenerator::create(&searcher, &query, body)?.snippet(text);
    assert_eq!(snippet.to_html(), "تصعيد في <b>إدلب</b>");
    Ok(())
}

/// `NormalizeFilter`.
#[test]
fn normalize_filter_example() {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(NormalizeFilter::new(Normalizer::search()))
        .build();
    let mut stream = analyzer.token_stream("إدلب ـ");
    let mut seen = Vec::new();
    while let Some(t) = stream.next() {
        seen.push((t.text.clone(), t.offset_from..t.offset_to));
    }
    assert_eq!(seen, [("ادلب".to_owned(), 0..8)]); // the lone tatweel is gone
}

/// `StemFilter`.
#[test]
fn stem_filter_example() {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(NormalizeFilter::new(Normalizer::search()))
        .filter(StemFilter)
        .build();
    let mut stream = analyzer.token_stream("والمدرسة");
    assert_eq!(stream.next().unwrap().text, "مدرس");
}

/// `Filtered`.
#[test]
fn filtered_example() {
    let mut tokenizer = StemFilter.transform(SimpleTokenizer::default());
    assert_eq!(
        tokenizer.token_stream("الكتاب").next().unwrap().text,
        "كتاب"
    );
}

/// `FilteredStream`.
#[test]
fn filtered_stream_example() {
    let mut tokenizer =
        NormalizeFilter::new(Normalizer::search()).transform(WhitespaceTokenizer::default());
    let mut stream = tokenizer.token_stream("أَكَّدَ");
    assert!(stream.advance());
    assert_eq!(
        (stream.token().text.as_str(), stream.token().offset_to),
        ("اكد", 14)
    );
    assert!(!stream.advance());
}
