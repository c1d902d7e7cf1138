//! `kroniek config`: where the config file, the user's actors file, the bookmarks, the reader state and the log are, and
//! the configuration in effect, as a config file.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Exit, bookmarks};
use crate::bookmarks::store::FILE_NAME;
use crate::config::Config;
use crate::corpus::decode::sanitise_line;

/// `kroniek config`: where the config file is, and the configuration in effect, as a config file.
pub fn config(config: &Config, data_dir: Option<&Path>, out: &mut dyn Write) -> io::Result<Exit> {
    // A path in a comment line, sanitised (the config itself below escapes what it must).
    let shown = |path: Option<PathBuf>| {
        path.map_or_else(
            || "none".to_owned(),
            |p| sanitise_line(&p.to_string_lossy()),
        )
    };
    match (&config.file, crate::config::default_path()) {
        (Some(file), _) => writeln!(out, "# config file: {}", shown(Some(file.clone())))?,
        (None, Some(default)) => writeln!(
            out,
            "# config file: {} (not there: the defaults are in effect)",
            shown(Some(default))
        )?,
        (None, None) => writeln!(
            out,
            "# config file: none (no config directory on this system; use --config FILE)"
        )?,
    }
    let actors = config.actors_file();
    let there = if actors.as_deref().is_some_and(Path::exists) {
        ""
    } else {
        " (not there yet: the reader's Actors view writes it)"
    };
    writeln!(out, "# your actors: {}{there}", shown(actors))?;
    writeln!(
        out,
        "# bookmarks: {}",
        shown(bookmarks::data_dir(data_dir).map(|d| d.join(FILE_NAME)))
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
    Ok(Exit::Success)
}
