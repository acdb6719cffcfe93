//! `Token`, `tokenize`, `tokenize_batch` and `segments`.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::batch;
use crate::index::Forward;

/// One token: its text, its kind's stable name, and where it is in the
/// input both as Python string indices (`start`, `end`: code points, so
/// `text == source[start:end]`) and as UTF-8 byte offsets (`byte_start`,
/// `byte_end`).
///
/// ```python
/// t = arabic_text.tokenize("قال: نعم")[1]
/// assert (t.text, t.kind, t.start, t.end) == (":", "punct:colon", 3, 4)
/// assert (t.byte_start, t.byte_end) == (6, 7)
/// ```
#[pyclass(frozen, eq, hash, module = "arabic_text")]
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct Token {
    /// The token's text, a slice of the input.
    #[pyo3(get)]
    text: String,
    kind: &'static str,
    /// Code-point index of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point index just past the last character.
    #[pyo3(get)]
    end: usize,
    /// UTF-8 byte offset of the first character.
    #[pyo3(get)]
    byte_start: usize,
    /// UTF-8 byte offset just past the last character.
    #[pyo3(get)]
    byte_end: usize,
}

#[pymethods]
impl Token {
    /// The kind's stable name: `word:arabic`, `number`, `quote:open`, …
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(text={}, kind='{}', start={}, end={})",
            PyString::new(py, &self.text).repr()?,
            self.kind,
            self.start,
            self.end
        ))
    }
}

/// A token found off the GIL: byte span, code-point span, kind.
struct Raw {
    bytes: (usize, usize),
    code_points: (usize, usize),
    kind: &'static str,
}

/// The tokens (or, with `segments`, every segment, whitespace included) of
/// `text`, with code-point offsets.
fn raw(text: &str, segments: bool) -> Vec<Raw> {
    let tokenizer = arabic_text::Tokenizer::new();
    let mut at = Forward::new(text);
    let mut one = |t: arabic_text::Token<'_>| {
        let span = t.span();
        Raw {
            code_points: (at.at(span.start), at.at(span.end)),
            bytes: (span.start, span.end),
            kind: t.kind().as_str(),
        }
    };
    if segments {
        tokenizer.segments(text).map(&mut one).collect()
    } else {
        tokenizer.tokenize(text).map(&mut one).collect()
    }
}

/// The Python list of `raw`'s tokens.
fn to_list<'py>(py: Python<'py>, text: &str, raw: Vec<Raw>) -> PyResult<Bound<'py, PyList>> {
    let tokens = raw
        .into_iter()
        .map(|r| {
            Bound::new(
                py,
                Token {
                    text: text
                        .get(r.bytes.0..r.bytes.1)
                        .unwrap_or_default()
                        .to_owned(),
                    kind: r.kind,
                    start: r.code_points.0,
                    end: r.code_points.1,
                    byte_start: r.bytes.0,
                    byte_end: r.bytes.1,
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, tokens)
}

/// The tokens of `text`: words, numbers, punctuation, quotes and symbols
/// (no whitespace).
#[pyfunction]
pub(crate) fn tokenize<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = text.to_cow()?;
    to_list(text.py(), &s, raw(&s, false))
}

/// Every segment of `text`, whitespace runs (`space`) included: their
/// texts join back to `text`.
#[pyfunction]
pub(crate) fn segments<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = text.to_cow()?;
    to_list(text.py(), &s, raw(&s, true))
}

/// `[tokenize(t) for t in texts]`, on `threads` threads (default: every
/// core) with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
pub(crate) fn tokenize_batch<'py>(
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let threads = batch::thread_count(threads)?;
    let items = batch::texts(texts, "texts")?;
    let raws = batch::map(py, &items, threads, |t| raw(t, false));
    let lists = items
        .iter()
        .zip(raws)
        .map(|(item, r)| to_list(py, &item.text, r))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, lists)
}
