//! Presets by name: [`Normalizer::preset`] and `FromStr`.

use core::fmt;
use core::str::FromStr;

use super::Normalizer;

impl Normalizer {
    /// The preset called `name`: `"search"`, `"clean"`, `"lucene"`, or
    /// `"none"` ([`Normalizer::new`], which changes nothing). `None` for any
    /// other name; [`str::parse`] gives an error naming the valid ones.
    ///
    /// ```
    /// use arabic_text::Normalizer;
    /// assert_eq!(Normalizer::preset("search"), Some(Normalizer::search()));
    /// assert_eq!(Normalizer::preset("Search"), None);
    /// let n: Normalizer = "clean".parse().unwrap();
    /// assert_eq!(n, Normalizer::clean());
    /// ```
    pub fn preset(name: &str) -> Option<Normalizer> {
        Some(match name {
            "search" => Normalizer::search(),
            "clean" => Normalizer::clean(),
            "lucene" => Normalizer::lucene(),
            "none" => Normalizer::new(),
            _ => return None,
        })
    }

    /// The names [`preset`](Self::preset) knows.
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::PRESETS, ["search", "clean", "lucene", "none"]);
    /// ```
    pub const PRESETS: [&'static str; 4] = ["search", "clean", "lucene", "none"];
}

/// The error of parsing an unknown preset name.
///
/// ```
/// let e = "seach".parse::<arabic_text::Normalizer>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown preset \"seach\"; the presets are search, clean, lucene, none");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownPreset(alloc::string::String);

impl fmt::Display for UnknownPreset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown preset {:?}; the presets are {}",
            self.0,
            Normalizer::PRESETS.join(", ")
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownPreset {}

/// [`Normalizer::preset`] by name, with an error naming the presets.
///
/// ```
/// let n: arabic_text::Normalizer = "lucene".parse().unwrap();
/// assert_eq!(n, arabic_text::Normalizer::lucene());
/// ```
impl FromStr for Normalizer {
    type Err = UnknownPreset;

    fn from_str(name: &str) -> Result<Normalizer, UnknownPreset> {
        Normalizer::preset(name).ok_or_else(|| UnknownPreset(name.into()))
    }
}
