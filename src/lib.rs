//! Zero-copy Arabic tokenization and configurable normalization.
//!
//! `arabic-text` splits Arabic (and mixed Arabic/Latin) text into tokens that
//! borrow the input, and folds the many ways of writing the same Arabic word
//! into one, with every folding step its own switch. It knows tashkeel
//! (harakat, tanween, shadda, sukun, Quranic marks), tatweel, hamza forms,
//! alef maksura, teh marbuta, Arabic-Indic digits, presentation forms, Arabic
//! punctuation and mixed, even reversed, quote styles.
//!
//! # Examples
//!
//! ```
//! use arabic_text::{tokenize, Normalizer};
//!
//! let text = "قال: “وصلت علاقاتنا إلى الذروة”، ١٢٣";
//! let search = Normalizer::search();
//! let terms: Vec<String> = tokenize(text)
//!     .filter(|t| t.kind().is_word() || t.kind().is_number())
//!     .map(|t| t.normalized(&search).into_owned())
//!     .collect();
//! assert_eq!(terms, ["قال", "وصلت", "علاقاتنا", "الي", "الذروه", "123"]);
//! ```
//!
//! Tokens carry UTF-8 byte offsets into the input, and all segments
//! (whitespace included) concatenate back to it:
//!
//! ```
//! use arabic_text::Tokenizer;
//! let text = "«لن تكون سهلة»";
//! let segments: Vec<_> = Tokenizer::new().segments(text).collect();
//! assert_eq!(segments.iter().map(|t| t.text()).collect::<String>(), text);
//! assert_eq!(segments[0].kind().as_str(), "quote:open");
//! assert_eq!(segments[0].span(), 0..2);
//! ```
//!
//! # Why this crate
//!
//! - **Zero-copy.** Tokens are `&str` slices with byte offsets; the iterators
//!   never allocate. [`Normalizer::normalize`] returns `Cow::Borrowed` when the
//!   input is already normal.
//! - **Configurable.** Each folding step (NFC/NFKC, presentation forms,
//!   invisible controls, Quran orthography, tatweel, each diacritic class,
//!   each letter fold, elongation, digits, number separators, punctuation,
//!   quotes, whitespace) is its own switch, with three presets:
//!   [`Normalizer::search`], [`Normalizer::clean`] and
//!   [`Normalizer::lucene`] (also by name: [`Normalizer::preset`]).
//! - **Offsets that survive normalization.**
//!   [`Normalizer::normalize_with_offsets`] maps byte ranges of the
//!   normalized text back to the original ([`OffsetMap`]), so a match on
//!   `كتاب` highlights `كُتَّاَبْ`, and a match after ﷺ (3 bytes that become
//!   33) lands on the right bytes; [`Tokenizer::tokenize_normalized`] gives
//!   tokens of the normalized text with their original spans.
//! - **Search terms, Lucene's or better.** [`ArabicAnalyzer::lucene`] gives
//!   the terms, offsets, positions and types of Lucene's `ArabicAnalyzer`
//!   (its StandardTokenizer and stop list included);
//!   [`ArabicAnalyzer::search`] folds more and compares stop words after
//!   normalization, so `فِي` and `فى` are stopped as `في` is.
//! - **Correct on real text.** Quote roles are resolved from context, so
//!   `”كلام“` and `»كلام«` get the right open/close roles; emoji sequences
//!   stay whole; marks never separate from their letter.
//!
//! The rules, with their code points and sources, are in `CONFORMANCE.md`.
//!
//! # Untrusted input
//!
//! Every function takes `&str` and works on any input: nothing panics, and
//! time is linear in the input's length.
//!
//! # Crate features
//!
//! - `std` (default): the [`stream::ChunkReader`] over [`std::io::Read`].
//!   Without it the crate is `no_std` and needs only `alloc`.
//! - `serde`: `Serialize` for [`Token`], [`TokenKind`], [`Term`] and
//!   [`MapSegment`] (kinds as their stable names, UTF-8 byte offsets), and
//!   `Serialize` and `Deserialize` for the [`Normalizer`] configuration.
//! - `tantivy`: `tantivy::ArabicTokenizer`, an [`ArabicAnalyzer`] behind
//!   tantivy's `Tokenizer` trait, and the token filters `NormalizeFilter` and
//!   `StemFilter` (from the small `tantivy-tokenizer-api`).
//! - `invariants`: the invariant checks shared by the property tests and the
//!   fuzz targets; for harnesses, not a stable API.
#![no_std]
#![deny(unsafe_code)]
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod analyze;
pub mod chars;
mod convert;
#[cfg(any(all(test, feature = "std"), feature = "invariants"))]
#[doc(hidden)]
pub mod invariants;
pub mod normalize;
pub mod offsets;
mod quotes;
mod sentences;
#[cfg(feature = "serde")]
mod serde_impls;
mod stem;
pub mod stream;
#[cfg(feature = "tantivy")]
pub mod tantivy;
#[cfg(test)]
mod tests;
mod tokenize;

pub use analyze::{lucene_stopwords, ArabicAnalyzer, Flavour, Stemming, Term, TermType, Terms};
pub use convert::{OffsetConverter, Position};
pub use normalize::{
    normalize, strip_diacritics, strip_tatweel, Controls, Diacritics, Digits, Form, Normalizer,
    Punctuation, Quotes, SuperscriptAlef, UnknownPreset, Whitespace,
};
pub use offsets::{MapSegment, MapSegmentKind, MapSegments, Normalized, OffsetMap};
pub use quotes::{Quote, QuoteRole, QuoteStyle};
pub use sentences::{sentences, Sentences};
pub use stem::ArabicStemmer;
pub use tokenize::{
    quote_pairs, tokenize, HashtagParts, NormalizedToken, NormalizedTokens, Punct, Script,
    Segments, Token, TokenKind, Tokenizer, TokenizerState, Tokens,
};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
