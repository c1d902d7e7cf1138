//! Which key does what in which mode: the one table that both the event loop and the help
//! overlay read, so help cannot drift from the keys. The modes and the keymap in use live here;
//! the default table in `default.rs`.

mod default;
#[cfg(test)]
mod tests;

use super::action::Action;
pub use super::keys::Key;

pub use default::{DEFAULT_KEYMAP, VIEWS};

/// The modes keys are looked up in; derived from the state by [`super::state::App::mode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    List,
    Article,
    Timeline,
    Actors,
    Warnings,
    Bookmarks,
    /// Every quotation of the corpus.
    Quotations,
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
            Mode::Quotations => "Quotations",
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
