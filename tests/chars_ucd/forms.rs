//! The Arabic presentation forms and the spacing-mark forms (against NFKC).

use std::fmt::Write as _;

use arabic_text::chars;
use unicode_normalization::UnicodeNormalization;

use super::{all_chars, check_equiv, in_ranges, PRESENTATION_FORMS};

#[test]
fn presentation_form_blocks() {
    check_equiv(
        "is_presentation_form ⇔ U+FB50–U+FDFF or U+FE70–U+FEFE",
        all_chars(),
        chars::is_presentation_form,
        |c| in_ranges(c, PRESENTATION_FORMS),
    );
}

#[test]
fn spacing_mark_forms_are_nfkc_without_the_space() {
    // The forms whose NFKC starts with U+0020 are exactly the table, and the
    // table gives NFKC minus that space (design.md §4.1).
    let mut report = String::new();
    for c in all_chars().filter(|&c| in_ranges(c, PRESENTATION_FORMS)) {
        let nfkc: String = core::iter::once(c).nfkc().collect();
        let want = nfkc.strip_prefix(' ').filter(|rest| !rest.is_empty());
        let got = chars::spacing_mark_form(c);
        if got != want {
            let _ = writeln!(
                report,
                "  U+{:04X}: library {got:?}, NFKC minus space {want:?}",
                c as u32
            );
        }
    }
    for c in all_chars().filter(|&c| !in_ranges(c, PRESENTATION_FORMS)) {
        if chars::spacing_mark_form(c).is_some() {
            let _ = writeln!(
                report,
                "  U+{:04X}: outside the presentation forms",
                c as u32
            );
        }
    }
    assert!(
        report.is_empty(),
        "spacing_mark_form disagrees with NFKC:\n{report}"
    );
    for cp in [
        0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
    ] {
        let c = char::from_u32(cp).unwrap();
        assert!(
            chars::spacing_mark_form(c).is_some(),
            "U+{cp:04X} must be in the table"
        );
    }
    for cp in [0xFE71, 0xFE73, 0xFE77, 0xFE79, 0xFE7B, 0xFE7D, 0xFE7F] {
        let c = char::from_u32(cp).unwrap();
        assert!(
            chars::spacing_mark_form(c).is_none(),
            "U+{cp:04X} must follow NFKC"
        );
    }
}
