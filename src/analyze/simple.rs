//! Simple words: the analyzer's way around a normalizer call for most words.
//!
//! Most words of Arabic text are basic letters (and a few ASCII letters and
//! digits) that the normalizer keeps or folds one by one, each the same way
//! wherever it stands (the [`Fold`] classes the normalizer's fast path
//! handles without looking at neighbours: CONFORMANCE.md, "5. Letter
//! folds"). For such a word the normalized word is each letter's own
//! normalization in turn, so the analyzer asks the normalizer once per
//! letter, when it is built ([`SimpleLetters::new`]), and not once per word:
//! what [`SimpleLetters::fold`] cannot vouch for goes to the normalizer.
//!
//! A letter is simple when it normalizes alone to one letter of the Arabic
//! alphabet of the same UTF-8 length (U+0621–U+063A, U+0641–U+064A) or, for
//! an ASCII letter or digit, lower-cased first where the flavour lower-cases
//! before its stop list is compared, to an ASCII byte. A diacritic of the
//! block is simple when the normalizer drops it after a letter, wherever it
//! stands (the tashkeel of vocalized text under `search`), and so is the
//! tatweel when the normalizer strips it wherever it stands (beside a letter,
//! alone, under a mark it drops). Left out, and so normalized with the word:
//! the tatweel otherwise, the marks the normalizer keeps or
//! reads in context (the hamza marks, the superscript alef, the small high
//! yeh) and the digits of the Arabic block, anything that normalizes to
//! another length, a ء before an alef, marks between them or not
//! (CONFORMANCE.md, "2b. `quran_orthography(bool)`": ء + ا merges), and any
//! word whose folded letters make a run of three identical letters
//! (elongation looks at the word).

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

use super::{ArabicAnalyzer, Flavour, Stemming};
use crate::chars::{self, Fold};
use crate::normalize::Normalizer;
use crate::stem::stem_range;

/// Which letters of one normalizer are simple, and what each becomes.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct SimpleLetters {
    /// For U+0600 + i: the letter it normalizes to (its code point) and the
    /// flags below; [`NOT_SIMPLE`] when it is not simple.
    block: [u32; 256],
    /// For each ASCII byte: the byte it folds to, or 0 when it is not simple.
    ascii: [u8; 128],
}

impl fmt::Debug for SimpleLetters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = |simple: &mut dyn Iterator<Item = bool>| simple.filter(|&s| s).count();
        f.debug_struct("SimpleLetters")
            .field(
                "block",
                &count(&mut self.block.iter().map(|&e| e != NOT_SIMPLE)),
            )
            .field("ascii", &count(&mut self.ascii.iter().map(|&b| b != 0)))
            .finish()
    }
}

/// [`SimpleLetters`]' block entry: the character is not simple.
const NOT_SIMPLE: u32 = 1 << 31;
/// The diacritic is dropped.
const DROPPED: u32 = 1 << 30;
/// The letter normalizes to another letter.
const CHANGED: u32 = 1 << 29;
/// The letter is an alef that a ء before it merges with: ا or an alef
/// variant (آ أ إ ٱ ٲ ٳ ٵ), or a letter that folds to ا.
const ALEF: u32 = 1 << 28;
/// The letter folds to ء, which merges with an alef after it.
const HAMZA: u32 = 1 << 27;
/// The flags that take a letter off the common path.
const SPECIAL: u32 = NOT_SIMPLE | DROPPED | CHANGED | HAMZA;
/// The entry's letter: its code point.
const LETTER: u32 = 0xFFFF;

/// A simple word, folded: see [`SimpleLetters::fold`].
pub(super) struct Folded {
    /// The folded word's length in UTF-16 code units (one a letter).
    pub(super) units: usize,
    /// The byte range of the word that folding changed (empty when none).
    pub(super) changed: Range<usize>,
    /// How many bytes of that range folding dropped (the diacritics): the
    /// folded range is `changed.start..changed.end - dropped`.
    pub(super) dropped: usize,
}

