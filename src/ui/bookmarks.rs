//! The bookmarks view: every bookmark with its quotation, speaker, article title and date, and the
//! first line of its note, sorted by article date.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::fit;
use super::theme::Theme;
use crate::app::state::App;
use crate::app::strings;
use crate::corpus::decode::sanitise_line;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let visible = app.visible_bookmarks();
    let total = app.bookmarks.list.len();
    let title = if app.bookmarks.filter.is_empty() {
        format!(" Bookmarks {total} ")
    } else {
        format!(
            " Bookmarks {}/{total} · /{} ",
            visible.len(),
            app.bookmarks.filter
        )
    };
    let body = super::framed(frame, area, &title, true, theme);
    if visible.is_empty() {
        let text = if total == 0 {
            strings::no_bookmarks(&app.keymap)
        } else {
            strings::no_bookmark_matches(&app.keymap)
        };
        super::nothing_to_list(frame, body, text);
        return;
    }
    let width = usize::from(body.width);
    let items = usize::from(body.height / 2);
    let lines: Vec<Line> = visible
        .iter()
        .enumerate()
        .skip(app.bookmarks.view.offset)
        .take(items)
        .flat_map(|(row, &index)| {
            let b = &app.bookmarks.list[index];
            let loaded = app.bookmark_article(b).is_some();
            // Every field is the bookmarks file's: sanitised for the screen.
            let date = sanitise_line(b.date.as_deref().unwrap_or("undated"));
            let speaker = sanitise_line(
                b.speaker
                    .as_deref()
                    .unwrap_or(crate::corpus::quotes::NO_SPEAKER),
            );
            let mut head = vec![
                Span::styled("★ ", theme.quote()),
                Span::raw(format!("{date:<10} ")),
                Span::styled(speaker.clone(), theme.title()),
                Span::styled(" — ", theme.dim()),
            ];
            let used = 2 + 11 + speaker.chars().count() + 3;
            let missing = if loaded { "" } else { " (article not loaded)" };
            head.push(Span::styled(
                fit(
                    &format!("{}{missing}", sanitise_line(&b.article_title)),
                    width.saturating_sub(used),
                ),
                theme.dim(),
            ));
            let note = sanitise_line(b.note.lines().next().unwrap_or(""));
            let quote = format!("  “{}”", sanitise_line(&b.text));
            let second = if note.is_empty() {
                Line::from(Span::styled(fit(&quote, width), theme.quote()))
            } else {
                let quote_width = (width * 3 / 5).max(10);
                Line::from(vec![
                    Span::styled(fit(&quote, quote_width), theme.quote()),
                    Span::raw(fit(
                        &format!("  ✎ {note}"),
                        width.saturating_sub(quote_width.min(quote.chars().count())),
                    )),
                ])
            };
            let first = Line::from(head);
            if row == app.bookmarks.view.selected {
                [
                    super::selected(first, theme.selection(), width),
                    super::selected(second, theme.selection(), width),
                ]
            } else {
                [first, second]
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
