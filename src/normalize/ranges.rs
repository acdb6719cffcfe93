//! The scalar prefilter of the character-by-character path
//! ([`direct`](super::direct)) for the configurations that change more of
//! the Arabic block than Teddy takes ([`MAX_PATTERNS`](super::prefilter)),
//! such as [`strip_diacritics`](crate::strip_diacritics): for each lead byte
//! D8–DB, the range of second bytes that holds every character of that
//! lead the configuration does not keep. Eight bytes whose second bytes all
//! fall outside their lead's range are kept without a table lookup; the
//! others go to [`Direct::next`](super::direct::Direct::next), which looks
//! each character up.
//!
//! Every diacritic lies in one range a lead (U+0610–U+061A: `D8 90`–`D8 9A`;
//! U+064B–U+065F and U+0670: `D9 8B`–`D9 B0`; U+06D6–U+06ED: `DB 96`–`DB AD`),
//! away from the letters (`D8 A1`–`D8 BA`, `D9 81`–`D9 8A`), so unvocalized
//! text is scanned with a few dozen operations for eight bytes.

use crate::normalize::swar::{arabic_leads, HIGH, ONES};
use crate::normalize::table::{KIND, KIND_BITS};

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
    pub(super) fn range(&self, lead: usize) -> (u8, u8) {
        ((0x80 - self.lo[lead] as u8), (0x7F - self.hi[lead] as u8))
    }

    /// Bit 7 of each byte of `w` that follows a lead byte D8–DB and falls
    /// in that lead's range (a second byte in byte 0, whose lead is in the
    /// word before, is never flagged).
    #[inline(always)]
    pub(super) fn flagged(&self, w: u64) -> u64 {
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
