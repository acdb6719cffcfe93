//! The alphabet of Arabic-heavy text pieces the property tests and the fuzz
//! targets draw from.

use crate::chars;

/// Weighted classes of text pieces: every class of design.md §3 (letters, each
/// diacritic class, tatweel, small letters, the digit sets, punctuation, every
/// quote and control, presentation forms, spaces, line breaks, emoji, Latin
/// and other scripts), runs, and decomposed sequences.
pub const PIECES: &[(u32, &[&str])] = &[
    // Arabic letters, common.
    (
        30,
        &[
            "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ",
            "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ء", "ال", "كتاب", "مدرسة",
        ],
    ),
    // Letters the folds touch, and Persian / extended letters.
    (
        12,
        &[
            "آ", "أ", "إ", "ٱ", "ٲ", "ٳ", "ٵ", "ى", "ة", "ؤ", "ئ", "ک", "ی", "ہ", "ھ", "ۀ", "ە",
            "ۇ", "ٷ", "ٴ", "ڤ", "پ", "چ", "ژ", "گ", "\u{08A0}", "\u{10EC2}", "ۃ", "ۂ", "ے",
            "ۓ", "ې", "ۍ", "ٵ", "ٶ", "ٸ", "ێ", "ۆ", "ڕ", "ڵ",
        ],
    ),
    // Quran orthography (dagger alef words, ء + ا, hamza over tatweel) and
    // elongation runs.
    (
        6,
        &[
            "هَٰذَا", "ٱلْكِتَٰبِ", "ٱلصَّلَوٰةَ", "ءَامَنُوا۟", "شَيْـًۭٔا", "ٱلْـَٔاخِرَةِ",
            "عَلَىٰ", "يَتَوَفَّىٰكُم", "إِبْرَٰهِـۧمَ", "وَلَٰكِنَّ", "ٰ", "ء", "ـٔ", "ـۧ",
            "ااا", "ههههه", "ييي", "ممم", "آاا", "١٬٠٠٠", "٢٫٥", "إجراءات", "وءا", "اءا", "يءا",
            "جزءا",
        ],
    ),
    // Diacritics, one sample of every class.
    (
        15,
        &[
            "\u{064B}", "\u{064C}", "\u{064D}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}",
            "\u{0652}", "\u{0670}", "\u{0653}", "\u{0654}", "\u{0655}", "\u{0656}", "\u{065F}",
            "\u{06E5}", "\u{06E6}", "\u{0610}", "\u{061A}", "\u{06D6}", "\u{06DC}", "\u{06DF}",
            "\u{06E4}", "\u{06E7}", "\u{06EA}", "\u{06ED}", "\u{0897}", "\u{08CA}", "\u{08E3}",
            "\u{08FF}", "\u{10EFC}", "\u{08C9}", "\u{06DD}", "\u{0600}",
        ],
    ),
    // Tatweel.
    (4, &["\u{0640}"]),
    // Digits: ASCII, Arabic-Indic, Extended Arabic-Indic, fullwidth, others.
    (
        10,
        &[
            "0", "1", "9", "٠", "٣", "٩", "۰", "۲", "۹", "０", "７", "\u{1D7D9}", "\u{0966}",
            "²",
        ],
    ),
    // Punctuation, Arabic and ASCII, number separators.
    (
        10,
        &[
            "،", "؛", "؟", "۔", "٪", "٫", "٬", "٭", "؍", "؝", "؞", "؉", "؊", "﴾", "﴿", ",", ";",
            ":", ".", "..", "?", "!", "…", "-", "–", "—", "(", ")", "[", "]", "%", "/", "_",
        ],
    ),
    // Every quote character.
    (
        10,
        &[
            "\"", "'", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»", "‹", "›", "＂",
        ],
    ),
    // Every invisible control.
    (
        8,
        &[
            "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}",
            "\u{202C}", "\u{202D}", "\u{202E}", "\u{2060}", "\u{2061}", "\u{2064}", "\u{2066}",
            "\u{2069}", "\u{061C}", "\u{FEFF}", "\u{00AD}", "\u{180E}",
        ],
    ),
    // Presentation forms.
    (
        8,
        &[
            "ﷲ", "ﷺ", "ﻻ", "ﻷ", "ﻵ", "ﻹ", "ﺃ", "ﺇ", "ﻣﺮﺣﺒﺎ", "\u{FE70}", "\u{FE71}", "\u{FE72}",
            "\u{FE73}", "\u{FE77}", "\u{FE7C}", "\u{FE7E}", "\u{FE7F}", "\u{FC5E}", "\u{FC60}",
            "\u{FC63}", "\u{FDFC}", "\u{FDFD}", "\u{FB50}", "\u{FBE8}", "\u{FE80}", "\u{FE89}",
            "ﷺ ", "\u{FDFB}", "\u{FEFC}", "\u{FE76}", "\u{FE8D}", "\u{FEEF}", "\u{FBB0}",
        ],
    ),
    // Spaces of every kind.
    (
        20,
        &[" ", " ", " ", "\u{00A0}", "\t", "\u{2003}", "\u{3000}", "\u{202F}", "  "],
    ),
    // Line breaks.
    (
        5,
        &["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"],
    ),
    // Emoji and symbols.
    (
        5,
        &[
            "👍", "👍🏽", "❤\u{FE0F}\u{200D}🔥", "👨🏽\u{200D}💻", "👨\u{200D}👩\u{200D}👧",
            "1\u{FE0F}\u{20E3}",
            "\u{20E3}",
            "\u{FE0F}",
            "👍\u{0670}\u{200D}💻", "#\u{FE0F}\u{20E3}", "🇸🇦", "\u{1F1F8}", "‼", "$", "©", "+",
            "•", "☆", "♡\u{0651}", "✌\u{FE0F}", "▼", "\u{2775}", "\u{2776}",
        ],
    ),
    // Latin and other scripts, with combining and spacing marks.
    (
        10,
        &[
            "a", "Z", "e\u{0301}", "é", "don't", "don’t", "mp3", "iPhone", "ж", "中", "α",
            "\u{0915}\u{093F}", "\u{0915}\u{094D}\u{0937}", "\u{1100}\u{1161}", "\u{1D165}", "\u{302E}",
        ],
    ),
    // Web and social tokens: URL, e-mail, hashtag and mention syntax, the
    // bidi controls and Hangul fillers of tweets, numbers with prepended
    // concatenation marks.
    (
        6,
        &[
            "http://", "https://", "www.", ".com", ".org", ".مصر", "x.co/", "a@b.com", "user@",
            "#", "＃", "@", "＠", "_", "/", "?", "=", "%D8", "RT", "(", ")", "3ala", "4G", "٢٠١٥م",
            "\u{3164}", "\u{FEFF}", "\u{2066}", "\u{202C}", "\u{06DD}١", "\u{0890}",
        ],
    ),
    // Decomposed sequences.
    (
        6,
        &[
            "\u{0627}\u{0654}\u{0651}",
            "\u{0627}\u{0654}",
            "\u{0627}\u{0653}",
            "\u{064A}\u{0654}",
            "\u{0648}\u{0654}",
            "\u{06D5}\u{0654}",
            "\u{06C7}\u{0674}",
            "\u{0627}\u{0674}",
            "\u{0649}\u{0670}",
            "\u{0648}\u{0670}",
            "\u{064A}\u{0640}\u{0654}",
            "\u{0645}\u{0651}\u{064E}",
            "\u{0622}\u{1D165}\u{0653}",
            "\u{0624}\u{1D165}\u{0654}",
        ],
    ),
    // Runs.
    (
        2,
        &[
            "\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{064E}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{0651}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{064B}\u{0670}\u{0670}\u{0670}\u{0670}\u{0670}\u{0654}\u{0654}\u{0654}\u{0654}\u{0654}\u{06E5}\u{06E5}\u{06E5}\u{06E5}\u{06E5}\u{06ED}\u{06ED}\u{06ED}\u{06ED}\u{06ED}",
            "\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}\u{0640}",
            "\"\"\"''«»»«“”„‟‘’",
            "\u{200B}\u{200B}\u{200C}\u{200D}\u{200F}",
            "....",
            "؟؟؟",
        ],
    ),
];

/// The name of the fast-path class of `c` (U+0600–U+06FF), for the test
/// that checks that table against the general predicates.
pub fn arabic_block_class_name(c: char) -> &'static str {
    let mut buf = [0u8; 4];
    let b = c.encode_utf8(&mut buf).as_bytes();
    match chars::block_of(b[0], b[1]) {
        chars::Block::Letter => "letter",
        chars::Block::Mark => "mark",
        chars::Block::AttachLetter => "attach-letter",
        chars::Block::Format => "format",
        chars::Block::Digit => "digit",
        chars::Block::Punct => "punct",
        chars::Block::Symbol => "symbol",
        chars::Block::Other => "other",
    }
}
