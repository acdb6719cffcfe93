//! What a token is: [`TokenKind`], with its [`Script`] and [`Punct`].

use core::fmt;

pub use crate::chars::class::{Punct, Script};
use crate::quotes::{Quote, QuoteRole};

/// What a token is (design.md §5). `as_str` gives its stable name.
///
/// ```
/// use arabic_text::{tokenize, TokenKind};
/// let names: Vec<&str> = tokenize("قال: “٣٫١٤”").map(|t| t.kind().as_str()).collect();
/// assert_eq!(names, ["word:arabic", "punct:colon", "quote:open", "number", "quote:close"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word: a letter, then letters of the same script group, marks, format
    /// controls and (in Arabic words) tatweel. A Latin word also takes digits
    /// of any script, before its first letter too (`3alimni`, `4G`, `mp3`).
    Word(Script),
    /// A run of digits of any script, with `٫ ٬ ، ۔ . ,` inside when a digit
    /// follows, and any prepended concatenation marks before it (`۝١٢`).
    Number,
    /// A punctuation character, or a run of the same one.
    Punctuation(Punct),
    /// A quote character with its style and resolved role.
    Quote(Quote),
    /// A blank run: `White_Space` characters, and invisible characters
    /// ([`chars::is_invisible`](crate::chars::is_invisible): BOM, RLM, ZWSP,
    /// bidi controls, Hangul fillers …) that do not follow a token they
    /// attach to. Only from [`Tokenizer::segments`](crate::Tokenizer::segments).
    Whitespace,
    /// A symbol grapheme cluster (S*), or an emoji cluster (`👍🏽`, `1️⃣`, `🇸🇦`).
    Symbol,
    /// Stray marks, format controls or tatweel, and anything unclassified.
    Other,
    /// A URL: `http://`, `https://` or `www.`, a host (IDN allowed), then a
    /// path, query and fragment, without trailing punctuation. Web tokens are
    /// on by default; see [`Tokenizer::web_tokens`](crate::Tokenizer::web_tokens).
    Url,
    /// An e-mail address: an ASCII local part, `@`, a host (IDN allowed).
    Email,
    /// A hashtag: `#` or `＃` and a body with at least one letter (any
    /// script); [`Token::hashtag_parts`](crate::Token::hashtag_parts) gives its `_`-separated words.
    Hashtag,
    /// A mention: `@` or `＠` and a name of ASCII letters, digits and `_`.
    Mention,
}

/// The token-kind table: one row a name, with the kinds it names as a
/// pattern. It generates [`TokenKind::as_str`] (an exhaustive `match`: a new
/// kind does not compile until it has a row) and [`TokenKind::NAMES`]; the
/// CLI's kind column is [`TokenKind::MAX_NAME_LEN`] wide.
macro_rules! kind_names {
    ($($kind:pat => $name:literal,)+) => {
        impl TokenKind {
            /// The kind's stable name, used by the CLI and the case tables:
            #[doc = concat!($("`", $name, "` ",)+)]
            ///
            /// ```
            /// use arabic_text::{TokenKind, Punct};
            /// assert_eq!(TokenKind::Punctuation(Punct::FullStop).as_str(), "punct:full-stop");
            /// assert_eq!(TokenKind::Whitespace.as_str(), "space");
            /// ```
            pub const fn as_str(&self) -> &'static str {
                match *self {
                    $($kind => $name,)+
                }
            }

            /// Every stable name [`as_str`](Self::as_str) gives, once each.
            ///
            /// ```
            /// use arabic_text::TokenKind;
            /// assert_eq!(TokenKind::NAMES.len(), 25);
            /// assert!(TokenKind::NAMES.contains(&"hashtag"));
            /// ```
            pub const NAMES: [&'static str; [$($name),+].len()] = [$($name),+];
        }
    };
}

