//! RSS 2.0, RSS 1.0 and Atom feeds (read by feed-rs): one article per item, HTML in titles,
//! descriptions and content reduced to text. A feed file is read as a stream of items, each
//! within the bound on one article ([`split`]), so a feed archive of any size loads.

use std::hash::Hasher;
use std::io::{BufRead, Read};

use super::{Entry, Problem, html};
use crate::corpus::article::{Format, Position};
use crate::fnv::{Fnv64, fnv64};
use crate::io_error::reason as io_reason;

pub mod split;

/// A feed-rs parser that leaves an item without guid or link without an id.
///
/// feed-rs gives such an item a random UUID for an id: an article whose id changed on every run
/// would lose its bookmarks and read mark. Such an item gets one from its content below.
/// (A parser of its own for each parse: feed-rs keeps state in it between the start and end of
/// an item, which an item that failed half-way would leave behind.)
fn parser() -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        .id_generator(|links, title, uri| {
            if links.is_empty() && (uri.is_none() || title.is_none()) {
                String::new()
            } else {
                feed_rs::parser::generate_id(links, title, uri)
            }
        })
        .build()
}

/// The format a parsed feed is in.
fn format_of(feed: &feed_rs::model::Feed) -> Result<Format, String> {
    Ok(match feed.feed_type {
        feed_rs::model::FeedType::Atom => Format::Atom,
        feed_rs::model::FeedType::RSS1 => Format::Rss1,
        feed_rs::model::FeedType::RSS0 | feed_rs::model::FeedType::RSS2 => Format::Rss2,
        feed_rs::model::FeedType::JSON => return Err("a JSON Feed, not RSS or Atom".into()),
    })
}

/// A feed's title, as the publisher of its items.
fn publisher_of(feed: &feed_rs::model::Feed) -> Option<String> {
    feed.title
        .as_ref()
        .map(|t| t.content.trim().to_owned())
        .filter(|p| !p.is_empty())
}

/// Reads a whole feed. An error means the file is not a feed kroniek can read.
pub fn read(bytes: &[u8]) -> Result<(Format, Vec<Result<Entry, Problem>>), String> {
    let feed = parser()
        .parse(bytes)
        .map_err(|e| format!("not an RSS or Atom feed ({e})"))?;
    let format = format_of(&feed)?;
    let publisher = publisher_of(&feed);
    // The dates each item writes, as written: feed-rs gives them in UTC only.
    let mut written: Vec<Vec<String>> = Vec::new();
    if let Ok((head, mut items)) = split::Items::open(bytes, bytes.len().max(1))
        && head.items
    {
        let mut buffer = Vec::new();
        while let Ok(Some(piece)) = items.next_into(&mut buffer) {
            written.push(match piece {
                split::Piece::Item(_) => written_dates(&buffer),
                split::Piece::Broken(..) => Vec::new(),
            });
            buffer.clear();
        }
    }
    if written.len() != feed.entries.len() {
        written.clear();
    }
    let entries = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let dates = written.get(index).map_or(&[][..], Vec::as_slice);
            entry_of(item, index as u32 + 1, publisher.as_ref(), dates)
        })
        .collect();
    Ok((format, entries))
}

/// At most this many characters of a date as written are kept (one that reads as none is shown
/// in a warning).
const DATE_CHARS_MAX: usize = 100;

/// A date as an item writes it, with its offset from UTC.
type Written = chrono::DateTime<chrono::FixedOffset>;

/// The tags a feed item gives its dates in (RSS, Atom, Dublin Core).
const DATE_TAGS: [&str; 7] = [
    "pubDate",
    "published",
    "updated",
    "dc:date",
    "dc:created",
    "dcterms:issued",
    "dcterms:modified",
];

