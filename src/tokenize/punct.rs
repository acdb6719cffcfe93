//! Punctuation tokens: a punctuation character, or a run of the same one,
//! and the byte-level fast path that answers the common ones (ASCII, the
//! Arabic block, the general punctuation U+2010–U+2027) without decoding or
//! property lookups.

use super::arabic::extends_nothing;
use super::at::char_at;
use super::{Punct, Segments, Token, TokenKind};
use crate::chars::{self, Block};

/// The punctuation token of kind `kind` that the character `c` starts at
/// `start`: `c`, or a run of it (brackets never run).
pub(super) fn punct_token(text: &str, start: usize, c: char, kind: Punct) -> (usize, TokenKind) {
    let after = start + c.len_utf8();
    if matches!(kind, Punct::OpenBracket | Punct::CloseBracket) {
        return (after, TokenKind::Punctuation(kind));
    }
    let mut i = after;
    while char_at(text, i) == Some(c) {
        i += c.len_utf8();
    }
    let kind = if c == '.' && i - start >= 2 {
        Punct::Ellipsis
    } else {
        kind
    };
    (i, TokenKind::Punctuation(kind))
}

/// The kind [`chars::punct_kind`] gives the ASCII punctuation byte `b`;
/// `None` for the quotes (`"`, `'`), `#` and `@` (which may start a hashtag
/// or a mention), symbols and every other byte.
#[inline(always)]
const fn ascii_punct_kind(b: u8) -> Option<Punct> {
    Some(match b {
        b',' => Punct::Comma,
        b';' => Punct::Semicolon,
        b':' => Punct::Colon,
        b'.' => Punct::FullStop,
        b'?' => Punct::Question,
        b'!' => Punct::Exclamation,
        b'-' => Punct::Dash,
        b'(' | b'[' | b'{' => Punct::OpenBracket,
        b')' | b']' | b'}' => Punct::CloseBracket,
        b'%' | b'&' | b'*' | b'/' | b'\\' | b'_' => Punct::Other,
        _ => return None,
    })
}

/// The kind [`chars::punct_kind`] gives the punctuation character of the
/// Arabic block (its class is [`Block::Punct`]) whose UTF-8 bytes are
/// `lead`, `second`.
#[inline(always)]
fn block_punct_kind(lead: u8, second: u8) -> Punct {
    match (lead, second) {
        (0xD8, 0x8C) | (0xD9, 0xAC) => Punct::Comma, // ، ٬
        (0xD8, 0x9B) => Punct::Semicolon,            // ؛
        (0xD8, 0x9E) => Punct::Ellipsis,             // ؞
        (0xD8, 0x9F) => Punct::Question,             // ؟
        (0xDB, 0x94) => Punct::FullStop,             // ۔
        _ => Punct::Other,
    }
}

/// The kind [`chars::punct_kind`] gives the general punctuation U+2010–
/// U+2027 whose last UTF-8 byte is `third` (after E2 80): the dashes, ‖ ‗,
/// † ‡ • ‣ ․ ‥ … ‧. `None` for the quotes U+2018–U+201F and every other
/// byte.
#[inline(always)]
const fn general_punct_kind(third: u8) -> Option<Punct> {
    Some(match third {
        0x90..=0x95 => Punct::Dash,
        0xA6 => Punct::Ellipsis,
        0x96 | 0x97 | 0xA0..=0xA5 | 0xA7 => Punct::Other,
        _ => return None,
    })
}

/// The punctuation token of kind `kind` whose first character is the
/// bytes `start..after`, when the character after it extends no cluster and
/// attaches nothing ([`extends_nothing`]): the cluster is then the
/// character alone, so the token is the general path's ([`punct_token`]).
#[inline(always)]
fn punct_run(bytes: &[u8], start: usize, after: usize, kind: Punct) -> Option<(usize, TokenKind)> {
    if !extends_nothing(bytes, after) {
        return None;
    }
    if matches!(kind, Punct::OpenBracket | Punct::CloseBracket) {
        return Some((after, TokenKind::Punctuation(kind)));
    }
    let c = &bytes[start..after];
    let mut i = after;
    while bytes.get(i..i + c.len()) == Some(c) {
        i += c.len();
    }
    let kind = if c == b"." && i - start >= 2 {
        Punct::Ellipsis
    } else {
        kind
    };
    Some((i, TokenKind::Punctuation(kind)))
}

/// Whether the ASCII byte `b` is a symbol (S*): `$ + < = > ^ | ~` and the
/// backtick.
#[inline(always)]
const fn is_ascii_symbol(b: u8) -> bool {
    matches!(
        b,
        b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
    )
}

/// [`punct_run`] for an ASCII punctuation character ([`ascii_punct_kind`])
/// at byte `start`; an ASCII symbol there that nothing extends or attaches
/// to is a symbol token alone. `None` for any other start.
#[inline(always)]
fn ascii_punct_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind)> {
    let b = *bytes.get(start)?;
    match ascii_punct_kind(b) {
        Some(kind) => punct_run(bytes, start, start + 1, kind),
        None if is_ascii_symbol(b) && extends_nothing(bytes, start + 1) => {
            Some((start + 1, TokenKind::Symbol))
        }
        None => None,
    }
}

