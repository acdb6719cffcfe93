//! Web and social tokens (URLs, e-mail addresses, hashtags, mentions), Arabizi,
//! numbers with prepended concatenation marks, quotes after one-letter
//! proclitics, and invisible characters: each rule with its exact tokens.

use arabic_text::{Token, Tokenizer};

#[path = "common/tokens.rs"]
mod tokens;
use tokens::{segs, toks};

#[test]
fn url_with_arabic_path_is_one_token() {
    assert_eq!(
        toks("تابعونا https://example.org/ar/أخبار-اليوم"),
        [
            ("تابعونا", "word:arabic"),
            ("https://example.org/ar/أخبار-اليوم", "url")
        ]
    );
}

#[test]
fn url_hosts_may_be_idn() {
    assert_eq!(
        toks("زوروا http://foobar.پاکستان/ الآن"),
        [
            ("زوروا", "word:arabic"),
            ("http://foobar.پاکستان/", "url"),
            ("الآن", "word:arabic")
        ]
    );
    assert_eq!(toks("www.موقع.com"), [("www.موقع.com", "url")]);
}

#[test]
fn url_paths_take_arabic_indic_digits_and_percent_escapes() {
    assert_eq!(
        toks("http://x.com/عدد/١٢٣?q=%D8%A7#ب"),
        [("http://x.com/عدد/١٢٣?q=%D8%A7#ب", "url")]
    );
}

#[test]
fn url_trailing_punctuation_is_not_part_of_it() {
    for tail in [
        ".", ",", "،", "؛", ":", "!", "?", "؟", "'", "\"", "»", "”", "…",
    ] {
        let text = format!("http://example.com/path{tail}");
        let got = toks(&text);
        assert_eq!(got[0], ("http://example.com/path", "url"), "tail {tail:?}");
        assert_eq!(got.len(), 2, "tail {tail:?}: {got:?}");
    }
    assert_eq!(
        toks("«www.spa.gov.sa»"),
        [
            ("«", "quote:open"),
            ("www.spa.gov.sa", "url"),
            ("»", "quote:close")
        ]
    );
}

#[test]
fn url_parentheses_only_when_balanced() {
    assert_eq!(
        toks("http://en.wikipedia.org/wiki/Primer_(film)"),
        [("http://en.wikipedia.org/wiki/Primer_(film)", "url")]
    );
    assert_eq!(
        toks("(انظر http://example.com/a)"),
        [
            ("(", "punct:open-bracket"),
            ("انظر", "word:arabic"),
            ("http://example.com/a", "url"),
            (")", "punct:close-bracket")
        ]
    );
    assert_eq!(
        toks("http://example.com/a_(b"),
        [
            ("http://example.com/a_", "url"),
            ("(", "punct:open-bracket"),
            ("b", "word:latin")
        ]
    );
}

#[test]
fn url_needs_a_valid_host() {
    assert_eq!(
        toks("http://no-tld"),
        [
            ("http", "word:latin"),
            (":", "punct:colon"),
            ("//", "punct:other"),
            ("no", "word:latin"),
            ("-", "punct:dash"),
            ("tld", "word:latin")
        ]
    );
}

#[test]
fn url_followed_by_many_dots_is_linear() {
    // Quadratic scanning would take hours here; linear takes milliseconds.
    let text = format!("http://example.com/path{}", ".".repeat(1_000_000));
    let got: Vec<Token> = Tokenizer::new().tokenize(&text).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].text(), "http://example.com/path");
    assert_eq!(got[1].kind().as_str(), "punct:ellipsis");
}

#[test]
fn pathological_web_inputs_are_linear() {
    for piece in [
        "a.",
        "a@",
        "a@b.",
        "#_",
        "@_",
        "www.",
        "http://",
        "x(",
        "a-",
        "1.",
        "http://a.b/(",
    ] {
        let text = piece.repeat(300_000);
        let n = Tokenizer::new().segments(&text).count();
        assert!(n > 0, "{piece:?}");
        let joined: String = Tokenizer::new().segments(&text).map(|t| t.text()).collect();
        assert_eq!(joined, text, "{piece:?}");
    }
}

#[test]
fn emails() {
    assert_eq!(toks("info@example.com"), [("info@example.com", "email")]);
    assert_eq!(
        toks("راسلونا:name.al-lastname@foo.com."),
        [
            ("راسلونا", "word:arabic"),
            (":", "punct:colon"),
            ("name.al-lastname@foo.com", "email"),
            (".", "punct:full-stop")
        ]
    );
    assert_eq!(toks("a@موقع.مصر"), [("a@موقع.مصر", "email")]);
}

