//! Character classes and tables: the only place in the crate where code points live.
//!
//! Every table here is written by hand from the Unicode Character Database
//! (UCD) and checked, code point by code point, against the general category
//! that [`icu_properties`] reports (see `tests/chars_ucd.rs`). Properties that
//! are not Arabic-specific (general category for the rest of Unicode, Script,
//! `Extended_Pictographic`, `Grapheme_Cluster_Break`) come straight from
//! `icu_properties`' compiled data rather than from copies kept here.
//!
//! The functions are public so that harnesses and downstream crates can ask the
//! same questions the tokenizer and normalizer ask.
//!
//! ```
//! use arabic_text::chars;
//! assert!(chars::is_arabic_letter('ك') && chars::is_digit('٣') && chars::is_white_space('\u{00A0}'));
//! assert_eq!(chars::quote_glyph_opens('«'), Some(true));
//! ```

use icu_properties::props::{
    ExtendedPictographic, GeneralCategory, GraphemeClusterBreak, Script as UScript,
};
use icu_properties::{CodePointMapData, CodePointSetData};

pub(crate) mod class;

pub(crate) use class::{Diacritics, Punct, QuoteStyle, Script};

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

// Letters and marks the letter folds name (design.md §4.5).
pub(crate) const ALEF: char = '\u{0627}';
pub(crate) const ALEF_MAKSURA: char = '\u{0649}';
pub(crate) const YEH: char = '\u{064A}';
pub(crate) const WAW: char = '\u{0648}';
pub(crate) const HEH: char = '\u{0647}';
pub(crate) const TEH_MARBUTA: char = '\u{0629}';
pub(crate) const KAF: char = '\u{0643}';
/// U+06D5 ARABIC LETTER AE (ۀ = ە + U+0654).
pub(crate) const AE: char = '\u{06D5}';
/// U+06C7 ARABIC LETTER U (ٷ = ۇ + U+0674 under NFKC).
pub(crate) const U: char = '\u{06C7}';
pub(crate) const HAMZA_ABOVE: char = '\u{0654}';

