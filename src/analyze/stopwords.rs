//! The bundled stop list: Lucene's default Arabic stop set
//! (`org/apache/lucene/analysis/ar/stopwords.txt`, by Jacques Savoy, BSD
//! license; the file keeps its header).

use alloc::collections::BTreeSet;
use alloc::string::String;

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
pub(super) fn stop_set<I, S>(words: I, fold: impl Fn(&str) -> Option<String>) -> BTreeSet<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    words.into_iter().filter_map(|w| fold(w.as_ref())).collect()
}
