//! `arabic-text`: stream Arabic text through the `arabic-text` tokenizer,
//! normalizer or analyzer (DESIGN §7).
//!
//! Input is read in chunks cut at safe boundaries, so memory stays bounded
//! (chunk size + longest token) whatever the size of the input. Every error is
//! reported as `arabic-text: FILE: message` on stderr; the remaining files are
//! still processed and the exit status is 1. A closed stdout (`| head`) ends
//! the program quietly with status 0.

use std::borrow::Cow;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use arabic_text::stream::{chunk_boundary, normalize_boundary, ChunkReader, StreamError};
use arabic_text::{ArabicAnalyzer, Flavour, Normalizer, TokenKind, Tokenizer, TokenizerState};
use clap::{Parser, Subcommand, ValueEnum};

/// Tokenize, normalize and analyze Arabic (and mixed Arabic/Latin) text.
#[derive(Debug, Parser)]
#[command(name = "arabic-text", version, about, long_about = None)]
#[command(after_help = "\
Input is streamed in chunks cut at safe boundaries: memory stays small \
whatever the size of the input. Invalid UTF-8 is an error naming the file and \
the byte offset (exit status 1) unless --lossy is given; a missing or \
unreadable FILE is reported and the other files are still processed (exit \
status 1).")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Normalize text for search (default) or display, writing it to stdout.
    #[command(after_help = "\
Presets:
  search  NFKC, presentation forms mapped to plain letters, invisible controls, \
tatweel and every diacritic removed, Persian letters, alef forms, alef maksura \
and teh marbuta folded (hamza carriers kept), ASCII digits, punctuation and \
quotes, whitespace collapsed.
  clean   NFC, presentation forms mapped to plain letters, controls removed (ZWNJ kept \
inside words), tatweel removed, whitespace collapsed; tashkeel and letters \
kept.
  lucene  exactly Lucene's ArabicNormalizer: آ أ إ to ا, ى to ي, ة to ه, tatweel \
and tanween, harakat, shadda, sukun removed; nothing else.

The output of all FILEs is concatenated. Invalid UTF-8 stops a file after \
everything before the invalid byte has been written, with an error giving its \
UTF-8 byte offset in that file (exit status 1); --lossy replaces it with \
U+FFFD instead.

With --offsets, the output is JSON Lines: one object per line of input (a \
long line may be split, at safe cuts, into several objects; where depends on \
the read buffer), {\"file\", \"original\": [start, end], \"normalized\": [start, \
end], \"text\", \"segments\"}. \"text\" is that line normalized, line break \
included; concatenated, the texts are the normal output. Offsets are UTF-8 \
byte offsets (encode before slicing in Python) into the file and into its \
normalized text; ranges are [start, end). Each segment is [normalized start, \
normalized end, original start, original end, kind]. \"aligned\": byte for \
byte over the normalized range; original bytes beyond it were deleted and \
belong to the character before them (a range ending at the segment's end \
takes them), except after a deleted space, where they belong to no character \
(such a segment has an empty normalized range). \"replaced\": the ranges map \
as a whole (ﷺ, digits, compositions). An object with no segments maps byte \
for byte: its offsets differ by the two starts only.")]
    Normalize {
        /// Normalization preset.
        #[arg(long, value_enum, default_value_t = Preset::Search)]
        preset: Preset,
        /// Write JSON Lines with the offset map back to the input (see below).
        #[arg(long)]
        offsets: bool,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Split text into tokens and print one per line with its byte offsets
    /// and kind.
    #[command(after_help = TOKENIZE_HELP)]
    Tokenize {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also print the whitespace segments (kind `space`), so that the
        /// printed texts concatenate back to the input.
        #[arg(long)]
        segments: bool,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Analyze text into search index terms and print one per line with the
    /// byte offsets of its original token and its position.
    #[command(after_help = ANALYZE_HELP)]
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
        #[command(flatten)]
        input: InputArgs,
    },
    /// Split text into sentences and print one per line.
    #[command(after_help = SENTENCES_HELP)]
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value_t = SentenceFormat::Text)]
        format: SentenceFormat,
        #[command(flatten)]
        input: InputArgs,
    },
}

