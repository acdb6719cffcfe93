//! Small reads of the text at a byte offset, shared by the scanners (a leaf:
//! the scanner, the emoji and the web scanners all use it).

use crate::chars::{self, Block};

/// The character at byte `i` (a character boundary).
#[inline]
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The character before byte `i` (a character boundary).
#[inline]
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The Arabic-block class of the character at byte `i`, when it is a 2-byte
/// character of U+0600–U+06FF.
#[inline(always)]
pub(super) fn block_at(bytes: &[u8], i: usize) -> Option<Block> {
    match bytes.get(i..i + 2) {
        Some(&[lead @ 0xD8..=0xDB, second]) => Some(chars::block_of(lead, second)),
        _ => None,
    }
}

/// Whether `text` starts with `prefix`, ASCII case ignored.
pub(super) fn starts_with_ignore_case(text: &[u8], prefix: &[u8]) -> bool {
    text.len() >= prefix.len() && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}
