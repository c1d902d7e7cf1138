//! End to end: the real binary in a pseudo-terminal, typed at as a person would, its screen read
//! through a terminal emulator (vt100). Waits are bounded; nothing asserts a timing.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::sys::termios::LocalFlags;
use nix::unistd::Pid;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

mod common;
use common::as_nobody;

/// How long to wait for the screen to show something before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

struct Session {
    /// The data directory (bookmarks) of this session; removed with it.
    data: tempfile::TempDir,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_in(None, args, env)
    }

    /// Starts kroniek with the data directory of an earlier session, if given.
    fn start_in(data: Option<tempfile::TempDir>, args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::launch(&[], data, args, env)
    }

    /// Starts kroniek through `launcher` (a command and its arguments that end by running the
    /// program given after them), for tests that change who or where kroniek runs.
    fn launch(
        launcher: &[String],
        data: Option<tempfile::TempDir>,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let data = data.unwrap_or_else(|| tempfile::tempdir().expect("a data dir"));
        let mut command = match launcher.split_first() {
            Some((program, launcher_args)) => {
                let mut command = CommandBuilder::new(program);
                command.args(launcher_args);
                command.arg(env!("CARGO_BIN_EXE_kroniek"));
                command
            }
            None => CommandBuilder::new(env!("CARGO_BIN_EXE_kroniek")),
        };
        command.env("KRONIEK_DATA_DIR", data.path());
        // The user's own config and remembered place never reach a test.
        command.env("XDG_CONFIG_HOME", data.path().join("config"));
        command.env("KRONIEK_STATE_DIR", data.path().join("state"));
        command.env_remove("KRONIEK_CONFIG");
        command.env_remove("KRONIEK_LOG");
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn kroniek");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            data,
            master: pair.master,
            child,
            writer,
            parser,
            raw,
        }
    }

    /// The data directory, to start another session on it.
    fn into_data(mut self) -> tempfile::TempDir {
        std::mem::replace(&mut self.data, tempfile::tempdir().expect("a data dir"))
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("waited for `{text}`; the screen shows:\n{}", self.screen());
    }

    fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if test(&self.screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("waited for {what}; the screen shows:\n{}", self.screen());
    }

    fn type_keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the reader take each batch in; the screen is checked with wait_for afterwards.
        std::thread::sleep(Duration::from_millis(50));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Give the reader thread a moment to drain the last bytes.
                std::thread::sleep(Duration::from_millis(100));
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("kroniek did not exit; the screen shows:\n{}", self.screen());
    }

    /// The terminal is as it was: no raw mode, main screen, cursor shown.
    fn assert_restored(&self) {
        let raw = self.raw.lock().unwrap().clone();
        let text = String::from_utf8_lossy(&raw);
        let entered = text
            .rfind("\x1b[?1049h")
            .expect("entered the alternate screen");
        let left = text
            .rfind("\x1b[?1049l")
            .expect("left the alternate screen");
        assert!(left > entered, "left the alternate screen last");
        let shown = text.rfind("\x1b[?25h").expect("showed the cursor");
        let hidden = text.rfind("\x1b[?25l").unwrap_or(0);
        assert!(shown > hidden, "the cursor is shown at the end");
        let parser = self.parser.lock().unwrap();
        assert!(!parser.screen().alternate_screen());
        assert!(!parser.screen().hide_cursor());
        if let Some(termios) = self.master.get_termios() {
            assert!(
                termios.local_flags.contains(LocalFlags::ICANON),
                "canonical mode is back"
            );
            assert!(
                termios.local_flags.contains(LocalFlags::ECHO),
                "echo is back"
            );
        }
    }

    fn signal(&self, signal: Signal) {
        let pid = self.child.process_id().expect("a pid") as i32;
        kill(Pid::from_raw(pid), signal).expect("signal sent");
    }
}

#[test]
fn read_an_article_select_a_quote_browse_the_timeline_search_and_quit() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.wait_for("Rusland moet zijn troepenmacht");
    // Open the first article and select its first quote: the speaker shows in the status line.
    s.type_keys("\r");
    s.type_keys("]");
    s.wait_for("❝ 1/5 Jens Stoltenberg");
    // The timeline, with its empty months.
    s.type_keys("t");
    s.wait_for("Timeline");
    s.wait_for("2021-05");
    s.type_keys("q");
    s.wait_until("the timeline to close", |screen| {
        !screen.contains("Timeline")
    });
    // Search for a word: the list narrows.
    s.type_keys("q/truss\r");
    s.wait_for("Articles 1/5 · /truss");
    // Quit: back out of the filter, then quit from the top.
    s.type_keys("q");
    s.wait_for("filters cleared");
    s.type_keys("q");
    let status = s.wait_exit();
    assert!(status.success());
    s.assert_restored();
}

