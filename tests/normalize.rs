//! One test per normalization switch, alone and with the switches it
//! interacts with. Expected outputs are exact; code points are escaped where
//! the text would be invisible.

use std::borrow::Cow;

use arabic_text::{
    Controls, Diacritics, Digits, Form, Normalizer, Punctuation, Quotes, SuperscriptAlef,
    Whitespace,
};

fn n() -> Normalizer {
    Normalizer::new()
}

#[test]
fn identity_changes_nothing_and_borrows() {
    let text = "إِدْلِــب ﻻ «نعم» ٣٫١٤\u{200F}  ";
    let out = n().normalize(text);
    assert!(matches!(out, Cow::Borrowed(s) if std::ptr::eq(s, text)));
}

#[test]
fn borrowed_when_already_normal_pointer_equality() {
    for (norm, text) in [
        (Normalizer::search(), "بوتين يشدد علي ضروره 2020"),
        (Normalizer::clean(), "مُحَمَّدٌ رَسُولُ الله"),
    ] {
        match norm.normalize(text) {
            Cow::Borrowed(s) => {
                assert!(std::ptr::eq(s.as_ptr(), text.as_ptr()) && s.len() == text.len())
            }
            Cow::Owned(s) => panic!("allocated for already-normal {text:?}: {s:?}"),
        }
        assert!(norm.is_normalized(text));
    }
}

#[test]
fn nfc_composes_hamza_and_madda() {
    let nfc = n().unicode_form(Form::Nfc);
    assert_eq!(nfc.normalize("\u{0627}\u{0654}"), "\u{0623}");
    assert_eq!(nfc.normalize("\u{0627}\u{0653}"), "\u{0622}");
    assert_eq!(nfc.normalize("\u{0648}\u{0654}"), "\u{0624}");
    assert_eq!(nfc.normalize("\u{064A}\u{0654}"), "\u{0626}");
    assert_eq!(nfc.normalize("\u{0627}\u{0655}"), "\u{0625}");
}

#[test]
fn nfc_reorders_shadda_and_fatha() {
    // shadda (ccc 33) + fatha (ccc 30) → fatha + shadda
    let nfc = n().unicode_form(Form::Nfc);
    assert_eq!(
        nfc.normalize("\u{0645}\u{0651}\u{064E}"),
        "\u{0645}\u{064E}\u{0651}"
    );
}

#[test]
fn decomposed_alef_hamza_search_vs_clean() {
    assert_eq!(
        Normalizer::search().normalize("\u{0627}\u{0654}"),
        "\u{0627}"
    );
    assert_eq!(
        Normalizer::clean().normalize("\u{0627}\u{0654}"),
        "\u{0623}"
    );
}

#[test]
fn nfkc_maps_presentation_forms_and_compat() {
    let k = n().unicode_form(Form::Nfkc);
    assert_eq!(k.normalize("ﻻ"), "لا");
    assert_eq!(k.normalize("ﻷ"), "\u{0644}\u{0623}");
    assert_eq!(k.normalize("ﷲ"), "الله");
    assert_eq!(k.normalize("ﷺ"), "صلى الله عليه وسلم");
    assert_eq!(k.normalize("ﬁ ７"), "fi 7");
    // The spacing mark forms lose NFKC's U+0020.
    assert_eq!(k.normalize("كتاب\u{FE70}"), "كتاب\u{064B}");
    assert_eq!(k.normalize("\u{FC63}"), "\u{0651}\u{0670}");
    // Medial forms follow NFKC: tatweel + mark.
    assert_eq!(k.normalize("\u{FE71}"), "\u{0640}\u{064B}");
    // U+FE73 is a letter (ARABIC TAIL FRAGMENT) and stays.
    assert_eq!(k.normalize("\u{FE73}"), "\u{FE73}");
}

#[test]
fn presentation_forms_alone_touch_only_arabic_forms() {
    let p = n().presentation_forms(true);
    assert_eq!(p.normalize("ﻣﺮﺣﺒﺎ ﺑﺎﻟﻌﺎﻟﻢ"), "مرحبا بالعالم");
    assert_eq!(p.normalize("ﬁ ７ \u{00A0}"), "ﬁ ７ \u{00A0}");
    assert_eq!(p.normalize("\u{FE7C}"), "\u{0651}");
    assert_eq!(p.normalize("ﷺ"), "صلى الله عليه وسلم");
    // NFKC(ﻷ) is ل + أ, composed.
    assert_eq!(p.normalize("ﻷ"), "\u{0644}\u{0623}");
}

