//! Correcting the actors in the Actors view: merge one into another, rename one, change its
//! kind, mark a name as no actor, and undo. Each choice is applied to the loaded corpus at once
//! (see [`crate::corpus::curation`]), recorded in the user's `actors.toml` and saved.

use crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea};

use super::action::Action;
use super::keymap::{Key, Mode};
use super::overlay::{Overlay, RenameInput};
use super::state::{App, CurationStep, ListState, main_actors};
use super::strings;
use crate::corpus::article::ActorId;
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::curation::{self, Choice, next_kind};
use crate::corpus::decode::sanitise_line;

/// At most this many choices are kept for undo.
const MAX_STEPS: usize = 200;

impl App {
    /// Puts the user's actors file in use: the reader records its choices there.
    pub fn set_actors_file(&mut self, file: ActorsFile) {
        self.curating.file = file;
    }
}

/// The actor under the Actors view's selection.
fn selected(app: &App) -> Option<ActorId> {
    app.actor_stats.get(app.actors.selected).map(|s| s.actor)
}

fn name(app: &App, actor: ActorId) -> String {
    app.corpus.actor_name(actor).to_owned()
}

/// Starts a merge: the selected actor is merged into the one chosen next.
pub fn start_merge(app: &mut App) {
    let Some(actor) = selected(app) else { return };
    app.curating.merging = Some(actor);
    app.message = Some(strings::merging(&app.keymap, &name(app, actor)));
}

/// Merges the actor being merged into the selected one.
pub fn merge_into(app: &mut App) {
    let (Some(from), Some(into)) = (app.curating.merging, selected(app)) else {
        return;
    };
    if from == into {
        app.message = Some(strings::merging(&app.keymap, &name(app, from)));
        return;
    }
    app.curating.merging = None;
    let what = format!("merged “{}” into “{}”", name(app, from), name(app, into));
    let undone = format!(
        "“{}” is apart from “{}” again",
        name(app, from),
        name(app, into)
    );
    choose(app, Choice::Merge { from, into }, what, undone);
}

/// Opens the rename input on the selected actor, with its name.
pub fn start_rename(app: &mut App) {
    let Some(actor) = selected(app) else { return };
    let mut input = TextArea::new(vec![name(app, actor)]);
    input.move_cursor(CursorMove::End);
    app.open_overlay(Overlay::Rename(RenameInput { actor, input }));
}

/// A key while the rename input is open: save, cancel, or typed.
pub fn rename_key(app: &mut App, key: KeyEvent) {
    let action = app.keymap.action_for(Mode::Rename, Key::from_event(&key));
    let Some(Overlay::Rename(rename)) = app.top_overlay_mut() else {
        return;
    };
    match action {
        Some(Action::Cancel) => app.close_overlay(),
        Some(Action::SaveName) => {
            let actor = rename.actor;
            let typed = rename.input.lines().join(" ");
            app.close_overlay();
            let what = format!("renamed “{}” to “{}”", name(app, actor), typed.trim());
            let undone = format!("renamed “{}” back to “{}”", typed.trim(), name(app, actor));
            choose(app, Choice::Rename { actor, name: typed }, what, undone);
        }
        Some(Action::ClearName) => {
            // One line: from its end to its head is all of it (and undoable, as typing is).
            rename.input.move_cursor(CursorMove::End);
            rename.input.delete_line_by_head();
        }
        _ => {
            rename.input.input(key);
        }
    }
}

/// Gives the selected actor the next kind.
pub fn change_kind(app: &mut App) {
    let Some(actor) = selected(app) else { return };
    let was = app.corpus.gazetteer.actor(actor).kind;
    let kind = next_kind(was);
    let what = format!("“{}” is {} now", name(app, actor), kind.with_article());
    let undone = format!("“{}” is {} again", name(app, actor), was.with_article());
    choose(app, Choice::Kind { actor, kind }, what, undone);
}

/// Marks the selected actor's name as no actor.
pub fn not_an_actor(app: &mut App) {
    let Some(actor) = selected(app) else { return };
    let what = format!("“{}” is not an actor now", name(app, actor));
    let undone = format!("“{}” is an actor again", name(app, actor));
    choose(app, Choice::Ignore { actor }, what, undone);
}

