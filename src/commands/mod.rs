//! The headless commands, one file each: `list`, `timeline`, `quotes`, `actors`, `check`,
//! `convert`, `config` and `bookmarks`. Each writes data to `out` and returns how it ended as an
//! [`Exit`]; a corpus's warnings are the caller's to print.

mod actors;
mod actors_json;
mod bookmarks;
mod check;
mod config;
mod convert;
mod list;
pub mod plot;
mod quotes;
mod rows;
mod timeline;

pub use actors::actors;
pub use bookmarks::{bookmark_store, bookmarks_export, bookmarks_list, bookmarks_remove};
pub use check::check;
pub use config::config;
pub use convert::convert;
pub use list::list;
pub use quotes::quotes;
pub use timeline::timeline_cmd;

use crate::corpus::Corpus;
use crate::corpus::article::Article;

/// How a command ended: its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done (for `check`: every file is clean).
    Success,
    /// 1: for `check`, some file had a problem; for any other command, an error.
    Failure,
    /// 2: nothing to work on: for `check`, nothing could be loaded; an unknown `--speaker`; an
    /// invalid config file.
    Unusable,
}

impl Exit {
    /// The exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Failure => 1,
            Exit::Unusable => 2,
        }
    }
}

/// An article's date as the commands write it; `None` when it has none.
fn date_of(article: &Article) -> Option<String> {
    article.date.map(|d| d.to_string())
}

/// The names of an article's actors, most mentioned first.
fn actor_names<'a>(corpus: &'a Corpus, article: &Article) -> Vec<&'a str> {
    article
        .actor_counts()
        .into_iter()
        .map(|(actor, _)| corpus.actor_name(actor))
        .collect()
}
