//! `bookmarks.json` on disk: every change is applied under an exclusive lock to a fresh read of
//! the file and written atomically (temporary file, fsync, rename, fsync of the directory), so a
//! crash leaves the old or the new file and two processes never lose each other's bookmarks.
//!
//! The file keeps its identity: a symbolic link is written through to its target, the mode is
//! kept, and fields this kroniek does not know are written back. Every read is bounded (a regular
//! file of at most [`BOOKMARKS_FILE`]), so a FIFO or a device never hangs kroniek.
//!
//! Backups: before a write, the file is copied to `bookmarks.json.bak` (without the bookmarks the
//! write removes, so the backup never holds a bookmark the user removed on purpose). A backup that
//! holds bookmarks the file lacks (the file went missing, was moved aside as corrupt, or was
//! replaced by something smaller) is never overwritten or deleted: it is kept as
//! `bookmarks.json.bak-<timestamp>`, and opening the store names it until its bookmarks are
//! restored or the user removes it.

use std::collections::HashSet;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use super::{Bookmark, BookmarkFile, FORMAT_VERSION, merge_duplicates, now, sort};
use crate::bounded::{Limit, read_if_exists};
use crate::{io_error, storage};

pub const FILE_NAME: &str = "bookmarks.json";

/// How the bookmarks file and its backups are read: a regular file of at most 64 MiB (a hundred
/// thousand bookmarks with notes).
pub const BOOKMARKS_FILE: Limit = Limit {
    bytes: 64 * 1024 * 1024,
    what: "a bookmarks file",
};

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

/// The store in a directory on disk.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
    /// Set when the file on disk is from a newer version: never written.
    read_only: Option<u64>,
    notice: Option<String>,
    /// Whether a change waits for another process's lock (the commands) or returns busy at once
    /// (the reader, which waits without blocking its keys).
    wait: bool,
}

enum Read {
    Missing,
    /// The file, and its bytes as read.
    Good(BookmarkFile, Vec<u8>),
    Newer(u64, Vec<Bookmark>),
    Corrupt(String),
}

impl FileStore {
    pub fn new(dir: impl Into<PathBuf>) -> FileStore {
        FileStore {
            dir: dir.into(),
            read_only: None,
            notice: None,
            wait: true,
        }
    }

    /// A store whose changes never wait for another process's lock: they fail as busy at once.
    pub fn without_waiting(mut self) -> FileStore {
        self.wait = false;
        self
    }

