//! Search analysis: [`ArabicAnalyzer`], Lucene's Arabic analysis chain, term
//! by term, with every term's span pointing at its original bytes.
//!
//! Lucene's `ArabicAnalyzer` runs StandardTokenizer → LowerCaseFilter →
//! DecimalDigitFilter → StopFilter → ArabicNormalizationFilter →
//! ArabicStemFilter, with Lucene's default Arabic stop list.
//! [`ArabicAnalyzer::lucene`] runs the same chain: StandardTokenizer's word
//! boundaries and token types (`lucene_tokenizer`), the same filters in the
//! same order and the same list ([`lucene_stopwords`]), so it gives the terms,
//! offsets, positions and types Lucene gives (checked line by line against
//! Lucene's own output in `tests/lucene_whole.rs`, word by word in
//! `tests/lucene.rs`).
//!
//! [`ArabicAnalyzer::search`] cuts words with this crate's tokenizer (which
//! splits `#غزة_تحت_النار`, `2015م` and `قال:لبث` into their words, where
//! Lucene keeps each whole), folds more ([`Normalizer::search`]: ٱ,
//! superscript alef, presentation forms, format controls, Persian letters,
//! every diacritic), compares stop words after that normalization, and leaves
//! words with non-Arabic letters (Persian, Urdu) unstemmed.
//! [`ArabicAnalyzer::custom`] takes a [`Normalizer`] of your own.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::sync::Arc;

use crate::normalize::{Digits, Normalizer};
use crate::stem::ArabicStemmer;

mod filters;
mod letters;
mod lucene_tokenizer;
mod simple;
mod stopwords;
mod term;
mod terms;

use filters::{ascii_digits, caseless_without_digits, lowercase, map_cow};
pub use stopwords::lucene_stopwords;
pub use term::{Term, TermType};
pub use terms::Terms;

/// Which chain an [`ArabicAnalyzer`] runs.
///
/// ```
/// use arabic_text::{ArabicAnalyzer, Flavour};
/// assert_eq!(ArabicAnalyzer::search().flavour(), Flavour::Search);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Flavour {
    /// Lucene's `ArabicAnalyzer` exactly: its StandardTokenizer,
    /// [`Normalizer::lucene`] plus decimal digits, stop words compared before
    /// normalization.
    Lucene,
    /// This crate's tokenizer and [`Normalizer::search`], which folds more,
    /// stop words compared after normalization. The one we recommend.
    Search,
    /// This crate's tokenizer and a [`Normalizer`] of your own
    /// ([`ArabicAnalyzer::custom`]), stop words compared after normalization.
    Custom,
}

/// Which terms an [`ArabicAnalyzer`] stems with [`ArabicStemmer`].
///
/// ```
/// use arabic_text::{ArabicAnalyzer, Stemming};
/// let a = ArabicAnalyzer::search();
/// assert_eq!(a.analyze("پاکستان").next().unwrap().text(), "پاكستان"); // پ: no suffix off
/// assert_eq!(a.analyze("الڤيتو").next().unwrap().text(), "ڤيتو"); // only the article
/// let all = a.clone().with_stemming(Stemming::All);
/// assert_eq!(all.analyze("پاکستان").next().unwrap().text(), "پاكست");
/// let off = a.with_stemming(Stemming::Off);
/// assert_eq!(off.analyze("الكتاب").next().unwrap().text(), "الكتاب");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stemming {
    /// No stemming: terms are the normalized words.
    Off,
    /// Every term, as Lucene does. The default of [`ArabicAnalyzer::lucene`].
    All,
    /// Every term, except that a word that still has a letter Arabic does
    /// not use once normalized (پ چ ژ گ ڤ ٹ ڈ ڑ ں and the other letters of
    /// the Arabic script outside U+0621–U+064A, ٱ and the Quranic letters)
    /// only loses the article (ال, وال, بال, كال, فال, لل;
    /// [`ArabicStemmer::strip_article`]): Persian and Urdu words keep their
    /// endings (`گذشته`, `پاکستان`), Arabic loanwords lose their article
    /// (`الڤيتو` → `ڤيتو`). Letters that the normalizer folds into Arabic
    /// ones (ک, ی, ہ under [`Normalizer::search`]) do not count: Arabic text
    /// typed on a Persian or Urdu keyboard (`علی`, `سیاسیة`) is stemmed as
    /// Arabic. The default of [`ArabicAnalyzer::search`] and
    /// [`ArabicAnalyzer::custom`].
    ArabicWords,
}

