//! The subcommands: each reads one input and writes its rows.

use std::io::{Read, Write};
use std::ops::Range;
use std::sync::Mutex;

use arabic_text::{ArabicAnalyzer, Normalizer, Token, TokenKind, Tokenizer, TokenizerState};

use crate::args::{Format, SentenceFormat};
use crate::cut::Cutter;
use crate::cutters::{
    normalize_in_context, state_after, tokens_in_context, NormalizeCutter, SentenceCutter,
    TermCutter, TokenCutter,
};
use crate::input::{for_each_chunk, for_each_field, Chunk, OwnedChunk, ReadOptions};
use crate::jobs::{in_order, IN_FLIGHT};
use crate::output::{push_escaped, push_json, JsonSentence, Label, Origin, Row};
use crate::report::Failure;

/// What every subcommand needs to know about the input it reads.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// Where the rows come from (the line is filled in per row).
    pub origin: Origin<'a>,
    /// How to read.
    pub options: ReadOptions,
    /// `--field`.
    pub field: Option<u32>,
    /// `--jobs`: with more than 1, chunks are processed on worker threads
    /// (not with `--field`, nor `normalize --offsets`).
    pub jobs: usize,
}

/// Output collected per chunk, then written at once.
struct Sink<'w, W: Write> {
    out: &'w mut W,
    buf: Vec<u8>,
}

impl<'w, W: Write> Sink<'w, W> {
    fn new(out: &'w mut W) -> Self {
        Sink {
            out,
            buf: Vec::with_capacity(1 << 16),
        }
    }

