//! The configurable normalizer (design.md §4): [`Normalizer`], its switches and
//! presets.
//!
//! Each folding step is its own switch. The steps run in a fixed order:
//!
//! 1. [`unicode_form`](Normalizer::unicode_form) and
//!    [`presentation_forms`](Normalizer::presentation_forms)
//! 2. [`controls`](Normalizer::controls), then
//!    [`quran_orthography`](Normalizer::quran_orthography)
//! 3. [`strip_tatweel`](Normalizer::strip_tatweel) (with
//!    [`keep_tatweel_carriers`](Normalizer::keep_tatweel_carriers))
//! 4. [`superscript_alef`](Normalizer::superscript_alef), then
//!    [`strip_diacritics`](Normalizer::strip_diacritics)
//! 5. the letter folds [`fold_persian`](Normalizer::fold_persian),
//!    [`fold_kurdish`](Normalizer::fold_kurdish),
//!    [`fold_alef_maksura`](Normalizer::fold_alef_maksura),
//!    [`fold_teh_marbuta`](Normalizer::fold_teh_marbuta),
//!    [`fold_alef_hamza`](Normalizer::fold_alef_hamza),
//!    [`fold_alef`](Normalizer::fold_alef),
//!    [`fold_hamza_carriers`](Normalizer::fold_hamza_carriers), then
//!    [`collapse_elongation`](Normalizer::collapse_elongation)
//! 6. [`digits`](Normalizer::digits)
//! 7. [`number_separators`](Normalizer::number_separators), then
//!    [`punctuation`](Normalizer::punctuation)
//! 8. [`quotes`](Normalizer::quotes)
//! 9. [`whitespace`](Normalizer::whitespace)
//! 10. the Unicode form again (steps 2–5 can leave text that is no longer NFC).
//!
//! Every configuration guarantees: the output is valid UTF-8; normalizing is
//! idempotent; `is_normalized(s)` ⇔ `normalize(s)` is `Cow::Borrowed` ⇔ the
//! output equals the input; `normalize_into` appends exactly what `normalize`
//! returns; time is linear in the input.
//!
//! ```
//! use arabic_text::normalize::{Digits, Normalizer};
//! let n = Normalizer::new().strip_tatweel(true).digits(Digits::Ascii);
//! assert_eq!(n.normalize("كتــاب ٢٠٢٠"), "كتاب 2020");
//! ```

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::chars;
pub use crate::chars::class::Diacritics;
use crate::quotes::{QuoteRole, Resolver};

mod elongation;
mod preset;
pub use preset::UnknownPreset;
mod fast;
mod folds;
mod forms;
mod plain;
pub(crate) mod quran;
mod sink;
mod table;
mod trace;
mod whitespace;
mod words;
use crate::offsets::{MapBuilder, Normalized, OffsetMap};
use fast::Fast;
use trace::{Origin, Out, Output, Tracing};

/// Which Unicode normalization form runs first and last (design.md §4.1).
///
/// ```
/// use arabic_text::{Form, Normalizer};
/// let n = Normalizer::new().unicode_form(Form::Nfc);
/// assert_eq!(n.normalize("\u{0627}\u{0654}"), "\u{0623}"); // ا + hamza above → أ
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Form {
    /// No Unicode normalization.
    #[default]
    None,
    /// Canonical composition (NFC, UAX #15). Composes decomposed hamza and
    /// madda and puts marks in canonical order.
    Nfc,
    /// Compatibility composition (NFKC, UAX #15); implies
    /// [`presentation_forms`](Normalizer::presentation_forms), with the same
    /// exception for the isolated spacing marks.
    Nfkc,
}

/// What to do with the invisible format controls (design.md §4.2).
///
/// ```
/// use arabic_text::{Controls, Normalizer};
/// let n = Normalizer::new().controls(Controls::Remove);
/// assert_eq!(n.normalize("كلمة\u{200F}"), "كلمة"); // RLM dropped
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Controls {
    /// Keep every control.
    #[default]
    Keep,
    /// Remove the controls of [`chars::is_invisible_control`], except a ZWJ
    /// inside an emoji sequence. A ZWSP between two letters or digits becomes
    /// one space.
    Remove,
    /// As `Remove`, but also keep a ZWNJ between two letters (Persian `می‌خواهم`).
    RemoveKeepingZwnj,
}

/// What to do with U+0670 ARABIC LETTER SUPERSCRIPT ALEF (design.md §4.4).
///
/// ```
/// use arabic_text::{Normalizer, SuperscriptAlef};
/// let n = Normalizer::new().superscript_alef(SuperscriptAlef::ToAlef);
/// assert_eq!(n.normalize("خٰلدون"), "خالدون");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SuperscriptAlef {
    /// Keep it (unless [`Diacritics::SUPERSCRIPT_ALEF`] is stripped).
    #[default]
    Keep,
    /// Remove it: the modern spelling of هٰذا → هذا and الرحمٰن → الرحمن.
    Remove,
    /// Map it to ا U+0627 (العٰلمين → العالمين), except right after ى or و
    /// (skipping other marks), where it is removed.
    ToAlef,
}

/// Which Unicode decimal-digit set numbers are written in (design.md §4.6).
///
/// ```
/// use arabic_text::{Digits, Normalizer};
/// assert_eq!(Normalizer::new().digits(Digits::Ascii).normalize("٢٠٢٠ و۱۲"), "2020 و12");
/// assert_eq!(Normalizer::new().digits(Digits::ArabicIndic).normalize("2020"), "٢٠٢٠");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Digits {
    /// Keep every digit.
    #[default]
    Keep,
    /// Every decimal digit (Nd) to ASCII U+0030 + value.
    Ascii,
    /// Every decimal digit (Nd) to Arabic-Indic U+0660 + value.
    ArabicIndic,
}

