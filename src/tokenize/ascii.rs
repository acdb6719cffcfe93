//! Runs of ASCII letters and digits, in line: a Latin word when a letter is
//! in the run, a number otherwise, answered without the general word and
//! number rules when the character after the run surely ends it and starts
//! no web token.

use super::at::block_at;
use super::{Script, Segments, Token, TokenKind};
use crate::chars::Block;

/// The token at byte `start` when a run of ASCII letters and digits starts
/// there and the character after it (ASCII, a letter of the Arabic block,
/// or the end of the text) ends both a Latin word and a number and goes on
/// into no URL or e-mail address: the general path's answer. `None` for
/// any other start.
///
/// After the run, the general rules stop at ASCII but `'` (an apostrophe
/// may go on a Latin word), and at an Arabic letter (`10م`); a number goes
/// on at `.` and `,`; a web token
/// may go on at `. @ _ % + -`, and at `:` after a word of four or five
/// letters and digits (`http:`). Every character of the run is its own
/// grapheme cluster, as is the first: ASCII extends no cluster.
#[inline(always)]
fn alnum_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind)> {
    let mut i = start;
    let mut letter = false;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphabetic() {
            letter = true;
        } else if !b.is_ascii_digit() {
            break;
        }
        i += 1;
    }
    let len = i - start;
    let ends = match bytes.get(i) {
        None => len > 0,
        Some(b':') => len > 0 && !(letter && (len == 4 || len == 5)),
        Some(b',') => len > 0 && letter,
        Some(0xD8..=0xDB) => len > 0 && block_at(bytes, i) == Some(Block::Letter),
        Some(b'\'' | b'.' | b'@' | b'_' | b'%' | b'+' | b'-' | 0x80..) => false,
        Some(_) => len > 0,
    };
    if !ends {
        return None;
    }
    let kind = if letter {
        TokenKind::Word(Script::Latin)
    } else {
        TokenKind::Number
    };
    Some((i, kind))
}

impl<'a> Segments<'a> {
    /// The Latin word or number of ASCII letters and digits at the current
    /// position, in line ([`alnum_at`]). `None` for any other start.
    #[inline(always)]
    pub(super) fn ascii_alnum(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (end, kind) = alnum_at(self.text.as_bytes(), start)?;
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
    /// token, with web tokens on and off: runs of letters and digits of
    /// every length before every ASCII byte, a few others and the end.
    #[test]
    fn fast_answers_agree_with_the_general_scan() {
        let runs = [
            "a", "Z", "7", "ab", "a1", "1a", "12", "http", "https", "www", "mp3", "4G", "abcd",
            "12345", "RT", "x1y2z",
        ];
        let nexts = (0u8..0x80).map(|b| format!("{}x", char::from(b))).chain(
            [
                "", "é", "\u{064E}", "\u{20E3}", "ب", "’t", "//x.com", "@x.com", "1", ".5", ",5",
                "a.com",
            ]
            .map(alloc::string::String::from),
        );
        for next in nexts {
            for run in runs {
                let text = format!("{run}{next}");
                let Some(fast) = alnum_at(text.as_bytes(), 0) else {
                    continue;
                };
                let c = text.chars().next().unwrap();
                for web in [true, false] {
                    let tok = Tokenizer::new().web_tokens(web);
                    let general = Segments::scan(&mut tok.segments(&text), 0, c);
                    assert_eq!(fast, general, "{text:?} web {web}");
                }
            }
        }
    }
}
