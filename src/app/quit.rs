//! Quitting at once: the quit key over the note editor, the search input or a question, and a
//! signal. Nothing typed is dropped on the way out.

use crossterm::event::{KeyEvent, KeyModifiers};

use super::action::Action;
use super::bookmarking::{self, note_text};
use super::keymap::Key;
use super::overlay::{Confirm, Overlay};
use super::state::App;
use crate::bookmarks::store::set_note;

/// The quit or suspend action a key asks for over an overlay that takes typed keys (the note
/// editor, the search input, a question): the keys bound to them in the view underneath, when
/// they are Ctrl keys (Ctrl-c and Ctrl-z by default). Other keys are the overlay's to type.
pub fn over_overlay(app: &App, key: &KeyEvent) -> Option<Action> {
    let typing = app
        .top_overlay()
        .is_some_and(|o| !matches!(o, Overlay::Help { .. }));
    if !typing || !key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    app.keymap
        .action_for(app.view_mode(), Key::from_event(key))
        .filter(|a| matches!(a, Action::Quit | Action::Suspend))
}

/// The quit key over an overlay. A note being edited is saved first, as Ctrl-s would save it;
/// the question "quit with unsaved bookmark changes?" is answered yes (quit was asked twice);
/// any other question no (no bookmark is deleted, no backup restored). Then kroniek quits, unless
/// bookmark changes could not be saved: then it asks, as quitting always does.
pub fn at_once(app: &mut App) {
    if matches!(
        app.top_overlay(),
        Some(Overlay::Confirm(Confirm::QuitUnsaved))
    ) {
        app.quit = true;
        return;
    }
    keep_note(app);
    app.overlays.clear();
    bookmarking::request_quit(app);
}

/// Saves the note in the editor, if it was changed, and closes the editor: quitting (by key or
/// by a signal) never drops a typed note. A save that fails is kept as an unsaved change.
pub fn keep_note(app: &mut App) {
    let Some(editor) = app.note() else { return };
    let text = note_text(editor);
    let changed = text != editor.original.trim_end();
    let id = editor.id.clone();
    app.close_note();
    if changed {
        bookmarking::save(app, set_note(&id, &text), bookmarking::Done::Note);
    }
}
