//! A bookmark's note, deleting and undoing, and the answers to the questions about bookmarks.

use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::Done;
use super::saving::{clean, save};
use crate::app::action::Action;
use crate::app::keymap::{Key, Mode};
use crate::app::overlay::{Confirm, NoteEditor, Overlay};
use crate::app::state::{App, View};
use crate::app::strings;
use crate::bookmarks::store::{Change, set_note};

/// `e`: opens the note editor for the selected bookmark.
pub fn edit_note(app: &mut App) {
    let bookmark = match app.view {
        View::Bookmarks => app.selected_bookmark(),
        View::Quotations => app.selected_quotation_bookmark(),
        _ => app
            .selected_quote_bookmark()
            .or_else(|| app.selected_passage_bookmark()),
    };
    let Some(bookmark) = bookmark else {
        app.message = Some(match app.view {
            View::Bookmarks => "no bookmark selected".into(),
            View::Quotations => strings::quotation_not_bookmarked(&app.keymap),
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

pub(in crate::app) fn note_text(editor: &NoteEditor) -> String {
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
