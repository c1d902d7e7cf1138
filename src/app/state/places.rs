//! Where the reader is: the place and the history back returns through, the mode keys are
//! looked up in, and the article under the list's selection.

use super::{App, Focus, Place, View};
use crate::app::keymap::Mode;
use crate::app::wrap::Wrapped;
use crate::corpus::article::ArticleIx;

/// How many places back remembers.
const HISTORY: usize = 64;

impl App {
    /// Where the reader is.
    pub fn here(&self) -> Place {
        Place {
            view: self.view,
            focus: self.focus,
        }
    }

    /// Remembers that the reader came to where it is from `before`: back returns there. Tab
    /// (`toggle`) back to the pane back would return to is going back, so Tab to and fro piles
    /// nothing up.
    pub fn remember(&mut self, before: Place, toggle: bool) {
        let now = self.here();
        if now == before {
            return;
        }
        if toggle && self.history.last() == Some(&now) {
            self.history.pop();
        } else {
            self.history.push(before);
            if self.history.len() > HISTORY {
                self.history.remove(0);
            }
        }
    }

    /// Whether back has nowhere to go: the article list, unfiltered, with nothing over it and
    /// nowhere to return to.
    pub fn at_top(&self) -> bool {
        self.overlays.is_empty()
            && self.history.is_empty()
            && self.view == View::Articles
            && self.focus == Focus::List
            && self.filters.is_empty()
    }

    /// The mode keys are looked up in.
    pub fn mode(&self) -> Mode {
        if self.help_scroll().is_some() {
            return Mode::Help;
        }
        self.view_mode()
    }

    /// The mode of the view under any overlay: the one help describes.
    pub fn view_mode(&self) -> Mode {
        match self.view {
            View::Articles if self.focus == Focus::Article && self.selection.is_some() => {
                Mode::Select
            }
            View::Articles if self.focus == Focus::Article => Mode::Article,
            View::Articles => Mode::List,
            View::Timeline => Mode::Timeline,
            View::Actors if self.curating.merging.is_some() => Mode::Merge,
            View::Actors => Mode::Actors,
            View::Warnings => Mode::Warnings,
            View::Bookmarks => Mode::Bookmarks,
            View::Quotations => Mode::Quotations,
        }
    }

    /// The article under the list's selection.
    pub fn current(&self) -> Option<ArticleIx> {
        self.visible.get(self.list.selected).copied()
    }

    /// The loaded article warning `i` is about: the one whose source it names (a file, a line of
    /// a file, a feed item), else the first article of the file it names; none for a warning
    /// about a file that was skipped whole.
    pub fn warning_article(&self, i: usize) -> Option<ArticleIx> {
        let warning = self.corpus.warnings.get(i)?;
        let articles = &self.corpus.articles;
        let at = |found: Option<usize>| found.map(ArticleIx::new);
        at(articles
            .iter()
            .position(|a| a.source.to_string() == warning.path))
        .or_else(|| {
            if warning.skipped && !warning.entry {
                return None;
            }
            at(articles
                .iter()
                .position(|a| a.source.shown_path() == warning.path))
        })
    }

    /// The wrapped body of the current article.
    pub fn wrapped_current(&self) -> Option<&Wrapped> {
        self.article_view().map(|v| &v.wrapped)
    }

    /// Search matches in the current article, as byte ranges of its text.
    pub fn matches(&self) -> &[std::ops::Range<usize>] {
        self.article_view().map_or(&[], |v| &v.matches)
    }
}
