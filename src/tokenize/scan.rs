//! The scanner: where each segment ends and what kind it is.

use unicode_segmentation::UnicodeSegmentation;

use super::{Punct, Script, Segments, TokenKind};
use crate::chars::{self, Block};
use crate::quotes::Quote;

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The Arabic-block class of the character at byte `i`, when it is a 2-byte
/// character of U+0600–U+06FF.
#[inline(always)]
fn block_at(bytes: &[u8], i: usize) -> Option<Block> {
    match bytes.get(i..i + 2) {
        Some(&[lead @ 0xD8..=0xDB, second]) => Some(chars::block_of(lead, second)),
        _ => None,
    }
}

/// Extends `i` over the attaching characters that follow it (WB4).
#[inline]
fn absorb_attaching(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            break; // no ASCII character attaches
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

/// Whether U+20E3 occurs in the run of grapheme extenders (Extend, ZWJ,
/// SpacingMark) that starts at byte `i`.
#[inline(always)]
fn keycap_in_extend_run(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // The common case: the next character is ASCII or a non-mark of the
    // Arabic block, which ends the run at once.
    match bytes.get(i..i + 2) {
        None => return false,
        Some(&[b, _]) if b < 0x80 => return false,
        Some(&[lead @ 0xD8..=0xDB, second]) if chars::block_of(lead, second) != Block::Mark => {
            return false
        }
        _ => {}
    }
    keycap_in_extend_run_slow(text, i)
}

fn keycap_in_extend_run_slow(text: &str, mut i: usize) -> bool {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            return false; // ASCII never extends a cluster
        }
        if let Some(class) = block_at(bytes, i) {
            // In the Arabic block only the marks (Mn) extend a cluster.
            if class != Block::Mark {
                return false;
            }
            i += 2;
            continue;
        }
        match char_at(text, i) {
            Some(chars::KEYCAP) => return true,
            Some(d) if chars::extends_grapheme(d) => i += d.len_utf8(),
            _ => return false,
        }
    }
    false
}

/// If the grapheme cluster starting at `start` is an emoji cluster (it holds
/// an `Extended_Pictographic` character or U+20E3, or is a regional-indicator
/// pair), its end.
///
/// A cluster that starts with `White_Space` is never an emoji cluster: a
/// space followed by U+20E3 stays a space (then a Symbol), so that
/// tokenizing stays local (DESIGN §6, invariant 4).
pub(crate) fn emoji_cluster_end(text: &str, start: usize, c: char) -> Option<usize> {
    if chars::is_white_space(c) {
        return None;
    }
    let after = start + c.len_utf8();
    let simple = c.is_ascii() || (chars::in_arabic_block(c) && !chars::is_prepend(c));
    // For ASCII and the Arabic block (Prepend aside), the cluster is `c` and
    // the Extend / ZWJ / SpacingMark run after it: only a keycap in that run
    // can make it an emoji cluster.
    if simple && !keycap_in_extend_run(text, after) {
        return None;
    }
    let g = text[start..].graphemes(true).next()?;
    let mut it = g.chars();
    let first = it.next()?;
    let ri_pair =
        chars::is_regional_indicator(first) && it.next().is_some_and(chars::is_regional_indicator);
    let emoji = ri_pair
        || g.chars()
            .any(|d| d == chars::KEYCAP || chars::is_extended_pictographic(d));
    emoji.then_some(start + g.len())
}

