//! Lucene's light Arabic stemmer (`org.apache.lucene.analysis.ar.ArabicStemmer`),
//! reproduced exactly, zero-copy.
//!
//! The rules (Larkey, Ballesteros and Connell, "Improving Stemming for Arabic
//! Information Retrieval: Light Stemming and Co-occurrence Analysis", SIGIR
//! 2002, as implemented by Lucene):
//!
//! 1. Remove at most one prefix: the first that matches, in the order ال, وال,
//!    بال, كال, فال, لل, و. A prefix is removed only if at least 2 characters
//!    remain; و only if the word is at least 4 characters long.
//! 2. Then check each suffix once, in the order ها, ان, ات, ون, ين, يه, ية, ه,
//!    ة, ي, and remove every one that matches while at least 2 characters
//!    remain.
//!
//! Lucene counts characters in UTF-16 code units, and so does this stemmer:
//! a character above U+FFFF counts twice.

/// A prefix or suffix as a number: its UTF-8 bytes, big-endian, and their
/// count. Every affix is one to three Arabic letters of the BMP, one UTF-16
/// unit and two UTF-8 bytes each, so a word's first eight bytes or last
/// four, loaded once, decide each affix in one compare.
#[derive(Clone, Copy)]
struct Affix {
    bytes: u64,
    len: usize,
}

impl Affix {
    const fn new(text: &str) -> Self {
        let b = text.as_bytes();
        let (mut bytes, mut i) = (0, 0);
        while i < b.len() {
            bytes = (bytes << 8) | b[i] as u64;
            i += 1;
        }
        Affix {
            bytes,
            len: b.len(),
        }
    }

    const fn units(self) -> usize {
        self.len / 2
    }

    /// Whether a word whose [`head`] is `head` starts with the affix.
    fn starts(self, head: u64) -> bool {
        head >> (64 - 8 * self.len) == self.bytes
    }

    /// Whether a word whose [`tail`] is `tail` ends with the affix (a suffix:
    /// at most two letters).
    fn ends(self, tail: u32) -> bool {
        u64::from(tail) & ((1 << (8 * self.len)) - 1) == self.bytes
    }
}

/// The suffixes (bit k for `SUFFIXES[k]`) that end with the letter
/// U+0600 + i, for i below 128 (every suffix ends with one of those).
const ENDING_WITH: [u16; 128] = {
    let mut table = [0; 128];
    let mut k = 0;
    while k < SUFFIXES.len() {
        let last = SUFFIXES[k].bytes as u32 & 0xFFFF;
        table[((last >> 8 & 1) << 6 | (last & 0x3F)) as usize] |= 1 << k;
        k += 1;
    }
    table
};

/// The suffixes that end with the last letter of a word whose [`tail`] is
/// `tail`: none unless its last two bytes are a letter U+0600–U+067F (lead
/// byte D8 or D9).
fn ending_with(tail: u32) -> u16 {
    let (lead, second) = (tail >> 8 & 0xFF, tail & 0xFF);
    if lead & 0xFE == 0xD8 {
        ENDING_WITH[((lead & 1) << 6 | (second & 0x3F)) as usize]
    } else {
        0
    }
}

/// The first eight bytes of `word`, big-endian, zeros past its end (no
/// affix has a zero byte).
fn head(word: &[u8]) -> u64 {
    match word.first_chunk::<8>() {
        Some(chunk) => u64::from_be_bytes(*chunk),
        None => short_head(word),
    }
}

/// [`head`] of a word shorter than eight bytes (out of line, so that the
/// affix loops stay small enough to unroll).
#[cold]
fn short_head(word: &[u8]) -> u64 {
    word.iter()
        .enumerate()
        .fold(0, |h, (i, &b)| h | u64::from(b) << (56 - 8 * i))
}

/// The last four bytes of `word`, big-endian, zeros before its start.
fn tail(word: &[u8]) -> u32 {
    match word.last_chunk::<4>() {
        Some(chunk) => u32::from_be_bytes(*chunk),
        None => short_tail(word),
    }
}

