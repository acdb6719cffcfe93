//! The bundled stop list: Lucene's default Arabic stop set
//! (`org/apache/lucene/analysis/ar/stopwords.txt`, by Jacques Savoy, BSD
//! license; the file keeps its header).

use alloc::string::String;
use alloc::vec::Vec;

/// The file as Lucene ships it, header included.
const LUCENE_FILE: &str = include_str!("lucene-arabic-stopwords.txt");

/// Lucene's default Arabic stop list, the one [`ArabicAnalyzer::lucene`] and
/// [`ArabicAnalyzer::search`] use unless told otherwise: 119 words (في, من,
/// على, أن, …), as written in Lucene's
/// `org/apache/lucene/analysis/ar/stopwords.txt` (Lucene 8.8.1), in its order.
///
/// The list was made by Jacques Savoy and is distributed under the BSD
/// license (<http://members.unine.ch/jacques.savoy/clef/index.html>). It is
/// not normalized: it has both `أن` and `ان`, meant to be compared before
/// normalization, as Lucene does.
///
/// [`ArabicAnalyzer::lucene`]: crate::ArabicAnalyzer::lucene
/// [`ArabicAnalyzer::search`]: crate::ArabicAnalyzer::search
///
/// ```
/// let words: Vec<&str> = arabic_text::lucene_stopwords().collect();
/// assert_eq!(words.len(), 119);
/// assert_eq!(words[..3], ["من", "ومن", "منها"]);
/// assert!(words.contains(&"في"));
/// ```
pub fn lucene_stopwords() -> impl Iterator<Item = &'static str> + Clone {
    LUCENE_FILE
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A stop set in the form it is compared in (already folded the way the
/// analyzer folds each token before the comparison).
pub(super) fn stop_set<I, S>(words: I, fold: impl Fn(&str) -> Option<String>) -> StopSet
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    StopSet::new(words.into_iter().filter_map(|w| fold(w.as_ref())).collect())
}

/// A set of stop words, looked up once a token: by byte length first (one
/// compare rejects most words), then by a binary search among the words of
/// that length, and before either by a 1,024-bit filter of (length,
/// second and last byte: an Arabic word's first byte is nearly always D8 or
/// D9), which answers "no" for most words without reading the list.
#[derive(Clone, Default, PartialEq, Eq)]
pub(super) struct StopSet {
    /// Sorted by length, then bytes.
    words: Vec<String>,
    filter: [u64; 16],
}

impl core::fmt::Debug for StopSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_set().entries(&self.words).finish()
    }
}

impl StopSet {
    fn new(mut words: Vec<String>) -> Self {
        words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        words.dedup();
        let mut filter = [0u64; 16];
        for w in &words {
            let bit = Self::bit(w);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        StopSet { words, filter }
    }

    /// The filter bit of `word`.
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let second = u32::from(bytes.get(1).copied().unwrap_or(0));
        let last = u32::from(bytes.last().copied().unwrap_or(0));
        let key = (word.len() as u32) | (second << 8) | (last << 16);
        (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return false;
        }
        self.words
            .binary_search_by(|w| w.len().cmp(&word.len()).then_with(|| w.as_str().cmp(word)))
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{lucene_stopwords, stop_set};
    use alloc::string::ToString;

    #[test]
    fn the_set_has_every_word_and_nothing_else() {
        let set = stop_set(lucene_stopwords(), |w| Some(w.to_string()));
        for w in lucene_stopwords() {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "م", "مني", "فيه ", "الكتاب", "a", "في في"] {
            assert!(!set.contains(w), "{w}");
        }
        assert!(!stop_set([""; 0], |w| Some(w.to_string())).contains(""));
    }
}
