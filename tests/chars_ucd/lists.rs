//! The named lists: invisible controls, Arabic punctuation, the quote table.

use arabic_text::{chars, QuoteStyle};
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};

use super::{all_chars, assert_none, check_equiv, gc, in_group, in_ranges, range};

#[test]
fn invisible_controls_are_cf() {
    const LIST: &[(u32, u32)] = &[
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0x061C, 0x061C),
        (0xFEFF, 0xFEFF),
        (0x00AD, 0x00AD),
        (0x180E, 0x180E),
    ];
    let not_cf: Vec<u32> = LIST
        .iter()
        .flat_map(|&(lo, hi)| range(lo, hi))
        .filter(|&c| gc(c) != GeneralCategory::Format)
        .map(|c| c as u32)
        .collect();
    assert_none(
        "invisible-control list holds code points that are not Cf",
        &not_cf,
    );
    check_equiv(
        "is_invisible_control ⇔ the design.md §3 list",
        all_chars(),
        chars::is_invisible_control,
        |c| in_ranges(c, LIST),
    );
}

#[test]
fn arabic_punctuation_is_p() {
    let named = [
        '\u{060C}', '\u{061B}', '\u{061F}', '\u{06D4}', '\u{066A}', '\u{066B}', '\u{066C}',
        '\u{066D}', '\u{060D}', '\u{061D}', '\u{061E}', '\u{0609}', '\u{060A}',
    ];
    let bad: Vec<u32> = named
        .iter()
        .filter(|&&c| !in_group(c, GeneralCategoryGroup::Punctuation))
        .map(|&c| c as u32)
        .collect();
    assert_none("named Arabic punctuation that is not P*", &bad);
    for c in named {
        assert!(
            chars::is_punctuation(c),
            "is_punctuation(U+{:04X})",
            c as u32
        );
        assert!(
            chars::punct_kind(c).is_some(),
            "punct_kind(U+{:04X})",
            c as u32
        );
    }
    assert_eq!(
        gc('\u{FD3E}'),
        GeneralCategory::ClosePunctuation,
        "U+FD3E ORNATE LEFT PARENTHESIS"
    );
    assert_eq!(
        gc('\u{FD3F}'),
        GeneralCategory::OpenPunctuation,
        "U+FD3F ORNATE RIGHT PARENTHESIS"
    );
}

/// The quote table of design.md §3.
pub(super) fn expected_quote_style(c: char) -> Option<QuoteStyle> {
    Some(match c {
        '\u{0022}' => QuoteStyle::AsciiDouble,
        '\u{0027}' => QuoteStyle::AsciiSingle,
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => QuoteStyle::CurlyDouble,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => QuoteStyle::CurlySingle,
        '\u{00AB}' | '\u{00BB}' => QuoteStyle::GuillemetDouble,
        '\u{2039}' | '\u{203A}' => QuoteStyle::GuillemetSingle,
        '\u{FF02}' => QuoteStyle::FullwidthDouble,
        _ => return None,
    })
}

#[test]
fn quote_table() {
    let bad: Vec<u32> = all_chars()
        .filter(|&c| chars::quote_style(c) != expected_quote_style(c))
        .map(|c| c as u32)
        .collect();
    assert_none("quote_style differs from the design.md §3 list", &bad);
    let not_p: Vec<u32> = all_chars()
        .filter(|&c| expected_quote_style(c).is_some())
        .filter(|&c| !in_group(c, GeneralCategoryGroup::Punctuation))
        .map(|c| c as u32)
        .collect();
    assert_none("quote-table characters that are not P*", &not_p);
    assert_eq!(
        gc('\u{201E}'),
        GeneralCategory::OpenPunctuation,
        "U+201E „ must be Ps"
    );
    assert_eq!(
        gc('\u{201A}'),
        GeneralCategory::OpenPunctuation,
        "U+201A ‚ must be Ps"
    );
    // Style names and families.
    for (c, name, double) in [
        ('"', "ascii-double", true),
        ('\'', "ascii-single", false),
        ('“', "curly-double", true),
        ('‘', "curly-single", false),
        ('«', "guillemet-double", true),
        ('‹', "guillemet-single", false),
        ('＂', "fullwidth-double", true),
    ] {
        let s = chars::quote_style(c).unwrap();
        assert_eq!(
            (s.as_str(), s.is_double()),
            (name, double),
            "U+{:04X}",
            c as u32
        );
    }
    // Glyph roles (design.md §5).
    let opens = |c: char| matches!(c, '“' | '„' | '‟' | '«' | '‹' | '‘' | '‚' | '‛');
    let closes = |c: char| matches!(c, '”' | '»' | '›' | '’');
    let bad: Vec<u32> = all_chars()
        .filter(|&c| {
            let want = if opens(c) {
                Some(true)
            } else if closes(c) {
                Some(false)
            } else {
                None
            };
            chars::quote_glyph_opens(c) != want
        })
        .map(|c| c as u32)
        .collect();
    assert_none("quote_glyph_opens differs from design.md §5", &bad);
    check_equiv(
        "is_apostrophe ⇔ U+0027 or U+2019",
        all_chars(),
        chars::is_apostrophe,
        |c| matches!(c, '\'' | '\u{2019}'),
    );
}
