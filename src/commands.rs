//! The headless commands: `list`, `timeline`, `quotes`, `actors` and `check`. Each writes data to
//! `out` and returns the exit code; warnings are the caller's to print.

mod actors_json;

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::bookmarks::Bookmark;
use crate::bookmarks::export::{Format, export};
use crate::bookmarks::store::{BookmarkStore, Change, FileStore};
use crate::corpus::Corpus;
use crate::corpus::article::Article;
use crate::corpus::decode::sanitise_line;
use crate::corpus::timeline::timeline;

/// How many actors the text listing shows per article.
const LIST_ACTORS: usize = 3;

#[derive(Serialize)]
struct ListRow<'a> {
    id: &'a str,
    path: String,
    date: Option<String>,
    title: &'a str,
    words: usize,
    actors: Vec<&'a str>,
}

#[derive(Serialize)]
struct TimelineRow<'a> {
    month: String,
    articles: Vec<&'a str>,
    top_actors: Vec<&'a str>,
}

#[derive(Serialize)]
struct QuoteRow<'a> {
    article: &'a str,
    date: Option<String>,
    text: &'a str,
    speaker: Option<&'a str>,
    /// 1-based paragraph number.
    paragraph: u32,
}

fn date_of(article: &Article) -> Option<String> {
    article.date.map(|d| d.to_string())
}

fn actor_names<'a>(corpus: &'a Corpus, article: &Article) -> Vec<&'a str> {
    article
        .actor_counts()
        .into_iter()
        .map(|(actor, _)| corpus.actor_name(actor))
        .collect()
}

