//! Throughput (MB/s) of arabic-text against the heavy peers, charabia,
//! Hugging Face tokenizers and tantivy, in one run on the inputs of the main
//! suite (`benches/inputs.rs`), under the same group names (`tokenize`,
//! `normalize`, `analyze`) so the reports can be read side by side. Set
//! `ARABIC_TEXT_CORPUS` to the shared corpus folder to add the `corpus-*`
//! inputs.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use arabic_text::tantivy::ArabicTokenizer;
use arabic_text::{ArabicAnalyzer, Normalizer};
use charabia::{Segment, Tokenize};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tantivy::tokenizer::{
    Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer, TokenStream as _,
};
use tokenizers::normalizers::{Sequence, StripAccents, NFKC};
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::{
    NormalizedString, Normalizer as _, OffsetReferential, OffsetType, PreTokenizedString,
    PreTokenizer as _,
};

#[path = "../../inputs.rs"]
mod inputs;

/// The main crate's folder, where `seeds/` is.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn configure<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g
}

/// NFKC then StripAccents, as a Hugging Face normalizer sequence.
fn hf_normalizer() -> Sequence {
    Sequence::new(vec![NFKC.into(), StripAccents.into()])
}

fn tokenize(c: &mut Criterion) {
    let mut g = configure(c, "tokenize");
    let hf = hf_normalizer();
    for input in inputs::all(&root()) {
        let text = input.text.as_str();
        // charabia builds some tables lazily: pay for them outside the timing.
        text.tokenize().count();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("ours/tokenize", input.name),
            text,
            |b, t| b.iter(|| arabic_text::tokenize(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/charabia_tokenize", input.name),
            text,
            |b, t| b.iter(|| black_box(t).tokenize().count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/charabia_segment", input.name),
            text,
            |b, t| b.iter(|| black_box(t).segment_str().count()),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/hf_bert_pretokenize", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    let mut pre = PreTokenizedString::from(black_box(t));
                    pre.normalize(|n| hf.normalize(n)).unwrap();
                    BertPreTokenizer.pre_tokenize(&mut pre).unwrap();
                    pre.get_splits(OffsetReferential::Original, OffsetType::Byte)
                        .len()
                })
            },
        );
    }
    g.finish();
}

fn normalize(c: &mut Criterion) {
    let mut g = configure(c, "normalize");
    let search = Normalizer::search();
    let hf = hf_normalizer();
    for input in inputs::all(&root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| search.normalize(black_box(t)).len())
        });
        g.bench_with_input(
            BenchmarkId::new("peer/hf_nfkc_strip_accents", input.name),
            text,
            |b, t| {
                b.iter(|| {
                    let mut n = NormalizedString::from(black_box(t));
                    hf.normalize(&mut n).unwrap();
                    n.get().len()
                })
            },
        );
    }
    g.finish();
}

/// A token count through a tantivy `TextAnalyzer`, as tantivy's indexer
/// reads it.
fn tantivy_tokens(analyzer: &mut TextAnalyzer, text: &str) -> usize {
    let mut stream = analyzer.token_stream(text);
    let mut n = 0;
    while stream.advance() {
        n += 1;
    }
    n
}

/// Search analysis: ours next to what a tantivy user gets for Arabic.
fn analyze(c: &mut Criterion) {
    let mut g = configure(c, "analyze");
    let analyzer = ArabicAnalyzer::search();
    let mut ours = TextAnalyzer::from(ArabicTokenizer::search());
    let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Arabic))
        .build();
    let mut simple = TextAnalyzer::from(SimpleTokenizer::default());
    for input in inputs::all(&root()) {
        let text = input.text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("ours/search", input.name), text, |b, t| {
            b.iter(|| analyzer.analyze(black_box(t)).count())
        });
        g.bench_with_input(
            BenchmarkId::new("ours/tantivy_search", input.name),
            text,
            |b, t| b.iter(|| tantivy_tokens(&mut ours, black_box(t))),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/tantivy_arabic", input.name),
            text,
            |b, t| b.iter(|| tantivy_tokens(&mut theirs, black_box(t))),
        );
        g.bench_with_input(
            BenchmarkId::new("peer/tantivy_simple_tokenizer", input.name),
            text,
            |b, t| b.iter(|| tantivy_tokens(&mut simple, black_box(t))),
        );
    }
    g.finish();
}

criterion_group!(benches, tokenize, normalize, analyze);
criterion_main!(benches);
