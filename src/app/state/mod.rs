//! The reader's state: plain data. Only [`super::update::update`] changes it; the panes read it.
//! The types live here; building the state, where the reader is, the article list's filters and
//! the bookmarks and passages of the open article in the files below.

mod bookmarks;
mod filters;
mod new;
mod places;
mod quotations;

use std::collections::{HashMap, HashSet};

use super::article_view::ArticleView;
use super::keymap::Keymap;
use super::layout::Pages;
use super::overlay::Overlay;
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::{BookmarkStore, Change};
use crate::corpus::article::{ActorId, ArticleIx};
use crate::corpus::curation::Undo;
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::{ActorStat, Corpus};
use ratatui::layout::Rect;

pub use new::{Loaded, main_actors};

/// The top-level views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Articles,
    Timeline,
    Actors,
    Warnings,
    Bookmarks,
    /// Every quotation of the corpus (`Q`).
    Quotations,
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

/// A selection in a list, and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

/// What narrows the article list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// A period of the timeline's bars, opened with Enter.
    pub period: Option<CellFilter>,
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

/// Articles chosen in the timeline: a period of the bars, or a cell of the actor grid (an actor
/// in a period).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFilter {
    /// `2022-02`, or `Jens Stoltenberg · 2022-02`.
    pub label: String,
    /// In corpus order.
    pub articles: Vec<ArticleIx>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.period.is_none()
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

/// The quotations view: every quotation of the corpus, narrowed by the list's actor filter (as
/// speaker), month, cell and range of dates, and by its own `/` filter.
#[derive(Debug, Default)]
pub struct Quotations {
    /// Built on the first `Q`.
    pub index: Option<crate::corpus::quotations::QuotationIndex>,
    /// The view's `/` filter as typed.
    pub filter: String,
    /// The list's filters `base` was picked for; None to pick again.
    pub base_for: Option<QuoteScope>,
    /// Indices into the index of the quotations the list's filters let through, in order.
    pub base: Vec<u32>,
    /// Those of `base` the `/` filter lets through: what the view shows. [`App::sync`] keeps it.
    pub shown: Vec<u32>,
    /// The `/` filter `shown` was picked for.
    pub shown_for: String,
    pub view: ListState,
}

/// The list's filters that narrow the quotations view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteScope {
    pub actor: Option<ActorId>,
    pub period: Option<CellFilter>,
    pub range: Option<crate::corpus::period::DateRange>,
    pub cell: Option<CellFilter>,
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

/// One choice made: what it changed in the corpus, the file as it was, and in words how things
/// are once it is undone ("“Oekraïne” is a country again").
#[derive(Debug)]
pub struct CurationStep {
    pub undo: Undo,
    pub file: ActorsFile,
    pub undone: String,
}

#[derive(Debug)]
pub struct App {
    pub corpus: Corpus,
    /// Which key does what: the defaults with the user's `[keys]` applied.
    pub keymap: Keymap,
    /// Folded titles and bodies, for case- and diacritic-insensitive search.
    pub folded: Vec<String>,
    pub actor_stats: Vec<ActorStat>,
    pub view: View,
    pub focus: Focus,
    /// The places the reader came from, the last on top: back returns to them.
    pub history: Vec<Place>,
    /// The overlays open, the last on top: it takes the keys. More than one only when a question
    /// comes up over another overlay.
    pub overlays: Vec<Overlay>,
    pub filters: Filters,
    /// The articles the list shows, in corpus order.
    pub visible: Vec<ArticleIx>,
    pub list: ListState,
    pub timeline: ListState,
    pub actors: ListState,
    pub warnings: ListState,
    pub article: ArticleState,
    /// The open article as the article pane shows it; [`App::sync_view`] keeps it current.
    pub shown: Option<ArticleView>,
    /// Each article's three most mentioned actors, for the list.
    pub main_actors: Vec<Box<[ActorId]>>,
    pub read: HashSet<ArticleIx>,
    /// The filters the list was last computed for.
    pub filtered: Option<Filters>,
    pub bookmarks: Bookmarks,
    pub quotations: Quotations,
    pub curating: Curating,
    /// The timeline's actor grid.
    pub grid: super::grid::Grid,
    pub selection: Option<Selection>,
    /// Article ids to their articles' positions in the corpus.
    pub ids: HashMap<String, ArticleIx>,
    /// A message for the status line.
    pub message: Option<String>,
    /// The terminal size.
    pub size: Rect,
    /// Page sizes for that size and shape.
    pub pages: Pages,
    /// The text width and the split between list and article.
    pub shape: crate::app::layout::Shape,
    pub quit: bool,
    /// Text to put on the clipboard: the terminal side writes it (OSC 52, sanitised) and clears
    /// this.
    pub clipboard: Option<String>,
    /// A URL to open in the browser: the terminal side starts the opener and clears this.
    pub open_url: Option<String>,
    /// Asked to suspend (Ctrl-z): the terminal side gives the terminal back and stops until
    /// continued, then clears this.
    pub suspend: bool,
    /// Reading the corpus again.
    pub reload: Reload,
}

/// Reading the corpus again (`R`, or its folders changed): the terminal side loads it in the
/// background and hands it to [`App::reloaded`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reload {
    /// The corpus comes from files that can be read again (not the built-in one).
    pub possible: bool,
    /// Asked for (`R`): the terminal side starts a reload and clears this.
    pub asked: bool,
    /// A reload runs in the background.
    pub running: bool,
}
