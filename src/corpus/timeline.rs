//! The month-by-month view of a corpus, gaps included.

use super::Corpus;
use super::article::{ActorId, YearMonth};

/// How many actors a month lists as its most mentioned.
pub const TOP_ACTORS: usize = 5;

/// One month of the timeline (or the undated articles, with `month: None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub month: Option<YearMonth>,
    /// Indices into [`Corpus::articles`].
    pub articles: Vec<usize>,
    /// Most mentioned actors of the month with their mention counts, most first.
    pub top_actors: Vec<(ActorId, usize)>,
}

impl Bucket {
    pub fn label(&self) -> String {
        self.month
            .map_or_else(|| "undated".to_owned(), |m| m.to_string())
    }
}

/// Every month from the first dated article to the last, empty months included, then an
/// `undated` bucket when there are undated articles. Articles are already in date order.
pub fn timeline(corpus: &Corpus) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = Vec::new();
    let mut undated = Vec::new();
    for (index, article) in corpus.articles.iter().enumerate() {
        let Some(date) = article.date else {
            undated.push(index);
            continue;
        };
        let month = date.month_key();
        if let Some(last) = buckets.last().and_then(|b| b.month) {
            let mut gap = last.next();
            while gap < month {
                buckets.push(Bucket {
                    month: Some(gap),
                    articles: Vec::new(),
                    top_actors: Vec::new(),
                });
                gap = gap.next();
            }
        }
        match buckets.last_mut() {
            Some(bucket) if bucket.month == Some(month) => bucket.articles.push(index),
            _ => buckets.push(Bucket {
                month: Some(month),
                articles: vec![index],
                top_actors: Vec::new(),
            }),
        }
    }
    if !undated.is_empty() {
        buckets.push(Bucket {
            month: None,
            articles: undated,
            top_actors: Vec::new(),
        });
    }
    let mut counts = vec![0usize; corpus.gazetteer.len()];
    for bucket in &mut buckets {
        counts.iter_mut().for_each(|c| *c = 0);
        for &index in &bucket.articles {
            for mention in &corpus.articles[index].mentions {
                counts[mention.actor as usize] += 1;
            }
        }
        let mut top: Vec<(ActorId, usize)> = counts
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(a, &n)| (a as ActorId, n))
            .collect();
        top.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| corpus.actor_name(a.0).cmp(corpus.actor_name(b.0)))
        });
        top.truncate(TOP_ACTORS);
        bucket.top_actors = top;
    }
    buckets
}

