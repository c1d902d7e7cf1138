//! From paths on disk (or the built-in seeds) to a sorted, indexed corpus. Nothing from outside
//! makes this panic: every problem becomes a [`Warning`] with the path and the reason.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use super::Corpus;
use super::actors::Gazetteer;
use super::article::{Article, Format, Position, Source};
use super::decode::{
    DecodeError, DecodeNote, decode, decode_unsanitised, needs_sanitising, sanitise, sanitise_line,
};
use super::formats::{self, Entry, Options, Problem, format_of, sniff};
use super::parse::{DateHeader, Parsed, TITLE_MAX_CHARS, parse, parse_body, shorten};
use super::quotes::{describe_all, find_quotes};

/// Files larger than this are skipped. A news article is a few kilobytes; the bound keeps one
/// stray log file or disk image from taking the memory and time meant for a whole corpus.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Directories deeper than this below a PATH are not searched (a guard against odd mounts).
pub const MAX_DEPTH: usize = 64;

/// The built-in corpus: the files of `seeds/`, compiled into the binary.
pub const SEEDS: &[(&str, &[u8])] = &[
    (
        "000_46525a48ac51a0ee.txt",
        include_bytes!("../../seeds/000_46525a48ac51a0ee.txt"),
    ),
    (
        "001_dac7e3f325e7f7ac.txt",
        include_bytes!("../../seeds/001_dac7e3f325e7f7ac.txt"),
    ),
    (
        "002_5445485583bac3ad.txt",
        include_bytes!("../../seeds/002_5445485583bac3ad.txt"),
    ),
    (
        "003_122c80cfac108b64.txt",
        include_bytes!("../../seeds/003_122c80cfac108b64.txt"),
    ),
    (
        "004_55c0aa1bbed82351.txt",
        include_bytes!("../../seeds/004_55c0aa1bbed82351.txt"),
    ),
];

/// A problem with one file. `skipped` says whether the file was left out or loaded anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub reason: String,
    pub skipped: bool,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.skipped { "skipped" } else { "loaded" };
        write!(f, "{}: {} ({what})", self.path, self.reason)
    }
}

fn display_path(path: &Path) -> String {
    sanitise_line(&path.to_string_lossy())
}

/// Loads the built-in corpus.
pub fn load_builtin(gazetteer: Gazetteer) -> Corpus {
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    for &(name, bytes) in SEEDS {
        let stem = name.trim_end_matches(".txt");
        match build_article(stem, Source::built_in(name), bytes, &gazetteer) {
            Ok((article, notes)) => {
                warnings.extend(notes);
                articles.push(article);
            }
            Err(warning) => warnings.push(warning),
        }
    }
    Corpus::new(articles, warnings, gazetteer)
}

/// Loads every article under `paths`: files as named, directories searched for the files of every
/// format kroniek reads (`*.txt`, `*.jsonl`, `*.ndjson`, `*.csv`, `*.tsv`, `*.md`, `*.xml`,
/// `*.rss`, `*.atom`).
pub fn load_paths(paths: &[PathBuf], gazetteer: Gazetteer) -> Corpus {
    load_paths_with_progress(paths, gazetteer, &Progress::default())
}

/// [`load_paths`] with options (CSV columns), counting progress.
pub fn load_paths_with(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Corpus {
    load_listing_with(list(paths), gazetteer, options, progress)
}

/// How far a load has come, for a progress gauge; shared with the thread that loads.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files found (known once the directories are walked).
    pub files_total: AtomicUsize,
    pub files_done: AtomicUsize,
    /// Article text read so far.
    pub bytes_done: AtomicU64,
    /// The size of the files, when there are few of them (a dataset file or two), so the gauge
    /// moves while one large file loads; 0 when not known.
    pub bytes_total: AtomicU64,
}

/// Up to this many files, their sizes are added up for the gauge.
const SIZED_FILES: usize = 64;

/// [`load_paths`], counting files and bytes in `progress` as it goes.
pub fn load_paths_with_progress(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    progress: &Progress,
) -> Corpus {
    load_paths_with(paths, gazetteer, &Options::default(), progress)
}

/// The files found under some PATHs, in the order they load, and the problems met finding them.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<PathBuf>,
    pub warnings: Vec<Warning>,
}

