//! Bounded reads, for every file kroniek reads (corpus files, the bookmarks and their backups, the
//! reader's state, the config and the actors files it names): a file is read only if it is a
//! regular file (opened without blocking, so a FIFO never hangs kroniek, and a link to a device
//! such as `/dev/zero` is refused) and no larger than a limit that the error names.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::io_error::reason as io_reason;

/// What a file is read as, and the most bytes it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The most bytes read.
    pub bytes: u64,
    /// What the file is, as the error names it ("one article", "the bookmarks file").
    pub what: &'static str,
}

impl Limit {
    /// The limit in MiB, as errors give it.
    pub const fn mib(self) -> u64 {
        self.bytes / 1024 / 1024
    }
}

/// Reads a regular file up to `limit`. Checked again after opening, so a file replaced by a FIFO
/// between listing and reading cannot block.
pub fn read_bounded(path: &Path, limit: Limit) -> Result<Vec<u8>, String> {
    let (file, meta) = open_regular(path)?;
    read_open(file, &meta, limit)
}

/// As [`read_bounded`], and `None` when there is no such file.
pub fn read_if_exists(path: &Path, limit: Limit) -> Result<Option<Vec<u8>>, String> {
    let file = match open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_reason(&e)),
    };
    let meta = regular(&file)?;
    read_open(file, &meta, limit).map(Some)
}

fn read_open(file: fs::File, meta: &fs::Metadata, limit: Limit) -> Result<Vec<u8>, String> {
    let over = || format!("over the limit of {} MiB for {}", limit.mib(), limit.what);
    if meta.len() > limit.bytes {
        return Err(format!("{} bytes, {}", meta.len(), over()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit.bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit.bytes {
        return Err(format!("grew {} while reading", over()));
    }
    Ok(bytes)
}

/// Reads a regular file up to `limit` as UTF-8 text.
pub fn read_text(path: &Path, limit: Limit) -> Result<String, String> {
    utf8(read_bounded(path, limit)?)
}

/// As [`read_text`], and `None` when there is no such file.
pub fn read_text_if_exists(path: &Path, limit: Limit) -> Result<Option<String>, String> {
    read_if_exists(path, limit)?.map(utf8).transpose()
}

fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (an invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Opens a regular file for reading, never blocking on a FIFO; anything else is an error.
pub fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), String> {
    let file = open(path).map_err(|e| io_reason(&e))?;
    let meta = regular(&file)?;
    Ok((file, meta))
}

fn open(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    nonblocking(&mut options);
    options.open(path)
}

/// The metadata of an open file, if it is a regular file.
fn regular(file: &fs::File) -> Result<fs::Metadata, String> {
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(NOT_REGULAR.into());
    }
    Ok(meta)
}

/// Adds `O_NONBLOCK`, so that opening a FIFO never waits for the other end.
pub fn nonblocking(options: &mut fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Why a FIFO, socket or device is not read.
pub const NOT_REGULAR: &str = "not a regular file (a FIFO, socket or device)";
