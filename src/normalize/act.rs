//! The action of each character the fast path takes by itself ([`Act`]):
//! from the tables of [`chars::FOLD`](crate::chars) and the switches, which
//! [`Normalizer::arabic_act`] and [`Normalizer::act_at`] name one by one, so
//! that a new switch does not compile until they say what it does. Below
//! both the fast path ([`fast`](super::fast)) and the word rules
//! ([`words`](super::words)), which read the actions.

use unicode_normalization::char::canonical_combining_class;

use crate::chars::{self, Fold};
use crate::normalize::quran::hamza_before_alef;
use crate::normalize::switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};
use crate::normalize::table::{pictograph_at, quote_at, stray_joiner_at, symbol_at};

/// What to do with one character.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Act {
    Keep,
    Drop,
    Push(char),
    Slow,
}

/// Whether the character starting at byte `i` may be a space or a line break
/// that is not ASCII (NBSP, NEL, U+1680, U+2000–U+200A, LS, PS, U+202F,
/// U+205F, U+3000): conservatively by its first bytes, but for the
/// dashes, quotes and other punctuation of U+2010–U+2027 (a space before
/// the en dash of a headline stays in the fast path).
#[inline(always)]
fn maybe_unicode_ws(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xC2 => matches!(bytes.get(i + 1), Some(0xA0 | 0x85)),
        0xE1 | 0xE3 => true,
        0xE2 => matches!(
            bytes.get(i + 1..i + 3),
            Some([0x80, 0x80..=0x8F | 0xA8..=0xBF] | [0x81, 0x9F])
        ),
        _ => false,
    }
}

impl Normalizer {
    /// The action for the Arabic-block character with table index `idx`
    /// (U+0600 + idx), with `last_ccc` the combining class of the last kept
    /// character.
    #[inline(always)]
    pub(super) fn arabic_act(&self, idx: usize, last_ccc: u8) -> (Act, u8) {
        // Every switch, so that a new one does not compile until the fast
        // path says what it does with the Arabic block.
        let Normalizer {
            // Only marks can change under a Unicode form here: `mark_act`.
            unicode_form: _,
            // No presentation form, quote or space is in the block.
            presentation_forms: _,
            quotes: _,
            whitespace: _,
            // U+061C, the block's one control, and ٫ ٬ are `Fold::Slow`.
            controls: _,
            number_separators: _,
            quran_orthography,
            strip_tatweel,
            // A tatweel before a mark is slow (`act_at`).
            keep_tatweel_carriers: _,
            superscript_alef,
            // `mark_act`.
            diacritics: _,
            // Read through `self` below.
            fold_persian: _,
            fold_kurdish: _,
            fold_alef_maksura,
            fold_teh_marbuta,
            fold_alef_hamza,
            fold_alef,
            fold_hamza_carriers,
            // Runs of output letters: `normalize_fast` and the tight loop.
            collapse_elongation: _,
            digits,
            punctuation,
        } = *self;
        let c = |cp: u32| char::from_u32(cp).unwrap_or('\u{FFFD}');
        let keep = (Act::Keep, 0);
        match chars::FOLD[idx] {
            Fold::Unchanged | Fold::Other => keep,
            Fold::AlefMaksura if fold_alef_maksura => (Act::Push(chars::YEH), 0),
            Fold::TehMarbuta if fold_teh_marbuta => (Act::Push(chars::HEH), 0),
            Fold::AlefHamza if fold_alef || fold_alef_hamza => (Act::Push(chars::ALEF), 0),
            Fold::AlefVariant if fold_alef => (Act::Push(chars::ALEF), 0),
            // The other folds may apply to the target (ۃ → ة → ه).
            Fold::Persian(_) if self.fold_persian => {
                (Act::Push(self.fold_letter(chars::block_char(idx))), 0)
            }
            Fold::Kurdish(_) if self.fold_kurdish => {
                (Act::Push(self.fold_letter(chars::block_char(idx))), 0)
            }
            Fold::HamzaCarrier(to) if fold_hamza_carriers => (Act::Push(to), 0),
            Fold::AlefMaksura
            | Fold::TehMarbuta
            | Fold::AlefHamza
            | Fold::AlefVariant
            | Fold::Persian(_)
            | Fold::Kurdish(_)
            | Fold::HamzaCarrier(_) => keep,
            // Under quran_orthography ء before an alef is slow (see act_at).
            Fold::Hamza => keep,
            Fold::Tatweel if strip_tatweel => (Act::Drop, last_ccc),
            Fold::Tatweel => keep,
            // Quran orthography: the dagger alef by its word, and the small
            // high yeh over a tatweel.
            Fold::SuperscriptAlef if quran_orthography => (Act::Slow, last_ccc),
            Fold::Diacritic(_) if quran_orthography && idx == 0xE7 => (Act::Slow, last_ccc),
            Fold::SuperscriptAlef => match superscript_alef {
                SuperscriptAlef::Remove => (Act::Drop, last_ccc),
                SuperscriptAlef::ToAlef => (Act::Slow, last_ccc),
                SuperscriptAlef::Keep => self.mark_act(idx, Diacritics::SUPERSCRIPT_ALEF, last_ccc),
            },
            Fold::Diacritic(class) => self.mark_act(idx, class, last_ccc),
            Fold::Digit(v) => match digits {
                Digits::Keep => keep,
                Digits::Ascii => (Act::Push(c(0x30 + u32::from(v))), 0),
                Digits::ArabicIndic if idx < 0x70 => keep,
                Digits::ArabicIndic => (Act::Push(c(0x0660 + u32::from(v))), 0),
            },
            Fold::Punct(to) if punctuation == Punctuation::Ascii => (Act::Push(to), 0),
            Fold::Punct(_) => keep,
            Fold::Slow => (Act::Slow, last_ccc),
        }
    }

