//! kroniek: a terminal reader for news corpora. The library holds the domain (`corpus`), the
//! headless commands (`cli`), the reader's state machine (`app`) and its panes (`ui`).

pub mod app;
pub mod bookmarks;
pub mod cli;
pub mod commands;
pub mod corpus;
pub mod generate;
pub mod tui;
pub mod ui;
