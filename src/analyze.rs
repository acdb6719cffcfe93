//! Search analysis: [`ArabicAnalyzer`], Lucene's Arabic analysis chain on top
//! of this crate's tokenizer, term by term, with every term's span pointing at
//! its original bytes.
//!
//! Lucene's `ArabicAnalyzer` runs StandardTokenizer → LowerCaseFilter →
//! DecimalDigitFilter → StopFilter → ArabicNormalizationFilter →
//! ArabicStemFilter. [`ArabicAnalyzer::lucene`] runs the same filters, in the
//! same order, on this crate's word and number tokens: for a given token it
//! gives the term Lucene gives (checked row by row against Lucene's own output
//! in `tests/lucene.rs`). [`ArabicAnalyzer::search`] folds more
//! ([`Normalizer::search`]: ٱ, superscript alef, presentation forms, format
//! controls, Persian letters, every diacritic) before the same stemmer.

use alloc::borrow::Cow;
use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::sync::Arc;
use core::ops::Range;

use crate::normalize::{Digits, Normalizer};
use crate::stem::ArabicStemmer;
use crate::tokenize::{TokenKind, Tokenizer, Tokens};

/// Which normalizer an [`ArabicAnalyzer`] uses before the stemmer.
///
/// ```
/// use arabic_text::{ArabicAnalyzer, Flavour};
/// assert_eq!(ArabicAnalyzer::search().flavour(), Flavour::Search);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Flavour {
    /// Lucene's chain exactly: [`Normalizer::lucene`] plus decimal digits.
    Lucene,
    /// [`Normalizer::search`], which folds more. The one we recommend.
    Search,
}

/// One index term: the analyzed text and the byte span of the token it came
/// from.
///
/// ```
/// use arabic_text::ArabicAnalyzer;
/// let text = "في إدلب";
/// let t = ArabicAnalyzer::search().analyze(text).nth(1).unwrap();
/// assert_eq!(t.text(), "ادلب");
/// assert_eq!(&text[t.span()], "إدلب"); // the original bytes
/// assert_eq!(t.position(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term<'a> {
    text: Cow<'a, str>,
    span: Range<usize>,
    position: usize,
}

impl<'a> Term<'a> {
    /// The term's text (borrowed from the input when nothing changed it).
    ///
    /// ```
    /// let t = arabic_text::ArabicAnalyzer::lucene().analyze("كتاب").next().unwrap();
    /// assert_eq!(t.text(), "كتاب");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The term's text, as a `Cow` that borrows the input when it can.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let t = arabic_text::ArabicAnalyzer::lucene().analyze("كتاب").next().unwrap();
    /// assert!(matches!(t.into_text(), Cow::Borrowed("كتاب")));
    /// ```
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// UTF-8 byte range of the original token in the analyzed text.
    ///
    /// ```
    /// let t = arabic_text::ArabicAnalyzer::search().analyze("  الكتاب").next().unwrap();
    /// assert_eq!(t.span(), 2..14); // الكتاب: 6 letters, 12 bytes
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The index of the token among the text's word and number tokens
    /// (stop words and empty terms leave gaps, as in Lucene).
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search().with_stopwords(["في"]);
    /// let positions: Vec<usize> = a.analyze("قال في البيت").map(|t| t.position()).collect();
    /// assert_eq!(positions, [0, 2]);
    /// ```
    pub fn position(&self) -> usize {
        self.position
    }
}

/// Lucene's Arabic analysis chain (or a stronger normalizer before the same
/// stemmer), with an optional stop list.
///
/// Stop words are compared after lower-casing and digit folding and before
/// normalization, where Lucene's StopFilter stands. No stop list is bundled:
/// pass one (for example Lucene's `ar/stopwords.txt`) with
/// [`with_stopwords`](Self::with_stopwords).
///
/// ```
/// use arabic_text::ArabicAnalyzer;
/// let terms: Vec<String> = ArabicAnalyzer::search()
///     .analyze("الكرملين يتوقع التفاهم مع أردوغان")
///     .map(|t| t.text().to_owned())
///     .collect();
/// assert_eq!(terms, ["كرمل", "يتوقع", "تفاهم", "مع", "اردوغ"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArabicAnalyzer {
    flavour: Flavour,
    normalizer: Normalizer,
    stemmer: ArabicStemmer,
    /// Shared, so that cloning an analyzer (one per [`Terms`]) is cheap.
    stopwords: Arc<BTreeSet<String>>,
}

