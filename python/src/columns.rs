//! Tokens as columns: code-point spans, kind codes and (when asked for)
//! byte spans, filled in one pass over the tokenizer with no allocation per
//! token.
//!
//! A long Python string is read in pieces. The calling thread, which holds
//! the GIL, encodes each piece to UTF-8 and hands it to a second thread that
//! tokenizes the pieces in order (carrying the quote state and the offsets
//! from one to the next); the caller turns each piece's columns into Python
//! objects while the next piece is tokenized. The UTF-8 of the whole string
//! is never held at once: a piece's (about 128 KB for Arabic) stays in cache
//! and in memory the allocator reuses, where that of an 8 MB string costs
//! about as much in fresh pages as in encoding.

use std::sync::mpsc;
use std::thread;

use arabic_text::stream::chunk_boundary;
use arabic_text::{Token, TokenKind, Tokenizer, TokenizerState};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PySlice, PyString};

/// Code points per piece when a long string is read piece by piece.
const PIECE: usize = 1 << 16;

/// What [`Columns`] collect.
#[derive(Clone, Copy)]
pub(crate) struct Want {
    /// Every segment, whitespace included, rather than the tokens.
    pub(crate) segments: bool,
    /// The byte spans too.
    pub(crate) byte_spans: bool,
}

impl Want {
    /// What a list of `Token` objects needs.
    pub(crate) const TOKENS: Want = Want {
        segments: false,
        byte_spans: true,
    };
    /// What a list of segment `Token` objects needs.
    pub(crate) const SEGMENTS: Want = Want {
        segments: true,
        byte_spans: true,
    };
}

/// The tokens of a text, or of one piece of it, as columns of one length.
/// Offsets are in the whole text.
pub(crate) struct Columns {
    /// Code-point index of each token's first character.
    pub(crate) starts: Vec<usize>,
    /// Code-point index just past each token's last character.
    pub(crate) ends: Vec<usize>,
    /// Each token's kind, as an index into [`TokenKind::NAMES`].
    pub(crate) kinds: Vec<u8>,
    /// UTF-8 byte spans: empty unless [`Want::byte_spans`].
    pub(crate) byte_spans: Vec<(usize, usize)>,
}

impl Columns {
    /// The tokens (or segments) of `text`.
    pub(crate) fn of(text: &str, want: Want) -> Self {
        Pieces::new(want).tokenize(text)
    }
}

/// Calls `sink` with the columns of `text`'s tokens (or segments): once for
/// a short text, once per piece, in order, for a long one (see the module
/// docs).
///
/// # Errors
/// `UnicodeEncodeError` when `text` has a lone surrogate, and those of
/// `sink`.
pub(crate) fn read<'py>(
    text: &Bound<'py, PyString>,
    want: Want,
    mut sink: impl FnMut(Columns) -> PyResult<()>,
) -> PyResult<()> {
    let len = text.code_point_len()?;
    if len <= PIECE {
        return sink(Columns::of(&crate::utf8(text)?, want));
    }
    thread::scope(|scope| {
        // One piece waits in each channel: the worker tokenizes piece k
        // while this thread encodes piece k + 1 and sinks piece k - 1.
        let (to_worker, inbox) = mpsc::sync_channel::<(PyBackedStr, usize)>(1);
        let (to_caller, results) = mpsc::sync_channel::<(Columns, PyBackedStr)>(1);
        let worker = thread::Builder::new().spawn_scoped(scope, move || {
            let mut pieces = Pieces::new(want);
            for (piece, cut) in inbox {
                let columns = pieces.tokenize(&piece[..cut]);
                if to_caller.send((columns, piece)).is_err() {
                    break;
                }
            }
        });
        if worker.is_err() {
            // No second thread: the same pieces, one after the other here.
            let mut pieces = Pieces::new(want);
            return split(text, len, |piece, cut| sink(pieces.tokenize(&piece[..cut])));
        }
        let mut in_flight = 0;
        let sent = split(text, len, |piece, cut| {
            if in_flight == 2 {
                let (columns, _piece) = receive(&results)?;
                in_flight -= 1;
                sink(columns)?;
            }
            to_worker.send((piece, cut)).map_err(|_| worker_stopped())?;
            in_flight += 1;
            Ok(())
        });
        drop(to_worker);
        sent?;
        for (columns, _piece) in results.iter() {
            sink(columns)?;
        }
        Ok(())
    })
}

