//! The formats articles arrive in besides plain text: JSON Lines, CSV and TSV, Markdown, and
//! RSS and Atom feeds. Each reader turns a file into [`Entry`]s (or a [`Problem`] for an entry
//! that cannot be used, with where it is); the loader builds articles from them.

pub mod batches;
pub mod csv;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod markdown;

use std::path::Path;

use super::article::{Format, Position};
use super::decode::DecodeNote;
use super::parse::{DateHeader, parse_datetime};

/// One article as a format gives it: fields as written (not yet sanitised).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: Option<String>,
    pub title: Option<String>,
    /// The date as written; `None` when the entry has none.
    pub date: Option<String>,
    /// The body: paragraphs separated by line breaks.
    pub body: String,
    pub url: Option<String>,
    /// Who published it, as the source says (JSON Lines `source`, a CSV `source` column, a feed's
    /// title).
    pub publisher: Option<String>,
    pub at: Option<Position>,
    /// How its text was decoded when that is worth a note: Windows-1252 for a line or cell that
    /// was not UTF-8, UTF-16 for a Markdown file.
    pub encoding: Option<DecodeNote>,
}

impl Entry {
    /// The entry's date, checked.
    pub fn date(&self) -> DateHeader {
        match self.date.as_deref().map(str::trim) {
            None | Some("") => DateHeader::Missing,
            Some(text) => match parse_datetime(text) {
                Some(date) => DateHeader::Valid(date),
                None => DateHeader::Invalid(text.to_owned()),
            },
        }
    }
}

/// An entry that cannot become an article: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Option<Position>,
    pub reason: String,
}

/// Which CSV/TSV columns hold the date, the title and the body, when their names are not among
/// those kroniek knows (`--columns date=...,title=...,body=...`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub date: Option<String>,
    pub title: Option<String>,
    pub body: Option<String>,
}

impl Columns {
    /// Reads `date=published_at,title=kop,body=tekst` (any of the three, in any order).
    pub fn parse(spec: &str) -> Result<Columns, String> {
        let mut columns = Columns::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((role, name)) = part.split_once('=') else {
                return Err(format!("`{part}`: want ROLE=COLUMN, such as body=content"));
            };
            let name = Some(name.trim().to_owned());
            match role.trim() {
                "date" => columns.date = name,
                "title" => columns.title = name,
                "body" => columns.body = name,
                other => {
                    return Err(format!(
                        "`{other}` is not a column role (want date, title or body)"
                    ));
                }
            }
        }
        Ok(columns)
    }
}

/// How to read files, beyond their format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub columns: Columns,
    /// The language of every article, where detection is wrong (`--language`, the config's
    /// `language`); `None`: each article's own, as detected.
    pub language: Option<crate::corpus::language::Lang>,
    /// The language actors are named in (`--display-language`, the config's
    /// `display_language`); `None`: the language most articles are in.
    pub display_language: Option<crate::corpus::language::Lang>,
    /// What each article keeps once it is built.
    pub keep: Keep,
}

/// What each loaded article keeps once its actors are found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Keep {
    /// Its text, paragraphs, mentions and quotations: what the reader and most commands show.
    #[default]
    Everything,
    /// Only what counting its actors needs (`kroniek actors`): its id, date, title, the actors
    /// of its mentions and the names it discovered. No quotations are looked for, and its text
    /// is not held: a corpus larger than memory can still be counted.
    Actors,
}

/// The extensions of the files kroniek reads (lower case; matched in any case), each with the
/// format it says: the one list that the directory walk, `--help`, the man page and the messages
/// about folders with no article in them all take theirs from.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("jsonl", Format::JsonLines),
    ("ndjson", Format::JsonLines),
    ("csv", Format::Csv),
    ("tsv", Format::Tsv),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    // The feed's own root element says which kind it is; RSS 2.0 until it is read.
    ("xml", Format::Rss2),
    ("rss", Format::Rss2),
    ("atom", Format::Rss2),
];

/// The extensions kroniek reads, as a user writes them: `*.txt, *.jsonl, …, *.atom`.
pub fn extension_list() -> String {
    EXTENSIONS
        .iter()
        .map(|(ext, _)| format!("*.{ext}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The format a file's name says, if it names one kroniek reads.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?;
    EXTENSIONS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(ext))
        .map(|&(_, format)| format)
}

/// The format of a file named explicitly whose name says nothing, by its first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let start = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .trim_ascii_start();
    let head = &start[..start.len().min(512)];
    let head_text = String::from_utf8_lossy(head).to_ascii_lowercase();
    if head.starts_with(b"{") {
        Format::JsonLines
    } else if head.starts_with(b"<")
        && (head_text.contains("<rss") || head_text.contains("<feed") || head_text.contains("<rdf"))
    {
        Format::Rss2
    } else if head.starts_with(b"---\n") || head.starts_with(b"+++\n") || head.starts_with(b"# ") {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// A body whose paragraphs are separated by single line breaks (as datasets write them) with
/// every paragraph on its own, separated by blank lines, for the plain text parser.
pub fn paragraphs_from_lines(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 16);
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(line);
    }
    out
}