/// Every date an item's XML writes in one of [`DATE_TAGS`], as written, so that the date kept is
/// the publisher's local one and not feed-rs's UTC, and a date no one can read is warned about.
fn written_dates(item: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(item);
    let mut dates = Vec::new();
    for tag in DATE_TAGS {
        let open = format!("<{tag}");
        let mut from = 0;
        while let Some(at) = text[from..].find(&open).map(|i| from + i) {
            from = at + open.len();
            // The tag itself, not a longer one ("<updatedBy>").
            if !text[from..].starts_with(['>', ' ', '\t', '\r', '\n']) {
                continue;
            }
            let Some(start) = text[from..].find('>').map(|i| from + i + 1) else {
                break;
            };
            let end = text[start..].find('<').map_or(text.len(), |i| start + i);
            let value = text[start..end].trim();
            if !value.is_empty() {
                dates.push(value.chars().take(DATE_CHARS_MAX).collect());
            }
            from = end;
        }
    }
    dates
}

/// What each item of a feed read as a stream is read in: the feed's start (its XML declaration
/// and the start tags of the elements around its items, with their namespaces) and end, so that
/// one item reads as it would in the whole feed.
#[derive(Debug, Clone)]
pub struct Frame {
    open: Vec<u8>,
    close: Vec<u8>,
    pub format: Format,
    publisher: Option<String>,
}

/// A feed file opened for reading.
pub enum Opened<R> {
    /// Its items follow, one at a time.
    Stream {
        frame: Frame,
        items: Box<split::Items<R>>,
    },
    /// No items where a stream looks for them (or UTF-16, which is not split): the file read
    /// whole, within the bound.
    Whole {
        format: Format,
        entries: Vec<Result<Entry, Problem>>,
    },
}

/// Opens a feed: reads its head (up to its first item), within `limit` bytes. An error is about
/// the whole file.
pub fn open<R: BufRead>(mut input: R, limit: usize) -> Result<Opened<R>, String> {
    let start = input.fill_buf().map_err(|e| io_reason(&e))?;
    if start.starts_with(b"\xFF\xFE") || start.starts_with(b"\xFE\xFF") {
        let mut bytes = Vec::new();
        input
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_reason(&e))?;
        if bytes.len() > limit {
            return Err(format!(
                "UTF-16 over {} MiB; convert it to UTF-8",
                limit / 1024 / 1024
            ));
        }
        let (format, entries) = read(&bytes)?;
        return Ok(Opened::Whole { format, entries });
    }
    let (head, items) = split::Items::open(input, limit)?;
    if !head.items {
        let (format, entries) = read(&head.bytes)?;
        return Ok(Opened::Whole { format, entries });
    }
    let mut close = Vec::new();
    for name in head.parent_names.iter().rev() {
        close.extend_from_slice(b"</");
        close.extend_from_slice(name);
        close.push(b'>');
    }
    // The feed without its items: what it says of itself.
    let mut bare = head.bytes.clone();
    bare.extend_from_slice(&close);
    let feed = parser()
        .parse(bare.as_slice())
        .map_err(|e| format!("not an RSS or Atom feed ({e})"))?;
    let format = format_of(&feed)?;
    let mut open = head.bytes[..head.root].to_vec();
    for range in &head.parents {
        open.extend_from_slice(&head.bytes[range.clone()]);
    }
    let frame = Frame {
        open,
        close,
        format,
        publisher: publisher_of(&feed),
    };
    Ok(Opened::Stream {
        frame,
        items: Box::new(items),
    })
}

/// Reads one item of a feed read as a stream (`number` counted from 1), in its frame.
pub fn item(frame: &Frame, bytes: &[u8], number: u32) -> Result<Entry, Problem> {
    let problem = |reason: String| Problem {
        at: Some(Position::Item(number)),
        reason,
    };
    let mut document = Vec::with_capacity(frame.open.len() + bytes.len() + frame.close.len());
    document.extend_from_slice(&frame.open);
    document.extend_from_slice(bytes);
    document.extend_from_slice(&frame.close);
    let feed = parser()
        .parse(document.as_slice())
        .map_err(|e| problem(format!("not a readable item ({e})")))?;
    let item = feed
        .entries
        .into_iter()
        .next()
        .ok_or_else(|| problem("not a readable item".into()))?;
    entry_of(
        item,
        number,
        frame.publisher.as_ref(),
        &written_dates(bytes),
    )
}

