//! Social tokens: hashtags and mentions, and the in-line path that answers
//! them from the first byte.
//!
//! Each scanner starts at a `#` or `@` and returns where the token ends, or
//! `None` when the text there is not one (the general rules then apply). The
//! rules follow twitter-text's conformance suite (`conformance/extract.yml`),
//! extended to Arabic script; CONFORMANCE.md lists them with their sources.
//! Each reads its body once, so tokenizing stays linear.

use super::at::{char_at, char_before};
use super::emoji::keycap_in_extend_run;
use super::punct::punct_token;
use super::swar;
use super::web::absorb_marks;
use super::{Punct, Segments, Token, TokenKind};
use crate::chars;

/// The characters twitter-text lets a hashtag hold besides letters, marks
/// and digits: `_`, ZWNJ, ZWJ, and ꙾ ־ ׳ ״ ～ 〜 ゛ ゜ ゠ ・ 〃 ་ ༌ ·.
fn hashtag_special(c: char) -> bool {
    matches!(
        c,
        '_' | '\u{200C}'
            | '\u{200D}'
            | '\u{A67E}'
            | '\u{05BE}'
            | '\u{05F3}'
            | '\u{05F4}'
            | '\u{FF5E}'
            | '\u{301C}'
            | '\u{309B}'
            | '\u{309C}'
            | '\u{30A0}'
            | '\u{30FB}'
            | '\u{3003}'
            | '\u{0F0B}'
            | '\u{0F0C}'
            | '\u{00B7}'
    )
}

/// A letter for hashtags: any letter, tatweel and the small letters included.
fn hashtag_letter(c: char) -> bool {
    chars::is_letter(c) || chars::is_attaching_letter(c)
}

/// Whether the character `p` before a `#` keeps a hashtag from starting
/// there: a letter, mark, digit, `_`, `&` or `/` (a URL fragment), but not
/// a variation selector (`✌️#tag`).
fn joins_hashtag(p: char) -> bool {
    let variation_selector = matches!(p, '\u{FE0E}' | '\u{FE0F}');
    let joined = hashtag_letter(p) || chars::is_digit(p) || chars::is_mark(p);
    !variation_selector && (joined || matches!(p, '_' | '&' | '/'))
}

/// [`joins_hashtag`] for the character before byte `start`, none at the
/// start of the text; an ASCII one read as a byte: of ASCII, only letters,
/// digits, `_`, `&` and `/` join.
#[inline]
fn joined_before(text: &str, start: usize) -> bool {
    match text.as_bytes()[..start].last() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'&' | b'/'),
        Some(_) => char_before(text, start).is_some_and(joins_hashtag),
    }
}

/// Whether the text at byte `pos`, right after a hashtag's body, keeps it
/// from being one: `#`, `＃` (EF BC 83) or `://`.
#[inline]
fn blocks_hashtag_end(bytes: &[u8], pos: usize) -> bool {
    matches!(
        bytes.get(pos..).unwrap_or_default(),
        [b'#', ..] | [0xEF, 0xBC, 0x83, ..] | [b':', b'/', b'/', ..]
    )
}

