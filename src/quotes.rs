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

pub use crate::chars::class::QuoteStyle;
use crate::chars::{self, Block};

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

/// Whether a neighbour is skipped: a mark (Mn, Me) or a format control
/// (Cf). Answered from the byte tables for ASCII, Latin-1, the Arabic
/// block and the quotes; from the general category otherwise.
fn skippable(c: char) -> bool {
    if let Some(class) = chars::block_of_char(c) {
        return matches!(class, Block::Mark | Block::Format);
    }
    match c as u32 {
        0..=0xAC | 0xAE..=0x2FF => false,
        _ if chars::quote_style(c).is_some() => false,
        _ => chars::is_mn_me(c) || chars::is_format(c),
    }
}

fn letter_or_digit(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => matches!(class, Block::Letter | Block::Digit),
        None => letter(c) || chars::is_digit(c),
    }
}

/// Whether `c` is a letter. A quote, the neighbour of a quote in a list of
/// them, is none (each is P*), and the Arabic block's letters are its
/// table's: answered without the general category.
fn letter(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => class == Block::Letter,
        None => chars::quote_style(c).is_none() && chars::is_letter(c),
    }
}

/// Whether `c` is punctuation (P*): quotes are, the Arabic block from its
/// table, anything else from the general category.
fn punctuation(c: char) -> bool {
    match chars::block_of_char(c) {
        Some(class) => class == Block::Punct,
        None => chars::quote_style(c).is_some() || chars::is_punctuation(c),
    }
}

/// Whether `c` is an opening bracket that is not a quote (Ps).
fn open_bracket(c: char) -> bool {
    // The ASCII Ps are `( [ {`; the Arabic block has none.
    if c.is_ascii() {
        return matches!(c, '(' | '[' | '{');
    }
    !chars::in_arabic_block(c) && chars::is_open_bracket(c)
}

/// The character of the Arabic block whose UTF-8 bytes are `lead`,
/// `second` (`lead` 0xD8–0xDB), when it is no mark or format control, so
/// that the resolver does not skip it.
#[inline]
fn unskipped_block_char(lead: u8, second: u8) -> Option<char> {
    match chars::block_of(lead, second) {
        Block::Mark | Block::Format => None,
        _ => Some(chars::block_char(chars::block_index_utf8(lead, second))),
    }
}

/// The character U+0080–U+02FF whose UTF-8 bytes are `lead` (0xC2–0xCB),
/// `second`, when it is not U+00AD SOFT HYPHEN (Cf), the only one of them
/// the resolver skips.
#[inline]
fn unskipped_latin(lead: u8, second: u8) -> Option<char> {
    let c = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F))?;
    (c != '\u{AD}').then_some(c)
}

/// The general punctuation or space U+2000–U+203F whose last UTF-8 byte is
/// `third` (after E2 80), when it is not a format control the resolver
/// skips (U+200B–U+200F, U+202A–U+202E): the curly quotes, dashes, spaces
/// and ‹ › among them.
#[inline]
fn unskipped_general(third: u8) -> Option<char> {
    if matches!(third, 0x8B..=0x8F | 0xAA..=0xAE) {
        return None;
    }
    char::from_u32(0x2000 | u32::from(third & 0x3F))
}

/// The nearest character before byte `pos` that is not skipped, with its
/// offset. ASCII (never skipped), the Arabic block, U+0080–U+02FF and
/// U+2000–U+203F are read as bytes.
#[inline]
fn prev_unskipped(text: &str, pos: usize) -> Option<(usize, char)> {
    let near = match text.as_bytes()[..pos] {
        [.., b] if b < 0x80 => return Some((pos - 1, char::from(b))),
        [.., lead @ 0xD8..=0xDB, second] => unskipped_block_char(lead, second).map(|c| (2, c)),
        [.., lead @ 0xC2..=0xCB, second] => unskipped_latin(lead, second).map(|c| (2, c)),
        [.., 0xE2, 0x80, third] => unskipped_general(third).map(|c| (3, c)),
        _ => None,
    };
    match near {
        Some((len, c)) => Some((pos - len, c)),
        None => prev_unskipped_slow(text, pos),
    }
}

/// [`prev_unskipped`] character by character.
fn prev_unskipped_slow(text: &str, pos: usize) -> Option<(usize, char)> {
    text[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| !skippable(c))
}

/// The nearest character at or after byte `pos` that is not skipped. ASCII,
/// the Arabic block, U+0080–U+02FF and U+2000–U+203F are read as bytes.
#[inline]
fn next_unskipped(text: &str, pos: usize) -> Option<char> {
    let near = match *text.as_bytes().get(pos..).unwrap_or_default() {
        [b, ..] if b < 0x80 => return Some(char::from(b)),
        [lead @ 0xD8..=0xDB, second, ..] => unskipped_block_char(lead, second),
        [lead @ 0xC2..=0xCB, second, ..] => unskipped_latin(lead, second),
        [0xE2, 0x80, third, ..] => unskipped_general(third),
        _ => None,
    };
    near.or_else(|| next_unskipped_slow(text, pos))
}

