//! Web and social tokens: URLs, e-mail addresses, hashtags and mentions.
//!
//! Each scanner starts at a token start and returns where the token ends, or
//! `None` when the text there is not one (the general rules then apply). The
//! rules follow twitter-text's conformance suite (`conformance/extract.yml`),
//! extended to Arabic script; CONFORMANCE.md lists them with their sources.
//! Every scanner reads each byte a bounded number of times, so tokenizing
//! stays linear.

use super::at::{char_at, starts_with_ignore_case};
use super::host::{self, WwwHosts};
use super::swar;
use crate::chars;

/// A parenthesized group in a path closes within this many bytes, or the
/// path ends at its `(`: bounding the look-ahead keeps scanning linear.
const MAX_PAREN_GROUP: usize = 256;

/// Characters stripped from the end of a URL: sentence punctuation and
/// closing quotes are rarely the last character of a real URL.
fn trailing_url_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ':'
            | ';'
            | '!'
            | '?'
            | '\''
            | '"'
            | '*'
            | '|'
            | '@'
            | '،'
            | '؛'
            | '؟'
            | '»'
            | '”'
            | '…'
    )
}

/// The character before byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// What the web scanners learnt at earlier token starts of one text, so
/// that no look-ahead is repeated from start after start: linear time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Memo {
    /// No e-mail address starts before this offset.
    pub(crate) no_email_before: usize,
    www: WwwHosts,
}

/// The end of the URL that starts at `start`: `http://`, `https://` (any
/// case) or `www.`, a valid host, an optional port, then a path, query and
/// fragment. Not after an ASCII letter or digit, or `@ ＠ $ # ＃`. The
/// reference tokenizer's: it reads every host from its start.
#[cfg(test)]
pub(crate) fn url_end(text: &str, start: usize) -> Option<usize> {
    url_end_with(text, start, None)
}

/// [`url_end`] at a token start, `start` after every earlier one: the host
/// of a `www.` inside a host already read is answered from `memo`.
pub(crate) fn url_end_at(text: &str, start: usize, memo: &mut Memo) -> Option<usize> {
    url_end_with(text, start, Some(&mut memo.www))
}

fn url_end_with(text: &str, start: usize, www: Option<&mut WwwHosts>) -> Option<usize> {
    let bytes = text.as_bytes();
    let rest = &bytes[start..];
    let host_start = if starts_with_ignore_case(rest, b"https://") {
        start + 8
    } else if starts_with_ignore_case(rest, b"http://") {
        start + 7
    } else if starts_with_ignore_case(rest, b"www.") {
        start
    } else {
        return None;
    };
    if let Some(p) = char_before(text, start) {
        if matches!(p, '@' | '＠' | '$' | '#' | '＃') || p.is_ascii_alphanumeric() {
            return None;
        }
    }
    let mut i = match www {
        Some(www) if host_start == start => www.host_end(text, start)?,
        _ => host::host_end(text, host_start, true)?,
    };
    if bytes.get(i) == Some(&b':') {
        let digits = bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 {
            i += 1 + digits;
        }
    }
    match bytes.get(i) {
        Some(b'/' | b'?' | b'#') => Some(path_end(text, i)),
        _ => Some(i),
    }
}

/// Whether `c` may stand in a URL path, query or fragment: ASCII letters,
/// digits and `! * ' ; : = + , . $ / % # [ ] - _ ~ & | @ ?` (parentheses are
/// handled apart), the en dash, and letters of the Latin, Cyrillic and Arabic
/// scripts with their marks and digits, tatweel and ZWNJ.
fn path_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric()
            || matches!(
                c,
                '!' | '*'
                    | '\''
                    | ';'
                    | ':'
                    | '='
                    | '+'
                    | ','
                    | '.'
                    | '$'
                    | '/'
                    | '%'
                    | '#'
                    | '['
                    | ']'
                    | '-'
                    | '_'
                    | '~'
                    | '&'
                    | '|'
                    | '@'
                    | '?'
            );
    }
    if matches!(
        c,
        '\u{2013}' | chars::TATWEEL | chars::ZWNJ | '\u{0400}'..='\u{04FF}'
    ) {
        return true;
    }
    if chars::is_arabic_letter(c) {
        return true;
    }
    if chars::in_arabic_block(c) {
        return chars::is_digit(c) || chars::is_mn_me(c);
    }
    chars::is_mark(c) || chars::script_group(c) == Some(crate::Script::Latin)
}

/// The end of a path (or query, or fragment) that starts at `i`.
/// Parentheses belong to it only when balanced, within
/// [`MAX_PAREN_GROUP`] bytes; trailing punctuation ([`trailing_url_punct`])
/// does not belong to it.
fn path_end(text: &str, i: usize) -> usize {
    let mut pos = i;
    while let Some(c) = char_at(text, pos) {
        match c {
            '(' => match paren_group_end(text, pos) {
                Some(end) => pos = end,
                None => break,
            },
            ')' => break,
            c if path_char(c) => pos += c.len_utf8(),
            _ => break,
        }
    }
    while pos > i {
        match char_before(text, pos) {
            Some(c) if trailing_url_punct(c) => pos -= c.len_utf8(),
            _ => break,
        }
    }
    pos
}