impl SimpleLetters {
    /// The simple letters of `normalizer`: each candidate normalized alone.
    /// With `lower_case`, ASCII capitals are simple too, lower-cased (the
    /// flavours that compare stop words after normalization).
    pub(super) fn new(normalizer: &Normalizer, lower_case: bool) -> Self {
        let mut block = [NOT_SIMPLE; 256];
        let mut buf = [0u8; 4];
        for (i, slot) in block.iter_mut().enumerate() {
            let candidate = matches!(
                chars::FOLD[i],
                Fold::Unchanged
                    | Fold::AlefMaksura
                    | Fold::TehMarbuta
                    | Fold::AlefHamza
                    | Fold::AlefVariant
                    | Fold::Persian(_)
                    | Fold::Kurdish(_)
                    | Fold::HamzaCarrier(_)
                    | Fold::Hamza
            );
            let c = chars::block_char(i);
            if matches!(chars::FOLD[i], Fold::Diacritic(_)) && i != 0xE7 {
                // Dropped after a letter, a hamza and an alef alike.
                let drops = ["ب", "ء", "ا"].iter().all(|&base| {
                    let mut pair = String::from(base);
                    pair.push(c);
                    normalizer.normalize(&pair) == base
                });
                if drops {
                    *slot = DROPPED;
                }
                continue;
            }
            if !candidate {
                continue;
            }
            let out = normalizer.normalize(c.encode_utf8(&mut buf));
            let mut it = out.chars();
            if let (Some(d), None) = (it.next(), it.next()) {
                if is_basic_letter(d) && d.len_utf8() == c.len_utf8() {
                    let to = u32::from(d);
                    let changed = if d == c { 0 } else { CHANGED };
                    let alef = if is_alef(i, to) { ALEF } else { 0 };
                    let hamza = if d == 'ء' { HAMZA } else { 0 };
                    *slot = to | changed | alef | hamza;
                }
            }
        }
        // The tatweel, when the normalizer strips it wherever it stands:
        // alone, on either side of a letter, and under a mark it drops (so
        // it keeps no carrier).
        let t = chars::TATWEEL;
        let marks: Vec<char> = (0..256)
            .filter(|&i| block[i] == DROPPED)
            .map(chars::block_char)
            .collect();
        let strips = |base: &str| {
            let mut words = vec![format!("{base}{t}"), format!("{t}{base}")];
            words.extend(marks.iter().map(|m| format!("{base}{t}{m}")));
            words.iter().all(|w| normalizer.normalize(w) == base)
        };
        if normalizer.normalize(t.encode_utf8(&mut buf)).is_empty()
            && ["ب", "ء", "ا"].into_iter().all(strips)
        {
            block[0x40] = DROPPED;
        }
        let mut ascii = [0; 128];
        let capitals = (b'A'..=b'Z').filter(|_| lower_case);
        for b in (b'a'..=b'z').chain(b'0'..=b'9').chain(capitals) {
            let lower = b.to_ascii_lowercase();
            let s = char::from(lower).encode_utf8(&mut buf);
            if normalizer.normalize(s) == *s {
                ascii[usize::from(b)] = lower;
            }
        }
        SimpleLetters { block, ascii }
    }

    /// Whether the first letter of `rest` that folding keeps is an alef
    /// that a ء before it merges with.
    fn alef_at(&self, mut rest: &[u8]) -> bool {
        while let [lead @ 0xD8..=0xDB, second, ref tail @ ..] = *rest {
            let entry = self.block[chars::block_index_utf8(lead, second)];
            if entry & DROPPED == 0 {
                return entry & ALEF != 0;
            }
            rest = tail;
        }
        false
    }

