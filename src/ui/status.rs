//! The status line: the search input while typing; else a message, the selected quotation's
//! speaker, the actor grid's cell under the cursor, or the keys that matter now; and on the right
//! how many articles show.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Mode;
use crate::app::overlay::{Overlay, SearchTarget};
use crate::app::state::{App, View};

/// The actions hinted at in each mode, in order.
fn hints(mode: Mode) -> &'static [Action] {
    match mode {
        Mode::List => &[
            Action::Open,
            Action::OpenUrl,
            Action::StartSearch,
            Action::ShowTimeline,
            Action::ShowActors,
            Action::Help,
            Action::Back,
        ],
        Mode::Article => &[
            Action::NextQuote,
            Action::Copy,
            Action::OpenUrl,
            Action::NextArticle,
            Action::NextMatch,
            Action::ShowTimeline,
            Action::Help,
            Action::Back,
        ],
        Mode::Timeline => &[Action::Open, Action::ToggleGrid, Action::Back, Action::Help],
        // The keys that correct the actors, as the view's title names them.
        Mode::Actors => &[
            Action::Open,
            Action::Merge,
            Action::Rename,
            Action::ChangeKind,
            Action::NotAnActor,
            Action::UndoActorChange,
            Action::Back,
            Action::Help,
        ],
        Mode::Merge => &[Action::MergeInto, Action::Back, Action::Help],
        Mode::Bookmarks => &[
            Action::Open,
            Action::EditNote,
            Action::Delete,
            Action::Undo,
            Action::StartSearch,
            Action::Back,
        ],
        Mode::Quotations => &[
            Action::Open,
            Action::Bookmark,
            Action::EditNote,
            Action::Copy,
            Action::OpenUrl,
            Action::StartSearch,
            Action::Back,
            Action::Help,
        ],
        Mode::Select => &[
            Action::MoveDown,
            Action::MoveUp,
            Action::Bookmark,
            Action::Back,
        ],
        Mode::Warnings => &[Action::Open, Action::Back],
        Mode::Help => &[Action::Back],
        // Over the view: the note editor's, the question's and the rename input's own keys.
        Mode::Note => &[Action::SaveNote, Action::Cancel],
        Mode::Confirm => &[Action::Yes, Action::No],
        Mode::Rename => &[Action::SaveName, Action::ClearName, Action::Cancel],
        // The search input takes the status line.
        Mode::Search => &[],
    }
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    if let Some(search) = app.search_input() {
        let prompt = Span::styled("/", theme.key());
        frame.render_widget(
            Paragraph::new(Line::from(prompt)),
            Rect {
                width: 1.min(area.width),
                ..area
            },
        );
        let input_area = Rect {
            x: area.x + 1.min(area.width),
            width: area.width.saturating_sub(1 + 16),
            ..area
        };
        frame.render_widget(&search.input, input_area);
        // What the search narrows: the bookmarks in their view, else the articles.
        let count = match search.target {
            SearchTarget::Bookmarks => format!(
                " {} of {} ",
                app.visible_bookmarks().len(),
                app.bookmarks.list.len()
            ),
            SearchTarget::Quotations => format!(
                " {} of {} ",
                app.visible_quotations().len(),
                app.quotations_in_scope()
            ),
            SearchTarget::Articles => {
                format!(" {} of {} ", app.visible.len(), app.corpus.articles.len())
            }
        };
        let count_area = Rect {
            x: area.x + area.width.saturating_sub(count.width() as u16),
            width: (count.width() as u16).min(area.width),
            ..area
        };
        frame.render_widget(Paragraph::new(count).style(theme.dim()), count_area);
        return;
    }
    let unsaved = if app.unsaved() {
        format!(" ⚠ {} unsaved ·", app.bookmarks.pending.len())
    } else {
        String::new()
    };
    let bookmarks = (app.bookmarks.shown.len(), app.bookmarks.list.len());
    let right = match app.filter_label() {
        // The bookmarks view counts bookmarks, as its title does.
        _ if app.view == View::Bookmarks && app.bookmarks.filter.is_empty() => format!(
            "{unsaved} {} ",
            crate::plural::count(bookmarks.1, "bookmark", "bookmarks")
        ),
        _ if app.view == View::Bookmarks => format!(
            "{unsaved} /{} · {}/{} ",
            app.bookmarks.filter, bookmarks.0, bookmarks.1
        ),
        // The quotations view counts quotations, as its title does.
        _ if app.view == View::Quotations => format!(
            "{unsaved} {} ",
            crate::plural::count(app.visible_quotations().len(), "quotation", "quotations")
        ),
        Some(filter) => format!(
            "{unsaved} {filter} · {}/{} ",
            app.visible.len(),
            app.corpus.articles.len()
        ),
        None => format!(
            "{unsaved} {} ",
            crate::plural::count(app.corpus.articles.len(), "article", "articles")
        ),
    };
    let right = fit(&right, width / 2);
    let left_width = width.saturating_sub(right.width());
    let mode = hinted_mode(app);
    let left: Line = if let Some(message) = &app.message {
        Line::styled(fit(message, left_width), theme.message())
    } else if let Some(speaker) = selected_speaker(app).filter(|_| mode == Mode::Article) {
        // The quotation's keys stay in sight, the quotation after them.
        let (mut spans, used) = hint_spans(app, theme, mode, QUOTE_HINTS, left_width);
        spans.push(Span::styled(
            fit(&speaker, left_width.saturating_sub(used)),
            theme.quote(),
        ));
        Line::from(spans)
    } else if let Some(range) =
        crate::app::grid::marking_line(app).filter(|_| mode == Mode::Timeline)
    {
        Line::styled(fit(&range, left_width), theme.message())
    } else if let Some(cell) =
        crate::app::grid::cursor_line(app).filter(|_| mode == Mode::Timeline && app.grid.shown)
    {
        // The grid's legend names its keys.
        Line::styled(fit(&cell, left_width), theme.message())
    } else {
        Line::from(hint_spans(app, theme, mode, hints(mode), left_width).0)
    };
    frame.render_widget(
        Paragraph::new(left),
        Rect {
            width: left_width as u16,
            ..area
        },
    );
    frame.render_widget(
        Paragraph::new(right).style(theme.dim()),
        Rect {
            x: area.x + left_width as u16,
            width: area.width - left_width as u16,
            ..area
        },
    );
}