/// The end of the balanced group of path characters that the `(` at
/// `open` starts, if it closes within [`MAX_PAREN_GROUP`] bytes.
fn paren_group_end(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut pos = open;
    while let Some(c) = char_at(text, pos) {
        if pos - open > MAX_PAREN_GROUP {
            return None;
        }
        pos += c.len_utf8();
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(pos);
                }
            }
            c if path_char(c) => {}
            _ => return None,
        }
    }
    None
}

/// The result of looking for an e-mail address at a token start.
pub(crate) enum EmailScan {
    /// An address that ends here.
    Found(usize),
    /// None; neither is there one at any start before this byte offset
    /// (they all read the same local part up to the same `@`).
    NoneBefore(usize),
}

fn local_part_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// An e-mail address at `start` (an ASCII letter or digit): a local part of
/// ASCII letters, digits and `. _ % + -` that does not end with `.`, then
/// `@` or `＠`, then a host name (which may be an IDN; no `_`).
pub(crate) fn email_end(text: &str, start: usize) -> EmailScan {
    let bytes = text.as_bytes();
    let local_end = start
        + bytes[start..]
            .iter()
            .take_while(|&&b| local_part_byte(b))
            .count();
    let at_len = if bytes.get(local_end) == Some(&b'@') {
        1
    } else if text[local_end..].starts_with('＠') {
        '＠'.len_utf8()
    } else {
        return EmailScan::NoneBefore(local_end);
    };
    if local_end == start || bytes[local_end - 1] == b'.' {
        return EmailScan::NoneBefore(local_end);
    }
    match host::host_end(text, local_end + at_len, false) {
        Some(end) => EmailScan::Found(end),
        None => EmailScan::NoneBefore(local_end),
    }
}

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

/// The end of the hashtag whose `#` or `＃` is at `start`: a body of letters
/// (any script) with their marks, tatweel, digits of any script, `_`, ZWNJ and
/// ZWJ (and twitter-text's few other joiners), holding at least one letter.
/// Not after a letter, mark, digit, `_`, `&` or `/` (a URL fragment; a
/// variation selector is fine: `✌️#tag`), and not when `#`, `＃` or `://`
/// follows the body.
pub(crate) fn hashtag_end(text: &str, start: usize, hash: char) -> Option<usize> {
    if let Some(p) = char_before(text, start) {
        let variation_selector = matches!(p, '\u{FE0E}' | '\u{FE0F}');
        let joined = hashtag_letter(p) || chars::is_digit(p) || chars::is_mark(p);
        if !variation_selector && (joined || matches!(p, '_' | '&' | '/')) {
            return None;
        }
    }
    let body = start + hash.len_utf8();
    let mut pos = body;
    let mut letters = false;
    let bytes = text.as_bytes();
    loop {
        // A run of U+0620–U+065F that starts with a basic letter (U+0620–
        // U+063F, U+0641–U+064A): letters, tatweel and harakat, each of
        // them a part of the body, read four at a time.
        if let Some(&[lead @ 0xD8..=0xD9, second]) = bytes.get(pos..pos + 2) {
            if (lead == 0xD8 && second >= 0xA0) || (lead == 0xD9 && matches!(second, 0x81..=0x8A)) {
                letters = true;
                pos = swar::skip_core_arabic(bytes, pos + 2);
                continue;
            }
        }
        // ASCII: `_` and digits go on, letters go on as letters, anything
        // else ends the body (the answer of the character tests below).
        if let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii()) {
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                break;
            }
            letters |= b.is_ascii_alphabetic();
            pos += 1;
            continue;
        }
        let Some(c) = char_at(text, pos) else { break };
        if hashtag_special(c) {
            // `_`, ZWNJ, ZWJ and the joiners: allowed, but no letters.
        } else if chars::is_invisible(c) {
            break; // a Hangul filler is a blank, not a letter
        } else if hashtag_letter(c) {
            // Tatweel and the small letters stretch letters; they are none.
            letters |= chars::is_letter(c);
        } else if !(chars::is_mark(c) || chars::is_digit(c)) {
            break;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII step of [`hashtag_end`]'s body loop answers as the
    /// character tests after it: `_`, letters and digits go on, and only
    /// the letters count as letters.
    #[test]
    fn ascii_body_step_agrees_with_the_character_tests() {
        for c in '\0'..='\u{7F}' {
            let goes_on = hashtag_special(c)
                || !chars::is_invisible(c)
                    && (hashtag_letter(c) || chars::is_mark(c) || chars::is_digit(c));
            assert_eq!(goes_on, c.is_ascii_alphanumeric() || c == '_', "{c:?}");
            let letter = !hashtag_special(c) && hashtag_letter(c) && chars::is_letter(c);
            assert_eq!(goes_on && letter, c.is_ascii_alphabetic(), "{c:?}");
        }
    }
}
