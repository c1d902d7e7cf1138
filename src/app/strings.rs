//! Every sentence the reader shows that names a key, written once and given the keymap, so a user
//! who rebinds a key reads the key they bound. With the default keymap each reads as it always
//! has ("b bookmarks it").

use crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::{Key, Keymap, Mode};
use crate::corpus::Corpus;

const ESC: Option<Key> = Some(Key::plain(KeyCode::Esc));

/// The key for `action` in `mode`.
fn key(keymap: &Keymap, mode: Mode, action: Action) -> String {
    keymap.hint(mode, action, None)
}

/// The key for going back in `mode`: Esc, where it still goes back.
fn back(keymap: &Keymap, mode: Mode) -> String {
    keymap.hint(mode, Action::Back, ESC)
}

/// What the reader says when it opens: files skipped or loaded with warnings.
pub fn loaded(keymap: &Keymap, corpus: &Corpus) -> Option<String> {
    let w = key(keymap, Mode::List, Action::ShowWarnings);
    match corpus.skipped() {
        0 if corpus.warnings.is_empty() => None,
        0 if corpus.warnings.len() == 1 => Some(format!("1 load warning; {w} to see it")),
        0 => Some(format!(
            "{} load warnings; {w} to see them",
            corpus.warnings.len()
        )),
        _ => Some(format!("{}; {w} to see why", corpus.skipped_summary())),
    }
}

/// A search that matches no article.
pub fn search_matches_nothing(keymap: &Keymap) -> String {
    format!(
        "no article matches; {} clears the search",
        back(keymap, Mode::List)
    )
}

/// A search that matches `n` articles.
pub fn search_matches(keymap: &Keymap, n: usize) -> String {
    format!(
        "{} {}; {}/{} jump between matches",
        crate::plural::count(n, "article", "articles"),
        if n == 1 { "matches" } else { "match" },
        key(keymap, Mode::List, Action::NextMatch),
        key(keymap, Mode::List, Action::PrevMatch)
    )
}

/// Jumping to a match with no search.
pub fn no_search(keymap: &Keymap, mode: Mode) -> String {
    format!(
        "no search; {} to search",
        key(keymap, mode, Action::StartSearch)
    )
}

/// Unread-only turned on or off.
pub fn unread_only(keymap: &Keymap, on: bool) -> String {
    let k = key(keymap, Mode::List, Action::UnreadOnly);
    if on {
        format!("unread articles only; {k} shows all")
    } else {
        format!("all articles; {k} shows unread only")
    }
}

/// Bookmarking with nothing selected.
pub fn nothing_to_bookmark(keymap: &Keymap) -> String {
    format!(
        "no quotation selected: {} selects one, {} selects a passage",
        key(keymap, Mode::Article, Action::NextQuote),
        key(keymap, Mode::Article, Action::SelectPassage)
    )
}

/// A bookmark made.
pub fn bookmarked(keymap: &Keymap) -> String {
    format!(
        "bookmarked; {} adds a note, {} shows all",
        key(keymap, Mode::Article, Action::EditNote),
        key(keymap, Mode::Article, Action::ShowBookmarks)
    )
}

/// Selecting a passage begins.
pub fn selecting(keymap: &Keymap) -> String {
    format!(
        "select by sentence: {}/{} extend, {} bookmarks, {} cancels",
        key(keymap, Mode::Select, Action::MoveDown),
        key(keymap, Mode::Select, Action::MoveUp),
        key(keymap, Mode::Select, Action::Bookmark),
        back(keymap, Mode::Select)
    )
}

/// A note asked for on a quotation that is not bookmarked.
pub fn not_bookmarked(keymap: &Keymap) -> String {
    format!(
        "this quotation is not bookmarked: {} bookmarks it",
        key(keymap, Mode::Article, Action::Bookmark)
    )
}

/// A note asked for with no quotation or bookmarked passage selected.
pub fn nothing_to_annotate(keymap: &Keymap) -> String {
    format!(
        "no bookmark selected: {} selects a quotation, {} shows the bookmarks",
        key(keymap, Mode::Article, Action::NextQuote),
        key(keymap, Mode::Article, Action::ShowBookmarks)
    )
}

/// A bookmark deleted.
pub fn deleted(keymap: &Keymap) -> String {
    format!(
        "bookmark deleted; {} undoes",
        key(keymap, Mode::Bookmarks, Action::Undo)
    )
}

