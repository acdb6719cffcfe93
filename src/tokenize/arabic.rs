//! Arabic words in line: the words that start with a letter of the Arabic
//! block or of the presentation forms (ﷺ), read with byte-level tests of
//! where an Arabic word surely ends. Each answers as the general path
//! would, without decoding or property lookups.

use super::at::block_at;
use super::emoji::keycap_in_extend_run;
use super::swar;
use super::word::word_end;
use super::{Script, Segments, Token, TokenKind};
use crate::chars::{self, Block};

/// Whether the character at byte `i` (a boundary) surely ends an Arabic
/// word and extends no grapheme cluster: the end of the text, a character
/// below U+0300 but U+00AD SOFT HYPHEN (a format control, which attaches),
/// the punctuation, digits and symbols of the Arabic block (، ٣ ۞), the
/// general punctuation U+2010–U+2027, U+2030–U+203F, the pictographs and
/// emoji U+1F400–U+1FAFF (the skin-tone modifiers before them extend a
/// cluster) or U+FFFD. None of them is an Arabic letter, a mark, a format
/// control (but U+00AD) or tatweel, so the scanner's general word rules
/// would stop there too; none attaches to the token before it.
#[inline(always)]
pub(super) fn ends_arabic_word(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => non_ascii_ends_arabic_word(bytes, i),
        _ => true,
    }
}

/// [`ends_arabic_word`] for the end of a word's first run of letters, with
/// the two most common ends past ASCII answered in line: the punctuation
/// of the Arabic block (، ؛ ؟) and « » (C2 AB, C2 BB), where text without
/// spaces ends its words. Only there: in line at every caller, the larger
/// test slowed the other paths.
#[inline(always)]
fn ends_letter_run(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => match bytes.get(i..i + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => block_ends_word(lead, second),
            Some(&[0xC2, second]) => second != 0xAD,
            _ => non_ascii_ends_arabic_word(bytes, i),
        },
        _ => true,
    }
}

/// Whether the character of the Arabic block whose UTF-8 bytes are `lead`,
/// `second` ends an Arabic word ([`ends_arabic_word`]): its punctuation,
/// digits and symbols.
#[inline(always)]
fn block_ends_word(lead: u8, second: u8) -> bool {
    matches!(
        chars::block_of(lead, second),
        Block::Punct | Block::Digit | Block::Symbol
    )
}

/// [`ends_arabic_word`] past ASCII.
#[inline(never)]
fn non_ascii_ends_arabic_word(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..).unwrap_or_default() {
        [0xC2, 0xAD, ..] => false,
        [lead, ..] if *lead < 0xCC => true,
        [lead @ 0xD8..=0xDB, second, ..] => block_ends_word(*lead, *second),
        [0xE2, 0x80, third, ..] => matches!(third, 0x90..=0xA7 | 0xB0..=0xBF),
        [0xF0, 0x9F, 0x90..=0xAB, ..] | [0xEF, 0xBF, 0xBD, ..] => true,
        _ => false,
    }
}

/// Whether the character at byte `i` (a boundary) surely extends no
/// grapheme cluster and attaches to nothing before it: a letter, digit,
/// punctuation or symbol of the Arabic block, or what surely ends an
/// Arabic word ([`ends_arabic_word`]). An ASCII token before it is then its
/// first character's whole cluster, as the byte-level dispatch needs.
#[inline(always)]
pub(super) fn extends_nothing(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(&b) if b >= 0x80 => match block_at(bytes, i) {
            Some(class) => matches!(
                class,
                Block::Letter | Block::Digit | Block::Punct | Block::Symbol
            ),
            None => ends_arabic_word(bytes, i),
        },
        _ => true,
    }
}

/// The end of the Arabic word whose first character, a letter of the Arabic
/// block, is at byte `start`; `None` when a keycap (U+20E3) joins that
/// letter's grapheme cluster, which makes it an emoji (the general path's).
#[inline(always)]
pub(super) fn letter_word_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let i = swar::skip_core_arabic(bytes, start + 2);
    // The common end: the run of basic letters and harakat meets a
    // character that ends the word and extends no cluster (ASCII most
    // often). The letter's grapheme cluster then ends inside the run (at
    // its first non-mark) or there, so no keycap is in it.
    if ends_letter_run(bytes, i) {
        return Some(i);
    }
    if keycap_in_extend_run(text, start + 2) {
        return None;
    }
    // The run is read again from `i` at no cost: it stops there at once.
    Some(arabic_word_end(text, i))
}

