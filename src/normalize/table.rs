//! The per-configuration action table of the fast path's tight loop.
//!
//! Every character of the Arabic block (U+0600–U+06FF) has a *kind* in
//! [`KIND`] (a fold class of [`chars::FOLD`], one kind per diacritic class),
//! and a configuration says, with one bit mask per action ([`Mode`]), which
//! kinds it keeps, drops or replaces by one character. So the tight loop
//! does one table load and one mask test per character; the kinds that no
//! mask holds (the marks that compose, superscript alef modes, Quran
//! orthography, tatweel carriers) go to the general action path
//! ([`Normalizer::act_at`]). The masks are built from the switches at each
//! call, in a few dozen instructions, so short texts pay nothing for them.

use crate::chars::{self, Block, Fold};
use crate::normalize::switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
};

/// [`KIND`]: the character is an inert letter ([`chars::is_inert`], the
/// letters of the safe-cut rule in [`cut`](super::cut)).
pub(super) const INERT: u8 = 0x80;
/// [`KIND`]: the character is a mark (Mn, [`Block::Mark`]): an inert letter
/// before it stays the left side of a safe cut.
pub(super) const MARK: u8 = 0x40;
/// [`KIND`]: the bits of the kind.
pub(super) const KIND_BITS: u8 = 0x1F;

/// The kinds (bits 0–4 of a [`KIND`] entry). 0 is the general path.
pub(super) const SLOW: u8 = 0;
const LETTER: u8 = 1;
const ALEF_MAKSURA: u8 = 2;
const TEH_MARBUTA: u8 = 3;
const ALEF_HAMZA: u8 = 4;
const ALEF_VARIANT: u8 = 5;
const PERSIAN: u8 = 6;
const KURDISH: u8 = 7;
const HAMZA_CARRIER: u8 = 8;
const HAMZA: u8 = 9;
/// The last kind that is a letter (counted in runs of identical letters).
pub(super) const LAST_LETTER: u8 = HAMZA;
const TATWEEL: u8 = 10;
const SUPERSCRIPT_ALEF: u8 = 11;
/// U+06E7, which Quran orthography reads over a tatweel.
const SMALL_HIGH_YEH: u8 = 12;
const DIGIT: u8 = 13;
const EXTENDED_DIGIT: u8 = 14;
const PUNCT: u8 = 15;
const OTHER: u8 = 16;
/// A diacritic of class bit k has kind `DIACRITIC + k`.
const DIACRITIC: u8 = 17;

const fn kind_of(i: usize) -> u8 {
    match chars::FOLD[i] {
        Fold::Unchanged => LETTER,
        Fold::AlefMaksura => ALEF_MAKSURA,
        Fold::TehMarbuta => TEH_MARBUTA,
        Fold::AlefHamza => ALEF_HAMZA,
        Fold::AlefVariant => ALEF_VARIANT,
        Fold::Persian(_) => PERSIAN,
        Fold::Kurdish(_) => KURDISH,
        Fold::HamzaCarrier(_) => HAMZA_CARRIER,
        Fold::Hamza => HAMZA,
        Fold::Tatweel => TATWEEL,
        Fold::SuperscriptAlef => SUPERSCRIPT_ALEF,
        Fold::Diacritic(_) if i == 0xE7 => SMALL_HIGH_YEH,
        Fold::Diacritic(class) => DIACRITIC + class.0.trailing_zeros() as u8,
        Fold::Digit(_) if i < 0x70 => DIGIT,
        Fold::Digit(_) => EXTENDED_DIGIT,
        Fold::Punct(_) => PUNCT,
        Fold::Other => OTHER,
        Fold::Slow => SLOW,
    }
}

/// For each character U+0600 + i: its kind, plus [`INERT`] and [`MARK`].
pub(super) static KIND: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let inert = if matches!(i, 0x21..=0x3A | 0x41..=0x4A) {
            INERT
        } else {
            0
        };
        let mark = if matches!(chars::BLOCK[i], Block::Mark) {
            MARK
        } else {
            0
        };
        t[i] = kind_of(i) | inert | mark;
        i += 1;
    }
    t
};