/// The next result of the worker.
fn receive(results: &mpsc::Receiver<(Columns, PyBackedStr)>) -> PyResult<(Columns, PyBackedStr)> {
    results.recv().map_err(|_| worker_stopped())
}

/// The worker only stops early by panicking, which the crate never does.
fn worker_stopped() -> PyErr {
    pyo3::exceptions::PyRuntimeError::new_err("the tokenizer thread stopped")
}

/// Cuts `text` (`len` code points) into pieces of about [`PIECE`] code
/// points, each ending where tokenizing the two sides apart (the quote state
/// carried over) gives the same tokens as tokenizing them together, and
/// passes each piece to `each`, in order: the UTF-8 of a substring, and
/// where the piece ends in it.
fn split(
    text: &Bound<'_, PyString>,
    len: usize,
    mut each: impl FnMut(PyBackedStr, usize) -> PyResult<()>,
) -> PyResult<()> {
    let (mut at, mut piece) = (0, PIECE);
    while at < len {
        let end = at.saturating_add(piece).min(len);
        let utf8 = match crate::utf8(&substring(text, at, end)?) {
            Ok(utf8) => utf8,
            // A lone surrogate: the error of the whole text, whose position
            // is in it, not in the piece.
            Err(e) => return Err(crate::utf8(text).err().unwrap_or(e)),
        };
        if utf8.is_empty() {
            break;
        }
        let cut = if end == len {
            utf8.len()
        } else {
            chunk_boundary(&utf8)
        };
        if cut == 0 || !utf8.is_char_boundary(cut) {
            // No place to cut: a longer piece, until one has or it ends the
            // text (doubling keeps the work linear).
            piece = piece.saturating_mul(2);
            continue;
        }
        at += utf8[..cut].chars().count();
        each(utf8, cut)?;
        piece = PIECE;
    }
    Ok(())
}

/// `text[start:end]` (code-point indices) as `str` slices it, whatever a
/// subclass of `str` does.
fn substring<'py>(
    text: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let py = text.py();
    let index = |i: usize| isize::try_from(i).unwrap_or(isize::MAX);
    let slice = PySlice::new(py, index(start), index(end), 1);
    let piece = py
        .get_type::<PyString>()
        .call_method1(intern!(py, "__getitem__"), (text, slice))?;
    Ok(piece.cast_into::<PyString>()?)
}

/// Tokenizes consecutive pieces of one text, carrying the quote state, the
/// offsets and the kind codes from one piece to the next.
struct Pieces {
    want: Want,
    state: TokenizerState,
    codes: Codes,
    /// Code points and bytes of the pieces tokenized so far.
    code_points: usize,
    bytes: usize,
}

impl Pieces {
    fn new(want: Want) -> Self {
        Pieces {
            want,
            state: TokenizerState::default(),
            codes: Codes::default(),
            code_points: 0,
            bytes: 0,
        }
    }

    /// The columns of `text`, the piece after those already tokenized.
    fn tokenize(&mut self, text: &str) -> Columns {
        // A token per 6 bytes is about what Arabic prose gives (a word of
        // four letters and a space); the vectors grow past it if need be.
        let guess = text.len() / 6 + 1;
        let mut out = Columns {
            starts: Vec::with_capacity(guess),
            ends: Vec::with_capacity(guess),
            kinds: Vec::with_capacity(guess),
            byte_spans: Vec::with_capacity(if self.want.byte_spans { guess } else { 0 }),
        };
        let tokenizer = Tokenizer::new();
        self.state = if self.want.segments {
            let mut tokens = tokenizer.segments_with_state(text, self.state);
            self.extend(&mut out, text, &mut tokens);
            tokens.state()
        } else {
            let mut tokens = tokenizer.tokenize_with_state(text, self.state);
            self.extend(&mut out, text, &mut tokens);
            tokens.state()
        };
        self.bytes += text.len();
        out
    }