/// The end of an Arabic word whose first letter ends at byte `i`: a tight
/// loop over the 2-byte characters of the Arabic block, then the general
/// rules for anything else.
#[inline(never)]
fn arabic_word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    // Four characters at a time over the basic letters and harakat; the
    // other characters of the block one at a time.
    let mut i = swar::skip_core_arabic(bytes, i);
    loop {
        match *bytes.get(i..).unwrap_or_default() {
            [lead @ 0xD8..=0xDB, second, ..] => {
                if !chars::CONTINUES_ARABIC_WORD[chars::block_index_utf8(lead, second)] {
                    if chars::block_of(lead, second) == Block::Format {
                        // A prepended concatenation mark: it ends the word
                        // only when a number follows it.
                        return word_end(text, i, chars::ALEF, Script::Arabic);
                    }
                    return i;
                }
                i = swar::skip_core_arabic(bytes, i + 2);
            }
            // ZWNJ and ZWJ (Persian نرم‌افزار): format controls, which an
            // Arabic word takes as it goes on.
            [0xE2, 0x80, 0x8C | 0x8D, ..] => i = swar::skip_core_arabic(bytes, i + 3),
            _ => break,
        }
    }
    if ends_arabic_word(bytes, i) {
        i
    } else {
        word_end(text, i, chars::ALEF, Script::Arabic)
    }
}

/// Whether an Arabic letter of the presentation forms (U+FB50–U+FDFF,
/// U+FE70–U+FEFE: ﷺ, ﻻ …) starts at byte `i`.
#[inline(always)]
fn presentation_letter_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 3) {
        Some(&[0xEF, second @ 0xAD..=0xBB, third]) => {
            let cp = 0xF000 | (u32::from(second & 0x3F) << 6) | u32::from(third & 0x3F);
            char::from_u32(cp).is_some_and(chars::is_presentation_letter)
        }
        _ => false,
    }
}

/// The end of the Arabic word whose first character, a letter of the
/// presentation forms, is at byte `start`; `None` for any other start, or
/// when a keycap joins that letter's grapheme cluster (in those blocks only
/// a keycap makes a cluster an emoji, and none of the general path's tests
/// before the letters' holds). Before ASCII or the end of the text the
/// word is the letter alone.
#[inline(always)]
pub(super) fn presentation_word_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !presentation_letter_at(bytes, start) {
        return None;
    }
    let after = start + 3;
    if bytes.get(after).is_none_or(|&b| b < 0x80) {
        return Some(after);
    }
    presentation_run_end(text, after)
}

/// [`presentation_word_end`] past its first letter, which ends at byte `i`,
/// before a character other than ASCII: the presentation letters and the
/// basic letters and harakat are read in a tight loop, then the word goes
/// on as one that started with a letter of the block.
#[inline(never)]
fn presentation_run_end(text: &str, mut i: usize) -> Option<usize> {
    if keycap_in_extend_run(text, i) {
        return None;
    }
    let bytes = text.as_bytes();
    loop {
        if presentation_letter_at(bytes, i) {
            i += 3;
            continue;
        }
        let run = swar::skip_core_arabic(bytes, i);
        if run == i {
            break;
        }
        i = run;
    }
    Some(if ends_arabic_word(bytes, i) {
        i
    } else {
        arabic_word_end(text, i)
    })
}

impl<'a> Segments<'a> {
    /// The word that a presentation-form letter starts at the current
    /// position, in line ([`presentation_word_end`]; its second byte in
    /// 0xAD–0xBB, the blocks U+FB50–U+FDFF and U+FE70–U+FEFE): the general
    /// path's answer. `None` for any other start.
    #[inline(always)]
    pub(super) fn presentation_word(&mut self) -> Option<Token<'a>> {
        let start = self.pos;
        let &[0xEF, 0xAD..=0xBB] = self.text.as_bytes().get(start..start + 2)? else {
            return None;
        };
        let end = presentation_word_end(self.text, start)?;
        self.pos = end;
        Some(Token::new(
            &self.text[start..end],
            start,
            TokenKind::Word(Script::Arabic),
        ))
    }
}