/// Arabic punctuation to ASCII (design.md §4.7).
///
/// ```
/// use arabic_text::{Normalizer, Punctuation};
/// assert_eq!(Normalizer::new().punctuation(Punctuation::Ascii).normalize("نعم، لا؛ ماذا؟"), "نعم, لا; ماذا?");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Punctuation {
    /// Keep all punctuation.
    #[default]
    Keep,
    /// ، → `,` ؛ → `;` ؟ → `?` ۔ → `.` ٪ → `%`, and ٫ → `.` ٬ → `,` between two digits.
    Ascii,
}

/// What to do with quote characters (design.md §4.8).
///
/// ```
/// use arabic_text::{Normalizer, Quotes};
/// assert_eq!(Normalizer::new().quotes(Quotes::Ascii).normalize("«نعم» don’t"), "\"نعم\" don't");
/// assert_eq!(Normalizer::new().quotes(Quotes::Guillemets).normalize("قال ”كلام“"), "قال «كلام»");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Quotes {
    /// Keep every quote.
    #[default]
    Keep,
    /// Every double-quote style to `"`, every single-quote style and the
    /// apostrophe to `'`.
    Ascii,
    /// Double quotes to « (Open) or » (Close), single ones to ‹ or ›, by their
    /// resolved roles; Ambiguous quotes and apostrophes stay.
    Guillemets,
}

/// What to do with spaces (design.md §4.9).
///
/// ```
/// use arabic_text::{Normalizer, Whitespace};
/// let n = Normalizer::new().whitespace(Whitespace::Collapse);
/// assert_eq!(n.normalize("  كلمة \u{00A0} أخرى \r\nثم "), "كلمة أخرى\r\nثم");
/// assert_eq!(n.normalize("كلمة \t OBJ\t\tNOUN"), "كلمة\tOBJ\t\tNOUN"); // TSV columns kept
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Whitespace {
    /// Keep all whitespace.
    #[default]
    Keep,
    /// Every run of spaces (Zs) to one U+0020; no spaces at the start or end
    /// of a line or of the text, nor next to a TAB. Line breaks and TABs are
    /// kept verbatim (TSV columns survive).
    Collapse,
}

/// The normalizer: a set of switches, applied in the order of the
/// [module docs](mod@crate::normalize). `Copy`, and cheap to build in a `const`.
///
/// ```
/// use arabic_text::{Diacritics, Normalizer};
/// const N: Normalizer = Normalizer::new()
///     .strip_tatweel(true)
///     .strip_diacritics(Diacritics::ALL)
///     .fold_alef(true);
/// assert_eq!(N.normalize("إِدْلِــب"), "ادلب");
/// assert_eq!(N.normalize("ادلب"), "ادلب");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(default = "Normalizer::new", deny_unknown_fields)
)]
pub struct Normalizer {
    pub(crate) unicode_form: Form,
    pub(crate) presentation_forms: bool,
    pub(crate) controls: Controls,
    pub(crate) quran_orthography: bool,
    pub(crate) strip_tatweel: bool,
    pub(crate) keep_tatweel_carriers: bool,
    pub(crate) superscript_alef: SuperscriptAlef,
    pub(crate) diacritics: Diacritics,
    pub(crate) fold_persian: bool,
    pub(crate) fold_kurdish: bool,
    pub(crate) fold_alef_maksura: bool,
    pub(crate) fold_teh_marbuta: bool,
    pub(crate) fold_alef_hamza: bool,
    pub(crate) fold_alef: bool,
    pub(crate) fold_hamza_carriers: bool,
    pub(crate) collapse_elongation: bool,
    pub(crate) digits: Digits,
    pub(crate) number_separators: bool,
    pub(crate) punctuation: Punctuation,
    pub(crate) quotes: Quotes,
    pub(crate) whitespace: Whitespace,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

/// Normalizes `text` with [`Normalizer::search`]: the preset a search index wants.
///
/// ```
/// assert_eq!(arabic_text::normalize("«إِدْلِب» ٢٠٢٠"), "\"ادلب\" 2020");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::search().normalize(text)
}

/// Removes every Arabic diacritic ([`Diacritics::ALL`]) after NFC; nothing else.
///
/// ```
/// assert_eq!(arabic_text::strip_diacritics("مُحَمَّدٌ رَسُولُ"), "محمد رسول");
/// ```
pub fn strip_diacritics(text: &str) -> Cow<'_, str> {
    const N: Normalizer = Normalizer::new()
        .unicode_form(Form::Nfc)
        .strip_diacritics(Diacritics::ALL);
    N.normalize(text)
}

/// Removes every tatweel U+0640; nothing else.
///
/// ```
/// assert_eq!(arabic_text::strip_tatweel("كتــــاب"), "كتاب");
/// ```
pub fn strip_tatweel(text: &str) -> Cow<'_, str> {
    const N: Normalizer = Normalizer::new().strip_tatweel(true);
    N.normalize(text)
}

