//! Which words the search analyzer leaves unstemmed: words written with
//! letters of the Arabic script that Arabic itself does not use (Persian,
//! Urdu, Pashto, Kurdish, …), where Lucene's Arabic suffixes are not
//! suffixes (`پاکستان`, not `پاکست` + ان). A word written only with letters
//! that Arabic shares (`نوجوان`) cannot be told apart this way.

use icu_properties::props::{GeneralCategory, GeneralCategoryGroup, Script};
use icu_properties::CodePointMapData;

use crate::chars;

/// Whether `c` is one of the letters of the Arabic alphabet (U+0621–U+063A,
/// U+0640–U+064A, with the tatweel), alef wasla U+0671 or a Quranic letter
/// (dotless beh and qaf U+066E–U+066F, small waw and yeh U+06E5–U+06E6).
const fn is_arabic_alphabet(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{063A}'
            | '\u{0640}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'
            | '\u{06E5}'..='\u{06E6}'
    )
}

/// Whether `c`, or a letter of its compatibility decomposition (presentation
/// forms), is a letter of the Arabic script outside the Arabic alphabet
/// (`پ چ ژ گ ک ی ے ہ ٹ ڈ ڑ ں ھ ۃ ې …`).
fn is_non_arabic_letter(c: char) -> bool {
    let other = |c: char| {
        !is_arabic_alphabet(c)
            && CodePointMapData::<Script>::new().get(c) == Script::Arabic
            && GeneralCategoryGroup::Letter
                .contains(CodePointMapData::<GeneralCategory>::new().get(c))
    };
    if !('\u{FB50}'..='\u{FEFF}').contains(&c) {
        return other(c);
    }
    let mut found = false;
    unicode_normalization::char::decompose_compatible(c, |d| found |= other(d));
    found
}

/// Whether `word` has a letter that Arabic does not use
/// ([`is_non_arabic_letter`]). The analyzer asks this of the normalized
/// word: a ک or ی that the normalizer folds into ك or ي was typed in an
/// Arabic word as often as not (news: `علی`, `سیاسیة`, `وزیر`).
pub(super) fn has_non_arabic_letter(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0..0x80 => i += 1,
            // The Arabic block, U+0600–U+06FF, by its table.
            lead @ 0xD8..=0xDB if i + 1 < bytes.len() => {
                let index = chars::block_index_utf8(lead, bytes[i + 1]);
                if NON_ARABIC_IN_BLOCK[index / 64] & (1 << (index % 64)) != 0 {
                    return true;
                }
                i += 2;
            }
            _ => return word[i..].chars().any(is_non_arabic_letter),
        }
    }
    false
}

/// [`is_non_arabic_letter`] on U+0600–U+06FF, one bit a code point (the
/// test below checks it against the Unicode data).
const NON_ARABIC_IN_BLOCK: [u64; 4] = {
    let mut table = [0u64; 4];
    let mut i = 0;
    while i < 256 {
        // The Arabic letters of the block that are not in the alphabet.
        let c = chars::block_char(i);
        if chars::is_arabic_block_letter(c) && !is_arabic_alphabet(c) {
            table[i / 64] |= 1 << (i % 64);
        }
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::{has_non_arabic_letter, is_non_arabic_letter, NON_ARABIC_IN_BLOCK};

    #[test]
    fn the_block_table_is_the_unicode_data() {
        for i in 0..256 {
            let c = crate::chars::block_char(i);
            let bit = NON_ARABIC_IN_BLOCK[i / 64] & (1 << (i % 64)) != 0;
            assert_eq!(bit, is_non_arabic_letter(c), "{c:?}");
        }
    }

    #[test]
    fn persian_and_urdu_letters_but_not_arabic_ones() {
        for w in [
            "پاکستان",
            "جوانی",
            "چشم",
            "ژاله",
            "گل",
            "کتاب",
            "فارسی",
            "ہے",
            "ﭘ",
        ] {
            assert!(has_non_arabic_letter(w), "{w}");
        }
        for w in [
            "نوجوان",
            "الكتاب",
            "ٱلرَّحْمَٰنِ",
            "مـدرسة",
            "ﻻ",
            "ﷺ",
            "2015م",
            "abc",
        ] {
            assert!(!has_non_arabic_letter(w), "{w}");
        }
    }
}
