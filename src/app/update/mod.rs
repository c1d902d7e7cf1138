//! The one place the reader's state changes: an event or an action in, the new state out. Keys
//! and actions are routed here; moving around is in `moving.rs`.

mod moving;

use crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

use super::action::Action;
use super::bookmarking;
use super::curating;
use super::grid;
use super::keymap::{Key, Mode};
use super::layout::Pages;
use super::overlay::{Overlay, SearchInput, SearchTarget};
use super::quit;
use super::state::{App, Focus, ListState, View};
use super::strings;

pub use moving::clamp;
use moving::{jump_match, mark_read, move_article, page, select_quote};
pub(super) use moving::{open, step};

/// A key press: to the overlay on top (a question, the note editor, the search input), else
/// through the keymap (in help's mode while help is open).
pub fn handle_key(app: &mut App, key: KeyEvent) {
    if key.kind == KeyEventKind::Release {
        return;
    }
    app.sync();
    // Quit and suspend work over the overlays that take typed keys too.
    if let Some(action) = quit::over_overlay(app, &key) {
        match action {
            Action::Quit => quit::at_once(app),
            _ => app.suspend = true,
        }
        return;
    }
    match app.top_overlay() {
        Some(Overlay::Confirm(_)) => {
            bookmarking::confirm_key(app, key);
            clamp(app);
        }
        Some(Overlay::Note(_)) => bookmarking::note_key(app, key),
        Some(Overlay::Search(_)) => search_key(app, key),
        Some(Overlay::Rename(_)) => {
            curating::rename_key(app, key);
            clamp(app);
        }
        Some(Overlay::Help { .. }) | None => {
            app.message = None;
            if let Some(action) = app.keymap.action_for(app.mode(), Key::from_event(&key)) {
                update(app, action);
            }
        }
    }
}

/// The terminal changed size.
pub fn resize(app: &mut App, width: u16, height: u16) {
    app.size = Rect::new(0, 0, width, height);
    app.pages = Pages::new(app.size, app.shape);
    clamp(app);
}

fn search_key(app: &mut App, key: KeyEvent) {
    let action = app.keymap.action_for(Mode::Search, Key::from_event(&key));
    let Some(Overlay::Search(search)) = app.top_overlay_mut() else {
        return;
    };
    let target = search.target;
    match action {
        Some(Action::Cancel) => {
            let previous = std::mem::take(&mut search.previous);
            app.close_overlay();
            set_search(app, target, previous);
        }
        Some(Action::Accept) if target == SearchTarget::Bookmarks => app.close_overlay(),
        Some(Action::Accept) if target == SearchTarget::Quotations => {
            app.close_overlay();
            app.sync();
            if app.visible_quotations().is_empty() {
                app.message = Some(strings::no_quotation_matches(&app.keymap));
            }
        }
        Some(Action::Accept) => {
            app.close_overlay();
            if app.visible.is_empty() {
                app.message = Some(strings::search_matches_nothing(&app.keymap));
            } else if !app.filters.search.is_empty() {
                app.message = Some(strings::search_matches(&app.keymap, app.visible.len()));
            }
        }
        _ => {
            search.input.input(key);
            let text = search.input.lines().first().cloned().unwrap_or_default();
            set_search(app, target, text);
        }
    }
    clamp(app);
}

fn set_search(app: &mut App, target: SearchTarget, text: String) {
    match target {
        SearchTarget::Articles if text != app.filters.search => {
            app.filters.search = text;
            app.refilter();
        }
        SearchTarget::Bookmarks => {
            app.bookmarks.filter = text;
            app.bookmarks.view = ListState::default();
        }
        // The selection stays on its quotation where it is still shown (see `App::sync`).
        SearchTarget::Quotations => app.quotations.filter = text,
        SearchTarget::Articles => {}
    }
}

