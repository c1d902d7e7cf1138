//! The open article as the article pane shows it, built in one place: its body wrapped to the
//! pane, its sentences, the search's matches, its actors by mentions and which quotations are
//! bookmarked. [`App::sync_view`] rebuilds what changed (the article, the pane's width, the search,
//! the bookmarks); the panes only read it.

use std::ops::Range;

use super::layout::ARTICLE_HEADER;
use super::state::App;
use super::wrap::{Wrapped, wrap_text};
use crate::corpus::article::{ActorId, Article, ArticleIx};
use crate::corpus::search::find_terms;
use crate::plural;

/// The open article's view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleView {
    /// The body wrapped to the pane's width; `wrapped.article` is the article.
    pub wrapped: Wrapped,
    /// The sentences, as byte ranges of the text: a passage is selected by them.
    pub sentences: Vec<Range<usize>>,
    /// The search these matches are for.
    pub search: String,
    /// Every match of the search, as sorted byte ranges of the text.
    pub matches: Vec<Range<usize>>,
    /// The article's actors with their mentions, most mentioned first.
    pub actors: Vec<(ActorId, usize)>,
    /// The bookmark id each quotation would have.
    quote_ids: Vec<String>,
    /// Whether each quotation is bookmarked.
    pub bookmarked: Vec<bool>,
    /// The bookmarked passages that are not quotations, as byte ranges of the text.
    pub passages: Vec<Range<usize>>,
    /// The header's title and its line of date, counts, format and source, each wrapped to the
    /// pane (at most [`HEADER_LINES_MAX`] lines, the last cut with "…" when there is more).
    pub title: Vec<String>,
    pub meta: Vec<String>,
}

/// Lines at most of the header's title, and of its date and source line.
pub const HEADER_LINES_MAX: usize = 3;

impl ArticleView {
    fn new(index: ArticleIx, article: &Article, width: u16, search: &str) -> ArticleView {
        // The header has the pane's inner width: the body's, its gutter and its scrollbar.
        let header_width = usize::from(width) + 4;
        ArticleView {
            title: wrap_lines(&article.title, header_width),
            meta: wrap_lines(&meta(article), header_width),
            wrapped: Wrapped::new(index, article, width),
            sentences: sentences(article),
            search: search.to_owned(),
            matches: matches(article, search),
            actors: article.actor_counts(),
            quote_ids: (0..article.quotes.len())
                .map(|q| crate::bookmarks::bookmark_id(&article.id, &article.quotation_text(q)))
                .collect(),
            bookmarked: Vec::new(),
            passages: Vec::new(),
        }
    }

    /// The article's position in the corpus.
    pub fn article(&self) -> ArticleIx {
        self.wrapped.article
    }

    /// Rows of the header: the title's, the meta line's, and one of actors; at least
    /// [`ARTICLE_HEADER`].
    pub fn header_height(&self) -> u16 {
        let rows = self.title.len() + self.meta.len() + 1;
        u16::try_from(rows).unwrap_or(u16::MAX).max(ARTICLE_HEADER)
    }
}

/// The header's second line: date, words, quotations, language, publisher, format, source.
fn meta(article: &Article) -> String {
    let date = article
        .date
        .map_or_else(|| "undated".to_owned(), |d| d.with_time());
    let publisher = article
        .publisher
        .as_deref()
        .map_or_else(String::new, |p| format!("{p} · "));
    format!(
        "{date} · {} · {} · {} · {publisher}{} · {}",
        plural::count(article.words, "word", "words"),
        plural::count(article.quotes.len(), "quotation", "quotations"),
        article.language.code(),
        article.source.format.name(),
        article.source
    )
}

/// `text` wrapped to `width`, at most [`HEADER_LINES_MAX`] lines, the last ending in "…" when
/// some is left over.
fn wrap_lines(text: &str, width: usize) -> Vec<String> {
    let ranges = wrap_text(text, width);
    let mut lines: Vec<String> = ranges
        .iter()
        .take(HEADER_LINES_MAX)
        .map(|r| text[r.clone()].to_owned())
        .collect();
    if ranges.len() > HEADER_LINES_MAX
        && let (Some(last), Some(rest)) = (lines.last_mut(), ranges.get(HEADER_LINES_MAX - 1))
    {
        // What is left is wider than the line: cut, it ends in "…".
        *last = crate::ui::text::fit(&text[rest.start..], width);
    }
    lines
}

fn sentences(article: &Article) -> Vec<Range<usize>> {
    article
        .paragraphs
        .iter()
        .flat_map(|p| {
            let base = p.span.start as usize;
            crate::corpus::sentences::sentences(article.slice(p.span))
                .into_iter()
                .map(move |r| base + r.start..base + r.end)
        })
        .collect()
}

fn matches(article: &Article, search: &str) -> Vec<Range<usize>> {
    if search.is_empty() {
        Vec::new()
    } else {
        find_terms(&article.text, search)
    }
}

impl App {
    /// Brings the open article's view up to date: rebuilt when the article or the pane's width
    /// changed, its matches when the search did, its bookmark marks every time (they are a
    /// handful of comparisons). Cheap when nothing changed.
    pub fn sync_view(&mut self) {
        let Some(current) = self.current() else {
            self.shown = None;
            return;
        };
        let width = self.pages.article_width;
        let article = self.corpus.article(current);
        match &mut self.shown {
            Some(view) if view.article() == current && view.wrapped.width == width => {
                if view.search != self.filters.search {
                    view.search.clone_from(&self.filters.search);
                    view.matches = matches(article, &view.search);
                }
            }
            shown => {
                *shown = Some(ArticleView::new(
                    current,
                    article,
                    width,
                    &self.filters.search,
                ));
            }
        }
        if let Some(view) = &mut self.shown {
            let list = &self.bookmarks.list;
            view.bookmarked = view
                .quote_ids
                .iter()
                .map(|id| list.iter().any(|b| &b.id == id))
                .collect();
            view.passages = list
                .iter()
                .filter(|b| crate::bookmarks::is_of(b, article) && !view.quote_ids.contains(&b.id))
                .filter_map(|b| {
                    article
                        .text
                        .find(b.text.as_str())
                        .map(|start| start..start + b.text.len())
                })
                .collect();
        }
    }

    /// [`App::sync_view`], then the view: for the update function, which may have just changed
    /// what it depends on.
    pub fn synced_view(&mut self) -> Option<&ArticleView> {
        self.sync_view();
        self.shown.as_ref()
    }

    /// The open article's view, as last synced.
    pub fn article_view(&self) -> Option<&ArticleView> {
        self.shown
            .as_ref()
            .filter(|v| Some(v.article()) == self.current())
    }
}
