//! `OffsetConverter` against a plain count of code points and UTF-16 units.

use arabic_text::{tokenize, OffsetConverter};

fn reference(text: &str, byte: usize) -> (usize, usize) {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let prefix = &text[..b];
    (prefix.chars().count(), prefix.encode_utf16().count())
}

#[test]
fn every_offset_in_order_and_out_of_order() {
    let text = "قالَ 👨\u{200D}👩\u{200D}👧 café «كتــاب» 🇸🇦 ﷺ 𠀀 ok";
    let mut c = OffsetConverter::new(text);
    for b in 0..=text.len() + 3 {
        let p = c.position(b);
        assert_eq!((p.chars, p.utf16), reference(text, b), "byte {b}");
    }
    for b in (0..=text.len()).rev().step_by(7) {
        assert_eq!(
            (c.chars(b), c.utf16(b)),
            reference(text, b),
            "byte {b} backwards"
        );
    }
}

#[test]
fn token_spans_in_python_and_javascript_units() {
    let text = "قالَ 👨\u{200D}👩\u{200D}👧 ok";
    let mut c = OffsetConverter::new(text);
    let spans: Vec<((usize, usize), (usize, usize))> = tokenize(text)
        .map(|t| {
            let (s, e) = (c.position(t.span().start), c.position(t.span().end));
            ((s.chars, e.chars), (s.utf16, e.utf16))
        })
        .collect();
    assert_eq!(
        spans,
        [((0, 4), (0, 4)), ((5, 10), (5, 13)), ((11, 13), (14, 16))]
    );
}
