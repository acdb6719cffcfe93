//! Throughput (MB/s) of arabic-text and of the crates a user would pick
//! instead, measured in the same run on the same bytes. Groups: `tokenize`,
//! `normalize`, `strip` (the one-line jobs: a regex or a `chars().filter()`
//! against the same job as a `Normalizer` and the free functions),
//! `is_normalized`, `analyze`, `offsets`, `scaling` (the worst cases). Set
//! `ARABIC_TEXT_CORPUS` to the corpus folder (docs/data.md) to add the
//! `corpus-*` inputs. Heavy peers (charabia, HF tokenizers, tantivy) are in
//! `benches/peers/`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use arabic_text::{Diacritics, Normalizer, Tokenizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use stringzilla::sz::StringZillableUnary;
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
        g.bench_with_input(
            BenchmarkId::new("peer/memchr_split", input.name),
            text,
            |b, t| b.iter(|| memchr_words(black_box(t))),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/stringzilla_split", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    black_box(t)
                        .sz_utf8_split_whitespaces()
                        .skip_empty()
                        .count()
                })
            },
        );
    }
    g.finish();
}

/// The words between ASCII spaces, tabs and line breaks, found with
/// `memchr3` (what a user who wants bytes-fast splitting writes).
fn memchr_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut start = 0;
    for end in memchr::memchr3_iter(b' ', b'\n', b'\t', bytes).chain([bytes.len()]) {
        words += usize::from(end > start);
        start = end + 1;
    }
    words
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

/// The job of the naive one-liners (BENCHMARKS.md, "Targets"): tashkeel U+064B–U+0652 and
/// tatweel U+0640.
fn is_tashkeel_or_tatweel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}')
}

/// The code points of [`Diacritics::ALL`], as a user would write them.
fn is_any_diacritic(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06E5}'..='\u{06E6}'
        | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{0897}'..='\u{089F}'
        | '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' | '\u{10EFC}'..='\u{10EFF}')
}

fn naive(text: &str, drop: fn(char) -> bool) -> usize {
    text.chars().filter(|&c| !drop(c)).collect::<String>().len()
}

/// The one-line jobs: each `ours/*` does exactly the job of the `peer/*`
/// rows of the same name stem.
fn strip(c: &mut Criterion) {
    let mut g = configure(c, "strip");
    let job = Normalizer::new().strip_tatweel(true).strip_diacritics(
        Diacritics::TANWEEN
            .union(Diacritics::HARAKAT)
            .union(Diacritics::SHADDA)
            .union(Diacritics::SUKUN),
    );
    let regex = regex::Regex::new("[\u{064B}-\u{0652}\u{0640}]").expect("valid regex");
    for input in inputs::all(root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("ours/job", input.name), text, |b, t| {
            b.iter(|| job.normalize(black_box(t)).len())
        });
        g.bench_with_input(
            BenchmarkId::new("peer/job_regex", input.name),
            text,
            |b, t| b.iter(|| regex.replace_all(black_box(t), "").len()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/job_naive", input.name),
            text,
            |b, t| b.iter(|| naive(black_box(t), is_tashkeel_or_tatweel)),
        );
        g.bench_with_input(
            BenchmarkId::new("ours/strip_diacritics", input.name),
            text,
            |b, t| b.iter(|| arabic_text::strip_diacritics(black_box(t)).len()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/strip_diacritics_naive", input.name),
            text,
            |b, t| b.iter(|| naive(black_box(t), is_any_diacritic)),
        );
        g.bench_with_input(
            BenchmarkId::new("ours/strip_tatweel", input.name),
            text,
            |b, t| b.iter(|| arabic_text::strip_tatweel(black_box(t)).len()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/strip_tatweel_naive", input.name),
            text,
            |b, t| b.iter(|| naive(black_box(t), |c| c == '\u{0640}')),
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

/// Normalizing with an offset map, next to plain normalizing.
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

/// The worst cases (the target is each within 3× of the seed's MB/s,
/// `seed-1mb` here, for the same operation).
fn scaling(c: &mut Criterion) {
    let mut g = configure(c, "scaling");
    let search = Normalizer::search();
    let clean = Normalizer::clean();
    for input in inputs::scaling(root()) {
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
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| search.normalize(black_box(t)).len())
        });
        g.bench_with_input(BenchmarkId::new("ours/clean", input.name), text, |b, t| {
            b.iter(|| clean.normalize(black_box(t)).len())
        });
        g.bench_with_input(
            BenchmarkId::new("ours/search_with_offsets", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    search
                        .normalize_with_offsets(black_box(t))
                        .offsets()
                        .segment_count()
                })
            },
        );
    }
    g.finish();
}

criterion_group!(
    benches,
    tokenize,
    normalize,
    strip,
    is_normalized,
    analyze,
    offsets,
    scaling
);
criterion_main!(benches);
