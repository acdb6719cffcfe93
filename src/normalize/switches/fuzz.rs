//! What the harnesses need of each switch's type: the value fuzzer bits
//! select, and the value written as Rust source (for the printed
//! reproduction). [`Normalizer::from_fuzz`](super::Normalizer) and
//! `write_builder`, which the [`switches!`](super) table generates, call
//! these for every switch.

use core::fmt;

use super::{Controls, Diacritics, Digits, Form, Punctuation, Quotes, SuperscriptAlef, Whitespace};

/// Which fuzzer bits pick a switch's value: the 16 switch bytes and the
/// 16 diacritic bits of `invariants::NormalizeInput`, in a layout that the
/// committed fuzz corpus (`fuzz/corpus`) depends on.
#[derive(Clone, Copy)]
pub(crate) enum Fuzz {
    /// Switch byte `i`.
    Byte(usize),
    /// Switch byte `i`, shifted right by `k` (bit `k` for a `bool`).
    Bit(usize, u32),
    /// The diacritic bits.
    ClassBits,
}

impl Fuzz {
    /// The bits this source reads.
    pub(crate) fn read(self, bytes: &[u8; 16], diacritics: u16) -> u16 {
        match self {
            Fuzz::Byte(i) => u16::from(bytes[i]),
            Fuzz::Bit(i, k) => u16::from(bytes[i] >> k),
            Fuzz::ClassBits => diacritics,
        }
    }
}

/// A switch's type, to the harnesses.
pub(crate) trait Switch: Sized {
    /// The value `bits` select: a `bool` by bit 0, an enum by `bits` modulo
    /// its number of values, [`Diacritics`] by the bits of
    /// [`Diacritics::NAMED`].
    fn from_bits(bits: u16) -> Self;
    /// The value as Rust source: `true`, `Form::Nfc`,
    /// `Diacritics::NONE.union(Diacritics::SHADDA)`.
    fn write_rust(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Switch for bool {
    fn from_bits(bits: u16) -> Self {
        bits & 1 == 1
    }

    fn write_rust(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl Switch for Diacritics {
    fn from_bits(bits: u16) -> Self {
        Diacritics::NAMED
            .iter()
            .enumerate()
            .filter(|&(i, _)| bits & (1 << i) != 0)
            .fold(Diacritics::NONE, |acc, (_, &(_, c))| acc.union(c))
    }

    fn write_rust(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Diacritics::NONE")?;
        for (name, class) in Diacritics::NAMED {
            if self.contains(class) {
                write!(f, ".union(Diacritics::{name})")?;
            }
        }
        Ok(())
    }
}

/// [`Switch`] for an option enum, from its values in declaration order (the
/// order the fuzz decoding picks them in). The `match` in `write_rust` is
/// exhaustive, so a new variant does not compile until it is listed here.
macro_rules! enum_switch {
    ($($ty:ident [$($variant:ident),+];)*) => {
        $(
            impl Switch for $ty {
                fn from_bits(bits: u16) -> Self {
                    const VALUES: &[$ty] = &[$($ty::$variant),+];
                    VALUES[usize::from(bits) % VALUES.len()]
                }

                fn write_rust(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    let name = match self {
                        $($ty::$variant => stringify!($variant),)+
                    };
                    write!(f, concat!(stringify!($ty), "::{}"), name)
                }
            }
        )*
    };
}

enum_switch! {
    Form [None, Nfc, Nfkc];
    Controls [Keep, Remove, RemoveKeepingZwnj];
    SuperscriptAlef [Keep, Remove, ToAlef];
    Digits [Keep, Ascii, ArabicIndic];
    Punctuation [Keep, Ascii];
    Quotes [Keep, Ascii, Guillemets];
    Whitespace [Keep, Collapse];
}

#[cfg(test)]
mod tests {
    use super::super::Normalizer;
    use super::*;

    /// The fuzz decoding keeps the layout the committed corpus was made
    /// with: each byte (and each bit of byte 15) turns on one switch.
    #[test]
    fn fuzz_layout_is_stable() {
        let n = Normalizer::new;
        let bytes: [Normalizer; 16] = [
            n().unicode_form(Form::Nfc),
            n().presentation_forms(true),
            n().controls(Controls::Remove),
            n().strip_tatweel(true),
            n().superscript_alef(SuperscriptAlef::Remove),
            n().fold_persian(true),
            n().fold_alef_maksura(true),
            n().fold_teh_marbuta(true),
            n().fold_alef(true),
            n().fold_hamza_carriers(true),
            n().digits(Digits::Ascii),
            n().punctuation(Punctuation::Ascii),
            n().quotes(Quotes::Ascii),
            n().whitespace(Whitespace::Collapse),
            n().fold_alef_hamza(true),
            n().fold_kurdish(true),
        ];
        for (i, want) in bytes.iter().enumerate() {
            let mut s = [0; 16];
            s[i] = 1;
            assert_eq!(Normalizer::from_fuzz(&s, 0), *want, "byte {i}");
        }
        let bits = [
            n().quran_orthography(true),
            n().keep_tatweel_carriers(true),
            n().collapse_elongation(true),
            n().number_separators(true),
        ];
        for (k, want) in bits.iter().enumerate() {
            let mut s = [0; 16];
            s[15] = 2 << k;
            assert_eq!(Normalizer::from_fuzz(&s, 0), *want, "bit {}", k + 1);
        }
        for (k, &(_, class)) in Diacritics::NAMED.iter().enumerate() {
            let want = n().strip_diacritics(class);
            assert_eq!(Normalizer::from_fuzz(&[0; 16], 1 << k), want);
        }
        let last = n()
            .quotes(Quotes::Guillemets)
            .controls(Controls::RemoveKeepingZwnj);
        let mut s = [0; 16];
        (s[2], s[12]) = (2, 2);
        assert_eq!(Normalizer::from_fuzz(&s, 0), last);
    }
}
