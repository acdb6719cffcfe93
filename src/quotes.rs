//! Quote styles, roles and pairing (design.md §5, "Quote").
//!
//! Arabic text mixes quote styles freely (“…” next to «…» next to "…") and
//! often uses them reversed (”…“, »…«) because of how right-to-left text is
//! typed. A quote's role is therefore decided by its neighbours first, then
//! by its glyph, then by nesting. *Pending* counts the Open quotes not yet
//! closed in the quote's family (double " “ ” „ ‟ « » ＂, or single ' ‘ ’ ‚ ‛ ‹
//! ›), the families [`quote_pairs`] pairs by.
//!
//! 0. **Proclitic.** Right after a word that is one proclitic letter (و ف ب
//!    ك ل; tatweel allowed: `لـ»`) and before a letter, a quote opens
//!    (`و"التشييد والبناء"`, `ب'الخير'`, `لـ»المدينة»`): the conjunction or
//!    preposition is written glued to the quotation it governs.
//! 1. **Flanking.** The neighbours are the nearest characters on each side,
//!    skipping marks (Mn, Me) and format controls (Cf). The *opening context*
//!    before a quote is the start of the text, `White_Space`, a Ps that is not a
//!    quote, or a quote already resolved [`QuoteRole::Open`]. The *closing
//!    context* after it is the end of the text, `White_Space`, or any P*. A
//!    quote is Open with an opening context before and, after it, a non-space
//!    that is not closing punctuation (a P* other than Ps and quotes); Close
//!    with a non-space before and a closing context after, unless nothing is
//!    pending and its glyph opens (`اسم«؟what»`).
//! 2. **Spaced close.** Otherwise, with a closing context after and a quote
//!    pending, it closes whatever its glyph (`« كلام «`, `كلام " ،`).
//! 3. **Glyph.** Otherwise “ „ ‟ « ‹ ‘ ‚ ‛ open and ” » › ’ close, but a
//!    closing double glyph with nothing pending and a letter or digit after
//!    it opens (`تقرير»ساما»`).
//! 4. **Nesting.** The symmetric " ' ＂ close when a quote is pending and open
//!    otherwise, but are [`QuoteRole::Ambiguous`] between two letters or
//!    digits.

mod near;

use near::{
    class_of, next_class, prev_class, prev_visible, LETTER, LETTER_OR_DIGIT, OPEN, PROCLITIC,
    PUNCT, QUOTE, TATWEEL, WHITE,
};

use crate::chars;
pub use crate::chars::class::QuoteStyle;

/// Whether a quote opens or closes a quotation.
///
/// ```
/// use arabic_text::{tokenize, TokenKind, QuoteRole};
/// let roles: Vec<QuoteRole> = tokenize("قال ”كلام“ ثم")
///     .filter_map(|t| match t.kind() { TokenKind::Quote(q) => Some(q.role()), _ => None })
///     .collect();
/// assert_eq!(roles, [QuoteRole::Open, QuoteRole::Close]); // reversed glyphs, right roles
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum QuoteRole {
    /// Opens a quotation.
    Open,
    /// Closes a quotation.
    Close,
    /// Neither can be told: a symmetric quote between two letters or digits.
    Ambiguous,
}

/// A quote token's style and resolved role.
///
/// ```
/// use arabic_text::{Quote, QuoteRole, QuoteStyle};
/// let q = Quote::new(QuoteStyle::CurlyDouble, QuoteRole::Open);
/// assert_eq!((q.style(), q.role()), (QuoteStyle::CurlyDouble, QuoteRole::Open));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quote {
    style: QuoteStyle,
    // Crate-visible for the patterns of the token-kind table.
    pub(crate) role: QuoteRole,
}

impl Quote {
    /// A quote of `style` with `role`.
    ///
    /// ```
    /// use arabic_text::{Quote, QuoteRole, QuoteStyle};
    /// let _ = Quote::new(QuoteStyle::AsciiSingle, QuoteRole::Ambiguous);
    /// ```
    pub const fn new(style: QuoteStyle, role: QuoteRole) -> Self {
        Quote { style, role }
    }

    /// The quote's style.
    ///
    /// ```
    /// use arabic_text::{Quote, QuoteRole, QuoteStyle};
    /// assert_eq!(Quote::new(QuoteStyle::AsciiDouble, QuoteRole::Open).style(), QuoteStyle::AsciiDouble);
    /// ```
    pub const fn style(&self) -> QuoteStyle {
        self.style
    }

    /// The quote's resolved role.
    ///
    /// ```
    /// use arabic_text::{Quote, QuoteRole, QuoteStyle};
    /// assert_eq!(Quote::new(QuoteStyle::AsciiDouble, QuoteRole::Close).role(), QuoteRole::Close);
    /// ```
    pub const fn role(&self) -> QuoteRole {
        self.role
    }
}

