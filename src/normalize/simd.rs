//! The SIMD kernels of the normalizer, each with a portable twin: the
//! crate's only `unsafe` code.
//!
//! - [`compact`]: dense deletions (the strips on vocalized text) sixteen
//!   bytes a step, for the character-by-character path.
//! - [`skim`]: text the fast path's tight loop would take without a rule,
//!   sixteen bytes a step, or thirty-two with AVX2 (text that is already
//!   normal).
//!
//! Each classifies the characters of the Arabic block with `pshufb` lookups
//! by their second byte's nibbles ([`Pairs`]). The SIMD twins need SSSE3
//! (x86-64; detected at run time with `std`, or enabled at compile time;
//! the skim's AVX2 twin is detected at run time); elsewhere `compact` runs
//! its portable twin and the skim is off. The portable twins take the same
//! blocks, a byte at a time, and [`check_twins`] compares them byte for
//! byte: property p04c, the `normalize` fuzz target
//! (`invariants::check_simd`) and Miri, which `.ci/run` runs on this
//! module's tests with SSSE3 and AVX2 enabled.

#[cfg(any(test, feature = "invariants"))]
use alloc::string::String;

use crate::chars;
#[cfg(any(test, feature = "invariants"))]
use crate::normalize::switches::Normalizer;
use crate::normalize::table::{KIND, KIND_BITS, MARK};

/// A block is sixteen bytes; the SIMD twins read a byte past it (and the
/// skim four before it).
pub(super) const BLOCK: usize = 16;

/// Sixteen copies of the byte `b`.
#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
macro_rules! splat {
    ($b:expr) => {
        core::arch::x86_64::_mm_set1_epi8($b as u8 as i8)
    };
}

pub(super) mod compact;
pub(super) mod skim;

/// What both SSSE3 twins share: the lookup of a block's Arabic-block
/// characters in the nibble tables of a [`Pairs`] set.
#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
mod lookup {
    use core::arch::x86_64::*;

    /// A block's Arabic leads (D8–DB) and, for each, where its character
    /// sits in the nibble tables: the bit (by the lead's low bit and the
    /// second byte's high nibble), the row (the second byte's low nibble)
    /// and the group (DA DB).
    #[derive(Clone, Copy)]
    pub(super) struct Lookup {
        arabic: __m128i,
        bit: __m128i,
        lo: __m128i,
        group: __m128i,
    }

    impl Lookup {
        /// The lookup of the block `v`, whose bytes shifted by one are `next`.
        #[target_feature(enable = "ssse3")]
        #[inline]
        pub(super) fn new(v: __m128i, next: __m128i) -> Lookup {
            let bits = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
            let row = _mm_or_si128(
                _mm_and_si128(_mm_slli_epi16(v, 2), splat!(4)),
                _mm_and_si128(_mm_srli_epi16(next, 4), splat!(3)),
            );
            Lookup {
                arabic: _mm_cmpeq_epi8(_mm_and_si128(v, splat!(0xFC)), splat!(0xD8)),
                bit: _mm_shuffle_epi8(bits, row),
                lo: _mm_and_si128(next, splat!(0x0F)),
                group: _mm_cmpeq_epi8(_mm_and_si128(v, splat!(2)), splat!(2)),
            }
        }

        /// The lanes of the Arabic leads whose character is in the set of
        /// the nibble tables `t` (for D8 D9, and DA DB).
        #[target_feature(enable = "ssse3")]
        #[inline]
        pub(super) fn members(self, t: [__m128i; 2]) -> __m128i {
            let row = _mm_or_si128(
                _mm_andnot_si128(self.group, _mm_shuffle_epi8(t[0], self.lo)),
                _mm_and_si128(self.group, _mm_shuffle_epi8(t[1], self.lo)),
            );
            let outside = _mm_cmpeq_epi8(_mm_and_si128(row, self.bit), _mm_setzero_si128());
            _mm_andnot_si128(outside, self.arabic)
        }
    }

