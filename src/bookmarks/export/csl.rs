//! CSL JSON (the citeproc input format Zotero, pandoc and other reference managers read): one
//! item per article, its bookmarked quotations, their speakers and the reader's notes in the
//! item's `note`. The field names are those of the CSL data schema (`csl-data.json`), which
//! allows no others at the top of an item: what kroniek adds (its mark, the article's id and
//! source) is under `custom`.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{clean, known};
use crate::bookmarks::{Bookmark, is_valid_date};
use crate::corpus::decode::sanitise_line;

/// The key under an item's `custom` that marks a kroniek export, and its value.
pub const MARK_KEY: &str = "exported-by";
pub const MARK_VALUE: &str = "kroniek";

#[derive(Debug, Serialize)]
struct Item {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    /// The publisher: for a newspaper article, the paper it appeared in.
    #[serde(rename = "container-title", skip_serializing_if = "Option::is_none")]
    container_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<Issued>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    note: String,
    custom: Custom,
}

/// A date as CSL gives it: `{"date-parts": [[year, month, day]]}`, only the parts known.
#[derive(Debug, Serialize)]
struct Issued {
    #[serde(rename = "date-parts")]
    date_parts: [Vec<u32>; 1],
}

#[derive(Debug, Serialize)]
struct Custom {
    #[serde(rename = "exported-by")]
    exported_by: &'static str,
    /// The article's id in kroniek.
    article: String,
    /// The article's file, and line or item, as the loader found it.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

/// Writes the bookmarks (sorted by article date) as a CSL JSON array, one item per article in the
/// order of its first bookmark.
pub(super) fn export(bookmarks: &[Bookmark], out: &mut dyn Write) -> io::Result<()> {
    let items = items(bookmarks);
    crate::output::json_pretty(&mut *out, &items)?;
    writeln!(out)
}

fn items(bookmarks: &[Bookmark]) -> Vec<Item> {
    // An article is its id and title: two corpora may both have an article `news-12`.
    let mut index: HashMap<(&str, &str), usize> = HashMap::new();
    let mut groups: Vec<Vec<&Bookmark>> = Vec::new();
    for b in bookmarks {
        let at = *index
            .entry((b.article.as_str(), b.article_title.as_str()))
            .or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
        groups[at].push(b);
    }
    let mut ids: HashMap<String, usize> = HashMap::new();
    groups
        .into_iter()
        .filter_map(|group| {
            let first = *group.first()?;
            let base = if first.article.trim().is_empty() {
                first.id.clone()
            } else {
                sanitise_line(&first.article)
            };
            // Ids are unique in a CSL file: a second article of the same id is `id~2`.
            let seen = ids.entry(base.clone()).or_insert(0);
            *seen += 1;
            let id = if *seen == 1 {
                base
            } else {
                format!("{base}~{seen}")
            };
            let first_known = |field: fn(&Bookmark) -> &Option<String>| {
                group
                    .iter()
                    .find_map(|b| known(field(b)))
                    .map(sanitise_line)
            };
            Some(Item {
                id,
                kind: "article-newspaper",
                title: sanitise_line(&first.article_title),
                container_title: first_known(|b| &b.publisher),
                issued: group
                    .iter()
                    .find_map(|b| b.date.as_deref())
                    .and_then(issued),
                url: first_known(|b| &b.url),
                note: note(&group),
                custom: Custom {
                    exported_by: MARK_VALUE,
                    article: first.article.clone(),
                    source: first_known(|b| &b.source),
                },
            })
        })
        .collect()
}

/// `YYYY-MM` or `YYYY-MM-DD` as CSL date parts; nothing for any other text.
fn issued(date: &str) -> Option<Issued> {
    if !is_valid_date(date) {
        return None;
    }
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    Some(Issued {
        date_parts: [parts],
    })
}

/// An article's quotations, each as `“text” — speaker` and the reader's note below it on lines
/// of its own, a blank line between quotations.
fn note(group: &[&Bookmark]) -> String {
    group
        .iter()
        .map(|b| {
            let text = clean(&b.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let mut entry = match b.speaker.as_deref().map(sanitise_line) {
                Some(speaker) if !speaker.is_empty() => format!("“{text}” — {speaker}"),
                _ => format!("“{text}”"),
            };
            let note = clean(&b.note);
            let lines: Vec<&str> = note
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .collect();
            if !lines.is_empty() {
                entry.push_str("\nReader's note: ");
                entry.push_str(&lines.join("\n"));
            }
            entry
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}
