//! The scalar prefilter of the character-by-character path
//! ([`direct`](super::direct)) for the configurations that change more of
//! the Arabic block than Teddy takes ([`MAX_PATTERNS`](super::prefilter)),
//! such as [`strip_diacritics`](crate::strip_diacritics): for each lead byte
//! D8–DB, the range of second bytes that holds every character of that
//! lead the configuration does not keep. Eight bytes whose second bytes all
//! fall outside their lead's range are kept without a table lookup; the
//! others go to [`Direct::next`], which looks each character up.
//!
//! Every diacritic lies in one range a lead (U+0610–U+061A: `D8 90`–`D8 9A`;
//! U+064B–U+065F and U+0670: `D9 8B`–`D9 B0`; U+06D6–U+06ED: `DB 96`–`DB AD`),
//! away from the letters (`D8 A1`–`D8 BA`, `D9 81`–`D9 8A`), so unvocalized
//! text is scanned with a few dozen operations for eight bytes.

#[cfg(test)]
use crate::chars;
use crate::normalize::direct::{arabic_leads, word, Direct, HIGH};
use crate::normalize::table::{KIND, KIND_BITS};

/// One in each byte.
const ONES: u64 = 0x0101_0101_0101_0101;

/// For each lead byte D8–DB, the low six bits of the lowest and highest
/// second byte of the characters not kept, repeated in each byte of a
/// word: `lo` as `0x80 - lo`, `hi` as `0x7F - hi`, the constants of the
/// range test in [`Ranges::flagged`]. A lead with no such character gets an
/// empty range (its `lo` is 0x40, above any second byte's low six bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Ranges {
    lo: [u64; 4],
    hi: [u64; 4],
}

impl Ranges {
    /// The ranges of the configurations that keep the kinds of `keep` (bit
    /// k: kind k).
    pub(super) fn new(keep: u32) -> Ranges {
        let mut bounds: [Option<(u8, u8)>; 4] = [None; 4];
        for (idx, &k) in KIND.iter().enumerate() {
            if (keep >> (k & KIND_BITS)) & 1 == 0 {
                let (lead, low) = (idx >> 6, (idx & 0x3F) as u8);
                let (lo, hi) = bounds[lead].unwrap_or((low, low));
                bounds[lead] = Some((lo.min(low), hi.max(low)));
            }
        }
        let bounds = bounds.map(|b| b.unwrap_or((0x40, 0x3F)));
        Ranges {
            lo: bounds.map(|(lo, _)| (0x80 - u64::from(lo)) * ONES),
            hi: bounds.map(|(_, hi)| (0x7F - u64::from(hi)) * ONES),
        }
    }

    /// The range of lead `lead` (0 for D8 … 3 for DB) as `(lo, hi)`, for
    /// the tests.
    #[cfg(test)]
    fn range(&self, lead: usize) -> (u8, u8) {
        ((0x80 - self.lo[lead] as u8), (0x7F - self.hi[lead] as u8))
    }

    /// Bit 7 of each byte of `w` that follows a lead byte D8–DB and falls
    /// in that lead's range (a second byte in byte 0, whose lead is in the
    /// word before, is never flagged).
    #[inline(always)]
    fn flagged(&self, w: u64) -> u64 {
        // Bit 7 of each byte D8–DB, and of its two low bits, which say
        // which of the four leads it is; moved onto the byte after.
        let arabic = arabic_leads(w) << 8;
        let bit0 = (w << 15) & HIGH;
        let bit1 = (w << 14) & HIGH;
        let leads = [
            arabic & !bit0 & !bit1,
            arabic & bit0 & !bit1,
            arabic & !bit0 & bit1,
            arabic & bit0 & bit1,
        ];
        // The low seven bits of each byte: the sums below stay within a
        // byte, so no carry crosses into the next. A second byte is
        // 10xxxxxx, so its low seven bits are its low six.
        let low = w & !HIGH;
        let mut flags = 0;
        for (lead, (lo, hi)) in leads.iter().zip(self.lo.iter().zip(&self.hi)) {
            let at_least = (low + lo) & HIGH;
            let above = (low + hi) & HIGH;
            flags |= lead & at_least & !above;
        }
        flags
    }
}

impl Direct {
    /// [`Direct::next`] from byte `i` to the end of `bytes`, skipping the
    /// eight bytes at a time that `r` clears.
    pub(super) fn next_in_ranges(&self, r: &Ranges, bytes: &[u8], mut i: usize) -> usize {
        let n = bytes.len();
        while i + 8 <= n {
            let w = word(bytes, i);
            if w & HIGH == 0 {
                i += 8;
                continue;
            }
            let leads = w & (w << 1) & HIGH;
            if leads & !arabic_leads(w) == 0 && r.flagged(w) == 0 {
                // A lead in byte 7 has its second byte in the next word.
                i += if leads >> 63 != 0 { 7 } else { 8 };
                continue;
            }
            let j = self.next(bytes, i, i + 8);
            if j < i + 8 {
                return j;
            }
            i = j;
        }
        self.next(bytes, i, n)
    }
}

/// Whether the character with block index `idx` is flagged by `r` when its
/// second byte follows its lead in one word.
#[cfg(test)]
fn covers(r: &Ranges, idx: usize) -> bool {
    let mut utf8 = [0; 2];
    chars::block_char(idx).encode_utf8(&mut utf8);
    let w = u64::from(utf8[0]) << 8 | u64::from(utf8[1]) << 16;
    r.flagged(w) == 0x80 << 16
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::switches::{Diacritics, Form, Normalizer};

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
