//! The command line: subcommands, options and their values (clap).

use std::path::PathBuf;

use arabic_text::{Flavour, Normalizer};
use clap::{Parser, Subcommand, ValueEnum};

use crate::help;

/// Tokenize, normalize and analyze Arabic (and mixed Arabic/Latin) text.
#[derive(Debug, Parser)]
#[command(name = "arabic-text", version, about, long_about = None)]
#[command(after_help = help::MAIN)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Normalize text for search (default) or display, writing it to stdout.
    #[command(after_help = help::NORMALIZE)]
    Normalize {
        /// Normalization preset.
        #[arg(long, value_enum, default_value_t = Preset::Search)]
        preset: Preset,
        /// Write JSON Lines with the offset map back to the input (see below).
        #[arg(long)]
        offsets: bool,
        /// Input options.
        #[command(flatten)]
        input: InputArgs,
    },
    /// Split text into tokens and print one per line with its byte offsets
    /// and kind.
    #[command(after_help = help::TOKENIZE)]
    Tokenize {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also print the whitespace segments (kind `space`), so that the
        /// printed texts concatenate back to the input.
        #[arg(long)]
        segments: bool,
        /// Input options.
        #[command(flatten)]
        input: InputArgs,
    },
    /// Analyze text into search index terms and print one per line with the
    /// byte offsets of its original token and its position.
    #[command(after_help = help::ANALYZE)]
    Analyze {
        /// Analysis chain.
        #[arg(long, value_enum, default_value_t = FlavourArg::Search)]
        flavour: FlavourArg,
        /// Stop word list replacing the bundled one (Lucene's): one word per
        /// line, UTF-8; blank lines, lines starting with `#` and text after
        /// `|` are ignored.
        #[arg(long, value_name = "FILE", conflicts_with = "no_stopwords")]
        stopwords: Option<PathBuf>,
        /// Use no stop list: every word gives a term.
        #[arg(long)]
        no_stopwords: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Input options.
        #[command(flatten)]
        input: InputArgs,
    },
    /// Split text into sentences and print one per line.
    #[command(after_help = help::SENTENCES)]
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value_t = SentenceFormat::Text)]
        format: SentenceFormat,
        /// Input options.
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print a shell completion script to stdout.
    #[command(after_help = help::COMPLETIONS)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The options every text-processing subcommand takes.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of failing (offsets then
    /// count bytes of the decoded text).
    #[arg(long)]
    pub lossy: bool,
    /// Process only this TAB-separated column (from 1) of each line; offsets
    /// are then relative to the field, and rows carry the line number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub field: Option<u32>,
    /// Worker threads (default: the number of cores; at most 64, a larger N
    /// is taken as 64); the output is the same for every N.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Never show a progress bar.
    #[arg(short, long)]
    pub quiet: bool,
    /// Read size in bytes before looking for a chunk boundary (for testing).
    #[arg(long, hide = true, default_value_t = 64 * 1024)]
    pub chunk_size: usize,
    /// Bytes held without a preferred cut before other safe cuts are looked
    /// for; four times this forces a cut (for testing).
    #[arg(long, hide = true, default_value_t = 256 * 1024)]
    pub max_hold: usize,
    /// Input files, read in order; stdin when none is given or for `-`.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// `normalize --preset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Preset {
    /// Fold everything a search index should fold (`Normalizer::search`).
    Search,
    /// Meaning-preserving cleanup for display and storage (`Normalizer::clean`).
    Clean,
    /// Exactly Lucene's ArabicNormalizer (`Normalizer::lucene`).
    Lucene,
}

impl Preset {
    /// The library's normalizer for this preset.
    pub fn normalizer(self) -> Normalizer {
        match self {
            Preset::Search => Normalizer::search(),
            Preset::Clean => Normalizer::clean(),
            Preset::Lucene => Normalizer::lucene(),
        }
    }
}

/// `analyze --flavour`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FlavourArg {
    /// This crate's search normalizer, then Lucene's stemmer (recommended).
    Search,
    /// Lucene's ArabicAnalyzer chain, exactly.
    Lucene,
}

impl From<FlavourArg> for Flavour {
    fn from(f: FlavourArg) -> Self {
        match f {
            FlavourArg::Search => Flavour::Search,
            FlavourArg::Lucene => Flavour::Lucene,
        }
    }
}

/// `tokenize --format` and `analyze --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns, for reading.
    Text,
    /// Tab-separated columns, with the text escaped.
    Tsv,
    /// One JSON object per line.
    Jsonl,
}

/// `sentences --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SentenceFormat {
    /// The sentence alone.
    Text,
    /// One JSON object per sentence, with its byte span.
    Jsonl,
}
