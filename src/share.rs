//! The terminal side of taking an article out of the reader: the clipboard through OSC 52, which
//! works over ssh and in tmux, and the user's browser started apart from the reader.

use std::process::{Command, Stdio};

use crate::corpus::decode::sanitise;

/// The OSC 52 sequence that puts `text` on the clipboard: the text sanitised as everything from
/// outside is before it reaches the terminal, then base64 (which holds no control byte).
pub fn osc52(text: &str) -> String {
    let (clean, _) = sanitise(text);
    format!("\x1b]52;c;{}\x07", base64(clean.as_bytes()))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The command that opens a URL: `$BROWSER` if set (its first entry, when it lists several
/// with `:`; `%s` stands for the URL, else the URL goes last), else `open` on macOS and
/// `xdg-open` elsewhere.
pub fn opener(browser: Option<&str>, url: &str) -> Vec<String> {
    let browser = browser
        .and_then(|b| b.split(':').map(str::trim).find(|b| !b.is_empty()))
        .map(str::to_owned);
    let command = browser.unwrap_or_else(|| {
        if cfg!(target_os = "macos") {
            "open".to_owned()
        } else {
            "xdg-open".to_owned()
        }
    });
    let mut words: Vec<String> = command.split_whitespace().map(str::to_owned).collect();
    if words.iter().any(|w| w.contains("%s")) {
        for w in &mut words {
            *w = w.replace("%s", url);
        }
    } else {
        words.push(url.to_owned());
    }
    words
}

/// Starts the opener for `url`, detached: no terminal input, its output kept off the screen, in
/// a process group of its own so the reader's keys and signals do not reach it; a thread waits
/// for it so it leaves no zombie. Says why when it cannot be started.
pub fn open(url: &str) -> Result<(), String> {
    // The reader asks only for web URLs; this holds whatever asks.
    if !crate::web_url::is_web_url(url) {
        return Err("not opened: no http or https URL".into());
    }
    let browser = std::env::var("BROWSER").ok();
    let words = opener(browser.as_deref(), url);
    let Some((program, args)) = words.split_first() else {
        return Err("no browser to open it with: set $BROWSER".into());
    };
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    match command.spawn() {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) => Err(format!(
            "cannot open the URL with {program}: {e}; set $BROWSER to your browser"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_the_standard_says() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_clipboard_sequence_carries_no_escape_from_the_text() {
        let sequence = osc52("a\x1b]52;c;evil\x07b\x1b[31m");
        assert_eq!(sequence, format!("\x1b]52;c;{}\x07", base64(b"ab")));
    }

    #[test]
    fn the_opener_is_browser_else_the_system_s() {
        assert_eq!(opener(Some("firefox"), "u"), ["firefox", "u"]);
        assert_eq!(
            opener(Some("lynx -dump %s:w3m"), "u"),
            ["lynx", "-dump", "u"]
        );
        let system = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        assert_eq!(opener(None, "u"), [system, "u"]);
        assert_eq!(opener(Some(""), "u"), [system, "u"]);
    }
}