kind_names! {
    TokenKind::Word(Script::Arabic) => "word:arabic",
    TokenKind::Word(Script::Latin) => "word:latin",
    TokenKind::Word(Script::Other) => "word:other",
    TokenKind::Number => "number",
    TokenKind::Punctuation(Punct::Comma) => "punct:comma",
    TokenKind::Punctuation(Punct::Semicolon) => "punct:semicolon",
    TokenKind::Punctuation(Punct::Colon) => "punct:colon",
    TokenKind::Punctuation(Punct::FullStop) => "punct:full-stop",
    TokenKind::Punctuation(Punct::Question) => "punct:question",
    TokenKind::Punctuation(Punct::Exclamation) => "punct:exclamation",
    TokenKind::Punctuation(Punct::Ellipsis) => "punct:ellipsis",
    TokenKind::Punctuation(Punct::Dash) => "punct:dash",
    TokenKind::Punctuation(Punct::OpenBracket) => "punct:open-bracket",
    TokenKind::Punctuation(Punct::CloseBracket) => "punct:close-bracket",
    TokenKind::Punctuation(Punct::Other) => "punct:other",
    TokenKind::Quote(Quote { role: QuoteRole::Open, .. }) => "quote:open",
    TokenKind::Quote(Quote { role: QuoteRole::Close, .. }) => "quote:close",
    TokenKind::Quote(Quote { role: QuoteRole::Ambiguous, .. }) => "quote:ambiguous",
    TokenKind::Whitespace => "space",
    TokenKind::Symbol => "symbol",
    TokenKind::Other => "other",
    TokenKind::Url => "url",
    TokenKind::Email => "email",
    TokenKind::Hashtag => "hashtag",
    TokenKind::Mention => "mention",
}

impl TokenKind {
    /// The length in bytes of the longest name (`punct:close-bracket`), for
    /// aligned columns.
    ///
    /// ```
    /// assert_eq!(arabic_text::TokenKind::MAX_NAME_LEN, "punct:close-bracket".len());
    /// ```
    pub const MAX_NAME_LEN: usize = {
        let mut max = 0;
        let mut i = 0;
        while i < Self::NAMES.len() {
            if Self::NAMES[i].len() > max {
                max = Self::NAMES[i].len();
            }
            i += 1;
        }
        max
    };

    /// Whether the token is a word (`word:*`).
    ///
    /// ```
    /// assert!(arabic_text::tokenize("كتاب").next().unwrap().kind().is_word());
    /// ```
    pub const fn is_word(&self) -> bool {
        matches!(self, TokenKind::Word(_))
    }

    /// Whether the token is a number.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("١٢،٣٤٥").next().unwrap().kind().is_number());
    /// ```
    pub const fn is_number(&self) -> bool {
        matches!(self, TokenKind::Number)
    }

    /// Whether the token is punctuation (`punct:*`), quotes aside.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("؟").next().unwrap().kind().is_punctuation());
    /// ```
    pub const fn is_punctuation(&self) -> bool {
        matches!(self, TokenKind::Punctuation(_))
    }

    /// Whether the token is a quote (`quote:*`).
    ///
    /// ```
    /// assert!(arabic_text::tokenize("«").next().unwrap().kind().is_quote());
    /// ```
    pub const fn is_quote(&self) -> bool {
        matches!(self, TokenKind::Quote(_))
    }

    /// Whether the segment is white space (only from
    /// [`Tokenizer::segments`](crate::Tokenizer::segments)).
    ///
    /// ```
    /// let s = arabic_text::Tokenizer::new().segments(" ").next().unwrap();
    /// assert!(s.kind().is_whitespace());
    /// ```
    pub const fn is_whitespace(&self) -> bool {
        matches!(self, TokenKind::Whitespace)
    }

    /// Whether the token is a URL.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("www.spa.gov.sa").next().unwrap().kind().is_url());
    /// ```
    pub const fn is_url(&self) -> bool {
        matches!(self, TokenKind::Url)
    }

    /// Whether the token is an e-mail address.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("info@x.com").next().unwrap().kind().is_email());
    /// ```
    pub const fn is_email(&self) -> bool {
        matches!(self, TokenKind::Email)
    }

    /// Whether the token is a hashtag.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("#وسم").next().unwrap().kind().is_hashtag());
    /// ```
    pub const fn is_hashtag(&self) -> bool {
        matches!(self, TokenKind::Hashtag)
    }

    /// Whether the token is a mention.
    ///
    /// ```
    /// assert!(arabic_text::tokenize("@news_ar").next().unwrap().kind().is_mention());
    /// ```
    pub const fn is_mention(&self) -> bool {
        matches!(self, TokenKind::Mention)
    }

    /// Whether the token is a web token: a URL, e-mail address, hashtag or
    /// mention (see [`Tokenizer::web_tokens`](crate::Tokenizer::web_tokens)).
    ///
    /// ```
    /// let kinds: Vec<bool> = arabic_text::tokenize("زوروا www.x.com").map(|t| t.kind().is_web()).collect();
    /// assert_eq!(kinds, [false, true]);
    /// ```
    pub const fn is_web(&self) -> bool {
        matches!(
            self,
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention
        )
    }
}

/// Writes [`TokenKind::as_str`].
///
/// ```
/// let k = arabic_text::tokenize("#وسم").next().unwrap().kind();
/// assert_eq!(k.to_string(), "hashtag");
/// ```
impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
