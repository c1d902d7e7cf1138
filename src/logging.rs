//! Logging with `tracing`, to `kroniek.log` in the state directory, and only when `KRONIEK_LOG`
//! names a level (`error`, `warn`, `info`, `debug`, `trace`, or a filter such as
//! `kroniek=debug`). Nothing is ever logged to the terminal.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

pub const FILE_NAME: &str = "kroniek.log";

/// Starts logging if `KRONIEK_LOG` asks for it. Returns the log file, or why logging is off
/// although it was asked for (to be said on stderr before the reader starts).
pub fn init(state_dir: Option<&Path>) -> Result<Option<PathBuf>, String> {
    let Some(level) = std::env::var("KRONIEK_LOG")
        .ok()
        .filter(|l| !l.trim().is_empty())
    else {
        return Ok(None);
    };
    let filter = EnvFilter::try_new(&level).map_err(|e| {
        format!("KRONIEK_LOG={level} is not a log level or filter ({e}); not logging")
    })?;
    let dir = state_dir.ok_or("no state directory for the log; set KRONIEK_STATE_DIR")?;
    let path = dir.join(FILE_NAME);
    let file = std::fs::create_dir_all(dir)
        .and_then(|()| OpenOptions::new().create(true).append(true).open(&path))
        .map_err(|e| {
            format!(
                "cannot open the log {}: {}; not logging",
                path.display(),
                crate::io_error::reason(&e)
            )
        })?;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_target(false)
        .try_init()
        .map_err(|e| format!("cannot start logging: {e}"))?;
    Ok(Some(path))
}
