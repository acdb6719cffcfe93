//! The scanner: where each segment ends and what kind it is.

use super::arabic::{ends_arabic_word, extends_nothing, letter_word_end, presentation_word_end};
use super::at::{block_at, char_at};
use super::emoji::{cluster_end, emoji_cluster_end, keycap_in_extend_run, plain_cluster_end};
use super::number::{ends_ascii_number, marked_number_digits, number_end};
use super::punct::punct_token;
use super::social::{self, social_at};
use super::web::{self, absorb_marks, EmailScan};
use super::word::{absorb_attaching, word_end};
use super::{Script, Segments, Token, TokenKind};
use crate::chars::{self, Block};
use crate::quotes::{Quote, QuoteStyle};

/// The end and kind of a token that starts with a digit whose run of digits
/// continues at byte `i`: a Latin word when a Latin letter follows the
/// digits (Arabizi `3alimni`, `4G`), a number otherwise.
fn digit_token(text: &str, i: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut digits = i;
    loop {
        match bytes.get(digits) {
            Some(b) if b.is_ascii_digit() => digits += 1,
            Some(0x80..) => match char_at(text, digits) {
                Some(d) if chars::is_digit(d) => digits += d.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    if ends_ascii_number(bytes, digits) {
        return (digits, TokenKind::Number);
    }
    if let Some(c) = char_at(text, digits) {
        if chars::script_group(c) == Some(Script::Latin) {
            let end = word_end(text, digits + c.len_utf8(), c, Script::Latin);
            return (end, TokenKind::Word(Script::Latin));
        }
    }
    (
        absorb_attaching(text, number_end(text, digits)),
        TokenKind::Number,
    )
}

impl Segments<'_> {
    pub(super) fn scan(&mut self, start: usize, c: char) -> (usize, TokenKind) {
        let text = self.text;
        let after = start + c.len_utf8();
        if let Some(end) = emoji_cluster_end(text, start, c) {
            return (absorb_attaching(text, end), TokenKind::Symbol);
        }
        if c == char::REPLACEMENT_CHARACTER {
            // The mark of lossy decoding, often in runs: a symbol (So, no
            // script), answered without the property lookups below.
            return (
                absorb_attaching(text, cluster_end(text, start, c)),
                TokenKind::Symbol,
            );
        }
        if self.web {
            let web = match c {
                '#' | '＃' => social::hashtag_end(text, start, c).map(|e| (e, TokenKind::Hashtag)),
                '@' | '＠' => social::mention_end(text, start, c).map(|e| (e, TokenKind::Mention)),
                _ => None,
            };
            if let Some((end, kind)) = web {
                return (absorb_marks(text, end), kind);
            }
        }
        if !chars::is_prepended_concatenation_mark(c) {
            // No number starts here with marks before its digits.
        } else if let Some(digits) = marked_number_digits(text, start) {
            return (
                absorb_attaching(text, number_end(text, digits)),
                TokenKind::Number,
            );
        }
        if chars::is_invisible(c) {
            return (whitespace_end(text, after), TokenKind::Whitespace);
        }
        if let Some(style) = chars::quote_style(c) {
            let role = self.resolver.resolve(text, start, c, style);
            return (after, TokenKind::Quote(Quote::new(style, role)));
        }
        if let Some(group) = chars::script_group(c) {
            let end = word_end(text, after, c, group);
            if c.is_ascii() {
                if let Some(token) = self.web_token(start, end) {
                    return token;
                }
            }
            return (end, TokenKind::Word(group));
        }
        if chars::is_digit(c) {
            let (end, kind) = digit_token(text, after);
            if c.is_ascii() {
                if let Some(token) = self.web_token(start, end) {
                    return token;
                }
            }
            return (end, kind);
        }
        if chars::is_white_space(c) {
            return (whitespace_end(text, after), TokenKind::Whitespace);
        }
        if let Some(kind) = chars::punct_kind(c) {
            return punct_token(text, start, c, kind);
        }
        if chars::is_symbol(c) {
            let g = cluster_end(text, start, c);
            return (absorb_attaching(text, g), TokenKind::Symbol);
        }
        // Stray attaching characters (a mark after a space, punctuation or a
        // quote) form one Other token; so does anything unclassified, with the
        // attaching characters after it.
        (absorb_attaching(text, after), TokenKind::Other)
    }
}

impl<'a> Segments<'a> {
    /// Byte-level dispatch for the common token starts: ASCII, and the
    /// letters, digits and marks of the Arabic block, when no keycap follows
    /// (so the grapheme cluster cannot be an emoji). `None` hands the start to
    /// the general path, which gives the same answer for every input.
    #[inline(always)]
    pub(super) fn scan_fast(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let b = *bytes.get(start)?;
        if let Some(class) = block_at(bytes, start) {
            let after = start + 2;
            if class == Block::Letter {
                return Some((
                    letter_word_end(text, start)?,
                    TokenKind::Word(Script::Arabic),
                ));
            }
            if !matches!(
                class,
                Block::Digit | Block::Mark | Block::AttachLetter | Block::Punct
            ) || keycap_in_extend_run(text, after)
            {
                return None;
            }
            return Some(match class {
                Block::Digit => digit_token(text, after),
                Block::Punct => {
                    // ، ؛ ؟ ۔ ٪ …: no quote, letter, digit or space.
                    let c = char_at(text, start)?;
                    punct_token(text, start, c, chars::punct_kind(c)?)
                }
                _ => (absorb_attaching(text, after), TokenKind::Other),
            });
        }
        if chars::is_ascii_white_space(b) {
            return Some((whitespace_end(text, start + 1), TokenKind::Whitespace));
        }
        let after = start + 1;
        if matches!(b, b'"' | b'\'' | 0xC2 | 0xE2) {
            if let Some(token) = self.quote(start) {
                return Some(token);
            }
        }
        if b == 0xEF {
            match bytes.get(after..).unwrap_or_default() {
                // U+FB50–U+FDFF and U+FE70–U+FEFE: second bytes 0xAD–0xBB.
                [0xAD..=0xBB, ..] => {
                    if let Some(end) = presentation_word_end(text, start) {
                        return Some((end, TokenKind::Word(Script::Arabic)));
                    }
                }
                // U+FFFD, the mark of lossy decoding, often in runs: a
                // symbol alone when what follows extends no cluster and
                // attaches nothing (as the general path's answer).
                [0xBF, 0xBD, ..] if ends_arabic_word(bytes, start + 3) => {
                    return Some((start + 3, TokenKind::Symbol));
                }
                _ => {}
            }
        }
        if matches!(b, b'#' | b'@') && self.web {
            if let Some(token) = social_at(text, start) {
                return Some(token);
            }
        }
        if b >= 0x80 || matches!(b, b'#' | b'@') || !extends_nothing(bytes, after) {
            // Non-ASCII, the starts of hashtags and mentions, or ASCII that
            // a combining character may follow.
            return None;
        }
        let token = match b {
            b'a'..=b'z' | b'A'..=b'Z' => (
                word_end(text, after, b as char, Script::Latin),
                TokenKind::Word(Script::Latin),
            ),
            b'0'..=b'9' => digit_token(text, after),
            // ASCII punctuation and symbols, but the quotes; no combining
            // character follows, so the grapheme cluster is the one byte.
            b'!'..=b'/' | b':'..=b'?' | b'['..=b'`' | b'{'..=b'~' if !matches!(b, b'"' | b'\'') => {
                let c = b as char;
                return Some(match chars::punct_kind(c) {
                    Some(kind) => punct_token(text, start, c, kind),
                    None => (after, TokenKind::Symbol),
                });
            }
            _ => return None,
        };
        Some(self.web_token(start, token.0).unwrap_or(token))
    }

    /// The quote token at `start`, when a quote other than ＂ is there and
    /// no keycap follows: the cluster is then the quote alone, so it is no
    /// emoji, and no test of the general path before the quotes' holds.
    /// `None` for any other start (its lead byte is `"`, `'`, 0xC2 or 0xE2).
    #[inline(never)]
    fn quote(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let (c, style, len) = quote_at(self.text.as_bytes(), start)?;
        let after = start + len;
        if keycap_in_extend_run(self.text, after) {
            return None;
        }
        let role = self.resolver.resolve(self.text, start, c, style);
        Some((after, TokenKind::Quote(Quote::new(style, role))))
    }

    /// The quote token at the current position, in line ([`quote`](Self::quote)).
    /// `None` for any other start.
    #[inline(always)]
    pub(super) fn quote_token(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let (end, kind) = self.quote(start)?;
        self.pos = end;
        Some(Token::new(&self.text[start..end], start, kind))
    }

    /// A URL or e-mail address that starts at `start`, where a Latin word or
    /// a number that starts with an ASCII letter or digit would end at
    /// `end`. Only looked for when the byte at `end` can go on into one, so
    /// plain words pay one comparison.
    #[inline]
    pub(super) fn web_token(&mut self, start: usize, end: usize) -> Option<(usize, TokenKind)> {
        if !self.web {
            return None;
        }
        let bytes = self.text.as_bytes();
        let next = *bytes.get(end)?;
        if !matches!(next, b':' | b'.' | b'@' | b'_' | b'%' | b'+' | b'-' | 0xEF) {
            return None;
        }
        let len = end - start;
        let url_prefix = (next == b':' && (len == 4 || len == 5)) || (next == b'.' && len == 3);
        if url_prefix {
            if let Some(url) = web::url_end_at(self.text, start, &mut self.memo) {
                return Some((absorb_marks(self.text, url), TokenKind::Url));
            }
        }
        if next == b':' || start < self.memo.no_email_before {
            return None;
        }
        match web::email_end(self.text, start) {
            EmailScan::Found(e) => Some((absorb_marks(self.text, e), TokenKind::Email)),
            EmailScan::NoneBefore(p) => {
                self.memo.no_email_before = p;
                None
            }
        }
    }
}

/// The quote character at byte `start`, its style and its length, read
/// from its bytes: every quote of [`chars::quote_style`] but ＂ U+FF02.
#[inline(always)]
fn quote_at(bytes: &[u8], start: usize) -> Option<(char, QuoteStyle, usize)> {
    Some(match *bytes.get(start..)? {
        [b'"', ..] => ('"', QuoteStyle::AsciiDouble, 1),
        [b'\'', ..] => ('\'', QuoteStyle::AsciiSingle, 1),
        // « U+00AB, » U+00BB.
        [0xC2, second @ (0xAB | 0xBB), ..] => (char::from(second), QuoteStyle::GuillemetDouble, 2),
        // ‘ ’ ‚ ‛ U+2018–U+201B, “ ” „ ‟ U+201C–U+201F, ‹ › U+2039–U+203A.
        [0xE2, 0x80, third @ (0x98..=0x9F | 0xB9 | 0xBA), ..] => {
            let style = match third {
                0x98..=0x9B => QuoteStyle::CurlySingle,
                0x9C..=0x9F => QuoteStyle::CurlyDouble,
                _ => QuoteStyle::GuillemetSingle,
            };
            (char::from_u32(0x2000 | u32::from(third & 0x3F))?, style, 3)
        }
        _ => return None,
    })
}

/// The end of a blank run that continues at byte `i`: `White_Space` and
/// invisible characters ([`chars::is_invisible`]).
#[inline]
fn whitespace_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    // Invisible characters before this byte start no emoji cluster: known
    // for a whole run at once, so that a long run of variation selectors,
    // ZWJs or Hangul fillers costs linear time (each cluster would
    // otherwise be read to its end from every character in it).
    let mut no_emoji_until = 0;
    while let Some(&b) = bytes.get(i) {
        if chars::is_ascii_white_space(b) {
            i += 1;
            continue;
        }
        if b < 0x80 {
            break;
        }
        if block_at(bytes, i).is_some() {
            // In the Arabic block only U+061C ALM is blank.
            if bytes[i..].starts_with("\u{061C}".as_bytes()) {
                i += 2;
                continue;
            }
            break;
        }
        match char_at(text, i) {
            Some(d) if chars::is_white_space(d) => i += d.len_utf8(),
            // An invisible character that starts an emoji cluster (a Hangul
            // filler before U+20E3) is that cluster's.
            Some(d)
                if chars::is_invisible(d)
                    && (i < no_emoji_until
                        || emoji_cluster_end(text, i, d).is_none() && {
                            no_emoji_until = plain_cluster_end(text, i);
                            true
                        }) =>
            {
                i += d.len_utf8()
            }
            _ => break,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use crate::chars;
    use crate::tokenize::{Segments, Tokenizer};

    /// The byte-level dispatch answers hashtags and mentions as the general
    /// path does: before and after letters, keycaps, `#`, `://` and the end.
    #[test]
    fn hashtags_and_mentions_agree_with_the_general_scan() {
        let texts = [
            "#وسم",
            "#وسم_١",
            "#tag_1 ",
            "#1",
            "#_",
            "#",
            "#\u{20E3}",
            "#\u{FE0F}\u{20E3}",
            "#tag#",
            "#tag://",
            "#وسم\u{064E} ",
            "@user",
            "@",
            "@user@",
            "@user://",
            "@_a\u{00C0}",
            "@\u{20E3}",
            "#نرم\u{200C}افزار",
            "#a\u{3164}b",
        ];
        for text in texts {
            for prefix in ["", " ", "a", "ب", "_", "\u{FE0F}", "RT"] {
                let text = alloc::format!("{prefix}{text}");
                let start = prefix.len();
                let mut segments = Tokenizer::new().segments(&text);
                let Some(fast) = segments.scan_fast(start) else {
                    continue;
                };
                let c = text[start..].chars().next().unwrap();
                let general = Segments::scan(&mut Tokenizer::new().segments(&text), start, c);
                assert_eq!(fast, general, "{text:?}");
            }
        }
    }

    /// Where a run of ASCII digits surely ends a number, the general rules
    /// end it there too.
    #[test]
    fn ascii_number_ends_agree_with_the_general_scan() {
        for c in ('\0'..='\u{7F}')
            .chain('\u{0600}'..='\u{06FF}')
            .chain(['\u{FFFD}'])
        {
            let text = alloc::format!("12{c}3");
            if super::ends_ascii_number(text.as_bytes(), 2) {
                let general = Segments::scan(&mut Tokenizer::new().segments(&text), 0, '1');
                assert_eq!(general, (2, super::TokenKind::Number), "{c:?}");
            }
        }
    }

    /// The quotes read from their bytes are the quote table's, with their
    /// styles and lengths; ＂ is left to the general path.
    #[test]
    fn quotes_read_as_bytes_are_the_table() {
        for c in ('\0'..='\u{7FF}')
            .chain('\u{2000}'..='\u{20FF}')
            .chain(['\u{FF02}'])
        {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = chars::quote_style(c)
                .filter(|&s| s != crate::quotes::QuoteStyle::FullwidthDouble)
                .map(|s| (c, s, c.len_utf8()));
            assert_eq!(super::quote_at(bytes, 0), want, "{c:?}");
        }
    }

    /// U+FFFD takes the symbol branch of `scan`: none of the tests before it
    /// holds.
    #[test]
    fn replacement_character_is_a_plain_symbol() {
        let c = char::REPLACEMENT_CHARACTER;
        assert!(chars::is_symbol(c));
        assert!(!chars::is_prepended_concatenation_mark(c) && !chars::is_invisible(c));
        assert!(chars::quote_style(c).is_none() && chars::script_group(c).is_none());
        assert!(!chars::is_digit(c) && !chars::is_white_space(c));
        assert!(chars::punct_kind(c).is_none());
    }
}