/// U+0653 MADDAH ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW: the marks
/// that compose with alef, waw, yeh (and ە, ہ, ے) into precomposed letters.
#[inline]
pub(crate) fn is_hamza_mark(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// آ U+0622, أ U+0623, إ U+0625: the precomposed alef letters Lucene folds.
#[inline]
pub(crate) fn is_alef_hamza(c: char) -> bool {
    matches!(c, '\u{0622}' | '\u{0623}' | '\u{0625}')
}

/// Every alef variant `fold_alef` maps to ا: آ أ إ ٱ ٲ ٳ ٵ.
#[inline]
pub(crate) fn is_alef_variant(c: char) -> bool {
    is_alef_hamza(c) || matches!(c, '\u{0671}'..='\u{0673}' | '\u{0675}')
}

/// `fold_persian`: ک U+06A9 → ك, ی U+06CC ے U+06D2 ۓ U+06D3 ې U+06D0
/// ۍ U+06CD → ي, ہ U+06C1 ھ U+06BE ۀ U+06C0 ۂ U+06C2 → ه, ۃ U+06C3 → ة, and
/// the high-hamza letters ٵ U+0675 → أ, ٶ U+0676 → ؤ, ٸ U+0678 → ئ (ٷ U+0677,
/// which has no precomposed hamza letter, is handled by the fold step).
#[inline]
pub(crate) fn persian_fold(c: char) -> Option<char> {
    match c {
        '\u{06A9}' => Some(KAF),
        '\u{06CC}' | '\u{06D2}' | '\u{06D3}' | '\u{06D0}' | '\u{06CD}' => Some(YEH),
        '\u{06C1}' | '\u{06BE}' | '\u{06C0}' | '\u{06C2}' => Some(HEH),
        '\u{06C3}' => Some(TEH_MARBUTA),
        '\u{0675}' => Some('\u{0623}'),
        '\u{0676}' => Some('\u{0624}'),
        '\u{0678}' => Some('\u{0626}'),
        _ => None,
    }
}

/// `fold_kurdish`: the Sorani letters ە U+06D5 → ه, ێ U+06CE → ي,
/// ۆ U+06C6 → و, ڕ U+0695 → ر, ڵ U+06B5 → ل.
#[inline]
pub(crate) fn kurdish_fold(c: char) -> Option<char> {
    match c {
        '\u{06D5}' => Some(HEH),
        '\u{06CE}' => Some(YEH),
        '\u{06C6}' => Some(WAW),
        '\u{0695}' => Some('\u{0631}'),
        '\u{06B5}' => Some('\u{0644}'),
        _ => None,
    }
}

/// Letters whose mark run drops a U+0654 HAMZA ABOVE under `fold_persian`:
/// ە U+06D5 (ۀ), ہ U+06C1 (ۂ), ے U+06D2 (ۓ), decomposed.
#[inline]
pub(crate) fn persian_hamza_base(c: char) -> bool {
    matches!(c, '\u{06D5}' | '\u{06C1}' | '\u{06D2}')
}

/// `fold_hamza_carriers`: ؤ U+0624 → و, ئ U+0626 → ي.
#[inline]
pub(crate) fn hamza_carrier_fold(c: char) -> Option<char> {
    match c {
        '\u{0624}' => Some(WAW),
        '\u{0626}' => Some(YEH),
        _ => None,
    }
}

/// `Punctuation::Ascii`, context-free part: ، → `,` ؛ → `;` ؟ → `?` ۔ → `.`
/// ٪ → `%`.
#[inline]
pub(crate) fn arabic_punct_ascii(c: char) -> Option<char> {
    Some(match c {
        '\u{060C}' => ',',
        '\u{061B}' => ';',
        '\u{061F}' => '?',
        '\u{06D4}' => '.',
        '\u{066A}' => '%',
        _ => return None,
    })
}

/// The Arabic decimal and thousands separators ٫ U+066B → `.` and ٬ U+066C →
/// `,` (mapped only between two digits).
#[inline]
pub(crate) fn decimal_separator_ascii(c: char) -> Option<char> {
    match c {
        '\u{066B}' => Some('.'),
        '\u{066C}' => Some(','),
        _ => None,
    }
}

/// A hamza seat: the alef, waw and yeh forms a hamza or madda sits on
/// (ا أ إ آ ٱ ٲ ٳ ٵ, و ؤ ۇ ۆ ٶ ٷ, ي ئ ى ی ې ۍ ێ ٸ, ە ۀ ہ ۂ ے ۓ). Every letter
/// fold maps a seat to a seat or out of reach of a mark (ە → ه drops it).
#[inline]
pub(crate) fn is_hamza_seat(c: char) -> bool {
    matches!(
        c,
        '\u{0622}'..='\u{0627}'
            | '\u{0648}'
            | '\u{0649}'
            | '\u{064A}'
            | '\u{0671}'..='\u{0673}'
            | '\u{0675}'..='\u{0678}'
            | '\u{06C0}'..='\u{06C2}'
            | '\u{06C6}'
            | '\u{06C7}'
            | '\u{06CC}'
            | '\u{06CD}'
            | '\u{06CE}'
            | '\u{06D0}'
            | '\u{06D2}'
            | '\u{06D3}'
            | '\u{06D5}'
    )
}

/// The one-letter proclitics that are written glued to the next word: و
/// (and), ف (so), ب (with), ك (like), ل (for).
#[inline]
pub(crate) fn is_proclitic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0648}' | '\u{0641}' | '\u{0628}' | '\u{0643}' | '\u{0644}'
    )
}

/// A separator a number may hold when a digit follows: ٫ ٬ ، ۔ `.` `,`.
/// The Arabic comma U+060C and the Urdu full stop U+06D4 are among them
/// because `Punctuation::Ascii` folds them to `,` and `.`: a number is cut
/// the same before and after normalization.
#[inline]
pub(crate) fn is_number_separator(c: char) -> bool {
    matches!(
        c,
        '\u{066B}' | '\u{066C}' | '\u{060C}' | '\u{06D4}' | '.' | ','
    )
}

