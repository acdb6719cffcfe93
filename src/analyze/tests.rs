//! Unit tests of the analyzer on the examples of CONFORMANCE.md's analyzer
//! sections.

use super::ArabicAnalyzer;
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

fn terms(a: &ArabicAnalyzer, text: &str) -> Vec<(String, core::ops::Range<usize>, usize)> {
    a.analyze(text)
        .map(|t| (t.text().to_owned(), t.span(), t.position()))
        .collect()
}

/// Found by a new-user review: ﷺ normalized to one term with spaces
/// (`صلي الله عليه وسلم`, unstemmed), which matched neither the words
/// typed out nor a query for them.
#[test]
fn multi_word_presentation_forms_give_one_term_per_word() {
    let a = ArabicAnalyzer::search().without_stopwords();
    let typed: Vec<String> = terms(&a, "صلى الله عليه وسلم")
        .into_iter()
        .map(|t| t.0)
        .collect();
    let got = terms(&a, "قال ﷺ ثم");
    let words: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(
        words[1..5],
        typed.iter().map(String::as_str).collect::<Vec<_>>()[..]
    );
    assert_eq!(words, ["قال", "صل", "له", "عل", "سلم", "ثم"]);
    // Each word points at the ﷺ bytes, with its own position.
    assert!(got[1..5].iter().all(|t| t.1 == (7..10)));
    assert_eq!(
        got.iter().map(|t| t.2).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4, 5]
    );
}

#[test]
fn search_stops_words_after_normalization_and_keeps_their_positions() {
    let a = ArabicAnalyzer::search();
    for variant in ["فِي", "فـي", "فى", "مِنْ", "عَلَى", "ﻓﻲ"] {
        assert_eq!(terms(&a, variant), [], "{variant}");
    }
    let got = terms(&a, "قال فِي البيت");
    assert_eq!(
        got,
        [("قال".to_owned(), 0..6, 0), ("بيت".to_owned(), 14..24, 2)]
    );
    // Lucene compares before normalization: only the bare في is stopped.
    let lucene = ArabicAnalyzer::lucene();
    assert_eq!(terms(&lucene, "في"), []);
    assert_eq!(terms(&lucene, "فِي"), [("في".to_owned(), 0..6, 0)]);
}

#[test]
fn stop_lists_replace_and_switch_off() {
    let a = ArabicAnalyzer::search().with_stopwords(["إلى"]);
    // The list is normalized once: إلى is compared as الي.
    assert_eq!(terms(&a, "إلي"), []);
    assert_eq!(terms(&a, "في"), [("في".to_owned(), 0..4, 0)]);
    let none = ArabicAnalyzer::search().without_stopwords();
    assert_eq!(terms(&none, "عَلَى"), [("عل".to_owned(), 0..10, 0)]);
}

#[test]
fn lucene_gives_an_empty_term_for_a_lone_tatweel() {
    let got = terms(&ArabicAnalyzer::lucene(), "ـ كتب");
    assert_eq!(got, [(String::new(), 0..2, 0), ("كتب".to_owned(), 3..9, 1)]);
    let got = terms(&ArabicAnalyzer::search(), "ـ كتب");
    assert_eq!(got, [("كتب".to_owned(), 3..9, 0)]);
}

/// Found by a new-user review: a word cut after 255 UTF-16 units left
/// pieces of harakat alone, which the one-scan fold gave as empty terms.
/// Under `search` they give none, and keep their positions, as an empty
/// term of the normalizer's path does.
#[test]
fn pieces_of_harakat_alone_give_no_term() {
    let text = alloc::format!("ب{} كلمة", "\u{064E}".repeat(600));
    let got = terms(&ArabicAnalyzer::search(), &text);
    let start = text.len() - "كلمة".len();
    assert_eq!(got, [("كلم".to_owned(), start..text.len(), 3)]);
    let lucene: Vec<String> = terms(&ArabicAnalyzer::lucene(), &text)
        .into_iter()
        .map(|t| t.0)
        .collect();
    assert_eq!(lucene, ["ب", "كلم"]);
}

#[test]
fn zwnj_splits_words_only_when_asked() {
    let text = "\u{200C}کتاب\u{200C}\u{200C}ها\u{200C}";
    let whole = ArabicAnalyzer::search();
    assert_eq!(terms(&whole, text).len(), 1);
    let split = ArabicAnalyzer::search().with_zwnj_splits(true);
    let got = terms(&split, text);
    assert_eq!(
        got,
        [("كتاب".to_owned(), 3..11, 0), ("ها".to_owned(), 17..21, 1)]
    );
}

