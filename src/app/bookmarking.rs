//! The bookmark half of the update function: bookmarking, passages, notes, deleting, and what
//! happens when the store cannot be written.

use std::time::{Duration, Instant};

use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::action::Action;
use super::keymap::{Key, Keymap, Mode};
use super::overlay::{Confirm, NoteEditor, Overlay};
use super::state::{App, ArticleState, Focus, Selection, View};
use super::strings;
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::{Change, OpeningWarning, apply_changes, set_note};
use crate::corpus::decode::sanitise_line;

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
    fn said(&self, changed: bool, location: &str, keymap: &Keymap) -> String {
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
    fn unsaved(&self, keymap: &Keymap) -> String {
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

/// Reads the bookmarks at start, and says what the user must know about them.
pub fn open_store(app: &mut App) {
    match app.bookmarks.store.open() {
        Ok(opened) => {
            let mut offers = Vec::new();
            match opened.warning(&app.bookmarks.store.location()) {
                Some(OpeningWarning::MovedAside { said, backups }) => {
                    app.message = clean(said);
                    offers = backups.to_vec();
                }
                Some(OpeningWarning::Backups(backups)) => {
                    app.message = clean(match backups {
                        [(path, n)] => format!(
                            "the backup {} holds {n} bookmarks that {} lacks",
                            path.display(),
                            app.bookmarks.store.location()
                        ),
                        _ => format!(
                            "{} backups hold bookmarks that {} lacks",
                            backups.len(),
                            app.bookmarks.store.location()
                        ),
                    });
                    offers = backups.to_vec();
                }
                Some(OpeningWarning::Newer(version)) => {
                    app.message = Some(format!(
                        "bookmarks are from a newer kroniek (format {version}): shown, but not saved"
                    ));
                }
                None => {}
            }
            // The first backup's question on top.
            for (backup, n) in offers.into_iter().rev() {
                let backup = backup.display().to_string();
                app.open_overlay(Overlay::Confirm(Confirm::RestoreBackup(backup, n)));
            }
            app.bookmarks.list = opened.bookmarks;
        }
        Err(e) => {
            app.bookmarks.error = Some(e.to_string());
            app.message = clean(format!("bookmarks: {e}"));
        }
    }
}

/// What became of writing the pending changes.
enum Written {
    /// Nothing was pending.
    Nothing,
    /// Written; whether the last change changed the file.
    Done(bool),
    /// Another kroniek holds the lock.
    Busy,
    Failed,
}

/// Writes every pending change, if the store is free.
fn write_pending(app: &mut App) -> Written {
    if app.bookmarks.pending.is_empty() {
        return Written::Nothing;
    }
    let result = app.bookmarks.store.apply(&app.bookmarks.pending);
    if let Some(notice) = app.bookmarks.store.take_notice() {
        app.bookmarks.notice = Some(notice);
    }
    match result {
        Ok(applied) => {
            app.bookmarks.list = applied.bookmarks;
            app.bookmarks.pending.clear();
            app.bookmarks.error = None;
            Written::Done(applied.effects.last().copied().unwrap_or(true))
        }
        Err(e) => {
            let busy = e.busy;
            app.bookmarks.error = Some(e.to_string());
            if busy { Written::Busy } else { Written::Failed }
        }
    }
}

/// Makes a change: queued after every change still pending, and written with them at once if no
/// other kroniek holds the lock; else kept in memory and written when it is free (see [`tick`]).
pub(super) fn save(app: &mut App, change: Change, done: Done) {
    app.bookmarks.pending.push(change);
    if app.bookmarks.waiting.is_some() {
        // Written, in order, after the changes already waiting.
        show_pending(app);
        app.bookmarks.waiting = Some(Waiting {
            since: app.bookmarks.waiting.take().and_then(|w| w.since),
            done,
        });
        app.message = Some(WAITING.into());
        return;
    }
    match write_pending(app) {
        Written::Done(changed) => report(app, &done, changed),
        Written::Nothing => {}
        Written::Busy => {
            show_pending(app);
            app.bookmarks.waiting = Some(Waiting { since: None, done });
            app.message = Some(WAITING.into());
        }
        Written::Failed => {
            show_pending(app);
            report_unsaved(app, &done);
        }
    }
}

/// Shows the changes not written yet in the list, as if they were (applying them again to a list
/// that has them changes nothing).
fn show_pending(app: &mut App) {
    apply_changes(&mut app.bookmarks.list, &app.bookmarks.pending);
}

/// Tries to write every pending change. True when nothing is left unsaved.
pub fn retry(app: &mut App) -> bool {
    matches!(write_pending(app), Written::Done(_) | Written::Nothing)
}

/// Time passing: a save waiting for another kroniek's lock tries again, and gives up after
/// [`LOCK_PATIENCE`] (the changes are then kept as not saved).
pub fn tick(app: &mut App, now: Instant) {
    let Some(waiting) = app.bookmarks.waiting.as_mut() else {
        return;
    };
    let since = *waiting.since.get_or_insert(now);
    let done = waiting.done.clone();
    match write_pending(app) {
        Written::Busy if now.saturating_duration_since(since) < LOCK_PATIENCE => {
            if app.message.is_none() {
                app.message = Some(WAITING.into());
            }
        }
        Written::Busy => {
            app.bookmarks.waiting = None;
            let error = app.bookmarks.error.take().unwrap_or_default();
            app.bookmarks.error = Some(format!(
                "{error}, still after {} s",
                LOCK_PATIENCE.as_secs()
            ));
            report_unsaved(app, &done);
        }
        Written::Failed => {
            app.bookmarks.waiting = None;
            report_unsaved(app, &done);
        }
        Written::Done(changed) => {
            app.bookmarks.waiting = None;
            report(app, &done, changed);
        }
        Written::Nothing => app.bookmarks.waiting = None,
    }
}

/// A message that names files and reasons from outside, made safe for the terminal.
fn clean(text: impl AsRef<str>) -> Option<String> {
    Some(sanitise_line(text.as_ref()))
}

/// Says what a written change did to the file, with what the store found on the way.
fn report(app: &mut App, done: &Done, changed: bool) {
    let said = done.said(changed, &app.bookmarks.store.location(), &app.keymap);
    // What the store found first: it names a file the user must know of.
    app.message = clean(match app.bookmarks.notice.take() {
        Some(notice) => format!("{notice}; {said}"),
        None => said,
    });
}

/// Says that a change is kept in memory, not written, and why.
fn report_unsaved(app: &mut App, done: &Done) {
    let error = app.bookmarks.error.clone().unwrap_or_default();
    let said = format!(
        "NOT SAVED ({error}); {}, kept in memory and retried on the next change and at quit",
        done.unsaved(&app.keymap)
    );
    app.message = clean(match app.bookmarks.notice.take() {
        Some(notice) => format!("{notice}; {said}"),
        None => said,
    });
}

/// `b`: bookmarks the selected passage, or else the selected quotation.
pub fn bookmark(app: &mut App) {
    let Some(current) = app.current() else { return };
    let article = &app.corpus.articles[current];
    let (text, speaker) = if let Some(range) = app.selected_passage() {
        // A passage inside one quotation carries its speaker.
        let speaker = article
            .quotes
            .iter()
            .find(|q| q.span.range().start <= range.start && range.end <= q.span.range().end)
            .and_then(|q| q.speaker);
        // The passage is the one `e` annotates now, not a quotation selected before `v`.
        app.article.quote = None;
        app.article.passage = Some((range.start, range.end));
        (article.text[range].to_owned(), speaker)
    } else if let Some(q) = app.article.quote.filter(|&q| q < article.quotes.len()) {
        (
            article.quotation_text(q).into_owned(),
            article.quotes[q].speaker,
        )
    } else {
        app.message = Some(strings::nothing_to_bookmark(&app.keymap));
        return;
    };
    app.selection = None;
    // Whether it is already bookmarked is the file's to say (another kroniek may have removed
    // it): the add is written, and the message says what it did.
    let speaker = speaker.map(|s| app.corpus.actor_name(s).to_owned());
    let bookmark = Bookmark::new(article, &text, speaker.as_deref());
    save(app, Change::Add(bookmark), Done::Bookmark);
}

/// `v`: starts selecting a passage at the selected quotation, or at the top of the view.
pub fn select_passage(app: &mut App) {
    let sentences = app.sentences();
    if sentences.is_empty() {
        return;
    }
    let Some(current) = app.current() else { return };
    let article = &app.corpus.articles[current];
    let from = match app.article.quote.and_then(|q| article.quotes.get(q)) {
        Some(quote) => quote.span.start as usize,
        None => app
            .wrapped_current()
            .and_then(|w| w.lines.get(app.article.scroll))
            .map_or(0, |l| l.start as usize),
    };
    // The first sentence that starts on screen (at or after `from`), so the selection never
    // begins above the top of the pane; failing that, the one `from` is in.
    let index = sentences
        .iter()
        .position(|s| s.start >= from)
        .or_else(|| sentences.iter().rposition(|s| s.start <= from))
        .unwrap_or(0);
    app.selection = Some(Selection {
        anchor: index,
        cursor: index,
    });
    app.message = Some(strings::selecting(&app.keymap));
}

/// `j`/`k` while selecting: moves the selection's moving end by a sentence.
pub fn move_selection(app: &mut App, by: isize) -> Option<usize> {
    let count = app.sentences().len();
    let selection = app.selection.as_mut()?;
    selection.cursor = selection
        .cursor
        .saturating_add_signed(by)
        .min(count.saturating_sub(1));
    let cursor = selection.cursor;
    app.sentences().get(cursor).map(|r| {
        if by > 0 {
            r.end.saturating_sub(1)
        } else {
            r.start
        }
    })
}

/// `e`: opens the note editor for the selected bookmark.
pub fn edit_note(app: &mut App) {
    let bookmark = match app.view {
        View::Bookmarks => app.selected_bookmark(),
        _ => app
            .selected_quote_bookmark()
            .or_else(|| app.selected_passage_bookmark()),
    };
    let Some(bookmark) = bookmark else {
        app.message = Some(match app.view {
            View::Bookmarks => "no bookmark selected".into(),
            _ if app.article.quote.is_some() => strings::not_bookmarked(&app.keymap),
            _ => strings::nothing_to_annotate(&app.keymap),
        });
        return;
    };
    let lines: Vec<String> = if bookmark.note.is_empty() {
        vec![String::new()]
    } else {
        bookmark.note.lines().map(str::to_owned).collect()
    };
    let mut input = TextArea::new(lines);
    input.move_cursor(ratatui_textarea::CursorMove::Bottom);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    let editor = NoteEditor {
        id: bookmark.id.clone(),
        input,
        original: bookmark.note.clone(),
    };
    app.open_overlay(Overlay::Note(editor));
}

pub(super) fn note_text(editor: &NoteEditor) -> String {
    editor.input.lines().join("\n").trim_end().to_owned()
}

/// A key while the note editor is open: Ctrl-s saves, Esc closes (asking first if edited).
pub fn note_key(app: &mut App, key: KeyEvent) {
    let action = app.keymap.action_for(Mode::Note, Key::from_event(&key));
    let Some(Overlay::Note(editor)) = app.top_overlay_mut() else {
        return;
    };
    match action {
        Some(Action::SaveNote) => {
            let text = note_text(editor);
            let id = editor.id.clone();
            app.close_overlay();
            save(app, set_note(&id, &text), Done::Note);
        }
        Some(Action::Cancel) => {
            if note_text(editor) == editor.original.trim_end() {
                app.close_overlay();
            } else {
                app.open_overlay(Overlay::Confirm(Confirm::DiscardNote));
            }
        }
        _ => {
            editor.input.input(key);
        }
    }
}

/// A key while a question waits: y does it, n or Esc does not.
pub fn confirm_key(app: &mut App, key: KeyEvent) {
    let Some(Overlay::Confirm(confirm)) = app.top_overlay().cloned() else {
        return;
    };
    let action = app.keymap.action_for(Mode::Confirm, Key::from_event(&key));
    let yes = action == Some(Action::Yes);
    let no = action == Some(Action::No);
    if !yes && !no {
        return;
    }
    app.close_overlay();
    match (confirm, yes) {
        (Confirm::Delete(id), true) => {
            let Some(bookmark) = app.bookmarks.list.iter().find(|b| b.id == id).cloned() else {
                return;
            };
            app.bookmarks.undo = Some(bookmark);
            save(app, Change::Remove(id), Done::Delete);
        }
        (Confirm::DiscardNote, true) => {
            app.close_note();
            app.message = Some("note not changed".into());
        }
        (Confirm::QuitUnsaved, true) => app.quit = true,
        (Confirm::RestoreBackup(path, _), true) => {
            match app.bookmarks.store.read_backup(std::path::Path::new(&path)) {
                Ok(backup) => {
                    // Merged in: a bookmark the file has keeps its own note.
                    let mut changes: Vec<Change> = backup.into_iter().map(Change::Add).collect();
                    match changes.pop() {
                        Some(last) => {
                            app.bookmarks.pending.extend(changes);
                            save(app, last, Done::Restore(path));
                        }
                        None => app.message = clean(format!("{path} holds no bookmarks")),
                    }
                }
                Err(e) => app.message = clean(format!("could not restore: {e}")),
            }
        }
        (Confirm::RestoreBackup(path, _), false) => {
            app.message = clean(format!(
                "not restored; {path} is kept until you restore or remove it"
            ));
        }
        (Confirm::QuitUnsaved, false) => {
            app.message = Some("not quitting; the unsaved bookmarks are still here".into());
        }
        (_, false) => {}
    }
}

/// `d` in the bookmarks view: asks, then deletes.
pub fn delete(app: &mut App) {
    if let Some(bookmark) = app.selected_bookmark() {
        let confirm = Confirm::Delete(bookmark.id.clone());
        app.open_overlay(Overlay::Confirm(confirm));
    }
}

/// `u` in the bookmarks view: brings the last deleted bookmark back, note and all.
pub fn undo(app: &mut App) {
    let Some(bookmark) = app.bookmarks.undo.take() else {
        app.message = Some("nothing to undo".into());
        return;
    };
    // The bookmark comes back with its note.
    save(app, Change::Add(bookmark), Done::Undo);
}

/// Enter in the bookmarks view: opens the article at the bookmarked quotation.
pub fn open_bookmark(app: &mut App) -> Option<usize> {
    let bookmark = app.selected_bookmark()?.clone();
    let Some(&index) = app.ids.get(&bookmark.article) else {
        app.message = clean(format!(
            "article {} is not in the loaded corpus",
            bookmark.article
        ));
        return None;
    };
    if !app.visible.contains(&index) {
        app.filters = Default::default();
        app.refilter();
    }
    app.list.selected = app.visible.iter().position(|&i| i == index)?;
    app.view = View::Articles;
    app.focus = Focus::Article;
    app.article = ArticleState::default();
    app.read.insert(index);
    let article = &app.corpus.articles[index];
    let quote = article
        .quotes
        .iter()
        .enumerate()
        .position(|(q, _)| article.quotation_text(q) == bookmark.text);
    app.article.quote = quote;
    let position = match quote {
        Some(q) => article.quotes[q].span.start as usize,
        None => article.text.find(&bookmark.text).unwrap_or(0),
    };
    Some(position)
}

/// Quitting: unsaved bookmark changes get one more try, then a question.
pub fn request_quit(app: &mut App) {
    if retry(app) {
        app.quit = true;
    } else {
        app.open_overlay(Overlay::Confirm(Confirm::QuitUnsaved));
    }
}
