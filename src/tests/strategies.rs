//! Proptest strategies: Arabic-heavy text drawn from
//! [`invariants::PIECES`](crate::invariants::PIECES) (the same alphabet the
//! fuzz targets use), and arbitrary normalizer configurations.

use alloc::string::String;
use alloc::vec::Vec;

use proptest::prelude::*;
use proptest::strategy::Union;

use crate::invariants::PIECES;
use crate::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};

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

fn diacritics() -> impl Strategy<Value = Diacritics> {
    proptest::collection::vec(any::<bool>(), 9).prop_map(|picks| {
        Diacritics::NAMED
            .iter()
            .zip(picks)
            .filter(|&(_, on)| on)
            .fold(Diacritics::NONE, |d, (&(_, c), _)| d.union(c))
    })
}

/// Any normalizer: every switch, every enum value; the presets often.
pub fn normalizer() -> impl Strategy<Value = Normalizer> {
    let form = prop_oneof![Just(Form::None), Just(Form::Nfc), Just(Form::Nfkc)];
    let controls = prop_oneof![
        Just(Controls::Keep),
        Just(Controls::Remove),
        Just(Controls::RemoveKeepingZwnj)
    ];
    let sa = prop_oneof![
        Just(SuperscriptAlef::Keep),
        Just(SuperscriptAlef::Remove),
        Just(SuperscriptAlef::ToAlef)
    ];
    let digits = prop_oneof![
        Just(Digits::Keep),
        Just(Digits::Ascii),
        Just(Digits::ArabicIndic)
    ];
    let punct = prop_oneof![Just(Punctuation::Keep), Just(Punctuation::Ascii)];
    let quotes = prop_oneof![
        Just(Quotes::Keep),
        Just(Quotes::Ascii),
        Just(Quotes::Guillemets)
    ];
    let ws = prop_oneof![Just(Whitespace::Keep), Just(Whitespace::Collapse)];
    let any_config = (
        (
            form,
            any::<bool>(),
            controls,
            any::<bool>(),
            sa,
            diacritics(),
        ),
        (any::<[bool; 6]>(), digits, punct, quotes, ws),
        any::<[bool; 5]>(),
    )
        .prop_map(
            |((form, pf, controls, tatweel, sa, d), (folds, digits, punct, quotes, ws), more)| {
                Normalizer::new()
                    .unicode_form(form)
                    .presentation_forms(pf)
                    .controls(controls)
                    .quran_orthography(more[0])
                    .strip_tatweel(tatweel)
                    .keep_tatweel_carriers(more[1])
                    .superscript_alef(sa)
                    .strip_diacritics(d)
                    .fold_persian(folds[0])
                    .fold_kurdish(more[2])
                    .fold_alef_maksura(folds[1])
                    .fold_teh_marbuta(folds[2])
                    .fold_alef(folds[3])
                    .fold_hamza_carriers(folds[4])
                    .fold_alef_hamza(folds[5])
                    .collapse_elongation(more[3])
                    .digits(digits)
                    .number_separators(more[4])
                    .punctuation(punct)
                    .quotes(quotes)
                    .whitespace(ws)
            },
        );
    prop_oneof![
        6 => any_config,
        1 => Just(Normalizer::search()),
        1 => Just(Normalizer::clean()),
        1 => Just(Normalizer::lucene()),
    ]
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
