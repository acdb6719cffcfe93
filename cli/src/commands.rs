//! The subcommands: each reads one input and writes its rows.

use std::io::{self, Read, Write};
use std::sync::mpsc;

use arabic_text::{ArabicAnalyzer, Normalizer, Token, TokenKind, Tokenizer, TokenizerState};

use crate::args::{Format, SentenceFormat};
use crate::cutters::{
    normalize_in_context, tokens_in_context, with_context, NormalizeCutter, SentenceCutter,
    TermCutter, TokenCutter,
};
use crate::input::{
    for_each_batch, for_each_chunk, for_each_field, Chunk, OwnedChunk, ReadOptions,
};
use crate::output::{push_json, JsonOffsets, JsonSentence, Label, Origin, Row};
use crate::report::Failure;
use rayon::prelude::*;

/// What every subcommand needs to know about the input it reads.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// Where the rows come from (the line is filled in per row).
    pub origin: Origin<'a>,
    /// How to read.
    pub options: ReadOptions,
    /// `--field`.
    pub field: Option<u32>,
    /// `--jobs`: with more than 1, chunks are processed on the thread pool
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
        None if input.jobs > 1 => for_each_batch(reader, input.options, &cutter, |batch| {
            let texts: Vec<_> = batch
                .par_iter()
                .map(|c| normalize_in_context(n, &c.chunk()).into_owned())
                .collect();
            texts.iter().try_for_each(|t| emit(out, &[t]))
        }),
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

/// `normalize --offsets`: one JSON object per line (or per chunk of a long
/// line), with absolute offsets into the file and into its normalized text;
/// with `--field`, one per line, relative to the field.
pub fn normalize_offsets<R: Read, W: Write>(
    reader: R,
    n: &Normalizer,
    input: Input<'_>,
    out: &mut W,
) -> Result<(), Failure> {
    let mut sink = Sink::new(out);
    let file = input.origin.file;
    match input.field {
        None => {
            let mut normalized_base = 0u64;
            for_each_chunk(reader, input.options, &NormalizeCutter(n), |chunk| {
                if !chunk.behind.is_empty() || !chunk.ahead.is_empty() {
                    normalized_base +=
                        offsets_in_context(n, &chunk, file, normalized_base, &mut sink.buf)?;
                    return sink.flush();
                }
                let mut original_base = chunk.base;
                // After a line feed is a safe cut: lines normalize on their own.
                for piece in chunk.text.split_inclusive('\n') {
                    let o = original_base;
                    normalized_base +=
                        offsets_object(n, file, None, piece, o, normalized_base, &mut sink.buf)?;
                    original_base += piece.len() as u64;
                }
                sink.flush()
            })
        }
        Some(field) => for_each_field(reader, input.options, field, |line| {
            offsets_object(n, file, Some(line.number), line.field, 0, 0, &mut sink.buf)?;
            sink.flush()
        }),
    }
}

/// Appends the `normalize --offsets` object of `piece`, found at original
/// offset `o` and normalized offset `m`; returns its normalized length.
fn offsets_object(
    n: &Normalizer,
    file: &str,
    line: Option<u64>,
    piece: &str,
    o: u64,
    m: u64,
    buf: &mut Vec<u8>,
) -> Result<u64, Failure> {
    let nwo = n.normalize_with_offsets(piece);
    let to = |v: usize| v as u64;
    let segments = nwo
        .offsets()
        .segments()
        .map(|seg| {
            let (nr, or) = (seg.normalized(), seg.original());
            (
                m + to(nr.start),
                m + to(nr.end),
                o + to(or.start),
                o + to(or.end),
                seg.kind().as_str(),
            )
        })
        .collect();
    let object = JsonOffsets {
        file,
        line,
        original: [o, o + to(piece.len())],
        normalized: [m, m + to(nwo.text().len())],
        text: nwo.text(),
        segments,
    };
    push_json(buf, &object)?;
    Ok(to(nwo.text().len()))
}