/// The entry of a feed item (`number` counted from 1).
fn entry_of(
    item: feed_rs::model::Entry,
    number: u32,
    publisher: Option<&String>,
    written: &[String],
) -> Result<Entry, Problem> {
    let at = Some(Position::Item(number));
    let tag = if item.id.is_empty() {
        content_tag(&item)
    } else {
        fnv64(item.id.as_bytes())
    };
    let text_of = |text: &feed_rs::model::Text| {
        if text.content_type.to_string().contains("html") {
            html::to_text(&text.content)
        } else {
            text.content.clone()
        }
    };
    let content = item.content.as_ref().and_then(|c| {
        let body = c.body.as_ref()?;
        Some(if c.content_type.to_string().contains("html") {
            html::to_text(body)
        } else {
            body.clone()
        })
    });
    let body = content
        .filter(|c| !c.trim().is_empty())
        .or_else(|| item.summary.as_ref().map(text_of))
        .filter(|b| !b.trim().is_empty());
    let Some(body) = body else {
        return Err(Problem {
            at,
            reason: "no description or content".into(),
        });
    };
    // The date as the item wrote it, offset and all, where it wrote the instant feed-rs read;
    // else in UTC.
    let read: Vec<Written> = written
        .iter()
        .filter_map(|value| {
            chrono::DateTime::parse_from_rfc3339(value)
                .or_else(|_| chrono::DateTime::parse_from_rfc2822(value))
                .ok()
        })
        .collect();
    let date = item
        .published
        .or(item.updated)
        .map(|d| match read.iter().find(|w| **w == d) {
            Some(w) if w.offset().local_minus_utc() != 0 => {
                w.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
            }
            _ => d.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        })
        // A date feed-rs could not read: as written, for the builder to check (and warn
        // about, as about a text file's header) rather than an item undated in silence.
        .or_else(|| written.first().cloned());
    Ok(Entry {
        // A short, stable tag of the item's id (or its content), so a feed item keeps its
        // article id (and its bookmarks) from run to run and when the feed gains or loses
        // items.
        id: Some(format!("{:08x}", tag as u32)),
        title: item.title.as_ref().map(text_of),
        date,
        body,
        url: item.links.first().map(|l| l.href.clone()),
        publisher: publisher.cloned(),
        at,
        encoding: None,
    })
}

