//! End-to-end tests of the `arabic-text` binary.

use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use arabic_text::stream::chunk_boundary;
use arabic_text::{ArabicAnalyzer, Normalizer, TokenKind, Tokenizer, TokenizerState};
use assert_cmd::Command;

mod common;

use common::escape;

const BIN: &str = env!("CARGO_BIN_EXE_arabic-text");

fn bin() -> Command {
    Command::cargo_bin("arabic-text").unwrap()
}

fn seed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds/000_69dfd127be070d7e.txt")
}

fn seed() -> String {
    std::fs::read_to_string(seed_path()).unwrap()
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The expected tsv output: the library on the whole text at once.
fn expected_tsv(text: &str, segments: bool) -> String {
    let mut out = String::new();
    for t in Tokenizer::new().segments(text) {
        if !segments && t.kind() == TokenKind::Whitespace {
            continue;
        }
        let span = t.span();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            span.start,
            span.end,
            t.kind().as_str(),
            escape(t.text())
        ));
    }
    out
}

/// `tsv` prefixed, line by line, with the file name (several FILEs given).
fn with_file(name: &std::path::Path, tsv: &str) -> String {
    tsv.lines()
        .map(|l| format!("{}\t{l}\n", name.display()))
        .collect()
}

fn tsv_line(start: usize, end: usize, kind: &str, text: &str) -> String {
    format!("{start}\t{end}\t{kind}\t{}", escape(text))
}

// ---------------------------------------------------------------- tokenize

#[test]
fn tokenize_seed_tsv() {
    let output = bin()
        .args(["tokenize", "--format", "tsv"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "0\t10\tword:arabic\tبوتين",
            "11\t19\tword:arabic\tيشدد",
            "20\t26\tword:arabic\tعلى",
            "27\t37\tword:arabic\tضرورة",
            "38\t48\tword:arabic\tتجاوز",
        ]
    );
    // Hard-coded: the title's and the first paragraph's إدلب.
    assert_eq!(lines[10], "108\t116\tword:arabic\tإدلب");
    assert!(lines.contains(&"345\t353\tword:arabic\tإدلب"));

    // Every إدلب, with offsets computed from the text.
    let text = seed();
    let expected: Vec<String> = text
        .match_indices("إدلب")
        .map(|(i, w)| tsv_line(i, i + w.len(), "word:arabic", w))
        .collect();
    assert_eq!(expected.len(), 4);
    let got: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.ends_with("\tإدلب"))
        .collect();
    assert_eq!(got, expected);

    // And the whole output is the library's on the whole text.
    assert_eq!(out, expected_tsv(&text, false));
}

#[test]
fn tokenize_seed_segments_concatenate_back() {
    let output = bin()
        .args(["tokenize", "--format", "jsonl", "--segments"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut joined = String::new();
    let mut next = 0;
    for line in stdout_of(&output).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["start"].as_u64().unwrap(), next);
        next = v["end"].as_u64().unwrap();
        joined.push_str(v["text"].as_str().unwrap());
    }
    assert_eq!(joined, seed());
}

#[test]
fn tokenize_seed_text_format() {
    let output = bin().arg("tokenize").arg(seed_path()).output().unwrap();
    assert!(output.status.success());
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "       0..10       word:arabic         بوتين");
    assert_eq!(lines[10], "     108..116      word:arabic         إدلب");
    assert_eq!(lines.len(), Tokenizer::new().tokenize(&seed()).count());
}

#[test]
fn tokenize_default_format_is_text() {
    let a = bin()
        .arg("tokenize")
        .write_stdin("قال نعم")
        .output()
        .unwrap();
    let b = bin()
        .args(["tokenize", "--format", "text"])
        .write_stdin("قال نعم")
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(
        stdout_of(&a),
        "       0..6        word:arabic         قال\n       7..13       word:arabic         نعم\n"
    );
}

#[test]
fn tokenize_stdin() {
    let text = seed();
    let output = bin()
        .args(["tokenize", "--format", "tsv"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), expected_tsv(&text, false));

    // `-` is stdin too, and named "-" in jsonl.
    let output = bin()
        .args(["tokenize", "--format", "jsonl", "-"])
        .write_stdin("في إدلب")
        .output()
        .unwrap();
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["file"], "-");
    assert_eq!(lines[1]["start"], 5);
    assert_eq!(lines[1]["end"], 13);
}

#[test]
fn tsv_escaping() {
    let output = bin()
        .args(["tokenize", "--format", "tsv", "--segments"])
        .write_stdin("a\tb\\c\r\nd")
        .output()
        .unwrap();
    assert!(output.status.success());
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "0\t1\tword:latin\ta",
            "1\t2\tspace\t\\t",
            "2\t3\tword:latin\tb",
            "3\t4\tpunct:other\t\\\\",
            "4\t5\tword:latin\tc",
            "5\t7\tspace\t\\r\\n",
            "7\t8\tword:latin\td",
        ]
    );
    // Every line has exactly four fields.
    assert!(lines.iter().all(|l| l.split('\t').count() == 4));

    // The text format escapes the same way.
    let output = bin()
        .args(["tokenize", "--segments"])
        .write_stdin("a\tb")
        .output()
        .unwrap();
    assert!(stdout_of(&output)
        .lines()
        .any(|l| l.ends_with(" space               \\t")));
}

