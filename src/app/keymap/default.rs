//! The default keymap: every binding kroniek ships with, and the sets of modes they share.

use crossterm::event::KeyCode;

use super::{Binding, Key, Mode};
use crate::app::action::Action;

const MOVING: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Merge,
    Mode::Warnings,
    Mode::Bookmarks,
    Mode::Quotations,
    Mode::Help,
];
/// The views: a key bound in all of them works everywhere (help lists it so).
pub const VIEWS: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Warnings,
    Mode::Bookmarks,
    Mode::Quotations,
];
pub(super) const ALL: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Merge,
    Mode::Warnings,
    Mode::Bookmarks,
    Mode::Quotations,
    Mode::Select,
    Mode::Help,
];
const READING: &[Mode] = &[Mode::List, Mode::Article];

/// The default keymap.
pub const DEFAULT_KEYMAP: &[Binding] = &[
    Binding {
        keys: &[Key::ch('j'), Key::plain(KeyCode::Down)],
        modes: ALL,
        action: Action::MoveDown,
    },
    Binding {
        keys: &[Key::ch('k'), Key::plain(KeyCode::Up)],
        modes: ALL,
        action: Action::MoveUp,
    },
    Binding {
        keys: &[Key::plain(KeyCode::PageDown), Key::ch(' ')],
        modes: MOVING,
        action: Action::PageDown,
    },
    Binding {
        keys: &[Key::plain(KeyCode::PageUp)],
        modes: MOVING,
        action: Action::PageUp,
    },
    Binding {
        keys: &[Key::ctrl('d')],
        modes: MOVING,
        action: Action::HalfPageDown,
    },
    Binding {
        keys: &[Key::ctrl('u')],
        modes: MOVING,
        action: Action::HalfPageUp,
    },
    Binding {
        keys: &[Key::ch('g'), Key::plain(KeyCode::Home)],
        modes: MOVING,
        action: Action::Top,
    },
    Binding {
        keys: &[Key::ch('G'), Key::plain(KeyCode::End)],
        modes: MOVING,
        action: Action::Bottom,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Enter)],
        modes: &[
            Mode::List,
            Mode::Timeline,
            Mode::Actors,
            Mode::Bookmarks,
            Mode::Quotations,
            Mode::Warnings,
        ],
        action: Action::Open,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::BackTab)],
        modes: READING,
        action: Action::FocusNext,
    },
    Binding {
        keys: &[Key::ch(']')],
        modes: &[Mode::Article],
        action: Action::NextQuote,
    },
    Binding {
        keys: &[Key::ch('[')],
        modes: &[Mode::Article],
        action: Action::PrevQuote,
    },
    Binding {
        keys: &[Key::ch('J')],
        modes: READING,
        action: Action::NextArticle,
    },
    Binding {
        keys: &[Key::ch('K')],
        modes: READING,
        action: Action::PrevArticle,
    },
    Binding {
        keys: &[Key::ch('/')],
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks, Mode::Quotations],
        action: Action::StartSearch,
    },
    Binding {
        keys: &[Key::ch('n')],
        modes: READING,
        action: Action::NextMatch,
    },
    Binding {
        keys: &[Key::ch('N')],
        modes: READING,
        action: Action::PrevMatch,
    },
    Binding {
        keys: &[Key::ch('t')],
        modes: VIEWS,
        action: Action::ShowTimeline,
    },
    Binding {
        keys: &[Key::ch('a')],
        modes: VIEWS,
        action: Action::ShowActors,
    },
    Binding {
        keys: &[Key::ch('w')],
        modes: VIEWS,
        action: Action::ShowWarnings,
    },
    Binding {
        keys: &[Key::ch('?')],
        modes: &[
            Mode::List,
            Mode::Article,
            Mode::Timeline,
            Mode::Actors,
            Mode::Merge,
            Mode::Warnings,
            Mode::Bookmarks,
            Mode::Quotations,
            Mode::Select,
        ],
        action: Action::Help,
    },
    Binding {
        keys: &[Key::ch('b')],
        modes: &[Mode::Article, Mode::Select, Mode::Quotations],
        action: Action::Bookmark,
    },
    Binding {
        keys: &[Key::ch('v')],
        modes: &[Mode::Article],
        action: Action::SelectPassage,
    },
    Binding {
        keys: &[Key::ch('e')],
        modes: &[Mode::Article, Mode::Bookmarks, Mode::Quotations],
        action: Action::EditNote,
    },
    Binding {
        keys: &[Key::ch('B')],
        modes: VIEWS,
        action: Action::ShowBookmarks,
    },
    Binding {
        keys: &[Key::ch('Q')],
        modes: VIEWS,
        action: Action::ShowQuotations,
    },
    Binding {
        keys: &[Key::ch('d')],
        modes: &[Mode::Bookmarks],
        action: Action::Delete,
    },
    Binding {
        keys: &[Key::ch('u')],
        modes: &[Mode::Bookmarks],
        action: Action::Undo,
    },
    Binding {
        keys: &[Key::ch('m')],
        modes: &[Mode::Actors],
        action: Action::Merge,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Enter), Key::ch('m')],
        modes: &[Mode::Merge],
        action: Action::MergeInto,
    },
    Binding {
        keys: &[Key::ch('r')],
        modes: &[Mode::Actors],
        action: Action::Rename,
    },
    Binding {
        keys: &[Key::ch('c')],
        modes: &[Mode::Actors],
        action: Action::ChangeKind,
    },
    Binding {
        keys: &[Key::ch('x')],
        modes: &[Mode::Actors],
        action: Action::NotAnActor,
    },
    Binding {
        keys: &[Key::ch('u')],
        modes: &[Mode::Actors],
        action: Action::UndoActorChange,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Esc)],
        modes: ALL,
        action: Action::Back,
    },
    Binding {
        keys: &[Key::ch('h'), Key::plain(KeyCode::Left)],
        modes: READING,
        action: Action::PaneBack,
    },
    Binding {
        keys: &[Key::ch('q')],
        modes: ALL,
        action: Action::BackOrQuit,
    },
    Binding {
        keys: &[Key::ch('l'), Key::plain(KeyCode::Right)],
        modes: READING,
        action: Action::PaneOpen,
    },
    Binding {
        keys: &[Key::ch('<')],
        modes: READING,
        action: Action::NarrowList,
    },
    Binding {
        keys: &[Key::ch('>')],
        modes: READING,
        action: Action::WidenList,
    },
    Binding {
        keys: &[Key::ch('r')],
        modes: READING,
        action: Action::ToggleRead,
    },
    Binding {
        keys: &[Key::ch('U')],
        modes: READING,
        action: Action::UnreadOnly,
    },
    Binding {
        keys: &[Key::ch('y')],
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks, Mode::Quotations],
        action: Action::Copy,
    },
    Binding {
        keys: &[Key::ch('o')],
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks, Mode::Quotations],
        action: Action::OpenUrl,
    },
    Binding {
        keys: &[Key::ctrl('c')],
        modes: &[
            Mode::List,
            Mode::Article,
            Mode::Timeline,
            Mode::Actors,
            Mode::Merge,
            Mode::Rename,
            Mode::Warnings,
            Mode::Bookmarks,
            Mode::Quotations,
            Mode::Select,
            Mode::Help,
            Mode::Search,
        ],
        action: Action::Quit,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Enter)],
        modes: &[Mode::Search],
        action: Action::Accept,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Esc)],
        modes: &[Mode::Search, Mode::Note, Mode::Rename],
        action: Action::Cancel,
    },
    Binding {
        keys: &[Key::plain(KeyCode::Enter)],
        modes: &[Mode::Rename],
        action: Action::SaveName,
    },
    Binding {
        keys: &[Key::ctrl('u')],
        modes: &[Mode::Rename],
        action: Action::ClearName,
    },
    Binding {
        keys: &[Key::ctrl('s')],
        modes: &[Mode::Note],
        action: Action::SaveNote,
    },
    Binding {
        keys: &[Key::ch('y'), Key::ch('Y')],
        modes: &[Mode::Confirm],
        action: Action::Yes,
    },
    Binding {
        keys: &[Key::ch('n'), Key::ch('N'), Key::plain(KeyCode::Esc)],
        modes: &[Mode::Confirm],
        action: Action::No,
    },
    Binding {
        keys: &[Key::ctrl('z')],
        modes: ALL,
        action: Action::Suspend,
    },
    Binding {
        keys: &[Key::ch('R')],
        modes: VIEWS,
        action: Action::Reload,
    },
    Binding {
        keys: &[Key::ch('s')],
        modes: &[Mode::Timeline],
        action: Action::ToggleGrid,
    },
    Binding {
        keys: &[Key::ch('v')],
        modes: &[Mode::Timeline],
        action: Action::StartRange,
    },
    Binding {
        keys: &[Key::ch('m')],
        modes: &[Mode::Timeline],
        action: Action::ToggleMeasure,
    },
    Binding {
        keys: &[Key::ch('+'), Key::ch('=')],
        modes: &[Mode::Timeline],
        action: Action::FinerPeriods,
    },
    Binding {
        keys: &[Key::ch('-')],
        modes: &[Mode::Timeline],
        action: Action::CoarserPeriods,
    },
    Binding {
        keys: &[Key::ch('h'), Key::plain(KeyCode::Left)],
        modes: &[Mode::Timeline],
        action: Action::MoveLeft,
    },
    Binding {
        keys: &[Key::ch('l'), Key::plain(KeyCode::Right)],
        modes: &[Mode::Timeline],
        action: Action::MoveRight,
    },
];