/// `Quotes::Guillemets`: « » for double quotes, ‹ › for single ones.
#[inline]
pub(crate) fn guillemet(open: bool, double: bool) -> char {
    match (open, double) {
        (true, true) => '\u{00AB}',
        (false, true) => '\u{00BB}',
        (true, false) => '\u{2039}',
        (false, false) => '\u{203A}',
    }
}

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
    match c as u32 {
        // The Arabic block's letters are the `Block::Letter` entries.
        cp @ 0x0600..=0x06FF => BLOCK[(cp - 0x0600) as usize] == Block::Letter,
        0x0750..=0x077F
        | 0x0870..=0x0887
        | 0x0889..=0x088E
        | 0x08A0..=0x08C8
        | 0x10EC2..=0x10EC4 => true,
        0xFB50..=0xFDFF | 0xFE70..=0xFEFE => gc(c) == GeneralCategory::OtherLetter,
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

/// The isolated spacing forms of the harakat (U+FE70, FE72, FE74, FE76, FE78,
/// FE7A, FE7C, FE7E) and the ligatures U+FC5E–U+FC63: NFKC puts a U+0020
/// before their mark(s); this crate maps them to the combining mark(s) alone
/// (design.md §4.1). Returns the marks, or `None` for any other character.
///
/// ```
/// use arabic_text::chars::spacing_mark_form;
/// assert_eq!(spacing_mark_form('\u{FE70}'), Some("\u{064B}"));
/// assert_eq!(spacing_mark_form('\u{FC5E}'), Some("\u{064C}\u{0651}"));
/// assert_eq!(spacing_mark_form('\u{FE71}'), None); // medial form: tatweel + mark, as NFKC
/// ```
pub fn spacing_mark_form(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FE70}' => "\u{064B}",
        '\u{FE72}' => "\u{064C}",
        '\u{FE74}' => "\u{064D}",
        '\u{FE76}' => "\u{064E}",
        '\u{FE78}' => "\u{064F}",
        '\u{FE7A}' => "\u{0650}",
        '\u{FE7C}' => "\u{0651}",
        '\u{FE7E}' => "\u{0652}",
        '\u{FC5E}' => "\u{064C}\u{0651}",
        '\u{FC5F}' => "\u{064D}\u{0651}",
        '\u{FC60}' => "\u{064E}\u{0651}",
        '\u{FC61}' => "\u{064F}\u{0651}",
        '\u{FC62}' => "\u{0650}\u{0651}",
        '\u{FC63}' => "\u{0651}\u{0670}",
        _ => return None,
    })
}

/// The diacritic class of `c` (design.md §3), or `None` when `c` is not one of
/// the Arabic diacritics this crate can strip.
///
/// | class | code points |
/// |---|---|
/// | `TANWEEN` | U+064B–U+064D |
/// | `HARAKAT` | U+064E–U+0650 |
/// | `SHADDA` | U+0651 |
/// | `SUKUN` | U+0652 |
/// | `SUPERSCRIPT_ALEF` | U+0670 |
/// | `HAMZA_MARKS` | U+0653–U+0655 |
/// | `OTHER_VOWEL_SIGNS` | U+0656–U+065F |
/// | `SMALL_LETTERS` | U+06E5–U+06E6 (Lm) |
/// | `QURANIC` | U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, U+0897–U+089F, U+08CA–U+08E1, U+08E3–U+08FF, U+10EFC–U+10EFF |
///
/// ```
/// use arabic_text::chars::diacritic_class;
/// use arabic_text::Diacritics;
/// assert_eq!(diacritic_class('\u{0651}'), Some(Diacritics::SHADDA));
/// assert_eq!(diacritic_class('\u{06ED}'), Some(Diacritics::QURANIC));
/// assert_eq!(diacritic_class('ب'), None);
/// ```
#[inline]
pub fn diacritic_class(c: char) -> Option<Diacritics> {
    Some(match c as u32 {
        0x064B..=0x064D => Diacritics::TANWEEN,
        0x064E..=0x0650 => Diacritics::HARAKAT,
        0x0651 => Diacritics::SHADDA,
        0x0652 => Diacritics::SUKUN,
        0x0670 => Diacritics::SUPERSCRIPT_ALEF,
        0x0653..=0x0655 => Diacritics::HAMZA_MARKS,
        0x0656..=0x065F => Diacritics::OTHER_VOWEL_SIGNS,
        0x06E5..=0x06E6 => Diacritics::SMALL_LETTERS,
        0x0610..=0x061A
        | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8
        | 0x06EA..=0x06ED
        | 0x0897..=0x089F
        | 0x08CA..=0x08E1
        | 0x08E3..=0x08FF
        | 0x10EFC..=0x10EFF => Diacritics::QURANIC,
        _ => return None,
    })
}