    /// Whether changes wait for another process's lock.
    pub fn set_waiting(&mut self, wait: bool) {
        self.wait = wait;
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    fn backup_path(&self) -> PathBuf {
        self.dir.join(format!("{FILE_NAME}.bak"))
    }

    fn err(&self, what: &str, e: &std::io::Error) -> StoreError {
        StoreError::new(format!(
            "{}: cannot {what} {}",
            io_error::reason(e),
            self.dir.display()
        ))
    }

    fn read(path: &Path) -> Result<Read, StoreError> {
        let bytes = match read_if_exists(path, BOOKMARKS_FILE) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Ok(Read::Missing),
            Err(reason) => {
                return Err(StoreError::new(format!(
                    "cannot read {}: {reason}",
                    path.display()
                )));
            }
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
                    Ok(Read::Good(file, bytes))
                }
                Err(e) => Ok(Read::Corrupt(e.to_string())),
            },
        }
    }

    /// A free name `<path>.<what>-<timestamp>` next to `path`.
    fn stamped(path: &Path, what: &str) -> PathBuf {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
        let name = path
            .file_name()
            .map_or_else(|| FILE_NAME.into(), |n| n.to_string_lossy().into_owned());
        let with = |suffix: String| path.with_file_name(format!("{name}.{what}-{stamp}{suffix}"));
        let mut target = with(String::new());
        let mut n = 1;
        while fs::symlink_metadata(&target).is_ok() {
            target = with(format!("-{n}"));
            n += 1;
        }
        target
    }

    /// Moves a file that does not parse aside, never overwriting it. A link is followed: the file
    /// it names is moved (next to itself), so the link stays and the next write goes through it.
    fn move_aside(&self) -> Result<PathBuf, StoreError> {
        let real = storage::resolve(&self.path()).map_err(|e| self.err("read", &e))?;
        let target = Self::stamped(&real, "corrupt");
        fs::rename(&real, &target)
            .map_err(|e| self.err("move the unreadable bookmarks aside in", &e))?;
        Ok(target)
    }

    /// Every backup in the directory: `bookmarks.json.bak` and the kept `bookmarks.json.bak-*`.
    fn backups(&self) -> Vec<PathBuf> {
        let kept = format!("{FILE_NAME}.bak-");
        let mut found: Vec<PathBuf> = fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(&kept))
            .map(|e| e.path())
            .collect();
        found.sort();
        let bak = self.backup_path();
        if fs::symlink_metadata(&bak).is_ok() {
            found.insert(0, bak);
        }
        found
    }

    /// Every backup that holds bookmarks whose ids are not in `ids`, with how many.
    fn lacking(&self, ids: &HashSet<&str>) -> Vec<(PathBuf, usize)> {
        self.backups()
            .into_iter()
            .filter_map(|path| match Self::read(&path) {
                Ok(Read::Good(file, _)) => {
                    let n = missing_from(&file.bookmarks, ids);
                    (n > 0).then_some((path, n))
                }
                _ => None,
            })
            .collect()
    }

    /// Takes the exclusive lock (a separate lock file, so renames do not disturb it), waiting
    /// for another holder if `wait`, else failing as busy.
    fn lock(&self, wait: bool) -> Result<File, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| self.err("create", &e))?;
        let path = self.dir.join(format!("{FILE_NAME}.lock"));
        let lock = |e: &std::io::Error| self.err("lock the bookmarks in", e);
        if wait {
            return storage::lock(&path).map_err(|e| lock(&e));
        }
        match storage::try_lock(&path).map_err(|e| lock(&e))? {
            Some(file) => Ok(file),
            None => Err(StoreError {
                reason: format!(
                    "another kroniek is saving bookmarks ({} is locked)",
                    path.display()
                ),
                busy: true,
            }),
        }
    }

    fn notify(&mut self, notice: String) {
        self.notice = Some(match self.notice.take() {
            Some(earlier) => format!("{earlier}; {notice}"),
            None => notice,
        });
    }

    /// Writes `file` atomically over `bookmarks.json` (through a link, keeping its mode). The
    /// file it replaces (`old`, as read, with its bytes) becomes `.bak`, without the bookmarks
    /// this write removed; a `.bak` holding bookmarks `old` lacks is kept aside first.
    fn write(
        &mut self,
        old: Option<(&BookmarkFile, &[u8])>,
        file: &BookmarkFile,
    ) -> Result<(), StoreError> {
        let mut json =
            serde_json::to_vec_pretty(file).map_err(|e| StoreError::new(e.to_string()))?;
        json.push(b'\n');
        let path = self.path();
        if let Some((old, old_bytes)) = old {
            self.keep_backup_if_needed(old)?;
            let kept: HashSet<&str> = file.bookmarks.iter().map(|b| b.id.as_str()).collect();
            let removed = old.bookmarks.iter().any(|b| !kept.contains(b.id.as_str()));
            let bytes = if removed {
                // A bookmark removed on purpose is not kept in the backup.
                let mut without = old.clone();
                without.bookmarks.retain(|b| kept.contains(b.id.as_str()));
                let mut bytes = serde_json::to_vec_pretty(&without)
                    .map_err(|e| StoreError::new(e.to_string()))?;
                bytes.push(b'\n');
                bytes
            } else {
                old_bytes.to_vec()
            };
            // Never more readable than the file it copies (nor than the backup was).
            let real = storage::resolve(&path).map_err(|e| self.err("read", &e))?;
            let backup = self.backup_path();
            let mode = match (storage::mode(&real), storage::mode(&backup)) {
                (Some(file), Some(backup)) => Some(file & backup),
                (file, _) => file,
            };
            storage::atomic_write_with_mode(&backup, &bytes, mode)
                .map_err(|e| self.err("save the bookmarks backup in", &e))?;
        }
        storage::atomic_write(&path, &json).map_err(|e| self.err("save bookmarks in", &e))
    }

    /// Before `.bak` is replaced by a copy of `old`: a `.bak` that holds bookmarks `old` lacks
    /// (or that cannot be read, so nobody knows) is renamed to `bookmarks.json.bak-<timestamp>`
    /// and the user told where.
    fn keep_backup_if_needed(&mut self, old: &BookmarkFile) -> Result<(), StoreError> {
        let backup = self.backup_path();
        let lacking = match Self::read(&backup) {
            Ok(Read::Missing) => return Ok(()),
            Ok(Read::Good(file, _)) => {
                let ids: HashSet<&str> = old.bookmarks.iter().map(|b| b.id.as_str()).collect();
                match missing_from(&file.bookmarks, &ids) {
                    0 => return Ok(()),
                    n => format!("holds {n} bookmarks {FILE_NAME} lacks"),
                }
            }
            Ok(Read::Newer(version, _)) => format!("is from a newer kroniek (format {version})"),
            Ok(Read::Corrupt(reason)) => format!("did not parse ({reason})"),
            Err(e) => e.reason,
        };
        let target = Self::stamped(&self.path(), "bak");
        fs::rename(&backup, &target).map_err(|e| self.err("keep the bookmarks backup in", &e))?;
        self.notify(format!(
            "backup kept as {} (it {lacking}) until you restore or remove it",
            target.display()
        ));
        Ok(())
    }
}

