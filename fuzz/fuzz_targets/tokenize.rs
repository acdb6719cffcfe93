//! Bytes → from_utf8_lossy → invariants 1–4 of design.md §6 (lossless, contiguous segments on char boundaries; tokens = segments minus whitespace; no empty token; locality).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    arabic_text::invariants::fuzz_tokenize(data);
});