#[test]
fn controls_remove() {
    let c = n().controls(Controls::Remove);
    assert_eq!(c.normalize("كلمة\u{200F}"), "كلمة");
    assert_eq!(c.normalize("\u{061C}\u{202B}نص\u{202C}\u{FEFF}"), "نص");
    assert_eq!(c.normalize("soft\u{00AD}hyphen"), "softhyphen");
    // ZWNJ goes too with Remove.
    assert_eq!(c.normalize("می\u{200C}خواهم"), "میخواهم");
}

#[test]
fn controls_zwsp_between_words_becomes_one_space() {
    let c = n().controls(Controls::Remove);
    assert_eq!(c.normalize("كلمة\u{200B}أخرى"), "كلمة أخرى");
    assert_eq!(c.normalize("١\u{200B}٢"), "١ ٢");
    // Marks and other controls between are skipped; a run yields one space.
    assert_eq!(c.normalize("كلمةُ\u{200B}\u{200F}\u{200B}أخرى"), "كلمةُ أخرى");
    // Not between letters or digits: dropped.
    assert_eq!(c.normalize("كلمة\u{200B} أخرى"), "كلمة أخرى");
    assert_eq!(c.normalize("\u{200B}كلمة\u{200B}"), "كلمة");
    assert_eq!(c.normalize("،\u{200B}كلمة"), "،كلمة");
}

#[test]
fn zwsp_between_words_never_joins_them() {
    let s = Normalizer::search().normalize("كلمة\u{200B}أخرى");
    assert_eq!(s, "كلمه اخري");
    let words: Vec<_> = arabic_text::tokenize(&s)
        .map(|t| t.text().to_owned())
        .collect();
    assert_eq!(words, ["كلمه", "اخري"]);
}

#[test]
fn controls_keep_zwnj_between_letters() {
    let c = n().controls(Controls::RemoveKeepingZwnj);
    assert_eq!(c.normalize("می\u{200C}خواهم"), "می\u{200C}خواهم");
    // Marks before it are skipped; the next character must be a letter.
    assert_eq!(c.normalize("مَ\u{200C}خ"), "مَ\u{200C}خ");
    assert_eq!(c.normalize("می\u{200C} خواهم"), "می خواهم");
    assert_eq!(c.normalize("\u{200C}خواهم"), "خواهم");
}

#[test]
fn controls_keep_emoji_zwj() {
    for c in [Controls::Remove, Controls::RemoveKeepingZwnj] {
        let nz = n().controls(c);
        for emoji in [
            "👨\u{200D}👩\u{200D}👧",
            "❤\u{FE0F}\u{200D}🔥",
            "👨🏽\u{200D}💻",
        ] {
            assert_eq!(nz.normalize(emoji), emoji);
        }
        // A ZWJ between letters is not an emoji sequence.
        assert_eq!(nz.normalize("ب\u{200D}ب"), "بب");
        assert_eq!(nz.normalize("👍\u{200D}ب"), "👍ب");
    }
}

#[test]
fn strip_tatweel_alone() {
    let t = n().strip_tatweel(true);
    assert_eq!(t.normalize("كتــــاب"), "كتاب");
    assert_eq!(t.normalize("ـــ"), "");
    assert!(matches!(t.normalize("كتاب"), Cow::Borrowed(_)));
}

#[test]
fn superscript_alef_modes() {
    let remove = n().superscript_alef(SuperscriptAlef::Remove);
    assert_eq!(remove.normalize("هٰذا"), "هذا");
    assert_eq!(remove.normalize("الرحمٰن"), "الرحمن");
    let to_alef = n().superscript_alef(SuperscriptAlef::ToAlef);
    assert_eq!(to_alef.normalize("خٰلدون"), "خالدون");
    assert_eq!(to_alef.normalize("العٰلمين"), "العالمين");
    // Right after ى or و it is removed, also with other marks between.
    assert_eq!(to_alef.normalize("عَلَىٰ"), "عَلَى");
    assert_eq!(to_alef.normalize("عَلَى\u{064E}\u{0670}"), "عَلَى\u{064E}");
    assert_eq!(to_alef.normalize("صلوٰة"), "صلوة");
}

