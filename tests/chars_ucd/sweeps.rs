//! Whole-Unicode sweeps: each general-category or property predicate against
//! the UCD, for every scalar value.

use arabic_text::chars;
use icu_properties::props::{
    DefaultIgnorableCodePoint, ExtendedPictographic, GeneralCategory, GeneralCategoryGroup,
    PrependedConcatenationMark, RegionalIndicator, Script as UScript, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};

use super::lists::expected_quote_style;
use super::{all_chars, assert_none, check_equiv, gc, in_group};

#[test]
fn is_digit_is_nd() {
    check_equiv("is_digit ⇔ gc Nd", all_chars(), chars::is_digit, |c| {
        gc(c) == GeneralCategory::DecimalNumber
    });
}

#[test]
fn digit_value_follows_nd_runs() {
    let mut bad = Vec::new();
    let mut runs = 0;
    let mut run_start: Option<u32> = None;
    for c in all_chars() {
        let cp = c as u32;
        let nd = gc(c) == GeneralCategory::DecimalNumber;
        if nd {
            let start = *run_start.get_or_insert(cp);
            if start == cp {
                runs += 1;
            }
            if chars::digit_value(c) != Some((cp - start) % 10) {
                bad.push(cp);
            }
        } else {
            if let Some(start) = run_start.take() {
                // Unicode encodes Nd digits in complete sets of ten, 0 to 9.
                if !(cp - start).is_multiple_of(10) {
                    bad.push(start);
                }
            }
            if chars::digit_value(c).is_some() {
                bad.push(cp);
            }
        }
    }
    assert_none(
        "digit_value is not Some(position in its Nd run mod 10) exactly on Nd",
        &bad,
    );
    assert!(runs > 50, "too few Nd runs ({runs}): is the data loaded?");

    // Independent anchors: ASCII via char::to_digit, and the zero of known sets.
    for c in '0'..='9' {
        assert_eq!(chars::digit_value(c), c.to_digit(10), "U+{:04X}", c as u32);
    }
    let zeros: &[(u32, &str)] = &[
        (0x0660, "ARABIC-INDIC"),
        (0x06F0, "EXTENDED ARABIC-INDIC"),
        (0x07C0, "NKO"),
        (0x0966, "DEVANAGARI"),
        (0x09E6, "BENGALI"),
        (0x0E50, "THAI"),
        (0xFF10, "FULLWIDTH"),
        (0x104A0, "OSMANYA"),
        (0x1D7CE, "MATHEMATICAL BOLD"),
        (0x1D7D8, "MATHEMATICAL DOUBLE-STRUCK"),
        (0x1D7E2, "MATHEMATICAL SANS-SERIF"),
        (0x1D7EC, "MATHEMATICAL SANS-SERIF BOLD"),
        (0x1D7F6, "MATHEMATICAL MONOSPACE"),
        (0x1FBF0, "SEGMENTED"),
    ];
    for &(zero, name) in zeros {
        for v in 0..10 {
            let c = char::from_u32(zero + v).unwrap();
            assert_eq!(
                chars::digit_value(c),
                Some(v),
                "{name} DIGIT at U+{:04X}",
                zero + v
            );
        }
    }
}

#[test]
fn is_white_space_is_the_property() {
    let ws = CodePointSetData::new::<WhiteSpace>();
    check_equiv(
        "is_white_space ⇔ White_Space",
        all_chars(),
        chars::is_white_space,
        |c| ws.contains(c),
    );
}

#[test]
fn is_space_is_zs_or_tab() {
    check_equiv(
        "is_space ⇔ Zs or TAB",
        all_chars(),
        chars::is_space,
        |c| c == '\t' || gc(c) == GeneralCategory::SpaceSeparator,
    );
}

#[test]
fn is_line_break_is_white_space_minus_spaces() {
    // White_Space = Zs + TAB + LF VT FF CR NEL LS PS (PropList.txt).
    let ws = CodePointSetData::new::<WhiteSpace>();
    check_equiv(
        "is_line_break ⇔ White_Space and not (Zs or TAB)",
        all_chars(),
        chars::is_line_break,
        |c| ws.contains(c) && !(c == '\t' || gc(c) == GeneralCategory::SpaceSeparator),
    );
}

#[test]
fn is_letter_is_l_minus_attaching_letters() {
    check_equiv(
        "is_letter ⇔ gc L* minus U+0640 U+06E5 U+06E6 U+08C9",
        all_chars(),
        chars::is_letter,
        |c| {
            in_group(c, GeneralCategoryGroup::Letter)
                && !matches!(c as u32, 0x0640 | 0x06E5 | 0x06E6 | 0x08C9)
        },
    );
}

#[test]
fn script_group_matches_script_property() {
    let script = CodePointMapData::<UScript>::new();
    let mut bad = Vec::new();
    for c in all_chars() {
        let want = if chars::is_arabic_letter(c) {
            Some(arabic_text::Script::Arabic)
        } else if !chars::is_letter(c) {
            None
        } else if script.get(c) == UScript::Latin {
            Some(arabic_text::Script::Latin)
        } else {
            Some(arabic_text::Script::Other)
        };
        if chars::script_group(c) != want {
            bad.push(c as u32);
        }
    }
    assert_none(
        "script_group differs from is_arabic_letter / Script=Latin",
        &bad,
    );
}

#[test]
fn is_punctuation_is_p() {
    check_equiv(
        "is_punctuation ⇔ gc P*",
        all_chars(),
        chars::is_punctuation,
        |c| in_group(c, GeneralCategoryGroup::Punctuation),
    );
}

