//! Word-at-a-time scans (SWAR on `u64`, safe code): how far a run of the
//! most common Arabic characters goes, eight bytes at a time.

/// Per 16-bit lane (a 2-byte character, lead byte low): the lead byte
/// without its last bit, and the top three bits of the second byte.
const LEAD_SECOND_MASK: u64 = 0xE0FE_E0FE_E0FE_E0FE;
/// Per lane: lead 0xD8/0xD9, second byte 0x80–0x9F (the 0x20 bit is added
/// back for lead 0xD8, whose run is 0xA0–0xBF).
const EXPECTED: u64 = 0x80D8_80D8_80D8_80D8;
/// Bit 0 of each lane: the last bit of the lead byte.
const LEAD_LOW_BIT: u64 = 0x0001_0001_0001_0001;

/// Per lane of the eight bytes `w` (little-endian), read at a character
/// boundary: zero where the lane is a character of U+0620–U+065F, D8 A0–BF
/// (U+0620–U+063F) or D9 80–9F (U+0640–U+065F); nonzero elsewhere.
#[inline(always)]
fn mismatches(w: u64) -> u64 {
    let expected = EXPECTED | ((!w & LEAD_LOW_BIT) << 13);
    (w & LEAD_SECOND_MASK) ^ expected
}

/// The bytes `rest` (fewer than eight), zero-padded to eight (a zero byte
/// is no Arabic character, so a scan stops there).
#[cold]
fn load_tail(rest: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    buf[..rest.len()].copy_from_slice(rest);
    u64::from_le_bytes(buf)
}

/// Past the run of characters U+0620–U+065F (the basic letters, tatweel and
/// the harakat: all of them continue an Arabic word) that starts at the
/// character boundary `i`, four characters at a time. The loop walks a
/// shrinking slice, so each step has one length test and no bounds check.
#[inline(always)]
pub(super) fn skip_core_arabic(bytes: &[u8], i: usize) -> usize {
    let mut rest = bytes.get(i..).unwrap_or_default();
    let m = loop {
        match rest.split_first_chunk::<8>() {
            Some((chunk, tail)) => {
                let m = mismatches(u64::from_le_bytes(*chunk));
                if m != 0 {
                    break m;
                }
                rest = tail;
            }
            None => break mismatches(load_tail(rest)),
        }
    };
    // Whole lanes of matching characters before the first mismatch (the
    // zero padding past the end always mismatches).
    bytes.len() - rest.len() + (m.trailing_zeros() / 16) as usize * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SWAR test agrees with a character-by-character one on every pair
    /// of lead and second bytes, in each lane.
    #[test]
    fn lanes_agree_with_code_points() {
        let core = |lead: u8, second: u8| {
            let s = [lead, second];
            core::str::from_utf8(&s)
                .ok()
                .and_then(|s| s.chars().next())
                .is_some_and(|c| matches!(c, '\u{0620}'..='\u{065F}'))
        };
        for lead in 0..=255u8 {
            for second in 0..=255u8 {
                for lane in 0..4 {
                    let mut bytes = "\u{0628}\u{0628}\u{0628}\u{0628}".as_bytes().to_vec();
                    bytes[2 * lane] = lead;
                    bytes[2 * lane + 1] = second;
                    let w = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                    assert_eq!(
                        mismatches(w) == 0,
                        core(lead, second),
                        "{lead:x} {second:x}"
                    );
                }
            }
        }
    }

    #[test]
    fn stops_before_other_characters() {
        let s = "كتبوا الدرس";
        assert_eq!(skip_core_arabic(s.as_bytes(), 0), 10);
        assert_eq!(skip_core_arabic(s.as_bytes(), 11), s.len());
        assert_eq!(skip_core_arabic("ب".as_bytes(), 0), 2);
        assert_eq!(skip_core_arabic("بۘب".as_bytes(), 0), 2);
        assert_eq!(skip_core_arabic(b"", 0), 0);
    }

    /// Runs of every length stop at the end of the text, or before the
    /// character after them, whether they end in a whole chunk or the tail.
    #[test]
    fn stops_at_every_length() {
        for n in 0..20 {
            let run = "ب".repeat(n);
            for (after, skipped) in [("", 2 * n), (" ", 2 * n), ("۝", 2 * n)] {
                let text = alloc::format!("ك{run}{after}");
                assert_eq!(
                    skip_core_arabic(text.as_bytes(), 2),
                    2 + skipped,
                    "{n} {after:?}"
                );
            }
        }
    }
}
