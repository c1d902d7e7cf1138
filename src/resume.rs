//! What the reader remembers between runs, per corpus: the view, the article and where it was
//! scrolled to, and the articles read. Kept in `state.json` in the state directory, written with
//! the same care as the bookmarks (a lock, then an atomic replace of a fresh read), so two readers
//! closing at once keep both their places. Fields this kroniek does not know (written by a newer
//! one) are kept as they are.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::bounded::{Limit, read_bounded};
use crate::storage;

pub const FILE_NAME: &str = "state.json";
pub const FORMAT_VERSION: u32 = 1;

/// Where a reader was in one corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// `articles`, `timeline`, `actors`, `warnings`, `bookmarks` or `quotations`.
    pub view: String,
    /// The id of the selected article.
    pub article: Option<String>,
    /// Whether the article pane had the keys.
    #[serde(default)]
    pub reading: bool,
    /// The first line of the article shown.
    #[serde(default)]
    pub scroll: usize,
    /// Ids of the articles read.
    #[serde(default)]
    pub read: Vec<String>,
    /// The list's per cent of the width beside the article (`<` and `>` move it); none in files
    /// written before it was kept.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_u16"
    )]
    pub split: Option<u16>,
    /// The period selected in the timeline, as its label (`2022-02`, `undated`), when the
    /// timeline was the view. A value that is not a string is no period.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_string"
    )]
    pub period: Option<String>,
    /// Fields this kroniek does not know, kept as they are.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct StateFile {
    version: u32,
    #[serde(default)]
    corpora: BTreeMap<String, Place>,
    /// Fields this kroniek does not know, kept as they are.
    #[serde(flatten)]
    unknown: Map<String, Value>,
}

/// A string, or nothing for any other value (a bad value loses that field, not the place).
fn lenient_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        _ => None,
    })
}

fn lenient_u16<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    Ok(Value::deserialize(d)?
        .as_u64()
        .and_then(|n| u16::try_from(n).ok()))
}

/// The state directory: `KRONIEK_STATE_DIR` if set, else the platform's (`$XDG_STATE_HOME/kroniek`
/// or `~/.local/state/kroniek` on Linux; the local data directory where there is no such thing).
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KRONIEK_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    crate::dirs::state_dir()
}

/// The name a corpus is remembered by: `built-in`, or its paths made absolute.
pub fn corpus_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "built-in".into();
    }
    let mut names: Vec<String> = paths
        .iter()
        .map(|p| {
            fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names.join("\n")
}

/// The state file in a directory.
#[derive(Debug, Clone)]
pub struct ResumeStore {
    dir: PathBuf,
}

impl ResumeStore {
    pub fn new(dir: impl Into<PathBuf>) -> ResumeStore {
        ResumeStore { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The place remembered for `corpus`, if any. A missing, unreadable or foreign file is no
    /// place at all: remembering is a convenience, never a reason not to start.
    pub fn place(&self, corpus: &str) -> Option<Place> {
        read(&self.path()).ok()?.corpora.remove(corpus)
    }

    /// Remembers `place` for `corpus`, keeping what other corpora (and other readers) wrote.
    pub fn save(&self, corpus: &str, place: Place) -> Result<(), String> {
        let fail = |what: &str, e: io::Error| {
            format!(
                "cannot {what} {}: {}",
                self.dir.display(),
                crate::io_error::reason(&e)
            )
        };
        fs::create_dir_all(&self.dir).map_err(|e| fail("create", e))?;
        let _lock = storage::lock(&self.dir.join(format!("{FILE_NAME}.lock")))
            .map_err(|e| fail("lock the state in", e))?;
        let path = self.path();
        // A file from a newer kroniek is left alone rather than overwritten.
        let mut file = match read(&path) {
            Ok(file) if file.version > FORMAT_VERSION => {
                return Err(format!(
                    "{} is from a newer kroniek (format {}); not overwritten",
                    path.display(),
                    file.version
                ));
            }
            Ok(file) => file,
            Err(_) => StateFile::default(),
        };
        file.version = FORMAT_VERSION;
        let mut place = place;
        // What a newer kroniek wrote for this corpus stays, where this one has nothing to say.
        if let Some(before) = file.corpora.remove(corpus) {
            for (key, value) in before.unknown {
                place.unknown.entry(key).or_insert(value);
            }
        }
        file.corpora.insert(corpus.to_owned(), place);
        let mut json = serde_json::to_vec_pretty(&file).map_err(|e| e.to_string())?;
        json.push(b'\n');
        storage::atomic_write(&path, &json).map_err(|e| fail("save the state in", e))
    }
}

/// How the state file is read: a regular file of at most 16 MiB (see [`crate::bounded`]).
const STATE_FILE: Limit = Limit {
    bytes: 16 * 1024 * 1024,
    what: "the state file",
};

fn read(path: &Path) -> io::Result<StateFile> {
    let bytes = read_bounded(path, STATE_FILE).map_err(io::Error::other)?;
    serde_json::from_slice(&bytes).map_err(io::Error::other)
}
