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

use crate::offsets::{MapBuilder, Normalized, OffsetMap};
use crate::quotes::QuoteRole;

mod act;
mod changes;
mod cut;
mod direct;
mod elongation;
mod fast;
mod folds;
mod forms;
mod pipeline;
mod plain;
#[cfg(feature = "std")]
mod prefilter;
mod preset;
pub(crate) mod quran;
#[cfg(feature = "std")]
mod ranges;
mod reorder;
mod scan;
mod simd;
#[cfg(any(test, feature = "invariants"))]
pub(crate) use simd::check_twins;
mod sink;
mod swar;
mod switches;
mod table;
mod trace;
mod whitespace;
mod words;

use direct::Direct;
use fast::Fast;
pub use preset::UnknownPreset;
pub use switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};

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

impl Normalizer {
    /// Normalizes `text`. Returns `Cow::Borrowed(text)` exactly when the output
    /// equals the input (no allocation then), `Cow::Owned` otherwise.
    ///
    /// A configuration whose every step acts on one character at a time
    /// ([`Normalizer::lucene`], [`strip_tatweel`], a strip of some diacritic
    /// classes) may look for the characters it changes with a SIMD searcher
    /// (`aho-corasick`'s Teddy, with the `std` feature): the first text of
    /// 256 bytes or more builds it, once per process and configuration.
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
        let out = match self.normalize_unmapped(text, false) {
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
        match self.normalize_unmapped(text, true) {
            Some(Fast::Changed) => false,
            Some(Fast::Done(out)) => matches!(self.finish(text, out), Cow::Borrowed(_)),
            None => matches!(self.normalize(text), Cow::Borrowed(_)),
        }
    }

    /// Normalizes a quote token's text, mapping its quote by `role` rather
    /// than by the role it would get alone.
    pub(crate) fn normalize_quote<'a>(&self, text: &'a str, role: QuoteRole) -> Cow<'a, str> {
        self.finish(text, self.run(text, Some(role)))
    }

    /// The character-by-character path when the configuration allows it,
    /// else the fast path (without an offset map).
    fn normalize_unmapped<'a>(&self, text: &'a str, check: bool) -> Option<Fast<'a>> {
        match Direct::new(self) {
            Some(d) => Some(self.normalize_direct(&d, text, check)),
            None => self.normalize_fast(text, check, None),
        }
    }

    fn finish<'a>(&self, text: &'a str, out: Cow<'a, str>) -> Cow<'a, str> {
        match out {
            // A later step can undo an earlier one; the contract is about the
            // output, so equal output borrows.
            Cow::Owned(s) if s == text => Cow::Borrowed(text),
            out => out,
        }
    }
}