/// The end of the hashtag whose `#` or `＃` is at `start`: a body of letters
/// (any script) with their marks, tatweel, digits of any script, `_`, ZWNJ and
/// ZWJ (and twitter-text's few other joiners), holding at least one letter.
/// Not after a letter, mark, digit, `_`, `&` or `/` (a URL fragment; a
/// variation selector is fine: `✌️#tag`), and not when `#`, `＃` or `://`
/// follows the body.
pub(crate) fn hashtag_end(text: &str, start: usize, hash: char) -> Option<usize> {
    if joined_before(text, start) {
        return None;
    }
    let body = start + hash.len_utf8();
    let mut pos = body;
    let mut letters = false;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        // ASCII: `_` and digits go on, letters go on as letters, anything
        // else ends the body (the answer of the character tests below).
        if b < 0x80 {
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                break;
            }
            letters |= b.is_ascii_alphabetic();
            pos += 1;
            continue;
        }
        // A run of U+0620–U+065F that starts with a basic letter (U+0620–
        // U+063F, U+0641–U+064A): letters, tatweel and harakat, each of
        // them a part of the body, read four at a time.
        let second = bytes.get(pos + 1).copied().unwrap_or_default();
        if (b == 0xD8 && second >= 0xA0) || (b == 0xD9 && matches!(second, 0x81..=0x8A)) {
            letters = true;
            pos = swar::skip_core_arabic(bytes, pos + 2);
            continue;
        }
        match body_step(text, pos) {
            Some((len, letter)) => {
                letters |= letter;
                pos += len;
            }
            None => break,
        }
    }
    if !letters || blocks_hashtag_end(bytes, pos) {
        return None;
    }
    Some(pos)
}

/// The length of the character at byte `pos` and whether it is a letter,
/// when it goes on a hashtag's body ([`body_char`]); out of line, so that
/// the loop over ASCII and Arabic letters stays small.
#[inline(never)]
fn body_step(text: &str, pos: usize) -> Option<(usize, bool)> {
    let c = char_at(text, pos)?;
    Some((c.len_utf8(), body_char(c)?))
}

/// Whether `c` goes on a hashtag's body: `Some(true)` for a letter,
/// `Some(false)` for the other characters the body holds, `None` for a
/// character that ends it.
fn body_char(c: char) -> Option<bool> {
    if hashtag_special(c) {
        // `_`, ZWNJ, ZWJ and the joiners: allowed, but no letters.
        Some(false)
    } else if chars::is_invisible(c) {
        None // a Hangul filler is a blank, not a letter
    } else if hashtag_letter(c) {
        // Tatweel and the small letters stretch letters; they are none.
        Some(chars::is_letter(c))
    } else {
        (chars::is_mark(c) || chars::is_digit(c)).then_some(false)
    }
}

/// [`hashtag_end`] read character by character: the reference the
/// tokenizer's properties compare against.
#[cfg(test)]
pub(crate) fn hashtag_end_reference(text: &str, start: usize, hash: char) -> Option<usize> {
    if char_before(text, start).is_some_and(joins_hashtag) {
        return None;
    }
    let mut pos = start + hash.len_utf8();
    let mut letters = false;
    while let Some(c) = char_at(text, pos) {
        match body_char(c) {
            Some(letter) => letters |= letter,
            None => break,
        }
        pos += c.len_utf8();
    }
    let rest = &text[pos..];
    if !letters || rest.starts_with(['#', '＃']) || rest.starts_with("://") {
        return None;
    }
    Some(pos)
}

/// The end of the mention whose `@` or `＠` is at `start`: a name of ASCII
/// letters, digits and `_`. As in twitter-text, not after an ASCII letter,
/// digit or `_ ! # $ % & * @ ＠` (but `RT@name` and `RT:@name` are mentions),
/// and not when `@`, `＠`, an accented Latin letter (U+00C0–U+024F) or `://`
/// follows the name.
pub(crate) fn mention_end(text: &str, start: usize, at: char) -> Option<usize> {
    let bytes = text.as_bytes();
    if let Some(p) = char_before(text, start) {
        let blocked = p.is_ascii_alphanumeric()
            || matches!(p, '_' | '!' | '#' | '$' | '%' | '&' | '*' | '@' | '＠');
        if blocked && !after_retweet(&bytes[..start]) {
            return None;
        }
    }
    let name = start + at.len_utf8();
    let end = name
        + bytes[name..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
            .count();
    if end == name {
        return None;
    }
    let rest = &text[end..];
    let accented = rest
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{024F}'));
    if accented || rest.starts_with(['@', '＠']) || rest.starts_with("://") {
        return None;
    }
    Some(end)
}

/// Whether `before` ends with `RT` (any case), then an optional `:`, at its
/// start or after a character other than ASCII letters, digits, `_ + ~ . -`.
fn after_retweet(before: &[u8]) -> bool {
    let before = before.strip_suffix(b":").unwrap_or(before);
    let Some(head) = before.len().checked_sub(2) else {
        return false;
    };
    if !before[head..].eq_ignore_ascii_case(b"rt") {
        return false;
    }
    match before[..head].last() {
        None => true,
        Some(&b) => !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'~' | b'.' | b'-')),
    }
}