#[test]
fn is_symbol_is_s() {
    check_equiv("is_symbol ⇔ gc S*", all_chars(), chars::is_symbol, |c| {
        in_group(c, GeneralCategoryGroup::Symbol)
    });
}

#[test]
fn is_mn_me_is_mn_or_me() {
    check_equiv(
        "is_mn_me ⇔ gc Mn or Me",
        all_chars(),
        chars::is_mn_me,
        |c| {
            matches!(
                gc(c),
                GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
            )
        },
    );
}

#[test]
fn is_format_is_cf() {
    check_equiv("is_format ⇔ gc Cf", all_chars(), chars::is_format, |c| {
        gc(c) == GeneralCategory::Format
    });
}

#[test]
fn is_attaching_is_marks_cf_and_attaching_letters() {
    check_equiv(
        "is_attaching ⇔ Mn|Me|Mc|Cf or U+0640 U+06E5 U+06E6 U+08C9",
        all_chars(),
        chars::is_attaching,
        |c| {
            matches!(
                gc(c),
                GeneralCategory::NonspacingMark
                    | GeneralCategory::EnclosingMark
                    | GeneralCategory::SpacingMark
                    | GeneralCategory::Format
            ) || matches!(c as u32, 0x0640 | 0x06E5 | 0x06E6 | 0x08C9)
        },
    );
    check_equiv(
        "is_attaching_letter ⇔ U+0640 U+06E5 U+06E6 U+08C9",
        all_chars(),
        chars::is_attaching_letter,
        |c| matches!(c as u32, 0x0640 | 0x06E5 | 0x06E6 | 0x08C9),
    );
}

#[test]
fn punct_kind_is_p_minus_quotes() {
    check_equiv(
        "punct_kind(c).is_some() ⇔ gc P* and not in the quote table",
        all_chars(),
        |c| chars::punct_kind(c).is_some(),
        |c| in_group(c, GeneralCategoryGroup::Punctuation) && expected_quote_style(c).is_none(),
    );
    // The unnamed kinds follow the general category (design.md §5).
    use arabic_text::Punct;
    let named = |c: char| {
        matches!(
            c,
            ',' | '\u{060C}'
                | '\u{066C}'
                | ';'
                | '\u{061B}'
                | ':'
                | '.'
                | '\u{06D4}'
                | '?'
                | '\u{061F}'
                | '!'
                | '\u{2026}'
                | '\u{061E}'
        )
    };
    let mut bad = Vec::new();
    for c in all_chars() {
        let Some(kind) = chars::punct_kind(c) else {
            continue;
        };
        let want = if named(c) {
            kind
        } else {
            match gc(c) {
                GeneralCategory::DashPunctuation => Punct::Dash,
                GeneralCategory::OpenPunctuation => Punct::OpenBracket,
                GeneralCategory::ClosePunctuation => Punct::CloseBracket,
                _ => Punct::Other,
            }
        };
        if kind != want {
            bad.push(c as u32);
        }
    }
    assert_none(
        "punct_kind: unnamed kind differs from gc (Pd/Ps/Pe/other P*)",
        &bad,
    );
    // The named kinds.
    let names: &[(char, Punct)] = &[
        (',', Punct::Comma),
        ('\u{060C}', Punct::Comma),
        ('\u{066C}', Punct::Comma),
        (';', Punct::Semicolon),
        ('\u{061B}', Punct::Semicolon),
        (':', Punct::Colon),
        ('.', Punct::FullStop),
        ('\u{06D4}', Punct::FullStop),
        ('?', Punct::Question),
        ('\u{061F}', Punct::Question),
        ('!', Punct::Exclamation),
        ('\u{2026}', Punct::Ellipsis),
        ('\u{061E}', Punct::Ellipsis),
        ('\u{FD3E}', Punct::CloseBracket),
        ('\u{FD3F}', Punct::OpenBracket),
    ];
    for &(c, want) in names {
        assert_eq!(
            chars::punct_kind(c),
            Some(want),
            "punct_kind(U+{:04X})",
            c as u32
        );
    }
    check_equiv(
        "is_open_bracket ⇔ gc Ps and not in the quote table",
        all_chars(),
        chars::is_open_bracket,
        |c| gc(c) == GeneralCategory::OpenPunctuation && expected_quote_style(c).is_none(),
    );
}

#[test]
fn emoji_properties() {
    let ep = CodePointSetData::new::<ExtendedPictographic>();
    check_equiv(
        "is_extended_pictographic ⇔ Extended_Pictographic",
        all_chars(),
        chars::is_extended_pictographic,
        |c| ep.contains(c),
    );
    let ri = CodePointSetData::new::<RegionalIndicator>();
    check_equiv(
        "is_regional_indicator ⇔ Regional_Indicator",
        all_chars(),
        chars::is_regional_indicator,
        |c| ri.contains(c),
    );
}

#[test]
fn invisible_is_default_ignorable_code_point() {
    let set = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    check_equiv("is_invisible", all_chars(), chars::is_invisible, |c| {
        set.contains(c)
    });
}

#[test]
fn prepended_concatenation_marks_match_the_ucd() {
    let set = CodePointSetData::new::<PrependedConcatenationMark>();
    check_equiv(
        "is_prepended_concatenation_mark",
        all_chars(),
        chars::is_prepended_concatenation_mark,
        |c| set.contains(c),
    );
}
