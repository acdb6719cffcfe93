//! The reference normalizer: every step of docs/design.md §4 in order, a
//! `Vec<char>` per step.

use alloc::string::String;
use alloc::vec::Vec;

use unicode_normalization::UnicodeNormalization;

use super::{is_latin_letter, quote_roles};
use crate::chars;
use crate::normalize::{
    Controls, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef, Whitespace,
};
use crate::{Diacritics, QuoteRole};

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
    //    marks alone; ﷺ ﷻ ﷽ keep a space from a word they touch), then the
    //    Unicode form.
    if presentation_forms || unicode_form == Form::Nfkc {
        let mut out = Vec::new();
        for (k, &c) in cs.iter().enumerate() {
            if matches!(c, '\u{FDFA}' | '\u{FDFB}' | '\u{FDFD}') {
                let seen = |d: &&char| !chars::is_invisible_control(**d) && **d != '\u{0640}';
                let before = cs[..k].iter().rev().find(seen);
                let after = cs[k + 1..].iter().find(seen);
                let word = |d: char| chars::is_letter(d) || chars::is_digit(d);
                let ligature = |d: char| matches!(d, '\u{FDFA}' | '\u{FDFB}' | '\u{FDFD}');
                if before.is_some_and(|&d| word(d) || chars::is_mn_me(d) || ligature(d)) {
                    out.push(' ');
                }
                if c == '\u{FDFD}' {
                    out.extend("بسم الله الرحمن الرحيم".chars());
                } else {
                    out.extend(core::iter::once(c).nfkc());
                }
                if after.is_some_and(|&d| word(d) && !ligature(d)) {
                    out.push(' ');
                }
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
                                && !(matches!(cs[k], '\u{06E5}' | '\u{06E6}')
                                    && step4_removes(cs[k]))
                        })
                        .is_some_and(|k| "اأإآٱٲٳٵوؤۇۆٶٷيئىیېۍێٸەۀہۂےۓ\u{0670}".contains(cs[k]))
                        && matches!(
                            // The first kept mark once the final Unicode
                            // form has put them in canonical order.
                            {
                                let kept: Vec<char> = cs[i + 1..]
                                    .iter()
                                    .take_while(|&&d| chars::is_mark(d))
                                    .filter(|&&d| !step4_removes(d))
                                    .copied()
                                    .collect();
                                let ccc = unicode_normalization::char::canonical_combining_class;
                                match kept.first() {
                                    Some(&f) if unicode_form != Form::None && ccc(f) != 0 => kept
                                        .iter()
                                        .take_while(|&&d| ccc(d) != 0)
                                        .fold(f, |b, &d| if ccc(d) < ccc(b) { d } else { b })
                                        .into(),
                                    first => first.copied(),
                                }
                            },
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
