//! How big offset maps are: for each file, the segments and bytes of the
//! [`OffsetMap`](arabic_text::OffsetMap) of `Normalizer::search()` and
//! `Normalizer::clean()`, per MB of input.
//!
//! ```text
//! cargo run --release --example offset_map_size -- seeds/*.txt data/corpus/tanzil_quran/quran-uthmani.txt
//! ```

use std::process::ExitCode;

use arabic_text::Normalizer;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: offset_map_size FILE...");
        return ExitCode::FAILURE;
    }
    println!("| file | input bytes | preset | segments | map bytes | map bytes per MB |");
    println!("|---|---|---|---|---|---|");
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        for (preset, n) in [
            ("search", Normalizer::search()),
            ("clean", Normalizer::clean()),
        ] {
            let nwo = n.normalize_with_offsets(&text);
            let segments = nwo.offsets().segment_count();
            let bytes = nwo.offsets().memory_usage();
            let per_mb = bytes as f64 * 1_048_576.0 / text.len().max(1) as f64;
            println!(
                "| {file} | {} | {preset} | {segments} | {bytes} | {per_mb:.0} |",
                text.len()
            );
        }
    }
    ExitCode::SUCCESS
}
