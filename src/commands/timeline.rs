//! `kroniek timeline`: articles per period (a month by default, or `--by`) with a bar and the
//! period's main actors; or as JSON with counts per actor; or the grid as CSV.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use serde::Serialize;
use serde::ser::SerializeMap;

use super::Exit;
use super::rows::write_json;
use crate::cli::TimelineArgs;
use crate::corpus::Corpus;
use crate::corpus::article::ActorId;
use crate::corpus::period::Granularity;
use crate::corpus::timeline::{Measure, PeriodStats, Periods, TOP_ACTORS, TimelineIndex};

/// Actor names with counts, as a JSON object in the order given (most counted first).
struct Counts<'a>(Vec<(&'a str, u32)>);

impl Serialize for Counts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, n) in &self.0 {
            map.serialize_entry(name, n)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct TimelineRow<'a> {
    /// Only with `--by month` (the default), as before periods of other lengths.
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    period: String,
    articles: Vec<&'a str>,
    top_actors: Vec<&'a str>,
    quotes: u32,
    /// The mentions of the range's most mentioned actors in this period.
    mentions: Counts<'a>,
    /// The quotations of the range's most quoted speakers in this period.
    speakers: Counts<'a>,
}

/// Article ids wider than this are not padded to: one long id does not push every title right.
const ID_WIDTH_MAX: usize = 40;

/// The width of the longest bar.
const BAR: usize = 20;

fn counts<'a>(
    corpus: &'a Corpus,
    stats: &PeriodStats,
    actors: &[ActorId],
    measure: Measure,
) -> Counts<'a> {
    Counts(
        actors
            .iter()
            .map(|&a| (corpus.actor_name(a), measure.of(&stats.cell(a))))
            .collect(),
    )
}

pub fn timeline_cmd(
    corpus: &Corpus,
    json: bool,
    args: &TimelineArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let granularity = args.by.granularity();
    let periods = TimelineIndex::build(corpus).periods(granularity);
    if let Some(path) = &args.plot {
        return match super::plot::write(corpus, &periods, args.actors, path) {
            Ok(()) => {
                writeln!(err, "kroniek: figure written to {}", path.display())?;
                Ok(Exit::Success)
            }
            Err(reason) => {
                writeln!(err, "kroniek: {reason}")?;
                Ok(Exit::Failure)
            }
        };
    }
    if args.csv {
        write_csv(corpus, &periods, args.actors, out)?;
        return Ok(Exit::Success);
    }
    if json {
        let mentioned = periods.top_actors(corpus, Measure::Mentions, args.actors);
        let speakers = periods.top_actors(corpus, Measure::Quotations, args.actors);
        let rows: Vec<TimelineRow> = periods
            .periods
            .iter()
            .map(|stats| TimelineRow {
                month: (granularity == Granularity::Month).then(|| stats.label()),
                period: stats.label(),
                articles: stats
                    .articles
                    .iter()
                    .map(|&i| corpus.article(i).id.as_str())
                    .collect(),
                top_actors: stats
                    .top_actors(corpus, TOP_ACTORS)
                    .into_iter()
                    .map(|a| corpus.actor_name(a))
                    .collect(),
                quotes: stats.quotes,
                mentions: counts(corpus, stats, &mentioned, Measure::Mentions),
                speakers: counts(corpus, stats, &speakers, Measure::Quotations),
            })
            .collect();
        write_json(out, &rows)?;
        return Ok(Exit::Success);
    }
    let most = periods
        .periods
        .iter()
        .map(|s| s.articles.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let width = periods
        .periods
        .iter()
        .map(|s| s.label().len())
        .max()
        .unwrap_or(0)
        .max(8);
    // Each period's articles under its bar, ids in a column, titles in the next.
    let id_width = periods
        .periods
        .iter()
        .flat_map(|s| &s.articles)
        .map(|&i| corpus.article(i).id.width())
        .max()
        .unwrap_or(0)
        .min(ID_WIDTH_MAX);
    let indent = width + 6;
    for stats in &periods.periods {
        let n = stats.articles.len();
        let bar = "█".repeat((n * BAR).div_ceil(most));
        let actors: Vec<&str> = stats
            .top_actors(corpus, TOP_ACTORS)
            .into_iter()
            .map(|a| corpus.actor_name(a))
            .collect();
        writeln!(
            out,
            "{:<width$} {:>4} {:<BAR$}  {}",
            stats.label(),
            n,
            bar,
            actors.join(", ")
        )?;
        for &i in &stats.articles {
            let a = corpus.article(i);
            let pad = id_width.saturating_sub(a.id.width());
            writeln!(out, "{:indent$}{}{:pad$}  {}", "", a.id, "", a.title)?;
        }
    }
    Ok(Exit::Success)
}

/// The grid as CSV: `period,articles,quotes` and one column per top actor with its mentions.
fn write_csv(
    corpus: &Corpus,
    periods: &Periods,
    actors: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let top = periods.top_actors(corpus, Measure::Mentions, actors);
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["period", "articles", "quotes"];
    header.extend(top.iter().map(|&a| corpus.actor_name(a)));
    writer.write_record(&header)?;
    for stats in &periods.periods {
        let mut row = vec![
            stats.label(),
            stats.articles.len().to_string(),
            stats.quotes.to_string(),
        ];
        row.extend(top.iter().map(|&a| stats.cell(a).mentions.to_string()));
        writer.write_record(&row)?;
    }
    writer.flush()
}
