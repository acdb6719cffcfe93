//! Text that is already normal, or whose changes need no look at their
//! neighbours, sixteen bytes a step (thirty-two with AVX2, whose twin
//! takes two blocks at once): the fast path's tight loop
//! ([`plain`](super::plain)) hands the text after a space here, and blocks
//! whose every character it would take without a rule are skipped at
//! once.
//!
//! A block is *plain* when each of its characters is ASCII that the loop
//! keeps (a letter, a digit unless they become Arabic-Indic, punctuation,
//! a line feed, a TAB), a space between two bytes above U+0020 (no space,
//! line feed, TAB or other control on either side), a character of the Arabic
//! block that the configuration keeps and that is no mark, a ء before
//! ASCII (`Switches::hamza`), or a *change*: a character of the Arabic
//! block that the configuration drops or replaces by one character (ة ى
//! أ, the harakat and the Arabic comma under `search`), whose byte goes
//! to [`Changes`]; and, with `collapse_elongation`, when no second byte of
//! it equals the second bytes two and four bytes before (which a run of
//! three identical letters has). A character may straddle two blocks: the
//! first checks it whole (a lead and the byte after it), the second takes
//! its second byte. The skim returns the last space or line feed of its
//! plain blocks: the tight loop makes the changes before it (after the
//! checks of [`changes`](crate::normalize::changes)) and goes on from there
//! with the state it leaves, so only the last word is read twice.
//!
use super::{available, Pairs, BLOCK};

/// The switches of a configuration that the skim reads.
#[derive(Clone, Copy)]
pub(in crate::normalize) struct Switches {
    /// Bit k: the characters of kind k stay (those that are no marks are
    /// plain).
    pub(in crate::normalize) keep: u32,
    /// Bit k: the characters of kind k are dropped or replaced by one
    /// character, which the tight loop does without a look at their
    /// neighbours: plain, and listed in [`Changes`] (0 in check mode).
    pub(in crate::normalize) change: u32,
    /// ASCII digits are plain (they stay).
    pub(in crate::normalize) digits: bool,
    /// Runs of three identical characters are looked for.
    pub(in crate::normalize) elongation: bool,
    /// The quotes beyond ASCII of the tight loop (« » ‹ › U+2018–U+201F)
    /// are plain (they stay).
    pub(in crate::normalize) quotes: bool,
    /// No word rule: the loop can go on from any character, not only from
    /// a space or line feed.
    pub(in crate::normalize) anywhere: bool,
    /// A ء (which `keep` leaves to the word rules) stays when ASCII follows
    /// it (`quran_orthography` reads a ء before a mark).
    pub(in crate::normalize) hamza: bool,
}

/// What the skim needs of a configuration.
#[derive(Clone, Copy)]
pub(super) struct Plain {
    /// The characters of the Arabic block that are plain: the `keep` set,
    /// and the changes in the `drop` set.
    pairs: Pairs,
    /// Some kind changes.
    changes: bool,
    digits: bool,
    elongation: bool,
    quotes: bool,
    anywhere: bool,
    hamza: bool,
}

impl Plain {
    /// The skim of a configuration.
    pub(super) fn new(s: Switches) -> Plain {
        Plain {
            pairs: Pairs::skim(s.keep, s.change),
            changes: s.change != 0,
            digits: s.digits,
            elongation: s.elongation,
            quotes: s.quotes,
            anywhere: s.anywhere,
            hamza: s.hamza,
        }
    }
}

/// Where the plain blocks from a start end: the last space or line feed in
/// them, and the byte after them (the start when there is none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Region {
    pub(super) last: Option<usize>,
    pub(super) end: usize,
}

