//! The general word rules: where a word goes on (letters of its script
//! group, marks, format controls, and in Latin words digits and
//! apostrophes), and the attaching characters (WB4) a token takes after it,
//! with the runs of prepended concatenation marks that may start a number
//! instead.

use super::at::{block_at, char_at};
use super::Script;
use crate::chars::{self, Block};

/// Extends `i` over the attaching characters that follow it (WB4).
#[inline]
pub(super) fn absorb_attaching(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            break; // no ASCII character attaches
        }
        if let Some(run) = mark_run(text, i) {
            match run {
                MarkRun::StartsNumber => break,
                MarkRun::Attaches(end) => i = end,
            }
            continue;
        }
        if let Some(class) = block_at(bytes, i) {
            if !matches!(class, Block::Mark | Block::AttachLetter | Block::Format) {
                break;
            }
            i += 2;
            continue;
        }
        match char_at(text, i) {
            Some(d) if chars::is_attaching(d) => i += d.len_utf8(),
            _ => break,
        }
    }
    i
}

/// A run of prepended concatenation marks, as the token before it sees it.
enum MarkRun {
    /// A digit follows: a number starts at the run.
    StartsNumber,
    /// No digit follows: the run attaches, up to this offset.
    Attaches(usize),
}

/// The run of prepended concatenation marks at byte `i`, if one starts
/// there. One scan of the run, so a long run stays linear.
#[inline]
fn mark_run(text: &str, i: usize) -> Option<MarkRun> {
    let first = char_at(text, i)?;
    if !chars::is_prepended_concatenation_mark(first) {
        return None;
    }
    let mut end = i;
    while let Some(c) = char_at(text, end) {
        if !chars::is_prepended_concatenation_mark(c) {
            break;
        }
        end += c.len_utf8();
    }
    Some(match char_at(text, end) {
        Some(d) if chars::is_digit(d) => MarkRun::StartsNumber,
        _ => MarkRun::Attaches(end),
    })
}

/// The end of a word that started with `first` (script group `group`) and
/// continues at byte `i`.
pub(super) fn word_end(text: &str, mut i: usize, first: char, group: Script) -> usize {
    let bytes = text.as_bytes();
    let mut prev = first;
    while let Some(&b) = bytes.get(i) {
        // Byte-level fast paths: ASCII letters and digits in Latin words;
        // letters, marks, tatweel and format controls of the Arabic block in
        // Arabic words.
        if group == Script::Latin && b.is_ascii_alphanumeric() {
            prev = b as char;
            i += 1;
            continue;
        }
        if group == Script::Arabic {
            if let Some(class) = block_at(bytes, i) {
                if class == Block::Format {
                    match mark_run(text, i) {
                        Some(MarkRun::StartsNumber) => break,
                        Some(MarkRun::Attaches(end)) => i = end,
                        None => i += 2,
                    }
                    continue;
                }
                if matches!(class, Block::Letter | Block::Mark | Block::AttachLetter) {
                    i += 2;
                    continue;
                }
                break;
            }
        }
        if b < 0x80 && !(group == Script::Latin && b == b'\'') {
            break; // other ASCII ends every word
        }
        if bytes[i..].starts_with("\u{FFFD}".as_bytes()) {
            break; // a symbol (lossy decoding) ends every word
        }
        let Some(d) = char_at(text, i) else { break };
        let len = d.len_utf8();
        if let Some(g) = chars::script_group(d) {
            if g != group {
                break;
            }
        } else if group == Script::Latin && chars::is_digit(d) {
            // `mp3`, `COVID19`: Latin words take digits.
        } else if group == Script::Latin && chars::is_apostrophe(d) {
            // `don't`, `don’t`: an apostrophe between two Latin letters.
            if !chars::is_latin_apostrophe(Some(prev), d, char_at(text, i + len)) {
                break;
            }
        } else if chars::is_attaching(d) {
            match mark_run(text, i) {
                Some(MarkRun::StartsNumber) => break,
                Some(MarkRun::Attaches(end)) => {
                    prev = d;
                    i = end;
                    continue;
                }
                None => {}
            }
            let ends_word =
                d == chars::ZWSP || (group != Script::Arabic && chars::is_attaching_letter(d));
            if ends_word {
                // ZWSP (and, outside Arabic words, tatweel and the small
                // letters) attach but end the word.
                return absorb_attaching(text, i + len);
            }
        } else {
            break;
        }
        prev = d;
        i += len;
    }
    i
}
