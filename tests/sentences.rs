//! Sentence boundaries: each rule with its exact sentences, and the boundary
//! F1 on UD Arabic treebanks against UAX #29 (unicode-segmentation's
//! `split_sentence_bounds`) when the corpus is present. With `SENT_DEBUG`
//! set, the evaluation prints every false boundary (FP) and missed one (FN).

use std::path::PathBuf;

use arabic_text::{sentences, Tokenizer};
use unicode_segmentation::UnicodeSegmentation;

fn split(text: &str) -> Vec<&str> {
    let s: Vec<&str> = sentences(text).collect();
    assert_eq!(s.concat(), text, "sentences concatenate back to the input");
    s
}

#[test]
fn ends_after_terminal_punctuation_with_its_closers() {
    assert_eq!(
        split("قال: «انتهى الأمر.» ثم غادر! هل عاد؟ لا… نعم۔ ربما"),
        [
            "قال: «انتهى الأمر.» ",
            "ثم غادر! ",
            "هل عاد؟ ",
            "لا… ",
            "نعم۔ ",
            "ربما"
        ]
    );
    assert_eq!(split("حقا؟! (نعم.) ثم"), ["حقا؟! ", "(نعم.) ", "ثم"]);
    assert_eq!(split("انتهى...  وبعد"), ["انتهى...  ", "وبعد"]);
}

#[test]
fn ends_at_a_line_break() {
    assert_eq!(
        split("عاجل: زلزال في تركيا\r\nقتل العشرات\n\nالتفاصيل"),
        ["عاجل: زلزال في تركيا\r\n", "قتل العشرات\n\n", "التفاصيل"]
    );
}

#[test]
fn ends_with_no_space_after_the_mark() {
    assert_eq!(split("هل جاء؟نعم"), ["هل جاء؟", "نعم"]);
    assert_eq!(split("جاء.ذهب"), ["جاء.", "ذهب"]);
}

#[test]
fn never_inside_numbers_urls_emails_or_abbreviations() {
    assert_eq!(split("بلغ 3.5 و٣٫٥ مليون."), ["بلغ 3.5 و٣٫٥ مليون."]);
    assert_eq!(
        split("زوروا www.spa.gov.sa أو راسلوا info@spa.gov.sa. شكرا"),
        ["زوروا www.spa.gov.sa أو راسلوا info@spa.gov.sa. ", "شكرا"]
    );
    assert_eq!(
        split("The U.S. officials met J. K. Rowling. Then left."),
        ["The U.S. officials met J. K. Rowling. ", "Then left."]
    );
    assert_eq!(split("قال أ.د. محمد"), ["قال أ.د. محمد"]);
    assert_eq!(split("قال أحمد ز. أمين"), ["قال أحمد ز. أمين"]);
    assert_eq!(split("عام 512 ق. م انتهى"), ["عام 512 ق. م انتهى"]);
    for text in [
        "الخيرية، د. محمد رياض",
        "د. عثمان العصفور",
        "«د. محمد» قال",
        "(د. محمد) قال",
        "م. فهد المقحم",
        "- أ. د. بلقيس داغستاني",
    ] {
        assert_eq!(split(text), [text], "{text}");
    }
    // A number with an RLM after its separator is one number.
    assert_eq!(
        split("بنسبة 4.\u{200F}95 في المائة."),
        ["بنسبة 4.\u{200F}95 في المائة."]
    );
    // After a number, a one-letter word is the era: the sentence ends.
    assert_eq!(split("ولد عام ٢٠١٦ م. وقال"), ["ولد عام ٢٠١٦ م. ", "وقال"]);
    assert_eq!(
        split("apples, pears etc. and more"),
        ["apples, pears etc. and more"]
    );
}

#[test]
fn whitespace_stays_with_the_sentence_before() {
    assert_eq!(split("  جاء.  "), ["  جاء.  "]);
    assert!(split("").is_empty());
    assert_eq!(split(" \n "), [" \n "]);
}

#[test]
fn tokenizer_method_equals_the_free_function() {
    let text = "جاء. ذهب؟ عاد!";
    let a: Vec<&str> = Tokenizer::new().sentences(text).collect();
    assert_eq!(a, split(text));
}

// ------------------------------------------------------------- evaluation

/// `$ARABIC_TEXT_CORPUS`, or `data/corpus` in the repository (see docs/data.md).
fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("ARABIC_TEXT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/corpus"));
    dir.is_dir().then_some(dir)
}

/// Documents of UD Arabic-PUD: the `# text` of each sentence, grouped by
/// `# newdoc id`.
fn pud_documents(conllu: &str) -> Vec<Vec<String>> {
    let mut docs: Vec<(String, Vec<String>)> = Vec::new();
    let mut doc = String::new();
    for line in conllu.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            doc = id.to_owned();
        } else if let Some(text) = line.strip_prefix("# text = ") {
            match docs.last_mut() {
                Some((d, sents)) if *d == doc => sents.push(text.trim().to_owned()),
                _ => docs.push((doc.clone(), vec![text.trim().to_owned()])),
            }
        }
    }
    docs.into_iter().map(|(_, s)| s).collect()
}

