//! The data model of one article. Every position is a byte range into [`Article::text`], so the
//! text is stored once and the reader, the bookmarks and the command line share the same offsets.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::decode::{needs_sanitising, sanitise_line};

/// A compact byte range into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(range: Range<usize>) -> Self {
        Span {
            start: range.start as u32,
            end: range.end as u32,
        }
    }
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The date of an article: a month, sometimes a day, sometimes a time of day (as written, in
/// seconds since midnight), and with a time sometimes its offset from UTC as written. Articles
/// sort by the date and time as written, those without a day or time first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
    pub time: Option<u32>,
    /// The offset from UTC the time was written with, in minutes east (`+01:00` is 60); `None`
    /// when it was written without one. The time is as written, not moved to UTC.
    pub offset: Option<i16>,
}

impl ArticleDate {
    /// The date with its time of day when it has one: `2022-02-24 05:30`.
    pub fn with_time(self) -> String {
        match self.time {
            Some(t) => format!("{self} {:02}:{:02}", t / 3600, t / 60 % 60),
            None => self.to_string(),
        }
    }

    /// The date as `kroniek convert` writes it: `YYYY-MM`, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM:SS` or, with the offset it was written with, RFC 3339
    /// (`2022-02-24T05:30:00+01:00`, `…Z` for UTC), which every format reads back.
    pub fn stamp(self) -> String {
        let Some(t) = self.time else {
            return self.to_string();
        };
        let zone = match self.offset {
            None => String::new(),
            Some(0) => "Z".to_owned(),
            Some(minutes) => {
                let sign = if minutes < 0 { '-' } else { '+' };
                let minutes = minutes.unsigned_abs();
                format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        };
        format!(
            "{self}T{:02}:{:02}:{:02}{zone}",
            t / 3600,
            t / 60 % 60,
            t % 60
        )
    }

    pub fn month_key(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }
}

impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(day) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, day),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// A calendar month, the unit of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: u16,
    pub month: u8,
}

impl YearMonth {
    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A paragraph of the body; a heading is a short paragraph without closing punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub heading: bool,
}

/// Index of an actor in the gazetteer.
pub type ActorId = u32;

/// The position of an article in [`Corpus::articles`](super::Corpus::articles): what the
/// actor index, the timeline, the reader's list and its bookmarks pass around. Four bytes, so the
/// lists of articles per actor and per day stay small on a large corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleIx(u32);

impl ArticleIx {
    /// The article at `index` in the corpus's articles.
    ///
    /// # Panics
    ///
    /// If `index` does not fit in 32 bits (a corpus of four billion articles).
    pub fn new(index: usize) -> ArticleIx {
        ArticleIx(u32::try_from(index).expect("fewer than 2^32 articles"))
    }

    /// The index into the corpus's articles.
    pub fn get(self) -> usize {
        self.0 as usize
    }
}

/// One mention of an actor in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub actor: ActorId,
    pub span: Span,
}

/// A quotation: the whole of it with its marks, the text inside the marks, where it stands and who
/// said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// Index into [`Article::paragraphs`].
    pub paragraph: u32,
    pub speaker: Option<ActorId>,
    /// Whether this quotation goes on from the one before it: a quotation over several
    /// paragraphs, reopened at the start of each, is one piece per paragraph.
    pub continues: bool,
}

/// The file formats articles are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, as the built-in seeds are written: an optional `date YYYY-MM[-DD]` header,
    /// then the body (`.txt`).
    Text,
    /// JSON Lines: one article per line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// Comma-separated values with a header row (`.csv`).
    Csv,
    /// Tab-separated values with a header row (`.tsv`).
    Tsv,
    /// Markdown with optional YAML or TOML front matter (`.md`).
    Markdown,
    /// An RSS 2.0 (or 0.9x) feed.
    Rss2,
    /// An RSS 1.0 (RDF) feed.
    Rss1,
    /// An Atom feed.
    Atom,
}

impl Format {
    /// The format's one name, wherever it is shown: the article header, `kroniek list`'s FORMAT
    /// column, warnings.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::JsonLines => "JSON Lines",
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Markdown => "Markdown",
            Format::Rss2 => "RSS 2.0",
            Format::Rss1 => "RSS 1.0",
            Format::Atom => "Atom",
        }
    }
}