/// How many of `bookmarks` have an id not in `ids`.
fn missing_from(bookmarks: &[Bookmark], ids: &HashSet<&str>) -> usize {
    bookmarks
        .iter()
        .filter(|b| !ids.contains(b.id.as_str()))
        .count()
}

impl BookmarkStore for FileStore {
    fn open(&mut self) -> Result<Opened, StoreError> {
        let mut opened = Opened::default();
        match Self::read(&self.path())? {
            Read::Missing => {}
            Read::Good(file, _) => opened.bookmarks = file.bookmarks,
            Read::Newer(version, bookmarks) => {
                self.read_only = Some(version);
                opened.newer_version = Some(version);
                opened.bookmarks = bookmarks;
            }
            Read::Corrupt(_) => {
                // Opening waits for the lock: it runs before the reader takes keys.
                let _lock = self.lock(true)?;
                // Another process may have fixed it meanwhile; only move a file still corrupt.
                match Self::read(&self.path())? {
                    Read::Corrupt(reason) => {
                        opened.corrupt_reason = Some(reason);
                        opened.moved_aside = Some(self.move_aside()?);
                    }
                    Read::Good(file, _) => opened.bookmarks = file.bookmarks,
                    Read::Newer(version, bookmarks) => {
                        self.read_only = Some(version);
                        opened.newer_version = Some(version);
                        opened.bookmarks = bookmarks;
                    }
                    Read::Missing => {}
                }
            }
        }
        if opened.newer_version.is_none() {
            let ids: HashSet<&str> = opened.bookmarks.iter().map(|b| b.id.as_str()).collect();
            opened.backups = self.lacking(&ids);
        }
        sort(&mut opened.bookmarks);
        Ok(opened)
    }

    fn apply(&mut self, changes: &[Change]) -> Result<Applied, StoreError> {
        if let Some(version) = self.read_only {
            return Err(StoreError::new(format!(
                "{} is from a newer kroniek (format version {version}); it is not written",
                self.path().display()
            )));
        }
        let _lock = self.lock(self.wait)?;
        let read = Self::read(&self.path())?;
        let (old, mut file) = match &read {
            Read::Missing => (None, BookmarkFile::default()),
            Read::Good(file, bytes) => (Some((file, bytes.as_slice())), file.clone()),
            Read::Newer(version, _) => {
                self.read_only = Some(*version);
                return Err(StoreError::new(format!(
                    "{} was replaced by a newer kroniek (format version {version}); it is not written",
                    self.path().display()
                )));
            }
            Read::Corrupt(reason) => {
                // Changed on disk since we opened it, and unreadable now: keep it aside and
                // build on the last good copy.
                let aside = self.move_aside()?;
                let backup = match Self::read(&self.backup_path()) {
                    Ok(Read::Good(backup, _)) => backup,
                    _ => BookmarkFile::default(),
                };
                self.notify(format!(
                    "{FILE_NAME} did not parse ({reason}); moved to {}; saved on the last good copy ({} bookmarks)",
                    aside.display(),
                    backup.bookmarks.len()
                ));
                (None, backup)
            }
        };
        file.version = FORMAT_VERSION;
        let effects = apply_changes(&mut file.bookmarks, changes);
        self.write(old, &file)?;
        Ok(Applied {
            bookmarks: file.bookmarks,
            effects,
        })
    }

    fn read_backup(&mut self, path: &Path) -> Result<Vec<Bookmark>, StoreError> {
        match Self::read(path)? {
            Read::Good(file, _) => Ok(file.bookmarks),
            Read::Newer(_, bookmarks) => Ok(bookmarks),
            Read::Missing => Err(StoreError::new(format!("{} is gone", path.display()))),
            Read::Corrupt(reason) => Err(StoreError::new(format!(
                "{} did not parse ({reason})",
                path.display()
            ))),
        }
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

    fn apply(&mut self, changes: &[Change]) -> Result<Applied, StoreError> {
        if let Some(reason) = &self.fail {
            return Err(StoreError::new(reason.clone()));
        }
        let effects = apply_changes(&mut self.bookmarks, changes);
        Ok(Applied {
            bookmarks: self.bookmarks.clone(),
            effects,
        })
    }

    fn read_backup(&mut self, _: &Path) -> Result<Vec<Bookmark>, StoreError> {
        Err(StoreError::new("no backup in memory"))
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
