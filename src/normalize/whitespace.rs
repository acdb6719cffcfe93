//! Step 9: [`whitespace`](Normalizer::whitespace).

use crate::chars;
use crate::normalize::switches::{Normalizer, Whitespace};
use crate::normalize::trace::{Out, Output, Tracing};

impl Normalizer {
    /// Step 9.
    pub(super) fn step_whitespace(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if self.whitespace == Whitespace::Keep || is_collapsed(s) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        // The first space of the run before the current character, unless
        // the run starts a line.
        let mut pending: Option<(usize, char)> = None;
        let mut line_start = true;
        for (i, c) in s.char_indices() {
            if collapsible(c) {
                if !line_start && pending.is_none() {
                    pending = Some((i, c));
                }
                continue;
            }
            if chars::is_line_break(c) || c == '\t' {
                // TAB, like a line break, is kept and trims the spaces around it.
                line_start = true;
            } else {
                if let Some((j, d)) = pending {
                    out.push(' ', j, d);
                }
                line_start = false;
            }
            pending = None;
            out.push(c, i, c);
        }
        out.done(s)
    }
}

/// A space [`Whitespace::Collapse`] collapses: every space but TAB.
fn collapsible(c: char) -> bool {
    chars::is_space(c) && c != '\t'
}

/// Whether `s` has no space that [`Whitespace::Collapse`] would change: every
/// collapsible space is a U+0020 between two characters that are neither
/// spaces nor line breaks.
fn is_collapsed(s: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if collapsible(c) {
            let edge =
                |d: Option<char>| d.is_none_or(|d| chars::is_line_break(d) || chars::is_space(d));
            if c != ' ' || edge(prev) || edge(it.peek().copied()) {
                return false;
            }
        }
        prev = Some(c);
    }
    true
}
