//! Reference versions of the normalizer and tokenizer, written for clarity
//! straight from docs/design.md §4 and §5: a `Vec<char>` per step, full scans for
//! every context question, one pass per fold, a grapheme cluster at every
//! token start. Property tests check that the real ones agree byte for byte.

use alloc::vec::Vec;

use crate::chars;
use crate::{QuoteRole, Script};

mod normalize;
mod tokenize;

pub use normalize::normalize;
pub use tokenize::segments;

// ------------------------------------------------- rules both of them use

fn skippable(c: char) -> bool {
    chars::is_mn_me(c) || chars::is_format(c)
}

fn letter_or_digit(c: char) -> bool {
    chars::is_letter(c) || chars::is_digit(c)
}

/// Roles of the quote characters at `positions` (indices into `cs`),
/// resolved in order by the rules of design.md §5.
pub(super) fn quote_roles(cs: &[char], positions: &[usize]) -> Vec<QuoteRole> {
    let mut roles: Vec<QuoteRole> = Vec::new();
    // Open quotes pending per family (double, single).
    let mut families = [0u32; 2];
    for (k, &i) in positions.iter().enumerate() {
        let q = cs[i];
        let style = chars::quote_style(q).unwrap();
        let prev = (0..i).rev().find(|&j| !skippable(cs[j]));
        let next = (i + 1..cs.len()).find(|&j| !skippable(cs[j]));
        let opening_before = match prev {
            None => true,
            Some(j) => {
                let c = cs[j];
                let resolved_open =
                    k > 0 && positions[k - 1] == j && roles[k - 1] == QuoteRole::Open;
                chars::is_white_space(c)
                    || (chars::general_category(c)
                        == icu_properties::props::GeneralCategory::OpenPunctuation
                        && chars::quote_style(c).is_none())
                    || resolved_open
            }
        };
        let nonspace_before = prev.is_some_and(|j| !chars::is_white_space(cs[j]));
        // Punctuation other than Ps and quotes is no place to open before.
        let closing_punct = |c: char| {
            chars::is_punctuation(c)
                && chars::general_category(c)
                    != icu_properties::props::GeneralCategory::OpenPunctuation
                && chars::quote_style(c).is_none()
        };
        let nonspace_after =
            next.is_some_and(|j| !chars::is_white_space(cs[j]) && !closing_punct(cs[j]));
        let closing_after =
            next.is_none_or(|j| chars::is_white_space(cs[j]) || chars::is_punctuation(cs[j]));
        // A one-letter proclitic word (tatweel allowed) right before the
        // quote, a letter after it: the quote opens.
        let visible: Vec<usize> = (0..i)
            .rev()
            .filter(|&j| !skippable(cs[j]) && cs[j] != '\u{0640}')
            .take(2)
            .collect();
        let after_proclitic = next.is_some_and(|j| chars::is_letter(cs[j]))
            && visible.first().is_some_and(|&j| "وفبكل".contains(cs[j]))
            && !visible.get(1).is_some_and(|&j| letter_or_digit(cs[j]));
        let open_glyph = "“„‟«‹‘‚‛".contains(q);
        let close_glyph = "”»›’".contains(q);
        let fam = usize::from(!style.is_double());
        let family = families[fam];
        let role = if after_proclitic || (opening_before && nonspace_after) {
            QuoteRole::Open
        } else if nonspace_before && closing_after {
            if family == 0 && open_glyph {
                QuoteRole::Open
            } else {
                QuoteRole::Close
            }
        } else if closing_after && family > 0 {
            QuoteRole::Close
        } else if open_glyph {
            QuoteRole::Open
        } else if close_glyph {
            if family == 0 && style.is_double() && next.is_some_and(|j| letter_or_digit(cs[j])) {
                QuoteRole::Open
            } else {
                QuoteRole::Close
            }
        } else if prev.is_some_and(|j| letter_or_digit(cs[j]))
            && next.is_some_and(|j| letter_or_digit(cs[j]))
        {
            QuoteRole::Ambiguous
        } else if family > 0 {
            QuoteRole::Close
        } else {
            QuoteRole::Open
        };
        match role {
            QuoteRole::Open => families[fam] += 1,
            QuoteRole::Close => families[fam] = families[fam].saturating_sub(1),
            QuoteRole::Ambiguous => {}
        }
        roles.push(role);
    }
    roles
}

pub(super) fn is_latin_letter(c: Option<&char>) -> bool {
    c.is_some_and(|&c| chars::script_group(c) == Some(Script::Latin))
}
