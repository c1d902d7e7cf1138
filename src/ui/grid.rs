//! The timeline's actor grid: period labels and totals on top, one row per actor with a shaded
//! cell per period, and the shading's legend. The status line says the cell under the cursor in
//! words.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::grid::{CELL_WIDTH, CHROME, NAME_WIDTH, first_shown, marked};
use crate::app::state::App;
use crate::corpus::timeline::Measure;

/// The shades from nothing to the most.
const SHADES: [&str; 5] = ["·", "░", "▒", "▓", "█"];

/// The shade of `n` on a scale up to `most`.
fn level(n: u32, most: u32) -> usize {
    if n == 0 || most == 0 {
        0
    } else {
        ((n as u64 * 4).div_ceil(most as u64) as usize).clamp(1, 4)
    }
}

/// The legend's shades with the counts each stands for, as [`level`] gives them: a shade no count
/// reaches is left out, one count alone is written alone ("▓ 2", not "▓ 2–2").
fn legend_steps(most: u32) -> Vec<String> {
    let most = u64::from(most);
    (1..=4u64)
        .filter_map(|l| {
            let low = (l - 1) * most / 4 + 1;
            let high = l * most / 4;
            match low.cmp(&high) {
                std::cmp::Ordering::Greater => None,
                std::cmp::Ordering::Equal => Some(format!("{} {low}", SHADES[l as usize])),
                std::cmp::Ordering::Less => Some(format!("{} {low}–{high}", SHADES[l as usize])),
            }
        })
        .collect()
}

/// The header line of period labels (`None` for the undated column) after `name_width` blank
/// columns, one column of `cell` width per period: each label starts over its column, where it
/// fits at least one space after the one before and before the line's end. The undated column is
/// always labelled ("undated", or "?" where that does not fit); the labels before it give way.
fn header(labels: &[Option<String>], name_width: usize, cell: usize, width: usize) -> String {
    const UNDATED: &str = "undated";
    let at = |i: usize| name_width + i * cell;
    let undated = labels.iter().position(Option::is_none).and_then(|i| {
        let start = at(i);
        [UNDATED, "?"]
            .into_iter()
            .find(|l| start + l.width() <= width)
            .map(|l| (start, l))
    });
    let mut line = " ".repeat(name_width);
    // Where the next label may start: one space after the last one placed.
    let mut free = name_width;
    for (i, label) in labels.iter().enumerate() {
        let start = at(i);
        let text = match label {
            Some(text) => text.as_str(),
            None => match undated {
                Some((_, text)) => text,
                None => continue,
            },
        };
        let end = start + text.width();
        let clashes = undated.is_some_and(|(u, _)| u > start && end >= u);
        if start >= free && end <= width && (label.is_none() || !clashes) {
            line.push_str(&" ".repeat(start - line.width()));
            line.push_str(text);
            free = end + 1;
        }
    }
    line
}