/// Applies one action.
pub fn update(app: &mut App, action: Action) {
    app.sync();
    let mode = app.mode();
    let before = app.here();
    match action {
        Action::Quit => bookmarking::request_quit(app),
        Action::Back => back(app, false),
        Action::BackOrQuit => back(app, true),
        Action::PaneBack => back(app, false),
        Action::PaneOpen => open(app, mode),
        Action::NarrowList => move_split(app, false),
        Action::WidenList => move_split(app, true),
        Action::ToggleRead => toggle_read(app),
        Action::UnreadOnly => {
            app.filters.unread = !app.filters.unread;
            app.refilter();
            app.message = Some(strings::unread_only(&app.keymap, app.filters.unread));
        }
        Action::Copy => super::share::copy(app),
        Action::OpenUrl => super::share::open_url(app),
        Action::Help => match app.help_scroll_mut() {
            Some(scroll) => *scroll = 0,
            None => app.open_overlay(Overlay::Help { scroll: 0 }),
        },
        Action::MoveDown => step(app, mode, 1),
        Action::MoveUp => step(app, mode, -1),
        Action::PageDown => step(app, mode, page(app, mode) as isize),
        Action::PageUp => step(app, mode, -(page(app, mode) as isize)),
        Action::HalfPageDown => step(app, mode, (page(app, mode) / 2).max(1) as isize),
        Action::HalfPageUp => step(app, mode, -((page(app, mode) / 2).max(1) as isize)),
        Action::Top => step(app, mode, isize::MIN / 2),
        Action::Bottom => step(app, mode, isize::MAX / 2),
        Action::Open => open(app, mode),
        Action::FocusNext => {
            app.focus = match app.focus {
                Focus::List if app.current().is_some() => Focus::Article,
                _ => Focus::List,
            };
            mark_read(app);
        }
        Action::NextQuote => select_quote(app, true),
        Action::PrevQuote => select_quote(app, false),
        Action::NextArticle => move_article(app, 1),
        Action::PrevArticle => move_article(app, -1),
        Action::StartSearch => {
            let (target, previous) = match app.view {
                View::Bookmarks => (SearchTarget::Bookmarks, app.bookmarks.filter.clone()),
                View::Quotations => (SearchTarget::Quotations, app.quotations.filter.clone()),
                _ => (SearchTarget::Articles, app.filters.search.clone()),
            };
            let mut input = TextArea::new(vec![previous.clone()]);
            input.move_cursor(ratatui_textarea::CursorMove::End);
            app.open_overlay(Overlay::Search(SearchInput {
                input,
                previous,
                target,
            }));
        }
        Action::NextMatch => jump_match(app, true),
        Action::PrevMatch => jump_match(app, false),
        Action::ShowTimeline => {
            app.view = View::Timeline;
            if let Some(current) = app.current() {
                grid::go_to_article(app, current);
            }
        }
        Action::ShowActors => {
            app.view = View::Actors;
            if let Some(actor) = app.filters.actor {
                app.actors.selected = app
                    .actor_stats
                    .iter()
                    .position(|s| s.actor == actor)
                    .unwrap_or(0);
            }
        }
        Action::ShowWarnings => app.view = View::Warnings,
        Action::ShowBookmarks => {
            app.view = View::Bookmarks;
            app.selection = None;
        }
        Action::ShowQuotations => {
            app.index_quotations();
            app.view = View::Quotations;
            app.selection = None;
        }
        Action::Bookmark => bookmarking::bookmark(app),
        Action::SelectPassage => bookmarking::select_passage(app),
        Action::EditNote => bookmarking::edit_note(app),
        Action::Delete => bookmarking::delete(app),
        Action::Undo => bookmarking::undo(app),
        // The keys of the search input, the note editor and questions: their key functions
        // take them.
        Action::Accept | Action::Cancel | Action::SaveNote | Action::Yes | Action::No => {}
        Action::Suspend => app.suspend = true,
        Action::Merge => curating::start_merge(app),
        Action::MergeInto => curating::merge_into(app),
        Action::Rename => curating::start_rename(app),
        Action::ChangeKind => curating::change_kind(app),
        Action::NotAnActor => curating::not_an_actor(app),
        Action::UndoActorChange => curating::undo(app),
        Action::ToggleGrid => grid::toggle(app),
        Action::ToggleMeasure => grid::toggle_measure(app),
        Action::FinerPeriods => grid::regroup(app, true),
        Action::CoarserPeriods => grid::regroup(app, false),
        Action::MoveLeft => grid::step(app, 0, -1),
        Action::MoveRight => grid::step(app, 0, 1),
        Action::StartRange => grid::start_range(app),
        Action::Reload => super::reload::ask(app),
        // The rename input's keys: its key function takes them.
        Action::SaveName | Action::ClearName => {}
    }
    clamp(app);
    if !matches!(action, Action::Back | Action::BackOrQuit | Action::PaneBack) {
        app.remember(before, action == Action::FocusNext);
    }
}

