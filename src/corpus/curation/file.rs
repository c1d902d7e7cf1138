//! The user's `actors.toml`, beside `config.toml`: the gazetteer's format (`[[actor]]` tables
//! with `name`, `kind` and `aliases`) plus a top-level `ignore = [names]`. The reader records
//! each choice in it; what the user wrote by hand (comments, order, layout) stays as it was.

use std::fs::File;
use std::path::{Path, PathBuf};

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, value};

use super::{Choice, Undo, same};
use crate::bounded::{Limit, read_text_if_exists};
use crate::corpus::actors::{Actor, Gazetteer, Names};
use crate::corpus::article::ActorId;

/// The file's name, in the config directory.
pub const FILE_NAME: &str = "actors.toml";

/// What a new file starts with.
const HEADER: &str = "\
# Your corrections to the actors kroniek finds, over its built-in list (same format), written by
# the reader's Actors view and yours to edit. An [[actor]] replaces any actor whose name is its
# name or one of its aliases; names in `ignore` are no actor.
";

/// The user's actors file as a document: parsed with its layout, changed, written back.
#[derive(Debug, Clone)]
pub struct ActorsFile {
    /// Where it is kept; `None` when the system has no config directory.
    pub path: Option<PathBuf>,
    doc: DocumentMut,
    /// Whether kroniek starts the file (there was none, or it was empty): it gets a header.
    fresh: bool,
}

impl ActorsFile {
    /// The file at `path` with the text it has (empty when there is none yet).
    pub fn new(path: Option<PathBuf>, text: &str) -> Result<ActorsFile, String> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            format!("{}: {}", shown(path.as_deref()), e.to_string().trim_end())
        })?;
        Ok(ActorsFile {
            path,
            doc,
            fresh: text.trim().is_empty(),
        })
    }

    /// An empty file at `path`.
    pub fn empty(path: Option<PathBuf>) -> ActorsFile {
        ActorsFile {
            path,
            doc: DocumentMut::new(),
            fresh: true,
        }
    }

    /// The file as it is on disk now, read within bounds (another kroniek, or its user by hand,
    /// may have changed it since this copy was read), with the lock that kroniek processes hold
    /// while they change it (`actors.toml.lock` beside it): record a choice in the copy
    /// returned, and save it, before the lock is let go. This copy again when it is kept
    /// nowhere.
    pub fn reread(&self) -> Result<(Option<File>, ActorsFile), String> {
        let Some(path) = &self.path else {
            return Ok((None, self.clone()));
        };
        let shown = path.display();
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // Where it cannot be made, the save says why.
            let _ = std::fs::create_dir_all(dir);
        }
        // No lock where none can be made (a directory that cannot be written): the save that
        // follows fails there too, and says so.
        let lock = crate::storage::lock(Path::new(&lock_path)).ok();
        let text = read_text(path).map_err(|reason| format!("cannot read {shown}: {reason}"))?;
        let file = ActorsFile::new(Some(path.clone()), text.as_deref().unwrap_or_default())?;
        Ok((lock, file))
    }

    /// Where it is kept, as a message shows it.
    pub fn shown(&self) -> String {
        shown(self.path.as_deref())
    }

    /// The file's text as it would be written.
    pub fn text(&self) -> String {
        let mut text = self.doc.to_string();
        if self.fresh {
            text = format!("{HEADER}\n{}", text.trim_start());
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text
    }

    /// Records a choice just applied to a corpus whose gazetteer is now `gazetteer`, `undo`
    /// holding the actors as they were: the actors it changed become (or update) `[[actor]]`
    /// tables, an ignored name joins `ignore`.
    pub fn record(
        &mut self,
        choice: &Choice,
        undo: &Undo,
        gazetteer: &Gazetteer,
    ) -> Result<(), String> {
        let old_name = |id| {
            undo.before(id)
                .map_or_else(|| gazetteer.actor(id).name.clone(), |a| a.name.clone())
        };
        // The names a table of the actor's may have: before and after, in every language.
        let names_of = |id: ActorId| -> Vec<String> {
            let mut all = vec![old_name(id), gazetteer.actor(id).name.clone()];
            for (base, names) in undo
                .naming_before(id)
                .into_iter()
                .chain(gazetteer.naming(id))
            {
                all.push(base.to_owned());
                all.extend(names.values().cloned());
            }
            all
        };
        let upsert = |file: &mut Self, id: ActorId, known: Vec<String>| {
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            file.upsert(gazetteer.actor(id), gazetteer.naming(id), &known)
        };
        match choice {
            &Choice::Merge { from, into } => {
                let mut known = names_of(into);
                known.extend(names_of(from));
                upsert(self, into, known)?;
            }
            Choice::Rename { actor, .. } | Choice::Kind { actor, .. } => {
                upsert(self, *actor, names_of(*actor))?;
            }
            // Every name it has, as the choice dropped its mentions under every one: a name
            // merged into it ("Christianne" into "Caroline van der Plas") would otherwise be
            // found again, as an actor of its own, the next time.
            Choice::Ignore { actor } => {
                let actor = undo.before(*actor).unwrap_or(gazetteer.actor(*actor));
                for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                    self.ignore(name)?;
                }
            }
        }
        Ok(())
    }

    /// The `[[actor]]` tables, made if there are none.
    fn actor_tables(&mut self) -> Result<&mut ArrayOfTables, String> {
        if !self.doc.contains_key("actor") {
            self.doc
                .insert("actor", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        self.doc["actor"]
            .as_array_of_tables_mut()
            .ok_or_else(|| "its `actor` is not written as [[actor]] tables".to_owned())
    }

    /// Makes the first table named one of `known` (ignoring case, in any language) say what
    /// `actor` says, with its `naming` per language where it has one (so that a choice made in
    /// one language keeps its names in the others), and drops any other so named (they are one
    /// actor now); adds a table if none is.
    fn upsert(
        &mut self,
        actor: &Actor,
        naming: Option<(&str, &Names)>,
        known: &[&str],
    ) -> Result<(), String> {
        let tables = self.actor_tables()?;
        let is_known = |n: &str| known.iter().any(|k| same(k, n));
        let named = |t: &Table| {
            t.get("name").and_then(Item::as_str).is_some_and(is_known)
                || t.get("names")
                    .and_then(Item::as_inline_table)
                    .is_some_and(|n| n.iter().any(|(_, v)| v.as_str().is_some_and(is_known)))
        };
        let mut first = None;
        let mut others = Vec::new();
        for (i, table) in tables.iter().enumerate() {
            if named(table) {
                match first {
                    None => first = Some(i),
                    Some(_) => others.push(i),
                }
            }
        }
        for &i in others.iter().rev() {
            tables.remove(i);
        }
        let table = match first {
            Some(i) => tables.get_mut(i).ok_or("lost its table")?,
            None => {
                tables.push(Table::new());
                let last = tables.len() - 1;
                tables.get_mut(last).ok_or("lost its table")?
            }
        };
        let (name, names) = naming.map_or((actor.name.as_str(), None), |(b, n)| (b, Some(n)));
        if table.get("name").and_then(Item::as_str) != Some(name) {
            table["name"] = value(name);
        }
        if table.get("kind").and_then(Item::as_str) != Some(actor.kind.as_str()) {
            table["kind"] = value(actor.kind.as_str());
        }
        write_names(table, names.filter(|n| !n.is_empty()));
        let written: Option<Vec<&str>> = table
            .get("aliases")
            .and_then(Item::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect());
        // Its names are matched as aliases already (as written: matching heeds capitals).
        let wanted: Vec<&str> = actor
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|&a| a != name && !names.is_some_and(|n| n.values().any(|v| v == a)))
            .collect();
        if written.as_deref() != Some(wanted.as_slice()) {
            if wanted.is_empty() {
                table.remove("aliases");
            } else {
                table["aliases"] = value(wanted.iter().copied().collect::<Array>());
            }
        }
        Ok(())
    }

    /// Adds `name` to the top-level `ignore` list, unless it is there.
    fn ignore(&mut self, name: &str) -> Result<(), String> {
        let item = self
            .doc
            .entry("ignore")
            .or_insert_with(|| value(Array::new()));
        let list = item
            .as_array_mut()
            .ok_or_else(|| "its `ignore` is not a list of names".to_owned())?;
        if !list
            .iter()
            .any(|v| v.as_str().is_some_and(|n| same(n, name)))
        {
            list.push(name);
        }
        Ok(())
    }

    /// Writes the file in place of the old one, atomically (a failed write leaves the old file
    /// whole), through a link to its target, keeping its mode. An error names the file.
    pub fn save(&self) -> Result<(), String> {
        let Some(path) = &self.path else {
            return Err(format!(
                "no config directory on this system to keep {FILE_NAME} in"
            ));
        };
        write(path, self.text().as_bytes())
            .map_err(|reason| format!("cannot save {}: {reason}", path.display()))
    }
}

