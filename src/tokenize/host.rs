//! Host names of URLs and e-mail addresses (CONFORMANCE.md, "Web and social
//! tokens"):
//! labels, their limits and the top-level label, and the memo that reads a
//! run of `www.` once.

use super::at::char_at;
use super::at::starts_with_ignore_case;
use crate::chars;

/// At most this many characters in one host label (RFC 1035, and
/// twitter-text's "host names bigger than 63 characters" row).
const MAX_LABEL_CHARS: usize = 63;

/// At most this many characters in a host name (RFC 1035's 253). Bounding
/// it keeps scanning linear: a failed host (`www.www.…www.-`) is read again
/// from each `www.` in it, at most this far.
const MAX_HOST_CHARS: usize = 253;

/// Whether `c` may stand in a host label: letters, marks and digits of any
/// script (IDN), symbols such as ✪, `-` and `_`.
fn host_char(c: char) -> bool {
    if c.is_ascii() {
        return host_byte(c as u8);
    }
    chars::is_letter(c) || chars::is_mark(c) || chars::is_digit(c) || chars::is_symbol(c)
}

/// [`host_char`] for an ASCII byte.
fn host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// One host label: its byte range and whether it is all ASCII.
#[derive(Clone, Copy)]
struct Label {
    start: usize,
    end: usize,
    chars: usize,
    ascii: bool,
}

/// The end of a valid host name (two or more labels) that starts at `i`.
///
/// Every label is 1–63 characters and neither starts nor ends with `-` or
/// `_`; `_` stands only in subdomains (`allow_underscore`), never in the
/// domain or the top-level label. A punycode label (`xn--`) is ASCII. The
/// top-level label is two or more letters (any script), or punycode. A label
/// after a dot that starts with ASCII letters and goes on in another script
/// (`example.comだよね`) ends the host where the script changes. Four numeric
/// labels (an IPv4 address) are a host too.
pub(super) fn host_end(text: &str, i: usize, allow_underscore: bool) -> Option<usize> {
    let chain = read_chain(text, i, allow_underscore, MAX_HOST_CHARS).ok()?;
    let (Some(domain), Some(tld)) = (chain.domain, chain.tld) else {
        return None;
    };
    if chain.labels == 4 && chain.numeric == 4 {
        return Some(tld.end);
    }
    if has_underscore(text, domain) {
        return None;
    }
    tld_verdict(text, tld)
}

/// The labels of a host name that starts at `i`, as far as they go.
struct Chain {
    /// Where the last label ends.
    end: usize,
    /// Characters from `i` to `end`.
    chars: usize,
    labels: usize,
    numeric: usize,
    /// The last two labels (the earlier ones are checked as they are read).
    domain: Option<Label>,
    tld: Option<Label>,
}

/// Why no host name starts at `i`.
enum NoHost {
    /// More than the limit of characters.
    TooLong,
    /// The label that starts here breaks the rules of [`host_end`]: no host
    /// from any start before it either.
    BadLabel(usize),
}

