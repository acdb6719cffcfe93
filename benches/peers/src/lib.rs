//! Empty: this package only holds the `peers` benchmark
//! (`benches/peers.rs`), which compares arabic-text with charabia and
//! Hugging Face tokenizers. See `README.md`.
