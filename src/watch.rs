//! Keeping the corpus current (#18 item 4), the side of it that is not plain state: watching the
//! folders the reader opened (the `notify` crate) and loading the corpus again on a thread of its
//! own, so the reader keeps drawing and taking keys. Changes are debounced: a reload starts once
//! the folders have been quiet for [`QUIET`], so a file being written, or many files copied in,
//! load once. The finished load goes to [`App::reloaded`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::app::App;
use crate::app::state::Loaded;
use crate::corpus::Corpus;
use crate::corpus::load::Progress;

/// How long the folders must be quiet after a change before the reload starts.
pub const QUIET: Duration = Duration::from_millis(300);
/// How long a reload waits at most for the folders to be quiet: a file written to all the time
/// (a log kept beside the articles) still lets the others load.
pub const AT_MOST: Duration = Duration::from_secs(3);

/// Loads the corpus again, from the same paths with the same options.
pub type Load = Arc<dyn Fn(&Progress) -> Corpus + Send + Sync>;

/// What the reader needs to keep its corpus current: how to load it again, and the paths it
/// was loaded from (files or folders), to watch.
pub struct Reloading {
    pub load: Load,
    pub paths: Vec<PathBuf>,
}

/// The watch on the corpus's paths.
struct Watch {
    /// Kept for as long as the reader runs: dropping it stops the watch.
    _watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    /// Folders watched with everything below them.
    folders: Vec<PathBuf>,
    /// Files opened by name; their folders are watched, for editors that replace a file.
    files: Vec<PathBuf>,
}

impl Watch {
    fn new(paths: &[PathBuf]) -> notify::Result<Watch> {
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(tx)?;
        let (mut folders, mut files) = (Vec::new(), Vec::new());
        for path in paths {
            // Events name paths as watched: canonical ones compare with each other.
            let path = path.canonicalize().unwrap_or_else(|_| path.clone());
            if path.is_dir() {
                watcher.watch(&path, RecursiveMode::Recursive)?;
                folders.push(path);
            } else {
                let parent = path.parent().unwrap_or(Path::new("/"));
                watcher.watch(parent, RecursiveMode::NonRecursive)?;
                files.push(path);
            }
        }
        Ok(Watch {
            _watcher: watcher,
            events,
            folders,
            files,
        })
    }

    /// Whether an event may change the corpus: a file created, written, renamed or removed in
    /// a folder watched, or a file watched. Opening and reading (the reload's own) do not.
    fn concerns(&self, event: &notify::Event) -> bool {
        may_change(&event.kind)
            && event.paths.iter().any(|p| {
                self.folders.iter().any(|f| p.starts_with(f)) || self.files.iter().any(|f| p == f)
            })
    }
}

/// Whether an event of this kind may change a file's content: opening and reading a file (the
/// reload's own) and changing its metadata do not; closing it after writing does.
fn may_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Any
        | EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Other => true,
    }
}

/// Reloads in the background: on `R`, and after the folders changed.
pub struct Reloader {
    load: Load,
    watch: Option<Watch>,
    /// The first and the last change seen and not yet reloaded.
    changed_at: Option<(Instant, Instant)>,
    /// The reload running, and whether it was asked for by hand.
    running: Option<(JoinHandle<Loaded>, bool)>,
    /// Another reload to start when this one is done (things changed meanwhile), and whether by
    /// hand.
    again: Option<bool>,
}

impl Reloader {
    /// Starts watching `reloading`'s paths; says why when it cannot (`R` still reloads).
    pub fn new(reloading: Reloading) -> (Reloader, Option<String>) {
        let (watch, why) = match Watch::new(&reloading.paths) {
            Ok(watch) => (Some(watch), None),
            Err(e) => {
                tracing::warn!("cannot watch the corpus: {e}");
                (None, Some(e.to_string()))
            }
        };
        let reloader = Reloader {
            load: reloading.load,
            watch,
            changed_at: None,
            running: None,
            again: None,
        };
        (reloader, why)
    }

    /// One turn of the event loop: takes the watch's events, starts a reload when asked or when
    /// the folders have been quiet long enough after a change, and hands a finished one to the
    /// app. True when the app changed and must be drawn.
    pub fn tick(&mut self, app: &mut App) -> bool {
        let mut drawn = false;
        if let Some(watch) = &self.watch {
            while let Ok(event) = watch.events.try_recv() {
                match event {
                    Ok(event) if watch.concerns(&event) => {
                        tracing::debug!(?event, "the corpus changed");
                        let now = Instant::now();
                        let first = self.changed_at.map_or(now, |(first, _)| first);
                        self.changed_at = Some((first, now));
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("watching the corpus: {e}"),
                }
            }
        }
        let mut wanted = None;
        if self
            .changed_at
            .is_some_and(|(first, last)| last.elapsed() >= QUIET || first.elapsed() >= AT_MOST)
        {
            self.changed_at = None;
            wanted = Some(false);
        }
        if std::mem::take(&mut app.reload.asked) {
            wanted = Some(true);
        }
        if let Some(by_hand) = wanted {
            if self.running.is_some() {
                self.again = Some(self.again.unwrap_or(false) || by_hand);
            } else {
                self.start(app, by_hand);
            }
            drawn = true;
        }
        if self.running.as_ref().is_some_and(|(h, _)| h.is_finished())
            && let Some((handle, by_hand)) = self.running.take()
        {
            match handle.join() {
                Ok(loaded) => app.reloaded(loaded, by_hand),
                Err(_) => {
                    app.reload.running = false;
                    app.message =
                        Some("reloading the corpus failed; the corpus is as it was".into());
                }
            }
            if let Some(by_hand) = self.again.take() {
                self.start(app, by_hand);
            }
            drawn = true;
        }
        drawn
    }

    fn start(&mut self, app: &mut App, by_hand: bool) {
        let load = Arc::clone(&self.load);
        let spawned = std::thread::Builder::new()
            .name("reload".into())
            .spawn(move || Loaded::new(load(&Progress::default())));
        match spawned {
            Ok(handle) => {
                self.running = Some((handle, by_hand));
                app.reload_started(by_hand);
            }
            Err(e) => {
                tracing::warn!("cannot start a reload: {e}");
                let why = crate::corpus::decode::sanitise_line(&e.to_string());
                app.message = Some(format!("cannot reload the corpus: {why}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, MetadataKind, RemoveKind};

    #[test]
    fn reading_the_corpus_is_no_change_and_writing_it_is() {
        assert!(!may_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!may_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(!may_change(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(may_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(may_change(&EventKind::Create(CreateKind::File)));
        assert!(may_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(may_change(&EventKind::Remove(RemoveKind::File)));
    }

    #[test]
    fn only_the_paths_opened_concern_the_reader() {
        let dir = tempfile::tempdir().expect("a dir");
        let file = dir.path().join("one.txt");
        std::fs::write(&file, "date 2022-01 Een.").expect("written");
        let watch = Watch::new(std::slice::from_ref(&file)).expect("a watch");
        let event = |path: PathBuf| {
            notify::Event::new(EventKind::Create(CreateKind::File))
                .add_path(path.canonicalize().unwrap_or(path))
        };
        assert!(watch.concerns(&event(file)));
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "date 2022-01 Twee.").expect("written");
        assert!(!watch.concerns(&event(other)));
    }
}