/// Finds the article files under `paths`: files as named, directories searched for the
/// extensions of every format kroniek reads.
pub fn list(paths: &[PathBuf]) -> Listing {
    let mut listing = Listing::default();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        collect(
            path,
            true,
            0,
            &mut seen_dirs,
            &mut listing.files,
            &mut listing.warnings,
        );
    }
    listing
}

/// Reads, parses and indexes the files of a [`Listing`]. A file that is gone or changed since it
/// was listed becomes a warning like any other bad file.
pub fn load_listing(listing: Listing, gazetteer: Gazetteer, progress: &Progress) -> Corpus {
    load_listing_with(listing, gazetteer, &Options::default(), progress)
}

/// [`load_listing`] with options.
pub fn load_listing_with(
    listing: Listing,
    gazetteer: Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Corpus {
    let Listing {
        files,
        mut warnings,
    } = listing;
    progress.files_total.store(files.len(), Ordering::Relaxed);
    if files.len() <= SIZED_FILES {
        let size: u64 = files
            .iter()
            .filter_map(|f| fs::metadata(f).ok())
            .map(|m| m.len())
            .sum();
        progress.bytes_total.store(size, Ordering::Relaxed);
    }
    // Reading and parsing run in parallel; results come back in file order, so ids, warnings
    // and ties in the sort are the same on every run.
    // (Flattened as it is collected: a hundred thousand one-article vectors never coexist.)
    let built: Vec<Built> = files
        .par_iter()
        .flat_map_iter(|path| {
            let results = load_file(path, &gazetteer, options, progress);
            progress.files_done.fetch_add(1, Ordering::Relaxed);
            results
        })
        .collect();
    let mut renames = renamed_ids(&built).into_iter().peekable();
    // Collected in place (the standard library reuses `built`'s buffer), so the articles are not
    // held twice at the peak.
    let articles: Vec<Article> = built
        .into_iter()
        .enumerate()
        .filter_map(|(at, result)| match result {
            Ok((mut article, notes)) => {
                if let Some((_, id)) = renames.next_if(|(renamed, _)| *renamed == at) {
                    let stem = std::mem::replace(&mut article.id, id);
                    warnings.push(Warning {
                        path: article.source.to_string(),
                        reason: format!(
                            "another article already has the id `{stem}`; this one is `{}`",
                            article.id
                        ),
                        skipped: false,
                    });
                }
                warnings.extend(notes);
                Some(article)
            }
            Err(warning) => {
                warnings.push(warning);
                None
            }
        })
        .collect();
    Corpus::new(articles, warnings, gazetteer)
}

/// One article built, with its notes; or why an article or a file could not be used (or, with
/// `skipped` false, a note about a whole file whose articles follow).
type Built = Result<(Article, Vec<Warning>), Warning>;

/// Reads and builds the articles of one file, in its format. A seed or Markdown file's id is its
/// stem; the articles of other files take their own `id`, else the stem and their line or item.
fn load_file(
    path: &Path,
    gazetteer: &Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Vec<Built> {
    let stem = path.file_stem().map_or_else(
        || "article".to_owned(),
        |s| sanitise_line(&s.to_string_lossy()),
    );
    let shown = display_path(path);
    let named = format_of(path);
    // JSON Lines and CSV files named as such are read as a stream; others whole.
    if let Some(format @ (Format::JsonLines | Format::Csv | Format::Tsv)) = named {
        let context = EntryContext {
            stem: &stem,
            path: &shown,
            format,
            gazetteer,
            progress,
        };
        return match open_regular(path) {
            Ok((file, _)) => read_stream(io::BufReader::new(file), &context, options),
            Err(reason) => vec![Err(file_warning(&shown, None, reason))],
        };
    }
    match read_bounded(path) {
        Ok(bytes) => load_bytes(&stem, &shown, named, &bytes, gazetteer, options, progress),
        Err(reason) => vec![Err(file_warning(&shown, None, reason))],
    }
}

/// A problem with a whole file, named with its format.
fn file_warning(shown: &str, format: Option<Format>, reason: String) -> Warning {
    Warning {
        path: shown.to_owned(),
        reason: match format {
            Some(format) if format != Format::Seed => format!("{}: {reason}", format.name()),
            _ => reason,
        },
        skipped: true,
    }
}

/// Builds the articles of a file's bytes: `stem` and `shown` are the file's stem and its path as
/// shown; `named` the format its name says, if any (else the bytes say).
pub fn load_bytes(
    stem: &str,
    shown: &str,
    named: Option<Format>,
    bytes: &[u8],
    gazetteer: &Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Vec<Result<(Article, Vec<Warning>), Warning>> {
    let format = named.unwrap_or_else(|| sniff(bytes));
    let context = EntryContext {
        stem,
        path: shown,
        format,
        gazetteer,
        progress,
    };
    match format {
        Format::Seed => {
            let built = build_article(stem, Source::file(shown), bytes, gazetteer);
            if let Ok((article, _)) = &built {
                progress
                    .bytes_done
                    .fetch_add(article.text.len() as u64, Ordering::Relaxed);
            }
            vec![built]
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
                vec![context.build(entry)]
            }
            Err(DecodeError::Binary) => vec![Err(file_warning(
                shown,
                None,
                "contains NUL bytes: not a text file".into(),
            ))],
        },
        Format::Rss2 | Format::Rss1 | Format::Atom => match formats::feed::read(bytes) {
            Ok((format, entries)) if entries.is_empty() => vec![Err(file_warning(
                shown,
                Some(format),
                "a feed with no items".into(),
            ))],
            Ok((format, entries)) => {
                let context = EntryContext { format, ..context };
                entries
                    .into_par_iter()
                    .map(|entry| context.build(entry))
                    .collect()
            }
            Err(reason) => vec![Err(file_warning(shown, None, reason))],
        },
    }
}

/// What building an entry's article needs to know about its file.
#[derive(Clone, Copy)]
struct EntryContext<'a> {
    stem: &'a str,
    path: &'a str,
    format: Format,
    gazetteer: &'a Gazetteer,
    progress: &'a Progress,
}

impl EntryContext<'_> {
    fn source(&self, at: Option<Position>) -> Source {
        Source {
            path: self.path.to_owned(),
            format: self.format,
            at,
        }
    }

    /// Builds the article of one entry, or says why not.
    fn build(&self, entry: Result<Entry, Problem>) -> Built {
        let entry =
            entry.map_err(|problem| warning_at(&self.source(problem.at), problem.reason, true))?;
        let source = self.source(entry.at);
        let warning = |reason: String, skipped: bool| warning_at(&source, reason, skipped);
        if entry.body.len() as u64 > MAX_FILE_BYTES {
            return Err(warning(
                format!(
                    "a body of {} bytes, over the limit of {} MiB for one article",
                    entry.body.len(),
                    MAX_FILE_BYTES / 1024 / 1024
                ),
                true,
            ));
        }
        // Clean text (nearly all) is borrowed as it is, not copied.
        fn clean<'t>(text: &'t str, removed: &mut usize) -> Cow<'t, str> {
            if needs_sanitising(text) {
                let (clean, n) = sanitise(text);
                *removed += n;
                Cow::Owned(clean)
            } else {
                Cow::Borrowed(text)
            }
        }
        let mut removed = 0;
        let body = clean(&entry.body, &mut removed);
        let title = entry.title.as_deref().map(|t| clean(t, &mut removed));
        let own_id = entry.id.as_deref().map(|id| clean(id, &mut removed));
        let body = if self.format == Format::Markdown {
            body
        } else {
            Cow::Owned(formats::paragraphs_from_lines(&body))
        };
        let Some(parsed) = parse_body(&body) else {
            return Err(warning("no article text".into(), true));
        };
        let number = match entry.at {
            Some(Position::Line(n)) => n,
            Some(Position::Item(n)) => u64::from(n),
            None => 0,
        };
        let id = own_id
            .map(|id| id.split_whitespace().collect::<Vec<_>>().join("-"))
            .filter(|id| !id.is_empty())
            .map(|id| match self.format {
                // A feed item's id is a tag of its guid, kept apart per feed.
                Format::Rss2 | Format::Rss1 | Format::Atom => format!("{}-{id}", self.stem),
                _ => id,
            })
            .unwrap_or_else(|| {
                if number == 0 {
                    self.stem.to_owned()
                } else {
                    format!("{}-{number}", self.stem)
                }
            });
        let title = title
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
            .map(|t| shorten(&t, TITLE_MAX_CHARS));
        let mut notes = Vec::new();
        if let Some(encoding) = &entry.encoding {
            notes.push(warning(encoding.to_string(), false));
        }
        if removed > 0 {
            notes.push(warning(DecodeNote::Sanitised(removed).to_string(), false));
        }
        let date = entry.date();
        let one_line = |field: &Option<String>| {
            field
                .as_deref()
                .map(sanitise_line)
                .map(|f| f.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|f| !f.is_empty())
        };
        let url = one_line(&entry.url);
        let publisher = one_line(&entry.publisher);
        let mut built = finish(&id, source, parsed, date, title, notes, self.gazetteer);
        built.0.url = url;
        built.0.publisher = publisher;
        self.progress
            .bytes_done
            .fetch_add(built.0.text.len() as u64, Ordering::Relaxed);
        Ok(built)
    }
}