/// The token at byte `start` when an ASCII `#` or `@` is there (with web
/// tokens on) and no keycap follows it (the cluster is then no emoji, and
/// no test of the general path before the web tokens' holds): the hashtag
/// or mention that starts there, the marks after it included, or else the
/// run of `#` or `@` (punctuation, as the general path answers). `None`
/// for any other start.
#[inline(always)]
pub(super) fn social_at(text: &str, start: usize) -> Option<(usize, TokenKind)> {
    let (c, end) = match text.as_bytes().get(start)? {
        b'#' if !keycap_in_extend_run(text, start + 1) => ('#', hashtag_end(text, start, '#')),
        b'@' if !keycap_in_extend_run(text, start + 1) => ('@', mention_end(text, start, '@')),
        _ => return None,
    };
    let kind = if c == '#' {
        TokenKind::Hashtag
    } else {
        TokenKind::Mention
    };
    Some(match end {
        Some(end) => (absorb_marks(text, end), kind),
        None => punct_token(text, start, c, Punct::Other),
    })
}

impl<'a> Segments<'a> {
    /// The hashtag, mention or run of `#` or `@` at the current position,
    /// in line ([`social_at`]), with web tokens on. `None` for any other
    /// start.
    #[inline(always)]
    pub(super) fn social(&mut self) -> Option<Token<'a>> {
        if !self.web {
            return None;
        }
        let start = self.pos;
        let (end, kind) = social_at(self.text, start)?;
        self.pos = end;
        Some(Token::new(&self.text[start..end], start, kind))
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;

    /// The ASCII step of [`hashtag_end`]'s body loop answers as the
    /// character tests after it: `_`, letters and digits go on, and only
    /// the letters count as letters; an ASCII character before the `#`
    /// joins it as [`joins_hashtag`] says.
    #[test]
    fn ascii_steps_agree_with_the_character_tests() {
        for c in '\0'..='\u{7F}' {
            let goes_on = body_char(c);
            assert_eq!(
                goes_on.is_some(),
                c.is_ascii_alphanumeric() || c == '_',
                "{c:?}"
            );
            assert_eq!(goes_on == Some(true), c.is_ascii_alphabetic(), "{c:?}");
            let text = format!("{c}#");
            assert_eq!(joined_before(&text, 1), joins_hashtag(c), "{c:?}");
        }
    }

    /// The hashtag scanner answers as the character-by-character reference
    /// at every `#` and `＃` of texts built from pieces that meet each of its
    /// byte-level steps.
    #[test]
    fn hashtag_end_agrees_with_the_reference() {
        let pieces = [
            "#", "＃", "وسم", "ب", "ـ", "\u{064E}", "\u{0670}", "_", "a", "Z", "1", "٣", " ", "&",
            "/", "://", ":", "\u{200C}", "\u{200D}", "\u{FE0F}", "\u{3164}", "é", "ж", "😀", "·",
            "\u{0600}", "ۥ", "ﷺ", ".",
        ];
        let n = pieces.len();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    for d in [0, 1, 2, 4] {
                        let text = format!("{}{}{}{}", pieces[a], pieces[b], pieces[c], pieces[d]);
                        for (s, h) in text
                            .char_indices()
                            .filter(|&(_, h)| matches!(h, '#' | '＃'))
                        {
                            assert_eq!(
                                hashtag_end(&text, s, h),
                                hashtag_end_reference(&text, s, h),
                                "{text:?} at {s}"
                            );
                        }
                    }
                }
            }
        }
    }
}
