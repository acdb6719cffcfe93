//! `ArabicAnalyzer`, `Term` and `stem`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use crate::batch;
use crate::index::Forward;

const FLAVOURS: [(&str, arabic_text::Flavour); 2] = [
    ("search", arabic_text::Flavour::Search),
    ("lucene", arabic_text::Flavour::Lucene),
];

/// One index term: the analyzed text, the code-point span (`start`, `end`)
/// and UTF-8 byte span (`byte_start`, `byte_end`) of the token it came from,
/// and its position among the text's word and number tokens.
///
/// ```python
/// t = ArabicAnalyzer().analyze("في إدلب")[0]
/// assert (t.term, t.start, t.end, t.position) == ("ادلب", 3, 7, 1)
/// ```
#[pyclass(frozen, eq, hash, module = "arabic_text")]
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct Term {
    /// The analyzed text.
    #[pyo3(get)]
    term: String,
    /// Code-point index where the original token starts.
    #[pyo3(get)]
    start: usize,
    /// Code-point index just past the original token.
    #[pyo3(get)]
    end: usize,
    /// UTF-8 byte offset where the original token starts.
    #[pyo3(get)]
    byte_start: usize,
    /// UTF-8 byte offset just past the original token.
    #[pyo3(get)]
    byte_end: usize,
    /// The token's index among the word and number tokens.
    #[pyo3(get)]
    position: usize,
}

#[pymethods]
impl Term {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Term(term={}, start={}, end={}, position={})",
            PyString::new(py, &self.term).repr()?,
            self.start,
            self.end,
            self.position
        ))
    }
}

/// Lucene's Arabic analysis chain (`flavour="lucene"`), or this crate's
/// search normalizer before the same stemmer (`flavour="search"`), with an
/// optional stop list. Immutable, thread-safe, picklable.
#[pyclass(frozen, module = "arabic_text")]
pub(crate) struct ArabicAnalyzer {
    inner: arabic_text::ArabicAnalyzer,
    flavour: String,
    stopwords: Option<Vec<String>>,
}

#[pymethods]
impl ArabicAnalyzer {
    /// `ArabicAnalyzer(flavour="search", stopwords=None)`.
    ///
    /// # Errors
    /// `ValueError` naming the flavours for an unknown one; `TypeError` when
    /// `stopwords` is not an iterable of `str`.
    #[new]
    #[pyo3(signature = (flavour = "search".to_owned(), stopwords = None))]
    fn new(flavour: String, stopwords: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let Some(&(_, f)) = FLAVOURS.iter().find(|(n, _)| *n == flavour) else {
            return Err(PyValueError::new_err(format!(
                "unknown flavour '{flavour}'; the flavours are 'search', 'lucene'"
            )));
        };
        let mut inner = arabic_text::ArabicAnalyzer::new(f);
        let stopwords = match stopwords {
            None => None,
            Some(words) => {
                let words: Vec<String> = batch::texts(words, "stopwords")?
                    .iter()
                    .map(|w| w.text.to_string())
                    .collect();
                inner = inner.with_stopwords(words.iter().map(String::as_str));
                Some(words)
            }
        };
        Ok(ArabicAnalyzer {
            inner,
            flavour,
            stopwords,
        })
    }

    /// The terms of `text`, in order.
    fn analyze<'py>(&self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let s = text.to_cow()?;
        let mut at = Forward::new(&s);
        let terms = self
            .inner
            .analyze(&s)
            .map(|t| {
                let span = t.span();
                Bound::new(
                    py,
                    Term {
                        term: t.text().to_owned(),
                        start: at.at(span.start),
                        end: at.at(span.end),
                        byte_start: span.start,
                        byte_end: span.end,
                        position: t.position(),
                    },
                )
                .map(crate::untracked)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, terms)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "ArabicAnalyzer({}, stopwords={})",
            PyString::new(py, &self.flavour).repr()?,
            match &self.stopwords {
                None => "None".to_owned(),
                Some(w) => format!("<{} words>", w.len()),
            }
        ))
    }

    /// For pickle (and so Spark): `ArabicAnalyzer(flavour, stopwords)` again.
    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let stopwords = match &self.stopwords {
            None => py.None().into_bound(py),
            Some(w) => PyList::new(py, w)?.into_any(),
        };
        PyTuple::new(py, [PyString::new(py, &self.flavour).into_any(), stopwords])
    }
}

/// The light stem of one word (Lucene's ArabicStemmer): at most one prefix
/// and the suffixes removed. Give it normalized words.
#[pyfunction]
pub(crate) fn stem<'py>(word: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let s = word.to_cow()?;
    let out = arabic_text::ArabicStemmer::new().stem(&s);
    Ok(if out.len() == s.len() {
        word.clone()
    } else {
        PyString::new(word.py(), out)
    })
}
