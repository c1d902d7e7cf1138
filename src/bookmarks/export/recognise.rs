//! Knowing kroniek's own exports when they sit among a corpus's articles, so the loader skips
//! them rather than read bookmarks back as articles. Each is known by what kroniek writes and no
//! article has: the Markdown export by its first line ([`MARKDOWN_MARK`]), the CSV export by its
//! exact header row (with or without the source columns), the JSON export as an array of objects
//! each with every field a bookmark must have, and the CSL JSON export by the mark under its
//! items' `custom`.

use serde_json::Value;

use super::csl::{MARK_KEY, MARK_VALUE};
use super::{CSV_HEADER, CSV_HEADER_BEFORE_SOURCES, Format, MARKDOWN_MARK};

/// The fields every bookmark has, in the JSON export as in `bookmarks.json`.
const BOOKMARK_FIELDS: [&str; 6] = [
    "id",
    "article",
    "article_title",
    "text",
    "created",
    "updated",
];

/// The export a whole file is, if it is one of kroniek's.
pub fn recognise(bytes: &[u8]) -> Option<Format> {
    let bytes = without_bom(bytes);
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    recognise_first_line(first).or_else(|| json(bytes))
}

/// The export a file is, by its first line alone (with or without its line end): the Markdown
/// and CSV exports, which a file read as a stream shows at its start.
pub fn recognise_first_line(line: &[u8]) -> Option<Format> {
    let line = without_bom(line);
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.trim_ascii() == MARKDOWN_MARK.as_bytes() {
        return Some(Format::Md);
    }
    let header = |columns: &[&str]| columns.join(",");
    if line == header(&CSV_HEADER).as_bytes()
        || line == header(&CSV_HEADER[..CSV_HEADER_BEFORE_SOURCES]).as_bytes()
    {
        return Some(Format::Csv);
    }
    None
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The JSON exports: a non-empty array whose items carry the CSL mark, or are all bookmarks.
fn json(bytes: &[u8]) -> Option<Format> {
    if !bytes.trim_ascii_start().starts_with(b"[") {
        return None;
    }
    let items: Vec<Value> = serde_json::from_slice(bytes).ok()?;
    if items.is_empty() {
        return None;
    }
    let marked = |item: &Value| {
        item.get("custom")
            .and_then(|custom| custom.get(MARK_KEY))
            .and_then(Value::as_str)
            == Some(MARK_VALUE)
    };
    let bookmark = |item: &Value| {
        BOOKMARK_FIELDS
            .iter()
            .all(|field| item.get(field).is_some_and(Value::is_string))
    };
    if items.iter().any(marked) {
        Some(Format::CslJson)
    } else if items.iter().all(bookmark) {
        Some(Format::Json)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_marks_are_exports() {
        assert_eq!(
            recognise(b"\xEF\xBB\xBF<!-- kroniek bookmarks export -->\r\n# B\n"),
            Some(Format::Md)
        );
        assert_eq!(
            recognise(b"id,article,article_title,date,speaker,text,note,created,updated\r\n"),
            Some(Format::Csv)
        );
        assert_eq!(
            recognise(b"[{\"custom\": {\"exported-by\": \"kroniek\"}, \"id\": \"a\"}]"),
            Some(Format::CslJson)
        );
        let bookmark = r#"{"id": "1", "article": "a", "article_title": "t", "text": "q",
            "created": "c", "updated": "u"}"#;
        assert_eq!(
            recognise(format!("[{bookmark}]").as_bytes()),
            Some(Format::Json)
        );
        for article in [
            "# Bookmarked quotations\n\nEen artikel.",
            "<!-- kroniek bookmarks export --> and more\n",
            "id,article,title,date,text\n",
            "id,article,article_title,date,speaker,text,note,created,updated,extra\n",
            "[]",
            "[{\"id\": \"1\"}]",
            "[1, 2]",
            "date 2022-02\n\n[een tekst tussen haken]",
        ] {
            assert_eq!(recognise(article.as_bytes()), None, "{article}");
        }
        assert_eq!(
            recognise(format!("[{bookmark}, {{\"id\": \"x\"}}]").as_bytes()),
            None
        );
    }
}
