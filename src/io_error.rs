//! I/O errors in words a user can act on, written once: every message about an I/O error (the
//! loader's warnings, the bookmark store, the config file, the state file, the log, written
//! output) gives its reason in these words.

use std::io;

use crate::corpus::decode::sanitise_line;

/// An I/O error as the reason in a message: the kinds a user can act on in plain words, anything
/// else as the system words it (on one line).
pub fn reason(e: &io::Error) -> String {
    if is_link_loop(e) {
        return "too many levels of symbolic links (a link loop)".into();
    }
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        // What reading a file as text says of bytes that are not UTF-8.
        io::ErrorKind::InvalidData => "not UTF-8 text".into(),
        io::ErrorKind::InvalidFilename => {
            "the path is longer than the system can open (PATH_MAX)".into()
        }
        _ => sanitise_line(&e.to_string()),
    }
}

/// Whether an error is "too many levels of symbolic links" (`ELOOP`).
pub fn is_link_loop(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}