impl Region {
    /// Where the tight loop goes on after the region from byte `start`:
    /// its last blank; or, with `p.anywhere`, its end, backed up to the
    /// start of a character and before a blank that ends it (which the loop
    /// must read, to see what follows it).
    pub(super) fn resume(self, p: &Plain, bytes: &[u8], start: usize) -> Option<usize> {
        if !p.anywhere {
            return self.last;
        }
        let mut end = self.end;
        while end > start && bytes[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        if end > start && matches!(bytes[end - 1], b' ' | b'\n' | b'\t') {
            end -= 1;
        }
        (end > start).then_some(end)
    }
}

/// The changes in the plain blocks (characters of the kinds of
/// [`Switches::change`]): the byte of each one, in order. A skim stops
/// before a block once fewer than a block's worth of room is left.
pub(in crate::normalize) struct Changes {
    at: [usize; CHANGES],
    len: usize,
    /// What each character of the Arabic block is replaced by, as the
    /// tight loop looks it up (`'\0'`: not yet): kept across tries.
    replacements: [char; 256],
}

/// The room of [`Changes`].
pub(in crate::normalize) const CHANGES: usize = 64;

impl Changes {
    pub(super) fn new() -> Changes {
        Changes {
            at: [0; CHANGES],
            len: 0,
            replacements: ['\0'; 256],
        }
    }

    /// The bytes of the changes, in order.
    pub(in crate::normalize) fn as_slice(&self) -> &[usize] {
        &self.at[..self.len]
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// Whether a block of `w` bytes fits (it holds at most `w / 2`).
    #[inline(always)]
    fn has_room(&self, w: usize) -> bool {
        self.len + w / 2 <= CHANGES
    }

    /// Adds the changes at the set bits of `mask`, counted from byte `i`.
    #[inline(always)]
    fn push_mask(&mut self, i: usize, mut mask: u32) {
        // `has_room` before each block keeps every change.
        debug_assert!(self.len + mask.count_ones() as usize <= CHANGES);
        while mask != 0 {
            if let Some(slot) = self.at.get_mut(self.len) {
                *slot = i + mask.trailing_zeros() as usize;
                self.len += 1;
            }
            mask &= mask - 1;
        }
    }
}

/// The skim as the tight loop uses it: off without SSSE3 (the portable
/// twin is no faster than the loop) and on short text; built at the first
/// try past [`START`]. The loop tries it after a space or line feed once
/// [`Skim::wait`] of them have passed since the last try: none after a skip, and after a
/// miss (or a skip shorter than [`MIN_SKIP`], which it does not take)
/// twice as many after each miss in a row, up to 63.
pub(in crate::normalize) struct Skim {
    state: State,
    /// The spaces to let pass before the next try (the loop counts them
    /// down in a register).
    pub(in crate::normalize) wait: u32,
    misses: u32,
}

// One per call, on the stack: a box would allocate, and `Off` builds no
// `Changes`.
#[allow(clippy::large_enum_variant)]
enum State {
    Off,
    Later(Switches),
    /// With the changes of the last try's blocks.
    On(Plain, Changes),
}

/// The shortest text worth a skim, and the first byte it starts at.
const START: usize = 1024;

/// The shortest skip taken: two blocks.
const MIN_SKIP: usize = 2 * BLOCK;

/// The fewest bytes a change in a skip taken, on average: the tight loop
/// makes dense changes (the harakat of vocalized text) for less than the
/// look at each one's neighbours (see `changes`) costs.
const SPARSE: usize = 8;

impl Skim {
    /// The skim of a text of `len` bytes under the switches `s`.
    pub(in crate::normalize) fn new(len: usize, s: Switches) -> Skim {
        let state = if len < 2 * START || !available() {
            State::Off
        } else {
            State::Later(s)
        };
        let wait = if matches!(state, State::Off) {
            u32::MAX
        } else {
            0
        };
        Skim {
            state,
            wait,
            misses: 0,
        }
    }

    /// Whether the skim may be tried (it is not off).
    pub(in crate::normalize) fn is_on(&self) -> bool {
        !matches!(self.state, State::Off)
    }

    /// Whether the loop may try it after any kept character (no word rule).
    pub(in crate::normalize) fn anywhere(&self) -> bool {
        match &self.state {
            State::Off => false,
            State::Later(s) => s.anywhere,
            State::On(p, _) => p.anywhere,
        }
    }

