//! The word filters Lucene's chain runs before the normalizer: lower case
//! (`LowerCaseFilter`) and decimal digits (`DecimalDigitFilter`), each
//! borrowing the word when it changes nothing.

use alloc::borrow::Cow;

use crate::chars;

/// Whether lower-casing and digit folding leave `word` as it is, decided by
/// its bytes (most words of Arabic text): no ASCII capital, and nothing but
/// ASCII and the Arabic block (U+0600–U+06FF, lead bytes D8–DB, which has
/// no case) other than the Arabic-Indic digits U+0660–U+0669 (D9 A0–A9) and
/// U+06F0–U+06F9 (DB B0–B9).
pub(super) fn caseless_without_digits(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| match b {
        b'A'..=b'Z' => false,
        0xD9 => !matches!(bytes.get(i + 1), Some(0xA0..=0xA9)),
        0xDB => !matches!(bytes.get(i + 1), Some(0xB0..=0xB9)),
        0xC0.. => matches!(b, 0xD8 | 0xDA),
        _ => true,
    })
}

/// Every decimal digit (Nd) to ASCII, as Lucene's DecimalDigitFilter.
pub(super) fn ascii_digits(word: &str) -> Cow<'_, str> {
    // The only Nd digits with 2-byte UTF-8 are U+0660–U+0669 (D9 A0–A9),
    // U+06F0–U+06F9 (DB B0–B9) and U+07C0–U+07C9 (DF 80–89); a word with
    // none of them and no longer character has nothing to fold.
    let bytes = word.as_bytes();
    let longer_char = bytes.iter().any(|&b| b >= 0xE0);
    let two_byte_digit = bytes.windows(2).any(|pair| {
        matches!(
            pair,
            [0xD9, 0xA0..=0xA9] | [0xDB, 0xB0..=0xB9] | [0xDF, 0x80..=0x89]
        )
    });
    let folds = |c: char| !c.is_ascii() && chars::is_digit(c);
    if !(longer_char || two_byte_digit) || !word.chars().any(folds) {
        return Cow::Borrowed(word);
    }
    let ascii = |c: char| match chars::digit_value(c) {
        Some(v) if !c.is_ascii() => char::from_digit(v, 10).unwrap_or(c),
        _ => c,
    };
    Cow::Owned(word.chars().map(ascii).collect())
}

/// Applies a `&str → Cow` step to a `Cow`, keeping the borrow when both are
/// borrowed.
pub(super) fn map_cow<'a>(
    input: Cow<'a, str>,
    step: impl for<'b> Fn(&'b str) -> Cow<'b, str>,
) -> Cow<'a, str> {
    match input {
        Cow::Borrowed(s) => step(s),
        Cow::Owned(s) => Cow::Owned(step(&s).into_owned()),
    }
}

/// Lower-cases like Java's `Character.toLowerCase(int)` per code point (the
/// simple case mapping): `char::to_lowercase` where it gives one character,
/// and U+0130 İ → i, the one character whose full lower case is longer.
pub(super) fn lowercase(s: &str) -> Cow<'_, str> {
    let simple = |c: char| {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => 'i', // U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE
        }
    };
    if s.chars().all(|c| simple(c) == c) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().map(simple).collect())
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::ascii_digits;
    use crate::normalize::{Digits, Normalizer};

    /// Every character (digits of every script among them) folds as
    /// `Digits::Ascii` folds it, alone and inside a word.
    #[test]
    fn digits_fold_as_the_normalizer_folds_them() {
        let n = Normalizer::new().digits(Digits::Ascii);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut word = String::from("ك");
            word.push(c);
            word.push('7');
            assert_eq!(ascii_digits(&word), n.normalize(&word), "{c:?}");
        }
        assert_eq!(ascii_digits("٢٠۲٠"), "2020");
    }
}