/// The canonical combining class of U+0600 + i (checked against
/// `unicode_normalization` by a test).
pub(super) static CCC: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match chars::block_char(i) as u32 {
            0x0618 | 0x064E => 30,
            0x0619 | 0x064F => 31,
            0x061A | 0x0650 => 32,
            0x064B => 27,
            0x064C => 28,
            0x064D => 29,
            0x0651 => 33,
            0x0652 => 34,
            0x0670 => 35,
            0x0655 | 0x0656 | 0x065C | 0x065F | 0x06E3 | 0x06EA | 0x06ED => 220,
            0x0610..=0x0617
            | 0x0653
            | 0x0654
            | 0x0657..=0x065B
            | 0x065D
            | 0x065E
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E2
            | 0x06E4
            | 0x06E7
            | 0x06E8
            | 0x06EB
            | 0x06EC => 230,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// What the tight loop needs of the configuration.
#[derive(Clone, Copy)]
pub(super) struct Mode {
    /// [`Normalizer::word_mode`](crate::Normalizer).
    pub(super) word_mode: bool,
    /// `collapse_elongation`.
    pub(super) elongation: bool,
    /// `Digits::ArabicIndic`: ASCII digits change.
    pub(super) arabic_indic: bool,
    /// A Unicode form: a kept mark must not have a lower combining class
    /// than the mark kept before it.
    pub(super) reorder: bool,
    /// The loop may reorder a run of marks itself ([`reorder`](super::reorder);
    /// not in check mode).
    pub(super) reorder_here: bool,
    /// Bit k: the characters of kind k stay as they are.
    pub(super) keep: u32,
    /// Bit k: the characters of kind k are dropped (0 in check mode).
    pub(super) drop: u32,
    /// Bit k: the characters of kind k are replaced by one character, which
    /// [`Normalizer::replacement`] gives (0 in check mode).
    pub(super) replace: u32,
    /// Bit k: a single space before a character of kind k is kept.
    pub(super) space_before: u32,
    /// The quotes of [`quote_at`]: `Some(false)` kept, `Some(true)` replaced
    /// by their ASCII quote ([`Quotes::Ascii`], not in check mode), `None`
    /// beyond the loop.
    pub(super) quotes: Option<bool>,
    /// A ZWJ between an Arabic letter and a pictograph is dropped
    /// ([`stray_joiner_at`]; not in check mode).
    pub(super) stray_joiner: bool,
}

/// Whether the character at byte `i` is a pictograph or emoji of
/// U+1F300–U+1FAFF (`F0 9F 8C 80`–`F0 9F AB BF`): none has a decomposition
/// or a combining class, nor is a letter, a digit, a mark or a control.
#[inline(always)]
pub(super) fn pictograph_at(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i..i + 3), Some([0xF0, 0x9F, 0x8C..=0xAB]))
}

/// Whether the character at byte `i` is a ZWJ between an Arabic letter and
/// a pictograph: it joins no emoji sequence (UAX #29 GB11 needs a
/// pictograph before it), and every `controls` but `Keep` removes it.
#[inline(always)]
pub(super) fn stray_joiner_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i..i + 3) == Some(&[0xE2, 0x80, 0x8D])
        && i >= 2
        && matches!(bytes[i - 2], 0xD8..=0xDB)
        && chars::block_of(bytes[i - 2], bytes[i - 1]) == Block::Letter
        && pictograph_at(bytes, i + 3)
}

/// Whether the character at byte `i` is the bullet U+2022 or a symbol of
/// U+2500–U+2775 (box drawing, block elements, geometric shapes,
/// miscellaneous symbols, dingbats up to the dingbat digits): as for the
/// pictographs, none has a decomposition or a combining class, nor is a
/// letter, a digit, a mark, a space, a quote or a control.
#[inline(always)]
pub(super) fn symbol_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        bytes.get(i..i + 3),
        Some([0xE2, 0x80, 0xA2] | [0xE2, 0x94..=0x9C, _] | [0xE2, 0x9D, 0x80..=0xB5])
    )
}

/// The quote at byte `i` beyond ASCII (« U+00AB, » U+00BB, U+2018–U+201F,
/// ‹ U+2039, › U+203A): its length in bytes and the ASCII quote of its
/// style (`"` or `'`), which [`Quotes::Ascii`] puts in its place.
#[inline(always)]
pub(super) fn quote_at(bytes: &[u8], i: usize) -> Option<(usize, char)> {
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xC2), Some(0xAB | 0xBB), _) => Some((2, '"')),
        (Some(0xE2), Some(0x80), Some(0x98..=0x9B | 0xB9 | 0xBA)) => Some((3, '\'')),
        (Some(0xE2), Some(0x80), Some(0x9C..=0x9F)) => Some((3, '"')),
        _ => None,
    }
}

/// The mask of the kinds in `kinds` for which `on` holds.
const fn mask(kinds: &[(u8, bool)]) -> u32 {
    let mut m = 0;
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i].1 {
            m |= 1 << kinds[i].0;
        }
        i += 1;
    }
    m
}

