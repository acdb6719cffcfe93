//! Numbers: where a number that has started goes on, over digits of any
//! script, separators between digits and format controls, and the run of
//! prepended concatenation marks (۝) that may start one; the in-line path
//! for a number that starts with a digit of the Arabic block.

use super::at::{block_at, char_at};
use super::{Segments, Token, TokenKind};
use crate::chars::{self, Block};

/// When prepended concatenation marks at byte `i` are followed by a digit,
/// the byte offset of that digit.
pub(super) fn marked_number_digits(text: &str, mut i: usize) -> Option<usize> {
    let start = i;
    while let Some(c) = char_at(text, i) {
        if !chars::is_prepended_concatenation_mark(c) {
            return (i > start && chars::is_digit(c)).then_some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// The end of a number that continues at byte `i`: digits of any script, and
/// `٫ ٬ . ,` when a digit follows.
pub(super) fn number_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            i += 1;
            continue;
        }
        if block_at(bytes, i) == Some(Block::Digit) {
            i += 2;
            continue;
        }
        let Some(d) = char_at(text, i) else { break };
        if chars::is_digit(d) {
            i += d.len_utf8();
            continue;
        }
        // A separator and/or format controls (RLM: `8.\u{200F}54`), then a
        // digit: the number goes on, as UAX #29 ignores format controls.
        let after_separator = if chars::is_number_separator(d) {
            i + d.len_utf8()
        } else {
            i
        };
        let digit_at = skip_number_controls(text, after_separator);
        if digit_at > i && char_at(text, digit_at).is_some_and(chars::is_digit) {
            i = digit_at;
            continue;
        }
        break;
    }
    i
}

/// Past the format controls (Cf) at byte `i` that a number may hold,
/// prepended concatenation marks aside (they start a number of their own).
fn skip_number_controls(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !chars::is_format(c) || chars::is_prepended_concatenation_mark(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Whether a number whose digits so far are ASCII surely ends at byte `i`,
/// the end of that run: the end of the text, ASCII other than a letter, a
/// digit, `.` or `,`, a letter of the Arabic block, or U+FFFD. None of them goes on
/// a number, a Latin word or an attaching run, so the general rules stop
/// there too.
#[inline(always)]
pub(super) fn ends_ascii_number(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => true,
        Some(&b) if b < 0x80 => !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b',')),
        Some(_) => {
            block_at(bytes, i) == Some(Block::Letter)
                || bytes[i..].starts_with("\u{FFFD}".as_bytes())
        }
    }
}

/// Whether a digit of the Arabic block (U+0660–U+0669, U+06F0–U+06F9)
/// starts at byte `i`.
#[inline(always)]
fn block_digit_at(bytes: &[u8], i: usize) -> bool {
    matches!(
        bytes.get(i..i + 2),
        Some([0xD9, 0xA0..=0xA9] | [0xDB, 0xB0..=0xB9])
    )
}

/// The number at byte `start` when a digit of the Arabic block starts it,
/// the run of those and ASCII digits goes on, and the character after the
/// run surely ends a number ([`ends_ascii_number`]): the general path's
/// answer (no keycap can follow the first digit: a digit, ASCII, a letter
/// of the block or the end does). `None` for any other start.
#[inline(always)]
fn block_number_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind)> {
    if !block_digit_at(bytes, start) {
        return None;
    }
    let mut i = start + 2;
    loop {
        if bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else if block_digit_at(bytes, i) {
            i += 2;
        } else {
            break;
        }
    }
    ends_ascii_number(bytes, i).then_some((i, TokenKind::Number))
}

impl<'a> Segments<'a> {
    /// The number that starts with a digit of the Arabic block at the
    /// current position, in line ([`block_number_at`]). `None` for any
    /// other start.
    #[inline(always)]
    pub(super) fn block_number(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (end, kind) = block_number_at(self.text.as_bytes(), start)?;
        self.pos = end;
        Some(Token::new(&self.text[start..end], start, kind))
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;
    use crate::tokenize::Tokenizer;

    /// Where the in-line path answers, the general scan gives the same
    /// number: runs of Arabic-Indic, Persian and ASCII digits before every
    /// ASCII byte, letters, marks, separators and the end.
    #[test]
    fn block_numbers_agree_with_the_general_scan() {
        let runs = ["٣", "۳", "٣٤", "٣4", "۳٤5", "١٢٣٤٥٦٧٨٩٠"];
        let nexts = (0u8..0x80).map(|b| format!("{}x", char::from(b))).chain(
            [
                "",
                "ب",
                "ـ",
                "\u{064E}",
                "\u{20E3}",
                "\u{FE0F}\u{20E3}",
                "٫٥",
                "،",
                "\u{200F}5",
                "\u{0600}",
                "é",
                "１",
                "𝟙",
            ]
            .map(alloc::string::String::from),
        );
        for next in nexts {
            for run in runs {
                let text = format!("{run}{next}");
                let Some(fast) = block_number_at(text.as_bytes(), 0) else {
                    continue;
                };
                let c = text.chars().next().unwrap();
                let general = Segments::scan(&mut Tokenizer::new().segments(&text), 0, c);
                assert_eq!(fast, general, "{text:?}");
            }
        }
    }
}
