//! Which key does what in which mode: the one table that both the event loop and the help
//! overlay read, so help cannot drift from the keys.

use crossterm::event::KeyCode;

use super::action::Action;
pub use super::keys::Key;

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
    /// Typing a search; keys bound to nothing here are typed.
    Search,
    /// Editing a bookmark's note; keys bound to nothing here are typed.
    Note,
    /// A question waiting for an answer.
    Confirm,
    /// Choosing the actor to merge another into.
    Merge,
    /// Typing an actor's new name; keys bound to nothing here are typed.
    Rename,
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
            Mode::Search => "Search",
            Mode::Note => "Note",
            Mode::Confirm => "Question",
            Mode::Merge => "Merging actors",
            Mode::Rename => "Renaming an actor",
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
    Mode::Merge,
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
    Mode::Merge,
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
            Mode::Merge,
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
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks],
        action: Action::Copy,
    },
    Binding {
        keys: &[Key::ch('o')],
        modes: &[Mode::List, Mode::Article, Mode::Bookmarks],
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

/// The keymap in use: the default table with the user's patches applied. The event loop, the help
/// overlay and the status line hints all read this one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<(Vec<Key>, &'static [Mode], Action)>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: DEFAULT_KEYMAP
                .iter()
                .map(|b| (b.keys.to_vec(), b.modes, b.action))
                .collect(),
        }
    }
}

impl Keymap {
    /// The default keymap with `patches` applied: each action named gets exactly the keys given,
    /// in every mode it has, and those keys are taken from whatever they did before in those modes.
    /// Returns the actions left with no key at all, so the caller can say so.
    pub fn patched(patches: &[(Action, Vec<Key>)]) -> (Keymap, Vec<Action>) {
        let mut keymap = Keymap::default();
        for (action, keys) in patches {
            let modes: Vec<Mode> = keymap
                .bindings
                .iter()
                .filter(|(_, _, a)| a == action)
                .flat_map(|(_, modes, _)| modes.iter().copied())
                .collect();
            for (bound, their_modes, other) in &mut keymap.bindings {
                if other == action {
                    bound.clone_from(keys);
                } else if their_modes.iter().any(|m| modes.contains(m)) {
                    bound.retain(|k| !keys.contains(k));
                }
            }
        }
        let unbound = keymap
            .bindings
            .iter()
            .filter(|(keys, _, _)| keys.is_empty())
            .map(|(_, _, action)| *action)
            .collect();
        (keymap, unbound)
    }

