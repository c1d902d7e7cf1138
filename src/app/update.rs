//! The one place the reader's state changes: an event or an action in, the new state out.

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
use super::state::{App, ArticleState, Focus, ListState, View};
use super::strings;

/// Lines of context kept above a quotation or match scrolled into view.
const CONTEXT_LINES: usize = 2;

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
    app.pages = Pages::new(app.size);
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
            app.count_actor_timeline();
            let bucket = app
                .current()
                .and_then(|i| app.buckets.iter().position(|b| b.articles.contains(&i)));
            app.timeline.selected = app.filters.month.or(bucket).unwrap_or(0);
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
        // The rename input's key: its key function takes it.
        Action::SaveName => {}
    }
    clamp(app);
    if !matches!(action, Action::Back | Action::BackOrQuit | Action::PaneBack) {
        app.remember(before, action == Action::FocusNext);
    }
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

/// Back one level: help, a merge, a passage selection, the bookmarks filter, then the places the
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

/// How many rows one page is in a mode.
fn page(app: &App, mode: Mode) -> usize {
    let pages = &app.pages;
    match mode {
        Mode::List => pages.list,
        Mode::Article | Mode::Select => pages.article,
        Mode::Timeline => pages.timeline,
        Mode::Bookmarks => pages.bookmarks,
        Mode::Actors | Mode::Warnings | Mode::Help => pages.main,
        Mode::Merge => pages.main,
        Mode::Search | Mode::Note | Mode::Confirm | Mode::Rename => pages.main,
    }
}

fn moved(from: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    from.saturating_add_signed(by).min(len - 1)
}

pub(super) fn step(app: &mut App, mode: Mode, by: isize) {
    match mode {
        Mode::List => {
            let before = app.list.selected;
            app.list.selected = moved(before, by, app.visible.len());
            if app.list.selected != before {
                app.article = ArticleState::default();
            }
        }
        Mode::Article => {
            let lines = app.synced_view().map_or(0, |v| v.wrapped.lines.len());
            app.article.scroll = moved(app.article.scroll, by, lines.max(1));
        }
        Mode::Timeline if app.grid.shown => grid::step(app, by, 0),
        Mode::Timeline => {
            app.timeline.selected = moved(app.timeline.selected, by, app.buckets.len())
        }
        Mode::Actors | Mode::Merge => {
            app.actors.selected = moved(app.actors.selected, by, app.actor_stats.len())
        }
        Mode::Warnings => {
            app.warnings.selected = moved(app.warnings.selected, by, app.corpus.warnings.len())
        }
        Mode::Help => {
            if let Some(scroll) = app.help_scroll_mut() {
                *scroll = moved(*scroll, by, 200);
            }
        }
        Mode::Bookmarks => {
            let len = app.visible_bookmarks().len();
            app.bookmarks.view.selected = moved(app.bookmarks.view.selected, by, len);
        }
        Mode::Select => {
            if let Some(pos) = bookmarking::move_selection(app, by.signum()) {
                scroll_into_view(app, pos);
            }
        }
        Mode::Search | Mode::Note | Mode::Confirm | Mode::Rename => {}
    }
}

pub(super) fn open(app: &mut App, mode: Mode) {
    match mode {
        Mode::List if app.current().is_some() => {
            app.focus = Focus::Article;
            mark_read(app);
        }
        Mode::Timeline if app.grid.marking.is_some() => grid::apply_range(app),
        Mode::Timeline if app.grid.shown => grid::open(app),
        Mode::Timeline => {
            let Some(bucket) = app.buckets.get(app.timeline.selected) else {
                return;
            };
            if bucket.articles.is_empty() {
                app.message = Some(format!("no articles in {}", bucket.label()));
                return;
            }
            app.filters.month = Some(app.timeline.selected);
            app.view = View::Articles;
            app.focus = Focus::List;
            app.refilter();
        }
        Mode::Bookmarks => {
            if let Some(position) = bookmarking::open_bookmark(app) {
                scroll_into_view(app, position);
            }
        }
        Mode::Article => {}
        Mode::Actors => {
            let Some(stat) = app.actor_stats.get(app.actors.selected) else {
                return;
            };
            app.filters.actor = Some(stat.actor);
            app.filters.month = None;
            app.view = View::Articles;
            app.focus = Focus::List;
            app.refilter();
        }
        _ => {}
    }
}

fn mark_read(app: &mut App) {
    if app.focus == Focus::Article
        && let Some(current) = app.current()
    {
        app.read.insert(current);
    }
}

fn move_article(app: &mut App, by: isize) {
    if app.visible.is_empty() {
        return;
    }
    let before = app.list.selected;
    app.list.selected = moved(before, by, app.visible.len());
    if app.list.selected == before {
        app.message = Some(
            if by > 0 {
                "last article"
            } else {
                "first article"
            }
            .into(),
        );
    } else {
        app.article = ArticleState::default();
    }
    app.focus = Focus::Article;
    mark_read(app);
}

