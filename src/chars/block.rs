//! The Arabic block U+0600–U+06FF as compile-time tables for the byte-level
//! fast paths: [`BLOCK`] (what a character is) and [`FOLD`] (what the
//! normalizer may do with it), both derived from the `const fn` lists of
//! `data.rs`, and the block index, written once.
//!
//! Every entry of [`BLOCK`] is checked against the general predicates by
//! `tests/chars_ucd`, and every entry of [`FOLD`] against the rules it is
//! derived from by the unit test below.

use super::class::Diacritics;
use super::data::{
    arabic_digit_value, arabic_punct_ascii, decimal_separator_ascii, diacritic_class,
    hamza_carrier_fold, is_alef_hamza, is_alef_variant, is_arabic_block_letter,
    is_arabic_block_punctuation, is_arabic_block_symbol, is_attaching_letter, is_hamza_mark,
    is_high_hamza, is_prepended_concatenation_mark, kurdish_fold, persian_fold, ALEF_MAKSURA, ALM,
    HAMZA, TEH_MARBUTA,
};
use super::{SUPERSCRIPT_ALEF, TATWEEL};

/// The first code point of the Arabic block.
const START: u32 = 0x0600;

/// The index of `c` in the Arabic block (`c` is U+0600 + index), or `None`
/// when `c` is outside U+0600–U+06FF.
#[inline(always)]
pub(crate) const fn block_index(c: char) -> Option<usize> {
    let i = (c as u32).wrapping_sub(START);
    if i < 256 {
        Some(i as usize)
    } else {
        None
    }
}

/// The character U+0600 + `i` of the Arabic block, for `i` in 0..256 (the
/// index is taken modulo 256, so every `i` names a character).
#[inline(always)]
pub(crate) const fn block_char(i: usize) -> char {
    match char::from_u32(START + (i as u32 & 0xFF)) {
        Some(c) => c,
        None => char::REPLACEMENT_CHARACTER,
    }
}

/// The block index of the 2-byte UTF-8 sequence `lead`, `second` when
/// `lead` is 0xD8–0xDB (U+0600–U+06FF): the low two bits of the lead byte
/// and the six payload bits of the second.
#[inline(always)]
pub(crate) const fn block_index_utf8(lead: u8, second: u8) -> usize {
    (((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize
}

/// Whether `c` is in the Arabic block U+0600–U+06FF.
#[inline]
pub(crate) const fn in_arabic_block(c: char) -> bool {
    block_index(c).is_some()
}

/// A table of `$class(U+0600 + i)` for i in 0..256, built at compile time.
macro_rules! block_table {
    ($default:expr, $class:ident) => {{
        let mut t = [$default; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = $class(block_char(i));
            i += 1;
        }
        t
    }};
}

/// The class of a character of the Arabic block U+0600–U+06FF, for the
/// byte-level fast paths (tokenizer and normalizer). Every entry agrees with
/// the general predicates of `chars` (`tests/chars_ucd` checks each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Block {
    /// An Arabic letter (Lo) of [`is_arabic_letter`](super::is_arabic_letter).
    Letter,
    /// A mark (Mn) of the block.
    Mark,
    /// U+0640 tatweel, U+06E5, U+06E6: attaching modifier letters (Lm).
    AttachLetter,
    /// A format control (Cf): U+0600–U+0605, U+061C, U+06DD.
    Format,
    /// A decimal digit (Nd): U+0660–U+0669, U+06F0–U+06F9.
    Digit,
    /// Punctuation (P*).
    Punct,
    /// A symbol (S*).
    Symbol,
    /// Anything else (unassigned code points).
    Other,
}

/// The [`Block`] class of `c`, from the lists of `data.rs`. Every mark (Mn)
/// of the block has a diacritic class; the small letters U+06E5, U+06E6
/// (Lm), which have one too, are attaching letters first.
const fn block_class(c: char) -> Block {
    if is_arabic_block_letter(c) {
        Block::Letter
    } else if is_attaching_letter(c) {
        Block::AttachLetter
    } else if diacritic_class(c).is_some() {
        Block::Mark
    } else if is_prepended_concatenation_mark(c) || c == ALM {
        Block::Format
    } else if arabic_digit_value(c).is_some() {
        Block::Digit
    } else if is_arabic_block_punctuation(c) {
        Block::Punct
    } else if is_arabic_block_symbol(c) {
        Block::Symbol
    } else {
        Block::Other
    }
}

/// [`Block`] of U+0600 + i, for i in 0..256.
pub(crate) static BLOCK: [Block; 256] = block_table!(Block::Other, block_class);

/// The [`Block`] class of `c`, or `None` outside the Arabic block.
#[inline(always)]
pub(crate) fn block_of_char(c: char) -> Option<Block> {
    block_index(c).map(|i| BLOCK[i])
}

/// Whether the character U+0600 + i continues an Arabic word: letters,
/// marks, tatweel and the small letters, format controls.
pub(crate) static CONTINUES_ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        // The prepended concatenation marks U+0600–U+0605 and U+06DD stop
        // the tight loop: they end the word when a digit follows.
        t[i] = matches!(
            BLOCK[i],
            Block::Letter | Block::Mark | Block::AttachLetter | Block::Format
        ) && !is_prepended_concatenation_mark(block_char(i));
        i += 1;
    }
    t
};