/// Entries are built in parallel batches of this many, so one large file uses every core.
const BATCH: usize = 512;

/// Reads a JSON Lines, CSV or TSV stream and builds its articles, in order; a problem with the
/// whole stream is one warning for the file.
fn read_stream(
    input: impl io::BufRead + Send,
    context: &EntryContext<'_>,
    options: &Options,
) -> Vec<Built> {
    read_entries(input, context, options).unwrap_or_else(|reason| {
        vec![Err(file_warning(
            context.path,
            Some(context.format),
            reason,
        ))]
    })
}

fn read_entries(
    mut input: impl io::BufRead + Send,
    context: &EntryContext<'_>,
    options: &Options,
) -> Result<Vec<Built>, String> {
    // UTF-16 cannot be read line by line: such a file is read whole (within the file bound).
    let head = input.fill_buf().map_err(|e| io_reason(&e))?;
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        let mut bytes = Vec::new();
        input
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_reason(&e))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(format!(
                "UTF-16 over {} MiB; convert it to UTF-8",
                MAX_FILE_BYTES / 1024 / 1024
            ));
        }
        let (text, _) = decode_unsanitised(&bytes)
            .map_err(|_| "contains NUL bytes: not a text file".to_owned())?;
        let mut built = read_entries(
            io::Cursor::new(text.into_owned().into_bytes()),
            context,
            options,
        )?;
        // One note for the file, before its entries' own.
        built.insert(
            0,
            Err(Warning {
                path: context.path.to_owned(),
                reason: format!("{}: {}", context.format.name(), DecodeNote::Utf16),
                skipped: false,
            }),
        );
        return Ok(built);
    }
    // A CSV file's header says where its columns are before any row is read.
    enum Stream<R> {
        Csv(csv::Reader<R>),
        Lines(R),
    }
    let (stream, layout) = match context.format {
        Format::Csv | Format::Tsv => {
            let delimiter = if context.format == Format::Tsv {
                b'\t'
            } else {
                b','
            };
            let (reader, layout) = formats::csv::open(input, delimiter, &options.columns)?;
            (Stream::Csv(reader), Some(layout))
        }
        _ => (Stream::Lines(input), None),
    };
    // Reading and building overlap: a thread of its own reads the next batch while the one before
    // is built on every core (parsing a CSV file cannot be split, so it would otherwise wait).
    let (sender, batches) = std::sync::mpsc::sync_channel::<Batch>(1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || match stream {
            Stream::Csv(reader) => {
                read_csv_batches(reader, sender);
                Ok(())
            }
            Stream::Lines(input) => read_line_batches(input, sender),
        });
        let mut built = Vec::new();
        for batch in batches {
            let Batch {
                bytes,
                ends,
                pending,
            } = batch;
            built.par_extend(
                pending
                    .into_par_iter()
                    .filter_map(|pending| pending.entry(&bytes, &ends, layout.as_ref()))
                    .map(|entry| context.build(entry)),
            );
        }
        reader
            .join()
            .unwrap_or_else(|_| Err("reading stopped unexpectedly".into()))?;
        if built.is_empty() {
            return Err("no articles in it".into());
        }
        Ok(built)
    })
}