/// Whether `c` is one of the invisible format controls that
/// [`Controls::Remove`](crate::Controls::Remove) drops (design.md §3):
/// U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+061C ARABIC
/// LETTER MARK, U+FEFF, U+00AD SOFT HYPHEN, U+180E.
///
/// ```
/// use arabic_text::chars::is_invisible_control;
/// assert!(is_invisible_control('\u{200F}')); // RLM
/// assert!(is_invisible_control('\u{061C}')); // ALM
/// assert!(!is_invisible_control('a'));
/// ```
#[inline]
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c as u32,
        0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x2069
            | 0x061C
            | 0xFEFF
            | 0x00AD
            | 0x180E
    )
}

/// The quote style of `c`, if it is in the quote table (design.md §3). The table
/// wins over the general category, so „ and ‚ (Ps) are quotes.
///
/// ```
/// use arabic_text::chars::quote_style;
/// use arabic_text::QuoteStyle;
/// assert_eq!(quote_style('«'), Some(QuoteStyle::GuillemetDouble));
/// assert_eq!(quote_style('„'), Some(QuoteStyle::CurlyDouble));
/// assert_eq!(quote_style('x'), None);
/// ```
#[inline]
pub fn quote_style(c: char) -> Option<QuoteStyle> {
    Some(match c {
        '"' => QuoteStyle::AsciiDouble,
        '\'' => QuoteStyle::AsciiSingle,
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => QuoteStyle::CurlyDouble,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => QuoteStyle::CurlySingle,
        '\u{00AB}' | '\u{00BB}' => QuoteStyle::GuillemetDouble,
        '\u{2039}' | '\u{203A}' => QuoteStyle::GuillemetSingle,
        '\u{FF02}' => QuoteStyle::FullwidthDouble,
        _ => return None,
    })
}

/// The role a quote glyph has on its own: `Some(true)` for the opening glyphs
/// “ „ ‟ « ‹ ‘ ‚ ‛, `Some(false)` for the closing glyphs ” » › ’, `None` for the
/// symmetric " ' ＂ and for non-quotes.
///
/// ```
/// use arabic_text::chars::quote_glyph_opens;
/// assert_eq!(quote_glyph_opens('«'), Some(true));
/// assert_eq!(quote_glyph_opens('»'), Some(false));
/// assert_eq!(quote_glyph_opens('"'), None);
/// ```
#[inline]
pub fn quote_glyph_opens(c: char) -> Option<bool> {
    match c {
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{2039}' | '\u{2018}'
        | '\u{201A}' | '\u{201B}' => Some(true),
        '\u{201D}' | '\u{00BB}' | '\u{203A}' | '\u{2019}' => Some(false),
        _ => None,
    }
}

