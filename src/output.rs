//! Where kroniek's output leaves the program: stderr through the one sanitiser
//! ([`crate::corpus::decode::sanitise`]), and JSON and TOML with every character the sanitiser
//! would remove written as a `\uXXXX` escape, so the text is kept whole and still inert.
//!
//! Text meant for a terminal (tables, Markdown, messages) is sanitised where it is made; stderr is
//! sanitised once more on its way out, so that no message (a parser's error quoting a config
//! line, a path named in a warning) can carry an escape sequence to the terminal.

use std::io::{self, Write};

use serde::Serialize;

use crate::corpus::decode::{is_unsafe_char, needs_sanitising, sanitise};

/// A writer that passes each line through [`sanitise`] before it reaches `inner`: escape
/// sequences and control characters (but line breaks) never get through. A line is written when
/// its line break arrives, and what is left on [`Write::flush`] and on drop.
pub struct Sanitised<W: Write> {
    inner: W,
    line: Vec<u8>,
}

impl<W: Write> Sanitised<W> {
    pub fn new(inner: W) -> Sanitised<W> {
        Sanitised {
            inner,
            line: Vec::new(),
        }
    }

    /// Writes what is buffered (whole lines, or all of it when `all`).
    fn write_out(&mut self, all: bool) -> io::Result<()> {
        let end = if all {
            self.line.len()
        } else {
            match self.line.iter().rposition(|&b| b == b'\n') {
                Some(i) => i + 1,
                None => return Ok(()),
            }
        };
        if end == 0 {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&self.line[..end]);
        if needs_sanitising(&text) {
            self.inner.write_all(sanitise(&text).0.as_bytes())?;
        } else {
            self.inner.write_all(text.as_bytes())?;
        }
        self.line.drain(..end);
        Ok(())
    }
}

impl<W: Write> Write for Sanitised<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.line.extend_from_slice(buf);
        self.write_out(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_out(true)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Sanitised<W> {
    fn drop(&mut self) {
        // Nothing sensible to do if the stream itself is gone.
        let _ = self.flush();
    }
}

/// kroniek's stderr: every message goes through the sanitiser.
pub fn stderr() -> Sanitised<io::Stderr> {
    Sanitised::new(io::stderr())
}

/// Writes one message line to stderr, sanitised.
pub fn warn(message: std::fmt::Arguments<'_>) {
    let mut err = stderr();
    // Nothing sensible to do if stderr itself is gone.
    let _ = writeln!(err, "{message}");
}

/// serde_json escapes C0 controls; this also escapes what else [`is_unsafe_char`] names (DEL, C1
/// controls, bidi controls, a BOM), so JSON output holds the text whole and never a raw control.
struct Inert<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for Inert<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_unsafe_char(c)) {
            writer.write_all(&rest.as_bytes()[..i])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[i + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout is the inner formatter's.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Writes `value` as pretty JSON (as `serde_json::to_writer_pretty`), every unsafe character
/// escaped.
pub fn json_pretty<W: Write>(out: W, value: &impl Serialize) -> io::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(out, Inert(serde_json::ser::PrettyFormatter::new()));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// Writes `value` as compact JSON (as `serde_json::to_writer`), every unsafe character escaped.
pub fn json_compact<W: Write>(out: W, value: &impl Serialize) -> io::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(out, Inert(serde_json::ser::CompactFormatter));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// `text` as a TOML basic string, with quotes, backslashes, controls and every other unsafe
/// character escaped: the config file kroniek prints reads back as the same value and is inert.
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || is_unsafe_char(c) => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYLOAD: &str = "a\u{1b}[?1049h\u{1b}]0;t\u{7}\u{9b}31m\u{85}\u{202e}\0b";

    #[test]
    fn the_sanitised_writer_removes_sequences_split_over_writes() {
        let mut bytes = Vec::new();
        {
            let mut w = Sanitised::new(&mut bytes);
            for piece in ["x\u{1b}", "]0;title", "\u{7}y\n", "z\u{1b}[", "2J"] {
                w.write_all(piece.as_bytes()).unwrap();
            }
        }
        assert_eq!(String::from_utf8(bytes).unwrap(), "xy\nz");
    }

    #[test]
    fn json_escapes_every_unsafe_character_and_reads_back_the_same() {
        let mut bytes = Vec::new();
        json_pretty(&mut bytes, &vec![PAYLOAD]).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            !text.chars().any(|c| c != '\n' && is_unsafe_char(c)),
            "{text}"
        );
        let back: Vec<String> = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, vec![PAYLOAD.to_owned()]);
    }

    #[test]
    fn a_toml_string_is_inert_and_reads_back_the_same() {
        let quoted = toml_string(&format!("{PAYLOAD}\"\\'"));
        assert!(!quoted.chars().any(is_unsafe_char), "{quoted}");
        let table: toml::Table = format!("v = {quoted}").parse().unwrap();
        assert_eq!(
            table["v"].as_str(),
            Some(format!("{PAYLOAD}\"\\'").as_str())
        );
    }
}
