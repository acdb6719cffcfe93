//! `Normalizer`, `OffsetMap` and the module-level shortcuts `normalize`,
//! `strip_diacritics` and `strip_tatweel`.

use std::borrow::Cow;
use std::ops::Range;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::batch;
use crate::index::Index;
use crate::switches;

/// The input object itself when nothing changed (no copy), else a new `str`.
fn to_py<'py>(text: &Bound<'py, PyString>, out: Cow<'_, str>) -> Bound<'py, PyString> {
    match out {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(s) => PyString::new(text.py(), &s),
    }
}

/// A configurable Arabic normalizer: a preset and switches, named like the
/// crate's `Normalizer` builder methods. Immutable, thread-safe, picklable.
///
/// ```python
/// from arabic_text import Normalizer
/// n = Normalizer("search", fold_teh_marbuta=False)
/// assert n.normalize("مدرسةٌ") == "مدرسة"
/// ```
#[pyclass(frozen, module = "arabic_text")]
pub(crate) struct Normalizer {
    inner: arabic_text::Normalizer,
    preset: String,
    /// The switches as given, for `repr` and pickling.
    switches: Py<PyDict>,
}

#[pymethods]
impl Normalizer {
    /// `Normalizer(preset="search", **switches)`.
    ///
    /// # Errors
    /// `ValueError` for an unknown preset, switch or switch value (naming the
    /// valid ones); `TypeError` for a value of the wrong type.
    #[new]
    #[pyo3(signature = (preset = "search".to_owned(), **switches))]
    fn new(py: Python<'_>, preset: String, switches: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut inner = switches::preset(&preset)?;
        let given = PyDict::new(py);
        if let Some(switches) = switches {
            for (name, value) in switches.iter() {
                let name_str = name.cast::<PyString>()?.to_cow()?;
                inner = switches::apply(inner, &name_str, &value)?;
                given.set_item(name, value)?;
            }
        }
        Ok(Normalizer {
            inner,
            preset,
            switches: given.unbind(),
        })
    }

    /// The normalized text; the same object when nothing changed.
    fn normalize<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
        let s = text.to_cow()?;
        let out = self.inner.normalize(&s);
        Ok(to_py(text, out))
    }

    /// Every text normalized, in order, on `threads` threads (default: every
    /// core) with the GIL released.
    #[pyo3(signature = (texts, threads = None))]
    fn normalize_batch<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let py = texts.py();
        let n = self.inner;
        let (items, out) = batch::run(texts, threads, |t| match n.normalize(t) {
            Cow::Borrowed(_) => None,
            Cow::Owned(s) => Some(s),
        })?;
        let strings = items.into_iter().zip(out).map(|(item, o)| match o {
            None => item.object,
            Some(s) => PyString::new(py, &s).into_any(),
        });
        PyList::new(py, strings)
    }

    /// Whether `normalize(text) == text`, without building the output.
    fn is_normalized(&self, text: &Bound<'_, PyString>) -> PyResult<bool> {
        Ok(self.inner.is_normalized(&text.to_cow()?))
    }

    /// `(normalized, offsets)`: the normalized text and an `OffsetMap` between
    /// Python string indices of it and of `text`.
    fn normalize_with_offsets<'py>(
        &self,
        text: &Bound<'py, PyString>,
    ) -> PyResult<(Bound<'py, PyString>, OffsetMap)> {
        let s = text.to_cow()?;
        let (out, map) = self.inner.normalize_with_offsets(&s).into_parts();
        let normalized = Index::new(&out);
        let original = Index::new(&s);
        let text_out = to_py(text, out);
        Ok((
            text_out,
            OffsetMap {
                map,
                normalized,
                original,
            },
        ))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = vec![PyString::new(py, &self.preset).repr()?.to_string()];
        for (name, value) in self.switches.bind(py).iter() {
            parts.push(format!("{}={}", name, value.repr()?));
        }
        Ok(format!("Normalizer({})", parts.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Normalizer>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }

    /// For pickle (and so Spark): `Normalizer(preset, **switches)` again.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((
            PyTuple::new(py, [&self.preset])?,
            self.switches.bind(py).copy()?,
        ))
    }
}