/// Whether `c` can be an apostrophe inside a Latin word (`don't`, `don’t`):
/// U+0027 or U+2019.
///
/// ```
/// assert!(arabic_text::chars::is_apostrophe('\u{2019}'));
/// ```
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
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
    match c as u32 {
        0x0660..=0x0669 | 0x06F0..=0x06F9 => true,
        0x0600..=0x06FF => false,
        _ => gc(c) == GeneralCategory::DecimalNumber,
    }
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
    match cp {
        0x30..=0x39 => return Some(cp - 0x30),
        0x0660..=0x0669 => return Some(cp - 0x0660),
        0x06F0..=0x06F9 => return Some(cp - 0x06F0),
        _ => {}
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

/// Whether `c` has the Unicode `White_Space` property: the general category Zs
/// spaces, TAB, and the line breaks LF, VT, FF, CR, NEL U+0085, LS U+2028 and
/// PS U+2029.
///
/// ```
/// use arabic_text::chars::is_white_space;
/// assert!(is_white_space('\u{00A0}') && is_white_space('\t') && is_white_space('\u{2029}'));
/// assert!(!is_white_space('\u{200B}')); // ZWSP is a format control, not a space
/// ```
#[inline]
pub fn is_white_space(c: char) -> bool {
    // PropList.txt White_Space, a stable property, spelled out here; the
    // sweep in tests/chars_ucd.rs checks it against the UCD.
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\u{0B}'
            | '\u{0C}'
            | '\r'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
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

/// Whether `c` is a line break: LF, CR, VT, FF, NEL U+0085, LS U+2028, PS U+2029.
///
/// ```
/// assert!(arabic_text::chars::is_line_break('\u{2028}'));
/// ```
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
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

/// Whether `c` is one of the attaching modifier letters: U+0640 tatweel and
/// U+06E5, U+06E6 (small waw, small yeh), U+08C9. They continue Arabic words
/// and attach to, but end, any other token.
///
/// ```
/// assert!(arabic_text::chars::is_attaching_letter('ـ'));
/// assert!(!arabic_text::chars::is_attaching_letter('\u{064E}'));
/// ```
#[inline]
pub fn is_attaching_letter(c: char) -> bool {
    matches!(c as u32, 0x0640 | 0x06E5 | 0x06E6 | 0x08C9)
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

/// Whether `c` has the `Extended_Pictographic` property (UTS #51).
///
/// ```
/// assert!(arabic_text::chars::is_extended_pictographic('😀'));
/// assert!(!arabic_text::chars::is_extended_pictographic('#'));
/// ```
#[inline]
pub fn is_extended_pictographic(c: char) -> bool {
    (c as u32) >= 0xA9 && CodePointSetData::new::<ExtendedPictographic>().contains(c)
}

/// Whether `c` is a regional indicator U+1F1E6–U+1F1FF (two make a flag: 🇸🇦).
///
/// ```
/// assert!(arabic_text::chars::is_regional_indicator('\u{1F1F8}'));
/// ```
#[inline]
pub fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Whether `c` continues a grapheme cluster after a base (UAX #29
/// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark).
#[inline]
pub(crate) fn extends_grapheme(c: char) -> bool {
    if (c as u32) < 0x300 {
        return false;
    }
    matches!(
        CodePointMapData::<GraphemeClusterBreak>::new().get(c),
        GraphemeClusterBreak::Extend
            | GraphemeClusterBreak::ZWJ
            | GraphemeClusterBreak::SpacingMark
    )
}

/// Whether `c` is in the Arabic block U+0600–U+06FF.
#[inline]
pub(crate) fn in_arabic_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}')
}

/// Whether `c` has Grapheme_Cluster_Break = Prepend (it joins the character
/// after it: U+0600–U+0605 ARABIC NUMBER SIGN …, U+06DD END OF AYAH).
#[inline]
pub(crate) fn is_prepend(c: char) -> bool {
    (c as u32) >= 0x600
        && CodePointMapData::<GraphemeClusterBreak>::new().get(c) == GraphemeClusterBreak::Prepend
}

/// Whether `c` is invisible: a `Default_Ignorable_Code_Point` (UCD
/// DerivedCoreProperties.txt). Among them: U+FEFF BOM, U+200E LRM, U+200F RLM,
/// U+061C ALM, U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 word joiner, the
/// bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
/// U+00AD soft hyphen, the variation selectors, and the Hangul fillers U+115F,
/// U+1160, U+3164 and U+FFA0 (used as blanks in tweets).
///
/// The tokenizer never makes a token of these alone: a run of them that does
/// not follow a token it attaches to is part of a `space` segment.
///
/// ```
/// use arabic_text::chars::is_invisible;
/// assert!(is_invisible('\u{FEFF}') && is_invisible('\u{200F}') && is_invisible('\u{3164}'));
/// assert!(!is_invisible('ـ') && !is_invisible(' ') && !is_invisible('\u{064E}'));
/// ```
#[inline]
pub fn is_invisible(c: char) -> bool {
    // The property's ranges (Unicode 16), checked against the UCD in
    // tests/chars_ucd.rs: a match is cheaper than the set lookup in the
    // tokenizer's hot path.
    matches!(
        c as u32,
        0xAD | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// Whether `c` is a prepended concatenation mark (UCD property
/// `Prepended_Concatenation_Mark`: U+0600–U+0605, U+06DD END OF AYAH, U+070F,
/// U+0890, U+0891, U+08E2, U+110BD, U+110CD). They stand before the digits they
/// enclose (`۝١٢`), so the tokenizer starts a number with them (UAX #29 counts
/// them as Numeric for word boundaries).
///
/// ```
/// use arabic_text::chars::is_prepended_concatenation_mark;
/// assert!(is_prepended_concatenation_mark('\u{06DD}') && is_prepended_concatenation_mark('\u{0600}'));
/// assert!(!is_prepended_concatenation_mark('\u{061C}'));
/// ```
#[inline]
pub fn is_prepended_concatenation_mark(c: char) -> bool {
    // The property's code points (Unicode 16), checked against the UCD in
    // tests/chars_ucd.rs.
    matches!(
        c as u32,
        0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD
    )
}

/// A table of `$class(U+0600 + i)` for i in 0..256, built at compile time.
macro_rules! block_table {
    ($default:expr, $class:ident) => {{
        let mut t = [$default; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = $class(0x0600 + i as u32);
            i += 1;
        }
        t
    }};
}

/// The class of a character of the Arabic block U+0600–U+06FF, for the
/// byte-level fast paths (tokenizer and normalizer). Every entry agrees with
/// the general predicates above (`tests/chars_ucd.rs` checks each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Block {
    /// An Arabic letter (Lo) of [`is_arabic_letter`].
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

const fn block_class(cp: u32) -> Block {
    match cp {
        0x0620..=0x063F
        | 0x0641..=0x064A
        | 0x066E..=0x066F
        | 0x0671..=0x06D3
        | 0x06D5
        | 0x06EE..=0x06EF
        | 0x06FA..=0x06FC
        | 0x06FF => Block::Letter,
        0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0670
        | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8
        | 0x06EA..=0x06ED => Block::Mark,
        0x0640 | 0x06E5 | 0x06E6 => Block::AttachLetter,
        0x0600..=0x0605 | 0x061C | 0x06DD => Block::Format,
        0x0660..=0x0669 | 0x06F0..=0x06F9 => Block::Digit,
        0x0609..=0x060A | 0x060C..=0x060D | 0x061B | 0x061D..=0x061F | 0x066A..=0x066D | 0x06D4 => {
            Block::Punct
        }
        0x0606..=0x0608 | 0x060B | 0x060E..=0x060F | 0x06DE | 0x06E9 | 0x06FD..=0x06FE => {
            Block::Symbol
        }
        _ => Block::Other,
    }
}

/// [`Block`] of U+0600 + i, for i in 0..256.
pub(crate) static BLOCK: [Block; 256] = block_table!(Block::Other, block_class);

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
        ) && !matches!(i, 0x00..=0x05 | 0xDD);
        i += 1;
    }
    t
};

/// The [`Block`] class of the 2-byte UTF-8 sequence `lead`, `second` when
/// `lead` is 0xD8–0xDB (U+0600–U+06FF).
#[inline(always)]
pub(crate) fn block_of(lead: u8, second: u8) -> Block {
    BLOCK[(((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize]
}

/// What the normalizer's fast path may do with a character of the Arabic
/// block (U+0600–U+06FF) without looking at its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// A letter that no switch changes.
    Letter,
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
    /// (they compose and fold by mark runs), U+0670 (superscript alef modes),
    /// U+0674–U+0678 (high hamza, NFKC-decomposable), ٫ ٬ (context),
    /// U+061C ALM (a control), marks of no diacritic class.
    Slow,
    /// A character no switch changes that is not a letter (symbols,
    /// punctuation, format characters, unassigned code points).
    Other,
}

const fn fold_class(cp: u32) -> Fold {
    match cp {
        0x0653..=0x0655 | 0x0674..=0x0678 | 0x066B | 0x066C | 0x061C => Fold::Slow,
        0x0670 => Fold::SuperscriptAlef,
        0x0649 => Fold::AlefMaksura,
        0x0629 => Fold::TehMarbuta,
        0x0622 | 0x0623 | 0x0625 => Fold::AlefHamza,
        0x0671..=0x0673 => Fold::AlefVariant,
        0x06A9 => Fold::Persian('\u{0643}'),
        0x06CC | 0x06D2 | 0x06D3 | 0x06D0 | 0x06CD => Fold::Persian('\u{064A}'),
        0x06C1 | 0x06BE | 0x06C0 | 0x06C2 => Fold::Persian('\u{0647}'),
        0x06C3 => Fold::Persian('\u{0629}'),
        0x06D5 => Fold::Kurdish('\u{0647}'),
        0x06CE => Fold::Kurdish('\u{064A}'),
        0x06C6 => Fold::Kurdish('\u{0648}'),
        0x0695 => Fold::Kurdish('\u{0631}'),
        0x06B5 => Fold::Kurdish('\u{0644}'),
        0x0624 => Fold::HamzaCarrier('\u{0648}'),
        0x0626 => Fold::HamzaCarrier('\u{064A}'),
        0x0640 => Fold::Tatweel,
        0x0621 => Fold::Hamza,
        0x064B..=0x064D => Fold::Diacritic(Diacritics::TANWEEN),
        0x064E..=0x0650 => Fold::Diacritic(Diacritics::HARAKAT),
        0x0651 => Fold::Diacritic(Diacritics::SHADDA),
        0x0652 => Fold::Diacritic(Diacritics::SUKUN),
        0x0656..=0x065F => Fold::Diacritic(Diacritics::OTHER_VOWEL_SIGNS),
        0x06E5..=0x06E6 => Fold::Diacritic(Diacritics::SMALL_LETTERS),
        0x0610..=0x061A | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED => {
            Fold::Diacritic(Diacritics::QURANIC)
        }
        0x0660..=0x0669 => Fold::Digit((cp - 0x0660) as u8),
        0x06F0..=0x06F9 => Fold::Digit((cp - 0x06F0) as u8),
        0x060C => Fold::Punct(','),
        0x061B => Fold::Punct(';'),
        0x061F => Fold::Punct('?'),
        0x06D4 => Fold::Punct('.'),
        0x066A => Fold::Punct('%'),
        _ => match block_class(cp) {
            Block::Letter => Fold::Letter,
            Block::Mark => Fold::Slow,
            _ => Fold::Other,
        },
    }
}

/// [`Fold`] of U+0600 + i, for i in 0..256.
pub(crate) static FOLD: [Fold; 256] = block_table!(Fold::Other, fold_class);

/// Whether a cut between two of these characters is safe for normalizing:
/// ASCII letters and digits, and the basic Arabic letters U+0621–U+063A,
/// U+0641–U+064A (see [`stream::normalize_boundary`](crate::stream::normalize_boundary)).
#[inline]
pub(crate) fn is_inert(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c as u32, 0x0621..=0x063A | 0x0641..=0x064A)
}
