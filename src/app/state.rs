//! The reader's state: plain data. Only [`super::update::update`] changes it; the panes read it.

use std::collections::{HashMap, HashSet};

use super::article_view::ArticleView;
use super::keymap::{Keymap, Mode};
use super::layout::Pages;
use super::overlay::Overlay;
use super::wrap::Wrapped;
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::{BookmarkStore, Change};
use crate::corpus::article::ActorId;
use crate::corpus::curation::Undo;
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::search::{contains_all, fold, terms};
use crate::corpus::timeline::{Bucket, mentions_per_bucket, timeline};
use crate::corpus::{ActorStat, Corpus};
use ratatui::layout::Rect;

/// The top-level views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Articles,
    Timeline,
    Actors,
    Warnings,
    Bookmarks,
}

/// Which pane of the Articles view has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Article,
}

/// Where the reader is: a view and, in the Articles view, the pane with the keys. Back returns
/// through the places the reader came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub view: View,
    pub focus: Focus,
}

/// How many places back remembers.
const HISTORY: usize = 64;

/// A selection in a list, and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

/// What narrows the article list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// An index into [`App::buckets`].
    pub month: Option<usize>,
    pub actor: Option<ActorId>,
    /// The search as typed: every word must occur; matching folds case and diacritics.
    pub search: String,
    /// Only articles not read yet.
    pub unread: bool,
    /// A cell of the timeline's actor grid, opened with Enter.
    pub cell: Option<CellFilter>,
    /// A range of dates chosen in the timeline (`v`).
    pub range: Option<crate::corpus::period::DateRange>,
}

/// The articles of one cell of the actor grid: an actor in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFilter {
    /// `Jens Stoltenberg · 2022-02`.
    pub label: String,
    /// Indices into the corpus, in order.
    pub articles: Vec<usize>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.month.is_none()
            && self.actor.is_none()
            && self.search.is_empty()
            && !self.unread
            && self.cell.is_none()
            && self.range.is_none()
    }
}

/// The open article: scroll position (first visual line), selected quotation, current match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArticleState {
    pub scroll: usize,
    pub quote: Option<usize>,
    /// The passage bookmarked last in this article (byte start and end of its text), while no
    /// quotation is selected: `e` edits its note.
    pub passage: Option<(usize, usize)>,
    pub search_match: Option<usize>,
}

/// A passage being selected in the article, by whole sentences (indices into
/// [`App::sentences`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub cursor: usize,
}

impl Selection {
    pub fn range(self) -> std::ops::RangeInclusive<usize> {
        self.anchor.min(self.cursor)..=self.anchor.max(self.cursor)
    }
}

/// The reader's bookmarks: what is stored, what is not saved yet, and the view over them.
#[derive(Debug)]
pub struct Bookmarks {
    pub store: Box<dyn BookmarkStore + Send>,
    /// Every bookmark, sorted by article date; includes changes not saved yet.
    pub list: Vec<Bookmark>,
    /// Changes that could not be written yet; retried on the next change and at quit.
    pub pending: Vec<Change>,
    /// Why the last save failed.
    pub error: Option<String>,
    /// A save waiting for another kroniek's lock.
    pub waiting: Option<super::bookmarking::Waiting>,
    /// What the store found on the last save that the user must hear of (a backup kept).
    pub notice: Option<String>,
    /// The last deleted bookmark, for undo.
    pub undo: Option<Bookmark>,
    /// The bookmarks view's `/` filter.
    pub filter: String,
    /// Indices into `list` of the bookmarks the filter lets through; [`App::sync`] keeps it.
    pub shown: Vec<usize>,
    pub view: ListState,
}

/// The user's corrections to the actors: the file they are saved in, the steps undo goes back
/// through, and a merge whose target is being chosen.
#[derive(Debug)]
pub struct Curating {
    pub file: ActorsFile,
    /// The choices made, the last on top: each with what undoing it puts back.
    pub steps: Vec<CurationStep>,
    /// The actor being merged, while the one to merge it into is chosen.
    pub merging: Option<ActorId>,
    /// Why the file could not be saved; the choices stay in effect and the next one saves again.
    pub error: Option<String>,
}

/// One choice made: what it changed in the corpus, the file as it was, and the choice in words.
#[derive(Debug)]
pub struct CurationStep {
    pub undo: Undo,
    pub file: ActorsFile,
    pub what: String,
}

