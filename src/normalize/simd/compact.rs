//! Dense deletions sixteen bytes a step: the character-by-character path
//! ([`direct`](crate::normalize::direct)) hands its dense stretches here
//! (vocalized text, where a diacritic comes every four or five bytes), and
//! each block of sixteen bytes is classified and compacted at once.
//!
//! A block is taken up to its first character that is neither ASCII nor a
//! character of the Arabic block (U+0600–U+06FF) that the configuration
//! keeps or drops; a character of the block that it replaces or does not
//! settle ends the block too, as does a lead byte in the last lane (its
//! second byte is in the next block). The characters before that are
//! copied but for the dropped ones. The SSSE3 twin packs the kept lanes
//! with a shuffle from a table of 256 eight-lane masks, written to the
//! output's spare capacity.

use alloc::string::String;

use super::{Pairs, BLOCK};

/// Blocks stop once this many bytes pass without a deletion, so that the
/// caller's searcher takes sparse text again.
const SPARSE: usize = 64;

/// Where [`compact`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::normalize) struct Compacted {
    /// The first byte not taken (a character boundary).
    pub(in crate::normalize) end: usize,
    /// The end of the last block with a deletion (`start` if none).
    pub(in crate::normalize) changed: usize,
    /// After the last line feed taken: the byte after it and the output
    /// length there.
    pub(in crate::normalize) line: Option<(usize, usize)>,
}

/// Appends `text[i..]` to `out` without the characters `pairs` drops, a
/// block at a time, while at least one byte follows the block, until a
/// character ends a block early or [`SPARSE`] bytes pass without a
/// deletion. `i` must be a character boundary.
pub(in crate::normalize) fn compact(
    pairs: &Pairs,
    text: &str,
    i: usize,
    out: &mut String,
) -> Compacted {
    #[cfg(all(target_arch = "x86_64", feature = "std"))]
    {
        if std::is_x86_feature_detected!("ssse3") {
            // SAFETY: the CPU has SSSE3 (detected just now).
            #[allow(unsafe_code)]
            return unsafe { ssse3::compact(pairs, text, i, out) };
        }
    }
    #[cfg(all(target_arch = "x86_64", not(feature = "std"), target_feature = "ssse3"))]
    {
        // SAFETY: SSSE3 is enabled at compile time.
        #[allow(unsafe_code)]
        return unsafe { ssse3::compact(pairs, text, i, out) };
    }
    #[allow(unreachable_code)]
    scalar(pairs, text, i, out)
}

/// The portable twin of [`compact`]: the same blocks, a character at a
/// time.
pub(super) fn scalar(pairs: &Pairs, text: &str, mut i: usize, out: &mut String) -> Compacted {
    let bytes = text.as_bytes();
    let mut done = Compacted {
        end: i,
        changed: i,
        line: None,
    };
    while i + BLOCK < bytes.len() {
        // A lead byte in the last lane is left to the next block.
        let limit = if bytes[i + BLOCK - 1] >= 0xC0 {
            BLOCK - 1
        } else {
            BLOCK
        };
        let (mut k, mut copied, mut deleted) = (0, i, false);
        while k < limit {
            let b = bytes[i + k];
            if b < 0x80 {
                if b == b'\n' {
                    done.line = Some((i + k + 1, out.len() + (i + k + 1 - copied)));
                }
                k += 1;
                continue;
            }
            if b & 0xFC != 0xD8 {
                break;
            }
            match pairs.verdict(b, bytes[i + k + 1]) {
                0 => {
                    out.push_str(&text[copied..i + k]);
                    copied = i + k + 2;
                    deleted = true;
                }
                1 => {}
                _ => break,
            }
            k += 2;
        }
        out.push_str(&text[copied..i + k]);
        if k == 0 {
            break;
        }
        i += k;
        done.end = i;
        if deleted {
            done.changed = i;
        }
        if k < limit || i - done.changed >= SPARSE {
            break;
        }
    }
    done
}

#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
#[allow(unsafe_code)]
mod ssse3 {
    use super::super::lookup::{table, Lookup};
    use super::{Compacted, Pairs, BLOCK, SPARSE};
    use alloc::string::String;
    use core::arch::x86_64::*;

