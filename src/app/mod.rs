//! The reader's state machine: plain data ([`state::App`]), named actions, one keymap, and one
//! update function. No drawing happens here.

pub mod action;
pub mod article_view;
pub mod bookmarking;
pub mod curating;
pub mod grid;
pub mod help;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod mouse;
pub mod overlay;
pub mod quit;
pub mod reload;
pub mod resume;
pub mod share;
pub mod state;
pub mod strings;
pub mod update;
pub mod wrap;

pub use action::Action;
pub use mouse::handle_mouse;
pub use state::App;
pub use update::{handle_key, resize, update};