impl<'a> Segments<'a> {
    /// The most common token, in line: an Arabic word that starts with a
    /// letter of the block, no keycap after it (the same answer as
    /// [`scan_fast`](Self::scan_fast)'s). `None` for any other start.
    #[inline(always)]
    pub(super) fn arabic_word(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.pos;
        let lead = *bytes.get(start)?;
        let second = *bytes.get(start + 1)?;
        if !matches!(lead, 0xD8..=0xDB) || chars::block_of(lead, second) != Block::Letter {
            return None;
        }
        let end = letter_word_end(text, start)?;
        self.pos = end;
        Some(Token::new(
            &text[start..end],
            start,
            TokenKind::Word(Script::Arabic),
        ))
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;
    use crate::tokenize::Tokenizer;

    /// The characters of the Arabic block that `extends_nothing` names
    /// extend no grapheme cluster and attach nothing.
    #[test]
    fn block_characters_that_extend_nothing() {
        for c in '\u{0600}'..='\u{06FF}' {
            let mut buf = [0; 4];
            if extends_nothing(c.encode_utf8(&mut buf).as_bytes(), 0) {
                assert!(
                    !chars::extends_grapheme(c) && !chars::is_attaching(c),
                    "{c:?}"
                );
            }
        }
    }

    /// Where the presentation-form path answers, the general scan gives the
    /// same word; a word ends where the end test says it surely does.
    #[test]
    fn fast_answers_agree_with_the_general_scan() {
        let firsts = [
            "ﷺ", "ﻻ", "ﭐ", "ﻣ", "﴾", "﷼", "\u{FDCF}", "\u{FEFF}", "\u{FFFD}",
        ];
        let nexts = [
            "",
            " ",
            ".",
            "ﷺ",
            "ﷺﷺ ",
            "ﺮﺣﺒﺎ ",
            "بﷺ",
            "ب ",
            "\u{20E3}",
            "\u{FE0F}\u{20E3}",
            "\u{064E} ",
            "\u{064E}\u{20E3}",
            "\u{0670}ب",
            "\u{0600}1",
            "\u{0600}ب",
            "\u{200C}ب",
            "\u{200D}😀",
            "ـ",
            "ۥ",
            "٣",
            "a",
            "é",
            "ж",
            "😀",
            "،",
            "\u{FE0F}",
        ];
        let texts = firsts
            .iter()
            .flat_map(|first| nexts.iter().map(move |next| format!("{first}{next}")));
        for text in texts {
            let text = text.as_str();
            let c = text.chars().next().unwrap();
            let general = Segments::scan(&mut Tokenizer::new().segments(text), 0, c);
            if let Some(end) = presentation_word_end(text, 0) {
                assert_eq!((end, TokenKind::Word(Script::Arabic)), general, "{text:?}");
            }
            // The in-line path of `Tokens::next` gives the general token
            // (a BOM is a blank, which it skips).
            if general.1 != TokenKind::Whitespace {
                let token = Tokenizer::new().tokenize(text).next().unwrap();
                assert_eq!((token.span().end, token.kind()), general, "{text:?}");
            }
        }
        let ends = ('\u{80}'..='\u{2FF}')
            .chain('\u{0600}'..='\u{06FF}')
            .chain('\u{2010}'..='\u{203F}')
            .chain('\u{1F400}'..='\u{1FAFF}')
            .chain(['\u{FFFD}']);
        for c in ends {
            let text = format!("ب{c}");
            let word = Tokenizer::new().tokenize(&text).next().unwrap();
            if ends_arabic_word(text.as_bytes(), 2) {
                assert_eq!(word.text(), "ب", "{c:?}");
                assert!(
                    !chars::extends_grapheme(c) && !chars::is_attaching(c),
                    "{c:?}"
                );
            }
        }
    }
}
