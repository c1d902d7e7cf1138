//! Tests of the keymap: the keys the contract and daily reading need, no key bound twice.

use crossterm::event::KeyCode;

use super::default::ALL;
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
fn quotation_view_keys_are_bound() {
    assert_bound(&[
        (Mode::List, Key::ch('Q'), Action::ShowQuotations),
        (Mode::Article, Key::ch('Q'), Action::ShowQuotations),
        (Mode::Bookmarks, Key::ch('Q'), Action::ShowQuotations),
        (Mode::Quotations, Key::ch('/'), Action::StartSearch),
        (Mode::Quotations, Key::plain(KeyCode::Enter), Action::Open),
        (Mode::Quotations, Key::ch('b'), Action::Bookmark),
        (Mode::Quotations, Key::ch('e'), Action::EditNote),
        (Mode::Quotations, Key::ch('j'), Action::MoveDown),
        (Mode::Quotations, Key::plain(KeyCode::Esc), Action::Back),
        (Mode::Quotations, Key::ch('q'), Action::BackOrQuit),
        (Mode::Quotations, Key::ch('?'), Action::Help),
    ]);
    let (keymap, unbound) = Keymap::patched(&[(Action::ShowQuotations, vec![Key::ch('z')])]);
    assert!(unbound.is_empty());
    assert_eq!(
        keymap.action_for(Mode::List, Key::ch('z')),
        Some(Action::ShowQuotations)
    );
    assert_eq!(keymap.action_for(Mode::List, Key::ch('Q')), None);
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
