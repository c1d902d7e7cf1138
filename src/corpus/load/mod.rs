//! From paths on disk (or the built-in seeds) to a sorted, indexed corpus: the one entry point,
//! [`load`], and what it reports. Nothing from outside makes this panic: every problem becomes a
//! [`Warning`] with the path and the reason.
//!
//! Each step has a file of its own: `walk` finds the files, [`crate::bounded`] reads them within
//! bounds, `dispatch` hands each to its format (the CSV, JSON Lines and feed streams go through
//! [`formats::batches`](super::formats::batches)), `build` makes an article of an entry, and
//! `ids` keeps the articles' ids unique.

mod build;
mod builtin;
mod dispatch;
mod ids;
mod walk;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use rayon::prelude::*;

use super::Corpus;
use super::actors::Gazetteer;
use super::article::Article;
use super::decode::{needs_sanitising, sanitise_line};
use super::formats::Options;

pub use build::{OneArticle, build_article, build_article_in};
pub use builtin::SEEDS;
pub use dispatch::articles_from_bytes;
pub use walk::MAX_DEPTH;

/// Files larger than this are skipped. A news article is a few kilobytes; the bound keeps one
/// stray log file or disk image from taking the memory and time meant for a whole corpus.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The limit in MiB, as warnings give it.
pub(crate) const MAX_FILE_MIB: u64 = MAX_FILE_BYTES / 1024 / 1024;

/// How a corpus file is read: within [`MAX_FILE_BYTES`].
pub(crate) const ARTICLE_FILE: crate::bounded::Limit = crate::bounded::Limit {
    bytes: MAX_FILE_BYTES,
    what: "one article",
};

/// Loads the corpus under `paths`: files as named, directories searched for the files of every
/// format kroniek reads ([`formats::EXTENSIONS`](super::formats::EXTENSIONS)). With no paths, the built-in corpus. Counts files and bytes in `progress`
/// as it goes. The actors are named in `options.display_language`, else in the language most
/// articles are in.
pub fn load(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Corpus {
    let mut corpus = if paths.is_empty() {
        builtin::load(gazetteer, options.language)
    } else {
        load_walking(paths, gazetteer, options, progress)
    };
    let display = options
        .display_language
        .unwrap_or_else(|| corpus.main_language());
    corpus.name_actors_in(display);
    corpus
}

/// A problem with one file. `skipped` says whether the file was left out or loaded anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub reason: String,
    pub skipped: bool,
    /// Whether it is about one entry of a file (a JSON Lines line, a CSV row, a feed item), not
    /// a whole file: "files skipped" and "entries skipped" are counted apart.
    pub entry: bool,
    /// Whether it is about a folder given with no article file in it: counted as a folder
    /// without articles, not as a file skipped.
    pub folder: bool,
}

impl Warning {
    /// The warning with its path and reason safe to print: file names, CSV headers, dates and
    /// parser messages echo bytes from outside, and every warning passes here on its way out of
    /// the loader.
    fn sanitised(mut self) -> Warning {
        for text in [&mut self.path, &mut self.reason] {
            if needs_sanitising(text) || text.contains('\n') {
                *text = sanitise_line(text);
            }
        }
        self
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.skipped { "skipped" } else { "loaded" };
        write!(f, "{}: {} ({what})", self.path, self.reason)
    }
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

impl Progress {
    /// Every count at once, to tell whether the load moved on since last looked at.
    pub fn snapshot(&self) -> (usize, usize, u64, u64) {
        (
            self.files_total.load(Ordering::Relaxed),
            self.files_done.load(Ordering::Relaxed),
            self.bytes_done.load(Ordering::Relaxed),
            self.bytes_total.load(Ordering::Relaxed),
        )
    }
}

/// What one entry or file of a load gave, in file order.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "nearly every one is an article; a box each would cost an allocation per article and \
              keep the articles from being collected in place"
)]
pub enum Built {
    /// An article, with the notes about it worth a warning (it loads all the same).
    Article {
        article: Article,
        notes: Vec<Warning>,
    },
    /// An entry or a whole file left out, and why (a warning with `skipped` true).
    Skipped(Warning),
    /// A note about a whole file whose articles follow (a warning with `skipped` false).
    Note(Warning),
}

impl From<OneArticle> for Built {
    /// One article built alone: the article with its notes, or why it was left out.
    fn from(result: OneArticle) -> Built {
        match result {
            Ok((article, notes)) => Built::Article { article, notes },
            Err(warning) => Built::Skipped(warning),
        }
    }
}

/// What one file gave: nearly always one article, or one warning, held without a vector of its
/// own (see [`load_listing`]).
#[allow(
    clippy::large_enum_variant,
    reason = "nearly every file gives one article, and the articles are collected in place"
)]
pub(super) enum FromFile {
    One(Built),
    /// A dataset file's or a feed's entries, or a file's note with the articles after it.
    Many(Vec<Built>),
}

impl FromFile {
    fn of(mut built: Vec<Built>) -> FromFile {
        if built.len() == 1
            && let Some(one) = built.pop()
        {
            FromFile::One(one)
        } else {
            FromFile::Many(built)
        }
    }

