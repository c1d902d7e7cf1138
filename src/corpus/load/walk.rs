//! The directory walk: from the PATHs given to the article files under them, in the order they
//! load (each directory in name order), and the problems met finding them.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::super::formats::{extension_list, format_of};
use super::{Warning, display_path};
use crate::bounded::NOT_REGULAR;
use crate::io_error::{is_link_loop, reason as io_reason};

/// Directories deeper than this below a PATH are not searched (a guard against odd mounts).
pub const MAX_DEPTH: usize = 64;

/// What a walk finds besides the article files it hands on: the JSON files, and the problems
/// met finding them.
#[derive(Debug, Default)]
pub(super) struct Found {
    /// How many article files were handed on.
    pub files: usize,
    /// The JSON files found in directories: no article format, but one may be a kroniek export,
    /// which is worth a word.
    pub json: Vec<PathBuf>,
    pub warnings: Vec<Warning>,
}

/// Article files are handed on in batches of this many while the walk goes on, so that loading
/// starts long before a walk of a hundred thousand files ends.
pub(super) const BATCH: usize = 256;

/// Finds the article files under `paths` (files as named, directories searched for the
/// extensions of every format kroniek reads) and hands them to `hand_on` in batches, in the
/// order they load, as they are found.
pub(super) fn walk(paths: &[PathBuf], hand_on: impl FnMut(Vec<PathBuf>)) -> Found {
    let mut walk = Walk {
        found: Found::default(),
        batch: Vec::new(),
        hand_on,
        searched: HashSet::new(),
        listed: HashSet::new(),
    };
    for path in paths {
        walk.visit(path, true, 0);
    }
    if !walk.batch.is_empty() {
        (walk.hand_on)(std::mem::take(&mut walk.batch));
    }
    walk.found
}

/// Whether a file is named as JSON (`.json`).
fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"))
}

struct Walk<F> {
    found: Found,
    /// The article files found and not handed on yet.
    batch: Vec<PathBuf>,
    hand_on: F,
    /// The real paths of the directories searched so far: a directory reached twice through
    /// links is searched once, which also ends link loops.
    searched: HashSet<PathBuf>,
    /// The real paths of the files listed so far: a file named twice, or named and also found in
    /// a directory, loads once.
    listed: HashSet<PathBuf>,
}

impl<F: FnMut(Vec<PathBuf>)> Walk<F> {
    fn warn(&mut self, path: &Path, reason: String) {
        self.found.warnings.push(Warning {
            path: display_path(path),
            reason,
            skipped: true,
            entry: false,
            folder: false,
        });
    }

