//! Checks every hand-written table of `src/chars/` against the Unicode
//! Character Database, as compiled into `icu_properties` (and, for the
//! spacing-mark forms, against NFKC from `unicode-normalization`), one
//! module a concept:
//!
//! | module | checks |
//! |---|---|
//! | `letters` | the Arabic letters, against their ranges and Lo |
//! | `diacritics` | the diacritic classes and the named code points |
//! | `sweeps` | every general-category and property predicate, for every scalar value |
//! | `lists` | the invisible controls, the Arabic punctuation, the quote table |
//! | `forms` | the presentation forms and the spacing-mark forms |
//! | `block` | the Arabic-block table of the fast paths, against the predicates |
//!
//! (`FOLD`, the normalizer's table of the Arabic block, is derived from the
//! same lists and checked against them by the unit test in
//! `src/chars/block.rs`.)
//!
//! Most tests sweep every `char` (U+0000–U+10FFFF minus surrogates) and list
//! each disagreement as `U+XXXX` (runs as `U+XXXX..U+YYYY`), never as a raw
//! glyph. CONFORMANCE.md names the Unicode versions; `unicode_versions` prints
//! them.

use std::fmt::Write as _;

use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu_properties::CodePointMapData;

mod block;
mod diacritics;
mod forms;
mod letters;
mod lists;
mod sweeps;

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

/// The Arabic presentation-forms blocks, Forms-A and Forms-B.
const PRESENTATION_FORMS: &[(u32, u32)] = &[(0xFB50, 0xFDFF), (0xFE70, 0xFEFE)];

/// Whether `c` is in one of the inclusive code point `ranges`.
fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let cp = c as u32;
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
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

#[test]
fn unicode_versions() {
    let (a, b, c) = unicode_normalization::UNICODE_VERSION;
    eprintln!("unicode-normalization UNICODE_VERSION: {a}.{b}.{c}");
    let (a, b, c) = unicode_segmentation::UNICODE_VERSION;
    eprintln!("unicode-segmentation UNICODE_VERSION: {a}.{b}.{c}");
    // icu_properties exposes no version constant at run time; its data crate
    // (icu_properties_data) states the version in its docs. Print the locked
    // versions so the log says which data was used.
    let lock = include_str!("../../Cargo.lock");
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
