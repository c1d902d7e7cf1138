//! The timeline's periods (#19): the bars (articles per period) and the actor grid (the most
//! mentioned or most quoted actors as rows, periods as columns) share them and the cursor's
//! period. Plain data, changed only by the update function; the counts come from the
//! [`TimelineIndex`] built once at load, summed into periods when the granularity changes.

use ratatui::layout::Rect;

use super::state::{App, CellFilter, Focus, View};
use crate::corpus::Corpus;
use crate::corpus::article::ActorId;
use crate::corpus::period::{DateRange, Granularity, Period};
use crate::corpus::timeline::{Cell, Measure, PeriodStats, Periods, TimelineIndex};

/// The width of the actor names' column, borders included.
pub const NAME_WIDTH: u16 = 18;
/// The width of one period's cell: a shade and a count of up to three digits.
pub const CELL_WIDTH: u16 = 4;
/// Lines of the grid pane that are not actor rows: the period labels, the totals and the legend
/// (the cell under the cursor is in the status line).
pub const CHROME: u16 = 3;
/// At most this many actors are ranked for the rows.
pub const MOST_ROWS: usize = 200;

#[derive(Debug, Clone)]
pub struct Grid {
    /// Whether the timeline shows the grid (`s`) instead of the bars.
    pub shown: bool,
    /// What is counted; the bars count articles (or the actor filter's mentions) whatever this
    /// says.
    pub measure: Measure,
    pub granularity: Granularity,
    pub index: TimelineIndex,
    /// The index summed at `granularity`.
    pub periods: Periods,
    /// The actors of the rows, most counted by `measure` first.
    pub rows: Vec<ActorId>,
    /// The cursor: a row of `rows` and a column of `periods` (the bars' selected period too).
    pub row: usize,
    pub column: usize,
    /// The largest count of any cell by the measure, for the shading's scale.
    pub most: u32,
    /// Where in time the user put the cursor: the first day of its period, or `None` on the
    /// undated articles. Changing the granularity keeps the cursor on the period holding it.
    pub day: Option<chrono::NaiveDate>,
    /// Where a range of dates (`v`) started: a column of `periods`.
    pub marking: Option<usize>,
}

impl Grid {
    /// The grid of a corpus, at the granularity that fits its span into a terminal of `size`:
    /// as columns of the grid and as rows of the bars.
    pub fn new(corpus: &Corpus, size: Rect) -> Grid {
        Grid::with_index(corpus, TimelineIndex::build(corpus), size)
    }

    /// [`Grid::new`] with the corpus's index built already.
    pub fn with_index(corpus: &Corpus, index: TimelineIndex, size: Rect) -> Grid {
        let granularity = index.span().map_or(Granularity::Month, |(first, last)| {
            let undated = usize::from(index.has_undated());
            let bars = super::layout::Pages::new(size, super::layout::Shape::default())
                .timeline
                .saturating_sub(undated)
                .max(1);
            Granularity::fit(first, last, columns_that_fit(size).min(bars))
        });
        let mut grid = Grid {
            shown: false,
            measure: Measure::Mentions,
            granularity,
            periods: index.periods(granularity),
            index,
            rows: Vec::new(),
            row: 0,
            column: 0,
            most: 0,
            day: None,
            marking: None,
        };
        grid.day = grid
            .periods
            .periods
            .first()
            .and_then(|p| p.period)
            .map(|p| p.first_day());
        grid.rank(corpus);
        grid
    }

    /// Builds the index again after the actors changed, keeping what is shown and how.
    pub fn rebuild(&mut self, corpus: &Corpus) {
        self.index = TimelineIndex::build(corpus);
        self.regroup(corpus, self.granularity);
    }