/// `<` and `>`: the split between list and article a step to the left or right.
fn move_split(app: &mut App, wider: bool) {
    use crate::app::layout::{LIST_SHARE_MAX, LIST_SHARE_MIN, LIST_SHARE_STEP, WIDE_FROM};
    let share = app.shape.list_share;
    let moved = if wider {
        share.saturating_add(LIST_SHARE_STEP)
    } else {
        share.saturating_sub(LIST_SHARE_STEP)
    }
    .clamp(LIST_SHARE_MIN, LIST_SHARE_MAX);
    app.shape.list_share = moved;
    app.pages = Pages::new(app.size, app.shape);
    app.message = Some(if app.size.width < WIDE_FROM {
        format!("the list is {moved}% wide beside the article, from {WIDE_FROM} columns on")
    } else if moved == share {
        format!(
            "the list is as {} as it goes",
            if wider { "wide" } else { "narrow" }
        )
    } else {
        format!("the list is {moved}% of the width")
    });
}

fn toggle_read(app: &mut App) {
    let Some(current) = app.current() else {
        return;
    };
    let read = app.read.insert(current);
    if !read {
        app.read.remove(&current);
    }
    app.message = Some(if read { "marked read" } else { "marked unread" }.into());
}

/// Back one level: help, a merge, a passage selection, the bookmarks or quotations filter, then the places the
/// reader came from, then the Articles view, the list, the filters. At the top `quit_at_top`
/// quits (q); else (Esc) nothing happens.
fn back(app: &mut App, quit_at_top: bool) {
    let here = app.here();
    while app.history.last() == Some(&here) {
        app.history.pop();
    }
    if app.help_scroll().is_some() {
        app.close_help();
    } else if app.curating.merging.is_some() {
        curating::cancel_merge(app);
    } else if app.grid.marking.is_some() {
        app.grid.marking = None;
        app.message = Some("range cancelled".into());
    } else if app.selection.is_some() {
        app.selection = None;
        app.message = Some("selection cancelled".into());
    } else if app.view == View::Bookmarks && !app.bookmarks.filter.is_empty() {
        app.bookmarks.filter.clear();
    } else if app.view == View::Quotations && !app.quotations.filter.is_empty() {
        app.quotations.filter.clear();
    } else if app.view == View::Articles && app.filters.range.is_some() {
        // The range's message says Esc clears it: so it does, before going back.
        app.filters.range = None;
        app.refilter();
        app.message = Some("range of dates cleared".into());
    } else if let Some(place) = app.history.pop() {
        app.view = place.view;
        app.focus = place.focus;
    } else if app.view != View::Articles {
        app.view = View::Articles;
        app.focus = Focus::List;
    } else if app.focus == Focus::Article {
        app.focus = Focus::List;
    } else if !app.filters.is_empty() {
        app.filters = Default::default();
        app.refilter();
        app.message = Some("filters cleared".into());
    } else if quit_at_top {
        bookmarking::request_quit(app);
    }
}
