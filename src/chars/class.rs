//! The character classes the tables sort code points into: [`Script`],
//! [`Punct`], [`QuoteStyle`] and [`Diacritics`]. A leaf module: it imports
//! nothing from the crate, so every module above can name these types.

/// The script group of a word (design.md §5): a change of group ends a word.
///
/// ```
/// use arabic_text::{tokenize, Script, TokenKind};
/// let kinds: Vec<TokenKind> = tokenize("iPhoneالجديد").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Word(Script::Latin), TokenKind::Word(Script::Arabic)]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Script {
    /// The Arabic letters of [`chars::is_arabic_letter`](crate::chars::is_arabic_letter) (Arabic, Arabic
    /// Supplement, Extended-A/B, presentation forms …).
    Arabic,
    /// Letters whose Unicode Script property is Latin.
    Latin,
    /// Every other letter.
    Other,
}

/// The kind of a punctuation token (design.md §5).
///
/// ```
/// use arabic_text::{tokenize, Punct, TokenKind};
/// let t = tokenize("؟؟").next().unwrap();
/// assert_eq!(t.kind(), TokenKind::Punctuation(Punct::Question));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Punct {
    /// `,` ، U+060C ٬ U+066C.
    Comma,
    /// `;` ؛ U+061B.
    Semicolon,
    /// `:`.
    Colon,
    /// `.` ۔ U+06D4.
    FullStop,
    /// `?` ؟ U+061F.
    Question,
    /// `!`.
    Exclamation,
    /// … U+2026, ؞ U+061E, and runs of two or more `.`.
    Ellipsis,
    /// General category Pd (`-` – — …).
    Dash,
    /// General category Ps that is not a quote (`(` `[` ﴿ …).
    OpenBracket,
    /// General category Pe (`)` `]` ﴾ …).
    CloseBracket,
    /// Any other punctuation (`%` ٪ ؉ ؊ ٭ ؍ ؝ ٫ …).
    Other,
}

/// The style of a quote character (design.md §3).
///
/// ```
/// use arabic_text::{tokenize, TokenKind, QuoteStyle};
/// let t = tokenize("«نعم»").next().unwrap();
/// match t.kind() {
///     TokenKind::Quote(q) => assert_eq!(q.style(), QuoteStyle::GuillemetDouble),
///     _ => unreachable!(),
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum QuoteStyle {
    /// `"` U+0022.
    AsciiDouble,
    /// `'` U+0027.
    AsciiSingle,
    /// “ U+201C, ” U+201D, „ U+201E, ‟ U+201F.
    CurlyDouble,
    /// ‘ U+2018, ’ U+2019, ‚ U+201A, ‛ U+201B.
    CurlySingle,
    /// « U+00AB, » U+00BB.
    GuillemetDouble,
    /// ‹ U+2039, › U+203A.
    GuillemetSingle,
    /// ＂ U+FF02.
    FullwidthDouble,
}

impl QuoteStyle {
    /// The style's stable name: `ascii-double`, `ascii-single`, `curly-double`,
    /// `curly-single`, `guillemet-double`, `guillemet-single`, `fullwidth-double`.
    ///
    /// ```
    /// assert_eq!(arabic_text::QuoteStyle::CurlyDouble.as_str(), "curly-double");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteStyle::AsciiDouble => "ascii-double",
            QuoteStyle::AsciiSingle => "ascii-single",
            QuoteStyle::CurlyDouble => "curly-double",
            QuoteStyle::CurlySingle => "curly-single",
            QuoteStyle::GuillemetDouble => "guillemet-double",
            QuoteStyle::GuillemetSingle => "guillemet-single",
            QuoteStyle::FullwidthDouble => "fullwidth-double",
        }
    }

    /// Whether the style is a double quote (the family [`quote_pairs`](crate::quote_pairs) matches by).
    ///
    /// ```
    /// use arabic_text::QuoteStyle;
    /// assert!(QuoteStyle::GuillemetDouble.is_double());
    /// assert!(!QuoteStyle::CurlySingle.is_double());
    /// ```
    pub const fn is_double(self) -> bool {
        matches!(
            self,
            QuoteStyle::AsciiDouble
                | QuoteStyle::CurlyDouble
                | QuoteStyle::GuillemetDouble
                | QuoteStyle::FullwidthDouble
        )
    }
}

/// A set of Arabic diacritic classes (design.md §3), for
/// [`Normalizer::strip_diacritics`](crate::Normalizer::strip_diacritics). A `const` bit set.
///
/// ```
/// use arabic_text::{Diacritics, Normalizer};
/// let harakat_only = Diacritics::HARAKAT.union(Diacritics::SUKUN);
/// let n = Normalizer::new().strip_diacritics(harakat_only);
/// assert_eq!(n.normalize("مُحَمَّدٌ"), "محمّدٌ"); // shadda and tanween stay
/// assert!(Diacritics::ALL.contains(Diacritics::QURANIC));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Diacritics(pub(crate) u16);

impl core::fmt::Debug for Diacritics {
    /// `Diacritics(TANWEEN | SHADDA)`, `Diacritics(NONE)`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Diacritics(")?;
        let mut first = true;
        for (name, class) in Diacritics::NAMED {
            if self.contains(class) {
                f.write_str(if first { "" } else { " | " })?;
                f.write_str(name)?;
                first = false;
            }
        }
        f.write_str(if first { "NONE)" } else { ")" })
    }
}

