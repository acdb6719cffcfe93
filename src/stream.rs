//! Streaming: cut a large text into chunks that can be tokenized or
//! normalized one at a time with the same result as the whole text.
//!
//! - [`chunk_boundary`] finds where a text may be cut for tokenizing: carry
//!   the [`TokenizerState`](crate::TokenizerState) from one chunk to the next
//!   and the tokens are those of the whole text, shifted.
//! - [`normalize_boundary`] finds where a text may be cut for normalizing:
//!   the concatenated outputs equal the output for the whole text.
//! - [`ChunkReader`] (feature `std`) reads any [`std::io::Read`] as UTF-8 and
//!   hands out such chunks, with memory bounded by the chunk size plus the
//!   longest stretch without a boundary.
//!
//! ```
//! use arabic_text::stream::{chunk_boundary, ChunkReader};
//! use arabic_text::{Tokenizer, TokenizerState};
//! let mut reader = ChunkReader::new("قال “نعم” ثم لا".as_bytes()).chunk_size(4);
//! let (mut state, mut words) = (TokenizerState::default(), Vec::new());
//! while let Some(chunk) = reader.next_chunk(chunk_boundary).unwrap() {
//!     let mut tokens = Tokenizer::new().tokenize_with_state(chunk, state);
//!     words.extend(tokens.by_ref().map(|t| t.text().to_owned()));
//!     state = tokens.state();
//! }
//! assert_eq!(words, ["قال", "“", "نعم", "”", "ثم", "لا"]);
//! ```

use crate::chars;
use crate::normalize::Normalizer;

/// The largest byte offset `p` in `1..text.len()` at which `text` can be cut
/// for tokenizing, or 0 when there is none.
///
/// A cut lies either right after a `White_Space` character when the next
/// character starts a grapheme cluster and is neither white space nor an
/// attaching character, or right before a `White_Space` character that
/// follows a letter or digit. Tokenizing `text[..p]` and then `text[p..]`
/// with [`Segments::state`](crate::Segments::state) carried over gives the
/// tokens of `text`.
///
/// # Complexity
/// O(distance from the end of `text` to the boundary).
///
/// ```
/// use arabic_text::stream::chunk_boundary;
/// let text = "قال نعم";
/// let p = chunk_boundary(text);
/// assert_eq!(&text[..p], "قال ");
/// assert_eq!(chunk_boundary("كلمة"), 0);
/// ```
pub fn chunk_boundary(text: &str) -> usize {
    let mut after: Option<char> = None;
    for (i, c) in text.char_indices().rev() {
        if let Some(b) = after {
            let p = i + c.len_utf8();
            // Invisible characters join the blank run around them.
            let after_space = chars::is_white_space(c)
                && !chars::is_white_space(b)
                && !chars::is_invisible(b)
                && !chars::is_attaching(b)
                && !chars::extends_grapheme(b);
            let before_space = chars::is_white_space(b)
                && (chars::is_letter(c) || chars::is_digit(c))
                && !chars::is_invisible(c)
                && !chars::is_prepend(c);
            if after_space || before_space {
                return p;
            }
        }
        after = Some(c);
    }
    0
}

