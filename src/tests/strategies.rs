//! Proptest strategies: Arabic-heavy text drawn from
//! [`invariants::PIECES`](crate::invariants::PIECES) (the same alphabet the
//! fuzz targets use), and arbitrary normalizer configurations.

use alloc::string::String;
use alloc::vec::Vec;

use proptest::prelude::*;
use proptest::strategy::Union;

use crate::invariants::PIECES;
use crate::{Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, Whitespace};

/// One piece: a weighted pick from a class of [`PIECES`], or any `char` at
/// low weight.
fn piece() -> impl Strategy<Value = String> {
    let mut arms: Vec<(u32, BoxedStrategy<String>)> = PIECES
        .iter()
        .map(|&(weight, class)| {
            (
                weight,
                proptest::sample::select(class)
                    .prop_map(String::from)
                    .boxed(),
            )
        })
        .collect();
    arms.push((4, any::<char>().prop_map(String::from).boxed()));
    Union::new_weighted(arms)
}

/// Arabic-heavy text of up to 48 pieces.
pub fn arabic_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..48).prop_map(|pieces| pieces.concat())
}

/// Letters, ASCII and spaces, each followed by up to six marks: the
/// harakat in any order, the composing marks, the Quranic marks and
/// marks of other blocks.
pub fn vocalized() -> impl Strategy<Value = String> {
    const BASES: &[&str] = &[
        "ب", "ا", "و", "ي", "ء", "ـ", "a", " ", "\n", "٣", "،", "ﷺ", "",
    ];
    const MARKS: &[char] = &[
        '\u{64B}', '\u{64C}', '\u{64D}', '\u{64E}', '\u{64F}', '\u{650}', '\u{651}', '\u{652}',
        '\u{670}', '\u{653}', '\u{654}', '\u{655}', '\u{656}', '\u{6E4}', '\u{6DC}', '\u{618}',
        '\u{300}', '\u{8F0}',
    ];
    let mark = proptest::sample::select(MARKS);
    let cluster = (
        proptest::sample::select(BASES),
        proptest::collection::vec(mark, 0..6),
    );
    proptest::collection::vec(cluster, 0..24).prop_map(|clusters| {
        let mut text = String::new();
        for (base, marks) in clusters {
            text.push_str(base);
            text.extend(marks);
        }
        text
    })
}

/// Words that most configurations keep as they are (letters, digits, Latin,
/// punctuation, TSV columns) between single spaces: the text the normalizer's skim takes
/// sixteen bytes a step. Doubled letters and the letters the folds change
/// are among them.
pub fn plain_text() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "كتاب",
        "مدرسة",
        "في",
        "على",
        "الى",
        "مؤتمر",
        "ممم",
        "abc",
        "Test",
        "2024",
        "٢٠٢٤",
        "،",
        "!",
        "(قال)",
        "x-y",
        "سسس",
        "ی",
        "ڤ",
        "«كتاب»",
        "“في”",
        "‹x›",
        "www.www.",
        "كلمة،وكلمة«أخرى»؛",
        "كتاب\tPOS",
        "في\t\u{64E} كتاب",
        "abc\t\tdef",
    ];
    proptest::collection::vec(proptest::sample::select(WORDS), 1..40).prop_map(|w| w.join(" "))
}

/// Any normalizer: every switch, every value, picked from random bits as
/// the fuzz target picks them (one table, `switches!`, decodes both); the
/// presets often.
pub fn normalizer() -> impl Strategy<Value = Normalizer> {
    let any_config = any::<([u8; 16], u16)>().prop_map(|(s, d)| Normalizer::from_fuzz(&s, d));
    prop_oneof![
        6 => any_config,
        1 => Just(Normalizer::search()),
        1 => Just(Normalizer::clean()),
        1 => Just(Normalizer::lucene()),
    ]
}

/// A normalizer whose every action depends on one character (no Unicode
/// form but NFC with every diacritic stripped, no word rule, no whitespace
/// rule): the character-by-character path takes it. The other switches are
/// random, as in [`normalizer`].
pub fn direct_normalizer() -> impl Strategy<Value = Normalizer> {
    (any::<([u8; 16], u16)>(), any::<bool>()).prop_map(|((s, d), nfc)| {
        let n = Normalizer::from_fuzz(&s, d)
            .quran_orthography(false)
            .collapse_elongation(false)
            .whitespace(Whitespace::Keep);
        let n = if n.digits == Digits::ArabicIndic {
            n.digits(Digits::Keep)
        } else {
            n
        };
        let n = if n.quotes == Quotes::Guillemets {
            n.quotes(Quotes::Keep)
        } else {
            n
        };
        if nfc {
            n.unicode_form(Form::Nfc).strip_diacritics(Diacritics::ALL)
        } else {
            n.unicode_form(Form::None)
        }
    })
}

/// A normalizer that maps characters one to one within their class: the
/// letter folds, digits either way, Arabic punctuation to ASCII.
pub fn fold_normalizer() -> impl Strategy<Value = Normalizer> {
    let digits = prop_oneof![
        Just(Digits::Keep),
        Just(Digits::Ascii),
        Just(Digits::ArabicIndic)
    ];
    let punct = prop_oneof![Just(Punctuation::Keep), Just(Punctuation::Ascii)];
    (any::<[bool; 6]>(), digits, punct).prop_map(|(folds, digits, punct)| {
        Normalizer::new()
            .fold_persian(folds[0])
            .fold_alef_maksura(folds[1])
            .fold_teh_marbuta(folds[2])
            .fold_alef(folds[3])
            .fold_hamza_carriers(folds[4])
            .fold_alef_hamza(folds[5])
            .digits(digits)
            .punctuation(punct)
    })
}