/// Entries of a stream as read, [`BATCH`] at a time: their raw bytes in one buffer, to be made
/// into entries (and parsed, for JSON Lines) with the rest of the batch, in parallel.
///
/// One buffer rather than a string or two per entry: memory that one thread allocates and another
/// frees takes a lock in the allocator, and the reading thread and the building threads contended
/// for it on every entry (a CSV file loaded 1.6 times slower than a folder of the same articles).
struct Batch {
    bytes: Vec<u8>,
    /// For CSV rows: where each cell ends in `bytes`.
    ends: Vec<usize>,
    pending: Vec<Pending>,
}

impl Batch {
    fn new() -> Batch {
        Batch {
            bytes: Vec::with_capacity(BATCH * 4096),
            ends: Vec::new(),
            pending: Vec::with_capacity(BATCH),
        }
    }

    /// Adds an entry; sends the batch on when it is full.
    fn push(&mut self, pending: Pending, sender: &std::sync::mpsc::SyncSender<Batch>) {
        self.pending.push(pending);
        if self.pending.len() == BATCH {
            self.send(sender);
        }
    }

    /// Sends what there is and starts a new batch. (A send fails only when the receiver is gone,
    /// and it waits for every batch.)
    fn send(&mut self, sender: &std::sync::mpsc::SyncSender<Batch>) {
        if !self.pending.is_empty() {
            let _ = sender.send(std::mem::replace(self, Batch::new()));
        }
    }
}