    /// Sums the index at `granularity` again and ranks the rows.
    pub fn regroup(&mut self, corpus: &Corpus, granularity: Granularity) {
        self.granularity = granularity;
        self.periods = self.index.periods(granularity);
        self.marking = None;
        // The cursor goes to the first period that ends after its day (the one holding it, when
        // there is one), or to the undated articles.
        let last = self.periods.periods.len().saturating_sub(1);
        self.column = match self.day {
            Some(day) => self
                .periods
                .periods
                .iter()
                .position(|s| s.period.is_some_and(|q| day < q.next().first_day()))
                .unwrap_or(0),
            None => last,
        };
        self.rank(corpus);
    }

    /// Ranks the rows by the measure, keeping the cursor on its actor where it still has a row.
    pub fn rank(&mut self, corpus: &Corpus) {
        let actor = self.rows.get(self.row).copied();
        self.rows = self.periods.top_actors(corpus, self.measure, MOST_ROWS);
        let measure = self.measure;
        self.most = self
            .periods
            .periods
            .iter()
            .flat_map(|p| p.cells.iter().map(move |c| measure.of(c)))
            .max()
            .unwrap_or(0);
        self.row = actor
            .and_then(|a| self.rows.iter().position(|&r| r == a))
            .unwrap_or(0);
    }

    /// The period and the actor's counts under the cursor.
    pub fn cursor(&self) -> Option<(&PeriodStats, Cell)> {
        let stats = self.periods.periods.get(self.column)?;
        let actor = *self.rows.get(self.row)?;
        Some((stats, stats.cell(actor)))
    }
}

/// How many period columns fit beside the names in a terminal of `size`.
pub fn columns_that_fit(size: Rect) -> usize {
    usize::from(size.width.saturating_sub(NAME_WIDTH + 2) / CELL_WIDTH).max(1)
}

/// How many actor rows fit in a terminal of `size` (its status line and the pane's borders
/// taken off).
pub fn rows_that_fit(size: Rect) -> usize {
    usize::from(size.height.saturating_sub(3 + CHROME)).max(1)
}

/// The first of `len` items to show when `count` fit and the cursor is at `cursor`: the cursor
/// stays on screen, at the last place when it has moved past the first screenful.
pub fn first_shown(cursor: usize, count: usize) -> usize {
    (cursor + 1).saturating_sub(count.max(1))
}

/// Puts the cursor on the period holding article `ix`, if any does.
pub fn go_to_article(app: &mut App, ix: crate::corpus::article::ArticleIx) {
    let grid = &mut app.grid;
    if let Some(column) = grid
        .periods
        .periods
        .iter()
        .position(|p| p.articles.contains(&ix))
    {
        grid.column = column;
        grid.day = grid.periods.periods[column].period.map(|p| p.first_day());
    }
}

/// Enter on a bar: the list shows the period's articles.
pub fn open_period(app: &mut App) {
    let Some(stats) = app.grid.periods.periods.get(app.grid.column) else {
        return;
    };
    if stats.articles.is_empty() {
        app.message = Some(format!("no articles in {}", stats.label()));
        return;
    }
    let mut articles = stats.articles.clone();
    articles.sort_unstable();
    app.filters.period = Some(CellFilter {
        label: stats.label(),
        articles,
    });
    app.view = View::Articles;
    app.focus = Focus::List;
    app.refilter();
}

/// `s`: the bars or the grid.
pub fn toggle(app: &mut App) {
    app.grid.shown = !app.grid.shown;
    if app.grid.shown
        && let Some(actor) = app.filters.actor
        && let Some(row) = app.grid.rows.iter().position(|&a| a == actor)
    {
        app.grid.row = row;
    }
}

/// Counting mentions or quotations.
pub fn toggle_measure(app: &mut App) {
    app.grid.measure = app.grid.measure.toggled();
    app.grid.rank(&app.corpus);
}

/// `+` (finer) and `-` (coarser), in the bars and the grid.
pub fn regroup(app: &mut App, finer: bool) {
    let g = app.grid.granularity;
    let next = if finer { g.finer() } else { g.coarser() };
    if next == g {
        app.message = Some(format!("already by {}", g.name()));
        return;
    }
    app.grid.regroup(&app.corpus, next);
}