/// Undoes the last choice, in the corpus and in the file.
pub fn undo(app: &mut App) {
    if app.curating.steps.is_empty() {
        app.message = Some("no actor change to undo".into());
        return;
    }
    // Undoing puts back the file as it was before the choice: only if no one has changed it
    // since (when the last save failed, what is on disk is older still, and stays so).
    let (lock, on_disk) = match app.curating.file.reread() {
        Ok(read) => read,
        Err(reason) => {
            app.message = Some(sanitise_line(&format!("not undone: {reason}")));
            return;
        }
    };
    if app.curating.error.is_none() && on_disk.text() != app.curating.file.text() {
        app.message = Some(sanitise_line(&format!(
            "not undone: {} was changed since (by hand or by another kroniek); {} reads it again",
            on_disk.shown(),
            app.keymap.hint(Mode::Actors, Action::Reload, None),
        )));
        return;
    }
    let Some(step) = app.curating.steps.pop() else {
        return;
    };
    curation::undo(&mut app.corpus, step.undo);
    app.curating.file = step.file;
    // Saved before the views are brought up to date: the lock is held no longer than the file
    // needs it.
    let saved = save(app);
    drop(lock);
    refresh(app, None);
    app.message = Some(sanitise_line(&format!("undone: {}{saved}", step.undone)));
}

/// Cancels a merge being chosen.
pub fn cancel_merge(app: &mut App) {
    if app.curating.merging.take().is_some() {
        app.message = Some("merge cancelled".into());
    }
}

/// Applies a choice to the corpus, records it in the file and saves; says what happened
/// (`what`), and keeps for undo how things are once it is undone (`undone`).
fn choose(app: &mut App, choice: Choice, what: String, undone: String) {
    let undo = match curation::apply(&mut app.corpus, &choice) {
        Ok(undo) => undo,
        Err(reason) => {
            app.message = Some(sanitise_line(&format!("not done: {reason}")));
            return;
        }
    };
    // The choice goes into the file as it is now, under its lock, so that what another kroniek
    // or the user wrote since it was read stays.
    let (lock, on_disk) = match app.curating.file.reread() {
        Ok(read) => read,
        Err(reason) => {
            curation::undo(&mut app.corpus, undo);
            app.message = Some(sanitise_line(&format!(
                "not done: your actors file cannot be changed: {reason}"
            )));
            return;
        }
    };
    let before = on_disk.clone();
    app.curating.file = on_disk;
    if let Err(reason) = app
        .curating
        .file
        .record(&choice, &undo, &app.corpus.gazetteer)
    {
        // The file cannot hold it: the choice is not made.
        curation::undo(&mut app.corpus, undo);
        app.curating.file = before;
        app.message = Some(sanitise_line(&format!(
            "not done: your actors file cannot be changed: {reason}"
        )));
        return;
    }
    let keep = match &choice {
        &Choice::Merge { from, into } => {
            // The filter follows a merged actor.
            if app.filters.actor == Some(from) {
                app.filters.actor = Some(into);
            }
            Some(into)
        }
        Choice::Ignore { .. } => None,
        Choice::Rename { actor, .. } | Choice::Kind { actor, .. } => Some(*actor),
    };
    app.curating.steps.push(CurationStep {
        undo,
        file: before,
        undone,
    });
    if app.curating.steps.len() > MAX_STEPS {
        app.curating.steps.remove(0);
    }
    let saved = save(app);
    drop(lock);
    refresh(app, keep);
    let undo_key = app.keymap.hint(Mode::Actors, Action::UndoActorChange, None);
    app.message = Some(sanitise_line(&format!("{what}; {undo_key} undoes{saved}")));
}

/// Saves the file; "" when saved, else the failure in words to append to a message.
fn save(app: &mut App) -> String {
    match app.curating.file.save() {
        Ok(()) => {
            app.curating.error = None;
            String::new()
        }
        Err(reason) => {
            let said = format!(" — NOT saved: {reason}");
            app.curating.error = Some(reason);
            said
        }
    }
}

/// Brings everything shown up to date with the corpus's actors: the actor list (the selection on
/// `keep` if given, else on the same row), the list's main actors, the timeline, the open
/// article, and the actor filter (which goes with a retired actor).
fn refresh(app: &mut App, keep: Option<ActorId>) {
    if app
        .filters
        .actor
        .is_some_and(|a| app.corpus.gazetteer.is_retired(a))
    {
        app.filters.actor = None;
    }
    app.actor_stats = app.corpus.actor_stats();
    app.main_actors = main_actors(&app.corpus);
    app.grid.rebuild(&app.corpus);
    app.reindex_speakers();
    app.shown = None;
    app.filtered = None;
    app.refilter();
    if let Some(actor) = keep
        && let Some(row) = app.actor_stats.iter().position(|s| s.actor == actor)
    {
        app.actors = ListState {
            selected: row,
            offset: app.actors.offset,
        };
    }
}
