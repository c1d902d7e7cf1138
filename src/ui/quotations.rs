//! The quotations view: every quotation of the corpus (or of what the list's actor, month and
//! dates let through), one per row with its date, speaker and first words, ★ when bookmarked;
//! below, the selected quotation in full with its article.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::text::{fit, pad};
use super::theme::Theme;
use crate::app::layout::{quotation_detail, quotations_list};
use crate::app::state::App;
use crate::app::strings;
use crate::corpus::Corpus;
use crate::corpus::article::ActorId;
use crate::corpus::decode::sanitise_line;
use crate::corpus::quotations::QuotationIndex;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let shown = app.visible_quotations();
    let total = app.quotations.index.as_ref().map_or(0, QuotationIndex::len);
    let body = super::framed(frame, area, &title(app, shown.len(), total), true, theme);
    let Some(index) = app.quotations.index.as_ref().filter(|_| !shown.is_empty()) else {
        let text = if total == 0 {
            strings::no_quotations(&app.keymap, false)
        } else if app.quotations_in_scope() == 0 {
            strings::no_quotations(&app.keymap, true)
        } else {
            strings::no_quotation_matches(&app.keymap)
        };
        super::nothing_to_list(frame, body, text);
        return;
    };
    let corpus = &app.corpus;
    let list = quotations_list(body);
    let width = usize::from(list.width);
    let name_width = (width / 4).clamp(10, 24);
    let view = app.quotations.view;
    let lines: Vec<Line> = shown
        .iter()
        .enumerate()
        .skip(view.offset)
        .take(usize::from(list.height))
        .filter_map(|(row, &i)| {
            let i = i as usize;
            let (at, _) = index.get(corpus, i)?;
            let article = corpus.get_article(at.article)?;
            let text = one_line(&article.quotation_text(at.quote));
            let mark = if app.is_bookmarked(&article.id, &article.quotation_text(at.quote)) {
                "★ "
            } else {
                "  "
            };
            let speaker = index.speaker(i);
            let used = 2 + 11 + name_width + 1;
            let line = Line::from(vec![
                Span::styled(mark, theme.quote()),
                Span::raw(format!("{:<10} ", date(corpus, at.article.get()))),
                speaker_span(
                    corpus,
                    speaker,
                    pad(&name(corpus, speaker), name_width),
                    theme,
                ),
                Span::raw(" "),
                Span::styled(
                    fit(&format!("“{text}”"), width.saturating_sub(used)),
                    theme.quote(),
                ),
            ]);
            Some(super::row(line, row == view.selected, theme, width))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(&i) = shown.get(view.selected) {
        render_detail(app, index, i as usize, theme, frame, quotation_detail(body));
    }
}

/// The selected quotation in full: a rule with its date, speaker and article, then its words.
fn render_detail(
    app: &App,
    index: &QuotationIndex,
    i: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let corpus = &app.corpus;
    let Some((at, quote)) = index.get(corpus, i) else {
        return;
    };
    let Some(article) = corpus.get_article(at.article) else {
        return;
    };
    let speaker = index.speaker(i);
    let head = format!(
        "── {} · {} · ¶{} ",
        date(corpus, at.article.get()),
        name(corpus, speaker),
        quote.paragraph + 1,
    );
    let title = sanitise_line(&article.title);
    let width = usize::from(area.width);
    let mut lines = vec![Line::from(vec![
        Span::styled(head.clone(), theme.dim()),
        Span::styled(
            fit(&title, width.saturating_sub(head.chars().count())),
            theme.title(),
        ),
    ])];
    let text = article.quotation_text(at.quote);
    for (n, paragraph) in text.split("\n\n").enumerate() {
        let open = if n == 0 { "“" } else { "" };
        lines.push(Line::styled(
            format!("{open}{}", one_line(paragraph)),
            theme.quote(),
        ));
    }
    if let Some(last) = lines.last_mut() {
        last.push_span(Span::styled("”", theme.quote()));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

/// The view's title: how many quotations show, of how many, and what narrows them.
fn title(app: &App, shown: usize, total: usize) -> String {
    let filters = &app.filters;
    let mut parts = Vec::new();
    if let Some(actor) = filters.actor {
        parts.push(format!("by {}", app.corpus.actor_name(actor)));
    }
    if let Some(period) = &filters.period {
        parts.push(period.label.clone());
    }
    if let Some(cell) = &filters.cell {
        parts.push(cell.label.clone());
    }
    if let Some(range) = filters.range {
        parts.push(range.to_string());
    }
    if !app.quotations.filter.is_empty() {
        parts.push(format!("/{}", app.quotations.filter));
    }
    let title = if parts.is_empty() {
        format!(" Quotations {total} ")
    } else {
        format!(" Quotations {shown}/{total} · {} ", parts.join(" · "))
    };
    sanitise_line(&title)
}

/// Text on one line: sanitised, every run of white space one space.
fn one_line(text: &str) -> String {
    sanitise_line(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(corpus: &Corpus, article: usize) -> String {
    corpus
        .articles
        .get(article)
        .and_then(|a| a.date)
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn name(corpus: &Corpus, speaker: Option<ActorId>) -> String {
    speaker.map_or_else(
        || crate::corpus::quotes::NO_SPEAKER.to_owned(),
        |s| sanitise_line(corpus.actor_name(s)),
    )
}

fn speaker_span(
    corpus: &Corpus,
    speaker: Option<ActorId>,
    text: String,
    theme: &Theme,
) -> Span<'static> {
    match speaker {
        Some(s) => {
            let actor = corpus.gazetteer.actor(s);
            Span::styled(text, theme.actor(actor.kind, &actor.name))
        }
        None => Span::styled(text, theme.dim()),
    }
}
