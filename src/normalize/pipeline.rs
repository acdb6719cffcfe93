//! The reference pipeline: every step of the [module docs](super) in order,
//! each a `step_*` that returns `None` when it changes nothing, writing
//! through [`Out`] so that it can be traced for offset maps. The byte fast
//! path ([`fast`](super::fast)) hands it whatever its tables do not cover.
//! The letter folds, Quran orthography, elongation and whitespace steps live
//! in their own modules beside this one.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::chars;
use crate::normalize::switches::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
};
use crate::normalize::trace::{self, Origin, Out, Output, Tracing};
use crate::quotes::{QuoteRole, Resolver};

impl Normalizer {
    pub(crate) fn run<'a>(&self, text: &'a str, quote_role: Option<QuoteRole>) -> Cow<'a, str> {
        self.run_traced(text, quote_role, false).0
    }

    /// The pipeline; with `trace`, also where each output character comes
    /// from (`None` when nothing changed).
    pub(crate) fn run_traced<'a>(
        &self,
        text: &'a str,
        quote_role: Option<QuoteRole>,
        trace: bool,
    ) -> (Cow<'a, str>, Option<Vec<Origin>>) {
        let mut cur = Cow::Borrowed(text);
        let mut origins: Option<Vec<Origin>> = None;
        macro_rules! apply {
            ($step:ident $(, $arg:expr)?) => {
                let tracing = match (trace, origins.as_deref()) {
                    (false, _) => Tracing::Off,
                    (true, None) => Tracing::Identity,
                    (true, Some(o)) => Tracing::From(o, cur.len()),
                };
                if let Some(next) = self.$step(&cur, tracing $(, $arg)?) {
                    cur = Cow::Owned(next.text);
                    origins = next.origins;
                }
            };
        }
        apply!(step_forms);
        apply!(step_controls);
        apply!(step_quran);
        apply!(step_tatweel);
        apply!(step_marks);
        apply!(step_folds);
        apply!(step_elongation);
        apply!(step_digits);
        apply!(step_punctuation);
        apply!(step_quotes, quote_role);
        apply!(step_whitespace);
        apply!(step_unicode_form);
        // Composing can make a new run of identical letters (ي + U+0654 three
        // times → ئئئ): collapse it, until nothing changes. Each round
        // shortens the text, so this ends.
        if self.collapse_elongation {
            loop {
                let len = cur.len();
                apply!(step_elongation);
                if cur.len() == len {
                    break;
                }
                apply!(step_unicode_form);
            }
        }
        (cur, origins)
    }

    /// Step 1: presentation forms, then the Unicode form.
    fn step_forms(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let map_forms = self.presentation_forms || self.unicode_form == Form::Nfkc;
        let mapped = if map_forms {
            map_presentation_forms(s, self.unicode_form != Form::Nfkc, t)
        } else {
            None
        };
        match mapped {
            Some(m) => Some(self.step_unicode_form(&m.text, m.tracing()).unwrap_or(m)),
            None => self.step_unicode_form(s, t),
        }
    }

    fn step_unicode_form(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let nfkc = match self.unicode_form {
            Form::None => return None,
            Form::Nfc => false,
            Form::Nfkc => true,
        };
        if stable_starters(s.as_bytes()) {
            return None;
        }
        let quick = if nfkc {
            is_nfkc_quick(s.chars())
        } else {
            is_nfc_quick(s.chars())
        };
        match (quick, t) {
            (IsNormalized::Yes, _) => None,
            (_, Tracing::Off) => {
                let mut out = Out::new(s.len(), t);
                if nfkc {
                    out.push_all(s.nfkc(), 0..s.len());
                } else {
                    out.push_all(s.nfc(), 0..s.len());
                }
                out.done(s)
            }
            _ => trace::unicode_form_traced(s, nfkc, t),
        }
    }

    /// Step 2.
    fn step_controls(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if self.controls == Controls::Keep || !s.chars().any(chars::is_invisible_control) {
            return None;
        }
        let skip = |d: char| chars::is_mn_me(d) || chars::is_invisible_control(d);
        let word = |d: char| chars::is_letter(d) || chars::is_digit(d);
        let mut out = Out::new(s.len(), t);
        // The nearest character before the current one that is neither Mn/Me
        // nor a control, with its offset; a run of controls yields at most one
        // space, so remember which left neighbour already produced one.
        let mut left: Option<(usize, char)> = None;
        let mut spaced_after: Option<usize> = None;
        // The right neighbour found for an earlier ZWSP, valid while the scan
        // position is before it (keeps long control runs linear).
        let mut right_cache: Option<(usize, Option<char>)> = None;
        // Whether a U+0670 is among the grapheme extenders right before the
        // current character (kept as we go, so ZWJ runs stay linear).
        let mut alef_in_extenders = false;
        let to_alef = self.superscript_alef == SuperscriptAlef::ToAlef;
        for (i, c) in s.char_indices() {
            let alef_before = alef_in_extenders;
            if chars::extends_grapheme(c) {
                alef_in_extenders |= c == chars::SUPERSCRIPT_ALEF;
            } else {
                alef_in_extenders = false;
            }
            if !chars::is_invisible_control(c) {
                out.push(c, i, c);
                if !chars::is_mn_me(c) {
                    left = Some((i, c));
                }
                continue;
            }
            let keep = match c {
                chars::ZWJ => !(to_alef && alef_before) && in_emoji_sequence(s, i),
                chars::ZWNJ => {
                    self.controls == Controls::RemoveKeepingZwnj && zwnj_between_letters(s, i)
                }
                _ => false,
            };
            if keep {
                out.push(c, i, c);
            } else if c == chars::ZWSP {
                let right = match right_cache {
                    Some((j, d)) if j > i => d,
                    _ => {
                        let from = i + c.len_utf8();
                        let found = s[from..].char_indices().find(|&(_, d)| !skip(d));
                        let (j, d) = found.map_or((s.len(), None), |(j, d)| (from + j, Some(d)));
                        right_cache = Some((j, d));
                        d
                    }
                };
                if let (Some((l, ld)), Some(rd)) = (left, right) {
                    if word(ld) && word(rd) && spaced_after != Some(l) {
                        out.push(' ', i, c);
                        spaced_after = Some(l);
                    }
                }
            }
        }
        out.done(s)
    }

    /// Step 3.
    fn step_tatweel(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if !self.strip_tatweel || !s.contains(chars::TATWEEL) {
            return None;
        }
        let to_alef = self.superscript_alef == SuperscriptAlef::ToAlef;
        let mut out = Out::new(s.len(), t);
        // The base letter before the current position: the last character
        // that is no tatweel and no mark (U+0670 counts as ا under
        // `ToAlef`). Kept as the loop goes, so that a long run of tatweels
        // and marks costs linear time.
        let mut base: Option<char> = None;
        for (i, c) in s.char_indices() {
            // With keep_tatweel_carriers, the last tatweel of a run stays
            // when a mark that step 4 keeps follows it (up to a U+0670 that
            // ToAlef makes a letter), unless the letter before the run and
            // that mark compose (يـٔ → ئ: the mark keeps a base).
            let after = &s[i + c.len_utf8()..];
            let carrier = c == chars::TATWEEL
                && self.keep_tatweel_carriers
                && after
                    .chars()
                    .take_while(|&d| {
                        chars::is_mark(d) && !(to_alef && d == chars::SUPERSCRIPT_ALEF)
                    })
                    .any(|d| self.step4_keeps(d))
                && !self.composes_across_tatweel(base, after);
            if c != chars::TATWEEL || carrier {
                out.push(c, i, c);
            }
            // U+0674 HIGH HAMZA is no base either: the letter folds later
            // merge it into the letter before it (ٵ, ۇٴ), which is then the
            // seat a second pass would see. Nor is a small waw or yeh that
            // step 4 strips (ےۥـٔ: a second pass sees ے).
            if c != chars::TATWEEL
                && c != chars::HIGH_HAMZA
                && (!chars::is_mark(c) || (to_alef && c == chars::SUPERSCRIPT_ALEF))
                && (!matches!(c, '\u{06E5}' | '\u{06E6}') || self.step4_keeps(c))
            {
                base = Some(c);
            }
        }
        out.done(s)
    }

    /// Whether the tatweel run before `after` only stretches a hamza seat to
    /// its hamza or madda: `base`, the base letter before the run (the last
    /// character that is no tatweel, no U+0674, no mark and no U+06E5 or
    /// U+06E6 that step 4 strips; U+0670 counts as ا under `ToAlef`), is an
    /// alef, waw or yeh form ([`chars::is_hamza_seat`]), and the first mark
    /// after the run that step 4 keeps is U+0653, U+0654 or U+0655 (يـٔ is
    /// ئ). The seats are closed under every letter fold,
    /// so the answer does not change when the text is normalized again.
    fn composes_across_tatweel(&self, base: Option<char>, after: &str) -> bool {
        let seat = base.is_some_and(|c| c == chars::SUPERSCRIPT_ALEF || chars::is_hamza_seat(c));
        let kept = after
            .chars()
            .take_while(|&d| chars::is_mark(d))
            .filter(|&d| self.step4_keeps(d));
        seat && matches!(
            first_in_order(kept, self.unicode_form != Form::None),
            Some('\u{0653}'..='\u{0655}')
        )
    }

    /// Whether step 4 leaves the mark `c` in place.
    pub(crate) fn step4_keeps(&self, c: char) -> bool {
        if c == chars::SUPERSCRIPT_ALEF {
            return self.superscript_alef == SuperscriptAlef::Keep
                && !self.diacritics.contains(Diacritics::SUPERSCRIPT_ALEF);
        }
        !chars::diacritic_class(c).is_some_and(|k| self.diacritics.intersects(k))
    }

    /// Step 4: superscript alef, then diacritics.
    fn step_marks(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let sa = self.superscript_alef;
        let strip = if sa == SuperscriptAlef::Keep {
            self.diacritics
        } else {
            self.diacritics.difference(Diacritics::SUPERSCRIPT_ALEF)
        };
        if sa == SuperscriptAlef::Keep && strip.is_empty() {
            return None;
        }
        let touched = |c: char| {
            (c == chars::SUPERSCRIPT_ALEF && sa != SuperscriptAlef::Keep)
                || chars::diacritic_class(c).is_some_and(|k| strip.intersects(k))
        };
        if !s.chars().any(touched) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        // The last character that is not Mn/Me, for ToAlef's "after ى or و".
        let mut base: Option<char> = None;
        for (i, c) in s.char_indices() {
            if c == chars::SUPERSCRIPT_ALEF && sa != SuperscriptAlef::Keep {
                if sa == SuperscriptAlef::ToAlef
                    && !matches!(base, Some(chars::ALEF_MAKSURA | chars::WAW))
                {
                    out.push(chars::ALEF, i, c);
                }
            } else if !chars::diacritic_class(c).is_some_and(|k| strip.intersects(k)) {
                out.push(c, i, c);
            }
            if !chars::is_mn_me(c) {
                base = Some(c);
            }
        }
        out.done(s)
    }

    /// Step 6.
    fn step_digits(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let zero = match self.digits {
            Digits::Keep => return None,
            Digits::Ascii => 0x30,
            Digits::ArabicIndic => 0x0660,
        };
        let target = |c: char| (zero..zero + 10).contains(&(c as u32));
        if !s.chars().any(|c| chars::is_digit(c) && !target(c)) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        for (i, c) in s.char_indices() {
            let mapped = match chars::digit_value(c) {
                Some(v) => char::from_u32(zero + v).unwrap_or(c),
                None => c,
            };
            out.push(mapped, i, c);
        }
        out.done(s)
    }

    /// Step 7: number separators, then punctuation.
    fn step_punctuation(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        let ascii = self.punctuation == Punctuation::Ascii;
        if !ascii && !self.number_separators {
            return None;
        }
        let candidate = |c: char| {
            (ascii && chars::arabic_punct_ascii(c).is_some())
                || chars::decimal_separator_ascii(c).is_some()
        };
        if !s.chars().any(candidate) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut prev: Option<char> = None;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let between_digits = prev.is_some_and(chars::is_digit)
                && it.peek().is_some_and(|&(_, d)| chars::is_digit(d));
            prev = Some(c);
            let mapped = match chars::arabic_punct_ascii(c) {
                Some(a) if ascii => a,
                _ => match chars::decimal_separator_ascii(c) {
                    // ١٤٬٥٠٠ → 14500: the grouping separator goes.
                    Some(_) if between_digits && self.number_separators && c == '\u{066C}' => {
                        continue
                    }
                    Some(a) if between_digits => a,
                    _ => c,
                },
            };
            out.push(mapped, i, c);
        }
        out.done(s)
    }

    /// Step 8.
    fn step_quotes(&self, s: &str, t: Tracing<'_>, role: Option<QuoteRole>) -> Option<Output> {
        let candidate = |c: char| match self.quotes {
            Quotes::Ascii => chars::quote_style(c).is_some() && !matches!(c, '"' | '\''),
            _ => chars::quote_style(c).is_some(),
        };
        if self.quotes == Quotes::Keep || !s.chars().any(candidate) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut resolver = Resolver::default();
        let mut prev: Option<char> = None;
        for (i, c) in s.char_indices() {
            let Some(style) = chars::quote_style(c) else {
                out.push(c, i, c);
                prev = Some(c);
                continue;
            };
            let mapped = match self.quotes {
                Quotes::Ascii => {
                    if style.is_double() {
                        '"'
                    } else {
                        '\''
                    }
                }
                _ => {
                    let next = s[i + c.len_utf8()..].chars().next();
                    let apostrophe = chars::is_latin_apostrophe(prev, c, next);
                    if apostrophe {
                        c
                    } else {
                        let r = match role {
                            Some(r) => r,
                            None => resolver.resolve(s, i, c, style),
                        };
                        match r {
                            QuoteRole::Open => chars::guillemet(true, style.is_double()),
                            QuoteRole::Close => chars::guillemet(false, style.is_double()),
                            QuoteRole::Ambiguous => c,
                        }
                    }
                }
            };
            out.push(mapped, i, c);
            prev = Some(c);
        }
        out.done(s)
    }
}

