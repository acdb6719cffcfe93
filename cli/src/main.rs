//! `arabic-text`: stream Arabic text through the `arabic-text` tokenizer,
//! normalizer, analyzer or sentence splitter.
//!
//! Input is read in chunks cut at safe boundaries ([`cut`]), so memory stays
//! bounded whatever the input. Modules, each using only those listed before
//! it: [`help`] and [`args`] (the command line), [`report`] (messages and
//! exit status), [`output`] (rows), [`cut`], [`cutters`] and [`input`]
//! (reading), [`jobs`] (`--jobs`), [`commands`] and [`offsets`] (the
//! subcommands).

mod args;
mod commands;
mod cut;
mod cutters;
mod help;
mod input;
mod jobs;
mod offsets;
mod output;
mod report;

use std::borrow::Cow;
use std::ffi::OsStr;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use arabic_text::ArabicAnalyzer;
use clap::{CommandFactory, Parser};
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{Cli, Command, InputArgs};
use crate::commands::Input;
use crate::input::{open, read_stopwords, ReadOptions};
use crate::offsets::OpenEnd;
use crate::output::{push_escaped, Origin};
use crate::report::{report, write_failed, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let input = match &cli.command {
        Command::Normalize { input, .. }
        | Command::Tokenize { input, .. }
        | Command::Analyze { input, .. }
        | Command::Sentences { input, .. } => input,
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut completion_command(), "arabic-text", &mut out);
            return match out.flush() {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => write_failed(&e, ExitCode::SUCCESS),
            };
        }
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
                    Err(e) => {
                        let name = escaped(&path.to_string_lossy());
                        report(format_args!("stop word file {name}: {e}"));
                        return ExitCode::FAILURE;
                    }
                },
            }
        }
        _ => None,
    };
    let status = run(&cli.command, input, analyzer.as_ref(), &mut out);
    if let Err(e) = out.flush() {
        return write_failed(&e, status);
    }
    status
}

/// The command line as the completion scripts show it: without the hidden
/// testing options (`--chunk-size`, `--max-hold`), which the generators
/// would offer.
fn completion_command() -> clap::Command {
    fn visible(cmd: &clap::Command) -> clap::Command {
        let copy = clap::Command::new(cmd.get_name().to_owned())
            .about(cmd.get_about().cloned().unwrap_or_default())
            .args(cmd.get_arguments().filter(|a| !a.is_hide_set()).cloned())
            .subcommands(cmd.get_subcommands().map(visible));
        match cmd.get_version() {
            Some(version) => copy.version(version.to_owned()),
            None => copy,
        }
    }
    visible(&Cli::command())
}

/// `name` escaped as in `text` and `tsv` rows (CONFORMANCE.md §l), for a
/// message: a file name can hold any character but `/` and NUL, and none
/// of them may reach the terminal as a control.
fn escaped(name: &str) -> String {
    let mut bytes = Vec::with_capacity(name.len());
    push_escaped(&mut bytes, name);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Processes every FILE in order.
fn run<W: Write>(
    command: &Command,
    input: &InputArgs,
    analyzer: Option<&ArabicAnalyzer>,
    out: &mut W,
) -> ExitCode {
    let stdin_only = [PathBuf::from("-")];
    let files: &[PathBuf] = if input.files.is_empty() {
        &stdin_only
    } else {
        &input.files
    };
    let options = ReadOptions {
        lossy: input.lossy,
        chunk_size: input.chunk_size,
        max_hold: input.max_hold,
    };
    let jobs = input
        .jobs
        .map_or_else(
            || std::thread::available_parallelism().map_or(1, usize::from),
            |n| n as usize,
        )
        .min(jobs::MAX_JOBS);
    let mut status = ExitCode::SUCCESS;
    // `normalize`: the last file's output did not end with a line feed (and,
    // with `--offsets`, where).
    let mut open_line = false;
    let mut open_end = None;
    for path in files {
        let name = if path.as_os_str() == OsStr::new("-") {
            Cow::Borrowed("-")
        } else {
            path.to_string_lossy()
        };
        let origin = Origin {
            file: &name,
            show_file: files.len() > 1,
            line: None,
        };
        let each = Input {
            origin,
            options,
            field: input.field,
            jobs,
        };
        let result = open(path).and_then(|(reader, size)| {
            let bar = progress_bar(size, input.quiet);
            let reader = bar.wrap_read(reader);
            let open = (&mut open_line, &mut open_end);
            let result = process(command, analyzer, each, reader, open, out);
            bar.finish_and_clear();
            result
        });
        match result {
            Ok(()) => {}
            Err(Failure::Input(e)) => {
                // Everything valid before the error goes out first.
                let flushed = out.flush();
                report(format_args!("{}: {e}", escaped(&name)));
                status = ExitCode::FAILURE;
                if let Err(e) = flushed {
                    return write_failed(&e, status);
                }
            }
            Err(Failure::Output(e)) => return write_failed(&e, status),
        }
    }
    status
}

/// Runs `command` on one input.
fn process<R: Read, W: Write>(
    command: &Command,
    analyzer: Option<&ArabicAnalyzer>,
    each: Input<'_>,
    reader: R,
    (open_line, open_end): (&mut bool, &mut Option<OpenEnd>),
    out: &mut W,
) -> Result<(), Failure> {
    match command {
        Command::Normalize {
            preset, offsets, ..
        } => {
            let n = preset.normalizer();
            if *offsets {
                offsets::normalize_offsets(reader, &n, each, out, open_end)
            } else {
                commands::normalize(reader, &n, each, out, open_line)
            }
        }
        Command::Tokenize {
            format, segments, ..
        } => commands::tokenize(reader, *format, *segments, each, out),
        Command::Analyze { format, .. } => match analyzer {
            Some(analyzer) => commands::analyze(reader, analyzer, *format, each, out),
            None => Ok(()),
        },
        Command::Sentences { format, .. } => commands::sentences(reader, *format, each, out),
        Command::Completions { .. } => Ok(()),
    }
}

/// Inputs larger than this show a progress bar on a terminal.
const PROGRESS_BYTES: u64 = 50_000_000;

/// Whether a progress bar shows: stderr is a `terminal`, the input is a file
/// of `size` bytes over [`PROGRESS_BYTES`] (stdin has no size), and `quiet`
/// (`--quiet`) is not given.
fn shows_progress(size: Option<u64>, quiet: bool, terminal: bool) -> bool {
    size.is_some_and(|size| size > PROGRESS_BYTES) && !quiet && terminal
}

/// A progress bar on stderr for an input of `size` bytes, hidden unless
/// [`shows_progress`].
fn progress_bar(size: Option<u64>, quiet: bool) -> ProgressBar {
    match size {
        Some(size) if shows_progress(Some(size), quiet, io::stderr().is_terminal()) => {
            let style = ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            ProgressBar::new(size).with_style(style)
        }
        _ => ProgressBar::hidden(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_shows_only_for_big_files_on_a_terminal_without_quiet() {
        let big = Some(PROGRESS_BYTES + 1);
        assert!(shows_progress(big, false, true));
        assert!(!shows_progress(big, true, true)); // -q
        assert!(!shows_progress(big, false, false)); // stderr piped
        assert!(!shows_progress(Some(PROGRESS_BYTES), false, true)); // small file
        assert!(!shows_progress(None, false, true)); // stdin
    }
}