macro_rules! switch {
    ($(#[$doc:meta])* $name:ident: $ty:ty) => {
        $(#[$doc])*
        #[must_use]
        pub const fn $name(mut self, value: $ty) -> Self {
            self.$name = value;
            self
        }
    };
}

impl Normalizer {
    /// The identity normalizer: every switch off, so it changes nothing.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("كتــــاب"), "كتــــاب");
    /// assert_eq!(Normalizer::new(), Normalizer::default());
    /// ```
    pub const fn new() -> Self {
        Normalizer {
            unicode_form: Form::None,
            presentation_forms: false,
            controls: Controls::Keep,
            quran_orthography: false,
            strip_tatweel: false,
            keep_tatweel_carriers: false,
            superscript_alef: SuperscriptAlef::Keep,
            diacritics: Diacritics::NONE,
            fold_persian: false,
            fold_kurdish: false,
            fold_alef_maksura: false,
            fold_teh_marbuta: false,
            fold_alef_hamza: false,
            fold_alef: false,
            fold_hamza_carriers: false,
            collapse_elongation: false,
            digits: Digits::Keep,
            number_separators: false,
            punctuation: Punctuation::Keep,
            quotes: Quotes::Keep,
            whitespace: Whitespace::Keep,
        }
    }

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

    switch!(
        /// Step 1 (and 10): the Unicode normalization form.
        ///
        /// ```
        /// use arabic_text::{Form, Normalizer};
        /// assert_eq!(Normalizer::new().unicode_form(Form::Nfkc).normalize("ﻻ"), "لا");
        /// ```
        unicode_form: Form
    );
    switch!(
        /// Step 1: map each Arabic presentation form (U+FB50–U+FDFF,
        /// U+FE70–U+FEFE) to its NFKC decomposition (ﻻ → لا, ﷲ → الله,
        /// ﷺ → صلى الله عليه وسلم) and nothing else. The isolated spacing
        /// mark forms U+FE70, FE72 … FE7E and the ligatures U+FC5E–U+FC63
        /// become their combining mark(s) alone, without NFKC's U+0020, and
        /// ﷽ U+FDFD, which has no decomposition, becomes its four words.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().presentation_forms(true);
        /// assert_eq!(n.normalize("ﻣﺮﺣﺒﺎ ﷺ"), "مرحبا صلى الله عليه وسلم");
        /// assert_eq!(n.normalize("كتابﹰ"), "كتابً");
        /// assert_eq!(n.normalize("﷽"), "بسم الله الرحمن الرحيم");
        /// assert_eq!(n.normalize("ﬁ"), "ﬁ"); // not an Arabic presentation form
        /// ```
        presentation_forms: bool
    );
    switch!(
        /// Step 2: drop invisible format controls (see [`Controls`]).
        ///
        /// ```
        /// use arabic_text::{Controls, Normalizer};
        /// let n = Normalizer::new().controls(Controls::Remove);
        /// assert_eq!(n.normalize("كلمة\u{200B}أخرى"), "كلمة أخرى"); // ZWSP between letters
        /// assert_eq!(n.normalize("👨\u{200D}💻"), "👨\u{200D}💻");   // emoji ZWJ kept
        /// ```
        controls: Controls
    );
    switch!(
        /// Step 2, second: the Quran's Uthmani spelling to the modern one, so
        /// that Tanzil's Uthmani and simple editions meet (99.1% of aligned
        /// words after `search()`, from 90.4%). In each Arabic word (letters,
        /// marks and tatweel): a superscript (dagger) alef U+0670 after a
        /// consonant becomes ا, except in the closed list of words whose
        /// standard spelling keeps it short (هٰذا ذٰلك لٰكن الرحمٰن إلٰه
        /// أولٰئك …, with their proclitics), where it is removed; on ى it is
        /// removed (ى becomes ا inside a word); a waw with a dagger alef and
        /// no vowel of its own becomes ا; ء before an ا that does not end the
        /// word, unless after a long vowel letter (إجراءات stays), and a hamza
        /// over a tatweel before ا, become آ; any other hamza over a tatweel
        /// takes its carrier (ئ after ي or with kasra, ؤ with damma, else أ);
        /// a tatweel with a small high yeh U+06E7 becomes ي. Sources: Tanzil's
        /// two editions (the list is the simple edition's own); the Unicode
        /// names list (U+0670 is a vowel sign). See CONFORMANCE.md.
        ///
        /// ```
        /// use arabic_text::{Diacritics, Normalizer};
        /// let n = Normalizer::new().quran_orthography(true).strip_diacritics(Diacritics::ALL);
        /// assert_eq!(n.normalize("ٱلْكِتَٰبِ"), "ٱلكتاب");
        /// assert_eq!(n.normalize("هَٰذَا ٱلصَّلَوٰةَ ءَامَنُوا۟"), "هذا ٱلصلاة آمنوا");
        /// assert_eq!(n.normalize("شَيْـًٔا"), "شيئا");
        /// ```
        quran_orthography: bool
    );
    switch!(
        /// Step 3: remove every tatweel (kashida) U+0640.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// assert_eq!(Normalizer::new().strip_tatweel(true).normalize("روســيا"), "روسيا");
        /// ```
        strip_tatweel: bool
    );
    switch!(
        /// Step 3, with [`strip_tatweel`](Self::strip_tatweel): a run of
        /// tatweels followed by a mark (Mn, Mc, Me) that the configuration
        /// keeps (one that step 4 does not remove) keeps one tatweel as its base,
        /// so no mark is left without a base the input gave it.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().strip_tatweel(true).keep_tatweel_carriers(true);
        /// assert_eq!(n.normalize("\u{0640}\u{0640}\u{0658}\u{0640}"), "\u{0640}\u{0658}");
        /// assert_eq!(n.normalize("كتــاب"), "كتاب");
        /// ```
        keep_tatweel_carriers: bool
    );
    switch!(
        /// Step 4, first: what to do with superscript alef U+0670 (see [`SuperscriptAlef`]).
        ///
        /// ```
        /// use arabic_text::{Normalizer, SuperscriptAlef};
        /// let n = Normalizer::new().superscript_alef(SuperscriptAlef::Remove);
        /// assert_eq!(n.normalize("هٰذا"), "هذا");
        /// ```
        superscript_alef: SuperscriptAlef
    );

    /// Step 4, second: remove the diacritics of the chosen classes. Its
    /// [`Diacritics::SUPERSCRIPT_ALEF`] class acts only when
    /// [`superscript_alef`](Self::superscript_alef) is
    /// [`SuperscriptAlef::Keep`].
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// let n = Normalizer::new().strip_diacritics(Diacritics::ALL);
    /// assert_eq!(n.normalize("بِسْمِ ٱللَّهِ"), "بسم ٱلله");
    /// ```
    #[must_use]
    pub const fn strip_diacritics(mut self, classes: Diacritics) -> Self {
        self.diacritics = classes;
        self
    }

    switch!(
        /// Step 5: Persian, Urdu and Pashto letters to Arabic: ک U+06A9 → ك;
        /// ی U+06CC, ے U+06D2, ۓ U+06D3, ې U+06D0, ۍ U+06CD → ي; ہ U+06C1,
        /// ھ U+06BE, ۀ U+06C0, ۂ U+06C2 → ه; ۃ U+06C3 → ة; the high-hamza
        /// letters ٵ U+0675 → أ, ٶ U+0676 → ؤ, ٸ U+0678 → ئ, ٷ U+0677 → ۇ
        /// U+0654; in a mark run, U+0674 high hamza → U+0654 hamza above, and
        /// U+0654 after ە ہ ے is removed (ە then → ه).
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().fold_persian(true);
        /// assert_eq!(n.normalize("کتاب فارسی"), "كتاب فارسي");
        /// assert_eq!(n.normalize("رحمۃ ٸ"), "رحمة ئ");
        /// ```
        fold_persian: bool
    );
    switch!(
        /// Step 5: the Sorani Kurdish letters ە U+06D5 → ه, ێ U+06CE → ي,
        /// ۆ U+06C6 → و, ڕ U+0695 → ر, ڵ U+06B5 → ل. Off in every preset:
        /// they are distinct letters in Kurdish.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// assert_eq!(Normalizer::new().fold_kurdish(true).normalize("کوردستانە"), "کوردستانه");
        /// ```
        fold_kurdish: bool
    );
    switch!(
        /// Step 5: alef maksura ى U+0649 → yeh ي U+064A.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// assert_eq!(Normalizer::new().fold_alef_maksura(true).normalize("على"), "علي");
        /// ```
        fold_alef_maksura: bool
    );
    switch!(
        /// Step 5: teh marbuta ة U+0629 → heh ه U+0647.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// assert_eq!(Normalizer::new().fold_teh_marbuta(true).normalize("مدرسة"), "مدرسه");
        /// ```
        fold_teh_marbuta: bool
    );
    switch!(
        /// Step 5: only the three precomposed letters آ U+0622, أ U+0623 and
        /// إ U+0625 → ا U+0627, letter by letter: what Lucene's
        /// ArabicNormalizer does. [`fold_alef`](Self::fold_alef) folds more
        /// (ٱ ٲ ٳ ٵ, and hamza marks by mark runs). With a Unicode form,
        /// whose last step would compose them back, it also deletes U+0653,
        /// U+0654 and U+0655 in the mark run after an ا.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().fold_alef_hamza(true);
        /// assert_eq!(n.normalize("أإآ ٱ"), "ااا ٱ");
        /// assert_eq!(n.normalize("\u{0627}\u{0654}"), "\u{0627}\u{0654}"); // decomposed: untouched
        /// ```
        fold_alef_hamza: bool
    );
    switch!(
        /// Step 5: alef variants آ أ إ ٱ ٲ ٳ ٵ → ا U+0627, then delete every
        /// U+0653, U+0654, U+0655 and U+0674 in the mark run after an ا (so
        /// decomposed and NFKC-decomposed forms fold too).
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().fold_alef(true);
        /// assert_eq!(n.normalize("أإآٱ"), "اااا");
        /// assert_eq!(n.normalize("\u{0627}\u{0654}"), "ا"); // decomposed أ
        /// ```
        fold_alef: bool
    );
    switch!(
        /// Step 5: hamza carriers ؤ → و and ئ → ي, then delete U+0654 and
        /// U+0674 in the mark run after و or ي, and U+0674 after ۇ.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// assert_eq!(Normalizer::new().fold_hamza_carriers(true).normalize("مؤتمر سائل"), "موتمر سايل");
        /// ```
        fold_hamza_carriers: bool
    );
    switch!(
        /// Step 5, last: a run of three or more identical Arabic letters (with
        /// nothing between them) becomes one; a run of ه (laughter) becomes
        /// هه, so every laugh gives one term. Doubles stay.
        ///
        /// ```
        /// use arabic_text::Normalizer;
        /// let n = Normalizer::new().collapse_elongation(true);
        /// assert_eq!(n.normalize("مرحباااا جمييييل ممتاز"), "مرحبا جميل ممتاز");
        /// assert_eq!(n.normalize("ههههههه"), "هه");
        /// ```
        collapse_elongation: bool
    );
    switch!(
        /// Step 6: which digit set to write numbers in (see [`Digits`]).
        ///
        /// ```
        /// use arabic_text::{Digits, Normalizer};
        /// assert_eq!(Normalizer::new().digits(Digits::Ascii).normalize("٣٫١٤"), "3٫14");
        /// ```
        digits: Digits
    );
    switch!(
        /// Step 7, first: between two digits (after step 6), remove the Arabic
        /// thousands separator ٬ U+066C and make the Arabic decimal separator
        /// ٫ U+066B a `.`. ASCII `,` and `.` and the Arabic comma ، stay: they
        /// are ambiguous (`3,5`).
        ///
        /// ```
        /// use arabic_text::{Digits, Normalizer};
        /// let n = Normalizer::new().digits(Digits::Ascii).number_separators(true);
        /// assert_eq!(n.normalize("١٤٬٥٠٠٫٥٥ و3,5"), "14500.55 و3,5");
        /// ```
        number_separators: bool
    );
    switch!(
        /// Step 7: Arabic punctuation to ASCII (see [`Punctuation`]); ٫ and ٬
        /// only between two digits, checked after step 6.
        ///
        /// ```
        /// use arabic_text::{Digits, Normalizer, Punctuation};
        /// let n = Normalizer::new().digits(Digits::Ascii).punctuation(Punctuation::Ascii);
        /// assert_eq!(n.normalize("٣٫١٤ ٪"), "3.14 %");
        /// ```
        punctuation: Punctuation
    );
    switch!(
        /// Step 8: quote styles (see [`Quotes`]).
        ///
        /// ```
        /// use arabic_text::{Normalizer, Quotes};
        /// assert_eq!(Normalizer::new().quotes(Quotes::Ascii).normalize("“مرحبا”"), "\"مرحبا\"");
        /// ```
        quotes: Quotes
    );
    switch!(
        /// Step 9: collapse spaces (see [`Whitespace`]).
        ///
        /// ```
        /// use arabic_text::{Normalizer, Whitespace};
        /// assert_eq!(Normalizer::new().whitespace(Whitespace::Collapse).normalize(" a  b "), "a b");
        /// ```
        whitespace: Whitespace
    );

    /// Normalizes `text`. Returns `Cow::Borrowed(text)` exactly when the output
    /// equals the input (no allocation then), `Cow::Owned` otherwise.
    ///
    /// # Complexity
    /// O(n) in the length of `text`.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::Normalizer;
    /// let n = Normalizer::search();
    /// assert_eq!(n.normalize("مُحَمَّدٌ"), "محمد");
    /// let text = "بوتين يشدد";
    /// match n.normalize(text) {
    ///     Cow::Borrowed(s) => assert!(std::ptr::eq(s, text)),
    ///     Cow::Owned(_) => unreachable!(),
    /// }
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let out = match self.normalize_fast(text, false, None) {
            Some(Fast::Done(out)) => out,
            _ => self.run(text, None),
        };
        self.finish(text, out)
    }

    /// Normalizes `text` and maps byte offsets between it and the result:
    /// for highlighting matches found in normalized text, or reporting
    /// entity spans in the original. [`Normalized::text`] is exactly what
    /// [`normalize`](Self::normalize) returns (borrowed when nothing
    /// changed); [`Normalized::offsets`] is the [`OffsetMap`], empty when
    /// nothing changed. See [`crate::offsets`] for how deleted, replaced and
    /// expanded characters map.
    ///
    /// # Complexity
    /// O(n) in the length of `text`; the map holds one segment per edit
    /// point, not one entry per byte.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let text = "قال\u{200F} ـنبات";
    /// let n = Normalizer::search().normalize_with_offsets(text);
    /// assert_eq!(n.text(), "قال نبات");
    /// let m = n.text().find("نبات").unwrap();
    /// let orig = n.offsets().to_original(m..n.text().len());
    /// assert_eq!(&text[orig], "نبات"); // the RLM and the tatweel are not part of it
    /// ```
    pub fn normalize_with_offsets<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut map = MapBuilder::default();
        let out = match self.normalize_fast(text, false, Some(&mut map)) {
            Some(Fast::Done(out)) => out,
            _ => {
                map = MapBuilder::default();
                let (out, origins) = self.run_traced(text, None, true);
                trace::record_region(text, &out, origins.as_deref(), &mut map);
                out
            }
        };
        match self.finish(text, out) {
            Cow::Borrowed(b) => Normalized::new(Cow::Borrowed(b), OffsetMap::identity(text.len())),
            Cow::Owned(o) => {
                let map = map.finish(o.len(), text.len());
                Normalized::new(Cow::Owned(o), map)
            }
        }
    }

    /// Appends the normalized `text` to `out`: exactly what
    /// [`normalize`](Self::normalize) returns.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// let mut out = String::from("> ");
    /// Normalizer::search().normalize_into("إدلب", &mut out);
    /// assert_eq!(out, "> ادلب");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.push_str(&self.normalize(text));
    }

    /// Whether `text` is already normalized: `normalize(text) == text`.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert!(Normalizer::search().is_normalized("بوتين يشدد"));
    /// assert!(!Normalizer::search().is_normalized("إدلب"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        match self.normalize_fast(text, true, None) {
            Some(Fast::Changed) => false,
            Some(Fast::Done(out)) => matches!(self.finish(text, out), Cow::Borrowed(_)),
            None => matches!(self.normalize(text), Cow::Borrowed(_)),
        }
    }

    pub(crate) fn quotes_setting(&self) -> Quotes {
        self.quotes
    }

    /// Normalizes a quote token's text, mapping its quote by `role` rather
    /// than by the role it would get alone.
    pub(crate) fn normalize_quote<'a>(&self, text: &'a str, role: QuoteRole) -> Cow<'a, str> {
        self.finish(text, self.run(text, Some(role)))
    }

    fn finish<'a>(&self, text: &'a str, out: Cow<'a, str>) -> Cow<'a, str> {
        match out {
            // A later step can undo an earlier one; the contract is about the
            // output, so equal output borrows.
            Cow::Owned(s) if s == text => Cow::Borrowed(text),
            out => out,
        }
    }

    pub(crate) fn run<'a>(&self, text: &'a str, quote_role: Option<QuoteRole>) -> Cow<'a, str> {
        self.run_traced(text, quote_role, false).0
    }

    /// The pipeline; with `trace`, also where each output character comes
    /// from (`None` when nothing changed).
    pub(crate) fn run_traced<'a>(
        &self,
        text: &'a str,
        quote_role: Option<QuoteRole>,
        trace: bool,
    ) -> (Cow<'a, str>, Option<Vec<Origin>>) {
        let mut cur = Cow::Borrowed(text);
        let mut origins: Option<Vec<Origin>> = None;
        macro_rules! apply {
            ($step:ident $(, $arg:expr)?) => {
                let tracing = match (trace, origins.as_deref()) {
                    (false, _) => Tracing::Off,
                    (true, None) => Tracing::Identity,
                    (true, Some(o)) => Tracing::From(o, cur.len()),
                };
                if let Some(next) = self.$step(&cur, tracing $(, $arg)?) {
                    cur = Cow::Owned(next.text);
                    origins = next.origins;
                }
            };
        }
        apply!(step_forms);
        apply!(step_controls);
        apply!(step_quran);
        apply!(step_tatweel);
        apply!(step_marks);
        apply!(step_folds);
        apply!(step_elongation);
        apply!(step_digits);
        apply!(step_punctuation);
        apply!(step_quotes, quote_role);
        apply!(step_whitespace);
        apply!(step_unicode_form);
        // Composing can make a new run of identical letters (ي + U+0654 three
        // times → ئئئ): collapse it, until nothing changes. Each round
        // shortens the text, so this ends.
        if self.collapse_elongation {
            loop {
                let len = cur.len();
                apply!(step_elongation);
                if cur.len() == len {
                    break;
                }
                apply!(step_unicode_form);
            }
        }
        (cur, origins)
    }

    /// Step 1: presentation forms, then the Unicode form.
    fn step_forms(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let map_forms = self.presentation_forms || self.unicode_form == Form::Nfkc;
        let mapped = if map_forms {
            map_presentation_forms(s, self.unicode_form != Form::Nfkc, t)
        } else {
            None
        };
        match mapped {
            Some(m) => Some(self.step_unicode_form(&m.text, m.tracing()).unwrap_or(m)),
            None => self.step_unicode_form(s, t),
        }
    }

    fn step_unicode_form(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let nfkc = match self.unicode_form {
            Form::None => return None,
            Form::Nfc => false,
            Form::Nfkc => true,
        };
        let quick = if nfkc {
            is_nfkc_quick(s.chars())
        } else {
            is_nfc_quick(s.chars())
        };
        match (quick, t) {
            (IsNormalized::Yes, _) => None,
            (_, Tracing::Off) => {
                let mut out = Out::new(s.len(), t);
                if nfkc {
                    out.push_all(s.nfkc(), 0..s.len());
                } else {
                    out.push_all(s.nfc(), 0..s.len());
                }
                out.done(s)
            }
            _ => trace::unicode_form_traced(s, nfkc, t),
        }
    }

    /// Step 2.
    fn step_controls(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if self.controls == Controls::Keep || !s.chars().any(chars::is_invisible_control) {
            return None;
        }
        let skip = |d: char| chars::is_mn_me(d) || chars::is_invisible_control(d);
        let word = |d: char| chars::is_letter(d) || chars::is_digit(d);
        let mut out = Out::new(s.len(), t);
        // The nearest character before the current one that is neither Mn/Me
        // nor a control, with its offset; a run of controls yields at most one
        // space, so remember which left neighbour already produced one.
        let mut left: Option<(usize, char)> = None;
        let mut spaced_after: Option<usize> = None;
        // The right neighbour found for an earlier ZWSP, valid while the scan
        // position is before it (keeps long control runs linear).
        let mut right_cache: Option<(usize, Option<char>)> = None;
        // Whether a U+0670 is among the grapheme extenders right before the
        // current character (kept as we go, so ZWJ runs stay linear).
        let mut alef_in_extenders = false;
        let to_alef = self.superscript_alef == SuperscriptAlef::ToAlef;
        for (i, c) in s.char_indices() {
            let alef_before = alef_in_extenders;
            if chars::extends_grapheme(c) {
                alef_in_extenders |= c == chars::SUPERSCRIPT_ALEF;
            } else {
                alef_in_extenders = false;
            }
            if !chars::is_invisible_control(c) {
                out.push(c, i, c);
                if !chars::is_mn_me(c) {
                    left = Some((i, c));
                }
                continue;
            }
            let keep = match c {
                chars::ZWJ => !(to_alef && alef_before) && in_emoji_sequence(s, i),
                chars::ZWNJ => {
                    self.controls == Controls::RemoveKeepingZwnj && zwnj_between_letters(s, i)
                }
                _ => false,
            };
            if keep {
                out.push(c, i, c);
            } else if c == chars::ZWSP {
                let right = match right_cache {
                    Some((j, d)) if j > i => d,
                    _ => {
                        let from = i + c.len_utf8();
                        let found = s[from..].char_indices().find(|&(_, d)| !skip(d));
                        let (j, d) = found.map_or((s.len(), None), |(j, d)| (from + j, Some(d)));
                        right_cache = Some((j, d));
                        d
                    }
                };
                if let (Some((l, ld)), Some(rd)) = (left, right) {
                    if word(ld) && word(rd) && spaced_after != Some(l) {
                        out.push(' ', i, c);
                        spaced_after = Some(l);
                    }
                }
            }
        }
        out.done(s)
    }

    /// Step 3.
    fn step_tatweel(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if !self.strip_tatweel || !s.contains(chars::TATWEEL) {
            return None;
        }
        let to_alef = self.superscript_alef == SuperscriptAlef::ToAlef;
        let mut out = Out::new(s.len(), t);
        // The base letter before the current position: the last character
        // that is no tatweel and no mark (U+0670 counts as ا under
        // `ToAlef`). Kept as the loop goes, so that a long run of tatweels
        // and marks costs linear time.
        let mut base: Option<char> = None;
        for (i, c) in s.char_indices() {
            // With keep_tatweel_carriers, the last tatweel of a run stays
            // when a mark that step 4 keeps follows it (up to a U+0670 that
            // ToAlef makes a letter), unless the letter before the run and
            // that mark compose (يـٔ → ئ: the mark keeps a base).
            let after = &s[i + c.len_utf8()..];
            let carrier = c == chars::TATWEEL
                && self.keep_tatweel_carriers
                && after
                    .chars()
                    .take_while(|&d| {
                        chars::is_mark(d) && !(to_alef && d == chars::SUPERSCRIPT_ALEF)
                    })
                    .any(|d| self.step4_keeps(d))
                && !self.composes_across_tatweel(base, after);
            if c != chars::TATWEEL || carrier {
                out.push(c, i, c);
            }
            // U+0674 HIGH HAMZA is no base either: the letter folds later
            // merge it into the letter before it (ٵ, ۇٴ), which is then the
            // seat a second pass would see.
            if c != chars::TATWEEL
                && c != chars::HIGH_HAMZA
                && (!chars::is_mark(c) || (to_alef && c == chars::SUPERSCRIPT_ALEF))
            {
                base = Some(c);
            }
        }
        out.done(s)
    }

    /// Whether the tatweel run before `after` only stretches a hamza seat to
    /// its hamza or madda: `base`, the base letter before the run (the last
    /// character that is no tatweel, no U+0674 and no mark; U+0670 counts as
    /// ا under `ToAlef`), is an alef, waw or yeh form ([`chars::is_hamza_seat`]),
    /// and the first mark after the run that step 4 keeps is U+0653, U+0654
    /// or U+0655 (يـٔ is ئ). The seats are closed under every letter fold,
    /// so the answer does not change when the text is normalized again.
    fn composes_across_tatweel(&self, base: Option<char>, after: &str) -> bool {
        let seat = base.is_some_and(|c| c == chars::SUPERSCRIPT_ALEF || chars::is_hamza_seat(c));
        let mark = after
            .chars()
            .take_while(|&d| chars::is_mark(d))
            .find(|&d| self.step4_keeps(d));
        seat && matches!(mark, Some('\u{0653}'..='\u{0655}'))
    }

    /// Whether step 4 leaves the mark `c` in place.
    pub(crate) fn step4_keeps(&self, c: char) -> bool {
        if c == chars::SUPERSCRIPT_ALEF {
            return self.superscript_alef == SuperscriptAlef::Keep
                && !self.diacritics.contains(Diacritics::SUPERSCRIPT_ALEF);
        }
        !chars::diacritic_class(c).is_some_and(|k| self.diacritics.intersects(k))
    }

    /// Step 4: superscript alef, then diacritics.
    fn step_marks(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let sa = self.superscript_alef;
        let strip = if sa == SuperscriptAlef::Keep {
            self.diacritics
        } else {
            self.diacritics.difference(Diacritics::SUPERSCRIPT_ALEF)
        };
        if sa == SuperscriptAlef::Keep && strip.is_empty() {
            return None;
        }
        let touched = |c: char| {
            (c == chars::SUPERSCRIPT_ALEF && sa != SuperscriptAlef::Keep)
                || chars::diacritic_class(c).is_some_and(|k| strip.intersects(k))
        };
        if !s.chars().any(touched) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        // The last character that is not Mn/Me, for ToAlef's "after ى or و".
        let mut base: Option<char> = None;
        for (i, c) in s.char_indices() {
            if c == chars::SUPERSCRIPT_ALEF && sa != SuperscriptAlef::Keep {
                if sa == SuperscriptAlef::ToAlef
                    && !matches!(base, Some(chars::ALEF_MAKSURA | chars::WAW))
                {
                    out.push(chars::ALEF, i, c);
                }
            } else if !chars::diacritic_class(c).is_some_and(|k| strip.intersects(k)) {
                out.push(c, i, c);
            }
            if !chars::is_mn_me(c) {
                base = Some(c);
            }
        }
        out.done(s)
    }

    /// Step 6.
    fn step_digits(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let zero = match self.digits {
            Digits::Keep => return None,
            Digits::Ascii => 0x30,
            Digits::ArabicIndic => 0x0660,
        };
        let target = |c: char| (zero..zero + 10).contains(&(c as u32));
        if !s.chars().any(|c| chars::is_digit(c) && !target(c)) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        for (i, c) in s.char_indices() {
            let mapped = match chars::digit_value(c) {
                Some(v) => char::from_u32(zero + v).unwrap_or(c),
                None => c,
            };
            out.push(mapped, i, c);
        }
        out.done(s)
    }

    /// Step 7: number separators, then punctuation.
    fn step_punctuation(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let ascii = self.punctuation == Punctuation::Ascii;
        if !ascii && !self.number_separators {
            return None;
        }
        let candidate = |c: char| {
            (ascii && chars::arabic_punct_ascii(c).is_some())
                || chars::decimal_separator_ascii(c).is_some()
        };
        if !s.chars().any(candidate) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut prev: Option<char> = None;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let between_digits = prev.is_some_and(chars::is_digit)
                && it.peek().is_some_and(|&(_, d)| chars::is_digit(d));
            prev = Some(c);
            let mapped = match chars::arabic_punct_ascii(c) {
                Some(a) if ascii => a,
                _ => match chars::decimal_separator_ascii(c) {
                    // ١٤٬٥٠٠ → 14500: the grouping separator goes.
                    Some(_) if between_digits && self.number_separators && c == '\u{066C}' => {
                        continue
                    }
                    Some(a) if between_digits => a,
                    _ => c,
                },
            };
            out.push(mapped, i, c);
        }
        out.done(s)
    }

    /// Step 8.
    fn step_quotes(&self, s: &str, t: Tracing<'_>, role: Option<QuoteRole>) -> Option<Output> {
        let candidate = |c: char| match self.quotes {
            Quotes::Ascii => chars::quote_style(c).is_some() && !matches!(c, '"' | '\''),
            _ => chars::quote_style(c).is_some(),
        };
        if self.quotes == Quotes::Keep || !s.chars().any(candidate) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut resolver = Resolver::default();
        let mut prev: Option<char> = None;
        for (i, c) in s.char_indices() {
            let Some(style) = chars::quote_style(c) else {
                out.push(c, i, c);
                prev = Some(c);
                continue;
            };
            let mapped = match self.quotes {
                Quotes::Ascii => {
                    if style.is_double() {
                        '"'
                    } else {
                        '\''
                    }
                }
                _ => {
                    let next = s[i + c.len_utf8()..].chars().next();
                    let apostrophe = chars::is_latin_apostrophe(prev, c, next);
                    if apostrophe {
                        c
                    } else {
                        let r = match role {
                            Some(r) => r,
                            None => resolver.resolve(s, i, c, style),
                        };
                        match r {
                            QuoteRole::Open => chars::guillemet(true, style.is_double()),
                            QuoteRole::Close => chars::guillemet(false, style.is_double()),
                            QuoteRole::Ambiguous => c,
                        }
                    }
                }
            };
            out.push(mapped, i, c);
            prev = Some(c);
        }
        out.done(s)
    }
}

