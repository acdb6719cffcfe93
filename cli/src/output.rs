//! Output rows: aligned text, TSV and JSON Lines.

use std::io;

use serde::Serialize;

use crate::args::Format;

/// Width of the kind column in `text` format: the longest kind name.
const KIND_WIDTH: usize = arabic_text::TokenKind::MAX_NAME_LEN;

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
                    push_escaped(line, origin.file);
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

/// Appends `text` escaped for `text` and `tsv` rows (CONFORMANCE.md §l),
/// so that no character from the input can end a row, split a column or
/// drive a terminal: TAB, LF, CR and backslash as `\t` `\n` `\r` `\\`, the
/// other C0 controls and DEL as `\xHH` (`\x1b`), the C1 controls
/// U+0080–U+009F and the line and paragraph separators U+2028, U+2029 as
/// `\u{HH}` (`\u{85}`, `\u{2028}`).
pub fn push_escaped(line: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        // How many bytes the character to escape takes: C2 80 to C2 9F are
        // U+0080–U+009F, E2 80 A8 and E2 80 A9 are U+2028 and U+2029.
        let len = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0..=0x1F | 0x7F | b'\\', ..) => 1,
            (0xC2, Some(0x80..=0x9F), _) => 2,
            (0xE2, Some(0x80), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        line.extend_from_slice(&bytes[from..i]);
        if let Some(c) = text.get(i..).and_then(|t| t.chars().next()) {
            push_escape(line, c);
        }
        i += len;
        from = i;
    }
    line.extend_from_slice(&bytes[from..]);
}

/// Appends the escape of `c`, one of the characters [`push_escaped`]
/// escapes.
fn push_escape(line: &mut Vec<u8>, c: char) {
    match c {
        '\t' => line.extend_from_slice(b"\\t"),
        '\n' => line.extend_from_slice(b"\\n"),
        '\r' => line.extend_from_slice(b"\\r"),
        '\\' => line.extend_from_slice(b"\\\\"),
        '\0'..='\x7F' => {
            line.extend_from_slice(b"\\x");
            push_hex(line, c as u32, 2);
        }
        _ => {
            line.extend_from_slice(b"\\u{");
            push_hex(line, c as u32, 1);
            line.push(b'}');
        }
    }
}

/// Appends `n` in lowercase hexadecimal, with at least `min` digits.
fn push_hex(line: &mut Vec<u8>, n: u32, min: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digits = (32 - n.leading_zeros()).div_ceil(4).max(min);
    for k in (0..digits).rev() {
        line.push(HEX[((n >> (4 * k)) & 15) as usize]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut line = Vec::new();
        push_escaped(&mut line, text);
        String::from_utf8(line).unwrap()
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(escaped("a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
        assert_eq!(escaped("\x1b[31m\0\x7F"), "\\x1b[31m\\x00\\x7f");
        assert_eq!(escaped("x\u{85}y\u{9F}\u{80}"), "x\\u{85}y\\u{9f}\\u{80}");
        assert_eq!(escaped("\u{2028}\u{2029}"), "\\u{2028}\\u{2029}");
        // Characters that share their first bytes pass through, and so do
        // the format characters of Arabic text.
        let kept = "\u{A0}«»\u{2026}\u{2027}\u{202A}\u{200F}\u{61C}قال";
        assert_eq!(escaped(kept), kept);
    }
}
