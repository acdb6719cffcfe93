//! The tests of the character-by-character path and of its scalar
//! prefilter ([`Ranges`]).

use super::*;
#[cfg(feature = "std")]
use crate::normalize::prefilter::{prefilter, MAX_PATTERNS};
use crate::normalize::switches::SuperscriptAlef;
use alloc::format;
use alloc::vec::Vec;

#[test]
fn which_configurations_go_character_by_character() {
    let direct = |n: Normalizer| Direct::new(&n).map(|d| d.others);
    assert!(direct(Normalizer::lucene()) == Some(Others::Kept));
    assert!(direct(Normalizer::new().strip_tatweel(true)) == Some(Others::Kept));
    let strip = Normalizer::new()
        .unicode_form(Form::Nfc)
        .strip_diacritics(Diacritics::ALL);
    assert!(
        direct(strip)
            == Some(Others::Check {
                nfc: true,
                quranic: true
            })
    );
    let controls = Normalizer::lucene().controls(Controls::Remove);
    assert!(direct(controls) == Some(Others::Line));
    // Context: Unicode forms that keep marks, word rules, whitespace.
    assert!(direct(Normalizer::search()).is_none());
    assert!(direct(Normalizer::clean()).is_none());
    assert!(direct(Normalizer::new().unicode_form(Form::Nfc)).is_none());
    assert!(direct(Normalizer::lucene().collapse_elongation(true)).is_none());
    assert!(direct(Normalizer::lucene().whitespace(Whitespace::Collapse)).is_none());
    assert!(direct(Normalizer::lucene().digits(Digits::ArabicIndic)).is_none());
    assert!(direct(Normalizer::lucene().superscript_alef(SuperscriptAlef::ToAlef)).is_some());
}

#[test]
fn a_mark_in_context_sends_its_line_to_the_fast_path() {
    // Lucene folds أ at once; ا + U+0654 further on the same line may
    // join, so the line goes again through the fast path, from its
    // start, and the other lines stay character by character.
    let n = Normalizer::lucene();
    let line = "أحمد ".repeat(60);
    let text = format!("{line}\n{line}ا\u{0654}ب\n{line}");
    let want = format!("{0}\n{0}ا\u{0654}ب\n{0}", "احمد ".repeat(60));
    assert_eq!(n.normalize(&text), want);
    assert_eq!(n.run(&text, None), want);
    assert!(!n.is_normalized(&text));
    assert!(n.is_normalized(&want));
}

/// The code points a configuration's prefilter looks for.
fn events(n: &Normalizer) -> Vec<u32> {
    let keep = Direct::new(n).expect("one character at a time").keep;
    (0..256)
        .filter(|&idx| (keep >> (KIND[idx] & KIND_BITS)) & 1 == 0)
        .map(|idx| chars::block_char(idx) as u32)
        .collect()
}

#[test]
#[cfg(feature = "std")]
fn the_one_line_strips_look_for_their_characters_only() {
    let job = Normalizer::new().strip_tatweel(true).strip_diacritics(
        Diacritics::TANWEEN
            .union(Diacritics::HARAKAT)
            .union(Diacritics::SHADDA)
            .union(Diacritics::SUKUN),
    );
    let mut want = alloc::vec![0x0640];
    want.extend(0x064B..=0x0652);
    assert_eq!(events(&job), want);
    assert_eq!(events(&Normalizer::new().strip_tatweel(true)), [0x0640]);
    for n in [
        job,
        Normalizer::new().strip_tatweel(true),
        Normalizer::lucene(),
    ] {
        let d = Direct::new(&n).expect("one character at a time");
        assert!(matches!(prefilter(d.keep), Prefilter::Teddy(_)), "{n:?}");
    }
}

#[test]
fn lucene_also_looks_for_the_marks_its_folds_join() {
    // The folds, the tatweel and the harakat, and the characters the
    // fast path takes in context: U+061C, the hamza marks, ٫ ٬, the
    // high hamzas.
    let mut want = alloc::vec![0x061C, 0x0622, 0x0623, 0x0625, 0x0629, 0x0640, 0x0649];
    want.extend(0x064B..=0x0655);
    want.extend([0x066B, 0x066C]);
    want.extend(0x0674..=0x0678);
    assert_eq!(events(&Normalizer::lucene()), want);
}

