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

const ARTICLE: &str = include_str!("../../seeds/000_69dfd127be070d7e.txt");

/// A schema with one stored text field analyzed by the "arabic" tokenizer,
/// with positions.
fn arabic_schema() -> (Schema, Field) {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("arabic")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default()
        .set_indexing_options(indexing)
        .set_stored();
    let body = schema.add_text_field("body", options);
    (schema.build(), body)
}

/// An in-RAM index of `texts`, one document each, in the field of
/// [`arabic_schema`] analyzed by `ArabicTokenizer::search()`.
fn ram_index(texts: &[&str]) -> (Index, Field) {
    let (schema, body) = arabic_schema();
    let index = Index::create_in_ram(schema);
    index
        .tokenizers()
        .register("arabic", ArabicTokenizer::search());
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
    for text in texts {
        writer.add_document(doc!(body => *text)).unwrap();
    }
    writer.commit().unwrap();
    (index, body)
}

/// The seed article, indexed.
fn article_index() -> (Index, Field) {
    ram_index(&[ARTICLE])
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
    // في is a stop word: the phrase `في إدلب` is the term ادلب alone.
    assert_eq!(hits(&index, body, "\"في ادلب\""), 1);
    assert_eq!(hits(&index, body, "\"ادلب متانه\""), 0);
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
    // في is in the bundled stop list: no token, its position stays taken.
    let expected = vec![("ادلب".to_owned(), 5..13, 1, 1)];
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

/// Tanzil's Uthmani text (quran-uthmani.txt, verses 1:1, 1:2, 2:2, 2:43),
/// indexed as a tantivy user would, found by queries in modern spelling.
/// Only `search()` with its Quran orthography fold makes `الكتاب`, `الصلاة`,
/// `الزكاة` and `العالمين` meet `ٱلْكِتَـٰبُ`, `ٱلصَّلَوٰةَ`, `ٱلزَّكَوٰةَ` and
/// `ٱلْعَـٰلَمِينَ`.
#[test]
fn uthmani_verses_are_found_by_modern_queries() {
    let (index, body) = quran_index();
    for query in ["الكتاب", "الصلاة", "الزكاة", "العالمين", "الرحمن", "الحمد"]
    {
        assert_eq!(hits(&index, body, query), 1, "query {query:?}");
    }
}

const VERSES: [&str; 4] = [
    "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ",
    "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ",
    "ذَٰلِكَ ٱلْكِتَـٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًۭى لِّلْمُتَّقِينَ",
    "وَأَقِيمُوا۟ ٱلصَّلَوٰةَ وَءَاتُوا۟ ٱلزَّكَوٰةَ وَٱرْكَعُوا۟ مَعَ ٱلرَّٰكِعِينَ",
];

fn quran_index() -> (Index, Field) {
    ram_index(&VERSES)
}

/// The part of the Uthmani test that does not depend on the Quran
/// orthography fold: alef wasla, tashkeel and the Quranic pause marks.
#[test]
fn uthmani_verses_found_where_search_already_folds() {
    let (index, body) = quran_index();
    for query in ["الرحمن", "الرحيم", "الحمد", "ريب", "للمتقين"] {
        assert_eq!(hits(&index, body, query), 1, "query {query:?}");
    }
    // فِيهِ is a stop word, in the verse and in the query.
    assert_eq!(hits(&index, body, "فيه"), 0);
}

/// tantivy keeps the tokenizer's name in the schema, not the tokenizer: a
/// reopened index needs it registered again.
#[test]
fn reopened_index_needs_the_tokenizer_registered_again() {
    let (schema, body) = arabic_schema();
    let directory = tantivy::directory::RamDirectory::create();
    {
        let index = Index::create(directory.clone(), schema, Default::default()).unwrap();
        index
            .tokenizers()
            .register("arabic", ArabicTokenizer::search());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.add_document(doc!(body => "تصعيد في إدلب")).unwrap();
        writer.commit().unwrap();
    }
    let reopened = Index::open(directory).unwrap();
    let parser = QueryParser::for_index(&reopened, vec![body]);
    assert!(
        parser.parse_query("ادلب").is_err(),
        "no tokenizer named arabic"
    );
    reopened
        .tokenizers()
        .register("arabic", ArabicTokenizer::search());
    assert_eq!(hits(&reopened, body, "ادلب"), 1);
}

/// ﷺ gives four terms with the one span of the character: the snippet's
/// HTML highlights it once, whatever number of its words the query matches.
#[test]
fn snippet_shows_a_multi_word_ligature_once() {
    let text = "قال النبي ﷺ لأصحابه";
    let (index, body) = ram_index(&[text]);
    let searcher = searcher(&index);
    let query = QueryParser::for_index(&index, vec![body])
        .parse_query("صلى الله")
        .unwrap();
    assert_eq!(searcher.search(&query, &Count).unwrap(), 1);
    let snippet = SnippetGenerator::create(&searcher, &*query, body)
        .unwrap()
        .snippet(text);
    let ligature = text.find('ﷺ').unwrap();
    let span = ligature..ligature + 'ﷺ'.len_utf8();
    assert_eq!(snippet.highlighted(), [span.clone(), span]);
    assert_eq!(snippet.to_html(), "قال النبي <b>ﷺ</b> لأصحابه");
}

#[test]
fn analyzer_options_reach_tantivy() {
    use arabic_text::{Normalizer, Stemming};
    let mut unstemmed = ArabicTokenizer::new(ArabicAnalyzer::search().with_stemming(Stemming::Off));
    assert_eq!(
        tokens(&mut unstemmed.token_stream("والمدرسة")),
        [("والمدرسه".to_owned(), 0..16, 0, 1)]
    );
    let mut capped = ArabicTokenizer::new(ArabicAnalyzer::search().with_max_term_bytes(6));
    assert_eq!(
        tokens(&mut capped.token_stream("مدرسة كتب")),
        [("كتب".to_owned(), 11..17, 1, 1)]
    );
    let mut custom = ArabicTokenizer::new(
        ArabicAnalyzer::custom(Normalizer::search().fold_teh_marbuta(false)).without_stopwords(),
    );
    assert_eq!(
        tokens(&mut custom.token_stream("في مدينة")),
        [
            ("في".to_owned(), 0..4, 0, 1),
            ("مدين".to_owned(), 5..15, 1, 1)
        ]
    );
}

/// The normalizer and stemmer as token filters after tantivy's own
/// whitespace tokenizer.
#[test]
fn normalizer_and_stemmer_as_token_filters() {
    use arabic_text::tantivy::{NormalizeFilter, StemFilter};
    use arabic_text::Normalizer;
    use tantivy::tokenizer::WhitespaceTokenizer;
    let mut analyzer = TextAnalyzer::builder(WhitespaceTokenizer::default())
        .filter(NormalizeFilter::new(Normalizer::search()))
        .filter(StemFilter)
        .build();
    assert_eq!(
        tokens(&mut *analyzer.token_stream("وَالمَدْرَسَةُ ـ إدلب")),
        [
            ("مدرس".to_owned(), 0..28, 0, 1),
            ("ادلب".to_owned(), 32..40, 2, 1)
        ]
    );
}
