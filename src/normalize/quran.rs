//! Step 2, second half: [`quran_orthography`](Normalizer::quran_orthography),
//! the Quran's Uthmani spelling to the modern (imlāʾī) one.
//!
//! Tanzil's Uthmani edition writes many long ā as a superscript (dagger)
//! alef U+0670 over the consonant, ā after ء as ء + ا, and a hamza with no
//! seat over a tatweel; its simple edition, like modern text, writes ا, آ
//! and the hamza's carrier letter. The rules work word by word (a word is a
//! run of Arabic letters, marks and tatweels) and look at the marks, so they
//! run before tatweel and diacritics are removed. Sources: the two Tanzil
//! Project editions (<https://tanzil.net>; `tests/quran.rs` measures them),
//! the Unicode names list for U+0600–U+06FF (U+0670 is "actually a vowel
//! sign, despite the name"); each rule is in CONFORMANCE.md.

use alloc::vec::Vec;

use crate::chars;
use crate::normalize::switches::Normalizer;
use crate::normalize::trace::{Out, Output, Tracing};

const HAMZA: char = '\u{0621}';
const ALEF_MADDA: char = '\u{0622}';
const MADDA: char = '\u{0653}';
const SMALL_HIGH_YEH: char = '\u{06E7}';
/// U+06DF ARABIC SMALL HIGH ROUNDED ZERO: the letter under it is silent.
const SILENT: char = '\u{06DF}';

/// The words whose standard spelling keeps the dagger alef short (no ا
/// written), as letters with ٱ أ إ آ read as ا: exactly the words that
/// Tanzil's simple (modern-spelling) edition itself writes with U+0670 on a
/// consonant (`tests/quran.rs` checks it). The demonstratives, هكذا, الرحمن,
/// الله, أولئك:
const SHORT_ALEF_WORDS: &[&str] = &[
    "هذا",
    "هذه",
    "هذان",
    "هذين",
    "هؤلاء",
    "هكذا",
    "ذلك",
    "ذلكم",
    "ذلكما",
    "ذلكن",
    "الرحمن",
    "الله",
    "اللهم",
    "اولئك",
    "اولئكم",
];

/// … and لكن and إله with a pronoun suffix or the accusative ا (ولكنهم, إلٰهًا).
const SHORT_ALEF_STEMS: &[&str] = &["لكن", "اله"];
const SUFFIXES: &[&str] = &[
    "", "ا", "ي", "ني", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ين", "ان",
];

/// Whether `w` is a short-alef word, without proclitics.
fn short_alef_stem(w: &[char]) -> bool {
    let is = |e: &str, w: &[char]| e.chars().eq(w.iter().copied());
    SHORT_ALEF_WORDS.iter().any(|e| is(e, w))
        || SHORT_ALEF_STEMS.iter().any(|stem| {
            let n = stem.chars().count();
            w.len() >= n && is(stem, &w[..n]) && SUFFIXES.iter().any(|x| is(x, &w[n..]))
        })
}

/// Whether `skeleton` (letters, alef variants as ا) is a short-alef word
/// after the proclitics the simple edition shows, in this order: the
/// interrogative أ, و or ف, then ب, ك or ل (أفبهذا, فلذلك); ل before ال
/// drops the alef (للرحمن).
fn short_alef_word(skeleton: &[char]) -> bool {
    let mut tails: Vec<Vec<char>> = alloc::vec![skeleton.to_vec()];
    for set in [&['ا'][..], &['و', 'ف'], &['ب', 'ك', 'ل']] {
        let mut more = Vec::new();
        for t in &tails {
            if let Some((p, rest)) = t.split_first().filter(|(p, _)| set.contains(p)) {
                more.push(rest.to_vec());
                if *p == 'ل' && rest.first() == Some(&'ل') {
                    // ل + ال → لل (للرحمن).
                    let mut with_alef = alloc::vec![chars::ALEF];
                    with_alef.extend_from_slice(rest);
                    more.push(with_alef);
                }
            }
        }
        tails.extend(more);
    }
    tails.iter().any(|t| short_alef_stem(t))
}

/// Whether `c` belongs to a word for these rules.
fn in_word(c: char) -> bool {
    chars::is_arabic_letter(c)
        || chars::is_mn_me(c)
        || matches!(c, chars::TATWEEL | '\u{06E5}' | '\u{06E6}')
}

