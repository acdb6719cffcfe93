//! Property tests: the fast normalizer and tokenizer against the reference
//! versions in `naive.rs`, and every invariant of design.md §4 and §6.

mod naive;
mod properties;
pub(crate) mod strategies;
