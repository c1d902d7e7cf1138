//! Named actors: who or what an actor is, where kroniek knows it from, and (in the files
//! below) the gazetteer of known actors, its files and the matcher that finds their mentions.

mod file;
mod gazetteer;
mod mentions;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use super::language::Lang;

pub use gazetteer::Gazetteer;

/// An actor's name in each language that has one of its own (`names = { en = "NATO" }`); in
/// any other language it is called by its `name`.
pub type Names = BTreeMap<Lang, String>;

/// The built-in gazetteer, compiled into the binary.
pub const BUILTIN_GAZETTEER: &str = include_str!("../../../assets/actors.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    Country,
    /// A city, region, water or building named as a place.
    Place,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Country => "country",
            ActorKind::Place => "place",
        }
    }

    /// The kind's name after "a" or "an", as its sound asks: "an organisation", "a person".
    pub fn with_article(self) -> &'static str {
        match self {
            ActorKind::Person => "a person",
            ActorKind::Organisation => "an organisation",
            ActorKind::Country => "a country",
            ActorKind::Place => "a place",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where kroniek knows the actor from.
    #[serde(skip)]
    pub origin: Origin,
}

impl Actor {
    /// The name to show where there is little room: a person's surname as it is written alone,
    /// with the name particles before it and the first of them capitalised ("Stoltenberg", "King"
    /// of "Martin Luther King Jr.", "Van der Plas" of "Caroline van der Plas", "De Wever" of
    /// "Bart De Wever"); any other actor's whole name.
    pub fn short_name(&self) -> Cow<'_, str> {
        if self.kind != ActorKind::Person {
            return Cow::Borrowed(&self.name);
        }
        let name = self.name.as_str();
        let surname = crate::corpus::discover::surname(name);
        // Where the surname stands in the name (it is a part of it).
        let end = (surname.as_ptr() as usize - name.as_ptr() as usize) + surname.len();
        let mut start = end - surname.len();
        let lexicons = [Lang::Dutch, Lang::English].map(crate::corpus::discover::Lexicon::of);
        let particle = |w: &str| {
            lexicons
                .iter()
                .any(|l| l.particles.contains(w) && !l.organisation_particles.contains(w))
        };
        let given_name = |w: &str| lexicons.iter().any(|l| l.first_names.contains(w));
        // Back over the particles before it; a first word that is also a given name ("Al
        // Gore", "Ben Stiller") is the given name.
        while let Some(before) = name[..start].strip_suffix(' ') {
            let word_start = before.rfind(' ').map_or(0, |at| at + 1);
            let word = &before[word_start..];
            if !particle(word) || (word_start == 0 && given_name(word)) {
                break;
            }
            start = word_start;
        }
        let short = &name[start..end];
        let mut chars = short.chars();
        match chars.next() {
            Some(first) if first.is_lowercase() => {
                Cow::Owned(first.to_uppercase().chain(chars).collect())
            }
            _ => Cow::Borrowed(short),
        }
    }
}

/// Where kroniek knows an actor from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The built-in gazetteer.
    #[default]
    Gazetteer,
    /// A gazetteer file of the user's.
    User,
    /// Found in the corpus's text.
    Discovered,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Gazetteer => "gazetteer",
            Origin::User => "user",
            Origin::Discovered => "discovered",
        }
    }
}
