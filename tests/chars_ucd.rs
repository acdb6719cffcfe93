//! Checks every hand-written table of `src/chars.rs` against the Unicode
//! Character Database, as compiled into `icu_properties` (and, for the
//! spacing-mark forms, against NFKC from `unicode-normalization`).
//!
//! Most tests sweep every `char` (U+0000–U+10FFFF minus surrogates) and list
//! each disagreement as `U+XXXX` (runs as `U+XXXX..U+YYYY`), never as a raw
//! glyph. CONFORMANCE.md names the Unicode versions; `unicode_versions` prints
//! them.

use std::fmt::Write as _;

use arabic_text::chars;
use arabic_text::{Diacritics, QuoteStyle};
use icu_properties::props::{
    DefaultIgnorableCodePoint, ExtendedPictographic, GeneralCategory, GeneralCategoryGroup,
    PrependedConcatenationMark, RegionalIndicator, Script as UScript, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};
use unicode_normalization::UnicodeNormalization;

fn gc(c: char) -> GeneralCategory {
    CodePointMapData::<GeneralCategory>::new().get(c)
}

fn in_group(c: char, group: GeneralCategoryGroup) -> bool {
    group.contains(gc(c))
}

/// Every scalar value, U+0000 to U+10FFFF.
fn all_chars() -> impl Iterator<Item = char> {
    '\0'..=char::MAX
}

/// Chars of the inclusive code point range `lo..=hi` (no surrogates).
fn range(lo: u32, hi: u32) -> impl Iterator<Item = char> {
    (lo..=hi).filter_map(char::from_u32)
}

/// Formats a sorted list of code points, merging consecutive ones into runs.
fn fmt_cps(cps: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    let mut shown = 0;
    while i < cps.len() {
        let mut j = i;
        while j + 1 < cps.len() && cps[j + 1] == cps[j] + 1 {
            j += 1;
        }
        if shown == 40 {
            let _ = write!(out, " … ({} code points in all)", cps.len());
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if i == j {
            let _ = write!(out, "U+{:04X}", cps[i]);
        } else {
            let _ = write!(out, "U+{:04X}..U+{:04X}", cps[i], cps[j]);
        }
        shown += 1;
        i = j + 1;
    }
    out
}

/// Sweeps `chars`, comparing the library's answer with the oracle's; panics
/// listing every disagreement, split by direction.
fn check_equiv(
    what: &str,
    chars: impl Iterator<Item = char>,
    lib: impl Fn(char) -> bool,
    oracle: impl Fn(char) -> bool,
) {
    let mut false_pos = Vec::new();
    let mut false_neg = Vec::new();
    for c in chars {
        match (lib(c), oracle(c)) {
            (true, false) => false_pos.push(c as u32),
            (false, true) => false_neg.push(c as u32),
            _ => {}
        }
    }
    assert!(
        false_pos.is_empty() && false_neg.is_empty(),
        "{what}: library disagrees with the UCD.\n  library true, UCD false: {}\n  library false, UCD true: {}",
        fmt_cps(&false_pos),
        fmt_cps(&false_neg),
    );
}

/// Panics listing `bad` when it is not empty.
fn assert_none(what: &str, bad: &[u32]) {
    assert!(bad.is_empty(), "{what}: {}", fmt_cps(bad));
}

// ---------------------------------------------------------------------------
// Versions

#[test]
fn unicode_versions() {
    let (a, b, c) = unicode_normalization::UNICODE_VERSION;
    eprintln!("unicode-normalization UNICODE_VERSION: {a}.{b}.{c}");
    let (a, b, c) = unicode_segmentation::UNICODE_VERSION;
    eprintln!("unicode-segmentation UNICODE_VERSION: {a}.{b}.{c}");
    // icu_properties exposes no version constant at run time; its data crate
    // (icu_properties_data) states the version in its docs. Print the locked
    // versions so the log says which data was used.
    let lock = include_str!("../Cargo.lock");
    for name in ["icu_properties", "icu_properties_data"] {
        let needle = format!("name = \"{name}\"\nversion = \"");
        if let Some(at) = lock.find(&needle) {
            let rest = &lock[at + needle.len()..];
            let version = &rest[..rest.find('"').unwrap_or(0)];
            eprintln!("{name} {version} (from Cargo.lock)");
        }
    }
    eprintln!("icu_properties_data 2.4.0 documents its data as Unicode 18.0.0, CLDR 49.0.0");
    eprintln!("core char::UNICODE_VERSION: {:?}", char::UNICODE_VERSION);
}

// ---------------------------------------------------------------------------
// Arabic letters (design.md §3)

/// The Arabic letter ranges of design.md §3 (doc comment of `is_arabic_letter`),
/// without the presentation forms.
const ARABIC_LETTER_RANGES: &[(u32, u32)] = &[
    (0x0620, 0x063F),
    (0x0641, 0x064A),
    (0x066E, 0x066F),
    (0x0671, 0x06D3),
    (0x06D5, 0x06D5),
    (0x06EE, 0x06EF),
    (0x06FA, 0x06FC),
    (0x06FF, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x0887),
    (0x0889, 0x088E),
    (0x08A0, 0x08C8),
    (0x10EC2, 0x10EC4),
];

const PRESENTATION_FORMS: &[(u32, u32)] = &[(0xFB50, 0xFDFF), (0xFE70, 0xFEFE)];

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let cp = c as u32;
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
}

