//! The presets ([`Normalizer::search`], [`Normalizer::clean`],
//! [`Normalizer::lucene`]) and presets by name: [`Normalizer::preset`] and
//! `FromStr`.

use core::fmt;
use core::str::FromStr;

use super::switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};

impl Normalizer {
    /// The search preset: fold everything a search index should fold. NFKC,
    /// controls removed, Quran orthography to the modern spelling, tatweel
    /// stripped, superscript alef removed, every diacritic stripped, every
    /// letter fold but hamza carriers and Kurdish, elongation collapsed, ASCII
    /// digits, number separators, punctuation and quotes, and collapsed
    /// whitespace. A superset of Lucene's ArabicNormalizer and
    /// DecimalDigitFilter.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search();
    /// assert_eq!(n.normalize("أكد أنّ ﷲ في «مدرسة» ٣٫١٤"), "اكد ان الله في \"مدرسه\" 3.14");
    /// assert_eq!(n.normalize("مؤتمر"), "مؤتمر"); // hamza carriers kept
    /// assert_eq!(n.normalize("ٱلْكِتَٰبِ هَٰذَا"), "الكتاب هذا"); // Quran orthography
    /// assert_eq!(n.normalize("مرحباااا ١٤٬٥٠٠"), "مرحبا 14500");
    /// ```
    pub const fn search() -> Self {
        Normalizer::new()
            .unicode_form(Form::Nfkc)
            .presentation_forms(true)
            .controls(Controls::Remove)
            .quran_orthography(true)
            .strip_tatweel(true)
            .superscript_alef(SuperscriptAlef::Remove)
            .strip_diacritics(Diacritics::ALL)
            .fold_persian(true)
            .fold_alef_maksura(true)
            .fold_teh_marbuta(true)
            .fold_alef(true)
            .collapse_elongation(true)
            .digits(Digits::Ascii)
            .number_separators(true)
            .punctuation(Punctuation::Ascii)
            .quotes(Quotes::Ascii)
            .whitespace(Whitespace::Collapse)
    }

    /// The clean preset: meaning-preserving cleanup for display and storage.
    /// NFC, presentation forms, controls removed (ZWNJ kept inside words),
    /// tatweel stripped but for one under a mark, whitespace collapsed.
    /// Nothing that changes how a word is read (NFC's canonical reordering of
    /// marks aside).
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::clean();
    /// assert_eq!(n.normalize("كتــــاب  ﻟﻠﻴ"), "كتاب للي");
    /// assert_eq!(n.normalize("مُحَمَّدٌ"), "مُحَمَّدٌ"); // tashkeel kept
    /// assert_eq!(n.normalize("\u{0640}\u{0640}\u{0658}\u{0640}"), "\u{0640}\u{0658}"); // the mark keeps a base
    /// ```
    pub const fn clean() -> Self {
        Normalizer::new()
            .unicode_form(Form::Nfc)
            .presentation_forms(true)
            .controls(Controls::RemoveKeepingZwnj)
            .strip_tatweel(true)
            .keep_tatweel_carriers(true)
            .whitespace(Whitespace::Collapse)
    }

    /// The Lucene preset: exactly `org.apache.lucene.analysis.ar.ArabicNormalizer`
    /// (Lucene 8.x): آ أ إ → ا, ى → ي, ة → ه, and tatweel U+0640 and
    /// U+064B–U+0652 (tanween, harakat, shadda, sukun) deleted. Nothing else:
    /// ٱ, U+0670, U+0653–U+0655, presentation forms, format controls and
    /// digits stay, and there is no Unicode normalization. Checked row by row
    /// against Lucene's own output (`tests/lucene.rs`).
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::lucene();
    /// assert_eq!(n.normalize("ٱلرَّحْمَـٰنِ"), "ٱلرحمٰن");
    /// assert_eq!(n.normalize("أَحْمَد مدرسة على"), "احمد مدرسه علي");
    /// ```
    pub const fn lucene() -> Self {
        Normalizer::new()
            .strip_tatweel(true)
            .strip_diacritics(
                Diacritics::TANWEEN
                    .union(Diacritics::HARAKAT)
                    .union(Diacritics::SHADDA)
                    .union(Diacritics::SUKUN),
            )
            .fold_alef_maksura(true)
            .fold_teh_marbuta(true)
            .fold_alef_hamza(true)
    }

    /// The preset called `name`: `"search"`, `"clean"`, `"lucene"`, or
    /// `"none"` ([`Normalizer::new`], which changes nothing). `None` for any
    /// other name; [`str::parse`] gives an error naming the valid ones.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::preset("search"), Some(Normalizer::search()));
    /// assert_eq!(Normalizer::preset("Search"), None);
    /// let n: Normalizer = "clean".parse().unwrap();
    /// assert_eq!(n, Normalizer::clean());
    /// ```
    pub fn preset(name: &str) -> Option<Normalizer> {
        Some(match name {
            "search" => Normalizer::search(),
            "clean" => Normalizer::clean(),
            "lucene" => Normalizer::lucene(),
            "none" => Normalizer::new(),
            _ => return None,
        })
    }

    /// The names [`preset`](Self::preset) knows.
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::PRESETS, ["search", "clean", "lucene", "none"]);
    /// ```
    pub const PRESETS: [&'static str; 4] = ["search", "clean", "lucene", "none"];
}

/// The error of parsing an unknown preset name.
///
/// ```
/// let e = "seach".parse::<arabic_text::Normalizer>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown preset \"seach\"; the presets are search, clean, lucene, none");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownPreset(alloc::string::String);

impl fmt::Display for UnknownPreset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown preset {:?}; the presets are {}",
            self.0,
            Normalizer::PRESETS.join(", ")
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownPreset {}

/// [`Normalizer::preset`] by name, with an error naming the presets.
///
/// ```
/// let n: arabic_text::Normalizer = "lucene".parse().unwrap();
/// assert_eq!(n, arabic_text::Normalizer::lucene());
/// ```
impl FromStr for Normalizer {
    type Err = UnknownPreset;

    fn from_str(name: &str) -> Result<Normalizer, UnknownPreset> {
        Normalizer::preset(name).ok_or_else(|| UnknownPreset(name.into()))
    }
}
