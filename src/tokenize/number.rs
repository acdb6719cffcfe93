//! Numbers: where a number that has started goes on, over digits of any
//! script, separators between digits and format controls, and the run of
//! prepended concatenation marks (۝) that may start one.

use super::at::{block_at, char_at};
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
/// digit, `.` or `,`, or a letter of the Arabic block. None of them goes on
/// a number, a Latin word or an attaching run, so the general rules stop
/// there too.
#[inline(always)]
pub(super) fn ends_ascii_number(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => true,
        Some(&b) if b < 0x80 => !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b',')),
        Some(_) => block_at(bytes, i) == Some(Block::Letter),
    }
}
