//! Which grapheme clusters are emoji, for the scanner: a cluster that holds
//! an `Extended_Pictographic` character or U+20E3 COMBINING ENCLOSING
//! KEYCAP, or a pair of regional indicators, is one symbol token.

use unicode_segmentation::UnicodeSegmentation;

use super::at::{block_at, char_at};
use crate::chars::{self, Block};

/// Whether U+20E3 occurs in the run of grapheme extenders (Extend, ZWJ,
/// SpacingMark) that starts at byte `i`.
#[inline(always)]
pub(super) fn keycap_in_extend_run(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // The common case: the next character is below U+0300 (ASCII, Latin),
    // general punctuation U+2010–U+2027 or U+2030–U+203F (the curly
    // quotes, the dashes, …), or a non-mark of the Arabic block, which
    // ends the run at once.
    match bytes.get(i..i + 2) {
        None => return false,
        Some(&[b, _]) if b < 0xCC => return false,
        Some(&[0xE2, 0x80]) if matches!(bytes.get(i + 2), Some(0x90..=0xA7 | 0xB0..=0xBF)) => {
            return false
        }
        Some(&[lead @ 0xD8..=0xDB, second]) if chars::block_of(lead, second) != Block::Mark => {
            return false
        }
        _ => {}
    }
    keycap_in_extend_run_slow(text, i)
}

fn keycap_in_extend_run_slow(text: &str, mut i: usize) -> bool {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            return false; // ASCII never extends a cluster
        }
        if let Some(class) = block_at(bytes, i) {
            // In the Arabic block only the marks (Mn) extend a cluster.
            if class != Block::Mark {
                return false;
            }
            i += 2;
            continue;
        }
        // ZWNJ (Extend) and ZWJ: extenders, without the property lookup.
        if let Some([0xE2, 0x80, 0x8C | 0x8D]) = bytes.get(i..i + 3) {
            i += 3;
            continue;
        }
        match char_at(text, i) {
            Some(chars::KEYCAP) => return true,
            Some(d) if never_extends(d) => return false,
            Some(d) if chars::extends_grapheme(d) => i += d.len_utf8(),
            _ => return false,
        }
    }
    false
}

/// Whether the grapheme cluster that starts with `c` is `c` and the
/// Extend / ZWJ / SpacingMark run after it, and `c` is no emoji: ASCII,
/// U+0080–U+02FF but © ®, the Arabic block (Prepend aside), the general
/// punctuation U+2010–U+2027 and U+2030–U+205E but ‼ ⁉, the Arabic
/// presentation forms and U+FFFD. None of them is Prepend, Hangul, a
/// regional indicator or an Indic conjunct consonant.
#[inline]
fn plain_cluster_start(c: char) -> bool {
    match c as u32 {
        0..=0xA8 | 0xAA..=0xAD | 0xAF..=0x2FF => true,
        _ if chars::in_arabic_block(c) => !chars::is_prepend(c),
        0x2010..=0x2027 | 0x2030..=0x205E => !matches!(c, '\u{203C}' | '\u{2049}'),
        0xFB50..=0xFDFF | 0xFE70..=0xFEFE | 0xFFFD => true,
        _ => false,
    }
}

/// Whether `c` is surely no Extend, ZWJ or SpacingMark, without the
/// property lookup: below U+0300, the general punctuation of
/// [`plain_cluster_start`], the presentation forms, U+FFFD and the
/// pictographs and emoji U+1F400–U+1FAFF (the skin-tone modifiers, which
/// extend, come before them).
#[inline]
fn never_extends(c: char) -> bool {
    matches!(
        c as u32,
        0..=0x2FF
            | 0x2010..=0x2027
            | 0x2030..=0x205E
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFE
            | 0xFFFD
            | 0x1F400..=0x1FAFF
    )
}

