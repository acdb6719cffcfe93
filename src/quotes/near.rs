//! The neighbours of a quote, which decide its role: where the nearest
//! characters on each side are (marks and format controls skipped), and
//! the classes of those characters the rules ask about, from byte tables
//! for ASCII and the Arabic block and from the general category elsewhere.

use crate::chars::{self, Block, BLOCK};

/// A class bit of a neighbour: `White_Space`.
pub(super) const WHITE: u8 = 1;
/// Punctuation (P*), the quotes included.
pub(super) const PUNCT: u8 = 1 << 1;
/// A quote character.
pub(super) const QUOTE: u8 = 1 << 2;
/// An opening bracket that is not a quote (Ps).
pub(super) const OPEN: u8 = 1 << 3;
/// A letter ([`letter`]).
pub(super) const LETTER: u8 = 1 << 4;
/// A letter or a digit ([`letter_or_digit`]).
pub(super) const LETTER_OR_DIGIT: u8 = 1 << 5;
/// A proclitic letter: و ف ب ك ل.
pub(super) const PROCLITIC: u8 = 1 << 6;
/// U+0640 tatweel.
pub(super) const TATWEEL: u8 = 1 << 7;

/// The classes of the ASCII characters: the rules of [`general_class`] for
/// ASCII (`tests` compares them).
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        let mut k = 0;
        if chars::is_ascii_white_space(b) {
            k |= WHITE;
        }
        // The ASCII punctuation but the symbols `$ + < = > ^ | ~` and the
        // backtick.
        if b.is_ascii_punctuation()
            && !matches!(
                b,
                b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
            )
        {
            k |= PUNCT;
        }
        if matches!(b, b'"' | b'\'') {
            k |= QUOTE;
        }
        if matches!(b, b'(' | b'[' | b'{') {
            k |= OPEN;
        }
        if b.is_ascii_alphabetic() {
            k |= LETTER;
        }
        if b.is_ascii_alphanumeric() {
            k |= LETTER_OR_DIGIT;
        }
        t[i] = k;
        i += 1;
    }
    t
};

/// The classes of the characters of the Arabic block, from its table: no
/// white space, quote or opening bracket there.
static BLOCK_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let mut k = 0;
        match BLOCK[i] {
            Block::Punct => k |= PUNCT,
            Block::Letter => k |= LETTER | LETTER_OR_DIGIT,
            Block::Digit => k |= LETTER_OR_DIGIT,
            _ => {}
        }
        let c = chars::block_char(i);
        if chars::is_proclitic_letter(c) {
            k |= PROCLITIC;
        }
        if c as u32 == chars::TATWEEL as u32 {
            k |= TATWEEL;
        }
        t[i] = k;
        i += 1;
    }
    t
};

/// The class bits of the neighbour `c`.
#[inline]
pub(super) fn class_of(c: char) -> u8 {
    if c.is_ascii() {
        return ASCII_CLASS[c as usize];
    }
    match chars::block_index(c) {
        Some(i) => BLOCK_CLASS[i],
        None => general_class(c),
    }
}

/// [`class_of`] from the general predicates. A quote is punctuation and
/// nothing else the rules ask about.
#[inline(never)]
fn general_class(c: char) -> u8 {
    if chars::quote_style(c).is_some() {
        return PUNCT | QUOTE;
    }
    let mut k = 0;
    for (bit, yes) in [
        (WHITE, chars::is_white_space(c)),
        (PUNCT, punctuation(c)),
        (OPEN, open_bracket(c)),
        (LETTER, letter(c)),
        (LETTER_OR_DIGIT, letter_or_digit(c)),
        (PROCLITIC, chars::is_proclitic_letter(c)),
        (TATWEEL, c == chars::TATWEEL),
    ] {
        if yes {
            k |= bit;
        }
    }
    k
}