#[test]
fn arabic_letter_ranges_are_lo() {
    let bad: Vec<u32> = ARABIC_LETTER_RANGES
        .iter()
        .flat_map(|&(lo, hi)| range(lo, hi))
        .filter(|&c| gc(c) != GeneralCategory::OtherLetter)
        .map(|c| c as u32)
        .collect();
    assert_none(
        "design.md §3 Arabic letter ranges hold code points that are not Lo",
        &bad,
    );
}

#[test]
fn is_arabic_letter_matches_ranges_and_lo() {
    let lo = |c: char| gc(c) == GeneralCategory::OtherLetter;
    let oracle =
        |c: char| (in_ranges(c, ARABIC_LETTER_RANGES) || in_ranges(c, PRESENTATION_FORMS)) && lo(c);
    let swept = range(0x0600, 0x08FF)
        .chain(range(0x10EC0, 0x10EFF))
        .chain(range(0xFB50, 0xFDFF))
        .chain(range(0xFE70, 0xFEFF));
    check_equiv(
        "is_arabic_letter ⇔ (design.md §3 range or presentation form) && Lo",
        swept,
        chars::is_arabic_letter,
        oracle,
    );
    // And nowhere else in Unicode.
    let elsewhere: Vec<u32> = all_chars()
        .filter(|&c| chars::is_arabic_letter(c))
        .filter(|&c| !in_ranges(c, ARABIC_LETTER_RANGES) && !in_ranges(c, PRESENTATION_FORMS))
        .map(|c| c as u32)
        .collect();
    assert_none(
        "is_arabic_letter is true outside design.md §3 ranges",
        &elsewhere,
    );
}

#[test]
fn arabic_script_letters_outside_design_ranges() {
    // Informational: Lo code points with Script=Arabic that design.md §3 does not
    // list. They tokenize as `word:other`, not `word:arabic`. Not a failure:
    // docs/design.md fixes the ranges; this prints what a UCD update would add.
    let script = CodePointMapData::<UScript>::new();
    let extra: Vec<u32> = all_chars()
        .filter(|&c| gc(c) == GeneralCategory::OtherLetter && script.get(c) == UScript::Arabic)
        .filter(|&c| !chars::is_arabic_letter(c))
        .map(|c| c as u32)
        .collect();
    eprintln!(
        "Lo + Script=Arabic but not is_arabic_letter: {}",
        if extra.is_empty() {
            "none".to_string()
        } else {
            fmt_cps(&extra)
        }
    );
}

// ---------------------------------------------------------------------------
// Diacritic classes and single code points

/// The diacritic table of design.md §3 (and the doc table of
/// `chars::diacritic_class`).
/// Inclusive code point ranges.
type Ranges = &'static [(u32, u32)];

const DIACRITIC_TABLE: &[(&str, Diacritics, Ranges)] = &[
    ("TANWEEN", Diacritics::TANWEEN, &[(0x064B, 0x064D)]),
    ("HARAKAT", Diacritics::HARAKAT, &[(0x064E, 0x0650)]),
    ("SHADDA", Diacritics::SHADDA, &[(0x0651, 0x0651)]),
    ("SUKUN", Diacritics::SUKUN, &[(0x0652, 0x0652)]),
    (
        "SUPERSCRIPT_ALEF",
        Diacritics::SUPERSCRIPT_ALEF,
        &[(0x0670, 0x0670)],
    ),
    ("HAMZA_MARKS", Diacritics::HAMZA_MARKS, &[(0x0653, 0x0655)]),
    (
        "OTHER_VOWEL_SIGNS",
        Diacritics::OTHER_VOWEL_SIGNS,
        &[(0x0656, 0x065F)],
    ),
    (
        "SMALL_LETTERS",
        Diacritics::SMALL_LETTERS,
        &[(0x06E5, 0x06E6)],
    ),
    (
        "QURANIC",
        Diacritics::QURANIC,
        &[
            (0x0610, 0x061A),
            (0x06D6, 0x06DC),
            (0x06DF, 0x06E4),
            (0x06E7, 0x06E8),
            (0x06EA, 0x06ED),
            (0x0897, 0x089F),
            (0x08CA, 0x08E1),
            (0x08E3, 0x08FF),
            (0x10EFC, 0x10EFF),
        ],
    ),
];