/// The mode whose keys the status line names: the note editor's, a question's or the rename
/// input's while one is open over the view (the view's keys do not work then), else the view's.
fn hinted_mode(app: &App) -> Mode {
    match app.top_overlay() {
        Some(Overlay::Note(_)) => Mode::Note,
        Some(Overlay::Confirm(_)) => Mode::Confirm,
        Some(Overlay::Rename(_)) => Mode::Rename,
        _ => app.mode(),
    }
}

/// The keys hinted at while a quotation is selected, before it.
const QUOTE_HINTS: &[Action] = &[Action::Bookmark, Action::EditNote, Action::Copy];

/// Whether `action`'s key does something now: keys that would only say there is nothing to do
/// are not named.
fn does_something(app: &App, mode: Mode, action: Action) -> bool {
    let article = match mode {
        Mode::Quotations => app.selected_quotation().map(|at| at.article),
        _ => app.current(),
    };
    let url = article
        .and_then(|i| app.corpus.get_article(i))
        .is_some_and(|a| a.url.is_some());
    let quote = match mode {
        Mode::Article => app.article.quote.is_some(),
        Mode::Quotations => app.selected_quotation().is_some(),
        _ => false,
    };
    let bookmarks = !app.visible_bookmarks().is_empty();
    let quotes = app
        .current()
        .and_then(|i| app.corpus.get_article(i))
        .is_some_and(|a| !a.quotes.is_empty());
    match (mode, action) {
        (Mode::Article, Action::NextQuote | Action::PrevQuote) => quotes,
        (
            Mode::Actors,
            Action::Open | Action::Merge | Action::Rename | Action::ChangeKind | Action::NotAnActor,
        ) => !app.actor_stats.is_empty(),
        (Mode::Actors, Action::UndoActorChange) => !app.curating.steps.is_empty(),
        (Mode::Timeline, Action::Open | Action::ToggleGrid) => !app.corpus.articles.is_empty(),
        (_, Action::OpenUrl) => url,
        (_, Action::Copy) => url || quote,
        (_, Action::NextMatch | Action::PrevMatch) => !app.filters.search.is_empty(),
        (Mode::Article, Action::EditNote) => quote && app.selected_quote_bookmark().is_some(),
        (Mode::Quotations, Action::EditNote) => app.selected_quotation_bookmark().is_some(),
        (Mode::Quotations, Action::Open | Action::Bookmark) => !app.visible_quotations().is_empty(),
        (Mode::Bookmarks, Action::Open | Action::EditNote | Action::Delete) => bookmarks,
        (Mode::Bookmarks, Action::Undo) => app.bookmarks.undo.is_some(),
        (Mode::Bookmarks, Action::StartSearch) => !app.bookmarks.list.is_empty(),
        (Mode::Warnings, Action::Open) => app.warning_article(app.warnings.selected).is_some(),
        _ => true,
    }
}

/// What a hint says an action does, where the help's words would mislead.
fn hint_says(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (_, Action::BackOrQuit) => "quit",
        (Mode::Actors, Action::Open) => "filter",
        (Mode::Actors, Action::Merge) => "merge",
        (Mode::Actors, Action::ChangeKind) => "kind",
        (Mode::Actors, Action::NotAnActor) => "no actor",
        (Mode::Actors, Action::UndoActorChange) => "undo",
        (Mode::Warnings, Action::Open) => "open article",
        (Mode::Article, Action::EditNote) => "note",
        (Mode::Note, Action::Cancel) => "close",
        _ => action.describe(),
    }
}

/// The hints for `actions` that fit in `width`: key and what it does, each key the keymap's.
/// Returns the spans and their width.
fn hint_spans(
    app: &App,
    theme: &Theme,
    mode: Mode,
    actions: &[Action],
    width: usize,
) -> (Vec<Span<'static>>, usize) {
    let mut spans = Vec::new();
    let mut used = 0;
    for &hinted in actions {
        // At the top back does nothing: the key that quits there is the one to name.
        let action = match hinted {
            Action::Back if mode == Mode::List && app.at_top() => Action::BackOrQuit,
            other => other,
        };
        let Some(key) = app.keymap.key_for(mode, action) else {
            continue;
        };
        if !does_something(app, mode, action) {
            continue;
        }
        let what = format!(" {}  ", hint_says(mode, action));
        if used + key.width() + what.width() > width {
            break;
        }
        used += key.width() + what.width();
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(what));
    }
    (spans, used)
}

/// "❝ 2/5 Jens Stoltenberg: “Het is de grootste…”" for the selected quotation.
fn selected_speaker(app: &App) -> Option<String> {
    let article = app.corpus.article(app.current()?);
    let q = app.article.quote?;
    let quote = article.quotes.get(q)?;
    let speaker = quote
        .speaker
        .map_or(crate::corpus::quotes::NO_SPEAKER, |s| {
            app.corpus.actor_name(s)
        });
    Some(format!(
        "❝ {}/{} {speaker}: “{}”",
        q + 1,
        article.quotes.len(),
        article.quote_text(quote)
    ))
}
