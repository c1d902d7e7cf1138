//! The gazetteer of named actors and the matcher that finds their mentions in a text.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::{self, DFA};
use aho_corasick::{Anchored, Input, MatchKind, StartKind};
use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::article::{ActorId, Mention, Span};
use super::decode::sanitise_line;
use super::language::Lang;

/// An actor's name in each language that has one of its own (`names = { en = "NATO" }`); in
/// any other language it is called by its `name`.
pub type Names = BTreeMap<Lang, String>;

/// The built-in gazetteer, compiled into the binary.
pub const BUILTIN_GAZETTEER: &str = include_str!("../../assets/actors.toml");

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

/// A gazetteer file: actors, and (in a user's file) names that are no actor.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GazetteerFile {
    #[serde(default)]
    actor: Vec<Entry>,
    #[serde(default)]
    ignore: Vec<String>,
}

/// An `[[actor]]` as a gazetteer file writes it: an [`Actor`] and its [`Names`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    kind: ActorKind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    names: Names,
}

impl Entry {
    fn split(self, origin: Origin) -> (Actor, Names) {
        let actor = Actor {
            name: self.name,
            kind: self.kind,
            aliases: self.aliases,
            origin,
        };
        (actor, self.names)
    }
}

/// A set of actors and a compiled matcher over all their names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    /// The names as one DFA, used directly (not behind `AhoCorasick`'s dynamic dispatch): it runs
    /// at every place a name could start.
    matcher: DFA,
    /// For each pattern of the matcher: its actor.
    patterns: Vec<ActorId>,
    /// For each byte: whether some name starts with it. A mention can only start at such a byte
    /// after a word boundary, so the matcher runs at those places only.
    first_bytes: [bool; 256],
    /// For each two bytes (as a bit at `first << 8 | second`): whether some name starts with
    /// them (a one-byte name: with its byte and any other). Most words that start like a name
    /// ("maar" for "minister", "De" for "Duitsland") end here, before the matcher runs.
    first_pairs: Box<[u64; 1024]>,
    /// Names that are no actor (a user's `ignore`), lower-cased: no actor of the gazetteer has
    /// one as its name or alias, and a discovered actor with one as its name is dropped.
    ignored: Vec<String>,
    /// Actors no longer in use: merged into another or marked as no actor. They keep their id
    /// (so that undoing brings them back) but have no mentions and are never looked up.
    retired: HashSet<ActorId>,
    /// For each actor from a gazetteer file (discovered ones have none): its names per language.
    names: Vec<Names>,
}

impl Gazetteer {
    /// Parses a gazetteer in the TOML format of `assets/actors.toml`.
    pub fn from_toml(text: &str) -> Result<Gazetteer, String> {
        let file: GazetteerFile = toml::from_str(text).map_err(|e| e.to_string())?;
        Gazetteer::named(
            file.actor
                .into_iter()
                .map(|e| e.split(Origin::Gazetteer))
                .collect(),
        )
    }

    /// The built-in gazetteer with the user's gazetteer files over it, in order. A user's actor
    /// replaces every actor known so far whose name (ignoring case) is its name or one of its
    /// aliases (so a renamed actor lists its old name, a merged one is an alias); any other is
    /// added. Then the names the files `ignore` go: an actor so named, and any such alias.
    /// `files` are (path as shown, contents); an error names the file, the line and the problem.
    pub fn with_files(files: &[(String, String)]) -> Result<Gazetteer, String> {
        let builtin = Gazetteer::builtin();
        let mut actors: Vec<(Actor, Names)> =
            builtin.actors.into_iter().zip(builtin.names).collect();
        let mut ignored: Vec<String> = Vec::new();
        for (path, text) in files {
            let file: GazetteerFile = toml::from_str(text)
                .map_err(|e| format!("{path}: {}", e.to_string().trim_end()))?;
            for entry in file.actor {
                let actor = entry.split(Origin::User);
                let names: Vec<String> = std::iter::once(&actor.0.name)
                    .chain(&actor.0.aliases)
                    .chain(actor.1.values())
                    .map(|n| n.trim().to_lowercase())
                    .collect();
                let mut replaced = false;
                actors.retain_mut(|known| {
                    // The known actor under any of its names: an English user's file may name
                    // a built-in actor by its English name.
                    let same = std::iter::once(&known.0.name)
                        .chain(known.1.values())
                        .any(|n| names.contains(&n.trim().to_lowercase()));
                    if !same {
                        return true;
                    }
                    if replaced {
                        return false;
                    }
                    replaced = true;
                    *known = actor.clone();
                    true
                });
                if !replaced {
                    actors.push(actor);
                }
            }
            ignored.extend(file.ignore.iter().map(|n| n.trim().to_lowercase()));
        }
        if !ignored.is_empty() {
            let is_ignored = |n: &String| ignored.contains(&n.trim().to_lowercase());
            actors.retain(|(a, _)| !is_ignored(&a.name));
            for (actor, names) in &mut actors {
                actor.aliases.retain(|n| !is_ignored(n));
                names.retain(|_, n| !is_ignored(n));
            }
        }
        let mut gazetteer = Gazetteer::named(actors)?;
        gazetteer.ignored = ignored;
        Ok(gazetteer)
    }