/// Maps presentation forms: the spacing mark forms to their marks always;
/// every other presentation form to its NFKC decomposition when `all`.
/// U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM, which has no
/// decomposition in Unicode (NFKC keeps it), and the words it is written
/// for, spelled as NFKC spells the other word ligatures (ﷺ U+FDFA → صلى الله
/// عليه وسلم): mapped with the presentation forms, so that the basmala
/// finds and is found by its words.
pub(super) const BASMALA: char = '\u{FDFD}';
pub(super) const BASMALA_WORDS: &str = "بسم الله الرحمن الرحيم";

/// Whether `s` is ASCII, Arabic letters (U+0620–U+064A, the tatweel
/// included) and Arabic-Indic digits only: starters (canonical combining
/// class 0) that NFC and NFKC leave as they are (quick check Yes), so that a
/// text of them is in both forms. Words of Arabic text are; the quick
/// checks' table lookups cost far more a character.
fn stable_starters(mut s: &[u8]) -> bool {
    loop {
        s = match *s {
            [] => return true,
            [b, ref rest @ ..] if b < 0x80 => rest,
            [0xD8, 0xA0..=0xBF, ref rest @ ..]
            | [0xD9, 0x80..=0x8A | 0xA0..=0xA9, ref rest @ ..] => rest,
            _ => return false,
        }
    }
}

