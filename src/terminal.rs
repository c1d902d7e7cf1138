//! The terminal as the reader found it, kept so that any thread can give it back, and stopping
//! the process as Ctrl-Z does in a shell. No drawing here: `tui.rs` owns the screen.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::mpsc;
use std::time::Duration;

use crossterm::Command;
use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, raise, sigaction};
use nix::sys::termios::{self, SetArg, Termios};

/// What gives the terminal back from any thread, with none of the locks the main thread may
/// hold (stdout's, crossterm's): the escape sequences that undo the reader's screen, mouse and
/// cursor, written straight to the output's file descriptor, and the terminal's modes as they
/// were before the reader changed them.
pub struct Saved {
    sequence: Vec<u8>,
    out: Option<File>,
    modes: Option<(OwnedFd, Termios)>,
}

impl Saved {
    /// Reads the terminal's modes now: call before the reader takes the terminal.
    pub fn now() -> Saved {
        let mut sequence = String::new();
        let _ = crossterm::event::DisableMouseCapture.write_ansi(&mut sequence);
        let _ = crossterm::terminal::LeaveAlternateScreen.write_ansi(&mut sequence);
        let _ = crossterm::cursor::Show.write_ansi(&mut sequence);
        let out = io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .map(File::from);
        let modes = tty().and_then(|tty| {
            let modes = termios::tcgetattr(&tty).ok()?;
            Some((tty, modes))
        });
        Saved {
            sequence: sequence.into_bytes(),
            out,
            modes,
        }
    }

    /// Gives the terminal back: main screen, mouse released, cursor shown, modes as at start
    /// (line editing, echo, and newlines that return to the first column).
    pub fn restore(&self) {
        if let Some(mut out) = self.out.as_ref() {
            let _ = out.write_all(&self.sequence);
        }
        if let Some((tty, modes)) = &self.modes {
            let _ = termios::tcsetattr(tty, SetArg::TCSANOW, modes);
        }
    }

    /// [`Saved::restore`], on a thread of its own, waiting for it at most `bound`: a terminal
    /// that takes no more output (scrolling stopped, nobody reading) cannot keep the caller.
    pub fn restore_within(self, bound: Duration) {
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            self.restore();
            let _ = done.send(());
        });
        let _ = finished.recv_timeout(bound);
    }
}

/// The terminal whose modes the reader changes: standard input when it is one, else the
/// controlling terminal (as crossterm chooses).
fn tty() -> Option<OwnedFd> {
    if io::stdin().is_terminal() {
        io::stdin().as_fd().try_clone_to_owned().ok()
    } else {
        File::options()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok()
            .map(OwnedFd::from)
    }
}

/// Stops the process as SIGTSTP's own action does, so the shell's job control takes over, and
/// returns once it is continued (`fg`). The reader's handler is set aside meanwhile and put back
/// after. A process that no shell could continue (its process group is orphaned: started
/// straight from a terminal multiplexer or an ssh command line) is not stopped by the system,
/// and this returns at once.
pub fn stop() -> io::Result<()> {
    let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    // SAFETY: the default action runs no code of ours; the handler set aside is signal-hook's,
    // put back exactly as it was.
    let ours = unsafe { sigaction(Signal::SIGTSTP, &default) }?;
    let raised = raise(Signal::SIGTSTP);
    // SAFETY: as above.
    unsafe { sigaction(Signal::SIGTSTP, &ours) }?;
    raised.map_err(io::Error::from)
}