/// Whether `c` is a base letter of a word (not a mark, tatweel or small
/// letter, nor U+0674 HIGH HAMZA, which the letter folds may make a mark).
fn is_base(c: char) -> bool {
    chars::is_arabic_letter(c) && c != chars::HIGH_HAMZA
}

/// What happens to one character of a word.
#[derive(Clone, Copy, PartialEq)]
enum Edit {
    Keep,
    Drop,
    To(char),
    /// Becomes the letter, made from the characters from this index on (a
    /// merge: ء + ا → آ).
    Merge(usize, char),
}

/// A character of a word and the byte range of the step's input it comes from.
type Sourced = (usize, usize, char);

const VOWELS: &[char] = &[
    '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
];
const TANWEEN: &[char] = &['\u{064B}', '\u{064C}', '\u{064D}'];
/// و and the letters the folds make و: ۆ (Kurdish), ؤ, ٶ.
const WAW_LIKE: &[char] = &['\u{0648}', '\u{06C6}', '\u{0624}', '\u{0676}'];

/// The rules on one word: its characters with where they come from; returns
/// the output characters with where they come from. Two phases: the dagger
/// alef first, so that the ا it makes counts as a letter for the hamza rules.
fn apply_rules(w: &[Sourced]) -> Vec<Sourced> {
    let chars: Vec<char> = w.iter().map(|&(_, _, c)| c).collect();
    let mid = apply(w, &dagger_edits(&chars));
    let chars: Vec<char> = mid.iter().map(|&(_, _, c)| c).collect();
    apply(&mid, &hamza_edits(&chars))
}

fn apply(w: &[Sourced], edits: &[Edit]) -> Vec<Sourced> {
    w.iter()
        .zip(edits)
        .filter_map(|(&(start, end, c), e)| match *e {
            Edit::Keep => Some((start, end, c)),
            Edit::Drop => None,
            Edit::To(d) => Some((start, end, d)),
            Edit::Merge(from, d) => Some((w[from].0, end, d)),
        })
        .collect()
}

/// The word `w` with the rules applied (for the reference normalizer).
#[cfg(test)]
pub(crate) fn apply_to_word(w: &[char]) -> Vec<char> {
    let w: Vec<Sourced> = w.iter().enumerate().map(|(i, &c)| (i, i + 1, c)).collect();
    apply_rules(&w).into_iter().map(|(_, _, c)| c).collect()
}

/// Where the base letters of a word are, seen from each index: the base
/// letter before it and the one after it (skipping marks and tatweels).
/// Built once a word, so that a word of many marks or tatweels costs
/// linear time.
struct Bases {
    before: Vec<Option<usize>>,
    after: Vec<Option<usize>>,
}

impl Bases {
    fn new(w: &[char]) -> Self {
        let n = w.len();
        let (mut before, mut after) = (alloc::vec![None; n], alloc::vec![None; n]);
        let mut last = None;
        for i in 0..n {
            before[i] = last;
            if is_base(w[i]) {
                last = Some(i);
            }
        }
        last = None;
        for i in (0..n).rev() {
            after[i] = last;
            if is_base(w[i]) {
                last = Some(i);
            }
        }
        Bases { before, after }
    }
}

fn has(w: &[char], from: usize, to: usize, set: &[char]) -> bool {
    w[from..to].iter().any(|c| set.contains(c))
}

/// Phase 1: the dagger alef U+0670.
fn dagger_edits(w: &[char]) -> Vec<Edit> {
    let mut edits = alloc::vec![Edit::Keep; w.len()];
    let mut short: Option<bool> = None;
    let last_base = w.iter().rposition(|&c| is_base(c));
    // The last base letter, and whether a vowel mark came after it.
    let mut base: Option<usize> = None;
    let mut vowel_since_base = false;
    for i in 0..w.len() {
        let c = w[i];
        if is_base(c) {
            (base, vowel_since_base) = (Some(i), false);
            continue;
        }
        if c != chars::SUPERSCRIPT_ALEF || edits[i] != Edit::Keep {
            vowel_since_base |= VOWELS.contains(&c);
            continue;
        }
        let Some(b) = base else {
            edits[i] = Edit::Drop;
            continue;
        };
        let base = w[b];
        if base == chars::ALEF_MAKSURA {
            // عَلَىٰ → على; inside a word ىٰ is written ا (يتوفاكم).
            edits[i] = Edit::Drop;
            if last_base.is_some_and(|l| l > i) {
                edits[b] = Edit::To(chars::ALEF);
            }
        } else if base == chars::WAW && !vowel_since_base {
            // ٱلصَّلَوٰةَ → الصلاة.
            edits[b] = Edit::To(chars::ALEF);
            edits[i] = Edit::Drop;
            // ٱلرِّبَوٰا۟ → الربا: the silent alef (U+06DF) after it goes
            // with the و it is written for, and a madda between them with
            // it (ٱلرِّبَوٰٓا۟).
            let a = (i + 1..w.len()).find(|&k| w[k] != MADDA).unwrap_or(w.len());
            if w.get(a) == Some(&chars::ALEF) && w.get(a + 1) == Some(&SILENT) {
                (i + 1..a + 2).for_each(|k| edits[k] = Edit::Drop);
            }
        } else if *short.get_or_insert_with(|| short_alef_word(&skeleton(w))) {
            edits[i] = Edit::Drop;
        } else {
            edits[i] = Edit::To(chars::ALEF);
            if w.get(i + 1) == Some(&MADDA) {
                edits[i + 1] = Edit::Drop;
            }
        }
    }
    edits
}