impl ArabicAnalyzer {
    /// Lucene's chain: lower case, decimal digits to ASCII,
    /// [`Normalizer::lucene`], [`ArabicStemmer`].
    ///
    /// ```
    /// let t = arabic_text::ArabicAnalyzer::lucene().analyze("ٱلرَّحْمَٰنِ").next().unwrap();
    /// assert_eq!(t.text(), "ٱلرحمٰن"); // Lucene keeps ٱ and U+0670
    /// ```
    pub fn lucene() -> Self {
        ArabicAnalyzer {
            flavour: Flavour::Lucene,
            normalizer: Normalizer::lucene().digits(Digits::Ascii),
            stemmer: ArabicStemmer::new(),
            stopwords: Arc::new(BTreeSet::new()),
        }
    }

    /// The recommended chain: lower case, [`Normalizer::search`] (which also
    /// folds digits), [`ArabicStemmer`].
    ///
    /// ```
    /// let t = arabic_text::ArabicAnalyzer::search().analyze("ٱلرَّحْمَٰنِ").next().unwrap();
    /// assert_eq!(t.text(), "رحمن"); // ٱ folded, so ال comes off
    /// ```
    pub fn search() -> Self {
        ArabicAnalyzer {
            flavour: Flavour::Search,
            normalizer: Normalizer::search(),
            stemmer: ArabicStemmer::new(),
            stopwords: Arc::new(BTreeSet::new()),
        }
    }

    /// The analyzer of `flavour`.
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, Flavour};
    /// assert_eq!(ArabicAnalyzer::new(Flavour::Lucene), ArabicAnalyzer::lucene());
    /// ```
    pub fn new(flavour: Flavour) -> Self {
        match flavour {
            Flavour::Lucene => ArabicAnalyzer::lucene(),
            Flavour::Search => ArabicAnalyzer::search(),
        }
    }

    /// Drop the tokens in `words` (compared after lower-casing and digit
    /// folding, before normalization).
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// let a = ArabicAnalyzer::lucene().with_stopwords(["في", "من"]);
    /// assert_eq!(a.analyze("في البيت").count(), 1);
    /// ```
    #[must_use]
    pub fn with_stopwords<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Arc::make_mut(&mut self.stopwords).extend(words.into_iter().map(Into::into));
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

    /// The terms of `text`: its word and number tokens, analyzed. Tokens
    /// that are stop words or analyze to nothing (ﱞ U+FC5E, a spacing mark
    /// ligature, under the search flavour) give no
    /// term. Each term keeps its token's byte span.
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
        Terms {
            analyzer: self.clone(),
            tokens: Tokenizer::new().tokenize(text),
            position: 0,
            split: None,
        }
    }

    /// The chain on one token, as Lucene's filters see a single term (its
    /// KeywordTokenizer): `None` when it is a stop word.
    ///
    /// ```
    /// use arabic_text::ArabicAnalyzer;
    /// assert_eq!(ArabicAnalyzer::lucene().analyze_word("والمدرسة").as_deref(), Some("مدرس"));
    /// assert_eq!(ArabicAnalyzer::lucene().analyze_word("ـــ").as_deref(), Some(""));
    /// ```
    pub fn analyze_word<'a>(&self, word: &'a str) -> Option<Cow<'a, str>> {
        let normalized = self.normalize_word(word)?;
        Some(map_cow(normalized, |s| Cow::Borrowed(self.stemmer.stem(s))))
    }

    /// Lower case, digits, stop list, normalizer: the chain before the
    /// stemmer. `None` for a stop word.
    fn normalize_word<'a>(&self, word: &'a str) -> Option<Cow<'a, str>> {
        // Lucene's DecimalDigitFilter stands before the StopFilter (for the
        // search flavour, Normalizer::search folds the same digits again).
        let folded = map_cow(lowercase(word), |s| ASCII_DIGITS.normalize(s));
        if !self.stopwords.is_empty() && self.stopwords.contains(&*folded) {
            return None;
        }
        Some(map_cow(folded, |s| self.normalizer.normalize(s)))
    }
}

const ASCII_DIGITS: Normalizer = Normalizer::new().digits(Digits::Ascii);

/// Applies a `&str → Cow` step to a `Cow`, keeping the borrow when both are
/// borrowed.
fn map_cow<'a>(
    input: Cow<'a, str>,
    step: impl for<'b> Fn(&'b str) -> Cow<'b, str>,
) -> Cow<'a, str> {
    match input {
        Cow::Borrowed(s) => step(s),
        Cow::Owned(s) => Cow::Owned(step(&s).into_owned()),
    }
}

