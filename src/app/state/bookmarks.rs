//! The sentences and passages of the open article, and the bookmarks of it and of the
//! bookmarks view.

use super::App;
use crate::bookmarks::Bookmark;
use crate::corpus::article::ArticleIx;
use crate::corpus::search::{contains_all, fold, terms};

impl App {
    /// The sentences of the current article, as byte ranges of its text.
    pub fn sentences(&self) -> Vec<std::ops::Range<usize>> {
        self.article_view()
            .map_or_else(Vec::new, |v| v.sentences.clone())
    }

    /// The byte range of the selected passage in the current article.
    pub fn selected_passage(&self) -> Option<std::ops::Range<usize>> {
        let selection = self.selection?;
        let sentences = &self.article_view()?.sentences;
        let first = sentences.get(*selection.range().start())?;
        let last = sentences.get(*selection.range().end())?;
        Some(first.start..last.end)
    }

    /// The bookmark of the passage bookmarked last in the current article, while no quotation
    /// is selected.
    pub fn selected_passage_bookmark(&self) -> Option<&Bookmark> {
        let article = self.corpus.article(self.current()?);
        let (start, end) = self
            .article
            .passage
            .filter(|_| self.article.quote.is_none())?;
        let id = crate::bookmarks::bookmark_id(&article.id, article.text.get(start..end)?);
        self.bookmarks.list.iter().find(|b| b.id == id)
    }

    /// The bookmark of the selected quotation in the current article, if it is bookmarked.
    pub fn selected_quote_bookmark(&self) -> Option<&Bookmark> {
        let article = self.corpus.article(self.current()?);
        let quote = self.article.quote.filter(|&q| q < article.quotes.len())?;
        let id = crate::bookmarks::bookmark_id(&article.id, &article.quotation_text(quote));
        self.bookmarks.list.iter().find(|b| b.id == id)
    }

    /// Whether a text of an article is bookmarked.
    pub fn is_bookmarked(&self, article: &str, text: &str) -> bool {
        let id = crate::bookmarks::bookmark_id(article, text);
        self.bookmarks.list.iter().any(|b| b.id == id)
    }

    /// How many bookmarks an article has.
    pub fn bookmark_count(&self, article: &crate::corpus::article::Article) -> usize {
        self.bookmarks
            .list
            .iter()
            .filter(|b| crate::bookmarks::is_of(b, article))
            .count()
    }

    /// The loaded article a bookmark was made in: the one with its id, if that article holds
    /// the bookmarked words (another corpus may have an article of that id).
    pub fn bookmark_article(&self, bookmark: &Bookmark) -> Option<ArticleIx> {
        self.ids
            .get(&bookmark.article)
            .copied()
            .filter(|&i| crate::bookmarks::is_of(bookmark, self.corpus.article(i)))
    }

    /// Indices into the bookmark list that the bookmarks view shows, after its filter.
    pub fn visible_bookmarks(&self) -> &[usize] {
        &self.bookmarks.shown
    }

    /// Brings what the panes show up to date with the state: the open article's view and the
    /// bookmarks the filter lets through (folded here, not on every frame), and the quotations the
    /// quotations view shows.
    pub fn sync(&mut self) {
        self.sync_view();
        self.sync_quotations();
        let terms = terms(&self.bookmarks.filter);
        self.bookmarks.shown = self
            .bookmarks
            .list
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                terms.is_empty() || {
                    let hay = fold(&format!(
                        "{}\n{}\n{}\n{}",
                        b.text,
                        b.speaker.as_deref().unwrap_or(""),
                        b.article_title,
                        b.note
                    ));
                    contains_all(&hay, &terms)
                }
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The bookmark under the bookmarks view's selection.
    pub fn selected_bookmark(&self) -> Option<&Bookmark> {
        let visible = self.visible_bookmarks();
        visible
            .get(self.bookmarks.view.selected)
            .map(|&i| &self.bookmarks.list[i])
    }

    /// Whether some bookmark change is not on disk.
    pub fn unsaved(&self) -> bool {
        !self.bookmarks.pending.is_empty()
    }
}
