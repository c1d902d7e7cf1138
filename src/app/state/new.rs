//! Building the reader's state from a loaded corpus, and putting a keymap in use.

use std::collections::HashSet;

use super::{App, ArticleState, Bookmarks, Curating, Filters, Focus, ListState, View};
use crate::app::keymap::Keymap;
use crate::app::layout::{Pages, Shape};
use crate::bookmarks::store::BookmarkStore;
use crate::corpus::Corpus;
use crate::corpus::article::ActorId;
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::search::fold;
use crate::corpus::timeline::timeline;
use ratatui::layout::Rect;

impl App {
    pub fn new(corpus: Corpus, size: Rect, store: Box<dyn BookmarkStore + Send>) -> App {
        let folded = corpus
            .articles
            .iter()
            .map(|a| fold(&format!("{}\n{}", a.title, a.text)))
            .collect();
        let main_actors = main_actors(&corpus);
        let buckets = timeline(&corpus);
        let grid = crate::app::grid::Grid::new(&corpus, size);
        let actor_stats = corpus.actor_stats();
        let visible = corpus.article_ixs().collect();
        let ids = corpus
            .indexed_articles()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let keymap = Keymap::default();
        let message = crate::app::strings::loaded(&keymap, &corpus);
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
            pages: Pages::new(size, Shape::default()),
            shape: Shape::default(),
            quit: false,
            clipboard: None,
            open_url: None,
            suspend: false,
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
