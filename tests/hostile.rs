//! A hostile corpus, written by the test itself (so git never mangles an odd byte), run through
//! every command and every view of the reader: bounded time, every good article loaded, every bad
//! file reported with path and reason, the documented exit codes, and not one control character
//! from the corpus in any output.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Harness, buffer_text};
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self, Progress};

/// Good articles the hostile corpus holds (each must load).
const GOOD: &[&str] = &[
    "csi",
    "osc-title",
    "osc8-link",
    "osc52",
    "dcs",
    "unterminated-osc",
    "less-cve",
    "c1-raw",
    "c1-utf8",
    "tabs",
    "bidi-actor",
    "emoji",
    "cjk-wrap",
    "cp1252",
    "bom",
    "utf16le",
    "utf16be",
    "crlf",
    "lone-cr",
    "no-final-newline",
    "no-header",
    "month-13",
    "month-1-digit",
    "zero-date",
    "spaced-header",
    "same-1",
    "same-2",
    "same-3",
    "long-line",
    "named.nieuws",
];
/// Bad files and a word of the reason each must be reported with.
const BAD: &[(&str, &str)] = &[
    ("empty.txt", "empty file"),
    ("blank.txt", "no article text"),
    ("header-only.txt", "no article text"),
    ("nul.txt", "NUL"),
    ("random.txt", "NUL"),
    ("image.txt", "NUL"),
    ("huge.txt", "MiB"),
];

