//! The terminal side of the reader: set-up and restore, signals, and the event loop that turns
//! terminal events into state changes and draws each new state.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, MouseEventKind};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::app::keymap::{Key, Keymap, Mode};
use crate::app::{Action, App, bookmarking, handle_key, handle_mouse, quit, resize};
use crate::bookmarks::store::BookmarkStore;
use crate::commands::Exit;
use crate::corpus::Corpus;
use crate::corpus::curation::file::ActorsFile;
use crate::corpus::load::Progress;
use crate::resume::ResumeStore;
use crate::terminal::{self, Saved};
use crate::ui::{self, theme::Theme};
use crate::watch::{Reloader, Reloading};

/// Everything the reader starts from.
pub struct Reader {
    /// Loads the corpus; runs on a thread of its own while the reader shows progress.
    pub load: Box<dyn FnOnce(&Progress) -> Corpus + Send>,
    pub store: Box<dyn BookmarkStore + Send>,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Whether to take the mouse.
    pub mouse: bool,
    /// Columns at most of an article's body (`text_width` in the config).
    pub text_width: u16,
    /// Where to remember the reader's place, and the corpus it is remembered under.
    pub resume: Option<(ResumeStore, String)>,
    /// Shown in the status line when the reader opens (a word about the config).
    pub notice: Option<String>,
    /// The user's actors file, where corrections made in the Actors view are saved.
    pub actors_file: ActorsFile,
    /// How to load the corpus again and what to watch for changes; `None` for the built-in
    /// corpus, which never changes.
    pub reload: Option<Reloading>,
}

/// How long the loop waits for an event before checking for signals. Nothing is drawn when
/// nothing happened, so waking costs next to nothing.
const POLL: Duration = Duration::from_millis(100);
/// How often the loading gauge looks at the progress of the load.
const LOAD_POLL: Duration = Duration::from_millis(50);
/// How long after a signal the reader may take to stop on its own before the watchdog ends it.
const STOP_GRACE: Duration = Duration::from_secs(2);
/// How long the watchdog waits for the terminal to take the restore before it ends the process.
const RESTORE_GRACE: Duration = Duration::from_millis(500);

/// The flags the signal handlers raise; the loops act on them.
struct Signals {
    /// SIGTERM, SIGHUP, SIGINT: stop.
    stop: Arc<AtomicBool>,
    /// SIGTSTP (`kill -TSTP`): give the terminal back and stop until continued.
    suspend: Arc<AtomicBool>,
    /// SIGCONT: continued, perhaps after a stop the reader did not see coming (SIGSTOP): take
    /// the terminal again and draw everything.
    resumed: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Signals> {
        let signals = Signals {
            stop: Arc::new(AtomicBool::new(false)),
            suspend: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        };
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register(signal, Arc::clone(&signals.stop))?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&signals.suspend))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// The reader's hold on the terminal: the screen it draws on, and whether it takes the mouse.
struct Screen {
    terminal: ratatui::DefaultTerminal,
    mouse: bool,
}

impl Screen {
    /// Gives the terminal back and stops, as Ctrl-Z does in a shell; once continued, takes the
    /// terminal again. The caller draws everything afresh.
    fn suspend(&mut self, signals: &Signals) -> io::Result<()> {
        restore();
        let stopped = terminal::stop();
        if let Err(e) = &stopped {
            tracing::warn!("cannot suspend: {e}");
        }
        // Continued: the SIGCONT that continued the reader is answered here.
        signals.resumed.store(false, Ordering::Relaxed);
        self.take_again()
    }

    /// Takes the terminal again after a stop (whoever changed it meanwhile): raw mode, the
    /// alternate screen, the mouse, and a clear screen under a fresh `Terminal`, which knows
    /// nothing is shown and so draws the next frame whole (ratatui's own `clear` asks the
    /// terminal where its cursor is, which not every terminal answers).
    fn take_again(&mut self) -> io::Result<()> {
        // crossterm keeps raw mode on if it thinks it is on: off first, so it is set for real.
        let _ = disable_raw_mode();
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
        if self.mouse
            && let Err(e) = execute!(io::stdout(), EnableMouseCapture)
        {
            tracing::warn!("cannot take the mouse: {e}");
        }
        self.terminal = ratatui::Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(())
    }

    /// Acts on SIGTSTP and SIGCONT, and on the app asking to suspend. True when the terminal
    /// was taken again, and everything must be drawn.
    fn follow_signals(&mut self, signals: &Signals, asked: bool) -> io::Result<bool> {
        if asked || signals.suspend.swap(false, Ordering::Relaxed) {
            self.suspend(signals)?;
            return Ok(true);
        }
        if signals.resumed.swap(false, Ordering::Relaxed) {
            self.take_again()?;
            return Ok(true);
        }
        Ok(false)
    }
}

