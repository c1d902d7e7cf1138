//! Exports for citation: Markdown grouped by month, JSON, CSV with RFC 4180 quoting, and CSL JSON
//! for reference managers. Each carries the article's source, URL and publisher where the
//! bookmark knows them, and a mark by which kroniek knows its own exports when one sits in a
//! corpus folder ([`recognise`]). Every text from the bookmarks file comes out inert: sanitised
//! (no escape sequence or control character), as plain text in Markdown, never as a formula in
//! CSV.

mod csl;
mod recognise;

use std::borrow::Cow;
use std::io::{self, Write};

use super::Bookmark;
use crate::corpus::decode::{needs_sanitising, sanitise, sanitise_line};

pub use recognise::{recognise, recognise_first_line};

/// The first line of every Markdown export: an HTML comment, so it does not show when the
/// Markdown is rendered, and the mark by which the loader knows the file is no article.
pub const MARKDOWN_MARK: &str = "<!-- kroniek bookmarks export -->";

/// The CSV export's header row. The first nine columns are those of exports before the source,
/// URL and publisher were added; both headers mark a kroniek export.
pub const CSV_HEADER: [&str; 12] = [
    "id",
    "article",
    "article_title",
    "date",
    "speaker",
    "text",
    "note",
    "created",
    "updated",
    "source",
    "url",
    "publisher",
];

/// How many of [`CSV_HEADER`]'s columns the first exports had.
pub const CSV_HEADER_BEFORE_SOURCES: usize = 9;

/// Text from the bookmarks file with its escape sequences and control characters removed (line
/// breaks kept).
fn clean(text: &str) -> Cow<'_, str> {
    if needs_sanitising(text) {
        Cow::Owned(sanitise(text).0)
    } else {
        Cow::Borrowed(text)
    }
}

/// An optional field of a bookmark when it says something: not absent, not blank.
fn known(field: &Option<String>) -> Option<&str> {
    field.as_deref().filter(|f| !f.trim().is_empty())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown grouped by month, ready to paste into a paper.
    Md,
    /// Every field of every bookmark.
    Json,
    /// One row a bookmark.
    Csv,
    /// CSL JSON, one item an article, for Zotero, pandoc and other reference managers.
    CslJson,
}

impl Format {
    /// The format's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::CslJson => "CSL JSON",
        }
    }
}

/// Writes bookmarks (already sorted by article date) in a format.
pub fn export(bookmarks: &[Bookmark], format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Md => markdown(bookmarks, out),
        Format::Json => {
            // Only the fields kroniek knows: what else a file holds is kept in it, not exported.
            let known: Vec<Bookmark> = bookmarks.iter().map(Bookmark::known).collect();
            crate::output::json_pretty(&mut *out, &known)?;
            writeln!(out)
        }
        Format::Csv => csv(bookmarks, out),
        Format::CslJson => csl::export(bookmarks, out),
    }
}

/// Each quotation as a block quote ending with its speaker, the article's title, publisher and
/// date; then a list of the article's URL and source and the note; grouped under a heading per
/// month, undated last. The first line is [`MARKDOWN_MARK`].
fn markdown(bookmarks: &[Bookmark], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{MARKDOWN_MARK}")?;
    writeln!(out, "# Bookmarked quotations")?;
    let mut month: Option<&str> = None;
    for b in bookmarks {
        if month != Some(b.month()) {
            month = Some(b.month());
            let heading = if b.date.is_some() {
                b.month()
            } else {
                "Undated"
            };
            writeln!(out, "\n## {heading}")?;
        }
        writeln!(out)?;
        for line in clean(&b.text).lines() {
            writeln!(out, "> {}", inert_md_line(line))?;
        }
        let speaker = b
            .speaker
            .as_deref()
            .unwrap_or(crate::corpus::quotes::NO_SPEAKER);
        let mut cited = vec![
            escape_md(&sanitise_line(speaker)),
            format!("*{}*", escape_md(&sanitise_line(&b.article_title))),
        ];
        if let Some(publisher) = known(&b.publisher) {
            cited.push(escape_md(&sanitise_line(publisher)));
        }
        cited.push(sanitise_line(b.date.as_deref().unwrap_or("undated")));
        writeln!(out, ">\n> — {}", cited.join(", "))?;
        let mut items = Vec::new();
        if let Some(url) = known(&b.url) {
            items.push(format!("*URL:* {}", md_url(url)));
        }
        if let Some(source) = known(&b.source) {
            items.push(format!("*Source:* {}", escape_md(&sanitise_line(source))));
        }
        if let Some(note) = md_note(&b.note) {
            items.push(format!("*Note:* {note}"));
        }
        if !items.is_empty() {
            writeln!(out)?;
        }
        for item in items {
            writeln!(out, "- {item}")?;
        }
    }
    Ok(())
}