    /// The changes in the blocks of the last try, from its start; the
    /// tight loop makes those before where it goes on.
    pub(in crate::normalize) fn changes(&self) -> &[usize] {
        match &self.state {
            State::On(_, changes) => changes.as_slice(),
            _ => &[],
        }
    }

    /// [`changes`](Self::changes), and the replacements the loop has
    /// looked up so far (see [`Changes`]), or `None` when the skim is not
    /// on.
    pub(in crate::normalize) fn changes_and_replacements(
        &mut self,
    ) -> Option<(&[usize], &mut [char; 256])> {
        match &mut self.state {
            State::On(_, changes) => Some((&changes.at[..changes.len], &mut changes.replacements)),
            _ => None,
        }
    }

    /// A try after the space or line feed before byte `i`: the last space
    /// or line feed of the plain blocks from `i` (or, with no word rule,
    /// their end), or `None`. Sets [`Skim::wait`] and
    /// [`Skim::changes`].
    #[inline(never)]
    pub(in crate::normalize) fn try_at(&mut self, bytes: &[u8], i: usize) -> Option<usize> {
        if let State::Later(s) = self.state {
            if i < START {
                self.wait = 16;
                return None;
            }
            self.state = State::On(Plain::new(s), Changes::new());
        }
        let State::On(plain, changes) = &mut self.state else {
            self.wait = u32::MAX;
            return None;
        };
        changes.clear();
        // A short skip does not pay for the word read twice, nor dense
        // changes for the look at each.
        let found = skim(plain, bytes, i, changes)
            .resume(plain, bytes, i)
            .filter(|&s| s - i >= MIN_SKIP && changes.len * SPARSE <= s - i);
        if found.is_some() {
            self.misses = 0;
            self.wait = 0;
        } else {
            self.miss();
        }
        found
    }