#[test]
#[cfg(feature = "std")]
fn too_many_patterns_take_the_ranges() {
    // Every diacritic: more than 32 code points of the block.
    let n = Normalizer::new().strip_diacritics(Diacritics::ALL);
    assert!(events(&n).len() > MAX_PATTERNS);
    let keep = Direct::new(&n).expect("one character at a time").keep;
    assert!(matches!(prefilter(keep), Prefilter::Ranges(_)));
}

/// The scalar prefilter.
#[cfg(feature = "std")]
mod ranges {
    use super::*;

    /// Whether the character with block index `idx` is flagged by `r` when its
    /// second byte follows its lead in one word.
    fn covers(r: &Ranges, idx: usize) -> bool {
        let mut utf8 = [0; 2];
        chars::block_char(idx).encode_utf8(&mut utf8);
        let w = u64::from(utf8[0]) << 8 | u64::from(utf8[1]) << 16;
        r.flagged(w) == 0x80 << 16
    }

    fn keep_of(n: &Normalizer) -> u32 {
        Direct::new(n).expect("one character at a time").keep
    }

    #[test]
    fn the_diacritics_lie_in_one_range_a_lead() {
        let n = Normalizer::new()
            .unicode_form(Form::Nfc)
            .strip_diacritics(Diacritics::ALL);
        let r = Ranges::new(keep_of(&n));
        // D8 90–9C (the marks, then U+061C ALM, which the fast path
        // takes), D9 8B–B8 (the marks, the superscript alef, and the high
        // hamzas U+0674–U+0678, which NFC may join), none of DA, DB 96–AD.
        let ranges: alloc::vec::Vec<(u8, u8)> = (0..4).map(|lead| r.range(lead)).collect();
        assert_eq!(
            ranges,
            [(0x10, 0x1C), (0x0B, 0x38), (0x40, 0x3F), (0x16, 0x2D)]
        );
    }

    #[test]
    fn every_character_not_kept_is_flagged_and_the_letters_are_not() {
        let n = Normalizer::new()
            .unicode_form(Form::Nfc)
            .strip_diacritics(Diacritics::ALL);
        let keep = keep_of(&n);
        let r = Ranges::new(keep);
        for (idx, &k) in KIND.iter().enumerate() {
            if (keep >> (k & KIND_BITS)) & 1 == 0 {
                assert!(covers(&r, idx), "U+{:04X}", chars::block_char(idx) as u32);
            }
        }
        for c in ('\u{0621}'..='\u{063A}').chain('\u{0641}'..='\u{064A}') {
            let idx = chars::block_index(c).expect("in the block");
            assert!(!covers(&r, idx), "{c}");
        }
        // Nothing flagged: a second byte in byte 0, ASCII, a lead alone.
        assert_eq!(r.flagged(0x8B), 0);
        assert_eq!(r.flagged(u64::from_le_bytes(*b"abcdefgh")), 0);
        assert_eq!(r.flagged(0xD9 << 56), 0);
    }

    #[test]
    fn no_range_for_a_lead_with_every_character_kept() {
        let r = Ranges::new(keep_of(&Normalizer::new().strip_tatweel(true)));
        assert_eq!(r.range(1), (0, 0)); // U+0640 alone
        for lead in [0, 2, 3] {
            assert_eq!(r.range(lead), (0x40, 0x3F));
        }
        let w = u64::from_le_bytes([0xD9, 0x80, 0xD8, 0x80, 0xDA, 0x80, 0xDB, 0x80]);
        assert_eq!(r.flagged(w), 0x80 << 8);
    }

    #[test]
    fn the_scan_finds_what_next_finds() {
        let n = Normalizer::new()
            .unicode_form(Form::Nfc)
            .strip_diacritics(Diacritics::ALL);
        let d = Direct::new(&n).expect("one character at a time");
        let r = Ranges::new(d.keep);
        let plain = "كتب الولد، في ٢٠٢٤ درسا «جديدا» abc ";
        for mark in [
            '\u{064E}', '\u{0610}', '\u{0670}', '\u{06ED}', '\u{08F0}', '\u{0301}',
        ] {
            for at in 0..plain.chars().count() {
                let cut = plain.char_indices().nth(at).map_or(plain.len(), |(i, _)| i);
                let text = alloc::format!("{}{mark}{}", &plain[..cut], &plain[cut..]);
                let bytes = text.as_bytes();
                assert_eq!(
                    d.next_in_ranges(&r, bytes, 0),
                    d.next(bytes, 0, bytes.len()),
                    "{text:?}"
                );
            }
        }
    }
}
