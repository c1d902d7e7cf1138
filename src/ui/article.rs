//! The article pane: a header (title; date, words, quotations, language and source; actors in their
//! colours), then the body wrapped to the pane with headings, actors, quotations and search matches
//! marked, and a scroll position indicator.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::text::fit;
use super::theme::Theme;
use crate::app::article_view::ArticleView;
use crate::app::layout::{article_body_below, inner};
use crate::app::state::{App, Focus};
use crate::app::wrap::VisualLine;
use crate::corpus::article::Article;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Article;
    let block = Block::bordered().border_style(theme.border(focused));
    let Some(index) = app.current() else {
        frame.render_widget(block.title(" Article "), area);
        return;
    };
    let article = app.corpus.article(index);
    let Some(view) = app.article_view() else {
        frame.render_widget(block.title(" Article "), area);
        return;
    };
    let body_area = article_body_below(area, view.header_height());
    let wrapped = &view.wrapped;
    let total = wrapped.lines.len();
    let height = usize::from(body_area.height);
    let scroll = app.article.scroll.min(total.saturating_sub(height));
    let position = scroll_position(scroll, height, total);
    let quote_pos = app
        .article
        .quote
        .map(|q| format!(" ❝ {}/{} ·", q + 1, article.quotes.len()))
        .unwrap_or_default();
    let block = block
        .title(fit(
            &format!(" {} ", article.id),
            usize::from(area.width.saturating_sub(4)),
        ))
        .title_bottom(Line::from(format!("{quote_pos} {position} ")).right_aligned());
    frame.render_widget(block, area);
    render_header(app, theme, frame, inner(area), view);

    let current_match = app.article.search_match.and_then(|m| view.matches.get(m));
    let passage = app.selected_passage();
    let lines: Vec<Line> = wrapped.lines[scroll..(scroll + height).min(total)]
        .iter()
        .map(|line| {
            body_line(
                app,
                theme,
                article,
                view,
                line,
                current_match,
                passage.as_ref(),
            )
        })
        .collect();
    let gutter = Rect {
        x: body_area.x.saturating_sub(2),
        width: body_area.width + 2,
        ..body_area
    };
    frame.render_widget(Paragraph::new(lines), gutter);
    if total > height {
        let bar_area = Rect {
            x: body_area.x + body_area.width + 1,
            width: 1,
            ..body_area
        };
        let mut state = ScrollbarState::new(total.saturating_sub(height)).position(scroll);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            bar_area,
            &mut state,
        );
    }
}

fn render_header(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, view: &ArticleView) {
    let width = usize::from(area.width);
    let mut actors: Vec<Span> = Vec::new();
    let mut used = 0;
    for &(actor, count) in &view.actors {
        let a = app.corpus.gazetteer.actor(actor);
        let text = format!("{} {count}", a.name);
        let w = unicode_width::UnicodeWidthStr::width(text.as_str()) + 3;
        if used + w > width {
            actors.push(Span::styled("…", theme.dim()));
            break;
        }
        if !actors.is_empty() {
            actors.push(Span::styled(" · ", theme.dim()));
        }
        actors.push(Span::styled(text, theme.actor(a.kind, &a.name)));
        used += w;
    }
    let mut header: Vec<Line> = view
        .title
        .iter()
        .map(|l| Line::styled(fit(l, width), theme.title()))
        .chain(
            view.meta
                .iter()
                .map(|l| Line::styled(fit(l, width), theme.dim())),
        )
        .collect();
    header.push(Line::from(actors));
    let area = Rect {
        height: view.header_height().min(area.height),
        ..area
    };
    frame.render_widget(Paragraph::new(header), area);
}

/// Spans of `items` (sorted, not overlapping) that overlap `range`.
fn overlapping<'t, T>(
    items: &'t [T],
    range: &Range<usize>,
    span: impl Fn(&T) -> Range<usize>,
) -> &'t [T] {
    let first = items.partition_point(|item| span(item).end <= range.start);
    let last = items.partition_point(|item| span(item).start < range.end);
    &items[first..last.max(first)]
}

