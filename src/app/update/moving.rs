//! Moving around: selections and scrolling by rows and pages, opening what is selected, the
//! next article, quotation or match scrolled into view, and keeping selections inside their lists.

use crate::app::bookmarking;
use crate::app::grid;
use crate::app::keymap::Mode;
use crate::app::state::{App, ArticleState, Focus, ListState, View};
use crate::app::strings;

/// Lines of context kept above a quotation or match scrolled into view.
const CONTEXT_LINES: usize = 2;

/// How many rows one page is in a mode.
pub(super) fn page(app: &App, mode: Mode) -> usize {
    let pages = &app.pages;
    match mode {
        Mode::List => pages.list,
        // Less the rows a long title or source adds to the header.
        Mode::Article | Mode::Select => {
            let extra = app.article_view().map_or(0, |v| {
                v.header_height()
                    .saturating_sub(crate::app::layout::ARTICLE_HEADER)
            });
            pages.article.saturating_sub(usize::from(extra)).max(1)
        }
        Mode::Timeline => pages.timeline,
        Mode::Bookmarks => pages.bookmarks,
        Mode::Quotations => pages.quotations,
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

pub(in crate::app) fn step(app: &mut App, mode: Mode, by: isize) {
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
        // The bars and the grid share their periods and the cursor's period.
        Mode::Timeline => grid::step(app, 0, by),
        Mode::Actors | Mode::Merge => {
            app.actors.selected = moved(app.actors.selected, by, app.actor_stats.len())
        }
        Mode::Warnings => {
            app.warnings.selected = moved(app.warnings.selected, by, app.corpus.warnings.len())
        }
        Mode::Help => {
            // As far as the last row of help at the bottom of the pane, and no further.
            let wide = app.size.width >= crate::app::layout::WIDE_FROM;
            let rows = crate::app::help::rows(&app.keymap, app.view_mode(), wide).len();
            let last = rows.saturating_sub(app.pages.main) + 1;
            if let Some(scroll) = app.help_scroll_mut() {
                *scroll = moved(*scroll, by, last);
            }
        }
        Mode::Bookmarks => {
            let len = app.visible_bookmarks().len();
            app.bookmarks.view.selected = moved(app.bookmarks.view.selected, by, len);
        }
        Mode::Quotations => {
            let len = app.visible_quotations().len();
            app.quotations.view.selected = moved(app.quotations.view.selected, by, len);
        }
        Mode::Select => {
            if let Some(pos) = bookmarking::move_selection(app, by.signum()) {
                scroll_into_view(app, pos);
            }
        }
        Mode::Search | Mode::Note | Mode::Confirm | Mode::Rename => {}
    }
}

pub(in crate::app) fn open(app: &mut App, mode: Mode) {
    match mode {
        Mode::List if app.current().is_some() => {
            app.focus = Focus::Article;
            mark_read(app);
        }
        Mode::Timeline if app.grid.marking.is_some() => grid::apply_range(app),
        Mode::Timeline if app.grid.shown => grid::open(app),
        Mode::Timeline => grid::open_period(app),
        Mode::Bookmarks => {
            if let Some(position) = bookmarking::open_bookmark(app) {
                scroll_into_view(app, position);
            }
        }
        Mode::Quotations => {
            if let Some(position) = bookmarking::open_quotation(app) {
                scroll_into_view(app, position);
            }
        }
        Mode::Article => {}
        Mode::Warnings => open_warning(app),
        Mode::Actors => {
            let Some(stat) = app.actor_stats.get(app.actors.selected) else {
                return;
            };
            app.filters.actor = Some(stat.actor);
            app.filters.period = None;
            app.view = View::Articles;
            app.focus = Focus::List;
            app.refilter();
        }
        _ => {}
    }
}

/// Enter on a warning: the article it is about, when that article was loaded; else a word why
/// there is none.
fn open_warning(app: &mut App) {
    let Some(warning) = app.corpus.warnings.get(app.warnings.selected) else {
        return;
    };
    let Some(index) = app.warning_article(app.warnings.selected) else {
        app.message = Some(if warning.skipped {
            "skipped: no article of it was loaded".to_owned()
        } else {
            "no loaded article goes with this warning".to_owned()
        });
        return;
    };
    if !app.visible.contains(&index) {
        app.filters = Default::default();
        app.refilter();
    }
    let Some(row) = app.visible.iter().position(|&i| i == index) else {
        return;
    };
    app.list.selected = row;
    app.view = View::Articles;
    app.focus = Focus::Article;
    app.article = ArticleState::default();
    mark_read(app);
}

pub(super) fn mark_read(app: &mut App) {
    if app.focus == Focus::Article
        && let Some(current) = app.current()
    {
        app.read.insert(current);
    }
}

pub(super) fn move_article(app: &mut App, by: isize) {
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

pub(super) fn select_quote(app: &mut App, forward: bool) {
    let Some(current) = app.current() else { return };
    let count = app.corpus.article(current).quotes.len();
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
    let start = app.corpus.article(current).quotes[next].span.start as usize;
    scroll_into_view(app, start);
}

pub(super) fn jump_match(app: &mut App, forward: bool) {
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
    // The bars' cursor is the grid's: one period selected in both.
    app.timeline.selected = app.grid.column;
    keep(&mut app.timeline, app.grid.periods.periods.len(), rows[1]);
    keep(&mut app.actors, app.actor_stats.len(), rows[2]);
    keep(&mut app.warnings, app.corpus.warnings.len(), rows[3]);
    let bookmark_rows = page(app, Mode::Bookmarks);
    let bookmark_count = app.visible_bookmarks().len();
    keep(&mut app.bookmarks.view, bookmark_count, bookmark_rows);
    let quotation_rows = page(app, Mode::Quotations);
    let quotation_count = app.visible_quotations().len();
    keep(&mut app.quotations.view, quotation_count, quotation_rows);
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
