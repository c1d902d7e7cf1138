//! `kroniek convert --to jsonl`: the corpus as JSON Lines, one article a line, to stdout or a file.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::Exit;
use crate::corpus::Corpus;

#[derive(Serialize)]
struct ConvertedArticle<'a> {
    id: &'a str,
    date: Option<String>,
    title: &'a str,
    body: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    /// The publisher, as JSON Lines input means `source`.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    /// Where the article was read from: file, and line or item.
    origin: String,
}

/// `kroniek convert --to jsonl`: the corpus as JSON Lines, one article a line.
pub fn convert(
    corpus: &Corpus,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let mut lines = Vec::new();
    for a in &corpus.articles {
        let row = ConvertedArticle {
            id: &a.id,
            date: a.date.map(|d| d.stamp()),
            title: &a.title,
            body: &a.text,
            url: a.url.as_deref(),
            source: a.publisher.as_deref(),
            origin: a.source.whole(),
        };
        crate::output::json_compact(&mut lines, &row)?;
        lines.push(b'\n');
    }
    match output {
        None => out.write_all(&lines)?,
        Some(path) => {
            if let Err(e) = crate::storage::atomic_write(path, &lines) {
                writeln!(
                    err,
                    "kroniek: cannot write {}: {}",
                    path.display(),
                    crate::io_error::reason(&e)
                )?;
                return Ok(Exit::Failure);
            }
            writeln!(
                err,
                "kroniek: {} written to {}",
                crate::plural::count(corpus.articles.len(), "article", "articles"),
                path.display()
            )?;
        }
    }
    Ok(Exit::Success)
}