#[test]
fn an_email_is_never_a_mention() {
    assert_eq!(
        toks("@user test@example.com"),
        [("@user", "mention"), ("test@example.com", "email")]
    );
}

#[test]
fn hashtags() {
    assert_eq!(toks("#رمضان_كريم"), [("#رمضان_كريم", "hashtag")]);
    assert_eq!(toks("#سـلامٌ_٢٠٢٤"), [("#سـلامٌ_٢٠٢٤", "hashtag")]);
    assert_eq!(
        toks("#نرم\u{200C}افزار_آزاد"),
        [("#نرم\u{200C}افزار_آزاد", "hashtag")]
    );
    assert_eq!(
        toks("#مصر، #السعودية؟"),
        [
            ("#مصر", "hashtag"),
            ("،", "punct:comma"),
            ("#السعودية", "hashtag"),
            ("؟", "punct:question")
        ]
    );
    assert_eq!(toks("#١٢٣"), [("#", "punct:other"), ("١٢٣", "number")]);
    assert_eq!(toks("＃وسم"), [("＃وسم", "hashtag")]);
}

#[test]
fn hashtag_needs_a_free_start() {
    assert_eq!(
        toks("كلمة#وسم"),
        [
            ("كلمة", "word:arabic"),
            ("#", "punct:other"),
            ("وسم", "word:arabic")
        ]
    );
    assert_eq!(
        toks("&#39"),
        [("&", "punct:other"), ("#", "punct:other"), ("39", "number")]
    );
}

#[test]
fn hashtag_parts_have_their_own_spans() {
    let text = "#غزة_تحت_النار";
    let tag = Tokenizer::new().tokenize(text).next().unwrap();
    let parts: Vec<(&str, std::ops::Range<usize>, &str)> = tag
        .hashtag_parts()
        .map(|t| (t.text(), t.span(), t.kind().as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            ("غزة", 1..7, "word:arabic"),
            ("تحت", 8..14, "word:arabic"),
            ("النار", 15..25, "word:arabic")
        ]
    );
    let word = Tokenizer::new().tokenize("كلمة").next().unwrap();
    assert_eq!(word.hashtag_parts().count(), 0);
}

#[test]
fn mentions() {
    assert_eq!(toks("@user_name123"), [("@user_name123", "mention")]);
    assert_eq!(
        toks("RT @news_ar: عاجل"),
        [
            ("RT", "word:latin"),
            ("@news_ar", "mention"),
            (":", "punct:colon"),
            ("عاجل", "word:arabic")
        ]
    );
    assert_eq!(
        toks("＠قناة"),
        [("＠", "punct:other"), ("قناة", "word:arabic")]
    );
    assert_eq!(
        toks("شكرا@ahmed"),
        [("شكرا", "word:arabic"), ("@ahmed", "mention")]
    );
}

#[test]
fn web_tokens_off_gives_the_plain_rules() {
    let tok = Tokenizer::new().web_tokens(false);
    let got: Vec<&str> = tok.tokenize("@user_name123").map(|t| t.text()).collect();
    assert_eq!(got, ["@", "user", "_", "name123"]);
    assert_eq!(tok.tokenize("info@example.com").count(), 5);
    let got: Vec<&str> = tok
        .tokenize("تابعونا https://example.org/ar/أخبار-اليوم")
        .map(|t| t.text())
        .collect();
    assert_eq!(
        got,
        [
            "تابعونا",
            "https",
            ":",
            "//",
            "example",
            ".",
            "org",
            "/",
            "ar",
            "/",
            "أخبار",
            "-",
            "اليوم"
        ]
    );
}

#[test]
fn arabizi_and_alphanumerics_are_latin_words() {
    for w in ["3alimni", "7yetik", "27m9", "4G", "3D"] {
        assert_eq!(toks(w), [(w, "word:latin")], "{w}");
    }
    assert_eq!(toks("2024"), [("2024", "number")]);
    assert_eq!(toks("١٩٩٦م"), [("١٩٩٦", "number"), ("م", "word:arabic")]);
    assert_eq!(toks("3.5G"), [("3.5", "number"), ("G", "word:latin")]);
}

#[test]
fn arabic_comma_between_digits_stays_in_the_number() {
    assert_eq!(toks("١٢،٣٤٥"), [("١٢،٣٤٥", "number")]);
    assert_eq!(
        toks("١، ٢، ٣"),
        [
            ("١", "number"),
            ("،", "punct:comma"),
            ("٢", "number"),
            ("،", "punct:comma"),
            ("٣", "number")
        ]
    );
}