/// Lucene's Arabic analysis chain (or a stronger normalizer before the same
/// stemmer), with a stop list.
///
/// Every flavour uses Lucene's default Arabic stop list
/// ([`lucene_stopwords`]) unless [`with_stopwords`](Self::with_stopwords)
/// replaces it or [`without_stopwords`](Self::without_stopwords) removes it.
/// [`lucene`](Self::lucene) compares stop words after lower-casing and digit
/// folding and before normalization, where Lucene's StopFilter stands;
/// [`search`](Self::search) and [`custom`](Self::custom) compare them after
/// normalization, with the list normalized once when it is set, so that `فِي`,
/// `فـي` and `فى` are stopped as `في` is.
///
/// ```
/// use arabic_text::ArabicAnalyzer;
/// let terms: Vec<String> = ArabicAnalyzer::search()
///     .analyze("الكرملين يتوقع التفاهم مع أردوغان")
///     .map(|t| t.text().to_owned())
///     .collect();
/// assert_eq!(terms, ["كرمل", "يتوقع", "تفاهم", "اردوغ"]); // مع is a stop word
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArabicAnalyzer {
    flavour: Flavour,
    normalizer: Normalizer,
    stemming: Stemming,
    /// The stop words in the form they are compared in (see
    /// [`fold_stopword`](Self::fold_stopword)). Shared, so that cloning an
    /// analyzer (one per [`Terms`]) is cheap.
    stopwords: Arc<stopwords::StopSet>,
    /// The letters the analyzer folds without calling the normalizer.
    simple: Arc<simple::SimpleLetters>,
    zwnj_splits: bool,
    max_term_bytes: usize,
}

impl ArabicAnalyzer {
    /// Lucene's `new ArabicAnalyzer()`: StandardTokenizer's words, lower
    /// case, decimal digits to ASCII, Lucene's stop list,
    /// [`Normalizer::lucene`], [`ArabicStemmer`] on every term.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::lucene();
    /// let t = a.analyze("ٱلرَّحْمَٰنِ").next().unwrap();
    /// assert_eq!(t.text(), "ٱلرحمٰن"); // Lucene keeps ٱ and U+0670
    /// assert_eq!(a.analyze("في فِي").map(|t| t.text().to_owned()).collect::<Vec<_>>(), ["في"]);
    /// ```
    pub fn lucene() -> Self {
        ArabicAnalyzer::build(
            Flavour::Lucene,
            Normalizer::lucene().digits(Digits::Ascii),
            Stemming::All,
        )
    }

    /// The recommended chain: this crate's tokenizer, lower case,
    /// [`Normalizer::search`] (which also folds digits), Lucene's stop list
    /// compared after normalization, [`ArabicStemmer`] on Arabic words
    /// ([`Stemming::ArabicWords`]).
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search();
    /// assert_eq!(a.analyze("ٱلرَّحْمَٰنِ").next().unwrap().text(), "رحمن"); // ٱ folded, so ال comes off
    /// assert_eq!(a.analyze("فِي فـي فى مِنْ عَلَى").count(), 0); // stop words
    /// ```
    pub fn search() -> Self {
        ArabicAnalyzer::build(Flavour::Search, Normalizer::search(), Stemming::ArabicWords)
    }

