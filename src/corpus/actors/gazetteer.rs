//! The gazetteer: a set of actors, their names per language, and the compiled matcher over
//! every name.

use aho_corasick::dfa::{self, DFA};
use aho_corasick::{MatchKind, StartKind};
use std::collections::HashSet;

use super::{Actor, Names};
use crate::corpus::article::ActorId;
use crate::corpus::decode::sanitise_line;
use crate::corpus::language::Lang;

/// A set of actors and a compiled matcher over all their names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub(super) actors: Vec<Actor>,
    /// The names as one DFA, used directly (not behind `AhoCorasick`'s dynamic dispatch): it runs
    /// at every place a name could start.
    pub(super) matcher: DFA,
    /// For each pattern of the matcher: its actor.
    pub(super) patterns: Vec<ActorId>,
    /// For each byte: whether some name starts with it. A mention can only start at such a byte
    /// after a word boundary, so the matcher runs at those places only.
    pub(super) first_bytes: [bool; 256],
    /// For each two bytes (as a bit at `first << 8 | second`): whether some name starts with
    /// them (a one-byte name: with its byte and any other). Most words that start like a name
    /// ("maar" for "minister", "De" for "Duitsland") end here, before the matcher runs.
    pub(super) first_pairs: Box<[u64; 1024]>,
    /// Names that are no actor (a user's `ignore`), lower-cased: no actor of the gazetteer has
    /// one as its name or alias, and a discovered actor with one as its name is dropped.
    pub(super) ignored: Vec<String>,
    /// Actors no longer in use: merged into another or marked as no actor. They keep their id
    /// (so that undoing brings them back) but have no mentions and are never looked up.
    pub(super) retired: HashSet<ActorId>,
    /// For each actor from a gazetteer file (discovered ones have none): its names per language.
    pub(super) names: Vec<Names>,
    /// For each actor from a gazetteer file: its `name` there, the one it has in a language
    /// without a name of its own in `names`.
    pub(super) bases: Vec<String>,
    /// The language actors are named in ([`Gazetteer::name_in`]), once a corpus is loaded.
    pub(super) language: Option<Lang>,
}

impl Gazetteer {
    /// A gazetteer of actors with their names per language. Each of those names is matched too:
    /// it becomes an alias, so one actor is found under its name in every language.
    pub fn named(entries: Vec<(Actor, Names)>) -> Result<Gazetteer, String> {
        let mut actors = Vec::with_capacity(entries.len());
        let mut all_names = Vec::with_capacity(entries.len());
        let mut bases = Vec::with_capacity(entries.len());
        for (mut actor, mut names) in entries {
            for name in names.values_mut() {
                *name = sanitise_line(name).trim().to_owned();
            }
            names.retain(|_, name| !name.is_empty());
            for name in names.values() {
                if actor.name != *name && !actor.aliases.contains(name) {
                    actor.aliases.push(name.clone());
                }
            }
            bases.push(sanitise_line(&actor.name));
            actors.push(actor);
            all_names.push(names);
        }
        let mut gazetteer = Gazetteer::new(actors)?;
        gazetteer.names = all_names;
        gazetteer.bases = bases;
        Ok(gazetteer)
    }

    /// An actor's names per language, as its gazetteer file gives them (none for a discovered
    /// actor).
    pub fn names(&self, id: ActorId) -> Option<&Names> {
        self.names.get(id as usize).filter(|n| !n.is_empty())
    }

    /// An actor's naming as a gazetteer file writes it: its `name` and its `names` per language
    /// (none for a discovered actor).
    pub fn naming(&self, id: ActorId) -> Option<(&str, &Names)> {
        let base = self.bases.get(id as usize)?;
        Some((base.as_str(), self.names.get(id as usize)?))
    }

    /// Sets an actor's naming (see [`Gazetteer::naming`]), if it has one.
    pub fn set_naming(&mut self, id: ActorId, base: String, names: Names) {
        if let (Some(b), Some(n)) = (
            self.bases.get_mut(id as usize),
            self.names.get_mut(id as usize),
        ) {
            *b = base;
            *n = names;
        }
    }

    /// The language actors are named in, once [`Gazetteer::name_in`] said it.
    pub fn language(&self) -> Option<Lang> {
        self.language
    }

    /// Calls every actor by its name in `lang`, where it has one of its own: that name becomes
    /// its `name` and the name it had an alias (so aliases still hold every form). Called once,
    /// when a corpus is loaded and its main language known.
    pub fn name_in(&mut self, lang: Lang) {
        self.language = Some(lang);
        for (actor, names) in self.actors.iter_mut().zip(&self.names) {
            let Some(wanted) = names.get(&lang) else {
                continue;
            };
            if actor.name == *wanted {
                continue;
            }
            let old = std::mem::replace(&mut actor.name, wanted.clone());
            actor.aliases.retain(|a| a != wanted);
            if !actor.aliases.contains(&old) {
                actor.aliases.insert(0, old);
            }
        }
    }