#[derive(Debug)]
pub struct App {
    pub corpus: Corpus,
    /// Which key does what: the defaults with the user's `[keys]` applied.
    pub keymap: Keymap,
    /// Folded titles and bodies, for case- and diacritic-insensitive search.
    pub folded: Vec<String>,
    pub buckets: Vec<Bucket>,
    pub actor_stats: Vec<ActorStat>,
    pub view: View,
    pub focus: Focus,
    /// The places the reader came from, the last on top: back returns to them.
    pub history: Vec<Place>,
    /// The overlays open, the last on top: it takes the keys. More than one only when a question
    /// comes up over another overlay.
    pub overlays: Vec<Overlay>,
    pub filters: Filters,
    /// Indices into the corpus of the articles the list shows, in order.
    pub visible: Vec<usize>,
    pub list: ListState,
    pub timeline: ListState,
    pub actors: ListState,
    pub warnings: ListState,
    pub article: ArticleState,
    /// The open article as the article pane shows it; [`App::sync_view`] keeps it current.
    pub shown: Option<ArticleView>,
    /// Each article's three most mentioned actors, for the list.
    pub main_actors: Vec<Box<[ActorId]>>,
    pub read: HashSet<usize>,
    /// The filters the list was last computed for.
    pub filtered: Option<Filters>,
    /// For the actor filter: that actor's mentions per timeline bucket.
    pub actor_timeline: Option<(ActorId, Vec<usize>)>,
    pub bookmarks: Bookmarks,
    pub curating: Curating,
    /// The timeline's actor grid.
    pub grid: super::grid::Grid,
    pub selection: Option<Selection>,
    /// Article ids to indices into the corpus.
    pub ids: HashMap<String, usize>,
    /// A message for the status line.
    pub message: Option<String>,
    /// The terminal size.
    pub size: Rect,
    /// Page sizes for that size.
    pub pages: Pages,
    pub quit: bool,
    /// Text to put on the clipboard: the terminal side writes it (OSC 52, sanitised) and clears
    /// this.
    pub clipboard: Option<String>,
    /// A URL to open in the browser: the terminal side starts the opener and clears this.
    pub open_url: Option<String>,
    /// Asked to suspend (Ctrl-z): the terminal side gives the terminal back and stops until
    /// continued, then clears this.
    pub suspend: bool,
}

impl App {
    pub fn new(corpus: Corpus, size: Rect, store: Box<dyn BookmarkStore + Send>) -> App {
        let folded = corpus
            .articles
            .iter()
            .map(|a| fold(&format!("{}\n{}", a.title, a.text)))
            .collect();
        let main_actors = main_actors(&corpus);
        let buckets = timeline(&corpus);
        let grid = super::grid::Grid::new(&corpus, size);
        let actor_stats = corpus.actor_stats();
        let visible = (0..corpus.articles.len()).collect();
        let ids = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let keymap = Keymap::default();
        let message = super::strings::loaded(&keymap, &corpus);
        let mut app = App {
            keymap,
            corpus,
            folded,
            buckets,
            actor_stats,
            view: View::Articles,
            focus: Focus::List,
            history: Vec::new(),
            overlays: Vec::new(),
            filters: Filters::default(),
            visible,
            list: ListState::default(),
            timeline: ListState::default(),
            actors: ListState::default(),
            warnings: ListState::default(),
            article: ArticleState::default(),
            shown: None,
            main_actors,
            read: HashSet::new(),
            filtered: None,
            actor_timeline: None,
            bookmarks: Bookmarks {
                store,
                list: Vec::new(),
                pending: Vec::new(),
                error: None,
                waiting: None,
                notice: None,
                undo: None,
                filter: String::new(),
                shown: Vec::new(),
                view: ListState::default(),
            },
            grid,
            curating: Curating {
                file: ActorsFile::empty(None),
                steps: Vec::new(),
                merging: None,
                error: None,
            },
            selection: None,
            ids,
            message,
            size,
            pages: Pages::new(size),
            quit: false,
            clipboard: None,
            open_url: None,
            suspend: false,
        };
        super::bookmarking::open_store(&mut app);
        app.sync();
        app
    }

