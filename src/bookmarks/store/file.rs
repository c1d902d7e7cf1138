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

use super::{Applied, BookmarkStore, Change, Opened, StoreError, apply_changes};
use crate::bookmarks::{Bookmark, BookmarkFile, FORMAT_VERSION, merge_duplicates, sort};
use crate::bounded::{Limit, read_if_exists};
use crate::{io_error, storage};

pub const FILE_NAME: &str = "bookmarks.json";

/// How the bookmarks file and its backups are read: a regular file of at most 64 MiB (a hundred
/// thousand bookmarks with notes).
pub const BOOKMARKS_FILE: Limit = Limit {
    bytes: 64 * 1024 * 1024,
    what: "a bookmarks file",
};

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
                    n => format!(
                        "holds {} {FILE_NAME} lacks",
                        crate::plural::count(n, "bookmark", "bookmarks")
                    ),
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
                    "{FILE_NAME} did not parse ({reason}); moved to {}; saved on the last good copy ({})",
                    aside.display(),
                    crate::plural::count(backup.bookmarks.len(), "bookmark", "bookmarks")
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
