//! Bytes from disk to safe text: encoding detection, line endings and sanitising.
//!
//! Everything that reaches the rest of kroniek passes through [`decode`], so no escape sequence or
//! control character from a corpus can ever reach a terminal or a JSON consumer.

use std::borrow::Cow;

/// What decoding noticed about a file that the user should know, though the file still loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeNote {
    /// The bytes were not valid UTF-8 and were read as Windows-1252.
    Windows1252,
    /// The file was UTF-16 (with a byte order mark) and was converted.
    Utf16,
    /// Control characters or escape sequences were removed (how many characters).
    Sanitised(usize),
}

/// Why a file could not be decoded at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Contains NUL bytes outside UTF-16: a binary file, not an article.
    Binary,
}

impl std::fmt::Display for DecodeNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeNote::Windows1252 => f.write_str("not valid UTF-8; read as Windows-1252"),
            DecodeNote::Utf16 => f.write_str("UTF-16; converted"),
            DecodeNote::Sanitised(n) => {
                write!(f, "{n} control characters or escape sequence bytes removed")
            }
        }
    }
}

/// Decodes raw file bytes to sanitised text with LF line endings.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Vec<DecodeNote>), DecodeError> {
    let (raw, mut notes) = decode_unsanitised(bytes)?;
    let (clean, removed) = if needs_sanitising(&raw) {
        let (clean, removed) = sanitise(&raw);
        (Cow::Owned(clean), removed)
    } else {
        (raw, 0)
    };
    if removed > 0 {
        notes.push(DecodeNote::Sanitised(removed));
    }
    Ok((clean, notes))
}

fn utf8_or_1252<'a>(
    bytes: &'a [u8],
    notes: &mut Vec<DecodeNote>,
) -> Result<Cow<'a, str>, DecodeError> {
    if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) => {
            notes.push(DecodeNote::Windows1252);
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(text)
        }
    }
}

/// Bytes of one field or line as text: UTF-8, or else Windows-1252 (true when it was). Nothing
/// is sanitised here; fields are sanitised once taken out of their format.
pub fn text_of(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, bool) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), false),
        Err(_) => (encoding_rs::WINDOWS_1252.decode(bytes).0, true),
    }
}

/// Decodes raw file bytes to text without sanitising (for formats whose structure uses tabs or
/// escapes, and whose fields are sanitised one by one). Valid UTF-8 (nearly every file) is
/// borrowed, not copied.
pub fn decode_unsanitised(bytes: &[u8]) -> Result<(Cow<'_, str>, Vec<DecodeNote>), DecodeError> {
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_1252(rest, &mut notes)?
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        notes.push(DecodeNote::Utf16);
        let (text, _) = encoding.decode_without_bom_handling(&bytes[2..]);
        if text.contains('\0') {
            return Err(DecodeError::Binary);
        }
        Cow::Owned(text.into_owned())
    } else {
        utf8_or_1252(bytes, &mut notes)?
    };
    Ok((text, notes))
}

/// True for characters that may never reach a terminal: C0 controls other than newline and tab,
/// DEL, C1 controls, bidi embeddings, overrides and isolates, and a stray BOM.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Whether `text` holds anything [`sanitise`] would change: a fast byte scan, so clean text (almost
/// all of it) is not copied.
pub fn needs_sanitising(text: &str) -> bool {
    let bytes = text.as_bytes();
    // C0 controls but newline, and DEL: a scan the compiler vectorises.
    let controls = bytes.iter().fold(0u8, |any, &b| {
        any | u8::from((b < 0x20 && b != b'\n') || b == 0x7f)
    });
    if controls != 0 {
        return true;
    }
    // The other unsafe characters start with one of three bytes: look only there (memchr).
    let at = |i: usize| bytes.get(i).copied();
    memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).any(|i| match bytes[i] {
        // C1 controls U+0080..U+009F
        0xc2 => at(i + 1).is_some_and(|n| (0x80..=0x9f).contains(&n)),
        // U+202A..U+202E and U+2066..U+2069
        0xe2 => match (at(i + 1), at(i + 2)) {
            (Some(0x80), Some(n)) => (0xaa..=0xae).contains(&n),
            (Some(0x81), Some(n)) => (0xa6..=0xa9).contains(&n),
            _ => false,
        },
        // U+FEFF
        _ => at(i + 1) == Some(0xbb) && at(i + 2) == Some(0xbf),
    })
}

