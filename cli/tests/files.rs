//! Several files, `--field`, `--jobs`, `--version` and `completions`.

use assert_cmd::Command;

fn bin() -> Command {
    Command::cargo_bin("arabic-text").unwrap()
}

fn run(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{:?}", output);
    String::from_utf8(output.stdout).unwrap()
}

/// Two files in a temporary directory.
fn two_files(a: &str, b: &str) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let (pa, pb) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    let name = |p: std::path::PathBuf| p.to_string_lossy().into_owned();
    (dir, name(pa), name(pb))
}

#[test]
fn rows_start_with_the_file_name_when_several_files_are_given() {
    let (_dir, a, b) = two_files("قال نعم", "لا");
    let tsv = run(bin().args(["tokenize", "--format", "tsv", &a, &b]));
    assert_eq!(
        tsv,
        format!("{a}\t0\t6\tword:arabic\tقال\n{a}\t7\t13\tword:arabic\tنعم\n{b}\t0\t4\tword:arabic\tلا\n")
    );
    let text = run(bin().args(["tokenize", &a, &b]));
    assert_eq!(
        text,
        format!(
            "{a}:       0..6        word:arabic         قال\n\
             {a}:       7..13       word:arabic         نعم\n\
             {b}:       0..4        word:arabic         لا\n"
        )
    );
    let terms = run(bin().args(["analyze", "--format", "tsv", &a, &b]));
    assert_eq!(terms, format!("{a}\t0\t6\t0\tقال\n{a}\t7\t13\t1\tنعم\n"));
    // One file: no file column.
    assert_eq!(
        run(bin().args(["tokenize", "--format", "tsv", &b])),
        "0\t4\tword:arabic\tلا\n"
    );
}