#[test]
fn actor_filter_and_help_work_from_the_keyboard() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("?");
    s.wait_for("Keys · Article list");
    s.type_keys("\x1b");
    s.wait_until("help to close", |screen| !screen.contains("Keys ·"));
    s.type_keys("a");
    s.wait_for("Actors");
    // Oekraïne, Rusland, NAVO, Jens Stoltenberg: the fourth actor.
    s.type_keys("jjj\r");
    s.wait_for("Articles 4/5 · Jens Stoltenberg");
    // Back to the actors the filter was chosen in, to the list, the filter cleared, then quit.
    s.type_keys("q");
    s.wait_for("Actors ·");
    s.type_keys("q");
    s.wait_for("Articles 4/5");
    s.type_keys("q");
    s.wait_for("Articles 5");
    s.type_keys("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.signal(Signal::SIGTERM);
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn sighup_and_sigint_restore_the_terminal() {
    for signal in [Signal::SIGHUP, Signal::SIGINT] {
        let mut s = Session::start(&[], &[]);
        s.wait_for("Articles 5");
        s.signal(signal);
        s.wait_exit();
        s.assert_restored();
    }
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut s = Session::start(&[], &[("KRONIEK_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
}

/// The state letter of process `pid` (`R`, `S`, `T` for stopped…) and the processor time it has
/// used, in clock ticks, from `/proc/<pid>/stat`.
fn process_stat(pid: u32) -> (char, u64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/<pid>/stat");
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')').expect("a command name") + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields[0].chars().next().expect("a state");
    let ticks = |i: usize| fields[i].parse::<u64>().expect("a number of ticks");
    // utime and stime, the 14th and 15th fields of the line (the 12th and 13th after the name).
    (state, ticks(11) + ticks(12))
}

/// Issue #15, item 13: a signal that comes while the reader's main thread is stuck ends it through
/// the watchdog, which gives the terminal back first.
#[test]
fn the_watchdog_restores_the_terminal_when_the_reader_is_stuck() {
    // The main thread never comes back to its loop after the first frame, as one blocked in the
    // kernel would (the bookmarks' lock and every file read no longer block it).
    let mut s = Session::start(&[], &[("KRONIEK_TEST_STUCK", "1")]);
    s.wait_for("Articles 5");
    s.signal(Signal::SIGTERM);
    let status = s.wait_exit();
    assert!(!status.success(), "ended by the watchdog");
    s.assert_restored();
}

/// Issue #15, item 15: nothing is drawn when nothing happens. An open note editor holding a
/// note of one long line makes a frame expensive enough that drawing on a timer shows in the
/// processor time; an idle reader's processor time (nearly) stands still.
#[test]
fn an_idle_reader_draws_nothing_and_uses_no_processor_time() {
    let data = tempfile::tempdir().unwrap();
    // One line of a megabyte: the editor looks at all of a line it shows.
    let words = "Een lange notitie met heel veel woorden op een regel, om te tekenen. ";
    let note = words.repeat(1_000_000 / words.len());
    let file = serde_json::json!({"version": 1, "bookmarks": [{
        "id": "804cc0d23b0fa630",
        "article": "000_46525a48ac51a0ee",
        "article_title": "Rusland moet zijn troepenmacht aan de oostgrens van Oekraïne terugtrekken",
        "date": "2021-04",
        "text": "Het is de grootste Russische troepenopbouw sinds de illegale annexatie van de Krim in 2014",
        "speaker": "Jens Stoltenberg",
        "note": note,
        "created": "2026-11-22T18:30:05Z",
        "updated": "2026-11-22T18:31:06Z"
    }]});
    std::fs::write(
        data.path().join("bookmarks.json"),
        serde_json::to_vec(&file).unwrap(),
    )
    .unwrap();
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("B");
    s.wait_for("Bookmarks 1");
    s.type_keys("e");
    s.wait_for("Ctrl-s save · Esc close");
    let pid = s.child.process_id().expect("a pid");
    // Let the last key's frame be drawn, then measure an idle interval.
    std::thread::sleep(Duration::from_millis(500));
    let (_, before) = process_stat(pid);
    let idle = Duration::from_secs(2);
    std::thread::sleep(idle);
    let (_, after) = process_stat(pid);
    // SAFETY: sysconf only reads a constant of the system.
    let ticks_per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
    let used = after - before;
    let allowed = ticks_per_second * idle.as_secs() / 20;
    assert!(
        used <= allowed,
        "an idle reader used {used} ticks of processor time in {idle:?} (allowed {allowed})"
    );
    // The note is still there to save: Esc closes the unchanged editor.
    s.type_keys("\x1b");
    s.wait_until("the editor to close", |screen| {
        !screen.contains("Ctrl-s save · Esc close")
    });
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
}

/// Runs kroniek under a shell with job control, as a user does: the two times the reader stops,
/// the shell says `[stopped]` and waits for a line; Enter continues the reader with `fg`. (Not a
/// loop: bash leaves a loop when a job in it stops.)
fn start_under_job_control() -> Session {
    let again = r#"echo "[stopped]"; read line; fg"#;
    let script = format!(r#"set -m; "$@"; {again}; {again}"#);
    let launcher: Vec<String> = ["bash", "-c", &script, "bash"].map(String::from).to_vec();
    Session::launch(&launcher, None, &[], &[])
}

/// The pid of the kroniek under the job-control shell.
fn reader_under(s: &Session) -> Pid {
    let shell = s.child.process_id().expect("a pid");
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        let children =
            std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
        if let Some(pid) = children.split_whitespace().next() {
            return Pid::from_raw(pid.parse().unwrap());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the shell started no kroniek");
}

/// Issue #15, item 12: Ctrl-z and SIGTSTP give the terminal back and stop the reader; `fg`
/// (SIGCONT) takes the terminal again and draws everything.
#[test]
fn ctrl_z_and_sigtstp_suspend_and_fg_redraws() {
    if std::process::Command::new("bash")
        .arg("-c")
        .arg("true")
        .status()
        .is_err()
    {
        eprintln!("bash is not available: suspend case not run");
        return;
    }
    let mut s = start_under_job_control();
    s.wait_for("Articles 5");
    let reader = reader_under(&s);
    for (round, suspend) in ["ctrl-z", "SIGTSTP"].into_iter().enumerate() {
        match suspend {
            "ctrl-z" => s.type_keys("\x1a"),
            _ => kill(reader, Signal::SIGTSTP).expect("SIGTSTP sent"),
        }
        // The shell speaks on the main screen, in the terminal's own modes.
        s.wait_until("the shell to say the reader stopped", |screen| {
            screen.matches("[stopped]").count() > round
        });
        assert_eq!(
            process_stat(reader.as_raw() as u32).0,
            'T',
            "{suspend}: the reader is stopped"
        );
        s.assert_restored();
        // Continue it: the whole screen is drawn again, in raw mode.
        s.type_keys("\n");
        s.wait_until("the reader drawn again", |screen| {
            screen.contains("Articles 5") && !screen.contains("[stopped]")
        });
        {
            let parser = s.parser.lock().unwrap();
            assert!(
                parser.screen().alternate_screen(),
                "{suspend}: alternate screen"
            );
        }
        let termios = s.master.get_termios().expect("the terminal's modes");
        assert!(
            !termios.local_flags.contains(LocalFlags::ICANON),
            "{suspend}: raw mode again"
        );
        // And it reads keys as before.
        s.type_keys("t");
        s.wait_for("Timeline");
        s.type_keys("q");
        s.wait_until("the timeline to close", |screen| {
            !screen.contains("Timeline")
        });
    }
    s.type_keys("\x03");
    s.wait_exit();
    s.assert_restored();
}

/// The bookmarks file of a data directory, parsed.
fn bookmarks_in(data: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(data.join("bookmarks.json")).expect("bookmarks.json");
    serde_json::from_str(&text).expect("bookmarks.json parses")
}

/// Issue #15, item 14: Ctrl-c quits from the note editor too, and the note typed is saved, not
/// lost.
#[test]
fn ctrl_c_in_the_note_editor_saves_the_note_and_quits() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("\r]b");
    s.wait_for("bookmarked");
    s.type_keys("e");
    s.wait_for("Ctrl-s save · Esc close");
    s.type_keys("Getypt en niet verloren");
    s.wait_for("Getypt en niet verloren");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let file = bookmarks_in(s.data.path());
    assert_eq!(
        file["bookmarks"][0]["note"], "Getypt en niet verloren",
        "the note is saved: {file:#}"
    );
}

/// Issue #15, item 14: Ctrl-c quits from a question too, answering no: the bookmark it asked to
/// delete is kept.
#[test]
fn ctrl_c_in_a_question_quits_and_deletes_nothing() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("\r]b");
    s.wait_for("bookmarked");
    s.type_keys("B");
    s.wait_for("Bookmarks 1");
    s.type_keys("d");
    s.wait_for("y yes");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let file = bookmarks_in(s.data.path());
    assert_eq!(
        file["bookmarks"].as_array().map(Vec::len),
        Some(1),
        "the bookmark is kept: {file:#}"
    );
}

#[test]
fn without_a_terminal_the_reader_exits_with_a_clear_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bookmark_survives_a_restart_with_its_speaker() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("\r");
    s.type_keys("]");
    s.wait_for("❝ 1/5 Jens Stoltenberg");
    s.type_keys("b");
    s.wait_for("bookmarked");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    s.assert_restored();

    let data = s.into_data();
    let mut again = Session::start_in(Some(data), &[], &[]);
    again.wait_for("Articles 5");
    again.wait_for("★1");
    again.type_keys("B");
    again.wait_for("Bookmarks 1");
    again.wait_for("Jens Stoltenberg — Rusland moet zijn troepenmacht");
    again.wait_for("Het is de grootste Russische troepenopbouw");
    again.type_keys("\r");
    again.wait_for("❝ 1/5 Jens Stoltenberg");
    // Back from a bookmark's article is back to the bookmarks, as browsers go back.
    again.type_keys("q");
    again.wait_for("Bookmarks 1");
    again.type_keys("qq");
    assert!(again.wait_exit().success());
}

/// Bookmarks a quotation in a reader that cannot save: the status line says why (`shown`), the
/// bookmark is kept as unsaved, and quitting asks before dropping it.
fn a_failed_bookmark_is_kept_and_quitting_asks(s: &mut Session, shown: &str) {
    s.wait_for("Articles 5");
    s.type_keys("\r]b");
    s.wait_for(shown);
    s.wait_for("⚠ 1 unsaved");
    s.type_keys("qq");
    s.wait_for("not saved");
    s.wait_for("y yes");
    s.type_keys("y");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn an_unwritable_data_directory_is_shown_and_quitting_asks_first() {
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let data = blocker.path().join("data");
    let mut s = Session::start(&[], &[("KRONIEK_DATA_DIR", data.to_str().unwrap())]);
    a_failed_bookmark_is_kept_and_quitting_asks(&mut s, "NOT SAVED");
}

#[test]
fn a_corrupt_bookmarks_file_is_moved_aside_and_the_backup_offered() {
    let data = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string("tests/fixtures/bookmarks.json").unwrap();
    std::fs::write(data.path().join("bookmarks.json.bak"), &good).unwrap();
    std::fs::write(
        data.path().join("bookmarks.json"),
        "{\"version\": 1, \"bookm",
    )
    .unwrap();
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("last good copy (3 bookmarks");
    s.type_keys("y");
    s.wait_for("bookmarks restored");
    s.type_keys("B");
    s.wait_for("Bookmarks 3");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    let aside = std::fs::read_dir(s.data.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("bookmarks.json.corrupt-")
        })
        .expect("the corrupt file is kept");
    assert_eq!(
        std::fs::read_to_string(aside.path()).unwrap(),
        "{\"version\": 1, \"bookm"
    );
}

#[test]
fn a_bookmarks_file_from_a_newer_version_is_read_and_not_written() {
    let data = tempfile::tempdir().unwrap();
    let future = std::fs::read_to_string("tests/fixtures/bookmarks.json")
        .unwrap()
        .replace("\"version\": 1", "\"version\": 9");
    std::fs::write(data.path().join("bookmarks.json"), &future).unwrap();
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("newer kroniek");
    s.type_keys("\r]]b");
    s.wait_for("NOT SAVED");
    s.type_keys("qqy");
    s.wait_exit();
    assert_eq!(
        std::fs::read_to_string(s.data.path().join("bookmarks.json")).unwrap(),
        future
    );
}

#[test]
fn killing_the_reader_while_it_saves_never_leaves_a_broken_file() {
    let data = tempfile::tempdir().unwrap();
    let mut data = Some(data);
    for round in 0..6u64 {
        let s = Session::start_in(data.take(), &[], &[]);
        s.wait_for("Articles 5");
        let mut s = s;
        // Bookmark a different quote each round, and kill at once, mid-save or just after.
        let quotes = "]".repeat(1 + (round as usize % 5));
        s.type_keys(&format!("\r{quotes}"));
        s.writer.write_all(b"b").unwrap();
        s.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(round * 3));
        s.signal(Signal::SIGKILL);
        s.wait_exit();
        let file = s.data.path().join("bookmarks.json");
        if file.exists() {
            let text = std::fs::read_to_string(&file).unwrap();
            serde_json::from_str::<serde_json::Value>(&text)
                .expect("bookmarks.json parses after kill -9");
        }
        data = Some(s.into_data());
    }
}

#[test]
fn a_read_only_data_directory_as_an_ordinary_user_is_shown_and_nothing_is_lost_silently() {
    use std::os::unix::fs::PermissionsExt;
    let launcher = match as_nobody() {
        Ok(launcher) => launcher,
        Err(why) => {
            eprintln!("read-only data directory as non-root not run: {why}");
            return;
        }
    };
    let data = tempfile::tempdir().unwrap();
    std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let home = tempfile::tempdir().unwrap();
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut s = Session::launch(
        &launcher,
        Some(data),
        &[],
        &[("HOME", home.path().to_str().unwrap())],
    );
    a_failed_bookmark_is_kept_and_quitting_asks(&mut s, "NOT SAVED (permission denied");
    assert!(!s.data.path().join("bookmarks.json").exists());
}

/// Runs kroniek with its data directory on a full 8 KiB tmpfs, mounted in a mount namespace of
/// its own (so nothing is left mounted), when this machine lets the test mount one.
fn on_a_full_disk(data: &std::path::Path) -> Result<Vec<String>, String> {
    let script = r#"mount -t tmpfs -o size=8k kroniek-full "$1" && head -c 8192 /dev/zero > "$1/fill" 2>/dev/null; shift; exec "$@""#;
    let launcher: Vec<String> = vec![
        "unshare".into(),
        "-m".into(),
        "sh".into(),
        "-c".into(),
        script.into(),
        "sh".into(),
        data.to_string_lossy().into_owned(),
    ];
    let probe = std::process::Command::new("unshare")
        .args([
            "-m",
            "sh",
            "-c",
            r#"mount -t tmpfs -o size=8k kroniek-probe "$0""#,
        ])
        .arg(data)
        .output();
    match probe {
        Ok(out) if out.status.success() => Ok(launcher),
        Ok(out) => Err(format!(
            "cannot mount a small tmpfs here: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Err(format!("unshare is not available: {e}")),
    }
}

#[test]
fn a_full_disk_is_shown_kept_in_memory_and_quitting_asks_first() {
    let data = tempfile::tempdir().unwrap();
    let launcher = match on_a_full_disk(data.path()) {
        Ok(launcher) => launcher,
        Err(why) => {
            eprintln!(
                "real full-disk case not run (the simulated one in tests/bookmarks.rs is): {why}"
            );
            return;
        }
    };
    let mut s = Session::launch(&launcher, Some(data), &[], &[]);
    a_failed_bookmark_is_kept_and_quitting_asks(&mut s, "NOT SAVED (the disk is full");
}

impl Drop for Session {
    /// A test that fails half-way leaves no reader running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// A data directory whose config (in `XDG_CONFIG_HOME`, as the sessions set it) is `config`.
fn with_config(config: &str) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("config").join("kroniek");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), config).unwrap();
    data
}

#[test]
fn keys_from_the_config_file_work_and_help_shows_them() {
    let data = with_config("[keys]\nquit = \"x\"\nhelp = [\"h\", \"f1\"]\n");
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("h");
    s.wait_for("Keys · Article list");
    s.wait_for("h F1");
    s.type_keys("G");
    s.wait_until("x bound to quit in help", |screen| {
        screen
            .lines()
            .any(|l| l.contains("│x ") && l.contains(" quit "))
    });
    s.type_keys("\x1b");
    s.type_keys("x");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn an_invalid_config_file_stops_the_reader_before_it_starts() {
    let data = with_config("[keys]\nquit = \"ctrl-\"\n");
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("line 2");
    s.wait_for("unknown key");
    assert_eq!(s.wait_exit().exit_code(), 2);
}

/// The id in the article pane's title, as `┌ 002_5445485583bac3ad ─`.
fn article_shown(screen: &str) -> Option<String> {
    let first = screen.lines().next()?;
    let title = first.split('┌').nth(2)?;
    Some(
        title
            .trim_matches(|c: char| c == ' ' || c == '─')
            .to_owned(),
    )
}

#[test]
fn the_reader_comes_back_to_the_article_and_the_read_marks() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("jj\r");
    // Opened: the third article is read (a machine under load may take a while to draw it).
    s.wait_for("✓");
    s.type_keys("\x04");
    let screen = s.screen();
    let shown = article_shown(&screen).expect("an article is shown");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    assert!(s.data.path().join("state").join("state.json").exists());

    let mut again = Session::start_in(Some(s.into_data()), &[], &[]);
    again.wait_for("Articles 5");
    // The place is put back once the corpus is loaded: waited for, not read at the first frame.
    again.wait_until(&format!("the article {shown} shown again"), |screen| {
        article_shown(screen).as_deref() == Some(shown.as_str())
    });
    let screen = again.screen();
    assert!(screen.contains("✓"), "read mark kept:\n{screen}");
    // The article pane has the keys again: `]` selects a quotation.
    again.type_keys("]");
    again.wait_for("❝ 1/");
    again.type_keys("\x03");
    assert!(again.wait_exit().success());
}

/// Issue #18, item 3: `Q` lists every quotation, `/` narrows them by text or speaker, Enter opens
/// the article at the quotation (selected and scrolled to), `b` bookmarks it there, and back
/// returns to the quotations, the bookmarked one starred.
#[test]
fn q_lists_every_quotation_filters_opens_one_and_bookmarks_it() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("Q");
    s.wait_for("Quotations 40");
    s.wait_for("Enter open  b bookmark");
    // A word of the speaker's name and one of the quotation, in another case and without accents.
    s.type_keys("/TRUSS minister");
    s.wait_for("Quotations 1/40 · /TRUSS minister");
    s.wait_for(" 1 of 40 ");
    s.type_keys("\r");
    s.wait_for("1 quotation");
    s.type_keys("\r");
    s.wait_for("Liz Truss: “Minister Lavrov vertelde me vandaag");
    s.wait_until("the quotation scrolled into view", |screen| {
        screen
            .lines()
            .skip(4)
            .take(34)
            .any(|l| l.contains("Minister Lavrov vertelde"))
    });
    s.type_keys("b");
    s.wait_for("bookmarked");
    // Back to the quotations, filtered as they were, the bookmarked one starred.
    s.type_keys("q");
    s.wait_for("Quotations 1/40 · /TRUSS minister");
    s.wait_for("★ 2022-02");
    // Esc clears the filter, then goes back to the list.
    s.type_keys("\x1b");
    s.wait_for("Quotations 40 ");
    s.type_keys("\x1b");
    s.wait_for("Articles 5");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let file = bookmarks_in(s.data.path());
    let bookmark = &file["bookmarks"][0];
    assert_eq!(bookmark["speaker"], "Liz Truss", "{file:#}");
    assert!(
        bookmark["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Minister Lavrov vertelde me vandaag")),
        "{file:#}"
    );
}

