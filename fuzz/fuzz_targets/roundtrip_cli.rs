//! Bytes with a chunk size → the CLI's streaming reader (lossy) cut at chunk_boundary gives the tokens of the whole lossy string.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    arabic_text::invariants::fuzz_roundtrip_cli(data);
});
