//! The data model of one article. Every position is a byte range into [`Article::text`], so the
//! text is stored once and the reader, the bookmarks and the command line share the same offsets.

use std::fmt;
use std::ops::Range;

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

/// The date of an article: a month, sometimes a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl ArticleDate {
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
}

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file of the corpus compiled into the binary.
    BuiltIn(&'static str),
    /// A file on disk, as found (sanitised for display).
    File(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::BuiltIn(name) => write!(f, "<built-in>/{name}"),
            Source::File(path) => f.write_str(path),
        }
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
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    pub fn quote_text(&self, quote: &Quote) -> &str {
        self.slice(quote.inner)
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
