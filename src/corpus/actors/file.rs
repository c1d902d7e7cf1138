//! Gazetteer files: the TOML of `assets/actors.toml` and of a user's `actors.toml`, read into a
//! [`Gazetteer`].

use serde::Deserialize;

use super::{Actor, ActorKind, BUILTIN_GAZETTEER, Gazetteer, Names, Origin};

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
    /// added. Then the names the files `ignore` go: an actor so named (in any language), and any
    /// such alias.
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
        // The names of the actors ignored, each in every form it has: a name the text uses for
        // one of them ("NAVO" where "NATO" is ignored) is no discovered actor either.
        let mut ignored_forms: Vec<String> = Vec::new();
        if !ignored.is_empty() {
            let is_ignored = |n: &String| ignored.contains(&n.trim().to_lowercase());
            // An actor is one actor in every language: ignored by its name in any of them.
            actors.retain(|(a, names)| {
                let keep = !std::iter::once(&a.name)
                    .chain(names.values())
                    .any(is_ignored);
                if !keep {
                    ignored_forms.extend(
                        std::iter::once(&a.name)
                            .chain(names.values())
                            .chain(&a.aliases)
                            .map(|n| n.trim().to_lowercase()),
                    );
                }
                keep
            });
            for (actor, names) in &mut actors {
                actor.aliases.retain(|n| !is_ignored(n));
                names.retain(|_, n| !is_ignored(n));
            }
        }
        let mut gazetteer = Gazetteer::named(actors)?;
        ignored.extend(ignored_forms);
        gazetteer.ignored = ignored;
        Ok(gazetteer)
    }

    /// The built-in gazetteer.
    pub fn builtin() -> Gazetteer {
        // The built-in file is tested to parse; an error here is a bug in the binary itself.
        Gazetteer::from_toml(BUILTIN_GAZETTEER).expect("the built-in gazetteer parses")
    }
}