fn write_hostile(dir: &Path) {
    let w = |name: &str, bytes: &[u8]| fs::write(dir.join(name), bytes).unwrap();
    w(
        "csi.txt",
        b"date 2022-01 Titel\x1b[31m rood\x1b[0m en \x1b[2J\x1b[H gewist. Lavrov zei iets.",
    );
    w(
        "osc-title.txt",
        b"date 2022-01 Kop \x1b]0;pwned title\x07 na. Meer tekst.",
    );
    w(
        "osc8-link.txt",
        b"date 2022-01 Een \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ hier.",
    );
    w(
        "osc52.txt",
        b"date 2022-01 Klembord \x1b]52;c;ZXZpbCBjb21tYW5k\x07 weg.",
    );
    w("dcs.txt", b"date 2022-01 Dcs \x1bP+q544e\x1b\\ weg.");
    w(
        "unterminated-osc.txt",
        b"date 2022-01 Open einde. \x1b]0;never closed",
    );
    w(
        "less-cve.txt",
        b"date 2022-01 Feedback \x1b]8;;\x1b0m\x1b[>0q lus.",
    );
    w("c1-raw.txt", b"date 2022-01 Ruw \x9b31m C1 in cp1252.");
    w(
        "c1-utf8.txt",
        "date 2022-01 Utf8 \u{9b}31m C1 en \u{85} NEL.".as_bytes(),
    );
    w("tabs.txt", b"date 2022-01 Met\ttabs\tertussen.");
    w(
        "bidi-actor.txt",
        "date 2022-01 Minister Lav\u{202e}rov en \u{2066}Stoltenberg\u{2069} spraken.".as_bytes(),
    );
    w(
        "emoji.txt",
        "date 2022-01 Familie 👩‍👩‍👧 en vlag 🇺🇦 en ❤️ met variatie. „Tekst met 👍”, zei Zelensky."
            .as_bytes(),
    );
    w(
        "cjk-wrap.txt",
        format!("date 2022-01 {}。", "日本語の新聞記事".repeat(40)).as_bytes(),
    );
    w(
        "cp1252.txt",
        b"date 2022-01 Oekra\xefne \x93citaat\x94, zei Koeleba.",
    );
    w("bom.txt", b"\xEF\xBB\xBFdate 2022-02 Met BOM.");
    let utf16 = |be: bool| {
        let mut out = if be {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in "date 2022-03 UTF-16 Oekraïne.\r\n".encode_utf16() {
            out.extend_from_slice(&if be {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    };
    w("utf16le.txt", &utf16(false));
    w("utf16be.txt", &utf16(true));
    w("crlf.txt", b"date 2022-04 Een.\r\n\r\nTwee.\r\n");
    w("lone-cr.txt", b"date 2022-04 Een.\r\rTwee.");
    w("no-final-newline.txt", b"date 2022-05 Geen einde");
    w("no-header.txt", b"Zonder kop.");
    w("month-13.txt", b"date 2024-13 Onmogelijk.");
    w("month-1-digit.txt", b"date 2024-1 Te kort.");
    w("zero-date.txt", b"date 0000-00 Nul.");
    w(
        "spaced-header.txt",
        b"\n\n   date    2021-04   \n\n  Ruimte.",
    );
    for n in 1..=3 {
        w(&format!("same-{n}.txt"), b"date 2022-06 Dezelfde maand.");
    }
    // A 10 MB single line.
    let mut long = b"date 2022-07 ".to_vec();
    long.extend(std::iter::repeat_n(b"woord ".as_slice(), 10_000_000 / 6).flatten());
    w("long-line.txt", &long);
    w(
        "named.nieuws.txt",
        b"date 2022-08 Een bestand met punten in de naam.",
    );
    // Bad files.
    w("empty.txt", b"");
    w("blank.txt", b"   \n\t\n  ");
    w("header-only.txt", b"date 2022-02\n");
    w("nul.txt", b"date 2022-01 a\0b");
    let mut random = Vec::with_capacity(4096);
    let mut x: u32 = 2463534242;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push(x as u8);
    }
    random[100] = 0;
    w("random.txt", &random);
    w("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let huge = fs::File::create(dir.join("huge.txt")).unwrap();
    huge.set_len(kroniek::corpus::load::MAX_FILE_BYTES + 1)
        .unwrap();
    fs::create_dir(dir.join("x.txt")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(dir.join("loop-a.txt"), dir.join("loop-b.txt")).unwrap();
        symlink(dir.join("loop-b.txt"), dir.join("loop-a.txt")).unwrap();
        let _ = Command::new("mkfifo").arg(dir.join("fifo.txt")).status();
    }
}

fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_hostile(dir.path());
    dir
}

/// Every character a terminal could act on, other than a newline.
fn control_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Runs kroniek with a deadline; returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status.code(), out.join().unwrap(), err.join().unwrap());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kroniek {args:?} did not finish in bounded time");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn every_good_article_loads_and_every_bad_file_is_reported() {
    let dir = hostile_dir();
    let corpus = load::load(
        &[dir.path().to_path_buf()],
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    );
    let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort();
    let mut want: Vec<&str> = GOOD.to_vec();
    want.sort();
    assert_eq!(ids, want);
    for (name, reason) in BAD {
        let warning = corpus
            .warnings
            .iter()
            .find(|w| w.path.ends_with(name))
            .unwrap_or_else(|| panic!("{name} is reported"));
        assert!(
            warning.skipped && warning.reason.contains(reason),
            "{name}: {warning}"
        );
    }
    for link in ["loop-a.txt", "loop-b.txt"] {
        let w = corpus
            .warnings
            .iter()
            .find(|w| w.path.ends_with(link))
            .expect("link loop reported");
        assert!(w.reason.contains("link loop"), "{w}");
    }
    if dir.path().join("fifo.txt").exists() {
        let w = corpus
            .warnings
            .iter()
            .find(|w| w.path.ends_with("fifo.txt"))
            .expect("fifo reported");
        assert!(w.reason.contains("not a regular file"));
    }
    for article in &corpus.articles {
        assert!(
            control_chars(&article.text).is_empty(),
            "{}: {:?}",
            article.id,
            control_chars(&article.text)
        );
        assert!(control_chars(&article.title).is_empty(), "{}", article.id);
    }
    // Same dates keep a stable order by id.
    let same: Vec<&str> = corpus
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .filter(|id| id.starts_with("same-"))
        .collect();
    assert_eq!(same, ["same-1", "same-2", "same-3"]);
    let bidi = corpus
        .articles
        .iter()
        .find(|a| a.id == "bidi-actor")
        .unwrap();
    let names: Vec<&str> = bidi
        .mentions
        .iter()
        .map(|m| corpus.actor_name(m.actor))
        .collect();
    assert_eq!(
        names,
        ["Sergej Lavrov", "Jens Stoltenberg"],
        "bidi controls inside a name are removed before matching"
    );
}

#[test]
fn every_command_is_clean_bounded_and_exits_as_documented() {
    let dir = hostile_dir();
    let path = dir.path().to_str().unwrap();
    for command in ["list", "timeline", "quotes", "actors"] {
        for json in [false, true] {
            let mut args = vec![command, path];
            if json {
                args.push("--json");
            }
            let (code, out, err) = run(&args);
            assert_eq!(code, Some(0), "{args:?}: {err}");
            assert!(
                control_chars(&out).is_empty(),
                "{args:?} stdout: {:?}",
                control_chars(&out)
            );
            assert!(
                control_chars(&err).is_empty(),
                "{args:?} stderr: {:?}",
                control_chars(&err)
            );
            if json {
                serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
            }
            for (name, _) in BAD {
                assert!(
                    err.contains(name),
                    "{args:?}: {name} is warned about on stderr"
                );
            }
        }
    }
    let (code, out, err) = run(&["check", path]);
    assert_eq!(code, Some(1), "some files had problems");
    assert!(control_chars(&out).is_empty() && control_chars(&err).is_empty());
    for (name, reason) in BAD {
        assert!(
            out.lines().any(|l| l.contains(name) && l.contains(reason)),
            "check reports {name}"
        );
    }
    let (list_code, list, _) = run(&["list", "--json", path]);
    assert_eq!(list_code, Some(0));
    let rows: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), GOOD.len());
}