/// A note as the text of one list item, however many lines it has: its lines kept apart by hard
/// line breaks (a `\` at the end), its paragraphs by a blank line, every line after the first
/// indented into the item, so nothing in it starts a Markdown block of its own. `None` for a
/// blank note.
fn md_note(note: &str) -> Option<String> {
    let note = clean(note);
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in note.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(inert_md_line(line));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    if paragraphs.is_empty() {
        return None;
    }
    let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.join("\\\n  ")).collect();
    Some(paragraphs.join("\n\n  "))
}

/// A URL in Markdown: an autolink when it is an `http` or `https` URL an autolink can hold (no
/// space, control character or angle bracket), else escaped plain text, so no other scheme
/// (`javascript:`) becomes a link.
fn md_url(url: &str) -> String {
    let url = sanitise_line(url);
    if crate::web_url::is_web_url(&url) {
        format!("<{url}>")
    } else {
        escape_md(&url)
    }
}

/// Escapes the characters that would turn text into Markdown markup anywhere in a line: emphasis,
/// code, links, HTML, headings, tables, strikethrough and entities.
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One line of outside text as a line of plain Markdown text: escaped as [`escape_md`] does, its
/// leading white space (an indented code block) dropped, and a start that would make it a block
/// of its own escaped: a list marker (`-`, `+`, `1.`, `1)`), a rule or heading underline (`---`,
/// `===`) or a definition (`:`).
fn inert_md_line(line: &str) -> String {
    let line = line.trim();
    let escaped = escape_md(line);
    if escaped.starts_with(['-', '+', '=', ':']) {
        return format!("\\{escaped}");
    }
    let digits = escaped.len()
        - escaped
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

fn csv(bookmarks: &[Bookmark], out: &mut dyn Write) -> io::Result<()> {
    write_row(out, &CSV_HEADER)?;
    for b in bookmarks {
        write_row(
            out,
            &[
                &b.id,
                &b.article,
                &b.article_title,
                b.date.as_deref().unwrap_or(""),
                b.speaker.as_deref().unwrap_or(""),
                &b.text,
                &b.note,
                &b.created,
                &b.updated,
                b.source.as_deref().unwrap_or(""),
                b.url.as_deref().unwrap_or(""),
                b.publisher.as_deref().unwrap_or(""),
            ],
        )?;
    }
    Ok(())
}

/// One CSV row: fields are sanitised (tabs become spaces, CRs line breaks); those with a comma,
/// quote or line break are quoted, quotes doubled; CRLF ends. A field a spreadsheet would read as
/// a formula (starting with `=`, `+`, `-`, `@`, tab or CR, after white space or not) gets a `'`
/// before it, the OWASP rule against CSV injection.
fn write_row(out: &mut dyn Write, fields: &[&str]) -> io::Result<()> {
    let cells: Vec<String> = fields
        .iter()
        .map(|f| {
            let f = clean(f);
            let formula = |text: &str| text.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let f = if formula(&f) || formula(f.trim_start()) {
                format!("'{f}")
            } else {
                f.into_owned()
            };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    write!(out, "{}\r\n", cells.join(","))
}