/// Phase 2: hamza over a tatweel, small high yeh over a tatweel, ء before ا.
fn hamza_edits(w: &[char]) -> Vec<Edit> {
    let n = w.len();
    let mut edits = alloc::vec![Edit::Keep; n];
    let bases = Bases::new(w);
    for i in 0..n {
        if w[i] != chars::TATWEEL || edits[i] != Edit::Keep {
            continue;
        }
        // The marks on the tatweel, small waw and yeh (Lm) among them: a
        // switch may strip those later, and the rule must not wait for it
        // (idempotence: ـۥٔ is أ at once, not on a second pass).
        let on_tatweel = |c: char| chars::is_mn_me(c) || matches!(c, '\u{06E5}' | '\u{06E6}');
        let marks_end = (i + 1..n).find(|&k| !on_tatweel(w[k])).unwrap_or(n);
        let marks = &w[i + 1..marks_end];
        if let Some(h) = marks.iter().position(|&c| c == chars::HAMZA_ABOVE) {
            let prev = bases.before[i].map(|b| w[b]);
            let yeh_seat = matches!(prev, Some(chars::YEH | chars::ALEF_MAKSURA))
                || has(w, i + 1, marks_end, &['\u{0650}', '\u{064D}']);
            match bases.after[i].filter(|&a| w[a] == chars::ALEF) {
                Some(a) if !yeh_seat && !has(w, i + 1, marks_end, TANWEEN) => {
                    // ٱلْـَٔاخِرَةِ → الآخرة.
                    (i..a).for_each(|k| edits[k] = Edit::Drop);
                    edits[a] = Edit::Merge(i, ALEF_MADDA);
                }
                _ => {
                    // شَيْـًٔا → شيئا.
                    let carrier = if yeh_seat {
                        '\u{0626}'
                    } else if has(w, i + 1, marks_end, &['\u{064F}', '\u{064C}']) {
                        '\u{0624}'
                    } else {
                        '\u{0623}'
                    };
                    edits[i] = Edit::To(carrier);
                    edits[i + 1 + h] = Edit::Drop;
                    // خَطَـًۭٔا → خطأ: after a hamza on alef, the ا that carries
                    // fathatan at the end of a word is not written.
                    let last_alef =
                        bases.after[i].filter(|&a| w[a] == chars::ALEF && bases.after[a].is_none());
                    if let Some(a) = last_alef.filter(|_| carrier == '\u{0623}') {
                        if has(w, i + 1, marks_end, &['\u{064B}']) {
                            edits[a] = Edit::Drop;
                        }
                    }
                }
            }
        } else if let Some(y) = marks.iter().position(|&c| c == SMALL_HIGH_YEH) {
            // إِبْرَٰهِـۧمَ → إبراهيم.
            edits[i] = Edit::To(chars::YEH);
            edits[i + 1 + y] = Edit::Drop;
        }
    }
    // ءَامَنُوا۟ → آمنوا, ٱلْقُرْءَانُ → القرآن; not without a mark between
    // them (جزءان), not when the ا ends the word
    // (the tanween alef of جزءًا), nor after a long vowel letter ا و ي
    // (إجراءات, مروءات keep ءا in modern spelling). Any alef the folds make ا counts, and (right
    // to left) so does an alef after a ء that merges, so that a second pass
    // finds nothing new.
    // What `k` becomes, if it stays.
    let now = |k: usize, edits: &[Edit]| match edits[k] {
        Edit::Keep => Some(w[k]),
        Edit::To(d) | Edit::Merge(_, d) => Some(d),
        Edit::Drop => None,
    };
    let letter = |k: usize, edits: &[Edit]| now(k, edits).is_some_and(is_base);
    // The first letter that is not like و. The loop below edits only at and
    // after the letter it is at, so before that letter this stays true.
    let first_not_waw = (0..n)
        .find(|&k| letter(k, &edits) && !now(k, &edits).is_some_and(|c| WAW_LIKE.contains(&c)));
    let mut next: Option<usize> = None; // the next base letter kept
    for i in (0..n).rev() {
        if !letter(i, &edits) {
            continue;
        }
        let alef = |c: char| c == chars::ALEF || chars::is_alef_variant(c);
        // (A word-initial و is the conjunction: وَءَاتُوا۟ → وآتوا. Letters
        // that fold to و count as و, so that elongation, which may leave
        // one و of several, changes nothing here.)
        let before = (0..i).rev().find(|&k| letter(k, &edits));
        let waw_like = |k: usize| now(k, &edits).is_some_and(|c| WAW_LIKE.contains(&c));
        let proclitic = before.is_some_and(|k| waw_like(k) && first_not_waw.is_none_or(|f| f >= k));
        // (A و, ي or ى with a hamza mark or U+0674 after it is a hamza seat.)
        let seat = before.is_some_and(|k| {
            w[k + 1..i]
                .iter()
                .any(|&c| chars::is_hamza_mark(c) || c == chars::HIGH_HAMZA)
        });
        let after_vowel_letter = !proclitic
            && before.and_then(|k| now(k, &edits)).is_some_and(|c| {
                alef(c) || (!seat && matches!(c, chars::WAW | chars::YEH | chars::ALEF_MAKSURA))
            });
        // (Only with a mark between them, as the Uthmani text writes every
        // ءَا: a bare ءا is modern spelling, the dual جزءان.)
        let merges = w[i] == HAMZA
            && edits[i] == Edit::Keep
            && !after_vowel_letter
            && next.is_some_and(|a| {
                a > i + 1
                    && now(a, &edits).is_some_and(alef)
                    && (a + 1..n).any(|k| letter(k, &edits))
            });
        match next.filter(|_| merges) {
            Some(a) => {
                (i..a).for_each(|k| edits[k] = Edit::Drop);
                edits[a] = match now(a, &edits) {
                    Some(chars::ALEF) => Edit::Merge(i, ALEF_MADDA),
                    Some(d) => Edit::Merge(i, d),
                    None => Edit::Drop,
                };
            }
            None => next = Some(i),
        }
    }
    edits
}

