//! `ArabicAnalyzer::lucene()` on whole texts against Apache Lucene 8.8.1's
//! `new ArabicAnalyzer()` (StandardTokenizer, default stop set): for every
//! line of the golden corpora, the terms, UTF-16 offsets, position increments
//! and token types must all be equal.
//!
//! The data is read in place from `$ARABIC_TEXT_GOLDEN/lucene-8.7/whole/`
//! (default `data/golden`, in the repository); without it the test
//! says it skipped. `ARABIC_TEXT_SHOW=N` prints the first N differing lines.

use std::path::PathBuf;

use arabic_text::ArabicAnalyzer;
use serde_json::Value;

fn golden_dir() -> PathBuf {
    match std::env::var_os("ARABIC_TEXT_GOLDEN") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/golden"),
    }
    .join("lucene-8.7/whole")
}

/// One line's terms as Lucene's golden file writes them:
/// `[term, start, end, positionIncrement, type]`, offsets in UTF-16 units.
fn ours(analyzer: &ArabicAnalyzer, line: &str) -> Vec<(String, usize, usize, usize, String)> {
    let utf16 = |byte: usize| line[..byte].encode_utf16().count();
    let mut previous: Option<usize> = None;
    analyzer
        .analyze(line)
        .map(|t| {
            let increment = t.position() + 1 - previous.map_or(0, |p| p + 1);
            previous = Some(t.position());
            (
                t.text().to_owned(),
                utf16(t.span().start),
                utf16(t.span().end),
                increment,
                t.term_type().lucene_name().to_owned(),
            )
        })
        .collect()
}

fn theirs(json: &str) -> Vec<(String, usize, usize, usize, String)> {
    let value: Value = serde_json::from_str(json).expect("golden line is JSON");
    let number = |v: &Value| v.as_u64().expect("number") as usize;
    value
        .as_array()
        .expect("array")
        .iter()
        .map(|t| {
            let t = t.as_array().expect("term array");
            (
                t[0].as_str().expect("term").to_owned(),
                number(&t[1]),
                number(&t[2]),
                number(&t[3]),
                t[4].as_str().expect("type").to_owned(),
            )
        })
        .collect()
}

/// The number of identical lines and of all lines in one corpus.
fn compare(name: &str) -> Option<(usize, usize)> {
    let dir = golden_dir();
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).ok()?;
    let golden = std::fs::read_to_string(dir.join(format!("{name}.lucene.jsonl"))).ok()?;
    let show: usize = std::env::var("ARABIC_TEXT_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let analyzer = ArabicAnalyzer::lucene();
    let (mut same, mut total, mut shown) = (0, 0, 0);
    for (n, (line, json)) in text.split('\n').zip(golden.lines()).enumerate() {
        total += 1;
        let (got, want) = (ours(&analyzer, line), theirs(json));
        if got == want {
            same += 1;
        } else if shown < show {
            shown += 1;
            let at = got.iter().zip(&want).take_while(|(g, w)| g == w).count();
            eprintln!(
                "{name}:{}: first difference at term {at}\n  want {:?}\n  got  {:?}",
                n + 1,
                want.get(at),
                got.get(at)
            );
        }
    }
    assert_eq!(total, golden.lines().count(), "{name}: line counts differ");
    Some((same, total))
}

#[test]
fn lucene_flavour_equals_lucene_on_whole_lines() {
    for name in ["news", "astd"] {
        let Some((same, total)) = compare(name) else {
            eprintln!(
                "skipped {name}: no golden data in {}",
                golden_dir().display()
            );
            continue;
        };
        let percent = 100.0 * same as f64 / total as f64;
        eprintln!("{name}: {same} of {total} lines identical to Lucene ({percent:.2}%)");
        assert!(percent >= 99.5, "{name}: {percent:.2}% < 99.5%");
    }
}
