//! What help shows for a view, as rows: the keys of the view (and, from the article list, those
//! of the article pane it opens), the keys that work in every view, a legend of the marks and the
//! colours of the actor kinds. Every key is read from the keymap, so help names the keys bound.

use super::keymap::{Keymap, Mode};
use crate::corpus::actors::ActorKind;

/// One row of help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    /// A section's heading.
    Heading(String),
    /// Keys, as written, and what they do.
    Key(String, &'static str),
    /// A mark as it shows, and what it means.
    Mark(&'static str, &'static str),
    /// An actor kind, shown in its colour.
    Kind(ActorKind, &'static str),
    Blank,
}

use super::keymap::VIEWS;

/// The marks of the list, the article pane and the status line.
const MARKS: [(&str, &str); 6] = [
    ("✓", "read"),
    ("★", "bookmarked (in the list: how many)"),
    ("▶", "the selected quotation"),
    ("│", "a paragraph with a quotation"),
    ("┃", "a passage being selected"),
    ("❝", "the quotation, in the status line"),
];

/// What a key does in `mode`, where the action's own word would mislead: Enter in Actors
/// filters, in the load warnings it opens the article a warning is about.
fn said_in(mode: Mode, what: &'static str) -> &'static str {
    let open = crate::app::action::Action::Open.describe();
    match mode {
        Mode::Actors if what == open => "filter the list by this actor",
        Mode::Timeline if what == open => "filter the list by this month",
        Mode::Warnings if what == open => "open the article it is about",
        _ => what,
    }
}

/// Help's rows for `mode`; `wide` when the terminal is wide enough for the list beside the
/// article (else the keys that move the split do nothing and are left out).
pub fn rows(keymap: &Keymap, mode: Mode, wide: bool) -> Vec<HelpRow> {
    use crate::app::action::Action;
    let split = [Action::NarrowList.describe(), Action::WidenList.describe()];
    let mut rows = all_rows(keymap, mode);
    if !wide {
        rows.retain(|r| !matches!(r, HelpRow::Key(_, what) if split.contains(what)));
    }
    rows
}

/// Help's rows for `mode`, every key bound.
fn all_rows(keymap: &Keymap, mode: Mode) -> Vec<HelpRow> {
    let global: Vec<(String, &'static str)> = VIEWS
        .iter()
        .map(|&m| keymap.bindings(m))
        .reduce(|all, next| all.into_iter().filter(|b| next.contains(b)).collect())
        .unwrap_or_default();
    let is_view = VIEWS.contains(&mode);
    let mut shown: Vec<(String, &'static str)> = Vec::new();
    let mut rows = Vec::new();
    let mut section = |title: String, mode: Mode, rows: &mut Vec<HelpRow>| {
        let keys: Vec<_> = keymap
            .bindings(mode)
            .into_iter()
            .filter(|b| !(shown.contains(b) || is_view && global.contains(b)))
            .collect();
        if keys.is_empty() {
            return;
        }
        if !rows.is_empty() {
            rows.push(HelpRow::Blank);
        }
        rows.push(HelpRow::Heading(title));
        for (keys, what) in keys {
            shown.push((keys.clone(), what));
            rows.push(HelpRow::Key(keys, said_in(mode, what)));
        }
    };
    section(mode.title().to_owned(), mode, &mut rows);
    if mode == Mode::List {
        // The article pane's keys (quotations, bookmarks, notes) are the reader's most used.
        section("In the article".to_owned(), Mode::Article, &mut rows);
    }
    if is_view && !global.is_empty() {
        rows.push(HelpRow::Blank);
        rows.push(HelpRow::Heading("In every view".to_owned()));
        rows.extend(global.into_iter().map(|(k, w)| HelpRow::Key(k, w)));
    }
    if is_view {
        rows.push(HelpRow::Blank);
        rows.push(HelpRow::Heading("Marks".to_owned()));
        rows.extend(MARKS.iter().map(|&(m, w)| HelpRow::Mark(m, w)));
        rows.push(HelpRow::Blank);
        rows.push(HelpRow::Heading("Actor colours".to_owned()));
        rows.push(HelpRow::Kind(ActorKind::Person, "person"));
        rows.push(HelpRow::Kind(ActorKind::Organisation, "organisation"));
        rows.push(HelpRow::Kind(ActorKind::Country, "country or place"));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(rows: &[HelpRow]) -> Vec<&str> {
        rows.iter()
            .filter_map(|r| match r {
                HelpRow::Key(_, what) => Some(*what),
                _ => None,
            })
            .collect()
    }

    /// #18 item 16: help on the start view names the article pane's keys too, and the global
    /// keys once, under their own heading.
    #[test]
    fn the_list_s_help_has_the_article_keys_and_the_global_ones() {
        let rows = rows(&Keymap::default(), Mode::List, true);
        let said = keys(&rows);
        for what in [
            "next quote",
            "bookmark",
            "select a passage",
            "edit note",
            "timeline",
        ] {
            assert!(said.contains(&what), "{what}: {said:?}");
        }
        assert_eq!(said.iter().filter(|w| **w == "timeline").count(), 1);
        assert!(rows.contains(&HelpRow::Heading("In every view".into())));
        assert!(rows.contains(&HelpRow::Mark("★", "bookmarked (in the list: how many)")));
        assert!(rows.contains(&HelpRow::Kind(ActorKind::Person, "person")));
    }

    /// #18 item 16: the keys that move the split are named only where there is one.
    #[test]
    fn the_split_keys_show_only_where_the_list_is_beside_the_article() {
        let wide = rows(&Keymap::default(), Mode::List, true);
        assert!(keys(&wide).contains(&"narrower list"));
        assert!(keys(&wide).contains(&"wider list"));
        let narrow = rows(&Keymap::default(), Mode::List, false);
        assert!(!keys(&narrow).contains(&"narrower list"));
        assert!(!keys(&narrow).contains(&"wider list"));
        assert_eq!(narrow.len() + 2, wide.len());
    }
}
