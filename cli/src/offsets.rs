//! `normalize --offsets`: JSON Lines with the offset map of each line (or
//! chunk) back to the input (CONFORMANCE.md §l).

use std::io::{Read, Write};

use arabic_text::Normalizer;

use crate::commands::Input;
use crate::cutters::{with_context, NormalizeCutter};
use crate::input::{for_each_chunk, for_each_field, Chunk};
use crate::output::{push_json, JsonOffsets};
use crate::report::Failure;

/// `normalize --offsets`: one JSON object per line (or per chunk of a long
/// line), with absolute offsets into the file and into its normalized text;
/// with `--field`, one per line, relative to the field. `open_end` is where
/// the output of the earlier files ends when it ends without a line feed: a
/// line feed is then written before this file's first object with text, as
/// an object of its own ([`push_line_break`]). Objects with empty text
/// (blank lines, white space trimmed away) neither take the line feed nor
/// leave a line open: as in plain `normalize`, it depends on the normalized
/// text only. It is updated for the next file.
pub fn normalize_offsets<R: Read, W: Write>(
    reader: R,
    n: &Normalizer,
    input: Input<'_>,
    out: &mut W,
    open_end: &mut Option<OpenEnd>,
) -> Result<(), Failure> {
    let (sink, mut buf) = (out, Vec::with_capacity(1 << 16));
    let file = input.origin.file;
    let Some(field) = input.field else {
        let mut written = Written {
            m: 0,
            open: None,
            owed: open_end.take(),
        };
        let mut original = 0u64;
        let read = for_each_chunk(reader, input.options, &NormalizeCutter(n), |chunk| {
            original = chunk.base + chunk.text.len() as u64;
            if !chunk.behind.is_empty() || !chunk.ahead.is_empty() {
                let at = buf.len();
                let object = offsets_in_context(n, &chunk, file, written.m, &mut buf)?;
                written.record(&mut buf, at, object)?;
            } else {
                let mut o = chunk.base;
                // After a line feed is a safe cut: lines normalize on their own.
                for piece in chunk.text.split_inclusive('\n') {
                    let at = buf.len();
                    let object = offsets_object(n, file, None, piece, o, written.m, &mut buf)?;
                    written.record(&mut buf, at, object)?;
                    o += piece.len() as u64;
                }
            }
            sink.write_all(&buf)?;
            buf.clear();
            Ok(())
        });
        *open_end = match written.open {
            // No text written: a line feed is still owed to the earlier file.
            None => written.owed,
            Some(true) => Some(OpenEnd {
                file: file.to_owned(),
                original,
                normalized: written.m,
            }),
            Some(false) => None,
        };
        return read;
    };
    for_each_field(reader, input.options, field, |line| {
        offsets_object(n, file, Some(line.number), line.field, 0, 0, &mut buf)?;
        sink.write_all(&buf)?;
        buf.clear();
        Ok(())
    })
}

/// The normalized text written so far for one file.
struct Written {
    /// Its length.
    m: u64,
    /// Whether it ends without a line feed (`None` while it is empty).
    open: Option<bool>,
    /// Where the output of an earlier file ends, when a line feed is owed
    /// to it.
    owed: Option<OpenEnd>,
}

impl Written {
    /// Records the object just appended to `buf` at `at`, whose text is
    /// `len` bytes long and ends without a line feed when `ends_open`: when
    /// it has text, the owed line feed's object goes in before it.
    fn record(
        &mut self,
        buf: &mut Vec<u8>,
        at: usize,
        (len, ends_open): (u64, bool),
    ) -> Result<(), Failure> {
        if len > 0 {
            if let Some(end) = self.owed.take() {
                let mut line = Vec::new();
                push_line_break(&end, &mut line)?;
                buf.splice(at..at, line);
            }
            self.open = Some(ends_open);
        }
        self.m += len;
        Ok(())
    }
}

/// Where the `normalize --offsets` output of a file ends, when it ends
/// without a line feed.
#[derive(Debug)]
pub struct OpenEnd {
    /// The file.
    file: String,
    /// Its length.
    original: u64,
    /// The length of its normalized text.
    normalized: u64,
}

/// Appends the object of the line feed written between the file that ends
/// at `end` and the next one: it belongs to the file it ends, adding one
/// byte to its normalized text from an empty range at its end, as one
/// `replaced` segment (CONFORMANCE.md §l).
fn push_line_break(end: &OpenEnd, buf: &mut Vec<u8>) -> Result<(), Failure> {
    let (o, m) = (end.original, end.normalized);
    let object = JsonOffsets {
        file: &end.file,
        line: None,
        original: [o, o],
        normalized: [m, m + 1],
        text: "\n",
        segments: vec![(m, m + 1, o, o, "replaced")],
    };
    Ok(push_json(buf, &object)?)
}

/// Appends the `normalize --offsets` object of `piece`, found at original
/// offset `o` and normalized offset `m`; returns its normalized length, and
/// whether it ends without a line feed.
fn offsets_object(
    n: &Normalizer,
    file: &str,
    line: Option<u64>,
    piece: &str,
    o: u64,
    m: u64,
    buf: &mut Vec<u8>,
) -> Result<(u64, bool), Failure> {
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
    Ok((to(nwo.text().len()), !nwo.text().ends_with('\n')))
}

/// The `normalize --offsets` object of a chunk cut at a cut that is not a
/// preferred one: normalized with its context; a segment that crosses the
/// chunk's ends is clipped to them and becomes `replaced`. Returns as
/// [`offsets_object`] does.
fn offsets_in_context(
    n: &Normalizer,
    chunk: &Chunk<'_>,
    file: &str,
    m: u64,
    buf: &mut Vec<u8>,
) -> Result<(u64, bool), Failure> {
    let Some((nwo, r)) = with_context(n, chunk) else {
        return offsets_object(n, file, None, chunk.text, chunk.base, m, buf);
    };
    let c = chunk.behind.len()..chunk.behind.len() + chunk.text.len();
    let text = &nwo.text()[r.clone()];
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
    Ok((to(text.len()), !text.ends_with('\n')))
}