/// [`punct_run`] for a punctuation character of the Arabic block at byte
/// `start`. `None` for any other start.
#[inline(always)]
fn block_punct_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind)> {
    let &[lead @ 0xD8..=0xDB, second] = bytes.get(start..start + 2)? else {
        return None;
    };
    if chars::block_of(lead, second) != Block::Punct {
        return None;
    }
    punct_run(bytes, start, start + 2, block_punct_kind(lead, second))
}

/// [`punct_run`] for a general punctuation character U+2010–U+2027 but the
/// quotes ([`general_punct_kind`]) at byte `start`. `None` for any other
/// start.
#[inline(always)]
fn general_punct_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind)> {
    let &[0xE2, 0x80, third] = bytes.get(start..start + 3)? else {
        return None;
    };
    punct_run(bytes, start, start + 3, general_punct_kind(third)?)
}

/// A byte-level punctuation scanner: the token's end and kind at a start.
type PunctAt = fn(&[u8], usize) -> Option<(usize, TokenKind)>;

impl<'a> Segments<'a> {
    /// The punctuation token that `at` finds at the current position, in
    /// line: the same answer as [`scan`](Self::scan)'s.
    #[inline(always)]
    fn punct_with(&mut self, at: PunctAt) -> Option<Token<'a>> {
        let start = self.pos;
        let (end, kind) = at(self.text.as_bytes(), start)?;
        self.pos = end;
        Some(Token::new(&self.text[start..end], start, kind))
    }

    /// The ASCII punctuation or symbol token at the current position, in
    /// line ([`ascii_punct_at`]). `None` for any other start.
    #[inline(always)]
    pub(super) fn ascii_punct(&mut self) -> Option<Token<'a>> {
        self.punct_with(ascii_punct_at)
    }

    /// The punctuation token of the Arabic block at the current position,
    /// in line ([`block_punct_at`]). `None` for any other start.
    #[inline(always)]
    pub(super) fn block_punct(&mut self) -> Option<Token<'a>> {
        self.punct_with(block_punct_at)
    }

    /// The general punctuation token at the current position, in line
    /// ([`general_punct_at`]). `None` for any other start.
    #[inline(always)]
    pub(super) fn general_punct(&mut self) -> Option<Token<'a>> {
        self.punct_with(general_punct_at)
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;
    use crate::tokenize::Tokenizer;

    /// The byte tables give the kinds of `chars::punct_kind`.
    #[test]
    fn kinds_agree_with_punct_kind() {
        for b in 0..0x80u8 {
            let c = char::from(b);
            assert_eq!(is_ascii_symbol(b), chars::is_symbol(c), "{b:?}");
            if let Some(kind) = ascii_punct_kind(b) {
                assert_eq!(Some(kind), chars::punct_kind(char::from(b)), "{b:?}");
                assert!(!matches!(b, b'"' | b'\'' | b'#' | b'@'));
            }
        }
        for c in '\u{2000}'..='\u{203F}' {
            let mut buf = [0; 3];
            let s = c.encode_utf8(&mut buf).as_bytes();
            if let Some(kind) = general_punct_kind(s[2]).filter(|_| s[1] == 0x80) {
                assert_eq!(Some(kind), chars::punct_kind(c), "{c:?}");
            }
        }
        for c in '\u{0600}'..='\u{06FF}' {
            let mut buf = [0; 2];
            let s = c.encode_utf8(&mut buf).as_bytes();
            if chars::block_of(s[0], s[1]) == Block::Punct {
                assert_eq!(
                    Some(block_punct_kind(s[0], s[1])),
                    chars::punct_kind(c),
                    "{c:?}"
                );
            }
        }
    }

    /// Where the fast path answers, the general scan gives the same token:
    /// every punctuation start before every kind of neighbour, runs, and the
    /// end of the text.
    #[test]
    fn fast_answers_agree_with_the_general_scan() {
        let firsts = ('\u{21}'..='\u{7E}')
            .chain('\u{0600}'..='\u{06FF}')
            .chain('\u{2000}'..='\u{203F}');
        let nexts = [
            "",
            ".",
            "..",
            "،",
            "،،",
            " ",
            "a",
            "ب",
            "\u{064E}",
            "\u{0640}",
            "\u{20E3}",
            "\u{FE0F}",
            "\u{200D}",
            "\u{00AD}",
            "\u{0600}1",
            "1",
            "\"",
            "«",
            "😀",
        ];
        for first in firsts {
            for next in nexts {
                for run in [1, 2, 3] {
                    let text = format!("{}{next}", format!("{first}").repeat(run));
                    let at = match first {
                        '\0'..='\u{7F}' => ascii_punct_at,
                        '\u{0600}'..='\u{06FF}' => block_punct_at,
                        _ => general_punct_at,
                    };
                    let Some(fast) = at(text.as_bytes(), 0) else {
                        continue;
                    };
                    let general = Segments::scan(&mut Tokenizer::new().segments(&text), 0, first);
                    assert_eq!(fast, general, "{text:?}");
                }
            }
        }
    }
}
