//! The long help texts shown after `--help`.

/// After the top-level help.
pub const MAIN: &str = "\
Input is streamed in chunks cut at safe boundaries: memory stays small \
whatever the size of the input. Invalid UTF-8 is an error naming the file (its \
control characters escaped as in tokenize's rows) and the byte offset (exit \
status 1) unless --lossy is given; a missing or \
unreadable FILE is reported and the other files are still processed (exit \
status 1).

A token or sentence longer than 1 MiB (a word longer than 256 KiB for normalize \
and analyze) is cut into pieces. --field N \
processes only column N of TAB-separated lines. -j N uses N threads (at \
most 64: a larger N is taken as 64, and fewer are used when the system will \
not start more); the output is the same for every N. A progress bar shows on a terminal for files \
over 50 MB unless -q is given.";

/// After `normalize --help`.
pub const NORMALIZE: &str = "\
Presets:
  search  NFKC, presentation forms mapped to plain letters, invisible controls, \
tatweel and every diacritic removed, the Quran's Uthmani spelling made modern, \
Persian letters, alef forms, alef maksura and teh marbuta folded (hamza \
carriers kept), elongation collapsed (مرحباااا to مرحبا), ASCII digits with the \
Arabic separators between digits made plain (١٤٬٥٠٠٫٥ to 14500.5), ASCII \
punctuation and quotes, whitespace collapsed.
  clean   NFC, presentation forms mapped to plain letters, controls removed (ZWNJ kept \
inside words), tatweel removed, whitespace collapsed; tashkeel and letters \
kept.
  lucene  exactly Lucene's ArabicNormalizer: آ أ إ to ا, ى to ي, ة to ه, tatweel \
and tanween, harakat, shadda, sukun removed; nothing else.

The output of all FILEs is concatenated, with a line break written before \
a FILE's first output when the output so far is not empty and does not end \
with one (a FILE that normalizes to nothing changes neither). With --field N, \
only column N of each TAB-separated line is normalized and the other columns \
are written unchanged; with --offsets, one object per line, for the field, \
with \"line\". Invalid UTF-8 stops a file after \
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
for byte: its offsets differ by the two starts only. With several FILEs, the \
line break written between them (where it is without --offsets) is an object \
of the FILE whose text it ends, written just before the next object whose \
\"text\" is not empty: \"original\" is the empty range at that FILE's end, \
\"normalized\" one byte after its normalized text, \"text\" is \"\\n\".";

/// After `tokenize --help`.
pub const TOKENIZE: &str = "\
Formats (one token per line):
  text   START..END KIND TEXT in aligned columns, for reading, e.g.
               12..20       word:arabic         إدلب
  tsv    START<TAB>END<TAB>KIND<TAB>TEXT
  jsonl  {\"file\":NAME,\"start\":START,\"end\":END,\"kind\":KIND,\"text\":TEXT}
         (NAME is the FILE as given, or \"-\" for stdin)
In text and tsv, TAB, LF, CR and backslash in TEXT are written as \\t \\n \\r \\\\, \
the other control characters as \\xHH (C0, DEL: \\x1b) or \\u{HH} (C1: \\u{85}), \
and U+2028, U+2029 as \\u{2028}, \\u{2029}; so is NAME.
With more than one FILE, text rows start with NAME: and tsv rows with \
NAME<TAB>. With --field N, the line number follows (LINE: in text, a column \
in tsv, \"line\" in jsonl) and offsets are relative to the field.

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

/// After `analyze --help`.
pub const ANALYZE: &str = "\
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
In text and tsv, TAB, LF, CR and backslash in TERM are written as \\t \\n \\r \\\\, \
the other control characters as \\xHH (C0, DEL: \\x1b) or \\u{HH} (C1: \\u{85}), \
and U+2028, U+2029 as \\u{2028}, \\u{2029}; so is NAME.
With more than one FILE, text rows start with NAME: and tsv rows with \
NAME<TAB>. With --field N, the line number follows (LINE: in text, a column \
in tsv, \"line\" in jsonl); offsets and positions are relative to the field.

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

/// After `sentences --help`.
pub const SENTENCES: &str = "\
A sentence ends after . ! ? ؟ ۔ … (with the closing quotes and brackets \
after them) and at every line break, even with no space after the mark; \
never inside a number, URL, e-mail address or abbreviation (U.S., أ.د.).

Formats (one sentence per line, without the whitespace around it; blank \
lines give none):
  text   the sentence, with TAB, backslash and the control characters \
escaped as in tokenize's text format (\\t \\\\ \\x1b \\u{9b})
  jsonl  {\"file\":NAME,\"start\":START,\"end\":END,\"text\":TEXT}, START and END \
being UTF-8 byte offsets into the FILE (or stdin), END exclusive.

Input is cut into chunks after line feeds, or else at sentence ends \
followed by white space; a sentence longer than 1 MiB is cut after white \
space, or anywhere when it has none.

With --field N, jsonl objects also have \"line\" and offsets are relative \
to the field.";

/// After `completions --help`.
pub const COMPLETIONS: &str = "\
Install the script where your shell looks for completions, e.g.
  arabic-text completions bash > ~/.local/share/bash-completion/completions/arabic-text
  arabic-text completions zsh > ~/.zfunc/_arabic-text
  arabic-text completions fish > ~/.config/fish/completions/arabic-text.fish";

#[cfg(test)]
mod tests {
    /// The kind list of `tokenize --help` is typed here: it names every
    /// kind the library has, in the library's order.
    #[test]
    fn the_kind_list_names_every_token_kind() {
        let list = super::TOKENIZE
            .split("KIND is one of ")
            .nth(1)
            .and_then(|rest| rest.split(", and space").next())
            .expect("the kind list");
        let listed: Vec<&str> = list.split_whitespace().collect();
        let names: Vec<&str> = arabic_text::TokenKind::NAMES
            .into_iter()
            .filter(|&n| n != "space")
            .collect();
        assert_eq!(listed, names);
    }
}