    /// Loads a nibble table.
    #[target_feature(enable = "ssse3")]
    #[inline]
    pub(super) fn table(t: &[u8; 16]) -> __m128i {
        // SAFETY: the table is sixteen bytes.
        #[allow(unsafe_code)]
        unsafe {
            _mm_loadu_si128(t.as_ptr().cast())
        }
    }
}

/// Whether the SIMD twins run here.
fn available() -> bool {
    #[cfg(all(target_arch = "x86_64", feature = "std"))]
    {
        std::is_x86_feature_detected!("ssse3")
    }
    #[cfg(not(all(target_arch = "x86_64", feature = "std")))]
    {
        cfg!(all(target_arch = "x86_64", target_feature = "ssse3"))
    }
}

/// What the configuration does with the two-byte characters of the Arabic
/// block, by [`chars::block_index_utf8`]: bit `i` of `drop` (of `keep`)
/// when the character of index `i` is dropped (kept). A character in
/// neither ends a block.
#[derive(Clone, Copy)]
pub(super) struct Pairs {
    drop: [u64; 4],
    keep: [u64; 4],
    /// The same sets by second byte's low nibble, for the shuffles: table
    /// `2s + g` (set `s`: 0 drop, 1 keep; group `g`: 0 for the leads D8 D9,
    /// 1 for DA DB), byte `lo`, bit `4 × (lead & 1) + (second >> 4 & 3)`.
    nibbles: [[u8; 16]; 4],
}

/// Whether the character of the block with index `idx` is of a kind in
/// `mask` (bit k for kind k).
fn of_kinds(mask: u32, idx: usize) -> bool {
    mask >> (KIND[idx] & KIND_BITS) & 1 != 0
}

impl Pairs {
    /// The sets of a configuration's table: bit k of `keep` (of `drop`)
    /// when the characters of kind k (see [`table`](super::table)) are kept
    /// (dropped).
    pub(super) fn from_kinds(keep: u32, drop: u32) -> Pairs {
        Pairs::new(|idx| of_kinds(keep, idx), |idx| of_kinds(drop, idx))
    }

    /// The sets of [`skim`]: the characters of the kinds in `keep` that
    /// are no marks, as kept; those of the kinds in `change` (dropped or
    /// replaced by one character), in the dropped set.
    pub(super) fn skim(keep: u32, change: u32) -> Pairs {
        Pairs::new(
            |idx| of_kinds(keep, idx) && KIND[idx] & MARK == 0,
            |idx| of_kinds(change, idx),
        )
    }

    /// The nibble tables of the kept set (for the leads D8 D9, and DA DB).
    #[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
    pub(super) fn keep_tables(&self) -> [[u8; 16]; 2] {
        [self.nibbles[2], self.nibbles[3]]
    }

    /// The nibble tables of the dropped set (for the leads D8 D9, and DA
    /// DB).
    #[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
    pub(super) fn drop_tables(&self) -> [[u8; 16]; 2] {
        [self.nibbles[0], self.nibbles[1]]
    }

    /// The sets for `kept` and `dropped`, which say for each index of the
    /// block whether its character is kept or dropped.
    fn new(kept: impl Fn(usize) -> bool, dropped: impl Fn(usize) -> bool) -> Pairs {
        let mut pairs = Pairs {
            drop: [0; 4],
            keep: [0; 4],
            nibbles: [[0; 16]; 4],
        };
        for idx in 0..256 {
            let (lead, second) = (0xD8 | (idx >> 6) as u8, 0x80 | (idx & 0x3F) as u8);
            let bit = 1u8 << (4 * (lead & 1) + ((second >> 4) & 3));
            let group = usize::from(lead & 2 != 0);
            for (s, member) in [dropped(idx), kept(idx) && !dropped(idx)]
                .into_iter()
                .enumerate()
            {
                if member {
                    let set = if s == 0 {
                        &mut pairs.drop
                    } else {
                        &mut pairs.keep
                    };
                    set[idx / 64] |= 1 << (idx % 64);
                    pairs.nibbles[2 * s + group][usize::from(second & 0x0F)] |= bit;
                }
            }
        }
        pairs
    }

