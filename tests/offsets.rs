//! Offset maps (CONFORMANCE.md, "Offset maps"): the field reports, and exact maps for each kind of
//! edit.

use std::borrow::Cow;

use arabic_text::{MapSegmentKind, Normalizer, Tokenizer};

/// The original slice a normalized match of `needle` (the first one) maps to.
fn highlight<'a>(n: &Normalizer, text: &'a str, needle: &str) -> &'a str {
    let nwo = n.normalize_with_offsets(text);
    let at = nwo.text().find(needle).expect("needle in normalized text");
    &text[nwo.offsets().to_original(at..at + needle.len())]
}

/// (normalized, original, kind) of every segment.
fn segments(
    n: &Normalizer,
    text: &str,
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>, &'static str)> {
    n.normalize_with_offsets(text)
        .offsets()
        .segments()
        .map(|s| (s.normalized(), s.original(), s.kind().as_str()))
        .collect()
}

#[test]
fn field_diacritics_before_the_match() {
    let text = "كُتَّاَبْ بيوت نبات ثمار";
    let n = Normalizer::search();
    assert_eq!(n.normalize(text), "كتاب بيوت نبات ثمار");
    let start = text.find("نبات").unwrap();
    let nwo = n.normalize_with_offsets(text);
    let at = nwo.text().find("نبات").unwrap();
    assert_eq!(nwo.offsets().to_original(at..at + 8), start..start + 8);
    assert_eq!(highlight(&n, text, "بيوت"), "بيوت");
    assert_eq!(highlight(&n, text, "ثمار"), "ثمار");
    assert_eq!(highlight(&n, text, "كتاب"), "كُتَّاَبْ");
}

#[test]
fn field_salawat_in_the_middle() {
    let text = "قال النبي ﷺ إن الدين يسر";
    let n = Normalizer::search();
    let nwo = n.normalize_with_offsets(text);
    assert_eq!(nwo.text(), "قال النبي صلي الله عليه وسلم ان الدين يسر");
    assert_eq!(highlight(&n, text, "الدين"), "الدين");
    assert_eq!(highlight(&n, text, "يسر"), "يسر");
    assert_eq!(highlight(&n, text, "ان"), "إن");
    // Any part of the expansion is the whole ﷺ.
    assert_eq!(highlight(&n, text, "عليه"), "ﷺ");
    assert_eq!(highlight(&n, text, "صلي الله عليه وسلم"), "ﷺ");
    assert_eq!(highlight(&n, text, "وسلم ان"), "ﷺ إن");
    let start = text.find("الدين").unwrap();
    let at = nwo.text().find("الدين").unwrap();
    assert_eq!(nwo.offsets().to_original(at..at + 10), start..start + 10);
    assert_eq!(nwo.offsets().to_normalized(start..start + 10), at..at + 10);
}

#[test]
fn field_rlm_and_tatweel_before_the_match() {
    let n = Normalizer::search();
    let text = "بيوت \u{200F}ـــنبات";
    assert_eq!(n.normalize(text), "بيوت نبات");
    assert_eq!(highlight(&n, text, "نبات"), "نبات");
    let text = "\u{200F}ـنبات";
    assert_eq!(highlight(&n, text, "نبات"), "نبات");
    let text = "ثمار\u{200F} نبات\u{200E}";
    assert_eq!(highlight(&n, text, "نبات"), "نبات\u{200E}"); // a deleted mark belongs to the letter before
    assert_eq!(highlight(&n, text, "ثمار"), "ثمار\u{200F}");
}

#[test]
fn unchanged_text_borrows_and_has_an_empty_map() {
    let text = "بوتين يشدد على الحل";
    let nwo = Normalizer::clean().normalize_with_offsets(text);
    assert!(std::ptr::eq(nwo.text(), text));
    assert!(nwo.offsets().is_empty());
    assert_eq!(nwo.offsets().to_original(3..9), 3..9);
    assert_eq!(nwo.offsets().to_original(3..900), 3..text.len());
}

