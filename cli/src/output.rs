//! Output rows: aligned text, TSV and JSON Lines.

use std::io;

use serde::Serialize;

use crate::args::Format;

/// Width of the kind column in `text` format: the longest kind name.
const KIND_WIDTH: usize = 19;

/// Where a row comes from: the file and, with `--field`, the line.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The file as given, `-` for stdin.
    pub file: &'a str,
    /// Whether `text` and `tsv` rows start with the file name (more than one
    /// FILE was given).
    pub show_file: bool,
    /// The line number, from 1, with `--field`.
    pub line: Option<u64>,
}

/// The third column of an output row.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label<'a> {
    /// `tokenize`: the token's kind.
    Kind(&'a str),
    /// `analyze`: the term's position.
    Position(u64),
}

/// One output row: a token (`tokenize`) or a term (`analyze`).
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    /// Start byte offset.
    pub start: u64,
    /// End byte offset (exclusive).
    pub end: u64,
    /// Kind or position.
    pub label: Label<'a>,
    /// The token or term.
    pub text: &'a str,
}

/// A row as JSON: `{"file", ["line",] "start", "end", "kind"|"position", "text"}`.
#[derive(Serialize)]
struct JsonRow<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    start: u64,
    end: u64,
    #[serde(flatten)]
    label: Label<'a>,
    text: &'a str,
}

/// A sentence as JSON: `{"file", ["line",] "start", "end", "text"}`.
#[derive(Serialize)]
pub struct JsonSentence<'a> {
    /// The file.
    pub file: &'a str,
    /// The line, with `--field`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// Start byte offset.
    pub start: u64,
    /// End byte offset (exclusive).
    pub end: u64,
    /// The sentence.
    pub text: &'a str,
}

/// One `normalize --offsets` object.
#[derive(Serialize)]
pub struct JsonOffsets<'a> {
    /// The file.
    pub file: &'a str,
    /// The line, with `--field`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The original range.
    pub original: [u64; 2],
    /// The normalized range.
    pub normalized: [u64; 2],
    /// The normalized text.
    pub text: &'a str,
    /// `[normalized start, normalized end, original start, original end, kind]`.
    pub segments: Vec<(u64, u64, u64, u64, &'a str)>,
}

/// Appends `value` as one JSON line.
pub fn push_json<T: Serialize>(line: &mut Vec<u8>, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *line, value)?;
    line.push(b'\n');
    Ok(())
}

impl Row<'_> {
    /// Appends the row as a line of `format`.
    pub fn push(&self, line: &mut Vec<u8>, format: Format, origin: Origin<'_>) -> io::Result<()> {
        let Row {
            start,
            end,
            label,
            text,
        } = *self;
        match format {
            Format::Text => {
                // "[FILE:][LINE:]{start:>8}..{end:<8} {kind:<19} {text}" or
                // "[FILE:][LINE:]{start:>8}..{end:<8} {position:<8} {text}"
                if origin.show_file {
                    line.extend_from_slice(origin.file.as_bytes());
                    line.push(b':');
                }
                if let Some(n) = origin.line {
                    push_u64(line, n);
                    line.push(b':');
                }
                let digits = start.checked_ilog10().map_or(1, |l| l as usize + 1);
                line.resize(line.len() + 8usize.saturating_sub(digits), b' ');
                push_u64(line, start);
                line.extend_from_slice(b"..");
                let digits = push_u64(line, end);
                line.resize(line.len() + 8usize.saturating_sub(digits), b' ');
                line.push(b' ');
                let (width, len) = match label {
                    Label::Kind(kind) => {
                        line.extend_from_slice(kind.as_bytes());
                        (KIND_WIDTH, kind.len())
                    }
                    Label::Position(p) => (8, push_u64(line, p)),
                };
                line.resize(line.len() + width.saturating_sub(len), b' ');
                line.push(b' ');
                push_escaped(line, text);
                line.push(b'\n');
            }
            Format::Tsv => {
                if origin.show_file {
                    push_escaped(line, origin.file);
                    line.push(b'\t');
                }
                if let Some(n) = origin.line {
                    push_u64(line, n);
                    line.push(b'\t');
                }
                push_u64(line, start);
                line.push(b'\t');
                push_u64(line, end);
                line.push(b'\t');
                match label {
                    Label::Kind(kind) => line.extend_from_slice(kind.as_bytes()),
                    Label::Position(p) => {
                        push_u64(line, p);
                    }
                }
                line.push(b'\t');
                push_escaped(line, text);
                line.push(b'\n');
            }
            Format::Jsonl => push_json(
                line,
                &JsonRow {
                    file: origin.file,
                    line: origin.line,
                    start,
                    end,
                    label,
                    text,
                },
            )?,
        }
        Ok(())
    }
}

/// The two digits of each number below 100.
const PAIRS: [[u8; 2]; 100] = {
    let mut pairs = [[0; 2]; 100];
    let mut i = 0;
    while i < 100 {
        pairs[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    pairs
};

/// Appends the decimal digits of `n`; returns how many. Written in place,
/// two digits at a time: the offsets of every row go through here.
fn push_u64(line: &mut Vec<u8>, mut n: u64) -> usize {
    let digits = n.checked_ilog10().map_or(1, |l| l as usize + 1);
    let start = line.len();
    line.extend_from_slice(&[b'0'; 20]);
    let mut end = start + digits;
    while n >= 100 {
        line[end - 2..end].copy_from_slice(&PAIRS[(n % 100) as usize]);
        n /= 100;
        end -= 2;
    }
    if n >= 10 {
        line[end - 2..end].copy_from_slice(&PAIRS[n as usize]);
    } else {
        line[end - 1] = b'0' + n as u8;
    }
    line.truncate(start + digits);
    digits
}

/// Appends `text` with TAB, LF, CR and backslash as `\t` `\n` `\r` `\\`.
pub fn push_escaped(line: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\\' => b"\\\\",
            _ => continue,
        };
        line.extend_from_slice(&bytes[from..i]);
        line.extend_from_slice(escape);
        from = i + 1;
    }
    line.extend_from_slice(&bytes[from..]);
}
