//! Files written with care, shared by the bookmarks and the reader's state: an exclusive lock
//! file, and atomic replacement (temp file, fsync, rename, fsync of the directory) that keeps the
//! file's identity: written through a symbolic link to its target, with the target's mode.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::bounded::{NOT_REGULAR, nonblocking};

/// Opens the lock file `path` (created if missing): a regular file, opened without blocking (a
/// FIFO put there never hangs kroniek).
fn open_lock(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    nonblocking(&mut options);
    let lock = options.open(path)?;
    if !lock.metadata()?.is_file() {
        return Err(io::Error::other(NOT_REGULAR));
    }
    Ok(lock)
}

/// Takes an exclusive lock on `path` (created if missing), waiting for other holders. The lock
/// lives as long as the returned file. A separate lock file, so renames do not disturb it.
pub fn lock(path: &Path) -> io::Result<File> {
    let lock = open_lock(path)?;
    lock.lock()?;
    Ok(lock)
}

/// Takes an exclusive lock on `path` if no one else holds it: `Ok(None)` when another process
/// does (the caller waits without blocking, or gives up).
pub fn try_lock(path: &Path) -> io::Result<Option<File>> {
    let lock = open_lock(path)?;
    match lock.try_lock() {
        Ok(()) => Ok(Some(lock)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// The file `path` names, following symbolic links (also a link whose target does not exist
/// yet: its target is where the file is to be written).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    // As many links as the system itself follows before it calls it a loop.
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path),
            Err(e) => return Err(e),
        }
    }
    #[cfg(unix)]
    return Err(io::Error::from_raw_os_error(libc::ELOOP));
    #[cfg(not(unix))]
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The permission bits of the file `path` names (links followed), if it exists.
pub fn mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o7777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Replaces the file `target` names with `bytes` so that a crash at any moment leaves either the
/// old file or the new one, never a mix. A symbolic link is written through (its target is
/// replaced, the link stays), and the file keeps its mode.
pub fn atomic_write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let real = resolve(target)?;
    let mode = mode(&real);
    replace(&real, bytes, mode)
}

/// As [`atomic_write`], with the mode given (or the system's default for a new file).
pub fn atomic_write_with_mode(target: &Path, bytes: &[u8], mode: Option<u32>) -> io::Result<()> {
    replace(&resolve(target)?, bytes, mode)
}

/// Writes a temporary file next to `real` (not a link) with `mode`, and renames it over `real`.
/// Something there that is not a regular file (a FIFO, a device) is never replaced.
fn replace(real: &Path, bytes: &[u8], mode: Option<u32>) -> io::Result<()> {
    if fs::metadata(real).is_ok_and(|m| !m.is_file()) {
        return Err(io::Error::other(NOT_REGULAR));
    }
    let dir = match real.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = real
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .open(&tmp)?;
        // The mode is set before a byte is written, so the content is never more readable.
        #[cfg(unix)]
        if let Some(mode) = mode {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(fs::Permissions::from_mode(mode))?;
        }
        #[cfg(not(unix))]
        let _ = mode;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, real)?;
        // The rename itself must reach the disk: sync the directory.
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