impl Segments<'_> {
    pub(super) fn scan(&mut self, start: usize, c: char) -> (usize, TokenKind) {
        let text = self.text;
        let after = start + c.len_utf8();
        if let Some(end) = emoji_cluster_end(text, start, c) {
            return (absorb_attaching(text, end), TokenKind::Symbol);
        }
        if let Some(style) = chars::quote_style(c) {
            let role = self.resolver.resolve(text, start, c, style);
            return (after, TokenKind::Quote(Quote::new(style, role)));
        }
        if let Some(group) = chars::script_group(c) {
            return (word_end(text, after, c, group), TokenKind::Word(group));
        }
        if chars::is_digit(c) {
            return (
                absorb_attaching(text, number_end(text, after)),
                TokenKind::Number,
            );
        }
        if chars::is_white_space(c) {
            return (whitespace_end(text, after), TokenKind::Whitespace);
        }
        if let Some(kind) = chars::punct_kind(c) {
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
            return (i, TokenKind::Punctuation(kind));
        }
        if chars::is_symbol(c) {
            let g = text[start..]
                .graphemes(true)
                .next()
                .map_or(after, |g| start + g.len());
            return (absorb_attaching(text, g), TokenKind::Symbol);
        }
        // Stray attaching characters (a mark after a space, punctuation or a
        // quote) form one Other token; so does anything unclassified, with the
        // attaching characters after it.
        (absorb_attaching(text, after), TokenKind::Other)
    }
}

impl Segments<'_> {
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
            let kind = match class {
                Block::Letter => TokenKind::Word(Script::Arabic),
                Block::Digit => TokenKind::Number,
                Block::Mark | Block::AttachLetter => TokenKind::Other,
                _ => return None,
            };
            if keycap_in_extend_run(text, after) {
                return None;
            }
            let end = match kind {
                TokenKind::Word(_) => arabic_word_end(text, after),
                TokenKind::Number => absorb_attaching(text, number_end(text, after)),
                _ => absorb_attaching(text, after),
            };
            return Some((end, kind));
        }
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            return Some((whitespace_end(text, start + 1), TokenKind::Whitespace));
        }
        let after = start + 1;
        if b >= 0x80 || bytes.get(after).is_some_and(|&n| n >= 0x80) {
            // Non-ASCII, or ASCII that a combining character may follow.
            return None;
        }
        let token = match b {
            b'a'..=b'z' | b'A'..=b'Z' => (
                word_end(text, after, b as char, Script::Latin),
                TokenKind::Word(Script::Latin),
            ),
            b'0'..=b'9' => (
                absorb_attaching(text, number_end(text, after)),
                TokenKind::Number,
            ),
            _ => return None,
        };
        Some(token)
    }
}

/// The end of an Arabic word whose first letter ends at byte `i`: a tight
/// loop over the 2-byte characters of the Arabic block, then the general
/// rules for anything else.
#[inline]
fn arabic_word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(i..i + 2) {
        if !chars::CONTINUES_ARABIC_WORD[(((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize]
        {
            return i;
        }
        i += 2;
    }
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => word_end(text, i, chars::ALEF, Script::Arabic),
        _ => i,
    }
}

/// The end of a run of `White_Space` that continues at byte `i`.
#[inline]
fn whitespace_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            i += 1;
            continue;
        }
        if b < 0x80 || block_at(bytes, i).is_some() {
            break;
        }
        match char_at(text, i) {
            Some(d) if chars::is_white_space(d) => i += d.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The end of a word that started with `first` (script group `group`) and
/// continues at byte `i`.
fn word_end(text: &str, mut i: usize, first: char, group: Script) -> usize {
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
                if matches!(
                    class,
                    Block::Letter | Block::Mark | Block::AttachLetter | Block::Format
                ) {
                    i += 2;
                    continue;
                }
                break;
            }
        }
        if b < 0x80 && !(group == Script::Latin && b == b'\'') {
            break; // other ASCII ends every word
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
            let latin = |c: Option<char>| c.and_then(chars::script_group) == Some(Script::Latin);
            if !(latin(Some(prev)) && latin(char_at(text, i + len))) {
                break;
            }
        } else if chars::is_attaching(d) {
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

/// The end of a number that continues at byte `i`: digits of any script, and
/// `٫ ٬ . ,` when a digit follows.
fn number_end(text: &str, mut i: usize) -> usize {
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
        let separator = chars::is_number_separator(d)
            && char_at(text, i + d.len_utf8()).is_some_and(chars::is_digit);
        if !(chars::is_digit(d) || separator) {
            break;
        }
        i += d.len_utf8();
    }
    i
}