/// [`next_unskipped`] character by character.
fn next_unskipped_slow(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().find(|&c| !skippable(c))
}

/// The nearest character before byte `pos` that is neither skipped nor
/// tatweel, with its offset: the word a proclitic letter may make.
fn prev_visible(text: &str, mut pos: usize) -> Option<(usize, char)> {
    loop {
        let (i, c) = prev_unskipped(text, pos)?;
        if c != chars::TATWEEL {
            return Some((i, c));
        }
        pos = i;
    }
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
        let prev = prev_unskipped(text, pos);
        let next = next_unskipped(text, pos + q.len_utf8());

        // Each property of each neighbour is looked up once.
        let prev_white = matches!(prev, Some((_, c)) if chars::is_white_space(c));
        let next_white = next.is_some_and(chars::is_white_space);
        let next_punct = next.is_some_and(punctuation);
        let opening_before = match prev {
            None => true,
            Some((i, c)) => {
                prev_white
                    || (self.last == Some((i, QuoteRole::Open)) && chars::quote_style(c).is_some())
                    || open_bracket(c)
            }
        };
        let nonspace_before = prev.is_some() && !prev_white;
        // A quote opens before a non-space that is not closing punctuation
        // (`"،` and `« ،` are closing positions).
        let closing_punct =
            |c: char| next_punct && chars::quote_style(c).is_none() && !open_bracket(c);
        let nonspace_after = matches!(next, Some(c) if !next_white && !closing_punct(c));
        let closing_after = next.is_none() || next_white || next_punct;

        // `و"`, `لـ»`: a one-letter proclitic word (tatweel allowed) glued
        // to the quote, a letter after it.
        let after_proclitic = matches!(next, Some(c) if letter(c))
            && match prev {
                Some((i, c)) if c != chars::TATWEEL => Some((i, c)),
                _ => prev_visible(text, pos),
            }
            .is_some_and(|(p, c)| {
                chars::is_proclitic_letter(c)
                    && !prev_visible(text, p).is_some_and(|(_, c)| letter_or_digit(c))
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
                Some(false)
                    if pending == 0 && style.is_double() && next.is_some_and(letter_or_digit) =>
                {
                    QuoteRole::Open
                }
                Some(false) => QuoteRole::Close,
                None => {
                    let between = matches!(prev, Some((_, c)) if letter_or_digit(c))
                        && matches!(next, Some(c) if letter_or_digit(c));
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

#[cfg(test)]
mod tests {
    use alloc::format;

    use super::*;

    /// The table answers of `letter` and `open_bracket` agree with the
    /// general category's, on ASCII, Latin-1 and the Arabic block.
    #[test]
    fn shortcuts_agree_with_the_general_category() {
        for c in ('\0'..='\u{FF}').chain('\u{0600}'..='\u{06FF}') {
            let general = chars::quote_style(c).is_none() && chars::is_letter(c);
            assert_eq!(letter(c), general, "{c:?}");
            assert_eq!(open_bracket(c), chars::is_open_bracket(c), "{c:?}");
        }
    }

    /// The neighbours read as bytes are the ones read character by
    /// character, around marks, format controls, tatweel and the edges.
    #[test]
    fn neighbours_agree_with_the_character_scan() {
        let pieces = [
            "", "a", " ", "ب", "و", "\u{064E}", "\u{0600}", "\u{061C}", "ـ", "«", "é", "\u{200F}",
            "١", "،", "\u{AD}", "\u{300}", "“", "\u{202B}", "\u{2060}", "😀",
        ];
        // Every character U+0080–U+02FF and U+2000–U+203F alone on each side.
        for c in ('\u{80}'..='\u{2FF}').chain('\u{2000}'..='\u{203F}') {
            let text = format!("{c}\"{c}");
            let pos = c.len_utf8();
            assert_eq!(
                prev_unskipped(&text, pos),
                prev_unskipped_slow(&text, pos),
                "{c:?}"
            );
            let next = next_unskipped(&text, pos + 1);
            assert_eq!(next, next_unskipped_slow(&text, pos + 1), "{c:?}");
        }
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}\"{c}{b}{a}");
                    let pos = text.find('"').unwrap();
                    assert_eq!(
                        prev_unskipped(&text, pos),
                        prev_unskipped_slow(&text, pos),
                        "{text:?}"
                    );
                    assert_eq!(
                        next_unskipped(&text, pos + 1),
                        next_unskipped_slow(&text, pos + 1),
                        "{text:?}"
                    );
                    let visible = text[..pos]
                        .char_indices()
                        .rev()
                        .find(|&(_, c)| !skippable(c) && c != chars::TATWEEL);
                    assert_eq!(prev_visible(&text, pos), visible, "{text:?}");
                }
            }
        }
    }
}
