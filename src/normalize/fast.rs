//! The normalizer's fast path: one pass over the bytes.
//!
//! Every ASCII character and every character of the Arabic block
//! (U+0600–U+06FF) gets an action that does not depend on its neighbours
//! (keep, drop, or replace by one character: [`act`](super::act)). Three things look at
//! neighbours, locally: a space under [`Whitespace::Collapse`] is kept only
//! between two kept non-space characters on one line; a kept mark under a
//! Unicode form must not have a lower combining class than the mark kept
//! before it; the start of a line.
//!
//! Anything else is *slow*: the stretch of text between the safe cuts around
//! it (see [`cut`](super::cut): after a line feed, or between two inert
//! letters) goes through the full pipeline. Normalizing at safe cuts composes (the
//! streaming properties check it), so the output is the pipeline's output
//! for the whole text; the property tests compare the two for every
//! configuration.

use alloc::borrow::Cow;
use alloc::string::String;

use crate::chars;
use crate::normalize::act::Act;
use crate::normalize::cut::{next_cut, Left};
use crate::normalize::forms::{FormAct, Forms};
use crate::normalize::pipeline::ligature_spaces;
use crate::normalize::plain::plain_run;
use crate::normalize::quran::hamza_before_alef;
use crate::normalize::scan::Scan;
use crate::normalize::simd::skim::{Skim, Switches};
use crate::normalize::sink::Sink;
use crate::normalize::switches::{Form, Normalizer, Quotes};
use crate::normalize::table::{Mode, CCC, INERT, KIND, MARK};
use crate::normalize::trace::record_region;
use crate::offsets::MapBuilder;

/// Why the fast path stopped early.
pub(crate) enum Fast<'a> {
    /// The normalized text.
    Done(Cow<'a, str>),
    /// Only in check mode: the text is not normalized.
    Changed,
}