/// A note was not saved: its bookmark is gone from the file.
pub fn note_not_saved(keymap: &Keymap, location: &str) -> String {
    format!(
        "note NOT saved: the bookmark is no longer in {location} (removed elsewhere); {} \
         bookmarks it again",
        key(keymap, Mode::Article, Action::Bookmark)
    )
}

/// A bookmark to delete was gone from the file already.
pub fn already_gone(keymap: &Keymap, location: &str) -> String {
    format!(
        "the bookmark was already gone from {location}; {} brings it back",
        key(keymap, Mode::Bookmarks, Action::Undo)
    )
}

/// The foot of the note editor.
pub fn note_keys(keymap: &Keymap) -> String {
    format!(
        " {} save · {} close ",
        key(keymap, Mode::Note, Action::SaveNote),
        key(keymap, Mode::Note, Action::Cancel)
    )
}

/// The foot of a question.
pub fn confirm_keys(keymap: &Keymap) -> String {
    format!(
        " {} yes · {} no ",
        key(keymap, Mode::Confirm, Action::Yes),
        key(keymap, Mode::Confirm, Action::No)
    )
}

/// The title of the gauge while the corpus loads: the list's back key quits there (as its quit
/// key does).
pub fn loading_title(keymap: &Keymap) -> String {
    format!(
        " Loading the corpus · {} quits ",
        key(keymap, Mode::List, Action::BackOrQuit)
    )
}

/// The title of help over the keys of `mode`.
pub fn help_title(keymap: &Keymap, mode: Mode) -> String {
    format!(
        " Keys · {} · {} closes ",
        mode.title(),
        back(keymap, Mode::Help)
    )
}

/// The title of the actor filter, with the keys that correct the actors.
pub fn actors_title(keymap: &Keymap) -> String {
    let k = |action| key(keymap, Mode::Actors, action);
    format!(
        " Actors · {} filter · {} merge · {} rename · {} kind · {} no actor · {} undo ",
        k(Action::Open),
        k(Action::Merge),
        k(Action::Rename),
        k(Action::ChangeKind),
        k(Action::NotAnActor),
        k(Action::UndoActorChange)
    )
}

/// The title of the actor filter with no actor in it: only the way out.
pub fn no_actors_title(keymap: &Keymap) -> String {
    format!(" Actors · {} back ", back(keymap, Mode::Actors))
}

/// The title of the actor list while the actor to merge into is chosen.
pub fn merge_title(keymap: &Keymap, name: &str) -> String {
    format!(
        " Merge “{name}” into… · {} merges into the selected actor · {} cancels ",
        key(keymap, Mode::Merge, Action::MergeInto),
        back(keymap, Mode::Merge)
    )
}

/// A merge begun: what to do next.
pub fn merging(keymap: &Keymap, name: &str) -> String {
    format!(
        "merge “{name}” into which actor? select it and press {}; {} cancels",
        key(keymap, Mode::Merge, Action::MergeInto),
        back(keymap, Mode::Merge)
    )
}

/// The foot of the rename input.
pub fn rename_keys(keymap: &Keymap) -> String {
    format!(
        " {} save · {} clear · {} cancel ",
        key(keymap, Mode::Rename, Action::SaveName),
        key(keymap, Mode::Rename, Action::ClearName),
        key(keymap, Mode::Rename, Action::Cancel)
    )
}

/// The list when the filters leave no article.
pub fn no_article_matches(keymap: &Keymap) -> String {
    format!(
        "No article matches. {} clears the filters.",
        back(keymap, Mode::List)
    )
}

/// The bookmarks view with no bookmarks.
pub fn no_bookmarks(keymap: &Keymap) -> String {
    format!(
        "No bookmarks yet. In an article, {} selects a quotation and {} bookmarks it.",
        key(keymap, Mode::Article, Action::NextQuote),
        key(keymap, Mode::Article, Action::Bookmark)
    )
}

/// The bookmarks view when its filter leaves none.
pub fn no_bookmark_matches(keymap: &Keymap) -> String {
    format!(
        "No bookmark matches. {} clears the filter.",
        back(keymap, Mode::Bookmarks)
    )
}

/// The quotations view with no quotation: none in the corpus, or none the list's filters let
/// through.
pub fn no_quotations(keymap: &Keymap, filtered: bool) -> String {
    if filtered {
        format!(
            "No quotation in what the filters let through. {} goes back; {} there clears them.",
            back(keymap, Mode::Quotations),
            back(keymap, Mode::List)
        )
    } else {
        "No quotations found in the corpus.".into()
    }
}