/// Moves the cursor by rows and columns.
pub fn step(app: &mut App, rows: isize, columns: isize) {
    let grid = &mut app.grid;
    let clamp = |from: usize, by: isize, len: usize| {
        from.saturating_add_signed(by).min(len.saturating_sub(1))
    };
    grid.row = clamp(grid.row, rows, grid.rows.len());
    let column = clamp(grid.column, columns, grid.periods.periods.len());
    if column != grid.column {
        grid.column = column;
        grid.day = grid.periods.periods[column].period.map(|p| p.first_day());
    }
}

/// Enter on a cell: the list shows the articles of that period that mention the actor (or, when
/// counting quotations, in which it speaks).
pub fn open(app: &mut App) {
    let grid = &app.grid;
    let Some(&actor) = grid.rows.get(grid.row) else {
        return;
    };
    let Some(stats) = grid.periods.periods.get(grid.column) else {
        return;
    };
    let mut articles = grid
        .periods
        .articles_of(&app.corpus, grid.column, actor, grid.measure);
    articles.sort_unstable();
    let label = format!("{} · {}", app.corpus.actor_name(actor), stats.label());
    if articles.is_empty() {
        app.message = Some(format!("no articles for {label}"));
        return;
    }
    app.filters.cell = Some(CellFilter { label, articles });
    app.view = View::Articles;
    app.focus = Focus::List;
    app.refilter();
}

/// The cell under the grid's cursor, for the status line: `Jens Stoltenberg · 2022-02 · 12
/// mentions in 2 articles · 5 quotations`.
pub fn cursor_line(app: &App) -> Option<String> {
    let (stats, cell) = app.grid.cursor()?;
    let plural = |n: u32, one: &str, many: &str| crate::plural::count(n as usize, one, many);
    Some(format!(
        "{} · {} · {} in {} · {}",
        app.corpus.actor_name(cell.actor),
        stats.label(),
        plural(cell.mentions, "mention", "mentions"),
        plural(cell.articles, "article", "articles"),
        plural(cell.quotes, "quotation", "quotations"),
    ))
}

/// `v`: a range of dates starts at the cursor's period; the status line says so while it is
/// marked ([`marking_line`]).
pub fn start_range(app: &mut App) {
    app.grid.marking = Some(app.grid.column);
}

/// The range being marked, for the status line: its periods and the keys that go on.
pub fn marking_line(app: &App) -> Option<String> {
    let marked = marked(app)?;
    let periods = &app.grid.periods.periods;
    let first = periods.get(*marked.start())?.label();
    let last = periods.get(*marked.end())?.label();
    let last = (marked.start() != marked.end()).then_some(last);
    Some(super::strings::range_marking(
        &app.keymap,
        &first,
        last.as_deref(),
    ))
}

/// The periods of the range being marked, first to last.
pub fn marked(app: &App) -> Option<std::ops::RangeInclusive<usize>> {
    let anchor = app.grid.marking?;
    let cursor = app.grid.column;
    Some(anchor.min(cursor)..=anchor.max(cursor))
}

/// Enter while marking: the range's first day to its last becomes a filter of the list, its
/// search and the actor filter's counts, until Esc clears it.
pub fn apply_range(app: &mut App) {
    let Some(marked) = marked(app) else { return };
    app.grid.marking = None;
    let periods: Vec<Period> = app.grid.periods.periods[..]
        .get(marked)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| p.period)
        .collect();
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        app.message = Some("no dated period in the range".into());
        return;
    };
    let range = DateRange {
        from: Some(first.first_day()),
        to: last.next().first_day().pred_opt(),
    };
    app.filters.range = Some(range);
    app.view = View::Articles;
    app.focus = Focus::List;
    app.refilter();
    app.message = Some(super::strings::range_applied(
        &app.keymap,
        &range.to_string(),
    ));
}
