//! Overlays: help, the search input, the note editor, the rename input and questions, drawn over the view. They
//! stack: the one opened last takes the keys, and a question can come up over another overlay
//! (quitting from help, dropping an edited note).

use ratatui_textarea::TextArea;

use super::state::App;

/// One overlay, with what it holds.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The keys of the view under it, scrolled this many rows.
    Help { scroll: usize },
    /// The search being typed.
    Search(SearchInput),
    /// A bookmark's note being edited.
    Note(NoteEditor),
    /// A question waiting for y or n.
    Confirm(Confirm),
    /// An actor's new name being typed.
    Rename(RenameInput),
}

/// An actor's new name being typed: which actor, and the one-line input.
#[derive(Debug, Clone)]
pub struct RenameInput {
    pub actor: crate::corpus::article::ActorId,
    pub input: TextArea<'static>,
}

/// What a search input narrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchTarget {
    Articles,
    Bookmarks,
    Quotations,
}

/// The search being typed: the one-line input and the search it replaces if cancelled.
#[derive(Debug, Clone)]
pub struct SearchInput {
    pub input: TextArea<'static>,
    pub previous: String,
    pub target: SearchTarget,
}

/// The note editor: which bookmark, the text being edited, and the note it started from.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    pub id: String,
    pub input: TextArea<'static>,
    pub original: String,
}

/// A question waiting for y or n.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Delete the bookmark with this id.
    Delete(String),
    /// Drop the edited note.
    DiscardNote,
    /// Quit with bookmark changes not saved.
    QuitUnsaved,
    /// Restore the last good copy after a corrupt file (its path and how many bookmarks).
    RestoreBackup(String, usize),
}

impl App {
    /// The overlay that takes the keys: the one opened last.
    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    /// [`App::top_overlay`], to change.
    pub fn top_overlay_mut(&mut self) -> Option<&mut Overlay> {
        self.overlays.last_mut()
    }

    /// Opens an overlay over the others.
    pub fn open_overlay(&mut self, overlay: Overlay) {
        self.overlays.push(overlay);
    }

    /// Closes the overlay that takes the keys.
    pub fn close_overlay(&mut self) {
        self.overlays.pop();
    }

    /// How far help is scrolled, when it is open.
    pub fn help_scroll(&self) -> Option<usize> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Help { scroll } => Some(*scroll),
            _ => None,
        })
    }

    /// [`App::help_scroll`], to change.
    pub fn help_scroll_mut(&mut self) -> Option<&mut usize> {
        self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Help { scroll } => Some(scroll),
            _ => None,
        })
    }

    /// Closes help.
    pub fn close_help(&mut self) {
        self.overlays.retain(|o| !matches!(o, Overlay::Help { .. }));
    }

    /// The search being typed, if the search input is open.
    pub fn search_input(&self) -> Option<&SearchInput> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Search(search) => Some(search),
            _ => None,
        })
    }

    /// The note editor, if it is open.
    pub fn note(&self) -> Option<&NoteEditor> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Note(editor) => Some(editor),
            _ => None,
        })
    }

    /// Closes the note editor.
    pub fn close_note(&mut self) {
        self.overlays.retain(|o| !matches!(o, Overlay::Note(_)));
    }

    /// The actor's new name being typed, if the rename input is open.
    pub fn rename_input(&self) -> Option<&RenameInput> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Rename(rename) => Some(rename),
            _ => None,
        })
    }

    /// The question waiting for an answer, if there is one.
    pub fn confirm(&self) -> Option<&Confirm> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Confirm(confirm) => Some(confirm),
            _ => None,
        })
    }
}
