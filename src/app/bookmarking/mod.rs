//! The bookmark half of the update function: bookmarking, passages, notes, deleting, and what
//! happens when the store cannot be written. What a change did and a save waiting for the lock
//! live here; writing in `saving.rs`, the keys' work in `marking.rs` and `editing.rs`.

mod editing;
mod marking;
mod saving;

use std::time::{Duration, Instant};

use super::keymap::Keymap;
use super::strings;

pub(super) use editing::note_text;
pub use editing::{confirm_key, delete, edit_note, note_key, undo};
pub use marking::{bookmark, move_selection, open_bookmark, open_quotation, select_passage};
pub(super) use saving::save;
pub use saving::{open_store, request_quit, retry, tick};

/// How long a save waits for another kroniek's lock before it gives up (the change is then kept
/// as not saved, retried on the next change and at quit).
pub const LOCK_PATIENCE: Duration = Duration::from_secs(10);

/// The status while a save waits for another kroniek's lock.
pub const WAITING: &str = "waiting for another kroniek to finish saving…";

/// What the user did, to say what became of it once it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    Bookmark,
    Note,
    Delete,
    Undo,
    /// Restored the bookmarks of this backup.
    Restore(String),
}

impl Done {
    /// Said when the change is written, `changed` telling whether it changed the file.
    pub(super) fn said(&self, changed: bool, location: &str, keymap: &Keymap) -> String {
        match (self, changed) {
            (Done::Bookmark, true) => strings::bookmarked(keymap),
            (Done::Bookmark, false) => "already bookmarked".into(),
            (Done::Note, true) => "note saved".into(),
            (Done::Note, false) => strings::note_not_saved(keymap, location),
            (Done::Delete, true) => strings::deleted(keymap),
            (Done::Delete, false) => strings::already_gone(keymap, location),
            (Done::Undo, true) => "bookmark restored".into(),
            (Done::Undo, false) => format!("the bookmark is already in {location}"),
            (Done::Restore(path), _) => format!("bookmarks restored from {path}"),
        }
    }

    /// Said when it is kept in memory, not written.
    pub(super) fn unsaved(&self, keymap: &Keymap) -> String {
        match self {
            Done::Bookmark => "bookmarked".into(),
            Done::Note => "note kept".into(),
            Done::Delete => strings::deleted(keymap),
            Done::Undo => "bookmark restored".into(),
            Done::Restore(path) => format!("bookmarks of {path} restored"),
        }
    }
}

/// A save waiting for another kroniek's lock: since when (from the first tick), and what to say
/// when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub since: Option<Instant>,
    pub done: Done,
}
