use arabic_text::{ArabicAnalyzer, ArabicStemmer, Stemming};
use std::collections::BTreeMap;
fn alt_stem(w: &str) -> String {
    // prefix removal only if >= 3 chars remain
    let s = ArabicStemmer::new();
    let units = w.chars().count();
    for p in ["ال", "وال", "بال", "كال", "فال", "لل"] {
        if w.starts_with(p) {
            let rest = units - p.chars().count();
            if rest < 3 {
                // keep the prefix, stem suffixes only: emulate by stemming with a dummy prefix-free marker
                let tmp = format!("x{w}");
                let stem = s.stem(&tmp);
                return stem.trim_start_matches('x').to_owned();
            }
            break;
        }
    }
    s.stem(w).to_owned()
}
fn main() {
    let base = ArabicAnalyzer::search().without_stopwords();
    let all = base.clone().with_stemming(Stemming::All);
    let off = base.clone().with_stemming(Stemming::Off);
    let zw = base.clone().with_zwnj_splits(true);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let (mut terms, mut foreign, mut minlen, mut zwnj_tokens, mut zwnj_diff) = (0, 0, 0, 0, 0);
        let mut fw: BTreeMap<String, usize> = BTreeMap::new();
        let mut ml: BTreeMap<String, usize> = BTreeMap::new();
        for line in text.lines() {
            let a: Vec<_> = base.analyze(line).collect();
            let b: Vec<_> = all.analyze(line).collect();
            let o: Vec<_> = off.analyze(line).collect();
            for ((x, y), z) in a.iter().zip(&b).zip(&o) {
                terms += 1;
                if x.text() != y.text() { foreign += 1; *fw.entry(format!("{}>{}", &line[x.span()], y.text())).or_default() += 1; }
                let alt = alt_stem(z.text());
                if alt != y.text() { minlen += 1; *ml.entry(format!("{}:{}>{}", z.text(), y.text(), alt)).or_default() += 1; }
                if line[x.span()].contains('\u{200C}') { zwnj_tokens += 1; }
            }
            let c: Vec<String> = zw.analyze(line).map(|t| t.text().to_owned()).collect();
            let a2: Vec<String> = a.iter().map(|t| t.text().to_owned()).collect();
            if c != a2 { zwnj_diff += 1; }
        }
        println!("{path}: terms {terms}, ArabicWords-vs-All differ {foreign} ({} distinct), min-stem-3 differ {minlen} ({} distinct), tokens with ZWNJ {zwnj_tokens}, lines changed by zwnj splits {zwnj_diff}", fw.len(), ml.len());
        let mut v: Vec<_> = fw.into_iter().collect(); v.sort_by(|a, b| b.1.cmp(&a.1));
        println!("  foreign top: {:?}", &v[..v.len().min(15)]);
        let mut v: Vec<_> = ml.into_iter().collect(); v.sort_by(|a, b| b.1.cmp(&a.1));
        println!("  minlen top: {:?}", &v[..v.len().min(25)]);
    }
}
