//! The timeline: every period (a month, or the granularity chosen with `+`/`-`) with a bar drawn
//! to scale, its most mentioned actors, and below, the selected period's article titles. With an
//! actor filter, the bars count that actor's mentions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::layout::timeline_list;
use crate::app::state::App;
use crate::corpus::timeline::TOP_ACTORS;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if app.grid.shown {
        return super::grid::render(app, theme, frame, area);
    }
    let actor = app.filters.actor;
    let per = app.grid.granularity.name();
    let title = match actor {
        Some(a) => format!(
            " Timeline · mentions of {} per {per} ",
            app.corpus.actor_name(a)
        ),
        None => format!(" Timeline · articles per {per} "),
    };
    let body = super::framed(frame, area, &title, true, theme);
    let periods = &app.grid.periods.periods;
    if periods.is_empty() {
        frame.render_widget(Paragraph::new("No articles."), body);
        return;
    }
    let list_area = timeline_list(body);
    let detail_area = Rect {
        y: body.y + list_area.height,
        height: body.height - list_area.height,
        ..body
    };
    // From the index summed into periods: a lookup per period, no scan of the articles.
    let counts: Vec<usize> = periods
        .iter()
        .map(|p| match actor {
            Some(a) => p.cell(a).mentions as usize,
            None => p.articles.len(),
        })
        .collect();
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let width = usize::from(body.width);
    let bar_width = (width / 4).clamp(4, 30);
    // A month's label and a space; a day's is longer.
    let label_width = periods
        .iter()
        .map(|p| p.label().len() + 1)
        .max()
        .unwrap_or(0)
        .max(8);
    let rows = usize::from(list_area.height);
    let marked = crate::app::grid::marked(app);
    let lines: Vec<Line> = periods
        .iter()
        .enumerate()
        .skip(app.timeline.offset)
        .take(rows)
        .map(|(i, stats)| {
            let n = counts[i];
            let filled = (n * bar_width).div_ceil(most);
            let bar = if n == 0 {
                "·".to_owned()
            } else {
                "█".repeat(filled)
            };
            let actors: Vec<&str> = stats
                .top_actors(&app.corpus, TOP_ACTORS)
                .into_iter()
                .map(|a| app.corpus.actor_name(a))
                .collect();
            let rest = width.saturating_sub(label_width + bar_width + 6);
            let line = Line::from(vec![
                Span::raw(format!("{:<label_width$}", stats.label())),
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

    if let Some(stats) = periods.get(app.timeline.selected) {
        let n = stats.articles.len();
        let mut lines = vec![Line::styled(
            fit(
                &format!(
                    "── {} · {} ",
                    stats.label(),
                    crate::plural::count(n, "article", "articles")
                ),
                width,
            ),
            theme.dim(),
        )];
        for &index in stats
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
            lines.push(Line::styled(
                format!("  no articles this {per}"),
                theme.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), detail_area);
    }
}
