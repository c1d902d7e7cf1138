//! From paths on disk (or the built-in seeds) to a sorted, indexed corpus. Nothing from outside
//! makes this panic: every problem becomes a [`Warning`] with the path and the reason.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use super::Corpus;
use super::actors::Gazetteer;
use super::article::{Article, Source};
use super::decode::{DecodeError, DecodeNote, decode, sanitise_line};
use super::parse::{DateHeader, parse};
use super::quotes::find_quotes;

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
        match build_article(stem, Source::BuiltIn(name), bytes, &gazetteer) {
            Ok((article, notes)) => {
                warnings.extend(notes);
                articles.push(article);
            }
            Err(warning) => warnings.push(warning),
        }
    }
    Corpus::new(articles, warnings, gazetteer)
}

/// Loads every article under `paths`: files as named, directories searched for `*.txt`.
pub fn load_paths(paths: &[PathBuf], gazetteer: Gazetteer) -> Corpus {
    load_paths_with_progress(paths, gazetteer, &Progress::default())
}

/// How far a load has come, for a progress gauge; shared with the thread that loads.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files found (known once the directories are walked).
    pub files_total: AtomicUsize,
    pub files_done: AtomicUsize,
    pub bytes_done: AtomicU64,
}

/// [`load_paths`], counting files and bytes in `progress` as it goes.
pub fn load_paths_with_progress(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    progress: &Progress,
) -> Corpus {
    load_listing(list(paths), gazetteer, progress)
}

/// The files found under some PATHs, in the order they load, and the problems met finding them.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<PathBuf>,
    pub warnings: Vec<Warning>,
}

/// Finds the article files under `paths`: files as named, directories searched for `*.txt`.
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
    let Listing {
        files,
        mut warnings,
    } = listing;
    progress.files_total.store(files.len(), Ordering::Relaxed);
    // Reading and parsing run in parallel; results come back in file order, so ids, warnings
    // and ties in the sort are the same on every run.
    let built: Vec<Result<(Article, Vec<Warning>), Warning>> = files
        .par_iter()
        .map(|path| {
            let result = load_file(path, &gazetteer);
            if let Ok((article, _)) = &result {
                progress
                    .bytes_done
                    .fetch_add(article.text.len() as u64, Ordering::Relaxed);
            }
            progress.files_done.fetch_add(1, Ordering::Relaxed);
            result
        })
        .collect();
    let mut articles = Vec::with_capacity(built.len());
    let mut ids = HashSet::new();
    for result in built {
        match result {
            Ok((mut article, notes)) => {
                let stem = std::mem::take(&mut article.id);
                article.id = unique_id(&stem, &mut ids);
                if article.id != stem {
                    warnings.push(Warning {
                        path: article.source.to_string(),
                        reason: format!(
                            "another file already has the id `{stem}`; this one is `{}`",
                            article.id
                        ),
                        skipped: false,
                    });
                }
                warnings.extend(notes);
                articles.push(article);
            }
            Err(warning) => warnings.push(warning),
        }
    }
    Corpus::new(articles, warnings, gazetteer)
}

/// Reads and builds one file; its id is the file stem (made unique by the caller).
fn load_file(path: &Path, gazetteer: &Gazetteer) -> Result<(Article, Vec<Warning>), Warning> {
    let stem = path.file_stem().map_or_else(
        || "article".to_owned(),
        |s| sanitise_line(&s.to_string_lossy()),
    );
    let shown = display_path(path);
    let bytes = read_bounded(path).map_err(|reason| Warning {
        path: shown.clone(),
        reason,
        skipped: true,
    })?;
    build_article(&stem, Source::File(shown), &bytes, gazetteer)
}

fn unique_id(stem: &str, ids: &mut HashSet<String>) -> String {
    let mut id = stem.to_owned();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{stem}~{n}");
        n += 1;
    }
    id
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
        let mut children: Vec<(PathBuf, Option<fs::FileType>)> = entries
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
            .collect();
        children.sort_by(|a, b| a.0.cmp(&b.0));
        for (child, file_type) in children {
            let is_txt = child
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
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
        if named
            || path
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
        {
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
    let shown = source.to_string();
    let warning = |reason: String, skipped: bool| Warning {
        path: shown.clone(),
        reason,
        skipped,
    };
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
    let mut notes: Vec<Warning> = decode_notes
        .iter()
        .map(|note| match note {
            DecodeNote::Windows1252 => "not valid UTF-8; read as Windows-1252".to_owned(),
            DecodeNote::Utf16 => "UTF-16; converted".to_owned(),
            DecodeNote::Sanitised(n) => {
                format!("{n} control characters or escape sequence bytes removed")
            }
        })
        .map(|reason| warning(reason, false))
        .collect();
    let date = match parsed.date {
        DateHeader::Valid(date) => Some(date),
        DateHeader::Missing => None,
        DateHeader::Invalid(raw) => {
            notes.push(warning(
                format!("impossible date `{raw}` (want YYYY-MM or YYYY-MM-DD); treated as undated"),
                false,
            ));
            None
        }
    };
    let mentions = gazetteer.find_mentions(&parsed.text);
    let quotes = find_quotes(&parsed.text, &parsed.paragraphs, &mentions, gazetteer);
    let mut article = Article {
        id: id.to_owned(),
        source,
        date,
        title: parsed.title,
        text: parsed.text,
        paragraphs: parsed.paragraphs,
        mentions,
        quotes,
        words: parsed.words,
    };
    // Kept for the life of the corpus: no spare capacity.
    article.text.shrink_to_fit();
    article.paragraphs.shrink_to_fit();
    article.mentions.shrink_to_fit();
    article.quotes.shrink_to_fit();
    Ok((article, notes))
}
