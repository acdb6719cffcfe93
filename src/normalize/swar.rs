//! Eight bytes a step, in safe Rust: the word tests of the
//! character-by-character path ([`direct`](super::direct)) and its scalar
//! prefilter ([`ranges`](super::ranges)). Each gives bit 7 of each byte it
//! flags; the zero-byte test `!(((t & !HIGH) + !HIGH) | t) & HIGH` is exact
//! (no carry crosses a byte).

/// One in each byte.
pub(super) const ONES: u64 = 0x0101_0101_0101_0101;

/// Bit 7 of every byte.
pub(super) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes from byte `i`, little-endian (`i + 8` is in bounds).
#[inline(always)]
pub(super) fn word(bytes: &[u8], i: usize) -> u64 {
    let b = &bytes[i..i + 8];
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// Bit 7 of each byte of `w` that is D8–DB, the lead bytes of the Arabic
/// block: XOR D8 leaves them 0–3, and the zero-byte test is exact (no
/// carry between bytes).
#[inline(always)]
pub(super) fn arabic_leads(w: u64) -> u64 {
    let t = (w ^ (0xD8 * ONES)) & (0xFC * ONES);
    !(((t & !HIGH) + !HIGH) | t) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_leads_marks_exactly_d8_to_db() {
        for b in 0..=255u8 {
            for other in [0x00, 0x7F, 0x80, 0xD7, 0xD8, 0xDB, 0xDC, 0xFF] {
                let w = u64::from_le_bytes([other, b, other, b, b, other, b, other]);
                let want = if (0xD8..=0xDB).contains(&b) { 0x80 } else { 0 };
                let want_other = if (0xD8..=0xDB).contains(&other) {
                    0x80
                } else {
                    0
                };
                let got = arabic_leads(w).to_le_bytes();
                assert_eq!(
                    got,
                    [want_other, want, want_other, want, want, want_other, want, want_other],
                    "{b:#04x} beside {other:#04x}"
                );
            }
        }
    }
}
