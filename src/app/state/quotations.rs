//! The quotations view's list: the index built on first use, the quotations the list's filters
//! let through, and those its own `/` filter keeps, narrowed as more is typed.

use super::{App, Filters, QuoteScope, View};
use crate::corpus::article::ArticleIx;
use crate::corpus::quotations::{QuotationIndex, QuoteRef};

impl QuoteScope {
    fn of(filters: &Filters) -> QuoteScope {
        QuoteScope {
            actor: filters.actor,
            period: filters.period.clone(),
            range: filters.range,
            cell: filters.cell.clone(),
        }
    }

    fn is(&self, filters: &Filters) -> bool {
        self.actor == filters.actor
            && self.period == filters.period
            && self.range == filters.range
            && self.cell == filters.cell
    }
}

impl App {
    /// Builds the index of every quotation, the first time the view is shown.
    pub fn index_quotations(&mut self) {
        if self.quotations.index.is_none() {
            self.quotations.index = Some(QuotationIndex::build(&self.corpus));
        }
    }

    /// After the actors changed: speakers and their names are read again.
    pub fn reindex_speakers(&mut self) {
        if let Some(index) = &mut self.quotations.index {
            index.refresh_names(&self.corpus);
        }
        self.quotations.base_for = None;
    }

    /// The quotations the view shows: indices into the index.
    pub fn visible_quotations(&self) -> &[u32] {
        &self.quotations.shown
    }

    /// The quotation under the view's selection.
    pub fn selected_quotation(&self) -> Option<QuoteRef> {
        let &i = self.quotations.shown.get(self.quotations.view.selected)?;
        self.quotations
            .index
            .as_ref()?
            .quotes
            .get(i as usize)
            .copied()
    }

    /// The bookmark of the quotation under the view's selection, if it is bookmarked.
    pub fn selected_quotation_bookmark(&self) -> Option<&crate::bookmarks::Bookmark> {
        let at = self.selected_quotation()?;
        let article = self.corpus.get_article(at.article)?;
        let id = crate::bookmarks::bookmark_id(&article.id, &article.quotation_text(at.quote));
        self.bookmarks.list.iter().find(|b| b.id == id)
    }

    /// How many quotations the list's filters let through, before the view's own filter.
    pub fn quotations_in_scope(&self) -> usize {
        self.quotations.base.len()
    }

    /// Picks the quotations the view shows, while it is shown: again from all when the list's
    /// filters changed, from those shown when more of the same filter was typed. The selection
    /// stays on its quotation where that is still shown.
    pub(super) fn sync_quotations(&mut self) {
        if self.view != View::Quotations {
            return;
        }
        let q = &mut self.quotations;
        let Some(index) = q.index.as_ref() else {
            return;
        };
        let before = q.shown.get(q.view.selected).copied();
        let same_scope = q.base_for.as_ref().is_some_and(|s| s.is(&self.filters));
        if same_scope && q.filter == q.shown_for {
            return;
        }
        if !same_scope {
            let filters = &self.filters;
            let corpus = &self.corpus;
            let period = filters.period.as_ref().map(|p| p.articles.as_slice());
            let cell = filters.cell.as_ref().map(|c| c.articles.as_slice());
            let range = filters.range;
            let keep = |i: ArticleIx| {
                period.is_none_or(|p| p.binary_search(&i).is_ok())
                    && cell.is_none_or(|c| c.binary_search(&i).is_ok())
                    && range
                        .is_none_or(|r| corpus.get_article(i).is_some_and(|a| r.contains(a.date)))
            };
            q.base = index.select(filters.actor, keep);
            q.base_for = Some(QuoteScope::of(filters));
        }
        // More of the same filter only narrows: filter what is shown, not everything.
        let narrowing = same_scope && q.filter.starts_with(&q.shown_for);
        let among = if narrowing { &q.shown } else { &q.base };
        q.shown = index.search(among, &q.filter);
        q.shown_for.clone_from(&q.filter);
        q.view.selected = before
            .and_then(|b| q.shown.binary_search(&b).ok())
            .unwrap_or(0);
        q.view.offset = 0;
    }
}
