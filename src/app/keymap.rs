//! Which key does what in which mode: the one table that both the event loop and the help
//! overlay read, so help cannot drift from the keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// The modes keys are looked up in; derived from the state by [`super::state::App::mode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    List,
    Article,
    Timeline,
    Actors,
    Warnings,
    Bookmarks,
    /// Selecting a passage by sentences in the article.
    Select,
    Help,
}

impl Mode {
    pub fn title(self) -> &'static str {
        match self {
            Mode::List => "Article list",
            Mode::Article => "Article",
            Mode::Timeline => "Timeline",
            Mode::Actors => "Actors",
            Mode::Warnings => "Load warnings",
            Mode::Bookmarks => "Bookmarks",
            Mode::Select => "Passage selection",
            Mode::Help => "Help",
        }
    }
}

/// A key with its modifiers, as written in help and config: `j`, `G`, `ctrl-d`, `pgdn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    pub fn from_event(event: &KeyEvent) -> Key {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        // Shifted letters arrive as upper-case chars; SHIFT itself carries no extra meaning.
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        Key { code, ctrl }
    }

    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One line of the keymap: keys, in which modes, doing what.
pub struct Binding {
    pub keys: &'static [Key],
    pub modes: &'static [Mode],
    pub action: Action,
}

const MOVING: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Warnings,
    Mode::Bookmarks,
    Mode::Help,
];
const VIEWS: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Warnings,
    Mode::Bookmarks,
];
const ALL: &[Mode] = &[
    Mode::List,
    Mode::Article,
    Mode::Timeline,
    Mode::Actors,
    Mode::Warnings,
    Mode::Bookmarks,
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
        modes: &[Mode::List, Mode::Timeline, Mode::Actors, Mode::Bookmarks],
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
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks],
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
            Mode::Warnings,
            Mode::Bookmarks,
            Mode::Select,
        ],
        action: Action::Help,
    },
    Binding {
        keys: &[Key::ch('b')],
        modes: &[Mode::Article, Mode::Select],
        action: Action::Bookmark,
    },
    Binding {
        keys: &[Key::ch('v')],
        modes: &[Mode::Article],
        action: Action::SelectPassage,
    },
    Binding {
        keys: &[Key::ch('e')],
        modes: &[Mode::Article, Mode::Bookmarks],
        action: Action::EditNote,
    },
    Binding {
        keys: &[Key::ch('B')],
        modes: VIEWS,
        action: Action::ShowBookmarks,
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
        keys: &[Key::ch('q'), Key::plain(KeyCode::Esc)],
        modes: ALL,
        action: Action::Back,
    },
    Binding {
        keys: &[Key::ctrl('c')],
        modes: ALL,
        action: Action::Quit,
    },
];

/// The action bound to `key` in `mode`, if any.
pub fn action_for(mode: Mode, key: Key) -> Option<Action> {
    DEFAULT_KEYMAP
        .iter()
        .find(|b| b.modes.contains(&mode) && b.keys.contains(&key))
        .map(|b| b.action)
}

/// The bindings of a mode, for help: (keys as written, what they do).
pub fn bindings(mode: Mode) -> Vec<(String, &'static str)> {
    DEFAULT_KEYMAP
        .iter()
        .filter(|b| b.modes.contains(&mode))
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            (keys.join(" "), b.action.describe())
        })
        .collect()
}

/// The first key bound to `action` in `mode`, for hints in the status line.
pub fn key_for(mode: Mode, action: Action) -> Option<String> {
    DEFAULT_KEYMAP
        .iter()
        .find(|b| b.modes.contains(&mode) && b.action == action)
        .and_then(|b| b.keys.first())
        .map(|k| k.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_keys_are_bound() {
        let cases = [
            (Mode::List, Key::ch('j'), Action::MoveDown),
            (Mode::List, Key::plain(KeyCode::Down), Action::MoveDown),
            (Mode::Article, Key::ch(']'), Action::NextQuote),
            (Mode::Article, Key::ch('['), Action::PrevQuote),
            (Mode::Article, Key::ch('J'), Action::NextArticle),
            (Mode::List, Key::ch('/'), Action::StartSearch),
            (Mode::List, Key::ch('t'), Action::ShowTimeline),
            (Mode::List, Key::ch('a'), Action::ShowActors),
            (Mode::List, Key::ch('?'), Action::Help),
            (Mode::List, Key::ctrl('d'), Action::HalfPageDown),
            (Mode::Timeline, Key::plain(KeyCode::Enter), Action::Open),
            (Mode::Article, Key::ch('q'), Action::Back),
        ];
        for (mode, key, action) in cases {
            assert_eq!(action_for(mode, key), Some(action), "{mode:?} {key:?}");
        }
    }

    #[test]
    fn bookmark_keys_are_bound() {
        assert_eq!(
            action_for(Mode::Article, Key::ch('b')),
            Some(Action::Bookmark)
        );
        assert_eq!(
            action_for(Mode::Select, Key::ch('b')),
            Some(Action::Bookmark)
        );
        assert_eq!(
            action_for(Mode::Article, Key::ch('v')),
            Some(Action::SelectPassage)
        );
        assert_eq!(
            action_for(Mode::Select, Key::ch('j')),
            Some(Action::MoveDown)
        );
        assert_eq!(
            action_for(Mode::Article, Key::ch('e')),
            Some(Action::EditNote)
        );
        assert_eq!(
            action_for(Mode::Bookmarks, Key::ch('e')),
            Some(Action::EditNote)
        );
        assert_eq!(
            action_for(Mode::List, Key::ch('B')),
            Some(Action::ShowBookmarks)
        );
        assert_eq!(
            action_for(Mode::Bookmarks, Key::ch('d')),
            Some(Action::Delete)
        );
        assert_eq!(
            action_for(Mode::Bookmarks, Key::ch('u')),
            Some(Action::Undo)
        );
        assert_eq!(
            action_for(Mode::Bookmarks, Key::plain(KeyCode::Enter)),
            Some(Action::Open)
        );
        assert_eq!(
            action_for(Mode::Bookmarks, Key::ch('/')),
            Some(Action::StartSearch)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for mode in ALL {
            let mut seen = std::collections::HashSet::new();
            for binding in DEFAULT_KEYMAP.iter().filter(|b| b.modes.contains(mode)) {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{mode:?}: {key:?} bound twice");
                }
            }
        }
    }

    #[test]
    fn help_lists_the_keymap() {
        let help = bindings(Mode::Article);
        assert!(
            help.iter()
                .any(|(keys, what)| keys == "]" && *what == "next quote")
        );
    }
}
