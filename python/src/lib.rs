//! The Python module `arabic_text`: the `arabic-text` crate's normalizer,
//! tokenizer, analyzer and stemmer, with Python string indices (code points)
//! wherever the crate speaks UTF-8 bytes.
//!
//! Layout: `normalizer.rs` (`Normalizer`, `OffsetMap`, the shortcuts),
//! `switches.rs` (preset and switch names), `tokens.rs` (`Token`, `tokenize`,
//! `segments`, `token_spans`), `columns.rs` (tokens as columns; a long
//! string read in pieces on two threads), `analyzer.rs` (`ArabicAnalyzer`,
//! `Term`, `stem`), `batch.rs` (lists of texts, threads without the GIL) and
//! `index.rs`
//! (byte offsets to code points). A new text-to-list function (such as
//! `sentences`) is one `#[pyfunction]` beside `tokenize` plus one line in
//! [`arabic_text`] below.
//!
//! Errors: a wrong argument type raises `TypeError`; a bad value (unknown
//! preset, switch, flavour, thread count) raises `ValueError` naming the
//! valid ones; a string with a lone surrogate raises `UnicodeEncodeError`, a
//! subclass of `ValueError`. Nothing panics on any input.

// One `unsafe` call, in `untracked` below: measured to make `tokenize` about
// 4x faster (python/benches/bench.py, BENCHMARKS.md "Python").
#![deny(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod batch;
mod columns;
mod index;
mod normalizer;
mod switches;
mod tokens;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;
use pyo3::PyClass;

/// `obj`, a new object of a class whose instances cannot be part of a
/// reference cycle (they hold only `str` references and plain data), taken
/// off the cycle collector's lists. PyO3 makes every class a GC type, so a
/// list of 100,000 tokens otherwise costs a collection every 700 of them,
/// each walking the young tokens: most of `tokenize`'s time.
#[allow(unsafe_code)]
pub(crate) fn untracked<T: PyClass>(obj: Bound<'_, T>) -> Bound<'_, T> {
    // SAFETY: `obj` is a live object (a strong reference, GIL held) of a
    // PyO3 class, which is always allocated as a GC object.
    // PyObject_GC_UnTrack is part of the stable ABI, accepts a tracked or an
    // untracked object, and PyO3's deallocator may untrack it again. An
    // untracked object is never traversed, which is sound because `T`'s
    // instances reference no object that could lead back to them.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    obj
}

/// The UTF-8 of `text`, kept in a Python object (no copy to Rust memory).
///
/// # Errors
/// `UnicodeEncodeError` (a `ValueError`) when `text` has a lone surrogate.
pub(crate) fn utf8(text: &Bound<'_, PyString>) -> PyResult<PyBackedStr> {
    PyBackedStr::try_from(text.clone())
}

// The module's name comes from `#[pyo3(name)]` here and pyproject.toml's
// `module-name`; its docstring (below) is what `help(arabic_text)` shows.
/// Fast Arabic normalization and tokenization, from the Rust crate
/// arabic-text. Offsets are Python string indices (code points) unless
/// their name says byte_. Types and examples: the stub arabic_text.pyi.
///
/// >>> import arabic_text
/// >>> arabic_text.normalize("إِدْلِب")
/// 'ادلب'
#[pymodule]
#[pyo3(name = "arabic_text")]
fn arabic_text(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<normalizer::Normalizer>()?;
    m.add_class::<normalizer::OffsetMap>()?;
    m.add_class::<tokens::Token>()?;
    m.add_class::<analyzer::ArabicAnalyzer>()?;
    m.add_class::<analyzer::Term>()?;
    m.add_function(wrap_pyfunction!(normalizer::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalizer::strip_diacritics, m)?)?;
    m.add_function(wrap_pyfunction!(normalizer::strip_tatweel, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::segments, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::token_spans, m)?)?;
    m.add_function(wrap_pyfunction!(tokens::sentences, m)?)?;
    m.add_function(wrap_pyfunction!(analyzer::stem, m)?)?;
    Ok(())
}