/// Maps ranges between a normalized text and its original, in Python string
/// indices (code points).
///
/// ```python
/// text = "كُتُب ومكتبة"
/// normalized, offsets = Normalizer().normalize_with_offsets(text)
/// start = normalized.index("ومكتبه")
/// s, e = offsets.to_original(start, start + 6)
/// assert text[s:e] == "ومكتبة"
/// ```
#[pyclass(frozen, module = "arabic_text")]
pub(crate) struct OffsetMap {
    map: arabic_text::OffsetMap,
    normalized: Index,
    original: Index,
}

/// `(start, end)` as indices, checked.
fn range(start: i64, end: i64) -> PyResult<(usize, usize)> {
    match (usize::try_from(start), usize::try_from(end)) {
        (Ok(s), Ok(e)) if s <= e => Ok((s, e)),
        _ => Err(PyValueError::new_err(format!(
            "need 0 <= start <= end, got start={start}, end={end}"
        ))),
    }
}

impl OffsetMap {
    /// `start..end` in code points of `from`, through the byte map `map`,
    /// in code points of `to`.
    fn through(
        &self,
        map: impl Fn(Range<usize>) -> Range<usize>,
        from: &Index,
        to: &Index,
        start: i64,
        end: i64,
    ) -> PyResult<(usize, usize)> {
        let (s, e) = range(start, end)?;
        let bytes = map(from.to_byte(s)..from.to_byte(e));
        Ok((to.to_code_point(bytes.start), to.to_code_point(bytes.end)))
    }
}

#[pymethods]
impl OffsetMap {
    /// The smallest range of the original text that produced
    /// `normalized[start:end]`, as `(start, end)` code-point indices.
    /// Indices past the end are clamped to it, as in slicing.
    ///
    /// # Errors
    /// `ValueError` when `start` is negative or greater than `end`.
    fn to_original(&self, start: i64, end: i64) -> PyResult<(usize, usize)> {
        let map = |r| self.map.to_original(r);
        self.through(map, &self.normalized, &self.original, start, end)
    }

    /// The range of the normalized text that `original[start:end]` became,
    /// as `(start, end)` code-point indices. Indices past the end are clamped.
    ///
    /// # Errors
    /// `ValueError` when `start` is negative or greater than `end`.
    fn to_normalized(&self, start: i64, end: i64) -> PyResult<(usize, usize)> {
        let map = |r| self.map.to_normalized(r);
        self.through(map, &self.original, &self.normalized, start, end)
    }

    fn __repr__(&self) -> String {
        format!(
            "OffsetMap(original_len={}, normalized_len={}, segments={})",
            self.original.len(),
            self.normalized.len(),
            self.map.segment_count()
        )
    }
}

/// `normalize(text, preset="search")`.
#[pyfunction]
#[pyo3(signature = (text, preset = "search".to_owned()))]
pub(crate) fn normalize<'py>(
    text: &Bound<'py, PyString>,
    preset: String,
) -> PyResult<Bound<'py, PyString>> {
    let n = switches::preset(&preset)?;
    let s = text.to_cow()?;
    let out = n.normalize(&s);
    Ok(to_py(text, out))
}

/// Every Arabic diacritic removed (after NFC); nothing else.
#[pyfunction]
pub(crate) fn strip_diacritics<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let s = text.to_cow()?;
    let out = arabic_text::strip_diacritics(&s);
    Ok(to_py(text, out))
}

/// Every tatweel U+0640 removed; nothing else.
#[pyfunction]
pub(crate) fn strip_tatweel<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let s = text.to_cow()?;
    let out = arabic_text::strip_tatweel(&s);
    Ok(to_py(text, out))
}