/// Runs the reader until the user quits or a signal arrives. Returns how it ended.
pub fn run(reader: Reader) -> io::Result<Exit> {
    let Reader {
        load,
        store,
        keymap,
        theme,
        mouse,
        text_width,
        resume,
        notice,
        actors_file,
        reload,
    } = reader;
    if !io::stdout().is_terminal() {
        crate::output::warn(format_args!(
            "kroniek: the reader needs a terminal on stdout; for output to a pipe or file use \
             `kroniek list`, `timeline`, `quotes` or `actors` (see `kroniek --help`)"
        ));
        return Ok(Exit::Failure);
    }
    let signals = Signals::register()?;
    // The terminal as it is now, before the reader changes it, for the watchdog to put back.
    let saved = Saved::now();
    // When the terminal goes away (SIGHUP: the window closed, the ssh link dropped) crossterm's
    // read can spin on the dead terminal and never return to the loop that checks for signals,
    // and a signal can come while the reader waits (for the bookmarks' lock held by another
    // kroniek). A watchdog ends the process if the reader has not stopped on its own soon after
    // a signal, giving the terminal back first. Bookmarks are saved as they are made, so nothing
    // saved is lost.
    let finished = Arc::new(AtomicBool::new(false));
    {
        let (stop, finished) = (Arc::clone(&signals.stop), Arc::clone(&finished));
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(POLL);
            }
            std::thread::sleep(STOP_GRACE);
            if !finished.load(Ordering::Relaxed) {
                tracing::warn!("the reader did not stop after a signal; exiting");
                // Straight to the file descriptors, so a stuck thread holding stdout cannot
                // keep the terminal broken; a terminal that is gone only fails the writes.
                saved.restore_within(RESTORE_GRACE);
                std::process::exit(1);
            }
        });
    }
    let terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            restore();
            return Err(e);
        }
    };
    let mut screen = Screen { terminal, mouse };
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
    let result = loading(&mut screen, load, store, &keymap, &signals).and_then(|app| match app {
        Some(mut app) => {
            app.set_keymap(keymap);
            app.set_text_width(text_width);
            app.set_actors_file(actors_file);
            if let Some((store, corpus)) = &resume
                && let Some(place) = store.place(corpus)
            {
                app.return_to(&place);
            }
            if app.message.is_none() {
                app.message = notice;
            }
            let reloader = reload.map(|reload| {
                let (reloader, why) = Reloader::new(reload);
                if let Some(why) = why
                    && app.message.is_none()
                {
                    app.cannot_watch(&why);
                }
                reloader
            });
            app.reload.possible = reloader.is_some();
            event_loop(&mut screen, app, &theme, &signals, reloader).map(Some)
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
        crate::output::warn(format_args!(
            "kroniek: stopped by a signal with {} that could not be saved",
            crate::plural::count(n, "bookmark change", "bookmark changes")
        ));
    }
    // Corrections to the actors that could not be saved get one more try, and a word if it fails.
    if app.curating.error.is_some()
        && let Err(e) = app.curating.file.save()
    {
        eprintln!("kroniek: your corrections to the actors are NOT saved: {e}");
    }
    if let Some((store, corpus)) = resume {
        match store.save(&corpus, app.place()) {
            Ok(()) => tracing::info!("remembered the place in {}", store.path().display()),
            Err(e) => {
                tracing::warn!("cannot remember the place: {e}");
                crate::output::warn(format_args!(
                    "kroniek: could not remember where you were: {e}"
                ));
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
/// frame comes at once whatever the size of the corpus. The list's back and quit keys quit
/// meanwhile (`q`, `Esc` and `Ctrl-c` in the default keymap); the suspend key suspends. The gauge is drawn again only when the load moved on or the
/// terminal changed.
fn loading(
    screen: &mut Screen,
    load: Box<dyn FnOnce(&Progress) -> Corpus + Send>,
    store: Box<dyn BookmarkStore + Send>,
    keymap: &Keymap,
    signals: &Signals,
) -> io::Result<Option<App>> {
    let progress = Arc::new(Progress::default());
    let size = screen.terminal.size()?;
    let shared = Arc::clone(&progress);
    let worker = std::thread::spawn(move || {
        let corpus = load(&shared);
        App::new(corpus, Rect::new(0, 0, size.width, size.height), store)
    });
    let mut shown = None;
    let mut suspend = false;
    loop {
        if worker.is_finished() {
            let mut app = worker
                .join()
                .map_err(|_| io::Error::other("loading the corpus failed"))?;
            let size = screen.terminal.size()?;
            resize(&mut app, size.width, size.height);
            return Ok(Some(app));
        }
        if screen.follow_signals(signals, std::mem::take(&mut suspend))? {
            shown = None;
        }
        let now = progress.snapshot();
        if shown != Some(now) {
            screen.terminal.draw(|frame| {
                ui::loading::render(&progress, keymap, frame);
                ui::inert(frame);
            })?;
            shown = Some(now);
        }
        if signals.stopping() {
            return Ok(None);
        }
        if event::poll(LOAD_POLL)? {
            match event::read()? {
                Event::Key(key) => {
                    let action = keymap.action_for(Mode::List, Key::from_event(&key));
                    if matches!(
                        action,
                        Some(Action::Back | Action::BackOrQuit | Action::Quit)
                    ) {
                        return Ok(None);
                    }
                    suspend = action == Some(Action::Suspend);
                }
                Event::Resize(..) => shown = None,
                _ => {}
            }
        }
    }
}

/// Runs until the user quits or a signal comes; returns the final state, and the number of
/// bookmark changes left unsaved if a signal ended it. A frame is drawn when something happened
/// (a key, the mouse, a resize, the reader continued after a stop), never on a timer: an idle
/// reader uses no processor time, however much it shows.
fn event_loop(
    screen: &mut Screen,
    mut app: App,
    theme: &Theme,
    signals: &Signals,
    mut reloader: Option<Reloader>,
) -> io::Result<(App, Option<usize>)> {
    let test_panic = std::env::var_os("KRONIEK_TEST_PANIC").is_some();
    // For the tests of the watchdog: a main thread that never comes back to the loop, as one
    // blocked in the kernel would.
    let test_stuck = std::env::var_os("KRONIEK_TEST_STUCK").is_some();
    let mut unsaved_on_exit = None;
    let mut changed = true;
    loop {
        if let Some(text) = app.clipboard.take() {
            let mut out = io::stdout();
            out.write_all(crate::share::osc52(&text).as_bytes())?;
            out.flush()?;
        }
        if let Some(url) = app.open_url.take()
            && let Err(why) = crate::share::open(&url)
        {
            app.message = Some(crate::corpus::decode::sanitise_line(&why));
            changed = true;
        }
        if changed {
            screen
                .terminal
                .draw(|frame| ui::render(&app, theme, frame))?;
            changed = false;
        }
        if test_panic {
            panic!("KRONIEK_TEST_PANIC is set: panicking on purpose to test terminal restore");
        }
        if test_stuck {
            loop {
                std::thread::sleep(POLL);
            }
        }
        if app.quit {
            return Ok((app, None));
        }
        if signals.stopping() {
            // A signal cannot wait for an answer: a note being edited is saved, one last try to
            // save, then say what was lost.
            quit::keep_note(&mut app);
            if !bookmarking::retry(&mut app) {
                unsaved_on_exit = Some(app.bookmarks.pending.len());
            }
            break;
        }
        if screen.follow_signals(signals, std::mem::take(&mut app.suspend))? {
            // The terminal may have changed size while the reader was stopped.
            let size = screen.terminal.size()?;
            resize(&mut app, size.width, size.height);
            changed = true;
            continue;
        }
        // A save waiting for another kroniek's lock tries again, without blocking keys; while it
        // waits, what it says is drawn.
        if app.bookmarks.waiting.is_some() {
            bookmarking::tick(&mut app, std::time::Instant::now());
            changed = true;
        }
        // The corpus's folders changed, `R` was pressed, or a reload is done.
        if let Some(reloader) = reloader.as_mut()
            && reloader.tick(&mut app)
        {
            changed = true;
            continue;
        }
        if !event::poll(POLL)? {
            continue;
        }
        // Take every queued event before drawing again, so a storm of resizes draws once.
        loop {
            match event::read()? {
                Event::Key(key) => {
                    handle_key(&mut app, key);
                    changed = true;
                }
                Event::Resize(width, height) => {
                    resize(&mut app, width, height);
                    changed = true;
                }
                // The pointer moving over the screen changes nothing.
                Event::Mouse(mouse) if mouse.kind == MouseEventKind::Moved => {}
                Event::Mouse(mouse) => {
                    handle_mouse(&mut app, mouse);
                    changed = true;
                }
                _ => {}
            }
            if app.quit || app.suspend || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok((app, unsaved_on_exit))
}
