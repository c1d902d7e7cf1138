//! Popups over the views: the note editor, the rename input and the y/n questions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::text::fit;
use super::theme::Theme;
use crate::app::layout::inner;
use crate::app::overlay::Confirm;
use crate::app::state::App;
use crate::app::strings;
use crate::corpus::decode::sanitise_line;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

pub fn render_note(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(editor) = app.note() else { return };
    let popup = centered(area, area.width.saturating_sub(8).clamp(20, 90), 12);
    frame.render_widget(Clear, popup);
    let quote = app
        .bookmarks
        .list
        .iter()
        .find(|b| b.id == editor.id)
        .map_or(String::new(), |b| {
            format!(" on “{}”", sanitise_line(&b.text))
        });
    let title = format!(" Note{quote} ");
    let block = Block::bordered()
        .title(fit(&title, usize::from(popup.width.saturating_sub(2))))
        .title_bottom(Line::from(strings::note_keys(&app.keymap)).right_aligned())
        .border_style(theme.border(true));
    frame.render_widget(block, popup);
    frame.render_widget(&editor.input, inner(popup));
}

pub fn render_rename(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(rename) = app.rename_input() else {
        return;
    };
    let popup = centered(area, area.width.saturating_sub(8).clamp(20, 70), 3);
    frame.render_widget(Clear, popup);
    let title = format!(" Rename “{}” ", app.corpus.actor_name(rename.actor));
    let block = Block::bordered()
        .title(fit(&title, usize::from(popup.width.saturating_sub(2))))
        .title_bottom(Line::from(strings::rename_keys(&app.keymap)).right_aligned())
        .border_style(theme.border(true));
    frame.render_widget(block, popup);
    frame.render_widget(&rename.input, inner(popup));
}

pub fn render_confirm(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(confirm) = app.confirm() else { return };
    let question = match confirm {
        Confirm::Delete(id) => {
            let text = app
                .bookmarks
                .list
                .iter()
                .find(|b| &b.id == id)
                .map_or("", |b| b.text.as_str());
            format!("Delete the bookmark “{}”?", fit(text, 60))
        }
        Confirm::DiscardNote => "Drop the changes to this note?".to_owned(),
        Confirm::QuitUnsaved => format!(
            "{} not saved: {}. Quit anyway and lose them?",
            crate::plural::count(
                app.bookmarks.pending.len(),
                "bookmark change is",
                "bookmark changes are"
            ),
            app.bookmarks
                .error
                .as_deref()
                .unwrap_or("the store cannot be written")
        ),
        Confirm::RestoreBackup(path, n) => {
            let path = sanitise_line(path);
            format!(
                "The last good copy ({} the bookmarks file lacks) is kept at {path}. Restore {}?",
                crate::plural::count(*n, "bookmark", "bookmarks"),
                if *n == 1 { "it" } else { "them" }
            )
        }
    };
    let popup = centered(area, area.width.saturating_sub(8).clamp(20, 70), 6);
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" Confirm ")
        .title_bottom(Line::from(strings::confirm_keys(&app.keymap)).right_aligned())
        .border_style(theme.border(true));
    frame.render_widget(block, popup);
    frame.render_widget(
        Paragraph::new(question).wrap(Wrap { trim: true }),
        inner(popup),
    );
}