/// Documents of UD Arabic-PADT (2016, no `# text`): each sentence's word
/// forms joined by spaces, grouped by the file of `# orig_file_sentence`.
fn padt_documents(conllu: &str) -> Vec<Vec<String>> {
    let mut docs: Vec<(String, Vec<String>)> = Vec::new();
    let mut doc = String::new();
    let mut words: Vec<&str> = Vec::new();
    let flush = |doc: &str, words: &mut Vec<&str>, docs: &mut Vec<(String, Vec<String>)>| {
        if words.is_empty() {
            return;
        }
        let sentence = words.join(" ");
        words.clear();
        match docs.last_mut() {
            Some((d, sents)) if d == doc => sents.push(sentence),
            _ => docs.push((doc.to_owned(), vec![sentence])),
        }
    };
    for line in conllu.lines() {
        if let Some(origin) = line.strip_prefix("# orig_file_sentence ") {
            doc = origin.split('#').next().unwrap_or("").to_owned();
        } else if line.is_empty() {
            flush(&doc, &mut words, &mut docs);
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or("");
            if !id.contains(['-', '.']) {
                words.push(cols.next().unwrap_or(""));
            }
        }
    }
    flush(&doc, &mut words, &mut docs);
    docs.into_iter().map(|(_, s)| s).collect()
}

/// Up to 30 characters each side of byte `b`, with `||` at `b`.
fn context(text: &str, b: usize) -> String {
    let before: String = text[..b]
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[b..].chars().take(30).collect();
    format!("{before} || {after}")
}

/// Precision, recall and F1 of the boundaries `split` finds in each
/// document (its sentences joined by a space), against the gold ones.
fn score<'t>(
    docs: &'t [String],
    gold: &[Vec<usize>],
    split: impl Fn(&'t str) -> Vec<&'t str>,
) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (text, gold) in docs.iter().zip(gold) {
        let mut found = Vec::new();
        let mut pos = 0;
        for s in split(text) {
            pos += s.len();
            if pos < text.len() {
                found.push(pos);
            }
        }
        let hits = found.iter().filter(|b| gold.contains(b)).count();
        if std::env::var_os("SENT_DEBUG").is_some() {
            for b in found.iter().filter(|b| !gold.contains(b)) {
                println!("FP: {}", context(text, *b));
            }
            for b in gold.iter().filter(|b| !found.contains(b)) {
                println!("FN: {}", context(text, *b));
            }
        }
        tp += hits;
        fp += found.len() - hits;
        fn_ += gold.len() - hits;
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE))
}

/// Scores ours and UAX #29 on a treebank's documents; returns both F1s.
fn evaluate(name: &str, documents: &[Vec<String>]) -> (f64, f64) {
    let mut texts = Vec::new();
    let mut gold = Vec::new();
    for sents in documents {
        let text = sents.join(" ");
        let mut starts = Vec::new();
        let mut pos = 0;
        for s in &sents[..sents.len() - 1] {
            pos += s.len() + 1;
            starts.push(pos);
        }
        texts.push(text);
        gold.push(starts);
    }
    let ours = score(&texts, &gold, |t| sentences(t).collect());
    let uax = score(&texts, &gold, |t| t.split_sentence_bounds().collect());
    let n: usize = documents.iter().map(Vec::len).sum();
    println!(
        "{name}: {} documents, {n} sentences; arabic-text P {:.4} R {:.4} F1 {:.4}; \
         UAX #29 P {:.4} R {:.4} F1 {:.4}",
        documents.len(),
        ours.0,
        ours.1,
        ours.2,
        uax.0,
        uax.1,
        uax.2
    );
    (ours.2, uax.2)
}

#[test]
fn boundary_f1_on_ud_arabic_treebanks() {
    let Some(dir) = corpus_dir() else {
        println!("skipped: no corpus (set ARABIC_TEXT_CORPUS to the corpus folder)");
        return;
    };
    let pud = dir.join("ud_arabic_pud/ar_pud-ud-test.conllu");
    let Ok(conllu) = std::fs::read_to_string(&pud) else {
        println!("skipped: {} is not here", pud.display());
        return;
    };
    let (ours, uax) = evaluate("UD Arabic-PUD", &pud_documents(&conllu));
    assert!(ours >= uax, "PUD: F1 {ours:.4} below UAX #29's {uax:.4}");
    assert!(ours >= 0.995, "PUD: F1 {ours:.4} below 0.995");
    for file in ["ar-ud-dev.conllu", "ar-ud-test.conllu"] {
        let path = dir.join("ud_arabic_padt_2016").join(file);
        let Ok(conllu) = std::fs::read_to_string(&path) else {
            println!("skipped: {} is not here", path.display());
            continue;
        };
        let (ours, uax) = evaluate(
            &format!("UD Arabic-PADT 2016 {file}"),
            &padt_documents(&conllu),
        );
        assert!(
            ours >= uax,
            "PADT {file}: F1 {ours:.4} below UAX #29's {uax:.4}"
        );
    }
}

#[test]
fn quotes_start_afresh_after_a_line_break() {
    // An unclosed quote on one line does not decide where a later line's
    // sentences end (the hostile review's tweet case).
    let with = split("قال 'نعم\nحاجة ! ' ياما");
    let without = split("حاجة ! ' ياما");
    assert_eq!(with[1..], without[..]);
    assert_eq!(without, ["حاجة ! ", "' ياما"]);
}
