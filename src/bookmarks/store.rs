//! `bookmarks.json` on disk: every change is applied under an exclusive lock to a fresh read of
//! the file and written atomically (temporary file, fsync, rename, fsync of the directory), so a
//! crash leaves the old or the new file and two processes never lose each other's bookmarks.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::{Bookmark, BookmarkFile, FORMAT_VERSION, merge_duplicates, now, sort};
use crate::{io_error, storage};

pub const FILE_NAME: &str = "bookmarks.json";

/// One change to the bookmarks, applied to whatever the file holds when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// What opening the store found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opened {
    pub bookmarks: Vec<Bookmark>,
    /// The file did not parse and was moved here; it is never overwritten.
    pub moved_aside: Option<PathBuf>,
    /// Why it did not parse.
    pub corrupt_reason: Option<String>,
    /// The last good copy, with how many bookmarks it holds, offered after a corrupt file.
    pub backup: Option<(PathBuf, usize)>,
    /// The file is from a newer kroniek (its version): read, never written.
    pub newer_version: Option<u64>,
}

/// What opening the store found that the user must hear of; the commands print it, the reader
/// shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningWarning<'a> {
    /// The file did not parse and was moved aside (`said`: where it was, why, and where it is
    /// now), with the last good copy and how many bookmarks it holds, if there is one.
    MovedAside {
        said: String,
        backup: Option<&'a (PathBuf, usize)>,
    },
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
                backup: self.backup.as_ref(),
            });
        }
        self.newer_version.map(OpeningWarning::Newer)
    }
}

/// Why the store could not do what was asked; a sentence a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where bookmarks live, behind a trait so the reader can be tested with a store that fails.
pub trait BookmarkStore: std::fmt::Debug {
    /// Reads the bookmarks (moving a corrupt file aside).
    fn open(&mut self) -> Result<Opened, StoreError>;
    /// Applies changes to the stored bookmarks and returns them all, sorted.
    fn apply(&mut self, changes: &[Change]) -> Result<Vec<Bookmark>, StoreError>;
    /// Merges the last good copy back in after a corrupt file.
    fn restore_backup(&mut self) -> Result<Vec<Bookmark>, StoreError>;
    /// Where the bookmarks are, for messages.
    fn location(&self) -> String;
    /// Something the last call found that the user should hear of (a corrupt file moved aside).
    fn take_notice(&mut self) -> Option<String> {
        None
    }
}

/// Applies changes to a list of bookmarks.
pub fn apply_changes(bookmarks: &mut Vec<Bookmark>, changes: &[Change]) {
    for change in changes {
        match change {
            Change::Add(bookmark) => {
                if !bookmarks.iter().any(|b| b.id == bookmark.id) {
                    bookmarks.push(bookmark.clone());
                }
            }
            Change::Remove(id) => bookmarks.retain(|b| &b.id != id),
            Change::SetNote { id, note, updated } => {
                if let Some(b) = bookmarks.iter_mut().find(|b| &b.id == id) {
                    b.note = note.clone();
                    b.updated = updated.clone();
                }
            }
        }
    }
    sort(bookmarks);
}

/// The store in a directory on disk.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
    /// Set when the file on disk is from a newer version: never written.
    read_only: Option<u64>,
    notice: Option<String>,
}

enum Read {
    Missing,
    Good(BookmarkFile),
    Newer(u64, Vec<Bookmark>),
    Corrupt(String),
}

impl FileStore {
    pub fn new(dir: impl Into<PathBuf>) -> FileStore {
        FileStore {
            dir: dir.into(),
            read_only: None,
            notice: None,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    fn backup_path(&self) -> PathBuf {
        self.dir.join(format!("{FILE_NAME}.bak"))
    }

    fn err(&self, what: &str, e: &io::Error) -> StoreError {
        StoreError(format!(
            "{}: cannot {what} {}",
            io_error::reason(e),
            self.dir.display()
        ))
    }

    fn read(path: &Path) -> io::Result<Read> {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Read::Missing),
            Err(e) => return Err(e),
        };
        let value: serde_json::Value = match serde_json::from_slice(&bytes) {
            Ok(value) => value,
            Err(e) => return Ok(Read::Corrupt(e.to_string())),
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        match version {
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                // Read what can be read: every bookmark that still has our fields.
                let mut bookmarks: Vec<Bookmark> = value
                    .get("bookmarks")
                    .and_then(serde_json::Value::as_array)
                    .map(|list| {
                        list.iter()
                            .filter_map(|b| serde_json::from_value::<Bookmark>(b.clone()).ok())
                            .collect()
                    })
                    .unwrap_or_default();
                bookmarks.iter_mut().for_each(Bookmark::validate);
                Ok(Read::Newer(v, merge_duplicates(bookmarks)))
            }
            _ => match serde_json::from_value::<BookmarkFile>(value) {
                Ok(mut file) => {
                    file.bookmarks.iter_mut().for_each(Bookmark::validate);
                    file.bookmarks = merge_duplicates(file.bookmarks);
                    Ok(Read::Good(file))
                }
                Err(e) => Ok(Read::Corrupt(e.to_string())),
            },
        }
    }