/// Whether a neighbour is skipped: a mark (Mn, Me) or a format control
/// (Cf). Answered from the byte tables for ASCII, Latin-1, the Arabic
/// block and the quotes; from the general category otherwise.
fn skippable(c: char) -> bool {
    if let Some(class) = chars::block_of_char(c) {
        return matches!(class, Block::Mark | Block::Format);
    }
    match c as u32 {
        0..=0xAC | 0xAE..=0x2FF => false,
        _ if chars::quote_style(c).is_some() => false,
        _ => chars::is_mn_me(c) || chars::is_format(c),
    }
}

/// Whether `c` is a letter ([`letter`]) or a digit; the Arabic block's
/// from its table.
fn letter_or_digit(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => matches!(class, Block::Letter | Block::Digit),
        None => letter(c) || chars::is_digit(c),
    }
}

/// Whether `c` is a letter. A quote, the neighbour of a quote in a list of
/// them, is none (each is P*), and the Arabic block's letters are its
/// table's: answered without the general category.
fn letter(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => class == Block::Letter,
        None => chars::quote_style(c).is_none() && chars::is_letter(c),
    }
}

/// Whether `c` is punctuation (P*): quotes are, the Arabic block from its
/// table, anything else from the general category.
fn punctuation(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => class == Block::Punct,
        None => chars::quote_style(c).is_some() || chars::is_punctuation(c),
    }
}

/// Whether `c` is an opening bracket that is not a quote (Ps).
fn open_bracket(c: char) -> bool {
    // The ASCII Ps are `( [ {`; the Arabic block has none.
    if c.is_ascii() {
        return matches!(c, '(' | '[' | '{');
    }
    !chars::in_arabic_block(c) && chars::is_open_bracket(c)
}

/// The character of the Arabic block whose UTF-8 bytes are `lead`,
/// `second` (`lead` 0xD8–0xDB), when it is no mark or format control, so
/// that the resolver does not skip it.
#[inline]
fn unskipped_block_char(lead: u8, second: u8) -> Option<char> {
    match chars::block_of(lead, second) {
        Block::Mark | Block::Format => None,
        _ => Some(chars::block_char(chars::block_index_utf8(lead, second))),
    }
}

/// The character U+0080–U+02FF whose UTF-8 bytes are `lead` (0xC2–0xCB),
/// `second`, when it is not U+00AD SOFT HYPHEN (Cf), the only one of them
/// the resolver skips.
#[inline]
fn unskipped_latin(lead: u8, second: u8) -> Option<char> {
    let c = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F))?;
    (c != '\u{AD}').then_some(c)
}

/// The general punctuation or space U+2000–U+203F whose last UTF-8 byte is
/// `third` (after E2 80), when it is not a format control the resolver
/// skips (U+200B–U+200F, U+202A–U+202E): the curly quotes, dashes, spaces
/// and ‹ › among them.
#[inline]
fn unskipped_general(third: u8) -> Option<char> {
    if matches!(third, 0x8B..=0x8F | 0xAA..=0xAE) {
        return None;
    }
    char::from_u32(0x2000 | u32::from(third & 0x3F))
}

/// The nearest character before byte `pos` that is not skipped, with its
/// offset. ASCII (never skipped), the Arabic block, U+0080–U+02FF and
/// U+2000–U+203F are read as bytes.
#[inline(always)]
fn prev_unskipped(text: &str, pos: usize) -> Option<(usize, char)> {
    let near = match text.as_bytes()[..pos] {
        [.., b] if b < 0x80 => return Some((pos - 1, char::from(b))),
        [.., lead @ 0xD8..=0xDB, second] => unskipped_block_char(lead, second).map(|c| (2, c)),
        [.., lead @ 0xC2..=0xCB, second] => unskipped_latin(lead, second).map(|c| (2, c)),
        [.., 0xE2, 0x80, third] => unskipped_general(third).map(|c| (3, c)),
        _ => None,
    };
    match near {
        Some((len, c)) => Some((pos - len, c)),
        None => prev_unskipped_slow(text, pos),
    }
}

/// [`prev_unskipped`] character by character.
fn prev_unskipped_slow(text: &str, pos: usize) -> Option<(usize, char)> {
    text[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| !skippable(c))
}

