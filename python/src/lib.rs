//! The Python module `arabic_text`: the `arabic-text` crate's normalizer,
//! tokenizer, analyzer and stemmer, with Python string indices (code points)
//! wherever the crate speaks UTF-8 bytes.
//!
//! Layout: `normalizer.rs` (`Normalizer`, `OffsetMap`, the shortcuts),
//! `switches.rs` (preset and switch names), `tokens.rs` (`Token`, `tokenize`,
//! `segments`), `analyzer.rs` (`ArabicAnalyzer`, `Term`, `stem`),
//! `batch.rs` (lists of texts, threads without the GIL) and `index.rs`
//! (byte offsets to code points). A new text-to-list function (such as
//! sentence splitting) is one `#[pyfunction]` beside `tokenize` plus one
//! line in [`arabic_text`] below.
//!
//! Errors: a wrong argument type raises `TypeError`; a bad value (unknown
//! preset, switch, flavour, thread count) raises `ValueError` naming the
//! valid ones; a string with a lone surrogate raises `UnicodeEncodeError`, a
//! subclass of `ValueError`. Nothing panics on any input.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod batch;
mod index;
mod normalizer;
mod switches;
mod tokens;

use pyo3::prelude::*;

/// The Python module. Its name comes from the `#[pyo3(name)]` below and
/// pyproject.toml's `module-name`.
///
/// ```python
/// import arabic_text
/// assert arabic_text.normalize("إِدْلِب") == "ادلب"
/// ```
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
    m.add_function(wrap_pyfunction!(analyzer::stem, m)?)?;
    Ok(())
}
