//! The reader's place as plain data, to remember between runs and to return to.

use super::action::Action;
use super::state::{App, Focus, View};
use super::update::{clamp, update};
use crate::corpus::article::ArticleIx;
use crate::resume::Place;

impl App {
    /// Where the reader is now.
    pub fn place(&self) -> Place {
        let view = match self.view {
            View::Articles => "articles",
            View::Timeline => "timeline",
            View::Actors => "actors",
            View::Warnings => "warnings",
            View::Bookmarks => "bookmarks",
            View::Quotations => "quotations",
        };
        let mut read: Vec<String> = self
            .read
            .iter()
            .filter_map(|&i| self.corpus.get_article(i).map(|a| a.id.clone()))
            .collect();
        read.sort();
        Place {
            view: view.into(),
            article: self.current().map(|i| self.corpus.article(i).id.clone()),
            reading: self.focus == Focus::Article,
            scroll: self.article.scroll,
            read,
            period: (self.view == View::Timeline)
                .then(|| {
                    self.grid
                        .periods
                        .periods
                        .get(self.timeline.selected)
                        .map(|p| p.label())
                })
                .flatten(),
            split: Some(self.shape.list_share),
            unknown: Default::default(),
        }
    }

    /// Goes back to `place` as far as this corpus allows: an article no longer there, or a view
    /// with nothing to show, leaves the reader at the start.
    pub fn return_to(&mut self, place: &Place) {
        if let Some(share) = place.split {
            use crate::app::layout::{LIST_SHARE_MAX, LIST_SHARE_MIN, Pages};
            self.shape.list_share = share.clamp(LIST_SHARE_MIN, LIST_SHARE_MAX);
            self.pages = Pages::new(self.size, self.shape);
            self.sync();
        }
        let by_id: std::collections::HashMap<&str, ArticleIx> = self
            .corpus
            .indexed_articles()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        self.read
            .extend(place.read.iter().filter_map(|id| by_id.get(id.as_str())));
        if let Some(position) = place
            .article
            .as_deref()
            .and_then(|id| by_id.get(id))
            .and_then(|i| self.visible.iter().position(|v| v == i))
        {
            self.list.selected = position;
            if place.reading {
                self.focus = Focus::Article;
            }
            self.article.scroll = place.scroll;
        }
        let show = match place.view.as_str() {
            "timeline" => Some(Action::ShowTimeline),
            "actors" => Some(Action::ShowActors),
            "warnings" if !self.corpus.warnings.is_empty() => Some(Action::ShowWarnings),
            "bookmarks" => Some(Action::ShowBookmarks),
            "quotations" => Some(Action::ShowQuotations),
            _ => None,
        };
        if let Some(action) = show {
            update(self, action);
        }
        // The timeline's period, by its label, at the granularity the label is written in: one
        // no longer there leaves the default.
        if self.view == View::Timeline
            && let Some(granularity) = place
                .period
                .as_deref()
                .and_then(crate::corpus::period::Granularity::of_label)
            && granularity != self.grid.granularity
        {
            self.grid.regroup(&self.corpus, granularity);
        }
        if self.view == View::Timeline
            && let Some(selected) = place.period.as_deref().and_then(|p| {
                self.grid
                    .periods
                    .periods
                    .iter()
                    .position(|b| b.label() == p)
            })
        {
            self.grid.column = selected;
            self.timeline.selected = selected;
        }
        clamp(self);
    }
}
