//! Named actors: who or what an actor is, where kroniek knows it from, and (in the files
//! below) the gazetteer of known actors, its files and the matcher that finds their mentions.

mod file;
mod gazetteer;
mod mentions;
#[cfg(test)]
mod tests;

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