const SENTENCES_HELP: &str = "\
A sentence ends after . ! ? ؟ ۔ … (with the closing quotes and brackets \
after them) and at every line break, even with no space after the mark; \
never inside a number, URL, e-mail address or abbreviation (U.S., أ.د.).

Formats (one sentence per line, without the whitespace around it; blank \
lines give none):
  text   the sentence
  jsonl  {\"file\":NAME,\"start\":START,\"end\":END,\"text\":TEXT}, START and END \
being UTF-8 byte offsets into the FILE (or stdin), END exclusive.

Input is cut into chunks only after line feeds, so a line is held whole.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SentenceFormat {
    /// The sentence alone.
    Text,
    /// One JSON object per sentence, with its byte span.
    Jsonl,
}

const TOKENIZE_HELP: &str = "\
Formats (one token per line):
  text   START..END KIND TEXT in aligned columns, for reading, e.g.
               12..20       word:arabic         إدلب
  tsv    START<TAB>END<TAB>KIND<TAB>TEXT
  jsonl  {\"file\":NAME,\"start\":START,\"end\":END,\"kind\":KIND,\"text\":TEXT}
         (NAME is the FILE as given, or \"-\" for stdin)
In text and tsv, TAB, LF, CR and backslash in TEXT are written as \\t \\n \\r \\\\.

KIND is one of word:arabic word:latin word:other number punct:comma \
punct:semicolon punct:colon punct:full-stop punct:question punct:exclamation \
punct:ellipsis punct:dash punct:open-bracket punct:close-bracket punct:other \
quote:open quote:close quote:ambiguous symbol other url email hashtag \
mention, and space with --segments.

Offsets are UTF-8 byte offsets into each input, counted from 0 for every FILE \
(or stdin); START is inclusive and END exclusive. With --lossy, offsets count \
bytes of the decoded text, in which every invalid sequence became U+FFFD \
(3 bytes).

Invalid UTF-8 stops a file after the tokens before the invalid byte have been \
printed (exit status 1); --lossy replaces it with U+FFFD instead.";

const ANALYZE_HELP: &str = "\
Flavours:
  search  this crate's search normalizer (NFKC; ٱ, superscript alef, Persian \
letters and every diacritic folded), stop words compared after it, then \
Lucene's stemmer on Arabic words; recommended. Terms come from the word and \
number tokens of `tokenize`.
  lucene  Lucene's new ArabicAnalyzer(), exactly: StandardTokenizer's words \
(`#غزة_تحت_النار`, `2015م` and `قال:لبث` stay whole), lower case, decimal \
digits, stop words, ArabicNormalizationFilter, ArabicStemFilter.

A stop word, or a token that analyzes to nothing (such as U+FC5E under \
search), gives no term; under lucene a lone tatweel gives an empty term, as \
in Lucene.

Formats (one term per line):
  text   START..END POSITION TERM in aligned columns, for reading, e.g.
               108..116      10       ادلب
  tsv    START<TAB>END<TAB>POSITION<TAB>TERM
  jsonl  {\"file\":NAME,\"start\":START,\"end\":END,\"position\":POSITION,\"text\":TERM}
         (NAME is the FILE as given, or \"-\" for stdin)
In text and tsv, TAB, LF, CR and backslash in TERM are written as \\t \\n \\r \\\\.

START..END locates the original token the term comes from: UTF-8 byte \
offsets into each input, counted from 0 for every FILE (or stdin); START is \
inclusive and END exclusive. With --lossy, offsets count bytes of the decoded \
text, in which every invalid sequence became U+FFFD (3 bytes). POSITION is \
the token's index among the word and number tokens of its FILE (under \
lucene, StandardTokenizer's tokens), from 0: stop words and empty terms leave \
gaps, as in Lucene.

Stop words: Lucene's Arabic list (119 words, by Jacques Savoy, BSD license) \
unless --stopwords FILE replaces it or --no-stopwords turns it off. FILE has \
one word per line, UTF-8; blank lines, lines starting with # and text after | \
are ignored, so Lucene's and Snowball's stop word files work as they are. \
Under lucene, words are matched after lower-casing and digit folding, before \
normalization; under search, after normalization (so فِي and فى are stopped \
as في is). A missing, unreadable or invalid stop word file is an error (exit \
status 1) before any input is read.

Invalid UTF-8 stops a file after the terms before the invalid byte have been \
printed (exit status 1); --lossy replaces it with U+FFFD instead.";

#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of failing (offsets then
    /// count bytes of the decoded text).
    #[arg(long)]
    lossy: bool,
    /// Read size in bytes before looking for a chunk boundary (for testing).
    #[arg(long, hide = true, default_value_t = 64 * 1024)]
    chunk_size: usize,
    /// Input files, read in order; stdin when none is given or for `-`.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Preset {
    /// Fold everything a search index should fold (`Normalizer::search`).
    Search,
    /// Meaning-preserving cleanup for display and storage (`Normalizer::clean`).
    Clean,
    /// Exactly Lucene's ArabicNormalizer (`Normalizer::lucene`).
    Lucene,
}

impl Preset {
    fn normalizer(self) -> Normalizer {
        match self {
            Preset::Search => Normalizer::search(),
            Preset::Clean => Normalizer::clean(),
            Preset::Lucene => Normalizer::lucene(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FlavourArg {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Aligned columns, for reading.
    Text,
    /// Tab-separated columns, with the text escaped.
    Tsv,
    /// One JSON object per line.
    Jsonl,
}

/// Why processing one input stopped early.
enum Failure {
    /// The input could not be read or decoded: report it and go on.
    Input(String),
    /// Writing to stdout failed: stop everything.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let input = match &cli.command {
        Command::Normalize { input, .. }
        | Command::Tokenize { input, .. }
        | Command::Analyze { input, .. }
        | Command::Sentences { input, .. } => input,
    };
    // Built once, before any input is read: a bad stop word file is fatal.
    let analyzer = match &cli.command {
        Command::Analyze {
            flavour,
            stopwords,
            no_stopwords,
            ..
        } => {
            let analyzer = ArabicAnalyzer::new((*flavour).into());
            match stopwords {
                None if *no_stopwords => Some(analyzer.without_stopwords()),
                None => Some(analyzer),
                Some(path) => match read_stopwords(path) {
                    Ok(words) => Some(analyzer.with_stopwords(words)),
                    Err(message) => {
                        report(&format!("stop word file {}: {message}", path.display()));
                        return ExitCode::FAILURE;
                    }
                },
            }
        }
        Command::Normalize { .. } | Command::Tokenize { .. } | Command::Sentences { .. } => None,
    };
    let stdin_only = [PathBuf::from("-")];
    let files: &[PathBuf] = if input.files.is_empty() {
        &stdin_only
    } else {
        &input.files
    };

    let mut status = ExitCode::SUCCESS;
    for path in files {
        let name = if path.as_os_str() == OsStr::new("-") {
            Cow::Borrowed("-")
        } else {
            path.to_string_lossy()
        };
        let result = open(path).and_then(|reader| {
            let reader = ChunkReader::new(reader)
                .lossy(input.lossy)
                .chunk_size(input.chunk_size);
            match &cli.command {
                Command::Normalize {
                    preset,
                    offsets: false,
                    ..
                } => normalize(reader, *preset, &mut out),
                Command::Normalize {
                    preset,
                    offsets: true,
                    ..
                } => normalize_offsets(reader, *preset, &name, &mut out),
                Command::Tokenize {
                    format, segments, ..
                } => tokenize(reader, *format, *segments, &name, &mut out),
                Command::Sentences { format, .. } => sentences(reader, *format, &name, &mut out),
                Command::Analyze { format, .. } => {
                    let analyzer = analyzer.as_ref().expect("built for analyze");
                    analyze(reader, analyzer, *format, &name, &mut out)
                }
            }
        });
        match result {
            Ok(()) => {}
            Err(Failure::Input(message)) => {
                // Everything valid before the error goes out first.
                if let Err(e) = out.flush() {
                    return write_failed(&e);
                }
                report(&format!("{name}: {message}"));
                status = ExitCode::FAILURE;
            }
            Err(Failure::Output(e)) => return write_failed(&e),
        }
    }
    if let Err(e) = out.flush() {
        return write_failed(&e);
    }
    status
}

/// Opens `path` for reading, `-` being stdin.
fn open(path: &Path) -> Result<Box<dyn Read>, Failure> {
    if path.as_os_str() == OsStr::new("-") {
        Ok(Box::new(io::stdin().lock()))
    } else {
        match File::open(path) {
            Ok(f) => Ok(Box::new(f)),
            Err(e) => Err(Failure::Input(io_message(&e))),
        }
    }
}

/// A write to stdout failed: quietly succeed when the reader went away
/// (`| head`), otherwise report it.
fn write_failed(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        report(&format!("write error: {}", io_message(e)));
        ExitCode::FAILURE
    }
}

fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "arabic-text: {message}");
}

/// An I/O error's message without the " (os error N)" suffix.
fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) if s.ends_with(')') => s[..i].to_owned(),
        _ => s,
    }
}

