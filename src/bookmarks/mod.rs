//! Quote bookmarks: the model, the store on disk and the exports. No terminal code.

pub mod export;
pub mod store;

use std::hash::Hasher;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::corpus::article::Article;
use crate::fnv::Fnv64;

/// The version of `bookmarks.json` this kroniek writes.
pub const FORMAT_VERSION: u32 = 1;

/// One bookmarked quotation (or passage) with the reader's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Stable: the same text in the same article has the same id on every machine.
    pub id: String,
    pub article: String,
    pub article_title: String,
    /// `YYYY-MM` or `YYYY-MM-DD`, or null for an undated article.
    pub date: Option<String>,
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub note: String,
    /// RFC 3339.
    pub created: String,
    /// RFC 3339.
    pub updated: String,
    /// Where the article came from: its file, and line or item (absent in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The article's URL, when its source gave one (absent in older files): kept in the bookmark,
    /// which may outlive its corpus, for the exports to cite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published the article, when its source said (absent in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Fields this kroniek does not know (added by hand or by a later version): kept as they are
    /// and written back.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The file: `{"version": 1, "bookmarks": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookmarkFile {
    pub version: u32,
    pub bookmarks: Vec<Bookmark>,
    /// Fields this kroniek does not know: kept as they are and written back.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Default for BookmarkFile {
    fn default() -> BookmarkFile {
        BookmarkFile {
            version: FORMAT_VERSION,
            bookmarks: Vec::new(),
            other: Map::new(),
        }
    }
}

/// The stable id of a text in an article: FNV-1a (64 bit) over the article id and the text with
/// its white space collapsed, in hex.
pub fn bookmark_id(article: &str, text: &str) -> String {
    let mut hash = Fnv64::default();
    hash.write(article.as_bytes());
    hash.write(&[0]);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            hash.write(b" ");
        }
        hash.write(word.as_bytes());
    }
    format!("{:016x}", hash.finish())
}

/// Now, in RFC 3339 with seconds, in UTC.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Whether `bookmark` was made in `article`: it has the article's id, and the article holds the
/// start of the bookmarked words (an article of another corpus may have the same id; a
/// quotation over several paragraphs is bookmarked as one text, so only its start is looked
/// for).
pub fn is_of(bookmark: &Bookmark, article: &Article) -> bool {
    if bookmark.article != article.id {
        return false;
    }
    let text = bookmark.text.trim();
    let first_line = text.lines().next().unwrap_or(text);
    let mut end = first_line.len().min(60);
    while !first_line.is_char_boundary(end) {
        end -= 1;
    }
    article.text.contains(&first_line[..end])
}

impl Bookmark {
    /// A new bookmark of `text` in `article`, said by `speaker`.
    pub fn new(article: &Article, text: &str, speaker: Option<&str>) -> Bookmark {
        let time = now();
        Bookmark {
            id: bookmark_id(&article.id, text),
            article: article.id.clone(),
            article_title: article.title.clone(),
            date: article.date.map(|d| d.to_string()),
            text: text.to_owned(),
            speaker: speaker.map(str::to_owned),
            note: String::new(),
            created: time.clone(),
            updated: time,
            source: Some(article.source.to_string()),
            url: article.url.clone(),
            publisher: article.publisher.clone(),
            other: Map::new(),
        }
    }

    /// The sort key: by article date (undated last), then article, then creation.
    pub fn sort_key(&self) -> (bool, Option<&str>, &str, &str) {
        (
            self.date.is_none(),
            self.date.as_deref(),
            &self.article,
            &self.created,
        )
    }

    /// The month this bookmark's article belongs to (`YYYY-MM`), or "undated".
    pub fn month(&self) -> &str {
        match self.date.as_deref() {
            Some(date) if is_valid_date(date) => date.get(..7).unwrap_or("undated"),
            _ => "undated",
        }
    }

    /// The bookmark with only the fields kroniek knows, for listings and exports.
    pub fn known(&self) -> Bookmark {
        Bookmark {
            other: Map::new(),
            ..self.clone()
        }
    }

