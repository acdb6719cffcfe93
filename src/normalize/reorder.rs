//! Canonical reordering (UAX #15, D108) of the Arabic block's marks in the
//! fast path's tight loop.
//!
//! Vocalized text puts the shadda first and its vowel after it (ّ U+0651
//! then َ U+064E), while NFC wants the lower combining class first (َ 30,
//! then ّ 33). Such a pair is one in every 80 bytes of Tashkeela: sending
//! each one's word to the pipeline cost most of `clean`'s time there.
//!
//! A run of marks is reordered here when all of it is the Arabic block's
//! marks that the configuration keeps and that compose with nothing (all
//! but U+0653–U+0655, which compose with alef, waw and yeh under NFC), and
//! it stands between two characters of combining class 0: then NFC is a
//! stable sort of the run by combining class, and the rest of the pipeline
//! sees the sorted marks as the loop does. Anything else goes to the
//! pipeline as before.

use alloc::string::String;
use core::ops::Range;

use crate::chars::block_index_utf8;
use crate::normalize::table::{CCC, KIND, KIND_BITS, MARK};

/// The index (U+0600 + index) of the Arabic-block character at byte `j`.
#[inline]
fn block_at(bytes: &[u8], j: usize) -> Option<usize> {
    match *bytes.get(j..)? {
        [lead @ 0xD8..=0xDB, second, ..] => Some(block_index_utf8(lead, second)),
        _ => None,
    }
}

/// Whether U+0600 + `idx` is a mark the loop may move: one with a combining
/// class, of a kind in `keep`. (The marks that compose, U+0653–U+0655, are
/// of a kind no mask holds: [`KIND`].)
#[inline]
fn movable(idx: usize, keep: u32) -> bool {
    let k = KIND[idx];
    k & MARK != 0 && keep & (1 << (k & KIND_BITS)) != 0 && CCC[idx] != 0
}

/// The byte range of the run of marks that holds the mark at byte `i`, when
/// the loop may reorder it: every mark of the run [`movable`] under `keep`,
/// and ASCII, the Arabic block's characters of class 0, or the text's ends
/// on both sides. `None` otherwise.
pub(super) fn mark_run(bytes: &[u8], i: usize, keep: u32) -> Option<Range<usize>> {
    let mut start = i;
    while let Some(idx) = start.checked_sub(2).and_then(|j| block_at(bytes, j)) {
        if CCC[idx] == 0 {
            break;
        }
        if !movable(idx, keep) {
            return None;
        }
        start -= 2;
    }
    // What stops the walk back: the text's start, ASCII, or (above) an
    // Arabic-block character of class 0.
    let starter_before = start == 0
        || bytes[start - 1] < 0x80
        || start
            .checked_sub(2)
            .and_then(|j| block_at(bytes, j))
            .is_some();
    if !starter_before {
        return None;
    }
    let mut end = i;
    while let Some(idx) = block_at(bytes, end) {
        if CCC[idx] == 0 {
            break;
        }
        if !movable(idx, keep) {
            return None;
        }
        end += 2;
    }
    match bytes.get(end) {
        None => Some(start..end),
        Some(&b) if b < 0x80 || block_at(bytes, end).is_some() => Some(start..end),
        Some(_) => None,
    }
}