/// Lower-cases like Java's `Character.toLowerCase(int)` per code point (the
/// simple case mapping): `char::to_lowercase` where it gives one character,
/// and U+0130 İ → i, the one character whose full lower case is longer.
fn lowercase(s: &str) -> Cow<'_, str> {
    let simple = |c: char| {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => 'i', // U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE
        }
    };
    if s.chars().all(|c| simple(c) == c) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().map(simple).collect())
    }
}

/// Iterator over the [`Term`]s of a text. Created by [`ArabicAnalyzer::analyze`].
///
/// ```
/// assert_eq!(arabic_text::ArabicAnalyzer::search().analyze("، «»").count(), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Terms<'a> {
    analyzer: ArabicAnalyzer,
    tokens: Tokens<'a>,
    position: usize,
    /// The words still to give of a token that normalized to several (ﷺ →
    /// صلي الله عليه وسلم), with the token's span.
    split: Option<(String, usize, Range<usize>)>,
}

impl Terms<'_> {
    /// The position the next term would get: the number of word and number
    /// tokens read so far (stop words and empty terms included). After the
    /// last term, the text's count of positions, to continue from in a next
    /// chunk.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search().with_stopwords(["ثم"]);
    /// let mut terms = a.analyze("قال ثم");
    /// terms.by_ref().for_each(drop);
    /// assert_eq!(terms.next_position(), 2);
    /// ```
    pub fn next_position(&self) -> usize {
        self.position
    }
}

impl<'a> Iterator for Terms<'a> {
    type Item = Term<'a>;

    fn next(&mut self) -> Option<Term<'a>> {
        loop {
            if let Some(term) = self.next_split_word() {
                return Some(term);
            }
            let token = self.tokens.next()?;
            if !matches!(token.kind(), TokenKind::Word(_) | TokenKind::Number) {
                continue;
            }
            let Some(normalized) = self.analyzer.normalize_word(token.text()) else {
                self.position += 1; // a stop word keeps its position
                continue;
            };
            if normalized.contains(' ') {
                // A presentation form that stands for several words: one term
                // per word, each with the token's span and its own position.
                self.split = Some((normalized.into_owned(), 0, token.span()));
                continue;
            }
            let position = self.position;
            self.position += 1;
            let text = map_cow(normalized, |s| Cow::Borrowed(self.analyzer.stemmer.stem(s)));
            if !text.is_empty() {
                return Some(Term {
                    text,
                    span: token.span(),
                    position,
                });
            }
        }
    }
}

impl<'a> Terms<'a> {
    fn next_split_word(&mut self) -> Option<Term<'a>> {
        loop {
            let (words, at, span) = self.split.as_mut()?;
            if *at > words.len() {
                self.split = None;
                return None;
            }
            let start = *at;
            let len = words[start..].split(' ').next().map_or(0, str::len);
            *at += len + 1;
            let stem = self.analyzer.stemmer.stem(&words[start..start + len]);
            if stem.is_empty() {
                continue;
            }
            let term = Term {
                text: Cow::Owned(String::from(stem)),
                span: span.clone(),
                position: self.position,
            };
            self.position += 1;
            return Some(term);
        }
    }
}

impl core::iter::FusedIterator for Terms<'_> {}

#[cfg(test)]
mod tests {
    use super::ArabicAnalyzer;
    use alloc::borrow::ToOwned;
    use alloc::string::String;
    use alloc::vec::Vec;

    fn terms(a: &ArabicAnalyzer, text: &str) -> Vec<(String, core::ops::Range<usize>, usize)> {
        a.analyze(text)
            .map(|t| (t.text().to_owned(), t.span(), t.position()))
            .collect()
    }

    /// Found by a new-user review: ﷺ normalized to one term with spaces
    /// (`صلي الله عليه وسلم`, unstemmed), which matched neither the words
    /// typed out nor a query for them.
    #[test]
    fn multi_word_presentation_forms_give_one_term_per_word() {
        let a = ArabicAnalyzer::search();
        let typed: Vec<String> = terms(&a, "صلى الله عليه وسلم")
            .into_iter()
            .map(|t| t.0)
            .collect();
        let got = terms(&a, "قال ﷺ ثم");
        let words: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(
            words[1..5],
            typed.iter().map(String::as_str).collect::<Vec<_>>()[..]
        );
        assert_eq!(words, ["قال", "صل", "له", "عل", "سلم", "ثم"]);
        // Each word points at the ﷺ bytes, with its own position.
        assert!(got[1..5].iter().all(|t| t.1 == (7..10)));
        assert_eq!(
            got.iter().map(|t| t.2).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
    }
}
