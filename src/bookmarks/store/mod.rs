//! The bookmark store's contract: the changes a store applies, what opening and applying give,
//! its errors and warnings, and the [`BookmarkStore`] trait the reader and the commands use. The
//! store on disk is in [`file`], one in memory for tests in [`memory`].

mod file;
mod memory;

pub use file::{BOOKMARKS_FILE, FILE_NAME, FileStore};
pub use memory::MemoryStore;

use std::path::{Path, PathBuf};

use super::{Bookmark, now, sort};

/// One change to the bookmarks, applied to whatever the file holds when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "changes are few (one a key press or command) and short-lived; a box would only add \
              an allocation and a `Box::new` wherever a bookmark is added"
)]
pub enum Change {
    /// Add a bookmark, unless one with its id is there.
    Add(Bookmark),
    /// Remove the bookmark with this id.
    Remove(String),
    /// Set the note of a bookmark (and its `updated` time).
    SetNote {
        id: String,
        note: String,
        updated: String,
    },
}

/// What applying changes gave: the bookmarks the file holds now, and for each change whether it
/// changed anything (an add of a bookmark already there, a remove or a note of one not there, did
/// not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub bookmarks: Vec<Bookmark>,
    pub effects: Vec<bool>,
}

/// What opening the store found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opened {
    pub bookmarks: Vec<Bookmark>,
    /// The file did not parse and was moved here; it is never overwritten.
    pub moved_aside: Option<PathBuf>,
    /// Why it did not parse.
    pub corrupt_reason: Option<String>,
    /// Every backup that holds bookmarks the file lacks, with how many it holds that the file
    /// lacks: offered for restoring, and never overwritten.
    pub backups: Vec<(PathBuf, usize)>,
    /// The file is from a newer kroniek (its version): read, never written.
    pub newer_version: Option<u64>,
}

/// What opening the store found that the user must hear of; the commands print it, the reader
/// shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningWarning<'a> {
    /// The file did not parse and was moved aside (`said`: where it was, why, and where it is
    /// now), with the backups that hold bookmarks it lacks (now: all of theirs).
    MovedAside {
        said: String,
        backups: &'a [(PathBuf, usize)],
    },
    /// Backups hold bookmarks the file lacks: each, and how many.
    Backups(&'a [(PathBuf, usize)]),
    /// The file is from a newer kroniek (its format version): read, never written.
    Newer(u64),
}

impl Opened {
    /// What the user must hear of about opening the store at `location`, if anything.
    pub fn warning(&self, location: &str) -> Option<OpeningWarning<'_>> {
        if let Some(aside) = &self.moved_aside {
            let reason = self.corrupt_reason.as_deref().unwrap_or("unknown reason");
            return Some(OpeningWarning::MovedAside {
                said: format!(
                    "{location} did not parse ({reason}); moved to {}",
                    aside.display()
                ),
                backups: &self.backups,
            });
        }
        if let Some(version) = self.newer_version {
            return Some(OpeningWarning::Newer(version));
        }
        (!self.backups.is_empty()).then_some(OpeningWarning::Backups(&self.backups))
    }
}

/// Why the store could not do what was asked; a sentence a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub reason: String,
    /// Another process holds the lock: nothing was tried, and trying again later may work.
    pub busy: bool,
}

impl StoreError {
    pub fn new(reason: impl Into<String>) -> StoreError {
        StoreError {
            reason: reason.into(),
            busy: false,
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Where bookmarks live, behind a trait so the reader can be tested with a store that fails.
pub trait BookmarkStore: std::fmt::Debug {
    /// Reads the bookmarks (moving a corrupt file aside).
    fn open(&mut self) -> Result<Opened, StoreError>;
    /// Applies changes to the stored bookmarks as they are now, and returns them all, sorted,
    /// with what each change did.
    fn apply(&mut self, changes: &[Change]) -> Result<Applied, StoreError>;
    /// The bookmarks of a backup `open` named, for restoring them.
    fn read_backup(&mut self, path: &Path) -> Result<Vec<Bookmark>, StoreError>;
    /// Where the bookmarks are, for messages.
    fn location(&self) -> String;
    /// Something the last call found that the user should hear of (a corrupt file moved aside, a
    /// backup kept).
    fn take_notice(&mut self) -> Option<String> {
        None
    }
}

/// Applies changes to a list of bookmarks; for each change, whether it changed anything.
pub fn apply_changes(bookmarks: &mut Vec<Bookmark>, changes: &[Change]) -> Vec<bool> {
    let effects = changes
        .iter()
        .map(|change| match change {
            Change::Add(bookmark) => {
                let new = !bookmarks.iter().any(|b| b.id == bookmark.id);
                if new {
                    bookmarks.push(bookmark.clone());
                }
                new
            }
            Change::Remove(id) => {
                let before = bookmarks.len();
                bookmarks.retain(|b| &b.id != id);
                bookmarks.len() < before
            }
            Change::SetNote { id, note, updated } => {
                match bookmarks.iter_mut().find(|b| &b.id == id) {
                    Some(b) => {
                        b.note = note.clone();
                        b.updated = updated.clone();
                        true
                    }
                    None => false,
                }
            }
        })
        .collect();
    sort(bookmarks);
    effects
}

/// A change's `updated` time, now.
pub fn set_note(id: &str, note: &str) -> Change {
    Change::SetNote {
        id: id.to_owned(),
        note: note.to_owned(),
        updated: now(),
    }
}