    /// A diacritic of `class`: dropped when stripped; kept unless a Unicode
    /// form would reorder it after the last kept mark.
    #[inline(always)]
    fn mark_act(&self, idx: usize, class: Diacritics, last_ccc: u8) -> (Act, u8) {
        if self.diacritics.contains(class) {
            return (Act::Drop, last_ccc);
        }
        let c = chars::block_char(idx);
        let ccc = canonical_combining_class(c);
        if self.unicode_form != Form::None && ccc != 0 && ccc < last_ccc {
            (Act::Slow, last_ccc) // canonical reordering
        } else {
            (Act::Keep, ccc)
        }
    }

    /// The character that replaces the Arabic-block character U+0600 +
    /// `idx` of a kind in [`Mode::replace`].
    #[inline(never)]
    pub(super) fn replacement(&self, idx: usize) -> char {
        match self.arabic_act(idx, 0).0 {
            Act::Push(c) => c,
            _ => '\u{FFFD}',
        }
    }

    /// A run of spaces (ASCII space, NBSP) from byte `i` under
    /// [`Whitespace::Collapse`]: dropped at the start or end of a line, kept
    /// (a single U+0020) or collapsed to one U+0020 before a kept non-space,
    /// slow otherwise. Returns the action and the run's length.
    fn space_run_act(&self, bytes: &[u8], i: usize, last_ws: bool) -> (Act, usize) {
        let mut j = i;
        loop {
            match bytes.get(j) {
                Some(b' ') => j += 1,
                Some(0xC2) if bytes.get(j + 1) == Some(&0xA0) => j += 2,
                _ => break,
            }
        }
        let len = j - i;
        if last_ws {
            return (Act::Drop, len); // start of a line
        }
        let next_kept = match bytes.get(j) {
            None => return (Act::Drop, len), // end of the text
            // The end of a line, or a TAB (kept, and trims the spaces around it).
            Some(b'\n' | b'\r' | 0x0B | 0x0C | b'\t') => return (Act::Drop, len),
            Some(&n) if n < 0x80 => true,
            Some(&n @ 0xD8..=0xDB) => {
                let idx = chars::block_index_utf8(n, bytes[j + 1]);
                matches!(self.arabic_act(idx, 0).0, Act::Keep | Act::Push(_))
            }
            // A quote (kept) or a slow character, whose region will cover
            // this run; spaces and line breaks beyond ASCII stay slow.
            Some(_) => !maybe_unicode_ws(bytes, j),
        };
        match (next_kept, len == 1 && bytes[i] == b' ') {
            (false, _) => (Act::Slow, len),
            (true, true) => (Act::Keep, len),
            (true, false) => (Act::Push(' '), len),
        }
    }