#[test]
fn same_length_folds_keep_an_empty_map() {
    let nwo = Normalizer::search().normalize_with_offsets("إلى مدرسة");
    assert_eq!(nwo.text(), "الي مدرسه");
    assert!(nwo.offsets().is_empty());
}

#[test]
fn deleted_marks_join_their_letter() {
    let n = Normalizer::search();
    assert_eq!(
        segments(&n, "كَتَبَ"),
        [
            (0..2, 0..4, "aligned"),
            (2..4, 4..8, "aligned"),
            (4..6, 8..12, "aligned")
        ]
    );
    let nwo = n.normalize_with_offsets("كَتَبَ");
    assert_eq!(nwo.offsets().to_original(0..2), 0..4);
    assert_eq!(nwo.offsets().to_original(2..4), 4..8);
    assert_eq!(nwo.offsets().to_normalized(2..4), 2..2); // the fatha alone
    assert_eq!(nwo.offsets().to_normalized(0..6), 0..4);
}

#[test]
fn deleted_spaces_belong_to_no_character() {
    let n = Normalizer::search();
    assert_eq!(
        segments(&n, "  نعم  "),
        [
            (0..0, 0..2, "aligned"),
            (0..6, 2..8, "aligned"),
            (6..6, 8..10, "aligned")
        ]
    );
    let nwo = n.normalize_with_offsets("  نعم  ");
    assert_eq!(nwo.offsets().to_original(0..6), 2..8);
    assert_eq!(nwo.offsets().to_original(0..0), 2..2);
    assert_eq!(nwo.offsets().to_normalized(0..2), 0..0);
    assert_eq!(nwo.offsets().to_normalized(8..10), 6..6);
    // A word that ends its line or the text highlights tightly, as inside a line.
    assert_eq!(highlight(&n, "ثمار نبات   ", "نبات"), "نبات");
    assert_eq!(highlight(&n, "نبات   \nثمار", "نبات"), "نبات");
    assert_eq!(highlight(&n, "نبات   ثمار", "نبات"), "نبات");
    assert_eq!(highlight(&n, "نبات \u{200F}\nثمار", "نبات"), "نبات");
    // A deleted control right after a letter still belongs to it.
    assert_eq!(highlight(&n, "نبات\u{200F} \nثمار", "نبات"), "نبات\u{200F}");
    let last = Tokenizer::new()
        .tokenize_normalized(&n, "نبات ثمار  ")
        .last()
        .unwrap();
    assert_eq!(last.span(), 9..17);
}

#[test]
fn replacements_map_as_a_whole() {
    let n = Normalizer::search();
    // ٢٠ → 20: each digit 2 bytes → 1 byte.
    assert_eq!(
        segments(&n, "٢٠"),
        [(0..1, 0..2, "replaced"), (1..2, 2..4, "replaced")]
    );
    // NFC composition ا + U+0654 → أ, then أ → ا: one segment for both.
    let n = Normalizer::new().unicode_form(arabic_text::Form::Nfc);
    assert_eq!(
        segments(&n, "سا\u{0654}ل"),
        [
            (0..2, 0..2, "aligned"),
            (2..4, 2..6, "replaced"),
            (4..6, 6..8, "aligned")
        ]
    );
    // ﷺ, 3 bytes → 33.
    let n = Normalizer::new().presentation_forms(true);
    assert_eq!(segments(&n, "ﷺ"), [(0..33, 0..3, "replaced")]);
    let map = n.normalize_with_offsets("ﷺ").offsets().clone();
    assert_eq!(map.to_original(7..15), 0..3);
    assert_eq!(map.to_normalized(0..3), 0..33);
}

#[test]
fn collapsed_spaces_keep_the_first() {
    let n = Normalizer::search();
    let nwo = n.normalize_with_offsets("أ  \u{00A0}ب");
    assert_eq!(nwo.text(), "ا ب");
    assert_eq!(
        nwo.offsets()
            .segments()
            .map(|s| (s.normalized(), s.original(), s.kind()))
            .collect::<Vec<_>>(),
        [
            (0..3, 0..3, MapSegmentKind::Aligned),
            (3..3, 3..6, MapSegmentKind::Aligned), // the other spaces
            (3..5, 6..8, MapSegmentKind::Aligned)
        ]
    );
}