    /// Counts the last try as a miss: its skip was not taken.
    pub(in crate::normalize) fn miss(&mut self) {
        self.misses = (self.misses + 1).min(6);
        self.wait = (1 << self.misses) - 1;
    }
}

/// Calls the SIMD twin of module `$m` instantiated for `$p`'s switches.
#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
macro_rules! by_switches {
    ($m:ident, $p:expr, $bytes:expr, $i:expr, $changes:expr) => {
        by_switches!(
            @ $m, $p, $bytes, $i, $changes;
            [$p.digits, $p.elongation, $p.quotes, $p.changes, $p.hamza]; []
        )
    };
    (@ $m:ident, $p:expr, $bytes:expr, $i:expr, $changes:expr;
        [$first:expr $(, $rest:expr)*]; [$($known:tt)*]) => {
        if $first {
            by_switches!(@ $m, $p, $bytes, $i, $changes; [$($rest),*]; [$($known)* true,])
        } else {
            by_switches!(@ $m, $p, $bytes, $i, $changes; [$($rest),*]; [$($known)* false,])
        }
    };
    (@ $m:ident, $p:expr, $bytes:expr, $i:expr, $changes:expr; []; [$($known:tt)*]) => {
        $m::skim::<$($known)*>($p, $bytes, $i, $changes)
    };
}

/// The plain blocks from byte `i` (`i >= 4`, so that the blocks can look
/// four bytes back; none before), with their changes added to `changes`.
pub(super) fn skim(p: &Plain, bytes: &[u8], i: usize, changes: &mut Changes) -> Region {
    #[cfg(all(target_arch = "x86_64", feature = "std"))]
    {
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (detected just now).
            #[allow(unsafe_code)]
            return unsafe { by_switches!(avx2, p, bytes, i, changes) };
        }
        if std::is_x86_feature_detected!("ssse3") {
            // SAFETY: the CPU has SSSE3 (detected just now).
            #[allow(unsafe_code)]
            return unsafe { by_switches!(ssse3, p, bytes, i, changes) };
        }
    }
    #[cfg(all(target_arch = "x86_64", not(feature = "std"), target_feature = "ssse3"))]
    {
        // SAFETY: SSSE3 is enabled at compile time.
        #[allow(unsafe_code)]
        return unsafe { by_switches!(ssse3, p, bytes, i, changes) };
    }
    #[allow(unreachable_code)]
    scalar(p, bytes, i, changes)
}

/// [`skim`] without AVX2: the SSSE3 twin where the CPU has it, else the
/// portable one (for [`check_twins`](super::check_twins)).
#[cfg(any(test, feature = "invariants"))]
pub(super) fn skim_ssse3(p: &Plain, bytes: &[u8], i: usize, changes: &mut Changes) -> Region {
    #[cfg(all(target_arch = "x86_64", feature = "std"))]
    {
        if std::is_x86_feature_detected!("ssse3") {
            // SAFETY: the CPU has SSSE3 (detected just now).
            #[allow(unsafe_code)]
            return unsafe { by_switches!(ssse3, p, bytes, i, changes) };
        }
    }
    scalar(p, bytes, i, changes)
}

/// The portable twin of [`skim`]: the same blocks, a byte at a time.
pub(super) fn scalar(p: &Plain, bytes: &[u8], mut i: usize, changes: &mut Changes) -> Region {
    let mut last = None;
    if i < 4 {
        return Region { last, end: i };
    }
    let quote = |at: usize| match bytes[at] {
        0xC2 => matches!(bytes[at + 1], 0xAB | 0xBB),
        _ => bytes[at + 1] == 0x80 && matches!(bytes[at + 2], 0x98..=0x9F | 0xB9 | 0xBA),
    };
    while i + BLOCK + 1 < bytes.len() && changes.has_room(BLOCK) {
        let mut changed = 0;
        for k in 0..BLOCK {
            let at = i + k;
            let b = bytes[at];
            let plain = match b {
                b' ' => bytes[at - 1] > b' ' && bytes[at + 1] > b' ',
                b'\n' | b'\t' => true,
                b'0'..=b'9' => p.digits,
                0x21..=0x7E => true,
                0x80..=0xBF => !(p.elongation && b == bytes[at - 2] && b == bytes[at - 4]),
                0xD8 if p.hamza && bytes[at + 1] == 0xA1 && bytes[at + 2] < 0x80 => true,
                0xD8..=0xDB => match p.pairs.verdict(b, bytes[at + 1]) {
                    0 => {
                        changed |= 1 << k;
                        p.changes
                    }
                    verdict => verdict == 1,
                },
                0xC2 | 0xE2 => p.quotes && quote(at),
                _ => false,
            };
            if !plain {
                return Region { last, end: i };
            }
        }
        changes.push_mask(i, changed);
        if let Some(k) = bytes[i..i + BLOCK]
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'\n'))
        {
            last = Some(i + k);
        }
        i += BLOCK;
    }
    Region { last, end: i }
}

