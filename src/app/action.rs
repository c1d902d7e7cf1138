//! Everything a user can ask of the reader. Keys map to these through the keymap; the update
//! function applies them. The snake_case names are the vocabulary of key bindings and help.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Quit kroniek.
    Quit,
    /// Go back one level (close an overlay, return to where the reader came from, clear a
    /// filter); nothing at the top.
    Back,
    /// Go back one level as `back` does; quit at the top.
    BackOrQuit,
    /// Move to the pane on the left: back, as `back` does.
    PaneBack,
    /// Move to the pane on the right: open the selected article.
    PaneOpen,
    /// Move the split between list and article to the left: a narrower list.
    NarrowList,
    /// Move the split between list and article to the right: a wider list.
    WidenList,
    /// Toggle the read mark of the selected article.
    ToggleRead,
    /// Show unread articles only, or all again.
    UnreadOnly,
    /// Copy the selected quotation (with its speaker, the article's title and date), else the
    /// article's URL, to the clipboard (OSC 52).
    Copy,
    /// Open the article's URL in the browser.
    OpenUrl,
    /// Move the selection down, or scroll the article down one line.
    MoveDown,
    /// Move the selection up, or scroll the article up one line.
    MoveUp,
    /// Down one page.
    PageDown,
    /// Up one page.
    PageUp,
    /// Down half a page.
    HalfPageDown,
    /// Up half a page.
    HalfPageUp,
    /// Jump to the top.
    Top,
    /// Jump to the bottom.
    Bottom,
    /// Open the selected article, period or actor.
    Open,
    /// Move focus between the list and the article pane.
    FocusNext,
    /// Show the timeline.
    ShowTimeline,
    /// Show the actor filter.
    ShowActors,
    /// Show the load warnings.
    ShowWarnings,
    /// Search titles and bodies.
    StartSearch,
    /// Jump to the next search match.
    NextMatch,
    /// Jump to the previous search match.
    PrevMatch,
    /// Select the next quotation in the article.
    NextQuote,
    /// Select the previous quotation in the article.
    PrevQuote,
    /// Open the next article in the list.
    NextArticle,
    /// Open the previous article in the list.
    PrevArticle,
    /// Show every key of the current view.
    Help,
    /// Bookmark the selected quotation (or the selected passage).
    Bookmark,
    /// Show the bookmarks.
    ShowBookmarks,
    /// Show every quotation of the corpus.
    ShowQuotations,
    /// Edit the note of the selected bookmark.
    EditNote,
    /// Select a passage by whole sentences, to bookmark what the quote finder missed.
    SelectPassage,
    /// Delete the selected bookmark (after a confirmation).
    Delete,
    /// Undo the last delete.
    Undo,
    /// Keep the search typed and close its input.
    Accept,
    /// Close the search input or the note editor without keeping what was typed.
    Cancel,
    /// Save the note being edited.
    SaveNote,
    /// Answer a question yes.
    Yes,
    /// Answer a question no.
    No,
    /// Give the terminal back and stop, as Ctrl-Z does in a shell; `fg` continues.
    Suspend,
    /// Merge the selected actor into another, chosen next: it becomes an alias.
    Merge,
    /// Merge the actor being merged into the selected one.
    MergeInto,
    /// Rename the selected actor.
    Rename,
    /// Save the name being typed.
    SaveName,
    /// Clear the name being typed, to type another.
    ClearName,
    /// Change the selected actor's kind to the next one.
    ChangeKind,
    /// Mark the selected actor's name as not an actor.
    NotAnActor,
    /// Undo the last change to the actors.
    UndoActorChange,
    /// In the timeline: switch between the bars and the actor grid.
    ToggleGrid,
    /// In the actor grid: count mentions or quotations.
    ToggleMeasure,
    /// In the timeline (bars and grid): shorter periods (year, quarter, month, week, day).
    FinerPeriods,
    /// In the timeline (bars and grid): longer periods.
    CoarserPeriods,
    /// In the actor grid: the period before.
    MoveLeft,
    /// In the actor grid: the period after.
    MoveRight,
    /// In the timeline: start a range of dates; moving extends it, Enter applies it.
    StartRange,
    /// Read the corpus's folders again (the reader also does when they change).
    Reload,
}

impl Action {
    /// The snake_case name, as in the config file's `[keys]` table.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// What the action does, for the help overlay.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back",
            Action::BackOrQuit => "back (quit from the top)",
            Action::PaneBack => "back to the pane on the left",
            Action::PaneOpen => "open in the pane on the right",
            Action::NarrowList => "narrower list",
            Action::WidenList => "wider list",
            Action::ToggleRead => "read/unread",
            Action::UnreadOnly => "unread only",
            Action::Copy => "copy",
            Action::OpenUrl => "open URL",
            Action::MoveDown => "down",
            Action::MoveUp => "up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::FocusNext => "switch pane",
            Action::ShowTimeline => "timeline",
            Action::ShowActors => "actor filter",
            Action::ShowWarnings => "load warnings",
            Action::StartSearch => "search",
            Action::NextMatch => "next match",
            Action::PrevMatch => "previous match",
            Action::NextQuote => "next quote",
            Action::PrevQuote => "previous quote",
            Action::NextArticle => "next article",
            Action::PrevArticle => "previous article",
            Action::Help => "help",
            Action::Bookmark => "bookmark",
            Action::ShowBookmarks => "bookmarks",
            Action::ShowQuotations => "all quotations",
            Action::EditNote => "edit note",
            Action::SelectPassage => "select a passage",
            Action::Delete => "delete",
            Action::Undo => "undo delete",
            Action::Accept => "keep the search",
            Action::Cancel => "cancel",
            Action::SaveNote => "save",
            Action::Yes => "yes",
            Action::No => "no",
            Action::Suspend => "suspend (fg resumes)",
            Action::Merge => "merge into another actor",
            Action::MergeInto => "merge into this one",
            Action::Rename => "rename",
            Action::SaveName => "save the name",
            Action::ClearName => "clear the name",
            Action::ChangeKind => "change the kind",
            Action::NotAnActor => "not an actor",
            Action::UndoActorChange => "undo the last actor change",
            Action::ToggleGrid => "grid or bars",
            Action::ToggleMeasure => "grid: mentions or quotations",
            Action::FinerPeriods => "shorter periods",
            Action::CoarserPeriods => "longer periods",
            Action::MoveLeft => "grid: period before",
            Action::MoveRight => "grid: period after",
            Action::StartRange => "a range of dates (Enter applies)",
            Action::Reload => "reload the corpus",
        }
    }
}