    fn flush(&mut self) -> Result<(), Failure> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

/// `normalize`. `open_line` tells whether the output so far (of earlier
/// files) ends without a line feed: a line feed is then written before this
/// file's first output, so that the last line of a file never joins the
/// first line of the next. It is updated for the next file.
pub fn normalize<R: Read, W: Write>(
    reader: R,
    n: &Normalizer,
    input: Input<'_>,
    out: &mut W,
    open_line: &mut bool,
) -> Result<(), Failure> {
    // A line feed is owed until this file writes something.
    let mut owed = std::mem::take(open_line);
    let mut ends_open = false;
    let mut emit = |out: &mut W, parts: &[&str]| {
        for part in parts.iter().filter(|p| !p.is_empty()) {
            if std::mem::take(&mut owed) {
                out.write_all(b"\n")?;
            }
            out.write_all(part.as_bytes())?;
            ends_open = !part.ends_with('\n');
        }
        Ok::<(), Failure>(())
    };
    let cutter = NormalizeCutter(n);
    let result = match input.field {
        None if input.jobs > 1 => in_order(
            reader,
            (input.options, &cutter, input.jobs, IN_FLIGHT),
            Ok,
            |batch: Vec<OwnedChunk>| {
                let mut text = String::new();
                for c in &batch {
                    text.push_str(&normalize_in_context(n, &c.chunk()));
                }
                text
            },
            |text| emit(out, &[&text]),
        ),
        None => for_each_chunk(reader, input.options, &cutter, |chunk| {
            emit(out, &[&normalize_in_context(n, &chunk)])
        }),
        Some(field) => for_each_field(reader, input.options, field, |line| {
            emit(out, &[line.before, &n.normalize(line.field), line.after])
        }),
    };
    *open_line = owed || ends_open;
    result
}

/// Appends the rows of the tokens of `chunk`, found from the quote state
/// `state`, calling `spill` after each; returns the state at the chunk's
/// end.
fn token_rows(
    chunk: &Chunk<'_>,
    state: TokenizerState,
    (format, segments, origin): (Format, bool, Origin<'_>),
    scratch: &mut String,
    buf: &mut Vec<u8>,
    mut spill: impl FnMut(&mut Vec<u8>) -> Result<(), Failure>,
) -> Result<TokenizerState, Failure> {
    tokens_in_context(chunk, state, scratch, |t| {
        if !segments && t.kind() == TokenKind::Whitespace {
            return Ok(());
        }
        token_row(t, chunk.base, format, origin, buf)?;
        spill(buf)
    })
}

/// Appends the row of `token`, found at offset `base`.
fn token_row(
    token: Token<'_>,
    base: u64,
    format: Format,
    origin: Origin<'_>,
    buf: &mut Vec<u8>,
) -> Result<(), Failure> {
    let span = token.span();
    let row = Row {
        start: base + span.start as u64,
        end: base + span.end as u64,
        label: Label::Kind(token.kind().as_str()),
        text: token.text(),
    };
    Ok(row.push(buf, format, origin)?)
}

/// `tokenize`.
pub fn tokenize<R: Read, W: Write>(
    reader: R,
    format: Format,
    segments: bool,
    input: Input<'_>,
    out: &mut W,
) -> Result<(), Failure> {
    let mut sink = Sink::new(out);
    let how = (format, segments, input.origin);
    match input.field {
        None if input.jobs > 1 => {
            // The quote state flows from chunk to chunk: this thread finds
            // it at the start of each chunk, looking only at the quotes,
            // while the workers tokenize the chunks and write their rows.
            let mut state = TokenizerState::default();
            let mut scratch = String::new();
            let prepare = |batch: Vec<OwnedChunk>| {
                let mut starts = Vec::with_capacity(batch.len());
                for c in &batch {
                    starts.push(state);
                    state = state_after(&c.chunk(), state, &mut scratch);
                }
                Ok((batch, starts))
            };
            // Output buffers are used again: fresh ones cost page faults.
            let spare = Mutex::new(Vec::new());
            let work = |(batch, starts): (Vec<OwnedChunk>, Vec<TokenizerState>)| {
                let buf = spare.lock().ok().and_then(|mut s| s.pop());
                let (mut buf, mut scratch) = (buf.unwrap_or_default(), String::new());
                batch.iter().zip(starts).try_for_each(|(c, state)| {
                    token_rows(&c.chunk(), state, how, &mut scratch, &mut buf, |_| Ok(())).map(drop)
                })?;
                Ok::<_, Failure>(buf)
            };
            in_order(
                reader,
                (input.options, &TokenCutter, input.jobs, IN_FLIGHT),
                prepare,
                work,
                |rows| {
                    let mut rows = rows?;
                    sink.out.write_all(&rows)?;
                    rows.clear();
                    // Not the buffers of one-byte tokens (up to 60 times the
                    // batch): kept, they would hold that much per thread.
                    if let (true, Ok(mut spare)) = (rows.capacity() <= 4 << 20, spare.lock()) {
                        spare.push(rows);
                    }
                    Ok(())
                },
            )
        }
        None => {
            let mut state = TokenizerState::default();
            let mut scratch = String::new();
            for_each_chunk(reader, input.options, &TokenCutter, |chunk| {
                // The rows go out every 32 KiB: the rows of a chunk take a
                // few times its size.
                let out = &mut sink.out;
                let spill = |buf: &mut Vec<u8>| {
                    if buf.len() >= 32 << 10 {
                        out.write_all(buf)?;
                        buf.clear();
                    }
                    Ok(())
                };
                state = token_rows(&chunk, state, how, &mut scratch, &mut sink.buf, spill)?;
                sink.flush()
            })
        }
        Some(field) => for_each_field(reader, input.options, field, |line| {
            let origin = Origin {
                line: Some(line.number),
                ..input.origin
            };
            for t in Tokenizer::new().segments(line.field) {
                if segments || t.kind() != TokenKind::Whitespace {
                    token_row(t, 0, format, origin, &mut sink.buf)?;
                }
            }
            sink.flush()
        }),
    }
}

/// The terms of one chunk: their texts end to end, and for each its span,
/// position and where its text ends.
struct ChunkTerms {
    base: u64,
    texts: String,
    rows: Vec<(Range<usize>, u64, usize)>,
    /// Positions taken.
    positions: u64,
}

/// The terms of `c`.
fn chunk_terms(analyzer: &ArabicAnalyzer, c: &OwnedChunk) -> ChunkTerms {
    let chunk = c.chunk();
    let mut terms = analyzer.analyze(chunk.text);
    let (mut texts, mut rows) = (String::new(), Vec::new());
    for t in terms.by_ref() {
        texts.push_str(t.text());
        rows.push((t.span(), t.position() as u64, texts.len()));
    }
    ChunkTerms {
        base: chunk.base,
        texts,
        rows,
        positions: terms.next_position() as u64,
    }
}

/// A chunk for `analyze --jobs`: analyzed already, or to be analyzed on a
/// worker.
enum Analysis {
    Done(ChunkTerms),
    ToDo(OwnedChunk),
}

/// `analyze`.
pub fn analyze<R: Read, W: Write>(
    reader: R,
    analyzer: &ArabicAnalyzer,
    format: Format,
    input: Input<'_>,
    out: &mut W,
) -> Result<(), Failure> {
    let mut sink = Sink::new(out);
    // Word and number tokens do not depend on the quote state carried from
    // chunk to chunk, so each chunk is analyzed on its own. Returns the
    // number of positions taken (every word and number token takes one,
    // stop words included).
    let rows = |text: &str, base: u64, position_base: u64, origin, buf: &mut Vec<u8>| {
        let mut terms = analyzer.analyze(text);
        for term in terms.by_ref() {
            let span = term.span();
            let row = Row {
                start: base + span.start as u64,
                end: base + span.end as u64,
                label: Label::Position(position_base + term.position() as u64),
                text: term.text(),
            };
            row.push(buf, format, origin)?;
        }
        Ok::<u64, Failure>(terms.next_position() as u64)
    };
    let cutter = TermCutter(analyzer);
    match input.field {
        None if input.jobs > 1 => {
            // Terms are found on the workers, and numbered and written in
            // order. A chunk cut by force (a run without spaces), whose
            // analysis takes up to 50 times its size, is analyzed on this
            // thread: two such analyses never run side by side.
            let prepare = |batch: Vec<OwnedChunk>| {
                let big = |c: &OwnedChunk| c.chunk().text.len() > input.options.max_hold / 2;
                Ok(batch
                    .into_iter()
                    .map(|c| match big(&c) {
                        true => Analysis::Done(chunk_terms(analyzer, &c)),
                        false => Analysis::ToDo(c),
                    })
                    .collect::<Vec<_>>())
            };
            let work = |batch: Vec<Analysis>| {
                batch
                    .into_iter()
                    .map(|a| match a {
                        Analysis::Done(terms) => terms,
                        Analysis::ToDo(c) => chunk_terms(analyzer, &c),
                    })
                    .collect::<Vec<_>>()
            };
            let mut position_base = 0u64;
            let done = |found: Vec<ChunkTerms>| {
                for ChunkTerms {
                    base,
                    texts,
                    rows,
                    positions,
                } in found
                {
                    let mut from = 0;
                    for (span, position, to) in rows {
                        let row = Row {
                            start: base + span.start as u64,
                            end: base + span.end as u64,
                            label: Label::Position(position_base + position),
                            text: texts.get(from..to).unwrap_or_default(),
                        };
                        from = to;
                        row.push(&mut sink.buf, format, input.origin)?;
                    }
                    position_base += positions;
                    sink.flush()?;
                }
                Ok(())
            };
            let how = (input.options, &cutter as &dyn Cutter, input.jobs, 1);
            in_order(reader, how, prepare, work, done)
        }
        None => {
            let mut position_base = 0u64;
            for_each_chunk(reader, input.options, &cutter, |chunk| {
                position_base += rows(
                    chunk.text,
                    chunk.base,
                    position_base,
                    input.origin,
                    &mut sink.buf,
                )?;
                sink.flush()
            })
        }
        Some(field) => for_each_field(reader, input.options, field, |line| {
            let origin = Origin {
                line: Some(line.number),
                ..input.origin
            };
            rows(line.field, 0, 0, origin, &mut sink.buf)?;
            sink.flush()
        }),
    }
}

/// `sentences`.
pub fn sentences<R: Read, W: Write>(
    reader: R,
    format: SentenceFormat,
    input: Input<'_>,
    out: &mut W,
) -> Result<(), Failure> {
    let mut sink = Sink::new(out);
    let blank = |c: char| c.is_whitespace() || arabic_text::chars::is_invisible(c);
    let rows = |text: &str, base: u64, line: Option<u64>, buf: &mut Vec<u8>| {
        let mut at = 0;
        for sentence in arabic_text::sentences(text) {
            let start = at + (sentence.len() - sentence.trim_start_matches(blank).len());
            at += sentence.len();
            let text = sentence.trim_matches(blank);
            if text.is_empty() {
                continue;
            }
            match format {
                SentenceFormat::Text => {
                    // One sentence per line, escaped as `text` rows are.
                    push_escaped(buf, text);
                    buf.push(b'\n');
                }
                SentenceFormat::Jsonl => {
                    let start = base + start as u64;
                    let end = start + text.len() as u64;
                    let file = input.origin.file;
                    push_json(
                        buf,
                        &JsonSentence {
                            file,
                            line,
                            start,
                            end,
                            text,
                        },
                    )?;
                }
            }
        }
        Ok::<(), Failure>(())
    };
    match input.field {
        None if input.jobs > 1 => in_order(
            reader,
            (input.options, &SentenceCutter, input.jobs, IN_FLIGHT),
            Ok,
            |batch: Vec<OwnedChunk>| {
                let mut buf = Vec::new();
                for c in &batch {
                    let chunk = c.chunk();
                    rows(chunk.text, chunk.base, None, &mut buf)?;
                }
                Ok::<_, Failure>(buf)
            },
            |buf| Ok(sink.out.write_all(&buf?)?),
        ),
        None => for_each_chunk(reader, input.options, &SentenceCutter, |chunk| {
            rows(chunk.text, chunk.base, None, &mut sink.buf)?;
            sink.flush()
        }),
        Some(field) => for_each_field(reader, input.options, field, |line| {
            rows(line.field, 0, Some(line.number), &mut sink.buf)?;
            sink.flush()
        }),
    }
}
