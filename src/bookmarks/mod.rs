//! Quote bookmarks: the model, the store on disk and the exports. No terminal code.

pub mod export;
pub mod store;

use std::hash::Hasher;

use serde::{Deserialize, Serialize};

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
}

/// The file: `{"version": 1, "bookmarks": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookmarkFile {
    pub version: u32,
    pub bookmarks: Vec<Bookmark>,
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

    /// The month this bookmark's article belongs to, or "undated".
    pub fn month(&self) -> &str {
        self.date
            .as_deref()
            .map_or("undated", |d| &d[..7.min(d.len())])
    }
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
}