    /// The action for the character at byte `i` and its length; `last_ws`
    /// says whether the last kept character is a space or line break (or
    /// there is none on this line).
    #[inline(always)]
    pub(super) fn act_at(
        &self,
        bytes: &[u8],
        i: usize,
        last_ws: bool,
        last_ccc: u8,
    ) -> (Act, usize, u8) {
        // Every switch, so that a new one does not compile until the fast
        // path says what it does with ASCII and the characters it knows
        // beyond the Arabic block.
        let Normalizer {
            unicode_form,
            // Presentation forms are expanded by `normalize_fast` before
            // this, or are slow here.
            presentation_forms: _,
            // Every control but U+061C (`Fold::Slow`) is beyond ASCII and
            // the Arabic block: slow here, but a ZWJ before a pictograph.
            controls,
            quran_orthography,
            keep_tatweel_carriers,
            // No switch of steps 3–5 changes ASCII; the Arabic block is
            // `arabic_act`'s.
            strip_tatweel: _,
            superscript_alef: _,
            diacritics: _,
            fold_persian: _,
            fold_kurdish: _,
            fold_alef_maksura: _,
            fold_teh_marbuta: _,
            fold_alef_hamza: _,
            fold_alef: _,
            fold_hamza_carriers: _,
            // Runs of output letters: `normalize_fast` and the tight loop.
            collapse_elongation: _,
            digits,
            // ASCII `,` and `.` stay under both (they are ambiguous).
            number_separators: _,
            punctuation: _,
            quotes,
            whitespace,
        } = *self;
        let b = bytes[i];
        let collapse = whitespace == Whitespace::Collapse;
        if collapse && (b == b' ' || (b == 0xC2 && bytes.get(i + 1) == Some(&0xA0))) {
            let (act, len) = self.space_run_act(bytes, i, last_ws);
            return (act, len, 0);
        }
        if b < 0x80 {
            let act = match b {
                b'0'..=b'9' if digits == Digits::ArabicIndic => {
                    Act::Push(char::from_u32(0x0660 + u32::from(b - b'0')).unwrap_or('0'))
                }
                _ => Act::Keep,
            };
            return (act, 1, 0);
        }
        if b == 0xC2 && bytes.get(i + 1) == Some(&0xA0) {
            // NBSP without Collapse: NFKC makes it a space.
            let act = if unicode_form == Form::Nfkc {
                Act::Push(' ')
            } else {
                Act::Keep
            };
            return (act, 2, 0);
        }
        if let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(i..i + 2) {
            let idx = chars::block_index_utf8(lead, second);
            let (act, ccc) = self.arabic_act(idx, last_ccc);
            if idx == 0x40 && act == Act::Drop && keep_tatweel_carriers && mark_at(bytes, i + 2) {
                return (Act::Slow, 2, last_ccc); // a tatweel that may carry a mark
            }
            if idx == 0x21 && quran_orthography && hamza_before_alef(bytes, i).1 {
                return (Act::Slow, 2, last_ccc); // ء + ا may read as آ
            }
            return (act, 2, ccc);
        }
        // Pictographs and emoji (U+1F300–U+1FAFF), and U+FFFD (what a lossy
        // decoding puts for invalid bytes), which no switch and no Unicode
        // form changes.
        if pictograph_at(bytes, i) {
            return (Act::Keep, 4, 0);
        }
        if bytes.get(i..i + 3) == Some(&[0xEF, 0xBF, 0xBD]) || symbol_at(bytes, i) {
            return (Act::Keep, 3, 0);
        }
        if controls != Controls::Keep && stray_joiner_at(bytes, i) {
            return (Act::Drop, 3, last_ccc);
        }
        // The en dash and the em dash, which no switch changes, and the
        // ellipsis, which only NFKC changes (to three full stops).
        match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x93 | 0x94)) => return (Act::Keep, 3, 0),
            (0xE2, Some(0x80), Some(0xA6)) if unicode_form != Form::Nfkc => {
                return (Act::Keep, 3, 0)
            }
            _ => {}
        }
        match quote_at(bytes, i) {
            Some((len, ascii)) => {
                let act = match quotes {
                    Quotes::Ascii => Act::Push(ascii),
                    _ => Act::Keep,
                };
                (act, len, 0)
            }
            None => (Act::Slow, 1, last_ccc),
        }
    }
}

