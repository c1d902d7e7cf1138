//! The timeline of a corpus: its months (with gaps) for the timeline view, and (in the files
//! below) the index of counts per day summed into periods of any granularity for the actor grid.

mod index;
mod months;
mod periods;
#[cfg(test)]
mod tests;

use super::article::{ActorId, ArticleIx, YearMonth};

pub use index::TimelineIndex;
pub use months::timeline;
pub use periods::{PeriodStats, Periods};

/// How many actors a month lists as its most mentioned.
pub const TOP_ACTORS: usize = 5;

/// One month of the timeline (or the undated articles, with `month: None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub month: Option<YearMonth>,
    /// The month's articles, in corpus order.
    pub articles: Vec<ArticleIx>,
    /// Most mentioned actors of the month with their mention counts, most first.
    pub top_actors: Vec<(ActorId, usize)>,
}

impl Bucket {
    pub fn label(&self) -> String {
        self.month
            .map_or_else(|| "undated".to_owned(), |m| m.to_string())
    }
}

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
