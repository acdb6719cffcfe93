//! Zero-copy is a promise: a counting global allocator proves that iterating
//! tokens allocates nothing, and that normalizing already-normal text
//! allocates nothing and borrows the input.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use arabic_text::{Normalizer, Tokenizer};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const SEED: &str = include_str!("../seeds/000_69dfd127be070d7e.txt");

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    f();
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

// One test function: the counter is global, and tests in one binary run on
// several threads.
#[test]
fn no_allocation_when_tokenizing_or_normalizing_normal_text() {
    let hostile = "«”كلام“» 👨\u{200D}👩\u{200D}👧 1\u{FE0F}\u{20E3} ٣٫١٤ َُ don't ﷺ";
    let web = "RT @news_ar: #رمضان_كريم https://example.org/ar/أخبار-اليوم info@x.com \
               \u{FEFF}\u{3164} ۝١ 3alimni و\"نعم\" a.a.a.a@";
    for text in [SEED, hostile, web] {
        let tok = Tokenizer::new();
        let mut count = 0;
        let mut bytes = 0;
        let n = allocations_during(|| {
            for t in tok.segments(text) {
                count += 1;
                bytes += t.text().len();
                // Tokens point into the input.
                assert!(text.as_bytes().as_ptr_range().contains(&t.text().as_ptr()));
            }
            for t in tok.tokenize(text) {
                count += t.span().len().min(1);
            }
        });
        assert_eq!(n, 0, "tokenizing allocated {n} times");
        assert_eq!(bytes, text.len());
        assert!(count > 0);
        // Hashtag parts and sentences borrow the input too.
        let mut sentences = 0;
        let n = allocations_during(|| {
            for t in tok.tokenize(text) {
                count += t.hashtag_parts().count();
            }
            for s in tok.sentences(text) {
                sentences += s.len();
            }
        });
        assert_eq!(n, 0, "hashtag parts or sentences allocated {n} times");
        assert_eq!(sentences, text.len());
    }

    let search = Normalizer::search();
    let clean = Normalizer::clean();
    let normal_search = search.normalize(SEED).into_owned();
    let normal_clean = clean.normalize(SEED).into_owned();
    let n = allocations_during(|| {
        for (norm, text) in [
            (&search, normal_search.as_str()),
            (&clean, normal_clean.as_str()),
        ] {
            match norm.normalize(text) {
                Cow::Borrowed(s) => assert!(std::ptr::eq(s, text)),
                Cow::Owned(_) => panic!("normalizing normal text allocated a String"),
            }
            assert!(norm.is_normalized(text));
        }
    });
    assert_eq!(n, 0, "normalizing normal text allocated {n} times");

    // The character-by-character path (Lucene's normalizer, the one-line
    // strips) builds its SIMD prefilter once per process and configuration,
    // at its first text of 256 bytes or more; after that, normal text costs
    // no allocation either.
    let lucene = Normalizer::lucene();
    let normal_lucene = lucene.normalize(SEED).into_owned();
    let no_tatweel = arabic_text::strip_tatweel(SEED).into_owned();
    let no_diacritics = arabic_text::strip_diacritics(SEED).into_owned();
    assert!(lucene.is_normalized(&normal_lucene));
    let n = allocations_during(|| {
        for (out, text) in [
            (lucene.normalize(&normal_lucene), normal_lucene.as_str()),
            (arabic_text::strip_tatweel(&no_tatweel), no_tatweel.as_str()),
            (
                arabic_text::strip_diacritics(&no_diacritics),
                no_diacritics.as_str(),
            ),
        ] {
            match out {
                Cow::Borrowed(s) => assert!(std::ptr::eq(s, text)),
                Cow::Owned(_) => panic!("normalizing normal text allocated a String"),
            }
        }
        assert!(lucene.is_normalized(&normal_lucene));
    });
    assert_eq!(n, 0, "the character-by-character path allocated {n} times");

    // Offset maps: normal text gives a borrowed text, an empty map
    // and borrowed tokens, without one allocation.
    let n = allocations_during(|| {
        for (norm, text) in [
            (&search, normal_search.as_str()),
            (&clean, normal_clean.as_str()),
        ] {
            let nwo = norm.normalize_with_offsets(text);
            assert!(std::ptr::eq(nwo.text(), text));
            assert!(nwo.offsets().is_empty());
            let mut words = 0;
            for t in Tokenizer::new().tokenize_normalized(norm, text) {
                assert!(std::ptr::eq(t.normalized(), t.original()));
                assert!(matches!(t.into_normalized(), Cow::Borrowed(_)));
                words += 1;
            }
            assert!(words > 100);
        }
    });
    assert_eq!(n, 0, "offsets of normal text allocated {n} times");

    // On text that changes, only the changed tokens allocate: one String each,
    // plus the normalized text and the map.
    let text = "قال الرئيس إن المدرسة كَتَبَ";
    let changed = Tokenizer::new()
        .tokenize_normalized(&search, text)
        .filter(|t| t.normalized() != t.original())
        .count();
    assert_eq!(changed, 3); // إن → ان, المدرسة → المدرسه, كَتَبَ → كتب
    let mut tokens = Tokenizer::new().tokenize_normalized(&search, text);
    let n = allocations_during(|| {
        for t in tokens.by_ref() {
            drop(t);
        }
    });
    assert_eq!(
        n, changed,
        "tokens allocated {n} times for {changed} changed tokens"
    );
}
