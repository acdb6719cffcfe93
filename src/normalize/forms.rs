//! The Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) in the fast
//! path, when the configuration maps them (`presentation_forms`, or NFKC).
//!
//! Step 1 replaces a form by its expansion (see `map_presentation_forms`:
//! the marks alone for a spacing mark form, the words for ﷽, else NFKC);
//! every later step then sees the expansion's characters. So the fast path
//! feeds those characters through the configuration's per-character actions
//! ([`Mode`]), and outputs the result as one replacement of the form's
//! bytes, which is how the pipeline's trace records an expansion. A form
//! stays slow when any of its characters has no such action, or when the
//! result could interact with what is around it in a way the fast path does
//! not follow: an empty result, a space at either end, marks out of
//! canonical order, a run of identical letters.
//!
//! The result depends on the configuration only; the last one computed is
//! kept for the call, so a text full of ﷺ expands it once.

use alloc::string::String;

use unicode_normalization::UnicodeNormalization;

use crate::chars;
use crate::normalize::elongation::Runs;
use crate::normalize::pipeline::{BASMALA, BASMALA_WORDS};
use crate::normalize::switches::Normalizer;
use crate::normalize::table::{Mode, CCC, KIND, KIND_BITS, MARK};

/// A form's output under one configuration, and what the fast path needs to
/// place it after what came before.
struct Expansion {
    /// The form.
    form: char,
    /// Whether the fast path can take it; the rest is then its output.
    ok: bool,
    out: String,
    /// The combining class of its first character (0 unless a mark).
    first_ccc: u8,
    /// The combining class of its last character.
    last_ccc: u8,
    /// Its first character, how many characters it starts with that are
    /// that one, and whether that is all of it.
    first: char,
    lead: u8,
    uniform: bool,
    /// The runs of identical letters after it, when it is not `uniform`.
    runs_after: Runs,
    /// A space and `out`: the output of a word ligature after a word (see
    /// `ligature_spaces`).
    spaced: String,
}

/// The presentation forms met in one call.
pub(super) struct Forms {
    /// The configuration's actions (not in check mode).
    mode: Mode,
    last: Expansion,
}

/// What the fast path does with a form.
pub(super) enum FormAct<'f> {
    /// Replaces its bytes by this text.
    Expand(&'f str),
    /// The pipeline takes it.
    Slow,
}

impl Forms {
    /// For a configuration that maps the presentation forms
    /// (`presentation_forms`, or NFKC).
    pub(super) fn new(n: &Normalizer) -> Forms {
        Forms {
            mode: Mode::new(n, false),
            last: Expansion {
                form: '\0',
                ok: false,
                out: String::new(),
                first_ccc: 0,
                last_ccc: 0,
                first: '\0',
                lead: 0,
                uniform: false,
                runs_after: Runs::default(),
                spaced: String::new(),
            },
        }
    }

    /// The action for the presentation form `c` (3 bytes in UTF-8), given
    /// the combining class of the last kept character and the runs of
    /// identical letters before it; updates both when it expands. With
    /// `space_before`, the expansion starts with a space (a word ligature
    /// after a word), so nothing before it reaches into it.
    pub(super) fn act(
        &mut self,
        n: &Normalizer,
        c: char,
        space_before: bool,
        last_ccc: &mut u8,
        runs: &mut Runs,
    ) -> FormAct<'_> {
        if self.last.form != c {
            self.expand(n, c);
        }
        let e = &self.last;
        let (before_ccc, mut r) = if space_before {
            (0, Runs::default())
        } else {
            (*last_ccc, *runs)
        };
        if !e.ok || (self.mode.reorder && e.first_ccc != 0 && e.first_ccc < before_ccc) {
            return FormAct::Slow;
        }
        if self.mode.elongation {
            for _ in 0..e.lead {
                if r.push(e.first) {
                    return FormAct::Slow;
                }
            }
            *runs = if e.uniform { r } else { e.runs_after };
        }
        *last_ccc = e.last_ccc;
        if space_before {
            FormAct::Expand(&e.spaced)
        } else {
            FormAct::Expand(&e.out)
        }
    }

    /// Computes [`Expansion`] for `c`.
    fn expand(&mut self, n: &Normalizer, c: char) {
        let e = &mut self.last;
        e.form = c;
        e.out.clear();
        e.ok = false;
        let mode = self.mode;
        let mut prev_ccc = 0u8;
        let mut first_ccc = None;
        let mut prev_space = false;
        let mut runs = Runs::default();
        let mut ok = true;
        let mut feed = |d: char, out: &mut String| {
            if !ok {
                return;
            }
            if d == ' ' {
                // A single space between two kept characters: kept by every
                // whitespace setting.
                if out.is_empty() || prev_space {
                    ok = false;
                }
                prev_space = true;
                prev_ccc = 0;
                first_ccc.get_or_insert(0);
                runs.push(d);
                out.push(d);
                return;
            }
            let Some(idx) = chars::block_index(d) else {
                ok = false;
                return;
            };
            let k = KIND[idx];
            let bit = 1u32 << (k & KIND_BITS);
            let pushed = if mode.keep & bit != 0 {
                d
            } else if mode.replace & bit != 0 {
                n.replacement(idx)
            } else if mode.drop & bit != 0 {
                return;
            } else {
                ok = false;
                return;
            };
            let ccc = if mode.keep & bit != 0 && k & MARK != 0 {
                CCC[idx]
            } else {
                0
            };
            if mode.reorder && ccc != 0 && ccc < prev_ccc {
                ok = false;
                return;
            }
            if runs.push(pushed) && mode.elongation {
                ok = false;
                return;
            }
            first_ccc.get_or_insert(ccc);
            prev_ccc = ccc;
            prev_space = false;
            out.push(pushed);
        };
        match chars::spacing_mark_form(c).or((c == BASMALA).then_some(BASMALA_WORDS)) {
            Some(words) => words.chars().for_each(|d| feed(d, &mut e.out)),
            // A form without a decomposition stays itself: not in the block.
            None => core::iter::once(c).nfkc().for_each(|d| feed(d, &mut e.out)),
        }
        if !ok || e.out.is_empty() || prev_space {
            return;
        }
        let first = e.out.chars().next().unwrap_or(' ');
        let lead = e.out.chars().take_while(|&d| d == first).count();
        e.ok = true;
        e.first_ccc = first_ccc.unwrap_or(0);
        e.last_ccc = prev_ccc;
        e.first = first;
        e.lead = lead as u8;
        e.uniform = lead == e.out.chars().count();
        e.runs_after = runs;
        e.spaced.clear();
        e.spaced.push(' ');
        e.spaced.push_str(&e.out);
    }
}
