//! The timeline index: counts per day, built once at load, summed into periods of any
//! granularity.

use chrono::NaiveDate;

use super::{Cell, PeriodStats, Periods};
use crate::corpus::Corpus;
use crate::corpus::article::{ActorId, ArticleIx};
use crate::corpus::period::{Granularity, Period, day_of};

/// The articles of one day (an article dated only to its month counts on the month's first
/// day), or the undated articles, with their counts per actor.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Day {
    day: Option<NaiveDate>,
    /// In corpus order.
    articles: Vec<ArticleIx>,
    quotes: u32,
    /// Sorted by actor.
    cells: Vec<Cell>,
}

/// The counts of the timeline per day, built once when the corpus loads (or a date range is
/// applied); [`TimelineIndex::periods`] sums them into periods of any granularity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineIndex {
    /// Dated days in order, then the undated articles when there are any.
    days: Vec<Day>,
    actors: usize,
}

/// Sums cells into a dense table and gives them back sparse, sorted by actor.
struct Tally {
    dense: Vec<Cell>,
    touched: Vec<ActorId>,
}

impl Tally {
    fn new(actors: usize) -> Tally {
        Tally {
            dense: vec![Cell::default(); actors],
            touched: Vec::new(),
        }
    }

    fn slot(&mut self, actor: ActorId) -> Option<&mut Cell> {
        let cell = self.dense.get_mut(actor as usize)?;
        if cell.mentions == 0 && cell.quotes == 0 && cell.articles == 0 {
            self.touched.push(actor);
            cell.actor = actor;
        }
        Some(cell)
    }

    fn add(&mut self, other: &Cell) {
        if let Some(cell) = self.slot(other.actor) {
            cell.mentions += other.mentions;
            cell.articles += other.articles;
            cell.quotes += other.quotes;
        }
    }

    fn take(&mut self) -> Vec<Cell> {
        self.touched.sort_unstable();
        let cells = self
            .touched
            .iter()
            .map(|&a| std::mem::take(&mut self.dense[a as usize]))
            .collect();
        self.touched.clear();
        cells
    }
}

impl TimelineIndex {
    /// The index of every article of the corpus.
    pub fn build(corpus: &Corpus) -> TimelineIndex {
        Self::build_from(corpus, corpus.article_ixs())
    }

    /// The index of some articles of the corpus, given in corpus order.
    pub fn build_from(
        corpus: &Corpus,
        articles: impl IntoIterator<Item = ArticleIx>,
    ) -> TimelineIndex {
        let actors = corpus.gazetteer.len();
        let mut tally = Tally::new(actors);
        let mut days: Vec<Day> = Vec::new();
        let mut article_tally = Tally::new(actors);
        for index in articles {
            let Some(article) = corpus.get_article(index) else {
                continue;
            };
            let day = article.date.and_then(day_of);
            if days.last().is_none_or(|d| d.day != day) {
                if let Some(last) = days.last_mut() {
                    last.cells = tally.take();
                }
                days.push(Day {
                    day,
                    articles: Vec::new(),
                    quotes: 0,
                    cells: Vec::new(),
                });
            }
            for mention in &article.mentions {
                if let Some(cell) = article_tally.slot(mention.actor) {
                    cell.mentions += 1;
                    cell.articles = 1;
                }
            }
            let mut quotes = 0;
            for (i, quote) in article.quotes.iter().enumerate() {
                // A quotation over several paragraphs counts once.
                if quote.continues && i > 0 {
                    continue;
                }
                quotes += 1;
                if let Some(cell) = quote.speaker.and_then(|s| article_tally.slot(s)) {
                    cell.quotes += 1;
                }
            }
            for cell in article_tally.take() {
                tally.add(&cell);
            }
            if let Some(last) = days.last_mut() {
                last.articles.push(index);
                last.quotes += quotes;
            }
        }
        if let Some(last) = days.last_mut() {
            last.cells = tally.take();
        }
        // Undated articles come last in corpus order; a corpus given out of order is merged.
        days.sort_by_key(|d| (d.day.is_none(), d.day));
        TimelineIndex { days, actors }
    }

    /// The first and last dated day.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.days.first()?.day?;
        let last = self.days.iter().rev().find_map(|d| d.day)?;
        Some((first, last))
    }

    /// Whether some articles have no date.
    pub fn has_undated(&self) -> bool {
        self.days.last().is_some_and(|d| d.day.is_none())
    }

    /// Every period from the first dated article's to the last's, empty ones included, then the
    /// undated articles when there are any.
    pub fn periods(&self, granularity: Granularity) -> Periods {
        let mut tally = Tally::new(self.actors);
        let mut totals = Tally::new(self.actors);
        let mut periods: Vec<PeriodStats> = Vec::new();
        let mut open: Option<PeriodStats> = None;
        let close = |stats: Option<PeriodStats>,
                     tally: &mut Tally,
                     totals: &mut Tally,
                     periods: &mut Vec<PeriodStats>| {
            if let Some(mut stats) = stats {
                stats.cells = tally.take();
                for cell in &stats.cells {
                    totals.add(cell);
                }
                periods.push(stats);
            }
        };
        for day in &self.days {
            let period = day.day.map(|d| Period::of_day(granularity, d));
            if open.as_ref().is_none_or(|p| p.period != period) {
                let previous = open.as_ref().and_then(|p| p.period);
                close(open.take(), &mut tally, &mut totals, &mut periods);
                if let (Some(mut gap), Some(period)) = (previous.map(Period::next), period) {
                    while gap < period {
                        periods.push(PeriodStats::empty(Some(gap)));
                        gap = gap.next();
                    }
                }
                open = Some(PeriodStats::empty(period));
            }
            if let Some(stats) = open.as_mut() {
                stats.articles.extend_from_slice(&day.articles);
                stats.quotes += day.quotes;
            }
            for cell in &day.cells {
                tally.add(cell);
            }
        }
        close(open, &mut tally, &mut totals, &mut periods);
        Periods {
            granularity,
            periods,
            totals: totals.take(),
        }
    }
}
