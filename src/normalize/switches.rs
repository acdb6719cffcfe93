//! The switches: the option enums, [`Normalizer`], and the one table,
//! [`switches!`], that every list of switches is generated from: the
//! fields, [`Normalizer::new`], the builder methods and their docs, `Debug`,
//! the serde configuration, and (for the harnesses) the fuzz decoding, the
//! printed reproduction and the proptest strategy.
//!
//! A new switch is one row of the table. What the compiler then asks for:
//! the step in the pipeline ([`pipeline`](super::pipeline)), the byte fast
//! path's actions, which destructure the `Normalizer` ([`act`](super::act),
//! [`table`](super::table)), and the naive reference (`src/tests/naive/`).
//!
//! This module is the bottom of `normalize`: it imports nothing from the
//! modules beside it.

use core::fmt;

pub use crate::chars::class::Diacritics;

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
    /// Remove the controls of
    /// [`chars::is_invisible_control`](crate::chars::is_invisible_control),
    /// except a ZWJ inside an emoji sequence. A ZWSP between two letters or
    /// digits becomes one space.
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

/// Generates [`Normalizer`] and everything that lists its switches from one
/// row per switch, in step order:
///
/// ```text
/// /// The builder method's docs, with an example.
/// setter(field): Type = default, fuzz SOURCE;
/// ```
///
/// `(field)` is needed only when the field is not named like the setter.
/// `SOURCE` says which fuzzer bits pick the value ([`Fuzz`]); it keeps the
/// committed fuzz corpus meaningful, so a new switch takes bits no other
/// switch reads.
macro_rules! switches {
    // Every row in the canonical form: generate.
    (@rows [$([$(#[$doc:meta])*] $setter:ident $field:ident $ty:ty = $default:expr; $fuzz:expr;)*]) => {
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
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(
            feature = "serde",
            serde(default = "Normalizer::new", deny_unknown_fields)
        )]
        pub struct Normalizer {
            $(pub(crate) $field: $ty,)*
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
                    $($field: $default,)*
                }
            }

            /// The names of the switches, in step order: each is the name of
            /// its builder method. For bindings and command lines that set
            /// switches by name.
            ///
            /// ```
            /// use arabic_text::Normalizer;
            /// assert_eq!(Normalizer::SWITCHES[0], "unicode_form");
            /// assert!(Normalizer::SWITCHES.contains(&"strip_diacritics"));
            /// ```
            pub const SWITCHES: &'static [&'static str] = &[$(stringify!($setter)),*];

            $(
                $(#[$doc])*
                #[must_use]
                pub const fn $setter(mut self, value: $ty) -> Self {
                    self.$field = value;
                    self
                }
            )*

            /// The normalizer that fuzzer bits select: each switch from the
            /// bits its row names (`diacritics` picks the classes of
            /// [`Diacritics::NAMED`]).
            #[cfg(any(all(test, feature = "std"), feature = "invariants"))]
            pub(crate) fn from_fuzz(bytes: &[u8; 16], diacritics: u16) -> Self {
                Normalizer {
                    $($field: Switch::from_bits(Fuzz::read($fuzz, bytes, diacritics)),)*
                }
            }

            /// Writes the builder calls that make `self` from
            /// [`Normalizer::new`], as Rust source, one per line.
            #[cfg(any(all(test, feature = "std"), feature = "invariants"))]
            pub(crate) fn write_builder(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("Normalizer::new()")?;
                $(
                    write!(f, concat!("\n    .", stringify!($setter), "("))?;
                    self.$field.write_rust(f)?;
                    f.write_str(")")?;
                )*
                Ok(())
            }
        }

        impl fmt::Debug for Normalizer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("Normalizer")
                    $(.field(stringify!($field), &self.$field))*
                    .finish()
            }
        }
    };
    // A row whose field is named apart from its setter.
    (@rows [$($done:tt)*] $(#[$doc:meta])* $setter:ident($field:ident): $ty:ty = $default:expr, fuzz $fuzz:expr; $($rest:tt)*) => {
        switches!(@rows [$($done)* [$(#[$doc])*] $setter $field $ty = $default; $fuzz;] $($rest)*);
    };
    // A row whose field is named like its setter.
    (@rows [$($done:tt)*] $(#[$doc:meta])* $setter:ident: $ty:ty = $default:expr, fuzz $fuzz:expr; $($rest:tt)*) => {
        switches!(@rows [$($done)* [$(#[$doc])*] $setter $setter $ty = $default; $fuzz;] $($rest)*);
    };
    // The table as written.
    ($($rows:tt)*) => {
        switches!(@rows [] $($rows)*);
    };
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

#[cfg(any(all(test, feature = "std"), feature = "invariants"))]
mod fuzz;
#[cfg(any(all(test, feature = "std"), feature = "invariants"))]
use fuzz::{Fuzz, Fuzz::*, Switch};

switches! {
    /// Step 1 (and 10): the Unicode normalization form.
    ///
    /// ```
    /// use arabic_text::{Form, Normalizer};
    /// assert_eq!(Normalizer::new().unicode_form(Form::Nfkc).normalize("ﻻ"), "لا");
    /// ```
    unicode_form: Form = Form::None, fuzz Byte(0);
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
    presentation_forms: bool = false, fuzz Byte(1);
    /// Step 2: drop invisible format controls (see [`Controls`]).
    ///
    /// ```
    /// use arabic_text::{Controls, Normalizer};
    /// let n = Normalizer::new().controls(Controls::Remove);
    /// assert_eq!(n.normalize("كلمة\u{200B}أخرى"), "كلمة أخرى"); // ZWSP between letters
    /// assert_eq!(n.normalize("👨\u{200D}💻"), "👨\u{200D}💻");   // emoji ZWJ kept
    /// ```
    controls: Controls = Controls::Keep, fuzz Byte(2);
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
    quran_orthography: bool = false, fuzz Bit(15, 1);
    /// Step 3: remove every tatweel (kashida) U+0640.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().strip_tatweel(true).normalize("روســيا"), "روسيا");
    /// ```
    strip_tatweel: bool = false, fuzz Byte(3);
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
    keep_tatweel_carriers: bool = false, fuzz Bit(15, 2);
    /// Step 4, first: what to do with superscript alef U+0670 (see [`SuperscriptAlef`]).
    ///
    /// ```
    /// use arabic_text::{Normalizer, SuperscriptAlef};
    /// let n = Normalizer::new().superscript_alef(SuperscriptAlef::Remove);
    /// assert_eq!(n.normalize("هٰذا"), "هذا");
    /// ```
    superscript_alef: SuperscriptAlef = SuperscriptAlef::Keep, fuzz Byte(4);
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
    strip_diacritics(diacritics): Diacritics = Diacritics::NONE, fuzz ClassBits;
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
    fold_persian: bool = false, fuzz Byte(5);
    /// Step 5: the Sorani Kurdish letters ە U+06D5 → ه, ێ U+06CE → ي,
    /// ۆ U+06C6 → و, ڕ U+0695 → ر, ڵ U+06B5 → ل. Off in every preset:
    /// they are distinct letters in Kurdish.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().fold_kurdish(true).normalize("کوردستانە"), "کوردستانه");
    /// ```
    fold_kurdish: bool = false, fuzz Bit(15, 0);
    /// Step 5: alef maksura ى U+0649 → yeh ي U+064A.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().fold_alef_maksura(true).normalize("على"), "علي");
    /// ```
    fold_alef_maksura: bool = false, fuzz Byte(6);
    /// Step 5: teh marbuta ة U+0629 → heh ه U+0647.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().fold_teh_marbuta(true).normalize("مدرسة"), "مدرسه");
    /// ```
    fold_teh_marbuta: bool = false, fuzz Byte(7);
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
    fold_alef_hamza: bool = false, fuzz Byte(14);
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
    fold_alef: bool = false, fuzz Byte(8);
    /// Step 5: hamza carriers ؤ → و and ئ → ي, then delete U+0654 and
    /// U+0674 in the mark run after و or ي, and U+0674 after ۇ.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::new().fold_hamza_carriers(true).normalize("مؤتمر سائل"), "موتمر سايل");
    /// ```
    fold_hamza_carriers: bool = false, fuzz Byte(9);
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
    collapse_elongation: bool = false, fuzz Bit(15, 3);
    /// Step 6: which digit set to write numbers in (see [`Digits`]).
    ///
    /// ```
    /// use arabic_text::{Digits, Normalizer};
    /// assert_eq!(Normalizer::new().digits(Digits::Ascii).normalize("٣٫١٤"), "3٫14");
    /// ```
    digits: Digits = Digits::Keep, fuzz Byte(10);
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
    number_separators: bool = false, fuzz Bit(15, 4);
    /// Step 7: Arabic punctuation to ASCII (see [`Punctuation`]); ٫ and ٬
    /// only between two digits, checked after step 6.
    ///
    /// ```
    /// use arabic_text::{Digits, Normalizer, Punctuation};
    /// let n = Normalizer::new().digits(Digits::Ascii).punctuation(Punctuation::Ascii);
    /// assert_eq!(n.normalize("٣٫١٤ ٪"), "3.14 %");
    /// ```
    punctuation: Punctuation = Punctuation::Keep, fuzz Byte(11);
    /// Step 8: quote styles (see [`Quotes`]).
    ///
    /// ```
    /// use arabic_text::{Normalizer, Quotes};
    /// assert_eq!(Normalizer::new().quotes(Quotes::Ascii).normalize("“مرحبا”"), "\"مرحبا\"");
    /// ```
    quotes: Quotes = Quotes::Keep, fuzz Byte(12);
    /// Step 9: collapse spaces (see [`Whitespace`]).
    ///
    /// ```
    /// use arabic_text::{Normalizer, Whitespace};
    /// assert_eq!(Normalizer::new().whitespace(Whitespace::Collapse).normalize(" a  b "), "a b");
    /// ```
    whitespace: Whitespace = Whitespace::Keep, fuzz Byte(13);
}
