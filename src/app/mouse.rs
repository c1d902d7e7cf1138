//! The mouse: the wheel scrolls the pane under the pointer, a click selects the row under it (a
//! second click on the selected row opens it, as Enter would). Geometry comes from `layout`, the
//! same as the panes are drawn with.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::keymap::Mode;
use super::layout::{LIST_ITEM_HEIGHT, areas, inner, quotations_list, timeline_list};
use super::state::{App, Focus, ListState, View};
use super::update::{clamp, open, step};

/// Lines the wheel moves the article per notch.
pub const WHEEL_LINES: isize = 3;

/// What a mouse event means: the pane it lands on, and what to do there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseAction {
    /// Move the selection, or scroll the article, by this many rows in a pane.
    Scroll(Mode, isize),
    /// Select this row of a pane's list (an index into what the list shows).
    Click(Mode, usize),
    /// Give the keys to the article pane.
    FocusArticle,
}

/// Reads a mouse event against the current screen; None where it means nothing.
pub fn mouse_action(app: &App, event: MouseEvent) -> Option<MouseAction> {
    // Overlays (help, popups, the search input) take no mouse.
    if app.top_overlay().is_some() {
        return None;
    }
    let at = Position::new(event.column, event.row);
    let (mode, area) = pane_at(app, at)?;
    match event.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = event.kind == MouseEventKind::ScrollDown;
            let by = if mode == Mode::Article {
                WHEEL_LINES
            } else {
                1
            };
            Some(MouseAction::Scroll(mode, if down { by } else { -by }))
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if mode == Mode::Article {
                return Some(MouseAction::FocusArticle);
            }
            let rows = rows_of(app, mode, area)?;
            if !rows.contains(at) {
                return None;
            }
            let (state, _) = list_of(app, mode)?;
            let height = match mode {
                Mode::List | Mode::Bookmarks => LIST_ITEM_HEIGHT,
                _ => 1,
            };
            Some(MouseAction::Click(
                mode,
                state.offset + usize::from((at.y - rows.y) / height),
            ))
        }
        _ => None,
    }
}

/// The pane under `at`, with its area on screen.
fn pane_at(app: &App, at: Position) -> Option<(Mode, Rect)> {
    let layout = areas(app.size, app.focus == Focus::Article, app.shape.list_share);
    match app.view {
        View::Articles => {
            let in_list = layout.list.filter(|a| a.contains(at));
            let in_article = layout.article.filter(|a| a.contains(at));
            match (in_list, in_article) {
                (Some(area), _) => Some((Mode::List, area)),
                (None, Some(area)) if app.current().is_some() => Some((Mode::Article, area)),
                _ => None,
            }
        }
        view => layout.main.contains(at).then_some((
            match view {
                View::Timeline => Mode::Timeline,
                View::Actors => Mode::Actors,
                View::Warnings => Mode::Warnings,
                View::Quotations => Mode::Quotations,
                _ => Mode::Bookmarks,
            },
            layout.main,
        )),
    }
}

/// The selection and length of the list a mode shows, for the modes that show one.
fn list_of(app: &App, mode: Mode) -> Option<(ListState, usize)> {
    Some(match mode {
        Mode::List => (app.list, app.visible.len()),
        Mode::Timeline => (app.timeline, app.grid.periods.periods.len()),
        Mode::Actors => (app.actors, app.actor_stats.len()),
        Mode::Warnings => (app.warnings, app.corpus.warnings.len()),
        Mode::Bookmarks => (app.bookmarks.view, app.visible_bookmarks().len()),
        Mode::Quotations => (app.quotations.view, app.visible_quotations().len()),
        _ => return None,
    })
}

/// Where a pane's rows are drawn.
fn rows_of(app: &App, mode: Mode, area: Rect) -> Option<Rect> {
    match mode {
        Mode::Timeline if app.grid.periods.periods.is_empty() => None,
        Mode::Timeline => Some(timeline_list(inner(area))),
        Mode::Quotations => Some(quotations_list(inner(area))),
        _ => Some(inner(area)),
    }
}

/// Applies a mouse event to the state.
pub fn handle_mouse(app: &mut App, event: MouseEvent) {
    let Some(action) = mouse_action(app, event) else {
        return;
    };
    app.message = None;
    match action {
        MouseAction::Scroll(mode, by) => step(app, mode, by),
        MouseAction::FocusArticle => {
            if app.focus != Focus::Article {
                open(app, Mode::List);
            }
        }
        MouseAction::Click(mode, row) => {
            let Some((state, len)) = list_of(app, mode) else {
                return;
            };
            if row == state.selected {
                open(app, mode);
            } else if row < len {
                if mode == Mode::List {
                    app.focus = Focus::List;
                }
                step(app, mode, row as isize - state.selected as isize);
            }
        }
    }
    clamp(app);
}