/// Reads the labels of a host name at `i`, at most `max_chars` characters
/// (those of a label cut where its script changes all count).
fn read_chain(
    text: &str,
    i: usize,
    allow_underscore: bool,
    max_chars: usize,
) -> Result<Chain, NoHost> {
    let bytes = text.as_bytes();
    let mut pos = i;
    let mut chain = Chain {
        end: i,
        chars: 0,
        labels: 0,
        numeric: 0,
        domain: None,
        tld: None,
    };
    loop {
        let label_start = pos;
        let bad = NoHost::BadLabel(label_start);
        let mut n = 0usize;
        let mut ascii_only = true;
        let mut digits_only = true;
        let mut stop = false;
        while let Some(&b) = bytes.get(pos) {
            let len = if b < 0x80 {
                if !host_byte(b) {
                    break;
                }
                digits_only &= b.is_ascii_digit();
                1
            } else {
                match char_at(text, pos) {
                    Some(c) if host_char(c) => c.len_utf8(),
                    _ => break,
                }
            };
            ascii_only &= b < 0x80;
            n += 1;
            chain.chars += 1;
            if chain.chars > max_chars {
                return Err(NoHost::TooLong);
            }
            pos += len;
        }
        if n == 0 {
            return Err(bad);
        }
        if chain.labels > 0 && !ascii_only {
            // `example.comだよね`: a label after a dot that starts with ASCII
            // letters and goes on in another script ends the host where the
            // script changes.
            let s = &text[label_start..pos];
            let ascii = s.bytes().take_while(u8::is_ascii_alphabetic).count();
            if ascii >= 2 && s[ascii..].starts_with(|c: char| !c.is_ascii()) {
                pos = label_start + ascii;
                n = ascii;
                ascii_only = true;
                stop = true;
            }
        }
        let label = Label {
            start: label_start,
            end: pos,
            chars: n,
            ascii: ascii_only,
        };
        if !label_shape_ok(text, label) {
            return Err(bad);
        }
        if let Some(p) = chain.domain {
            // Now a subdomain: `_` is fine there.
            if !allow_underscore && has_underscore(text, p) {
                return Err(NoHost::BadLabel(p.start));
            }
        }
        chain.labels += 1;
        if digits_only && ascii_only {
            chain.numeric += 1;
        }
        chain.domain = chain.tld;
        chain.tld = Some(label);
        chain.end = pos;
        let more = !stop
            && bytes.get(pos) == Some(&b'.')
            && match bytes.get(pos + 1) {
                Some(&b) if b < 0x80 => host_byte(b),
                _ => char_at(text, pos + 1).is_some_and(host_char),
            };
        if !more {
            return Ok(chain);
        }
        pos += 1;
    }
}

fn has_underscore(text: &str, l: Label) -> bool {
    text.as_bytes()[l.start..l.end].contains(&b'_')
}

/// The end of a host name whose top-level label is `tld`, when that label
/// is a valid one and holds no `_`.
fn tld_verdict(text: &str, tld: Label) -> Option<usize> {
    if has_underscore(text, tld) {
        return None;
    }
    tld_end(text, tld)
}

/// What one reading of a host name tells about every `www.` inside it, so
/// that a long run of `www.` (each one a token start whose host is too long
/// or not valid) is read once, not once from each `www.`: linear time.
///
/// From a `www.` at `s` inside the host read from an earlier `www.`, the
/// labels are `www` and then the same labels to the same end; only the
/// character count and, when `s` is in the domain label, the domain differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct WwwHosts {
    /// The starts in `from..until` are answered here.
    from: usize,
    until: usize,
    /// Label characters from `from` to `end` (as [`host_end`] counts them:
    /// not the dots); `usize::MAX` when no start in the range has a host.
    chars: usize,
    /// Where the host's last label ends.
    end: usize,
    /// Where the domain label ends (the `.` before the top-level label).
    domain_end: usize,
    /// The host's end for a start before the domain label (`None`: not a
    /// host), and for a start in it (`www` is then the domain).
    before_domain: Option<usize>,
    in_domain: Option<usize>,
}

impl WwwHosts {
    /// [`host_end`] for the URL host at `s`, which starts with `www.`.
    pub(super) fn host_end(&mut self, text: &str, s: usize) -> Option<usize> {
        if !(self.from..self.until).contains(&s) {
            *self = Self::read(text, s);
        }
        // The label characters between `from` and `s` (not the dots between
        // labels), counted once as `s` moves on.
        let skipped = text.as_bytes()[self.from..s]
            .iter()
            .filter(|&&b| !is_continuation(b) && b != b'.')
            .count();
        self.from = s;
        self.chars -= skipped;
        if self.chars > MAX_HOST_CHARS || s + 3 == self.end {
            return None; // too long, or `www` alone
        }
        if s + 3 == self.domain_end {
            self.in_domain
        } else {
            self.before_domain
        }
    }

