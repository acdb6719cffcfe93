//! Golden test on the seed article: every segment (start, end, kind, text) is
//! in `tests/data/seed-000.tokens.tsv`, reviewed by hand. Regenerate it with
//! `ARABIC_TEXT_BLESS=1 cargo test --test seed` after a deliberate change, and
//! review the diff.

use std::path::PathBuf;

use arabic_text::{quote_pairs, Punct, QuoteRole, Token, TokenKind, Tokenizer};

const SEED: &str = include_str!("../seeds/000_69dfd127be070d7e.txt");

fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed-000.tokens.tsv")
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}

fn render(text: &str) -> String {
    Tokenizer::new()
        .segments(text)
        .map(|t| {
            let span = t.span();
            format!(
                "{}\t{}\t{}\t{}\n",
                span.start,
                span.end,
                t.kind().as_str(),
                escape(t.text())
            )
        })
        .collect()
}

#[test]
fn seed_segments_match_golden_file() {
    let got = render(SEED);
    let path = golden_path();
    if std::env::var_os("ARABIC_TEXT_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write golden file");
    }
    let want = std::fs::read_to_string(&path).expect("golden file exists");
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "segment {} differs", i + 1);
    }
    assert_eq!(got.lines().count(), want.lines().count(), "segment count");
}

fn tokens() -> Vec<Token<'static>> {
    Tokenizer::new().tokenize(SEED).collect()
}

#[test]
fn seed_commas() {
    let t = tokens();
    let commas = |s: &str| {
        t.iter()
            .filter(|t| t.kind() == TokenKind::Punctuation(Punct::Comma) && t.text() == s)
            .count()
    };
    assert_eq!(commas("،"), 17);
    assert_eq!(commas(","), 2);
}

#[test]
fn seed_quotes_roles_and_pairs() {
    let t = tokens();
    let quotes: Vec<(usize, &str, QuoteRole)> = t
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t.kind() {
            TokenKind::Quote(q) if q.style().is_double() && matches!(t.text(), "“" | "”") => {
                Some((i, t.text(), q.role()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(quotes.len(), 4);
    let roles: Vec<(&str, QuoteRole)> = quotes.iter().map(|&(_, s, r)| (s, r)).collect();
    assert_eq!(
        roles,
        [
            ("“", QuoteRole::Open),
            ("”", QuoteRole::Close),
            ("“", QuoteRole::Open),
            ("”", QuoteRole::Close),
        ]
    );
    let pairs = quote_pairs(&t);
    assert!(pairs.contains(&(quotes[0].0, quotes[1].0)));
    assert!(pairs.contains(&(quotes[2].0, quotes[3].0)));
    // The two «» pairs match too.
    let guillemets: Vec<(&str, &str)> = pairs
        .iter()
        .map(|&(o, c)| (t[o].text(), t[c].text()))
        .filter(|&(o, _)| o == "«")
        .collect();
    assert_eq!(guillemets, [("«", "»"), ("«", "»")]);
    assert_eq!(pairs.len(), 4);
}

#[test]
fn seed_ellipsis_and_dash() {
    let t = tokens();
    let ellipses: Vec<&str> = t
        .iter()
        .filter(|t| t.kind() == TokenKind::Punctuation(Punct::Ellipsis))
        .map(|t| t.text())
        .collect();
    assert_eq!(ellipses, [".."]);
    let dashes: Vec<&str> = t
        .iter()
        .filter(|t| t.kind() == TokenKind::Punctuation(Punct::Dash))
        .map(|t| t.text())
        .collect();
    assert_eq!(dashes, ["–"]);
}

#[test]
fn seed_marked_words_stay_whole() {
    let t = tokens();
    let texts: Vec<&str> = t.iter().map(|t| t.text()).collect();
    for w in ["يُلحق", "بحراً", "وجواً"] {
        assert!(texts.contains(&w), "{w} is one token");
    }
}