fn stream_failure(e: StreamError) -> Failure {
    match e {
        StreamError::Io(e) => Failure::Input(io_message(&e)),
        other => Failure::Input(other.to_string()),
    }
}

fn normalize<R: Read, W: Write>(
    mut reader: ChunkReader<R>,
    preset: Preset,
    out: &mut W,
) -> Result<(), Failure> {
    let n = preset.normalizer();
    while let Some(chunk) = reader
        .next_chunk(|t| normalize_boundary(&n, t))
        .map_err(stream_failure)?
    {
        out.write_all(n.normalize(chunk).as_bytes())?;
    }
    Ok(())
}

/// `normalize --offsets`: one JSON object per line (or per chunk of a long
/// line), with absolute offsets into the file and into its normalized text.
fn normalize_offsets<R: Read, W: Write>(
    mut reader: ChunkReader<R>,
    preset: Preset,
    name: &str,
    out: &mut W,
) -> Result<(), Failure> {
    let n = preset.normalizer();
    let file = json_string(name)?;
    let mut normalized_base = 0u64;
    let mut line = Vec::new();
    loop {
        let mut original_base = reader.offset();
        let Some(chunk) = reader
            .next_chunk(|t| normalize_boundary(&n, t))
            .map_err(stream_failure)?
        else {
            return Ok(());
        };
        // After a line feed is a safe cut: lines normalize on their own.
        for piece in chunk.split_inclusive('\n') {
            let nwo = n.normalize_with_offsets(piece);
            let (o, m) = (original_base, normalized_base);
            let to = |v: usize| v as u64;
            line.clear();
            write!(
                line,
                "{{\"file\":{file},\"original\":[{o},{}],\"normalized\":[{m},{}],\"text\":{},\"segments\":[",
                o + to(piece.len()),
                m + to(nwo.text().len()),
                json_string(nwo.text())?,
            )?;
            for (i, seg) in nwo.offsets().segments().enumerate() {
                let (nr, or) = (seg.normalized(), seg.original());
                write!(
                    line,
                    "{}[{},{},{},{},\"{}\"]",
                    if i == 0 { "" } else { "," },
                    m + to(nr.start),
                    m + to(nr.end),
                    o + to(or.start),
                    o + to(or.end),
                    seg.kind().as_str()
                )?;
            }
            line.extend_from_slice(b"]}\n");
            out.write_all(&line)?;
            original_base += to(piece.len());
            normalized_base += to(nwo.text().len());
        }
    }
}

