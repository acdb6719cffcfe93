//! Lists of texts: taken from any iterable of `str`, worked on by several
//! threads while the GIL is released, results kept in input order.

use std::num::NonZeroUsize;
use std::thread;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

/// Below this many input bytes a batch runs on the calling thread: starting
/// threads would cost more than they save.
const PARALLEL_MIN_BYTES: usize = 64 * 1024;

/// One text of a batch: the `str` object and its UTF-8.
pub(crate) struct Item<'py> {
    pub(crate) object: Bound<'py, PyAny>,
    pub(crate) text: PyBackedStr,
}

/// The UTF-8 of every item of `texts` (called `what` in errors), an iterable of `str` (a list, a
/// tuple, a pandas Series, a generator).
///
/// # Errors
/// `TypeError` when `texts` is a `str` itself (a common slip: it would be
/// taken character by character) or not iterable, or when an item is not a
/// `str` (the message gives its index and type); `UnicodeEncodeError` (a
/// `ValueError`) when an item has a lone surrogate.
pub(crate) fn texts<'py>(texts: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Item<'py>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not a str (wrap one text in a list)"
        )));
    }
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        if !item.is_instance_of::<PyString>() {
            let type_name = item.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "{what}[{i}] is {type_name}, not str"
            )));
        }
        let text = item.extract::<PyBackedStr>()?;
        out.push(Item { object: item, text });
    }
    Ok(out)
}

/// The thread count for a batch: `threads`, or every available core when
/// `None`.
///
/// # Errors
/// `ValueError` when `threads` is less than 1.
pub(crate) fn thread_count(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(thread::available_parallelism().map_or(1, NonZeroUsize::get)),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => Err(PyValueError::new_err(format!(
            "threads must be None or at least 1, not {n}"
        ))),
    }
}

/// The texts of `texts` (as [`texts`] takes them) and `f` on each of them
/// (as [`map`] runs it), with the thread count of [`thread_count`].
///
/// # Errors
/// Those of [`thread_count`] and [`texts`].
pub(crate) fn run<'py, T, F>(
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    f: F,
) -> PyResult<(Vec<Item<'py>>, Vec<T>)>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
{
    let threads = thread_count(threads)?;
    let items = self::texts(texts, "texts")?;
    let out = map(texts.py(), &items, threads, f);
    Ok((items, out))
}

/// `f` on every text, in order, on up to `threads` threads, with the GIL
/// released. Each thread takes one contiguous run of texts of about the
/// same number of bytes. Small batches run on the calling thread, and so
/// does a run whose thread the system refuses to start.
fn map<T, F>(py: Python<'_>, items: &[Item<'_>], threads: usize, f: F) -> Vec<T>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
{
    let strs: Vec<&str> = items.iter().map(|t| &*t.text).collect();
    py.detach(|| map_strs(&strs, threads, &f))
}

fn map_strs<T, F>(texts: &[&str], threads: usize, f: &F) -> Vec<T>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
{
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let threads = threads.min(texts.len());
    if threads <= 1 || total < PARALLEL_MIN_BYTES {
        return texts.iter().map(|t| f(t)).collect();
    }
    let runs = split(texts, total, threads);
    thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|&run| {
                let handle = thread::Builder::new()
                    .spawn_scoped(scope, move || run.iter().map(|t| f(t)).collect::<Vec<T>>());
                (run, handle.ok())
            })
            .collect();
        let mut out = Vec::with_capacity(texts.len());
        for (run, handle) in handles {
            match handle.map(|h| h.join()) {
                Some(Ok(part)) => out.extend(part),
                // A thread that could not start, or (never, the crate does
                // not panic) one that panicked: redo its run here.
                _ => out.extend(run.iter().map(|t| f(t))),
            }
        }
        out
    })
}

/// `texts` cut into at most `parts` contiguous runs of about `total / parts`
/// bytes each.
fn split<'t, 's>(texts: &'t [&'s str], total: usize, parts: usize) -> Vec<&'t [&'s str]> {
    let target = total.div_ceil(parts).max(1);
    let mut runs = Vec::with_capacity(parts);
    let (mut start, mut bytes) = (0, 0);
    for (i, t) in texts.iter().enumerate() {
        bytes += t.len();
        if bytes >= target && runs.len() + 1 < parts {
            runs.push(&texts[start..=i]);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < texts.len() {
        runs.push(&texts[start..]);
    }
    runs
}
