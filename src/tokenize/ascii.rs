//! Runs of ASCII letters and digits, in line: a Latin word when a letter is
//! in the run, a number otherwise, answered without the general word and
//! number rules when the character after the run surely ends it and starts
//! no web token.

use super::at::block_at;
use super::{Script, Segments, Token, TokenKind};
use crate::chars::Block;

/// The token at byte `start` when a run of ASCII letters and digits starts
/// there and the character after it (ASCII, a letter of the Arabic block,
/// or the end of the text) ends both a Latin word and a number: the
/// general path's word or number, and whether a URL or e-mail address may
/// go on from it (the general path then asks [`web_token`]). `None` for any
/// other start.
///
/// After the run, the general rules stop at ASCII but `'` (an apostrophe
/// may go on a Latin word), and at an Arabic letter (`10م`); a number goes
/// on at `.` and `,`; a web token may go on at `. @ _ % + -`, and at `:`
/// after a word of four or five letters and digits (`http:`). Every
/// character of the run is its own grapheme cluster, as is the first:
/// ASCII extends no cluster.
///
/// [`web_token`]: Segments::web_token
#[inline(always)]
fn alnum_at(bytes: &[u8], start: usize) -> Option<(usize, TokenKind, bool)> {
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
    if len == 0 {
        return None;
    }
    let web = match bytes.get(i) {
        None => false,
        Some(b':') => letter && (len == 4 || len == 5),
        Some(b'.' | b',') if !letter => return None,
        Some(b',') => false,
        Some(0xD8..=0xDB) if block_at(bytes, i) == Some(Block::Letter) => false,
        Some(b'.' | b'@' | b'_' | b'%' | b'+' | b'-') => true,
        Some(b'\'' | 0x80..) => return None,
        Some(_) => false,
    };
    let kind = if letter {
        TokenKind::Word(Script::Latin)
    } else {
        TokenKind::Number
    };
    Some((i, kind, web))
}

impl<'a> Segments<'a> {
    /// The Latin word or number of ASCII letters and digits at the current
    /// position, or the URL or e-mail address that starts with it, in line
    /// ([`alnum_at`]). `None` for any other start.
    #[inline(always)]
    pub(super) fn ascii_alnum(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (mut end, mut kind, web) = alnum_at(self.text.as_bytes(), start)?;
        if web {
            (end, kind) = self.web_token(start, end).unwrap_or((end, kind));
        }
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
    /// token (a web token included), with web tokens on and off: runs of
    /// letters and digits of every length before every ASCII byte, a few
    /// others and the end.
    #[test]
    fn fast_answers_agree_with_the_general_scan() {
        let runs = [
            "a", "Z", "7", "ab", "a1", "1a", "12", "http", "https", "www", "mp3", "4G", "abcd",
            "12345", "RT", "x1y2z",
        ];
        let nexts = (0u8..0x80).map(|b| format!("{}x", char::from(b))).chain(
            [
                "",
                "é",
                "\u{064E}",
                "\u{20E3}",
                "ب",
                "’t",
                "//x.com",
                "@x.com",
                "1",
                ".5",
                ",5",
                "a.com",
                "://x.com/a",
                ".x.com",
                "_x@y.com",
                "-x.com",
                "+x@y.co",
                "%x@y.co",
                ".com.",
                "@",
                "@x",
                "://",
                ".5.",
                ",5x",
                "\u{FFFD}",
                "\u{FFFD}\u{20E3}",
                "＠x.com",
            ]
            .map(alloc::string::String::from),
        );
        for next in nexts {
            for run in runs {
                let text = format!("{run}{next}");
                if alnum_at(text.as_bytes(), 0).is_none() {
                    continue;
                }
                let c = text.chars().next().unwrap();
                for web in [true, false] {
                    let tok = Tokenizer::new().web_tokens(web);
                    let general = Segments::scan(&mut tok.segments(&text), 0, c);
                    let fast = tok.tokenize(&text).next().unwrap();
                    assert_eq!(
                        (fast.span().end, fast.kind()),
                        general,
                        "{text:?} web {web}"
                    );
                }
            }
        }
    }
}