/// A [`chunk_boundary`] that is not next to a U+202F NARROW NO-BREAK SPACE:
/// it is white space, yet UAX #29 (ExtendNumLet) and Lucene's
/// StandardTokenizer, which the lucene flavour reproduces, join the words
/// around it. 0 when there is no such cut.
fn word_boundary(text: &str) -> usize {
    let mut end = text.len();
    loop {
        let p = chunk_boundary(&text[..end]);
        if p == 0 || !(text[..p].ends_with('\u{202F}') || text[p..].starts_with('\u{202F}')) {
            return p;
        }
        // Look for an earlier cut, before the character ending at p.
        end = text[..p].char_indices().next_back().map_or(0, |(i, _)| i);
    }
}

/// Hands every chunk of `reader`, cut at a [`word_boundary`] (so that its
/// tokens, and its Lucene flavour terms, are those of the whole input), to
/// `each` with its byte offset in the input.
fn for_each_token_chunk<R: Read>(
    mut reader: ChunkReader<R>,
    mut each: impl FnMut(u64, &str) -> Result<(), Failure>,
) -> Result<(), Failure> {
    loop {
        // Byte offset of the chunk about to be read.
        let base = reader.offset();
        let Some(chunk) = reader.next_chunk(word_boundary).map_err(stream_failure)? else {
            return Ok(());
        };
        each(base, chunk)?;
    }
}