    /// Folds `word` if it is simple: `None` when it is not (the caller
    /// normalizes it whole). When folding changes it, the folded word is in
    /// `out` (cleared first); otherwise the folded word is `word` itself.
    /// Outside the changed range both are the same bytes.
    #[inline]
    pub(super) fn fold(&self, word: &str, out: &mut String) -> Option<Folded> {
        let (bytes, block, ascii) = (word.as_bytes(), &self.block, &self.ascii);
        let mut rest = bytes;
        let mut units = 0;
        // Where the first change starts (`usize::MAX`: none yet) and the
        // last one ends.
        let mut changed = Range {
            start: usize::MAX,
            end: 0,
        };
        // The last letter of the folded word, and how many times in a row it
        // came.
        let (mut last, mut run) = (u32::MAX, 0);
        let mut dropped = 0;
        loop {
            let to = match *rest {
                // U+0600–U+06FF: lead D8–DB, then a continuation byte.
                [lead @ 0xD8..=0xDB, second, ref tail @ ..] => {
                    let entry = block[chars::block_index_utf8(lead, second)];
                    if entry & SPECIAL != 0 {
                        if entry & NOT_SIMPLE != 0 || entry & HAMZA != 0 && self.alef_at(tail) {
                            return None;
                        }
                        if entry & (DROPPED | CHANGED) != 0 {
                            let at = bytes.len() - rest.len();
                            changed.start = changed.start.min(at);
                            changed.end = at + 2;
                            if entry & DROPPED != 0 {
                                dropped += 2;
                                rest = tail;
                                continue;
                            }
                        }
                    }
                    rest = tail;
                    entry & LETTER
                }
                [b, ref tail @ ..] if b < 0x80 => {
                    let to = ascii[usize::from(b)];
                    if to == 0 {
                        return None;
                    }
                    if to != b {
                        let at = bytes.len() - rest.len();
                        changed.start = changed.start.min(at);
                        changed.end = at + 1;
                    }
                    rest = tail;
                    u32::from(to)
                }
                [] => break,
                _ => return None,
            };
            if to == last {
                run += 1;
                if run == 3 {
                    return None;
                }
            } else {
                (last, run) = (to, 1);
            }
            units += 1;
        }
        if changed.start == usize::MAX {
            return Some(Folded {
                units,
                changed: 0..0,
                dropped: 0,
            });
        }
        out.clear();
        out.push_str(&word[..changed.start]);
        let mut rest = &bytes[changed.clone()];
        loop {
            rest = match *rest {
                [b, ref tail @ ..] if b < 0x80 => {
                    out.push(char::from(ascii[usize::from(b)]));
                    tail
                }
                [lead, second, ref tail @ ..] => {
                    let entry = block[chars::block_index_utf8(lead, second)];
                    if let (0, Some(c)) = (entry & DROPPED, char::from_u32(entry & LETTER)) {
                        out.push(c);
                    }
                    tail
                }
                _ => break,
            }
        }
        out.push_str(&word[changed.end..]);
        Some(Folded {
            units,
            changed,
            dropped,
        })
    }
}

/// Whether U+0600 + `index`, folded to `to`, is an alef that a ء before it
/// merges with: ا or an alef variant (آ أ إ ٱ ٲ ٳ ٵ), or a letter that
/// folds to ا.
fn is_alef(index: usize, to: u32) -> bool {
    to == 0x0627 || matches!(index, 0x22 | 0x23 | 0x25 | 0x27 | 0x71..=0x73 | 0x75)
}

/// Whether `c` is a letter of the Arabic alphabet but the tatweel: one that
/// no rule reads with its neighbours, but ء before an alef.
fn is_basic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

