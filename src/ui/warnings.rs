//! The load warnings: every file that was skipped or loaded with a problem, and why; each warning
//! wrapped to the pane, whole, never cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::state::App;
use crate::app::wrap::wrap_text;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let title = format!(" Load warnings · {} ", app.corpus.warnings.len());
    let body = super::framed(frame, area, &title, true, theme);
    if app.corpus.warnings.is_empty() {
        frame.render_widget(Paragraph::new("Every file loaded cleanly."), body);
        return;
    }
    let width = usize::from(body.width);
    let height = usize::from(body.height);
    // Each warning's lines: the first at the margin, the rest indented two columns.
    let wrapped = |i: usize| -> Vec<String> {
        let text = app.corpus.warnings[i].to_string();
        let first = wrap_text(&text, width);
        let mut lines = Vec::new();
        let mut rest = "";
        if let Some(r) = first.first() {
            lines.push(text[r.clone()].to_owned());
            rest = text[r.end..].trim_start();
        }
        for r in wrap_text(rest, width.saturating_sub(2)) {
            lines.push(format!("  {}", &rest[r]));
        }
        lines
    };
    // From the list's offset, moved down until the selected warning shows whole (or at the top).
    let selected = app.warnings.selected;
    let mut start = app.warnings.offset.min(selected);
    while start < selected && (start..=selected).map(|i| wrapped(i).len()).sum::<usize>() > height {
        start += 1;
    }
    let mut lines: Vec<Line> = Vec::new();
    for i in start..app.corpus.warnings.len() {
        if lines.len() >= height {
            break;
        }
        for line in wrapped(i) {
            lines.push(super::row(Line::raw(line), i == selected, theme, width));
        }
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), body);
}