/// A count in at most three columns.
fn short(n: u32) -> String {
    match n {
        0..=999 => n.to_string(),
        1000..=9999 => format!("{}k", n / 1000),
        _ => "++".to_owned(),
    }
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let grid = &app.grid;
    let title = format!(
        " Timeline · actor grid · {} per {} ",
        grid.measure.name(),
        grid.granularity.name()
    );
    let body = super::framed(frame, area, &title, true, theme);
    if grid.periods.periods.is_empty() || grid.rows.is_empty() {
        super::nothing_to_list(frame, body, format!("No {} to show.", grid.measure.name()));
        return;
    }
    let name_width = usize::from(NAME_WIDTH);
    let cell = usize::from(CELL_WIDTH);
    let width = usize::from(body.width);
    let columns = (width.saturating_sub(name_width) / cell).max(1);
    let rows = usize::from(body.height.saturating_sub(CHROME)).max(1);
    let first_column = first_shown(grid.column, columns);
    let first_row = first_shown(grid.row, rows);
    let periods = &grid.periods.periods[first_column..];
    let periods = &periods[..periods.len().min(columns)];

    let marked = marked(app);
    let mut lines: Vec<Line> = Vec::with_capacity(usize::from(body.height));
    // The period labels, each where it fits after the one before.
    let labels = header(
        &periods
            .iter()
            .map(|s| s.period.map(|p| p.to_string()))
            .collect::<Vec<_>>(),
        name_width,
        cell,
        width,
    );
    lines.push(Line::styled(labels, theme.dim()));
    // The totals: articles per period.
    let mut totals = vec![Span::styled(pad("articles", name_width), theme.dim())];
    totals.extend(periods.iter().map(|s| {
        Span::styled(
            format!("{:>w$}", short(s.articles.len() as u32), w = cell),
            theme.dim(),
        )
    }));
    lines.push(Line::from(totals));
    for (r, &actor) in grid.rows.iter().enumerate().skip(first_row).take(rows) {
        let chosen = app.filters.actor == Some(actor);
        let name_style = if chosen { theme.key() } else { Style::new() };
        let mut spans = vec![Span::styled(
            pad(
                &fit(app.corpus.actor_name(actor), name_width - 1),
                name_width,
            ),
            name_style,
        )];
        for (c, stats) in periods.iter().enumerate() {
            let n = grid.measure.of(&stats.cell(actor));
            let shade = SHADES[level(n, grid.most)];
            // One span per cell, its leading space included.
            let text = if n == 0 {
                format!("{shade:>w$}", w = cell)
            } else {
                format!(" {shade}{:>w$}", short(n), w = cell - 2)
            };
            let style = if r == grid.row && first_column + c == grid.column {
                theme.selection()
            } else if marked
                .as_ref()
                .is_some_and(|m| m.contains(&(first_column + c)))
            {
                theme.selection_unfocused()
            } else if n == 0 {
                theme.dim()
            } else {
                theme.bar()
            };
            spans.push(Span::styled(text, style));
        }
        lines.push(Line::from(spans));
    }
    // The legend at the foot of the pane.
    while lines.len() + 1 < usize::from(body.height) {
        lines.push(Line::raw(""));
    }
    let steps = legend_steps(grid.most);
    let legend = format!(
        "{} per cell: {} 0  {}  ·  {}",
        grid.measure.name(),
        SHADES[0],
        steps.join("  "),
        crate::app::strings::grid_keys(&app.keymap, grid.measure == Measure::Mentions)
    );
    lines.push(Line::styled(fit(&legend, width), theme.dim()));
    frame.render_widget(Paragraph::new(lines), body);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_scale_to_the_most() {
        assert_eq!(level(0, 10), 0);
        assert_eq!(level(1, 10), 1);
        assert_eq!(level(3, 10), 2);
        assert_eq!(level(10, 10), 4);
        assert_eq!(level(5, 0), 0);
        assert_eq!(short(12), "12");
        assert_eq!(short(4321), "4k");
    }

    fn labels(names: &[&str]) -> Vec<Option<String>> {
        names
            .iter()
            .map(|n| (!n.is_empty()).then(|| (*n).to_owned()))
            .collect()
    }

    #[test]
    fn period_labels_are_apart_and_skipped_where_they_do_not_fit() {
        // Years, four columns wide each: every other one, a space apart.
        let line = header(&labels(&["2021", "2022", "2023"]), 2, 4, 40);
        assert_eq!(line, "  2021    2023");
        // Weeks are wider than their column: every other one.
        let line = header(
            &labels(&["2021-W01", "2021-W03", "2021-W05", "2021-W07", "2021-W09"]),
            0,
            4,
            30,
        );
        assert_eq!(line, "2021-W01    2021-W07");
        // No label past the end of the line.
        assert_eq!(header(&labels(&["2021", "2022"]), 0, 4, 7), "2021");
    }

    #[test]
    fn the_undated_column_is_labelled() {
        // A day's label would run over the undated column: the undated one is kept.
        let line = header(&labels(&["2021-03-04", ""]), 2, 4, 40);
        assert_eq!(line, "      undated");
        // Narrow: a question mark, and the label before it gives way.
        assert_eq!(header(&labels(&["2021", ""]), 0, 4, 6), "    ?");
        assert_eq!(
            header(&labels(&["2021", "2022", ""]), 0, 4, 10),
            "2021    ?"
        );
    }
}
