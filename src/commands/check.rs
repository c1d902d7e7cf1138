//! `kroniek check`: every warning of the load, and a summary; the exit status says how it went.

use std::io::{self, Write};

use super::Exit;
use crate::corpus::Corpus;
use crate::plural::count;

/// Prints every warning and a summary. [`Exit::Success`]: clean; [`Exit::Failure`]: some file had
/// a problem; [`Exit::Unusable`]: nothing could be loaded.
pub fn check(corpus: &Corpus, out: &mut dyn Write) -> io::Result<Exit> {
    for warning in &corpus.warnings {
        writeln!(out, "{warning}")?;
    }
    let quotes: usize = corpus.articles.iter().map(|a| a.quotes.len()).sum();
    let undated = corpus.articles.iter().filter(|a| a.date.is_none()).count();
    writeln!(
        out,
        "{} loaded ({undated} undated), {}; {}, {}",
        count(corpus.articles.len(), "article", "articles"),
        count(quotes, "quotation", "quotations"),
        corpus.skipped_summary(),
        count(corpus.warnings.len(), "warning", "warnings"),
    )?;
    Ok(if corpus.articles.is_empty() {
        Exit::Unusable
    } else if corpus.warnings.is_empty() {
        Exit::Success
    } else {
        Exit::Failure
    })
}
