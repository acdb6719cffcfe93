//! Reading the inputs: files or stdin, cut into chunks ([`crate::cut`]) or,
//! with `--field`, into lines whose one column is processed.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use arabic_text::stream::ChunkReader;

use crate::cut::{Cuts, Cutter};
use crate::report::{Failure, InputError, StopwordError};

/// How the input is read.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD.
    pub lossy: bool,
    /// Bytes read before a cut is looked for.
    pub chunk_size: usize,
    /// Bytes held without a preferred cut before other cuts are tried.
    pub max_hold: usize,
}

/// Opens `path` for reading, `-` being stdin; also returns the file's size
/// when it is a regular file.
pub fn open(path: &Path) -> Result<(Box<dyn Read>, Option<u64>), Failure> {
    if path.as_os_str() == OsStr::new("-") {
        return Ok((Box::new(io::stdin().lock()), None));
    }
    let file = File::open(path).map_err(|e| Failure::Input(InputError::Io(e)))?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    Ok((Box::new(file), size))
}

/// A reader whose reads end between two UTF-8 sequences, so that the
/// decoder checks each byte once (a read that ends inside a character makes
/// it check the read twice); the bytes of a character cut by a read are
/// held until the next. Invalid bytes pass through as they are.
struct WholeChars<R> {
    inner: R,
    /// The first bytes of a character cut by the last read.
    held: [u8; 3],
    /// How many of `held` are in use.
    len: usize,
}

impl<R: Read> WholeChars<R> {
    fn new(inner: R) -> Self {
        WholeChars {
            inner,
            held: [0; 3],
            len: 0,
        }
    }
}

/// How many bytes at the end of `bytes` start a UTF-8 sequence that they
/// do not complete (0 to 3).
fn cut_sequence(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let b = bytes[bytes.len() - back];
        if b & 0xC0 != 0x80 {
            let need = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => return 0,
            };
            return if back < need { back } else { 0 };
        }
    }
    0
}

impl<R: Read> Read for WholeChars<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.len() <= self.held.len() {
            // Too small to hold back anything: pass the bytes through.
            if self.len > 0 {
                let n = self.len.min(out.len());
                out[..n].copy_from_slice(&self.held[..n]);
                self.held.copy_within(n..self.len, 0);
                self.len -= n;
                return Ok(n);
            }
            return self.inner.read(out);
        }
        loop {
            let start = self.len;
            out[..start].copy_from_slice(&self.held[..start]);
            // On an error, the held bytes stay held.
            let n = self.inner.read(&mut out[start..])?;
            self.len = 0;
            if n == 0 {
                // The end of the input: what is held goes out as it is.
                return Ok(start);
            }
            let end = start + n;
            let cut = cut_sequence(&out[..end]);
            self.held[..cut].copy_from_slice(&out[end - cut..end]);
            self.len = cut;
            if end > cut {
                return Ok(end - cut);
            }
        }
    }
}

/// One chunk of the input.
#[derive(Clone, Copy, Debug)]
pub struct Chunk<'a> {
    /// Byte offset of the chunk in the input.
    pub base: u64,
    /// The text.
    pub text: &'a str,
    /// When the chunk starts at a cut that is not a preferred one, the text
    /// just before it (else empty).
    pub behind: &'a str,
    /// When the chunk ends at a cut that is not a preferred one, the text
    /// just after it (else empty).
    pub ahead: &'a str,
}

/// Reads `reader` chunk by chunk, cut where `cutter` says, handing each
/// chunk to `each`.
pub fn for_each_chunk<R: Read>(
    reader: R,
    options: ReadOptions,
    cutter: &dyn Cutter,
    mut each: impl FnMut(Chunk<'_>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut reader = ChunkReader::new(WholeChars::new(reader))
        .lossy(options.lossy)
        .chunk_size(options.chunk_size);
    let mut cuts = Cuts::new(cutter, options.max_hold);
    let mut behind = String::new();
    loop {
        let base = reader.offset();
        cuts.start_chunk();
        let Some(text) = reader.next_chunk(|t| cuts.cut(t))? else {
            return Ok(());
        };
        let (next_behind, ahead) = cuts.context();
        each(Chunk {
            base,
            text,
            behind: &behind,
            ahead,
        })?;
        behind.clear();
        behind.push_str(next_behind);
    }
}

/// A [`Chunk`] that owns its text, to be processed on another thread.
#[derive(Clone, Debug, Default)]
pub struct OwnedChunk {
    base: u64,
    text: String,
    behind: String,
    ahead: String,
}

impl OwnedChunk {
    /// The chunk.
    pub fn chunk(&self) -> Chunk<'_> {
        Chunk {
            base: self.base,
            text: &self.text,
            behind: &self.behind,
            ahead: &self.ahead,
        }
    }
}

/// Bytes of input read before a batch of chunks is handed out: a few chunks
/// per thread, while the rows of a batch (up to 50 bytes per input byte on
/// one-byte tokens) stay within the memory bound.
const BATCH_BYTES: usize = 256 << 10;

