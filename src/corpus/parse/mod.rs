//! Plain text (the format of the seeds): an optional `date YYYY-MM[-DD]` header, then the body;
//! paragraphs are separated by blank lines.

use std::sync::LazyLock;

use super::article::{ArticleDate, Paragraph, Span};
use super::sentences::first_sentence;

/// The longest title, in characters, before it is shortened at a word boundary.
pub const TITLE_MAX_CHARS: usize = 90;
/// A paragraph of at most this many words without closing punctuation is a heading.
const HEADING_MAX_WORDS: usize = 16;

/// What the header said about the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateHeader {
    Missing,
    Valid(ArticleDate),
    /// A header was there but its date is impossible or malformed (the raw value).
    Invalid(String),
}

/// A parsed article body, before actors and quotes are found.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub date: DateHeader,
    /// Paragraphs joined by one blank line, each on one line with white space collapsed.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub title: String,
    pub words: usize,
}

/// Parses decoded, sanitised text. Returns `None` when there is no body at all.
pub fn parse(text: &str) -> Option<Parsed> {
    let (date, body) = split_header(text);
    let mut parsed = parse_body(body)?;
    parsed.date = date;
    Some(parsed)
}

/// Parses a body without a header (the date comes from elsewhere, so it is `Missing` here).
pub fn parse_body(body: &str) -> Option<Parsed> {
    let date = DateHeader::Missing;
    let mut out = String::with_capacity(body.len());
    let mut paragraphs = Vec::new();
    let mut words = 0;
    for block in split_paragraphs(body) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let start = out.len();
        // White space at a block's ends (its final newline, the space after a header) goes
        // anyway; without it, most paragraphs can be copied whole.
        let block = block.trim();
        if let Some(count) = normalised_words(block) {
            // Already one line with single spaces (almost every paragraph): copy it whole.
            out.push_str(block);
            words += count;
        } else {
            let mut first = true;
            for word in block.split_whitespace() {
                if !first {
                    out.push(' ');
                }
                out.push_str(word);
                first = false;
                words += 1;
            }
        }
        let span = Span::new(start..out.len());
        paragraphs.push(Paragraph {
            span,
            heading: is_heading(&out[span.range()]),
        });
    }
    if paragraphs.is_empty() {
        return None;
    }
    // A lone paragraph is the article itself, never a heading; and a last paragraph that a
    // quotation opens and never closes is an excerpt cut off in someone's words ("“We have
    // multiple fire units along that sector and we ha"), no heading.
    if paragraphs.len() == 1 {
        paragraphs[0].heading = false;
    } else if let Some(last) = paragraphs.last_mut()
        && last.heading
        && is_cut_off_quotation(&out[last.span.range()])
    {
        last.heading = false;
    }
    let title = title_of(&out[paragraphs[0].span.range()]);
    Some(Parsed {
        date,
        text: out,
        paragraphs,
        title,
        words,
    })
}

/// Splits off a leading `date …` header: a date, or a date and time in RFC 3339. The body starts
/// on the same line after the date.
fn split_header(text: &str) -> (DateHeader, &str) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date") else {
        return (DateHeader::Missing, text);
    };
    if !rest.starts_with(char::is_whitespace) {
        return (DateHeader::Missing, text);
    }
    let rest = rest.trim_start();
    let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let token = &rest[..token_end];
    // A date (`2022-02`, `2022-02-24`) or a date and time (`2022-05-09T10:15:00+03:00`).
    let date_like = |c: char| c.is_ascii_digit() || matches!(c, '-' | ':' | '+' | '.');
    let looks_like_a_date = token.len() >= 4
        && token.bytes().take(4).all(|b| b.is_ascii_digit())
        && token
            .chars()
            .all(|c| date_like(c) || matches!(c, 'T' | 't' | 'Z' | 'z'));
    if !looks_like_a_date {
        return (DateHeader::Missing, text);
    }
    let body = &rest[token_end..];
    match parse_datetime(token) {
        Some(date) => (DateHeader::Valid(date), body),
        None => (DateHeader::Invalid(token.to_owned()), body),
    }
}

/// Parses `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
pub fn parse_date(token: &str) -> Option<ArticleDate> {
    let parts: Vec<&str> = token.split('-').collect();
    let (y, m, d) = match parts.as_slice() {
        [y, m] => (*y, *m, None),
        [y, m, d] => (*y, *m, Some(*d)),
        _ => return None,
    };
    if y.len() != 4 || m.len() != 2 || d.is_some_and(|d| d.len() != 2) {
        return None;
    }
    let year: u16 = y.parse().ok()?;
    let month: u8 = m.parse().ok()?;
    if year == 0 || !(1..=12).contains(&month) {
        return None;
    }
    let day = match d {
        Some(d) => {
            let day: u8 = d.parse().ok()?;
            chrono::NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))?;
            Some(day)
        }
        None => None,
    };
    Some(ArticleDate {
        year,
        month,
        day,
        time: None,
        offset: None,
    })
}

