//! The article list: date, read mark, title, main actors, number of quotations.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::pad;
use super::theme::Theme;
use crate::app::layout::LIST_ITEM_HEIGHT;
use crate::app::state::{App, Focus};
use crate::app::strings;
use crate::corpus::actors::{Actor, ActorKind};

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::List;
    let title = match app.filter_label() {
        Some(filter) => format!(
            " Articles {}/{} · {filter} ",
            app.visible.len(),
            app.corpus.articles.len()
        ),
        None => format!(" Articles {} ", app.corpus.articles.len()),
    };
    let body = super::framed(frame, area, &title, focused, theme);
    if app.visible.is_empty() {
        let text = if app.corpus.articles.is_empty() {
            format!(
                "No articles loaded. Start kroniek with a folder of articles ({}): kroniek PATH",
                crate::corpus::formats::extension_list()
            )
        } else {
            strings::no_article_matches(&app.keymap)
        };
        super::nothing_to_list(frame, body, text);
        return;
    }
    let width = usize::from(body.width);
    let items = usize::from(body.height / LIST_ITEM_HEIGHT);
    let lines: Vec<Line> = app
        .visible
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(items)
        .flat_map(|(row, &index)| {
            item_lines(app, theme, index, width, row == app.list.selected, focused)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// Two lines for one article: read mark, date and title; then its main actors and quotations.
fn item_lines<'a>(
    app: &'a App,
    theme: &Theme,
    index: usize,
    width: usize,
    selected: bool,
    focused: bool,
) -> [Line<'a>; 2] {
    let article = &app.corpus.articles[index];
    let read = if app.read.contains(&index) {
        "✓ "
    } else {
        "  "
    };
    let date = article
        .date
        .map_or_else(|| "undated".to_owned(), |d| d.month_key().to_string());
    let marked = match app.bookmark_count(&article.id) {
        0 => String::new(),
        n => format!(" ★{n}"),
    };
    let quotes = match article.quotes.len() {
        1 => format!("{marked} 1 quote"),
        n => format!("{marked} {n} quotes"),
    };
    let actors: Vec<&str> = app.main_actors[index]
        .iter()
        .map(|&a| short_name(app.corpus.gazetteer.actor(a)))
        .collect();
    let actor_width = width.saturating_sub(10 + quotes.width());
    let first = Line::from(vec![
        Span::styled(read, theme.dim()),
        Span::raw(format!("{date:<8}")),
        Span::raw(pad(&article.title, width.saturating_sub(10))),
    ]);
    let second = Line::from(vec![
        Span::raw(" ".repeat(10.min(width))),
        Span::styled(pad(&actors.join(", "), actor_width), theme.dim()),
        Span::styled(quotes, theme.dim()),
    ]);
    if selected {
        let style = if focused {
            theme.selection()
        } else {
            theme.selection_unfocused()
        };
        [first.style(style), second.style(style)]
    } else {
        [first, second]
    }
}

/// A person by surname ("Stoltenberg"); organisations and countries by their whole name.
fn short_name(actor: &Actor) -> &str {
    match actor.kind {
        ActorKind::Person => actor.name.rsplit(' ').next().unwrap_or(&actor.name),
        _ => &actor.name,
    }
}