/// The [`Block`] class of the 2-byte UTF-8 sequence `lead`, `second` when
/// `lead` is 0xD8–0xDB (U+0600–U+06FF).
#[inline(always)]
pub(crate) fn block_of(lead: u8, second: u8) -> Block {
    BLOCK[block_index_utf8(lead, second)]
}

/// What the normalizer's fast path may do with a character of the Arabic
/// block (U+0600–U+06FF) without looking at its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// A letter that no switch changes (a [`Block::Letter`] of no fold).
    Unchanged,
    /// ى U+0649 (fold_alef_maksura → ي).
    AlefMaksura,
    /// ة U+0629 (fold_teh_marbuta → ه).
    TehMarbuta,
    /// آ أ إ (fold_alef_hamza or fold_alef → ا).
    AlefHamza,
    /// ٱ ٲ ٳ (fold_alef → ا).
    AlefVariant,
    /// ک → ك, ی ے ۓ ې ۍ → ي, ہ ھ ۀ ۂ → ه, ۃ → ة (fold_persian); the target
    /// letter (further folded by the other switches).
    Persian(char),
    /// ە → ه, ێ → ي, ۆ → و, ڕ → ر, ڵ → ل (fold_kurdish); the target letter.
    Kurdish(char),
    /// ؤ → و, ئ → ي (fold_hamza_carriers); the target letter.
    HamzaCarrier(char),
    /// U+0640 tatweel.
    Tatweel,
    /// ء U+0621, a letter only `quran_orthography` looks at (ء + ا).
    Hamza,
    /// A diacritic of a class (Mn, or the Lm small letters U+06E5, U+06E6).
    Diacritic(Diacritics),
    /// U+0670 superscript alef.
    SuperscriptAlef,
    /// A decimal digit and its value.
    Digit(u8),
    /// ، ؛ ؟ ۔ ٪ and their ASCII replacement (Punctuation::Ascii).
    Punct(char),
    /// Anything the fast path must hand to the full pipeline: U+0653–U+0655
    /// (they compose and fold by mark runs), U+0674–U+0678 (high hamza,
    /// NFKC-decomposable), ٫ ٬ (context), U+061C ALM (a control), marks of
    /// no diacritic class.
    Slow,
    /// A character no switch changes that is not a letter (symbols,
    /// punctuation, format characters, unassigned code points).
    Other,
}

/// The [`Fold`] class of `c`, from the folds of `data.rs`: what needs its
/// context first, then each fold (U+0675 ٵ, an alef variant that carries a
/// high hamza, is slow; so are ٵ ٶ ٸ, which `fold_persian` maps).
const fn fold_class(c: char) -> Fold {
    if is_hamza_mark(c) || is_high_hamza(c) || decimal_separator_ascii(c).is_some() || c == ALM {
        return Fold::Slow;
    }
    if c == SUPERSCRIPT_ALEF {
        return Fold::SuperscriptAlef;
    }
    if c == ALEF_MAKSURA {
        return Fold::AlefMaksura;
    }
    if c == TEH_MARBUTA {
        return Fold::TehMarbuta;
    }
    if is_alef_hamza(c) {
        return Fold::AlefHamza;
    }
    if is_alef_variant(c) {
        return Fold::AlefVariant;
    }
    if let Some(to) = persian_fold(c) {
        return Fold::Persian(to);
    }
    if let Some(to) = kurdish_fold(c) {
        return Fold::Kurdish(to);
    }
    if let Some(to) = hamza_carrier_fold(c) {
        return Fold::HamzaCarrier(to);
    }
    if c == TATWEEL {
        return Fold::Tatweel;
    }
    if c == HAMZA {
        return Fold::Hamza;
    }
    if let Some(class) = diacritic_class(c) {
        return Fold::Diacritic(class);
    }
    if let Some(value) = arabic_digit_value(c) {
        return Fold::Digit(value);
    }
    if let Some(to) = arabic_punct_ascii(c) {
        return Fold::Punct(to);
    }
    match block_class(c) {
        Block::Letter => Fold::Unchanged,
        Block::Mark => Fold::Slow,
        _ => Fold::Other,
    }
}

