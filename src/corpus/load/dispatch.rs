//! Format dispatch: a file, or a file's bytes, to the articles of its format. JSON Lines, CSV and
//! feed files named as such are read as a stream; the rest whole, their format by name or by
//! content.

use std::io::{self, BufRead, Read};
use std::path::Path;

use rayon::prelude::*;

use super::super::actors::Gazetteer;
use super::super::article::{Format, Source};
use super::super::decode::{DecodeError, DecodeNote, decode_unsanitised, sanitise_line};
use super::super::formats::{self, Entry, Options, batches, format_of, sniff};
use super::build::{EntryContext, build_article_in, id_text};
use super::{ARTICLE_FILE, MAX_FILE_BYTES};
use super::{Built, Progress, Warning, display_path};
use crate::bookmarks::export::{self as bookmark_export, recognise, recognise_first_line};
use crate::bounded::{open_regular, read_bounded};

/// Reads and builds the articles of one file, in its format. A plain text or Markdown file's id is its
/// stem; the articles of other files take their own `id`, else the stem and their line or item.
pub(super) fn load_file(
    path: &Path,
    gazetteer: &Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Vec<Built> {
    let stem = path
        .file_stem()
        .map(|s| id_text(&sanitise_line(&s.to_string_lossy())))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_owned());
    let shown = display_path(path);
    let raw = path.to_string_lossy();
    let named = format_of(path);
    if let Some(format @ (Format::JsonLines | Format::Csv | Format::Tsv | Format::Rss2)) = named {
        let context = EntryContext {
            stem: &stem,
            path: &shown,
            raw: &raw,
            format,
            gazetteer,
            progress,
            language: options.language,
            keep: options.keep,
        };
        return match open_regular(path) {
            Ok((file, _)) if format == Format::Rss2 => {
                read_feed(io::BufReader::new(file), &context)
            }
            Ok((file, _)) => {
                let mut input = io::BufReader::new(file);
                // A kroniek export shows itself in its first line, still in the buffer after.
                let head = input.fill_buf().map(|head| {
                    let end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
                    recognise_first_line(&head[..end])
                });
                match head {
                    Ok(Some(export)) => vec![Built::Skipped(export_warning(&shown, export))],
                    Ok(None) if format == Format::JsonLines && opens_json_array(&mut input) => {
                        vec![Built::Skipped(json_array_warning(input, &shown))]
                    }
                    _ => read_stream(input, &context, options),
                }
            }
            Err(reason) => vec![Built::Skipped(file_warning(&shown, None, reason))],
        };
    }
    match read_bounded(path, ARTICLE_FILE) {
        Ok(bytes) => articles_from_bytes(&stem, &raw, named, &bytes, gazetteer, options, progress),
        Err(reason) => vec![Built::Skipped(file_warning(&shown, None, reason))],
    }
}