/// Issue #18, item 21: the timeline comes back on the period selected, not on the first.
#[test]
fn the_timeline_comes_back_on_its_selected_period() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("t");
    s.wait_for("── 2021-04 · 1 article");
    s.type_keys("jjjjjjjjjj");
    s.wait_for("── 2022-02 · 2 articles");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());

    let mut again = Session::start_in(Some(s.into_data()), &[], &[]);
    again.wait_for("Timeline");
    again.wait_for("── 2022-02 · 2 articles");
    again.type_keys("\x03");
    assert!(again.wait_exit().success());
}

#[test]
fn a_click_selects_a_row_and_the_wheel_scrolls_the_article() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    let before = article_shown(&s.screen()).unwrap();
    // SGR mouse reports (1-based): press and release at column 6, row 6 = the third article.
    s.type_keys("\x1b[<0;6;6M\x1b[<0;6;6m");
    s.wait_until("another article shown", |screen| {
        article_shown(screen).is_some_and(|a| a != before)
    });
    let third = article_shown(&s.screen()).unwrap();
    {
        let parser = s.parser.lock().unwrap();
        // The selection's own background (#18 item 12), not reverse video.
        assert_ne!(
            parser.screen().cell(5, 3).unwrap().bgcolor(),
            vt100::Color::Default,
            "row selected"
        );
    }
    // The wheel over the article pane scrolls it; the list stays.
    // A row of the body, below the header (whose title and source may wrap).
    let top = s.screen().lines().nth(10).unwrap().to_owned();
    s.type_keys("\x1b[<65;80;10M");
    s.wait_until("the article scrolled", |screen| {
        screen.lines().nth(10).is_some_and(|l| l != top)
    });
    assert_eq!(article_shown(&s.screen()).unwrap(), third);
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(raw.contains("\x1b[?1000l"), "the mouse is given back");
}