/// `s` as a JSON string literal (the file name is serialized once per file).
fn json_string(s: &str) -> io::Result<String> {
    Ok(serde_json::to_string(s)?)
}

fn tokenize<R: Read, W: Write>(
    reader: ChunkReader<R>,
    format: Format,
    segments: bool,
    name: &str,
    out: &mut W,
) -> Result<(), Failure> {
    let tokenizer = Tokenizer::new();
    let mut state = TokenizerState::default();
    let json_name = json_string(name)?;
    let mut line = Vec::with_capacity(256);
    for_each_token_chunk(reader, |base, chunk| {
        let mut iter = tokenizer.segments_with_state(chunk, state);
        for token in iter.by_ref() {
            if !segments && token.kind() == TokenKind::Whitespace {
                continue;
            }
            let span = token.span();
            let row = Row {
                start: base + span.start as u64,
                end: base + span.end as u64,
                label: Label::Kind(token.kind().as_str()),
                text: token.text(),
            };
            row.format(&mut line, format, &json_name)?;
            out.write_all(&line)?;
        }
        state = iter.state();
        Ok(())
    })
}

/// The offset just after the last line feed of `text`, or 0: a sentence
/// always ends there, and `\r\n` stays whole.
fn line_boundary(text: &str) -> usize {
    text.rfind('\n').map_or(0, |i| i + 1)
}

fn sentences<R: Read, W: Write>(
    mut reader: ChunkReader<R>,
    format: SentenceFormat,
    name: &str,
    out: &mut W,
) -> Result<(), Failure> {
    let json_name = json_string(name)?;
    let blank = |c: char| c.is_whitespace() || arabic_text::chars::is_invisible(c);
    loop {
        let base = reader.offset();
        let Some(chunk) = reader.next_chunk(line_boundary).map_err(stream_failure)? else {
            return Ok(());
        };
        let mut at = 0;
        for sentence in arabic_text::sentences(chunk) {
            let start = at + (sentence.len() - sentence.trim_start_matches(blank).len());
            at += sentence.len();
            let text = sentence.trim_matches(blank);
            if text.is_empty() {
                continue;
            }
            match format {
                SentenceFormat::Text => writeln!(out, "{text}")?,
                SentenceFormat::Jsonl => {
                    let start = base + start as u64;
                    let end = start + text.len() as u64;
                    writeln!(
                        out,
                        "{{\"file\":{json_name},\"start\":{start},\"end\":{end},\"text\":{}}}",
                        json_string(text)?
                    )?;
                }
            }
        }
    }
}

fn analyze<R: Read, W: Write>(
    reader: ChunkReader<R>,
    analyzer: &ArabicAnalyzer,
    format: Format,
    name: &str,
    out: &mut W,
) -> Result<(), Failure> {
    let json_name = json_string(name)?;
    let mut line = Vec::with_capacity(256);
    // Position, in the file, of the chunk's first word or number token.
    let mut position_base = 0u64;
    for_each_token_chunk(reader, |base, chunk| {
        // Word and number tokens do not depend on the quote state carried
        // from chunk to chunk, so each chunk is analyzed on its own.
        let mut terms = analyzer.analyze(chunk);
        for term in terms.by_ref() {
            let span = term.span();
            let row = Row {
                start: base + span.start as u64,
                end: base + span.end as u64,
                label: Label::Position(position_base + term.position() as u64),
                text: term.text(),
            };
            row.format(&mut line, format, &json_name)?;
            out.write_all(&line)?;
        }
        // Every word and number token takes a position, stop words included.
        position_base += terms.next_position() as u64;
        Ok(())
    })
}