#[test]
fn prepended_concatenation_marks_start_a_number() {
    assert_eq!(
        toks("الرحيم۝١"),
        [("الرحيم", "word:arabic"), ("۝١", "number")]
    );
    assert_eq!(toks("؀١٢"), [("؀١٢", "number")]);
    assert_eq!(
        toks("آية ۝٢٥٥ تامة"),
        [
            ("آية", "word:arabic"),
            ("۝٢٥٥", "number"),
            ("تامة", "word:arabic")
        ]
    );
    assert_eq!(toks("١۝٢"), [("١", "number"), ("۝٢", "number")]);
    // Not before a digit, it attaches as before.
    assert_eq!(toks("كلمة۝"), [("كلمة۝", "word:arabic")]);
    assert_eq!(toks("\u{0890}١"), [("\u{0890}١", "number")]);
}

#[test]
fn quotes_after_one_letter_proclitics_open() {
    assert_eq!(
        toks("و\"التشييد والبناء\""),
        [
            ("و", "word:arabic"),
            ("\"", "quote:open"),
            ("التشييد", "word:arabic"),
            ("والبناء", "word:arabic"),
            ("\"", "quote:close")
        ]
    );
    assert_eq!(
        toks("ب'الخير'"),
        [
            ("ب", "word:arabic"),
            ("'", "quote:open"),
            ("الخير", "word:arabic"),
            ("'", "quote:close")
        ]
    );
    // A longer word before the quote keeps the old rule.
    assert_eq!(
        toks("قال\"نعم"),
        [
            ("قال", "word:arabic"),
            ("\"", "quote:ambiguous"),
            ("نعم", "word:arabic")
        ]
    );
}

#[test]
fn invisible_characters_never_make_a_token() {
    for c in [
        '\u{FEFF}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{200C}', '\u{200D}',
        '\u{2060}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
        '\u{2067}', '\u{2068}', '\u{2069}', '\u{115F}', '\u{1160}', '\u{3164}', '\u{FFA0}',
    ] {
        let alone = c.to_string();
        assert!(toks(&alone).is_empty(), "U+{:04X} alone", c as u32);
        let text = format!("أ {c} ب {c}{c} ، {c}");
        assert_eq!(
            toks(&text),
            [
                ("أ", "word:arabic"),
                ("ب", "word:arabic"),
                ("،", "punct:comma")
            ],
            "U+{:04X}",
            c as u32
        );
    }
    // They join the blank segment, so the segments still cover the input.
    assert_eq!(
        segs("\u{FEFF}نعم \u{3164} لا"),
        [
            ("\u{FEFF}", "space"),
            ("نعم", "word:arabic"),
            (" \u{3164} ", "space"),
            ("لا", "word:arabic")
        ]
    );
    // Inside or right after a word they stay attached, as before.
    assert_eq!(
        toks("كلمة\u{200F} x"),
        [("كلمة\u{200F}", "word:arabic"), ("x", "word:latin")]
    );
}

#[test]
fn url_host_ends_where_the_script_changes_after_a_dot() {
    assert_eq!(
        toks("www.alarabiya.netالخبر"),
        [("www.alarabiya.net", "url"), ("الخبر", "word:arabic")]
    );
    // A `#` right after `/` is a fragment, not a hashtag.
    assert_eq!(
        toks("twitter.com/#وسم"),
        [
            ("twitter", "word:latin"),
            (".", "punct:full-stop"),
            ("com", "word:latin"),
            ("/", "punct:other"),
            ("#", "punct:other"),
            ("وسم", "word:arabic")
        ]
    );
}

#[test]
fn numbers_cut_the_same_before_and_after_normalizing() {
    use arabic_text::{Digits, Normalizer, Punctuation};
    let n = Normalizer::new()
        .digits(Digits::Ascii)
        .punctuation(Punctuation::Ascii);
    for text in ["١٢،٣٤٥", "٣۔٥", "١٢٬٣٤٥٫٥", "٣D", "۝١٢"] {
        let plain: Vec<_> = Tokenizer::new().tokenize(text).map(|t| t.span()).collect();
        let normalized: Vec<_> = Tokenizer::new()
            .tokenize_normalized(&n, text)
            .map(|t| t.span())
            .collect();
        assert_eq!(plain, normalized, "{text}");
        assert_eq!(plain.len(), 1, "{text}");
    }
}