#[test]
fn logging_goes_to_a_file_only_when_asked_and_never_to_the_screen() {
    let mut s = Session::start(&[], &[("KRONIEK_LOG", "debug")]);
    s.wait_for("Articles 5");
    s.type_keys("\r]b");
    s.wait_for("bookmarked");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(
        !raw.contains("INFO") && !raw.contains("DEBUG"),
        "no log on the terminal"
    );
    let log = std::fs::read_to_string(s.data.path().join("state").join("kroniek.log"))
        .expect("a log file");
    assert!(log.contains("INFO"), "{log}");
    assert!(log.contains("remembered the place"), "{log}");

    let mut quiet = Session::start(&[], &[]);
    quiet.wait_for("Articles 5");
    quiet.type_keys("qq");
    assert!(quiet.wait_exit().success());
    assert!(!quiet.data.path().join("state").join("kroniek.log").exists());
}

#[test]
fn closing_the_terminal_ends_the_reader() {
    // tmux gives a terminal whose far end can be closed for real, as closing a window does.
    let socket = format!("kroniek-test-{}", std::process::id());
    let tmux = |args: &[&str]| {
        std::process::Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
    };
    let data = tempfile::tempdir().unwrap();
    let command = format!(
        "env KRONIEK_DATA_DIR={0} KRONIEK_STATE_DIR={0}/state XDG_CONFIG_HOME={0}/config {1}",
        data.path().display(),
        env!("CARGO_BIN_EXE_kroniek")
    );
    match tmux(&[
        "new-session",
        "-d",
        "-s",
        "k",
        "-x",
        "100",
        "-y",
        "30",
        &command,
    ]) {
        Ok(out) if out.status.success() => {}
        other => {
            eprintln!("tmux is not available ({other:?}): closing-the-terminal case not run");
            return;
        }
    }
    let pid = {
        let out = tmux(&["list-panes", "-t", "k", "-F", "#{pane_pid}"]).unwrap();
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse::<i32>()
            .unwrap()
    };
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        let out = tmux(&["capture-pane", "-t", "k", "-p"]).unwrap();
        if String::from_utf8_lossy(&out.stdout).contains("Articles 5") {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&["kill-server"]).unwrap();
    let alive = || kill(Pid::from_raw(pid), None).is_ok();
    let start = Instant::now();
    while alive() && start.elapsed() < PATIENCE {
        std::thread::sleep(Duration::from_millis(50));
    }
    if alive() {
        let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
        panic!("kroniek kept running after its terminal closed");
    }
}