/// A hash of what an item without guid or link says: its title, content, summary and dates, so
/// the same item has the same id on every run, wherever it stands in the feed.
fn content_tag(item: &feed_rs::model::Entry) -> u64 {
    let mut hasher = Fnv64::default();
    let mut field = |text: Option<&str>| {
        hasher.write(text.unwrap_or_default().as_bytes());
        hasher.write(&[0]);
    };
    field(item.title.as_ref().map(|t| t.content.as_str()));
    field(item.content.as_ref().and_then(|c| c.body.as_deref()));
    field(item.summary.as_ref().map(|t| t.content.as_str()));
    field(item.published.map(|d| d.to_rfc3339()).as_deref());
    field(item.updated.map(|d| d.to_rfc3339()).as_deref());
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    use super::*;

    /// Every entry of a feed read as a stream, read through a buffer of `capacity` bytes (so
    /// that tags, comments and CDATA sections are cut across reads).
    fn streamed(bytes: &[u8], capacity: usize) -> (Format, Vec<Result<Entry, Problem>>) {
        let input = BufReader::with_capacity(capacity, bytes);
        match open(input, 1 << 20).unwrap() {
            Opened::Whole { format, entries } => (format, entries),
            Opened::Stream { frame, mut items } => {
                let mut entries = Vec::new();
                let mut buffer = Vec::new();
                while let Some(piece) = items.next_into(&mut buffer).unwrap() {
                    entries.push(match piece {
                        split::Piece::Item(number) => item(&frame, &buffer, number),
                        split::Piece::Broken(number, reason) => Err(Problem {
                            at: Some(Position::Item(number)),
                            reason,
                        }),
                    });
                    buffer.clear();
                }
                (frame.format, entries)
            }
        }
    }

    /// Issue #18, item 7: an item read alone in its frame is the item read in the whole feed:
    /// the same id, title, date, body, link and publisher.
    #[test]
    fn a_streamed_feed_gives_the_entries_of_the_whole_feed() {
        let commented = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<!-- <item> -->\
            <rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\
            <title a=\"x>y\">Titel</title><?pi <item> ?>\
            <item><title>Een</title><dc:date>2022-02-24T05:30:00+01:00</dc:date>\
            <description><![CDATA[<p>Een <item> bericht.</p>]]></description></item>\
            <item/><item><title>Drie</title><link>https://example.org/3</link>\
            <description>Drie &amp; zo.</description></item></channel></rss>";
        let fixtures = [
            std::fs::read("tests/fixtures/formats/feed.rss").unwrap(),
            std::fs::read("tests/fixtures/formats/feed.atom").unwrap(),
            std::fs::read("tests/fixtures/formats/rdf.xml").unwrap(),
            commented.as_bytes().to_vec(),
        ];
        for bytes in &fixtures {
            let whole = read(bytes).unwrap();
            assert!(!whole.1.is_empty());
            for capacity in [1, 2, 3, 7, 8192] {
                assert_eq!(streamed(bytes, capacity), whole, "capacity {capacity}");
            }
        }
    }

    /// A feed item's date is the publisher's, as written, offset and all (feed-rs gives it in
    /// UTC, which moved 00:30 on 1 March at +01:00 into February), read whole or as a stream.
    #[test]
    fn a_feed_item_keeps_its_date_as_written() {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Krant</title>\
            <item><title>Maart</title><pubDate>Tue, 01 Mar 2022 00:30:00 +0100</pubDate>\
            <description>Tekst.</description></item>\
            <item><title>UTC</title><pubDate>Tue, 01 Mar 2022 10:00:00 GMT</pubDate>\
            <description>Tekst.</description></item></channel></rss>";
        let atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
            <title>Blad</title><id>urn:x</id><entry><title>Atom</title><id>urn:y</id>\
            <updated>2022-03-01T00:30:00+01:00</updated><content>Tekst.</content></entry></feed>";
        let dates = |bytes: &[u8]| -> Vec<Option<String>> {
            let whole = read(bytes).unwrap();
            assert_eq!(streamed(bytes, 7), whole);
            whole.1.into_iter().map(|e| e.unwrap().date).collect()
        };
        assert_eq!(
            dates(rss.as_bytes()),
            [
                Some("2022-03-01T00:30:00+01:00".to_owned()),
                Some("2022-03-01T10:00:00Z".to_owned())
            ]
        );
        assert_eq!(
            dates(atom.as_bytes()),
            [Some("2022-03-01T00:30:00+01:00".to_owned())]
        );
    }

    /// A date no one reads is kept as written, so that the item is warned about (as a text
    /// file's header is) and not left undated in silence.
    #[test]
    fn a_feed_item_s_unreadable_date_is_kept_for_a_warning() {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Krant</title>\
            <item><title>Gisteren</title><pubDate>yesterday at noon</pubDate>\
            <description>Tekst.</description></item></channel></rss>";
        let whole = read(rss.as_bytes()).unwrap();
        assert_eq!(streamed(rss.as_bytes(), 7), whole);
        let entry = whole.1.into_iter().next().unwrap().unwrap();
        assert_eq!(entry.date.as_deref(), Some("yesterday at noon"));
        assert!(matches!(
            entry.date(),
            crate::corpus::formats::DateHeader::Invalid(raw) if raw == "yesterday at noon"
        ));
    }
}
