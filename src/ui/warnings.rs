//! The load warnings: every file that was skipped or loaded with a problem, and why.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::text::fit;
use super::theme::Theme;
use crate::app::state::App;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let title = format!(" Load warnings · {} ", app.corpus.warnings.len());
    let body = super::framed(frame, area, &title, true, theme);
    if app.corpus.warnings.is_empty() {
        frame.render_widget(Paragraph::new("Every file loaded cleanly."), body);
        return;
    }
    let lines: Vec<Line> = app
        .corpus
        .warnings
        .iter()
        .enumerate()
        .skip(app.warnings.offset)
        .take(usize::from(body.height))
        .map(|(i, w)| {
            let line = Line::raw(fit(&w.to_string(), usize::from(body.width)));
            super::row(
                line,
                i == app.warnings.selected,
                theme,
                usize::from(body.width),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
