//! Throughput (MB/s) of arabic-text and of the crates a user would pick
//! instead, measured in the same run on the same bytes. Groups: `tokenize`,
//! `normalize`, `is_normalized`, `analyze`, `offsets`, `scaling`. Set `ARABIC_TEXT_CORPUS` to the
//! corpus folder (docs/data.md) to add the `corpus-*` inputs. Heavy peers (charabia,
//! HF tokenizers) are in `benches/peers/`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use arabic_text::{Normalizer, Tokenizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

#[path = "inputs.rs"]
mod inputs;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn configure<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g
}

fn tokenize(c: &mut Criterion) {
    let mut g = configure(c, "tokenize");
    for input in inputs::all(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("ours/tokenize", input.name),
            text,
            |b, t| b.iter(|| Tokenizer::new().tokenize(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("ours/segments", input.name),
            text,
            |b, t| b.iter(|| Tokenizer::new().segments(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/unicode_words", input.name),
            text,
            |b, t| b.iter(|| black_box(t).unicode_words().count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/split_word_bounds", input.name),
            text,
            |b, t| b.iter(|| black_box(t).split_word_bounds().count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/split_whitespace", input.name),
            text,
            |b, t| b.iter(|| black_box(t).split_whitespace().count()),
        );
    }
    g.finish();
}

fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

fn normalize(c: &mut Criterion) {
    let mut g = configure(c, "normalize");
    let search = Normalizer::search();
    let clean = Normalizer::clean();
    for input in inputs::all(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| search.normalize(black_box(t)).len())
        });
        g.bench_with_input(BenchmarkId::new("ours/clean", input.name), text, |b, t| {
            b.iter(|| clean.normalize(black_box(t)).len())
        });
        g.bench_with_input(BenchmarkId::new("peer/nfc", input.name), text, |b, t| {
            b.iter(|| black_box(t).nfc().collect::<String>().len())
        });
        g.bench_with_input(BenchmarkId::new("peer/nfkc", input.name), text, |b, t| {
            b.iter(|| black_box(t).nfkc().collect::<String>().len())
        });
        g.bench_with_input(
            BenchmarkId::new("peer/naive_strip", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    black_box(t)
                        .chars()
                        .filter(|&c| !is_diacritic(c))
                        .collect::<String>()
                        .len()
                })
            },
        );
    }
    g.finish();
}

fn is_normalized(c: &mut Criterion) {
    let mut g = configure(c, "is_normalized");
    let search = Normalizer::search();
    for input in inputs::all(root()) {
        // Already-normal text, so that both sides scan it all.
        let normal = search.normalize(&input.text).into_owned();
        let nfc: String = normal.nfc().collect();
        g.throughput(Throughput::Bytes(normal.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("ours/search", input.name),
            normal.as_str(),
            |b, t| b.iter(|| search.is_normalized(black_box(t))),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/is_nfc_quick", input.name),
            nfc.as_str(),
            |b, t| b.iter(|| unicode_normalization::is_nfc_quick(black_box(t).chars())),
        );
    }
    g.finish();
}

fn analyze(c: &mut Criterion) {
    let mut g = configure(c, "analyze");
    let lucene = arabic_text::ArabicAnalyzer::lucene();
    let search = arabic_text::ArabicAnalyzer::search();
    for input in inputs::all(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("ours/lucene", input.name), text, |b, t| {
            b.iter(|| lucene.analyze(black_box(t)).count())
        });
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| search.analyze(black_box(t)).count())
        });
    }
    g.finish();
}

/// Normalizing with an offset map, next to plain normalizing (issue 6).
fn offsets(c: &mut Criterion) {
    let mut g = configure(c, "offsets");
    let search = Normalizer::search();
    let clean = Normalizer::clean();
    for input in inputs::all(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        for (name, n) in [("search", &search), ("clean", &clean)] {
            g.bench_with_input(
                BenchmarkId::new(format!("ours/{name}"), input.name),
                text,
                |b, t| b.iter(|| n.normalize(black_box(t)).len()),
            );
            g.bench_with_input(
                BenchmarkId::new(format!("ours/{name}_with_offsets"), input.name),
                text,
                |b, t| {
                    b.iter(|| {
                        n.normalize_with_offsets(black_box(t))
                            .offsets()
                            .segment_count()
                    })
                },
            );
        }
        g.bench_with_input(
            BenchmarkId::new("ours/tokenize_normalized", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    Tokenizer::new()
                        .tokenize_normalized(&search, black_box(t))
                        .count()
                })
            },
        );
    }
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = configure(c, "scaling");
    let search = Normalizer::search();
    for input in inputs::scaling(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("ours/segments", input.name),
            text,
            |b, t| b.iter(|| Tokenizer::new().segments(black_box(t)).count()),
        );
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| search.normalize(black_box(t)).len())
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    tokenize,
    normalize,
    is_normalized,
    analyze,
    offsets,
    scaling
);
criterion_main!(benches);