// ---- Issue #15: the last good copy, a stale list, blocking files, the lock ------------------

/// Every bookmark id held by a parseable bookmarks file (the file, its backups, anything kept)
/// in `dir`.
fn ids_in_any_file(dir: &std::path::Path) -> Vec<String> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        if !entry
            .file_name()
            .to_string_lossy()
            .starts_with("bookmarks.json")
        {
            continue;
        }
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        if let Ok(file) = serde_json::from_slice::<serde_json::Value>(&bytes)
            && let Some(list) = file["bookmarks"].as_array()
        {
            ids.extend(
                list.iter()
                    .filter_map(|b| b["id"].as_str().map(str::to_owned)),
            );
        }
    }
    ids
}

/// The ids in `bookmarks.json` of `dir`.
fn ids_in_the_file(dir: &std::path::Path) -> Vec<String> {
    let bytes = std::fs::read(dir.join("bookmarks.json")).expect("bookmarks.json");
    let file: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    file["bookmarks"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|b| b["id"].as_str().map(str::to_owned))
        .collect()
}

/// A data directory whose `bookmarks.json` is the fixture (three bookmarks, the first of them
/// the first quotation of the first built-in article).
fn with_fixture_bookmarks() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/bookmarks.json",
        data.path().join("bookmarks.json"),
    )
    .unwrap();
    data
}

