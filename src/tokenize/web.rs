//! Web tokens: URLs and e-mail addresses (hashtags and mentions are in
//! `social.rs`), and the marks any web token takes after it.
//!
//! Each scanner starts at a token start and returns where the token ends, or
//! `None` when the text there is not one (the general rules then apply). The
//! rules follow twitter-text's conformance suite (`conformance/extract.yml`),
//! extended to Arabic script; CONFORMANCE.md lists them with their sources.
//! Every scanner reads each byte a bounded number of times, so tokenizing
//! stays linear.

use super::at::{char_at, char_before, starts_with_ignore_case};
use super::host::{self, WwwHosts};
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

/// Extends `i` over the marks (Mn, Me, Mc) and attaching letters (tatweel,
/// small letters) that follow a web token; format controls such as the bidi
/// controls around a URL are left out.
#[inline(always)]
pub(super) fn absorb_marks(text: &str, i: usize) -> usize {
    // No ASCII character is a mark or an attaching letter: the common end
    // (a space after a hashtag) without decoding.
    if text.as_bytes().get(i).is_none_or(|&b| b < 0x80) {
        return i;
    }
    absorb_marks_from(text, i)
}

/// [`absorb_marks`] past its ASCII test.
#[inline(never)]
fn absorb_marks_from(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !(chars::is_mark(c) || chars::is_attaching_letter(c)) {
            break;
        }
        i += c.len_utf8();
    }
    i
}