    /// Looks at `path` through any links, `depth` directories below its PATH: a directory is
    /// searched, a file listed. `named` is true for a PATH the user gave: it is listed whatever
    /// its name.
    fn visit(&mut self, path: &Path, named: bool, depth: usize) {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => return self.warn(path, io_reason(&e)),
        };
        if meta.is_dir() {
            if let Some(real) = self.enter(path, named, depth) {
                let before = self.found.files;
                self.search(path, &real, depth);
                if named && self.found.files == before {
                    self.found.warnings.push(Warning {
                        path: display_path(path),
                        reason: format!("no article file in it (looked for {})", extension_list()),
                        skipped: true,
                        entry: false,
                        folder: true,
                    });
                }
            }
        } else if meta.is_file() {
            if named || format_of(path).is_some() {
                match fs::canonicalize(path) {
                    Ok(real) => self.add(path, real),
                    Err(e) => self.warn(path, io_reason(&e)),
                }
            }
        } else {
            self.warn(path, NOT_REGULAR.into());
        }
    }

    /// Lists the file `path`, whose real path is `real`, unless it is listed already: it goes into
    /// the batch to hand on.
    fn add(&mut self, path: &Path, real: PathBuf) {
        if self.listed.insert(real) {
            self.found.files += 1;
            self.batch.push(path.to_path_buf());
            if self.batch.len() == BATCH {
                (self.hand_on)(std::mem::take(&mut self.batch));
            }
        }
    }

    /// The real path of the directory `path` when it is to be searched: not too deep, and not
    /// searched before.
    fn enter(&mut self, path: &Path, named: bool, depth: usize) -> Option<PathBuf> {
        if depth > MAX_DEPTH {
            self.warn(path, format!("more than {MAX_DEPTH} directories deep"));
            return None;
        }
        match fs::canonicalize(path) {
            Ok(real) if self.searched.contains(&real) => {
                if !named {
                    self.warn(path, "directory already searched (a link loop?)".into());
                }
                None
            }
            Ok(real) => {
                self.searched.insert(real.clone());
                Some(real)
            }
            Err(e) => {
                self.warn(path, io_reason(&e));
                None
            }
        }
    }

    /// Searches the directory `dir` (entered already), `depth` directories below its PATH. Its
    /// real subdirectories are searched by the same walk; anything else that is not a plain file
    /// (a link, a FIFO) is looked at through [`Walk::follow`], and a linked directory searched
    /// with a walk of its own.
    ///
    /// `real` is the real path of `dir`: the entries below it that are no links have the real
    /// path of their place under it, with no further look at the disk.
    fn search(&mut self, dir: &Path, real: &Path, depth: usize) {
        let mut entries = WalkDir::new(dir).sort_by_file_name().into_iter();
        // The directory whose entries come next: an error with its path says they could not be
        // read.
        let mut opened = Some(dir.to_path_buf());
        // The directory being listed at each depth, for an error that names no entry.
        let mut listing: Vec<PathBuf> = Vec::new();
        while let Some(entry) = entries.next() {
            let just_opened = opened.take();
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let reason = e.io_error().map_or_else(|| e.to_string(), io_reason);
                    match e.path() {
                        Some(path) if Some(path) == just_opened.as_deref() => {
                            self.warn(path, reason);
                        }
                        // An entry whose type could not be read: looked at as a link is.
                        Some(path) => self.follow(path, depth + e.depth()),
                        // The listing of a directory broke off: what it did not give is unread.
                        None => {
                            let at = e.depth().saturating_sub(1);
                            let listed = listing.get(at).map_or(dir, PathBuf::as_path);
                            let path = listed.to_path_buf();
                            self.warn(&path, format!("not every entry could be listed: {reason}"));
                        }
                    }
                    continue;
                }
            };
            let path = entry.path();
            let file_type = entry.file_type();
            if entry.depth() == 0 || file_type.is_dir() {
                listing.truncate(entry.depth());
                listing.push(path.to_path_buf());
            }
            if entry.depth() == 0 {
                opened = Some(path.to_path_buf());
            } else if file_type.is_dir() {
                if self.enter(path, false, depth + entry.depth()).is_some() {
                    opened = Some(path.to_path_buf());
                } else {
                    entries.skip_current_dir();
                }
            } else if file_type.is_file() {
                // A plain file needs no further look: the directory entry says what it is.
                let place = path.strip_prefix(dir).unwrap_or(path);
                if format_of(path).is_some() {
                    self.add(path, real.join(place));
                } else if is_json(path) && self.listed.insert(real.join(place)) {
                    self.found.json.push(path.to_path_buf());
                }
            } else {
                self.follow(path, depth + entry.depth());
            }
        }
    }

    /// Looks at an entry that is not a plain file or directory through its link: a directory, or
    /// anything with the name of a known format, is visited. One that cannot be reached is worth
    /// a word, unless it is a link to nothing with a name no format has: whatever else kroniek
    /// cannot look at (a path beyond the system's limit, a target it may not read) may hide
    /// articles.
    fn follow(&mut self, path: &Path, depth: usize) {
        let known = format_of(path).is_some();
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() || known => self.visit(path, false, depth),
            Ok(_) => {}
            Err(e) if known || is_link_loop(&e) => self.visit(path, false, depth),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => self.warn(path, io_reason(&e)),
        }
    }
}
