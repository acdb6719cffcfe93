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

/// A prefix or suffix, with its length in UTF-16 code units (every affix is
/// made of Arabic letters of the BMP, one unit and two UTF-8 bytes each).
struct Affix(&'static str);

impl Affix {
    const fn units(&self) -> usize {
        self.0.len() / 2
    }

    /// Whether `word` starts with the affix. A byte loop, not `starts_with`:
    /// the affixes are two to six bytes, and the first byte pair decides
    /// most words, where a `memcmp` call costs more than the compare.
    fn starts(&self, word: &str) -> bool {
        let (a, w) = (self.0.as_bytes(), word.as_bytes());
        w.len() >= a.len() && a.iter().zip(w).all(|(x, y)| x == y)
    }

    /// Whether `word` ends with the affix (see [`starts`](Self::starts)).
    fn ends(&self, word: &str) -> bool {
        let (a, w) = (self.0.as_bytes(), word.as_bytes());
        w.len() >= a.len() && a.iter().rev().zip(w.iter().rev()).all(|(x, y)| x == y)
    }
}

const PREFIXES: [Affix; 7] = [
    Affix("\u{0627}\u{0644}"),
    Affix("\u{0648}\u{0627}\u{0644}"),
    Affix("\u{0628}\u{0627}\u{0644}"),
    Affix("\u{0643}\u{0627}\u{0644}"),
    Affix("\u{0641}\u{0627}\u{0644}"),
    Affix("\u{0644}\u{0644}"),
    Affix("\u{0648}"),
];

const SUFFIXES: [Affix; 10] = [
    Affix("\u{0647}\u{0627}"),
    Affix("\u{0627}\u{0646}"),
    Affix("\u{0627}\u{062A}"),
    Affix("\u{0648}\u{0646}"),
    Affix("\u{064A}\u{0646}"),
    Affix("\u{064A}\u{0647}"),
    Affix("\u{064A}\u{0629}"),
    Affix("\u{0647}"),
    Affix("\u{0629}"),
    Affix("\u{064A}"),
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
        let (mut w, mut units) = strip_prefix(word, &PREFIXES);
        for s in &SUFFIXES {
            if units >= s.units() + 2 && s.ends(w) {
                w = &w[..w.len() - s.0.len()];
                units -= s.units();
            }
        }
        w
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
        strip_prefix(word, &PREFIXES[..PREFIXES.len() - 1]).0
    }
}

/// `word` without the first of `prefixes` that matches under Lucene's length
/// conditions, and the UTF-16 length of what remains.
fn strip_prefix<'a>(word: &'a str, prefixes: &[Affix]) -> (&'a str, usize) {
    // UTF-16 units, a character at a time by its lead byte: one a
    // character, two for one of four bytes (lead F0–F4). Words are short,
    // so a plain loop beats a vectorized count.
    let bytes = word.as_bytes();
    let (mut i, mut units) = (0, 0);
    while i < bytes.len() {
        let width = match bytes[i] {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        units += 1 + usize::from(width == 4);
        i += width;
    }
    for p in prefixes {
        let long_enough = if p.units() == 1 {
            units >= 4
        } else {
            units >= p.units() + 2
        };
        if long_enough && p.starts(word) {
            return (&word[p.0.len()..], units - p.units());
        }
    }
    (word, units)
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