/// The nearest character at or after byte `pos` that is not skipped. ASCII,
/// the Arabic block, U+0080–U+02FF and U+2000–U+203F are read as bytes.
#[inline]
fn next_unskipped(text: &str, pos: usize) -> Option<char> {
    let near = match *text.as_bytes().get(pos..).unwrap_or_default() {
        [b, ..] if b < 0x80 => return Some(char::from(b)),
        [lead @ 0xD8..=0xDB, second, ..] => unskipped_block_char(lead, second),
        [lead @ 0xC2..=0xCB, second, ..] => unskipped_latin(lead, second),
        [0xE2, 0x80, third, ..] => unskipped_general(third),
        _ => None,
    };
    near.or_else(|| next_unskipped_slow(text, pos))
}

/// [`next_unskipped`] character by character.
fn next_unskipped_slow(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().find(|&c| !skippable(c))
}

/// The entry of [`BLOCK_NEAR`] for a character the resolver skips: no
/// class of the block, which holds no white space.
const SKIPPED: u8 = u8::MAX;

/// [`BLOCK_CLASS`], with [`SKIPPED`] for the marks and format controls:
/// one load tells whether the resolver reads a character of the block and,
/// if so, its classes.
static BLOCK_NEAR: [u8; 256] = {
    let mut t = BLOCK_CLASS;
    let mut i = 0;
    while i < 256 {
        if matches!(BLOCK[i], Block::Mark | Block::Format) {
            t[i] = SKIPPED;
        }
        i += 1;
    }
    t
};

/// The classes of the character of the Arabic block whose UTF-8 bytes are
/// `lead`, `second`, when the resolver reads it (no mark or format
/// control).
#[inline(always)]
fn unskipped_block_class(lead: u8, second: u8) -> Option<u8> {
    match BLOCK_NEAR[chars::block_index_utf8(lead, second)] {
        SKIPPED => None,
        k => Some(k),
    }
}

/// The offset and classes ([`class_of`]) of the nearest character before
/// byte `pos` that is not skipped ([`prev_unskipped`]); ASCII and the
/// Arabic block straight from their tables.
#[inline(always)]
pub(super) fn prev_class(text: &str, pos: usize) -> Option<(usize, u8)> {
    match text.as_bytes()[..pos] {
        [.., b] if b < 0x80 => Some((pos - 1, ASCII_CLASS[usize::from(b)])),
        [.., lead @ 0xD8..=0xDB, second] => match unskipped_block_class(lead, second) {
            Some(k) => Some((pos - 2, k)),
            None => prev_unskipped(text, pos).map(|(i, c)| (i, class_of(c))),
        },
        // « », and ‘ ’ ‚ ‛ “ ” „ ‟ ‹ ›: quotes, punctuation and nothing else.
        [.., 0xC2, 0xAB | 0xBB] => Some((pos - 2, PUNCT | QUOTE)),
        [.., 0xE2, 0x80, 0x98..=0x9F | 0xB9 | 0xBA] => Some((pos - 3, PUNCT | QUOTE)),
        _ => prev_unskipped(text, pos).map(|(i, c)| (i, class_of(c))),
    }
}

/// The classes ([`class_of`]) of the nearest character at or after byte
/// `pos` that is not skipped ([`next_unskipped`]); ASCII and the Arabic
/// block straight from their tables.
#[inline(always)]
pub(super) fn next_class(text: &str, pos: usize) -> Option<u8> {
    match *text.as_bytes().get(pos..).unwrap_or_default() {
        [b, ..] if b < 0x80 => Some(ASCII_CLASS[usize::from(b)]),
        [lead @ 0xD8..=0xDB, second, ..] => {
            unskipped_block_class(lead, second).or_else(|| next_unskipped(text, pos).map(class_of))
        }
        [0xC2, 0xAB | 0xBB, ..] | [0xE2, 0x80, 0x98..=0x9F | 0xB9 | 0xBA, ..] => {
            Some(PUNCT | QUOTE)
        }
        _ => next_unskipped(text, pos).map(class_of),
    }
}