/// `kroniek bookmarks remove ID` on `data`, as another shell would run it.
fn remove_elsewhere(data: &std::path::Path, id: &str) {
    let out = common::kroniek_command()
        .args(["bookmarks", "remove", id, "--data-dir"])
        .arg(data)
        .output()
        .expect("kroniek runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The id of the first quotation of the first built-in article (as the fixture has it).
const FIRST_QUOTE: &str = "804cc0d23b0fa630";

#[test]
fn declining_the_restore_and_bookmarking_twice_keeps_the_last_good_copy() {
    let data = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/bookmarks.json",
        data.path().join("bookmarks.json.bak"),
    )
    .unwrap();
    let before = ids_in_any_file(data.path());
    std::fs::write(
        data.path().join("bookmarks.json"),
        "{\"version\": 1, \"bookm",
    )
    .unwrap();
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("last good copy (3 bookmarks");
    s.type_keys("n");
    s.wait_for("not restored");
    s.type_keys("\r]");
    s.wait_for("❝ 1/5");
    s.type_keys("b");
    s.wait_for("bookmarked; e adds a note");
    s.type_keys("]");
    s.wait_for("❝ 2/5");
    s.type_keys("b");
    // The second save would have copied the one-bookmark file over the backup: it is kept, and
    // the reader says where.
    s.wait_for("backup kept as");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    let after = ids_in_any_file(s.data.path());
    for id in &before {
        assert!(after.contains(id), "{id} is in no file: {after:?}");
    }
    // The next reader offers it again.
    let mut again = Session::start_in(Some(s.into_data()), &[], &[]);
    again.wait_for("last good copy (2 bookmarks");
    again.type_keys("y");
    again.wait_for("bookmarks restored from");
    again.type_keys("B");
    again.wait_for("Bookmarks 4");
    again.type_keys("qq");
    assert!(again.wait_exit().success());
}

#[test]
fn b_on_a_bookmark_removed_by_another_kroniek_bookmarks_it_again() {
    let mut s = Session::start_in(Some(with_fixture_bookmarks()), &[], &[]);
    s.wait_for("Articles 5");
    s.wait_for("★1");
    remove_elsewhere(s.data.path(), FIRST_QUOTE);
    s.type_keys("\r]");
    s.wait_for("❝ 1/5");
    s.type_keys("b");
    s.wait_until("the bookmark written again", |screen| {
        screen.contains("bookmarked; e adds a note") || screen.contains("already bookmarked")
    });
    assert!(
        !s.screen().contains("already bookmarked"),
        "the file has no such bookmark:\n{}",
        s.screen()
    );
    assert!(ids_in_the_file(s.data.path()).contains(&FIRST_QUOTE.to_owned()));
    s.type_keys("qq");
    assert!(s.wait_exit().success());
}

#[test]
fn a_note_to_a_bookmark_removed_by_another_kroniek_is_not_called_saved() {
    let mut s = Session::start_in(Some(with_fixture_bookmarks()), &[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("\r]");
    s.wait_for("❝ 1/5");
    remove_elsewhere(s.data.path(), FIRST_QUOTE);
    s.type_keys("e");
    s.wait_for("Ctrl-s");
    s.type_keys(" Nog een regel.");
    s.type_keys("\x13");
    s.wait_until("what became of the note", |screen| {
        screen.contains("note saved") || screen.contains("note NOT saved")
    });
    let screen = s.screen();
    assert!(
        screen.contains("note NOT saved: the bookmark is no longer in"),
        "{screen}"
    );
    assert!(!screen.contains("note saved"), "{screen}");
    assert!(!ids_in_the_file(s.data.path()).contains(&FIRST_QUOTE.to_owned()));
    s.type_keys("qq");
    assert!(s.wait_exit().success());
}

#[test]
fn waiting_for_another_kroniek_s_lock_keeps_the_reader_drawing_and_taking_keys() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    let lock = std::fs::File::create(s.data.path().join("bookmarks.json.lock")).unwrap();
    lock.lock().expect("the test holds the bookmarks lock");
    s.type_keys("\r]");
    s.wait_for("❝ 1/5");
    s.type_keys("b");
    s.wait_for("waiting for another kroniek to finish saving…");
    // Keys still work while it waits: the bookmarks view opens, with the queued bookmark.
    s.type_keys("B");
    s.wait_for("Bookmarks 1");
    s.wait_for("⚠ 1 unsaved");
    // The other kroniek finishes: the queued bookmark is written, and the reader says so.
    drop(lock);
    s.wait_for("bookmarked; e adds a note");
    assert_eq!(ids_in_the_file(s.data.path()), vec![FIRST_QUOTE.to_owned()]);
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
}

#[test]
fn a_fifo_as_the_state_file_or_the_bookmarks_file_never_hangs_the_reader() {
    use std::os::unix::ffi::OsStrExt;
    let data = tempfile::tempdir().unwrap();
    let state = data.path().join("state");
    std::fs::create_dir_all(&state).unwrap();
    for path in [state.join("state.json"), data.path().join("bookmarks.json")] {
        let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path and a mode.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    }
    let mut s = Session::start_in(Some(data), &[], &[]);
    s.wait_for("Articles 5");
    s.wait_for("not a regular file");
    // A bookmark cannot be saved to a FIFO: said, and quitting asks; nothing hangs.
    s.type_keys("\r]b");
    s.wait_for("NOT SAVED");
    s.type_keys("qq");
    s.wait_for("y yes");
    s.type_keys("y");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Issue #15, item 10, on the screen: a corpus whose title, body, actor names and a warning hold
/// escape sequences, C1 and bidi controls, and a bookmarks file holding them in every field, are
/// read, browsed and edited; the bytes kroniek wrote to the terminal never hold one of them (the
/// only alternate-screen switch is kroniek's own).
#[test]
fn control_bytes_in_the_corpus_and_the_bookmarks_never_reach_the_screen() {
    const PAYLOAD: &str =
        "\u{1b}[?1049h\u{1b}]0;pwned\u{7}\u{9b}31m\u{85}\u{90}x\u{9c}\u{202e}\u{7}\u{1b}c";
    let p = PAYLOAD;
    let corpus = tempfile::tempdir().unwrap();
    let c = corpus.path();
    // A title, a body with a quotation, and actor names (discovered and by their aliases).
    std::fs::write(
        c.join(format!("artikel{p}.txt")),
        format!(
            "Titel{p} van Poetin\n\nPoetin{p} zei: \"Dit is een citaat{p} van mij.\" \
             Zelensky{p} antwoordde dat Anna{p} Jansen{p} het wist.\n"
        ),
    )
    .unwrap();
    // A warning: an impossible date, echoed.
    std::fs::write(
        c.join("b.jsonl"),
        format!(
            "{}\n",
            serde_json::json!({"date": format!("2022-13-45{p}"), "title": format!("Kop{p}"),
                               "body": format!("Tekst{p}.")})
        ),
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut hostile = serde_json::json!({
        "id": format!("{FIRST_QUOTE}{p}"),
        "article": format!("elders{p}"),
        "article_title": format!("Titel{p}"),
        "date": format!("2022-02{p}"),
        "text": format!("Citaat{p}\nregel{p}"),
        "speaker": format!("Spreker{p}"),
        "note": format!("Notitie{p}\n{p}"),
        "created": format!("c{p}"),
        "updated": format!("u{p}"),
    });
    hostile["source"] = serde_json::json!(format!("bron{p}"));
    std::fs::write(
        data.path().join("bookmarks.json"),
        serde_json::json!({"version": 1, "bookmarks": [hostile]}).to_string(),
    )
    .unwrap();
    let path = c.to_str().unwrap();
    let mut s = Session::start_in(Some(data), &[path], &[]);
    s.wait_for("Titel van Poetin");
    // The article, its first quotation, bookmarked.
    s.type_keys("\r");
    s.wait_for("Dit is een citaat van mij");
    s.type_keys("]");
    s.wait_for("Vladimir Poetin");
    s.type_keys("b");
    s.type_keys("\x1b");
    // The actors, the warnings, the timeline.
    s.type_keys("a");
    s.wait_for("Actors");
    s.type_keys("q");
    s.type_keys("w");
    s.wait_for("impossible date");
    s.type_keys("q");
    s.type_keys("t");
    s.wait_for("Timeline");
    s.type_keys("q");
    // Every quotation, its speaker and article, filtered.
    s.type_keys("Q");
    s.wait_for("Quotations 1");
    s.wait_for("Dit is een citaat van mij");
    s.type_keys("/citaat\r");
    s.wait_for("Quotations 1/1 · /citaat");
    s.type_keys("\x1b");
    s.wait_for("Quotations 1 ");
    s.type_keys("q");
    s.wait_for("Titel van Poetin");
    // The bookmarks: the hostile one opened (its article is not loaded) and its note edited.
    s.type_keys("B");
    s.wait_for("Spreker");
    s.type_keys("G");
    s.type_keys("\r");
    s.wait_for("not in the loaded corpus");
    s.type_keys("e");
    s.wait_for("Notitie");
    s.type_keys("!\x13");
    s.wait_for("note saved");
    s.type_keys("\x03");
    s.wait_exit();
    s.assert_restored();

    let raw = s.raw.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&raw);
    assert_eq!(
        text.matches("\u{1b}[?1049h").count(),
        1,
        "only kroniek's own switch to the alternate screen"
    );
    for (what, bad) in [
        ("an OSC string", "\u{1b}]"),
        ("a reset", "\u{1b}c"),
        ("BEL", "\u{7}"),
        ("NUL", "\u{0}"),
        ("a bidi override", "\u{202e}"),
    ] {
        assert!(!text.contains(bad), "the reader wrote {what}");
    }
    let c1: Vec<char> = text
        .chars()
        .filter(|c| ('\u{80}'..='\u{9f}').contains(c))
        .collect();
    assert!(c1.is_empty(), "the reader wrote C1 controls {c1:?}");
}

/// Issue #17's judge: in the Actors view, merge two actors and mark one as not an actor; after a
/// restart both hold, and `actors.toml` beside `config.toml` holds them.
#[test]
fn merging_and_marking_no_actor_hold_after_a_restart_and_in_actors_toml() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("a");
    s.wait_for("Actors · Enter filter · m merge");
    // Kremlin is the ninth actor, Rusland the second (tests/snapshots/…actors_120x40.snap).
    s.type_keys("jjjjjjjj");
    s.type_keys("m");
    s.wait_for("Merge “Kremlin” into");
    s.type_keys("kkkkkkk");
    s.type_keys("\r");
    s.wait_for("merged “Kremlin” into “Rusland”; u undoes");
    s.wait_until("Rusland first with 41 mentions", |screen| {
        screen
            .lines()
            .any(|l| l.contains("Rusland") && l.contains("41 mentions"))
    });
    // Westen is now the tenth; the selection stayed on Rusland, the first.
    s.type_keys("jjjjjjjjj");
    s.type_keys("x");
    s.wait_for("“Westen” is not an actor now");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    s.assert_restored();

    let data = s.into_data();
    let file = data.path().join("config/kroniek/actors.toml");
    let text = std::fs::read_to_string(&file).expect("actors.toml written");
    let parsed: toml::Value = toml::from_str(&text).expect("valid TOML");
    assert_eq!(parsed["ignore"][0].as_str(), Some("Westen"), "{text}");
    let merged = parsed["actor"][0].clone();
    assert_eq!(merged["name"].as_str(), Some("Rusland"), "{text}");
    assert!(
        merged["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a.as_str() == Some("Kremlin")),
        "{text}"
    );

    let mut again = Session::start_in(Some(data), &[], &[]);
    again.wait_for("Articles 5");
    again.type_keys("a");
    again.wait_for("Actors · Enter filter");
    again.wait_until("Rusland with the Kremlin's mentions", |screen| {
        screen
            .lines()
            .any(|l| l.contains("Rusland") && l.contains("41 mentions"))
    });
    let screen = again.screen();
    assert!(!screen.contains("Kremlin"), "{screen}");
    assert!(!screen.contains("Westen"), "{screen}");
    again.type_keys("qq");
    assert!(again.wait_exit().success());
}

#[test]
fn esc_at_the_top_does_nothing_and_only_q_there_quits() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.wait_for("q quit");
    s.type_keys("\r");
    s.wait_for("Esc back");
    s.type_keys("\x1b");
    s.wait_for("q quit");
    // Esc at the top: the reader stays (no question, no exit) and takes keys.
    s.type_keys("\x1b");
    s.type_keys("\x1b");
    s.type_keys("?");
    s.wait_for("Keys · Article list");
    assert!(s.child.try_wait().unwrap().is_none(), "still running");
    s.type_keys("q");
    s.wait_until("help closed", |screen| !screen.contains("Keys ·"));
    s.type_keys("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A corpus of two articles: one with a URL (which carries an escape sequence) and a quotation,
/// one with neither.
fn corpus_with_a_url() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a corpus dir");
    std::fs::write(
        dir.path().join("news.jsonl"),
        concat!(
            r#"{"id": "a1", "date": "2022-02-24", "title": "Rusland valt aan", "#,
            r#""body": "„Dit is een aanval op heel Europa”, zei Zelensky in een toespraak.", "#,
            r#""url": "https://example.org/a1?\u001b]52;c;ZXZpbA==\u0007x"}"#,
            "\n",
            r#"{"id": "b2", "date": "2022-02-25", "title": "Zonder adres", "body": "Geen URL hier."}"#,
            "\n"
        ),
    )
    .expect("write the corpus");
    dir
}

/// The texts the reader put on the clipboard: every OSC 52 payload in its output, decoded.
fn clipboard_writes(s: &Session) -> Vec<String> {
    fn decode(b64: &str) -> Vec<u8> {
        let value = |c: u8| match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            _ => 63,
        };
        let clean: Vec<u8> = b64.bytes().filter(|&c| c != b'=').map(value).collect();
        let mut out = Vec::new();
        for chunk in clean.chunks(4) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &v)| n | u32::from(v) << (18 - 6 * i));
            out.extend(n.to_be_bytes()[1..chunk.len()].iter());
        }
        out
    }
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    raw.split("\x1b]52;c;")
        .skip(1)
        .filter_map(|rest| rest.split_once('\x07'))
        .map(|(payload, _)| String::from_utf8(decode(payload)).expect("UTF-8 on the clipboard"))
        .collect()
}

