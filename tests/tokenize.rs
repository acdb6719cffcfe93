//! Tokenizer rules (design.md §5), each with exact expected tokens.

use arabic_text::{quote_pairs, Token, TokenKind, Tokenizer};

#[path = "common/tokens.rs"]
mod tokens;
use tokens::{segs, toks};

#[test]
fn empty_and_whitespace_only() {
    assert!(toks("").is_empty());
    assert!(toks(" \n\t\u{00A0}").is_empty());
    assert_eq!(segs(" \r\n\u{2029} "), [(" \r\n\u{2029} ", "space")]);
}

#[test]
fn words_take_marks_tatweel_and_controls() {
    assert_eq!(toks("كتــــاب"), [("كتــــاب", "word:arabic")]);
    assert_eq!(toks("مُحَمَّدٌ"), [("مُحَمَّدٌ", "word:arabic")]);
    assert_eq!(
        toks("كلمة\u{200F} أخرى"),
        [("كلمة\u{200F}", "word:arabic"), ("أخرى", "word:arabic")]
    );
    assert_eq!(
        toks("می\u{200C}خواهم"),
        [("می\u{200C}خواهم", "word:arabic")]
    );
    assert_eq!(toks("ب\u{200D}ب"), [("ب\u{200D}ب", "word:arabic")]);
}

#[test]
fn zwsp_attaches_but_ends_the_word() {
    assert_eq!(
        toks("كلمة\u{200B}أخرى"),
        [("كلمة\u{200B}", "word:arabic"), ("أخرى", "word:arabic")]
    );
}

#[test]
fn tatweel_outside_arabic_words_attaches_and_ends() {
    assert_eq!(
        toks("abcـdef"),
        [("abcـ", "word:latin"), ("def", "word:latin")]
    );
    assert_eq!(toks("ـ كلمة"), [("ـ", "other"), ("كلمة", "word:arabic")]);
}

#[test]
fn script_groups() {
    assert_eq!(
        toks("iPhoneالجديد"),
        [("iPhone", "word:latin"), ("الجديد", "word:arabic")]
    );
    assert_eq!(
        toks("Привет мир"),
        [("Привет", "word:other"), ("мир", "word:other")]
    );
    assert_eq!(toks("café"), [("café", "word:latin")]);
    assert_eq!(toks("cafe\u{0301}"), [("cafe\u{0301}", "word:latin")]);
}

#[test]
fn latin_words_take_digits_arabic_words_do_not() {
    assert_eq!(
        toks("mp3 COVID19"),
        [("mp3", "word:latin"), ("COVID19", "word:latin")]
    );
    assert_eq!(
        toks("عام2020"),
        [("عام", "word:arabic"), ("2020", "number")]
    );
    // Digits then Latin letters are one word (Arabizi, `4G`).
    assert_eq!(toks("3D"), [("3D", "word:latin")]);
}

#[test]
fn apostrophes() {
    assert_eq!(toks("don't"), [("don't", "word:latin")]);
    assert_eq!(toks("don’t"), [("don’t", "word:latin")]);
    assert_eq!(
        toks("rock' n"),
        [
            ("rock", "word:latin"),
            ("'", "quote:close"),
            ("n", "word:latin")
        ]
    );
}

#[test]
fn numbers_in_every_digit_set() {
    assert_eq!(toks("٣٫١٤"), [("٣٫١٤", "number")]);
    assert_eq!(toks("1,000.5"), [("1,000.5", "number")]);
    assert_eq!(toks("١٬٠٠٠"), [("١٬٠٠٠", "number")]);
    assert_eq!(toks("۲۰۲٣"), [("۲۰۲٣", "number")]);
    assert_eq!(toks("１２"), [("１２", "number")]);
    assert_eq!(toks("5."), [("5", "number"), (".", "punct:full-stop")]);
    assert_eq!(
        toks("-5%"),
        [("-", "punct:dash"), ("5", "number"), ("%", "punct:other")]
    );
    assert_eq!(toks("٣َ"), [("٣َ", "number")]);
}