    /// Makes a bookmark read from a file (written by hand, by another machine, by anyone) safe to
    /// use: a `date` that is not `YYYY-MM` or `YYYY-MM-DD` is no date.
    pub fn validate(&mut self) {
        if self.date.as_deref().is_some_and(|d| !is_valid_date(d)) {
            self.date = None;
        }
    }
}

/// Whether `date` is `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, with a month 01–12 and a day
/// 01–31: the only dates kroniek writes.
pub fn is_valid_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let number = |range: std::ops::Range<usize>| {
        bytes.get(range).map_or(0, |part| {
            part.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'))
        })
    };
    let month_ok = bytes.len() >= 7
        && digits(0..4)
        && bytes[4] == b'-'
        && digits(5..7)
        && (1..=12).contains(&number(5..7));
    match bytes.len() {
        7 => month_ok,
        10 => month_ok && bytes[7] == b'-' && digits(8..10) && (1..=31).contains(&number(8..10)),
        _ => false,
    }
}

/// Makes bookmarks that share an id (two machines' files merged by hand, a sync conflict) one: the
/// first of them, with every distinct note in the order met, joined by a blank line, the earliest
/// `created` and the latest `updated` time. Nothing a user typed is dropped. The order is kept.
pub fn merge_duplicates(bookmarks: Vec<Bookmark>) -> Vec<Bookmark> {
    let mut merged: Vec<Bookmark> = Vec::with_capacity(bookmarks.len());
    let mut notes: Vec<Vec<String>> = Vec::with_capacity(bookmarks.len());
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for bookmark in bookmarks {
        let Some(&at) = index.get(&bookmark.id) else {
            index.insert(bookmark.id.clone(), merged.len());
            notes.push(
                Some(bookmark.note.trim().to_owned())
                    .filter(|n| !n.is_empty())
                    .into_iter()
                    .collect(),
            );
            merged.push(bookmark);
            continue;
        };
        let note = bookmark.note.trim();
        if !note.is_empty() && !notes[at].iter().any(|n| n == note) {
            notes[at].push(note.to_owned());
        }
        let kept = &mut merged[at];
        if time_key(&bookmark.created) < time_key(&kept.created) {
            kept.created = bookmark.created;
        }
        if later(&bookmark.updated, &kept.updated) {
            kept.updated = bookmark.updated;
        }
    }
    for (bookmark, notes) in merged.iter_mut().zip(notes) {
        let joined = notes.join("\n\n");
        if joined != bookmark.note.trim() {
            bookmark.note = joined;
        }
    }
    merged
}

/// An RFC 3339 time for finding the earliest: its instant when it parses (the text breaks ties),
/// and text that does not parse after every time that does.
fn time_key(time: &str) -> (bool, Option<i64>, &str) {
    let instant = chrono::DateTime::parse_from_rfc3339(time)
        .ok()
        .map(|t| t.timestamp());
    (instant.is_none(), instant, time)
}

/// Whether the RFC 3339 time `a` is later than `b`; a time that does not parse is never later
/// than one that does.
fn later(a: &str, b: &str) -> bool {
    let (a, b) = (time_key(a), time_key(b));
    (!a.0, a.1, a.2) > (!b.0, b.1, b.2)
}

/// Sorts bookmarks by article date, undated last.
pub fn sort(bookmarks: &mut [Bookmark]) {
    bookmarks.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_ignore_white_space() {
        let a = bookmark_id("000_x", "Het is de grootste");
        assert_eq!(a, bookmark_id("000_x", "Het  is de\ngrootste"));
        assert_ne!(a, bookmark_id("001_x", "Het is de grootste"));
        assert_eq!(a.len(), 16);
        // Fixed forever: bookmark files from other machines must merge.
        assert_eq!(bookmark_id("a", "b"), "e5d29919042666b2");
    }

    #[test]
    fn only_year_month_and_year_month_day_are_dates() {
        for good in ["2022-02", "2022-02-24", "0001-12-31"] {
            assert!(is_valid_date(good), "{good}");
        }
        for bad in [
            "",
            "2022",
            "2022-0é",
            "2022-13",
            "2022-00",
            "2022-02-32",
            "2022-02-2",
            "２０２２-02",
            "2022-02-24T10",
            "2022/02",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }
}
