//! The terminal side of the reader: set-up and restore, signals, and the event loop that turns
//! terminal events into state changes and draws each new state.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyModifiers,
};
use crossterm::{cursor, execute};
use ratatui::layout::Rect;

use crate::app::keymap::Keymap;
use crate::app::{App, bookmarking, handle_key, handle_mouse, resize};
use crate::bookmarks::store::BookmarkStore;
use crate::commands::Exit;
use crate::corpus::Corpus;
use crate::corpus::load::Progress;
use crate::resume::ResumeStore;
use crate::ui::{self, theme::Theme};

/// Everything the reader starts from.
pub struct Reader {
    /// Loads the corpus; runs on a thread of its own while the reader shows progress.
    pub load: Box<dyn FnOnce(&Progress) -> Corpus + Send>,
    pub store: Box<dyn BookmarkStore + Send>,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Whether to take the mouse.
    pub mouse: bool,
    /// Where to remember the reader's place, and the corpus it is remembered under.
    pub resume: Option<(ResumeStore, String)>,
    /// Shown in the status line when the reader opens (a word about the config).
    pub notice: Option<String>,
}

/// How long the loop waits for an event before checking for signals.
const POLL: Duration = Duration::from_millis(100);
/// How long after a signal the reader may take to stop on its own before the watchdog ends it.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// Runs the reader until the user quits or a signal arrives. Returns how it ended.
pub fn run(reader: Reader) -> io::Result<Exit> {
    let Reader {
        load,
        store,
        keymap,
        theme,
        mouse,
        resume,
        notice,
    } = reader;
    if !io::stdout().is_terminal() {
        eprintln!(
            "kroniek: the reader needs a terminal on stdout; for output to a pipe or file use \
             `kroniek list`, `timeline`, `quotes` or `actors` (see `kroniek --help`)"
        );
        return Ok(Exit::Failure);
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // When the terminal goes away (SIGHUP: the window closed, the ssh link dropped) crossterm's
    // read can spin on the dead terminal and never return to the loop that checks for signals.
    // A watchdog ends the process if the reader has not stopped on its own soon after a signal.
    // Bookmarks are saved as they are made, so nothing saved is lost.
    let finished = Arc::new(AtomicBool::new(false));
    {
        let (stop, finished) = (Arc::clone(&stop), Arc::clone(&finished));
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(POLL);
            }
            std::thread::sleep(STOP_GRACE);
            if !finished.load(Ordering::Relaxed) {
                // No restore: the terminal is gone, and the stuck thread may hold stdout.
                tracing::warn!("the terminal is gone and the reader did not stop; exiting");
                std::process::exit(1);
            }
        });
    }
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            restore();
            return Err(e);
        }
    };
    // ratatui's hook restores raw mode and the screen; give back the mouse and show the cursor
    // too, before it runs.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
        previous(info);
    }));
    if mouse && let Err(e) = execute!(io::stdout(), EnableMouseCapture) {
        tracing::warn!("cannot take the mouse: {e}");
    }
    let result = loading(&mut terminal, load, store, &stop).and_then(|app| match app {
        Some(mut app) => {
            app.set_keymap(keymap);
            if let Some((store, corpus)) = &resume
                && let Some(place) = store.place(corpus)
            {
                app.return_to(&place);
            }
            if app.message.is_none() {
                app.message = notice;
            }
            event_loop(&mut terminal, app, &theme, &stop).map(Some)
        }
        None => Ok(None),
    });
    restore();
    finished.store(true, Ordering::Relaxed);
    let (app, unsaved_on_exit) = match result? {
        Some(ended) => ended,
        None => return Ok(Exit::Success),
    };
    if let Some(n) = unsaved_on_exit {
        eprintln!("kroniek: stopped by a signal with {n} bookmark changes that could not be saved");
    }
    if let Some((store, corpus)) = resume {
        match store.save(&corpus, app.place()) {
            Ok(()) => tracing::info!("remembered the place in {}", store.path().display()),
            Err(e) => {
                tracing::warn!("cannot remember the place: {e}");
                eprintln!("kroniek: could not remember where you were: {e}");
            }
        }
    }
    Ok(Exit::Success)
}

fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = execute!(io::stdout(), cursor::Show);
    let _ = io::stdout().flush();
}

/// Loads the corpus on another thread, drawing a progress gauge until it is ready, so the first
/// frame comes at once whatever the size of the corpus. `q`, `Esc` or `Ctrl-c` quit meanwhile.
fn loading(
    terminal: &mut ratatui::DefaultTerminal,
    load: Box<dyn FnOnce(&Progress) -> Corpus + Send>,
    store: Box<dyn BookmarkStore + Send>,
    stop: &AtomicBool,
) -> io::Result<Option<App>> {
    let progress = Arc::new(Progress::default());
    let size = terminal.size()?;
    let shared = Arc::clone(&progress);
    let worker = std::thread::spawn(move || {
        let corpus = load(&shared);
        App::new(corpus, Rect::new(0, 0, size.width, size.height), store)
    });
    loop {
        if worker.is_finished() {
            let mut app = worker
                .join()
                .map_err(|_| io::Error::other("loading the corpus failed"))?;
            let size = terminal.size()?;
            resize(&mut app, size.width, size.height);
            return Ok(Some(app));
        }
        terminal.draw(|frame| ui::loading::render(&progress, frame))?;
        if stop.load(Ordering::Relaxed) {
            return Ok(None);
        }
        if event::poll(Duration::from_millis(50))?
            && let Event::Key(key) = event::read()?
        {
            let ctrl_c =
                key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
            if matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) || ctrl_c {
                return Ok(None);
            }
        }
    }
}

/// Runs until the user quits or a signal comes; returns the final state, and the number of
/// bookmark changes left unsaved if a signal ended it.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    mut app: App,
    theme: &Theme,
    stop: &AtomicBool,
) -> io::Result<(App, Option<usize>)> {
    let test_panic = std::env::var_os("KRONIEK_TEST_PANIC").is_some();
    let mut unsaved_on_exit = None;
    loop {
        terminal.draw(|frame| ui::render(&app, theme, frame))?;
        if test_panic {
            panic!("KRONIEK_TEST_PANIC is set: panicking on purpose to test terminal restore");
        }
        if app.quit {
            return Ok((app, None));
        }
        if stop.load(Ordering::Relaxed) {
            // A signal cannot wait for an answer: one last try to save, then say what was lost.
            if !bookmarking::retry(&mut app) {
                unsaved_on_exit = Some(app.bookmarks.pending.len());
            }
            break;
        }
        // A save waiting for another kroniek's lock tries again, without blocking keys.
        bookmarking::tick(&mut app, std::time::Instant::now());
        if !event::poll(POLL)? {
            continue;
        }
        // Take every queued event before drawing again, so a storm of resizes draws once.
        loop {
            match event::read()? {
                Event::Key(key) => handle_key(&mut app, key),
                Event::Resize(width, height) => resize(&mut app, width, height),
                Event::Mouse(mouse) => handle_mouse(&mut app, mouse),
                _ => {}
            }
            if app.quit || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok((app, unsaved_on_exit))
}