#[test]
fn y_copies_the_quotation_or_the_url_through_osc_52_sanitised() {
    let corpus = corpus_with_a_url();
    let path = corpus.path().to_str().unwrap().to_owned();
    let mut s = Session::start(&[&path], &[]);
    s.wait_for("Articles 2");
    // In the list: the URL.
    s.type_keys("y");
    s.wait_for("copied the URL to the clipboard");
    // In the article with a quotation selected: the quotation, who said it, title and date.
    s.type_keys("\r]");
    s.wait_for("❝ 1/1");
    s.type_keys("y");
    s.wait_for("copied the quotation to the clipboard");
    // An article with neither: a message, nothing copied.
    s.type_keys("J");
    s.type_keys("y");
    s.wait_for("has no URL");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    let copied = clipboard_writes(&s);
    assert_eq!(copied.len(), 2, "{copied:?}");
    assert!(
        copied[0].starts_with("https://example.org/a1?"),
        "{copied:?}"
    );
    assert_eq!(
        copied[1],
        "“Dit is een aanval op heel Europa”\n— Volodymyr Zelensky, Rusland valt aan, 2022-02-24"
    );
    for text in &copied {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "no control character reaches the clipboard: {text:?}"
        );
    }
}

#[test]
fn o_opens_the_url_with_browser_detached_and_says_when_there_is_none() {
    let corpus = corpus_with_a_url();
    let path = corpus.path().to_str().unwrap().to_owned();
    let opened = corpus.path().join("opened");
    let browser = corpus.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\necho BROWSER-NOISE\necho BROWSER-NOISE >&2\nprintf '%s' \"$1\" > {}\n",
            opened.display()
        ),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut s = Session::start(&[&path], &[("BROWSER", browser.to_str().unwrap())]);
    s.wait_for("Articles 2");
    s.type_keys("o");
    s.wait_for("opening https://example.org/a1");
    let start = Instant::now();
    while !opened.exists() && start.elapsed() < PATIENCE {
        std::thread::sleep(Duration::from_millis(20));
    }
    let url = std::fs::read_to_string(&opened).expect("the browser was started");
    assert!(url.starts_with("https://example.org/a1?"), "{url:?}");
    assert!(
        !s.screen().contains("BROWSER-NOISE"),
        "its output stays off the screen"
    );
    s.type_keys("jo");
    s.wait_for("nothing to open: “Zonder adres” has no URL");
    s.type_keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn o_with_no_opener_says_so() {
    let corpus = corpus_with_a_url();
    let path = corpus.path().to_str().unwrap().to_owned();
    let mut s = Session::start(&[&path], &[("BROWSER", "/no/such/browser")]);
    s.wait_for("Articles 2");
    s.type_keys("o");
    s.wait_for("cannot open the URL with /no/such/browser");
    s.type_keys("q");
    assert!(s.wait_exit().success());
}

