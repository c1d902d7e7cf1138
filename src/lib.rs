//! kroniek: a terminal reader for news corpora. The library holds the domain (`corpus`), the
//! headless commands (`cli`), the reader's state machine (`app`) and its panes (`ui`).

pub mod app;
pub mod bookmarks;
pub mod bounded;
pub mod cli;
pub mod commands;
pub mod config;
pub mod corpus;
pub mod dirs;
pub mod fnv;
#[cfg(feature = "generate")]
pub mod generate;
pub mod io_error;
pub mod logging;
pub mod manpage;
pub mod output;
pub mod plural;
pub mod resume;
pub mod share;
pub mod storage;
#[cfg(unix)]
pub mod terminal;
pub mod tui;
pub mod ui;
pub mod watch;
pub mod web_url;
