//! The figures behind three choices of `ArabicAnalyzer::search()`
//! (CONFORMANCE.md, "Stemmer and analyzer"): for each file, over the terms of
//! `search()` without stop list,
//!
//! - how many terms `Stemming::ArabicWords` (the default) changes against
//!   stemming every word (`Stemming::All`), with the words it changes;
//! - how many terms a minimum stem length of 3 after the article would
//!   change (`الله` → `الل` instead of `له`), with the most frequent;
//! - how many tokens hold a ZWNJ, and how many lines `with_zwnj_splits(true)`
//!   changes.
//!
//! ```text
//! cargo run --release --example analyzer_choices -- data/corpus/saudinewsnet/*.txt data/corpus/astd/Tweets.txt
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use arabic_text::{ArabicAnalyzer, ArabicStemmer, Stemming};

/// Lucene's stem of the normalized `word`, except that the article stays
/// when fewer than 3 letters would remain.
fn stem_keeping_short_words(word: &str) -> String {
    let stemmer = ArabicStemmer::new();
    let without = stemmer.strip_article(word);
    if without.len() != word.len() && without.chars().count() < 3 {
        // Stem the suffixes only: behind a letter no prefix matches.
        let marked = format!("x{word}");
        return stemmer.stem(&marked)[1..].to_owned();
    }
    stemmer.stem(word).to_owned()
}

fn most_frequent(counts: BTreeMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: analyzer_choices FILE...");
        return ExitCode::FAILURE;
    }
    let base = ArabicAnalyzer::search().without_stopwords();
    let all = base.clone().with_stemming(Stemming::All);
    let unstemmed = base.clone().with_stemming(Stemming::Off);
    let zwnj = base.clone().with_zwnj_splits(true);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            return ExitCode::FAILURE;
        };
        let (mut terms, mut zwnj_tokens, mut zwnj_lines) = (0, 0, 0);
        let (mut arabic_words, mut short) = (BTreeMap::new(), BTreeMap::new());
        for line in text.lines() {
            let got: Vec<_> = base.analyze(line).collect();
            let stemmed: Vec<_> = all.analyze(line).collect();
            let plain: Vec<_> = unstemmed.analyze(line).collect();
            for ((t, s), p) in got.iter().zip(&stemmed).zip(&plain) {
                terms += 1;
                if t.text() != s.text() {
                    let key = format!("{} → {} (All: {})", &line[t.span()], t.text(), s.text());
                    *arabic_words.entry(key).or_insert(0) += 1;
                }
                let kept = stem_keeping_short_words(p.text());
                if kept != s.text() {
                    *short
                        .entry(format!("{} → {kept} (now {})", p.text(), s.text()))
                        .or_insert(0) += 1;
                }
                zwnj_tokens += usize::from(line[t.span()].contains('\u{200C}'));
            }
            let split: Vec<String> = zwnj.analyze(line).map(|t| t.text().to_owned()).collect();
            zwnj_lines += usize::from(
                !split
                    .iter()
                    .map(String::as_str)
                    .eq(got.iter().map(|t| t.text())),
            );
        }
        let changed = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
        println!("{path}: {terms} terms");
        println!(
            "  Stemming::ArabicWords changes {} terms: {:?}",
            changed(&arabic_words),
            most_frequent(arabic_words, 20)
        );
        println!(
            "  a minimum stem of 3 would change {} terms: {:?}",
            changed(&short),
            most_frequent(short, 12)
        );
        println!(
            "  {zwnj_tokens} tokens hold a ZWNJ; with_zwnj_splits(true) changes {zwnj_lines} lines"
        );
    }
    ExitCode::SUCCESS
}
