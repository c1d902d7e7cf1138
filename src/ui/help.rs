//! The help overlay: the keys of the current view and of every view, read from the keymap, a
//! legend of the marks and of the actor kinds' colours; it says when there is more to scroll to.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::help::{HelpRow, rows};
use crate::app::keymap::Mode;
use crate::app::layout::inner;
use crate::app::state::App;
use crate::app::strings;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mode = app.view_mode();
    let rows = rows(
        &app.keymap,
        mode,
        app.size.width >= crate::app::layout::WIDE_FROM,
    );
    let width = area.width.min(60);
    let height = area
        .height
        .min(u16::try_from(rows.len() + 2).unwrap_or(u16::MAX));
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let body = inner(popup);
    let shown = usize::from(body.height);
    let scroll = app
        .help_scroll()
        .unwrap_or(0)
        .min(rows.len().saturating_sub(shown));
    let title = strings::help_title(&app.keymap, mode);
    let mut block = Block::bordered()
        .title(fit(&title, usize::from(width.saturating_sub(2))))
        .border_style(theme.border(true));
    if rows.len() > shown {
        let below = rows.len() - shown - scroll;
        let key = |action| app.keymap.hint(Mode::Help, action, None);
        let said = if below > 0 {
            format!(
                " {below} more · {} {} scroll ",
                key(Action::MoveDown),
                key(Action::MoveUp)
            )
        } else {
            format!(" end · {} scrolls back ", key(Action::MoveUp))
        };
        block = block.title_bottom(
            Line::from(fit(&said, usize::from(width.saturating_sub(2)))).right_aligned(),
        );
    }
    frame.render_widget(block, popup);
    let body_width = usize::from(body.width);
    let key_width = 20.min(body_width / 2);
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(shown)
        .map(|row| match row {
            HelpRow::Heading(title) => Line::styled(fit(title, body_width), theme.heading()),
            HelpRow::Key(keys, what) => Line::from(vec![
                Span::styled(pad(keys, key_width), theme.key()),
                Span::raw(fit(what, body_width.saturating_sub(key_width))),
            ]),
            HelpRow::Mark(mark, what) => Line::from(vec![
                Span::styled(pad(mark, key_width), theme.quote()),
                Span::raw(fit(what, body_width.saturating_sub(key_width))),
            ]),
            HelpRow::Kind(kind, what) => Line::from(vec![Span::styled(
                fit(what, body_width),
                theme.actor(*kind, what),
            )]),
            HelpRow::Blank => Line::raw(""),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