/// Builds the articles of a file's bytes: `stem` and `raw` are the file's stem and its path as
/// found (sanitised here where it is shown); `named` the format its name says, if any (else the
/// bytes say).
pub fn articles_from_bytes(
    stem: &str,
    raw: &str,
    named: Option<Format>,
    bytes: &[u8],
    gazetteer: &Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Vec<Built> {
    let shown = &sanitise_line(raw);
    if let Some(export) = recognise(bytes) {
        return vec![Built::Skipped(export_warning(shown, export))];
    }
    let format = named.unwrap_or_else(|| sniff(bytes));
    let context = EntryContext {
        stem,
        path: shown,
        raw,
        format,
        gazetteer,
        progress,
        language: options.language,
        keep: options.keep,
    };
    match format {
        Format::Text => {
            let built = build_article_in(
                stem,
                Source::file(raw),
                bytes,
                gazetteer,
                options.language,
                options.keep,
            );
            if built.is_ok() {
                progress
                    .bytes_done
                    .fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
            }
            vec![built.into()]
        }
        Format::JsonLines | Format::Csv | Format::Tsv => {
            read_stream(io::Cursor::new(bytes), &context, options)
        }
        Format::Markdown => match decode_unsanitised(bytes) {
            Ok((text, notes)) => {
                let entry = formats::markdown::read(&text).map(|entry| Entry {
                    encoding: notes.into_iter().next(),
                    ..entry
                });
                vec![context.build(entry).into()]
            }
            Err(DecodeError::Binary) => vec![Built::Skipped(file_warning(
                shown,
                None,
                "contains NUL bytes: not a text file".into(),
            ))],
        },
        Format::Rss2 | Format::Rss1 | Format::Atom => read_feed(io::Cursor::new(bytes), &context),
    }
}

/// Reads a feed as a stream of items and builds their articles, in order; a problem with the
/// whole file is one warning for it, and one that ends it early a warning after the items
/// before it.
fn read_feed(input: impl io::BufRead + Send, context: &EntryContext<'_>) -> Vec<Built> {
    let shown = context.path;
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let (format, mut built, end) = match formats::feed::open(input, limit) {
        Err(reason) => return vec![Built::Skipped(file_warning(shown, None, reason))],
        Ok(formats::feed::Opened::Whole { format, entries }) => {
            let context = EntryContext { format, ..*context };
            let built: Vec<Built> = entries
                .into_par_iter()
                .map(|entry| context.build(entry).into())
                .collect();
            (format, built, None)
        }
        Ok(formats::feed::Opened::Stream { frame, items }) => {
            let context = EntryContext {
                format: frame.format,
                ..*context
            };
            let build = |entry| Built::from(context.build(entry));
            let (built, end) = batches::read_feed(&frame, items, &build);
            (frame.format, built, end)
        }
    };
    match end {
        Some(reason) => built.push(Built::Skipped(file_warning(
            shown,
            Some(format),
            format!("{reason}; the rest of the file is skipped"),
        ))),
        None if built.is_empty() => built.push(Built::Skipped(file_warning(
            shown,
            Some(format),
            "a feed with no items".into(),
        ))),
        None => {}
    }
    built
}

/// Reads a JSON Lines, CSV or TSV stream and builds its articles, in order; a problem with the
/// whole stream is one warning for the file.
fn read_stream(
    input: impl io::BufRead + Send,
    context: &EntryContext<'_>,
    options: &Options,
) -> Vec<Built> {
    let build = |entry| Built::from(context.build(entry));
    match batches::read(input, context.format, options, &build) {
        Ok(batches::Stream { utf16, mut built }) => {
            if utf16 {
                // One note for the file, before its entries' own.
                let note = Warning {
                    path: context.path.to_owned(),
                    reason: format!("{}: {}", context.format.name(), DecodeNote::Utf16),
                    skipped: false,
                    entry: false,
                    folder: false,
                };
                built.insert(0, Built::Note(note));
            }
            built
        }
        Err(reason) => vec![Built::Skipped(file_warning(
            context.path,
            Some(context.format),
            reason,
        ))],
    }
}

/// How many bytes of a JSON file in a corpus folder are looked at to tell whether it may be an
/// export (an array) before it is read whole.
const JSON_HEAD: u64 = 1024;

/// A JSON file found in a corpus folder: JSON is no article format, so such a file is passed over
/// in silence, unless it is one of kroniek's exports, which is worth a word. Only an array is read
/// whole (within [`ARTICLE_FILE`]), so a folder of other JSON files costs a short read each.
pub(super) fn json_export(path: &Path) -> Option<Warning> {
    let (file, _) = open_regular(path).ok()?;
    let mut head = Vec::new();
    file.take(JSON_HEAD).read_to_end(&mut head).ok()?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    if !head.trim_ascii_start().starts_with(b"[") {
        return None;
    }
    let bytes = read_bounded(path, ARTICLE_FILE).ok()?;
    let export = recognise(&bytes)?;
    Some(export_warning(&display_path(path), export))
}

/// A kroniek export met among the articles: skipped, and said why.
/// Whether a JSON Lines file's first line is `[` alone: no line of JSON Lines is, so the file is
/// one JSON array over many lines (a JSON export renamed, or articles never made one a line).
fn opens_json_array(input: &mut impl io::BufRead) -> bool {
    input.fill_buf().is_ok_and(|head| {
        let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
        let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        line.trim_ascii() == b"["
    })
}

/// The one warning for a JSON Lines file that is a JSON array over many lines, instead of one for
/// each of its lines: kroniek's JSON export says so (read within [`MAX_FILE_BYTES`]), anything
/// else how to make it JSON Lines.
fn json_array_warning(input: impl io::Read, shown: &str) -> Warning {
    let mut bytes = Vec::new();
    let read = input.take(MAX_FILE_BYTES).read_to_end(&mut bytes);
    if read.is_ok()
        && let Some(export) = recognise(&bytes)
    {
        return export_warning(shown, export);
    }
    file_warning(
        shown,
        Some(Format::JsonLines),
        "a JSON array over many lines, not one article a line (`jq -c '.[]'` makes it so)".into(),
    )
}

fn export_warning(shown: &str, export: bookmark_export::Format) -> Warning {
    file_warning(
        shown,
        None,
        format!(
            "a kroniek bookmarks export ({}), not articles",
            export.name()
        ),
    )
}

/// A problem with a whole file, named with its format.
fn file_warning(shown: &str, format: Option<Format>, reason: String) -> Warning {
    Warning {
        path: shown.to_owned(),
        reason: match format {
            Some(format) if format != Format::Text => format!("{}: {reason}", format.name()),
            _ => reason,
        },
        skipped: true,
        entry: false,
        folder: false,
    }
}
