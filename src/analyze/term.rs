//! What the analyzer gives: a [`Term`], its text, span and position, and its
//! [`TermType`].

use alloc::borrow::Cow;
use core::ops::Range;

/// The type of a [`Term`]: Lucene's token types (`StandardTokenizer`'s
/// `TOKEN_TYPES`).
///
/// [`ArabicAnalyzer::lucene`](super::ArabicAnalyzer::lucene) gives the type Lucene gives; the other flavours
/// give [`Alphanum`](Self::Alphanum) for words (and the words of a hashtag),
/// [`Num`](Self::Num) for numbers, and [`Url`](Self::Url),
/// [`Email`](Self::Email) and [`Mention`](Self::Mention) for those tokens.
///
/// ```
/// use arabic_text::{ArabicAnalyzer, TermType};
/// let types: Vec<TermType> = ArabicAnalyzer::lucene().analyze("2015م 2015 😂").map(|t| t.term_type()).collect();
/// assert_eq!(types, [TermType::Alphanum, TermType::Num, TermType::Emoji]);
/// assert_eq!(TermType::Emoji.lucene_name(), "<EMOJI>");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TermType {
    /// Letters, or letters and digits: `<ALPHANUM>`.
    Alphanum,
    /// Digits (with `.`, `,`, `٫`, `٬` between them): `<NUM>`.
    Num,
    /// A run of Thai, Lao, Myanmar or Khmer: `<SOUTHEAST_ASIAN>`.
    SoutheastAsian,
    /// One Han character: `<IDEOGRAPHIC>`.
    Ideographic,
    /// One Hiragana character: `<HIRAGANA>`.
    Hiragana,
    /// Katakana: `<KATAKANA>`.
    Katakana,
    /// Hangul: `<HANGUL>`.
    Hangul,
    /// An emoji or emoji sequence: `<EMOJI>`.
    Emoji,
    /// A URL: `<URL>`, as Lucene's `UAX29URLEmailTokenizer` names it.
    Url,
    /// An e-mail address: `<EMAIL>`, as `UAX29URLEmailTokenizer` names it.
    Email,
    /// A mention (`@name`): `<MENTION>`, this crate's own name.
    Mention,
}

impl TermType {
    /// Lucene's name of the type, as its `TypeAttribute` gives it.
    ///
    /// ```
    /// assert_eq!(arabic_text::TermType::Alphanum.lucene_name(), "<ALPHANUM>");
    /// ```
    pub fn lucene_name(self) -> &'static str {
        match self {
            TermType::Alphanum => "<ALPHANUM>",
            TermType::Num => "<NUM>",
            TermType::SoutheastAsian => "<SOUTHEAST_ASIAN>",
            TermType::Ideographic => "<IDEOGRAPHIC>",
            TermType::Hiragana => "<HIRAGANA>",
            TermType::Katakana => "<KATAKANA>",
            TermType::Hangul => "<HANGUL>",
            TermType::Emoji => "<EMOJI>",
            TermType::Url => "<URL>",
            TermType::Email => "<EMAIL>",
            TermType::Mention => "<MENTION>",
        }
    }
}

/// One index term: the analyzed text and the byte span of the token it came
/// from.
///
/// ```
/// use arabic_text::ArabicAnalyzer;
/// let text = "تصعيد في إدلب";
/// let t = ArabicAnalyzer::search().analyze(text).nth(1).unwrap();
/// assert_eq!(t.text(), "ادلب");
/// assert_eq!(&text[t.span()], "إدلب"); // the original bytes
/// assert_eq!(t.position(), 2); // the stop word في took position 1
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) span: Range<usize>,
    pub(super) position: usize,
    pub(super) term_type: TermType,
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

    /// The index of the token among the text's tokens (the word and number tokens
    /// of this crate's tokenizer, or StandardTokenizer's tokens under
    /// [`ArabicAnalyzer::lucene`](super::ArabicAnalyzer::lucene)); stop words and empty terms leave gaps,
    /// as in Lucene.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search();
    /// let positions: Vec<usize> = a.analyze("قال في البيت").map(|t| t.position()).collect();
    /// assert_eq!(positions, [0, 2]);
    /// ```
    pub fn position(&self) -> usize {
        self.position
    }

    /// The term's type: Lucene's token type under [`ArabicAnalyzer::lucene`](super::ArabicAnalyzer::lucene),
    /// [`TermType::Alphanum`] or [`TermType::Num`] otherwise.
    ///
    /// ```
    /// use arabic_text::{ArabicAnalyzer, TermType};
    /// let t = ArabicAnalyzer::search().analyze("٢٠٢٠").next().unwrap();
    /// assert_eq!((t.text(), t.term_type()), ("2020", TermType::Num));
    /// ```
    pub fn term_type(&self) -> TermType {
        self.term_type
    }
}