    /// For each mask `m` of eight lanes, the indices of its set bits in
    /// order plus `add`, then 0x80s (which a shuffle makes zeros): a
    /// shuffle that packs the kept lanes of half a block.
    const fn shuffles(add: u8) -> [u64; 256] {
        let mut t = [0u64; 256];
        let mut m = 0;
        while m < 256 {
            let mut lanes = [0x80u8; 8];
            let (mut k, mut n) = (0, 0);
            while k < 8 {
                if m >> k & 1 != 0 {
                    lanes[n] = k as u8 + add;
                    n += 1;
                }
                k += 1;
            }
            t[m] = u64::from_le_bytes(lanes);
            m += 1;
        }
        t
    }
    static LOW: [u64; 256] = shuffles(0);
    static HIGH: [u64; 256] = shuffles(8);

    /// The number of set bits of each byte value (SSSE3 does not bring
    /// `popcnt`, and the portable count takes a dozen instructions).
    static COUNT: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut m = 0;
        while m < 256 {
            t[m] = (m as u8).count_ones() as u8;
            m += 1;
        }
        t
    };

    /// [`super::compact`] with SSSE3.
    ///
    /// # Safety
    /// The CPU must support SSSE3, and `i` must be a character boundary
    /// of `text`.
    #[target_feature(enable = "ssse3")]
    pub(super) unsafe fn compact(
        pairs: &Pairs,
        text: &str,
        mut i: usize,
        out: &mut String,
    ) -> Compacted {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut done = Compacted {
            end: i,
            changed: i,
            line: None,
        };
        if i + BLOCK >= n {
            return done;
        }
        // SAFETY: what is written below is whole characters of `text` (a
        // block ends at a character boundary, a deletion takes a lead and
        // its second byte), so `out` stays UTF-8.
        let out = unsafe { out.as_mut_vec() };
        // A block writes sixteen bytes at the output's end, and keeps at
        // most as many as it takes: the input left plus one block of slack.
        out.reserve(n - i + BLOCK);
        let base = out.as_mut_ptr();
        let mut w = out.len();
        let [d0, d1, k0, k1] = pairs.nibbles.each_ref().map(|t| table(t));
        let (drop, keep) = ([d0, d1], [k0, k1]);
        while i + BLOCK < n {
            // SAFETY: `i + 16 < n`: both loads are in bounds.
            let (v, next) = unsafe {
                (
                    _mm_loadu_si128(bytes.as_ptr().add(i).cast()),
                    _mm_loadu_si128(bytes.as_ptr().add(i + 1).cast()),
                )
            };
            // The lanes of lead bytes (11xxxxxx), and those whose
            // character of the Arabic block is dropped or kept.
            let lead = _mm_cmpeq_epi8(_mm_and_si128(v, splat!(0xC0)), splat!(0xC0));
            let look = Lookup::new(v, next);
            let dropped = look.members(drop);
            let kept = look.members(keep);
            let stop = _mm_andnot_si128(_mm_or_si128(dropped, kept), lead);
            let leads = _mm_movemask_epi8(lead) as u32;
            let limit = if leads >> (BLOCK - 1) != 0 {
                BLOCK - 1
            } else {
                BLOCK
            };
            let k = (_mm_movemask_epi8(stop) as u32)
                .trailing_zeros()
                .min(limit as u32);
            if k == 0 {
                break;
            }
            let lanes = (1u32 << k) - 1;
            let drops = _mm_movemask_epi8(dropped) as u32 & lanes;
            let keeps = !(drops | drops << 1) & lanes;
            let newlines = _mm_movemask_epi8(_mm_cmpeq_epi8(v, splat!(b'\n'))) as u32 & lanes;
            if newlines != 0 {
                let p = 31 - newlines.leading_zeros();
                let before = keeps & ((2u32 << p) - 1);
                let count = COUNT[(before & 0xFF) as usize] + COUNT[(before >> 8) as usize];
                done.line = Some((i + p as usize + 1, w + usize::from(count)));
            }
            let (low, high) = ((keeps & 0xFF) as usize, (keeps >> 8) as usize);
            let packed = _mm_shuffle_epi8(v, _mm_set_epi64x(HIGH[high] as i64, LOW[low] as i64));
            // SAFETY: `w + 16 <= capacity`: since the reserve, `w` grew by at
            // most the bytes taken, and sixteen bytes of slack remain.
            unsafe {
                _mm_storel_epi64(base.add(w).cast(), packed);
                w += usize::from(COUNT[low]);
                _mm_storel_epi64(base.add(w).cast(), _mm_unpackhi_epi64(packed, packed));
            }
            w += usize::from(COUNT[high]);
            let k = k as usize;
            i += k;
            done.end = i;
            if drops != 0 {
                done.changed = i;
            }
            if k < limit || i - done.changed >= SPARSE {
                break;
            }
        }
        // SAFETY: `w <= capacity`, and every byte below `w` was written.
        unsafe { out.set_len(w) };
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Diacritics, Normalizer};

    /// The one-line job of the benchmarks: tatweel, tanween, harakat,
    /// shadda and sukun.
    fn job() -> Normalizer {
        Normalizer::new().strip_tatweel(true).strip_diacritics(
            Diacritics::TANWEEN
                .union(Diacritics::HARAKAT)
                .union(Diacritics::SHADDA)
                .union(Diacritics::SUKUN),
        )
    }

    fn pairs(n: &Normalizer) -> Pairs {
        let mode = crate::normalize::table::Mode::new(n, false);
        let has =
            |mask: u32, idx: usize| mask >> (crate::normalize::table::KIND[idx] & 0x1F) & 1 != 0;
        Pairs::new(|idx| has(mode.keep, idx), |idx| has(mode.drop, idx))
    }

    #[test]
    fn vocalized_text_is_compacted_up_to_its_last_block() {
        let text = "مُحَمَّدٌ رَسُولُ اللَّهِ\nوَالَّذِينَ مَعَهُ أَشِدَّاءُ عَلَى الْكُفَّارِ رُحَمَاءُ بَيْنَهُمْ";
        let mut out = String::from(">");
        let c = compact(&pairs(&job()), text, 0, &mut out);
        // A block needs a byte after it: the last one ends before نهم.
        assert_eq!(&text[c.end..], "نَهُمْ");
        assert_eq!(out, ">محمد رسول الله\nوالذين معه أشداء على الكفار رحماء بي");
        assert_eq!(c.changed, c.end);
        let line = text.find('\n').unwrap() + 1;
        assert_eq!(c.line, Some((line, ">محمد رسول الله\n".len())));
    }

    #[test]
    fn a_replaced_or_unsettled_character_ends_the_blocks() {
        // Lucene replaces أ: taken up to it.
        let text = "مُحَمَّدٌ رَسُولُ اللَّهِ أَشِدَّاءُ عَلَى الْكُفَّارِ";
        let mut out = String::new();
        let c = compact(&pairs(&Normalizer::lucene()), text, 0, &mut out);
        assert_eq!(&text[c.end..], "أَشِدَّاءُ عَلَى الْكُفَّارِ");
        assert_eq!(out, "محمد رسول الله ");
        // A character beyond the block (here é) too.
        let text = "مُحَمَّدٌ رَسُولُ é اللَّهِ أَشِدَّاءُ";
        let mut out = String::new();
        let c = compact(&pairs(&job()), text, 0, &mut out);
        assert_eq!(&text[c.end..], "é اللَّهِ أَشِدَّاءُ");
        assert_eq!(out, "محمد رسول ");
    }

    #[test]
    fn blocks_stop_after_a_quiet_stretch() {
        let text = alloc::format!("مُحَمَّدٌ {}", "كتاب ".repeat(40));
        let mut out = String::new();
        let c = compact(&pairs(&job()), &text, 0, &mut out);
        // The second block takes the tanween; quiet blocks follow (of 15
        // bytes when a lead would fall in the last lane) until 64 bytes pass.
        assert_eq!((c.changed, c.end), (32, 111));
        assert_eq!(out, alloc::format!("محمد {}", &text[19..111]));
    }
}
