//! Helpers shared by the test binaries.

/// `text` escaped as the `text` and `tsv` rows write it (CONFORMANCE.md §l).
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\\' => s.push_str("\\\\"),
            '\0'..='\x1F' | '\x7F' => s.push_str(&format!("\\x{:02x}", c as u32)),
            '\u{80}'..='\u{9F}' | '\u{2028}' | '\u{2029}' => {
                s.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => s.push(c),
        }
    }
    s
}