#[test]
fn punctuation_kinds_and_runs() {
    assert_eq!(
        toks("، ؛ ؟ ۔ ! : … ؞ ٪ ؉ ٭"),
        [
            ("،", "punct:comma"),
            ("؛", "punct:semicolon"),
            ("؟", "punct:question"),
            ("۔", "punct:full-stop"),
            ("!", "punct:exclamation"),
            (":", "punct:colon"),
            ("…", "punct:ellipsis"),
            ("؞", "punct:ellipsis"),
            ("٪", "punct:other"),
            ("؉", "punct:other"),
            ("٭", "punct:other"),
        ]
    );
    assert_eq!(toks("..."), [("...", "punct:ellipsis")]);
    assert_eq!(
        toks("!!؟؟"),
        [("!!", "punct:exclamation"), ("؟؟", "punct:question")]
    );
    assert_eq!(toks("--"), [("--", "punct:dash")]);
    assert_eq!(
        toks("(("),
        [("(", "punct:open-bracket"), ("(", "punct:open-bracket")]
    );
}

#[test]
fn stray_marks_form_other_tokens() {
    assert_eq!(toks("َ كلمة"), [("َ", "other"), ("كلمة", "word:arabic")]);
    assert_eq!(toks("،َ"), [("،", "punct:comma"), ("َ", "other")]);
    assert_eq!(toks("«َُ"), [("«", "quote:open"), ("َُ", "other")]);
    assert_eq!(toks("\u{0000}َ"), [("\u{0000}َ", "other")]);
}

#[test]
fn symbols_and_emoji_clusters() {
    assert_eq!(toks("$$"), [("$", "symbol"), ("$", "symbol")]);
    assert_eq!(toks("رائع 👍🏽"), [("رائع", "word:arabic"), ("👍🏽", "symbol")]);
    assert_eq!(toks("1\u{FE0F}\u{20E3}"), [("1\u{FE0F}\u{20E3}", "symbol")]);
    assert_eq!(toks("#\u{FE0F}\u{20E3}"), [("#\u{FE0F}\u{20E3}", "symbol")]);
    assert_eq!(toks("🇸🇦🇪🇬"), [("🇸🇦", "symbol"), ("🇪🇬", "symbol")]);
    assert_eq!(
        toks("👨\u{200D}👩\u{200D}👧"),
        [("👨\u{200D}👩\u{200D}👧", "symbol")]
    );
    // ‼ is punctuation by category but Extended_Pictographic: an emoji.
    assert_eq!(toks("‼"), [("‼", "symbol")]);
    assert_eq!(toks("﷼"), [("﷼", "symbol")]);
}

#[test]
fn quote_roles_by_flanking_glyph_and_nesting() {
    assert_eq!(
        toks("قال ”كلام“ ثم"),
        [
            ("قال", "word:arabic"),
            ("”", "quote:open"),
            ("كلام", "word:arabic"),
            ("“", "quote:close"),
            ("ثم", "word:arabic"),
        ]
    );
    // Symmetric quotes between letters are ambiguous …
    assert_eq!(
        toks("لا\"ا"),
        [
            ("لا", "word:arabic"),
            ("\"", "quote:ambiguous"),
            ("ا", "word:arabic")
        ]
    );
    // … but open after a one-letter proclitic.
    assert_eq!(
        toks("ل\"ا"),
        [
            ("ل", "word:arabic"),
            ("\"", "quote:open"),
            ("ا", "word:arabic")
        ]
    );
    // Spaced-out symmetric quotes: open, then close by nesting.
    assert_eq!(
        toks("\" نعم \""),
        [
            ("\"", "quote:open"),
            ("نعم", "word:arabic"),
            ("\"", "quote:close")
        ]
    );
    // A quote after an Open quote has an opening context.
    assert_eq!(
        toks("«“نعم”»"),
        [
            ("«", "quote:open"),
            ("“", "quote:open"),
            ("نعم", "word:arabic"),
            ("”", "quote:close"),
            ("»", "quote:close"),
        ]
    );
    // „ is Ps, but a quote.
    assert_eq!(toks("„نعم“")[0], ("„", "quote:open"));
}

