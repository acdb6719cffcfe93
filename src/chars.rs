//! Character classes and tables.
//!
//! The character lists of the crate are written here, each once:
//!
//! | file | what |
//! |---|---|
//! | `chars.rs` | the public predicates, and the named characters |
//! | `chars/class.rs` | the classes the tables sort into: [`Script`], [`Punct`], [`QuoteStyle`](crate::QuoteStyle), [`Diacritics`](crate::Diacritics) |
//! | `chars/data.rs` | every code-point list, as a `const fn`: folds, diacritic classes, quotes, controls, white space |
//! | `chars/block.rs` | the Arabic block U+0600–U+06FF as compile-time tables derived from `data.rs`, and the block index |
//! | `chars/emoji.rs` | emoji and grapheme-cluster properties |
//!
//! A few rules keep their own code points beside the code that applies them:
//! the canonical combining classes and per-switch kinds of the Arabic block
//! (`normalize/table.rs`), the Quran-orthography rules (`normalize/quran.rs`,
//! `normalize/words.rs`), the stemmer's affixes (`stem.rs`) and the Arabic
//! alphabet of the analyzer (`analyze/letters.rs`).
//!
//! Every table here is written by hand from the Unicode Character Database
//! (UCD) and checked, code point by code point, against the general category
//! that [`icu_properties`] reports (see `tests/chars_ucd`); the derived
//! tables of `block.rs` are checked against the predicates and rules they
//! come from. Properties that are not Arabic-specific (general category for
//! the rest of Unicode, Script, `Extended_Pictographic`,
//! `Grapheme_Cluster_Break`) come straight from `icu_properties`' compiled
//! data rather than from copies kept here.
//!
//! The functions are public so that harnesses and downstream crates can ask the
//! same questions the tokenizer and normalizer ask.
//!
//! ```
//! use arabic_text::chars;
//! assert!(chars::is_arabic_letter('ك') && chars::is_digit('٣') && chars::is_white_space('\u{00A0}'));
//! assert_eq!(chars::quote_glyph_opens('«'), Some(true));
//! ```

use icu_properties::props::{GeneralCategory, Script as UScript};
use icu_properties::CodePointMapData;

mod block;
pub(crate) mod class;
mod data;
mod emoji;

pub(crate) use block::{
    block_char, block_index, block_index_utf8, block_of, block_of_char, in_arabic_block, Block,
    Fold, BLOCK, CONTINUES_ARABIC_WORD, FOLD,
};
pub(crate) use class::{Punct, Script};
pub(crate) use data::{
    arabic_punct_ascii, decimal_separator_ascii, guillemet, hamza_carrier_fold, is_alef_hamza,
    is_alef_variant, is_arabic_block_letter, is_ascii_white_space, is_hamza_mark, is_hamza_seat,
    is_number_separator, is_presentation_letter, is_proclitic_letter, kurdish_fold, persian_fold,
    persian_hamza_base, AE, ALEF, ALEF_MAKSURA, HAMZA_ABOVE, HEH, TEH_MARBUTA, U, WAW, YEH,
};
pub use data::{
    diacritic_class, is_apostrophe, is_attaching_letter, is_invisible, is_invisible_control,
    is_line_break, is_prepended_concatenation_mark, is_white_space, quote_glyph_opens, quote_style,
    spacing_mark_form,
};
pub(crate) use emoji::{extends_grapheme, is_prepend};
pub use emoji::{is_extended_pictographic, is_regional_indicator};