/// Writes rows as columns padded to their widest cell; the last column is not padded.
fn write_table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut line = |cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut text = String::new();
        let cells: Vec<&str> = cells.collect();
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&mut header.iter().copied())?;
    for row in rows {
        line(&mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

pub fn list(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<i32> {
    if json {
        let rows: Vec<ListRow> = corpus
            .articles
            .iter()
            .map(|a| ListRow {
                id: &a.id,
                path: a.source.to_string(),
                date: date_of(a),
                title: &a.title,
                words: a.words,
                actors: actor_names(corpus, a),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = corpus
        .articles
        .iter()
        .map(|a| {
            let actors = actor_names(corpus, a);
            vec![
                date_of(a).unwrap_or_else(|| "undated".into()),
                a.id.clone(),
                a.source.format.short().to_owned(),
                a.words.to_string(),
                a.quotes.len().to_string(),
                actors[..actors.len().min(LIST_ACTORS)].join(", "),
                a.title.clone(),
            ]
        })
        .collect();
    write_table(
        out,
        &["DATE", "ID", "FORMAT", "WORDS", "QUOTES", "ACTORS", "TITLE"],
        &rows,
    )?;
    Ok(0)
}

pub fn timeline_cmd(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<i32> {
    let buckets = timeline(corpus);
    if json {
        let rows: Vec<TimelineRow> = buckets
            .iter()
            .map(|b| TimelineRow {
                month: b.label(),
                articles: b
                    .articles
                    .iter()
                    .map(|&i| corpus.articles[i].id.as_str())
                    .collect(),
                top_actors: b
                    .top_actors
                    .iter()
                    .map(|&(a, _)| corpus.actor_name(a))
                    .collect(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
        return Ok(0);
    }
    let most = buckets
        .iter()
        .map(|b| b.articles.len())
        .max()
        .unwrap_or(0)
        .max(1);
    const BAR: usize = 20;
    for bucket in &buckets {
        let n = bucket.articles.len();
        let bar = "█".repeat((n * BAR).div_ceil(most));
        let actors: Vec<&str> = bucket
            .top_actors
            .iter()
            .map(|&(a, _)| corpus.actor_name(a))
            .collect();
        writeln!(
            out,
            "{:<8} {:>4} {:<BAR$}  {}",
            bucket.label(),
            n,
            bar,
            actors.join(", ")
        )?;
        for &i in &bucket.articles {
            let a = &corpus.articles[i];
            writeln!(out, "{:>14}{}  {}", "", a.id, a.title)?;
        }
    }
    Ok(0)
}

pub fn quotes(
    corpus: &Corpus,
    json: bool,
    speaker: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let wanted = match speaker {
        Some(name) => match corpus.gazetteer.lookup(name) {
            Some(actor) => Some(actor),
            None => {
                writeln!(
                    err,
                    "kroniek: no actor is called `{}`; see `kroniek actors`",
                    crate::corpus::decode::sanitise_line(name)
                )?;
                return Ok(2);
            }
        },
        None => None,
    };
    let selected = corpus.articles.iter().flat_map(|a| {
        a.quotes
            .iter()
            .filter(move |q| wanted.is_none() || q.speaker == wanted)
            .map(move |q| (a, q))
    });
    if json {
        let rows: Vec<QuoteRow> = selected
            .map(|(a, q)| QuoteRow {
                article: &a.id,
                date: date_of(a),
                text: a.quote_text(q),
                speaker: q.speaker.map(|s| corpus.actor_name(s)),
                paragraph: q.paragraph + 1,
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = selected
        .map(|(a, q)| {
            vec![
                date_of(a).unwrap_or_else(|| "undated".into()),
                a.id.clone(),
                format!("¶{}", q.paragraph + 1),
                q.speaker.map_or("-", |s| corpus.actor_name(s)).to_owned(),
                format!("“{}”", a.quote_text(q)),
            ]
        })
        .collect();
    write_table(out, &["DATE", "ARTICLE", "PARA", "SPEAKER", "QUOTE"], &rows)?;
    Ok(0)
}

pub fn actors(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<i32> {
    let stats = corpus.actor_stats();
    if json {
        actors_json::write(corpus, &stats, out)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = stats
        .iter()
        .map(|s| {
            let actor = corpus.gazetteer.actor(s.actor);
            vec![
                actor.name.clone(),
                actor.kind.as_str().to_owned(),
                s.mentions.to_string(),
                s.articles.len().to_string(),
            ]
        })
        .collect();
    write_table(out, &["NAME", "KIND", "MENTIONS", "ARTICLES"], &rows)?;
    Ok(0)
}

/// Prints every warning and a summary. Exit 0: clean; 1: some file had a problem; 2: nothing
/// could be loaded.
pub fn check(corpus: &Corpus, out: &mut dyn Write) -> io::Result<i32> {
    for warning in &corpus.warnings {
        writeln!(out, "{warning}")?;
    }
    let quotes: usize = corpus.articles.iter().map(|a| a.quotes.len()).sum();
    let undated = corpus.articles.iter().filter(|a| a.date.is_none()).count();
    writeln!(
        out,
        "{} articles loaded ({} undated), {} quotations; {} files skipped, {} warnings",
        corpus.articles.len(),
        undated,
        quotes,
        corpus.skipped(),
        corpus.warnings.len()
    )?;
    Ok(if corpus.articles.is_empty() {
        2
    } else if corpus.warnings.is_empty() {
        0
    } else {
        1
    })
}

/// The bookmark store a command line names: `--data-dir`, `KRONIEK_DATA_DIR`, or the default.
pub fn bookmark_store(data_dir: Option<&std::path::Path>) -> Result<FileStore, String> {
    match data_dir
        .map(std::path::Path::to_path_buf)
        .or_else(FileStore::default_dir)
    {
        Some(dir) => Ok(FileStore::new(dir)),
        None => Err("no data directory could be found; give one with --data-dir DIR".into()),
    }
}

fn open_store(store: &mut FileStore, err: &mut dyn Write) -> io::Result<Option<Vec<Bookmark>>> {
    match store.open() {
        Ok(opened) => {
            if let Some(aside) = &opened.moved_aside {
                writeln!(
                    err,
                    "kroniek: warning: {} did not parse ({}); moved to {}",
                    store.location(),
                    opened.corrupt_reason.as_deref().unwrap_or("unknown reason"),
                    aside.display()
                )?;
                if let Some((backup, n)) = &opened.backup {
                    writeln!(
                        err,
                        "kroniek: the last good copy is {} ({n} bookmarks); the reader offers to restore it",
                        backup.display()
                    )?;
                }
            }
            if let Some(version) = opened.newer_version {
                writeln!(
                    err,
                    "kroniek: warning: {} is from a newer kroniek (format version {version}); read only",
                    store.location()
                )?;
            }
            Ok(Some(opened.bookmarks))
        }
        Err(e) => {
            writeln!(err, "kroniek: {e}")?;
            Ok(None)
        }
    }
}

/// `kroniek bookmarks [--json]`.
pub fn bookmarks_list(
    store: &mut FileStore,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(1);
    };
    if json {
        serde_json::to_writer_pretty(&mut *out, &bookmarks)?;
        writeln!(out)?;
        return Ok(0);
    }
    if bookmarks.is_empty() {
        writeln!(err, "kroniek: no bookmarks yet in {}", store.location())?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = bookmarks
        .iter()
        .map(|b| {
            vec![
                b.id.clone(),
                b.date.clone().unwrap_or_else(|| "undated".into()),
                b.speaker.clone().unwrap_or_else(|| "-".into()),
                format!("“{}”", crate::corpus::parse::shorten(&b.text, 60)),
                b.note.lines().next().unwrap_or("").to_owned(),
            ]
        })
        .collect();
    write_table(out, &["ID", "DATE", "SPEAKER", "QUOTE", "NOTE"], &rows)?;
    Ok(0)
}

/// `kroniek bookmarks export --format md|json|csv [-o FILE]`.
pub fn bookmarks_export(
    store: &mut FileStore,
    format: Format,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(1);
    };
    match output {
        None => export(&bookmarks, format, out)?,
        Some(path) => {
            let mut buffer = Vec::new();
            export(&bookmarks, format, &mut buffer)?;
            if let Err(e) = std::fs::write(path, buffer) {
                writeln!(err, "kroniek: cannot write {}: {e}", path.display())?;
                return Ok(1);
            }
            writeln!(
                err,
                "kroniek: {} bookmarks written to {}",
                bookmarks.len(),
                path.display()
            )?;
        }
    }
    Ok(0)
}

/// `kroniek bookmarks remove ID`.
pub fn bookmarks_remove(
    store: &mut FileStore,
    id: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let Some(bookmarks) = open_store(store, err)? else {
        return Ok(1);
    };
    let found: Vec<&Bookmark> = bookmarks
        .iter()
        .filter(|b| b.id.starts_with(id) && !id.is_empty())
        .collect();
    let target = match found.as_slice() {
        [one] => one.id.clone(),
        [] => {
            writeln!(
                err,
                "kroniek: no bookmark has the id `{}`; see `kroniek bookmarks`",
                sanitise_line(id)
            )?;
            return Ok(1);
        }
        _ => {
            writeln!(
                err,
                "kroniek: `{}` starts {} bookmark ids; give more of it",
                sanitise_line(id),
                found.len()
            )?;
            return Ok(1);
        }
    };
    match store.apply(&[Change::Remove(target.clone())]) {
        Ok(_) => {
            writeln!(out, "removed {target}")?;
            Ok(0)
        }
        Err(e) => {
            writeln!(err, "kroniek: {e}")?;
            Ok(1)
        }
    }
}

/// `kroniek config`: where the config file is, and the configuration in effect, as a config file.
pub fn config(
    config: &crate::config::Config,
    data_dir: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> io::Result<i32> {
    match (&config.file, crate::config::default_path()) {
        (Some(file), _) => writeln!(out, "# config file: {}", file.display())?,
        (None, Some(default)) => writeln!(
            out,
            "# config file: {} (not there: the defaults are in effect)",
            default.display()
        )?,
        (None, None) => writeln!(
            out,
            "# config file: none (no config directory on this system; use --config FILE)"
        )?,
    }
    let shown = |dir: Option<std::path::PathBuf>| {
        dir.map_or_else(|| "none".to_owned(), |d| d.display().to_string())
    };
    writeln!(
        out,
        "# bookmarks: {}",
        shown(
            data_dir
                .map(std::path::Path::to_path_buf)
                .or_else(FileStore::default_dir)
                .map(|d| d.join(crate::bookmarks::store::FILE_NAME))
        )
    )?;
    let state = crate::resume::state_dir();
    writeln!(
        out,
        "# reader state: {}",
        shown(state.clone().map(|d| d.join(crate::resume::FILE_NAME)))
    )?;
    writeln!(
        out,
        "# log (when KRONIEK_LOG is set): {}",
        shown(state.map(|d| d.join(crate::logging::FILE_NAME)))
    )?;
    writeln!(out)?;
    out.write_all(config.to_toml().as_bytes())?;
    Ok(0)
}

#[derive(Serialize)]
struct ConvertedArticle<'a> {
    id: &'a str,
    date: Option<String>,
    title: &'a str,
    body: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    /// The publisher, as JSON Lines input means `source`.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    /// Where the article was read from: file, and line or item.
    origin: String,
}

/// `kroniek convert --to jsonl`: the corpus as JSON Lines, one article a line.
pub fn convert(
    corpus: &Corpus,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let mut lines = Vec::new();
    for a in &corpus.articles {
        let row = ConvertedArticle {
            id: &a.id,
            date: a.date.map(|d| d.stamp()),
            title: &a.title,
            body: &a.text,
            url: a.url.as_deref(),
            source: a.publisher.as_deref(),
            origin: a.source.to_string(),
        };
        serde_json::to_writer(&mut lines, &row)?;
        lines.push(b'\n');
    }
    match output {
        None => out.write_all(&lines)?,
        Some(path) => {
            let dir = match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir,
                _ => std::path::Path::new("."),
            };
            if let Err(e) = crate::storage::atomic_write(dir, path, &lines) {
                writeln!(err, "kroniek: cannot write {}: {e}", path.display())?;
                return Ok(1);
            }
            writeln!(
                err,
                "kroniek: {} articles written to {}",
                corpus.articles.len(),
                path.display()
            )?;
        }
    }
    Ok(0)
}
