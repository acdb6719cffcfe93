//! The `serde` feature: tokens, kinds, terms and offset-map segments as JSON.
#![cfg(feature = "serde")]

use arabic_text::{tokenize, ArabicAnalyzer, Normalizer};

#[test]
fn tokens_terms_and_segments_serialize_with_stable_names() {
    let t = tokenize("قال #وسم").nth(1).unwrap();
    assert_eq!(
        serde_json::to_string(&t).unwrap(),
        r##"{"text":"#وسم","start":7,"end":14,"kind":"hashtag"}"##
    );
    let term = ArabicAnalyzer::search().analyze("والكتاب").next().unwrap();
    assert_eq!(
        serde_json::to_string(&term).unwrap(),
        r#"{"text":"كتاب","start":0,"end":14,"position":0,"type":"<ALPHANUM>"}"#
    );
    let n = Normalizer::search().normalize_with_offsets("ﷺ");
    let segments: Vec<_> = n.offsets().segments().collect();
    assert_eq!(
        serde_json::to_string(&segments).unwrap(),
        r#"[{"normalized":[0,33],"original":[0,3],"kind":"replaced"}]"#
    );
}

#[test]
fn normalizer_configuration_round_trips() {
    use arabic_text::{Diacritics, Digits};
    for n in [
        Normalizer::search(),
        Normalizer::clean(),
        Normalizer::lucene(),
        Normalizer::new(),
    ] {
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(
            serde_json::from_str::<Normalizer>(&json).unwrap(),
            n,
            "{json}"
        );
    }
    // Missing fields are those of Normalizer::new(); names are snake_case.
    let n: Normalizer =
        serde_json::from_str(r#"{"digits": "ascii", "diacritics": ["harakat", "SHADDA"]}"#)
            .unwrap();
    let json = serde_json::to_string(&Normalizer::new().strip_diacritics(Diacritics::TANWEEN));
    assert!(json.unwrap().contains(r#""diacritics":["tanween"]"#));
    assert_eq!(
        n,
        Normalizer::new()
            .digits(Digits::Ascii)
            .strip_diacritics(Diacritics::HARAKAT.union(Diacritics::SHADDA))
    );
    let err = serde_json::from_str::<Normalizer>(r#"{"diacritics": ["VOWELS"]}"#).unwrap_err();
    assert!(err.to_string().contains("unknown diacritic class"), "{err}");
    assert!(serde_json::from_str::<Normalizer>(r#"{"typo": true}"#).is_err());
}
