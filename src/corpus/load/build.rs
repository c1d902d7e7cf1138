//! Building an article: from an entry of a format, or from a plain text file; the text
//! cleaned, the id and title settled, the date checked, actors and quotations found.

use std::borrow::Cow;
use std::sync::atomic::Ordering;

use super::super::actors::Gazetteer;
use super::super::article::{Article, Format, Position, Source, Span};
use super::super::decode::{
    DecodeError, DecodeNote, decode, needs_sanitising, sanitise, sanitise_line,
};
use super::super::discover::{Kinds, Lexicon, discover};
use super::super::formats::{self, Entry, Keep, Problem};
use super::super::language::Lang;
use super::super::parse::{DateHeader, Parsed, TITLE_MAX_CHARS, parse, parse_body, shorten};
use super::super::quotes::{describe_all, find_quotes};
use super::{MAX_FILE_BYTES, MAX_FILE_MIB};
use super::{Progress, Warning};

/// One article with the notes about it worth a warning, or why it was left out.
pub type OneArticle = Result<(Article, Vec<Warning>), Warning>;

/// Decodes, parses and indexes one article in plain text. Returns the notes worth a warning
/// with it.
pub fn build_article(id: &str, source: Source, bytes: &[u8], gazetteer: &Gazetteer) -> OneArticle {
    build_article_in(id, source, bytes, gazetteer, None, Keep::Everything)
}

/// [`build_article`] in `language` where one is given (`--language`), else in the language
/// detected from its text; keeping what `keep` says.
pub fn build_article_in(
    id: &str,
    source: Source,
    bytes: &[u8],
    gazetteer: &Gazetteer,
    language: Option<Lang>,
    keep: Keep,
) -> OneArticle {
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
    let found = Found {
        title: None,
        notes,
        gazetteer,
        language,
        keep,
    };
    Ok(finish(id, source, parsed, date, found))
}

/// What building an entry's article needs to know about its file.
#[derive(Clone, Copy)]
pub(super) struct EntryContext<'a> {
    /// The file's stem, for ids.
    pub stem: &'a str,
    /// The file's path as shown.
    pub path: &'a str,
    /// The file's path as found (not sanitised), for its articles' [`Source`].
    pub raw: &'a str,
    pub format: Format,
    pub gazetteer: &'a Gazetteer,
    pub progress: &'a Progress,
    /// The language of every article (`--language`); `None`: detected from each one's text.
    pub language: Option<Lang>,
    pub keep: Keep,
}

impl EntryContext<'_> {
    fn source(&self, at: Option<Position>) -> Source {
        Source {
            path: self.raw.to_owned(),
            format: self.format,
            at,
        }
    }

    /// Builds the article of one entry, or says why not.
    pub fn build(&self, entry: Result<Entry, Problem>) -> OneArticle {
        let entry =
            entry.map_err(|problem| warning_at(&self.source(problem.at), problem.reason, true))?;
        let source = self.source(entry.at);
        let warning = |reason: String, skipped: bool| warning_at(&source, reason, skipped);
        if entry.body.len() as u64 > MAX_FILE_BYTES {
            return Err(warning(
                format!(
                    "a body of {} bytes, over the limit of {MAX_FILE_MIB} MiB for one article",
                    entry.body.len(),
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
        let id = self.id(own_id.as_deref(), entry.at);
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
        let found = Found {
            title,
            notes,
            gazetteer: self.gazetteer,
            language: self.language,
            keep: self.keep,
        };
        let text_bytes = parsed.text.len() as u64;
        let (mut article, notes) = finish(&id, source, parsed, date, found);
        article.url = url;
        article.publisher = publisher;
        self.progress
            .bytes_done
            .fetch_add(text_bytes, Ordering::Relaxed);
        Ok((article, notes))
    }

    /// An entry's id: its own (a feed item's tagged with the file's stem), else the file's stem
    /// and the entry's line or item.
    fn id(&self, own_id: Option<&str>, at: Option<Position>) -> String {
        let number = match at {
            Some(Position::Line(n)) => n,
            Some(Position::Item(n)) => u64::from(n),
            None => 0,
        };
        own_id
            .map(id_text)
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
            })
    }
}

/// An id as written, on one line and without white space around it: the one rule for a file's
/// stem and an entry's own id alike, so the id `convert` writes for `my article.txt` reads back
/// as the same id (`my article`).
pub(super) fn id_text(text: &str) -> String {
    text.trim().replace('\n', " ")
}

/// A warning about one article. Its source is written out here, only when there is a warning
/// (most articles have none).
fn warning_at(source: &Source, reason: String, skipped: bool) -> Warning {
    Warning {
        path: source.to_string(),
        reason,
        skipped,
        entry: source.at.is_some(),
        folder: false,
    }
}

/// What [`finish`] takes beside the article's own text: its title from the entry, the notes so
/// far, the gazetteer, the language forced on it, if any, and what the article keeps.
struct Found<'a> {
    title: Option<String>,
    notes: Vec<Warning>,
    gazetteer: &'a Gazetteer,
    language: Option<Lang>,
    keep: Keep,
}

