//! Messages on stderr and the exit status.
//!
//! Every error is reported as `arabic-text: FILE: message` (FILE escaped as
//! in `text` rows, so that no control character reaches the terminal); the
//! remaining files are still processed and the exit status is 1. A closed
//! stdout (`| head`) ends the program quietly, with status 0 unless an
//! error was reported before.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use arabic_text::stream::StreamError;

/// Why processing one input stopped early.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read or decoded: report it and go on.
    Input(InputError),
    /// Writing to stdout failed: stop everything.
    Output(io::Error),
}

/// What went wrong with one input file.
#[derive(Debug)]
pub enum InputError {
    /// Opening or reading failed.
    Io(io::Error),
    /// The input is not UTF-8 (strict mode).
    Stream(StreamError),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(e) | InputError::Stream(StreamError::Io(e)) => {
                f.write_str(&io_message(e))
            }
            InputError::Stream(e) => e.fmt(f),
        }
    }
}

/// Why the stop word file could not be used.
#[derive(Debug)]
pub enum StopwordError {
    /// Reading it failed.
    Io(io::Error),
    /// It is not UTF-8: the first invalid byte is at this offset.
    InvalidUtf8(usize),
}

impl fmt::Display for StopwordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StopwordError::Io(e) => f.write_str(&io_message(e)),
            StopwordError::InvalidUtf8(at) => write!(f, "invalid UTF-8 at byte offset {at}"),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

impl From<StreamError> for Failure {
    fn from(e: StreamError) -> Self {
        Failure::Input(InputError::Stream(e))
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Output(e.into())
    }
}

/// A write to stdout failed: end quietly with the `status` so far when the
/// reader went away (`| head`), otherwise report it.
pub fn write_failed(e: &io::Error, status: ExitCode) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        status
    } else {
        report(format_args!("write error: {}", io_message(e)));
        ExitCode::FAILURE
    }
}

/// Writes `arabic-text: MESSAGE` on stderr.
pub fn report(message: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "arabic-text: {message}");
}

/// An I/O error's message without the " (os error N)" suffix.
pub fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) if s.ends_with(')') => s[..i].to_owned(),
        _ => s,
    }
}
