//! Sentence boundaries: [`sentences`] and [`Tokenizer::sentences`].
//!
//! Sentences are found on the tokens, so a `.` inside a number (`3.5`,
//! `٣٫٥`), a URL or an e-mail address never ends one. A sentence ends:
//!
//! - after `.` `!` `?` `؟` `۔` `…` (and runs of them), together with the
//!   closing quotes and brackets, further terminal marks and `, ; :` that
//!   follow, spaced or not (`؟ !`, `( . . . )`), and the whitespace after
//!   them;
//! - at a line break (headlines have no full stop), which stays with the
//!   sentence before it;
//! - even with no space after the mark: `هل جاء؟نعم` is two sentences.
//!
//! Quote roles (which decide whether a quote after the mark closes the
//! sentence) start afresh after every line break: a quote a line never closes
//! does not reach into the next one, and a stream cut after line feeds gives
//! the sentences of the whole text.
//!
//! A `.` does not end one after an abbreviation: a one-letter word (an
//! initial or a title: `U.S.`, `J. K.`, `أحمد ز. أمين`, `، د. محمد`, `م. فهد`,
//! `أ.د.`), unless a number comes before it (`عام ٢٠١٦ م.`: the era ends the
//! sentence) and no other one-letter word after it (`512 ق. م`); nor when a
//! lower-case Latin letter comes next (`etc. and`).

use core::iter::FusedIterator;

use crate::chars;
use crate::quotes::QuoteRole;
use crate::tokenize::{Punct, Script, Segments, Token, TokenKind, Tokenizer, TokenizerState};

/// The sentences of `text` (see [`Tokenizer::sentences`]).
///
/// ```
/// let s: Vec<&str> = arabic_text::sentences("هل جاء؟نعم. وصل 3.5 كيلو.").collect();
/// assert_eq!(s, ["هل جاء؟", "نعم. ", "وصل 3.5 كيلو."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Tokenizer::new().sentences(text)
}

impl Tokenizer {
    /// The sentences of `text`: `&str` slices that concatenate back to it,
    /// each with its trailing whitespace (the first also with any leading
    /// whitespace). The rules are in the [`sentences`](crate::sentences)
    /// module docs. Allocation-free; O(n).
    ///
    /// ```
    /// use arabic_text::Tokenizer;
    /// let text = "عاجل\nقال: «انتهى.» ثم غادر";
    /// let s: Vec<&str> = Tokenizer::new().sentences(text).collect();
    /// assert_eq!(s, ["عاجل\n", "قال: «انتهى.» ", "ثم غادر"]);
    /// assert_eq!(s.concat(), text);
    /// ```
    pub fn sentences<'a>(&self, text: &'a str) -> Sentences<'a> {
        self.sentences_with_state(text, TokenizerState::default())
    }

    /// Like [`sentences`](Self::sentences), resuming from the quote state of
    /// an earlier chunk ([`Sentences::state`]) cut inside a line (after a
    /// line break the state is the default one). With web tokens off
    /// ([`web_tokens(false)`](Self::web_tokens)), the dots of URLs and
    /// e-mail addresses are plain full stops.
    ///
    /// ```
    /// use arabic_text::{Tokenizer, TokenizerState};
    /// let tok = Tokenizer::new();
    /// let mut first = tok.sentences_with_state("قال 'نعم ", TokenizerState::default());
    /// assert_eq!(first.by_ref().collect::<Vec<_>>(), ["قال 'نعم "]);
    /// let s: Vec<&str> = tok.sentences_with_state("حاجة ! ' ثم", first.state()).collect();
    /// assert_eq!(s, ["حاجة ! ' ", "ثم"]); // the ' closes the quote of the first chunk
    /// ```
    pub fn sentences_with_state<'a>(&self, text: &'a str, state: TokenizerState) -> Sentences<'a> {
        Sentences {
            text,
            segments: self.segments_with_state(text, state),
            start: 0,
            held: None,
        }
    }
}

/// Iterator over the sentences of a text. Created by [`sentences`] and
/// [`Tokenizer::sentences`].
///
/// ```
/// let n = arabic_text::sentences("جاء. ذهب.").count();
/// assert_eq!(n, 2);
/// ```
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    segments: Segments<'a>,
    /// Where the next sentence starts.
    start: usize,
    /// A token read past the end of the last sentence: the next one's first.
    held: Option<Token<'a>>,
}

/// Whether a punctuation token can end a sentence.
fn terminal(p: Punct) -> bool {
    matches!(
        p,
        Punct::FullStop | Punct::Question | Punct::Exclamation | Punct::Ellipsis
    )
}