/// An entry of a stream as read, its bytes in its [`Batch`].
enum Pending {
    Problem(Problem),
    /// A JSON Lines line (counted from 1).
    JsonLine {
        number: u64,
        line: Range<usize>,
    },
    /// A CSV row starting at `at`: its cells are `ends[cells]`, from `start` in the bytes.
    CsvRow {
        at: Position,
        start: usize,
        cells: Range<usize>,
    },
}

impl Pending {
    /// The entry; `None` for a blank line.
    fn entry(
        self,
        bytes: &[u8],
        ends: &[usize],
        layout: Option<&formats::csv::Layout>,
    ) -> Option<Result<Entry, Problem>> {
        match self {
            Pending::Problem(problem) => Some(Err(problem)),
            Pending::JsonLine { number, line } => {
                let (text, windows_1252) = super::decode::text_of(&bytes[line]);
                let entry = formats::jsonl::read_line(&text, number)?;
                Some(entry.map(|entry| Entry {
                    encoding: windows_1252.then_some(DecodeNote::Windows1252),
                    ..entry
                }))
            }
            Pending::CsvRow { at, start, cells } => {
                let ends = &ends[cells];
                let cell = |i: usize| {
                    let end = *ends.get(i)?;
                    let begin = if i == 0 { start } else { ends[i - 1] };
                    Some(&bytes[begin..end])
                };
                layout.map(|layout| layout.entry(at, cell))
            }
        }
    }
}

/// Reads the rows of a CSV or TSV file and sends them in batches.
fn read_csv_batches<R: io::Read>(
    reader: csv::Reader<R>,
    sender: std::sync::mpsc::SyncSender<Batch>,
) {
    let mut batch = Batch::new();
    formats::csv::rows(reader, |row| {
        let pending = match row {
            Ok((at, record)) => {
                let start = batch.bytes.len();
                let first = batch.ends.len();
                for cell in record {
                    batch.bytes.extend_from_slice(cell);
                    batch.ends.push(batch.bytes.len());
                }
                Pending::CsvRow {
                    at,
                    start,
                    cells: first..batch.ends.len(),
                }
            }
            Err(problem) => Pending::Problem(problem),
        };
        batch.push(pending, &sender);
    });
    batch.send(&sender);
}

