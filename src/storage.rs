//! Files written with care, shared by the bookmarks and the reader's state: an exclusive lock
//! file, and atomic replacement (temp file, fsync, rename, fsync of the directory).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Takes an exclusive lock on `path` (created if missing), waiting for other holders. The lock
/// lives as long as the returned file. A separate lock file, so renames do not disturb it.
pub fn lock(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)?;
    lock.lock()?;
    Ok(lock)
}

/// Replaces `target` (in directory `dir`) with `bytes` so that a crash at any moment leaves
/// either the old file or the new one, never a mix.
pub fn atomic_write(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = target
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, target)?;
        // The rename itself must reach the disk: sync the directory.
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