/// The largest byte offset `p` in `1..=text.len()` at which `text` can be cut
/// for normalizing with `n`, or 0 when there is none: right after a line feed,
/// or before an inert letter (ASCII letters and digits, Arabic letters
/// U+0621–U+063A, U+0641–U+064A) whose previous character, skipping marks
/// (Mn, Me), is also an inert letter. Normalizing `text[..p]` and `text[p..]`
/// apart and concatenating gives `n.normalize(text)`: no step looks past an
/// inert letter that only marks separate from another.
///
/// With [`Quotes::Guillemets`](crate::Quotes::Guillemets) a quote's role can
/// depend on any quote before it, so there is no safe cut and this returns 0.
///
/// The word rules ([`Normalizer::quran_orthography`],
/// [`Normalizer::collapse_elongation`], both on in [`Normalizer::search`])
/// look at whole words, so under either the cut between inert letters must
/// also lie in a word that `White_Space` ends in `text` and that no rule
/// touches (no character the byte fast path hands to the full pipeline, no
/// run of three identical letters).
///
/// # Complexity
/// O(distance from the end of `text` to the boundary).
///
/// ```
/// use arabic_text::{stream::normalize_boundary, Normalizer};
/// let n = Normalizer::clean();
/// assert_eq!(normalize_boundary(&n, "سطر\n(ب)"), "سطر\n".len());
/// assert_eq!(normalize_boundary(&n, "كلمة"), "كلم".len()); // between م and ة
/// assert_eq!(normalize_boundary(&n, "بِسْ"), "بِ".len()); // before س, after ب and its kasra
/// assert_eq!(normalize_boundary(&n, "، ،"), 0);
/// let search = Normalizer::search();
/// assert_eq!(normalize_boundary(&search, "كلمة"), 0); // the word may go on
/// assert_eq!(normalize_boundary(&search, "ثم كلمة هَٰذَا"), "ثم كلم".len());
/// ```
pub fn normalize_boundary(n: &Normalizer, text: &str) -> usize {
    n.last_safe_cut(text)
}

#[cfg(feature = "std")]
pub use reader::{ChunkReader, StreamError};

#[cfg(feature = "std")]
mod reader {
    use std::io::{self, Read};
    use std::string::String;
    use std::vec::Vec;

    /// An error from [`ChunkReader::next_chunk`].
    ///
    /// ```
    /// use arabic_text::stream::{ChunkReader, StreamError};
    /// let mut r = ChunkReader::new(&b"ok \xFF"[..]);
    /// assert_eq!(r.next_chunk(|t| t.len()).unwrap(), Some("ok "));
    /// let err = r.next_chunk(|t| t.len()).unwrap_err();
    /// assert!(matches!(err, StreamError::InvalidUtf8 { offset: 3 }));
    /// assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 3");
    /// ```
    #[derive(Debug)]
    #[non_exhaustive]
    pub enum StreamError {
        /// The input is not UTF-8: the invalid (or truncated) sequence starts
        /// at this byte offset of the input.
        InvalidUtf8 {
            /// Byte offset of the first invalid byte, from the start of the input.
            offset: u64,
        },
        /// Reading failed.
        Io(io::Error),
    }