fn body_line<'a>(
    app: &App,
    theme: &Theme,
    article: &'a Article,
    view: &ArticleView,
    line: &VisualLine,
    current_match: Option<&Range<usize>>,
    passage: Option<&Range<usize>>,
) -> Line<'a> {
    if line.blank {
        return Line::raw("");
    }
    let range = line.start as usize..line.end as usize;
    let heading = article.paragraphs[line.paragraph as usize].heading;
    let mentions = overlapping(&article.mentions, &range, |m| m.span.range());
    let quotes = overlapping(&article.quotes, &range, |q| q.span.range());
    let matches = overlapping(&view.matches, &range, Clone::clone);
    let selected = app.article.quote.and_then(|q| article.quotes.get(q));

    let mut cuts = vec![range.start, range.end];
    if let Some(p) = passage {
        cuts.push(p.start.clamp(range.start, range.end));
        cuts.push(p.end.clamp(range.start, range.end));
    }
    for r in mentions
        .iter()
        .map(|m| m.span.range())
        .chain(quotes.iter().map(|q| q.span.range()))
        .chain(matches.iter().cloned())
    {
        cuts.push(r.start.clamp(range.start, range.end));
        cuts.push(r.end.clamp(range.start, range.end));
    }
    cuts.sort_unstable();
    cuts.dedup();

    let base = if heading {
        theme.heading()
    } else {
        Style::new()
    };
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let in_passage = passage.is_some_and(|p| p.start < range.end && range.start < p.end);
    // The index of the first of `quotes` in the article, as `overlapping` found it.
    let first_quote = article
        .quotes
        .partition_point(|q| q.span.range().end <= range.start);
    let bookmarked = (first_quote..first_quote + quotes.len())
        .any(|q| view.bookmarked.get(q).copied().unwrap_or(false))
        || view
            .passages
            .iter()
            .any(|p| p.start < range.end && range.start < p.end);
    let gutter = if in_passage {
        Span::styled("┃ ", theme.quote_selected())
    } else if selected
        .is_some_and(|q| q.span.range().start < range.end && range.start < q.span.range().end)
    {
        Span::styled("▶ ", theme.quote_selected())
    } else if bookmarked {
        Span::styled("★ ", theme.quote())
    } else if !quotes.is_empty() {
        Span::styled("│ ", theme.quote())
    } else {
        Span::raw("  ")
    };
    spans.push(gutter);
    for window in cuts.windows(2) {
        let (a, b) = (window[0], window[1]);
        if a == b {
            continue;
        }
        let inside = |r: Range<usize>| r.start <= a && b <= r.end;
        let mut style = base;
        if let Some(q) = quotes.iter().find(|q| inside(q.span.range())) {
            style = if selected == Some(q) {
                theme.quote_selected()
            } else {
                style.patch(theme.quote())
            };
        }
        if let Some(m) = mentions.iter().find(|m| inside(m.span.range())) {
            let actor = app.corpus.gazetteer.actor(m.actor);
            let actor_style = theme.actor(actor.kind, &actor.name);
            style = if quotes
                .iter()
                .any(|q| selected == Some(q) && inside(q.span.range()))
            {
                style.patch(Style::new().add_modifier(actor_style.add_modifier))
            } else {
                style.patch(actor_style)
            };
        }
        if passage.is_some_and(|p| inside(p.clone())) {
            style = style.patch(theme.quote_selected());
        }
        if matches.iter().any(|r| inside(r.clone())) {
            style = if current_match.is_some_and(|r| inside(r.clone())) {
                style.patch(theme.current_match())
            } else {
                style.patch(theme.search_match())
            };
        }
        spans.push(Span::styled(&article.text[a..b], style));
    }
    Line::from(spans)
}

/// Where the pane is in the article, as vim says it: `All` when it all shows, `Top` and `Bot` at
/// the ends, else how far through the lines above the pane are (`N%`). Not less's "how much is
/// above the bottom", which reads "80%" at the top of a short article.
pub fn scroll_position(scroll: usize, height: usize, total: usize) -> String {
    let above = scroll;
    let below = total.saturating_sub(scroll + height);
    match (above, below) {
        (0, 0) => "All".to_owned(),
        (0, _) => "Top".to_owned(),
        (_, 0) => "Bot".to_owned(),
        _ => format!("{}%", above * 100 / (above + below)),
    }
}
