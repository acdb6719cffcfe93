//! The fuzz targets: their input decoding (a [`NormalizeInput`] prints as a
//! ready-to-paste reproduction) and entry points, which run the checks.

use alloc::string::String;

use arbitrary::{Arbitrary, Unstructured};

use super::checks::{
    check_locality, check_normalizer, check_offsets, check_quote_pairs, check_segments, check_simd,
    check_streaming, check_token_normalized,
};
use super::pieces::PIECES;
use crate::Normalizer;

/// Text built from fuzzer bytes: picks from [`PIECES`], or raw strings.
#[derive(Clone, PartialEq, Eq)]
pub struct FuzzText(pub String);

impl<'a> Arbitrary<'a> for FuzzText {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut s = String::new();
        for _ in 0..u.arbitrary_len::<u16>()?.min(64) {
            if u.ratio(1, 5)? {
                s.push_str(<&str>::arbitrary(u)?);
            } else {
                let class = PIECES[u.choose_index(PIECES.len())?].1;
                s.push_str(class[u.choose_index(class.len())?]);
            }
        }
        Ok(FuzzText(s))
    }
}

impl core::fmt::Debug for FuzzText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                write!(f, "{c}")?;
            } else {
                write!(f, "\\u{{{:04X}}}", c as u32)?;
            }
        }
        f.write_str("\"")
    }
}

/// A normalizer configuration and a text, from fuzzer bytes. Its `Debug` is
/// a ready-to-paste Rust reproduction.
#[derive(Clone, Arbitrary)]
pub struct NormalizeInput {
    switches: [u8; 16],
    diacritics: u16,
    /// The text to normalize.
    pub text: FuzzText,
}

impl NormalizeInput {
    /// The normalizer the switches select (see `switches!` for which bits
    /// pick which switch).
    pub fn normalizer(&self) -> Normalizer {
        Normalizer::from_fuzz(&self.switches, self.diacritics)
    }
}

impl core::fmt::Debug for NormalizeInput {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        writeln!(f, "use arabic_text::*;")?;
        write!(f, "let n = ")?;
        self.normalizer().write_builder(f)?;
        writeln!(f, ";")?;
        writeln!(f, "let text = {:?};", self.text)?;
        write!(f, "let out = n.normalize(text);")
    }
}

/// The `tokenize` fuzz target: invariants 1–4 on the lossy text of `data`.
pub fn fuzz_tokenize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    check_segments(&text);
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid -= 1;
    }
    check_locality(&text[..mid], &text[mid..]);
}

/// The `normalize` fuzz target: the guarantees of design.md §4 for the
/// configuration and text `data` encodes.
pub fn fuzz_normalize(data: &[u8]) {
    if let Ok(input) = NormalizeInput::arbitrary_take_rest(Unstructured::new(data)) {
        let n = input.normalizer();
        check_normalizer(&n, &input.text.0);
        check_simd(&n, &input.text.0);
        check_token_normalized(&n, &input.text.0);
        check_offsets(&n, &input.text.0);
    }
}

/// The `roundtrip_cli` fuzz target: the first byte picks a chunk size (1 to
/// 64), the rest go through the CLI's streaming reader in lossy mode.
pub fn fuzz_roundtrip_cli(data: &[u8]) {
    if let Some((&first, rest)) = data.split_first() {
        check_streaming(rest, usize::from(first % 64) + 1);
    }
}

/// The `quote_pairs` fuzz target: pairs are nested and never cross.
pub fn fuzz_quote_pairs(data: &[u8]) {
    check_quote_pairs(&String::from_utf8_lossy(data));
}

/// Runs the fuzz target called `target` on `data` (for the replay test).
/// Returns `false` for an unknown target name.
pub fn fuzz_target(target: &str, data: &[u8]) -> bool {
    match target {
        "tokenize" => fuzz_tokenize(data),
        "normalize" => fuzz_normalize(data),
        "roundtrip_cli" => fuzz_roundtrip_cli(data),
        "quote_pairs" => fuzz_quote_pairs(data),
        _ => return false,
    }
    true
}
