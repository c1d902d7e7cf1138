//! `kroniek actors`: every actor mentioned, most mentioned first, as a table or JSON.

use std::io::{self, Write};

use super::rows::write_table;
use super::{Exit, actors_json};
use crate::corpus::Corpus;

pub fn actors(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<Exit> {
    let stats = corpus.actor_stats();
    if json {
        actors_json::write(corpus, &stats, out)?;
        return Ok(Exit::Success);
    }
    let rows: Vec<Vec<String>> = stats
        .iter()
        .map(|s| {
            let actor = corpus.gazetteer.actor(s.actor);
            vec![
                actor.name.clone(),
                actor.kind.as_str().to_owned(),
                s.mentions.to_string(),
                s.articles.len().to_string(),
            ]
        })
        .collect();
    write_table(out, &["NAME", "KIND", "MENTIONS", "ARTICLES"], &rows)?;
    Ok(Exit::Success)
}