    /// This crate's tokenizer, lower case and `normalizer`, then the stemmer
    /// on Arabic words ([`Stemming::ArabicWords`]); Lucene's stop list,
    /// normalized by `normalizer` and compared after it. Use it when a preset
    /// is almost right: to keep the superscript alef, to fold ZWNJ, and so on.
    ///
    /// Digits are folded only if `normalizer` folds them.
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Flavour, Normalizer};
    /// let a = ArabicAnalyzer::custom(Normalizer::search().fold_teh_marbuta(false));
    /// assert_eq!(a.flavour(), Flavour::Custom);
    /// assert_eq!(a.analyze("مدرسة").next().unwrap().text(), "مدرس"); // ة is a suffix too
    /// assert_eq!(a.analyze("عَلَى").count(), 0);
    /// ```
    pub fn custom(normalizer: Normalizer) -> Self {
        ArabicAnalyzer::build(Flavour::Custom, normalizer, Stemming::ArabicWords)
    }

    fn build(flavour: Flavour, normalizer: Normalizer, stemming: Stemming) -> Self {
        let analyzer = ArabicAnalyzer {
            flavour,
            simple: Arc::new(simple::SimpleLetters::new(
                &normalizer,
                flavour != Flavour::Lucene,
            )),
            normalizer,
            stemming,
            stopwords: Arc::default(),
            zwnj_splits: false,
            max_term_bytes: usize::MAX,
        };
        analyzer.with_stopwords(lucene_stopwords())
    }

    /// The analyzer of `flavour` ([`Flavour::Custom`] gives
    /// [`custom`](Self::custom) with [`Normalizer::search`]).
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Flavour};
    /// assert_eq!(ArabicAnalyzer::new(Flavour::Lucene), ArabicAnalyzer::lucene());
    /// ```
    pub fn new(flavour: Flavour) -> Self {
        match flavour {
            Flavour::Lucene => ArabicAnalyzer::lucene(),
            Flavour::Search => ArabicAnalyzer::search(),
            Flavour::Custom => ArabicAnalyzer::custom(Normalizer::search()),
        }
    }

    /// Replace the stop list with `words`. They are folded once, here, the
    /// way each token is folded before the comparison: lower case and digits
    /// for [`lucene`](Self::lucene); lower case, digits and the normalizer
    /// for the other flavours. (Lucene's StopFilter takes its set as given:
    /// for words in lower case without non-ASCII digits, as Lucene's Arabic
    /// list is, the two agree.)
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// let a = ArabicAnalyzer::search().with_stopwords(["قال"]);
    /// let terms: Vec<String> = a.analyze("قَالَ في البيت").map(|t| t.text().to_owned()).collect();
    /// assert_eq!(terms, ["في", "بيت"]); // في is no longer a stop word
    /// ```
    #[must_use]
    pub fn with_stopwords<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let set = stopwords::stop_set(words, |w| self.fold_stopword(w));
        self.stopwords = Arc::new(set);
        self
    }

    /// Use no stop list: every word gives a term.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::lucene().without_stopwords();
    /// assert_eq!(a.analyze("في البيت").count(), 2);
    /// ```
    #[must_use]
    pub fn without_stopwords(mut self) -> Self {
        self.stopwords = Arc::default();
        self
    }

    /// Which terms are stemmed (see [`Stemming`]).
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Stemming};
    /// let a = ArabicAnalyzer::lucene().with_stemming(Stemming::Off);
    /// assert_eq!(a.analyze("والمدرسة").next().unwrap().text(), "والمدرسه");
    /// ```
    #[must_use]
    pub fn with_stemming(mut self, stemming: Stemming) -> Self {
        self.stemming = stemming;
        self
    }

    /// Whether a ZWNJ (U+200C) inside a word splits it into words, each with
    /// its own term, span and position, as Lucene's `PersianAnalyzer` does.
    /// Off by default (the search normalizer then deletes the ZWNJ and the
    /// word gives one term).
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// let text = "می\u{200C}خواهم";
    /// let whole: Vec<String> = ArabicAnalyzer::search().analyze(text).map(|t| t.text().to_owned()).collect();
    /// assert_eq!(whole, ["ميخواهم"]);
    /// let split = ArabicAnalyzer::search().with_zwnj_splits(true);
    /// let parts: Vec<_> = split.analyze(text).map(|t| (t.text().to_owned(), t.span())).collect();
    /// assert_eq!(parts, [("مي".to_owned(), 0..4), ("خواهم".to_owned(), 7..17)]);
    /// ```
    #[must_use]
    pub fn with_zwnj_splits(mut self, splits: bool) -> Self {
        self.zwnj_splits = splits;
        self
    }

    /// Drop terms longer than `bytes` UTF-8 bytes (they keep their position,
    /// as tantivy's `RemoveLongFilter` does). No cap by default; tantivy
    /// cannot index a term longer than 65,530 bytes.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search().with_max_term_bytes(8);
    /// let terms: Vec<(String, usize)> = a.analyze("كتاب مستشفيات").map(|t| (t.text().to_owned(), t.position())).collect();
    /// assert_eq!(terms, [("كتاب".to_owned(), 0)]); // مستشفي is 12 bytes
    /// ```
    #[must_use]
    pub fn with_max_term_bytes(mut self, bytes: usize) -> Self {
        self.max_term_bytes = bytes;
        self
    }

    /// The analyzer's flavour.
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Flavour};
    /// assert_eq!(ArabicAnalyzer::lucene().flavour(), Flavour::Lucene);
    /// ```
    pub fn flavour(&self) -> Flavour {
        self.flavour
    }

    /// The normalizer the analyzer runs after lower case (and, for
    /// [`lucene`](Self::lucene), after the stop list).
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Normalizer};
    /// assert_eq!(*ArabicAnalyzer::search().normalizer(), Normalizer::search());
    /// ```
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The terms of `text`. [`lucene`](Self::lucene) cuts words as Lucene's
    /// StandardTokenizer does; the other flavours take the word and number
    /// tokens of this crate's [`Tokenizer`](crate::Tokenizer). Tokens that are
    /// stop words give no term but keep their position. A token that
    /// analyzes to nothing (a lone tatweel) gives an empty term under
    /// `lucene`, as in Lucene, and no term otherwise.
    ///
    /// Every flavour cuts a word or number longer than 255 UTF-16 code
    /// units as Lucene's StandardTokenizer does (`maxTokenLength`): after
    /// 255 units, the rest read as the next word with the next position. So
    /// no term comes from more than 255 characters of text, however long a
    /// run without spaces is.
    ///
    /// A token that normalizes to several words (ﷺ → صلي الله عليه وسلم under
    /// the search flavour) gives one term per word, each with the token's
    /// span and its own position, so that it matches the words typed out.
    ///
    /// # Complexity
    /// O(n) in the length of `text`; a term allocates only when analysis
    /// changes its token.
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// let texts: Vec<String> = ArabicAnalyzer::lucene()
    ///     .analyze("أكد بوتين، ٢٠٢٠")
    ///     .map(|t| t.text().to_owned())
    ///     .collect();
    /// assert_eq!(texts, ["اكد", "بوت", "2020"]); // Lucene's stemmer takes ين off
    /// ```
    pub fn analyze<'a>(&self, text: &'a str) -> Terms<'a> {
        Terms::new(self.clone(), text)
    }

    /// The chain on one token, as Lucene's filters see a single term (its
    /// KeywordTokenizer): `None` when it is a stop word.
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// assert_eq!(ArabicAnalyzer::lucene().analyze_word("والمدرسة").as_deref(), Some("مدرس"));
    /// assert_eq!(ArabicAnalyzer::lucene().analyze_word("ـــ").as_deref(), Some(""));
    /// assert_eq!(ArabicAnalyzer::search().analyze_word("فـي"), None);
    /// ```
    pub fn analyze_word<'a>(&self, word: &'a str) -> Option<Cow<'a, str>> {
        let normalized = self.normalize_word(word)?;
        if self.stops_after_normalization() && self.stopwords.contains(&normalized) {
            return None;
        }
        let stem = self.stems(&normalized);
        Some(map_cow(normalized, |s| Cow::Borrowed(stem(s))))
    }

    /// Lower case, digits, the stop list if it comes first, the normalizer:
    /// the chain before the stemmer. `None` for a stop word compared before
    /// normalization.
    fn normalize_word<'a>(&self, word: &'a str) -> Option<Cow<'a, str>> {
        // Lucene's DecimalDigitFilter stands before the StopFilter (for the
        // search flavour, Normalizer::search folds the same digits again).
        let folded = self.lower_and_digits(word);
        if !self.stops_after_normalization() && self.stopwords.contains(&folded) {
            return None;
        }
        Some(map_cow(folded, |s| self.normalizer.normalize(s)))
    }

    fn lower_and_digits<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if caseless_without_digits(word) {
            return Cow::Borrowed(word);
        }
        match self.flavour {
            Flavour::Lucene | Flavour::Search => map_cow(lowercase(word), ascii_digits),
            Flavour::Custom => lowercase(word),
        }
    }

    /// A stop word as it is compared: folded like a token, before or after
    /// the normalizer. `None` for a word that folds to nothing.
    fn fold_stopword(&self, word: &str) -> Option<String> {
        let folded = self.lower_and_digits(word);
        let folded = if self.stops_after_normalization() {
            map_cow(folded, |s| self.normalizer.normalize(s))
        } else {
            folded
        };
        (!folded.is_empty()).then(|| folded.into_owned())
    }

    fn stops_after_normalization(&self) -> bool {
        self.flavour != Flavour::Lucene
    }

    /// Whether the normalized `word` is in the stop list compared after
    /// normalization.
    fn stopped_after(&self, normalized: &str) -> bool {
        self.stops_after_normalization() && self.stopwords.contains(normalized)
    }

    /// The stemmer to run on `normalized`, a word after the normalizer.
    fn stems(&self, normalized: &str) -> fn(&str) -> &str {
        fn whole(s: &str) -> &str {
            s
        }
        fn light(s: &str) -> &str {
            ArabicStemmer::new().stem(s)
        }
        fn article(s: &str) -> &str {
            ArabicStemmer::new().strip_article(s)
        }
        match self.stemming {
            Stemming::Off => whole,
            Stemming::All => light,
            Stemming::ArabicWords if letters::has_non_arabic_letter(normalized) => article,
            Stemming::ArabicWords => light,
        }
    }
}

#[cfg(test)]
mod tests;
