//! A configuration of every switch and an Arabic-heavy text → idempotence,
//! Borrowed iff unchanged, normalize_into = normalize, output ≤ 18× the input,
//! the SIMD kernels equal their portable twins, Token::normalized. A crash prints the input's `Debug`: a ready-to-paste
//! Rust reproduction.
#![no_main]

use arabic_text::invariants::{self, NormalizeInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: NormalizeInput| {
    let n = input.normalizer();
    invariants::check_normalizer(&n, &input.text.0);
    invariants::check_simd(&n, &input.text.0);
    invariants::check_token_normalized(&n, &input.text.0);
});