/// U+0640 ARABIC TATWEEL (kashida), general category Lm.
///
/// ```
/// assert!(!arabic_text::chars::is_letter(arabic_text::chars::TATWEEL));
/// ```
pub const TATWEEL: char = '\u{0640}';
/// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef), general category Mn.
///
/// ```
/// assert_eq!(arabic_text::chars::diacritic_class(arabic_text::chars::SUPERSCRIPT_ALEF), Some(arabic_text::Diacritics::SUPERSCRIPT_ALEF));
/// ```
pub const SUPERSCRIPT_ALEF: char = '\u{0670}';
/// U+200B ZERO WIDTH SPACE.
///
/// ```
/// assert!(arabic_text::chars::is_invisible_control(arabic_text::chars::ZWSP));
/// ```
pub const ZWSP: char = '\u{200B}';
/// U+200C ZERO WIDTH NON-JOINER.
///
/// ```
/// assert!(arabic_text::chars::is_attaching(arabic_text::chars::ZWNJ));
/// ```
pub const ZWNJ: char = '\u{200C}';
/// U+200D ZERO WIDTH JOINER.
///
/// ```
/// assert!(arabic_text::chars::is_format(arabic_text::chars::ZWJ));
/// ```
pub const ZWJ: char = '\u{200D}';
/// U+0674 ARABIC LETTER HIGH HAMZA (Lo), which behaves as a mark in mark runs.
///
/// ```
/// assert!(arabic_text::chars::is_arabic_letter(arabic_text::chars::HIGH_HAMZA));
/// ```
pub const HIGH_HAMZA: char = '\u{0674}';
/// U+20E3 COMBINING ENCLOSING KEYCAP: a grapheme cluster holding it is an emoji (`1️⃣`).
///
/// ```
/// assert_eq!(arabic_text::tokenize("1\u{FE0F}\u{20E3}").next().unwrap().kind().as_str(), "symbol");
/// ```
pub const KEYCAP: char = '\u{20E3}';

#[inline]
fn gc(c: char) -> GeneralCategory {
    CodePointMapData::<GeneralCategory>::new().get(c)
}

/// The Unicode general category of `c` (from `icu_properties`).
///
/// ```
/// use arabic_text::chars::general_category;
/// use icu_properties::props::GeneralCategory;
/// assert_eq!(general_category('\u{064E}'), GeneralCategory::NonspacingMark);
/// ```
#[inline]
pub fn general_category(c: char) -> GeneralCategory {
    gc(c)
}

/// Whether `c` is an Arabic letter (design.md §3): general category Lo in
/// U+0620–U+063F, U+0641–U+064A, U+066E–U+066F, U+0671–U+06D3, U+06D5,
/// U+06EE–U+06EF, U+06FA–U+06FC, U+06FF, U+0750–U+077F, U+0870–U+0887,
/// U+0889–U+088E, U+08A0–U+08C8, U+10EC2–U+10EC4, and the Lo code points of the
/// presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE). U+0621 hamza is a letter;
/// U+0640 tatweel and U+08C9 (Lm) are not.
///
/// ```
/// use arabic_text::chars::is_arabic_letter;
/// assert!(is_arabic_letter('ب'));
/// assert!(is_arabic_letter('ء'));
/// assert!(is_arabic_letter('ﻻ'));
/// assert!(!is_arabic_letter('ـ'));
/// assert!(!is_arabic_letter('َ'));
/// ```
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    // The Arabic block's letters are the `Block::Letter` entries.
    if let Some(class) = block_of_char(c) {
        return class == Block::Letter;
    }
    match c as u32 {
        0x0750..=0x077F
        | 0x0870..=0x0887
        | 0x0889..=0x088E
        | 0x08A0..=0x08C8
        | 0x10EC2..=0x10EC4 => true,
        0xFB50..=0xFDFF | 0xFE70..=0xFEFE => data::is_presentation_letter(c),
        _ => false,
    }
}

/// Whether `c` is in an Arabic presentation-forms block: U+FB50–U+FDFF
/// (Forms-A) or U+FE70–U+FEFE (Forms-B). Includes the non-letters of those
/// blocks (ornate parentheses, ﷼, ﴾ …) and their unassigned code points.
///
/// ```
/// use arabic_text::chars::is_presentation_form;
/// assert!(is_presentation_form('ﻻ'));
/// assert!(is_presentation_form('ﷺ'));
/// assert!(!is_presentation_form('ل'));
/// ```
#[inline]
pub fn is_presentation_form(c: char) -> bool {
    matches!(c as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFE)
}