/// [`tail`] of a word shorter than four bytes (see [`short_head`]).
#[cold]
fn short_tail(word: &[u8]) -> u32 {
    word.iter().fold(0, |t, &b| t << 8 | u32::from(b))
}

const PREFIXES: [Affix; 7] = [
    Affix::new("\u{0627}\u{0644}"),
    Affix::new("\u{0648}\u{0627}\u{0644}"),
    Affix::new("\u{0628}\u{0627}\u{0644}"),
    Affix::new("\u{0643}\u{0627}\u{0644}"),
    Affix::new("\u{0641}\u{0627}\u{0644}"),
    Affix::new("\u{0644}\u{0644}"),
    Affix::new("\u{0648}"),
];

const SUFFIXES: [Affix; 10] = [
    Affix::new("\u{0647}\u{0627}"),
    Affix::new("\u{0627}\u{0646}"),
    Affix::new("\u{0627}\u{062A}"),
    Affix::new("\u{0648}\u{0646}"),
    Affix::new("\u{064A}\u{0646}"),
    Affix::new("\u{064A}\u{0647}"),
    Affix::new("\u{064A}\u{0629}"),
    Affix::new("\u{0647}"),
    Affix::new("\u{0629}"),
    Affix::new("\u{064A}"),
];

/// Lucene's light Arabic stemmer. Stemming only removes affixes, so
/// [`stem`](Self::stem) returns a subslice of its input.
///
/// It expects text normalized the way Lucene normalizes it first
/// ([`Normalizer::lucene`](crate::Normalizer::lucene) or
/// [`Normalizer::search`](crate::Normalizer::search)): the affixes are matched
/// letter for letter, so أ or a diacritic inside an affix stops it matching.
///
/// ```
/// use arabic_text::ArabicStemmer;
/// let s = ArabicStemmer::new();
/// assert_eq!(s.stem("الكتاب"), "كتاب");
/// assert_eq!(s.stem("والمدرسه"), "مدرس");
/// assert_eq!(s.stem("ساهدهات"), "ساهد");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArabicStemmer {
    _private: (),
}

impl ArabicStemmer {
    /// A stemmer.
    ///
    /// ```
    /// let _ = arabic_text::ArabicStemmer::new();
    /// ```
    pub const fn new() -> Self {
        ArabicStemmer { _private: () }
    }

    /// The stem of `word`: a subslice of it, without at most one prefix and
    /// the suffixes of the module docs.
    ///
    /// # Complexity
    /// O(n) in the length of `word` (to count its UTF-16 length); no
    /// allocation.
    ///
    /// ```
    /// use arabic_text::ArabicStemmer;
    /// let s = ArabicStemmer::new();
    /// let word = "بالمدارس";
    /// let stem = s.stem(word);
    /// assert_eq!(stem, "مدارس");
    /// assert!(std::ptr::eq(stem.as_bytes().last().unwrap(), word.as_bytes().last().unwrap()));
    /// assert_eq!(s.stem("وعد"), "وعد"); // و needs a word of at least 4 characters
    /// ```
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        &word[stem_range(word.as_bytes(), utf16_units(word.as_bytes()))]
    }

    /// `word` without the definite article: the first of the prefixes ال,
    /// وال, بال, كال, فال, لل that matches, under the stemmer's length
    /// condition (at least 2 characters remain). No و, no suffix: what
    /// [`Stemming::ArabicWords`](crate::Stemming::ArabicWords) keeps of the
    /// stemmer for words with letters Arabic does not use (`الڤيتو` → `ڤيتو`,
    /// `گذشته` stays whole).
    ///
    /// # Complexity
    /// O(n) in the length of `word`; no allocation.
    ///
    /// ```
    /// use arabic_text::ArabicStemmer;
    /// let s = ArabicStemmer::new();
    /// assert_eq!(s.strip_article("الپوكر"), "پوكر");
    /// assert_eq!(s.strip_article("ورزش"), "ورزش"); // و is not the article
    /// assert_eq!(s.strip_article("درصدها"), "درصدها"); // nor is a suffix
    /// ```
    pub fn strip_article<'a>(&self, word: &'a str) -> &'a str {
        let units = utf16_units(word.as_bytes());
        &word[strip_prefix(word.as_bytes(), units, &PREFIXES[..PREFIXES.len() - 1]).0..]
    }
}