/// The plain-block test of the SIMD twins, for one vector width: `$w`
/// bytes a step, with the intrinsics of that width. Checks blocks while
/// `i + $w + 1 < n` (the quotes read two bytes past a lead), moving `i`
/// past each plain one; `last` takes each plain block's last blank.
#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
macro_rules! plain_blocks {
    (
        $w:expr, $p:expr, $bytes:expr, $i:ident, $last:ident, $changes:ident;
        $load:ident, $set1:ident, $and:ident, $or:ident, $andnot:ident, $cmpeq:ident,
        $cmpgt:ident, $min:ident, $shuffle:ident, $slli:ident, $srli:ident, $zero:ident,
        $movemask:ident, $broadcast:expr
    ) => {{
        let n = $bytes.len();
        let splat = |b: u8| $set1(b as i8);
        let [plain0, plain1] = $p.pairs.keep_tables().each_ref().map(|t| $broadcast(t));
        let [change0, change1] = $p.pairs.drop_tables().each_ref().map(|t| $broadcast(t));
        let bits = $broadcast(&[1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0]);
        while $i + $w + 1 < n && (!CHANGES || $changes.has_room($w)) {
            // SAFETY: `4 <= i` and `i + w + 1 < n`: every load is in bounds.
            let at = |d: isize| unsafe { $load($bytes.as_ptr().add($i).offset(d).cast()) };
            let (v, next, prev) = (at(0), at(1), at(-1));
            // ASCII that stays: 0x21–0x7E (no digit when they change), and
            // the blanks below.
            let graphic = $andnot($cmpeq(v, splat(0x7F)), $cmpgt(v, splat(0x20)));
            // Line feeds, TABs, and spaces between two bytes above U+0020
            // (no space, line feed, TAB or other control on either side).
            let space = $cmpeq(v, splat(b' '));
            let lf = $cmpeq(v, splat(b'\n'));
            let tab = $cmpeq(v, splat(b'\t'));
            let low = |x| $cmpeq($min(x, splat(b' ')), x);
            let single = $andnot($or(low(prev), low(next)), space);
            let graphic = if DIGITS {
                graphic
            } else {
                let digit = $and($cmpgt(v, splat(b'0' - 1)), $cmpgt(splat(b'9' + 1), v));
                $andnot(digit, graphic)
            };
            let ascii = $or($or(graphic, tab), $or(single, lf));
            // Second bytes, but the third of a run of three equal ones.
            let second = $cmpeq($and(v, splat(0xC0)), splat(0x80));
            let second = if ELONGATION {
                $andnot($and($cmpeq(v, at(-2)), $cmpeq(v, at(-4))), second)
            } else {
                second
            };
            // Plain leads of the Arabic block: each lead's bit in the nibble
            // tables (by its low bit and the second byte's high nibble), in
            // the row of the second byte's low nibble, of its group (DA DB).
            let arabic = $cmpeq($and(v, splat(0xFC)), splat(0xD8));
            let row = $or(
                $and($slli::<2>(v), splat(4)),
                $and($srli::<4>(next), splat(3)),
            );
            let bit = $shuffle(bits, row);
            let lo = $and(next, splat(0x0F));
            let group = $cmpeq($and(v, splat(2)), splat(2));
            let t = $or(
                $andnot(group, $shuffle(plain0, lo)),
                $and(group, $shuffle(plain1, lo)),
            );
            let lead = $andnot($cmpeq($and(t, bit), $zero()), arabic);
            // The changes: leads in the dropped set's tables.
            let change = if CHANGES {
                let t = $or(
                    $andnot(group, $shuffle(change0, lo)),
                    $and(group, $shuffle(change1, lo)),
                );
                $andnot($cmpeq($and(t, bit), $zero()), arabic)
            } else {
                $zero()
            };
            // A ء before ASCII.
            let lead = if HAMZA {
                let hamza = $and($cmpeq(v, splat(0xD8)), $cmpeq(next, splat(0xA1)));
                $or(lead, $and(hamza, $cmpgt(at(2), splat(0xFF))))
            } else {
                lead
            };
            let ok = $or($or(ascii, second), $or(lead, change));
            // The quotes of the tight loop: C2 AB, C2 BB, E2 80 98–9F,
            // E2 80 B9, E2 80 BA.
            let ok = if QUOTES {
                let next2 = at(2);
                let guillemet = $and(
                    $cmpeq(v, splat(0xC2)),
                    $or($cmpeq(next, splat(0xAB)), $cmpeq(next, splat(0xBB))),
                );
                let curly = $or(
                    $and($cmpgt(next2, splat(0x97)), $cmpgt(splat(0xA0), next2)),
                    $or($cmpeq(next2, splat(0xB9)), $cmpeq(next2, splat(0xBA))),
                );
                let curly = $and(
                    $and($cmpeq(v, splat(0xE2)), $cmpeq(next, splat(0x80))),
                    curly,
                );
                $or(ok, $or(guillemet, curly))
            } else {
                ok
            };
            if $movemask(ok) as u32 as u64 != (1u64 << $w) - 1 {
                break;
            }
            if CHANGES {
                $changes.push_mask($i, $movemask(change) as u32);
            }
            let blanks = $movemask($or(space, lf)) as u32;
            if blanks != 0 {
                $last = Some($i + (31 - blanks.leading_zeros()) as usize);
            }
            $i += $w;
        }
    }};
}