#[test]
fn every_view_of_the_reader_is_clean_at_every_size() {
    let dir = hostile_dir();
    let corpus = load::load(
        &[dir.path().to_path_buf()],
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    );
    let count = corpus.articles.len();
    let mut h = Harness::with_corpus(corpus, 120, 40);
    let check = |h: &mut Harness, what: &str| {
        let screen = buffer_text(&h.draw());
        assert!(
            control_chars(&screen).is_empty(),
            "{what}: {:?}",
            control_chars(&screen)
        );
    };
    // Every article, opened, at the start, at its first quotation and at its end.
    for article in 0..count {
        h.keys("<Esc><Esc>g");
        for _ in 0..article {
            h.keys("j");
        }
        for keys in ["", "<Enter>", "]", "G"] {
            h.keys(keys);
            check(&mut h, &format!("article {article} `{keys}`"));
        }
    }
    // Every view at sizes from large to 1x1.
    let views = ["", "<Enter>", "t", "a", "w", "?", "B", "/oekraine<Enter>n"];
    for (width, height) in [(120, 40), (80, 24), (40, 10), (20, 5), (7, 3), (1, 1)] {
        h.resize(width, height);
        for keys in views {
            h.keys("<Esc><Esc><Esc><Esc>g");
            h.keys(keys);
            check(&mut h, &format!("{width}x{height} `{keys}`"));
        }
    }
}

/// A file name with a tab, DEL and a bidi override: JSON keeps it whole as `\u` escapes (no raw
/// control reaches stdout), tables show it sanitised.
#[test]
fn json_keeps_an_odd_file_name_whole_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "tab\there\u{7f}del\u{202e}x.txt";
    fs::write(
        dir.path().join(name),
        "date 2024-03-05 Een titel\n\nHet regent.\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, out, _) = run(&["list", "--json", path]);
    assert_eq!(code, Some(0));
    assert!(control_chars(&out).is_empty(), "{out:?}");
    assert!(out.contains("\\u007f") && out.contains("\\u202e"), "{out}");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let shown = rows[0]["path"].as_str().unwrap();
    assert!(shown.ends_with(&format!("/{name}")), "{shown:?}");
    let (code, out, _) = run(&["convert", "--to", "jsonl", path]);
    assert_eq!(code, Some(0));
    assert!(control_chars(&out).is_empty(), "{out:?}");
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(row["origin"].as_str().unwrap().ends_with(name), "{out}");
    let (_, table, _) = run(&["list", path]);
    assert!(control_chars(&table).is_empty(), "{table:?}");
}