/// If the grapheme cluster starting at `start` is an emoji cluster (it holds
/// an `Extended_Pictographic` character or U+20E3, or is a regional-indicator
/// pair), its end.
///
/// A cluster that holds `White_Space` is never an emoji cluster: a space
/// followed by U+20E3 stays a space (then a Symbol), and so does the space
/// a prepended concatenation mark joins, so that tokenizing stays local
/// (design.md §6, invariant 4).
pub(crate) fn emoji_cluster_end(text: &str, start: usize, c: char) -> Option<usize> {
    if chars::is_white_space(c) {
        return None;
    }
    let after = start + c.len_utf8();
    // For these characters the cluster is `c` and the Extend / ZWJ /
    // SpacingMark run after it: only a keycap in that run can make it an
    // emoji cluster.
    if plain_cluster_start(c) && !keycap_in_extend_run(text, after) {
        return None;
    }
    // Before ASCII (or the end) the cluster is `c` alone: `c` is no CR
    // here (ASCII is a plain start, and no keycap is ASCII), and but for a
    // Prepend nothing joins an ASCII character to the one before it.
    // No Prepend character is at U+1F000 or above (the pictographs).
    let prepend = (c as u32) < 0x1F000 && chars::is_prepend(c);
    if text.as_bytes().get(after).is_none_or(|&b| b < 0x80) && !prepend {
        return (c == chars::KEYCAP || chars::is_extended_pictographic(c)).then_some(after);
    }
    let g = text[start..].graphemes(true).next()?;
    let mut it = g.chars();
    let first = it.next()?;
    let ri_pair =
        chars::is_regional_indicator(first) && it.next().is_some_and(chars::is_regional_indicator);
    let emoji = ri_pair
        || g.chars()
            .any(|d| d == chars::KEYCAP || chars::is_extended_pictographic(d));
    // A prepended concatenation mark joins the next character even when it
    // is a space (`۝ ⃣` is one cluster): no token spans a space.
    let spaced = g.chars().any(chars::is_white_space);
    (emoji && !spaced).then_some(start + g.len())
}

/// The end of the grapheme cluster that `c`, no emoji cluster's start,
/// starts at byte `start`: `c` alone when it is a [`plain_cluster_start`]
/// and the next character [`never_extends`] it, without segmenting.
pub(super) fn cluster_end(text: &str, start: usize, c: char) -> usize {
    let after = start + c.len_utf8();
    if plain_cluster_start(c) && char_at(text, after).is_none_or(never_extends) {
        return after;
    }
    text[start..]
        .graphemes(true)
        .next()
        .map_or(after, |g| start + g.len())
}

/// The end of the grapheme cluster at byte `i` when it holds no emoji
/// character (U+20E3 or Extended_Pictographic); else `i`. A cluster that
/// starts at a character inside such a cluster ends inside it too and holds
/// no emoji either (no boundary rule joins more once left context is gone,
/// but for regional indicators, which continue no cluster), so
/// [`whitespace_end`] asks once a cluster, not once a character.
pub(super) fn plain_cluster_end(text: &str, i: usize) -> usize {
    let Some(g) = text[i..].graphemes(true).next() else {
        return i;
    };
    let emoji = g.chars().any(|d| {
        d == chars::KEYCAP || chars::is_extended_pictographic(d) || chars::is_regional_indicator(d)
    });
    if emoji {
        i
    } else {
        i + g.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters `never_extends` answers without a lookup extend no
    /// grapheme cluster; ZWNJ and ZWJ do; no Prepend character is at
    /// U+1F000 or above.
    #[test]
    fn never_extends_agrees_with_the_property() {
        for c in (char::MIN..=char::MAX).filter(|&c| never_extends(c)) {
            assert!(!chars::extends_grapheme(c), "{c:?}");
        }
        assert!(chars::extends_grapheme(chars::ZWNJ) && chars::extends_grapheme(chars::ZWJ));
        for c in '\u{1F000}'..=char::MAX {
            assert!(!chars::is_prepend(c), "{c:?}");
        }
    }
}