#[test]
fn non_arabic_letters_keep_their_endings_under_search_only() {
    let search = ArabicAnalyzer::search();
    let lucene = ArabicAnalyzer::lucene();
    assert_eq!(terms(&search, "گذشته")[0].0, "گذشته");
    assert_eq!(terms(&lucene, "گذشته")[0].0, "گذشت");
    assert_eq!(terms(&search, "الپيشمرگة")[0].0, "پيشمرگه");
    // ی and ک fold into ي and ك: an Arabic word typed on a Persian keyboard.
    assert_eq!(terms(&search, "سیاسیة")[0].0, "سياس");
}

proptest::proptest! {
    /// Every flavour, on any text: each term's span is a non-empty range of
    /// whole characters of the text, spans never go back, positions strictly
    /// increase, and each `lucene()` term is its token analyzed alone.
    #[test]
    fn terms_have_ordered_spans_and_positions(s in crate::tests::strategies::arabic_text()) {
        for a in [
            ArabicAnalyzer::lucene(),
            ArabicAnalyzer::search(),
            ArabicAnalyzer::search().with_zwnj_splits(true),
        ] {
            let mut last: Option<(usize, usize)> = None;
            for t in a.analyze(&s) {
                let span = t.span();
                proptest::prop_assert!(span.start < span.end && span.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
                if let Some((start, position)) = last {
                    proptest::prop_assert!(span.start >= start);
                    proptest::prop_assert!(t.position() > position);
                }
                last = Some((span.start, t.position()));
                if a.flavour() == crate::Flavour::Lucene {
                    let alone = a.analyze_word(&s[span]);
                    proptest::prop_assert_eq!(alone.as_deref(), Some(t.text()));
                }
            }
        }
    }
}

/// The causes of difference found between this crate's tokenizer
/// and Lucene's StandardTokenizer, each now cut as Lucene cuts it (terms,
/// types and spans as in the golden files `news.lucene.jsonl` and
/// `astd.lucene.jsonl`).
#[test]
fn lucene_cuts_whole_texts_as_standard_tokenizer() {
    use super::TermType::{Alphanum, Emoji, Num};
    let text = "#غزة_تحت_النار 2015م و30 بـ25 😂 ـــ قال:لبث www.rgt.gov.sa بي.سي.سي \
                99.99 21،5 19'11 hotmail.comللتواصل";
    let got: Vec<_> = ArabicAnalyzer::lucene()
        .analyze(text)
        .map(|t| {
            (
                t.text().to_owned(),
                &text[t.span()],
                t.position(),
                t.term_type(),
            )
        })
        .collect();
    let want = [
        ("غزه_تحت_النار", "غزة_تحت_النار", 0, Alphanum),
        ("2015م", "2015م", 1, Alphanum),
        ("و30", "و30", 2, Alphanum),
        ("ب25", "بـ25", 3, Alphanum),
        ("😂", "😂", 4, Emoji),
        ("", "ـــ", 5, Alphanum),
        ("قال:لبث", "قال:لبث", 6, Alphanum),
        ("www.rgt.gov.sa", "www.rgt.gov.sa", 7, Alphanum),
        ("بي.سي.س", "بي.سي.سي", 8, Alphanum),
        ("99.99", "99.99", 9, Num),
        ("21،5", "21،5", 10, Num),
        ("19'11", "19'11", 11, Num),
        ("hotmail.comللتواصل", "hotmail.comللتواصل", 12, Alphanum),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(term, span, position, kind)| (term.to_owned(), span, position, kind))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn words_over_255_utf16_units_are_cut_in_every_flavour() {
    let word = "كتاب".repeat(150);
    for analyzer in [ArabicAnalyzer::search(), ArabicAnalyzer::lucene()] {
        let got: Vec<_> = analyzer
            .analyze(&word)
            .map(|t| (t.span(), t.position()))
            .collect();
        assert_eq!(
            got,
            [(0..510, 0), (510..1020, 1), (1020..1200, 2)],
            "{analyzer:?}"
        );
    }
    // The cut comes after a ZWNJ split, and the rest keeps splitting.
    let text = alloc::format!("{}\u{200C}کتاب", "كتب".repeat(100));
    let got: Vec<_> = ArabicAnalyzer::search()
        .with_zwnj_splits(true)
        .with_stemming(crate::Stemming::Off)
        .analyze(&text)
        .map(|t| (t.span(), t.text().chars().count()))
        .collect();
    assert_eq!(got, [(0..510, 255), (510..600, 45), (603..611, 4)]);
}

#[test]
fn the_basmala_and_rial_ligatures_give_their_words() {
    let got: Vec<_> = ArabicAnalyzer::search()
        .analyze("﷽ الحمد ﷼")
        .map(|t| (t.text().to_owned(), t.span(), t.position()))
        .collect();
    let want = [
        ("بسم", 0..3, 0),
        ("له", 0..3, 1),
        ("رحمن", 0..3, 2),
        ("رحيم", 0..3, 3),
        ("حمد", 4..14, 4),
        ("ريال", 15..18, 5),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(t, s, p)| (String::from(*t), s.clone(), *p))
        .collect();
    assert_eq!(got, want);
}
