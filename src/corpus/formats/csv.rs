//! CSV and TSV with a header row: the date, title and body columns are found by name (or named
//! with `--columns`); RFC 4180 quoting, read as a stream so a large export never sits in memory
//! whole.

use std::io::Read;

use super::{Columns, Entry, Problem};
use crate::corpus::article::Position;
use crate::corpus::decode::{DecodeNote, text_of};

const DATE: &[&str] = &["date", "datetime", "published", "pubdate", "published_at"];
const TITLE: &[&str] = &["title", "headline"];
const BODY: &[&str] = &["body", "content", "text"];

/// Where the columns an entry is made of are in a file's rows, as its header row says.
#[derive(Debug)]
pub struct Layout {
    header: Vec<String>,
    date: Option<usize>,
    title: Option<usize>,
    body: usize,
    id: Option<usize>,
    url: Option<usize>,
    publisher: Option<usize>,
}

/// A CSV or TSV file positioned after its header row, with the layout that row gives. An error is
/// about the whole file (no header, no body column).
pub fn open<R: Read>(
    input: R,
    delimiter: u8,
    columns: &Columns,
) -> Result<(csv::Reader<R>, Layout), String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(input);
    let header: Vec<String> = reader
        .byte_headers()
        .map_err(|e| format!("no header row ({e})"))?
        .iter()
        .map(|h| {
            text_of(h)
                .0
                .trim()
                .trim_start_matches('\u{feff}')
                .to_lowercase()
        })
        .collect();
    let find =
        |chosen: &Option<String>, known: &[&str], role: &str| -> Result<Option<usize>, String> {
            match chosen {
                Some(name) => header
                    .iter()
                    .position(|h| *h == name.to_lowercase())
                    .map(Some)
                    .ok_or_else(|| {
                        format!(
                            "no column `{name}` for the {role} (the columns are: {})",
                            header.join(", ")
                        )
                    }),
                None => Ok(known
                    .iter()
                    .find_map(|k| header.iter().position(|h| h == k))),
            }
        };
    let date = find(&columns.date, DATE, "date")?;
    let title = find(&columns.title, TITLE, "title")?;
    let body = find(&columns.body, BODY, "body")?.ok_or_else(|| {
        format!(
            "no body column (want one named body, content or text, or --columns body=NAME; the columns are: {})",
            header.join(", ")
        )
    })?;
    let id = header.iter().position(|h| h == "id");
    let url = header.iter().position(|h| h == "url" || h == "link");
    let publisher = header
        .iter()
        .position(|h| h == "source" || h == "publisher");
    let layout = Layout {
        header,
        date,
        title,
        body,
        id,
        url,
        publisher,
    };
    Ok((reader, layout))
}

/// Reads every row of an [`open`]ed file, giving each to `sink` with where it starts, or why it
/// is not a row.
pub fn rows<R: Read>(
    mut reader: csv::Reader<R>,
    mut sink: impl FnMut(Result<(Position, &csv::ByteRecord), Problem>),
) {
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line() + 1;
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                sink(Err(Problem {
                    at: Some(Position::Line(line)),
                    reason: format!("not a CSV row ({e})"),
                }));
                // A broken quote can leave the reader mid-field; it resumes at the next record.
                continue;
            }
        }
        let at = record
            .position()
            .map_or(Position::Line(line), |p| Position::Line(p.line()));
        sink(Ok((at, &record)));
    }
}

impl Layout {
    /// The entry of the row at `at` whose `cell(i)` is its i-th cell.
    pub fn entry<'a>(
        &self,
        at: Position,
        cell: impl Fn(usize) -> Option<&'a [u8]>,
    ) -> Result<Entry, Problem> {
        let windows_1252 = std::cell::Cell::new(false);
        let text = |index: Option<usize>| {
            index
                .and_then(&cell)
                .map(|bytes| {
                    let (text, was_1252) = text_of(bytes);
                    if was_1252 {
                        windows_1252.set(true);
                    }
                    text.into_owned()
                })
                .filter(|s| !s.trim().is_empty())
        };
        match text(Some(self.body)) {
            None => Err(Problem {
                at: Some(at),
                reason: format!("empty body (column `{}`)", self.header[self.body]),
            }),
            Some(body) => Ok(Entry {
                id: text(self.id),
                title: text(self.title),
                date: text(self.date),
                body,
                url: text(self.url),
                publisher: text(self.publisher),
                at: Some(at),
                encoding: windows_1252.get().then_some(DecodeNote::Windows1252),
            }),
        }
    }
}