/// The actor grid (#19): open it, move to a cell, and Enter shows that cell's articles.
#[test]
fn the_actor_grid_opens_moves_to_a_cell_and_applies_it() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("ts");
    s.wait_for("actor grid · mentions per month");
    // Oekraïne, Rusland, NAVO, Jens Stoltenberg: the fourth row; April 2021 is the first column.
    s.type_keys("jjj");
    // The cell under the cursor in words, in the status line (the screen's last row).
    s.wait_until("the cell in the status line", |screen| {
        screen.lines().last().is_some_and(|l| {
            l.starts_with("Jens Stoltenberg · 2021-04 · 5 mentions in 1 article · 2 quotations")
        })
    });
    s.type_keys("\r");
    s.wait_for("Articles 1/5 · Jens Stoltenberg · 2021-04");
    // The list shows that cell's one article, and no other.
    s.wait_for("Rusland moet zijn troepenmacht");
    assert!(!s.screen().contains("De Amerikaanse minister"));
    // Back one level at a time (to the grid, the list, the filter cleared), then quit.
    s.type_keys("qqqq");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A range of dates (#19): `v` in the timeline, moving extends it, Enter applies it; the list and
/// the status line show only the range until Esc clears it.
#[test]
fn a_range_of_dates_applies_to_the_list_and_esc_clears_it() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    // December 2021 (the ninth month) to February 2022.
    s.type_keys("t");
    s.wait_for("Timeline · articles per month");
    s.type_keys("jjjjjjjj");
    s.type_keys("v");
    s.wait_for("range from 2021-12 · move to extend");
    s.type_keys("jj");
    s.type_keys("\r");
    s.wait_for("Articles 3/5 · 2021-12-01 – 2022-02-28");
    s.wait_until("the range in the status line", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|l| l.contains("2021-12-01 – 2022-02-28 · 3/5"))
    });
    // April 2021's article is out of the range.
    s.wait_for("De Amerikaanse minister van Buitenl");
    assert!(!s.screen().contains("Rusland moet zijn troepenmacht"));
    // Esc clears the range, as the message says; the next goes back to the timeline.
    s.type_keys("\x1b");
    s.wait_for("Articles 5");
    s.wait_for("Rusland moet zijn troepenmacht");
    s.wait_for("range of dates cleared");
    s.wait_until("no range in the status line", |screen| {
        screen
            .lines()
            .last()
            .is_some_and(|l| l.trim_end().ends_with("5 articles"))
    });
    s.type_keys("\x1b");
    s.wait_for("Timeline · articles per month");
    s.type_keys("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A corpus folder of its own, with one article.
fn corpus_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a corpus dir");
    std::fs::write(
        dir.path().join("eerste.txt"),
        "date 2022-01-10 Het eerste bericht over Oekraïne.\n\nRusland zwijgt.\n",
    )
    .unwrap();
    dir
}

/// The corpus stays current (#18 item 4): a file added to the folder the reader opened shows in
/// the list with a message, without a key; a file changed and one removed are said too.
#[test]
fn a_file_added_to_the_folder_shows_in_the_list_with_a_message() {
    let corpus = corpus_folder();
    let path = corpus.path().to_str().expect("a UTF-8 path").to_owned();
    let mut s = Session::start(&[&path], &[]);
    s.wait_for("Articles 1");
    s.wait_for("Het eerste bericht over Oekraïne");
    // Open it and scroll: the reader stays there through the reloads.
    s.type_keys("\r");
    std::fs::write(
        corpus.path().join("tweede.txt"),
        "date 2022-02-24 Het tweede bericht over de NAVO.\n\nDe NAVO vergadert.\n",
    )
    .unwrap();
    s.wait_for("1 new article");
    s.wait_for("Articles 2");
    s.wait_for("Het tweede bericht over de NAVO");
    assert!(
        article_shown(&s.screen()).is_some_and(|t| t.starts_with("eerste ")),
        "the same article stays open:\n{}",
        s.screen()
    );
    std::fs::write(
        corpus.path().join("tweede.txt"),
        "date 2022-02-24 Het tweede bericht, herschreven.\n\nDe NAVO vergadert.\n",
    )
    .unwrap();
    s.wait_for("1 article changed");
    s.wait_for("Het tweede bericht, herschreven");
    std::fs::remove_file(corpus.path().join("tweede.txt")).unwrap();
    s.wait_for("1 article removed");
    s.wait_for("Articles 1");
    s.type_keys("qq");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// `R` reloads by hand: it says when nothing changed, and what did; on the built-in corpus it
/// says there is nothing to reload.
#[test]
fn r_reloads_by_hand_and_says_what_changed() {
    let corpus = corpus_folder();
    let path = corpus.path().to_str().expect("a UTF-8 path").to_owned();
    let mut s = Session::start(&[&path], &[]);
    s.wait_for("Articles 1");
    s.type_keys("R");
    s.wait_for("reloaded: no article changed");
    // A file that cannot be read becomes a warning, as at start.
    std::fs::write(corpus.path().join("leeg.txt"), "").unwrap();
    s.type_keys("R");
    s.wait_for("1 file skipped; w to see why");
    s.type_keys("w");
    s.wait_for("leeg.txt");
    s.type_keys("qq");
    assert!(s.wait_exit().success());

    let mut s = Session::start(&[], &[]);
    s.wait_for("Articles 5");
    s.type_keys("R");
    s.wait_for("the built-in corpus does not change");
    s.type_keys("q");
    assert!(s.wait_exit().success());
}