/// Removes escape sequences and unsafe characters, turns CRLF and lone CR into LF and tabs into
/// spaces. Returns the clean text and how many characters were removed.
///
/// Escape sequences are removed whole (not just their ESC), so `ESC[31m` leaves no `[31m` behind:
/// CSI (`ESC [` or U+009B) up to its final byte; OSC, DCS, SOS, PM and APC strings (`ESC ]`,
/// `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms) up to BEL or ST. An unterminated string
/// ends at the end of its line, so one bad byte cannot swallow the rest of an article.
pub fn sanitise(input: &str) -> (String, usize) {
    let mut out = String::with_capacity(input.len());
    let mut removed = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            '\u{1b}' => {
                removed += 1;
                match chars.peek().copied() {
                    Some('[') => {
                        chars.next();
                        removed += 1 + skip_csi(&mut chars);
                    }
                    Some(']' | 'P' | 'X' | '^' | '_') => {
                        chars.next();
                        removed += 1 + skip_string(&mut chars);
                    }
                    Some(next) if ('\u{20}'..='\u{7e}').contains(&next) => {
                        // A two-character escape (ESC 7, ESC c, ESC =, ...).
                        chars.next();
                        removed += 1;
                    }
                    _ => {}
                }
            }
            '\u{9b}' => removed += 1 + skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                removed += 1 + skip_string(&mut chars)
            }
            c if is_unsafe_char(c) => removed += 1,
            c => out.push(c),
        }
    }
    (out, removed)
}

/// Skips the parameter, intermediate and final bytes of a CSI sequence; returns how many.
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    let mut n = 0;
    while let Some(&c) = chars.peek() {
        if ('\u{30}'..='\u{3f}').contains(&c) || ('\u{20}'..='\u{2f}').contains(&c) {
            chars.next();
            n += 1;
        } else {
            if ('\u{40}'..='\u{7e}').contains(&c) {
                chars.next();
                n += 1;
            }
            break;
        }
    }
    n
}

/// Skips a control string up to and including BEL or ST (ESC \ or U+009C), or up to (not
/// including) the end of the line; returns how many characters it skipped.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    let mut n = 0;
    while let Some(&c) = chars.peek() {
        match c {
            '\n' | '\r' => break,
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return n + 1;
            }
            '\u{1b}' => {
                chars.next();
                n += 1;
                if chars.peek() == Some(&'\\') {
                    chars.next();
                    n += 1;
                }
                return n;
            }
            _ => {
                chars.next();
                n += 1;
            }
        }
    }
    n
}

/// Sanitises a single line of outside text (a file name, a title) for display: like [`sanitise`],
/// with newlines also turned into spaces.
pub fn sanitise_line(input: &str) -> String {
    sanitise(input).0.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, notes) = decode(b"\xEF\xBB\xBFdate 2022-02 Hallo").unwrap();
        assert_eq!(text, "date 2022-02 Hallo");
        assert!(notes.is_empty());
    }

    #[test]
    fn utf16_le_and_be_with_bom_are_decoded() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Oekraïne".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().0, "Oekraïne");
        assert_eq!(decode(&be).unwrap().0, "Oekraïne");
        assert_eq!(decode(&be).unwrap().1, vec![DecodeNote::Utf16]);
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252() {
        let (text, notes) = decode(b"Oekra\xefne \x93citaat\x94").unwrap();
        assert_eq!(text, "Oekraïne “citaat”");
        assert_eq!(notes, vec![DecodeNote::Windows1252]);
    }

    #[test]
    fn nul_bytes_make_a_file_binary() {
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Binary));
    }

    #[test]
    fn the_fast_check_agrees_with_sanitising() {
        let cases = [
            "plain Oekraïne „citaat” regio’s",
            "tab\there",
            "cr\r",
            "esc\x1b[0m",
            "del\x7f",
            "c1\u{85}",
            "c1\u{9b}",
            "bidi\u{202e}",
            "isolate\u{2066}",
            "bom\u{feff}",
            "nul\0",
            "ok\u{2019}\u{201e}\u{2033}",
            "\u{a0}nbsp",
            "日本語",
        ];
        for case in cases {
            let changed = sanitise(case).0 != case;
            assert_eq!(needs_sanitising(case), changed, "{case:?}");
        }
    }

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(sanitise("a\r\nb\rc\n").0, "a\nb\nc\n");
    }

    #[test]
    fn tabs_become_spaces() {
        assert_eq!(sanitise("a\tb").0, "a b");
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        let hostile = "red\x1b[31mtext\x1b[0m \x1b]0;title\x07ok \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x1bPdcs\x1b\\end \u{9b}2Jc1";
        let (clean, removed) = sanitise(hostile);
        assert_eq!(clean, "redtext ok link end c1");
        assert!(removed > 0);
    }

    #[test]
    fn unterminated_osc_ends_at_line_end() {
        assert_eq!(sanitise("a\x1b]0;evil\nnext line").0, "a\nnext line");
    }

    #[test]
    fn less_feedback_payload_is_neutralised() {
        let (clean, _) = sanitise("x\x1b]8;;\x1b0m\x1b[>0qy");
        assert!(!clean.chars().any(|c| c.is_control() && c != '\n'));
        assert!(clean.starts_with('x') && clean.ends_with('y'));
    }

    #[test]
    fn bidi_and_c1_controls_are_removed() {
        assert_eq!(
            sanitise("Lav\u{202e}rov\u{2066}x\u{85}y\u{7f}").0,
            "Lavrovxy"
        );
    }
}
