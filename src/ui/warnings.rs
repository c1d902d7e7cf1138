//! The load warnings: every file that was skipped or loaded with a problem, and why.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::text::fit;
use super::theme::Theme;
use crate::app::layout::inner;
use crate::app::state::App;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let title = format!(" Load warnings · {} ", app.corpus.warnings.len());
    let block = Block::bordered()
        .title(fit(&title, usize::from(area.width.saturating_sub(2))))
        .border_style(theme.border(true));
    let body = inner(area);
    frame.render_widget(block, area);
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
            if i == app.warnings.selected {
                line.style(theme.selection())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