    /// Puts `keymap` in use; the message the reader opened with names its keys.
    pub fn set_keymap(&mut self, keymap: Keymap) {
        let opening = super::strings::loaded(&self.keymap, &self.corpus);
        self.keymap = keymap;
        if self.message.is_some() && self.message == opening {
            self.message = super::strings::loaded(&self.keymap, &self.corpus);
        }
    }

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
        }
    }

    /// The corpus index of the article under the list's selection.
    pub fn current(&self) -> Option<usize> {
        self.visible.get(self.list.selected).copied()
    }

    /// The wrapped body of the current article.
    pub fn wrapped_current(&self) -> Option<&Wrapped> {
        self.article_view().map(|v| &v.wrapped)
    }

    /// Search matches in the current article, as byte ranges of its text.
    pub fn matches(&self) -> &[std::ops::Range<usize>] {
        self.article_view().map_or(&[], |v| &v.matches)
    }

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
            last.month == self.filters.month
                && last.unread == self.filters.unread
                && last.actor == self.filters.actor
                && last.cell == self.filters.cell
                && last.range == self.filters.range
                && self.filters.search.starts_with(&last.search)
        });
        let candidates: Vec<usize> = if narrowing {
            std::mem::take(&mut self.visible)
        } else {
            let by_actor: Option<Vec<usize>> = self.filters.actor.map(|actor| {
                self.actor_stats
                    .iter()
                    .find(|s| s.actor == actor)
                    .map(|s| s.articles.iter().map(|&i| i as usize).collect())
                    .unwrap_or_default()
            });
            let by_month = self
                .filters
                .month
                .and_then(|m| self.buckets.get(m))
                .map(|b| &b.articles);
            match (by_actor, by_month) {
                (Some(actor), Some(month)) => actor
                    .into_iter()
                    .filter(|i| month.binary_search(i).is_ok())
                    .collect(),
                (Some(actor), None) => actor,
                (None, Some(month)) => month.clone(),
                (None, None) => (0..self.corpus.articles.len()).collect(),
            }
        };
        let candidates: Vec<usize> = if self.filters.unread && !narrowing {
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
                .filter(|&i| range.contains(self.corpus.articles[i].date))
                .collect(),
            _ => candidates,
        };
        self.visible = if terms.is_empty() {
            candidates
        } else {
            use rayon::prelude::*;
            candidates
                .into_par_iter()
                .filter(|&i| contains_all(&self.folded[i], &terms))
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

    /// Counts the actor filter's mentions per timeline bucket, for the timeline; done when the
    /// timeline is shown rather than on every change of filter.
    pub fn count_actor_timeline(&mut self) {
        let Some(actor) = self.filters.actor else {
            self.actor_timeline = None;
            return;
        };
        if self
            .actor_timeline
            .as_ref()
            .is_some_and(|(a, _)| *a == actor)
        {
            return;
        }
        let counts = mentions_per_bucket(&self.corpus, &self.buckets, actor);
        self.actor_timeline = Some((actor, counts));
    }

    /// A short description of the active filters, for titles and the status line.
    pub fn filter_label(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(bucket) = self.filters.month.and_then(|m| self.buckets.get(m)) {
            parts.push(bucket.label());
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

/// Each article's three most mentioned actors, for the list.
pub fn main_actors(corpus: &Corpus) -> Vec<Box<[ActorId]>> {
    use rayon::prelude::*;
    corpus
        .articles
        .par_iter()
        .map(|a| a.actor_counts().iter().take(3).map(|&(a, _)| a).collect())
        .collect()
}

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
        let article = &self.corpus.articles[self.current()?];
        let (start, end) = self
            .article
            .passage
            .filter(|_| self.article.quote.is_none())?;
        let id = crate::bookmarks::bookmark_id(&article.id, article.text.get(start..end)?);
        self.bookmarks.list.iter().find(|b| b.id == id)
    }

    /// The bookmark of the selected quotation in the current article, if it is bookmarked.
    pub fn selected_quote_bookmark(&self) -> Option<&Bookmark> {
        let article = &self.corpus.articles[self.current()?];
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
    pub fn bookmark_count(&self, article: &str) -> usize {
        self.bookmarks
            .list
            .iter()
            .filter(|b| b.article == article)
            .count()
    }

    /// Indices into the bookmark list that the bookmarks view shows, after its filter.
    pub fn visible_bookmarks(&self) -> &[usize] {
        &self.bookmarks.shown
    }

    /// Brings what the panes show up to date with the state: the open article's view and the
    /// bookmarks the filter lets through (folded here, not on every frame).
    pub fn sync(&mut self) {
        self.sync_view();
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
