//! The actor filter: every actor with its kind, mentions and articles; Enter filters the list,
//! other keys correct the actors (the actor being merged is marked ».

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::pad;
use super::theme::Theme;
use crate::app::state::App;
use crate::app::strings;
use crate::plural;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let title = match app.curating.merging {
        Some(actor) => strings::merge_title(&app.keymap, app.corpus.actor_name(actor)),
        // With no actor, the keys that act on one do nothing: only the way out is named.
        None if app.actor_stats.is_empty() => strings::no_actors_title(&app.keymap),
        None => strings::actors_title(&app.keymap),
    };
    let body = super::framed(frame, area, &title, true, theme);
    if app.actor_stats.is_empty() {
        frame.render_widget(Paragraph::new("No actors mentioned."), body);
        return;
    }
    let width = usize::from(body.width);
    let name_width = width.saturating_sub(2 + 14 + 28).clamp(8, 40);
    let lines: Vec<Line> = app
        .actor_stats
        .iter()
        .enumerate()
        .skip(app.actors.offset)
        .take(usize::from(body.height))
        .map(|(i, stat)| {
            let actor = app.corpus.gazetteer.actor(stat.actor);
            let active = if app.curating.merging == Some(stat.actor) {
                "» "
            } else if app.filters.actor == Some(stat.actor) {
                "● "
            } else {
                "  "
            };
            let line = Line::from(vec![
                Span::raw(active),
                Span::styled(
                    pad(&actor.name, name_width),
                    theme.actor(actor.kind, &actor.name),
                ),
                Span::styled(format!(" {:<13}", actor.kind.as_str()), theme.dim()),
                Span::raw(format!(
                    "{:>14} {:>13}",
                    plural::count(stat.mentions, "mention", "mentions"),
                    plural::count(stat.articles.len(), "article", "articles")
                )),
            ]);
            super::row(line, i == app.actors.selected, theme, width)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