    impl core::fmt::Display for StreamError {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self {
                StreamError::InvalidUtf8 { offset } => {
                    write!(f, "invalid UTF-8 at byte offset {offset}")
                }
                StreamError::Io(e) => write!(f, "read error: {e}"),
            }
        }
    }

    impl std::error::Error for StreamError {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            match self {
                StreamError::Io(e) => Some(e),
                StreamError::InvalidUtf8 { .. } => None,
            }
        }
    }

    impl From<io::Error> for StreamError {
        fn from(e: io::Error) -> Self {
            StreamError::Io(e)
        }
    }

    /// Reads UTF-8 text from any [`Read`] and hands it out in chunks cut where
    /// a boundary function (such as [`chunk_boundary`](super::chunk_boundary))
    /// says.
    ///
    /// Memory is bounded by the chunk size plus the longest stretch of input
    /// without a boundary. Invalid UTF-8 is an error naming its byte offset,
    /// or, with [`lossy`](Self::lossy), is replaced by U+FFFD exactly as
    /// [`String::from_utf8_lossy`] would replace it in the whole input (then
    /// chunk offsets count bytes of the decoded text).
    ///
    /// ```
    /// use arabic_text::stream::{chunk_boundary, ChunkReader};
    /// let input = "قال نعم ثم لا".as_bytes();
    /// let mut r = ChunkReader::new(input).chunk_size(4);
    /// let mut chunks = Vec::new();
    /// while let Some(chunk) = r.next_chunk(chunk_boundary).unwrap() {
    ///     chunks.push(chunk.to_owned());
    /// }
    /// assert_eq!(chunks.concat(), "قال نعم ثم لا");
    /// assert!(chunks.len() > 1);
    /// ```
    #[derive(Debug)]
    pub struct ChunkReader<R> {
        reader: R,
        lossy: bool,
        chunk_size: usize,
        /// Undecoded input: at most an incomplete UTF-8 sequence between reads.
        raw: Vec<u8>,
        /// Decoded text not yet handed out (after `consumed`).
        text: String,
        /// Bytes at the front of `text` handed out by the last call.
        consumed: usize,
        /// Where in `text` the boundary search may start again.
        searched: usize,
        /// Input bytes decoded so far.
        input_offset: u64,
        /// Decoded bytes handed out so far.
        handed_out: u64,
        eof: bool,
        /// Input offset of the first invalid byte, once seen (strict mode).
        invalid_at: Option<u64>,
    }

    impl<R: Read> ChunkReader<R> {
        /// A strict reader with 64 KiB chunks.
        ///
        /// ```
        /// let mut r = arabic_text::stream::ChunkReader::new(&b"abc"[..]);
        /// assert_eq!(r.next_chunk(|t| t.len()).unwrap(), Some("abc"));
        /// assert_eq!(r.next_chunk(|t| t.len()).unwrap(), None);
        /// ```
        pub fn new(reader: R) -> Self {
            ChunkReader {
                reader,
                lossy: false,
                chunk_size: 64 * 1024,
                raw: Vec::new(),
                text: String::new(),
                consumed: 0,
                searched: 0,
                input_offset: 0,
                handed_out: 0,
                eof: false,
                invalid_at: None,
            }
        }

        /// Replace invalid UTF-8 with U+FFFD instead of failing.
        ///
        /// ```
        /// let mut r = arabic_text::stream::ChunkReader::new(&b"a\xFFb"[..]).lossy(true);
        /// assert_eq!(r.next_chunk(|t| t.len()).unwrap(), Some("a\u{FFFD}b"));
        /// ```
        #[must_use]
        pub fn lossy(mut self, lossy: bool) -> Self {
            self.lossy = lossy;
            self
        }

        /// How many bytes to read before looking for a boundary (at least 1).
        ///
        /// ```
        /// let r = arabic_text::stream::ChunkReader::new(&b""[..]).chunk_size(1 << 20);
        /// # drop(r);
        /// ```
        #[must_use]
        pub fn chunk_size(mut self, bytes: usize) -> Self {
            self.chunk_size = bytes.max(1);
            self
        }

        /// Byte offset, in the decoded text, where the next chunk starts: the
        /// number of bytes handed out so far. Read it before
        /// [`next_chunk`](Self::next_chunk) to place that chunk's tokens.
        ///
        /// ```
        /// use arabic_text::stream::{chunk_boundary, ChunkReader};
        /// let mut r = ChunkReader::new(&b"ab cd ef"[..]).chunk_size(1);
        /// let mut starts = Vec::new();
        /// loop {
        ///     let at = r.offset();
        ///     match r.next_chunk(chunk_boundary).unwrap() {
        ///         Some(chunk) => starts.push((at, chunk.to_owned())),
        ///         None => break,
        ///     }
        /// }
        /// assert_eq!(starts[0], (0, "ab".to_owned()));
        /// assert_eq!(starts[1].0, 2);
        /// ```
        pub fn offset(&self) -> u64 {
            self.handed_out
        }

        /// The next chunk: text up to the offset `boundary` returns (relative
        /// to the text it is given; 0 means "no boundary here, read more"), or
        /// everything left at the end of the input. `Ok(None)` at the end.
        ///
        /// # Errors
        /// [`StreamError::Io`] when reading fails; [`StreamError::InvalidUtf8`]
        /// (strict mode) once every valid byte before the invalid sequence has
        /// been handed out.
        ///
        /// ```
        /// use arabic_text::stream::{chunk_boundary, ChunkReader};
        /// let mut r = ChunkReader::new("نعم لا".as_bytes());
        /// assert_eq!(r.next_chunk(chunk_boundary).unwrap(), Some("نعم لا"));
        /// ```
        pub fn next_chunk<F>(&mut self, mut boundary: F) -> Result<Option<&str>, StreamError>
        where
            F: FnMut(&str) -> usize,
        {
            self.text.drain(..self.consumed);
            self.searched = self.searched.saturating_sub(self.consumed);
            self.consumed = 0;
            loop {
                let finished = self.eof || self.invalid_at.is_some();
                if finished {
                    if self.text.is_empty() {
                        return match self.invalid_at {
                            Some(offset) => Err(StreamError::InvalidUtf8 { offset }),
                            None => Ok(None),
                        };
                    }
                    return Ok(Some(self.hand_out(self.text.len())));
                }
                if self.text.len() >= self.chunk_size {
                    // Look for a boundary in the text not searched yet, with
                    // one character of overlap so that pairs across are seen.
                    let mut from = self.searched.saturating_sub(4);
                    while !self.text.is_char_boundary(from) {
                        from -= 1;
                    }
                    let p = boundary(&self.text[from..]);
                    self.searched = self.text.len();
                    if p > 0 {
                        return Ok(Some(self.hand_out(from + p)));
                    }
                }
                self.fill()?;
            }
        }

        fn hand_out(&mut self, n: usize) -> &str {
            self.consumed = n;
            self.handed_out += n as u64;
            &self.text[..n]
        }

        /// Reads up to one chunk of input and decodes it into `text`.
        fn fill(&mut self) -> Result<(), StreamError> {
            let old = self.raw.len();
            self.raw.resize(old + self.chunk_size, 0);
            let n = loop {
                match self.reader.read(&mut self.raw[old..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.raw.truncate(old);
                        return Err(e.into());
                    }
                }
            };
            self.raw.truncate(old + n);
            if n == 0 {
                self.eof = true;
            }
            self.decode();
            Ok(())
        }

        fn decode(&mut self) {
            let mut pos = 0;
            // A character cut by the end of what was read waits for the
            // next read, so that the common case validates each byte once.
            let end = if self.eof {
                self.raw.len()
            } else {
                complete_prefix(&self.raw)
            };
            if let Ok(s) = core::str::from_utf8(&self.raw[..end]) {
                self.text.push_str(s);
                pos = end;
            }
            while pos < end {
                match core::str::from_utf8(&self.raw[pos..end]) {
                    Ok(s) => {
                        self.text.push_str(s);
                        pos = end;
                    }
                    Err(e) => {
                        let valid = e.valid_up_to();
                        if let Ok(s) = core::str::from_utf8(&self.raw[pos..pos + valid]) {
                            self.text.push_str(s);
                        }
                        pos += valid;
                        let bad = match e.error_len() {
                            Some(len) => len,
                            // A sequence cut by the end of what was read:
                            // wait for more, unless the input has ended.
                            None if !self.eof => break,
                            None => end - pos,
                        };
                        if self.lossy {
                            self.text.push('\u{FFFD}');
                            pos += bad;
                        } else {
                            self.invalid_at = Some(self.input_offset + pos as u64);
                            self.raw.clear();
                            return;
                        }
                    }
                }
            }
            self.input_offset += pos as u64;
            self.raw.drain(..pos);
        }
    }

    /// The length of the longest prefix of `raw` that does not end inside
    /// a character: all of it but for a lead byte in the last three whose
    /// sequence needs more bytes than follow it (and what follows it).
    fn complete_prefix(raw: &[u8]) -> usize {
        let n = raw.len();
        for back in 1..=n.min(3) {
            let b = raw[n - back];
            if b & 0xC0 != 0x80 {
                let need = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xFF => 4,
                    _ => 1,
                };
                return if need > back { n - back } else { n };
            }
        }
        n
    }

    #[cfg(test)]
    mod tests {
        use super::complete_prefix;

        #[test]
        fn a_read_is_cut_before_a_character_it_splits() {
            let text = "بa€😀";
            let b = text.as_bytes();
            // ب (2 bytes), a, € (3 bytes), 😀 (4 bytes).
            let cuts: alloc::vec::Vec<usize> =
                (0..=b.len()).map(|n| complete_prefix(&b[..n])).collect();
            assert_eq!(cuts, [0, 0, 2, 3, 3, 3, 6, 6, 6, 6, 10]);
            // Bytes that are no character are left to the validation.
            assert_eq!(complete_prefix(b"ab\x80\x80\x80\x80"), 6);
            assert_eq!(complete_prefix(b"ab\xFF"), 2);
        }
    }
}