/// Whether a token is a word of one letter (its marks aside).
fn one_letter_word(t: &Token<'_>) -> bool {
    matches!(t.kind(), TokenKind::Word(_))
        && t.text().chars().filter(|&c| chars::is_letter(c)).count() == 1
}

/// Whether a punctuation token after a sentence's end still belongs to it:
/// closing brackets, more terminal marks (`؟ !`, `. . .`), and the marks
/// that continue a sentence (`,` `;` `:`; UAX #29 SContinue).
fn continues_end(p: Punct) -> bool {
    terminal(p)
        || matches!(
            p,
            Punct::CloseBracket | Punct::Comma | Punct::Semicolon | Punct::Colon
        )
}

/// Whether the `.` token `dot` in `text` is an abbreviation's, given the two
/// tokens before it.
fn abbreviation_dot(
    before2: Option<Token<'_>>,
    before: Option<Token<'_>>,
    dot: Token<'_>,
    text: &str,
) -> bool {
    if dot.text() != "." {
        return false;
    }
    let after = &text[dot.span().end..];
    let single = before.filter(|b| b.span().end == dot.span().start && one_letter_word(b));
    if let Some(b) = single {
        if b.kind() == TokenKind::Word(Script::Latin) {
            return true; // `U.S.`, `J. K. Rowling`
        }
        // `أ.د.`: a letter at once after the dot, or a dot before the letter.
        let chain = after.chars().next().is_some_and(chars::is_letter)
            || text[..b.span().start].ends_with('.');
        // `ق. م`: another one-letter word next.
        let mut rest = after.trim_start_matches([' ', '\u{00A0}']).chars();
        let next_is_one_letter =
            rest.next().is_some_and(chars::is_letter) && !rest.next().is_some_and(chars::is_letter);
        // `أحمد ز.`, `، د.`, `«د.`: an initial or a title, anywhere but
        // after a number (there it is an era: `٢٠١٦ م.`).
        let initial = !before2.is_some_and(|w| w.kind() == TokenKind::Number);
        if chain || next_is_one_letter || initial {
            return true;
        }
    }
    // `etc. and`: a lower-case Latin letter comes next.
    after
        .trim_start_matches([' ', '\u{00A0}'])
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && chars::script_group(c) == Some(Script::Latin))
}

impl Sentences<'_> {
    /// The quote state reached so far, to continue in a next chunk with
    /// [`Tokenizer::sentences_with_state`].
    ///
    /// ```
    /// let mut s = arabic_text::sentences("«نعم");
    /// s.by_ref().for_each(drop);
    /// assert_ne!(s.state(), arabic_text::TokenizerState::default()); // « is open
    /// ```
    pub fn state(&self) -> TokenizerState {
        self.segments.state()
    }
}

impl<'a> Sentences<'a> {
    /// Ends the current sentence at `end` and returns it.
    fn cut(&mut self, end: usize) -> &'a str {
        let s = &self.text[self.start..end];
        self.start = end;
        s
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.text;
        let mut ended = false;
        let mut before: Option<Token<'a>> = None;
        let mut before2: Option<Token<'a>> = None;
        loop {
            let Some(t) = self.held.take().or_else(|| self.segments.next()) else {
                return (self.start < text.len()).then(|| self.cut(text.len()));
            };
            let span = t.span();
            if ended {
                match t.kind() {
                    TokenKind::Whitespace if t.text().chars().any(chars::is_line_break) => {
                        self.segments.forget_quotes();
                        return Some(self.cut(span.end));
                    }
                    // Spaces, then maybe more closers or marks (`. . .`).
                    TokenKind::Whitespace => {}
                    TokenKind::Quote(q) if q.role() == QuoteRole::Close => {}
                    TokenKind::Punctuation(p) if continues_end(p) => {}
                    _ => {
                        self.held = Some(t);
                        return Some(self.cut(span.start));
                    }
                }
                continue;
            }
            match t.kind() {
                TokenKind::Whitespace => {
                    if t.text().chars().any(chars::is_line_break) {
                        self.segments.forget_quotes();
                        return Some(self.cut(span.end));
                    }
                    continue;
                }
                TokenKind::Punctuation(p) if terminal(p) => {
                    ended = !abbreviation_dot(before2, before, t, text);
                }
                _ => {}
            }
            before2 = before;
            before = Some(t);
        }
    }
}

impl FusedIterator for Sentences<'_> {}
