//! UTF-8 byte offsets to code point and UTF-16 offsets: [`OffsetConverter`].
//!
//! The crate's spans are UTF-8 byte offsets. Python indexes strings by code
//! point; JavaScript, Java and Lucene by UTF-16 code unit.

/// A place in a text counted three ways: UTF-8 bytes, code points (Python
/// string indices) and UTF-16 code units (JavaScript, Java, Lucene).
///
/// ```
/// let mut c = arabic_text::OffsetConverter::new("قال 😀!");
/// let p = c.position(11); // the byte after 😀
/// assert_eq!((p.byte, p.chars, p.utf16), (11, 5, 6));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    /// UTF-8 byte offset.
    pub byte: usize,
    /// Code point offset.
    pub chars: usize,
    /// UTF-16 code unit offset.
    pub utf16: usize,
}

/// Turns UTF-8 byte offsets of one text into code point and UTF-16 offsets.
///
/// It walks from the last offset asked, forward or back, so each offset
/// costs the distance from the one before: offsets asked in order (token
/// starts and ends, or analyzer terms, whose spans may overlap) cost
/// amortized O(1) each and the whole text O(n). An offset past the end is
/// the end, and one
/// inside a character counts from that character's start. Never allocates,
/// never panics.
///
/// ```
/// use arabic_text::{tokenize, OffsetConverter};
/// let text = "قال 👍🏽 ok";
/// let mut c = OffsetConverter::new(text);
/// let spans: Vec<(usize, usize)> = tokenize(text)
///     .map(|t| (c.chars(t.span().start), c.chars(t.span().end)))
///     .collect();
/// assert_eq!(spans, [(0, 3), (4, 6), (7, 9)]); // Python indices
/// let mut c = OffsetConverter::new(text);
/// assert_eq!(c.utf16(text.len()), 11); // 👍 and 🏽 are 2 units each
/// ```
#[derive(Clone, Debug)]
pub struct OffsetConverter<'a> {
    text: &'a str,
    at: Position,
}

impl<'a> OffsetConverter<'a> {
    /// A converter for `text`, starting at its beginning.
    ///
    /// ```
    /// let _ = arabic_text::OffsetConverter::new("نعم");
    /// ```
    pub fn new(text: &'a str) -> Self {
        OffsetConverter {
            text,
            at: Position::default(),
        }
    }

    /// The position of byte offset `byte` (see the type's docs for offsets
    /// past the end or inside a character).
    ///
    /// ```
    /// let mut c = arabic_text::OffsetConverter::new("أ😀");
    /// assert_eq!(c.position(6), arabic_text::Position { byte: 6, chars: 2, utf16: 3 });
    /// assert_eq!(c.position(2), arabic_text::Position { byte: 2, chars: 1, utf16: 1 }); // back
    /// ```
    pub fn position(&mut self, byte: usize) -> Position {
        let mut target = byte.min(self.text.len());
        while !self.text.is_char_boundary(target) {
            target -= 1;
        }
        // Every byte but a continuation byte starts a code point; a 4-byte
        // sequence is two UTF-16 code units.
        let units = |b: u8| {
            let starts = (b & 0xC0 != 0x80) as usize;
            (starts, starts + (b >= 0xF0) as usize)
        };
        let bytes = self.text.as_bytes();
        if target < self.at.byte {
            for &b in &bytes[target..self.at.byte] {
                let (chars, utf16) = units(b);
                self.at.chars -= chars;
                self.at.utf16 -= utf16;
            }
        } else {
            for &b in &bytes[self.at.byte..target] {
                let (chars, utf16) = units(b);
                self.at.chars += chars;
                self.at.utf16 += utf16;
            }
        }
        self.at.byte = target;
        self.at
    }

    /// The code point offset of byte offset `byte`.
    ///
    /// ```
    /// assert_eq!(arabic_text::OffsetConverter::new("في إدلب").chars(5), 3);
    /// ```
    pub fn chars(&mut self, byte: usize) -> usize {
        self.position(byte).chars
    }

    /// The UTF-16 code unit offset of byte offset `byte`.
    ///
    /// ```
    /// assert_eq!(arabic_text::OffsetConverter::new("😀x").utf16(4), 2);
    /// ```
    pub fn utf16(&mut self, byte: usize) -> usize {
        self.position(byte).utf16
    }
}