    /// Reads the host at `s` to its end, however long.
    fn read(text: &str, s: usize) -> Self {
        let no_host_before = |until| WwwHosts {
            from: s,
            until,
            chars: usize::MAX,
            ..WwwHosts::default()
        };
        let chain = match read_chain(text, s, true, usize::MAX) {
            Ok(chain) => chain,
            // A label that breaks the rules: no host from any start before it.
            Err(NoHost::BadLabel(at)) => return no_host_before(at),
            // Not with no limit; answered as too long.
            Err(NoHost::TooLong) => return no_host_before(s + 1),
        };
        let (before_domain, in_domain, domain_end) = match (chain.domain, chain.tld) {
            (Some(domain), Some(tld)) => {
                let tail = tld_verdict(text, tld);
                let before = if has_underscore(text, domain) {
                    None
                } else {
                    tail
                };
                (before, tail, domain.end)
            }
            _ => (None, None, 0),
        };
        WwwHosts {
            from: s,
            until: chain.end,
            chars: chain.chars,
            end: chain.end,
            domain_end,
            before_domain,
            in_domain,
        }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Whether a label starts with the punycode prefix `xn--` (any case).
fn is_punycode(label: &str) -> bool {
    starts_with_ignore_case(label.as_bytes(), b"xn--")
}

/// Length limits, `-`/`_` at the ends, and ASCII punycode.
fn label_shape_ok(text: &str, l: Label) -> bool {
    // `-` and `_` are ASCII: a label starts or ends with one when its first
    // or last byte is one.
    let s = &text.as_bytes()[l.start..l.end];
    let edge = |b: Option<&u8>| matches!(b, Some(b'-' | b'_'));
    if l.chars > MAX_LABEL_CHARS || edge(s.first()) || edge(s.last()) {
        return false;
    }
    l.ascii || !starts_with_ignore_case(s, b"xn--")
}

/// Where a valid top-level label ends, or `None`.
fn tld_end(text: &str, tld: Label) -> Option<usize> {
    let s = &text[tld.start..tld.end];
    if tld.ascii && is_punycode(s) {
        return Some(tld.end);
    }
    let letters = s
        .chars()
        .filter(|&c| chars::is_letter(c) || chars::is_mark(c))
        .count();
    (letters == tld.chars && tld.chars >= 2).then_some(tld.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "www.", "WwW.", "w", ".", "-", "_", "com", "c1", "a_b", "xn--", "ب", "ًّ", "1", "2.", " ",
        "@", "é", "✪", "comب", "x",
    ];

    /// Every `www.` of a run near the length limit, before hosts that end
    /// well and badly.
    #[test]
    fn www_memo_at_the_length_limit() {
        for head in ["", "a-", "ب", "x_"] {
            for tail in [
                "com", "co", "a.co", "c1", "a_b.com", "ab_.com", "-", "www", "x.com", "comب",
                "1.2.3", "w_w",
            ] {
                for k in 78..92 {
                    let text = format!("{head}{}{tail} www.x", "www.".repeat(k));
                    let mut memo = WwwHosts::default();
                    for (s, _) in text.match_indices("www.") {
                        if text[..s].ends_with(|c: char| c.is_ascii_alphanumeric()) {
                            continue;
                        }
                        assert_eq!(
                            memo.host_end(&text, s),
                            host_end(&text, s, true),
                            "{text:?} at {s}"
                        );
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// At every `www.` a URL may start at (in order, some skipped as
        /// token starts are), the memo answers as reading the host afresh.
        #[test]
        fn www_memo_equals_a_fresh_read(
            parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..300),
            skip in proptest::collection::vec(any::<bool>(), 300),
        ) {
            let text = parts.concat();
            let mut memo = WwwHosts::default();
            let starts = (0..text.len()).filter(|&s| {
                text.is_char_boundary(s)
                    && starts_with_ignore_case(&text.as_bytes()[s..], b"www.")
                    && !text[..s].ends_with(|c: char| c.is_ascii_alphanumeric())
            });
            for (k, s) in starts.enumerate() {
                if skip[k % skip.len()] {
                    continue;
                }
                prop_assert_eq!(memo.host_end(&text, s), host_end(&text, s, true), "{:?} at {}", text, s);
            }
        }
    }
}
