//! Differential tests against Apache Lucene 8.8.1's own outputs (see
//! `data/golden/README.md`): for every token, `norm` =
//! ArabicNormalizer, `stem` = ArabicStemmer on `norm`, `analyzed` = the
//! ArabicAnalyzer filters on the token alone. `tests/data/lucene-tests.tsv`
//! (Lucene's own test inputs) is always checked; the two large files are read
//! in place from `$ARABIC_TEXT_GOLDEN/lucene-8.7/` (default
//! `data/golden/lucene-8.7/`) when that folder exists.

mod common;
use common::escaped;

use std::path::{Path, PathBuf};

use arabic_text::{lucene_stopwords, ArabicAnalyzer, ArabicStemmer, Normalizer};

/// Checks every row of one golden file; returns the number of rows.
fn check_file(path: &Path) -> usize {
    let body = std::fs::read_to_string(path).expect("golden file is UTF-8");
    let norm = Normalizer::lucene();
    let stemmer = ArabicStemmer::new();
    // The golden `analyzed` column keeps stop words.
    let analyzer = ArabicAnalyzer::lucene().without_stopwords();
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in body.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            fields.len(),
            4,
            "{}:{}: want 4 fields",
            path.display(),
            n + 1
        );
        let (token, want_norm, want_stem, want_analyzed) =
            (fields[0], fields[1], fields[2], fields[3]);
        rows += 1;
        let got_norm = norm.normalize(token);
        let got_stem = stemmer.stem(want_norm);
        let got_analyzed = analyzer.analyze_word(token).unwrap_or_default();
        for (column, got, want) in [
            ("norm", &*got_norm, want_norm),
            ("stem", got_stem, want_stem),
            ("analyzed", &*got_analyzed, want_analyzed),
        ] {
            if got != want {
                failures.push(format!(
                    "{}:{} {column}: token {}\n    want {}\n    got  {}",
                    path.file_name().unwrap().to_string_lossy(),
                    n + 1,
                    escaped(token),
                    escaped(want),
                    escaped(got)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {rows} rows differ from Lucene:\n{}",
        failures.len(),
        failures
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    rows
}

/// `$ARABIC_TEXT_GOLDEN/lucene-8.7`, by default `data/golden/lucene-8.7`
/// in the repository.
fn golden_dir() -> PathBuf {
    match std::env::var_os("ARABIC_TEXT_GOLDEN") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/golden"),
    }
    .join("lucene-8.7")
}

#[test]
fn lucene_test_inputs_agree_on_all_four_columns() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lucene-tests.tsv");
    assert_eq!(check_file(&path), 54);
}

#[test]
fn large_golden_files_agree_when_present() {
    let dir = golden_dir();
    if !dir.is_dir() {
        eprintln!("skipped: {} is not here", dir.display());
        return;
    }
    for (file, rows) in [
        ("saudinewsnet-2015-07-23.tsv", 52_605),
        ("tashkeela-test.tsv", 27_348),
    ] {
        assert_eq!(check_file(&dir.join(file)), rows, "{file}");
        eprintln!("{file}: {rows} rows agree with Lucene on norm, stem and analyzed");
    }
}

/// The bundled list is Lucene's: each word, alone or inside a sentence, gives
/// no term under `lucene()` (which compares before normalization, as
/// Lucene's StopFilter does); under `search()` (which compares after
/// normalization) neither does the word with a fatha, a sukun or a shadda on
/// each letter, nor the word stretched by a tatweel after its first letter.
#[test]
fn bundled_stop_list_is_lucenes_and_search_matches_its_variants() {
    let words: Vec<&str> = lucene_stopwords().collect();
    assert_eq!(words.len(), 119);
    let golden = golden_dir().join("arabic-stopwords.txt");
    if let Ok(file) = std::fs::read_to_string(&golden) {
        let theirs: Vec<&str> = file.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(words, theirs);
    } else {
        eprintln!("skipped the comparison with {}", golden.display());
    }
    let (lucene, search) = (ArabicAnalyzer::lucene(), ArabicAnalyzer::search());
    for word in &words {
        assert_eq!(lucene.analyze(word).count(), 0, "lucene: {word}");
        let sentence = format!("قال {word} البيت");
        let positions: Vec<usize> = lucene.analyze(&sentence).map(|t| t.position()).collect();
        assert_eq!(positions, [0, 2], "lucene: {word} leaves a gap");
        for mark in ['\u{064E}', '\u{0652}', '\u{0651}'] {
            let marked: String = word.chars().flat_map(|c| [c, mark]).collect();
            assert_eq!(
                search.analyze(&marked).count(),
                0,
                "search: {}",
                escaped(&marked)
            );
        }
        let mut chars = word.chars();
        let first = chars.next().expect("a stop word is not empty");
        let stretched = format!("{first}\u{0640}{}", chars.as_str());
        assert_eq!(
            search.analyze(&stretched).count(),
            0,
            "search: {}",
            escaped(&stretched)
        );
    }
    for variant in ["فِي", "فـي", "فى", "مِنْ", "عَلَى"] {
        assert_eq!(search.analyze(variant).count(), 0, "{variant}");
        assert_eq!(lucene.analyze(variant).count(), 1, "{variant}");
    }
}
