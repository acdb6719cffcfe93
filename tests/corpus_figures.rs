//! The real-text figures of CONFORMANCE.md: how many terms each `search` change of §1–5
//! moves on the news corpus, and what elongation changes on news and
//! tweets, with a seeded sample of changed words.
//!
//! Ignored by default (it reads ~25 MB); run it with
//! `cargo test -p arabic-text --test corpus_figures -- --ignored --nocapture`.
//! Reads `$ARABIC_TEXT_CORPUS` or `data/corpus` in place; skips (and
//! says so) when a file is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use arabic_text::{Normalizer, Tokenizer};

fn corpus_dir() -> PathBuf {
    match std::env::var_os("ARABIC_TEXT_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/corpus"),
    }
}

/// The texts of the files under `dir` whose names end with `suffix`.
fn read_all(dir: &Path, suffix: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {} is not here", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Token occurrences and distinct tokens whose term differs between `a` and `b`.
fn moved(texts: &[String], a: &Normalizer, b: &Normalizer) -> (usize, usize, usize, Vec<String>) {
    let (mut tokens, mut changed) = (0, 0);
    let mut distinct: BTreeMap<String, String> = BTreeMap::new();
    for text in texts {
        for t in Tokenizer::new().tokenize(text) {
            tokens += 1;
            let (x, y) = (a.normalize(t.text()), b.normalize(t.text()));
            if x != y {
                changed += 1;
                distinct.insert(t.text().to_owned(), x.into_owned());
            }
        }
    }
    let list = distinct.iter().map(|(k, v)| format!("{k} → {v}")).collect();
    (tokens, changed, distinct.len(), list)
}

/// 20 items of `list`, picked by a seeded xorshift.
fn sample(list: &[String]) -> Vec<&String> {
    let mut state: u64 = 0x1212_2026;
    let mut picked = BTreeSet::new();
    while picked.len() < 20.min(list.len()) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        picked.insert((state % list.len() as u64) as usize);
    }
    picked.into_iter().map(|i| &list[i]).collect()
}

#[test]
#[ignore = "reads the optional corpus (docs/data.md); run with --ignored --nocapture"]
fn search_changes_on_news_and_tweets() {
    let dir = corpus_dir();
    let news = read_all(&dir.join("saudinewsnet"), ".txt");
    let mut tweets = read_all(&dir.join("arabic_tweets_saad"), ".tsv");
    tweets.extend(read_all(&dir.join("astd"), "Tweets.txt"));
    if news.is_empty() {
        return;
    }
    let search = Normalizer::search();
    let switches: [(&str, Normalizer); 3] = [
        ("quran_orthography", search.quran_orthography(false)),
        ("collapse_elongation", search.collapse_elongation(false)),
        ("number_separators", search.number_separators(false)),
    ];
    for (name, off) in switches {
        let (tokens, changed, distinct, list) = moved(&news, &search, &off);
        eprintln!("news, {name}: {changed} of {tokens} tokens, {distinct} distinct tokens");
        for line in list.iter().take(12) {
            eprintln!("    {line}");
        }
    }
    // The new letter folds of §1 have no switch of their own: count the
    // tokens that hold one of the new letters.
    let new_letters = "ۃۂےۓېۍٵٶٷٸ";
    let (mut tokens, mut held) = (0, 0);
    for text in &news {
        for t in Tokenizer::new().tokenize(text) {
            tokens += 1;
            held += usize::from(t.text().chars().any(|c| new_letters.contains(c)));
        }
    }
    eprintln!("news, new Perso-Arabic letters: {held} of {tokens} tokens hold one");
    if tweets.is_empty() {
        return;
    }
    let off = search.collapse_elongation(false);
    let (tokens, changed, distinct, list) = moved(&tweets, &search, &off);
    eprintln!(
        "tweets, collapse_elongation: {changed} of {tokens} tokens, {distinct} distinct tokens"
    );
    eprintln!("20 changed tweet words (seeded sample):");
    for line in sample(&list) {
        eprintln!("    {line}");
    }
}