    /// The action bound to `key` in `mode`, if any.
    pub fn action_for(&self, mode: Mode, key: Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(keys, modes, _)| modes.contains(&mode) && keys.contains(&key))
            .map(|(_, _, action)| *action)
    }

    /// The bindings of a mode, for help: (keys as written, what they do).
    pub fn bindings(&self, mode: Mode) -> Vec<(String, &'static str)> {
        self.bindings
            .iter()
            .filter(|(keys, modes, _)| modes.contains(&mode) && !keys.is_empty())
            .map(|(keys, _, action)| {
                let keys: Vec<String> = keys.iter().map(|k| k.label()).collect();
                (keys.join(" "), action.describe())
            })
            .collect()
    }

    /// The key a hint names for `action` in `mode`: `preferred` while it does that, else the
    /// first key that does, else (no key at all) the action's name as the config file writes it.
    pub fn hint(&self, mode: Mode, action: Action, preferred: Option<Key>) -> String {
        match preferred {
            Some(key) if self.action_for(mode, key) == Some(action) => key.label(),
            _ => self.key_for(mode, action).unwrap_or_else(|| action.name()),
        }
    }

    /// The first key bound to `action` in `mode`, for hints in the status line.
    pub fn key_for(&self, mode: Mode, action: Action) -> Option<String> {
        self.bindings
            .iter()
            .find(|(_, modes, a)| modes.contains(&mode) && *a == action)
            .and_then(|(keys, _, _)| keys.first())
            .map(|k| k.label())
    }

    /// Every action with its keys, in table order, for `kroniek config`.
    pub fn all(&self) -> impl Iterator<Item = (Action, &[Key])> {
        self.bindings
            .iter()
            .map(|(keys, _, action)| (*action, keys.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action_for(mode: Mode, key: Key) -> Option<Action> {
        Keymap::default().action_for(mode, key)
    }

    fn bindings(mode: Mode) -> Vec<(String, &'static str)> {
        Keymap::default().bindings(mode)
    }

    /// Each key is bound to its action in its mode.
    fn assert_bound(cases: &[(Mode, Key, Action)]) {
        for &(mode, key, action) in cases {
            assert_eq!(action_for(mode, key), Some(action), "{mode:?} {key:?}");
        }
    }

    #[test]
    fn contract_keys_are_bound() {
        assert_bound(&[
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
            (Mode::Article, Key::ch('q'), Action::BackOrQuit),
            (Mode::Article, Key::plain(KeyCode::Esc), Action::Back),
        ]);
    }

    #[test]
    fn daily_reading_keys_are_bound() {
        assert_bound(&[
            (Mode::List, Key::ch('q'), Action::BackOrQuit),
            (Mode::List, Key::plain(KeyCode::Esc), Action::Back),
            (Mode::List, Key::ch('l'), Action::PaneOpen),
            (Mode::List, Key::plain(KeyCode::Right), Action::PaneOpen),
            (Mode::Article, Key::ch('h'), Action::PaneBack),
            (Mode::Article, Key::plain(KeyCode::Left), Action::PaneBack),
            (Mode::List, Key::ch('r'), Action::ToggleRead),
            (Mode::Article, Key::ch('U'), Action::UnreadOnly),
            (Mode::Article, Key::ch('y'), Action::Copy),
            (Mode::Bookmarks, Key::ch('y'), Action::Copy),
            (Mode::Article, Key::ch('o'), Action::OpenUrl),
            (Mode::List, Key::ch('o'), Action::OpenUrl),
        ]);
    }

    #[test]
    fn bookmark_keys_are_bound() {
        assert_bound(&[
            (Mode::Article, Key::ch('b'), Action::Bookmark),
            (Mode::Select, Key::ch('b'), Action::Bookmark),
            (Mode::Article, Key::ch('v'), Action::SelectPassage),
            (Mode::Select, Key::ch('j'), Action::MoveDown),
            (Mode::Article, Key::ch('e'), Action::EditNote),
            (Mode::Bookmarks, Key::ch('e'), Action::EditNote),
            (Mode::List, Key::ch('B'), Action::ShowBookmarks),
            (Mode::Bookmarks, Key::ch('d'), Action::Delete),
            (Mode::Bookmarks, Key::ch('u'), Action::Undo),
            (Mode::Bookmarks, Key::plain(KeyCode::Enter), Action::Open),
            (Mode::Bookmarks, Key::ch('/'), Action::StartSearch),
        ]);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for mode in ALL
            .iter()
            .chain(&[Mode::Search, Mode::Note, Mode::Confirm, Mode::Rename])
        {
            let mut seen = std::collections::HashSet::new();
            for binding in DEFAULT_KEYMAP.iter().filter(|b| b.modes.contains(mode)) {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{mode:?}: {key:?} bound twice");
                }
            }
        }
    }

    #[test]
    fn actor_curation_keys_are_bound() {
        let cases = [
            (Mode::Actors, Key::ch('m'), Action::Merge),
            (Mode::Merge, Key::plain(KeyCode::Enter), Action::MergeInto),
            (Mode::Merge, Key::ch('m'), Action::MergeInto),
            (Mode::Merge, Key::ch('j'), Action::MoveDown),
            (Mode::Merge, Key::plain(KeyCode::Esc), Action::Back),
            (Mode::Actors, Key::ch('r'), Action::Rename),
            (Mode::Rename, Key::plain(KeyCode::Enter), Action::SaveName),
            (Mode::Rename, Key::plain(KeyCode::Esc), Action::Cancel),
            (Mode::Actors, Key::ch('c'), Action::ChangeKind),
            (Mode::Actors, Key::ch('x'), Action::NotAnActor),
            (Mode::Actors, Key::ch('u'), Action::UndoActorChange),
            (Mode::Actors, Key::ch('k'), Action::MoveUp),
        ];
        for (mode, key, action) in cases {
            assert_eq!(action_for(mode, key), Some(action), "{mode:?} {key:?}");
        }
        assert_eq!(action_for(Mode::Rename, Key::ch('x')), None);
    }

    #[test]
    fn every_action_is_in_one_binding_so_the_printed_config_has_each_name_once() {
        let mut seen = std::collections::HashSet::new();
        for binding in DEFAULT_KEYMAP {
            assert!(seen.insert(binding.action), "{:?} twice", binding.action);
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
