//! Python string indices (code points) from the crate's UTF-8 byte offsets.
//!
//! A Python `str` without lone surrogates holds exactly the Unicode scalar
//! values of the Rust `&str` it is converted to, so code point `i` in Python
//! is the `i`-th `char` in Rust.

/// Converts byte offsets of one text to code points for offsets that mostly
/// move forward (a token stream): O(n) in the text's length over a whole
/// stream, whatever the number of queries.
pub(crate) struct Forward<'a> {
    text: &'a str,
    byte: usize,
    code_point: usize,
}

impl<'a> Forward<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Forward {
            text,
            byte: 0,
            code_point: 0,
        }
    }

    /// The code-point index of `byte`, a char boundary of the text (the
    /// crate's token offsets always are). Any other value counts the chars
    /// that start before it.
    pub(crate) fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let bytes = self.text.as_bytes();
        let count = |range: &[u8]| range.iter().filter(|&&b| (b as i8) >= -0x40).count();
        if byte >= self.byte {
            self.code_point += count(&bytes[self.byte..byte]);
        } else {
            self.code_point -= count(&bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.code_point
    }
}

/// Random-access conversion both ways for one text: O(1) from code points to
/// bytes, O(log n) from bytes to code points. Memory: none for ASCII text,
/// one `usize` per code point otherwise.
#[derive(Debug, Clone)]
pub(crate) enum Index {
    /// Every char is one byte: code points are bytes.
    Ascii(usize),
    /// The byte offset of every char, then the text's length.
    Starts(Vec<usize>),
}

impl Index {
    pub(crate) fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Index::Ascii(text.len());
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Index::Starts(starts)
    }

    /// The number of code points.
    pub(crate) fn len(&self) -> usize {
        match self {
            Index::Ascii(len) => *len,
            Index::Starts(starts) => starts.len() - 1,
        }
    }

    /// The byte offset of code point `cp`, clamped to the text's end.
    pub(crate) fn to_byte(&self, cp: usize) -> usize {
        match self {
            Index::Ascii(len) => cp.min(*len),
            Index::Starts(starts) => starts[cp.min(starts.len() - 1)],
        }
    }

    /// The code-point index of byte offset `byte`: exact on a char boundary,
    /// else the next boundary's.
    pub(crate) fn to_code_point(&self, byte: usize) -> usize {
        match self {
            Index::Ascii(len) => byte.min(*len),
            Index::Starts(starts) => starts.partition_point(|&s| s < byte).min(starts.len() - 1),
        }
    }
}