#[test]
fn analysis_indexes_hashtag_words_and_keeps_web_tokens_whole() {
    use arabic_text::{ArabicAnalyzer, TermType};
    let a = ArabicAnalyzer::search();
    let text = "#نرم\u{200C}افزار_آزاد @User_1 https://Example.org/Path info@x.com";
    let terms: Vec<(String, &str, usize, TermType)> = a
        .analyze(text)
        .map(|t| {
            (
                t.text().to_owned(),
                &text[t.span()],
                t.position(),
                t.term_type(),
            )
        })
        .collect();
    assert_eq!(
        terms,
        [
            (
                "نرمافزار".to_owned(),
                "نرم\u{200C}افزار",
                0,
                TermType::Alphanum
            ),
            ("ازاد".to_owned(), "آزاد", 1, TermType::Alphanum),
            ("@user_1".to_owned(), "@User_1", 2, TermType::Mention),
            (
                "https://example.org/path".to_owned(),
                "https://Example.org/Path",
                3,
                TermType::Url
            ),
            ("info@x.com".to_owned(), "info@x.com", 4, TermType::Email),
        ]
    );
    // The query آزاد finds the hashtag.
    let query: Vec<String> = a.analyze("آزاد").map(|t| t.text().to_owned()).collect();
    assert!(terms.iter().any(|t| t.0 == query[0]));
}

#[test]
fn hostile_repetitions_stay_linear() {
    // Each of these was quadratic once (a 1 MB input took minutes): an
    // unclosed parenthesis in a path, a failed host read again from every
    // `www.`, a run of prepended concatenation marks.
    for piece in [
        "http://a.bc/(",
        "http://a.com/((b)",
        "www.a.com/(",
        "www.",
        "www.a.",
        "WWW.ب.",
        "\u{06DD}",
        "\u{0600}",
        "\u{0890}",
        "ك\u{06DD}",
    ] {
        let mut text = piece.repeat(400_000 / piece.len());
        text.push('-');
        let tokens = Tokenizer::new().tokenize(&text).count();
        let sentences = arabic_text::sentences(&text).count();
        assert!(tokens > 0 && sentences > 0, "{piece:?}");
    }
}

#[test]
fn hostile_review_fixes() {
    // A Hangul filler ends a hashtag; tatweel alone is no letter.
    assert_eq!(
        toks("#صباح_الخير\u{1160}كلمة"),
        [("#صباح_الخير", "hashtag"), ("كلمة", "word:arabic")]
    );
    assert_eq!(toks("#\u{3164}"), [("#", "punct:other")]);
    assert_eq!(toks("#ـ"), [("#", "punct:other"), ("ـ", "other")]);
    // ’ after a mention is an apostrophe, not an opening quote.
    assert_eq!(
        toks("@cnn’s"),
        [
            ("@cnn", "mention"),
            ("’", "quote:close"),
            ("s", "word:latin")
        ]
    );
    // A combining mark stays in a URL path.
    assert_eq!(
        toks("http://x.com/a\u{301}b"),
        [("http://x.com/a\u{301}b", "url")]
    );
    // A separator or format controls between digits keep one number.
    assert_eq!(toks("4.\u{200F}95"), [("4.\u{200F}95", "number")]);
    assert_eq!(toks("١٢\u{200F}٣"), [("١٢\u{200F}٣", "number")]);
    assert_eq!(toks("١۝٢"), [("١", "number"), ("۝٢", "number")]);
}

/// Long runs of invisible grapheme extenders (variation selectors, ZWJ,
/// ZWNJ, tag characters) and Hangul fillers are one `space` segment, read
/// in linear time (a review found 15 s for 64 KB: each character's cluster
/// was read to the run's end).
#[test]
fn long_invisible_runs_are_one_space_segment() {
    for unit in ["\u{FE0F}", "\u{200C}", "\u{200D}", "\u{E0100}", "\u{115F}"] {
        // (Lengths and kinds, not texts: a failure must not print 200 KB.)
        let shape = |text: &str| -> Vec<(usize, &'static str)> {
            segs(text).iter().map(|&(t, k)| (t.len(), k)).collect()
        };
        let run = unit.repeat(50_000);
        assert!(toks(&run).is_empty(), "{unit:?}");
        assert_eq!(shape(&run), [(run.len(), "space")], "{unit:?}");
        let quoted = format!("\"{run}");
        assert_eq!(shape(&quoted)[1..], [(run.len(), "space")], "{unit:?}");
    }
    // A keycap at the end of the run still makes its cluster an emoji.
    let keycap = format!("{}\u{20E3}", "\u{FE0F}".repeat(50_000));
    let kinds: Vec<_> = segs(&keycap).iter().map(|&(t, k)| (t.len(), k)).collect();
    assert_eq!(kinds, [(keycap.len(), "symbol")]);
}