/// Whether `c` is a ligature that stands for several words: ﷺ U+FDFA
/// (صلى الله عليه وسلم), ﷻ U+FDFB (جل جلاله) and ﷽ U+FDFD (the
/// basmala); the only presentation forms whose words have spaces between
/// them. Mapped, they keep a space from a word they touch (CONFORMANCE.md
/// §1).
///
/// ```
/// use arabic_text::chars::is_word_ligature;
/// assert!(is_word_ligature('ﷺ') && is_word_ligature('\u{FDFD}'));
/// assert!(!is_word_ligature('ﷲ')); // الله: one word
/// ```
#[inline]
pub const fn is_word_ligature(c: char) -> bool {
    matches!(c, '\u{FDFA}' | '\u{FDFB}' | '\u{FDFD}')
}

/// The punctuation kind of `c` when `c` is punctuation (general category P*)
/// and not in the quote table; `None` otherwise. Named kinds (design.md §5):
/// Comma `,` U+060C U+066C · Semicolon `;` U+061B · Colon `:` · FullStop `.`
/// U+06D4 · Question `?` U+061F · Exclamation `!` · Ellipsis U+2026 U+061E ·
/// Dash (Pd) · OpenBracket (Ps) · CloseBracket (Pe) · Other (any other P*).
///
/// ```
/// use arabic_text::chars::punct_kind;
/// use arabic_text::Punct;
/// assert_eq!(punct_kind('،'), Some(Punct::Comma));
/// assert_eq!(punct_kind('؟'), Some(Punct::Question));
/// assert_eq!(punct_kind('٪'), Some(Punct::Other));
/// assert_eq!(punct_kind('\u{FD3F}'), Some(Punct::OpenBracket)); // ﴿ is Ps
/// assert_eq!(punct_kind('"'), None); // a quote
/// ```
#[inline]
pub fn punct_kind(c: char) -> Option<Punct> {
    if quote_style(c).is_some() {
        return None;
    }
    let named = match c {
        ',' | '\u{060C}' | '\u{066C}' => Punct::Comma,
        ';' | '\u{061B}' => Punct::Semicolon,
        ':' => Punct::Colon,
        '.' | '\u{06D4}' => Punct::FullStop,
        '?' | '\u{061F}' => Punct::Question,
        '!' => Punct::Exclamation,
        '\u{2026}' | '\u{061E}' => Punct::Ellipsis,
        _ => {
            if c.is_ascii() && !c.is_ascii_punctuation() {
                return None;
            }
            return match gc(c) {
                GeneralCategory::DashPunctuation => Some(Punct::Dash),
                GeneralCategory::OpenPunctuation => Some(Punct::OpenBracket),
                GeneralCategory::ClosePunctuation => Some(Punct::CloseBracket),
                GeneralCategory::ConnectorPunctuation
                | GeneralCategory::InitialPunctuation
                | GeneralCategory::FinalPunctuation
                | GeneralCategory::OtherPunctuation => Some(Punct::Other),
                _ => None,
            };
        }
    };
    Some(named)
}

/// Whether `c` has general category P* (any punctuation, quotes included).
///
/// ```
/// assert!(arabic_text::chars::is_punctuation('،'));
/// assert!(arabic_text::chars::is_punctuation('«'));
/// assert!(!arabic_text::chars::is_punctuation('$'));
/// ```
#[inline]
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(
        gc(c),
        GeneralCategory::DashPunctuation
            | GeneralCategory::OpenPunctuation
            | GeneralCategory::ClosePunctuation
            | GeneralCategory::ConnectorPunctuation
            | GeneralCategory::InitialPunctuation
            | GeneralCategory::FinalPunctuation
            | GeneralCategory::OtherPunctuation
    )
}

/// Whether `c` has general category Ps (open punctuation) and is not in the
/// quote table: an opening context for a following quote.
///
/// ```
/// assert!(arabic_text::chars::is_open_bracket('('));
/// assert!(!arabic_text::chars::is_open_bracket('„')); // Ps, but a quote
/// ```
#[inline]
pub fn is_open_bracket(c: char) -> bool {
    punct_kind(c) == Some(Punct::OpenBracket)
}

