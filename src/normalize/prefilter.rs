//! The SIMD prefilter of the character-by-character path
//! ([`direct`](super::direct)): when a configuration keeps every character
//! beyond the Arabic block and changes only a few of the block, the first
//! character it does not keep is one of a few two-byte sequences, which
//! `aho-corasick`'s packed (Teddy) searcher finds several bytes at a time
//! (the path checks the characters beyond the block itself),
//! as the `regex` crate's literal prefilter does.
//!
//! Beyond [`MAX_PATTERNS`] the path scans with [`Ranges`] instead.
//!
//! Building a searcher costs microseconds, so each is built once per set of
//! kept kinds and kept for the life of the process (a few sets at most).

extern crate std;

use alloc::sync::Arc;
use alloc::vec::Vec;
use std::sync::Mutex;

use aho_corasick::packed::{MatchKind, Searcher};

use crate::chars;
use crate::normalize::ranges::Ranges;
use crate::normalize::table::{KIND, KIND_BITS};

/// The most patterns a prefilter takes: beyond them `aho-corasick` builds
/// fat Teddy, whose buckets this order does not keep apart, and the scalar
/// scan is faster (all the diacritics, 62 code points: 15.3 instructions a
/// byte of the seed against 14.6).
pub(super) const MAX_PATTERNS: usize = 32;

/// The most sets of kept kinds the process keeps a prefilter for.
const MAX_CACHED: usize = 16;

/// How the path finds the next character a configuration does not keep.
#[derive(Clone)]
pub(super) enum Prefilter {
    /// A Teddy searcher for the UTF-8 of each Arabic-block character not
    /// kept (the path checks the characters beyond the block itself).
    Teddy(Arc<Searcher>),
    /// More than [`MAX_PATTERNS`] of them, or no SIMD searcher: the scalar
    /// scan of [`Ranges`].
    Ranges(Ranges),
}

/// The prefilter for the configurations that keep the kinds of `keep` (bit
/// k: kind k).
pub(super) fn prefilter(keep: u32) -> Prefilter {
    static CACHE: Mutex<Vec<(u32, Prefilter)>> = Mutex::new(Vec::new());
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, p)) = cache.iter().find(|(k, _)| *k == keep) {
        return p.clone();
    }
    let p = match build(keep) {
        Some(searcher) => Prefilter::Teddy(Arc::new(searcher)),
        None => Prefilter::Ranges(Ranges::new(keep)),
    };
    if cache.len() < MAX_CACHED {
        cache.push((keep, p.clone()));
    }
    p
}

fn build(keep: u32) -> Option<Searcher> {
    // In code-point order, so that neighbours share their lead byte and the
    // high nibble of their second byte.
    let mut sorted: Vec<[u8; 2]> = Vec::new();
    for (idx, &k) in KIND.iter().enumerate() {
        if (keep >> (k & KIND_BITS)) & 1 == 0 {
            let mut utf8 = [0; 2];
            chars::block_char(idx).encode_utf8(&mut utf8);
            sorted.push(utf8);
        }
    }
    if sorted.is_empty() || sorted.len() > MAX_PATTERNS {
        return None;
    }
    Searcher::config()
        .match_kind(MatchKind::LeftmostFirst)
        .only_teddy(true)
        .builder()
        .extend(bucket_order(&sorted))
        .build()
}

/// The patterns in the order that puts neighbours in one Teddy bucket.
///
/// Teddy flags a position when each of its two bytes has
/// both nibbles among those of one bucket's patterns. A bucket that mixes
/// `D9 8B` (fathatan) with `D9 94` (hamza above) also flags `D9 84` (lam),
/// `D9 8B`'s high nibble with `D9 94`'s low one: nearly every word. A bucket
/// of neighbours in code-point order (one lead, few high nibbles) flags
/// little else. Up to 32 patterns `aho-corasick` builds slim Teddy, which
/// gives pattern `i` bucket `7 - i % 8` (but for a pattern whose low
/// nibbles an earlier one shares, which joins that one's bucket); this only
/// decides the speed, never what is found.
fn bucket_order(sorted: &[[u8; 2]]) -> Vec<[u8; 2]> {
    let n = sorted.len();
    let buckets = 8;
    // Bucket b takes the patterns i with B - 1 - i % B == b: as many as
    // that, in one contiguous run of `sorted`.
    let size = |b: usize| {
        let r = buckets - 1 - b;
        if r < n {
            (n - r - 1) / buckets + 1
        } else {
            0
        }
    };
    let mut runs = Vec::with_capacity(buckets);
    let mut at = 0;
    for b in 0..buckets {
        runs.push(sorted[at..at + size(b)].iter());
        at += size(b);
    }
    (0..n)
        .filter_map(|i| runs[buckets - 1 - i % buckets].next().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::bucket_order;

    #[test]
    fn neighbours_share_a_bucket() {
        // Nine patterns: bucket 7 - i % 8 takes patterns 0 and 8 of the
        // order, so it gets the last two neighbours, each other bucket one.
        let sorted: alloc::vec::Vec<[u8; 2]> = (0..9u8).map(|k| [0xD9, 0x8B + k]).collect();
        let order: alloc::vec::Vec<u8> =
            bucket_order(&sorted).iter().map(|p| p[1] - 0x8B).collect();
        assert_eq!(order, [7, 6, 5, 4, 3, 2, 1, 0, 8]);
        // 32 patterns: four neighbours a bucket.
        let sorted: alloc::vec::Vec<[u8; 2]> = (0..32u8).map(|k| [0xD9, 0x80 + k]).collect();
        let order = bucket_order(&sorted);
        for b in 0..8 {
            let bucket: alloc::vec::Vec<u8> = (0..32)
                .filter(|i| 7 - i % 8 == b)
                .map(|i| order[i][1] - 0x80)
                .collect();
            let first = 4 * b as u8;
            assert_eq!(bucket, [first, first + 1, first + 2, first + 3]);
        }
    }
}