/// The stem of `word` (UTF-8, `units` UTF-16 code units long) as a byte
/// range of it: [`ArabicStemmer::stem`] for a caller that has counted the
/// units already. On a character boundary, since every affix is whole
/// characters.
pub(crate) fn stem_range(word: &[u8], units: usize) -> core::ops::Range<usize> {
    let (start, mut units) = strip_prefix(word, units, &PREFIXES);
    let mut end = word.len();
    let mut t = tail(&word[start..end]);
    // The suffixes still to check that end with the word's last letter.
    let mut todo = ending_with(t);
    while todo != 0 {
        let k = todo.trailing_zeros() as usize;
        let s = SUFFIXES[k];
        if units >= s.units() + 2 && s.ends(t) {
            end -= s.len;
            units -= s.units();
            t = tail(&word[start..end]);
            todo = ending_with(t) & !((2 << k) - 1);
        } else {
            todo &= todo - 1;
        }
    }
    start..end
}

/// The UTF-16 length of `word` (UTF-8), a character at a time by its lead
/// byte: one unit a character, two for one of four bytes (lead F0–F4).
/// Words are short, so a plain loop beats a vectorized count.
fn utf16_units(word: &[u8]) -> usize {
    let (mut i, mut units) = (0, 0);
    while i < word.len() {
        let width = match word[i] {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        units += 1 + usize::from(width == 4);
        i += width;
    }
    units
}

/// Where `word` (`units` UTF-16 units long) starts without the first of
/// `prefixes` that matches under Lucene's length conditions, and the UTF-16
/// length of what remains.
fn strip_prefix(word: &[u8], units: usize, prefixes: &[Affix]) -> (usize, usize) {
    let h = head(word);
    for &p in prefixes {
        let long_enough = if p.units() == 1 {
            units >= 4
        } else {
            units >= p.units() + 2
        };
        if long_enough && p.starts(h) {
            return (p.len, units - p.units());
        }
    }
    (0, units)
}

#[cfg(test)]
mod tests {
    use super::ArabicStemmer;

    #[test]
    fn prefixes_in_order_and_only_one() {
        let s = ArabicStemmer::new();
        assert_eq!(s.stem("الحسن"), "حسن");
        assert_eq!(s.stem("والحسن"), "حسن");
        assert_eq!(s.stem("بالحسن"), "حسن");
        assert_eq!(s.stem("كالحسن"), "حسن");
        assert_eq!(s.stem("فالحسن"), "حسن");
        assert_eq!(s.stem("للاخر"), "اخر");
        assert_eq!(s.stem("وحسن"), "حسن");
        // Only one prefix: و then ال stays.
        assert_eq!(s.stem("والال"), "ال");
    }

    #[test]
    fn length_conditions() {
        let s = ArabicStemmer::new();
        assert_eq!(s.stem("ال"), "ال"); // nothing would remain
        assert_eq!(s.stem("الب"), "الب"); // one would remain
        assert_eq!(s.stem("البا"), "با");
        assert_eq!(s.stem("وبا"), "وبا"); // و needs 4
        assert_eq!(s.stem("هه"), "هه"); // suffix needs 2 left
        assert_eq!(s.stem("ههه"), "هه");
    }

    /// Lucene measures lengths in UTF-16 code units: a character above U+FFFF
    /// counts twice. `و` + 𝐀 + ب is 3 characters but 4 units, so Lucene
    /// removes the `و`; a code-point count would not.
    #[test]
    fn lengths_count_utf16_code_units() {
        let s = ArabicStemmer::new();
        assert_eq!(s.stem("و\u{1D400}ب"), "\u{1D400}ب");
        assert_eq!(s.stem("ال\u{1D400}"), "\u{1D400}");
        assert_eq!(s.stem("\u{1D400}ه"), "\u{1D400}");
        // With BMP characters only, the same shapes stay.
        assert_eq!(s.stem("وxب"), "وxب");
        assert_eq!(s.stem("xه"), "xه");
    }
}
