//! The code-point lists, each written once as a `const fn`: the letters and
//! marks the folds name, the folds themselves, the diacritic classes, the
//! quotes, the controls and the white space. The compile-time tables of
//! `block.rs` are derived from these functions, and the public predicates of
//! `chars.rs` call them; `tests/chars_ucd` checks each against the UCD.

use super::class::{Diacritics, QuoteStyle};

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
/// U+0621 ARABIC LETTER HAMZA (ء), a letter on its own line.
pub(crate) const HAMZA: char = '\u{0621}';
/// U+061C ARABIC LETTER MARK (ALM), a bidi control (Cf).
pub(crate) const ALM: char = '\u{061C}';

/// U+0653 MADDAH ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW: the marks
/// that compose with alef, waw, yeh (and ە, ہ, ے) into precomposed letters.
#[inline]
pub(crate) const fn is_hamza_mark(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// آ U+0622, أ U+0623, إ U+0625: the precomposed alef letters Lucene folds.
#[inline]
pub(crate) const fn is_alef_hamza(c: char) -> bool {
    matches!(c, '\u{0622}' | '\u{0623}' | '\u{0625}')
}

/// Every alef variant `fold_alef` maps to ا: آ أ إ ٱ ٲ ٳ ٵ.
#[inline]
pub(crate) const fn is_alef_variant(c: char) -> bool {
    is_alef_hamza(c) || matches!(c, '\u{0671}'..='\u{0673}' | '\u{0675}')
}

/// `fold_persian`: ک U+06A9 → ك, ی U+06CC ے U+06D2 ۓ U+06D3 ې U+06D0
/// ۍ U+06CD → ي, ہ U+06C1 ھ U+06BE ۀ U+06C0 ۂ U+06C2 → ه, ۃ U+06C3 → ة, and
/// the high-hamza letters ٵ U+0675 → أ, ٶ U+0676 → ؤ, ٸ U+0678 → ئ (ٷ U+0677,
/// which has no precomposed hamza letter, is handled by the fold step).
#[inline]
pub(crate) const fn persian_fold(c: char) -> Option<char> {
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
pub(crate) const fn kurdish_fold(c: char) -> Option<char> {
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
pub(crate) const fn persian_hamza_base(c: char) -> bool {
    matches!(c, '\u{06D5}' | '\u{06C1}' | '\u{06D2}')
}

/// `fold_hamza_carriers`: ؤ U+0624 → و, ئ U+0626 → ي.
#[inline]
pub(crate) const fn hamza_carrier_fold(c: char) -> Option<char> {
    match c {
        '\u{0624}' => Some(WAW),
        '\u{0626}' => Some(YEH),
        _ => None,
    }
}

/// `Punctuation::Ascii`, context-free part: ، → `,` ؛ → `;` ؟ → `?` ۔ → `.`
/// ٪ → `%`.
#[inline]
pub(crate) const fn arabic_punct_ascii(c: char) -> Option<char> {
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
pub(crate) const fn decimal_separator_ascii(c: char) -> Option<char> {
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
pub(crate) const fn is_hamza_seat(c: char) -> bool {
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
pub(crate) const fn is_proclitic_letter(c: char) -> bool {
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
pub(crate) const fn is_number_separator(c: char) -> bool {
    matches!(
        c,
        '\u{066B}' | '\u{066C}' | '\u{060C}' | '\u{06D4}' | '.' | ','
    )
}

/// `Quotes::Guillemets`: « » for double quotes, ‹ › for single ones.
#[inline]
pub(crate) const fn guillemet(open: bool, double: bool) -> char {
    match (open, double) {
        (true, true) => '\u{00AB}',
        (false, true) => '\u{00BB}',
        (true, false) => '\u{2039}',
        (false, false) => '\u{203A}',
    }
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
pub const fn spacing_mark_form(c: char) -> Option<&'static str> {
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
pub const fn diacritic_class(c: char) -> Option<Diacritics> {
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
pub const fn is_invisible_control(c: char) -> bool {
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
pub const fn quote_style(c: char) -> Option<QuoteStyle> {
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
pub const fn quote_glyph_opens(c: char) -> Option<bool> {
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
pub const fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
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
pub const fn is_white_space(c: char) -> bool {
    // PropList.txt White_Space, a stable property, spelled out here; the
    // sweep in tests/chars_ucd checks it against the UCD.
    if c.is_ascii() {
        return is_ascii_white_space(c as u8);
    }
    matches!(
        c,
        '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether the byte `b` is an ASCII [`White_Space`](is_white_space)
/// character: space, TAB, LF, VT U+000B, FF U+000C, CR. (Unlike
/// [`u8::is_ascii_whitespace`], VT is one.) The byte-level scanners of the
/// tokenizer and the normalizer test this set.
#[inline(always)]
pub(crate) const fn is_ascii_white_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether `c` is a line break: LF, CR, VT, FF, NEL U+0085, LS U+2028, PS U+2029.
///
/// ```
/// assert!(arabic_text::chars::is_line_break('\u{2028}'));
/// ```
#[inline]
pub const fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
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
pub const fn is_attaching_letter(c: char) -> bool {
    matches!(c as u32, 0x0640 | 0x06E5 | 0x06E6 | 0x08C9)
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
pub const fn is_invisible(c: char) -> bool {
    // The property's ranges (Unicode 16), checked against the UCD in
    // tests/chars_ucd: a match is cheaper than the set lookup in the
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
pub const fn is_prepended_concatenation_mark(c: char) -> bool {
    // The property's code points (Unicode 16), checked against the UCD in
    // tests/chars_ucd.
    matches!(
        c as u32,
        0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD
    )
}

/// U+0674 ARABIC LETTER HIGH HAMZA and the letters that carry it, ٵ U+0675,
/// ٶ U+0676, ٷ U+0677, ٸ U+0678 (NFKC splits each into a letter and U+0674).
#[inline]
pub(crate) const fn is_high_hamza(c: char) -> bool {
    matches!(c, '\u{0674}'..='\u{0678}')
}

/// The value of an Arabic-Indic digit U+0660–U+0669 or an Extended
/// Arabic-Indic digit U+06F0–U+06F9 (the decimal digits, Nd, of the Arabic
/// block).
#[inline]
pub(crate) const fn arabic_digit_value(c: char) -> Option<u8> {
    match c {
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// The Arabic letters (Lo) of the Arabic block: U+0620–U+063F,
/// U+0641–U+064A, U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF,
/// U+06FA–U+06FC, U+06FF (the block's part of
/// [`is_arabic_letter`](super::is_arabic_letter)).
pub(crate) const fn is_arabic_block_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0620}'..='\u{063F}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06EE}'..='\u{06EF}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
    )
}

/// The punctuation (P*) of the Arabic block: ؉ ؊ ، ؍ ؛ ؝ ؞ ؟ ٪ ٫ ٬ ٭ ۔.
pub(crate) const fn is_arabic_block_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{0609}'..='\u{060A}'
            | '\u{060C}'..='\u{060D}'
            | '\u{061B}'
            | '\u{061D}'..='\u{061F}'
            | '\u{066A}'..='\u{066D}'
            | '\u{06D4}'
    )
}

/// The symbols (S*) of the Arabic block: ؆ ؇ ؈ ؋ ؎ ؏ ۞ ۩ ۽ ۾.
pub(crate) const fn is_arabic_block_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{0606}'..='\u{0608}'
            | '\u{060B}'
            | '\u{060E}'..='\u{060F}'
            | '\u{06DE}'
            | '\u{06E9}'
            | '\u{06FD}'..='\u{06FE}'
    )
}

/// The letters (Lo) of the Arabic presentation forms, one bit a code point:
/// U+FB50–U+FDFF in words 0–10, U+FE70–U+FEFF in words 11–13 (Unicode 16;
/// `is_arabic_letter` is checked against the general category in
/// tests/chars_ucd).
const PRESENTATION_LETTERS: [u64; 14] = [
    0xFFFF_FFFF_FFFF_FFFF,
    0x0000_0003_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFF8,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0x0000_3FFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0x00FF_FFFF_FFFF_FFFC,
    0x0000_0FFF_0000_0000,
    0xFFFF_FFFF_FFFF_FFDF,
    0xFFFF_FFFF_FFFF_FFFF,
    0x0000_0000_0000_1FFF,
];

/// The Arabic letters (Lo) of the presentation forms U+FB50–U+FDFF and
/// U+FE70–U+FEFE (ﷺ, ﻻ …; the presentation forms' part of
/// [`is_arabic_letter`](super::is_arabic_letter)), without a general-category
/// lookup.
#[inline]
pub(crate) const fn is_presentation_letter(c: char) -> bool {
    let cp = c as u32;
    let bit = match cp {
        0xFB50..=0xFDFF => cp - 0xFB50,
        0xFE70..=0xFEFE => cp - 0xFE70 + 11 * 64,
        _ => return false,
    };
    (PRESENTATION_LETTERS[(bit / 64) as usize] >> (bit % 64)) & 1 != 0
}