    pub fn new(mut actors: Vec<Actor>) -> Result<Gazetteer, String> {
        // Names reach the terminal: make them as safe as article text.
        for actor in &mut actors {
            actor.name = sanitise_line(&actor.name);
            for alias in &mut actor.aliases {
                *alias = sanitise_line(alias);
            }
        }
        let mut names = Vec::new();
        let mut patterns = Vec::new();
        for (id, actor) in actors.iter().enumerate() {
            if actor.name.trim().is_empty() {
                return Err(format!("actor {} has an empty name", id + 1));
            }
            for alias in std::iter::once(&actor.name).chain(&actor.aliases) {
                let alias = alias.trim();
                if alias.is_empty() {
                    continue;
                }
                names.push(alias.to_owned());
                patterns.push(id as ActorId);
            }
        }
        // An alias starting in lower case also matches with a capital, as at the start of a
        // sentence ("President Poetin"): add that spelling as a pattern of its own.
        for i in 0..names.len() {
            let mut chars = names[i].chars();
            if let Some(first) = chars.next().filter(char::is_ascii_lowercase) {
                let capitalised: String = std::iter::once(first.to_ascii_uppercase())
                    .chain(chars)
                    .collect();
                names.push(capitalised);
                patterns.push(patterns[i]);
            }
        }
        let matcher = dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&names)
            .map_err(|e| e.to_string())?;
        let mut first_bytes = [false; 256];
        let mut first_pairs = Box::new([0u64; 1024]);
        for name in &names {
            let bytes = name.as_bytes();
            if let Some(&first) = bytes.first() {
                first_bytes[usize::from(first)] = true;
                let seconds = match bytes.get(1) {
                    Some(&second) => second..=second,
                    None => 0..=u8::MAX,
                };
                for second in seconds {
                    let pair = usize::from(first) << 8 | usize::from(second);
                    first_pairs[pair / 64] |= 1 << (pair % 64);
                }
            }
        }
        Ok(Gazetteer {
            actors,
            matcher,
            patterns,
            first_bytes,
            first_pairs,
            ignored: Vec::new(),
            retired: HashSet::new(),
            names: Vec::new(),
            bases: Vec::new(),
            language: None,
        })
    }

    /// Adds actors found in the corpus's text. They get the next ids; the matcher does not look
    /// for them (their mentions are already found).
    pub fn add_discovered(&mut self, actors: impl IntoIterator<Item = Actor>) {
        self.actors.extend(actors.into_iter().map(|mut actor| {
            actor.name = sanitise_line(&actor.name);
            for alias in &mut actor.aliases {
                *alias = sanitise_line(alias);
            }
            actor
        }));
    }

    /// Adds actors found in the corpus's text, as [`Gazetteer::add_discovered`], with their names
    /// per language where they have them (a place both languages name: Moskou, Moscow), so that
    /// [`Gazetteer::name_in`] calls them by the corpus's language.
    pub fn add_discovered_named(&mut self, actors: impl IntoIterator<Item = (Actor, Names)>) {
        let first = self.actors.len();
        let (actors, names): (Vec<Actor>, Vec<Names>) = actors.into_iter().unzip();
        self.add_discovered(actors);
        if names.iter().any(|n| !n.is_empty()) {
            self.names.resize(first, Names::new());
            self.names.extend(names);
        }
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id as usize]
    }

    /// An actor, to change (a user's correction: a new name, kind or aliases).
    pub fn actor_mut(&mut self, id: ActorId) -> &mut Actor {
        &mut self.actors[id as usize]
    }

    /// Whether an actor was merged into another or marked as no actor.
    pub fn is_retired(&self, id: ActorId) -> bool {
        self.retired.contains(&id)
    }

    /// Retires an actor (`true`) or brings it back (`false`).
    pub fn set_retired(&mut self, id: ActorId, retired: bool) {
        if retired {
            self.retired.insert(id);
        } else {
            self.retired.remove(&id);
        }
    }

    /// Whether a user's file says `name` is no actor.
    pub fn ignores(&self, name: &str) -> bool {
        !self.ignored.is_empty() && self.ignored.contains(&name.trim().to_lowercase())
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// The actor a user means by `name`: its canonical name or an alias, ignoring case and
    /// diacritics, else the only actor whose canonical name contains it.
    pub fn lookup(&self, name: &str) -> Option<ActorId> {
        let wanted = crate::corpus::search::fold(name.trim());
        let live = |id: usize| !self.is_retired(id as ActorId);
        let exact = self.actors.iter().enumerate().position(|(id, a)| {
            live(id)
                && std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .any(|n| crate::corpus::search::fold(n) == wanted)
        });
        if let Some(id) = exact {
            return Some(id as ActorId);
        }
        let mut partial =
            self.actors.iter().enumerate().filter(|&(id, a)| {
                live(id) && crate::corpus::search::fold(&a.name).contains(&wanted)
            });
        match (partial.next(), partial.next()) {
            (Some((id, _)), None) => Some(id as ActorId),
            _ => None,
        }
    }
}