#[test]
fn normalize_puts_a_line_break_between_files() {
    let (_dir, a, b) = two_files("كتاب", "قلم\n");
    assert_eq!(run(bin().args(["normalize", &a, &b])), "كتاب\nقلم\n");
    // Not when the first file ends with one, nor after the last file.
    assert_eq!(run(bin().args(["normalize", &b, &a])), "قلم\nكتاب");
    // Not before a missing file's (absent) output either.
    let output = bin()
        .args(["normalize", &a, "/nonexistent/x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "كتاب");
}

const TSV: &str = "قال نعم\tلَبِث\n«لا» هنا\tx\ty\nوحيد\n";

fn tsv_file() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.tsv");
    std::fs::write(&p, TSV).unwrap();
    let name = p.to_string_lossy().into_owned();
    (dir, name)
}

#[test]
fn field_normalize_passes_the_other_columns_through() {
    let (_dir, f) = tsv_file();
    assert_eq!(
        run(bin().args(["normalize", "--field", "2", &f])),
        "قال نعم\tلبث\n«لا» هنا\tx\ty\nوحيد\n"
    );
    assert_eq!(
        run(bin().args(["normalize", "--field", "1", &f])),
        "قال نعم\tلَبِث\n\"لا\" هنا\tx\ty\nوحيد\n"
    );
}

#[test]
fn field_offsets_are_relative_to_the_field_with_the_line_number() {
    let (_dir, f) = tsv_file();
    assert_eq!(
        run(bin().args(["tokenize", "--format", "tsv", "--field", "1", &f])),
        "1\t0\t6\tword:arabic\tقال\n1\t7\t13\tword:arabic\tنعم\n\
         2\t0\t2\tquote:open\t«\n2\t2\t6\tword:arabic\tلا\n2\t6\t8\tquote:close\t»\n\
         2\t9\t15\tword:arabic\tهنا\n3\t0\t8\tword:arabic\tوحيد\n"
    );
    assert_eq!(
        run(bin().args(["tokenize", "--format", "jsonl", "--field", "3", &f])),
        format!("{{\"file\":\"{f}\",\"line\":2,\"start\":0,\"end\":1,\"kind\":\"word:latin\",\"text\":\"y\"}}\n")
    );
    assert_eq!(
        run(bin().args(["analyze", "--format", "tsv", "--field", "2", &f])),
        "1\t0\t10\t0\tلبث\n2\t0\t1\t0\tx\n"
    );
    assert_eq!(
        run(bin().args(["sentences", "--format", "jsonl", "--field", "1", &f])),
        format!(
            "{{\"file\":\"{f}\",\"line\":1,\"start\":0,\"end\":13,\"text\":\"قال نعم\"}}\n\
             {{\"file\":\"{f}\",\"line\":2,\"start\":0,\"end\":15,\"text\":\"«لا» هنا\"}}\n\
             {{\"file\":\"{f}\",\"line\":3,\"start\":0,\"end\":8,\"text\":\"وحيد\"}}\n"
        )
    );
    let offsets = run(bin().args(["normalize", "--offsets", "--field", "2", &f]));
    let first: serde_json::Value = serde_json::from_str(offsets.lines().next().unwrap()).unwrap();
    assert_eq!(first["line"], 1);
    assert_eq!(first["original"], serde_json::json!([0, 10]));
    assert_eq!(first["text"], "لبث");
    assert_eq!(offsets.lines().count(), 3);
}

#[test]
fn field_zero_is_a_usage_error() {
    let output = bin().args(["tokenize", "--field", "0"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn version_and_completions() {
    assert_eq!(
        run(bin().arg("--version")),
        format!("arabic-text {}\n", env!("CARGO_PKG_VERSION"))
    );
    let bash = run(bin().args(["completions", "bash"]));
    assert!(
        bash.contains("_arabic-text()") || bash.contains("_arabic__text()"),
        "{bash}"
    );
    assert!(bash.contains("--field"));
    assert!(run(bin().args(["completions", "zsh"])).starts_with("#compdef arabic-text"));
}

/// `--jobs N` writes the bytes `--jobs 1` writes, for every subcommand and
/// format, on a text long enough for several batches, with quotes left open
/// across chunks.
#[test]
fn jobs_output_is_byte_identical() {
    let seed = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../seeds/000_69dfd127be070d7e.txt"),
    )
    .unwrap();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 5 << 20 {
        text.push_str(&seed);
        // An unbalanced quote now and then: the quote state differs from
        // chunk to chunk.
        text.push_str(["«", "\" ", "", "” "][i % 4]);
        i += 1;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, &text).unwrap();
    let path = path.to_string_lossy().into_owned();
    let commands: [&[&str]; 7] = [
        &["normalize"],
        &["normalize", "--offsets"],
        &["tokenize", "--format", "tsv"],
        &["tokenize", "--format", "jsonl", "--segments"],
        &["analyze", "--format", "text"],
        &["sentences", "--format", "jsonl"],
        &[
            "tokenize",
            "--format",
            "tsv",
            "--chunk-size",
            "3000",
            "--max-hold",
            "5000",
        ],
    ];
    for args in commands {
        let one = bin()
            .args(args)
            .args(["--jobs", "1", &path])
            .output()
            .unwrap();
        assert!(one.status.success());
        for jobs in ["2", "3"] {
            let many = bin()
                .args(args)
                .args(["--jobs", jobs, &path])
                .output()
                .unwrap();
            assert!(many.status.success());
            assert!(one.stdout == many.stdout, "{args:?} --jobs {jobs} differs");
        }
        assert!(one.stdout.len() > 1 << 20);
    }
}

/// `tokenize --jobs N` finds the quote state at each chunk start from the
/// quotes alone: with chunks of a few bytes, quotes of every style fall
/// right before, after and around the cuts, glued to words, spaced out,
/// inside URLs and Latin words, and left open; rows stay those of `-j 1`,
/// and so does the state at the end (the last quote's role).
#[test]
fn jobs_tokenize_quote_state_across_cuts() {
    let pieces = [
        "قال «نعم» ثم ",
        "\"لا\" ",
        "و\"كلام ",
        "« كلام « ",
        "‹ب› ",
        "“ج„ ",
        "’د‘ ",
        "don't ",
        "https://a.b/'q' ",
        "＂ه＂ ",
        "\" ، ",
        "«",
        "x'y ",
        "\u{202F}«ز» ",
        "\u{64E}\" ",
        "\u{200D}‘ ",
        "\n",
    ];
    let mut text = String::new();
    let mut seed = 7u64;
    while text.len() < 300_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
    }
    text.push_str("آخر\"");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quotes.txt");
    std::fs::write(&path, &text).unwrap();
    let path = path.to_string_lossy().into_owned();
    for sizes in [["7", "16"], ["64", "256"], ["4096", "9000"]] {
        let args = [
            "tokenize",
            "--format",
            "tsv",
            "--chunk-size",
            sizes[0],
            "--max-hold",
            sizes[1],
            &path,
        ];
        let one = run(bin().args(args).args(["--jobs", "1"]));
        assert!(one.contains("quote:open") && one.contains("quote:close"));
        for jobs in ["2", "3"] {
            let many = run(bin().args(args).args(["--jobs", jobs]));
            assert!(one == many, "chunks of {sizes:?}, --jobs {jobs} differs");
        }
    }
}

/// The completion scripts offer what `--help` shows, not the hidden testing
/// options `--chunk-size` and `--max-hold`.
#[test]
fn completions_leave_out_the_hidden_options() {
    for shell in ["bash", "zsh", "fish"] {
        let script = run(bin().args(["completions", shell]));
        assert!(
            script.contains("jobs") && script.contains("field"),
            "{shell}"
        );
        assert!(
            script.contains("offsets") && script.contains("stopwords"),
            "{shell}"
        );
        assert!(
            !script.contains("chunk-size") && !script.contains("max-hold"),
            "{shell}"
        );
    }
    let help = run(bin().args(["tokenize", "--help"]));
    assert!(!help.contains("chunk-size") && !help.contains("max-hold"));
}

/// `normalize --offsets A B`, A without a final line feed: the line feed
/// written between the files has an object of its own, in A (an empty
/// original range at A's end, one normalized byte after A's), so that the
/// texts still concatenate to the plain output; an empty file between them
/// changes nothing, and nothing is added after the last file.
#[test]
fn offsets_give_the_line_break_between_files_an_object() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let (a, empty, b) = (write("a", "قالَ"), write("e", ""), write("b", "نعم\n"));
    let objects: Vec<serde_json::Value> =
        run(bin().args(["normalize", "--offsets", &a, &empty, &b, &a]))
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let plain = run(bin().args(["normalize", &a, &empty, &b, &a]));
    let texts: String = objects
        .iter()
        .map(|o| o["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, plain);
    assert_eq!(plain, "قال\nنعم\nقال");
    let brk = &objects[1];
    assert_eq!(brk["file"], a.as_str());
    assert_eq!(brk["text"], "\n");
    // قالَ is 8 bytes, normalized قال 6.
    assert_eq!(brk["original"], serde_json::json!([8, 8]));
    assert_eq!(brk["normalized"], serde_json::json!([6, 7]));
    assert_eq!(
        brk["segments"],
        serde_json::json!([[6, 7, 8, 8, "replaced"]])
    );
    assert_eq!(objects.len(), 4);
    assert_eq!(objects[2]["file"], b.as_str());
    assert_eq!(objects[2]["original"], serde_json::json!([0, 7]));
}

/// `normalize --offsets` writes the line break between two files exactly
/// when plain `normalize` does: when the normalized text written so far does
/// not end with one. Objects with empty text (white space trimmed away)
/// neither end a line nor take the line break; it goes in, as an object of
/// the file it ends, just before the next object with text.
#[test]
fn offsets_write_the_line_break_between_files_only_where_normalize_does() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("t2.txt", "قال\n   "),
        ("b.txt", "كتــاب ٢٠٢٠\n"),
        ("spaces.txt", "   "),
        ("a.txt", "قال"),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let b = "{\"file\":\"b.txt\",\"original\":[0,22],\"normalized\":[0,14],\
             \"text\":\"كتاب 2020\\n\",\"segments\":[[0,4,0,8,\"aligned\"],\
             [4,9,8,13,\"aligned\"],[9,10,13,15,\"replaced\"],[10,11,15,17,\"replaced\"],\
             [11,12,17,19,\"replaced\"],[12,13,19,21,\"replaced\"],[13,14,21,22,\"aligned\"]]}\n";
    let spaces = "{\"file\":\"spaces.txt\",\"original\":[0,3],\"normalized\":[0,0],\
                  \"text\":\"\",\"segments\":[[0,0,0,3,\"aligned\"]]}\n";
    let cases: [(&[&str], &str, String); 3] = [
        // The text written ends with a line feed; trailing blanks add an
        // empty object, not a line break.
        (
            &["t2.txt", "b.txt"],
            "قال\nكتاب 2020\n",
            format!(
                "{{\"file\":\"t2.txt\",\"original\":[0,7],\"normalized\":[0,7],\
                 \"text\":\"قال\\n\",\"segments\":[]}}\n\
                 {{\"file\":\"t2.txt\",\"original\":[7,10],\"normalized\":[7,7],\
                 \"text\":\"\",\"segments\":[[7,7,7,10,\"aligned\"]]}}\n{b}"
            ),
        ),
        // No text written at all: nothing to end.
        (
            &["spaces.txt", "b.txt"],
            "كتاب 2020\n",
            format!("{spaces}{b}"),
        ),
        // A line left open is ended before the next text, past a file with
        // none.
        (
            &["a.txt", "spaces.txt", "b.txt"],
            "قال\nكتاب 2020\n",
            format!(
                "{{\"file\":\"a.txt\",\"original\":[0,6],\"normalized\":[0,6],\
                 \"text\":\"قال\",\"segments\":[]}}\n{spaces}\
                 {{\"file\":\"a.txt\",\"original\":[6,6],\"normalized\":[6,7],\
                 \"text\":\"\\n\",\"segments\":[[6,7,6,6,\"replaced\"]]}}\n{b}"
            ),
        ),
    ];
    for (files, plain, offsets) in cases {
        let normalize = |extra: &[&str]| {
            run(bin()
                .current_dir(dir.path())
                .arg("normalize")
                .args(extra)
                .args(files))
        };
        assert_eq!(normalize(&[]), plain, "{files:?}");
        let got = normalize(&["--offsets"]);
        assert_eq!(got, offsets, "{files:?}");
        let texts: String = got
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].clone())
            .map(|t| t.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(texts, plain, "{files:?}");
    }
    // Nothing is added after the last file, even with a line left open.
    assert_eq!(
        run(bin()
            .current_dir(dir.path())
            .args(["normalize", "--offsets", "a.txt", "spaces.txt"])),
        format!(
            "{{\"file\":\"a.txt\",\"original\":[0,6],\"normalized\":[0,6],\
             \"text\":\"قال\",\"segments\":[]}}\n{spaces}"
        )
    );
}

/// A huge `-j` never aborts (it used to panic when the system refused to
/// start 20,000 threads): at most 64 threads start, and the output is
/// `-j 1`'s, exactly, on an 18-byte file and on several batches of input.
#[test]
fn a_huge_jobs_count_gives_the_jobs_1_output() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let small = write("a.txt", "قال نعم لا\n");
    let big = write("big.txt", &"قال: «نعم». كتــاب ٢٠٢٠\n".repeat(40_000));
    let expected: [(&[&str], &str); 4] = [
        (
            &["tokenize"],
            "       0..6        word:arabic         قال\n       \
             7..13       word:arabic         نعم\n      \
             14..18       word:arabic         لا\n",
        ),
        (&["normalize"], "قال نعم لا\n"),
        (&["sentences"], "قال نعم لا\n"),
        (
            &["analyze"],
            "       0..6        0        قال\n       7..13       1        نعم\n",
        ),
    ];
    for (args, out) in expected {
        let huge = bin()
            .args(args)
            .args(["-j", "100000", &small])
            .output()
            .unwrap();
        assert!(huge.status.success(), "{args:?}: {huge:?}");
        assert_eq!(String::from_utf8(huge.stdout).unwrap(), out, "{args:?}");
        assert_eq!(run(bin().args(args).args(["-j", "1", &small])), out);
        let one = run(bin().args(args).args(["-j", "1", &big]));
        let huge = run(bin().args(args).args(["-j", "100000", &big]));
        assert!(one == huge, "{args:?} -j 100000 differs on several batches");
    }
    let max = bin()
        .args(["tokenize", "-j", "4294967295", &small])
        .output()
        .unwrap();
    assert!(max.status.success(), "{max:?}");
}

/// Error messages escape the file name as rows do: a name with control
/// characters never drives the terminal, for a missing file, invalid UTF-8
/// and a stop word file.
#[test]
fn file_names_in_error_messages_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad\u{1b}[31m.txt"), b"a\xff").unwrap();
    let stderr = |args: &[&str]| {
        let output = bin().current_dir(dir.path()).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    assert_eq!(
        stderr(&["tokenize", "no\u{1b}[31mpe"]),
        "arabic-text: no\\x1b[31mpe: No such file or directory\n"
    );
    assert_eq!(
        stderr(&["tokenize", "bad\u{1b}[31m.txt"]),
        "arabic-text: bad\\x1b[31m.txt: invalid UTF-8 at byte offset 1\n"
    );
    assert_eq!(
        stderr(&["analyze", "--stopwords", "s\u{7}\u{85}w\\", "-"]),
        "arabic-text: stop word file s\\x07\\u{85}w\\\\: No such file or directory\n"
    );
}
