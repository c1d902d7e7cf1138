//! Exports for citation: Markdown grouped by month, JSON, and CSV with RFC 4180 quoting. Every
//! text from the bookmarks file comes out inert: sanitised (no escape sequence or control
//! character), as plain text in Markdown, never as a formula in CSV.

use std::borrow::Cow;
use std::io::{self, Write};

use super::Bookmark;
use crate::corpus::decode::{needs_sanitising, sanitise, sanitise_line};

/// Text from the bookmarks file with its escape sequences and control characters removed (line
/// breaks kept).
fn clean(text: &str) -> Cow<'_, str> {
    if needs_sanitising(text) {
        Cow::Owned(sanitise(text).0)
    } else {
        Cow::Borrowed(text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
    Csv,
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
    }
}

/// Each quotation as a block quote, then speaker, article title and date, then the note; grouped
/// under a heading per month, undated last.
fn markdown(bookmarks: &[Bookmark], out: &mut dyn Write) -> io::Result<()> {
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
        let speaker = b.speaker.as_deref().unwrap_or("Unknown speaker");
        let date = b.date.as_deref().unwrap_or("undated");
        writeln!(
            out,
            ">\n> — {}, *{}*, {}",
            escape_md(&sanitise_line(speaker)),
            escape_md(&sanitise_line(&b.article_title)),
            sanitise_line(date)
        )?;
        // The note: its lines as paragraphs, the first marked as the reader's own words.
        for (i, line) in clean(&b.note)
            .trim()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
        {
            let label = if i == 0 { "*Note:* " } else { "" };
            writeln!(out, "\n{label}{}", inert_md_line(line))?;
        }
    }
    Ok(())
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
    let header = [
        "id",
        "article",
        "article_title",
        "date",
        "speaker",
        "text",
        "note",
        "created",
        "updated",
    ];
    write_row(out, &header)?;
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
