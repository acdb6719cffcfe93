//! Invariant checks of design.md §4 (guarantees) and §6 (invariants), shared by
//! the property tests, the fuzz targets and the fuzz replay test, plus the
//! alphabet of Arabic-heavy pieces their generators draw from.
//!
//! Not part of the stable API: enabled by the `invariants` feature, for
//! harnesses only. Every check panics with a message naming the broken rule.
//!
//! - [`pieces`]: the alphabet ([`PIECES`]);
//! - [`checks`]: the invariant checks (`check_*`);
//! - [`fuzz`]: the fuzz targets' input decoding and entry points (`fuzz_*`).

pub mod checks;
pub mod fuzz;
pub mod pieces;

pub use checks::*;
pub use fuzz::*;
pub use pieces::*;
