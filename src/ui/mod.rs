//! Drawing: one function per pane, each reading the state and never changing it.

pub mod actors;
pub mod article;
pub mod bookmarks;
pub mod colour;
pub mod grid;
pub mod help;
pub mod list;
pub mod loading;
pub mod popup;
pub mod quotations;
pub mod status;
pub mod text;
pub mod theme;
pub mod timeline;
pub mod warnings;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::layout::{Areas, areas};
use crate::app::state::{App, Focus, View};
use theme::Theme;

/// Draws a bordered pane with a title fitted to its width; returns the area inside the border.
pub fn framed(frame: &mut Frame, area: Rect, title: &str, focused: bool, theme: &Theme) -> Rect {
    let block = ratatui::widgets::Block::bordered()
        .title(text::fit(title, usize::from(area.width.saturating_sub(2))))
        .border_style(theme.border(focused));
    frame.render_widget(block, area);
    crate::app::layout::inner(area)
}

/// A row of a list `width` wide, in the selection's style when it is the selected one.
pub fn row<'a>(line: Line<'a>, is_selected: bool, theme: &Theme, width: usize) -> Line<'a> {
    if is_selected {
        selected(line, theme.selection(), width)
    } else {
        line
    }
}

/// A selected row in one style from end to end: every cell in the selection's colours (not each
/// span's own colour reversed, which gave dark grey on grey), its modifiers kept (bold, italic;
/// a span that refuses reverse video keeps refusing it), padded to `width`.
pub fn selected<'a>(line: Line<'a>, style: Style, width: usize) -> Line<'a> {
    let used = line.width();
    let mut spans: Vec<Span<'a>> = line
        .spans
        .into_iter()
        .map(|span| {
            let mut own = Style::new()
                .add_modifier(span.style.add_modifier)
                .patch(style);
            if span.style.sub_modifier.contains(Modifier::REVERSED) {
                own = own.remove_modifier(Modifier::REVERSED);
            }
            Span::styled(span.content, own)
        })
        .collect();
    if used < width {
        spans.push(Span::styled(" ".repeat(width - used), style));
    }
    Line::from(spans).style(style)
}

/// The one text of a pane with nothing to list, wrapped to the pane.
pub fn nothing_to_list(frame: &mut Frame, body: Rect, text: String) {
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), body);
}

/// Draws the whole screen for the current state. Text from outside is sanitised where it is
/// made; then every cell drawn passes the sanitiser once more ([`inert`]), so nothing that reaches
/// the screen can hold an escape sequence or a control character.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    render_views(app, theme, frame);
    inert(frame);
}

/// Passes every cell of the frame through the sanitiser: a cell holding a control character, an
/// escape or a bidi control (ratatui drops only some of them) keeps what is left of it, or a space.
pub fn inert(frame: &mut Frame) {
    use crate::corpus::decode::{needs_sanitising, sanitise_line};
    for cell in frame.buffer_mut().content.iter_mut() {
        if needs_sanitising(cell.symbol()) {
            let clean = sanitise_line(cell.symbol());
            cell.set_symbol(if clean.is_empty() { " " } else { &clean });
        }
    }
}

/// "terminal too small" for a terminal `width` × `height`: on one line where it fits, else
/// "terminal" over "too small" (at 10×3), else "too small"; cut only below 9 columns.
pub fn too_small_lines(width: usize, height: usize) -> Vec<String> {
    let said: &[&str] = if width >= "terminal too small".len() {
        &["terminal too small"]
    } else if width >= "too small".len() && height >= 2 {
        &["terminal", "too small"]
    } else {
        &["too small"]
    };
    said.iter().map(|line| text::fit(line, width)).collect()
}

fn render_views(app: &App, theme: &Theme, frame: &mut Frame) {
    let size = frame.area();
    if Areas::too_small(size) {
        let lines = too_small_lines(usize::from(size.width), usize::from(size.height));
        let height = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .min(size.height);
        let y = size.y + (size.height - height) / 2;
        let lines: Vec<Line> = lines.into_iter().map(Line::raw).collect();
        frame.render_widget(
            Paragraph::new(lines).alignment(Alignment::Center),
            Rect { y, height, ..size },
        );
        return;
    }
    let layout = areas(size, app.focus == Focus::Article, app.shape.list_share);
    match app.view {
        View::Articles => {
            if let Some(area) = layout.list {
                list::render(app, theme, frame, area);
            }
            if let Some(area) = layout.article {
                article::render(app, theme, frame, area);
            }
        }
        View::Timeline => timeline::render(app, theme, frame, layout.main),
        View::Actors => actors::render(app, theme, frame, layout.main),
        View::Warnings => warnings::render(app, theme, frame, layout.main),
        View::Bookmarks => bookmarks::render(app, theme, frame, layout.main),
        View::Quotations => quotations::render(app, theme, frame, layout.main),
    }
    status::render(app, theme, frame, layout.status);
    if app.help_scroll().is_some() {
        help::render(app, theme, frame, layout.main);
    }
    popup::render_note(app, theme, frame, layout.main);
    popup::render_rename(app, theme, frame, layout.main);
    popup::render_confirm(app, theme, frame, layout.main);
}
