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