/// Whether the character at byte `i` may be a mark: an Arabic-block mark, or
/// any character beyond ASCII and the Arabic block.
#[inline(always)]
fn mark_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => false,
        Some(&b) if b < 0x80 => false,
        Some(&lead @ 0xD8..=0xDB) => bytes
            .get(i + 1)
            .is_some_and(|&second| chars::block_of(lead, second) == chars::Block::Mark),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::ToString;

    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// The presets and the default configuration.
    fn presets() -> [Normalizer; 4] {
        [
            Normalizer::search(),
            Normalizer::clean(),
            Normalizer::lucene(),
            Normalizer::new(),
        ]
    }

    /// What `pictograph_at` claims of U+1F300–U+1FAFF, and that every
    /// configuration's full pipeline leaves them and U+FFFD as they are.
    #[test]
    fn pictographs_and_the_replacement_character_are_left_alone() {
        let presets = presets();
        for c in (0x1F300..=0x1FAFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert!(pictograph_at(s.as_bytes(), 0), "U+{:04X}", c as u32);
            assert!(s.nfkd().eq(core::iter::once(c)), "U+{:04X}", c as u32);
            assert_eq!(canonical_combining_class(c), 0);
            assert!(!chars::is_letter(c) && !chars::is_digit(c) && !chars::is_mn_me(c));
            assert!(!chars::is_invisible_control(c) && !chars::is_space(c));
            let text = format!("ب{c}ب {c}");
            for n in &presets {
                assert_eq!(n.run(&text, None), text, "U+{:04X}", c as u32);
            }
        }
        for n in &presets {
            assert_eq!(n.run("ب\u{FFFD}ب \u{FFFD}", None), "ب\u{FFFD}ب \u{FFFD}");
        }
        assert!(!pictograph_at("\u{1F2FF}".as_bytes(), 0));
        assert!(!pictograph_at("\u{1FB00}".as_bytes(), 0));
    }

    /// What `symbol_at` claims (the bullet, U+2500–U+2775), the same way,
    /// and that it claims nothing else.
    #[test]
    fn symbols_are_left_alone() {
        let presets = presets();
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            let claimed = (0x2500..=0x2775).contains(&(c as u32)) || c == '\u{2022}';
            assert_eq!(symbol_at(s.as_bytes(), 0), claimed, "U+{:04X}", c as u32);
            if !claimed {
                continue;
            }
            assert!(s.nfkd().eq(core::iter::once(c)), "U+{:04X}", c as u32);
            assert_eq!(canonical_combining_class(c), 0);
            assert!(!chars::is_letter(c) && !chars::is_digit(c) && !chars::is_mn_me(c));
            assert!(!chars::is_invisible_control(c) && !chars::is_space(c));
            assert!(quote_at(s.as_bytes(), 0).is_none() && !maybe_unicode_ws(s.as_bytes(), 0));
            let text = format!("ب{c}ب {c}");
            for n in &presets {
                assert_eq!(n.run(&text, None), text, "U+{:04X}", c as u32);
            }
        }
        assert_eq!(Normalizer::search().normalize("♡ ★  • كتاب"), "♡ ★ • كتاب");
    }

    #[test]
    fn zwj_after_a_letter_before_a_pictograph_is_removed() {
        let n = Normalizer::search();
        assert_eq!(n.normalize("ب\u{200D}😂 ب"), "ب😂 ب");
        assert_eq!(Normalizer::clean().normalize("ب\u{200D}😂"), "ب😂");
        // Inside an emoji sequence it stays; kept under `Controls::Keep`.
        assert_eq!(n.normalize("👨\u{200D}💻 ب"), "👨\u{200D}💻 ب");
        let keep = Normalizer::new();
        assert_eq!(keep.normalize("ب\u{200D}😂"), "ب\u{200D}😂");
        // In the tight loop too (after a kept word), with its offsets: the
        // emoji maps back past the ZWJ.
        let text = "كتاب ب\u{200D}😂 ب";
        let out = n.normalize_with_offsets(text);
        assert_eq!(out.text(), "كتاب ب😂 ب");
        assert_eq!(out.offsets().to_original(11..15), 14..18);
        assert!(!n.is_normalized(text));
    }

    /// The spaces beyond ASCII are looked for by their first bytes; the
    /// punctuation of U+2010–U+2027 is none, and a space before it is
    /// kept in the fast path.
    #[test]
    fn a_space_before_a_dash_or_a_quote_is_kept() {
        let n = Normalizer::search();
        for c in (0x2000..=0x206F).filter_map(char::from_u32) {
            let s = c.to_string();
            let claimed = maybe_unicode_ws(s.as_bytes(), 0);
            let punctuation = (0x2010..=0x2027).contains(&(c as u32));
            assert!(claimed || !chars::is_space(c), "U+{:04X}", c as u32);
            assert!(!claimed || !punctuation, "U+{:04X}", c as u32);
        }
        let (act, len) = n.space_run_act("كتاب – كتاب".as_bytes(), 8, false);
        assert!(act == Act::Keep && len == 1);
        assert_eq!(n.normalize("كتاب – كتاب"), "كتاب – كتاب");
        assert_eq!(n.normalize("كتاب  – كتاب"), "كتاب – كتاب");
    }
}