/// Mentions of one actor per bucket of `buckets`, in the same order.
pub fn mentions_per_bucket(corpus: &Corpus, buckets: &[Bucket], actor: ActorId) -> Vec<usize> {
    buckets
        .iter()
        .map(|bucket| {
            bucket
                .articles
                .iter()
                .map(|&i| {
                    corpus.articles[i]
                        .mentions
                        .iter()
                        .filter(|m| m.actor == actor)
                        .count()
                })
                .sum()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The timeline index: counts per day, built once at load, summed into periods of any granularity.

use chrono::NaiveDate;

use super::period::{Granularity, Period, day_of};

/// One actor's counts in one period (or one day of the index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cell {
    pub actor: ActorId,
    /// How often the actor is mentioned.
    pub mentions: u32,
    /// In how many articles the actor is mentioned.
    pub articles: u32,
    /// How many quotations the actor speaks.
    pub quotes: u32,
}

/// What the actor grid counts: who is spoken about, or who speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    #[default]
    Mentions,
    Quotations,
}

impl Measure {
    pub fn of(self, cell: &Cell) -> u32 {
        match self {
            Measure::Mentions => cell.mentions,
            Measure::Quotations => cell.quotes,
        }
    }

    pub fn toggled(self) -> Measure {
        match self {
            Measure::Mentions => Measure::Quotations,
            Measure::Quotations => Measure::Mentions,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Measure::Mentions => "mentions",
            Measure::Quotations => "quotations",
        }
    }
}

/// The articles of one day (an article dated only to its month counts on the month's first
/// day), or the undated articles, with their counts per actor.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Day {
    day: Option<NaiveDate>,
    /// Indices into [`Corpus::articles`], in corpus order.
    articles: Vec<u32>,
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
        Self::build_from(corpus, 0..corpus.articles.len())
    }

    /// The index of some articles of the corpus, given in corpus order.
    pub fn build_from(corpus: &Corpus, articles: impl IntoIterator<Item = usize>) -> TimelineIndex {
        let actors = corpus.gazetteer.len();
        let mut tally = Tally::new(actors);
        let mut days: Vec<Day> = Vec::new();
        let mut article_tally = Tally::new(actors);
        for index in articles {
            let Some(article) = corpus.articles.get(index) else {
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
                last.articles.push(index as u32);
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

/// One period's articles and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodStats {
    /// `None` for the undated articles.
    pub period: Option<Period>,
    /// Indices into [`Corpus::articles`], in corpus order.
    pub articles: Vec<u32>,
    /// Quotations in the period (one over several paragraphs counts once).
    pub quotes: u32,
    /// Sorted by actor; only actors with something to count.
    pub cells: Vec<Cell>,
}

impl PeriodStats {
    fn empty(period: Option<Period>) -> PeriodStats {
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
    ) -> Vec<usize> {
        let Some(stats) = self.periods.get(period) else {
            return Vec::new();
        };
        stats
            .articles
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| {
                corpus.articles.get(i).is_some_and(|a| match measure {
                    Measure::Mentions => a.mentions.iter().any(|m| m.actor == actor),
                    Measure::Quotations => a.quotes.iter().any(|q| q.speaker == Some(actor)),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::actors::Gazetteer;
    use crate::corpus::article::Source;
    use crate::corpus::load::build_article;

    fn corpus(files: &[(&str, &str)]) -> Corpus {
        let gazetteer = Gazetteer::builtin();
        let articles = files
            .iter()
            .map(|(id, text)| {
                build_article(id, Source::file(*id), text.as_bytes(), &gazetteer)
                    .expect("a test article")
                    .0
            })
            .collect();
        Corpus::new(articles, Vec::new(), gazetteer)
    }

    fn sample() -> Corpus {
        corpus(&[
            (
                "a",
                "date 2022-02-24\n\nEen\n\nJens Stoltenberg sprak. \"Dit is ernstig,\" zei Stoltenberg. Stoltenberg ging.",
            ),
            (
                "b",
                "date 2022-02-26\n\nTwee\n\nStoltenberg en Zelensky. \"Wij blijven,\" zei Zelensky.",
            ),
            ("c", "date 2022-04\n\nDrie\n\nZelensky reisde."),
            ("d", "Vier\n\nStoltenberg zonder datum."),
        ])
    }

    fn actor(c: &Corpus, name: &str) -> ActorId {
        c.gazetteer.lookup(name).expect("a built-in actor")
    }

    #[test]
    fn months_hold_counts_gaps_and_undated_last() {
        let c = sample();
        let p = TimelineIndex::build(&c).periods(Granularity::Month);
        let labels: Vec<String> = p.periods.iter().map(PeriodStats::label).collect();
        assert_eq!(labels, ["2022-02", "2022-03", "2022-04", "undated"]);
        let counts: Vec<usize> = p.periods.iter().map(|s| s.articles.len()).collect();
        assert_eq!(counts, [2, 0, 1, 1]);
        let js = actor(&c, "Stoltenberg");
        let feb = p.periods[0].cell(js);
        assert_eq!((feb.mentions, feb.articles, feb.quotes), (4, 2, 1));
        assert_eq!(p.periods[0].quotes, 2);
        assert_eq!(
            p.periods[1].cell(js),
            Cell {
                actor: js,
                ..Cell::default()
            }
        );
        assert_eq!(p.periods[3].cell(js).mentions, 1);
    }

    #[test]
    fn every_granularity_sums_to_the_same_totals() {
        let c = sample();
        let index = TimelineIndex::build(&c);
        let month = index.periods(Granularity::Month);
        for g in Granularity::ALL {
            let p = index.periods(g);
            assert_eq!(p.totals, month.totals, "{g:?}");
            let articles: usize = p.periods.iter().map(|s| s.articles.len()).sum();
            assert_eq!(articles, 4);
        }
        let days = index.periods(Granularity::Day);
        // 24 February to 1 April (the April article counts on the 1st), then undated.
        assert_eq!(days.periods.len(), 5 + 31 + 1 + 1);
        assert_eq!(days.periods[0].label(), "2022-02-24");
        let quarters = index.periods(Granularity::Quarter);
        let labels: Vec<String> = quarters.periods.iter().map(PeriodStats::label).collect();
        assert_eq!(labels, ["2022-Q1", "2022-Q2", "undated"]);
    }

    #[test]
    fn top_actors_by_mentions_or_by_quotations() {
        let c = sample();
        let p = TimelineIndex::build(&c).periods(Granularity::Year);
        let (js, vz) = (actor(&c, "Stoltenberg"), actor(&c, "Zelensky"));
        assert_eq!(p.top_actors(&c, Measure::Mentions, 10)[..2], [js, vz]);
        assert_eq!(p.top_actors(&c, Measure::Mentions, 1), [js]);
        let speakers = p.top_actors(&c, Measure::Quotations, 10);
        assert!(speakers.contains(&js) && speakers.contains(&vz));
        assert_eq!(p.articles_of(&c, 0, vz, Measure::Mentions), [1, 2]);
        assert_eq!(p.articles_of(&c, 0, vz, Measure::Quotations), [1]);
        assert!(p.articles_of(&c, 99, vz, Measure::Mentions).is_empty());
    }

    #[test]
    fn an_index_of_some_articles_counts_only_those() {
        let c = sample();
        let index = TimelineIndex::build_from(&c, [1, 2]);
        let p = index.periods(Granularity::Month);
        let counts: Vec<usize> = p.periods.iter().map(|s| s.articles.len()).collect();
        assert_eq!(counts, [1, 0, 1]);
        assert_eq!(
            index.span(),
            NaiveDate::from_ymd_opt(2022, 2, 26).zip(NaiveDate::from_ymd_opt(2022, 4, 1))
        );
        assert_eq!(
            TimelineIndex::default().periods(Granularity::Day).periods,
            []
        );
    }
}