/// The nearest character before byte `pos` that is neither skipped nor
/// tatweel, with its offset: the word a proclitic letter may make.
pub(super) fn prev_visible(text: &str, mut pos: usize) -> Option<(usize, char)> {
    loop {
        let (i, c) = prev_unskipped(text, pos)?;
        if c != chars::TATWEEL {
            return Some((i, c));
        }
        pos = i;
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;

    /// The table answers of `letter` and `open_bracket` agree with the
    /// general category's, on ASCII, Latin-1 and the Arabic block.
    #[test]
    fn shortcuts_agree_with_the_general_category() {
        for c in ('\0'..='\u{FF}').chain('\u{0600}'..='\u{06FF}') {
            let general = chars::quote_style(c).is_none() && chars::is_letter(c);
            assert_eq!(letter(c), general, "{c:?}");
            assert_eq!(open_bracket(c), chars::is_open_bracket(c), "{c:?}");
        }
    }

    /// The class tables agree with the general predicates, on ASCII,
    /// Latin-1, the Arabic block and the general punctuation.
    #[test]
    fn classes_agree_with_the_predicates() {
        for c in ('\0'..='\u{FF}')
            .chain('\u{0600}'..='\u{06FF}')
            .chain('\u{2000}'..='\u{206F}')
        {
            let quote = chars::quote_style(c).is_some();
            let want = [
                (WHITE, chars::is_white_space(c)),
                (PUNCT, punctuation(c)),
                (QUOTE, quote),
                (OPEN, open_bracket(c)),
                (LETTER, letter(c)),
                (LETTER_OR_DIGIT, letter_or_digit(c)),
                (PROCLITIC, chars::is_proclitic_letter(c)),
                (TATWEEL, c == chars::TATWEEL),
            ]
            .iter()
            .fold(0, |k, &(bit, yes)| if yes { k | bit } else { k });
            assert_eq!(class_of(c), want, "{c:?}");
        }
    }

    /// The neighbours read as bytes are the ones read character by
    /// character, around marks, format controls, tatweel and the edges.
    #[test]
    fn neighbours_agree_with_the_character_scan() {
        let pieces = [
            "", "a", " ", "ب", "و", "\u{064E}", "\u{0600}", "\u{061C}", "ـ", "«", "é", "\u{200F}",
            "١", "،", "\u{AD}", "\u{300}", "“", "\u{202B}", "\u{2060}", "😀",
        ];
        // Every character U+0080–U+02FF and U+2000–U+203F alone on each side.
        for c in ('\u{80}'..='\u{2FF}').chain('\u{2000}'..='\u{203F}') {
            let text = format!("{c}\"{c}");
            let pos = c.len_utf8();
            assert_eq!(
                prev_unskipped(&text, pos),
                prev_unskipped_slow(&text, pos),
                "{c:?}"
            );
            let next = next_unskipped(&text, pos + 1);
            assert_eq!(next, next_unskipped_slow(&text, pos + 1), "{c:?}");
            let prev = prev_unskipped(&text, pos).map(|(i, c)| (i, class_of(c)));
            assert_eq!(prev_class(&text, pos), prev, "{c:?}");
            assert_eq!(next_class(&text, pos + 1), next.map(class_of), "{c:?}");
        }
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}\"{c}{b}{a}");
                    let pos = text.find('"').unwrap();
                    assert_eq!(
                        prev_unskipped(&text, pos),
                        prev_unskipped_slow(&text, pos),
                        "{text:?}"
                    );
                    assert_eq!(
                        next_unskipped(&text, pos + 1),
                        next_unskipped_slow(&text, pos + 1),
                        "{text:?}"
                    );
                    let prev = prev_unskipped(&text, pos).map(|(i, c)| (i, class_of(c)));
                    assert_eq!(prev_class(&text, pos), prev, "{text:?}");
                    let next = next_unskipped(&text, pos + 1).map(class_of);
                    assert_eq!(next_class(&text, pos + 1), next, "{text:?}");
                    let visible = text[..pos]
                        .char_indices()
                        .rev()
                        .find(|&(_, c)| !skippable(c) && c != chars::TATWEEL);
                    assert_eq!(prev_visible(&text, pos), visible, "{text:?}");
                }
            }
        }
    }
}