#[test]
fn diacritic_classes_have_the_right_category() {
    let mut report = String::new();
    for &(name, _, ranges) in DIACRITIC_TABLE {
        let want = if name == "SMALL_LETTERS" {
            GeneralCategory::ModifierLetter
        } else {
            GeneralCategory::NonspacingMark
        };
        let bad: Vec<u32> = ranges
            .iter()
            .flat_map(|&(lo, hi)| range(lo, hi))
            .filter(|&c| gc(c) != want)
            .map(|c| c as u32)
            .collect();
        if !bad.is_empty() {
            let _ = writeln!(report, "  {name} (want {want:?}): {}", fmt_cps(&bad));
        }
    }
    assert!(
        report.is_empty(),
        "diacritic classes with wrong general category:\n{report}"
    );
}

#[test]
fn diacritic_class_matches_table() {
    let expected = |c: char| {
        DIACRITIC_TABLE
            .iter()
            .find(|&&(_, _, ranges)| in_ranges(c, ranges))
            .map(|&(_, class, _)| class)
    };
    let bad: Vec<u32> = all_chars()
        .filter(|&c| chars::diacritic_class(c) != expected(c))
        .map(|c| c as u32)
        .collect();
    assert_none("diacritic_class differs from the design.md §3 table", &bad);
    // Every class is in ALL, and ALL is their union.
    let union = DIACRITIC_TABLE
        .iter()
        .fold(Diacritics::NONE, |acc, &(_, d, _)| acc.union(d));
    assert_eq!(
        union,
        Diacritics::ALL,
        "Diacritics::ALL is not the union of the classes"
    );
}

#[test]
fn arabic_marks_without_a_class() {
    // Informational: Mn in the Arabic blocks that no diacritic class covers
    // (strip_diacritics leaves them).
    let arabic = range(0x0600, 0x06FF)
        .chain(range(0x0750, 0x077F))
        .chain(range(0x0870, 0x08FF))
        .chain(range(0x10EC0, 0x10EFF));
    let left: Vec<u32> = arabic
        .filter(|&c| gc(c) == GeneralCategory::NonspacingMark)
        .filter(|&c| chars::diacritic_class(c).is_none())
        .map(|c| c as u32)
        .collect();
    eprintln!(
        "Arabic-block Mn without a diacritic class: {}",
        if left.is_empty() {
            "none".to_string()
        } else {
            fmt_cps(&left)
        }
    );
}

#[test]
fn single_code_points() {
    let cases: &[(char, GeneralCategory, &str)] = &[
        (
            '\u{0640}',
            GeneralCategory::ModifierLetter,
            "U+0640 TATWEEL",
        ),
        (
            '\u{08C9}',
            GeneralCategory::ModifierLetter,
            "U+08C9 SMALL LONG NOON",
        ),
        ('\u{0621}', GeneralCategory::OtherLetter, "U+0621 HAMZA"),
        (
            chars::TATWEEL,
            GeneralCategory::ModifierLetter,
            "chars::TATWEEL",
        ),
        (
            chars::SUPERSCRIPT_ALEF,
            GeneralCategory::NonspacingMark,
            "chars::SUPERSCRIPT_ALEF",
        ),
        (chars::ZWSP, GeneralCategory::Format, "chars::ZWSP"),
        (chars::ZWNJ, GeneralCategory::Format, "chars::ZWNJ"),
        (chars::ZWJ, GeneralCategory::Format, "chars::ZWJ"),
        (
            chars::HIGH_HAMZA,
            GeneralCategory::OtherLetter,
            "chars::HIGH_HAMZA",
        ),
        (
            chars::KEYCAP,
            GeneralCategory::EnclosingMark,
            "chars::KEYCAP",
        ),
    ];
    let mut report = String::new();
    for &(c, want, name) in cases {
        if gc(c) != want {
            let _ = writeln!(
                report,
                "  {name} U+{:04X}: want {want:?}, UCD {:?}",
                c as u32,
                gc(c)
            );
        }
    }
    assert!(report.is_empty(), "wrong general category:\n{report}");
    assert_eq!(chars::TATWEEL as u32, 0x0640);
    assert_eq!(chars::SUPERSCRIPT_ALEF as u32, 0x0670);
    assert_eq!(chars::ZWSP as u32, 0x200B);
    assert_eq!(chars::ZWNJ as u32, 0x200C);
    assert_eq!(chars::ZWJ as u32, 0x200D);
    assert_eq!(chars::HIGH_HAMZA as u32, 0x0674);
    assert_eq!(chars::KEYCAP as u32, 0x20E3);
    assert!(
        chars::is_arabic_letter('\u{0621}'),
        "U+0621 must be an Arabic letter"
    );
    assert!(
        !chars::is_arabic_letter('\u{0640}'),
        "U+0640 must not be an Arabic letter"
    );
    assert!(
        !chars::is_arabic_letter('\u{08C9}'),
        "U+08C9 must not be an Arabic letter"
    );
}

// ---------------------------------------------------------------------------
// Whole-Unicode sweeps

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

// ---------------------------------------------------------------------------
// Named lists

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
fn expected_quote_style(c: char) -> Option<QuoteStyle> {
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

// ---------------------------------------------------------------------------
// Presentation forms

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
