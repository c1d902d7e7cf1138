//! Bounded reads: a file is read only if it is a regular file (never blocking on a FIFO) and no
//! larger than [`MAX_FILE_BYTES`].

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::io_error::reason as io_reason;

/// Files larger than this are skipped. A news article is a few kilobytes; the bound keeps one
/// stray log file or disk image from taking the memory and time meant for a whole corpus.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The limit in MiB, as warnings give it.
pub(crate) const MAX_FILE_MIB: u64 = MAX_FILE_BYTES / 1024 / 1024;

/// Reads a regular file up to [`MAX_FILE_BYTES`]. Checked again after opening, so a file replaced
/// by a FIFO between listing and reading cannot block.
pub(super) fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes, over the limit of {MAX_FILE_MIB} MiB for one article",
            meta.len(),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "grew over the limit of {MAX_FILE_MIB} MiB while reading"
        ));
    }
    Ok(bytes)
}

/// Opens a regular file for reading, never blocking on a FIFO; anything else is an error.
pub(super) fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), String> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    // O_NONBLOCK, so that opening a FIFO never waits for a writer.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(NOT_REGULAR.into());
    }
    Ok((file, meta))
}

/// Why a FIFO, socket or device is not read.
pub(super) const NOT_REGULAR: &str = "not a regular file (a FIFO, socket or device)";
