//! The CSV, TSV, JSON Lines and feed stream pipeline: one thread reads entries' raw bytes in
//! batches, and each batch is made into entries and built on every core, in file order.

use std::io::{self, BufRead, Read};
use std::ops::Range;
use std::sync::mpsc::{SyncSender, sync_channel};

use rayon::prelude::*;

use super::super::article::{Format, Position};
use super::super::decode::{DecodeNote, decode_unsanitised, text_of};
use super::super::load::{MAX_FILE_BYTES, MAX_FILE_MIB};
use super::{Entry, Options, Problem, csv, feed, jsonl};
use crate::io_error::reason as io_reason;

/// Entries are built in parallel batches of this many, so one large file uses every core.
const BATCH: usize = 512;

/// A batch is sent on once its entries hold this many bytes, however few they are: a batch of
/// entries near the bound on one article each would otherwise hold gigabytes.
const BATCH_BYTES: usize = MAX_FILE_BYTES as usize;

/// What a stream gave: what was built of each entry, in order.
pub struct Stream<T> {
    pub built: Vec<T>,
    /// Whether the file was UTF-16, and so read whole and decoded first.
    pub utf16: bool,
}

/// Reads a JSON Lines, CSV or TSV stream (`format` says which) and builds each entry with
/// `build`. An error is a problem with the whole stream.
pub fn read<T: Send>(
    mut input: impl BufRead + Send,
    format: Format,
    options: &Options,
    build: &(impl Fn(Result<Entry, Problem>) -> T + Sync),
) -> Result<Stream<T>, String> {
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
                "UTF-16 over {MAX_FILE_MIB} MiB; convert it to UTF-8"
            ));
        }
        let (text, _) = decode_unsanitised(&bytes)
            .map_err(|_| "contains NUL bytes: not a text file".to_owned())?;
        let decoded = io::Cursor::new(text.into_owned().into_bytes());
        let built = read(decoded, format, options, build)?.built;
        return Ok(Stream { built, utf16: true });
    }
    // A CSV file's header says where its columns are before any row is read.
    enum Source<R> {
        Csv(::csv::Reader<R>),
        Lines(R),
    }
    let (source, layout) = match format {
        Format::Csv | Format::Tsv => {
            let delimiter = if format == Format::Tsv { b'\t' } else { b',' };
            let (reader, layout) = csv::open(input, delimiter, &options.columns)?;
            (Source::Csv(reader), Some(layout))
        }
        _ => (Source::Lines(input), None),
    };
    // Reading and building overlap: a thread of its own reads the next batch while the one before
    // is built on every core (parsing a CSV file cannot be split, so it would otherwise wait).
    let (sender, batches) = sync_channel::<Batch>(1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || match source {
            Source::Csv(reader) => {
                read_csv_batches(reader, sender);
                Ok(())
            }
            Source::Lines(input) => read_line_batches(input, sender),
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
                    .filter_map(|pending| pending.entry(&bytes, &ends, layout.as_ref(), None))
                    .map(build),
            );
        }
        reader
            .join()
            .unwrap_or_else(|_| Err("reading stopped unexpectedly".into()))?;
        if built.is_empty() {
            return Err("no articles in it".into());
        }
        Ok(Stream {
            built,
            utf16: false,
        })
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
    fn push(&mut self, pending: Pending, sender: &SyncSender<Batch>) {
        self.pending.push(pending);
        if self.pending.len() == BATCH || self.bytes.len() >= BATCH_BYTES {
            self.send(sender);
        }
    }

    /// Sends what there is and starts a new batch. (A send fails only when the receiver is gone,
    /// and it waits for every batch.)
    fn send(&mut self, sender: &SyncSender<Batch>) {
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
    /// A feed item (counted from 1).
    FeedItem {
        number: u32,
        item: Range<usize>,
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
        layout: Option<&csv::Layout>,
        frame: Option<&feed::Frame>,
    ) -> Option<Result<Entry, Problem>> {
        match self {
            Pending::FeedItem { number, item } => {
                frame.map(|frame| feed::item(frame, &bytes[item], number))
            }
            Pending::Problem(problem) => Some(Err(problem)),
            Pending::JsonLine { number, line } => {
                let (text, windows_1252) = text_of(&bytes[line]);
                let entry = jsonl::read_line(&text, number)?;
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

/// Reads the items of a feed opened as a stream and builds each entry with `build`, in order.
/// An error that ends the file early (it could not be read on) comes with what was built before
/// it.
pub fn read_feed<T: Send, R: BufRead + Send>(
    frame: &feed::Frame,
    mut items: Box<feed::split::Items<R>>,
    build: &(impl Fn(Result<Entry, Problem>) -> T + Sync),
) -> (Vec<T>, Option<String>) {
    let (sender, batches) = sync_channel::<Batch>(1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_feed_batches(&mut items, sender));
        let mut built = Vec::new();
        for batch in batches {
            let Batch { bytes, pending, .. } = batch;
            built.par_extend(
                pending
                    .into_par_iter()
                    .filter_map(|pending| pending.entry(&bytes, &[], None, Some(frame)))
                    .map(build),
            );
        }
        let end = reader
            .join()
            .unwrap_or_else(|_| Err("reading stopped unexpectedly".into()));
        (built, end.err())
    })
}

/// Reads the items of a feed and sends them in batches.
fn read_feed_batches<R: BufRead>(
    items: &mut feed::split::Items<R>,
    sender: SyncSender<Batch>,
) -> Result<(), String> {
    let mut batch = Batch::new();
    let end = loop {
        let start = batch.bytes.len();
        let pending = match items.next_into(&mut batch.bytes) {
            Ok(Some(feed::split::Piece::Item(number))) => Pending::FeedItem {
                number,
                item: start..batch.bytes.len(),
            },
            Ok(Some(feed::split::Piece::Broken(number, reason))) => Pending::Problem(Problem {
                at: Some(Position::Item(number)),
                reason,
            }),
            Ok(None) => break Ok(()),
            Err(reason) => break Err(reason),
        };
        batch.push(pending, &sender);
    };
    batch.send(&sender);
    end
}

/// Reads the rows of a CSV or TSV file and sends them in batches.
fn read_csv_batches<R: io::Read>(reader: ::csv::Reader<R>, sender: SyncSender<Batch>) {
    let mut batch = Batch::new();
    csv::rows(reader, |row| {
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
fn read_line_batches(mut input: impl BufRead, sender: SyncSender<Batch>) -> Result<(), String> {
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
                reason: format!("a line over {MAX_FILE_MIB} MiB; skipped"),
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
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
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