#[test]
fn superscript_alef_class_acts_only_with_keep() {
    let d = Diacritics::SUPERSCRIPT_ALEF;
    assert_eq!(n().strip_diacritics(d).normalize("هٰذا"), "هذا");
    let to_alef = n()
        .superscript_alef(SuperscriptAlef::ToAlef)
        .strip_diacritics(d);
    assert_eq!(to_alef.normalize("خٰلدون"), "خالدون");
}

#[test]
fn each_diacritic_class_alone() {
    let cases: [(Diacritics, &str, &str); 9] = [
        (Diacritics::TANWEEN, "كتابًا ٌ ٍ", "كتابا  "),
        (Diacritics::HARAKAT, "كَتُبِ", "كتب"),
        (Diacritics::SHADDA, "الشّعب", "الشعب"),
        (Diacritics::SUKUN, "قُلْ", "قُل"),
        (Diacritics::SUPERSCRIPT_ALEF, "هٰذا", "هذا"),
        (
            Diacritics::HAMZA_MARKS,
            "\u{0627}\u{0654}\u{0653}\u{0655}",
            "\u{0627}",
        ),
        (Diacritics::OTHER_VOWEL_SIGNS, "ب\u{0656}\u{065F}", "ب"),
        (Diacritics::SMALL_LETTERS, "إِنَّهُۥ بِهِۦ", "إِنَّهُ بِهِ"),
        (Diacritics::QURANIC, "هُدًۭى ۖ \u{0610}\u{08F0}", "هُدًى  "),
    ];
    for (class, input, want) in cases {
        assert_eq!(
            n().strip_diacritics(class).normalize(input),
            want,
            "class {class:?} on {input:?}"
        );
    }
    // A class leaves the others alone.
    assert_eq!(
        n().strip_diacritics(Diacritics::SHADDA).normalize("مُحَمَّدٌ"),
        "مُحَمَدٌ"
    );
}

#[test]
fn strip_diacritics_all_and_helpers() {
    let all = n().strip_diacritics(Diacritics::ALL);
    assert_eq!(all.normalize("مُحَمَّدٌ رَسُولُ"), "محمد رسول");
    assert_eq!(arabic_text::strip_diacritics("إِنَّهُۥ"), "إنه");
    // strip_diacritics runs NFC first: decomposed أ stays one letter.
    assert_eq!(
        arabic_text::strip_diacritics("\u{0627}\u{0654}َ"),
        "\u{0623}"
    );
    assert_eq!(arabic_text::strip_tatweel("روســيا"), "روسيا");
}

#[test]
fn fold_persian() {
    let f = n().fold_persian(true);
    assert_eq!(f.normalize("کتاب فارسی"), "كتاب فارسي");
    assert_eq!(f.normalize("ہ ھ ۀ"), "ه ه ه");
    // ە + hamza above in its mark run (ۀ decomposed) → ه; ە alone stays.
    assert_eq!(f.normalize("\u{06D5}\u{0654}"), "\u{0647}");
    assert_eq!(f.normalize("\u{06D5}\u{064E}\u{0654}"), "\u{0647}\u{064E}");
    assert_eq!(f.normalize("\u{06D5}"), "\u{06D5}");
}

#[test]
fn fold_alef_maksura_and_teh_marbuta() {
    assert_eq!(
        n().fold_alef_maksura(true).normalize("على مستشفى"),
        "علي مستشفي"
    );
    assert_eq!(
        n().fold_teh_marbuta(true).normalize("مدرسة جميلة"),
        "مدرسه جميله"
    );
}

