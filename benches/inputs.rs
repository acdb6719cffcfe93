//! Benchmark inputs, shared by `benches/throughput.rs` and `benches/peers/`:
//!
//! - `seed-tiny`: the seed article(s) as they are;
//! - `seed-small`: the seed articles repeated to about 256 KB;
//! - `corpus-news`, `corpus-tashkeela`, `corpus-quran`, `corpus-tweets`: real
//!   files under `$ARABIC_TEXT_CORPUS` (the project's `data/corpus`),
//!   loaded only when that variable is set and skipped quietly otherwise.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One named input text.
pub struct Input {
    pub name: &'static str,
    pub text: String,
}

/// The seed articles under `seeds/`, in name order, joined by blank lines.
pub fn seed(root: &Path) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("seeds"))
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed is UTF-8"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `text` repeated (whole, joined by newlines) to at least `bytes` bytes.
pub fn repeat_to(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len() + 1);
    while out.len() < bytes {
        out.push_str(text);
        out.push('\n');
    }
    out
}

fn corpus_file(dir: &Path, rel: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(rel)).ok()
}

/// Every input: the seeds always, the corpus files when
/// `ARABIC_TEXT_CORPUS` names a folder that has them.
pub fn all(root: &Path) -> Vec<Input> {
    let seed = seed(root);
    let mut inputs = vec![
        Input {
            name: "seed-small",
            text: repeat_to(&seed, 256 * 1024),
        },
        Input {
            name: "seed-tiny",
            text: seed,
        },
    ];
    if let Some(dir) = std::env::var_os("ARABIC_TEXT_CORPUS").map(PathBuf::from) {
        let news: Vec<String> = [
            "saudinewsnet/saudinewsnet_2015-07-23.txt",
            "saudinewsnet/saudinewsnet_2015-08-01.txt",
        ]
        .iter()
        .filter_map(|rel| corpus_file(&dir, rel))
        .collect();
        if !news.is_empty() {
            inputs.push(Input {
                name: "corpus-news",
                text: news.join("\n"),
            });
        }
        for (name, rel) in [
            ("corpus-tashkeela", "tashkeela_fadel/test.txt"),
            ("corpus-quran", "tanzil_quran/quran-uthmani.txt"),
            ("corpus-tweets", "astd/Tweets.txt"),
        ] {
            if let Some(text) = corpus_file(&dir, rel) {
                inputs.push(Input { name, text });
            }
        }
    }
    inputs
}

/// About 1 MB of `unit` repeated.
fn mb_of(unit: &str) -> String {
    unit.repeat((1 << 20) / unit.len().max(1) + 1)
}

/// `String::from_utf8_lossy` of 1 MB of pseudo-random bytes (a fixed
/// xorshift seed, so every run reads the same text).
fn random_bytes_lossy() -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Linear-time inputs: one size at 1×, 10× and 100×, and the worst cases
/// of BENCHMARKS.md's targets, about 1 MB each: one letter carrying 1 MB of diacritics, a
/// letter with 1,000 marks over and over, mixed quotes, text without a
/// space, ﷺ with and without spaces, letter + ZWJ + emoji, random bytes
/// decoded lossily, and `www.` over and over.
pub fn scaling(root: &Path) -> Vec<Input> {
    let seed = seed(root);
    let unit = &seed[..seed
        .char_indices()
        .map(|(i, _)| i)
        .take_while(|&i| i <= 4096)
        .last()
        .unwrap_or(0)];
    let mb = 1 << 20;
    let mut marks = String::from("ب");
    while marks.len() < mb {
        marks.push_str("\u{064E}\u{0651}\u{064B}\u{0652}");
    }
    let no_space: String = repeat_to("كلمة،وكلمة«أخرى»؛", mb).replace('\n', "");
    let letter_marks = format!("ب{} ", "\u{064E}".repeat(1000));
    let named = |name: &'static str, text: String| Input { name, text };
    vec![
        named("seed-4k-x1", unit.to_owned()),
        named("seed-4k-x10", unit.repeat(10)),
        named("seed-4k-x100", unit.repeat(100)),
        named("seed-1mb", repeat_to(&seed, mb)),
        named("diacritics-1mb", marks),
        named("letter-1000-marks-1mb", mb_of(&letter_marks)),
        named("quotes-1mb", "«»“”\"'‹›„".repeat(mb / 20)),
        named("no-space-1mb", no_space),
        named("salawat-1mb", "ﷺ".repeat(mb / 3)),
        named("salawat-spaced-1mb", mb_of("ﷺ ")),
        named("zwj-emoji-1mb", mb_of("ب\u{200D}😂 ")),
        named("random-lossy-1mb", random_bytes_lossy()),
        named("www-1mb", mb_of("www.")),
    ]
}
