//! The bookmark half of the update function: bookmarking, passages, notes, deleting, and what
//! happens when the store cannot be written.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::overlay::{Confirm, NoteEditor, Overlay};
use super::state::{App, ArticleState, Focus, Selection, View};
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::{Change, OpeningWarning, apply_changes, set_note};

/// Reads the bookmarks at start, and says what the user must know about them.
pub fn open_store(app: &mut App) {
    match app.bookmarks.store.open() {
        Ok(opened) => {
            match opened.warning(&app.bookmarks.store.location()) {
                Some(OpeningWarning::MovedAside { said, backup }) => {
                    app.message = Some(said);
                    if let Some((backup, n)) = backup {
                        let backup = backup.display().to_string();
                        app.open_overlay(Overlay::Confirm(Confirm::RestoreBackup(backup, *n)));
                    }
                }
                Some(OpeningWarning::Newer(version)) => {
                    app.message = Some(format!(
                        "bookmarks are from a newer kroniek (format {version}): shown, but not saved"
                    ));
                }
                None => {}
            }
            app.bookmarks.list = opened.bookmarks;
        }
        Err(e) => {
            app.bookmarks.error = Some(e.to_string());
            app.message = Some(format!("bookmarks: {e}"));
        }
    }
}

/// Applies a change: at once in memory, then to the store with every change still pending.
pub fn save(app: &mut App, change: Change) -> bool {
    app.bookmarks.pending.push(change.clone());
    let saved = retry(app);
    if !saved {
        apply_changes(&mut app.bookmarks.list, &[change]);
    }
    saved
}

/// Tries to write every pending change. True when nothing is left unsaved.
pub fn retry(app: &mut App) -> bool {
    if app.bookmarks.pending.is_empty() {
        return true;
    }
    let result = app.bookmarks.store.apply(&app.bookmarks.pending);
    if let Some(notice) = app.bookmarks.store.take_notice() {
        app.message = Some(notice);
    }
    match result {
        Ok(list) => {
            app.bookmarks.list = list;
            app.bookmarks.pending.clear();
            app.bookmarks.error = None;
            true
        }
        Err(e) => {
            app.bookmarks.error = Some(e.to_string());
            false
        }
    }
}

fn report(app: &mut App, saved: bool, done: &str) {
    if saved {
        if app.message.is_none() {
            app.message = Some(done.to_owned());
        }
    } else {
        let error = app.bookmarks.error.clone().unwrap_or_default();
        app.message = Some(format!(
            "NOT SAVED ({error}); {done}, kept in memory and retried on the next change and at quit"
        ));
    }
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
        (article.text[range].to_owned(), speaker)
    } else if let Some(q) = app.article.quote.filter(|&q| q < article.quotes.len()) {
        (
            article.quotation_text(q).into_owned(),
            article.quotes[q].speaker,
        )
    } else {
        app.message = Some("no quotation selected: ] selects one, v selects a passage".into());
        return;
    };
    app.selection = None;
    if app.is_bookmarked(&article.id, &text) {
        app.message = Some("already bookmarked".into());
        return;
    }
    let speaker = speaker.map(|s| app.corpus.actor_name(s).to_owned());
    let bookmark = Bookmark::new(article, &text, speaker.as_deref());
    let saved = save(app, Change::Add(bookmark));
    report(app, saved, "bookmarked; e adds a note, B shows all");
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
    let index = sentences.iter().position(|s| s.end > from).unwrap_or(0);
    app.selection = Some(Selection {
        anchor: index,
        cursor: index,
    });
    app.message = Some("select by sentence: j/k extend, b bookmarks, Esc cancels".into());
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
        _ => app.selected_quote_bookmark(),
    };
    let Some(bookmark) = bookmark else {
        app.message = Some(match app.view {
            View::Bookmarks => "no bookmark selected".into(),
            _ => "this quotation is not bookmarked: b bookmarks it".into(),
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
    let Some(Overlay::Note(editor)) = app.top_overlay_mut() else {
        return;
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('s') if ctrl => {
            let text = note_text(editor);
            let id = editor.id.clone();
            app.close_overlay();
            let saved = save(app, set_note(&id, &text));
            report(app, saved, "note saved");
        }
        KeyCode::Esc => {
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
    let yes = matches!(key.code, KeyCode::Char('y' | 'Y'));
    let no = matches!(key.code, KeyCode::Char('n' | 'N') | KeyCode::Esc);
    if !yes && !no {
        return;
    }
    app.close_overlay();
    match (confirm, yes) {
        (Confirm::Delete(id), true) => {
            let Some(bookmark) = app.bookmarks.list.iter().find(|b| b.id == id).cloned() else {
                return;
            };
            let saved = save(app, Change::Remove(id));
            app.bookmarks.undo = Some(bookmark);
            report(app, saved, "bookmark deleted; u undoes");
        }
        (Confirm::DiscardNote, true) => {
            app.close_note();
            app.message = Some("note not changed".into());
        }
        (Confirm::QuitUnsaved, true) => app.quit = true,
        (Confirm::RestoreBackup(path, _), true) => match app.bookmarks.store.restore_backup() {
            Ok(list) => {
                app.bookmarks.list = list;
                app.message = Some(format!("bookmarks restored from {path}"));
            }
            Err(e) => app.message = Some(format!("could not restore: {e}")),
        },
        (Confirm::RestoreBackup(path, _), false) => {
            app.message = Some(format!("not restored; the last good copy stays at {path}"));
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
    let saved = save(app, Change::Add(bookmark.clone()));
    if !bookmark.note.is_empty() {
        save(app, set_note(&bookmark.id, &bookmark.note));
    }
    report(app, saved, "bookmark restored");
}

/// Enter in the bookmarks view: opens the article at the bookmarked quotation.
pub fn open_bookmark(app: &mut App) -> Option<usize> {
    let bookmark = app.selected_bookmark()?.clone();
    let Some(&index) = app.ids.get(&bookmark.article) else {
        app.message = Some(format!(
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
    app.rewrap();
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