#[test]
fn fold_alef_by_mark_runs() {
    let f = n().fold_alef(true);
    assert_eq!(f.normalize("آ أ إ ٱ ٲ ٳ ٵ"), "ا ا ا ا ا ا ا");
    assert_eq!(f.normalize("\u{0627}\u{0654}"), "ا");
    assert_eq!(f.normalize("\u{0627}\u{064E}\u{0654}"), "\u{0627}\u{064E}");
    assert_eq!(f.normalize("\u{0627}\u{0653}\u{0655}\u{0674}"), "ا");
    // NFKC turns ٵ into ا + U+0674; the fold removes the high hamza.
    assert_eq!(
        n().unicode_form(Form::Nfkc).fold_alef(true).normalize("ٵ"),
        "ا"
    );
    // Other letters keep their hamza marks.
    assert_eq!(f.normalize("\u{0628}\u{0654}"), "\u{0628}\u{0654}");
}

#[test]
fn fold_hamza_carriers() {
    let f = n().fold_hamza_carriers(true);
    assert_eq!(f.normalize("مؤتمر سائل"), "موتمر سايل");
    assert_eq!(f.normalize("\u{0648}\u{0654}"), "\u{0648}");
    assert_eq!(f.normalize("\u{064A}\u{064F}\u{0654}"), "\u{064A}\u{064F}");
    assert_eq!(f.normalize("\u{06C7}\u{0674}"), "\u{06C7}");
    // Not in the search preset.
    assert_eq!(Normalizer::search().normalize("مؤتمر"), "مؤتمر");
}

#[test]
fn folds_apply_in_order() {
    // fold_persian makes ی a ي, then fold_hamza_carriers drops the hamza after it.
    let f = n().fold_persian(true).fold_hamza_carriers(true);
    assert_eq!(f.normalize("\u{06CC}\u{0654}"), "\u{064A}");
    // fold_alef_maksura then fold_hamza_carriers.
    let f = n().fold_alef_maksura(true).fold_hamza_carriers(true);
    assert_eq!(f.normalize("\u{0649}\u{0654}"), "\u{064A}");
}

#[test]
fn digits() {
    let a = n().digits(Digits::Ascii);
    assert_eq!(a.normalize("٢٠٢٠ ۱۲۳ ７ 𝟙"), "2020 123 7 1");
    let ai = n().digits(Digits::ArabicIndic);
    assert_eq!(ai.normalize("2020 ۱۲۳"), "٢٠٢٠ ١٢٣");
    assert!(matches!(a.normalize("2020"), Cow::Borrowed(_)));
    // Superscripts are No, not Nd: untouched.
    assert_eq!(a.normalize("x²"), "x²");
}

#[test]
fn punctuation_ascii() {
    let p = n().punctuation(Punctuation::Ascii);
    assert_eq!(
        p.normalize("نعم، لا؛ ماذا؟ انتهى۔ ٥٠٪"),
        "نعم, لا; ماذا? انتهى. ٥٠%"
    );
    // ٫ and ٬ only between two digits, checked after the digit step.
    assert_eq!(p.normalize("٣٫١٤ و١٬٠٠٠"), "٣.١٤ و١,٠٠٠");
    assert_eq!(p.normalize("كلمة٫ ٬كلمة"), "كلمة٫ ٬كلمة");
    let pd = p.digits(Digits::Ascii);
    assert_eq!(pd.normalize("٣٫١٤"), "3.14");
}

#[test]
fn quotes_ascii() {
    let q = n().quotes(Quotes::Ascii);
    assert_eq!(
        q.normalize("“أ” «ب» ‹ج› „د‟ ＂ه＂"),
        "\"أ\" \"ب\" 'ج' \"د\" \"ه\""
    );
    assert_eq!(q.normalize("‘و’ ‚ز‛ don’t"), "'و' 'ز' don't");
}

#[test]
fn quotes_guillemets_by_role() {
    let q = n().quotes(Quotes::Guillemets);
    assert_eq!(q.normalize("قال ”كلام“ ثم"), "قال «كلام» ثم");
    // The first ' stands between two letters but after the one-letter
    // proclitic و: Open; the second has a letter before and the end after:
    // Close.
    assert_eq!(q.normalize("قال \"نعم\" و'لا'"), "قال «نعم» و‹لا›");
    // Between two letters otherwise: Ambiguous, it stays.
    assert_eq!(q.normalize("قال \"نعم\" ول'لا'"), "قال «نعم» ول'لا›");
    assert_eq!(q.normalize("‘كلمة’"), "‹كلمة›");
    // Apostrophes and ambiguous quotes stay.
    assert_eq!(q.normalize("don't don’t"), "don't don’t");
    assert_eq!(q.normalize("«نعم»"), "«نعم»");
}