/// [`Fold`] of U+0600 + i, for i in 0..256.
pub(crate) static FOLD: [Fold; 256] = block_table!(Fold::Other, fold_class);

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::{block_char, Block, Fold, BLOCK, FOLD};
    use crate::chars::class::Diacritics;
    use crate::chars::{self, data};

    /// Whether some fold rule of `data.rs` changes `c`.
    fn folded(c: char) -> bool {
        c == chars::ALEF_MAKSURA
            || c == chars::TEH_MARBUTA
            || chars::is_alef_variant(c)
            || chars::persian_fold(c).is_some()
            || chars::kurdish_fold(c).is_some()
            || chars::hamza_carrier_fold(c).is_some()
    }

    /// What the fast path must leave to the full pipeline: the hamza marks,
    /// the high hamza and its letters, the decimal separators, ALM, and any
    /// mark of no diacritic class.
    fn needs_context(c: char) -> bool {
        chars::is_hamza_mark(c)
            || data::is_high_hamza(c)
            || chars::decimal_separator_ascii(c).is_some()
            || c == data::ALM
            || (chars::is_mn_me(c) && chars::diacritic_class(c).is_none())
    }

    /// Every entry of `FOLD`, against the public predicates and the rules of
    /// `data.rs` it stands for (CONFORMANCE.md: each fold, its code points):
    /// a letter fold holds letters of `is_arabic_letter` and names its rule's
    /// target, a diacritic has the class of `diacritic_class`, a digit the
    /// value of `digit_value`, a punctuation replacement the same kind of
    /// punctuation, and `Unchanged`/`Other` are what no rule touches.
    #[test]
    fn fold_agrees_with_the_rules_and_predicates() {
        let mut bad: Vec<String> = Vec::new();
        for (i, &fold) in FOLD.iter().enumerate() {
            let c = block_char(i);
            let letter = chars::is_arabic_letter(c);
            let ok = !needs_context(c) || fold == Fold::Slow;
            let ok = ok
                && match fold {
                    Fold::Unchanged => letter && !folded(c) && c != data::HAMZA,
                    Fold::AlefMaksura => letter && c == chars::ALEF_MAKSURA,
                    Fold::TehMarbuta => letter && c == chars::TEH_MARBUTA,
                    Fold::AlefHamza => letter && chars::is_alef_hamza(c),
                    Fold::AlefVariant => {
                        letter && chars::is_alef_variant(c) && !chars::is_alef_hamza(c)
                    }
                    Fold::Persian(to) => {
                        letter && chars::is_arabic_letter(to) && chars::persian_fold(c) == Some(to)
                    }
                    Fold::Kurdish(to) => {
                        letter && chars::is_arabic_letter(to) && chars::kurdish_fold(c) == Some(to)
                    }
                    Fold::HamzaCarrier(to) => {
                        letter
                            && chars::is_arabic_letter(to)
                            && chars::hamza_carrier_fold(c) == Some(to)
                    }
                    Fold::Tatweel => c == chars::TATWEEL && chars::is_attaching_letter(c),
                    Fold::Hamza => letter && c == data::HAMZA && !folded(c),
                    Fold::Diacritic(class) => {
                        chars::diacritic_class(c) == Some(class)
                            && class != Diacritics::HAMZA_MARKS
                            && class != Diacritics::SUPERSCRIPT_ALEF
                            && (chars::is_mn_me(c) || chars::is_attaching_letter(c))
                    }
                    Fold::SuperscriptAlef => {
                        c == chars::SUPERSCRIPT_ALEF
                            && chars::diacritic_class(c) == Some(Diacritics::SUPERSCRIPT_ALEF)
                    }
                    Fold::Digit(v) => {
                        chars::is_digit(c) && chars::digit_value(c) == Some(u32::from(v))
                    }
                    Fold::Punct(to) => {
                        chars::is_punctuation(c)
                            && to.is_ascii_punctuation()
                            && chars::arabic_punct_ascii(c) == Some(to)
                            && chars::punct_kind(c) == chars::punct_kind(to)
                    }
                    Fold::Slow => needs_context(c),
                    Fold::Other => {
                        !letter
                            && !folded(c)
                            && c != chars::TATWEEL
                            && chars::diacritic_class(c).is_none()
                            && !chars::is_digit(c)
                            && chars::arabic_punct_ascii(c).is_none()
                    }
                };
            if !ok {
                bad.push(format!("U+{:04X}: {fold:?}", c as u32));
            }
        }
        assert!(
            bad.is_empty(),
            "FOLD entries against the rules:\n{}",
            bad.join("\n")
        );
    }

    /// `FOLD` and `BLOCK` agree where they overlap: a `Fold` letter class is
    /// a `Block::Letter`, a digit a `Block::Digit`.
    #[test]
    fn fold_and_block_agree() {
        for (i, fold) in FOLD.iter().enumerate() {
            let letter_fold = matches!(
                fold,
                Fold::Unchanged
                    | Fold::AlefMaksura
                    | Fold::TehMarbuta
                    | Fold::AlefHamza
                    | Fold::AlefVariant
                    | Fold::Persian(_)
                    | Fold::Kurdish(_)
                    | Fold::HamzaCarrier(_)
                    | Fold::Hamza
            );
            if letter_fold {
                assert_eq!(BLOCK[i], Block::Letter, "U+{:04X}", block_char(i) as u32);
            }
            if matches!(fold, Fold::Digit(_)) {
                assert_eq!(BLOCK[i], Block::Digit, "U+{:04X}", block_char(i) as u32);
            }
        }
    }
}