#[test]
fn jsonl_fields() {
    let output = bin()
        .args(["tokenize", "--format", "jsonl"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = seed();
    let name = seed_path().to_string_lossy().into_owned();
    let tokens: Vec<_> = Tokenizer::new().tokenize(&text).collect();
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), tokens.len());
    for (line, t) in lines.iter().zip(&tokens) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let obj = v.as_object().unwrap();
        assert_eq!(obj.len(), 5, "{line}");
        assert_eq!(v["file"], name.as_str());
        assert_eq!(v["start"].as_u64().unwrap() as usize, t.span().start);
        assert_eq!(v["end"].as_u64().unwrap() as usize, t.span().end);
        assert_eq!(v["kind"], t.kind().as_str());
        assert_eq!(v["text"], t.text());
    }
    // Control characters and quotes survive the round trip.
    let output = bin()
        .args(["tokenize", "--format", "jsonl", "--segments"])
        .write_stdin("\"a\"\t\\\n")
        .output()
        .unwrap();
    let texts: String = stdout_of(&output)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(texts, "\"a\"\t\\\n");
}

#[test]
fn multiple_files_have_their_own_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "قال نعم").unwrap();
    std::fs::write(&b, "«لا» هنا").unwrap();
    let output = bin()
        .args(["tokenize", "--format", "jsonl"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<(String, u64, u64, String)> = stdout_of(&output)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["file"].as_str().unwrap().to_owned(),
                v["start"].as_u64().unwrap(),
                v["end"].as_u64().unwrap(),
                v["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let a = a.to_string_lossy().into_owned();
    let b = b.to_string_lossy().into_owned();
    assert_eq!(
        rows,
        [
            (a.clone(), 0, 6, "قال".to_owned()),
            (a, 7, 13, "نعم".to_owned()),
            (b.clone(), 0, 2, "«".to_owned()),
            (b.clone(), 2, 6, "لا".to_owned()),
            (b.clone(), 6, 8, "»".to_owned()),
            (b, 9, 15, "هنا".to_owned()),
        ]
    );

    // Quote state does not leak from one file into the next: an unclosed «
    // in the first file leaves the second file's » a closing quote of its own.
    let c = dir.path().join("c.txt");
    let d = dir.path().join("d.txt");
    std::fs::write(&c, "«قال").unwrap();
    std::fs::write(&d, "نعم\" هنا").unwrap();
    let out = stdout_of(
        &bin()
            .args(["tokenize", "--format", "tsv"])
            .arg(&c)
            .arg(&d)
            .output()
            .unwrap(),
    );
    // With several FILEs, each row starts with the file name.
    let mut expected = with_file(&c, &expected_tsv("«قال", false));
    expected.push_str(&with_file(&d, &expected_tsv("نعم\" هنا", false)));
    assert_eq!(out, expected);
}

// ---------------------------------------------------------------- errors

#[test]
fn invalid_utf8_stdin() {
    let output = bin()
        .args(["tokenize", "--format", "tsv"])
        .write_stdin(&b"abc \xFF def"[..])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_of(&output), "0\t3\tword:latin\tabc\n");
    assert_eq!(
        stderr_of(&output),
        "arabic-text: -: invalid UTF-8 at byte offset 4\n"
    );
}

#[test]
fn invalid_utf8_file_then_next_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    let good = dir.path().join("good.txt");
    // The invalid byte after a few multi-byte characters.
    let mut bytes = "في إدلب ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xC3\x28 more");
    std::fs::write(&bad, &bytes).unwrap();
    std::fs::write(&good, "نعم").unwrap();
    let output = bin()
        .args(["tokenize", "--format", "tsv"])
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout_of(&output),
        format!(
            "{b}\t{}\n{b}\t{}\n{g}\t{}\n",
            tsv_line(0, 4, "word:arabic", "في"),
            tsv_line(5, 13, "word:arabic", "إدلب"),
            tsv_line(0, 6, "word:arabic", "نعم"),
            b = bad.display(),
            g = good.display(),
        )
    );
    assert_eq!(
        stderr_of(&output),
        format!(
            "arabic-text: {}: invalid UTF-8 at byte offset {offset}\n",
            bad.display()
        )
    );
}

#[test]
fn invalid_utf8_normalize() {
    let output = bin()
        .arg("normalize")
        .write_stdin(&b"\xD8\xA5\xD8\xAF \xFF"[..]) // "إد " then a bad byte
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    // Everything before the bad byte, normalized as a whole (trailing
    // whitespace is trimmed by the search preset's whitespace collapse).
    assert_eq!(stdout_of(&output), Normalizer::search().normalize("إد "));
    assert_eq!(
        stderr_of(&output),
        "arabic-text: -: invalid UTF-8 at byte offset 5\n"
    );
}

#[test]
fn lossy_replaces_invalid_utf8() {
    let output = bin()
        .args(["tokenize", "--format", "tsv", "--lossy"])
        .write_stdin(&b"abc \xFF def"[..])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty());
    let fffd_kind = arabic_text::tokenize("\u{FFFD}").next().unwrap().kind();
    assert_eq!(
        stdout_of(&output),
        format!(
            "0\t3\tword:latin\tabc\n4\t7\t{}\t\u{FFFD}\n8\t11\tword:latin\tdef\n",
            fffd_kind.as_str()
        )
    );

    let output = bin()
        .args(["normalize", "--lossy"])
        .write_stdin(&b"a\xFFb"[..])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), "a\u{FFFD}b");
}