#[test]
fn whitespace_collapse() {
    let w = n().whitespace(Whitespace::Collapse);
    assert_eq!(w.normalize("  أ \u{00A0} ب  "), "أ ب");
    // TAB is kept and trims the spaces next to it (CONFORMANCE.md §9).
    assert_eq!(w.normalize("  أ \u{00A0}\t ب  "), "أ\tب");
    assert_eq!(w.normalize("أ  \r\n  ب\n\n ج "), "أ\r\nب\n\nج");
    assert_eq!(w.normalize("أ\u{2003}ب"), "أ ب");
    assert!(matches!(w.normalize("أ ب\nج"), Cow::Borrowed(_)));
}

#[test]
fn final_form_recomposes_after_tatweel() {
    // يـٔ: NFC cannot compose across the tatweel; after strip_tatweel the
    // last NFC does. `clean` keeps a tatweel that carries a mark (CONFORMANCE
    // §3), but not this one: ي and the hamza compose, so the hamza keeps a
    // base without it.
    let nfc = n().unicode_form(Form::Nfc).strip_tatweel(true);
    assert_eq!(nfc.normalize("يـٔ"), "ئ");
    assert_eq!(Normalizer::clean().normalize("يـٔ"), "ئ");
    assert_eq!(Normalizer::clean().normalize("بـٔ"), "بـٔ"); // ب takes no hamza
    assert_eq!(Normalizer::clean().normalize("اـــٓ"), "آ");
    let no_form = n().strip_tatweel(true);
    assert_eq!(no_form.normalize("يـٔ"), "\u{064A}\u{0654}");
}

#[test]
fn search_preset_end_to_end() {
    let s = Normalizer::search();
    assert_eq!(s.normalize("ٱلرَّحْمَٰنِ"), "الرحمن");
    assert_eq!(s.normalize("إِنَّهُۥ"), "انه");
    assert_eq!(s.normalize("هُدًۭى"), "هدي");
    assert_eq!(s.normalize("كلمة  \r\nأخرى"), "كلمه\r\nاخري");
    assert_eq!(s.normalize("ﷺ"), "صلي الله عليه وسلم");
    assert_eq!(s.normalize("«لن تكون سهلة»"), "\"لن تكون سهله\"");
}

#[test]
fn clean_preset_keeps_reading() {
    let c = Normalizer::clean();
    assert_eq!(c.normalize("مُحَمَّدٌ"), "مُحَمَّدٌ");
    assert_eq!(c.normalize("إدلب ٢٠٢٠ “نعم”"), "إدلب ٢٠٢٠ “نعم”");
    assert_eq!(c.normalize("كلمة\u{200F}"), "كلمة");
    assert_eq!(c.normalize("ﻟﻠﻴ"), "للي");
    assert_eq!(c.normalize("كتابﹰ جديد"), "كتابً جديد");
}

#[test]
fn normalize_into_appends() {
    let mut out = String::from("prefix|");
    Normalizer::search().normalize_into("إِدْلِب", &mut out);
    assert_eq!(out, "prefix|ادلب");
    Normalizer::search().normalize_into("ادلب", &mut out);
    assert_eq!(out, "prefix|ادلبادلب");
}

#[test]
fn is_normalized_matches_normalize() {
    let s = Normalizer::search();
    for text in ["ادلب", "إدلب", "", " ", "a  b", "2020", "٢٠٢٠"] {
        assert_eq!(s.is_normalized(text), s.normalize(text) == text, "{text:?}");
    }
}

#[test]
fn token_normalized_uses_token_role() {
    use arabic_text::{tokenize, TokenKind};
    let g = n().quotes(Quotes::Guillemets);
    // Alone, a closing ” at the start of a text would resolve Open.
    let text = "قال ”كلام“ ثم";
    let quotes: Vec<String> = tokenize(text)
        .filter(|t| matches!(t.kind(), TokenKind::Quote(_)))
        .map(|t| t.normalized(&g).into_owned())
        .collect();
    assert_eq!(quotes, ["«", "»"]);
    // Alone, ” has no context and its glyph closes.
    assert_eq!(g.normalize("”"), "»");
}

