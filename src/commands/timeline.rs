//! `kroniek timeline`: articles per month with a bar and the month's main actors, or as JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::Exit;
use super::rows::write_json;
use crate::corpus::Corpus;
use crate::corpus::timeline::timeline;

#[derive(Serialize)]
struct TimelineRow<'a> {
    month: String,
    articles: Vec<&'a str>,
    top_actors: Vec<&'a str>,
}

/// The width of the longest bar.
const BAR: usize = 20;

pub fn timeline_cmd(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<Exit> {
    let buckets = timeline(corpus);
    if json {
        let rows: Vec<TimelineRow> = buckets
            .iter()
            .map(|b| TimelineRow {
                month: b.label(),
                articles: b
                    .articles
                    .iter()
                    .map(|&i| corpus.articles[i].id.as_str())
                    .collect(),
                top_actors: b
                    .top_actors
                    .iter()
                    .map(|&(a, _)| corpus.actor_name(a))
                    .collect(),
            })
            .collect();
        write_json(out, &rows)?;
        return Ok(Exit::Success);
    }
    let most = buckets
        .iter()
        .map(|b| b.articles.len())
        .max()
        .unwrap_or(0)
        .max(1);
    for bucket in &buckets {
        let n = bucket.articles.len();
        let bar = "█".repeat((n * BAR).div_ceil(most));
        let actors: Vec<&str> = bucket
            .top_actors
            .iter()
            .map(|&(a, _)| corpus.actor_name(a))
            .collect();
        writeln!(
            out,
            "{:<8} {:>4} {:<BAR$}  {}",
            bucket.label(),
            n,
            bar,
            actors.join(", ")
        )?;
        for &i in &bucket.articles {
            let a = &corpus.articles[i];
            writeln!(out, "{:>14}{}  {}", "", a.id, a.title)?;
        }
    }
    Ok(Exit::Success)
}