    /// What the file gave, in order.
    fn as_slice(&self) -> &[Built] {
        match self {
            FromFile::One(built) => std::slice::from_ref(built),
            FromFile::Many(built) => built,
        }
    }
}

/// Up to this many files, their sizes are added up for the gauge.
const SIZED_FILES: usize = 64;

/// Walks `paths` and, at the same time, reads and parses the files the walk finds, then indexes
/// them: on a large corpus, loading starts long before the walk ends, instead of one core
/// walking while the others wait.
fn load_walking(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Corpus {
    let (send, receive) = mpsc::channel::<Vec<PathBuf>>();
    let (built, found) = thread::scope(|scope| {
        let walker = scope.spawn(move || {
            // The first files, whose sizes the gauge adds up if there are no more.
            let mut first: Vec<PathBuf> = Vec::new();
            let found = walk::walk(paths, |batch| {
                progress
                    .files_total
                    .fetch_add(batch.len(), Ordering::Relaxed);
                if first.len() <= SIZED_FILES {
                    first.extend(batch.iter().take(SIZED_FILES + 1).cloned());
                }
                // (The receiver is gone only if loading panicked, which the scope passes on.)
                let _ = send.send(batch);
            });
            if found.files <= SIZED_FILES {
                let size: u64 = first
                    .iter()
                    .filter_map(|f| fs::metadata(f).ok())
                    .map(|m| m.len())
                    .sum();
                progress.bytes_total.store(size, Ordering::Relaxed);
            }
            found
        });
        // The walk's batches, until it ends and drops its sender.
        let built = load_files(receive, &gazetteer, options, progress);
        let found = walker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (built, found)
    });
    index(built, found, gazetteer)
}

/// Reads and parses the files of each batch in parallel. Results come back in file order, so
/// ids, warnings and ties in the sort are the same on every run.
fn load_files(
    batches: impl IntoIterator<Item = Vec<PathBuf>>,
    gazetteer: &Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Vec<FromFile> {
    let mut built: Vec<FromFile> = Vec::new();
    let mut part: Vec<FromFile> = Vec::new();
    for batch in batches {
        // One result per file, written straight into a vector of the batch's count (a file's
        // own vector is freed at once).
        batch
            .par_iter()
            .map(|path| {
                let results = dispatch::load_file(path, gazetteer, options, progress);
                progress.files_done.fetch_add(1, Ordering::Relaxed);
                FromFile::of(results)
            })
            .collect_into_vec(&mut part);
        built.append(&mut part);
    }
    built
}

/// The corpus of the files loaded, with the walk's warnings and a word for each kroniek export
/// found among them. A file that is gone or changed since it was found is a warning like any
/// other bad file.
fn index(built: Vec<FromFile>, found: walk::Found, gazetteer: Gazetteer) -> Corpus {
    let walk::Found {
        json, mut warnings, ..
    } = found;
    // kroniek's own JSON exports in the folders: skipped, with a word each.
    warnings.extend(
        json.par_iter()
            .filter_map(|path| dispatch::json_export(path))
            .collect::<Vec<_>>(),
    );
    let articles = ids::with_unique_ids(built, &mut warnings);
    let warnings = warnings.into_iter().map(Warning::sanitised).collect();
    Corpus::new(articles, warnings, gazetteer)
}

/// A path as shown in warnings and sources.
fn display_path(path: &Path) -> String {
    sanitise_line(&path.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn files_of_several_batches_load_in_the_order_the_walk_finds_them() {
        let dir = tempfile::tempdir().unwrap();
        // Empty files each give a warning, which comes in the order the files were found.
        let count = 2 * walk::BATCH + 3;
        for i in 0..count {
            fs::write(dir.path().join(format!("{i:04}.txt")), "").unwrap();
        }
        let progress = Progress::default();
        let corpus = load_walking(
            &[dir.path().to_path_buf()],
            Gazetteer::builtin(),
            &Options::default(),
            &progress,
        );
        let names: Vec<String> = corpus
            .warnings
            .iter()
            .map(|w| w.path.rsplit('/').next().unwrap().to_owned())
            .collect();
        let expected: Vec<String> = (0..count).map(|i| format!("{i:04}.txt")).collect();
        assert_eq!(names, expected);
        assert_eq!(progress.files_total.load(Ordering::Relaxed), count);
        assert_eq!(progress.files_done.load(Ordering::Relaxed), count);
    }

    #[test]
    fn a_file_that_vanishes_between_listing_and_reading_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("stays.txt"), "date 2022-01 Blijft.").unwrap();
        fs::write(dir.path().join("goes.txt"), "date 2022-02 Gaat.").unwrap();
        let mut files = Vec::new();
        let found = walk::walk(&[dir.path().to_path_buf()], |batch| files.extend(batch));
        assert_eq!(files.len(), 2);
        fs::remove_file(dir.path().join("goes.txt")).unwrap();
        let gazetteer = Gazetteer::builtin();
        let built = load_files(
            [files],
            &gazetteer,
            &Options::default(),
            &Progress::default(),
        );
        let corpus = index(built, found, gazetteer);
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["stays"]);
        let warning = corpus
            .warnings
            .iter()
            .find(|w| w.path.ends_with("goes.txt"))
            .unwrap();
        assert_eq!(warning.reason, "no such file or directory");
        assert!(warning.skipped);
    }
}
