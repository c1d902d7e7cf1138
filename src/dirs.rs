//! Where kroniek keeps its files on this system: the platform's directories for it, named once.

use std::path::PathBuf;

use directories::ProjectDirs;

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "kroniek")
}

/// The platform's data directory (`~/.local/share/kroniek` on Linux): the bookmarks.
pub fn data_dir() -> Option<PathBuf> {
    project().map(|d| d.data_dir().to_path_buf())
}

/// The platform's config directory (`$XDG_CONFIG_HOME/kroniek`, `~/.config/kroniek` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    project().map(|d| d.config_dir().to_path_buf())
}

/// The platform's state directory (`$XDG_STATE_HOME/kroniek` or `~/.local/state/kroniek` on
/// Linux; the local data directory where there is no such thing): the reader's place and the log.
pub fn state_dir() -> Option<PathBuf> {
    let dirs = project()?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}