/// Like [`for_each_chunk`], handing the chunks out in batches of about
/// 256 KiB, to be processed in parallel: the chunks are the same.
pub fn for_each_batch<R: Read>(
    reader: R,
    options: ReadOptions,
    cutter: &dyn Cutter,
    mut each: impl FnMut(Vec<OwnedChunk>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut batch: Vec<OwnedChunk> = Vec::new();
    let mut bytes = 0;
    let read = for_each_chunk(reader, options, cutter, |chunk| {
        batch.push(OwnedChunk {
            base: chunk.base,
            text: chunk.text.to_owned(),
            behind: chunk.behind.to_owned(),
            ahead: chunk.ahead.to_owned(),
        });
        bytes += chunk.text.len();
        if bytes >= BATCH_BYTES {
            bytes = 0;
            each(std::mem::take(&mut batch))?;
        }
        Ok(())
    });
    // Everything read before an input error goes out first.
    if !batch.is_empty() {
        each(batch)?;
    }
    read
}

/// One line of a TSV input, around its `--field` column.
#[derive(Clone, Copy, Debug)]
pub struct FieldLine<'a> {
    /// Line number, from 1.
    pub number: u64,
    /// Everything before the field: the columns before it and their TABs
    /// (the whole line when it has too few columns).
    pub before: &'a str,
    /// The field (empty when the line has too few columns).
    pub field: &'a str,
    /// Everything after the field: the TAB and columns after it, and the
    /// line break.
    pub after: &'a str,
}

/// Splits the line `line` (line break included) around column `field`
/// (from 1).
pub fn field_line(number: u64, line: &str, field: u32) -> FieldLine<'_> {
    let body_end = line.strip_suffix('\n').map_or(line.len(), |b| {
        b.strip_suffix('\r').map_or(b.len(), str::len)
    });
    let body = &line[..body_end];
    let mut start = 0;
    for _ in 1..field {
        match body[start..].find('\t') {
            Some(i) => start += i + 1,
            None => {
                return FieldLine {
                    number,
                    before: body,
                    field: "",
                    after: &line[body_end..],
                }
            }
        }
    }
    let end = body[start..].find('\t').map_or(body_end, |i| start + i);
    FieldLine {
        number,
        before: &line[..start],
        field: &line[start..end],
        after: &line[end..],
    }
}

/// The cut after the last line feed: `--field` holds a line whole.
pub struct LineCutter;

impl Cutter for LineCutter {
    fn preferred(&self, text: &str) -> usize {
        text.rfind('\n').map_or(0, |i| i + 1)
    }
    fn candidates(&self, _: &str, _: &mut Vec<usize>) {}
    fn same_output(&self, _: &str, _: usize) -> bool {
        false
    }
}

/// Reads `reader` line by line, handing each line's `field` to `each`.
pub fn for_each_field<R: Read>(
    reader: R,
    options: ReadOptions,
    field: u32,
    mut each: impl FnMut(FieldLine<'_>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    // A line is never cut.
    let options = ReadOptions {
        max_hold: usize::MAX / 8,
        ..options
    };
    let mut number = 0;
    for_each_chunk(reader, options, &LineCutter, |chunk| {
        for line in chunk.text.split_inclusive('\n') {
            number += 1;
            each(field_line(number, line, field))?;
        }
        Ok(())
    })
}

/// Reads a stop word file: one word per line, UTF-8. Blank lines, lines
/// starting with `#` (Lucene's files) and text after `|` (Snowball's) are
/// ignored; words on one line separated by white space are all taken, as
/// Lucene's Snowball loader does.
pub fn read_stopwords(path: &Path) -> Result<Vec<String>, StopwordError> {
    let bytes = std::fs::read(path).map_err(StopwordError::Io)?;
    let text =
        std::str::from_utf8(&bytes).map_err(|e| StopwordError::InvalidUtf8(e.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut words = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let line = line.split('|').next().unwrap_or_default();
        words.extend(line.split_whitespace().map(str::to_owned));
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str, field: u32) -> (&str, &str, &str) {
        let f = field_line(1, line, field);
        (f.before, f.field, f.after)
    }

    #[test]
    fn fields() {
        assert_eq!(parts("a\tb\tc\n", 1), ("", "a", "\tb\tc\n"));
        assert_eq!(parts("a\tb\tc\n", 2), ("a\t", "b", "\tc\n"));
        assert_eq!(parts("a\tb\tc\r\n", 3), ("a\tb\t", "c", "\r\n"));
        assert_eq!(parts("a\tb", 3), ("a\tb", "", ""));
        assert_eq!(parts("a\t\n", 2), ("a\t", "", "\n"));
    }

    /// Hands out its bytes a few at a time.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            self.1 = self.1 % 7 + 1;
            let n = self.1.min(out.len()).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn reads(input: &[u8], size: usize) -> Vec<Vec<u8>> {
        let mut reader = WholeChars::new(Trickle(input, 0));
        let mut reads = Vec::new();
        let mut buf = vec![0; size];
        loop {
            match reader.read(&mut buf).unwrap() {
                0 => return reads,
                n => reads.push(buf[..n].to_vec()),
            }
        }
    }

    #[test]
    fn whole_chars_reads_end_between_characters() {
        let text = "قال 😀 «نعم» x".repeat(5);
        for size in [1, 3, 4, 5, 16] {
            let reads = reads(text.as_bytes(), size);
            assert_eq!(reads.concat(), text.as_bytes());
            if size >= 4 {
                assert!(reads.iter().all(|r| std::str::from_utf8(r).is_ok()));
            }
        }
        // Invalid bytes, and a character cut by the end of the input, pass
        // through as they are.
        let bad = b"a\xE2\x80b\xF0\x9F\x98";
        assert_eq!(reads(bad, 16).concat(), bad);
        assert_eq!(cut_sequence("ب".as_bytes()), 0);
        assert_eq!(cut_sequence(&"ب".as_bytes()[..1]), 1);
        assert_eq!(cut_sequence(&"😀".as_bytes()[..3]), 3);
        assert_eq!(cut_sequence(b"\x80\x80\x80"), 0);
    }
}