/// Counters of Open quotes not yet closed, per family (double, single),
/// the families [`quote_pairs`] pairs by: the only state that quote-role
/// resolution carries from one quote to the next. Counting by family, not
/// by style, keeps `Quotes::Guillemets` idempotent: it rewrites every style
/// of a family into one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Pending([u32; 2]);

impl Pending {
    fn slot(style: QuoteStyle) -> usize {
        usize::from(!style.is_double())
    }

    fn get(&self, style: QuoteStyle) -> u32 {
        self.0[Self::slot(style)]
    }

    fn record(&mut self, style: QuoteStyle, role: QuoteRole) {
        let n = &mut self.0[Self::slot(style)];
        match role {
            QuoteRole::Open => *n = n.saturating_add(1),
            QuoteRole::Close => *n = n.saturating_sub(1),
            QuoteRole::Ambiguous => {}
        }
    }
}

/// Resolves quote roles left to right over one text.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Resolver {
    pub(crate) pending: Pending,
    /// Byte offset and role of the last quote resolved, for the "quote already
    /// resolved Open" opening context.
    last: Option<(usize, QuoteRole)>,
}

impl Resolver {
    /// Starts from a pending state carried over from an earlier chunk.
    pub(crate) fn with_pending(pending: Pending) -> Self {
        Resolver {
            pending,
            last: None,
        }
    }

    /// The role of the quote `q` (style `style`) at byte offset `pos` of `text`.
    /// Must be called for the quotes of `text` in order.
    pub(crate) fn resolve(
        &mut self,
        text: &str,
        pos: usize,
        q: char,
        style: QuoteStyle,
    ) -> QuoteRole {
        // Each neighbour's classes are read once, from byte tables for
        // ASCII and the Arabic block.
        let prev = prev_class(text, pos);
        let next = next_class(text, pos + q.len_utf8());
        let prev_has = |bit: u8| prev.is_some_and(|(_, k)| k & bit != 0);
        let next_has = |bit: u8| next.is_some_and(|k| k & bit != 0);

        let prev_white = prev_has(WHITE);
        let next_white = next_has(WHITE);
        let next_punct = next_has(PUNCT);
        let opening_before = match prev {
            None => true,
            Some((i, k)) => {
                prev_white
                    || (self.last == Some((i, QuoteRole::Open)) && k & QUOTE != 0)
                    || k & OPEN != 0
            }
        };
        let nonspace_before = prev.is_some() && !prev_white;
        // A quote opens before a non-space that is not closing punctuation
        // (`"،` and `« ،` are closing positions).
        let closing_punct = |k: u8| next_punct && k & (QUOTE | OPEN) == 0;
        let nonspace_after = matches!(next, Some(k) if !next_white && !closing_punct(k));
        let closing_after = next.is_none() || next_white || next_punct;

        // `و"`, `لـ»`: a one-letter proclitic word (tatweel allowed) glued
        // to the quote, a letter after it.
        let after_proclitic = next_has(LETTER)
            && match prev {
                Some((i, k)) if k & TATWEEL == 0 => Some((i, k)),
                _ => prev_visible(text, pos).map(|(i, c)| (i, class_of(c))),
            }
            .is_some_and(|(p, k)| {
                k & PROCLITIC != 0
                    && prev_visible(text, p).is_none_or(|(_, c)| class_of(c) & LETTER_OR_DIGIT == 0)
            });
        let pending = self.pending.get(style);
        let glyph = chars::quote_glyph_opens(q);
        let role = if after_proclitic || (opening_before && nonspace_after) {
            QuoteRole::Open
        } else if nonspace_before && closing_after {
            // A closing position with nothing open: an opening glyph keeps
            // its role (`اسم«؟what`).
            if pending == 0 && glyph == Some(true) {
                QuoteRole::Open
            } else {
                QuoteRole::Close
            }
        } else if closing_after && pending > 0 {
            // Spaced out (`« كلام «`, `كلام " ،`) while one is open: it
            // closes, whatever the glyph.
            QuoteRole::Close
        } else {
            match glyph {
                Some(true) => QuoteRole::Open,
                // A closing double glyph with nothing open, before a letter
                // or digit (`تقرير»ساما»`): it opens. Not a single one: ’
                // between letters is an apostrophe (`@cnn’s`).
                Some(false) if pending == 0 && style.is_double() && next_has(LETTER_OR_DIGIT) => {
                    QuoteRole::Open
                }
                Some(false) => QuoteRole::Close,
                None => {
                    let between = prev_has(LETTER_OR_DIGIT) && next_has(LETTER_OR_DIGIT);
                    if between {
                        QuoteRole::Ambiguous
                    } else if pending > 0 {
                        QuoteRole::Close
                    } else {
                        QuoteRole::Open
                    }
                }
            }
        };
        self.pending.record(style, role);
        self.last = Some((pos, role));
        role
    }
}
