//! [`Terms`]: the iterator behind [`ArabicAnalyzer::analyze`].

use alloc::borrow::Cow;
use alloc::string::String;
use core::ops::Range;

use super::filters::map_cow;
use super::lucene_tokenizer::{cut_at_units, LuceneTokens, MAX_TOKEN_UNITS};
use super::{ArabicAnalyzer, Flavour, Term, TermType};
use crate::tokenize::{HashtagParts, TokenKind, Tokenizer, Tokens};

/// Where the words come from: Lucene's StandardTokenizer for the Lucene
/// flavour, this crate's tokenizer otherwise.
#[derive(Clone, Debug)]
enum Source<'a> {
    Lucene(LuceneTokens<'a>),
    Crate(Tokens<'a>),
}

/// Iterator over the [`Term`]s of a text. Created by [`ArabicAnalyzer::analyze`].
///
/// ```
/// assert_eq!(arabic_text::ArabicAnalyzer::search().analyze("، «»").count(), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Terms<'a> {
    analyzer: ArabicAnalyzer,
    text: &'a str,
    source: Source<'a>,
    position: usize,
    /// The rest of a token after a ZWNJ, when ZWNJ splits words: its start
    /// and end in `text`, and its type.
    rest: Option<(usize, usize, TermType)>,
    /// The words of a hashtag still to give.
    parts: Option<HashtagParts<'a>>,
    /// The words still to give of a token that normalized to several (ﷺ →
    /// صلي الله عليه وسلم): the words, the next word's start, the token's
    /// span, the stemmer chosen for the token.
    split: Option<Split>,
    /// A simple word folded ([`ArabicAnalyzer::simple_term`]), kept to
    /// reuse its allocation.
    scratch: String,
}

#[derive(Clone, Debug)]
struct Split {
    words: String,
    at: usize,
    span: Range<usize>,
    term_type: TermType,
    stem: fn(&str) -> &str,
}

impl<'a> Terms<'a> {
    pub(super) fn new(analyzer: ArabicAnalyzer, text: &'a str) -> Self {
        let source = match analyzer.flavour {
            Flavour::Lucene => Source::Lucene(LuceneTokens::new(text)),
            Flavour::Search | Flavour::Custom => Source::Crate(Tokenizer::new().tokenize(text)),
        };
        Terms {
            analyzer,
            text,
            source,
            position: 0,
            rest: None,
            parts: None,
            split: None,
            scratch: String::new(),
        }
    }

    /// The position the next term would get: the number of word and number
    /// tokens read so far (stop words and empty terms included). After the
    /// last term, the text's count of positions, to continue from in a next
    /// chunk.
    ///
    /// ```
    /// let a = arabic_text::ArabicAnalyzer::search();
    /// let mut terms = a.analyze("قال ثم"); // ثم is a stop word
    /// terms.by_ref().for_each(drop);
    /// assert_eq!(terms.next_position(), 2);
    /// ```
    pub fn next_position(&self) -> usize {
        self.position
    }

    /// The next word to analyze: its byte range in the text and its type.
    fn next_word(&mut self) -> Option<(Range<usize>, TermType)> {
        let (start, end, term_type) = match self.rest.take() {
            Some(rest) => rest,
            None => {
                let (span, term_type) = match &mut self.source {
                    Source::Lucene(tokens) => tokens.next()?,
                    Source::Crate(tokens) => loop {
                        if let Some(part) = self.parts.as_mut().and_then(Iterator::next) {
                            let term_type = match part.kind() {
                                TokenKind::Number => TermType::Num,
                                _ => TermType::Alphanum,
                            };
                            break (part.span(), term_type);
                        }
                        self.parts = None;
                        let token = tokens.next()?;
                        match token.kind() {
                            TokenKind::Word(_) => break (token.span(), TermType::Alphanum),
                            TokenKind::Number => break (token.span(), TermType::Num),
                            TokenKind::Hashtag => self.parts = Some(token.hashtag_parts()),
                            TokenKind::Url => break (token.span(), TermType::Url),
                            TokenKind::Email => break (token.span(), TermType::Email),
                            TokenKind::Mention => break (token.span(), TermType::Mention),
                            // ﷽ and ﷼ are symbols to the tokenizer but words
                            // to a reader: the normalizer spells them out.
                            TokenKind::Symbol if is_word_ligature(token.text()) => {
                                break (token.span(), TermType::Alphanum)
                            }
                            // No term; every kind is named, so that a new
                            // kind does not compile until it is decided here.
                            TokenKind::Punctuation(_)
                            | TokenKind::Quote(_)
                            | TokenKind::Whitespace
                            | TokenKind::Symbol
                            | TokenKind::Other => {}
                        }
                    },
                };
                (span.start, span.end, term_type)
            }
        };
        let whole_end = end;
        let mut end = end;
        if self.analyzer.zwnj_splits && term_type == TermType::Alphanum {
            // (A byte loop first: most words have no E2, the ZWNJ's lead
            // byte, and `find` costs a `memchr` call a word.)
            let word = &self.text[start..end];
            let zwnj = word
                .bytes()
                .any(|b| b == 0xE2)
                .then(|| word.find('\u{200C}'));
            if let Some(i) = zwnj.flatten() {
                let next = start + i + '\u{200C}'.len_utf8();
                if next < end {
                    self.rest = Some((next, end, term_type));
                }
                end = start + i;
            }
        }
        // Lucene's 255-unit cap on words and numbers (the Lucene flavour's
        // tokenizer applies it already): the rest is read as a new word,
        // ZWNJ splits and all.
        if matches!(self.source, Source::Crate(_))
            && matches!(term_type, TermType::Alphanum | TermType::Num)
        {
            // (A UTF-8 character has at least as many bytes as UTF-16 units.)
            let cut = if end - start <= MAX_TOKEN_UNITS {
                end
            } else {
                start + cut_at_units(&self.text[start..end], MAX_TOKEN_UNITS)
            };
            if cut < end {
                self.rest = Some((cut, whole_end, term_type));
                end = cut;
            }
        }
        Some((start..end, term_type))
    }

