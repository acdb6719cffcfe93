//! Bytes → from_utf8_lossy → quote_pairs is nested, non-crossing, Open before Close.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    arabic_text::invariants::fuzz_quote_pairs(data);
});