/// The common end of building an article: the date checked, actors and quotations found (only
/// actors for [`Keep::Actors`]).
fn finish(
    id: &str,
    source: Source,
    parsed: Parsed,
    date: DateHeader,
    found: Found<'_>,
) -> (Article, Vec<Warning>) {
    let Found {
        title,
        mut notes,
        gazetteer,
        language,
        keep,
    } = found;
    let date = match date {
        DateHeader::Valid(date) => Some(date),
        DateHeader::Missing => None,
        DateHeader::Invalid(raw) => {
            // A feed writes its dates as its standard says, not as a text file's header does.
            let wanted = match source.format {
                Format::Rss2 | Format::Rss1 => {
                    "an RFC 822 date such as `Thu, 24 Feb 2022 05:30:00 +0100`"
                }
                Format::Atom => "an RFC 3339 date such as `2022-02-24T05:30:00+01:00`",
                _ => "YYYY-MM, YYYY-MM-DD or an RFC 3339 date and time",
            };
            notes.push(warning_at(
                &source,
                format!("impossible date `{raw}` (want {wanted}); treated as undated"),
                false,
            ));
            None
        }
    };
    let known = gazetteer.find_mentions(&parsed.text);
    let language = language.unwrap_or_else(|| Lang::detect(&parsed.text));
    let (discovered, mentions) = discover(
        &parsed.text,
        &parsed.paragraphs,
        known,
        Lexicon::of(language),
    );
    let quotes = if keep == Keep::Everything {
        let kinds = Kinds::with(gazetteer, &discovered);
        let (quotes, marks) =
            find_quotes(&parsed.text, &parsed.paragraphs, &mentions, kinds, language);
        notes.extend(
            describe_all(&parsed.text, &marks)
                .into_iter()
                .map(|reason| warning_at(&source, reason, false)),
        );
        quotes
    } else {
        Vec::new()
    };
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
        discovered,
        language,
    };
    if keep == Keep::Actors {
        keep_actors_only(&mut article);
    }
    // Kept for the life of the corpus: no spare capacity.
    article.text.shrink_to_fit();
    article.paragraphs.shrink_to_fit();
    article.mentions.shrink_to_fit();
    article.quotes.shrink_to_fit();
    article.discovered.shrink_to_fit();
    (article, notes)
}

/// Drops what counting an article's actors does not need ([`Keep::Actors`]): its text is only
/// the names it discovered, one after another, for the corpus to join them by; its paragraphs
/// go, and its mentions keep their actors, each at the start of that text.
fn keep_actors_only(article: &mut Article) {
    let mut names = String::new();
    for name in &mut article.discovered {
        for span in std::iter::once(&mut name.name).chain(&mut name.forms) {
            let start = names.len();
            names.push_str(&article.text[span.range()]);
            *span = Span::new(start..names.len());
        }
    }
    article.text = names;
    article.paragraphs = Vec::new();
    for mention in &mut article.mentions {
        mention.span = Span::new(0..0);
    }
}
