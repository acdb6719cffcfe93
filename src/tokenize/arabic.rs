//! Byte-level tests of the Arabic fast paths of the scanner: where an
//! Arabic word surely ends, and the presentation-form letters (ﷺ) that make
//! a word alone. Each answers as the general path would, without decoding
//! or property lookups.

use super::at::{block_at, char_at};
use super::{Script, Segments, Token, TokenKind};
use crate::chars::{self, Block};

/// Whether the character at byte `i` (a boundary) surely ends an Arabic
/// word and extends no grapheme cluster: the end of the text, a character
/// below U+0300 but U+00AD SOFT HYPHEN (a format control, which attaches),
/// the general punctuation U+2010–U+2027, U+2030–U+203F, the pictographs
/// and emoji U+1F400–U+1FAFF (the skin-tone modifiers before them extend a
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

/// [`ends_arabic_word`] past ASCII.
#[inline(never)]
fn non_ascii_ends_arabic_word(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..).unwrap_or_default() {
        [0xC2, 0xAD, ..] => false,
        [lead, ..] if *lead < 0xCC => true,
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

/// The end of the word that a presentation-form letter (U+FB50–U+FDFF,
/// U+FE70–U+FEFE: ﷺ, ﻻ …) at byte `start` makes alone, before ASCII or the
/// end of the text. Its grapheme cluster is the letter alone (nothing
/// before ASCII extends it), so it is no emoji, and none of the general
/// path's tests before the letters' holds in those blocks. `None` for any
/// other start (its lead byte is 0xEF).
#[inline(never)]
pub(super) fn presentation_word_end(text: &str, start: usize) -> Option<usize> {
    let c = char_at(text, start)?;
    let after = start + c.len_utf8();
    let before_ascii = text.as_bytes().get(after).is_none_or(|&b| b < 0x80);
    // Of the characters with lead byte 0xEF (U+F000–U+FFFF), only the
    // presentation forms' letters are Arabic letters.
    (before_ascii && chars::is_arabic_letter(c)).then_some(after)
}

impl<'a> Segments<'a> {
    /// A word of one presentation-form letter at the current position, in
    /// line ([`presentation_word_end`]; its second byte in 0xAD–0xBB, the
    /// blocks U+FB50–U+FDFF and U+FE70–U+FEFE): the general path's answer.
    /// `None` for any other start.
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
        let texts = [
            "ﷺ",
            "ﷺ ",
            "ﻻ.",
            "ﷺﷺ",
            "﴾ ",
            "﷼ ",
            "ﷺ\u{20E3}",
            "ﷺ\u{064E} ",
            "\u{FFFD} ",
            "ﭐ",
        ];
        for text in texts {
            let c = char_at(text, 0).unwrap();
            let general = Segments::scan(&mut Tokenizer::new().segments(text), 0, c);
            if let Some(end) = presentation_word_end(text, 0) {
                assert_eq!((end, TokenKind::Word(Script::Arabic)), general, "{text:?}");
            }
            // The in-line path of `Tokens::next` gives the general token.
            let token = Tokenizer::new().tokenize(text).next().unwrap();
            assert_eq!((token.span().end, token.kind()), general, "{text:?}");
        }
        let ends = ('\u{80}'..='\u{2FF}')
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