/// The `normalize --offsets` object of a chunk cut at a cut that is not a
/// preferred one: normalized with its context; a segment that crosses the
/// chunk's ends is clipped to them and becomes `replaced`.
fn offsets_in_context(
    n: &Normalizer,
    chunk: &Chunk<'_>,
    file: &str,
    m: u64,
    buf: &mut Vec<u8>,
) -> Result<u64, Failure> {
    let (nwo, r) = with_context(n, chunk);
    let c = chunk.behind.len()..chunk.behind.len() + chunk.text.len();
    let Some(text) = nwo.text().get(r.clone()) else {
        return offsets_object(n, file, None, chunk.text, chunk.base, m, buf);
    };
    let o = chunk.base;
    let to = |v: usize| v as u64;
    let segments = nwo
        .offsets()
        .segments()
        .filter_map(|seg| {
            let (nr, or) = (seg.normalized(), seg.original());
            let inside =
                c.start <= or.start && or.end <= c.end && r.start <= nr.start && nr.end <= r.end;
            let kind = if inside {
                seg.kind().as_str()
            } else if or.start < c.end && or.end > c.start {
                "replaced"
            } else {
                return None;
            };
            let (os, oe) = (or.start.clamp(c.start, c.end), or.end.clamp(c.start, c.end));
            let (ns, ne) = (nr.start.clamp(r.start, r.end), nr.end.clamp(r.start, r.end));
            Some((
                m + to(ns - r.start),
                m + to(ne - r.start),
                o + to(os - c.start),
                o + to(oe - c.start),
                kind,
            ))
        })
        .collect();
    let object = JsonOffsets {
        file,
        line: None,
        original: [o, o + to(chunk.text.len())],
        normalized: [m, m + to(text.len())],
        text,
        segments,
    };
    push_json(buf, &object)?;
    Ok(to(text.len()))
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
    let row = |token: Token<'_>, base: u64, origin, buf: &mut Vec<u8>| {
        if !segments && token.kind() == TokenKind::Whitespace {
            return Ok(());
        }
        let span = token.span();
        let row = Row {
            start: base + span.start as u64,
            end: base + span.end as u64,
            label: Label::Kind(token.kind().as_str()),
            text: token.text(),
        };
        row.push(buf, format, origin)
    };
    match input.field {
        None if input.jobs > 1 => {
            // The quote state flows from chunk to chunk, so tokens are found
            // in order, on this thread; the rows, most of the work, are
            // written in parallel on another, one batch behind.
            let format_batch = |(batch, spans): (Vec<OwnedChunk>, Vec<Vec<_>>)| {
                batch
                    .par_iter()
                    .zip(spans)
                    .map(|(c, tokens)| {
                        let (chunk, mut buf) = (c.chunk(), Vec::new());
                        for (start, end, kind) in tokens {
                            let (start, end, kind): (u32, u32, TokenKind) = (start, end, kind);
                            let text = chunk.text.get(start as usize..end as usize);
                            let row = Row {
                                start: chunk.base + u64::from(start),
                                end: chunk.base + u64::from(end),
                                label: Label::Kind(kind.as_str()),
                                text: text.unwrap_or_default(),
                            };
                            row.push(&mut buf, format, input.origin)?;
                        }
                        Ok::<_, io::Error>(buf)
                    })
                    .collect::<Vec<_>>()
            };
            std::thread::scope(|scope| {
                let (to_rows, batches) = mpsc::sync_channel(1);
                let (to_out, rows) = mpsc::channel();
                scope.spawn(move || {
                    for batch in batches {
                        if to_out.send(format_batch(batch)).is_err() {
                            return;
                        }
                    }
                });
                let mut write = |outputs: Vec<io::Result<Vec<u8>>>| {
                    outputs
                        .into_iter()
                        .try_for_each(|o| sink.out.write_all(&o?).map_err(Failure::from))
                };
                let mut state = TokenizerState::default();
                let mut scratch = String::new();
                let read = for_each_batch(reader, input.options, &TokenCutter, |batch| {
                    let mut spans = Vec::with_capacity(batch.len());
                    for c in &batch {
                        // Offsets in a chunk fit in 32 bits (see `jobs`).
                        let mut tokens = Vec::new();
                        state = tokens_in_context(&c.chunk(), state, &mut scratch, |t| {
                            if segments || t.kind() != TokenKind::Whitespace {
                                let span = t.span();
                                tokens.push((span.start as u32, span.end as u32, t.kind()));
                            }
                            Ok::<(), Failure>(())
                        })?;
                        spans.push(tokens);
                    }
                    // Write what is ready, then hand this batch over.
                    while let Ok(outputs) = rows.try_recv() {
                        write(outputs)?;
                    }
                    to_rows
                        .send((batch, spans))
                        .map_err(|_| Failure::Output(io::Error::other("formatter stopped")))
                });
                drop(to_rows);
                // Everything read before an input error goes out first.
                for outputs in rows {
                    write(outputs)?;
                }
                read
            })
        }
        None => {
            let mut state = TokenizerState::default();
            let mut scratch = String::new();
            for_each_chunk(reader, input.options, &TokenCutter, |chunk| {
                let buf = &mut sink.buf;
                state = tokens_in_context(&chunk, state, &mut scratch, |t| {
                    row(t, chunk.base, input.origin, buf)
                })?;
                sink.flush()
            })
        }
        Some(field) => for_each_field(reader, input.options, field, |line| {
            let origin = Origin {
                line: Some(line.number),
                ..input.origin
            };
            for t in Tokenizer::new().segments(line.field) {
                row(t, 0, origin, &mut sink.buf)?;
            }
            sink.flush()
        }),
    }
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
            let mut position_base = 0u64;
            for_each_batch(reader, input.options, &cutter, |batch| {
                // Terms are found in parallel, and numbered and written in
                // order. Their texts are kept end to end in one string.
                let found: Vec<_> = batch
                    .par_iter()
                    .map(|c| {
                        let mut terms = analyzer.analyze(c.chunk().text);
                        let (mut texts, mut rows) = (String::new(), Vec::new());
                        for t in terms.by_ref() {
                            let span = t.span();
                            texts.push_str(t.text());
                            rows.push((span, t.position() as u64, texts.len()));
                        }
                        (texts, rows, terms.next_position() as u64)
                    })
                    .collect();
                for (c, (texts, rows, positions)) in batch.iter().zip(found) {
                    let base = c.chunk().base;
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
            })
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
                    buf.extend_from_slice(text.as_bytes());
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
        None if input.jobs > 1 => for_each_batch(reader, input.options, &SentenceCutter, |batch| {
            let outputs: Vec<_> = batch
                .par_iter()
                .map(|c| {
                    let (chunk, mut buf) = (c.chunk(), Vec::new());
                    rows(chunk.text, chunk.base, None, &mut buf).map(|()| buf)
                })
                .collect();
            for output in outputs {
                sink.out.write_all(&output?)?;
            }
            Ok(())
        }),
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