impl Normalizer {
    /// The fast path. `None` when the configuration needs the whole text at
    /// once (quote roles under [`Quotes::Guillemets`]). In `check` mode it
    /// stops at the first change with [`Fast::Changed`]. With `map`, it
    /// records every edit there (up to the unchanged tail).
    pub(crate) fn normalize_fast<'a>(
        &self,
        text: &'a str,
        check: bool,
        map: Option<&mut MapBuilder>,
    ) -> Option<Fast<'a>> {
        if self.quotes == Quotes::Guillemets {
            return None;
        }
        let bytes = text.as_bytes();
        let n = bytes.len();
        // The output, allocated at the first change: `sink.out` holds the
        // output of `text[..sink.run]`, and `text[sink.run..i]` is unchanged.
        let mut sink = Sink::new(map);
        let mut prev_lf = false;
        let mut st = Scan::default();
        let word_mode = self.word_mode();
        let elongation = self.collapse_elongation;
        let mode = Mode::new(self, check);
        let mut skim = Skim::new(n, self.skim_switches(mode));
        // Built at the first presentation form.
        let mut forms: Option<Forms> = None;
        let map_forms = self.presentation_forms || self.unicode_form == Form::Nfkc;
        // Records a safe cut at `$at` after a line feed, or when `$cut`.
        macro_rules! record_cut {
            ($at:expr, $cut:expr) => {
                if prev_lf {
                    st.cut_in = $at;
                    st.word_cut = None;
                } else if $cut {
                    if word_mode {
                        st.word_cut = Some($at);
                    } else {
                        st.cut_in = $at;
                    }
                }
            };
        }
        let mut i = 0;
        while i < n {
            // The common case, in a tight loop: the characters whose action
            // the configuration's table gives.
            i = plain_run(self, text, i, mode, &mut st, &mut sink, &mut skim);
            if i >= n {
                break;
            }
            let b = bytes[i];

            // A mark of a lower class than the one before it (the loop
            // stops there): its run of marks reordered here when it allows
            // it (`Sink::reorder`), else in the pipeline.
            if mode.reorder_here && matches!(b, 0xD8..=0xDB) {
                let ccc = CCC[chars::block_index_utf8(b, bytes[i + 1])];
                if ccc != 0 && ccc < st.last_ccc {
                    if let Some((end, last)) = sink.reorder(text, i, mode.keep, &mut st) {
                        st.last_ccc = last;
                        st.last_ws = false;
                        st.runs.reset();
                        prev_lf = false;
                        i = end;
                        continue;
                    }
                }
            }

            // A presentation form whose expansion the fast path can take.
            if b == 0xEF && map_forms && !st.force_slow {
                let c =
                    0xF000 | (u32::from(bytes[i + 1] & 0x3F) << 6) | u32::from(bytes[i + 2] & 0x3F);
                let c = char::from_u32(c).unwrap_or('\0');
                // A word ligature with a word right after it goes to the
                // pipeline, which puts the space after it; so does one whose
                // space before would follow no kept character on its line,
                // or a space (the mark before it was dropped: `Collapse`
                // must see the space).
                let (before, after) = if chars::is_word_ligature(c) {
                    ligature_spaces(text, i, c)
                } else {
                    (false, false)
                };
                if chars::is_presentation_form(c) && !after && !(before && st.last_ws) {
                    let forms = forms.get_or_insert_with(|| Forms::new(self));
                    let (ccc, runs) = (&mut st.last_ccc, &mut st.runs);
                    if let FormAct::Expand(e) = forms.act(self, c, before, ccc, runs) {
                        if check {
                            return Some(Fast::Changed);
                        }
                        // No cut next to it, but after a line feed.
                        if prev_lf {
                            st.cut_in = i;
                            st.word_cut = None;
                            prev_lf = false;
                        }
                        st.left = Left::default();
                        st.last_ws = false;
                        sink.expand(text, i, 3, e, &mut st);
                        i += 3;
                        continue;
                    }
                }
            }

            // Record a safe cut before the character at `i` (an inert letter
            // stays the left side of a cut across its marks).
            let (inert, mark) = match b {
                b if b < 0x80 => (b.is_ascii_alphanumeric(), false),
                0xD8..=0xDB => {
                    let idx = chars::block_index_utf8(b, bytes[i + 1]);
                    (KIND[idx] & INERT != 0, KIND[idx] & MARK != 0)
                }
                _ => (false, false),
            };
            let cut = st.left.step(inert, mark);
            record_cut!(i, cut);
            if word_mode
                && (chars::is_ascii_white_space(b)
                    || (b == 0xC2 && matches!(bytes.get(i + 1), Some(0xA0 | 0x85))))
            {
                st.commit_word(sink.run);
            }
            prev_lf = b == b'\n';

            let (mut act, len, ccc) = self.act_at(bytes, i, st.last_ws, st.last_ccc);
            if self.quran_orthography && b == 0xD8 && bytes.get(i + 1) == Some(&0xA1) {
                st.word_dirty |= hamza_before_alef(bytes, i).0;
            }
            if elongation {
                let out = match act {
                    Act::Keep => text[i..].chars().next(),
                    Act::Push(c) => Some(c),
                    Act::Drop | Act::Slow => None,
                };
                if st.force_slow || out.is_some_and(|c| st.runs.push(c)) {
                    act = Act::Slow;
                }
                st.force_slow = false;
            }
            match act {
                Act::Keep => {
                    st.last_ws = chars::is_ascii_white_space(b);
                    st.last_ccc = ccc;
                    i += len;
                    if b == b'\n' {
                        // A cut after every line feed.
                        record_cut!(i, false);
                        prev_lf = false;
                    }
                }
                Act::Drop | Act::Push(_) => {
                    if check {
                        return Some(Fast::Changed);
                    }
                    let push = match act {
                        Act::Push(c) => Some(c),
                        _ => None,
                    };
                    sink.change(text, i, len, push, &mut st);
                    if let Some(c) = push {
                        st.last_ws = c == ' ';
                        st.last_ccc = 0;
                    }
                    i += len;
                    prev_lf = false;
                }
                Act::Slow => {
                    let end = if word_mode {
                        self.next_word_cut(text, i)
                    } else {
                        next_cut(text, i, st.left)
                    };
                    let region = &text[st.cut_in..end];
                    let (normalized, origins) = self.run_traced(region, None, sink.map.is_some());
                    if check {
                        if *normalized != *region {
                            return Some(Fast::Changed);
                        }
                    } else if sink.out.is_some() || *normalized != *region {
                        let run = sink.run;
                        let o = sink
                            .out
                            .get_or_insert_with(|| String::with_capacity(n + 16));
                        if st.cut_in >= run {
                            o.push_str(&text[run..st.cut_in]);
                        } else {
                            o.truncate(st.cut_out);
                        }
                        o.push_str(&normalized);
                        if let Some(m) = sink.map.as_deref_mut() {
                            if st.cut_in >= run {
                                m.aligned(st.cut_in - run);
                            } else {
                                m.truncate(st.cut_out, st.cut_in);
                            }
                            record_region(region, &normalized, origins.as_deref(), m);
                        }
                        sink.run = end;
                    }
                    i = end;
                    // The character before a cut is an inert letter or a
                    // line feed; at the end nothing follows.
                    // (`st.cut_in` below is the cut after a line feed.)
                    prev_lf = false;
                    st.last_ws = end > 0 && bytes[end - 1] == b'\n';
                    st.last_ccc = 0;
                    st.left = Left::before(text, end);
                    st.cut_in = end;
                    st.word_cut = None;
                    st.word_dirty = false;
                    st.runs.reset();
                }
            }
        }
        let run = sink.run;
        Some(Fast::Done(match sink.out {
            None => Cow::Borrowed(text),
            Some(mut o) => {
                o.push_str(&text[run..]);
                Cow::Owned(o)
            }
        }))
    }
}

impl Normalizer {
    /// What the skim needs of this configuration (with its tight loop's
    /// `mode`).
    pub(super) fn skim_switches(&self, mode: Mode) -> Switches {
        Switches {
            keep: mode.keep,
            change: mode.drop | mode.replace,
            digits: !mode.arabic_indic,
            elongation: mode.elongation,
            quotes: mode.quotes == Some(false),
            anywhere: !self.word_mode(),
            hamza: self.quran_orthography && self.arabic_act(0x21, 0).0 == Act::Keep,
        }
    }
}