/// Reads a stop word file: one word per line, UTF-8. Blank lines, lines
/// starting with `#` (Lucene's files) and text after `|` (Snowball's) are
/// ignored; words on one line separated by white space are all taken, as
/// Lucene's Snowball loader does.
fn read_stopwords(path: &Path) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| io_message(&e))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| format!("invalid UTF-8 at byte offset {}", e.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut words = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let line = line.split('|').next().unwrap_or_default();
        words.extend(line.split_whitespace().map(str::to_owned));
    }
    Ok(words)
}

/// The third column of an output line.
#[derive(Clone, Copy)]
enum Label<'a> {
    /// `tokenize`: the token's kind.
    Kind(&'a str),
    /// `analyze`: the term's position.
    Position(u64),
}

/// One output line: a token (`tokenize`) or a term (`analyze`).
struct Row<'a> {
    start: u64,
    end: u64,
    label: Label<'a>,
    text: &'a str,
}

impl Row<'_> {
    /// Formats the row as a line of `format` into `line` (cleared first).
    /// Hand-rolled rather than `write!`: it is the hot loop of the program.
    fn format(&self, line: &mut Vec<u8>, format: Format, json_name: &str) -> io::Result<()> {
        let Row {
            start,
            end,
            label,
            text,
        } = *self;
        line.clear();
        match format {
            Format::Text => {
                // "{start:>8}..{end:<8} {kind:<19} {text}" or
                // "{start:>8}..{end:<8} {position:<8} {text}"
                let digits = start.checked_ilog10().map_or(1, |l| l as usize + 1);
                line.resize(8usize.saturating_sub(digits), b' ');
                push_u64(line, start);
                line.extend_from_slice(b"..");
                let digits = push_u64(line, end);
                line.resize(line.len() + 8usize.saturating_sub(digits), b' ');
                line.push(b' ');
                let (width, len) = match label {
                    Label::Kind(kind) => {
                        line.extend_from_slice(kind.as_bytes());
                        (19usize, kind.len())
                    }
                    Label::Position(p) => (8, push_u64(line, p)),
                };
                line.resize(line.len() + width.saturating_sub(len), b' ');
                line.push(b' ');
                push_escaped(line, text);
            }
            Format::Tsv => {
                push_u64(line, start);
                line.push(b'\t');
                push_u64(line, end);
                line.push(b'\t');
                match label {
                    Label::Kind(kind) => line.extend_from_slice(kind.as_bytes()),
                    Label::Position(p) => {
                        push_u64(line, p);
                    }
                }
                line.push(b'\t');
                push_escaped(line, text);
            }
            Format::Jsonl => {
                line.extend_from_slice(b"{\"file\":");
                line.extend_from_slice(json_name.as_bytes());
                line.extend_from_slice(b",\"start\":");
                push_u64(line, start);
                line.extend_from_slice(b",\"end\":");
                push_u64(line, end);
                match label {
                    Label::Kind(kind) => {
                        line.extend_from_slice(b",\"kind\":");
                        serde_json::to_writer(&mut *line, kind)?;
                    }
                    Label::Position(p) => {
                        line.extend_from_slice(b",\"position\":");
                        push_u64(line, p);
                    }
                }
                line.extend_from_slice(b",\"text\":");
                serde_json::to_writer(&mut *line, text)?;
                line.push(b'}');
            }
        }
        line.push(b'\n');
        Ok(())
    }
}

/// Appends the decimal digits of `n`; returns how many.
fn push_u64(line: &mut Vec<u8>, mut n: u64) -> usize {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    line.extend_from_slice(&digits[i..]);
    digits.len() - i
}

/// Appends `text` with TAB, LF, CR and backslash as `\t` `\n` `\r` `\\`.
fn push_escaped(line: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\\' => b"\\\\",
            _ => continue,
        };
        line.extend_from_slice(&bytes[from..i]);
        line.extend_from_slice(escape);
        from = i + 1;
    }
    line.extend_from_slice(&bytes[from..]);
}
