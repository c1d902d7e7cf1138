//! Building the reader's state from a loaded corpus, and putting a keymap in use.

use std::collections::HashMap;

use std::collections::HashSet;

use super::{App, ArticleState, Bookmarks, Curating, Filters, Focus, ListState, View};
use crate::app::keymap::Keymap;
use crate::app::layout::{Pages, Shape};
use crate::bookmarks::store::BookmarkStore;
use crate::corpus::Corpus;
use crate::corpus::article::{ActorId, ArticleIx};
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::search::fold;
use crate::corpus::timeline::TimelineIndex;
use ratatui::layout::Rect;

/// A corpus with what the reader derives from it once: built on the loading thread, at start and
/// for a reload, so the reader keeps drawing meanwhile.
#[derive(Debug)]
pub struct Loaded {
    pub corpus: Corpus,
    /// Folded titles and bodies, for search.
    pub folded: Vec<String>,
    pub main_actors: Vec<Box<[ActorId]>>,
    pub ids: HashMap<String, ArticleIx>,
    pub index: TimelineIndex,
}

impl Loaded {
    pub fn new(corpus: Corpus) -> Loaded {
        let folded = corpus
            .articles
            .iter()
            .map(|a| fold(&format!("{}\n{}", a.title, a.text)))
            .collect();
        let main_actors = main_actors(&corpus);
        let ids = corpus
            .indexed_articles()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let index = TimelineIndex::build(&corpus);
        Loaded {
            corpus,
            folded,
            main_actors,
            ids,
            index,
        }
    }
}

impl App {
    pub fn new(corpus: Corpus, size: Rect, store: Box<dyn BookmarkStore + Send>) -> App {
        App::from_loaded(Loaded::new(corpus), size, store)
    }

    /// [`App::new`] of a corpus whose derived data is built already.
    pub fn from_loaded(loaded: Loaded, size: Rect, store: Box<dyn BookmarkStore + Send>) -> App {
        let Loaded {
            corpus,
            folded,
            main_actors,
            ids,
            index,
        } = loaded;
        let grid = crate::app::grid::Grid::with_index(&corpus, index, size);
        let actor_stats = corpus.actor_stats();
        let visible = corpus.article_ixs().collect();
        let keymap = Keymap::default();
        let message = crate::app::strings::loaded(&keymap, &corpus);
        let mut app = App {
            keymap,
            corpus,
            folded,
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
            quotations: Default::default(),
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
            pages: Pages::new(size, Shape::default()),
            shape: Shape::default(),
            quit: false,
            clipboard: None,
            open_url: None,
            suspend: false,
            reload: Default::default(),
        };
        crate::app::bookmarking::open_store(&mut app);
        app.sync();
        app
    }

    /// The article's text no wider than `text_width` columns (the config's `text_width`).
    pub fn set_text_width(&mut self, text_width: u16) {
        self.shape.text_width = text_width;
        self.pages = Pages::new(self.size, self.shape);
        self.sync();
    }

    /// Puts `keymap` in use; the message the reader opened with names its keys.
    pub fn set_keymap(&mut self, keymap: Keymap) {
        let opening = crate::app::strings::loaded(&self.keymap, &self.corpus);
        self.keymap = keymap;
        if self.message.is_some() && self.message == opening {
            self.message = crate::app::strings::loaded(&self.keymap, &self.corpus);
        }
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
