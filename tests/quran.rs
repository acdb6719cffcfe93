//! Quran orthography (CONFORMANCE.md §2b): the Uthmani and the simple editions of Tanzil's Quran text
//! meet under `Normalizer::search()`. Over the verses that have the same
//! number of words in both editions after normalizing, the words are
//! compared one by one; the goal is at least 98% equal.
//!
//! Reads `tanzil_quran/quran-uthmani.txt` and `quran-simple.txt` in place
//! from `$ARABIC_TEXT_CORPUS`, or `data/corpus` in the repository (see docs/data.md);
//! skips (and says so) when they are absent. `QURAN_DIFFS=N` prints the `N`
//! most frequent differing word pairs.

use std::collections::HashMap;
use std::path::PathBuf;

use arabic_text::Normalizer;

fn corpus_dir() -> PathBuf {
    match std::env::var_os("ARABIC_TEXT_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/corpus"),
    }
}

/// The verse texts of a Tanzil `sura|aya|text` file, in order.
fn verses(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, '|');
            let (_, _, verse) = (parts.next()?, parts.next()?, parts.next()?);
            Some(verse)
        })
        .collect()
}

#[test]
fn uthmani_and_simple_editions_agree_after_search() {
    let dir = corpus_dir().join("tanzil_quran");
    let read = |name: &str| std::fs::read_to_string(dir.join(name));
    let (Ok(uthmani), Ok(simple)) = (read("quran-uthmani.txt"), read("quran-simple.txt")) else {
        eprintln!("skipped: the Tanzil Quran text is not in {}", dir.display());
        return;
    };
    let (u, s) = (verses(&uthmani), verses(&simple));
    assert_eq!(u.len(), 6236);
    assert_eq!(s.len(), 6236);
    let n = Normalizer::search();
    let (mut words, mut equal, mut aligned_verses) = (0usize, 0usize, 0usize);
    let mut diffs: HashMap<(String, String), usize> = HashMap::new();
    for (a, b) in u.iter().zip(&s) {
        let (na, nb) = (n.normalize(a), n.normalize(b));
        let wa: Vec<&str> = na.split_whitespace().collect();
        let wb: Vec<&str> = nb.split_whitespace().collect();
        if wa.len() != wb.len() {
            continue;
        }
        aligned_verses += 1;
        for (x, y) in wa.iter().zip(&wb) {
            words += 1;
            if x == y {
                equal += 1;
            } else {
                *diffs.entry((x.to_string(), y.to_string())).or_default() += 1;
            }
        }
    }
    let share = equal as f64 / words as f64;
    eprintln!(
        "Quran agreement: {equal} of {words} words ({:.1}%) in {aligned_verses} verses",
        share * 100.0
    );
    let show: usize = std::env::var("QURAN_DIFFS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut top: Vec<_> = diffs.into_iter().collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    for ((x, y), k) in top.iter().take(show) {
        eprintln!("{k}\t{x}\t{y}");
    }
    assert!(share >= 0.98, "agreement {share} is under 98%");
}

/// The short-alef list is closed and sourced: every word that the simple
/// (modern-spelling) edition writes with a dagger alef on a consonant keeps
/// it short under `quran_orthography`: no ا comes out of its U+0670.
#[test]
fn short_alef_words_are_those_of_the_simple_edition() {
    let path = corpus_dir().join("tanzil_quran/quran-simple.txt");
    let Ok(simple) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not here", path.display());
        return;
    };
    let n = Normalizer::new().quran_orthography(true);
    let alefs = |s: &str| s.chars().filter(|&c| c == '\u{0627}').count();
    let mut checked = 0;
    for word in verses(&simple).iter().flat_map(|v| v.split_whitespace()) {
        let base = |i: usize| {
            word[..i]
                .chars()
                .rev()
                .find(|&c| !arabic_text::chars::is_mn_me(c) && c != '\u{0640}')
        };
        let on_consonant = word
            .char_indices()
            .any(|(i, c)| c == '\u{0670}' && base(i).is_some_and(|b| b != '\u{0649}'));
        if on_consonant {
            let out = n.normalize(word);
            assert_eq!(alefs(&out), alefs(word), "{word} → {out}");
            checked += 1;
        }
    }
    assert_eq!(checked, 1418);
}
