//! The skim's blocks, and where the tight loop goes on after them.

use super::*;
use crate::normalize::table::Mode;
use crate::Normalizer;

fn plain(n: &Normalizer) -> Plain {
    let mode = Mode::new(n, true);
    Plain::new(n.skim_switches(mode))
}

/// `head`, then `body` from byte `head.len()`: the region of the skim,
/// relative to the body.
fn region(n: &Normalizer, head: &str, body: &str) -> Region {
    let text = alloc::format!("{head}{body}");
    let found = skim(&plain(n), text.as_bytes(), head.len(), &mut Changes::new());
    let portable = scalar(&plain(n), text.as_bytes(), head.len(), &mut Changes::new());
    assert_eq!(found, portable);
    Region {
        last: found.last.map(|s| s - head.len()),
        end: found.end - head.len(),
    }
}

/// The last blank of the skim's region.
fn last_space(n: &Normalizer, head: &str, body: &str) -> Option<usize> {
    region(n, head, body).last
}

#[test]
fn plain_blocks_end_at_their_last_space() {
    let search = Normalizer::search();
    // Plain words, then a ة (which search folds): the blocks before the
    // one holding it, up to their last space.
    let body = "كتاب في مدرسه abc 2024 علي الطاولة";
    let s = last_space(&search, "abc ", body).unwrap();
    assert_eq!(&body[..s], "كتاب في مدرسه abc 2024 علي");
    // The first block not plain: nothing.
    assert_eq!(
        last_space(&search, "abc ", "مدرسة في المدينة المنورة"),
        None
    );
    // Clean keeps ة: every block but the last (a block needs two bytes
    // after it), up to the last space.
    let clean = Normalizer::clean();
    let body = "مدرسة في المدينة المنورة abc";
    let s = last_space(&clean, "abc ", body).unwrap();
    assert_eq!(&body[..s], "مدرسة في المدينة");
    // Line feeds are plain, and one can be the last blank.
    let body = "مدرسة في المدينة\n\nالمنورة abc";
    let s = last_space(&clean, "abc ", body).unwrap();
    assert_eq!(&body[..s], "مدرسة في المدينة\n\nالمنورة");
    let body = "مدرسة في المدينة المنورة\nabcdefghijklmnopq";
    let s = last_space(&clean, "abc ", body).unwrap();
    assert_eq!(&body[..s], "مدرسة في المدينة المنورة");
    // So are TABs (a TSV column), but never the last blank.
    let body = "مدرسة في\tالمدينة المنورة\tabcdefghijklmnopq";
    let s = last_space(&clean, "abc ", body).unwrap();
    assert_eq!(&body[..s], "مدرسة في\tالمدينة");
}

#[test]
fn without_word_rules_the_loop_goes_on_from_the_end_of_the_blocks() {
    // `www.` has no blank: clean (no word rule) goes on from the end of
    // the blocks, search (word rules) from nowhere.
    let body = "www.".repeat(20);
    let (clean, search) = (Normalizer::clean(), Normalizer::search());
    let text = alloc::format!("abc.{body}");
    let r = region(&clean, "abc.", &body);
    assert_eq!((r.last, r.end), (None, 64));
    assert_eq!(
        skim(&plain(&clean), text.as_bytes(), 4, &mut Changes::new()).resume(
            &plain(&clean),
            text.as_bytes(),
            4
        ),
        Some(68)
    );
    let r = skim(&plain(&search), text.as_bytes(), 4, &mut Changes::new());
    assert_eq!(r.resume(&plain(&search), text.as_bytes(), 4), None);
    // The end backs up before a blank that ends the blocks (here one
    // before a tanween, which clean keeps but is no plain character).
    let text = alloc::format!("abc {} \u{64C}{}", "x".repeat(15), "y".repeat(40));
    let r = skim(&plain(&clean), text.as_bytes(), 4, &mut Changes::new());
    assert_eq!(r.end, 20);
    assert_eq!(r.resume(&plain(&clean), text.as_bytes(), 4), Some(19));
    // And to the start of a character the blocks split.
    let text = alloc::format!("abc {}كذ\u{64C}{}", "x".repeat(13), "y".repeat(40));
    let r = skim(&plain(&clean), text.as_bytes(), 4, &mut Changes::new());
    assert_eq!(r.end, 20);
    assert_eq!(r.resume(&plain(&clean), text.as_bytes(), 4), Some(19));
}

#[test]
fn a_double_space_a_space_by_a_tab_a_mark_a_run_or_a_control_ends_the_blocks() {
    let clean = Normalizer::clean();
    for (body, before) in [
        ("كتاب في مدرسة  كبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسة \nكبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسة\n كبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسة \tكبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسة\t كبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسةٌ كبيرة في المدينة", "كتاب في"),
        ("كتاب في مدرسة\rكبيرة في المدينة", "كتاب في"),
    ] {
        let s = last_space(&clean, "abc ", body).unwrap();
        assert_eq!(&body[..s], before, "{body:?}");
    }
    // A run of three identical letters under collapse_elongation.
    let search = Normalizer::search();
    let body = "كتاب في مرحبااا كبير في المدينه";
    assert_eq!(
        last_space(&search, "abc ", body).map(|s| &body[..s]),
        Some("كتاب في")
    );
    // Quotes beyond ASCII are plain where they stay (clean), not where
    // they change (search).
    let body = "«كتاب» “في” ‹مدرسة› ‘كبيرة’ في المدينة abc def";
    assert_eq!(
        last_space(&clean, "abc ", body).map(|s| &body[..s]),
        Some("«كتاب» “في” ‹مدرسة› ‘كبيرة’ في المدينة")
    );
    assert_eq!(last_space(&search, "abc ", body), None);
    // Arabic-Indic digits: ASCII digits are no longer plain.
    let indic = Normalizer::new().digits(crate::Digits::ArabicIndic);
    assert_eq!(
        last_space(&indic, "abc ", "1234567890 كتاب في المدينة"),
        None
    );
}