impl ArabicAnalyzer {
    /// The chain on a simple word, without the normalizer call: `None` when
    /// `word` is not simple; `Some(None)` when it gives no term (a stop
    /// word, or a term longer than the cap). `scratch` holds the folded
    /// word when folding changes it; the term borrows `word` unless the
    /// stem has a changed letter.
    #[inline]
    pub(super) fn simple_term<'a>(
        &self,
        word: &'a str,
        scratch: &mut String,
    ) -> Option<Option<Cow<'a, str>>> {
        let folded = self.simple.fold(word, scratch)?;
        let changed = folded.changed;
        let normalized = if changed.is_empty() {
            word
        } else {
            scratch.as_str()
        };
        // Under the Lucene flavour a simple word has no capital (see
        // `SimpleLetters::new`) and no digit outside ASCII: lower case and
        // digit folding leave it as it is, so it compares the word itself.
        let compared = match self.flavour {
            Flavour::Lucene => word,
            Flavour::Search | Flavour::Custom => normalized,
        };
        if self.stopwords.contains(compared) {
            return Some(None);
        }
        // The folded letters are all of the Arabic alphabet (or ASCII), so
        // `Stemming::ArabicWords` stems the whole word.
        let stem = match self.stemming {
            Stemming::Off => 0..normalized.len(),
            Stemming::All | Stemming::ArabicWords => {
                stem_range(normalized.as_bytes(), folded.units)
            }
        };
        if stem.len() > self.max_term_bytes {
            return Some(None);
        }
        // The folded word is the word but in the changed range, which
        // folding shortened by the dropped diacritics.
        let shift = folded.dropped;
        let text = if stem.end <= changed.start {
            Cow::Borrowed(&word[stem])
        } else if changed.end - shift <= stem.start {
            Cow::Borrowed(&word[stem.start + shift..stem.end + shift])
        } else {
            Cow::Owned(String::from(&normalized[stem]))
        };
        Some(Some(text))
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use alloc::vec::Vec;

    use proptest::prelude::*;

    use super::SimpleLetters;
    use crate::tests::strategies::normalizer;
    use crate::{ArabicAnalyzer, Normalizer, Stemming};

    /// Words of the Arabic block's letters, marks, digits and tatweel, some
    /// Persian letters, ASCII, each repeated up to three times (elongation).
    fn word() -> impl Strategy<Value = String> {
        let mut alphabet: Vec<char> = ('\u{0620}'..='\u{0670}').collect();
        alphabet.extend("ٱٲٳکیہھےۀەۆ۱aZz09-".chars());
        let letter = (proptest::sample::select(alphabet), 1..4usize);
        proptest::collection::vec(letter, 1..8).prop_map(|letters| {
            letters
                .into_iter()
                .flat_map(|(c, n)| core::iter::repeat_n(c, n))
                .collect()
        })
    }

    fn analyzer() -> impl Strategy<Value = ArabicAnalyzer> {
        let stemming = prop_oneof![
            Just(Stemming::Off),
            Just(Stemming::All),
            Just(Stemming::ArabicWords)
        ];
        let flavour = prop_oneof![
            Just(ArabicAnalyzer::search()),
            Just(ArabicAnalyzer::lucene()),
            normalizer().prop_map(ArabicAnalyzer::custom),
        ];
        (flavour, stemming).prop_map(|(a, s)| a.with_stemming(s))
    }

    proptest! {
        /// A simple word folds to what the normalizer makes of it, under
        /// every configuration.
        #[test]
        fn folding_a_simple_word_is_normalizing_it(
            n in normalizer(),
            w in word(),
            lower_case in any::<bool>(),
        ) {
            let mut out = String::new();
            if let Some(folded) = SimpleLetters::new(&n, lower_case).fold(&w, &mut out) {
                let got = if folded.changed.is_empty() { w.as_str() } else { out.as_str() };
                let lower = if lower_case { w.to_ascii_lowercase() } else { w.clone() };
                prop_assert_eq!(got, &*n.normalize(&lower), "{:?} under {:?}", w, n);
                prop_assert_eq!(folded.units, got.chars().count());
            }
        }

        /// The analyzer's shortcut gives the chain's own term.
        #[test]
        fn simple_terms_are_the_chains_terms(a in analyzer(), w in word()) {
            if let Some(term) = a.simple_term(&w, &mut String::new()) {
                let chain = a.analyze_word(&w);
                prop_assert_eq!(term, chain, "{:?} under {:?}", w, a);
            }
        }
    }

    #[test]
    fn search_folds_the_common_letters_and_leaves_the_rest() {
        let letters = SimpleLetters::new(&Normalizer::search(), true);
        let mut out = String::new();
        let fold = |w: &str, out: &mut String| letters.fold(w, out).map(|f| f.changed);
        assert_eq!(fold("كتاب", &mut out), Some(0..0));
        assert_eq!(fold("أسرة", &mut out), Some(0..8));
        assert_eq!(out, "اسره");
        assert_eq!(fold("covid19", &mut out), Some(0..0));
        assert_eq!(fold("Covid", &mut out), Some(0..1));
        assert_eq!(out, "covid");
        assert_eq!(fold("ماء", &mut out), Some(0..0));
        // Tashkeel drops; the folded word is shorter.
        assert_eq!(fold("كِتَابٌ", &mut out), Some(2..14));
        assert_eq!(out, "كتاب");
        assert_eq!(fold("أُسْرَة", &mut out), Some(0..14));
        assert_eq!(out, "اسره");
        // So does the tatweel, wherever it stands.
        assert_eq!(fold("كتـاب", &mut out), Some(4..6));
        assert_eq!(out, "كتاب");
        assert_eq!(fold("بـ", &mut out), Some(2..4));
        assert_eq!(out, "ب");
        for not_simple in [
            "قرءان",
            "قرءَان",
            "مرحباااا",
            "مَرحبَاَاَاَا",
            "مرحبـبـب",
            "٢٠٢٠",
            "a-b",
            "ﻻ",
            "سُئِل\u{0654}",
            "هٰذا",
        ] {
            assert_eq!(fold(not_simple, &mut out), None, "{not_simple}");
        }
    }
}
