//! Helpers shared by the integration tests.

use std::fmt::Write as _;

/// `"ab"` → `"ab" [U+0061 U+0062]`: failures print invisible characters as
/// code points.
pub fn escaped(s: &str) -> String {
    let mut out = format!("{s:?} [");
    for (i, c) in s.chars().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "U+{:04X}", c as u32);
    }
    out.push(']');
    out
}