impl Diacritics {
    /// No class.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::NONE).normalize("مُحَمَّد"), "مُحَمَّد");
    /// ```
    pub const NONE: Diacritics = Diacritics(0);
    /// Tanween (nunation): U+064B–U+064D ً ٌ ٍ.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::TANWEEN).normalize("كتابًا"), "كتابا");
    /// ```
    pub const TANWEEN: Diacritics = Diacritics(1 << 0);
    /// Harakat (short vowels): U+064E–U+0650 fatha, damma, kasra.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::HARAKAT).normalize("كَتَبَ"), "كتب");
    /// ```
    pub const HARAKAT: Diacritics = Diacritics(1 << 1);
    /// Shadda U+0651.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::SHADDA).normalize("الشّعب"), "الشعب");
    /// ```
    pub const SHADDA: Diacritics = Diacritics(1 << 2);
    /// Sukun U+0652.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::SUKUN).normalize("قُلْ"), "قُل");
    /// ```
    pub const SUKUN: Diacritics = Diacritics(1 << 3);
    /// Superscript (dagger) alef U+0670; see also [`SuperscriptAlef`](crate::SuperscriptAlef).
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::SUPERSCRIPT_ALEF).normalize("هٰذا"), "هذا");
    /// ```
    pub const SUPERSCRIPT_ALEF: Diacritics = Diacritics(1 << 4);
    /// Maddah above, hamza above and hamza below: U+0653–U+0655.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::HAMZA_MARKS).normalize("ا\u{0654}"), "ا");
    /// ```
    pub const HAMZA_MARKS: Diacritics = Diacritics(1 << 5);
    /// Other vowel signs: U+0656–U+065F.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::OTHER_VOWEL_SIGNS).normalize("ب\u{0656}"), "ب");
    /// ```
    pub const OTHER_VOWEL_SIGNS: Diacritics = Diacritics(1 << 6);
    /// Small waw and small yeh U+06E5–U+06E6 (Lm): vowel letters of Quranic
    /// spelling (إِنَّهُۥ → انه).
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::SMALL_LETTERS).normalize("إِنَّهُۥ"), "إِنَّهُ");
    /// ```
    pub const SMALL_LETTERS: Diacritics = Diacritics(1 << 7);
    /// Quranic annotation marks: U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4,
    /// U+06E7–U+06E8, U+06EA–U+06ED, U+0897–U+089F, U+08CA–U+08E1,
    /// U+08E3–U+08FF, U+10EFC–U+10EFF.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::QURANIC).normalize("هُدًۭى"), "هُدًى");
    /// ```
    pub const QURANIC: Diacritics = Diacritics(1 << 8);
    /// Every class.
    ///
    /// ```
    /// use arabic_text::{Diacritics, Normalizer};
    /// assert_eq!(Normalizer::new().strip_diacritics(Diacritics::ALL).normalize("مُحَمَّدٌ"), "محمد");
    /// ```
    pub const ALL: Diacritics = Diacritics((1 << 9) - 1);

    /// Every class with its name, in the order of design.md §3.
    ///
    /// ```
    /// use arabic_text::Diacritics;
    /// let all = Diacritics::NAMED.iter().fold(Diacritics::NONE, |d, &(_, c)| d.union(c));
    /// assert_eq!(all, Diacritics::ALL);
    /// assert_eq!(Diacritics::NAMED[2].0, "SHADDA");
    /// assert_eq!(format!("{:?}", Diacritics::TANWEEN.union(Diacritics::SUKUN)), "Diacritics(TANWEEN | SUKUN)");
    /// ```
    pub const NAMED: [(&'static str, Diacritics); 9] = [
        ("TANWEEN", Diacritics::TANWEEN),
        ("HARAKAT", Diacritics::HARAKAT),
        ("SHADDA", Diacritics::SHADDA),
        ("SUKUN", Diacritics::SUKUN),
        ("SUPERSCRIPT_ALEF", Diacritics::SUPERSCRIPT_ALEF),
        ("HAMZA_MARKS", Diacritics::HAMZA_MARKS),
        ("OTHER_VOWEL_SIGNS", Diacritics::OTHER_VOWEL_SIGNS),
        ("SMALL_LETTERS", Diacritics::SMALL_LETTERS),
        ("QURANIC", Diacritics::QURANIC),
    ];

    /// The union of two sets.
    ///
    /// ```
    /// use arabic_text::Diacritics;
    /// let d = Diacritics::TANWEEN.union(Diacritics::SHADDA);
    /// assert!(d.contains(Diacritics::SHADDA) && !d.contains(Diacritics::SUKUN));
    /// ```
    pub const fn union(self, other: Diacritics) -> Diacritics {
        Diacritics(self.0 | other.0)
    }

    /// The classes of `self` that are not in `other`.
    ///
    /// ```
    /// use arabic_text::Diacritics;
    /// let d = Diacritics::ALL.difference(Diacritics::SHADDA);
    /// assert!(!d.contains(Diacritics::SHADDA) && d.contains(Diacritics::HARAKAT));
    /// ```
    pub const fn difference(self, other: Diacritics) -> Diacritics {
        Diacritics(self.0 & !other.0)
    }

    /// Whether every class of `other` is in `self`.
    ///
    /// ```
    /// use arabic_text::Diacritics;
    /// assert!(Diacritics::ALL.contains(Diacritics::TANWEEN.union(Diacritics::SUKUN)));
    /// ```
    pub const fn contains(self, other: Diacritics) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(arabic_text::Diacritics::NONE.is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub(crate) const fn intersects(self, other: Diacritics) -> bool {
        self.0 & other.0 != 0
    }
}