    /// Moves a file that does not parse aside, never overwriting it.
    fn move_aside(&self) -> Result<PathBuf, StoreError> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
        let mut target = self.dir.join(format!("{FILE_NAME}.corrupt-{stamp}"));
        let mut n = 1;
        while target.exists() {
            target = self.dir.join(format!("{FILE_NAME}.corrupt-{stamp}-{n}"));
            n += 1;
        }
        fs::rename(self.path(), &target)
            .map_err(|e| self.err("move the unreadable bookmarks aside in", &e))?;
        Ok(target)
    }

    /// Takes the exclusive lock (a separate lock file, so renames do not disturb it).
    fn lock(&self) -> Result<File, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| self.err("create", &e))?;
        storage::lock(&self.dir.join(format!("{FILE_NAME}.lock")))
            .map_err(|e| self.err("lock the bookmarks in", &e))
    }

    /// Writes the file atomically, keeping the previous good file as `.bak`.
    fn write(&self, bookmarks: &[Bookmark]) -> Result<(), StoreError> {
        let file = BookmarkFile {
            version: FORMAT_VERSION,
            bookmarks: bookmarks.to_vec(),
        };
        let mut json = serde_json::to_vec_pretty(&file).map_err(|e| StoreError(e.to_string()))?;
        json.push(b'\n');
        let path = self.path();
        if path.exists() {
            self.atomic_write(
                &self.backup_path(),
                &fs::read(&path).map_err(|e| self.err("read", &e))?,
            )?;
        }
        self.atomic_write(&path, &json)
    }

    fn atomic_write(&self, target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        storage::atomic_write(&self.dir, target, bytes)
            .map_err(|e| self.err("save bookmarks in", &e))
    }
}

impl BookmarkStore for FileStore {
    fn open(&mut self) -> Result<Opened, StoreError> {
        let mut opened = Opened::default();
        match Self::read(&self.path()).map_err(|e| self.err("read bookmarks in", &e))? {
            Read::Missing => {}
            Read::Good(file) => opened.bookmarks = file.bookmarks,
            Read::Newer(version, bookmarks) => {
                self.read_only = Some(version);
                opened.newer_version = Some(version);
                opened.bookmarks = bookmarks;
            }
            Read::Corrupt(_) => {
                let _lock = self.lock()?;
                // Another process may have fixed it meanwhile; only move a file still corrupt.
                if let Ok(Read::Corrupt(reason)) = Self::read(&self.path()) {
                    opened.corrupt_reason = Some(reason);
                    opened.moved_aside = Some(self.move_aside()?);
                    if let Ok(Read::Good(backup)) = Self::read(&self.backup_path()) {
                        opened.backup = Some((self.backup_path(), backup.bookmarks.len()));
                    }
                } else if let Ok(Read::Good(file)) = Self::read(&self.path()) {
                    opened.bookmarks = file.bookmarks;
                }
            }
        }
        sort(&mut opened.bookmarks);
        Ok(opened)
    }

    fn apply(&mut self, changes: &[Change]) -> Result<Vec<Bookmark>, StoreError> {
        if let Some(version) = self.read_only {
            return Err(StoreError(format!(
                "{} is from a newer kroniek (format version {version}); it is not written",
                self.path().display()
            )));
        }
        let _lock = self.lock()?;
        let mut bookmarks = match Self::read(&self.path())
            .map_err(|e| self.err("read bookmarks in", &e))?
        {
            Read::Missing => Vec::new(),
            Read::Good(file) => file.bookmarks,
            Read::Newer(version, _) => {
                self.read_only = Some(version);
                return Err(StoreError(format!(
                    "{} was replaced by a newer kroniek (format version {version}); it is not written",
                    self.path().display()
                )));
            }
            Read::Corrupt(reason) => {
                // Changed on disk since we opened it, and unreadable now: keep it aside and
                // build on the last good copy.
                let aside = self.move_aside()?;
                let backup = match Self::read(&self.backup_path()) {
                    Ok(Read::Good(backup)) => backup.bookmarks,
                    _ => Vec::new(),
                };
                self.notice = Some(format!(
                    "{FILE_NAME} did not parse ({reason}); moved to {}; saved on the last good copy ({} bookmarks)",
                    aside.display(),
                    backup.len()
                ));
                backup
            }
        };
        apply_changes(&mut bookmarks, changes);
        self.write(&bookmarks)?;
        Ok(bookmarks)
    }

    fn restore_backup(&mut self) -> Result<Vec<Bookmark>, StoreError> {
        let backup = match Self::read(&self.backup_path()) {
            Ok(Read::Good(file)) => file.bookmarks,
            _ => {
                return Err(StoreError(format!(
                    "no readable {}",
                    self.backup_path().display()
                )));
            }
        };
        let changes: Vec<Change> = backup.into_iter().map(Change::Add).collect();
        self.apply(&changes)
    }

    fn location(&self) -> String {
        self.path().display().to_string()
    }

    fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }
}

/// A store in memory, for tests: it can be told to fail.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    pub bookmarks: Vec<Bookmark>,
    pub fail: Option<String>,
    pub opened: Opened,
}

impl BookmarkStore for MemoryStore {
    fn open(&mut self) -> Result<Opened, StoreError> {
        let mut opened = self.opened.clone();
        opened.bookmarks = self.bookmarks.clone();
        Ok(opened)
    }

    fn apply(&mut self, changes: &[Change]) -> Result<Vec<Bookmark>, StoreError> {
        if let Some(reason) = &self.fail {
            return Err(StoreError(reason.clone()));
        }
        apply_changes(&mut self.bookmarks, changes);
        Ok(self.bookmarks.clone())
    }

    fn restore_backup(&mut self) -> Result<Vec<Bookmark>, StoreError> {
        Err(StoreError("no backup in memory".into()))
    }

    fn location(&self) -> String {
        "memory".into()
    }
}

/// A change's `updated` time, now.
pub fn set_note(id: &str, note: &str) -> Change {
    Change::SetNote {
        id: id.to_owned(),
        note: note.to_owned(),
        updated: now(),
    }
}