///
/// The word ligatures ([`chars::is_word_ligature`]: ﷺ ﷻ ﷽) are mapped here
/// under NFKC too, with a space between their words and a word they touch
/// ([`ligature_spaces`]).
fn map_presentation_forms(s: &str, all: bool, t: Tracing<'_>) -> Option<Output> {
    let needs = |c: char| {
        chars::is_word_ligature(c)
            || chars::spacing_mark_form(c).is_some()
            || (all && chars::is_presentation_form(c))
    };
    if !s.chars().any(needs) {
        return None;
    }
    let mut out = Out::new(s.len() + 8, t);
    for (i, c) in s.char_indices() {
        let from = i..i + c.len_utf8();
        if chars::is_word_ligature(c) {
            let (before, after) = ligature_spaces(s, i, c);
            let space = |on: bool| on.then_some(' ');
            if c == BASMALA {
                let words = BASMALA_WORDS.chars();
                out.push_all(
                    space(before).into_iter().chain(words).chain(space(after)),
                    from,
                );
            } else {
                let words = core::iter::once(c).nfkc();
                out.push_all(
                    space(before).into_iter().chain(words).chain(space(after)),
                    from,
                );
            }
        } else if let Some(marks) = chars::spacing_mark_form(c) {
            out.push_all(marks.chars(), from);
        } else if all && chars::is_presentation_form(c) {
            out.push_all(core::iter::once(c).nfkc(), from);
        } else {
            out.push(c, i, c);
        }
    }
    out.done(s)
}

