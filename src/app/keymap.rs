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

    /// Reads a key as written in the config file: `x`, `G`, `]`, `ctrl-n`, `enter`, `pgdn`, `f5`.
    pub fn parse(text: &str) -> Result<Key, String> {
        let (ctrl, rest) = match text.get(..5) {
            Some(prefix) if prefix.eq_ignore_ascii_case("ctrl-") && text.len() > 5 => {
                (true, &text[5..])
            }
            _ => (false, text),
        };
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "shift-tab" | "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                name => match name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n @ 1..=24) => KeyCode::F(n),
                    _ => {
                        return Err(format!(
                            "unknown key `{text}` (want a character, ctrl-<char>, space, enter, \
                             esc, tab, shift-tab, backspace, delete, insert, up, down, left, \
                             right, pgup, pgdn, home, end or f1 to f24)"
                        ));
                    }
                },
            },
        };
        Ok(Key { code, ctrl })
    }

    /// The key as written in the config file; [`Key::parse`] reads it back.
    pub fn config_name(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "enter".into(),
            KeyCode::Esc => "esc".into(),
            KeyCode::Tab => "tab".into(),
            KeyCode::BackTab => "shift-tab".into(),
            KeyCode::Backspace => "backspace".into(),
            KeyCode::Delete => "delete".into(),
            KeyCode::Insert => "insert".into(),
            KeyCode::Up => "up".into(),
            KeyCode::Down => "down".into(),
            KeyCode::Left => "left".into(),
            KeyCode::Right => "right".into(),
            KeyCode::PageUp => "pgup".into(),
            KeyCode::PageDown => "pgdn".into(),
            KeyCode::Home => "home".into(),
            KeyCode::End => "end".into(),
            KeyCode::F(n) => format!("f{n}"),
            other => format!("{other:?}").to_ascii_lowercase(),
        };
        if self.ctrl {
            format!("ctrl-{base}")
        } else {
            base
        }
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
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::F(n) => format!("F{n}"),
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
    Binding {
        keys: &[Key::ctrl('z')],
        modes: ALL,
        action: Action::Suspend,
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
