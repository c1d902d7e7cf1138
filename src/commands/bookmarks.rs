//! `kroniek bookmarks [--json]`, `bookmarks export` and `bookmarks remove`: the bookmark store
//! from the command line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Exit;
use super::rows::print_rows;
use crate::bookmarks::Bookmark;
use crate::bookmarks::export::{Format, export};
use crate::bookmarks::store::{BookmarkStore, Change, FileStore, OpeningWarning};
use crate::corpus::decode::sanitise_line;
use crate::corpus::parse::shorten;

/// The most characters of a note's first line the table shows (`--json` gives it whole).
const NOTE_WIDTH: usize = 60;

/// The data directory a command line names: `--data-dir` (or `KRONIEK_DATA_DIR`), else the
/// platform's.
pub(super) fn data_dir(named: Option<&Path>) -> Option<PathBuf> {
    named.map(Path::to_path_buf).or_else(crate::dirs::data_dir)
}

/// The bookmark store a command line names: `--data-dir`, `KRONIEK_DATA_DIR`, or the default.
pub fn bookmark_store(named: Option<&Path>) -> Result<FileStore, String> {
    match data_dir(named) {
        Some(dir) => Ok(FileStore::new(dir)),
        None => Err("no data directory could be found; give one with --data-dir DIR".into()),
    }
}

/// Reads the bookmarks, printing to `err` what the user must know about them; `None` when they
/// cannot be read (and why is printed).
fn open_store(store: &mut FileStore, err: &mut dyn Write) -> io::Result<Option<Vec<Bookmark>>> {
    let opened = match store.open() {
        Ok(opened) => opened,
        Err(e) => {
            writeln!(err, "kroniek: {}", sanitise_line(&e.to_string()))?;
            return Ok(None);
        }
    };
    match opened.warning(&store.location()) {
        Some(OpeningWarning::MovedAside { said, backups }) => {
            writeln!(err, "kroniek: warning: {}", sanitise_line(&said))?;
            for (backup, n) in backups {
                writeln!(
                    err,
                    "kroniek: the last good copy is {} ({}); the reader offers to restore it",
                    sanitise_line(&backup.display().to_string()),
                    crate::plural::count(*n, "bookmark", "bookmarks")
                )?;
            }
        }
        Some(OpeningWarning::Backups(backups)) => {
            for (backup, n) in backups {
                writeln!(
                    err,
                    "kroniek: warning: the backup {} holds {} that {} lacks; the reader \
                     offers to restore them, or remove the file",
                    sanitise_line(&backup.display().to_string()),
                    crate::plural::count(*n, "bookmark", "bookmarks"),
                    sanitise_line(&store.location())
                )?;
            }
        }
        Some(OpeningWarning::Newer(version)) => writeln!(
            err,
            "kroniek: warning: {} is from a newer kroniek (format version {version}); read only",
            sanitise_line(&store.location())
        )?,
        None => {}
    }
    Ok(Some(opened.bookmarks))
}

/// `kroniek bookmarks [--json]`.
pub fn bookmarks_list(
    store: &mut FileStore,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(Exit::Failure);
    };
    if !json && bookmarks.is_empty() {
        writeln!(
            err,
            "kroniek: no bookmarks yet in {}",
            sanitise_line(&store.location())
        )?;
        return Ok(Exit::Success);
    }
    print_rows(
        out,
        json,
        &bookmarks,
        Bookmark::known,
        &["ID", "DATE", "SPEAKER", "QUOTE", "NOTE"],
        |b| {
            vec![
                sanitise_line(&b.id),
                sanitise_line(b.date.as_deref().unwrap_or("undated")),
                sanitise_line(
                    b.speaker
                        .as_deref()
                        .unwrap_or(crate::corpus::quotes::NO_SPEAKER),
                ),
                // Shortened first: a note of a hundred megabytes is not copied to be cut.
                format!("“{}”", one_line(&shorten(&b.text, 60))),
                sanitise_line(&shorten(b.note.lines().next().unwrap_or(""), NOTE_WIDTH)),
            ]
        },
    )?;
    Ok(Exit::Success)
}

/// `kroniek bookmarks export --format md|json|csv|csl-json [-o FILE]`.
pub fn bookmarks_export(
    store: &mut FileStore,
    format: Format,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(Exit::Failure);
    };
    match output {
        None => export(&bookmarks, format, out)?,
        Some(path) => {
            let mut buffer = Vec::new();
            export(&bookmarks, format, &mut buffer)?;
            if let Err(e) = std::fs::write(path, buffer) {
                writeln!(
                    err,
                    "kroniek: cannot write {}: {}",
                    sanitise_line(&path.display().to_string()),
                    crate::io_error::reason(&e)
                )?;
                return Ok(Exit::Failure);
            }
            writeln!(
                err,
                "kroniek: {} written to {}",
                crate::plural::count(bookmarks.len(), "bookmark", "bookmarks"),
                sanitise_line(&path.display().to_string())
            )?;
        }
    }
    Ok(Exit::Success)
}

/// `kroniek bookmarks remove ID`.
pub fn bookmarks_remove(
    store: &mut FileStore,
    id: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(Exit::Failure);
    };
    let found: Vec<&Bookmark> = bookmarks
        .iter()
        .filter(|b| b.id.starts_with(id) && !id.is_empty())
        .collect();
    let target = match found.as_slice() {
        [one] => one.id.clone(),
        [] => {
            writeln!(
                err,
                "kroniek: no bookmark has the id `{}`; see `kroniek bookmarks`",
                sanitise_line(id)
            )?;
            return Ok(Exit::Failure);
        }
        _ => {
            writeln!(
                err,
                "kroniek: `{}` starts {} bookmark ids; give more of it",
                sanitise_line(id),
                found.len()
            )?;
            return Ok(Exit::Failure);
        }
    };
    // Another kroniek saving: say so rather than hang in silence, then wait for it.
    store.set_waiting(false);
    let mut result = store.apply(&[Change::Remove(target.clone())]);
    if result.as_ref().is_err_and(|e| e.busy) {
        writeln!(
            err,
            "kroniek: waiting for another kroniek to finish saving…"
        )?;
        store.set_waiting(true);
        result = store.apply(&[Change::Remove(target.clone())]);
    }
    if let Some(notice) = store.take_notice() {
        writeln!(err, "kroniek: {}", sanitise_line(&notice))?;
    }
    match result {
        Ok(applied) if applied.effects.first() == Some(&false) => {
            writeln!(
                err,
                "kroniek: {} was already gone from {}",
                sanitise_line(&target),
                sanitise_line(&store.location())
            )?;
            Ok(Exit::Success)
        }
        Ok(_) => {
            writeln!(out, "removed {}", sanitise_line(&target))?;
            Ok(Exit::Success)
        }
        Err(e) => {
            writeln!(err, "kroniek: {}", sanitise_line(&e.to_string()))?;
            Ok(Exit::Failure)
        }
    }
}

/// Outside text on one line, sanitised: its paragraphs joined by one space, not the blank line
/// between them turned into two.
fn one_line(text: &str) -> String {
    sanitise_line(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
