//! Loads every `tests/data/*.jsonl` case table (copied from `the project's shared case tables`)
//! and checks every row. Failing rows are all reported, by id, with code
//! points escaped as U+XXXX.

mod common;
use common::escaped;

use std::path::Path;

use arabic_text::{Normalizer, Tokenizer};
use serde_json::Value;

fn render_tokens(tokens: &[(String, String)]) -> String {
    tokens
        .iter()
        .map(|(t, k)| format!("({}, {k})", escaped(t)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks one row; `Err` describes the mismatch.
fn check_row(row: &Value) -> Result<(), String> {
    let op = row["op"].as_str().ok_or("row has no op")?;
    let input = row["input"].as_str().ok_or("row has no input")?;
    let expected = &row["expected"];
    match op {
        "tokens" | "segments" => {
            let tok = Tokenizer::new();
            let got: Vec<(String, String)> = if op == "tokens" {
                tok.tokenize(input)
                    .map(|t| (t.text().to_owned(), t.kind().as_str().to_owned()))
                    .collect()
            } else {
                tok.segments(input)
                    .map(|t| (t.text().to_owned(), t.kind().as_str().to_owned()))
                    .collect()
            };
            let want: Vec<(String, String)> = expected
                .as_array()
                .ok_or("expected is not an array")?
                .iter()
                .map(|pair| {
                    (
                        pair[0].as_str().unwrap_or_default().to_owned(),
                        pair[1].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect();
            if got == want {
                Ok(())
            } else {
                Err(format!(
                    "input {}\n    want {}\n    got  {}",
                    escaped(input),
                    render_tokens(&want),
                    render_tokens(&got)
                ))
            }
        }
        "normalize:search" | "normalize:clean" => {
            let n = if op == "normalize:search" {
                Normalizer::search()
            } else {
                Normalizer::clean()
            };
            let want = expected.as_str().ok_or("expected is not a string")?;
            let got = n.normalize(input);
            if got == want {
                Ok(())
            } else {
                Err(format!(
                    "input {}\n    want {}\n    got  {}",
                    escaped(input),
                    escaped(want),
                    escaped(&got)
                ))
            }
        }
        other => Err(format!("unknown op {other:?}")),
    }
}

#[test]
fn every_case_row_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case tables in {}", dir.display());

    let mut rows = 0;
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let body = std::fs::read_to_string(file).expect("case table is UTF-8");
        for (n, line) in body.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
                continue;
            }
            let row: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("{name}:{}: not JSON: {e}", n + 1));
                    continue;
                }
            };
            rows += 1;
            let id = row["id"].as_str().unwrap_or("<no id>").to_owned();
            if let Err(msg) = check_row(&row) {
                failures.push(format!("{name}:{} [{id}] {msg}", n + 1));
            }
        }
    }
    assert!(rows > 0, "the case tables hold no rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} case rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{rows} case rows passed");
}