/// Reads the lines of a JSON Lines file and sends them in batches.
fn read_line_batches(
    mut input: impl io::BufRead,
    sender: std::sync::mpsc::SyncSender<Batch>,
) -> Result<(), String> {
    let mut batch = Batch::new();
    let mut number = 0u64;
    loop {
        let start = batch.bytes.len();
        let n = (&mut input)
            .take(MAX_FILE_BYTES + 1)
            .read_until(b'\n', &mut batch.bytes)
            .map_err(|e| io_reason(&e))?;
        if n == 0 {
            break;
        }
        number += 1;
        let pending = if n as u64 > MAX_FILE_BYTES {
            batch.bytes.truncate(start);
            skip_line(&mut input).map_err(|e| io_reason(&e))?;
            Pending::Problem(Problem {
                at: Some(Position::Line(number)),
                reason: format!("a line over {} MiB; skipped", MAX_FILE_BYTES / 1024 / 1024),
            })
        } else {
            let line = &batch.bytes[start..];
            let bom = if number == 1 && line.starts_with(b"\xEF\xBB\xBF") {
                3
            } else {
                0
            };
            Pending::JsonLine {
                number,
                line: start + bom..batch.bytes.len(),
            }
        };
        batch.push(pending, &sender);
    }
    batch.send(&sender);
    Ok(())
}

/// Consumes the rest of an over-long line.
fn skip_line(input: &mut impl io::BufRead) -> io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', buffer) {
            Some(at) => {
                input.consume(at + 1);
                return Ok(());
            }
            None => {
                let len = buffer.len();
                input.consume(len);
            }
        }
    }
}

/// The articles whose id another article before them already has, each with its new id: the
/// stem, then `stem~2`, `stem~3`… whichever is free. The ids are borrowed from the articles and
/// hashed with foldhash: a hundred thousand of them, on one core, before the reader can start.
fn renamed_ids(built: &[Built]) -> Vec<(usize, String)> {
    let mut ids: HashSet<Cow<'_, str>, foldhash::fast::RandomState> =
        HashSet::with_capacity_and_hasher(built.len(), Default::default());
    let mut renames = Vec::new();
    for (at, result) in built.iter().enumerate() {
        let Ok((article, _)) = result else { continue };
        let stem = article.id.as_str();
        if ids.insert(Cow::Borrowed(stem)) {
            continue;
        }
        let id = (2..)
            .map(|n| format!("{stem}~{n}"))
            .find(|id| !ids.contains(id.as_str()))
            .unwrap_or_default();
        ids.insert(Cow::Owned(id.clone()));
        renames.push((at, id));
    }
    renames
}

/// Walks `path`, pushing article files in name order. `named` is true for a PATH the user gave.
fn collect(
    path: &Path,
    named: bool,
    depth: usize,
    seen_dirs: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<Warning>,
) {
    let warn = |warnings: &mut Vec<Warning>, reason: String| {
        warnings.push(Warning {
            path: display_path(path),
            reason,
            skipped: true,
        })
    };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) => return warn(warnings, io_reason(&e)),
    };
    if meta.is_dir() {
        if depth > MAX_DEPTH {
            return warn(warnings, format!("more than {MAX_DEPTH} directories deep"));
        }
        // A directory reached twice through links is searched once; this also ends link loops.
        match fs::canonicalize(path) {
            Ok(real) if seen_dirs.contains(&real) => {
                if !named {
                    warn(warnings, "directory already searched (a link loop?)".into());
                }
                return;
            }
            Ok(real) => {
                seen_dirs.insert(real);
            }
            Err(e) => return warn(warnings, io_reason(&e)),
        }
        let entries = match fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => return warn(warnings, io_reason(&e)),
        };
        let mut children: Vec<(std::ffi::OsString, fs::DirEntry)> = entries
            .filter_map(|e| e.ok().map(|e| (e.file_name(), e)))
            .collect();
        // Children of one directory differ only in their names (no two alike): comparing those
        // is the same order as comparing whole paths, and much cheaper.
        children.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (_, entry) in children {
            let child = entry.path();
            let file_type = entry.file_type().ok();
            let is_txt = format_of(&child).is_some();
            // A plain file needs no further look: the directory entry says what it is.
            if let Some(file_type) = file_type.filter(|t| t.is_file()) {
                if is_txt && file_type.is_file() {
                    files.push(child);
                }
                continue;
            }
            match fs::metadata(&child) {
                Ok(meta) if meta.is_dir() || is_txt => {
                    collect(&child, false, depth + 1, seen_dirs, files, warnings)
                }
                Ok(_) => {}
                // A `*.txt` that cannot be reached, or any link loop, is worth a word.
                Err(e) if is_txt || e.raw_os_error() == Some(ELOOP) => {
                    collect(&child, false, depth + 1, seen_dirs, files, warnings)
                }
                Err(_) => {}
            }
        }
    } else if meta.is_file() {
        if named || format_of(path).is_some() {
            files.push(path.to_path_buf());
        }
    } else {
        warn(
            warnings,
            "not a regular file (a FIFO, socket or device)".into(),
        );
    }
}