/// Pushes the marks of `marks` (Arabic-block marks, two bytes each) to `out`
/// in canonical order: by combining class, and in their order within a
/// class. Returns the class of the last one (the highest).
pub(super) fn push_reordered(out: &mut String, marks: &str) -> u8 {
    let bytes = marks.as_bytes();
    let class = |j: usize| CCC[block_index_utf8(bytes[j], bytes[j + 1])];
    // The classes present, one bit each; then one pass a class, lowest
    // first (at most 11 classes in the block).
    let mut present = [0u64; 4];
    for j in (0..bytes.len()).step_by(2) {
        let c = usize::from(class(j));
        present[c / 64] |= 1 << (c % 64);
    }
    let mut last = 0;
    for (w, &word) in (0u8..).zip(present.iter()) {
        let mut bits = word;
        while bits != 0 {
            // (`trailing_zeros` of a nonzero u64 is below 64.)
            let c = w * 64 + bits.trailing_zeros() as u8;
            bits &= bits - 1;
            for j in (0..bytes.len()).step_by(2) {
                if class(j) == c {
                    out.push_str(&marks[j..j + 2]);
                }
            }
            last = c;
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::{mark_run, push_reordered};
    use crate::normalize::table::Mode;
    use crate::Normalizer;

    fn keep() -> u32 {
        Mode::new(&Normalizer::clean(), false).keep
    }

    #[test]
    fn a_run_is_found_from_any_of_its_marks() {
        // ب ّ َ ت: the marks are bytes 2..6.
        let text = "ب\u{651}\u{64E}ت".as_bytes();
        assert_eq!(mark_run(text, 4, keep()), Some(2..6));
        assert_eq!(mark_run(text, 2, keep()), Some(2..6));
        // At the text's ends, and after ASCII.
        assert_eq!(mark_run("\u{651}\u{64E}".as_bytes(), 2, keep()), Some(0..4));
        assert_eq!(
            mark_run("a\u{651}\u{64E} ".as_bytes(), 3, keep()),
            Some(1..5)
        );
    }

    #[test]
    fn a_run_with_a_composing_or_foreign_mark_is_left_to_the_pipeline() {
        for text in [
            // Hamza above, maddah, hamza below compose with the letter.
            "ا\u{651}\u{654}\u{64E}",
            "ا\u{651}\u{64E}\u{653}",
            "ا\u{655}\u{651}\u{64E}",
            // A combining mark of another block, after and before.
            "ب\u{651}\u{64E}\u{300}",
            "ب\u{8F0}\u{651}\u{64E}",
        ] {
            let at = text.find('\u{64E}').unwrap();
            assert_eq!(mark_run(text.as_bytes(), at, keep()), None, "{text:?}");
        }
    }

    #[test]
    fn marks_are_sorted_by_class_and_stay_in_order_within_one() {
        let mut out = String::new();
        // shadda 33, fatha 30, sukun 34, fathatan 27, fatha 30.
        let last = push_reordered(&mut out, "\u{651}\u{64E}\u{652}\u{64B}\u{64E}");
        assert_eq!(out, "\u{64B}\u{64E}\u{64E}\u{651}\u{652}");
        assert_eq!(last, 34);
        // Classes 220 and 230 after the harakat.
        out.clear();
        assert_eq!(push_reordered(&mut out, "\u{6E4}\u{656}\u{670}"), 230);
        assert_eq!(out, "\u{670}\u{656}\u{6E4}");
    }

    #[test]
    fn marks_that_a_dropped_tatweel_joins_are_left_to_the_pipeline() {
        // NFC keeps ْ ـ ً; the tatweel goes, and the marks are sorted again.
        let n = Normalizer::new()
            .unicode_form(crate::Form::Nfc)
            .strip_tatweel(true);
        assert_eq!(n.normalize("ب\u{652}ـ\u{64B}\n"), "ب\u{64B}\u{652}\n");
        assert_eq!(
            n.normalize("ب\u{652}\u{64B}ـ\u{64E}"),
            "ب\u{64B}\u{64E}\u{652}"
        );
    }

    #[test]
    fn clean_reorders_shadda_and_its_vowel_as_nfc_does() {
        let clean = Normalizer::clean();
        // محمّدٌ with the shadda first, then its fatha.
        assert_eq!(
            clean.normalize("م\u{64F}ح\u{64E}م\u{651}\u{64E}د\u{64C}"),
            "م\u{64F}ح\u{64E}م\u{64E}\u{651}د\u{64C}"
        );
        assert_eq!(
            clean.normalize("ب\u{651}\u{650}\u{650} ب\u{650}\u{651}"),
            "ب\u{650}\u{650}\u{651} ب\u{650}\u{651}"
        );
        // A long run, in one piece.
        let marks = "\u{651}\u{64E}\u{64B}\u{652}".repeat(1000);
        let sorted = [
            "\u{64B}".repeat(1000),
            "\u{64E}".repeat(1000),
            "\u{651}".repeat(1000),
            "\u{652}".repeat(1000),
        ]
        .concat();
        assert_eq!(
            clean.normalize(&alloc::format!("ب{marks} ك")),
            alloc::format!("ب{sorted} ك")
        );
    }
}
