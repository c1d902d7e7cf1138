//! The domain: articles, actors, quotes and the timeline. No terminal code lives here.

pub mod actors;
pub mod article;
pub mod curation;
pub mod decode;
pub mod discover;
pub mod formats;
pub mod language;
pub mod letters;
pub mod load;
pub mod parse;
pub mod period;
pub mod quotations;
pub mod quotes;
pub mod search;
pub mod sentences;
pub mod timeline;

use actors::Gazetteer;
use article::{ActorId, Article, ArticleIx};
use load::Warning;
use rayon::prelude::*;

/// A loaded corpus: articles in chronological order (undated last, ties by id), the warnings
/// from loading, and the gazetteer their mentions refer to.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
    pub gazetteer: Gazetteer,
}

/// How often an actor is mentioned, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorStat {
    pub actor: ActorId,
    pub mentions: usize,
    /// The articles that mention it, in corpus order.
    pub articles: Vec<ArticleIx>,
}

impl Corpus {
    pub fn new(
        mut articles: Vec<Article>,
        warnings: Vec<Warning>,
        mut gazetteer: Gazetteer,
    ) -> Corpus {
        discover::merge(&mut articles, &mut gazetteer);
        curation::drop_ignored(&mut articles, &mut gazetteer);
        // In place, in parallel: a stable sort would need a second buffer of articles at the
        // peak of memory, and ids are unique, so no two articles compare equal anyway.
        articles.par_sort_unstable_by(|a, b| {
            (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
        });
        Corpus {
            articles,
            warnings,
            gazetteer,
        }
    }

    /// Every actor mentioned at least once, most mentioned first (ties by name).
    pub fn actor_stats(&self) -> Vec<ActorStat> {
        let empty = || -> Vec<ActorStat> {
            (0..self.gazetteer.len() as ActorId)
                .map(|actor| ActorStat {
                    actor,
                    mentions: 0,
                    articles: Vec::new(),
                })
                .collect()
        };
        // Counted in parallel over runs of articles, then joined in corpus order.
        const RUN: usize = 8192;
        let runs: Vec<Vec<ActorStat>> = self
            .articles
            .par_chunks(RUN)
            .enumerate()
            .map(|(run, articles)| {
                let mut stats = empty();
                for (i, article) in articles.iter().enumerate() {
                    let index = ArticleIx::new(run * RUN + i);
                    for mention in &article.mentions {
                        let stat = &mut stats[mention.actor as usize];
                        stat.mentions += 1;
                        if stat.articles.last() != Some(&index) {
                            stat.articles.push(index);
                        }
                    }
                }
                stats
            })
            .collect();
        let mut stats = empty();
        for run in runs {
            for (stat, part) in stats.iter_mut().zip(run) {
                stat.mentions += part.mentions;
                stat.articles.extend(part.articles);
            }
        }
        self.ranked(stats)
    }

    /// The actors with mentions, most mentioned first, then by name.
    fn ranked(&self, mut stats: Vec<ActorStat>) -> Vec<ActorStat> {
        stats.retain(|s| s.mentions > 0);
        stats.sort_by(|a, b| {
            b.mentions.cmp(&a.mentions).then_with(|| {
                self.gazetteer
                    .actor(a.actor)
                    .name
                    .cmp(&self.gazetteer.actor(b.actor).name)
            })
        });
        stats
    }

    /// The language most of its articles are in (Dutch when none is, or they are even).
    pub fn main_language(&self) -> language::Lang {
        language::Lang::most_common(self.articles.iter().map(|a| a.language))
    }

    /// Calls every actor by its name in `lang`, where its gazetteer gives one
    /// ([`Gazetteer::name_in`]).
    pub fn name_actors_in(&mut self, lang: language::Lang) {
        self.gazetteer.name_in(lang);
    }

    /// [`Corpus::actor_stats`] of the articles dated in `range` only.
    pub fn actor_stats_in(&self, range: &period::DateRange) -> Vec<ActorStat> {
        if range.is_open() {
            return self.actor_stats();
        }
        let mut stats = self.actor_stats();
        for stat in &mut stats {
            stat.articles
                .retain(|&i| range.contains(self.article(i).date));
            stat.mentions = stat
                .articles
                .iter()
                .map(|&i| {
                    self.article(i)
                        .mentions
                        .iter()
                        .filter(|m| m.actor == stat.actor)
                        .count()
                })
                .sum();
        }
        self.ranked(stats)
    }

    /// The article at `ix`.
    ///
    /// # Panics
    ///
    /// If `ix` is not a position in this corpus.
    pub fn article(&self, ix: ArticleIx) -> &Article {
        &self.articles[ix.get()]
    }

    /// The article at `ix`, if this corpus has one there.
    pub fn get_article(&self, ix: ArticleIx) -> Option<&Article> {
        self.articles.get(ix.get())
    }

    /// The position of every article, in corpus order.
    pub fn article_ixs(&self) -> impl Iterator<Item = ArticleIx> + use<> {
        (0..self.articles.len()).map(ArticleIx::new)
    }

    /// Every article with its position, in corpus order.
    pub fn indexed_articles(&self) -> impl Iterator<Item = (ArticleIx, &Article)> {
        self.articles
            .iter()
            .enumerate()
            .map(|(i, a)| (ArticleIx::new(i), a))
    }

    /// The canonical name of an actor.
    pub fn actor_name(&self, actor: ActorId) -> &str {
        &self.gazetteer.actor(actor).name
    }

    /// Whether nothing loaded and something went wrong.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// How many files were left out.
    pub fn skipped(&self) -> usize {
        self.warnings.iter().filter(|w| w.skipped).count()
    }

    /// Whole files skipped.
    pub fn skipped_files(&self) -> usize {
        self.warnings
            .iter()
            .filter(|w| w.skipped && !w.entry && !w.folder)
            .count()
    }

    /// Folders given with no article file in them.
    pub fn empty_folders(&self) -> usize {
        self.warnings.iter().filter(|w| w.folder).count()
    }

    /// Entries of files (JSON Lines lines, CSV rows, feed items) skipped.
    pub fn skipped_entries(&self) -> usize {
        self.warnings
            .iter()
            .filter(|w| w.skipped && w.entry)
            .count()
    }

    /// "2 files and 3 entries skipped", "1 file skipped", "3 entries skipped": files and
    /// entries of files counted apart; "0 files skipped" when nothing was. Folders without
    /// articles are counted apart too: "1 folder without articles", "1 file skipped and 1 folder
    /// without articles".
    pub fn skipped_summary(&self) -> String {
        use crate::plural::count;
        let (files, entries) = (self.skipped_files(), self.skipped_entries());
        let folders = self.empty_folders();
        let files_said = count(files, "file", "files");
        let entries_said = count(entries, "entry", "entries");
        let skipped = match (files, entries) {
            (0, 0) if folders > 0 => None,
            (_, 0) => Some(format!("{files_said} skipped")),
            (0, _) => Some(format!("{entries_said} skipped")),
            _ => Some(format!("{files_said} and {entries_said} skipped")),
        };
        let folders_said = (folders > 0).then(|| {
            count(
                folders,
                "folder without articles",
                "folders without articles",
            )
        });
        [skipped, folders_said]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" and ")
    }
}
