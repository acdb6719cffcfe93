//! The fast path's tight loop: the characters that no switch changes
//! (letters of the Arabic block that no fold touches, ASCII letters and
//! digits, and single spaces between words), with the safe-cut bookkeeping
//! they need and nothing else. The scan state lives in [`Scan`], which the
//! loop copies into locals, so that it runs in registers.

use crate::chars::{self, Fold};
use crate::normalize::words::Runs;
use crate::normalize::{Digits, Normalizer};

/// The state of the fast path's scan that the tight loop reads and updates.
#[derive(Clone, Copy)]
pub(super) struct Scan {
    /// The last safe cut in the input.
    pub(super) cut_in: usize,
    /// The output length at `cut_in` once a change follows it (before that
    /// it is `out.len() + cut_in - run`).
    pub(super) cut_out: usize,
    /// Under the word rules (see `words`), a cut between two basic letters
    /// is tentative until its word ends plain: the last one in the current
    /// word, and the output length there once a change follows it.
    pub(super) word_cut: Option<usize>,
    pub(super) word_cut_out: usize,
    /// The current word holds a ء before an alef that the letter before
    /// keeps apart: a cut before it would cut off that letter.
    pub(super) word_dirty: bool,
    /// Whether the last character (skipping marks) is a basic letter or an
    /// ASCII alphanumeric.
    pub(super) prev_inert: bool,
    /// Whether the last kept character is a space or a line break (or there
    /// is none on this line).
    pub(super) last_ws: bool,
    /// Runs of identical letters (`collapse_elongation`).
    pub(super) runs: Runs,
    /// The tight loop found the third letter of a run.
    pub(super) force_slow: bool,
}

impl Default for Scan {
    fn default() -> Self {
        Scan {
            cut_in: 0,
            cut_out: 0,
            word_cut: None,
            word_cut_out: 0,
            word_dirty: false,
            prev_inert: false,
            last_ws: true,
            runs: Runs::default(),
            force_slow: false,
        }
    }
}

impl Scan {
    /// The end of a word (under the word rules): its last cut becomes safe
    /// unless the word is dirty; `run` is where the unchanged input starts.
    #[inline(always)]
    pub(super) fn commit_word(&mut self, run: usize) {
        if let Some(p) = self.word_cut.take().filter(|_| !self.word_dirty) {
            if p < run {
                self.cut_out = self.word_cut_out;
            }
            self.cut_in = p;
        }
        self.word_dirty = false;
    }
}

/// What the tight loop needs of the configuration.
#[derive(Clone, Copy)]
pub(super) struct Mode {
    /// [`Normalizer::word_mode`](crate::Normalizer).
    pub(super) word_mode: bool,
    /// `collapse_elongation`.
    pub(super) elongation: bool,
    /// `Digits::ArabicIndic`: ASCII digits change.
    pub(super) arabic_indic: bool,
    /// Bit k: the letters of kind k (see [`PLAIN`]) stay as they are; bit 0
    /// (not a letter) is never set.
    keep: u16,
}

/// [`PLAIN`]: the character is inert ([`chars::is_inert`]).
const INERT: u8 = 0x80;

/// For each character U+0600 + i of the Arabic block: 0 when it is no
/// letter (or a letter that the fast path must look at more closely), else
/// the bit of its kind in [`Mode::keep`] (so that one mask says which
/// letters a configuration leaves alone), plus [`INERT`].
static PLAIN: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let kind = match chars::FOLD[i] {
            Fold::Letter => 1,
            Fold::AlefMaksura => 2,
            Fold::TehMarbuta => 3,
            Fold::AlefHamza => 4,
            Fold::AlefVariant => 5,
            Fold::Persian(_) => 6,
            Fold::Kurdish(_) => 7,
            Fold::HamzaCarrier(_) => 8,
            Fold::Hamza => 9,
            _ => 0,
        };
        if kind != 0 {
            let inert = if matches!(i, 0x21..=0x3A | 0x41..=0x4A) {
                INERT
            } else {
                0
            };
            t[i] = kind | inert;
        }
        i += 1;
    }
    t
};