    /// The built-in gazetteer.
    pub fn builtin() -> Gazetteer {
        // The built-in file is tested to parse; an error here is a bug in the binary itself.
        Gazetteer::from_toml(BUILTIN_GAZETTEER).expect("the built-in gazetteer parses")
    }

    /// A gazetteer of actors with their names per language. Each of those names is matched too:
    /// it becomes an alias, so one actor is found under its name in every language.
    pub fn named(entries: Vec<(Actor, Names)>) -> Result<Gazetteer, String> {
        let mut actors = Vec::with_capacity(entries.len());
        let mut all_names = Vec::with_capacity(entries.len());
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
            actors.push(actor);
            all_names.push(names);
        }
        let mut gazetteer = Gazetteer::new(actors)?;
        gazetteer.names = all_names;
        Ok(gazetteer)
    }

    /// An actor's names per language, as its gazetteer file gives them (none for a discovered
    /// actor).
    pub fn names(&self, id: ActorId) -> Option<&Names> {
        self.names.get(id as usize).filter(|n| !n.is_empty())
    }

    /// Calls every actor by its name in `lang`, where it has one of its own: that name becomes
    /// its `name` and the name it had an alias (so aliases still hold every form). Called once,
    /// when a corpus is loaded and its main language known.
    pub fn name_in(&mut self, lang: Lang) {
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
        let wanted = super::search::fold(name.trim());
        let live = |id: usize| !self.is_retired(id as ActorId);
        let exact = self.actors.iter().enumerate().position(|(id, a)| {
            live(id)
                && std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .any(|n| super::search::fold(n) == wanted)
        });
        if let Some(id) = exact {
            return Some(id as ActorId);
        }
        let mut partial = self
            .actors
            .iter()
            .enumerate()
            .filter(|&(id, a)| live(id) && super::search::fold(&a.name).contains(&wanted));
        match (partial.next(), partial.next()) {
            (Some((id, _)), None) => Some(id as ActorId),
            _ => None,
        }
    }

    /// Every mention of an actor in `text`, sorted, not overlapping.
    ///
    /// Candidates are whole-word matches of an alias as written (or with a capital where the alias
    /// starts in lower case, so VS and NAVO match in capitals only); among overlapping
    /// candidates the leftmost, then longest, wins. A role phrase directly followed by a person's
    /// name yields to the name ("de Oekraïense president Janoekovitsj"); adjacent mentions of the
    /// same actor ("Oekraïense president Volodymyr Zelensky") become one.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention> {
        let mut chosen = Vec::new();
        let mut at = 0;
        while let Some(start) = self.next_word_start(text, at) {
            // The longest alias at this start that is a whole word; shorter ones if it is not.
            let mut end = text.len();
            let mut accepted = None;
            while end > start {
                let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
                // Anchored searches are what the DFA was built for: no error can come back.
                let Some(m) = self.matcher.try_find(&input).ok().flatten() else {
                    break;
                };
                // The start is a word boundary already (`next_word_start`); so must the end be.
                if !word_goes_on_at(text, m.end()) {
                    accepted = Some(m);
                    break;
                }
                end = m.end() - 1;
            }
            match accepted {
                Some(m) => {
                    chosen.push(Mention {
                        actor: self.patterns[m.pattern().as_usize()],
                        span: Span::new(m.range()),
                    });
                    at = m.end();
                }
                None => at = start + 1,
            }
        }
        self.join_adjacent(text, chosen)
    }

    /// The first place from `at` on where a mention could start: two bytes some name starts
    /// with (or the text's last byte, if some name starts with it), with no letter or digit
    /// before them. (The first byte is never inside a character, as no name starts with a
    /// continuation byte.)
    fn next_word_start(&self, text: &str, mut at: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        loop {
            let start = at
                + bytes
                    .get(at..)?
                    .iter()
                    .position(|&b| self.first_bytes[usize::from(b)])?;
            let name_goes_on = bytes.get(start + 1).is_none_or(|&second| {
                let pair = usize::from(bytes[start]) << 8 | usize::from(second);
                self.first_pairs[pair / 64] & 1 << (pair % 64) != 0
            });
            if name_goes_on && !word_goes_on_before(text, start) {
                return Some(start);
            }
            at = start + 1;
        }
    }

    fn join_adjacent(&self, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for mention in mentions {
            if let Some(last) = out.last_mut() {
                let gap = &text[last.span.end as usize..mention.span.start as usize];
                let adjacent = !gap.is_empty() && gap.chars().all(|c| c == ' ');
                let both_people = self.actor(last.actor).kind == ActorKind::Person
                    && self.actor(mention.actor).kind == ActorKind::Person;
                if adjacent && last.actor == mention.actor {
                    last.span.end = mention.span.end;
                    continue;
                }
                if adjacent && both_people {
                    *last = mention;
                    continue;
                }
            }
            out.push(mention);
        }
        out
    }
}

