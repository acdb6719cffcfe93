//! The reference tokenizer: the rules of docs/design.md §5, a grapheme
//! cluster at every token start.

use alloc::vec::Vec;

use unicode_segmentation::UnicodeSegmentation;

use super::{is_latin_letter, quote_roles};
use crate::chars;
use crate::tokenize::{social, web};
use crate::{Punct, Quote, QuoteRole, Script, TokenKind};

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
            '#' | '＃' => {
                social::hashtag_end_reference(text, byte(i), c).map(|e| (e, TokenKind::Hashtag))
            }
            '@' | '＠' => social::mention_end(text, byte(i), c).map(|e| (e, TokenKind::Mention)),
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
