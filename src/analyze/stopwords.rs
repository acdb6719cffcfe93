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

/// A set of stop words, looked up once a token: by a hash of the word's
/// length and a few of its bytes into one of 256 buckets, then against the
/// few words of that bucket, length first. Most words end at the length cap
/// (stop words are short) or at an empty bucket.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct StopSet {
    /// Sorted by bucket, then length, then bytes.
    words: Vec<String>,
    /// The words of bucket b are `words[starts[b]..starts[b + 1]]`.
    starts: Vec<usize>,
    /// One bit per bucket: whether any word is in it.
    occupied: [u64; BUCKETS / 64],
    /// The length of the longest word.
    max_len: usize,
}

impl Default for StopSet {
    fn default() -> Self {
        StopSet::new(Vec::new())
    }
}

impl core::fmt::Debug for StopSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut words: Vec<&String> = self.words.iter().collect();
        words.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        f.debug_set().entries(words).finish()
    }
}

/// The number of buckets.
const BUCKETS: usize = 1024;

impl StopSet {
    fn new(mut words: Vec<String>) -> Self {
        words.sort_by(|a, b| {
            let key = |w: &String| (Self::bucket(w.as_bytes()), w.len());
            key(a).cmp(&key(b)).then_with(|| a.cmp(b))
        });
        words.dedup();
        let mut starts = alloc::vec![0; BUCKETS + 1];
        for w in &words {
            starts[Self::bucket(w.as_bytes()) + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        let max_len = words.iter().map(String::len).max().unwrap_or(0);
        let mut occupied = [0; BUCKETS / 64];
        for w in &words {
            let b = Self::bucket(w.as_bytes());
            occupied[b / 64] |= 1 << (b % 64);
        }
        StopSet {
            words,
            starts,
            occupied,
            max_len,
        }
    }

    /// The bucket of `word`: its length, its second and fourth bytes (the
    /// low bytes of an Arabic word's first two letters, whose first bytes
    /// are nearly always D8 or D9) and its last byte, hashed.
    fn bucket(word: &[u8]) -> usize {
        let byte = |i: usize| u32::from(word.get(i).copied().unwrap_or(0));
        let last = u32::from(word.last().copied().unwrap_or(0));
        let key = (word.len() as u32) ^ (byte(1) << 8) ^ (byte(3) << 16) ^ (last << 24);
        (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    #[inline(always)]
    pub(super) fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        if word.len() > self.max_len {
            return false;
        }
        let b = Self::bucket(word);
        if self.occupied[b / 64] & 1 << (b % 64) == 0 {
            return false;
        }
        let (Some(&from), Some(&to)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return false;
        };
        self.words[from..to].iter().any(|w| w.as_bytes() == word)
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
