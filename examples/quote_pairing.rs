//! How well quote roles pair up on real news: for each file, the share of
//! quote tokens that `quote_pairs` pairs, and how many are
//! `quote:ambiguous`. Articles (blocks separated by a blank line) are
//! tokenized one at a time; with `--whole`, each file as one text.
//!
//! ```sh
//! cargo run --release --example quote_pairing -- [--whole] FILE…
//! # or every SaudiNewsNet day of the optional corpus:
//! ARABIC_TEXT_CORPUS=data/corpus cargo run --release --example quote_pairing
//! ```

use std::path::PathBuf;

use arabic_text::{quote_pairs, tokenize, QuoteRole, Token, TokenKind};

#[derive(Default)]
struct Counts {
    quotes: usize,
    paired: usize,
    ambiguous: usize,
}

fn count(text: &str, whole: bool) -> Counts {
    let mut c = Counts::default();
    let articles: Vec<&str> = if whole {
        vec![text]
    } else {
        text.split("\n\n").collect()
    };
    for article in articles {
        let tokens: Vec<Token> = tokenize(article).collect();
        for t in &tokens {
            if let TokenKind::Quote(q) = t.kind() {
                c.quotes += 1;
                c.ambiguous += usize::from(q.role() == QuoteRole::Ambiguous);
            }
        }
        c.paired += 2 * quote_pairs(&tokens).len();
    }
    c
}

fn main() {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let whole = args.first().is_some_and(|a| a.as_os_str() == "--whole");
    if whole {
        args.remove(0);
    }
    let mut files = args;
    if files.is_empty() {
        let Some(dir) = std::env::var_os("ARABIC_TEXT_CORPUS").map(PathBuf::from) else {
            eprintln!("usage: quote_pairing FILE… (or set ARABIC_TEXT_CORPUS)");
            std::process::exit(2);
        };
        let news = dir.join("saudinewsnet");
        let Ok(entries) = std::fs::read_dir(&news) else {
            eprintln!("{} is not readable", news.display());
            std::process::exit(2);
        };
        files = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
    }
    let mut total = Counts::default();
    for path in &files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(1);
            }
        };
        let c = count(&text, whole);
        report(&path.display().to_string(), &c);
        total.quotes += c.quotes;
        total.paired += c.paired;
        total.ambiguous += c.ambiguous;
    }
    report("total", &total);
}

fn report(name: &str, c: &Counts) {
    let pct = |n: usize| 100.0 * n as f64 / c.quotes.max(1) as f64;
    println!(
        "{name}: {} quote tokens, {} paired ({:.1}%), {} quote:ambiguous ({:.2}%)",
        c.quotes,
        c.paired,
        pct(c.paired),
        c.ambiguous,
        pct(c.ambiguous)
    );
}
