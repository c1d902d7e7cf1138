//! The article list's filters: which articles the list shows and the filters in words.

use super::{App, ArticleState, ListState};
use crate::corpus::article::ArticleIx;
use crate::corpus::search::{contains_all, terms};

impl App {
    /// Recomputes which articles the list shows from the filters, keeping the selection on the
    /// same article where it is still shown.
    pub fn refilter(&mut self) {
        // The actor filter counts only the range's articles while a range of dates applies.
        if self.filtered.as_ref().and_then(|f| f.range) != self.filters.range {
            self.actor_stats = self
                .corpus
                .actor_stats_in(&self.filters.range.unwrap_or_default());
        }
        let before = self.current();
        let terms = terms(&self.filters.search);
        // Typing more of the same search only narrows: filter what is shown, not everything.
        let narrowing = self.filtered.as_ref().is_some_and(|last| {
            last.period == self.filters.period
                && last.unread == self.filters.unread
                && last.actor == self.filters.actor
                && last.cell == self.filters.cell
                && last.range == self.filters.range
                && self.filters.search.starts_with(&last.search)
        });
        let candidates: Vec<ArticleIx> = if narrowing {
            std::mem::take(&mut self.visible)
        } else {
            let by_actor: Option<Vec<ArticleIx>> = self.filters.actor.map(|actor| {
                self.actor_stats
                    .iter()
                    .find(|s| s.actor == actor)
                    .map(|s| s.articles.clone())
                    .unwrap_or_default()
            });
            let by_month = self.filters.period.as_ref().map(|p| &p.articles);
            match (by_actor, by_month) {
                (Some(actor), Some(month)) => actor
                    .into_iter()
                    .filter(|i| month.binary_search(i).is_ok())
                    .collect(),
                (Some(actor), None) => actor,
                (None, Some(month)) => month.clone(),
                (None, None) => self.corpus.article_ixs().collect(),
            }
        };
        let candidates: Vec<ArticleIx> = if self.filters.unread && !narrowing {
            candidates
                .into_iter()
                .filter(|i| !self.read.contains(i))
                .collect()
        } else {
            candidates
        };
        let candidates = match &self.filters.cell {
            Some(cell) if !narrowing => candidates
                .into_iter()
                .filter(|i| cell.articles.binary_search(i).is_ok())
                .collect(),
            _ => candidates,
        };
        let candidates = match self.filters.range {
            Some(range) if !narrowing => candidates
                .into_iter()
                .filter(|&i| range.contains(self.corpus.article(i).date))
                .collect(),
            _ => candidates,
        };
        self.visible = if terms.is_empty() {
            candidates
        } else {
            use rayon::prelude::*;
            candidates
                .into_par_iter()
                .filter(|&i| contains_all(&self.folded[i.get()], &terms))
                .collect()
        };
        self.filtered = Some(self.filters.clone());
        let selected = before
            .and_then(|b| self.visible.binary_search(&b).ok())
            .unwrap_or(0);
        self.list = ListState {
            selected,
            offset: 0,
        };
        if self.current() != before {
            self.article = ArticleState::default();
        }
        self.article.search_match = None;
    }

    /// A short description of the active filters, for titles and the status line.
    pub fn filter_label(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(period) = &self.filters.period {
            parts.push(period.label.clone());
        }
        if let Some(actor) = self.filters.actor {
            parts.push(self.corpus.actor_name(actor).to_owned());
        }
        if let Some(cell) = &self.filters.cell {
            parts.push(cell.label.clone());
        }
        if let Some(range) = self.filters.range {
            parts.push(range.to_string());
        }
        if !self.filters.search.is_empty() {
            parts.push(format!("/{}", self.filters.search));
        }
        if self.filters.unread {
            parts.push("unread".to_owned());
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}