/// Maps presentation forms: the spacing mark forms to their marks always;
/// every other presentation form to its NFKC decomposition when `all`.
/// U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM, which has no
/// decomposition in Unicode (NFKC keeps it), and the words it is written
/// for, spelled as NFKC spells the other word ligatures (ﷺ U+FDFA → صلى الله
/// عليه وسلم): mapped with the presentation forms, so that the basmala
/// finds and is found by its words.
const BASMALA: char = '\u{FDFD}';
const BASMALA_WORDS: &str = "بسم الله الرحمن الرحيم";

fn map_presentation_forms(s: &str, all: bool, t: Tracing<'_>) -> Option<Output> {
    let needs = |c: char| {
        c == BASMALA
            || chars::spacing_mark_form(c).is_some()
            || (all && chars::is_presentation_form(c))
    };
    if !s.chars().any(needs) {
        return None;
    }
    let mut out = Out::new(s.len() + 8, t);
    for (i, c) in s.char_indices() {
        let from = i..i + c.len_utf8();
        if c == BASMALA {
            out.push_all(BASMALA_WORDS.chars(), from);
        } else if let Some(marks) = chars::spacing_mark_form(c) {
            out.push_all(marks.chars(), from);
        } else if all && chars::is_presentation_form(c) {
            out.push_all(core::iter::once(c).nfkc(), from);
        } else {
            out.push(c, i, c);
        }
    }
    out.done(s)
}

