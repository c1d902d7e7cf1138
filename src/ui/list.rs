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
use crate::corpus::article::{ArticleDate, ArticleIx};

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
    let precision = DatePrecision::of(app, width);
    let items = usize::from(body.height / LIST_ITEM_HEIGHT);
    let lines: Vec<Line> = app
        .visible
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(items)
        .flat_map(|(row, &index)| {
            let selected = row == app.list.selected;
            item_lines(app, theme, index, (width, precision), selected, focused)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// How precisely the list's date column gives dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum DatePrecision {
    Month,
    Day,
    Time,
}

impl DatePrecision {
    /// As precisely as the most precise article of the corpus gives its date, so that the titles
    /// stay in one column; the time of day only when the list is wide enough to leave the title
    /// most of the row (60 columns), the day when it is 30.
    fn of(app: &App, width: usize) -> DatePrecision {
        let most = app
            .corpus
            .articles
            .iter()
            .filter_map(|a| a.date)
            .map(|d| match (d.day, d.time) {
                (_, Some(_)) => DatePrecision::Time,
                (Some(_), None) => DatePrecision::Day,
                (None, None) => DatePrecision::Month,
            })
            .max()
            .unwrap_or(DatePrecision::Month);
        let room = if width >= 60 {
            DatePrecision::Time
        } else if width >= 30 {
            DatePrecision::Day
        } else {
            DatePrecision::Month
        };
        most.min(room)
    }

    /// The width of the column: its longest date (or "undated").
    fn width(self) -> usize {
        match self {
            DatePrecision::Month => "2022-02".len(),
            DatePrecision::Day => "2022-02-24".len(),
            DatePrecision::Time => "2022-02-24 05:30".len(),
        }
    }

    /// A date as precisely as it is written, up to this precision.
    fn text(self, date: Option<ArticleDate>) -> String {
        match (date, self) {
            (None, _) => "undated".to_owned(),
            (Some(d), DatePrecision::Month) => d.month_key().to_string(),
            (Some(d), DatePrecision::Day) => d.to_string(),
            (Some(d), DatePrecision::Time) => d.with_time(),
        }
    }
}

/// Two lines for one article: read mark, date and title; then its main actors and quotations.
/// `column` is the list's width and how precisely it gives dates.
fn item_lines<'a>(
    app: &'a App,
    theme: &Theme,
    index: ArticleIx,
    column: (usize, DatePrecision),
    selected: bool,
    focused: bool,
) -> [Line<'a>; 2] {
    let (width, precision) = column;
    let article = app.corpus.article(index);
    let read = if app.read.contains(&index) {
        "✓ "
    } else {
        "  "
    };
    let date = precision.text(article.date);
    // The read mark, the date and a space.
    let indent = 2 + precision.width() + 1;
    let marked = match app.bookmark_count(article) {
        0 => String::new(),
        n => format!(" ★{n}"),
    };
    let quotes = match article.quotes.len() {
        1 => format!("{marked} 1 quote"),
        n => format!("{marked} {n} quotes"),
    };
    let actors: Vec<std::borrow::Cow<str>> = app.main_actors[index.get()]
        .iter()
        .map(|&a| app.corpus.gazetteer.actor(a).short_name())
        .collect();
    let actor_width = width.saturating_sub(indent + quotes.width());
    let first = Line::from(vec![
        Span::styled(read, theme.dim()),
        Span::raw(format!("{date:<0$} ", precision.width())),
        Span::raw(pad(&article.title, width.saturating_sub(indent))),
    ]);
    let second = Line::from(vec![
        Span::raw(" ".repeat(indent.min(width))),
        Span::styled(pad(&actors.join(", "), actor_width), theme.dim()),
        Span::styled(quotes, theme.dim()),
    ]);
    if selected && focused {
        let style = theme.selection();
        [
            super::selected(first, style, width),
            super::selected(second, style, width),
        ]
    } else if selected {
        let style = theme.selection_unfocused();
        [first.style(style), second.style(style)]
    } else {
        [first, second]
    }
}