/// A note asked for in the quotations view on a quotation that is not bookmarked.
pub fn quotation_not_bookmarked(keymap: &Keymap) -> String {
    format!(
        "this quotation is not bookmarked: {} bookmarks it",
        key(keymap, Mode::Quotations, Action::Bookmark)
    )
}

/// The quotations view when its `/` filter leaves none.
pub fn no_quotation_matches(keymap: &Keymap) -> String {
    format!(
        "no quotation matches; {} clears the filter",
        back(keymap, Mode::Quotations)
    )
}

/// The keys of the timeline's actor grid, after its legend.
pub fn grid_keys(keymap: &Keymap, counting_mentions: bool) -> String {
    let k = |action| key(keymap, Mode::Timeline, action);
    format!(
        "{} {} · {}/{} period · {} articles",
        k(Action::ToggleMeasure),
        if counting_mentions {
            "quotations"
        } else {
            "mentions"
        },
        k(Action::FinerPeriods),
        k(Action::CoarserPeriods),
        k(Action::Open)
    )
}

/// A range of dates being marked in the timeline, from the period `first` (to `last`, once the
/// cursor moved off it): "range from 2021-04 · move to extend · Enter applies · Esc cancels".
pub fn range_marking(keymap: &Keymap, first: &str, last: Option<&str>) -> String {
    let range = match last {
        Some(last) => format!("range {first} – {last}"),
        None => format!("range from {first}"),
    };
    format!(
        "{range} · move to extend · {} applies · {} cancels",
        key(keymap, Mode::Timeline, Action::Open),
        back(keymap, Mode::Timeline)
    )
}

/// A range of dates applied.
pub fn range_applied(keymap: &Keymap, range: &str) -> String {
    format!("only {range}; {} clears it", back(keymap, Mode::List))
}

/// `R` on the built-in corpus.
pub fn reload_builtin() -> String {
    "the built-in corpus does not change; open a folder to reload it".to_owned()
}

/// A reload asked for with `R` runs.
pub fn reloading() -> String {
    "reloading the corpus…".to_owned()
}

/// A reload asked for with `R` found nothing changed.
pub fn reloaded_unchanged() -> String {
    "reloaded: no article changed".to_owned()
}

/// The corpus's folders cannot be watched for changes.
pub fn cannot_watch(keymap: &Keymap, why: &str) -> String {
    format!(
        "cannot watch the corpus for changes ({why}); {} reloads it",
        key(keymap, Mode::List, Action::Reload)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_keymap_words_every_hint_as_before() {
        let keymap = Keymap::default();
        assert_eq!(
            selecting(&keymap),
            "select by sentence: j/k extend, b bookmarks, Esc cancels"
        );
        assert_eq!(
            bookmarked(&keymap),
            "bookmarked; e adds a note, B shows all"
        );
        assert_eq!(note_keys(&keymap), " Ctrl-s save · Esc close ");
        assert_eq!(confirm_keys(&keymap), " y yes · n no ");
        assert_eq!(loading_title(&keymap), " Loading the corpus · q quits ");
        assert_eq!(
            help_title(&keymap, Mode::Article),
            " Keys · Article · Esc closes "
        );
        assert_eq!(
            search_matches(&keymap, 3),
            "3 articles match; n/N jump between matches"
        );
    }

    #[test]
    fn a_rebound_key_is_the_key_named() {
        let (keymap, _) = Keymap::patched(&[
            (Action::Bookmark, vec![Key::ch('m')]),
            (Action::Back, vec![Key::ch('q')]),
            (Action::Yes, vec![Key::ch('j')]),
        ]);
        assert_eq!(
            not_bookmarked(&keymap),
            "this quotation is not bookmarked: m bookmarks it"
        );
        assert_eq!(
            selecting(&keymap),
            "select by sentence: j/k extend, m bookmarks, q cancels"
        );
        assert_eq!(confirm_keys(&keymap), " j yes · n no ");
    }
}

#[cfg(test)]
mod plural_tests {
    use super::*;

    /// #18 item 17: a count says its noun in the right number.
    #[test]
    fn one_match_is_singular() {
        let keymap = Keymap::default();
        assert!(search_matches(&keymap, 1).starts_with("1 article matches;"));
        assert!(search_matches(&keymap, 3).starts_with("3 articles match;"));
    }
}
