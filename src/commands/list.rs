//! `kroniek list`: the articles in corpus order, as a table or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::rows::print_rows;
use super::{Exit, actor_names, date_of};
use crate::corpus::Corpus;

/// How many actors the table shows per article.
const LIST_ACTORS: usize = 3;

#[derive(Serialize)]
struct ListRow<'a> {
    id: &'a str,
    path: String,
    date: Option<String>,
    title: &'a str,
    words: usize,
    /// `nl` or `en`.
    language: &'static str,
    actors: Vec<&'a str>,
}

pub fn list(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<Exit> {
    print_rows(
        out,
        json,
        &corpus.articles,
        |a| ListRow {
            id: &a.id,
            path: a.source.whole(),
            date: date_of(a),
            title: &a.title,
            words: a.words,
            language: a.language.code(),
            actors: actor_names(corpus, a),
        },
        &["DATE", "ID", "FORMAT", "WORDS", "QUOTES", "ACTORS", "TITLE"],
        |a| {
            let actors = actor_names(corpus, a);
            vec![
                date_of(a).unwrap_or_else(|| "undated".into()),
                a.id.clone(),
                a.source.format.name().to_owned(),
                a.words.to_string(),
                a.quotes.len().to_string(),
                actors[..actors.len().min(LIST_ACTORS)].join(", "),
                a.title.clone(),
            ]
        },
    )?;
    Ok(Exit::Success)
}