/// The letters of a word, with ٱ أ إ آ as ا, and ى as ي at the end (the
/// Uthmani text writes a final ي without dots: وَلَـٰكِنِّىٓ is ولكني).
fn skeleton(w: &[char]) -> Vec<char> {
    let mut letters: Vec<char> = w
        .iter()
        .filter(|&&c| is_base(c))
        .map(|&c| match c {
            '\u{0671}' | '\u{0622}' | '\u{0623}' | '\u{0625}' => chars::ALEF,
            c => c,
        })
        .collect();
    if let Some(last) = letters.last_mut().filter(|c| **c == chars::ALEF_MAKSURA) {
        *last = chars::YEH;
    }
    letters
}

/// Whether `c` starts one of the rules.
fn trigger(c: char) -> bool {
    matches!(
        c,
        chars::SUPERSCRIPT_ALEF | HAMZA | chars::HAMZA_ABOVE | SMALL_HIGH_YEH
    )
}

impl Normalizer {
    /// Step 2, second half: Quran orthography.
    pub(super) fn step_quran(&self, s: &str, t: Tracing<'_>) -> Option<Output> {
        if !self.quran_orthography || !s.chars().any(trigger) {
            return None;
        }
        let mut out = Out::new(s.len(), t);
        let mut word: Vec<Sourced> = Vec::new();
        let flush = |word: &mut Vec<Sourced>, out: &mut Out<'_>| {
            if word.iter().any(|&(_, _, c)| trigger(c)) {
                for (start, end, d) in apply_rules(word) {
                    match s[start..end].chars().next() {
                        Some(src) if src.len_utf8() == end - start => out.push(d, start, src),
                        _ => out.push_all(core::iter::once(d), start..end),
                    }
                }
            } else {
                word.iter().for_each(|&(i, _, c)| out.push(c, i, c));
            }
            word.clear();
        };
        for (i, c) in s.char_indices() {
            if in_word(c) {
                word.push((i, i + c.len_utf8(), c));
            } else {
                flush(&mut word, &mut out);
                out.push(c, i, c);
            }
        }
        flush(&mut word, &mut out);
        out.done(s)
    }
}

