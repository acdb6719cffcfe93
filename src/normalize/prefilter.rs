//! The SIMD prefilter of the character-by-character path
//! ([`direct`](super::direct)): when a configuration keeps every character
//! beyond the Arabic block and changes only a few of the block, the first
//! character it does not keep is one of a few two-byte sequences, which
//! `aho-corasick`'s packed (Teddy) searcher finds several bytes at a time
//! (the path checks the characters beyond the block itself),
//! as the `regex` crate's literal prefilter does.
//!
//! Building a searcher costs microseconds, so each is built once per set of
//! kept kinds and kept for the life of the process (a few sets at most).

extern crate std;

use alloc::sync::Arc;
use alloc::vec::Vec;
use std::sync::Mutex;

use aho_corasick::packed::{MatchKind, Searcher};

use crate::chars;
use crate::normalize::table::{KIND, KIND_BITS};

/// The most patterns a prefilter takes: Teddy's fingerprints lose their
/// edge beyond a few dozen, and the scalar scan is then as fast.
pub(super) const MAX_PATTERNS: usize = 32;

/// The most sets of kept kinds the process keeps a prefilter for.
const MAX_CACHED: usize = 16;

/// The prefilter for the configurations that keep the kinds of `keep` (bit
/// k: kind k): a searcher for
/// the UTF-8 of each Arabic-block character of another kind. `None` when
/// there are more than [`MAX_PATTERNS`] of them, or no SIMD searcher.
pub(super) fn prefilter(keep: u32) -> Option<Arc<Searcher>> {
    static CACHE: Mutex<Vec<(u32, Option<Arc<Searcher>>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, s)) = cache.iter().find(|(k, _)| *k == keep) {
        return s.clone();
    }
    let s = build(keep).map(Arc::new);
    if cache.len() < MAX_CACHED {
        cache.push((keep, s.clone()));
    }
    s
}

fn build(keep: u32) -> Option<Searcher> {
    let mut patterns: Vec<[u8; 2]> = Vec::new();
    for (idx, &k) in KIND.iter().enumerate() {
        if (keep >> (k & KIND_BITS)) & 1 == 0 {
            let mut utf8 = [0; 2];
            chars::block_char(idx).encode_utf8(&mut utf8);
            patterns.push(utf8);
        }
    }
    if patterns.is_empty() || patterns.len() > MAX_PATTERNS {
        return None;
    }
    Searcher::config()
        .match_kind(MatchKind::LeftmostFirst)
        .only_teddy(true)
        .builder()
        .extend(&patterns)
        .build()
}
