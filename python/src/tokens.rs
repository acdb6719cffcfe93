//! `Token`, `tokenize`, `tokenize_batch`, `segments` and the columnar
//! `token_spans`.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PySlice, PyString, PyTuple};

use crate::batch;
use crate::index::Forward;

/// One token: its text, its kind's stable name, and where it is in the
/// input both as Python string indices (`start`, `end`: code points, so
/// `text == source[start:end]`) and as UTF-8 byte offsets (`byte_start`,
/// `byte_end`).
///
/// The token keeps a reference to its source string and slices `text` out
/// of it when asked (as `re.Match` does), so `tokenize` makes one Python
/// object per token; a token kept alive keeps its source alive too.
///
/// ```python
/// t = arabic_text.tokenize("قال: نعم")[1]
/// assert (t.text, t.kind, t.start, t.end) == (":", "punct:colon", 3, 4)
/// assert (t.byte_start, t.byte_end) == (6, 7)
/// ```
#[pyclass(frozen, module = "arabic_text")]
pub(crate) struct Token {
    /// The string the token was found in.
    source: Py<PyString>,
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

impl Token {
    /// Everything but the text, for equality and hashing.
    fn key(&self) -> (&'static str, usize, usize, usize, usize) {
        (
            self.kind,
            self.start,
            self.end,
            self.byte_start,
            self.byte_end,
        )
    }
}

#[pymethods]
impl Token {
    /// The token's text: `source[start:end]`.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        let (start, end) = (isize::try_from(self.start), isize::try_from(self.end));
        let (Ok(start), Ok(end)) = (start, end) else {
            return Ok(PyString::new(py, ""));
        };
        let slice = PySlice::new(py, start, end, 1);
        Ok(self
            .source
            .bind(py)
            .get_item(slice)?
            .cast_into::<PyString>()?)
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Token>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(
            self.key() == other.key()
                && PyAnyMethods::eq(self.text(py)?.as_any(), other.text(py)?)?,
        )
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.key(), self.text(py)?).into_pyobject(py)?.hash()
    }

    /// The kind's stable name: `word:arabic`, `number`, `quote:open`, …
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(text={}, kind='{}', start={}, end={})",
            self.text(py)?.repr()?,
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

/// The Python list of `raw`'s tokens of `source`.
fn to_list<'py>(source: &Bound<'py, PyString>, raw: Vec<Raw>) -> PyResult<Bound<'py, PyList>> {
    let py = source.py();
    let tokens = raw
        .into_iter()
        .map(|r| {
            Bound::new(
                py,
                Token {
                    source: source.clone().unbind(),
                    kind: r.kind,
                    start: r.code_points.0,
                    end: r.code_points.1,
                    byte_start: r.bytes.0,
                    byte_end: r.bytes.1,
                },
            )
            .map(crate::untracked)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, tokens)
}

/// The tokens of `text`: words, numbers, punctuation, quotes and symbols
/// (no whitespace).
#[pyfunction]
pub(crate) fn tokenize<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = text.to_cow()?;
    to_list(text, raw(&s, false))
}

/// Every segment of `text`, whitespace runs (`space`) included: their
/// texts join back to `text`.
#[pyfunction]
pub(crate) fn segments<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = text.to_cow()?;
    to_list(text, raw(&s, true))
}

/// The tokens of `text` (or, with `segments`, every segment) as three
/// columns of one length: `starts` and `ends`, `array.array('q')` of code
/// points (`text[starts[i]:ends[i]]` is token `i`), and `kinds`, a list of
/// kind names (each name one interned `str`). No object per token: the
/// shape for counting, filtering or handing spans to numpy or Arrow.
#[pyfunction]
#[pyo3(signature = (text, segments = false))]
pub(crate) fn token_spans<'py>(
    text: &Bound<'py, PyString>,
    segments: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = text.py();
    let s = text.to_cow()?;
    let tokens = raw(&s, segments);
    let mut starts = Vec::with_capacity(tokens.len() * 8);
    let mut ends = Vec::with_capacity(tokens.len() * 8);
    let mut names: Vec<(&'static str, Bound<'py, PyString>)> = Vec::new();
    let mut kinds = Vec::with_capacity(tokens.len());
    for t in &tokens {
        starts.extend_from_slice(&code_point(t.code_points.0).to_ne_bytes());
        ends.extend_from_slice(&code_point(t.code_points.1).to_ne_bytes());
        let name = match names.iter().find(|(n, _)| *n == t.kind) {
            Some((_, name)) => name.clone(),
            None => {
                let name = PyString::intern(py, t.kind);
                names.push((t.kind, name.clone()));
                name
            }
        };
        kinds.push(name);
    }
    let array = py.import("array")?.getattr("array")?;
    let column = |bytes: Vec<u8>| -> PyResult<Bound<'py, PyAny>> {
        let a = array.call1(("q",))?;
        a.call_method1("frombytes", (PyBytes::new(py, &bytes),))?;
        Ok(a)
    };
    let columns = [
        column(starts)?,
        column(ends)?,
        PyList::new(py, kinds)?.into_any(),
    ];
    PyTuple::new(py, columns)
}

/// A code-point index as an `array('q')` item (Python strings are far
/// shorter than `i64::MAX`).
fn code_point(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

/// The sentences of `text` (the crate's `sentences`): strings that join
/// back to `text`, each with its trailing whitespace.
#[pyfunction]
pub(crate) fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = text.to_cow()?;
    PyList::new(text.py(), arabic_text::sentences(&s))
}

/// `[tokenize(t) for t in texts]`, on `threads` threads (default: every
/// core) with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
pub(crate) fn tokenize_batch<'py>(
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let (items, raws) = batch::run(texts, threads, |t| raw(t, false))?;
    let lists = items
        .iter()
        .zip(raws)
        .map(|(item, r)| to_list(item.object.cast::<PyString>()?, r))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(texts.py(), lists)
}
