//! One operation over one file, for instruction counts with callgrind
//! (`scripts/callgrind.sh` runs it for every operation and input; BENCHMARKS.md).
//!
//! ```sh
//! cargo build --release --example ir
//! valgrind --tool=callgrind target/release/examples/ir search FILE 10
//! ```
//!
//! Operations: `tokenize`, `segments`, `sentences`, `search`, `clean`,
//! `lucene`, `is_normalized` (of the `search` output), `offsets`
//! (`search` with an offset map), `job` (tashkeel U+064B–U+0652 and
//! tatweel), `strip_diacritics`, `strip_tatweel`, `analyze`
//! (`ArabicAnalyzer::search`), `analyze_lucene`, and `read` (nothing: the
//! cost of reading the file, to subtract).
//!
//! `ir write-worst DIR` writes the worst-case inputs of the benchmarks'
//! `scaling` group (`benches/inputs.rs`) to `DIR/NAME.txt`, one file each.

use std::hint::black_box;
use std::process::ExitCode;

use arabic_text::{ArabicAnalyzer, Diacritics, Normalizer, Tokenizer};

#[path = "../benches/inputs.rs"]
mod inputs;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(op), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: ir OPERATION FILE [REPEATS]");
        return ExitCode::from(2);
    };
    if op == "write-worst" {
        return write_worst(path);
    }
    let repeats: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("ir: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let search = Normalizer::search();
    let normal = search.normalize(&text).into_owned();
    let job = Normalizer::new().strip_tatweel(true).strip_diacritics(
        Diacritics::TANWEEN
            .union(Diacritics::HARAKAT)
            .union(Diacritics::SHADDA)
            .union(Diacritics::SUKUN),
    );
    let analyzer = ArabicAnalyzer::search();
    let lucene = ArabicAnalyzer::lucene();
    let t = text.as_str();
    let mut total = 0usize;
    for _ in 0..repeats {
        total += match op.as_str() {
            "tokenize" => arabic_text::tokenize(black_box(t)).count(),
            "segments" => Tokenizer::new().segments(black_box(t)).count(),
            "sentences" => arabic_text::sentences(black_box(t)).count(),
            "search" => search.normalize(black_box(t)).len(),
            "clean" => Normalizer::clean().normalize(black_box(t)).len(),
            "lucene" => Normalizer::lucene().normalize(black_box(t)).len(),
            "is_normalized" => usize::from(search.is_normalized(black_box(&normal))),
            "offsets" => search
                .normalize_with_offsets(black_box(t))
                .offsets()
                .segment_count(),
            "job" => job.normalize(black_box(t)).len(),
            "strip_diacritics" => arabic_text::strip_diacritics(black_box(t)).len(),
            "strip_tatweel" => arabic_text::strip_tatweel(black_box(t)).len(),
            "analyze" => analyzer.analyze(black_box(t)).count(),
            "analyze_lucene" => lucene.analyze(black_box(t)).count(),
            "read" => black_box(t).len(),
            _ => {
                eprintln!("ir: unknown operation {op:?}");
                return ExitCode::from(2);
            }
        };
    }
    println!("{total}");
    ExitCode::SUCCESS
}

/// The `scaling` inputs that are not the seed itself, one file each.
fn write_worst(dir: &str) -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for input in inputs::scaling(root) {
        if input.name.starts_with("seed-") {
            continue;
        }
        let path = std::path::Path::new(dir).join(format!("{}.txt", input.name));
        if let Err(e) = std::fs::write(&path, input.text) {
            eprintln!("ir: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