#[cfg(all(target_arch = "x86_64", any(feature = "std", target_feature = "ssse3")))]
#[allow(unsafe_code)]
mod ssse3 {
    use super::{Changes, Plain, Region, BLOCK};
    use core::arch::x86_64::*;

    /// Loads sixteen bytes.
    #[target_feature(enable = "ssse3")]
    #[inline]
    fn broadcast(t: &[u8; 16]) -> __m128i {
        // SAFETY: `t` is sixteen bytes.
        unsafe { _mm_loadu_si128(t.as_ptr().cast()) }
    }

    /// [`super::skim`] with SSSE3, for `p.digits == DIGITS`,
    /// `p.elongation == ELONGATION`, `p.quotes == QUOTES`,
    /// `p.changes == CHANGES` and `p.hamza == HAMZA`.
    ///
    /// # Safety
    /// The CPU must support SSSE3.
    #[target_feature(enable = "ssse3")]
    pub(super) unsafe fn skim<
        const DIGITS: bool,
        const ELONGATION: bool,
        const QUOTES: bool,
        const CHANGES: bool,
        const HAMZA: bool,
    >(
        p: &Plain,
        bytes: &[u8],
        mut i: usize,
        changes: &mut Changes,
    ) -> Region {
        let mut last = None;
        if i >= 4 {
            plain_blocks!(
                BLOCK, p, bytes, i, last, changes;
                _mm_loadu_si128, _mm_set1_epi8, _mm_and_si128, _mm_or_si128, _mm_andnot_si128,
                _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_min_epu8, _mm_shuffle_epi8, _mm_slli_epi16,
                _mm_srli_epi16, _mm_setzero_si128, _mm_movemask_epi8, broadcast
            );
        }
        Region { last, end: i }
    }
}

#[cfg(all(target_arch = "x86_64", feature = "std"))]
#[allow(unsafe_code)]
mod avx2 {
    use super::{Changes, Plain, Region, BLOCK};
    use core::arch::x86_64::*;

    /// Sixteen bytes in both halves.
    #[target_feature(enable = "avx2")]
    #[inline]
    fn broadcast(t: &[u8; 16]) -> __m256i {
        // SAFETY: `t` is sixteen bytes.
        _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr().cast()) })
    }

    /// [`super::skim`] with AVX2: two blocks a step, then the SSSE3 twin
    /// from the first block not plain or the last two (`DIGITS`,
    /// `ELONGATION`, `QUOTES`, `CHANGES` and `HAMZA` as there).
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn skim<
        const DIGITS: bool,
        const ELONGATION: bool,
        const QUOTES: bool,
        const CHANGES: bool,
        const HAMZA: bool,
    >(
        p: &Plain,
        bytes: &[u8],
        mut i: usize,
        changes: &mut Changes,
    ) -> Region {
        let mut last = None;
        if i < 4 {
            return Region { last, end: i };
        }
        plain_blocks!(
            2 * BLOCK, p, bytes, i, last, changes;
            _mm256_loadu_si256, _mm256_set1_epi8, _mm256_and_si256, _mm256_or_si256,
            _mm256_andnot_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_min_epu8,
            _mm256_shuffle_epi8,
            _mm256_slli_epi16, _mm256_srli_epi16, _mm256_setzero_si256, _mm256_movemask_epi8,
            broadcast
        );
        // SAFETY: AVX2 implies SSSE3.
        let rest = unsafe {
            super::ssse3::skim::<DIGITS, ELONGATION, QUOTES, CHANGES, HAMZA>(p, bytes, i, changes)
        };
        Region {
            last: rest.last.or(last),
            end: rest.end,
        }
    }
}

#[cfg(test)]
mod tests;