    /// Appends `tokens` of `text` to `out`, counting code points as they
    /// come: the characters between two tokens, then those of the token,
    /// then those after the last one.
    fn extend<'a>(
        &mut self,
        out: &mut Columns,
        text: &'a str,
        tokens: impl Iterator<Item = Token<'a>>,
    ) {
        let bytes = text.as_bytes();
        let (mut byte, mut code_point) = (0, self.code_points);
        for t in tokens {
            let span = t.span();
            code_point += chars_in(bytes, byte, span.start);
            let start = code_point;
            code_point += chars_in(bytes, span.start, span.end);
            byte = span.end;
            out.starts.push(start);
            out.ends.push(code_point);
            out.kinds.push(self.codes.of(t.kind()));
            if self.want.byte_spans {
                out.byte_spans
                    .push((self.bytes + span.start, self.bytes + span.end));
            }
        }
        self.code_points = code_point + chars_in(bytes, byte, bytes.len());
    }
}

/// The number of characters in `bytes[start..end]`, a run of whole UTF-8
/// characters: its bytes that are not continuation bytes (`0b10xx_xxxx`),
/// counted a word of eight at a time, the last word read whole from
/// `bytes` and masked when it lies inside (tokens are short: too short for
/// a vector loop or a byte loop for the tail to pay).
#[inline]
fn chars_in(bytes: &[u8], start: usize, end: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut continuation = 0;
    let mut at = start;
    while at < end {
        let n = (end - at).min(8);
        let mut word = [0; 8];
        match bytes.get(at..at + 8) {
            Some(whole) => word.copy_from_slice(whole),
            None => {
                for (w, &b) in word.iter_mut().zip(bytes.get(at..end).unwrap_or_default()) {
                    *w = b;
                }
            }
        }
        let keep = u64::MAX >> (64 - 8 * n);
        let w = u64::from_le_bytes(word) & keep;
        // Bit 7 of each byte of `w & !(w << 1)`: set for a continuation
        // byte (bit 7 set, bit 6 clear: `w << 1` moves each byte's bit 6 to
        // its bit 7); the multiplication sums the eight bits in the top byte.
        continuation += ((((w & !(w << 1)) & HIGH) >> 7).wrapping_mul(ONES) >> 56) as usize;
        at += n;
    }
    end.saturating_sub(start) - continuation
}

/// Kind codes: the index of a kind's name in [`TokenKind::NAMES`], looked up
/// once per kind and text.
#[derive(Default)]
struct Codes {
    /// The last kind seen and its code: most tokens are words.
    last: Option<(TokenKind, u8)>,
    seen: Vec<(TokenKind, u8)>,
}

impl Codes {
    #[inline]
    fn of(&mut self, kind: TokenKind) -> u8 {
        match self.last {
            Some((k, code)) if k == kind => code,
            _ => {
                let code = self.lookup(kind);
                self.last = Some((kind, code));
                code
            }
        }
    }

    fn lookup(&mut self, kind: TokenKind) -> u8 {
        if let Some(&(_, code)) = self.seen.iter().find(|(k, _)| *k == kind) {
            return code;
        }
        let name = kind.as_str();
        let code = TokenKind::NAMES
            .iter()
            .position(|n| *n == name)
            .and_then(|i| u8::try_from(i).ok())
            .unwrap_or(u8::MAX);
        self.seen.push((kind, code));
        code
    }
}

/// The stable name of kind code `code` (`other` for a code that names no
/// kind, which [`Codes`] never gives).
pub(crate) fn name(code: u8) -> &'static str {
    TokenKind::NAMES
        .get(usize::from(code))
        .copied()
        .unwrap_or("other")
}