/// Whether the ZWJ at byte `i` of `s` joins an emoji sequence (UAX #29 GB11:
/// Extended_Pictographic Extend* ZWJ × Extended_Pictographic).
///
/// With [`SuperscriptAlef::ToAlef`], the caller first checks that no U+0670
/// is among the Extend characters before the ZWJ: step 4 will turn it into
/// the letter ا, which ends the sequence.
fn in_emoji_sequence(s: &str, i: usize) -> bool {
    let after = i + chars::ZWJ.len_utf8();
    if !s[after..]
        .chars()
        .next()
        .is_some_and(chars::is_extended_pictographic)
    {
        return false;
    }
    let mut cursor = unicode_segmentation::GraphemeCursor::new(after, s.len(), true);
    matches!(cursor.is_boundary(s, 0), Ok(false))
}

/// Whether the ZWNJ at byte `i` of `s` stands between two letters: the
/// character before it, skipping Mn/Me, and the character right after it.
fn zwnj_between_letters(s: &str, i: usize) -> bool {
    // Invisible letters (the Hangul fillers, Lo but Default_Ignorable) do
    // not count: to the tokenizer they are blank, and what a ZWNJ keeps must
    // not depend on a neighbour across a blank.
    let visible_letter = |d: char| chars::is_letter(d) && !chars::is_invisible(d);
    let before = s[..i].chars().rev().find(|&d| !chars::is_mn_me(d));
    let after = s[i + chars::ZWNJ.len_utf8()..].chars().next();
    before.is_some_and(visible_letter) && after.is_some_and(visible_letter)
}