#[test]
fn missing_file_other_files_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let output = bin()
        .args(["tokenize", "--format", "tsv"])
        .arg(&missing)
        .arg(seed_path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_of(&output),
        format!(
            "arabic-text: {}: No such file or directory\n",
            missing.display()
        )
    );
    assert_eq!(
        stdout_of(&output),
        with_file(&seed_path(), &expected_tsv(&seed(), false))
    );

    // Same for normalize, with the missing file last.
    let output = bin()
        .arg("normalize")
        .arg(seed_path())
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("missing.txt: No such file or directory"));
    assert_eq!(
        stdout_of(&output),
        Normalizer::search().normalize(&seed()).into_owned()
    );
}

#[test]
fn directory_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let output = bin().arg("tokenize").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr_of(&output);
    assert!(
        err.starts_with(&format!("arabic-text: {}: ", dir.path().display())),
        "{err}"
    );
}

/// Runs `cmd`, reads 100 bytes of its stdout and closes it.
fn close_stdout_early(cmd: &mut StdCommand) -> std::process::Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 100];
    stdout.read_exact(&mut buf).unwrap();
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn closed_stdout_exits_quietly() {
    // Several MB of output so that the writer is still busy when the
    // reader goes away.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, seed().repeat(2000)).unwrap();
    for sub in [&["tokenize", "--format", "tsv"][..], &["normalize"][..]] {
        let output = close_stdout_early(StdCommand::new(BIN).args(sub).arg(&big));
        assert_eq!(output.status.code(), Some(0), "{sub:?}");
        assert!(output.stderr.is_empty(), "{}", stderr_of(&output));
    }
}

#[test]
fn an_error_before_a_closed_stdout_keeps_status_1() {
    // A missing file and one with invalid UTF-8 are reported before the
    // big file's output meets a closed stdout: the status stays 1.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, seed().repeat(2000)).unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"\xD9\x82\xFF").unwrap();
    let missing = dir.path().join("missing.txt");
    for first in [&missing, &bad] {
        let mut cmd = StdCommand::new(BIN);
        cmd.args(["tokenize", "--format", "tsv"])
            .arg(first)
            .arg(&big);
        let output = close_stdout_early(&mut cmd);
        assert_eq!(output.status.code(), Some(1), "{first:?}");
        let err = stderr_of(&output);
        let name = first.file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name), "{err}");
    }
}

#[test]
fn usage_errors_and_help() {
    let output = bin()
        .args(["tokenize", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));

    for sub in ["tokenize", "normalize"] {
        let output = bin().args([sub, "--help"]).output().unwrap();
        assert!(output.status.success());
        let help = stdout_of(&output);
        assert!(help.contains("byte offset"), "{sub}: {help}");
        assert!(help.contains("--lossy"), "{sub}: {help}");
    }
    let help = stdout_of(&bin().args(["tokenize", "--help"]).output().unwrap());
    for word in ["tsv", "jsonl", "text", "--segments", "UTF-8 byte offsets"] {
        assert!(help.contains(word), "{word}");
    }
    let help = stdout_of(&bin().args(["normalize", "--help"]).output().unwrap());
    for word in ["search", "clean", "--preset"] {
        assert!(help.contains(word), "{word}");
    }
}

// ---------------------------------------------------------------- normalize