/// Whether the words of the word ligature `c` at byte `i` of `s` need a
/// space before and after them, so that they do not run into a word they
/// touch (محمدﷺ → محمد صلى الله عليه وسلم): before, when the nearest
/// character before `c` that is neither an invisible control nor a tatweel
/// is a letter, a digit, a mark or a word ligature; after, when the nearest
/// such one after it is a letter or a digit, unless that is a word ligature
/// itself, which brings its own space (ﷺﷺ and ﷽﷽ get one space between the
/// two expansions). Not next to spaces or punctuation: (ﷺ) stays
/// (صلى الله عليه وسلم). A tatweel stretches the word it is in, so it is
/// looked past (محمدـﷺ is محمد and the words).
pub(super) fn ligature_spaces(s: &str, i: usize, c: char) -> (bool, bool) {
    let seen = |d: &char| !chars::is_invisible_control(*d) && *d != chars::TATWEEL;
    let before = s[..i].chars().rev().find(seen);
    let after = s[i + c.len_utf8()..].chars().find(seen);
    let word = |d: char| chars::is_letter(d) || chars::is_digit(d);
    (
        before.is_some_and(|d| chars::is_word_ligature(d) || word(d) || chars::is_mn_me(d)),
        after.is_some_and(|d| !chars::is_word_ligature(d) && word(d)),
    )
}