    /// 0: the pair is dropped, 1: kept, 2: neither.
    #[inline(always)]
    pub(super) fn verdict(&self, lead: u8, second: u8) -> u8 {
        let idx = chars::block_index_utf8(lead, second);
        if self.drop[idx / 64] >> (idx % 64) & 1 != 0 {
            0
        } else if self.keep[idx / 64] >> (idx % 64) & 1 != 0 {
            1
        } else {
            2
        }
    }
}

/// Runs the twins of both kernels from each of the first 64 character
/// boundaries of `text`, with the sets of `n`'s table, and panics where
/// they differ.
#[cfg(any(test, feature = "invariants"))]
pub(crate) fn check_twins(n: &Normalizer, text: &str) {
    let mode = crate::normalize::table::Mode::new(n, false);
    let pairs = Pairs::from_kinds(mode.keep, mode.drop);
    let plain = skim::Plain::new(n.skim_switches(mode));
    for i in (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .take(64)
    {
        let (mut simd, mut portable) = (String::from("«"), String::from("«"));
        let a = compact::compact(&pairs, text, i, &mut simd);
        let b = compact::scalar(&pairs, text, i, &mut portable);
        let (simd, portable) = (simd.as_bytes(), portable.as_bytes());
        assert_eq!(
            (a, simd),
            (b, portable),
            "compact from byte {i} of {text:?} under {n:?}"
        );
        let bytes = text.as_bytes();
        let mut changes = [
            skim::Changes::new(),
            skim::Changes::new(),
            skim::Changes::new(),
        ];
        let [portable, simd, ssse3] = &mut changes;
        let portable = (
            skim::scalar(&plain, bytes, i, portable),
            portable.as_slice(),
        );
        assert_eq!(
            (skim::skim(&plain, bytes, i, simd), simd.as_slice()),
            portable,
            "skim from byte {i} of {text:?} under {n:?}"
        );
        assert_eq!(
            (skim::skim_ssse3(&plain, bytes, i, ssse3), ssse3.as_slice()),
            portable,
            "SSSE3 skim from byte {i} of {text:?} under {n:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Diacritics;

    /// Both twins of both kernels on every kind of character, from every
    /// start (`.ci/run` runs this one under Miri).
    #[test]
    fn twins_agree() {
        // `.ci/run` runs this under Miri with SSSE3 and AVX2 enabled.
        #[cfg(all(miri, target_arch = "x86_64"))]
        assert!(
            std::is_x86_feature_detected!("ssse3") && std::is_x86_feature_detected!("avx2"),
            "under Miri, the SIMD twins need -C target-feature=+ssse3,+avx2"
        );
        let texts = [
            "مُحَمَّدٌ رَسُولُ اللَّهِ\nوَالَّذِينَ مَعَهُ أَشِدَّاءُ عَلَى الْكُفَّارِ",
            "كتــــاب ــ ـ۪ـ ٱلرَّحْمَـٰنِ ﷺ abc ١٢٣ 😀 é\n\nذٰلِكَ ٱلْكِتَٰبُ ۛ لَا رَيْبَ ۛ فِيهِ ۚ",
            "كتاب في مدرسه abc 2024 علي الطاولة  كتاب في مدرسة\nمرحبااا ١٢٣ كتاب في المدينة",
            "ڤيـٖديو گـُل ێ ۆ ه‍ ي‌ ئـٔ آ إ ى ة ی ک ۀ ے ۓ ە ۃ ہ ۂ ۋ ۈ ۉ ۊ ۏ ۔ ، ؛ ؟ ٪ ٫ ٬ ٭ ۰۱۲",
        ];
        for n in [
            Normalizer::new()
                .strip_tatweel(true)
                .strip_diacritics(Diacritics::HARAKAT),
            Normalizer::lucene(),
            Normalizer::search(),
            Normalizer::clean(),
        ] {
            for text in texts {
                check_twins(&n, text);
            }
        }
    }
}
