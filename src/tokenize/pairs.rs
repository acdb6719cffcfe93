//! Pairing the quote tokens a tokenizer resolved: [`quote_pairs`].

use alloc::vec::Vec;

use crate::quotes::QuoteRole;
use crate::tokenize::{Token, TokenKind};

/// Pairs the Open and Close quote tokens of `tokens`: returns `(open, close)`
/// index pairs into `tokens`, sorted by `open`.
///
/// A Close quote pairs with the nearest pending Open quote of the same family
/// (double: " “ ” „ ‟ « » ＂; single: ' ‘ ’ ‚ ‛ ‹ ›); Open quotes left inside
/// that pair are unmatched. Unmatched and Ambiguous quotes are left out, so
/// the pairs are properly nested and never cross.
///
/// # Complexity
/// O(n) time in the number of tokens; allocates the result and a stack.
///
/// ```
/// use arabic_text::{quote_pairs, tokenize, Token};
/// let tokens: Vec<Token> = tokenize("قال «هو “نعم” هنا» ثم").collect();
/// let pairs = quote_pairs(&tokens);
/// let texts: Vec<(&str, &str)> = pairs.iter().map(|&(o, c)| (tokens[o].text(), tokens[c].text())).collect();
/// assert_eq!(texts, [("«", "»"), ("“", "”")]);
/// ```
pub fn quote_pairs(tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut stack: Vec<(usize, bool)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let TokenKind::Quote(q) = t.kind() else {
            continue;
        };
        let double = q.style().is_double();
        match q.role() {
            QuoteRole::Open => stack.push((i, double)),
            QuoteRole::Close => {
                if let Some(k) = stack.iter().rposition(|&(_, d)| d == double) {
                    pairs.push((stack[k].0, i));
                    stack.truncate(k);
                }
            }
            QuoteRole::Ambiguous => {}
        }
    }
    pairs.sort_unstable();
    pairs
}