impl Mode {
    /// The tight loop's view of `n`; in `check` mode it changes nothing (a
    /// change ends the loop, and the general path reports it).
    pub(super) fn new(n: &Normalizer, check: bool) -> Mode {
        // Every switch, so that a new one does not compile until the tight
        // loop says what it does with it. The loop takes the Arabic block by
        // these masks, ASCII letters, digits and punctuation (which no
        // switch but `digits` changes), line feeds, and single spaces
        // between kept characters (which every `whitespace` keeps).
        let Normalizer {
            unicode_form,
            // Presentation forms, controls (but a ZWJ before a pictograph)
            // and spaces other than a single one are beyond the loop; U+061C
            // and ٫ ٬ are of kind SLOW.
            presentation_forms: _,
            controls,
            number_separators: _,
            quotes,
            whitespace: _,
            quran_orthography,
            strip_tatweel,
            keep_tatweel_carriers,
            superscript_alef,
            diacritics,
            fold_persian,
            fold_kurdish,
            fold_alef_maksura,
            fold_teh_marbuta,
            fold_alef_hamza,
            fold_alef,
            fold_hamza_carriers,
            collapse_elongation,
            digits,
            punctuation,
        } = *n;
        let alef_hamza = fold_alef || fold_alef_hamza;
        let quran = quran_orthography;
        let stripped = |class: Diacritics| diacritics.contains(class);
        // Each diacritic class: dropped or kept.
        let mut dropped = 0;
        let mut kept = 0;
        let mut k = 0;
        while k < 9 {
            if stripped(Diacritics(1 << k)) {
                dropped |= 1 << (DIACRITIC + k);
            } else {
                kept |= 1 << (DIACRITIC + k);
            }
            k += 1;
        }
        let quranic = if stripped(Diacritics::QURANIC) {
            (false, !quran)
        } else {
            (!quran, false)
        };
        let superscript = match superscript_alef {
            _ if quran => (false, false),
            SuperscriptAlef::Remove => (false, true),
            SuperscriptAlef::ToAlef => (false, false),
            SuperscriptAlef::Keep => {
                let strip = stripped(Diacritics::SUPERSCRIPT_ALEF);
                (!strip, strip)
            }
        };
        let keep = kept
            | mask(&[
                (LETTER, true),
                (ALEF_MAKSURA, !fold_alef_maksura),
                (TEH_MARBUTA, !fold_teh_marbuta),
                (ALEF_HAMZA, !alef_hamza),
                (ALEF_VARIANT, !fold_alef),
                (PERSIAN, !fold_persian),
                (KURDISH, !fold_kurdish),
                (HAMZA_CARRIER, !fold_hamza_carriers),
                // Under quran_orthography ء before an alef may change.
                (HAMZA, !quran),
                (SUPERSCRIPT_ALEF, superscript.0),
                (SMALL_HIGH_YEH, quranic.0),
                (DIGIT, digits != Digits::Ascii),
                (EXTENDED_DIGIT, digits == Digits::Keep),
                (PUNCT, punctuation != Punctuation::Ascii),
                (OTHER, true),
                (TATWEEL, !strip_tatweel),
            ]);
        let drop = dropped
            | mask(&[
                // A tatweel that may carry a mark needs a look ahead.
                (TATWEEL, strip_tatweel && !keep_tatweel_carriers),
                (SUPERSCRIPT_ALEF, superscript.1),
                (SMALL_HIGH_YEH, quranic.1),
            ]);
        let replace = mask(&[
            (ALEF_MAKSURA, fold_alef_maksura),
            (TEH_MARBUTA, fold_teh_marbuta),
            (ALEF_HAMZA, alef_hamza),
            (ALEF_VARIANT, fold_alef),
            (PERSIAN, fold_persian),
            (KURDISH, fold_kurdish),
            (HAMZA_CARRIER, fold_hamza_carriers),
            (DIGIT, digits == Digits::Ascii),
            (EXTENDED_DIGIT, digits != Digits::Keep),
            (PUNCT, punctuation == Punctuation::Ascii),
        ]);
        let (drop, replace) = if check { (0, 0) } else { (drop, replace) };
        Mode {
            word_mode: n.word_mode(),
            elongation: collapse_elongation,
            arabic_indic: digits == Digits::ArabicIndic,
            reorder: unicode_form != Form::None,
            reorder_here: unicode_form != Form::None && !check,
            keep,
            drop,
            replace,
            space_before: keep | replace,
            // Quote roles (`Guillemets`) are beyond the fast path.
            quotes: match quotes {
                Quotes::Keep => Some(false),
                Quotes::Ascii if !check => Some(true),
                Quotes::Ascii | Quotes::Guillemets => None,
            },
            stray_joiner: controls != Controls::Keep && !check,
        }
    }

    /// Whether the character at byte `i` is one before which a single space
    /// is kept: an ASCII graphic character, an Arabic-block character this
    /// configuration keeps or replaces, a quote, or one led by EF or F0
    /// (presentation forms, emoji).
    #[inline(always)]
    pub(super) fn kept_at(self, bytes: &[u8], i: usize) -> bool {
        match bytes.get(i..i + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => {
                let k = KIND[chars::block_index_utf8(lead, second)];
                (self.space_before >> (k & KIND_BITS)) & 1 != 0
            }
            // Beyond ASCII and the Arabic block, a character that is no
            // space (the general path keeps a space before it, and the
            // region of a slow one covers the space).
            _ => {
                bytes
                    .get(i)
                    .is_some_and(|&b| b.is_ascii_graphic() || matches!(b, 0xEF | 0xF0))
                    || quote_at(bytes, i).is_some()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;

    #[test]
    fn inert_letters_are_those_of_chars() {
        for (i, &k) in KIND.iter().enumerate() {
            let c = chars::block_char(i);
            assert_eq!(k & INERT != 0, chars::is_inert(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn combining_classes() {
        for (i, &ccc) in CCC.iter().enumerate() {
            let c = chars::block_char(i);
            assert_eq!(ccc, canonical_combining_class(c), "U+{:04X}", c as u32);
        }
    }
}