/// Whether `c` has general category S* (Sm, Sc, Sk, So).
///
/// ```
/// assert!(arabic_text::chars::is_symbol('$'));
/// assert!(arabic_text::chars::is_symbol('\u{FDFC}')); // ﷼ RIAL SIGN
/// ```
#[inline]
pub fn is_symbol(c: char) -> bool {
    matches!(
        gc(c),
        GeneralCategory::MathSymbol
            | GeneralCategory::CurrencySymbol
            | GeneralCategory::ModifierSymbol
            | GeneralCategory::OtherSymbol
    )
}

/// Whether `c` is a decimal digit: general category Nd, in any script (ASCII,
/// Arabic-Indic U+0660–U+0669, Extended Arabic-Indic U+06F0–U+06F9, fullwidth …).
///
/// ```
/// use arabic_text::chars::is_digit;
/// assert!(is_digit('7') && is_digit('٣') && is_digit('۲') && is_digit('７'));
/// assert!(!is_digit('²'));
/// ```
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    if in_arabic_block(c) {
        return data::arabic_digit_value(c).is_some();
    }
    gc(c) == GeneralCategory::DecimalNumber
}

/// The value 0–9 of a decimal digit (general category Nd), or `None`.
///
/// Unicode encodes every Nd digit in a contiguous run of ten, 0 to 9 (UCD,
/// `DerivedNumericType.txt`; Unicode Standard §4.6), so the value is the
/// position of `c` in its run: the number of Nd code points right before it,
/// modulo 10.
///
/// ```
/// use arabic_text::chars::digit_value;
/// assert_eq!(digit_value('٣'), Some(3));
/// assert_eq!(digit_value('۹'), Some(9));
/// assert_eq!(digit_value('\u{1D7D9}'), Some(1)); // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
/// assert_eq!(digit_value('x'), None);
/// ```
pub fn digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if let Some(value) = data::arabic_digit_value(c) {
        return Some(u32::from(value));
    }
    if !is_digit(c) {
        return None;
    }
    let mut before = 0;
    let mut p = cp;
    while p > 0 {
        match char::from_u32(p - 1) {
            Some(prev) if gc(prev) == GeneralCategory::DecimalNumber => {
                before += 1;
                p -= 1;
            }
            _ => break,
        }
    }
    Some(before % 10)
}

/// Whether `c` is a space in the sense of
/// [`Whitespace::Collapse`](crate::Whitespace::Collapse): general category Zs,
/// or TAB. Line breaks are not spaces.
///
/// ```
/// use arabic_text::chars::is_space;
/// assert!(is_space(' ') && is_space('\u{00A0}') && is_space('\t'));
/// assert!(!is_space('\n'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    is_white_space(c) && !is_line_break(c)
}

/// Whether `c` is a mark of general category Mn or Me.
///
/// ```
/// assert!(arabic_text::chars::is_mn_me('\u{064E}'));
/// assert!(arabic_text::chars::is_mn_me('\u{20E3}'));
/// assert!(!arabic_text::chars::is_mn_me('\u{0640}'));
/// ```
#[inline]
pub fn is_mn_me(c: char) -> bool {
    match c as u32 {
        0..=0x2FF => false,
        0x064B..=0x065F | 0x0670 => true,
        0x0620..=0x064A => false,
        _ => matches!(
            gc(c),
            GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
        ),
    }
}

/// Whether `c` is a mark of general category Mn, Me or Mc (the members of a
/// normalizer mark run, with U+0674; see CONFORMANCE.md).
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    is_mn_me(c) || ((c as u32) >= 0x0900 && gc(c) == GeneralCategory::SpacingMark)
}

/// Whether `c` is a format control (general category Cf).
///
/// ```
/// assert!(arabic_text::chars::is_format('\u{200C}'));
/// ```
#[inline]
pub fn is_format(c: char) -> bool {
    if (c as u32) < 0xAD {
        return false;
    }
    gc(c) == GeneralCategory::Format
}