/// Bug found by property p01 (idempotence) when fold_alef_hamza arrived:
/// ToAlef turns U+0670 into ا right before U+0654, and the last NFC step
/// composed أ, which a second pass folded to ا. Under a Unicode form
/// fold_alef_hamza now also deletes U+0653–U+0655 after ا.
#[test]
fn regression_fold_alef_hamza_after_to_alef_is_idempotent() {
    let n = Normalizer::new()
        .unicode_form(Form::Nfc)
        .superscript_alef(SuperscriptAlef::ToAlef)
        .fold_alef_hamza(true);
    assert_eq!(n.normalize("\u{0670}\u{0654}"), "\u{0627}");
    assert!(n.is_normalized("\u{0627}"));
    // Without a form (the Lucene preset) decomposed hamza stays, as in Lucene.
    assert_eq!(
        Normalizer::lucene().normalize("\u{0627}\u{0654}"),
        "\u{0627}\u{0654}"
    );
}

/// Bug found by a hostile-input review: a spacing mark (Mc) with a non-zero
/// combining class, such as U+1D165, ended the mark run, so fold_alef kept the
/// U+0653 after it; the last NFC step composed آ again, and a second pass
/// folded it. Mark runs now take Mc as well.
#[test]
fn regression_spacing_mark_inside_mark_run_is_idempotent() {
    let n = Normalizer::clean().fold_alef(true);
    assert_eq!(n.normalize("آ\u{1D165}\u{0653}"), "ا\u{1D165}");
    assert!(n.is_normalized("ا\u{1D165}"));
    let h = Normalizer::new()
        .unicode_form(Form::Nfc)
        .fold_hamza_carriers(true);
    assert_eq!(h.normalize("ؤ\u{1D165}\u{0654}"), "و\u{1D165}");
}

/// Bug found by a hostile-input review: step 2 kept a ZWJ in an emoji
/// sequence whose Extend run held U+0670, and step 4 (ToAlef) then made that
/// U+0670 a letter, so a second pass dropped the ZWJ. With ToAlef, a U+0670
/// before the ZWJ now ends the sequence.
#[test]
fn regression_to_alef_breaks_emoji_sequence_before_controls() {
    let n = Normalizer::search()
        .quran_orthography(false)
        .superscript_alef(SuperscriptAlef::ToAlef);
    assert_eq!(n.normalize("👍\u{0670}\u{200D}💻"), "👍ا💻");
    assert!(n.is_normalized("👍ا💻"));
    // Quran orthography removes a dagger alef with no base letter first.
    let n = n.quran_orthography(true);
    assert_eq!(n.normalize("👍\u{0670}\u{200D}💻"), "👍💻");
    assert!(n.is_normalized("👍ا💻"));
    // Without ToAlef the sequence stays an emoji sequence.
    assert_eq!(
        Normalizer::clean().normalize("👍\u{0670}\u{200D}💻"),
        "👍\u{0670}\u{200D}💻"
    );
}

/// A run of ZWJs under `Controls::Remove` and `SuperscriptAlef::ToAlef`: each
/// ZWJ looked back over every earlier one for a U+0670 (quadratic: 20 s for
/// 100,000 ZWJs). Found by a hostile-input review of the offset maps.
#[test]
fn regression_zwj_run_with_to_alef_is_linear() {
    let n = Normalizer::new()
        .controls(Controls::Remove)
        .superscript_alef(SuperscriptAlef::ToAlef);
    let text = "\u{200D}".repeat(200_000);
    assert_eq!(n.normalize(&text), "");
    let text = format!("👍\u{0670}{}💻", "\u{200D}".repeat(1000));
    assert_eq!(n.normalize(&text), "👍ا💻");
    let text = format!("ب{}", "\u{064E}\u{200D}".repeat(100_000));
    assert_eq!(
        n.normalize(&text),
        format!("ب{}", "\u{064E}".repeat(100_000))
    );
}
