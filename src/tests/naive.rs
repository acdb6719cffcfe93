//! Reference versions of the normalizer and tokenizer, written for clarity
//! straight from docs/design.md §4 and §5: a `Vec<char>` per step, full scans for
//! every context question, one pass per fold, a grapheme cluster at every
//! token start. Property tests check that the real ones agree byte for byte.

use alloc::string::String;
use alloc::vec::Vec;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::chars;
use crate::normalize::{
    Controls, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef, Whitespace,
};
use crate::tokenize::web;
use crate::{Diacritics, Punct, Quote, QuoteRole, Script, TokenKind};

fn skippable(c: char) -> bool {
    chars::is_mn_me(c) || chars::is_format(c)
}

fn letter_or_digit(c: char) -> bool {
    chars::is_letter(c) || chars::is_digit(c)
}

/// Roles of the quote characters at `positions` (indices into `cs`),
/// resolved in order by the rules of design.md §5.
fn quote_roles(cs: &[char], positions: &[usize]) -> Vec<QuoteRole> {
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

fn is_latin_letter(c: Option<&char>) -> bool {
    c.is_some_and(|&c| chars::script_group(c) == Some(Script::Latin))
}

// ---------------------------------------------------------------- normalizer

/// `cs` without the characters at which `drop(cs, i)` holds.
fn drop_where(cs: Vec<char>, drop: impl Fn(&[char], usize) -> bool) -> Vec<char> {
    (0..cs.len())
        .filter(|&i| !drop(&cs, i))
        .map(|i| cs[i])
        .collect()
}

fn apply_form(form: Form, cs: Vec<char>) -> Vec<char> {
    let s: String = cs.into_iter().collect();
    match form {
        Form::None => s.chars().collect(),
        Form::Nfc => s.nfc().collect(),
        Form::Nfkc => s.nfkc().collect(),
    }
}

/// The reference normalizer.
pub fn normalize(n: &Normalizer, text: &str) -> String {
    // Every switch, so that a new one does not compile until it is here.
    let Normalizer {
        unicode_form,
        presentation_forms,
        controls,
        quran_orthography,
        strip_tatweel,
        keep_tatweel_carriers,
        superscript_alef,
        diacritics,
        fold_persian,
        fold_kurdish,
        fold_alef_maksura,
        fold_teh_marbuta,
        fold_alef_hamza,
        fold_alef,
        fold_hamza_carriers,
        collapse_elongation,
        digits,
        number_separators,
        punctuation,
        quotes,
        whitespace,
    } = *n;
    let mut cs: Vec<char> = text.chars().collect();

    // 1. Presentation forms (each to NFKC of itself, spacing marks to the
    //    marks alone), then the Unicode form.
    if presentation_forms || unicode_form == Form::Nfkc {
        let mut out = Vec::new();
        for c in cs {
            if c == '\u{FDFD}' {
                out.extend("بسم الله الرحمن الرحيم".chars());
            } else if let Some(marks) = chars::spacing_mark_form(c) {
                out.extend(marks.chars());
            } else if chars::is_presentation_form(c) {
                out.extend(core::iter::once(c).nfkc());
            } else {
                out.push(c);
            }
        }
        cs = out;
    }
    cs = apply_form(unicode_form, cs);

    // 2. Controls.
    if controls != Controls::Keep {
        let skip = |c: char| chars::is_mn_me(c) || chars::is_invisible_control(c);
        let word = |c: char| chars::is_letter(c) || chars::is_digit(c);
        let mut out = Vec::new();
        let mut spaced_left: Option<usize> = None;
        for i in 0..cs.len() {
            let c = cs[i];
            if !chars::is_invisible_control(c) {
                out.push(c);
                continue;
            }
            if c == '\u{200D}' {
                // GB11: Extended_Pictographic Extend* ZWJ × Extended_Pictographic.
                use icu_properties::{props::GraphemeClusterBreak as Gcb, CodePointMapData};
                let gcb = |d: char| CodePointMapData::<Gcb>::new().get(d);
                let next_pict = cs
                    .get(i + 1)
                    .is_some_and(|&d| chars::is_extended_pictographic(d));
                let base = (0..i).rev().map(|j| cs[j]).find(|&d| gcb(d) != Gcb::Extend);
                // ToAlef will make a U+0670 in between a letter.
                let to_alef_between = superscript_alef == SuperscriptAlef::ToAlef
                    && (0..i)
                        .rev()
                        .map(|j| cs[j])
                        .take_while(|&d| gcb(d) == Gcb::Extend)
                        .any(|d| d == '\u{0670}');
                if next_pict
                    && base.is_some_and(chars::is_extended_pictographic)
                    && !to_alef_between
                {
                    out.push(c);
                    continue;
                }
            }
            if c == '\u{200C}' && controls == Controls::RemoveKeepingZwnj {
                let before = (0..i).rev().map(|j| cs[j]).find(|&d| !chars::is_mn_me(d));
                let after = cs.get(i + 1).copied();
                let visible_letter = |d: char| chars::is_letter(d) && !chars::is_invisible(d);
                if before.is_some_and(visible_letter) && after.is_some_and(visible_letter) {
                    out.push(c);
                    continue;
                }
            }
            if c == '\u{200B}' {
                let left = (0..i).rev().find(|&j| !skip(cs[j]));
                let right = (i + 1..cs.len()).find(|&j| !skip(cs[j]));
                if let (Some(l), Some(r)) = (left, right) {
                    if word(cs[l]) && word(cs[r]) && spaced_left != Some(l) {
                        out.push(' ');
                        spaced_left = Some(l);
                    }
                }
            }
        }
        cs = out;
    }

    // 2b. Quran orthography, word by word (a word: Arabic letters, marks,
    //     tatweel, small waw and yeh), with the crate's word rule.
    if quran_orthography {
        let in_word = |c: char| {
            chars::is_arabic_letter(c)
                || chars::is_mn_me(c)
                || "\u{0640}\u{06E5}\u{06E6}".contains(c)
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < cs.len() {
            if !in_word(cs[i]) {
                out.push(cs[i]);
                i += 1;
                continue;
            }
            let j = (i..cs.len()).find(|&j| !in_word(cs[j])).unwrap_or(cs.len());
            out.extend(crate::normalize::quran::apply_to_word(&cs[i..j]));
            i = j;
        }
        cs = out;
    }

    // 3. Tatweel; with keep_tatweel_carriers, the last of a run stays before
    //    a mark that step 4 keeps.
    let step4_removes = |c: char| {
        if c == '\u{0670}' {
            return superscript_alef != SuperscriptAlef::Keep
                || diacritics.contains(Diacritics::SUPERSCRIPT_ALEF);
        }
        chars::diacritic_class(c).is_some_and(|k| diacritics.contains(k))
    };
    if strip_tatweel {
        cs = drop_where(cs, |cs, i| {
            cs[i] == '\u{0640}'
                && !(keep_tatweel_carriers
                    && cs[i + 1..]
                        .iter()
                        .take_while(|&&d| {
                            chars::is_mark(d)
                                && !(d == '\u{0670}'
                                    && superscript_alef == SuperscriptAlef::ToAlef)
                        })
                        .any(|&d| !step4_removes(d))
                    // … unless it stretches a hamza seat to its hamza or
                    // madda (يـٔ → ئ).
                    && !((0..i)
                        .rev()
                        .find(|&k| {
                            cs[k] != '\u{0640}'
                                && cs[k] != '\u{0674}'
                                && (!chars::is_mark(cs[k])
                                    || (cs[k] == '\u{0670}'
                                        && superscript_alef == SuperscriptAlef::ToAlef))
                        })
                        .is_some_and(|k| "اأإآٱٲٳٵوؤۇۆٶٷيئىیېۍێٸەۀہۂےۓ\u{0670}".contains(cs[k]))
                        && matches!(
                            cs[i + 1..]
                                .iter()
                                .take_while(|&&d| chars::is_mark(d))
                                .find(|&&d| !step4_removes(d)),
                            Some('\u{0653}'..='\u{0655}')
                        )))
        });
    }

    // 4. Superscript alef, then diacritics.
    {
        let mut out = Vec::new();
        for i in 0..cs.len() {
            let c = cs[i];
            if c == '\u{0670}' && superscript_alef != SuperscriptAlef::Keep {
                if superscript_alef == SuperscriptAlef::ToAlef {
                    let base = (0..i).rev().map(|j| cs[j]).find(|&d| !chars::is_mn_me(d));
                    if !matches!(base, Some('ى' | 'و')) {
                        out.push('ا');
                    }
                }
                continue;
            }
            if let Some(class) = chars::diacritic_class(c) {
                let active = if class == Diacritics::SUPERSCRIPT_ALEF {
                    superscript_alef == SuperscriptAlef::Keep && diacritics.contains(class)
                } else {
                    diacritics.contains(class)
                };
                if active {
                    continue;
                }
            }
            out.push(c);
        }
        cs = out;
    }

    // 5. Letter folds, one pass each, in order.
    let in_run_of = |cs: &[char], i: usize| -> Option<usize> {
        // The letter owning the mark run that cs[i] is in.
        let mut j = i;
        while j > 0 {
            j -= 1;
            let d = cs[j];
            if chars::is_mark(d) || d == '\u{0674}' {
                // U+0674 right after a non-letter is itself a letter.
                if d == '\u{0674}'
                    && (j == 0
                        || !((chars::is_letter(cs[j - 1]) && !chars::is_invisible(cs[j - 1]))
                            || chars::is_mark(cs[j - 1])
                            || cs[j - 1] == '\u{0674}'))
                {
                    return Some(j);
                }
                continue;
            }
            // An invisible letter (a Hangul filler) owns no marks.
            return (chars::is_letter(d) && !chars::is_invisible(d)).then_some(j);
        }
        None
    };
    let run_owner = |cs: &[char], i: usize| -> Option<usize> {
        let c = cs[i];
        if !(chars::is_mark(c) || c == '\u{0674}') {
            return None;
        }
        in_run_of(cs, i)
    };
    if fold_persian {
        // ٷ → ۇ + hamza above first (no precomposed letter).
        let mut expanded = Vec::new();
        for &c in &cs {
            if c == 'ٷ' {
                expanded.push('ۇ');
                // The hamza comes after step 4: kept even if it strips hamza marks.
                if !diacritics.contains(Diacritics::HAMZA_MARKS) {
                    expanded.push('\u{0654}');
                }
            } else {
                expanded.push(c);
            }
        }
        cs = expanded;
        let mut out: Vec<char> = cs
            .iter()
            .map(|&c| match c {
                'ک' => 'ك',
                'ی' | 'ے' | 'ۓ' | 'ې' | 'ۍ' => 'ي',
                'ہ' | 'ھ' | 'ۀ' | 'ۂ' => 'ه',
                'ۃ' => 'ة',
                'ٵ' => 'أ',
                'ٶ' => 'ؤ',
                'ٸ' => 'ئ',
                c => c,
            })
            .collect();
        let mut keep = alloc::vec![true; out.len()];
        for i in 0..out.len() {
            let owner = run_owner(&out, i).filter(|&o| o != i && cs[o] != '\u{0674}');
            let Some(o) = owner.filter(|_| out[i] == '\u{0674}') else {
                continue;
            };
            // The first high hamza on a bare ا و ي makes the hamza letter.
            let letter = match cs[o] {
                'ا' => Some('أ'),
                'و' => Some('ؤ'),
                'ي' => Some('ئ'),
                _ => None,
            };
            match letter {
                Some(h) if out[o] == cs[o] => {
                    out[o] = h;
                    keep[i] = false;
                }
                // After step 4, which would have stripped it.
                _ if diacritics.contains(Diacritics::HAMZA_MARKS) => {
                    out[i] = '\u{0654}';
                    keep[i] = false;
                }
                _ => out[i] = '\u{0654}',
            }
        }
        for i in 0..out.len() {
            if out[i] == '\u{0654}' && keep[i] {
                if let Some(o) = run_owner(&out, i) {
                    if matches!(cs[o], 'ە' | 'ہ' | 'ے') {
                        if cs[o] == 'ە' {
                            out[o] = 'ه';
                        }
                        keep[i] = false;
                    }
                }
            }
        }
        cs = out
            .into_iter()
            .zip(keep)
            .filter(|&(_, k)| k)
            .map(|(c, _)| c)
            .collect();
    }
    if fold_kurdish {
        for c in cs.iter_mut() {
            *c = match *c {
                'ە' => 'ه',
                'ێ' => 'ي',
                'ۆ' => 'و',
                'ڕ' => 'ر',
                'ڵ' => 'ل',
                c => c,
            };
        }
    }
    if fold_alef_maksura {
        cs.iter_mut().filter(|c| **c == 'ى').for_each(|c| *c = 'ي');
    }
    if fold_teh_marbuta {
        cs.iter_mut().filter(|c| **c == 'ة').for_each(|c| *c = 'ه');
    }
    if fold_alef_hamza {
        for c in cs.iter_mut() {
            if "آأإ".contains(*c) {
                *c = 'ا';
            }
        }
        if unicode_form != Form::None {
            cs = drop_where(cs, |cs, i| {
                matches!(cs[i], '\u{0653}' | '\u{0654}' | '\u{0655}')
                    && run_owner(cs, i).is_some_and(|o| cs[o] == 'ا')
            });
        }
    }
    if fold_alef {
        for c in cs.iter_mut() {
            if "آأإٱٲٳٵ".contains(*c) {
                *c = 'ا';
            }
        }
        cs = drop_where(cs, |cs, i| {
            matches!(cs[i], '\u{0653}' | '\u{0654}' | '\u{0655}' | '\u{0674}')
                && run_owner(cs, i).is_some_and(|o| cs[o] == 'ا')
        });
    }
    if fold_hamza_carriers {
        for c in cs.iter_mut() {
            match *c {
                'ؤ' => *c = 'و',
                'ئ' => *c = 'ي',
                _ => {}
            }
        }
        cs = drop_where(cs, |cs, i| match run_owner(cs, i).map(|o| cs[o]) {
            Some('و' | 'ي') => matches!(cs[i], '\u{0654}' | '\u{0674}'),
            Some('ۇ') => matches!(cs[i], '\u{0654}' | '\u{0674}'),
            _ => false,
        });
    }

    // 5b. Elongation: runs of three or more identical Arabic letters.
    if collapse_elongation {
        cs = collapse_runs(cs);
    }

    // 6. Digits.
    let zero = match digits {
        Digits::Keep => None,
        Digits::Ascii => Some(0x30),
        Digits::ArabicIndic => Some(0x660),
    };
    if let Some(zero) = zero {
        for c in cs.iter_mut() {
            if let Some(v) = chars::digit_value(*c) {
                *c = char::from_u32(zero + v).unwrap();
            }
        }
    }

    // 7. Number separators, then punctuation.
    if number_separators {
        let between = |cs: &[char], i: usize| {
            i > 0
                && chars::is_digit(cs[i - 1])
                && cs.get(i + 1).is_some_and(|&d| chars::is_digit(d))
        };
        let orig = cs.clone();
        for (i, c) in cs.iter_mut().enumerate() {
            if orig[i] == '٫' && between(&orig, i) {
                *c = '.';
            }
        }
        cs = (0..orig.len())
            .filter(|&i| !(orig[i] == '٬' && between(&orig, i)))
            .map(|i| cs[i])
            .collect();
    }
    if punctuation == Punctuation::Ascii {
        let orig = cs.clone();
        for i in 0..cs.len() {
            let between = i > 0
                && chars::is_digit(orig[i - 1])
                && orig.get(i + 1).is_some_and(|&d| chars::is_digit(d));
            cs[i] = match orig[i] {
                '،' => ',',
                '؛' => ';',
                '؟' => '?',
                '۔' => '.',
                '٪' => '%',
                '٫' if between => '.',
                '٬' if between => ',',
                c => c,
            };
        }
    }

    // 8. Quotes.
    match quotes {
        Quotes::Keep => {}
        Quotes::Ascii => {
            for c in cs.iter_mut() {
                if let Some(style) = chars::quote_style(*c) {
                    *c = if style.is_double() { '"' } else { '\'' };
                }
            }
        }
        Quotes::Guillemets => {
            let apostrophe = |i: usize| {
                chars::is_apostrophe(cs[i])
                    && i > 0
                    && is_latin_letter(cs.get(i - 1))
                    && is_latin_letter(cs.get(i + 1))
            };
            let positions: Vec<usize> = (0..cs.len())
                .filter(|&i| chars::quote_style(cs[i]).is_some() && !apostrophe(i))
                .collect();
            let roles = quote_roles(&cs, &positions);
            for (&i, role) in positions.iter().zip(roles) {
                let double = chars::quote_style(cs[i]).unwrap().is_double();
                cs[i] = match (role, double) {
                    (QuoteRole::Open, true) => '«',
                    (QuoteRole::Close, true) => '»',
                    (QuoteRole::Open, false) => '‹',
                    (QuoteRole::Close, false) => '›',
                    (QuoteRole::Ambiguous, _) => cs[i],
                };
            }
        }
    }

    // 9. Whitespace: per line (and per TAB-separated cell), trim and
    //    collapse runs of spaces; line breaks and TABs stay.
    if whitespace == Whitespace::Collapse {
        let mut out = Vec::new();
        let mut line: Vec<char> = Vec::new();
        let flush = |line: &mut Vec<char>, out: &mut Vec<char>| {
            let s: String = line.iter().collect();
            let words: Vec<&str> = s.split(chars::is_space).filter(|w| !w.is_empty()).collect();
            debug_assert!(!s.contains('\t'));
            out.extend(words.join(" ").chars());
            line.clear();
        };
        for c in cs {
            if chars::is_line_break(c) || c == '\t' {
                flush(&mut line, &mut out);
                out.push(c);
            } else {
                line.push(c);
            }
        }
        flush(&mut line, &mut out);
        cs = out;
    }

    // 10. The Unicode form again; composing can make a new run of
    // identical letters (ي + U+0654 ×3 → ئئئ), which elongation collapses,
    // until nothing changes.
    let mut cs = apply_form(unicode_form, cs);
    if collapse_elongation {
        loop {
            let collapsed = collapse_runs(cs.clone());
            if collapsed == cs {
                break;
            }
            cs = apply_form(unicode_form, collapsed);
        }
    }
    cs.into_iter().collect()
}

/// Runs of three or more identical Arabic letters become one; a run of ه
/// that is a word by itself (no letter, digit or mark next to it) two.
fn collapse_runs(cs: Vec<char>) -> Vec<char> {
    let joins = |c: Option<&char>| {
        c.is_some_and(|&c| (c.is_alphanumeric() || chars::is_mn_me(c)) && !chars::is_invisible(c))
    };
    let mut out: Vec<char> = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let j = (i..cs.len()).find(|&j| cs[j] != c).unwrap_or(cs.len());
        let len = j - i;
        let alone = !joins(i.checked_sub(1).and_then(|k| cs.get(k))) && !joins(cs.get(j));
        let keep = match (chars::is_arabic_letter(c) && len >= 3, c) {
            (true, 'ه') if alone => 2,
            (true, _) => 1,
            (false, _) => len,
        };
        out.extend(core::iter::repeat_n(c, keep));
        i = j;
    }
    out
}

// ----------------------------------------------------------------- tokenizer

/// The reference tokenizer: `(start, end, kind)` of every segment.
pub fn segments(text: &str) -> Vec<(usize, usize, TokenKind)> {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let ch: Vec<char> = cs.iter().map(|&(_, c)| c).collect();
    let byte = |i: usize| cs.get(i).map_or(text.len(), |&(b, _)| b);
    // Where a number that prepended concatenation marks start at `i` has
    // its first digit.
    let marked_digits = |i: usize| {
        let mut j = i;
        while j < ch.len() && chars::is_prepended_concatenation_mark(ch[j]) {
            j += 1;
        }
        (j > i && ch.get(j).is_some_and(|&d| chars::is_digit(d))).then_some(j)
    };
    let attaching_from = |mut i: usize| {
        while i < ch.len() && chars::is_attaching(ch[i]) && marked_digits(i).is_none() {
            i += 1;
        }
        i
    };
    let marks_from = |mut i: usize| {
        while i < ch.len() && (chars::is_mark(ch[i]) || chars::is_attaching_letter(ch[i])) {
            i += 1;
        }
        i
    };
    let char_index = |b: usize| cs.iter().position(|&(x, _)| x == b).unwrap_or(ch.len());
    // A word of `group` whose first letter is at `i`.
    let word_from = |i: usize, group: Script| {
        let mut j = i + 1;
        while let Some(&d) = ch.get(j) {
            let same_group = chars::script_group(d) == Some(group);
            let latin_digit = group == Script::Latin && chars::is_digit(d);
            let apostrophe = group == Script::Latin
                && chars::is_apostrophe(d)
                && is_latin_letter(ch.get(j - 1))
                && is_latin_letter(ch.get(j + 1));
            if same_group || latin_digit || apostrophe {
                j += 1;
            } else if chars::script_group(d).is_none()
                && chars::is_attaching(d)
                && marked_digits(j).is_none()
            {
                j += 1;
                let ends = d == '\u{200B}'
                    || (group != Script::Arabic
                        && matches!(d, '\u{0640}' | '\u{06E5}' | '\u{06E6}' | '\u{08C9}'));
                if ends {
                    j = attaching_from(j);
                    break;
                }
            } else {
                break;
            }
        }
        j
    };
    // The rest of a number whose digits continue at `j`: digits, and a
    // separator and/or format controls (not prepended concatenation marks)
    // before a digit.
    let number_from = |mut j: usize| {
        loop {
            match ch.get(j) {
                Some(&d) if chars::is_digit(d) => j += 1,
                Some(&d) => {
                    let mut k = j + usize::from("٫٬،۔.,".contains(d));
                    while ch.get(k).is_some_and(|&c| {
                        chars::is_format(c) && !chars::is_prepended_concatenation_mark(c)
                    }) {
                        k += 1;
                    }
                    if k > j && ch.get(k).is_some_and(|&c| chars::is_digit(c)) {
                        j = k;
                    } else {
                        break;
                    }
                }
                None => break,
            }
        }
        attaching_from(j)
    };
    // A URL or e-mail address at an ASCII letter or digit.
    let web_at = |i: usize| {
        let b = byte(i);
        if let Some(e) = web::url_end(text, b) {
            return Some((marks_from(char_index(e)), TokenKind::Url));
        }
        match web::email_end(text, b) {
            web::EmailScan::Found(e) => Some((marks_from(char_index(e)), TokenKind::Email)),
            web::EmailScan::NoneBefore(_) => None,
        }
    };
    let mut out = Vec::new();
    // (index in `out`, char index) of every quote token.
    let mut quote_tokens: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ch.len() {
        let c = ch[i];
        let start = i;
        // Emoji cluster (never one that starts with a space).
        let g = text[byte(i)..].graphemes(true).next().unwrap();
        let gch: Vec<char> = g.chars().collect();
        let pictographic = gch
            .iter()
            .any(|&d| d == '\u{20E3}' || chars::is_extended_pictographic(d));
        let flag = gch.len() >= 2
            && chars::is_regional_indicator(gch[0])
            && chars::is_regional_indicator(gch[1]);
        let emoji = !gch.iter().any(|&d| chars::is_white_space(d)) && (pictographic || flag);
        let tag = match c {
            '#' | '＃' => web::hashtag_end(text, byte(i), c).map(|e| (e, TokenKind::Hashtag)),
            '@' | '＠' => web::mention_end(text, byte(i), c).map(|e| (e, TokenKind::Mention)),
            _ => None,
        };
        let ascii_alnum = c.is_ascii_alphanumeric();
        let (end, kind) = if emoji {
            (attaching_from(i + gch.len()), TokenKind::Symbol)
        } else if let Some((e, kind)) = tag {
            (marks_from(char_index(e)), kind)
        } else if let Some(j) = marked_digits(i) {
            (number_from(j), TokenKind::Number)
        } else if chars::is_invisible(c) || chars::is_white_space(c) {
            let mut j = i;
            // Invisible characters join the run, unless one starts an emoji
            // cluster.
            let emoji_at = |j: usize| {
                text[byte(j)..].graphemes(true).next().is_some_and(|g| {
                    g.chars()
                        .any(|d| d == '\u{20E3}' || chars::is_extended_pictographic(d))
                })
            };
            while j < ch.len()
                && (chars::is_white_space(ch[j])
                    || (chars::is_invisible(ch[j]) && (j == i || !emoji_at(j))))
            {
                j += 1;
            }
            (j, TokenKind::Whitespace)
        } else if let Some(web) = ascii_alnum.then(|| web_at(i)).flatten() {
            web
        } else if let Some(style) = chars::quote_style(c) {
            // Roles are resolved in a second pass, over all quote tokens.
            quote_tokens.push((out.len(), i));
            (
                i + 1,
                TokenKind::Quote(Quote::new(style, QuoteRole::Ambiguous)),
            )
        } else if let Some(group) = chars::script_group(c) {
            (word_from(i, group), TokenKind::Word(group))
        } else if chars::is_digit(c) {
            // Digits then a Latin letter: one Latin word (Arabizi).
            let mut j = i;
            while ch.get(j).is_some_and(|&d| chars::is_digit(d)) {
                j += 1;
            }
            if is_latin_letter(ch.get(j)) {
                (word_from(j, Script::Latin), TokenKind::Word(Script::Latin))
            } else {
                (number_from(j), TokenKind::Number)
            }
        } else if chars::is_punctuation(c) {
            use icu_properties::props::GeneralCategory as G;
            let kind = match c {
                ',' | '،' | '٬' => Punct::Comma,
                ';' | '؛' => Punct::Semicolon,
                ':' => Punct::Colon,
                '.' | '۔' => Punct::FullStop,
                '?' | '؟' => Punct::Question,
                '!' => Punct::Exclamation,
                '…' | '؞' => Punct::Ellipsis,
                _ => match chars::general_category(c) {
                    G::DashPunctuation => Punct::Dash,
                    G::OpenPunctuation => Punct::OpenBracket,
                    G::ClosePunctuation => Punct::CloseBracket,
                    _ => Punct::Other,
                },
            };
            if matches!(kind, Punct::OpenBracket | Punct::CloseBracket) {
                (i + 1, TokenKind::Punctuation(kind))
            } else {
                let mut j = i + 1;
                while ch.get(j) == Some(&c) {
                    j += 1;
                }
                let kind = if c == '.' && j - i >= 2 {
                    Punct::Ellipsis
                } else {
                    kind
                };
                (j, TokenKind::Punctuation(kind))
            }
        } else if chars::is_symbol(c) {
            (attaching_from(i + gch.len()), TokenKind::Symbol)
        } else {
            (attaching_from(i + 1), TokenKind::Other)
        };
        out.push((byte(start), byte(end), kind));
        i = end;
    }
    let positions: Vec<usize> = quote_tokens.iter().map(|&(_, i)| i).collect();
    let roles = quote_roles(&ch, &positions);
    for (&(k, _), role) in quote_tokens.iter().zip(roles) {
        if let TokenKind::Quote(q) = out[k].2 {
            out[k].2 = TokenKind::Quote(Quote::new(q.style(), role));
        }
    }
    out
}
