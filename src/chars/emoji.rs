//! Emoji and grapheme-cluster properties, from `icu_properties`' compiled
//! data (UTS #51 `Extended_Pictographic`, UAX #29 `Grapheme_Cluster_Break`).

use icu_properties::props::{ExtendedPictographic, GraphemeClusterBreak};
use icu_properties::{CodePointMapData, CodePointSetData};

/// Whether `c` has the `Extended_Pictographic` property (UTS #51).
///
/// ```
/// assert!(arabic_text::chars::is_extended_pictographic('😀'));
/// assert!(!arabic_text::chars::is_extended_pictographic('#'));
/// ```
#[inline]
pub fn is_extended_pictographic(c: char) -> bool {
    (c as u32) >= 0xA9 && CodePointSetData::new::<ExtendedPictographic>().contains(c)
}

/// Whether `c` is a regional indicator U+1F1E6–U+1F1FF (two make a flag: 🇸🇦).
///
/// ```
/// assert!(arabic_text::chars::is_regional_indicator('\u{1F1F8}'));
/// ```
#[inline]
pub fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Whether `c` continues a grapheme cluster after a base (UAX #29
/// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark).
#[inline]
pub(crate) fn extends_grapheme(c: char) -> bool {
    if (c as u32) < 0x300 {
        return false;
    }
    matches!(
        CodePointMapData::<GraphemeClusterBreak>::new().get(c),
        GraphemeClusterBreak::Extend
            | GraphemeClusterBreak::ZWJ
            | GraphemeClusterBreak::SpacingMark
    )
}

/// Whether `c` has Grapheme_Cluster_Break = Prepend (it joins the character
/// after it: U+0600–U+0605 ARABIC NUMBER SIGN …, U+06DD END OF AYAH).
#[inline]
pub(crate) fn is_prepend(c: char) -> bool {
    (c as u32) >= 0x600
        && CodePointMapData::<GraphemeClusterBreak>::new().get(c) == GraphemeClusterBreak::Prepend
}