/// Where in its file an article stands, for files that hold many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Position {
    /// The line it starts on (JSON Lines, CSV, TSV), counted from 1.
    Line(u64),
    /// Its place among a feed's items, counted from 1.
    Item(u32),
}

/// Where an article came from: the file (`<built-in>/NAME` for the built-in corpus), its format,
/// and where in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file's path as found (as UTF-8, lossily), not sanitised: for JSON, which escapes what
    /// a terminal would act on. Shown on a terminal through [`Source::shown_path`] or `Display`.
    pub path: String,
    pub format: Format,
    pub at: Option<Position>,
}

impl Source {
    /// A file of the corpus compiled into the binary.
    pub fn built_in(name: &str) -> Source {
        Source::file(format!("<built-in>/{name}"))
    }

    /// A plain text file.
    pub fn file(path: impl Into<String>) -> Source {
        Source {
            path: path.into(),
            format: Format::Text,
            at: None,
        }
    }
}

impl Source {
    /// The path, sanitised to be shown on a terminal.
    pub fn shown_path(&self) -> Cow<'_, str> {
        if needs_sanitising(&self.path) || self.path.contains('\n') {
            Cow::Owned(sanitise_line(&self.path))
        } else {
            Cow::Borrowed(&self.path)
        }
    }

    /// The path whole (not sanitised) and where in the file: for JSON only.
    pub fn whole(&self) -> String {
        self.with_path(&self.path)
    }

    fn with_path(&self, path: &str) -> String {
        match self.at {
            None => path.to_owned(),
            Some(Position::Line(line)) => format!("{path}:{line}"),
            Some(Position::Item(item)) => format!("{path} item {item}"),
        }
    }
}

/// The path sanitised and where in the file, as shown on a terminal.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_path(&self.shown_path()))
    }
}

/// One loaded, parsed and indexed article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file stem, made unique within the corpus.
    pub id: String,
    pub source: Source,
    pub date: Option<ArticleDate>,
    pub title: String,
    /// The body: sanitised, paragraphs separated by one blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Sorted by position, never overlapping.
    pub mentions: Vec<Mention>,
    /// Sorted by position, never overlapping (nested quotations stay inside their outer one).
    pub quotes: Vec<Quote>,
    pub words: usize,
    /// Where the article was published, when its source says (JSON Lines, CSV, feeds).
    pub url: Option<String>,
    /// Who published it, when its source says.
    pub publisher: Option<String>,
    /// The names this article uses that no gazetteer knows, while it is built: its mentions and
    /// speakers refer to them with ids from [`crate::corpus::discover::LOCAL_BASE`]. Empty once
    /// the article is in a [`crate::corpus::Corpus`], which gives them ids of their own.
    pub discovered: Vec<crate::corpus::discover::DiscoveredName>,
    /// The language of its text, found from its commonest words.
    pub language: crate::corpus::language::Lang,
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    pub fn quote_text(&self, quote: &Quote) -> &str {
        self.slice(quote.inner)
    }

    /// The indices of the pieces of the quotation that quote `index` is part of: only `index`,
    /// unless it is a quotation over several paragraphs.
    pub fn quotation_pieces(&self, index: usize) -> Range<usize> {
        if index >= self.quotes.len() {
            return index..index;
        }
        let mut start = index;
        while start > 0 && self.quotes[start].continues {
            start -= 1;
        }
        let mut end = index + 1;
        while self.quotes.get(end).is_some_and(|q| q.continues) {
            end += 1;
        }
        start..end
    }

    /// The words of the whole quotation that quote `index` is part of, as bookmarks keep it: the
    /// pieces of a quotation over several paragraphs joined by a blank line, as paragraphs are.
    pub fn quotation_text(&self, index: usize) -> Cow<'_, str> {
        let pieces = self.quotation_pieces(index);
        match &self.quotes[pieces] {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(self.quote_text(one)),
            many => Cow::Owned(
                many.iter()
                    .map(|q| self.quote_text(q).trim())
                    .collect::<Vec<_>>()
                    .join("\n\n"),
            ),
        }
    }

    /// Mention counts per actor, most mentioned first (ties by actor id, so by gazetteer order).
    pub fn actor_counts(&self) -> Vec<(ActorId, usize)> {
        let mut counts: Vec<(ActorId, usize)> = Vec::new();
        for mention in &self.mentions {
            match counts.iter_mut().find(|(id, _)| *id == mention.actor) {
                Some((_, n)) => *n += 1,
                None => counts.push((mention.actor, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }
}