/// A match is a whole word when no letter or digit touches it on either side: these two say
/// whether one does. A hyphen is a word boundary, so "NAVO-landen" mentions NAVO.
fn word_goes_on_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(before) if before.is_ascii() => before.is_ascii_alphanumeric(),
        Some(_) => text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

fn word_goes_on_at(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        let g = Gazetteer::builtin();
        g.find_mentions(text)
            .into_iter()
            .map(|m| {
                (
                    g.actor(m.actor).name.clone(),
                    text[m.span.range()].to_owned(),
                )
            })
            .collect()
    }

    /// The filter on a name's first two bytes lets a one-byte name through with anything after
    /// it, and at the very end of a text.
    #[test]
    fn one_letter_names_are_found_anywhere_a_word_can_be() {
        let g = Gazetteer::from_toml(
            "[[actor]]\nname = \"X\"\nkind = \"organisation\"\n\n[[actor]]\nname = \"Xi Jinping\"\nkind = \"person\"\n",
        )
        .unwrap();
        fn found<'t>(g: &Gazetteer, text: &'t str) -> Vec<&'t str> {
            g.find_mentions(text)
                .iter()
                .map(|m| &text[m.span.range()])
                .collect()
        }
        assert_eq!(found(&g, "X"), ["X"]);
        assert_eq!(
            found(&g, "X zei dat Xi Jinping en X, of (X)."),
            ["X", "Xi Jinping", "X", "X"]
        );
        assert_eq!(found(&g, "Xylofoon en Xi"), Vec::<&str>::new());
    }

    #[test]
    fn builtin_gazetteer_parses() {
        assert!(Gazetteer::builtin().len() > 30);
    }

    #[test]
    fn longest_alias_wins() {
        assert_eq!(
            names("Jens Stoltenberg en Wit-Rusland"),
            [
                ("Jens Stoltenberg".into(), "Jens Stoltenberg".into()),
                ("Wit-Rusland".into(), "Wit-Rusland".into())
            ]
        );
    }

    #[test]
    fn whole_words_only_and_unicode_aware() {
        assert_eq!(names("Oekraïense troepen"), []);
        assert_eq!(
            names("in Oekraïne."),
            [("Oekraïne".into(), "Oekraïne".into())]
        );
        assert_eq!(
            names("Koeleba."),
            [("Dmytro Koeleba".into(), "Koeleba".into())]
        );
        assert_eq!(names("Ruslands"), []);
    }

    #[test]
    fn abbreviations_match_in_capitals_only() {
        assert_eq!(
            names("de VS en de NAVO"),
            [
                ("Verenigde Staten".into(), "VS".into()),
                ("NAVO".into(), "NAVO".into())
            ]
        );
        assert_eq!(names("vs navo"), []);
    }

    #[test]
    fn hyphenated_compound_with_an_alias_as_head_is_a_mention() {
        assert_eq!(names("de NAVO-landen"), [("NAVO".into(), "NAVO".into())]);
    }

    #[test]
    fn spelling_variants_and_role_phrases_name_one_person() {
        assert_eq!(names("Sergei Lavrov")[0].0, "Sergej Lavrov");
        assert_eq!(names("NAVO-chef")[0].0, "Jens Stoltenberg");
        assert_eq!(
            names("de NAVO-secretaris-generaal zei")[0].0,
            "Jens Stoltenberg"
        );
    }

    #[test]
    fn role_phrase_and_name_of_the_same_person_are_one_mention() {
        let found = names("de Oekraïense president Volodymyr Zelensky stelt");
        assert_eq!(
            found,
            [(
                "Volodymyr Zelensky".into(),
                "Oekraïense president Volodymyr Zelensky".into()
            )]
        );
    }

    #[test]
    fn role_phrase_yields_to_the_name_that_follows_it() {
        let found = names("de pro-Russische Oekraïense president Janoekovitsj");
        assert_eq!(
            found,
            [("Viktor Janoekovitsj".into(), "Janoekovitsj".into())]
        );
    }

    #[test]
    fn an_actor_has_a_name_per_language_and_is_found_under_each() {
        let mut g = Gazetteer::builtin();
        let nato = g.lookup("NATO").unwrap();
        assert_eq!(g.lookup("NAVO"), Some(nato));
        assert_eq!(g.find_mentions("NATO and NAVO")[0].actor, nato);
        g.name_in(Lang::Dutch);
        assert_eq!(g.actor(nato).name, "NAVO");
        g.name_in(Lang::English);
        assert_eq!(g.actor(nato).name, "NATO");
        assert!(g.actor(nato).aliases.contains(&"NAVO".to_owned()));
        assert!(!g.actor(nato).aliases.contains(&"NATO".to_owned()));
        let putin = g.lookup("Poetin").unwrap();
        assert_eq!(g.actor(putin).name, "Vladimir Putin");
    }

    #[test]
    fn every_builtin_actor_has_an_english_name_that_is_not_dutch() {
        let mut g = Gazetteer::builtin();
        g.name_in(Lang::English);
        for dutch in [
            "Poetin",
            "NAVO",
            "Oekraïne",
            "Unie",
            "Huis",
            "Verenigd",
            "Rusland",
        ] {
            assert!(
                g.actors().iter().all(|a| !a.name.contains(dutch)),
                "{dutch}"
            );
        }
    }

    #[test]
    fn a_users_actor_replaces_a_builtin_one_named_in_any_language() {
        let user = "[[actor]]\nname = \"Vladimir Putin\"\nkind = \"organisation\"\n";
        let g = Gazetteer::with_files(&[("mine.toml".into(), user.into())]).unwrap();
        let found: Vec<&Actor> = g
            .actors()
            .iter()
            .filter(|a| a.name.contains("Putin") || a.name.contains("Poetin"))
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, ActorKind::Organisation);
        // Its own name in every language: it gives no `names`.
        let mut g = g;
        g.name_in(Lang::Dutch);
        assert!(g.actors().iter().any(|a| a.name == "Vladimir Putin"));
    }

    #[test]
    fn a_name_in_an_unknown_language_is_an_error_naming_the_line() {
        let user = "[[actor]]\nname = \"X\"\nkind = \"person\"\nnames = { de = \"Y\" }\n";
        let e = Gazetteer::with_files(&[("mine.toml".into(), user.into())]).unwrap_err();
        assert!(
            e.starts_with("mine.toml: TOML parse error at line 4"),
            "{e}"
        );
    }

    #[test]
    fn lookup_ignores_case_and_diacritics() {
        let g = Gazetteer::builtin();
        let id = g.lookup("stoltenberg").unwrap();
        assert_eq!(g.actor(id).name, "Jens Stoltenberg");
        assert_eq!(g.actor(g.lookup("oekraine").unwrap()).name, "Oekraïne");
        assert_eq!(g.lookup("nobody at all"), None);
    }
}