#[test]
fn guillemets_go_through_the_traced_pipeline() {
    let n = Normalizer::new()
        .quotes(arabic_text::Quotes::Guillemets)
        .strip_tatweel(true);
    let text = "قال ”كلـام“ نعم";
    let nwo = n.normalize_with_offsets(text);
    assert_eq!(nwo.text(), "قال «كلام» نعم");
    assert_eq!(highlight(&n, text, "نعم"), "نعم");
    assert_eq!(highlight(&n, text, "«"), "”");
    assert_eq!(highlight(&n, text, "كلام"), "كلـام");
}

#[test]
fn queries_never_panic() {
    let nwo = Normalizer::search().normalize_with_offsets("ﷺ كَتَبَ");
    let (n, o) = (nwo.text().len(), 20);
    for a in 0..n + 3 {
        for b in 0..n + 3 {
            let r = nwo.offsets().to_original(a..b);
            assert!(r.start <= r.end && r.end <= o - 3 + 3);
        }
    }
    #[allow(clippy::reversed_empty_ranges)]
    let r = nwo.offsets().to_original(10..2);
    assert!(r.is_empty());
    assert_eq!(
        nwo.offsets().to_normalized(usize::MAX - 1..usize::MAX),
        n..n
    );
}

#[test]
fn tokenize_normalized_maps_spans_and_borrows() {
    let text = "قال\u{200B}النبي ﷺ: «العِلْمُ نُورٌ» ٢٠٢٠";
    let n = Normalizer::search();
    let tokens: Vec<_> = Tokenizer::new().tokenize_normalized(&n, text).collect();
    let got: Vec<(&str, &str, &str)> = tokens
        .iter()
        .map(|t| (t.normalized(), t.original(), t.kind().as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("قال", "قال", "word:arabic"),
            ("النبي", "النبي", "word:arabic"),
            ("صلي", "ﷺ", "word:arabic"),
            ("الله", "ﷺ", "word:arabic"),
            ("عليه", "ﷺ", "word:arabic"),
            ("وسلم", "ﷺ", "word:arabic"),
            (":", ":", "punct:colon"),
            ("\"", "«", "quote:open"),
            ("العلم", "العِلْمُ", "word:arabic"),
            ("نور", "نُورٌ", "word:arabic"),
            ("\"", "»", "quote:close"),
            ("2020", "٢٠٢٠", "number"),
        ]
    );
    for t in &tokens {
        assert_eq!(&text[t.span()], t.original());
    }
    // Unchanged tokens borrow the original text.
    let qal = tokens[0].clone().into_normalized();
    assert!(matches!(qal, Cow::Borrowed(s) if std::ptr::eq(s, &text[..6])));
}

#[test]
fn long_maps_search_across_checkpoints() {
    // About 1,400 segments: queries cross many 64-segment checkpoints.
    let verse = "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ ﷺ \u{200F}٢٠\n";
    let text = verse.repeat(60);
    for n in [
        Normalizer::search(),
        Normalizer::clean(),
        Normalizer::lucene(),
    ] {
        arabic_text::invariants::check_offsets(&n, &text);
    }
    let nwo = Normalizer::search().normalize_with_offsets(&text);
    assert!(
        nwo.offsets().segment_count() > 1000,
        "{}",
        nwo.offsets().segment_count()
    );
    let line = Normalizer::search().normalize(verse).len();
    // The last word of the last line maps back exactly.
    let at = nwo.text().len() - line + nwo.text()[nwo.text().len() - line..].find("20").unwrap();
    assert_eq!(&text[nwo.offsets().to_original(at..at + 2)], "٢٠");
}