/// Parses a date as datasets and feeds write it: `YYYY-MM`, `YYYY-MM-DD`, or a date and time
/// (RFC 3339 `2022-02-24T05:30:00+02:00`, or `2022-02-24 05:30[:00]`). The time is kept as
/// written (its offset is not applied), so the day and month stay those of the source; the
/// offset is kept beside it, where the date has one.
pub fn parse_datetime(text: &str) -> Option<ArticleDate> {
    let text = text.trim();
    if text.len() <= 10 {
        return parse_date(text);
    }
    // (Not `split_at`: the tenth byte may fall inside a character, as the fuzzer found.)
    let (Some(date), Some(time)) = (text.get(..10), text.get(10..)) else {
        return None;
    };
    let time = time.strip_prefix(['T', 't', ' '])?;
    let mut date = parse_date(date)?;
    // The time of day: up to the fraction or the zone.
    let end = time
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(time.len());
    let zone = time[end..].trim_start_matches(|c: char| c == '.' || c == ',' || c.is_ascii_digit());
    let zone_ok = zone.is_empty()
        || zone.eq_ignore_ascii_case("z")
        || zone.trim().eq_ignore_ascii_case("utc")
        || zone.trim().eq_ignore_ascii_case("gmt")
        || (zone.starts_with('+') || zone.starts_with('-'))
            && zone[1..].chars().all(|c| c.is_ascii_digit() || c == ':');
    if !zone_ok {
        return None;
    }
    let clock = &time[..end];
    let parsed = chrono::NaiveTime::parse_from_str(clock, "%H:%M:%S")
        .or_else(|_| chrono::NaiveTime::parse_from_str(clock, "%H:%M"))
        .ok()?;
    use chrono::Timelike;
    date.time = Some(parsed.num_seconds_from_midnight());
    date.offset = zone_offset(zone.trim());
    Some(date)
}

/// The offset from UTC, in minutes, that a zone as written says: `Z`, `UTC` and `GMT` are 0;
/// `+01:00`, `+0100` and `+01` are 60. `None` for no zone, or one whose hours or minutes are out
/// of range (the date is read all the same, as local time).
fn zone_offset(zone: &str) -> Option<i16> {
    if zone.eq_ignore_ascii_case("z")
        || zone.eq_ignore_ascii_case("utc")
        || zone.eq_ignore_ascii_case("gmt")
    {
        return Some(0);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.as_str(), "0"),
        3 | 4 => digits.split_at(digits.len() - 2),
        _ => return None,
    };
    let hours: i16 = hours.parse().ok()?;
    let minutes: i16 = minutes.parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * (hours * 60 + minutes))
}

/// If a paragraph is already what joining its words with single spaces would give (no white
/// space at its ends, none inside but single ASCII spaces), its number of words.
///
/// This runs over every byte of a corpus, so it is built from scans the compiler vectorises and
/// SIMD searches (memchr), rather than a byte-by-byte state machine.
fn normalised_words(block: &str) -> Option<usize> {
    // Built once: building a searcher costs more than running it over one paragraph.
    static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    let bytes = block.as_bytes();
    if bytes.is_empty() || bytes[0] == b' ' || bytes[bytes.len() - 1] == b' ' {
        return None;
    }
    // Control characters (C0, which holds tab and newline, and DEL).
    let controls = bytes
        .iter()
        .fold(0u8, |any, &b| any | u8::from(b < 0x20 || b == 0x7f));
    if controls != 0 || DOUBLE_SPACE.find(bytes).is_some() {
        return None;
    }
    // The non-ASCII white space characters (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028,
    // U+2029, U+202F, U+205F, U+3000) start with one of four bytes; look only there.
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let unicode_space = |i: usize| match bytes[i] {
        0xc2 => matches!(at(i + 1), 0x85 | 0xa0),
        0xe1 => at(i + 1) == 0x9a && at(i + 2) == 0x80,
        0xe2 => matches!(
            (at(i + 1), at(i + 2)),
            (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f)
        ),
        _ => at(i + 1) == 0x80 && at(i + 2) == 0x80,
    };
    if memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes)
        .chain(memchr::memchr_iter(0xe3, bytes))
        .any(unicode_space)
    {
        return None;
    }
    let spaces = bytes.iter().filter(|&&b| b == b' ').count();
    Some(spaces + 1)
}

/// Blocks of text separated by lines that are blank.
fn split_paragraphs(body: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    // Lines with their newline, found with a vectorised search.
    let line_ends = memchr::memchr_iter(b'\n', body.as_bytes())
        .map(|i| i + 1)
        .chain(std::iter::once(body.len()));
    for line_end in line_ends {
        if line_end == pos {
            continue;
        }
        let line = &body[pos..line_end];
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(&body[s..end]);
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(&body[s..end]);
    }
    blocks
}

/// Strips closing quotation marks and brackets from the end of a text.
fn without_closers(text: &str) -> &str {
    text.trim_end_matches(['"', '\'', '”', '″', '’', '»', ')', ' '])
}

/// Whether a paragraph opens with a quotation mark and ends in a word with no mark closing it.
fn is_cut_off_quotation(paragraph: &str) -> bool {
    let Some(rest) = paragraph.strip_prefix(['"', '“', '„', '‘', '«']) else {
        return false;
    };
    paragraph.ends_with(char::is_alphanumeric) && !rest.contains(['"', '”', '“', '’', '»'])
}

fn is_heading(paragraph: &str) -> bool {
    let last = without_closers(paragraph).chars().last();
    !matches!(last, Some('.' | '!' | '?' | '…' | ';' | ',' | ':'))
        && paragraph
            .split_whitespace()
            .nth(HEADING_MAX_WORDS)
            .is_none()
}

/// The first sentence of a paragraph, without a final full stop, shortened at a word boundary.
pub fn title_of(paragraph: &str) -> String {
    let first = first_sentence(paragraph).map_or(paragraph, |r| &paragraph[r]);
    let first = first.strip_suffix('.').unwrap_or(first).trim_end();
    shorten(first, TITLE_MAX_CHARS)
}

/// Shortens text to at most `max` characters at a word boundary, ending it with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    let at_word = match head.rfind(' ') {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests;