fn select_quote(app: &mut App, forward: bool) {
    let Some(current) = app.current() else { return };
    let count = app.corpus.articles[current].quotes.len();
    if count == 0 {
        app.message = Some("no quotations in this article".into());
        return;
    }
    let next = match (app.article.quote, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(q), true) if q + 1 < count => q + 1,
        (Some(q), false) if q > 0 => q - 1,
        (Some(q), _) => {
            app.message = Some(
                if forward {
                    "last quotation"
                } else {
                    "first quotation"
                }
                .into(),
            );
            q
        }
    };
    app.article.quote = Some(next);
    app.article.passage = None;
    let start = app.corpus.articles[current].quotes[next].span.start as usize;
    scroll_into_view(app, start);
}

fn jump_match(app: &mut App, forward: bool) {
    if app.filters.search.is_empty() {
        app.message = Some(strings::no_search(&app.keymap, app.mode()));
        return;
    }
    let matches = app
        .synced_view()
        .map_or_else(Vec::new, |v| v.matches.clone());
    let next = match (app.article.search_match, forward) {
        (None, true) if !matches.is_empty() => Some(0),
        (None, false) if !matches.is_empty() => Some(matches.len() - 1),
        (Some(m), true) if m + 1 < matches.len() => Some(m + 1),
        (Some(m), false) if m > 0 => Some(m - 1),
        _ => None,
    };
    match next {
        Some(m) => {
            app.article.search_match = Some(m);
            app.message = Some(format!(
                "match {} of {} in this article",
                m + 1,
                matches.len()
            ));
            app.focus = Focus::Article;
            mark_read(app);
            scroll_into_view(app, matches[m].start);
        }
        None => {
            // On to the next (or previous) article with a match.
            let by = if forward { 1 } else { -1 };
            let before = app.list.selected;
            let target = app
                .list
                .selected
                .checked_add_signed(by)
                .filter(|&t| t < app.visible.len());
            let Some(target) = target else {
                app.message = Some(
                    if forward {
                        "no more matches"
                    } else {
                        "no earlier matches"
                    }
                    .into(),
                );
                return;
            };
            app.list.selected = target;
            app.article = ArticleState::default();
            app.focus = Focus::Article;
            if app.synced_view().is_none_or(|v| v.matches.is_empty()) {
                app.list.selected = before;
                app.message = Some("no more matches".into());
                return;
            }
            jump_match(app, forward);
        }
    }
}

/// Scrolls the article so the line holding byte `pos` shows, with a little context above.
fn scroll_into_view(app: &mut App, pos: usize) {
    let height = page(app, Mode::Article);
    let Some(view) = app.synced_view() else {
        return;
    };
    let line = view.wrapped.line_of(pos);
    if line < app.article.scroll || line >= app.article.scroll + height {
        app.article.scroll = line.saturating_sub(CONTEXT_LINES);
    }
}

/// Keeps selections inside their lists and scroll offsets showing the selections.
pub fn clamp(app: &mut App) {
    app.sync();
    if app.view == View::Timeline {
        app.count_actor_timeline();
    }
    fn keep(state: &mut ListState, len: usize, rows: usize) {
        state.selected = state.selected.min(len.saturating_sub(1));
        if state.selected < state.offset {
            state.offset = state.selected;
        } else if state.selected >= state.offset + rows {
            state.offset = state.selected + 1 - rows;
        }
        state.offset = state.offset.min(len.saturating_sub(rows));
    }
    let rows =
        [Mode::List, Mode::Timeline, Mode::Actors, Mode::Warnings].map(|mode| page(app, mode));
    keep(&mut app.list, app.visible.len(), rows[0]);
    keep(&mut app.timeline, app.buckets.len(), rows[1]);
    keep(&mut app.actors, app.actor_stats.len(), rows[2]);
    keep(&mut app.warnings, app.corpus.warnings.len(), rows[3]);
    let bookmark_rows = page(app, Mode::Bookmarks);
    let bookmark_count = app.visible_bookmarks().len();
    keep(&mut app.bookmarks.view, bookmark_count, bookmark_rows);
    let height = page(app, Mode::Article);
    let lines = app.wrapped_current().map_or(0, |w| w.lines.len());
    app.article.scroll = app.article.scroll.min(lines.saturating_sub(height));
    if app.current().is_none() {
        app.focus = Focus::List;
    }
    if app.focus != Focus::Article || app.view != View::Articles {
        app.selection = None;
    }
    if app.view != View::Actors {
        app.curating.merging = None;
    }
}
