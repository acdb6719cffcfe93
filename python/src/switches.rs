//! Preset and switch names for `Normalizer(preset, **switches)`: each switch
//! is named like the crate's builder method, and takes a `bool` or one of a
//! few lower-case strings named like the crate's enum variants.

use arabic_text::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyString};

/// The presets, by name. `none` is the identity (every switch off), for
/// building a normalizer from switches alone.
pub(crate) const PRESETS: [(&str, Normalizer); 4] = [
    ("search", Normalizer::search()),
    ("clean", Normalizer::clean()),
    ("lucene", Normalizer::lucene()),
    ("none", Normalizer::new()),
];

type Set = fn(Normalizer) -> Normalizer;
type SetBool = fn(Normalizer, bool) -> Normalizer;

/// What a switch takes.
enum Value {
    /// `True` or `False`.
    Bool(SetBool),
    /// One of these strings.
    Choice(&'static [(&'static str, Set)]),
    /// `True` (every class), `False` (none) or an iterable of class names.
    Diacritics,
}

/// Every switch, in the crate's step order.
const SWITCHES: [(&str, Value); 21] = [
    (
        "unicode_form",
        Value::Choice(&[
            ("none", |n| n.unicode_form(Form::None)),
            ("nfc", |n| n.unicode_form(Form::Nfc)),
            ("nfkc", |n| n.unicode_form(Form::Nfkc)),
        ]),
    ),
    (
        "presentation_forms",
        Value::Bool(|n, v| n.presentation_forms(v)),
    ),
    (
        "controls",
        Value::Choice(&[
            ("keep", |n| n.controls(Controls::Keep)),
            ("remove", |n| n.controls(Controls::Remove)),
            ("remove_keeping_zwnj", |n| {
                n.controls(Controls::RemoveKeepingZwnj)
            }),
        ]),
    ),
    (
        "quran_orthography",
        Value::Bool(|n, v| n.quran_orthography(v)),
    ),
    ("strip_tatweel", Value::Bool(|n, v| n.strip_tatweel(v))),
    (
        "keep_tatweel_carriers",
        Value::Bool(|n, v| n.keep_tatweel_carriers(v)),
    ),
    (
        "superscript_alef",
        Value::Choice(&[
            ("keep", |n| n.superscript_alef(SuperscriptAlef::Keep)),
            ("remove", |n| n.superscript_alef(SuperscriptAlef::Remove)),
            ("to_alef", |n| n.superscript_alef(SuperscriptAlef::ToAlef)),
        ]),
    ),
    ("strip_diacritics", Value::Diacritics),
    ("fold_persian", Value::Bool(|n, v| n.fold_persian(v))),
    ("fold_kurdish", Value::Bool(|n, v| n.fold_kurdish(v))),
    (
        "fold_alef_maksura",
        Value::Bool(|n, v| n.fold_alef_maksura(v)),
    ),
    (
        "fold_teh_marbuta",
        Value::Bool(|n, v| n.fold_teh_marbuta(v)),
    ),
    ("fold_alef_hamza", Value::Bool(|n, v| n.fold_alef_hamza(v))),
    ("fold_alef", Value::Bool(|n, v| n.fold_alef(v))),
    (
        "fold_hamza_carriers",
        Value::Bool(|n, v| n.fold_hamza_carriers(v)),
    ),
    (
        "collapse_elongation",
        Value::Bool(|n, v| n.collapse_elongation(v)),
    ),
    (
        "digits",
        Value::Choice(&[
            ("keep", |n| n.digits(Digits::Keep)),
            ("ascii", |n| n.digits(Digits::Ascii)),
            ("arabic_indic", |n| n.digits(Digits::ArabicIndic)),
        ]),
    ),
    (
        "number_separators",
        Value::Bool(|n, v| n.number_separators(v)),
    ),
    (
        "punctuation",
        Value::Choice(&[
            ("keep", |n| n.punctuation(Punctuation::Keep)),
            ("ascii", |n| n.punctuation(Punctuation::Ascii)),
        ]),
    ),
    (
        "quotes",
        Value::Choice(&[
            ("keep", |n| n.quotes(Quotes::Keep)),
            ("ascii", |n| n.quotes(Quotes::Ascii)),
            ("guillemets", |n| n.quotes(Quotes::Guillemets)),
        ]),
    ),
    (
        "whitespace",
        Value::Choice(&[
            ("keep", |n| n.whitespace(Whitespace::Keep)),
            ("collapse", |n| n.whitespace(Whitespace::Collapse)),
        ]),
    ),
];

