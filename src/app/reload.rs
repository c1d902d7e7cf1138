//! Reading the corpus again (#18 item 4): `R`, or the reader's folders changed. The terminal side
//! loads the corpus in the background and hands it to [`App::reloaded`], which keeps the reader
//! where it was (the same view, the same article by id and its scroll, the filters) and says what
//! changed.

use std::collections::HashMap;

use super::state::{App, ArticleState, CellFilter, Loaded};
use super::strings;
use crate::corpus::Corpus;
use crate::corpus::article::{ActorId, Article, ArticleIx};

/// What a reload changed, counted by article id.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

impl Changes {
    /// "2 new articles", "1 article changed", "1 removed", or together "2 new articles, 1
    /// changed, 1 removed"; `None` when nothing changed.
    pub fn describe(self) -> Option<String> {
        let noun = |n: usize| if n == 1 { "article" } else { "articles" };
        let mut parts: Vec<String> = Vec::new();
        if self.added > 0 {
            parts.push(format!("{} new {}", self.added, noun(self.added)));
        }
        for (n, what) in [(self.changed, "changed"), (self.removed, "removed")] {
            if n == 0 {
                continue;
            }
            parts.push(if parts.is_empty() {
                format!("{n} {} {what}", noun(n))
            } else {
                format!("{n} {what}")
            });
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// Whether an article reads differently: what the reader shows of it.
fn differs(a: &Article, b: &Article) -> bool {
    a.title != b.title
        || a.text != b.text
        || a.date != b.date
        || a.url != b.url
        || a.publisher != b.publisher
}

/// The articles added, changed and removed from `old` to `new`, by id.
pub fn changes(old: &Corpus, old_ids: &HashMap<String, ArticleIx>, new: &Corpus) -> Changes {
    let mut changes = Changes::default();
    let mut kept = 0;
    for article in &new.articles {
        match old_ids.get(&article.id).and_then(|&i| old.get_article(i)) {
            Some(before) => {
                kept += 1;
                if differs(before, article) {
                    changes.changed += 1;
                }
            }
            None => changes.added += 1,
        }
    }
    changes.removed = old.articles.len().saturating_sub(kept);
    changes
}

/// `R`: asks the terminal side for a reload; the built-in corpus never changes.
pub fn ask(app: &mut App) {
    if !app.reload.possible {
        app.message = Some(strings::reload_builtin());
        return;
    }
    app.reload.asked = true;
}

/// Each actor's id by name, for finding the same actors in a reloaded corpus.
fn actors_by_name(corpus: &Corpus) -> HashMap<&str, ActorId> {
    (0..corpus.gazetteer.len())
        .filter_map(|a| ActorId::try_from(a).ok())
        .filter(|&a| !corpus.gazetteer.is_retired(a))
        .map(|a| (corpus.actor_name(a), a))
        .collect()
}

impl App {
    /// The terminal side started a reload: `by_hand` (`R`) says so.
    pub fn reload_started(&mut self, by_hand: bool) {
        self.reload.running = true;
        if by_hand {
            self.message = Some(strings::reloading());
        }
    }

    /// The terminal side cannot watch the corpus's folders: `R` still reloads.
    pub fn cannot_watch(&mut self, why: &str) {
        let why = crate::corpus::decode::sanitise_line(why);
        self.message = Some(strings::cannot_watch(&self.keymap, &why));
    }

    /// The reload the terminal side ran is done: the corpus `loaded` takes the old one's place,
    /// and the reader stays where it was as far as the new corpus allows. `by_hand` (`R`) says so
    /// even when nothing changed; a change seen in the folders says nothing then.
    pub fn reloaded(&mut self, loaded: Loaded, by_hand: bool) {
        self.reload.running = false;
        let changes = changes(&self.corpus, &self.ids, &loaded.corpus);
        let old_warnings = self.corpus.warnings.len();
        // Where the reader is, by ids and names that outlive the old corpus.
        let id_of = |app: &App, i: ArticleIx| app.corpus.get_article(i).map(|a| a.id.clone());
        let current = self.current().and_then(|i| id_of(self, i));
        let read: Vec<String> = self.read.iter().filter_map(|&i| id_of(self, i)).collect();
        let name_of =
            |app: &App, a: Option<ActorId>| a.map(|a| app.corpus.actor_name(a).to_owned());
        let actor = name_of(self, self.filters.actor);
        let listed_actor = name_of(
            self,
            self.actor_stats.get(self.actors.selected).map(|s| s.actor),
        );
        let grid_actor = name_of(self, self.grid.rows.get(self.grid.row).copied());
        let cell = self.filters.cell.take().map(|c| {
            let ids: Vec<String> = c.articles.iter().filter_map(|&i| id_of(self, i)).collect();
            (c.label, ids)
        });
        let period = self.filters.period.take().map(|p| p.label);
        let (article, position) = (self.article, self.list.selected);

        let Loaded {
            corpus,
            folded,
            main_actors,
            ids,
            index,
        } = loaded;
        self.corpus = corpus;
        self.folded = folded;
        self.main_actors = main_actors;
        self.ids = ids;
        self.grid.index = index;
        self.grid.regroup(&self.corpus, self.grid.granularity);
        let by_name = actors_by_name(&self.corpus);
        let find = |name: &Option<String>| name.as_deref().and_then(|n| by_name.get(n).copied());
        let (actor, listed_actor, grid_actor) =
            (find(&actor), find(&listed_actor), find(&grid_actor));
        if let Some(row) = grid_actor.and_then(|a| self.grid.rows.iter().position(|&r| r == a)) {
            self.grid.row = row;
        }
        let new_ix = |id: &String| self.ids.get(id).copied();
        self.read = read.iter().filter_map(new_ix).collect();
        self.filters.actor = actor;
        self.filters.cell = cell.and_then(|(label, ids)| {
            let mut articles: Vec<ArticleIx> = ids.iter().filter_map(new_ix).collect();
            articles.sort_unstable();
            (!articles.is_empty()).then_some(CellFilter { label, articles })
        });
        self.filters.period = period.and_then(|label| {
            let stats = self
                .grid
                .periods
                .periods
                .iter()
                .find(|p| p.label() == label && !p.articles.is_empty())?;
            let mut articles = stats.articles.clone();
            articles.sort_unstable();
            Some(CellFilter { label, articles })
        });
        let current = current.as_ref().and_then(new_ix);

        // What was derived from the old corpus goes; the list is filtered again.
        self.shown = None;
        self.selection = None;
        self.curating.steps.clear();
        self.curating.merging = None;
        self.actor_stats = self
            .corpus
            .actor_stats_in(&self.filters.range.unwrap_or_default());
        self.filtered = None;
        self.refilter();
        self.list.selected = match current.and_then(|c| self.visible.binary_search(&c).ok()) {
            Some(at) => at,
            // The article went: the one now in its place.
            None => position.min(self.visible.len().saturating_sub(1)),
        };
        self.article = match (current, self.current()) {
            (Some(before), Some(now)) if before == now => ArticleState {
                quote: article
                    .quote
                    .filter(|&q| q < self.corpus.article(now).quotes.len()),
                scroll: article.scroll,
                passage: None,
                search_match: None,
            },
            _ => ArticleState::default(),
        };
        if let Some(row) =
            listed_actor.and_then(|a| self.actor_stats.iter().position(|s| s.actor == a))
        {
            self.actors.selected = row;
        }

        let said = changes.describe();
        let warned = (self.corpus.warnings.len() != old_warnings)
            .then(|| strings::loaded(&self.keymap, &self.corpus))
            .flatten();
        self.message = match (said, warned) {
            (Some(said), Some(warned)) => Some(format!("{said}; {warned}")),
            (Some(said), None) => Some(said),
            (None, Some(warned)) => Some(warned),
            (None, None) if by_hand => Some(strings::reloaded_unchanged()),
            // Nothing to say; "reloading…" goes.
            (None, None) => self.message.take().filter(|m| *m != strings::reloading()),
        };
        super::update::clamp(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_as_a_sentence() {
        let c = |added, changed, removed| {
            Changes {
                added,
                changed,
                removed,
            }
            .describe()
        };
        assert_eq!(c(0, 0, 0), None);
        assert_eq!(c(2, 0, 0).as_deref(), Some("2 new articles"));
        assert_eq!(c(1, 0, 0).as_deref(), Some("1 new article"));
        assert_eq!(c(0, 1, 0).as_deref(), Some("1 article changed"));
        assert_eq!(c(0, 0, 1).as_deref(), Some("1 article removed"));
        assert_eq!(
            c(2, 1, 1).as_deref(),
            Some("2 new articles, 1 changed, 1 removed")
        );
    }
}