#[test]
fn normalize_seed() {
    let output = bin().arg("normalize").arg(seed_path()).output().unwrap();
    assert!(output.status.success());
    let out = stdout_of(&output);
    assert!(out.contains("ادلب"));
    assert!(!out.contains('إ'));
    assert!(!out.contains('“'));
    assert_eq!(out, Normalizer::search().normalize(&seed()));

    let explicit = bin()
        .args(["normalize", "--preset", "search"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert_eq!(explicit.stdout, output.stdout);

    let output = bin()
        .args(["normalize", "--preset", "clean"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let out = stdout_of(&output);
    assert!(out.contains("إدلب"));
    assert_eq!(out, Normalizer::clean().normalize(&seed()));
}

#[test]
fn normalize_lucene_preset() {
    let text = "أَحْمَد مدرسة على ٱلرَّحْمَـٰنِ";
    let output = bin()
        .args(["normalize", "--preset", "lucene"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), "احمد مدرسه علي ٱلرحمٰن");
    assert_eq!(stdout_of(&output), Normalizer::lucene().normalize(text));
}

#[test]
fn normalize_stdin() {
    let output = bin()
        .arg("normalize")
        .write_stdin("مُحَمَّدٌ   في إدلب ٣")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), "محمد في ادلب 3");
}

// ---------------------------------------------------------------- normalize --offsets

/// One `normalize --offsets` object.
struct OffsetLine {
    original: (usize, usize),
    normalized: (usize, usize),
    text: String,
    segments: Vec<(usize, usize, usize, usize, String)>,
}

fn offset_lines(stdout: &str) -> Vec<OffsetLine> {
    let pair = |v: &serde_json::Value| {
        (
            v[0].as_u64().unwrap() as usize,
            v[1].as_u64().unwrap() as usize,
        )
    };
    stdout
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            OffsetLine {
                original: pair(&v["original"]),
                normalized: pair(&v["normalized"]),
                text: v["text"].as_str().unwrap().to_owned(),
                segments: v["segments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| {
                        let n = |i: usize| s[i].as_u64().unwrap() as usize;
                        (n(0), n(1), n(2), n(3), s[4].as_str().unwrap().to_owned())
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Maps the normalized range `r` back with the objects, as a consumer would.
fn map_back(lines: &[OffsetLine], r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let point = |p: usize, end: bool| -> usize {
        let line = lines
            .iter()
            .find(|l| {
                if end {
                    l.normalized.0 < p && p <= l.normalized.1
                } else {
                    l.normalized.0 <= p && p < l.normalized.1
                }
            })
            .unwrap();
        for &(ns, ne, os, oe, ref kind) in &line.segments {
            let inside = if end {
                ns < p && p <= ne
            } else {
                ns <= p && p < ne
            };
            if inside {
                return match (kind.as_str(), end) {
                    ("replaced", false) => os,
                    ("replaced", true) => oe,
                    (_, true) if p == ne => oe,
                    _ => os + (p - ns),
                };
            }
        }
        line.original.0 + (p - line.normalized.0)
    };
    point(r.start, false)..point(r.end, true)
}

#[test]
fn normalize_offsets_field_reports() {
    let text = "كُتَّاَبْ بيوت نبات ثمار\nقال ﷺ إن \u{200F}ـالدين يسر";
    for chunk in ["65536", "7"] {
        let output = bin()
            .args(["normalize", "--offsets", "--chunk-size", chunk])
            .write_stdin(text)
            .output()
            .unwrap();
        assert!(output.status.success());
        let lines = offset_lines(&stdout_of(&output));
        let normalized: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(normalized, Normalizer::search().normalize(text));
        for word in ["نبات", "بيوت", "الدين", "يسر"] {
            let at = normalized.find(word).unwrap();
            assert_eq!(
                &text[map_back(&lines, at..at + word.len())],
                word,
                "chunk size {chunk}"
            );
        }
        let at = normalized.find("عليه").unwrap();
        assert_eq!(&text[map_back(&lines, at..at + 8)], "ﷺ");
    }
}

#[test]
fn normalize_offsets_seed_is_consistent() {
    let seed = seed();
    let output = bin()
        .args(["normalize", "--offsets"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let lines = offset_lines(&stdout_of(&output));
    assert_eq!(lines.len(), seed.split_inclusive('\n').count());
    let (mut o, mut n) = (0, 0);
    for l in &lines {
        assert_eq!((l.original.0, l.normalized.0), (o, n));
        assert_eq!(l.normalized.1 - l.normalized.0, l.text.len());
        for s in &l.segments {
            assert!(l.normalized.0 <= s.0 && s.1 <= l.normalized.1);
            assert!(l.original.0 <= s.2 && s.3 <= l.original.1);
        }
        (o, n) = (l.original.1, l.normalized.1);
    }
    assert_eq!(o, seed.len());
    let normalized: String = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(normalized, Normalizer::search().normalize(&seed));
    // Every normalized word maps back to the original word it came from.
    for t in Tokenizer::new().tokenize_normalized(&Normalizer::search(), &seed) {
        let r = Tokenizer::new()
            .tokenize(&normalized)
            .find(|u| map_back(&lines, u.span()) == t.span());
        assert!(r.is_some(), "{:?} at {:?}", t.original(), t.span());
    }
}

// ---------------------------------------------------------------- chunking

/// Pieces that stress chunk boundaries: quotes opened in one chunk and closed
/// in another, marks, tatweel, emoji sequences, mixed scripts, digits with
/// separators, CR/LF and tabs, long runs of spaces.
const PIECES: &[&str] = &[
    "قال ",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    "مُحَمَّدٌ ",
    "كتــــاب",
    " ",
    "   ",
    "\n",
    "\r\n",
    "\t",
    "١٢٣٫٤٥",
    "2020",
    "3.14",
    "iPhoneالجديد",
    "👍🏽",
    "🇸🇦",
    "1️⃣",
    "؟",
    "،",
    "...",
    "—",
    "(",
    ")",
    "\u{064E}",
    "\u{200C}",
    "\u{0640}",
    "ﻟﻠﻴ",
    "إدلب",
    "Ünïcødé ",
    "ψ ",
    "\u{00A0}",
    "\u{3000}",
];

/// A deterministic pseudo-random text of at least `len` bytes.
fn generated(len: usize, seed_text: &str) -> String {
    let mut s = String::with_capacity(len + 64);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let words: Vec<&str> = seed_text.split_whitespace().collect();
    while s.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if x.is_multiple_of(3) {
            s.push_str(words[(x >> 8) as usize % words.len()]);
            s.push(' ');
        } else {
            s.push_str(PIECES[(x >> 8) as usize % PIECES.len()]);
        }
    }
    s
}

#[test]
fn chunked_tokenize_equals_whole() {
    let text = generated(3 << 20, &seed());
    for segments in [false, true] {
        let mut args = vec!["tokenize", "--format", "tsv"];
        if segments {
            args.push("--segments");
        }
        let output = bin()
            .args(&args)
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert!(output.status.success());
        let got = stdout_of(&output);
        let expected = expected_tsv(&text, segments);
        assert!(got == expected, "segments={segments}: outputs differ");
    }
}

#[test]
fn chunked_normalize_equals_whole() {
    let text = generated(3 << 20, &seed());
    for (preset, n) in [
        ("search", Normalizer::search()),
        ("clean", Normalizer::clean()),
    ] {
        let output = bin()
            .args(["normalize", "--preset", preset])
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            stdout_of(&output) == n.normalize(&text),
            "{preset}: outputs differ"
        );
    }
}

#[test]
fn tiny_chunks_equal_whole() {
    let text = format!("{}{}", seed(), generated(20_000, &seed()));
    for chunk in ["1", "3", "17", "1000"] {
        let output = bin()
            .args([
                "tokenize",
                "--format",
                "tsv",
                "--segments",
                "--chunk-size",
                chunk,
            ])
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            stdout_of(&output) == expected_tsv(&text, true),
            "chunk size {chunk}: tokenize differs"
        );
        for (preset, n) in [
            ("search", Normalizer::search()),
            ("clean", Normalizer::clean()),
        ] {
            let output = bin()
                .args(["normalize", "--preset", preset, "--chunk-size", chunk])
                .write_stdin(text.clone())
                .output()
                .unwrap();
            assert!(output.status.success());
            assert!(
                stdout_of(&output) == n.normalize(&text),
                "chunk size {chunk}: normalize {preset} differs"
            );
        }
    }
}

// ---------------------------------------------------------------- 200 MB

/// One repetition unit: the seed on one line plus some variety, balanced
/// quotes, ending with a space so that repetitions tokenize independently.
fn unit() -> String {
    let mut u: String = seed()
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    u.push_str(
        " قال: «مُحَمَّدٌ رَسُولُ اللَّهِ» و“كتــــاب” (١٢٣٫٤٥ و2020)؟ لا! ... \
         ٥٠٪ — \"iPhoneالجديد\" 👍🏽 ﻟﻠﻴ ؛ 'نعم' ",
    );
    assert!(u.ends_with(' '));
    assert!(!u.contains('\n'));
    u
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn stream_200mb_bounded_memory() {
    const TARGET: usize = 200 * 1000 * 1000;
    let unit = unit();
    let reps = TARGET.div_ceil(unit.len());
    let total_bytes = (reps * unit.len()) as u64;

    // Expected count from the library: one unit, times the repetitions.
    let tokenizer = Tokenizer::new();
    let mut tokens = tokenizer.tokenize(&unit);
    let per_unit = tokens.by_ref().count() as u64;
    assert_eq!(
        tokens.state(),
        TokenizerState::default(),
        "unbalanced quotes"
    );
    let three = unit.repeat(3);
    assert_eq!(tokenizer.tokenize(&three).count() as u64, 3 * per_unit);
    assert!(chunk_boundary(&unit) > 0);
    let expected = per_unit * reps as u64;

    let start = Instant::now();
    let mut child = StdCommand::new(BIN)
        .args(["tokenize", "--format", "tsv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();

    let stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let mut w = BufWriter::with_capacity(1 << 16, stdin);
        for _ in 0..reps {
            w.write_all(unit.as_bytes()).unwrap();
        }
        w.flush().unwrap();
    });

    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        let mut lines = 0u64;
        // The current (incomplete) line and the last complete one.
        let mut current = Vec::new();
        let mut last = Vec::new();
        loop {
            let n = stdout.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            let chunk = &buf[..n];
            let mut from = 0;
            let mut newlines = chunk.iter().enumerate().filter(|&(_, &b)| b == b'\n');
            if let Some((i, _)) = newlines.next_back() {
                lines += 1 + newlines.count() as u64;
                let prev = chunk[..i].iter().rposition(|&b| b == b'\n');
                last.clear();
                match prev {
                    Some(p) => last.extend_from_slice(&chunk[p + 1..i]),
                    None => {
                        last.extend_from_slice(&current);
                        last.extend_from_slice(&chunk[..i]);
                    }
                }
                current.clear();
                from = i + 1;
            }
            current.extend_from_slice(&chunk[from..]);
        }
        (lines, String::from_utf8(last).unwrap())
    });

    let mut peak_kib: Option<u64> = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if let Some(kib) = vm_hwm_kib(pid) {
            peak_kib = Some(peak_kib.map_or(kib, |p| p.max(kib)));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    writer.join().unwrap();
    let (lines, last) = reader.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{stderr}");

    let secs = elapsed.as_secs_f64();
    eprintln!(
        "200 MB stream: {} bytes, {lines} tokens in {secs:.2} s: {:.0} tokens/s, {:.1} MB/s, peak VmHWM {}",
        total_bytes,
        lines as f64 / secs,
        total_bytes as f64 / 1e6 / secs,
        peak_kib.map_or("n/a".to_owned(), |k| format!("{k} KiB ({:.1} MiB)", k as f64 / 1024.0)),
    );

    assert_eq!(lines, expected);
    // The last token ends right before the final space.
    let end: u64 = last.split('\t').nth(1).unwrap().parse().unwrap();
    assert_eq!(end, total_bytes - 1, "{last}");

    if std::path::Path::new("/proc/self/status").exists() {
        let peak = peak_kib.expect("no VmHWM sample");
        assert!(peak < 64 * 1024, "peak VmHWM {peak} KiB >= 64 MiB");
    }
}

// ---------------------------------------------------------------- analyze

/// The expected `analyze --format tsv` output: the library on the whole
/// text at once.
fn expected_analyze_tsv(text: &str, analyzer: &ArabicAnalyzer) -> String {
    let mut out = String::new();
    for t in analyzer.analyze(text) {
        let span = t.span();
        out.push_str(&tsv_line(
            span.start,
            span.end,
            &t.position().to_string(),
            t.text(),
        ));
        out.push('\n');
    }
    out
}

#[test]
fn analyze_seed_tsv() {
    let output = bin()
        .args(["analyze", "--format", "tsv"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    // على (position 2) is in the bundled stop list: a gap.
    assert_eq!(
        lines[..3],
        ["0\t10\t0\tبوت", "11\t19\t1\tيشدد", "27\t37\t3\tضرور"]
    );
    // Hard-coded: the title's إدلب, the 11th word (في before it is stopped).
    assert_eq!(lines[8], "108\t116\t10\tادلب");

    // Every إدلب is the term ادلب, with the offsets of the original word
    // computed from the text.
    let text = seed();
    let expected: Vec<(usize, usize)> = text
        .match_indices("إدلب")
        .map(|(i, w)| (i, i + w.len()))
        .collect();
    assert_eq!(expected.len(), 4);
    let got: Vec<(usize, usize)> = lines
        .iter()
        .filter(|l| l.ends_with("\tادلب"))
        .map(|l| {
            let mut f = l.split('\t');
            (
                f.next().unwrap().parse().unwrap(),
                f.next().unwrap().parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for &(start, end) in &expected {
        assert_eq!(&text[start..end], "إدلب");
    }

    // Every line has four fields, and the whole output is the library's.
    assert!(lines.iter().all(|l| l.split('\t').count() == 4));
    assert_eq!(out, expected_analyze_tsv(&text, &ArabicAnalyzer::search()));
}

#[test]
fn analyze_default_flavour_and_format() {
    let a = bin().arg("analyze").arg(seed_path()).output().unwrap();
    let b = bin()
        .args(["analyze", "--flavour", "search", "--format", "text"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    let out = stdout_of(&a);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "       0..10       0        بوت");
    assert_eq!(lines[8], "     108..116      10       ادلب");
    assert_eq!(
        lines.len(),
        ArabicAnalyzer::search().analyze(&seed()).count()
    );
}

#[test]
fn analyze_flavours_differ() {
    let word = "ٱلرَّحْمَٰنِ";
    let run = |args: &[&str]| {
        let output = bin()
            .arg("analyze")
            .args(args)
            .write_stdin(word)
            .output()
            .unwrap();
        assert!(output.status.success());
        stdout_of(&output)
    };
    let end = word.len();
    assert_eq!(
        run(&["--flavour", "lucene", "--format", "tsv"]),
        format!("0\t{end}\t0\tٱلرحمٰن\n")
    );
    assert_eq!(
        run(&["--flavour", "search", "--format", "tsv"]),
        format!("0\t{end}\t0\tرحمن\n")
    );
    assert_eq!(run(&["--format", "tsv"]), format!("0\t{end}\t0\tرحمن\n"));

    // On the seed too, each flavour is the library's.
    let text = seed();
    let output = bin()
        .args(["analyze", "--flavour", "lucene", "--format", "tsv"])
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        stdout_of(&output),
        expected_analyze_tsv(&text, &ArabicAnalyzer::lucene())
    );

    let output = bin()
        .args(["analyze", "--flavour", "solr"])
        .write_stdin(word)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn analyze_stopwords() {
    let dir = tempfile::tempdir().unwrap();
    let stop = dir.path().join("stop.txt");
    // Lucene-style and Snowball-style comments, a blank line, CRLF, and a
    // Snowball comment after a word.
    std::fs::write(
        &stop,
        "# Lucene comment\n| Snowball comment\n\nفي\r\nعلى | Snowball: on\n",
    )
    .unwrap();
    let text = seed();
    let output = bin()
        .args(["analyze", "--format", "tsv", "--stopwords"])
        .arg(&stop)
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let out = stdout_of(&output);
    let lines: Vec<&str> = out.lines().collect();
    // في (position 9) and على (position 2) are gone and leave gaps.
    assert_eq!(
        lines[..3],
        ["0\t10\t0\tبوت", "11\t19\t1\tيشدد", "27\t37\t3\tضرور"]
    );
    assert!(lines.contains(&"86\t102\t8\tصراع"));
    assert!(lines.contains(&"108\t116\t10\tادلب"));
    assert!(!lines.iter().any(|l| l.ends_with("\tفي")), "{out}");
    assert_eq!(
        out,
        expected_analyze_tsv(
            &text,
            &ArabicAnalyzer::search().with_stopwords(["في", "على"])
        )
    );
    // The default list (Lucene's) stops في too; --no-stopwords keeps it.
    let run = |args: &[&str]| {
        let output = bin()
            .args(["analyze", "--format", "tsv"])
            .args(args)
            .arg(seed_path())
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        stdout_of(&output)
    };
    let default = run(&[]);
    assert!(!default.lines().any(|l| l == "103\t107\t9\tفي"));
    assert_eq!(
        default,
        expected_analyze_tsv(&text, &ArabicAnalyzer::search())
    );
    let none = run(&["--no-stopwords"]);
    assert!(none.lines().any(|l| l == "103\t107\t9\tفي"));
    assert_eq!(
        none,
        expected_analyze_tsv(&text, &ArabicAnalyzer::search().without_stopwords())
    );
    // A list and no list at once is a usage error.
    let output = bin()
        .args(["analyze", "--no-stopwords", "--stopwords"])
        .arg(&stop)
        .write_stdin("في")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn analyze_missing_stopwords_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-stopwords.txt");
    let output = bin()
        .args(["analyze", "--stopwords"])
        .arg(&missing)
        .arg(seed_path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr_of(&output),
        format!(
            "arabic-text: stop word file {}: No such file or directory\n",
            missing.display()
        )
    );

    // A directory and invalid UTF-8 are errors too.
    let output = bin()
        .args(["analyze", "--stopwords"])
        .arg(dir.path())
        .write_stdin("في")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(stderr_of(&output).contains(&dir.path().display().to_string()));

    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"\xD9\x81\xD9\x8A\n\xFF\n").unwrap();
    let output = bin()
        .args(["analyze", "--stopwords"])
        .arg(&bad)
        .write_stdin("في")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr_of(&output),
        format!(
            "arabic-text: stop word file {}: invalid UTF-8 at byte offset 5\n",
            bad.display()
        )
    );
}

#[test]
fn analyze_jsonl_fields() {
    let text = "قال في إدلب ٢٠٢٠";
    let output = bin()
        .args(["analyze", "--format", "jsonl"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = stdout_of(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let terms: Vec<_> = ArabicAnalyzer::search().analyze(text).collect();
    assert_eq!(rows.len(), terms.len());
    assert_eq!(rows.len(), 3); // في is a stop word
    for (v, t) in rows.iter().zip(&terms) {
        assert_eq!(v.as_object().unwrap().len(), 5, "{v}");
        assert_eq!(v["file"], "-");
        assert_eq!(v["start"].as_u64().unwrap() as usize, t.span().start);
        assert_eq!(v["end"].as_u64().unwrap() as usize, t.span().end);
        assert_eq!(v["position"].as_u64().unwrap() as usize, t.position());
        assert_eq!(v["text"], t.text());
    }
    assert_eq!(rows[1]["text"], "ادلب");
    assert_eq!(rows[1]["position"], 2);
    assert_eq!(rows[2]["text"], "2020");
    let (start, end) = (
        rows[1]["start"].as_u64().unwrap() as usize,
        rows[1]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "إدلب");
}

#[test]
fn analyze_positions_continue_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let stop = dir.path().join("stop.txt");
    std::fs::write(&stop, "في\nمن\nعلى\nقال\n").unwrap();
    let text = format!("{}{}", seed(), generated(20_000, &seed()));
    let analyzer = ArabicAnalyzer::search().with_stopwords(["في", "من", "على", "قال"]);
    let expected = expected_analyze_tsv(&text, &analyzer);
    let last_position: u64 = expected
        .lines()
        .last()
        .unwrap()
        .split('\t')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    assert!(last_position > 1000, "{last_position}");
    for chunk in [None, Some("1"), Some("3"), Some("17"), Some("1000")] {
        let mut cmd = bin();
        cmd.args(["analyze", "--format", "tsv", "--stopwords"])
            .arg(&stop);
        if let Some(chunk) = chunk {
            cmd.args(["--chunk-size", chunk]);
        }
        let output = cmd.write_stdin(text.clone()).output().unwrap();
        assert!(output.status.success());
        assert!(
            stdout_of(&output) == expected,
            "chunk size {chunk:?}: analyze differs"
        );
    }

    // Each file counts positions (and offsets) from 0.
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "قال نعم في إدلب").unwrap();
    let output = bin()
        .args(["analyze", "--format", "tsv", "--chunk-size", "1"])
        .arg(&a)
        .arg(&a)
        .output()
        .unwrap();
    assert!(output.status.success());
    let once = expected_analyze_tsv("قال نعم في إدلب", &ArabicAnalyzer::search());
    assert_eq!(stdout_of(&output), with_file(&a, &once).repeat(2));
}

#[test]
fn chunked_analyze_equals_whole() {
    let text = generated(3 << 20, &seed());
    for (flavour, analyzer) in [
        ("search", ArabicAnalyzer::search()),
        ("lucene", ArabicAnalyzer::lucene()),
    ] {
        let output = bin()
            .args(["analyze", "--format", "tsv", "--flavour", flavour])
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            stdout_of(&output) == expected_analyze_tsv(&text, &analyzer),
            "{flavour}: outputs differ"
        );
    }
}

/// U+202F NARROW NO-BREAK SPACE is white space, yet StandardTokenizer joins
/// the words around it: the lucene flavour must not cut a chunk there.
#[test]
fn chunked_lucene_analyze_keeps_narrow_no_break_spaces_inside_terms() {
    let text = "كتاب\u{202F}جديد ".repeat(2_000);
    let expected = expected_analyze_tsv(&text, &ArabicAnalyzer::lucene());
    assert_eq!(expected.lines().count(), 2_000);
    for chunk_size in ["7", "64", "1000"] {
        let output = bin()
            .args([
                "analyze",
                "--format",
                "tsv",
                "--flavour",
                "lucene",
                "--chunk-size",
            ])
            .arg(chunk_size)
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(stdout_of(&output) == expected, "chunk size {chunk_size}");
    }
}

#[test]
fn analyze_invalid_utf8() {
    let output = bin()
        .args(["analyze", "--format", "tsv"])
        .write_stdin(&b"abc \xFF def"[..])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_of(&output), "0\t3\t0\tabc\n");
    assert_eq!(
        stderr_of(&output),
        "arabic-text: -: invalid UTF-8 at byte offset 4\n"
    );

    // U+FFFD is no word: def keeps position 1, at offsets of the decoded text.
    let output = bin()
        .args(["analyze", "--format", "tsv", "--lossy"])
        .write_stdin(&b"abc \xFF def"[..])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), "0\t3\t0\tabc\n8\t11\t1\tdef\n");
}

#[test]
fn analyze_help() {
    let output = bin().args(["analyze", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = stdout_of(&output);
    for word in [
        "--flavour",
        "lucene",
        "search",
        "recommended",
        "ArabicAnalyzer",
        "--stopwords",
        "--format",
        "tsv",
        "jsonl",
        "POSITION",
        "UTF-8 byte offsets",
        "original token",
        "--lossy",
    ] {
        assert!(help.contains(word), "{word}: {help}");
    }
    let help = stdout_of(&bin().arg("--help").output().unwrap());
    assert!(help.contains("analyze"), "{help}");
}

#[test]
fn sentences_one_per_line_and_as_jsonl() {
    let text = "عاجل\r\nقال: «انتهى.» ثم غادر؟نعم 3.5 كيلو.\n\n  راسلنا info@x.com. شكرا";
    let out = bin().arg("sentences").write_stdin(text).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        stdout_of(&out),
        "عاجل\nقال: «انتهى.»\nثم غادر؟\nنعم 3.5 كيلو.\nراسلنا info@x.com.\nشكرا\n"
    );
    let out = bin()
        .args(["sentences", "--format", "jsonl"])
        .write_stdin("عاجل\r\nقال: نعم. ثم")
        .output()
        .unwrap();
    assert_eq!(
        stdout_of(&out),
        "{\"file\":\"-\",\"start\":0,\"end\":8,\"text\":\"عاجل\"}\n\
         {\"file\":\"-\",\"start\":10,\"end\":25,\"text\":\"قال: نعم.\"}\n\
         {\"file\":\"-\",\"start\":26,\"end\":30,\"text\":\"ثم\"}\n"
    );
}

#[test]
fn sentences_do_not_depend_on_the_chunk_size() {
    let text = seed().repeat(3);
    let whole = bin()
        .args(["sentences", "--format", "jsonl"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    for chunk in ["1", "7", "100"] {
        let got = bin()
            .args(["sentences", "--format", "jsonl", "--chunk-size", chunk])
            .write_stdin(text.clone())
            .output()
            .unwrap();
        assert_eq!(stdout_of(&got), stdout_of(&whole), "chunk size {chunk}");
    }
    let lines = stdout_of(&whole).lines().count();
    assert_eq!(lines, 49, "the seed article three times");
}

/// In `text` and `tsv`, no control character of the input reaches the
/// output raw: ESC, NUL, DEL, NEL and the other C1 controls, and U+2028,
/// U+2029, are written as escapes (JSON escapes them its own way).
#[test]
fn control_characters_are_escaped_in_text_and_tsv() {
    let input = "a\u{1b}[2Jb \0 x\u{7f} y\u{85}z \u{9b}31m \u{2028}\u{2029} قال";
    for format in ["tsv", "text"] {
        let output = bin()
            .args(["tokenize", "--segments", "--format", format])
            .write_stdin(input)
            .output()
            .unwrap();
        assert!(output.status.success());
        let out = stdout_of(&output);
        let raw = |c: char| c.is_control() && c != '\t' && c != '\n';
        assert!(
            !out.chars()
                .any(|c| raw(c) || c == '\u{2028}' || c == '\u{2029}'),
            "{out}"
        );
        for escape in [
            "\\x1b",
            "\\x00",
            "\\x7f",
            "\\u{85}",
            "\\u{9b}",
            "\\u{2028}",
            "\\u{2029}",
        ] {
            assert!(out.contains(escape), "{format}: {escape} not in {out}");
        }
        assert!(out.contains("قال"));
    }
}

/// `sentences --format text` is one sentence per line, escaped as the
/// `text` rows of `tokenize` and `analyze` are: control characters, TAB and
/// backslash do not reach the output raw (a line break ends the sentence
/// anyway). `jsonl` keeps the text as it is, JSON-escaped.
#[test]
fn sentences_text_escapes_control_characters() {
    let input = "a\x1b[31mقال\x00نعم x\x7fy\tz\\w\u{85}b\u{9b}c\u{2028}d";
    let out = bin().arg("sentences").write_stdin(input).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        stdout_of(&out),
        "a\\x1b[31mقال\\x00نعم x\\x7fy\\tz\\\\w\nb\\u{9b}c\nd\n"
    );
    let out = bin()
        .args(["sentences", "--format", "jsonl"])
        .write_stdin("a\x1bb\tc\\")
        .output()
        .unwrap();
    assert_eq!(
        stdout_of(&out),
        "{\"file\":\"-\",\"start\":0,\"end\":6,\"text\":\"a\\u001bb\\tc\\\\\"}\n"
    );
}