fn names<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The preset called `name`.
///
/// # Errors
/// `ValueError` naming the presets when there is none of that name.
pub(crate) fn preset(name: &str) -> PyResult<Normalizer> {
    PRESETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, p)| p)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown preset '{name}'; the presets are {}",
                names(PRESETS.iter().map(|p| p.0))
            ))
        })
}

/// `n` with switch `name` set to `value`.
///
/// # Errors
/// `ValueError` for an unknown switch (naming them all) or an unknown
/// string value (naming the valid ones); `TypeError` for a value of the
/// wrong type.
pub(crate) fn apply(n: Normalizer, name: &str, value: &Bound<'_, PyAny>) -> PyResult<Normalizer> {
    let Some((_, kind)) = SWITCHES.iter().find(|(s, _)| *s == name) else {
        return Err(PyValueError::new_err(format!(
            "unknown switch '{name}'; the switches are {}",
            names(SWITCHES.iter().map(|s| s.0))
        )));
    };
    let type_name = || -> PyResult<String> { Ok(value.get_type().name()?.to_string()) };
    match kind {
        Value::Bool(set) => match value.cast::<PyBool>() {
            Ok(b) => Ok(set(n, b.is_true())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "switch '{name}' takes a bool, not {}",
                type_name()?
            ))),
        },
        Value::Choice(choices) => {
            let Ok(s) = value.cast::<PyString>() else {
                return Err(PyTypeError::new_err(format!(
                    "switch '{name}' takes a str ({}), not {}",
                    names(choices.iter().map(|c| c.0)),
                    type_name()?
                )));
            };
            let s = s.to_cow()?;
            match choices.iter().find(|(c, _)| *c == s) {
                Some((_, set)) => Ok(set(n)),
                None => Err(PyValueError::new_err(format!(
                    "switch '{name}' takes one of {}, not '{s}'",
                    names(choices.iter().map(|c| c.0))
                ))),
            }
        }
        Value::Diacritics => Ok(n.strip_diacritics(diacritics(value)?)),
    }
}

/// The diacritic classes of a `strip_diacritics` value.
fn diacritics(value: &Bound<'_, PyAny>) -> PyResult<Diacritics> {
    let valid = || {
        names(
            Diacritics::NAMED
                .iter()
                .map(|(s, _)| s.to_ascii_lowercase())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        )
    };
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(if b.is_true() {
            Diacritics::ALL
        } else {
            Diacritics::NONE
        });
    }
    let type_error = || {
        PyTypeError::new_err(format!(
            "switch 'strip_diacritics' takes a bool or an iterable of class names ({})",
            valid()
        ))
    };
    if value.is_instance_of::<PyString>() {
        return Err(type_error());
    }
    let Ok(items) = value.try_iter() else {
        return Err(type_error());
    };
    let mut set = Diacritics::NONE;
    for item in items {
        let item = item?;
        let Ok(s) = item.cast::<PyString>() else {
            return Err(type_error());
        };
        let s = s.to_cow()?;
        match Diacritics::NAMED
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(&s) && s.bytes().all(|b| !b.is_ascii_uppercase()))
        {
            Some(&(_, class)) => set = set.union(class),
            None => {
                return Err(PyValueError::new_err(format!(
                    "unknown diacritic class '{s}'; the classes are {}",
                    valid()
                )))
            }
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    /// Every switch of the crate, in its step order (a new switch fails
    /// here until the binding offers it).
    #[test]
    fn every_switch_of_the_crate() {
        let ours: Vec<&str> = super::SWITCHES.iter().map(|s| s.0).collect();
        assert_eq!(ours, arabic_text::Normalizer::SWITCHES);
    }
}
