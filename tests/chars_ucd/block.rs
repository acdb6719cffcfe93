//! The Arabic-block table behind the fast paths, against the general
//! predicates (`FOLD`, derived from the same lists, is checked by the unit
//! test in `src/chars/block.rs`).

/// The Arabic block table behind the fast paths agrees with the general
/// predicates for every code point U+0600–U+06FF.
#[test]
fn arabic_block_table_agrees_with_predicates() {
    use arabic_text::chars::{
        is_arabic_letter, is_attaching_letter, is_digit, is_format, is_mn_me, is_punctuation,
        is_symbol,
    };
    let mut bad = Vec::new();
    for cp in 0x0600u32..=0x06FF {
        let c = char::from_u32(cp).unwrap();
        let want = if is_arabic_letter(c) {
            "letter"
        } else if is_mn_me(c) {
            "mark"
        } else if is_attaching_letter(c) {
            "attach-letter"
        } else if is_format(c) {
            "format"
        } else if is_digit(c) {
            "digit"
        } else if is_punctuation(c) {
            "punct"
        } else if is_symbol(c) {
            "symbol"
        } else {
            "other"
        };
        let got = arabic_text::invariants::arabic_block_class_name(c);
        if got != want {
            bad.push(format!("U+{cp:04X}: table {got}, predicates {want}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
