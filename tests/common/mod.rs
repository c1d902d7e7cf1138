//! A test harness for the reader: an App over a corpus, keys typed as a person would, and the
//! screen drawn on a TestBackend.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use kroniek::app::{App, handle_key, resize};
use kroniek::bookmarks::store::{BookmarkStore, MemoryStore};
use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self, Progress};
use kroniek::ui::render;
use kroniek::ui::theme::Theme;

pub struct Harness {
    pub app: App,
    pub terminal: Terminal<TestBackend>,
    pub theme: Theme,
}

impl Harness {
    pub fn new(width: u16, height: u16) -> Harness {
        Harness::with_corpus(
            load::load(
                &[],
                Gazetteer::builtin(),
                &Options::default(),
                &Progress::default(),
            ),
            width,
            height,
        )
    }

    pub fn with_corpus(corpus: Corpus, width: u16, height: u16) -> Harness {
        Harness::with_store(corpus, width, height, Box::new(MemoryStore::default()))
    }

    pub fn with_store(
        corpus: Corpus,
        width: u16,
        height: u16,
        store: Box<dyn BookmarkStore + Send>,
    ) -> Harness {
        Harness {
            app: App::new(corpus, Rect::new(0, 0, width, height), store),
            terminal: Terminal::new(TestBackend::new(width, height)).expect("test terminal"),
            theme: Theme::basic(),
        }
    }

    /// Types keys: single characters as themselves, and names in angle brackets:
    /// `<Enter>`, `<Esc>`, `<Tab>`, `<Down>`, `<Up>`, `<PgDn>`, `<PgUp>`, `<C-d>`, `<C-u>`.
    pub fn keys(&mut self, keys: &str) -> &mut Self {
        let mut chars = keys.chars().peekable();
        while let Some(c) = chars.next() {
            let event = if c == '<' && chars.peek().is_some_and(|n| n.is_ascii_alphabetic()) {
                let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
                match name.as_str() {
                    "Enter" => KeyEvent::from(KeyCode::Enter),
                    "Esc" => KeyEvent::from(KeyCode::Esc),
                    "Tab" => KeyEvent::from(KeyCode::Tab),
                    "Down" => KeyEvent::from(KeyCode::Down),
                    "Up" => KeyEvent::from(KeyCode::Up),
                    "Left" => KeyEvent::from(KeyCode::Left),
                    "Right" => KeyEvent::from(KeyCode::Right),
                    "PgDn" => KeyEvent::from(KeyCode::PageDown),
                    "PgUp" => KeyEvent::from(KeyCode::PageUp),
                    "Backspace" => KeyEvent::from(KeyCode::Backspace),
                    "C-d" => KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL),
                    "C-u" => KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
                    "C-c" => KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                    "C-s" => KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
                    other => panic!("unknown key <{other}>"),
                }
            } else if c.is_ascii_uppercase() {
                KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)
            } else {
                KeyEvent::from(KeyCode::Char(c))
            };
            handle_key(&mut self.app, event);
        }
        self
    }

    pub fn resize(&mut self, width: u16, height: u16) -> &mut Self {
        resize(&mut self.app, width, height);
        self.terminal.backend_mut().resize(width, height);
        self
    }

    pub fn draw(&mut self) -> Buffer {
        let (app, theme) = (&self.app, &self.theme);
        self.terminal
            .draw(|frame| render(app, theme, frame))
            .expect("draw")
            .buffer
            .clone()
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    pub fn screen(&mut self) -> String {
        let buffer = self.draw();
        buffer_text(&buffer)
    }
}

pub fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.y..area.y + area.height {
        let mut line = String::new();
        for x in area.x..area.x + area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The position of the first occurrence of `text` in the rendered buffer, as (x, y).
pub fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    find_below(buffer, text, 0)
}

/// Like [`find`], from row `top` down.
pub fn find_below(buffer: &Buffer, text: &str, top: u16) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in area.y + top..area.y + area.height {
        let mut line = String::new();
        let mut xs = Vec::new();
        for x in area.x..area.x + area.width {
            let symbol = buffer[(x, y)].symbol();
            for _ in symbol.chars() {
                xs.push(x);
            }
            line.push_str(symbol);
        }
        if let Some(byte) = line.find(text) {
            let index = line[..byte].chars().count();
            return Some((xs[index], y));
        }
    }
    None
}

#[cfg(unix)]
/// The command that runs a program as the unprivileged user `nobody`, when this test runs as root
/// and `setpriv` can do it; otherwise why not.
pub fn as_nobody() -> Result<Vec<String>, String> {
    if !nix::unistd::geteuid().is_root() {
        return Err("not root: the plain permission tests cover this user".into());
    }
    let launcher: Vec<String> = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ]
    .map(String::from)
    .into();
    let probe = std::process::Command::new(&launcher[0])
        .args(&launcher[1..])
        .arg(env!("CARGO_BIN_EXE_kroniek"))
        .arg("--version")
        .output();
    match probe {
        Ok(out) if out.status.success() => Ok(launcher),
        Ok(out) => Err(format!(
            "nobody cannot run the test binary here: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Err(format!("setpriv is not available: {e}")),
    }
}

/// The kroniek binary, kept from the user's own config, data directory and log.
pub fn kroniek_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kroniek"));
    command
        .env_remove("KRONIEK_DATA_DIR")
        .env_remove("KRONIEK_CONFIG")
        .env_remove("KRONIEK_LOG")
        .env("XDG_CONFIG_HOME", "/nonexistent/kroniek-test-config");
    command
}

/// The quotations `kroniek quotes --json` finds in one article with `text`, written to a file
/// named `file` in a folder of its own.
pub fn quotes_of(file: &str, text: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join(file), text).expect("written");
    json_array(&["quotes", "--json"], dir.path())
}

/// The JSON array a command (`args`, such as `quotes --json`) prints for the corpus at `path`;
/// the command must succeed.
pub fn json_array(args: &[&str], path: &std::path::Path) -> Vec<serde_json::Value> {
    let out = kroniek_command()
        .args(args)
        .arg(path)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .expect("JSON")
        .as_array()
        .expect("an array")
        .clone()
}

/// The speaker of the quotation among `quotes` that starts with `start`.
pub fn speaker_of(quotes: &[serde_json::Value], start: &str) -> serde_json::Value {
    quotes
        .iter()
        .find(|q| q["text"].as_str().is_some_and(|t| t.starts_with(start)))
        .map(|q| q["speaker"].clone())
        .unwrap_or_else(|| panic!("no quotation {start}: {quotes:#?}"))
}

/// The speaker of the quotation whose words are exactly `text` (where another one starts alike:
/// a heading's quotation repeated in a longer one); the quotation must be there.
pub fn speaker_of_exact(quotes: &[serde_json::Value], text: &str) -> serde_json::Value {
    quotes
        .iter()
        .find(|q| q["text"] == text)
        .map(|q| q["speaker"].clone())
        .unwrap_or_else(|| panic!("no quotation {text}: {quotes:#?}"))
}