    fn next_split_word(&mut self) -> Option<Term<'a>> {
        loop {
            let split = self.split.as_mut()?;
            if split.at > split.words.len() {
                self.split = None;
                return None;
            }
            let start = split.at;
            let len = split.words[start..].split(' ').next().map_or(0, str::len);
            split.at += len + 1;
            let word = &split.words[start..start + len];
            if word.is_empty() {
                continue;
            }
            let position = self.position;
            self.position += 1;
            if self.analyzer.stopped_after(word) {
                continue;
            }
            let stem = (split.stem)(word);
            if stem.is_empty() || stem.len() > self.analyzer.max_term_bytes {
                continue;
            }
            return Some(Term {
                text: Cow::Owned(String::from(stem)),
                span: split.span.clone(),
                position,
                term_type: split.term_type,
            });
        }
    }
}

impl<'a> Iterator for Terms<'a> {
    type Item = Term<'a>;

    fn next(&mut self) -> Option<Term<'a>> {
        loop {
            if let Some(term) = self.next_split_word() {
                return Some(term);
            }
            let (span, term_type) = self.next_word()?;
            if span.is_empty() {
                continue; // a ZWNJ at the start of a word, or two in a row
            }
            let word = &self.text[span.clone()];
            if matches!(
                term_type,
                TermType::Url | TermType::Email | TermType::Mention
            ) {
                // One term, lower-cased (ASCII) but neither normalized,
                // stemmed nor stopped.
                let position = self.position;
                self.position += 1;
                if word.len() > self.analyzer.max_term_bytes {
                    continue;
                }
                let text = if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(word.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(word)
                };
                return Some(Term {
                    text,
                    span,
                    position,
                    term_type,
                });
            }
            if let Some(text) = self.analyzer.simple_term(word, &mut self.scratch) {
                let position = self.position;
                self.position += 1;
                match text {
                    // A piece of harakat alone (a word cut after 255 UTF-16
                    // units) folds to nothing: no term, as below.
                    Some(text) if text.is_empty() && self.analyzer.flavour != Flavour::Lucene => {
                        continue
                    }
                    Some(text) => {
                        return Some(Term {
                            text,
                            span,
                            position,
                            term_type,
                        })
                    }
                    None => continue,
                }
            }
            let Some(normalized) = self.analyzer.normalize_word(word) else {
                self.position += 1; // a stop word keeps its position
                continue;
            };
            let stem = self.analyzer.stems(&normalized);
            if normalized.contains(' ') {
                // A presentation form that stands for several words: one term
                // per word, each with the token's span and its own position.
                self.split = Some(Split {
                    words: normalized.into_owned(),
                    at: 0,
                    span,
                    term_type,
                    stem,
                });
                continue;
            }
            let position = self.position;
            self.position += 1;
            if self.analyzer.stopped_after(&normalized) {
                continue;
            }
            let text = map_cow(normalized, |s| Cow::Borrowed(stem(s)));
            let keep_empty = self.analyzer.flavour == Flavour::Lucene;
            if (text.is_empty() && !keep_empty) || text.len() > self.analyzer.max_term_bytes {
                continue;
            }
            return Some(Term {
                text,
                span,
                position,
                term_type,
            });
        }
    }
}

impl core::iter::FusedIterator for Terms<'_> {}

/// Whether `text` is one Arabic presentation form that the tokenizer calls
/// a symbol (ﷺ and ﷲ are letters to it, but ﷽ U+FDFD is So and ﷼ U+FDFC
/// is Sc): a word ligature that normalizes to words.
fn is_word_ligature(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if crate::chars::is_presentation_form(c))
}