#[test]
fn unicode_form_units_stay_small() {
    // A composed hamza or reordered marks once merged every following word
    // up to the next stable starter (NBSP and presentation forms are not)
    // into one replaced segment.
    let n = Normalizer::search();
    let text = "قال\u{a0}ا\u{654}ﻛﺒﺮ\u{a0}ﻣﻦ\u{a0}ﻛﻞ\u{a0}ﺷﻲﺀ";
    assert_eq!(n.normalize(text), "قال اكبر من كل شيء");
    assert_eq!(highlight(&n, text, "من"), "ﻣﻦ");
    assert_eq!(highlight(&n, text, "شيء"), "ﺷﻲﺀ");
    assert_eq!(highlight(&n, text, "اكبر"), "ا\u{654}ﻛﺒﺮ");
    let nfkc = Normalizer::new().unicode_form(arabic_text::Form::Nfkc);
    let text = "ب\u{651}\u{64e}\u{a0}ﻛﺘﺎﺏ\u{a0}ﻛﺘﺎﺏ";
    let spans: Vec<_> = Tokenizer::new()
        .tokenize_normalized(&nfkc, text)
        .map(|t| t.original())
        .collect();
    assert_eq!(spans, ["ب\u{651}\u{64e}", "ﻛﺘﺎﺏ", "ﻛﺘﺎﺏ"]);
    assert_eq!(highlight(&n, "ب\u{651}\u{64e}①②③", "123"), "①②③");
}

/// Each word token of `text` normalized by `n`, with the original slice it
/// maps to.
fn word_sources<'a>(n: &Normalizer, text: &'a str) -> Vec<(String, &'a str)> {
    Tokenizer::new()
        .tokenize_normalized(n, text)
        .map(|t| (t.normalized().to_owned(), t.original()))
        .collect()
}

#[test]
fn expansions_at_the_end_of_a_traced_region_stay_alone() {
    // An expansion whose first character is as long as its source (㍻ →
    // 平成, w + U+0344 → ẅ + U+0301) at the end of a region once extended
    // the linear stretch before it, and the whole stretch became one
    // replaced segment (found by the second hostile-input review).
    let n = Normalizer::search();
    assert_eq!(
        word_sources(&n, "\u{0628}\u{064E} \u{064A} \u{337B}"),
        [
            ("ب".to_owned(), "\u{0628}\u{064E}"),
            ("ي".to_owned(), "\u{064A}"),
            ("平成".to_owned(), "\u{337B}")
        ]
    );
    let sources: Vec<&str> = word_sources(&n, "\u{0640}a b c w\u{0344}")
        .into_iter()
        .map(|(_, o)| o)
        .collect();
    assert_eq!(sources, ["a", "b", "c", "w\u{0344}"]); // the leading tatweel belongs to nothing
    let text = "كتاب ـو ي ㍻";
    assert_eq!(highlight(&n, text, "ي"), "ي");
}

#[test]
fn marks_on_a_space_do_not_take_the_space() {
    let n = Normalizer::new()
        .unicode_form(arabic_text::Form::Nfkc)
        .superscript_alef(arabic_text::SuperscriptAlef::ToAlef);
    let text = "\u{00A0}\u{06E3}\u{0670}";
    assert_eq!(n.normalize(text), " \u{0627}\u{06E3}");
    assert_eq!(word_sources(&n, text)[0].1, "\u{06E3}\u{0670}");
}

#[test]
fn a_copied_stretch_after_a_merge_is_not_merged() {
    // After a quote made ASCII (the fast path hands the word over), ﺀ +
    // fatha + the alef of ٵ (ا + U+0674 under NFKC) make آ; the U+0674
    // and everything after it are copied. Only the copy's first character (from
    // ٵ) belongs with آ: the space and 👍 once joined its replaced segment
    // (offset-map locality, property p15).
    let n = Normalizer::new()
        .unicode_form(arabic_text::Form::Nfkc)
        .quran_orthography(true)
        .quotes(arabic_text::Quotes::Ascii);
    let text = "“ﺀ\u{064E}ٵا 👍";
    assert_eq!(n.normalize(text), "\"آٴا 👍");
    assert_eq!(
        word_sources(&n, text),
        [
            ("\"".to_owned(), "“"),
            ("آٴا".to_owned(), "ﺀ\u{064E}ٵا"),
            ("👍".to_owned(), "👍")
        ]
    );
}
