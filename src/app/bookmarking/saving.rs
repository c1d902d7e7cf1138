//! Writing the bookmark store: reading it at start, saving each change or keeping it until
//! another kroniek's lock is free, and saying what became of it.

use std::time::Instant;

use super::{Done, LOCK_PATIENCE, WAITING, Waiting};
use crate::app::overlay::{Confirm, Overlay};
use crate::app::state::App;
use crate::bookmarks::store::{Change, OpeningWarning, apply_changes};
use crate::corpus::decode::sanitise_line;

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
                            "the backup {} holds {} that {} lacks",
                            path.display(),
                            crate::plural::count(*n, "bookmark", "bookmarks"),
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
pub(in crate::app) fn save(app: &mut App, change: Change, done: Done) {
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
pub(super) fn clean(text: impl AsRef<str>) -> Option<String> {
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

/// Quitting: unsaved bookmark changes get one more try, then a question.
pub fn request_quit(app: &mut App) {
    if retry(app) {
        app.quit = true;
    } else {
        app.open_overlay(Overlay::Confirm(Confirm::QuitUnsaved));
    }
}
