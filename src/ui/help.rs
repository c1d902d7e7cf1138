//! The help overlay: every key of the current view, read from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::layout::inner;
use crate::app::state::App;
use crate::app::strings;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mode = app.view_mode();
    let keys = app.keymap.bindings(mode);
    let width = area.width.min(60);
    let height = area.height.min(keys.len() as u16 + 2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let title = strings::help_title(&app.keymap, mode);
    let block = Block::bordered()
        .title(fit(&title, usize::from(width.saturating_sub(2))))
        .border_style(theme.border(true));
    let body = inner(popup);
    frame.render_widget(block, popup);
    let key_width = 20.min(usize::from(body.width) / 2);
    let lines: Vec<Line> = keys
        .iter()
        .skip(
            app.help_scroll()
                .unwrap_or(0)
                .min(keys.len().saturating_sub(usize::from(body.height))),
        )
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(pad(key, key_width), theme.key()),
                Span::raw(fit(what, usize::from(body.width).saturating_sub(key_width))),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