/// Whether `c` attaches to the token before it, as UAX #29 rule WB4 does for
/// Extend and Format characters: marks (Mn, Me, and Mc), format controls (Cf),
/// U+0640 tatweel, and the modifier letters U+06E5, U+06E6 (small waw and
/// small yeh) and U+08C9.
///
/// Spacing marks (Mc) are included so that a letter is never split from any
/// of its marks (`हिंदी` is one word); see CONFORMANCE.md.
///
/// ```
/// use arabic_text::chars::is_attaching;
/// assert!(is_attaching('\u{064F}') && is_attaching('ـ') && is_attaching('\u{200F}') && is_attaching('ۥ'));
/// assert!(!is_attaching('ب'));
/// ```
#[inline]
pub fn is_attaching(c: char) -> bool {
    match c as u32 {
        0..=0xAC => false,
        0x0640 | 0x064B..=0x065F | 0x0670 | 0x06E5 | 0x06E6 | 0x08C9 => true,
        0x0620..=0x063F | 0x0641..=0x064A => false,
        _ => matches!(
            gc(c),
            GeneralCategory::NonspacingMark
                | GeneralCategory::EnclosingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::Format
        ),
    }
}

/// Whether `c` is a letter for tokenization: general category L* except the
/// attaching modifier letters (U+0640 tatweel, U+06E5, U+06E6, U+08C9).
///
/// ```
/// use arabic_text::chars::is_letter;
/// assert!(is_letter('ب') && is_letter('x') && is_letter('ж') && is_letter('ء'));
/// assert!(!is_letter('ـ') && !is_letter('ۥ') && !is_letter('٣'));
/// ```
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c as u32 {
        0x0620..=0x063F | 0x0641..=0x064A => true,
        0x0640 | 0x06E5 | 0x06E6 | 0x08C9 => false,
        // The word ligatures ﷺ ﷻ and the others of U+FDF0–U+FDFB (Lo).
        0xFDF0..=0xFDFB => true,
        _ => matches!(
            gc(c),
            GeneralCategory::UppercaseLetter
                | GeneralCategory::LowercaseLetter
                | GeneralCategory::TitlecaseLetter
                | GeneralCategory::ModifierLetter
                | GeneralCategory::OtherLetter
        ),
    }
}

/// The script group of a letter (design.md §5): [`Script::Arabic`] for the
/// Arabic letters of [`is_arabic_letter`], [`Script::Latin`] for letters whose
/// Unicode Script property is Latin, [`Script::Other`] for every other letter.
/// Returns `None` when `c` is not a letter ([`is_letter`]).
///
/// ```
/// use arabic_text::chars::script_group;
/// use arabic_text::Script;
/// assert_eq!(script_group('ك'), Some(Script::Arabic));
/// assert_eq!(script_group('é'), Some(Script::Latin));
/// assert_eq!(script_group('ж'), Some(Script::Other));
/// assert_eq!(script_group('1'), None);
/// ```
#[inline]
pub fn script_group(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    if is_arabic_letter(c) {
        return Some(Script::Arabic);
    }
    if !is_letter(c) {
        return None;
    }
    if CodePointMapData::<UScript>::new().get(c) == UScript::Latin {
        Some(Script::Latin)
    } else {
        Some(Script::Other)
    }
}

/// Whether `c` is an apostrophe inside a Latin word (`don't`, `don’t`): an
/// [apostrophe](is_apostrophe) between two Latin letters (`prev` and `next`,
/// the characters around it). The tokenizer keeps it in the word and
/// `Quotes::Guillemets` leaves it as it is (CONFORMANCE.md §8, quotes).
#[inline]
pub(crate) fn is_latin_apostrophe(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let latin = |d: Option<char>| d.and_then(script_group) == Some(Script::Latin);
    is_apostrophe(c) && latin(prev) && latin(next)
}

/// Whether a cut between two of these characters is safe for normalizing:
/// ASCII letters and digits, and the basic Arabic letters U+0621–U+063A,
/// U+0641–U+064A (see [`stream::normalize_boundary`](crate::stream::normalize_boundary)).
#[inline]
pub(crate) fn is_inert(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c as u32, 0x0621..=0x063A | 0x0641..=0x064A)
}
