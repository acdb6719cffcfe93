//! Step 5: the letter folds ([`fold_persian`](Normalizer::fold_persian),
//! [`fold_kurdish`](Normalizer::fold_kurdish), alef maksura, teh marbuta,
//! alef and hamza carriers), by mark runs.

use crate::chars;
use crate::normalize::switches::{Diacritics, Form, Normalizer};
use crate::normalize::trace::{Out, Output, Tracing};

/// U+0677 ARABIC LETTER U WITH HAMZA ABOVE (ٷ), NFKC ۇ + U+0674.
const U_HIGH_HAMZA: char = '\u{0677}';

/// The hamza letter that ا و ي + U+0674 (NFKC of ٵ ٶ ٸ) stand for.
fn high_hamza_letter(c: char) -> Option<char> {
    match c {
        chars::ALEF => Some('\u{0623}'),
        chars::WAW => Some('\u{0624}'),
        chars::YEH => Some('\u{0626}'),
        _ => None,
    }
}

impl Normalizer {
    /// Step 5: the letter folds, by mark runs.
    pub(super) fn step_folds(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if !(self.fold_persian
            || self.fold_kurdish
            || self.fold_alef_maksura
            || self.fold_teh_marbuta
            || self.fold_alef_hamza
            || self.fold_alef
            || self.fold_hamza_carriers)
        {
            return None;
        }
        let candidate = |c: char| {
            self.fold_letter(c) != c
                || chars::is_hamza_mark(c)
                || c == chars::HIGH_HAMZA
                || (self.fold_persian && c == U_HIGH_HAMZA)
        };
        if !s.chars().any(candidate) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        // The letter that owns the current mark run: (original, folded,
        // byte offset of the folded letter in `out`).
        let mut run: Option<(char, char, usize)> = None;
        for (i, c) in s.char_indices() {
            if let Some((orig, folded, at)) = run {
                if chars::is_mark(c) || c == chars::HIGH_HAMZA {
                    // fold_persian: the first high hamza on a bare ا و ي makes
                    // the hamza letter (the NFKC forms of ٵ ٶ ٸ), then folded
                    // like any letter; any other is a hamza above, gone if
                    // step 4 strips hamza marks.
                    let m = if self.fold_persian
                        && c == chars::HIGH_HAMZA
                        && orig != chars::HIGH_HAMZA
                    {
                        if let Some(letter) = high_hamza_letter(orig).filter(|_| folded == orig) {
                            let h = self.fold_letter(letter);
                            if h != folded {
                                out.replace_at(at, folded, h);
                            }
                            // The run now belongs to the hamza letter, so
                            // a second high hamza is a hamza above (اٴٴ is
                            // أ + U+0654, as its second pass would read).
                            run = Some((letter, h, at));
                            continue;
                        }
                        if self.diacritics.contains(Diacritics::HAMZA_MARKS) {
                            continue;
                        }
                        chars::HAMZA_ABOVE
                    } else {
                        c
                    };
                    if self.fold_persian
                        && chars::persian_hamza_base(orig)
                        && m == chars::HAMZA_ABOVE
                    {
                        // ە ہ ے + hamza above (ۀ ۂ ۓ decomposed) → ه ه ي.
                        if orig == chars::AE && folded != chars::HEH {
                            out.replace_at(at, folded, chars::HEH);
                            run = Some((orig, chars::HEH, at));
                        }
                        continue;
                    }
                    if !self.deletes_in_run(folded, m) {
                        out.push(m, i, c);
                    }
                    continue;
                }
            }
            if self.fold_persian && c == U_HIGH_HAMZA {
                // ٷ has no precomposed hamza letter: ۇ + hamza above.
                let folded = self.fold_letter(chars::U);
                run = Some((chars::U, folded, out.len()));
                let hamza = !(self.deletes_in_run(folded, chars::HAMZA_ABOVE)
                    || self.diacritics.contains(Diacritics::HAMZA_MARKS));
                let hamza = hamza.then_some(chars::HAMZA_ABOVE);
                let from = i..i + c.len_utf8();
                out.push_all(core::iter::once(folded).chain(hamza), from);
                continue;
            }
            // An invisible letter (a Hangul filler) owns no marks: the
            // tokenizer treats it as a blank.
            if chars::is_letter(c) && !chars::is_invisible(c) {
                let folded = self.fold_letter(c);
                run = Some((c, folded, out.len()));
                out.push(folded, i, c);
            } else {
                run = None;
                out.push(c, i, c);
            }
        }
        out.done(s)
    }

    pub(super) fn fold_letter(&self, c: char) -> char {
        let mut c = c;
        if self.fold_persian {
            c = chars::persian_fold(c).unwrap_or(c);
        }
        if self.fold_kurdish {
            c = chars::kurdish_fold(c).unwrap_or(c);
        }
        if self.fold_alef_maksura && c == chars::ALEF_MAKSURA {
            c = chars::YEH;
        }
        if self.fold_teh_marbuta && c == chars::TEH_MARBUTA {
            c = chars::HEH;
        }
        if (self.fold_alef_hamza && chars::is_alef_hamza(c))
            || (self.fold_alef && chars::is_alef_variant(c))
        {
            c = chars::ALEF;
        }
        if self.fold_hamza_carriers {
            c = chars::hamza_carrier_fold(c).unwrap_or(c);
        }
        c
    }

    fn deletes_in_run(&self, folded: char, mark: char) -> bool {
        let hamza = chars::is_hamza_mark(mark);
        (self.fold_alef && folded == chars::ALEF && (hamza || mark == chars::HIGH_HAMZA))
            // Under a Unicode form the last step would compose ا + U+0653/4/5
            // back into آ أ إ, so fold_alef_hamza folds those equivalents too.
            || (self.fold_alef_hamza
                && self.unicode_form != Form::None
                && folded == chars::ALEF
                && hamza)
            || (self.fold_hamza_carriers
                && matches!(folded, chars::WAW | chars::YEH)
                && (mark == chars::HAMZA_ABOVE || mark == chars::HIGH_HAMZA))
            || (self.fold_hamza_carriers
                && folded == chars::U
                && (mark == chars::HIGH_HAMZA || mark == chars::HAMZA_ABOVE))
    }
}