#[test]
fn quote_pairs_nest_and_skip_unmatched() {
    let tokens: Vec<Token> = Tokenizer::new().tokenize("«أ “ب” ‹ج» د›").collect();
    let pairs = quote_pairs(&tokens);
    let texts: Vec<(&str, &str)> = pairs
        .iter()
        .map(|&(o, c)| (tokens[o].text(), tokens[c].text()))
        .collect();
    // ‹ is left open inside «…», so it is unmatched; › then has no partner.
    assert_eq!(texts, [("«", "»"), ("“", "”")]);
}

#[test]
fn spans_are_byte_offsets() {
    let text = "في إدلب، ٢٠٢٠";
    let spans: Vec<_> = Tokenizer::new().tokenize(text).map(|t| t.span()).collect();
    assert_eq!(spans, [0..4, 5..13, 13..15, 16..24]);
    for t in Tokenizer::new().segments(text) {
        assert_eq!(&text[t.span()], t.text());
    }
}

#[test]
fn kinds_have_stable_names() {
    let all: Vec<&str> = toks("a ب ж 1 , ; : . ? ! .. - ( ) % \" $ َ")
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    assert_eq!(
        all,
        [
            "word:latin",
            "word:arabic",
            "word:other",
            "number",
            "punct:comma",
            "punct:semicolon",
            "punct:colon",
            "punct:full-stop",
            "punct:question",
            "punct:exclamation",
            "punct:ellipsis",
            "punct:dash",
            "punct:open-bracket",
            "punct:close-bracket",
            "punct:other",
            "quote:open",
            "symbol",
            "other",
        ]
    );
    assert_eq!(TokenKind::Whitespace.as_str(), "space");
}

/// Bug found by the `tokenize` fuzz target (fuzz/artifacts/tokenize/crash-d021…):
/// a space followed by U+20E3 COMBINING ENCLOSING KEYCAP is one grapheme
/// cluster holding a keycap, and was taken whole as a Symbol, swallowing the
/// space and breaking locality. A space is never part of a symbol.
#[test]
fn regression_space_before_keycap_stays_whitespace() {
    assert_eq!(
        segs("\u{060C} \u{20E3}"),
        [
            ("\u{060C}", "punct:comma"),
            (" ", "space"),
            ("\u{20E3}", "symbol")
        ]
    );
    assert_eq!(segs("\u{20E3}"), [("\u{20E3}", "symbol")]);
}

#[test]
fn kind_names_are_stable_and_unique() {
    assert_eq!(
        TokenKind::NAMES,
        [
            "word:arabic",
            "word:latin",
            "word:other",
            "number",
            "punct:comma",
            "punct:semicolon",
            "punct:colon",
            "punct:full-stop",
            "punct:question",
            "punct:exclamation",
            "punct:ellipsis",
            "punct:dash",
            "punct:open-bracket",
            "punct:close-bracket",
            "punct:other",
            "quote:open",
            "quote:close",
            "quote:ambiguous",
            "space",
            "symbol",
            "other",
            "url",
            "email",
            "hashtag",
            "mention",
        ]
    );
    assert_eq!(TokenKind::MAX_NAME_LEN, 19);
    let kinds: Vec<String> = Tokenizer::new()
        .segments("قال: «نعم» 3 #وسم")
        .map(|t| t.kind().to_string())
        .collect();
    assert_eq!(
        kinds,
        [
            "word:arabic",
            "punct:colon",
            "space",
            "quote:open",
            "word:arabic",
            "quote:close",
            "space",
            "number",
            "space",
            "hashtag"
        ]
    );
}
