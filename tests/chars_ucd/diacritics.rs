//! The diacritic classes of design.md §3 and the named single code points.

use std::fmt::Write as _;

use arabic_text::{chars, Diacritics};
use icu_properties::props::GeneralCategory;

use super::{all_chars, assert_none, fmt_cps, gc, in_ranges, range};

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
