//! One granularity's periods: each period's articles and counts, and the actors counted most.

use super::{Cell, Measure};
use crate::corpus::Corpus;
use crate::corpus::article::{ActorId, ArticleIx};
use crate::corpus::period::{Granularity, Period};

/// One period's articles and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodStats {
    /// `None` for the undated articles.
    pub period: Option<Period>,
    /// The period's articles, in corpus order.
    pub articles: Vec<ArticleIx>,
    /// Quotations in the period (one over several paragraphs counts once).
    pub quotes: u32,
    /// Sorted by actor; only actors with something to count.
    pub cells: Vec<Cell>,
}

impl PeriodStats {
    pub(super) fn empty(period: Option<Period>) -> PeriodStats {
        PeriodStats {
            period,
            articles: Vec::new(),
            quotes: 0,
            cells: Vec::new(),
        }
    }

    /// `2022-02`, `2022-W07`, … or `undated`.
    pub fn label(&self) -> String {
        self.period
            .map_or_else(|| "undated".to_owned(), |p| p.to_string())
    }

    /// The actor's counts in this period (zeros when it has none).
    pub fn cell(&self, actor: ActorId) -> Cell {
        self.cells.binary_search_by_key(&actor, |c| c.actor).map_or(
            Cell {
                actor,
                ..Cell::default()
            },
            |i| self.cells[i],
        )
    }

    /// The period's `n` most mentioned actors, most first (ties by name).
    pub fn top_actors(&self, corpus: &Corpus, n: usize) -> Vec<ActorId> {
        let mut cells: Vec<&Cell> = self.cells.iter().filter(|c| c.mentions > 0).collect();
        let order = |a: &&Cell, b: &&Cell| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| corpus.actor_name(a.actor).cmp(corpus.actor_name(b.actor)))
        };
        // Only the first `n` need sorting: a year of a large corpus has many actors.
        if cells.len() > n && n > 0 {
            cells.select_nth_unstable_by(n - 1, order);
        }
        cells.truncate(n);
        cells.sort_by(order);
        cells.into_iter().map(|c| c.actor).collect()
    }
}

/// The timeline at one granularity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Periods {
    pub granularity: Granularity,
    pub periods: Vec<PeriodStats>,
    /// Each actor's counts over all the periods, sorted by actor.
    pub totals: Vec<Cell>,
}

impl Periods {
    /// The `n` actors counted most by `measure` over all the periods (ties by name), leaving out
    /// those with nothing counted.
    pub fn top_actors(&self, corpus: &Corpus, measure: Measure, n: usize) -> Vec<ActorId> {
        let mut cells: Vec<&Cell> = self.totals.iter().filter(|c| measure.of(c) > 0).collect();
        cells.sort_by(|a, b| {
            measure
                .of(b)
                .cmp(&measure.of(a))
                .then_with(|| corpus.actor_name(a.actor).cmp(corpus.actor_name(b.actor)))
        });
        cells.into_iter().take(n).map(|c| c.actor).collect()
    }

    /// The articles of period `period` that mention `actor` (or, counting quotations, in which
    /// it speaks).
    pub fn articles_of(
        &self,
        corpus: &Corpus,
        period: usize,
        actor: ActorId,
        measure: Measure,
    ) -> Vec<ArticleIx> {
        let Some(stats) = self.periods.get(period) else {
            return Vec::new();
        };
        stats
            .articles
            .iter()
            .copied()
            .filter(|&i| {
                corpus.get_article(i).is_some_and(|a| match measure {
                    Measure::Mentions => a.mentions.iter().any(|m| m.actor == actor),
                    Measure::Quotations => a.quotes.iter().any(|q| q.speaker == Some(actor)),
                })
            })
            .collect()
    }
}