impl Mode {
    /// The tight loop's view of `n`.
    pub(super) fn new(n: &Normalizer) -> Mode {
        // Bit k: the letters of kind k in `PLAIN` stay as they are.
        let kinds = [
            (1, true),
            (2, !n.fold_alef_maksura),
            (3, !n.fold_teh_marbuta),
            (4, !n.fold_alef && !n.fold_alef_hamza),
            (5, !n.fold_alef),
            (6, !n.fold_persian),
            (7, !n.fold_kurdish),
            (8, !n.fold_hamza_carriers),
            // Under quran_orthography ء before an alef may change.
            (9, !n.quran_orthography),
        ];
        let keep = kinds
            .iter()
            .filter(|&&(_, kept)| kept)
            .fold(0, |m, &(k, _)| m | 1 << k);
        Mode {
            word_mode: n.word_mode(),
            elongation: n.collapse_elongation,
            arabic_indic: n.digits == Digits::ArabicIndic,
            keep,
        }
    }

    /// The [`PLAIN`] entry of Arabic-block character `idx` when this
    /// configuration leaves it alone (a letter), else 0.
    #[inline(always)]
    fn plain(self, idx: usize) -> u8 {
        let class = PLAIN[idx];
        if self.keep & (1 << (class & 0x0F)) != 0 {
            class
        } else {
            0
        }
    }
}

/// The tight loop from byte `i` (`run`: where the unchanged input starts):
/// returns the byte of the first character it does not take. The state it
/// updates lives in locals (registers) while it runs.
#[inline(never)]
pub(super) fn plain_run(
    bytes: &[u8],
    mut i: usize,
    run: usize,
    mode: Mode,
    scan: &mut Scan,
) -> usize {
    const NONE: usize = usize::MAX;
    let start = i;
    let keep = mode.keep;
    let mut prev_inert = scan.prev_inert;
    let mut last_ws = scan.last_ws;
    let mut runs = scan.runs;
    // The last cut found here (tentative under the word rules).
    let mut cut = NONE;
    while let Some(&b) = bytes.get(i) {
        if b & 0xFC == 0xD8 {
            let Some(&second) = bytes.get(i + 1) else {
                break;
            };
            let idx = ((usize::from(b) & 0x03) << 6) | (usize::from(second) & 0x3F);
            let class = PLAIN[idx];
            if (keep >> (class & 0x0F)) & 1 == 0 {
                break;
            }
            if mode.elongation && runs.push_code(0x0600 + idx as u32) {
                scan.force_slow = true;
                break;
            }
            let inert = class & INERT != 0;
            if prev_inert && inert {
                cut = i;
            }
            prev_inert = inert;
            i += 2;
        } else if b.is_ascii_alphabetic() || (b.is_ascii_digit() && !mode.arabic_indic) {
            if prev_inert {
                cut = i;
            }
            prev_inert = true;
            runs.reset();
            i += 1;
        } else if b == b' ' && !last_ws && mode.plain_letter_at(bytes, i + 1) {
            // One space between words, before a letter no switch changes:
            // the end of a word.
            if mode.word_mode {
                if cut != NONE {
                    scan.word_cut = Some(cut);
                    cut = NONE;
                }
                scan.commit_word(run);
            }
            prev_inert = false;
            runs.reset();
            i += 1;
        } else {
            break;
        }
        last_ws = false;
    }
    if cut != NONE {
        if mode.word_mode {
            scan.word_cut = Some(cut);
        } else {
            scan.cut_in = cut;
        }
    }
    if i > start {
        last_ws = bytes[i - 1] == b' ';
    }
    scan.prev_inert = prev_inert;
    scan.last_ws = last_ws;
    scan.runs = runs;
    i
}

impl Mode {
    /// Whether the tight loop may take the character at byte `i` (cheaper
    /// than entering it for nothing).
    #[inline(always)]
    pub(super) fn may_take(self, bytes: &[u8], i: usize) -> bool {
        match bytes.get(i) {
            Some(&b) if b & 0xFC == 0xD8 => self.plain_letter_at(bytes, i),
            Some(&b) => b.is_ascii_alphanumeric() || b == b' ',
            None => false,
        }
    }

    /// Whether the character at byte `i` is an ASCII letter or an Arabic
    /// letter that this configuration leaves alone.
    #[inline(always)]
    pub(super) fn plain_letter_at(self, bytes: &[u8], i: usize) -> bool {
        match bytes.get(i..i + 2) {
            Some(&[lead @ 0xD8..=0xDB, second]) => {
                self.plain((((lead & 0x03) as usize) << 6) | (second & 0x3F) as usize) != 0
            }
            _ => bytes.get(i).is_some_and(u8::is_ascii_alphabetic),
        }
    }
}
