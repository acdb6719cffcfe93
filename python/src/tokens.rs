//! `Token`, `tokenize`, `tokenize_batch`, `segments` and the columnar
//! `token_spans`.

use arabic_text::TokenKind;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList, PySlice, PyString, PyTuple, PyType};

use crate::batch;
use crate::columns::{self, name, Columns, Want};

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
    /// The kind's code: its index in `TokenKind::NAMES`.
    kind: u8,
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
    fn key(&self) -> (u8, usize, usize, usize, usize) {
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
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        name_of(kind_names(py), self.kind).clone_ref(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(text={}, kind='{}', start={}, end={})",
            self.text(py)?.repr()?,
            name(self.kind),
            self.start,
            self.end
        ))
    }
}

/// Appends to `list` the tokens of `source` found as `columns` (with their
/// byte spans).
fn append_tokens(
    list: &Bound<'_, PyList>,
    source: &Bound<'_, PyString>,
    columns: &Columns,
) -> PyResult<()> {
    let py = source.py();
    let spans = columns.starts.iter().zip(&columns.ends);
    let tokens = spans.zip(&columns.kinds).zip(&columns.byte_spans);
    for (((&start, &end), &kind), &(byte_start, byte_end)) in tokens {
        let token = Token {
            source: source.clone().unbind(),
            kind,
            start,
            end,
            byte_start,
            byte_end,
        };
        list.append(crate::untracked(Bound::new(py, token)?))?;
    }
    Ok(())
}

/// The list of `Token`s of `text` (or of its segments).
fn tokens_of<'py>(text: &Bound<'py, PyString>, want: Want) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(text.py());
    columns::read(text, want, |c| append_tokens(&list, text, &c))?;
    Ok(list)
}

/// The tokens of `text`: words, numbers, punctuation, quotes and symbols
/// (no whitespace).
#[pyfunction]
pub(crate) fn tokenize<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    tokens_of(text, Want::TOKENS)
}

/// Every segment of `text`, whitespace runs (`space`) included: their
/// texts join back to `text`.
#[pyfunction]
pub(crate) fn segments<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    tokens_of(text, Want::SEGMENTS)
}

/// The tokens of `text` (or, with `segments`, every segment) as three
/// columns of one length: `starts` and `ends`, `array.array('q')` of code
/// points (`text[starts[i]:ends[i]]` is token `i`), and `kinds`, a list of
/// kind names (each name one interned `str`). No object per token: the
/// shape for counting, filtering or handing spans to numpy or Arrow. A long
/// text is tokenized on a second thread, piece by piece, while this one
/// encodes the next piece and gathers the columns.
#[pyfunction]
#[pyo3(signature = (text, segments = false))]
pub(crate) fn token_spans<'py>(
    text: &Bound<'py, PyString>,
    segments: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = text.py();
    let want = Want {
        segments,
        byte_spans: false,
    };
    // The two offset columns as the bytes of their `array('q')`, and the
    // kind codes, gathered here while the next piece is tokenized.
    // About a token per 5 code points in prose: room for one per 4.
    let guess = text.code_point_len()? / 4 + 1;
    let mut starts = Vec::with_capacity(guess * 8);
    let mut ends = Vec::with_capacity(guess * 8);
    let mut kinds = Vec::with_capacity(guess);
    columns::read(text, want, |c| {
        starts.extend(c.starts.iter().flat_map(|&i| to_i64(i).to_ne_bytes()));
        ends.extend(c.ends.iter().flat_map(|&i| to_i64(i).to_ne_bytes()));
        kinds.extend_from_slice(&c.kinds);
        Ok(())
    })?;
    let names = kind_names(py);
    let kinds = kinds.iter().map(|&code| name_of(names, code).bind(py));
    let columns = [
        int64_array(py, &starts)?,
        int64_array(py, &ends)?,
        PyList::new(py, kinds)?.into_any(),
    ];
    PyTuple::new(py, columns)
}

/// The number of kind codes: one per name in [`TokenKind::NAMES`], then
/// one for a code that names no kind (never given).
const CODES: usize = TokenKind::NAMES.len() + 1;

/// The kind names as Python strings (interned once), by kind code.
fn kind_names(py: Python<'_>) -> &[Py<PyString>; CODES] {
    static NAMES: PyOnceLock<[Py<PyString>; CODES]> = PyOnceLock::new();
    NAMES.get_or_init(py, || {
        std::array::from_fn(|code| {
            let code = u8::try_from(code).unwrap_or(u8::MAX);
            PyString::intern(py, name(code)).unbind()
        })
    })
}

/// The name of kind code `code` among `names` (from [`kind_names`]).
fn name_of(names: &[Py<PyString>; CODES], code: u8) -> &Py<PyString> {
    &names[usize::from(code).min(CODES - 1)]
}

/// The `array.array('q')` whose bytes are `bytes`.
fn int64_array<'py>(py: Python<'py>, bytes: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    static ARRAY: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    ARRAY
        .import(py, "array", "array")?
        .call1(("q", PyBytes::new(py, bytes)))
}

/// A code-point index as an `array('q')` item (Python strings are far
/// shorter than `i64::MAX`).
fn to_i64(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

/// The sentences of `text` (the crate's `sentences`): strings that join
/// back to `text`, each with its trailing whitespace.
#[pyfunction]
pub(crate) fn sentences<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let s = crate::utf8(text)?;
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
    let (items, columns) = batch::run(texts, threads, |t| Columns::of(t, Want::TOKENS))?;
    let lists = items
        .iter()
        .zip(&columns)
        .map(|(item, c)| {
            let list = PyList::empty(texts.py());
            append_tokens(&list, item.object.cast::<PyString>()?, c)?;
            Ok(list)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(texts.py(), lists)
}