/// Where an actors file is kept, as a message shows it: its path, or its name when it is kept
/// nowhere.
fn shown(path: Option<&Path>) -> String {
    path.map_or_else(|| FILE_NAME.to_owned(), |p| p.display().to_string())
}

/// How an actors file is read (the user's, and those the config names): within bounds.
pub const LIMIT: Limit = Limit {
    bytes: 16 * 1024 * 1024,
    what: "an actors file",
};

/// The text of the actors file at `path`, `None` when there is none (or it cannot be seen: not
/// there, or in a directory this user cannot search).
pub fn read_text(path: &Path) -> Result<Option<String>, String> {
    if !path.exists() {
        return Ok(None);
    }
    read_text_if_exists(path, LIMIT)
}

/// Writes an actor's `names` (`{ en = "NATO" }`) in its table, or takes them out when it has
/// none; a table that says so already is left as written.
fn write_names(table: &mut Table, names: Option<&Names>) {
    let written: Option<Vec<(&str, &str)>> =
        table.get("names").and_then(Item::as_inline_table).map(|t| {
            t.iter()
                .filter_map(|(k, v)| Some((k, v.as_str()?)))
                .collect()
        });
    let wanted: Option<Vec<(&str, &str)>> =
        names.map(|n| n.iter().map(|(l, v)| (l.code(), v.as_str())).collect());
    if written == wanted {
        return;
    }
    match names {
        None => {
            table.remove("names");
        }
        Some(names) => {
            let mut inline = InlineTable::new();
            for (lang, name) in names {
                inline.insert(lang.code(), name.as_str().into());
            }
            table["names"] = value(inline);
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let reason = |e: std::io::Error| crate::io_error::reason(&e);
    let real = crate::storage::resolve(path).map_err(reason)?;
    if let Some(dir) = real.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(reason)?;
    }
    crate::storage::atomic_write(path, bytes).map_err(reason)
}
