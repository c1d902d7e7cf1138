//! The timeline: every month with a bar drawn to scale, its most mentioned actors, and below, the
//! selected month's article titles. With an actor filter, the bars count that actor's mentions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::layout::timeline_list;
use crate::app::state::App;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if app.grid.shown {
        return super::grid::render(app, theme, frame, area);
    }
    let actor = app.filters.actor;
    let title = match actor {
        Some(a) => format!(" Timeline · mentions of {} ", app.corpus.actor_name(a)),
        None => " Timeline · articles per month ".to_owned(),
    };
    let body = super::framed(frame, area, &title, true, theme);
    if app.buckets.is_empty() {
        frame.render_widget(Paragraph::new("No articles."), body);
        return;
    }
    let list_area = timeline_list(body);
    let detail_area = Rect {
        y: body.y + list_area.height,
        height: body.height - list_area.height,
        ..body
    };
    // The update function counts the actor's mentions whenever the timeline shows.
    let counts: Vec<usize> = match actor {
        Some(a) => match &app.actor_timeline {
            Some((counted, counts)) if *counted == a => counts.clone(),
            _ => vec![0; app.buckets.len()],
        },
        None => app.buckets.iter().map(|b| b.articles.len()).collect(),
    };
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let width = usize::from(body.width);
    let bar_width = (width / 4).clamp(4, 30);
    let rows = usize::from(list_area.height);
    let marked = crate::app::grid::marked(app);
    let lines: Vec<Line> = app
        .buckets
        .iter()
        .enumerate()
        .skip(app.timeline.offset)
        .take(rows)
        .map(|(i, bucket)| {
            let n = counts[i];
            let filled = (n * bar_width).div_ceil(most);
            let bar = if n == 0 {
                "·".to_owned()
            } else {
                "█".repeat(filled)
            };
            let actors: Vec<&str> = bucket
                .top_actors
                .iter()
                .map(|&(a, _)| app.corpus.actor_name(a))
                .collect();
            let rest = width.saturating_sub(8 + bar_width + 6);
            let line = Line::from(vec![
                Span::raw(format!("{:<8}", bucket.label())),
                // Never reversed with the selected row: a reversed bar of full blocks looks
                // empty, so the busiest month would look like the emptiest.
                Span::styled(
                    pad(&bar, bar_width),
                    if n == 0 { theme.dim() } else { theme.bar() }
                        .remove_modifier(Modifier::REVERSED),
                ),
                Span::raw(format!(" {n:>4} ")),
                Span::styled(fit(&actors.join(", "), rest), theme.dim()),
            ]);
            if i != app.timeline.selected && marked.as_ref().is_some_and(|m| m.contains(&i)) {
                return line.style(theme.selection_unfocused());
            }
            super::row(line, i == app.timeline.selected, theme, width)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list_area);

    if let Some(bucket) = app.buckets.get(app.timeline.selected) {
        let n = bucket.articles.len();
        let mut lines = vec![Line::styled(
            fit(
                &format!(
                    "── {} · {} ",
                    bucket.label(),
                    crate::plural::count(n, "article", "articles")
                ),
                width,
            ),
            theme.dim(),
        )];
        for &index in bucket
            .articles
            .iter()
            .take(usize::from(detail_area.height.saturating_sub(1)))
        {
            let a = app.corpus.article(index);
            lines.push(Line::raw(fit(
                &format!(
                    "  {}  {}",
                    a.date.map_or("undated".into(), |d| d.to_string()),
                    a.title
                ),
                width,
            )));
        }
        if n == 0 {
            lines.push(Line::styled("  no articles this month", theme.dim()));
        }
        frame.render_widget(Paragraph::new(lines), detail_area);
    }
}
