//! Token helpers shared by `tests/tokenize.rs` and `tests/web.rs`: the
//! tokens, or every segment, of a text as `(text, kind name)` pairs.

use arabic_text::Tokenizer;

/// The tokens of `text` (no spaces) as `(text, kind name)`.
pub fn toks(text: &str) -> Vec<(&str, &'static str)> {
    Tokenizer::new()
        .tokenize(text)
        .map(|t| (t.text(), t.kind().as_str()))
        .collect()
}

/// Every segment of `text` (spaces included) as `(text, kind name)`.
pub fn segs(text: &str) -> Vec<(&str, &'static str)> {
    Tokenizer::new()
        .segments(text)
        .map(|t| (t.text(), t.kind().as_str()))
        .collect()
}