/// The Arabic-block index of the 2-byte character at byte `j`, if it is one.
#[inline]
fn arabic_at(bytes: &[u8], j: usize) -> Option<usize> {
    match bytes.get(j..j + 2) {
        Some(&[lead @ 0xD8..=0xDB, second]) => Some(chars::block_index_utf8(lead, second)),
        _ => None,
    }
}

/// Whether the Arabic-block character `idx` is skipped when looking for a
/// word's letters: a mark, tatweel, small letter or U+0674 HIGH HAMZA.
fn skipped(idx: usize) -> bool {
    idx == 0x74
        || matches!(
            chars::BLOCK[idx],
            chars::Block::Mark | chars::Block::AttachLetter
        )
}

/// ا or an alef variant (آ أ إ ٱ ٲ ٳ ٵ).
fn alef_like(idx: usize) -> bool {
    matches!(idx, 0x22 | 0x23 | 0x25 | 0x27 | 0x71..=0x73 | 0x75)
}

/// For the ء at byte `i` under quran_orthography (see [`hamza_edits`]), the
/// byte fast path's look-around:
/// whether an alef that does not end the word follows it with a mark (or
/// tatweel) between them, and whether the
/// letter before is not a long vowel letter either (then the rule may merge
/// the two). Each `true` when unsure (a character beyond ASCII and the
/// Arabic block).
pub(crate) fn hamza_before_alef(bytes: &[u8], i: usize) -> (bool, bool) {
    let past_marks = |mut j: usize| {
        while arabic_at(bytes, j).is_some_and(skipped) {
            j += 2;
        }
        j
    };
    // What is at byte `j`: Some(idx) in the Arabic block, None for ASCII or
    // the end, or unsure.
    let at = |j: usize| match (arabic_at(bytes, j), bytes.get(j)) {
        (Some(idx), _) => Ok(Some(idx)),
        (None, None) => Ok(None),
        (None, Some(b)) if b.is_ascii() => Ok(None),
        _ => Err(()),
    };
    let a = past_marks(i + 2);
    if a == i + 2 {
        return (false, false); // nothing between them: modern spelling
    }
    match at(a) {
        Ok(Some(idx)) if alef_like(idx) => {}
        Ok(_) => return (false, false),
        Err(()) => return (true, true),
    }
    match at(past_marks(a + 2)) {
        Ok(Some(idx)) if chars::BLOCK[idx] == chars::Block::Letter => {}
        Ok(_) => return (false, false), // the alef ends the word
        Err(()) => return (true, true),
    }
    // The letter before, skipping marks backwards.
    let before = |mut k: usize| {
        while k >= 2 && arabic_at(bytes, k - 2).is_some_and(skipped) {
            k -= 2;
        }
        k
    };
    let k = before(i);
    // A hamza mark or U+0674 on a و ي ى makes it a hamza seat.
    let seat = (k..i)
        .step_by(2)
        .any(|j| arabic_at(bytes, j).is_some_and(|idx| matches!(idx, 0x53..=0x55 | 0x74)));
    let merges = match k.checked_sub(2).map(|p| (arabic_at(bytes, p), p)) {
        Some((Some(idx), _)) if alef_like(idx) => false,
        Some((Some(0x48..=0x4A), _)) if seat => true,
        Some((Some(0x49 | 0x4A), _)) => false,
        // و after a letter is a long vowel; after nothing but و-like letters
        // (و ۆ ؤ ٶ), the conjunction (see `hamza_edits`).
        Some((Some(0x48), p)) => {
            let mut q = before(p);
            loop {
                match q.checked_sub(2).map(|r| arabic_at(bytes, r)) {
                    Some(Some(0x48 | 0xC6 | 0x24 | 0x76)) => q = before(q - 2),
                    Some(Some(idx)) if chars::BLOCK[idx] == chars::Block::Letter => break false,
                    // The word starts here, or unsure (beyond the Arabic block).
                    _ => break true,
                }
            }
        }
        _ => true,
    };
    (true, merges)
}
