//! `Serialize` for the crate's output types, behind the `serde` feature.
//!
//! Kinds serialize as their stable names ([`TokenKind::as_str`],
//! [`MapSegmentKind::as_str`], [`TermType::lucene_name`]); offsets are UTF-8 byte
//! offsets, `end` exclusive.

use alloc::string::String;
use alloc::vec::Vec;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::{Diacritics, MapSegment, MapSegmentKind, Term, TermType, Token, TokenKind};

/// The class names of [`Diacritics::NAMED`] it holds, in that order and in
/// snake case like every other value of the configuration (and like the
/// Python package): `["tanween", "harakat"]`. (The `Normalizer`
/// configuration derives its `Serialize` and `Deserialize`, with this for its
/// `diacritics`.)
impl Serialize for Diacritics {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let names: Vec<String> = Diacritics::NAMED
            .iter()
            .filter(|(_, class)| self.contains(*class))
            .map(|&(name, _)| name.to_ascii_lowercase())
            .collect();
        let mut seq = s.serialize_seq(Some(names.len()))?;
        for name in names {
            seq.serialize_element(&name)?;
        }
        seq.end()
    }
}

/// From class names of [`Diacritics::NAMED`], in snake case or as the
/// constants are named (`"tanween"` or `"TANWEEN"`); an unknown name is an
/// error.
impl<'de> Deserialize<'de> for Diacritics {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names: Vec<String> = Vec::deserialize(d)?;
        names.iter().try_fold(Diacritics::NONE, |acc, name| {
            let same = |n: &str| n == name || n.to_ascii_lowercase() == *name;
            Diacritics::NAMED
                .iter()
                .find(|(n, _)| same(n))
                .map(|&(_, class)| acc.union(class))
                .ok_or_else(|| D::Error::custom(alloc::format!("unknown diacritic class {name:?}")))
        })
    }
}

/// `"word:arabic"`, `"hashtag"` …
impl Serialize for TokenKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// `{"text", "start", "end", "kind"}`.
impl Serialize for Token<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Token", 4)?;
        st.serialize_field("text", self.text())?;
        st.serialize_field("start", &self.span().start)?;
        st.serialize_field("end", &self.span().end)?;
        st.serialize_field("kind", &self.kind())?;
        st.end()
    }
}

/// `"<ALPHANUM>"`, `"<URL>"` …
impl Serialize for TermType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.lucene_name())
    }
}

/// `{"text", "start", "end", "position", "type"}`, the span being the
/// original token's.
impl Serialize for Term<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Term", 5)?;
        st.serialize_field("text", self.text())?;
        st.serialize_field("start", &self.span().start)?;
        st.serialize_field("end", &self.span().end)?;
        st.serialize_field("position", &self.position())?;
        st.serialize_field("type", &self.term_type())?;
        st.end()
    }
}

/// `"aligned"` or `"replaced"`.
impl Serialize for MapSegmentKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// `{"normalized": [start, end], "original": [start, end], "kind"}`.
impl Serialize for MapSegment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = self.normalized();
        let o = self.original();
        let mut st = s.serialize_struct("MapSegment", 3)?;
        st.serialize_field("normalized", &[n.start, n.end])?;
        st.serialize_field("original", &[o.start, o.end])?;
        st.serialize_field("kind", &self.kind())?;
        st.end()
    }
}