/// The errno of "too many levels of symbolic links".
const ELOOP: i32 = if cfg!(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd"
)) {
    62
} else {
    40
};

fn io_reason(e: &std::io::Error) -> String {
    if e.raw_os_error() == Some(ELOOP) {
        return "too many levels of symbolic links (a link loop)".into();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => sanitise_line(&e.to_string()),
    }
}

/// Reads a regular file up to [`MAX_FILE_BYTES`]. Checked again after opening, so a file replaced
/// by a FIFO between listing and reading cannot block.
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes, over the limit of {} MiB for one article",
            meta.len(),
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "grew over the limit of {} MiB while reading",
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    Ok(bytes)
}

/// Opens a regular file for reading, never blocking on a FIFO; anything else is an error.
fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), String> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc_o_nonblock());
    }
    let file = options.open(path).map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err("not a regular file (a FIFO, socket or device)".into());
    }
    Ok((file, meta))
}

/// O_NONBLOCK, so that opening a FIFO never waits for a writer.
#[cfg(unix)]
fn libc_o_nonblock() -> i32 {
    if cfg!(any(
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd"
    )) {
        0x0004
    } else {
        0o4000
    }
}

/// Decodes, parses and indexes one article. Returns the notes worth a warning with it.
pub fn build_article(
    id: &str,
    source: Source,
    bytes: &[u8],
    gazetteer: &Gazetteer,
) -> Result<(Article, Vec<Warning>), Warning> {
    let warning = |reason: String, skipped: bool| warning_at(&source, reason, skipped);
    let (text, decode_notes) = decode(bytes).map_err(|e| match e {
        DecodeError::Binary => warning("contains NUL bytes: not a text file".into(), true),
    })?;
    let Some(parsed) = parse(&text) else {
        let reason = if bytes.is_empty() {
            "empty file"
        } else {
            "no article text (blank, or a header only)"
        };
        return Err(warning(reason.into(), true));
    };
    let notes: Vec<Warning> = decode_notes
        .iter()
        .map(|note| warning(note.to_string(), false))
        .collect();
    let date = parsed.date.clone();
    Ok(finish(id, source, parsed, date, None, notes, gazetteer))
}

/// A warning about one article. Its source is written out here, only when there is a warning
/// (most articles have none).
fn warning_at(source: &Source, reason: String, skipped: bool) -> Warning {
    Warning {
        path: source.to_string(),
        reason,
        skipped,
    }
}

/// The common end of building an article: the date checked, actors and quotations found.
fn finish(
    id: &str,
    source: Source,
    parsed: Parsed,
    date: DateHeader,
    title: Option<String>,
    mut notes: Vec<Warning>,
    gazetteer: &Gazetteer,
) -> (Article, Vec<Warning>) {
    let date = match date {
        DateHeader::Valid(date) => Some(date),
        DateHeader::Missing => None,
        DateHeader::Invalid(raw) => {
            notes.push(warning_at(
                &source,
                format!(
                    "impossible date `{raw}` (want YYYY-MM, YYYY-MM-DD or an RFC 3339 date and time); treated as undated"
                ),
                false,
            ));
            None
        }
    };
    let mentions = gazetteer.find_mentions(&parsed.text);
    let (quotes, marks) = find_quotes(&parsed.text, &parsed.paragraphs, &mentions, gazetteer);
    notes.extend(
        describe_all(&parsed.text, &marks)
            .into_iter()
            .map(|reason| warning_at(&source, reason, false)),
    );
    let mut article = Article {
        id: id.to_owned(),
        source,
        date,
        title: title.unwrap_or(parsed.title),
        text: parsed.text,
        paragraphs: parsed.paragraphs,
        mentions,
        quotes,
        words: parsed.words,
        url: None,
        publisher: None,
    };
    // Kept for the life of the corpus: no spare capacity.
    article.text.shrink_to_fit();
    article.paragraphs.shrink_to_fit();
    article.mentions.shrink_to_fit();
    article.quotes.shrink_to_fit();
    (article, notes)
}