/// The first of `marks` once a Unicode form (`reorder`) has put them in
/// canonical order: the one of the lowest combining class among those
/// before the first of class 0, the earliest of them on a tie (the final
/// NFC reorders the marks a control removed in step 2 kept apart, so a
/// second pass reads them in that order: ٱـۖ\u{200F}ٕ is ٱـٕۖ).
pub(super) fn first_in_order(mut marks: impl Iterator<Item = char>, reorder: bool) -> Option<char> {
    let first = marks.next()?;
    if !reorder {
        return Some(first);
    }
    let ccc = unicode_normalization::char::canonical_combining_class;
    let mut best = first;
    if ccc(first) != 0 {
        for d in marks.take_while(|&d| ccc(d) != 0) {
            if ccc(d) < ccc(best) {
                best = d;
            }
        }
    }
    Some(best)
}

/// Whether the ZWJ at byte `i` of `s` joins an emoji sequence (UAX #29 GB11:
/// Extended_Pictographic Extend* ZWJ × Extended_Pictographic).
///
/// With [`SuperscriptAlef::ToAlef`], the caller first checks that no U+0670
/// is among the Extend characters before the ZWJ: step 4 will turn it into
/// the letter ا, which ends the sequence.
fn in_emoji_sequence(s: &str, i: usize) -> bool {
    let after = i + chars::ZWJ.len_utf8();
    if !s[after..]
        .chars()
        .next()
        .is_some_and(chars::is_extended_pictographic)
    {
        return false;
    }
    let mut cursor = unicode_segmentation::GraphemeCursor::new(after, s.len(), true);
    matches!(cursor.is_boundary(s, 0), Ok(false))
}

/// Whether the ZWNJ at byte `i` of `s` stands between two letters: the
/// character before it, skipping Mn/Me, and the character right after it.
fn zwnj_between_letters(s: &str, i: usize) -> bool {
    // Invisible letters (the Hangul fillers, Lo but Default_Ignorable) do
    // not count: to the tokenizer they are blank, and what a ZWNJ keeps must
    // not depend on a neighbour across a blank.
    let visible_letter = |d: char| chars::is_letter(d) && !chars::is_invisible(d);
    let before = s[..i].chars().rev().find(|&d| !chars::is_mn_me(d));
    let after = s[i + chars::ZWNJ.len_utf8()..].chars().next();
    before.is_some_and(visible_letter) && after.is_some_and(visible_letter)
}

#[cfg(test)]
mod tests {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized};

    use super::stable_starters;

    #[test]
    fn stable_starters_are_what_the_quick_checks_say() {
        let mut claimed = 0;
        for c in (0..0x800).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            if !stable_starters(c.encode_utf8(&mut buf).as_bytes()) {
                continue;
            }
            claimed += 1;
            let one = || core::iter::once(c);
            assert_eq!(is_nfc_quick(one()), IsNormalized::Yes, "{c:?}");
            assert_eq!(is_nfkc_quick(one()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        // ASCII, U+0620–U+064A and U+0660–U+0669.
        assert_eq!(claimed, 128 + 43 + 10);
        assert!(stable_starters("كتاب ٢٠ abc".as_bytes()));
        assert!(!stable_starters("كِتاب".as_bytes()));
        assert!(!stable_starters("ﻓﻲ".as_bytes()));
    }
}
