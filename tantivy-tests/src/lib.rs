//! Nothing here: the tests are in `tests/`. They need the full `tantivy`
//! crate (an index, its `QueryParser` and `SnippetGenerator`), which the
//! `arabic-text` crate itself never depends on, so they live in this package
//! of their own: `cargo test --manifest-path tantivy-tests/Cargo.toml`.
