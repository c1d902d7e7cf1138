//! Issue #15, "Trust": the bookmark commands and exports given a `bookmarks.json` written by hand,
//! by another machine or by an attacker, run as a user runs them (the real binary).

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::{Value, json};

mod common;

/// A bookmark as the file holds it, with every field kroniek writes.
fn bookmark(id: &str, date: Value, text: &str, note: &str) -> Value {
    json!({
        "id": id,
        "article": "000_46525a48ac51a0ee",
        "article_title": "Een titel",
        "date": date,
        "text": text,
        "speaker": "Jens Stoltenberg",
        "note": note,
        "created": "2026-11-22T18:30:05Z",
        "updated": "2026-11-22T18:31:06Z"
    })
}

/// Writes `bookmarks` as the bookmarks file of the data directory `dir`.
fn write_bookmarks(dir: &Path, bookmarks: &[Value]) {
    let file = json!({"version": 1, "bookmarks": bookmarks});
    fs::write(
        dir.join("bookmarks.json"),
        serde_json::to_vec_pretty(&file).expect("JSON"),
    )
    .expect("write bookmarks.json");
}

/// Runs kroniek with `args` and `--data-dir dir`.
fn kroniek_in(dir: &Path, args: &[&str]) -> Output {
    common::kroniek_command()
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_bookmark_date_that_is_not_ascii_or_not_a_date_never_panics_any_command() {
    let dir = tempfile::tempdir().unwrap();
    let dates = [
        json!("2022-0é"),
        json!("é"),
        json!("2022-éé-01"),
        json!("20"),
        json!(""),
        json!("2022-02-24"),
    ];
    let bookmarks: Vec<Value> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| bookmark(&format!("{i:016x}"), date.clone(), "Citaat", "Notitie"))
        .collect();
    write_bookmarks(dir.path(), &bookmarks);
    let commands: [&[&str]; 5] = [
        &["bookmarks"],
        &["bookmarks", "--json"],
        &["bookmarks", "export", "--format", "md"],
        &["bookmarks", "export", "--format", "csv"],
        &["bookmarks", "export", "--format", "json"],
    ];
    for args in commands {
        let out = kroniek_in(dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}");
    }
    // A date that is not YYYY-MM or YYYY-MM-DD is no date: the bookmark is undated.
    let md = text(&kroniek_in(dir.path(), &["bookmarks", "export", "--format", "md"]).stdout);
    assert!(md.contains("## 2022-02\n"), "{md}");
    assert!(md.contains("## Undated\n"), "{md}");
    assert!(!md.contains("2022-0é"), "{md}");
}

#[test]
fn options_before_the_subcommand_work_as_after_it() {
    let dir = tempfile::tempdir().unwrap();
    write_bookmarks(
        dir.path(),
        &[bookmark("804cc0d23b0fa630", json!("2022-02"), "Citaat", "")],
    );
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| {
        common::kroniek_command()
            .args(args)
            .output()
            .expect("the binary runs")
    };
    for (before, after) in [
        (
            vec!["--data-dir", data, "bookmarks", "--json"],
            vec!["bookmarks", "--json", "--data-dir", data],
        ),
        (
            vec!["--data-dir", data, "bookmarks", "export", "--format", "csv"],
            vec!["bookmarks", "export", "--format", "csv", "--data-dir", data],
        ),
        (
            vec!["--config", "/nonexistent/kroniek.toml", "list", "--json"],
            vec!["list", "--json", "--config", "/nonexistent/kroniek.toml"],
        ),
    ] {
        let (first, second) = (run(&before), run(&after));
        assert_eq!(first.status.code(), second.status.code(), "{before:?}");
        assert_eq!(text(&first.stdout), text(&second.stdout), "{before:?}");
        assert_eq!(text(&first.stderr), text(&second.stderr), "{before:?}");
    }
    let listed: Value =
        serde_json::from_slice(&run(&["--data-dir", data, "bookmarks", "--json"]).stdout)
            .expect("JSON");
    assert_eq!(listed.as_array().map(Vec::len), Some(1));

    // The corpus options too, before the command that reads a corpus.
    let corpus = tempfile::tempdir().unwrap();
    fs::write(
        corpus.path().join("a.csv"),
        "datum,kop,tekst\n2022-02-24,Kop,Een tekst.\n",
    )
    .unwrap();
    let path = corpus.path().to_str().unwrap();
    let columns = "date=datum,title=kop,body=tekst";
    let before = run(&["--columns", columns, "list", "--json", path]);
    let after = run(&["list", "--json", "--columns", columns, path]);
    assert!(after.status.success(), "{}", text(&after.stderr));
    assert_eq!(text(&before.stdout), text(&after.stdout));
    // ... and refused before a command that reads none.
    let refused = run(&["--columns", columns, "bookmarks", "--data-dir", data]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));

    // A PATH still opens the reader (which wants a terminal), options before it or not.
    for args in [
        vec!["--data-dir", data, "seeds"],
        vec!["seeds", "--data-dir", data],
    ] {
        let out = run(&args);
        assert!(
            text(&out.stderr).contains("the reader needs a terminal"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_format_version_beyond_u32_is_reported_as_itself() {
    let dir = tempfile::tempdir().unwrap();
    let file = json!({
        "version": 4_294_967_296_u64,
        "bookmarks": [bookmark("804cc0d23b0fa630", json!("2022-02"), "Citaat", "")],
    });
    fs::write(dir.path().join("bookmarks.json"), file.to_string()).unwrap();
    let out = kroniek_in(dir.path(), &["bookmarks"]);
    let err = text(&out.stderr);
    assert!(err.contains("format version 4294967296"), "{err}");
    // Read only: a remove is refused, and the file is as it was.
    let removed = kroniek_in(dir.path(), &["bookmarks", "remove", "804cc0"]);
    assert_eq!(removed.status.code(), Some(1));
    assert!(text(&removed.stderr).contains("format version 4294967296"));
    let kept: Value =
        serde_json::from_slice(&fs::read(dir.path().join("bookmarks.json")).unwrap()).unwrap();
    assert_eq!(kept["version"], 4_294_967_296_u64);
}

#[test]
fn a_long_note_is_shortened_in_the_table_and_whole_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let note = "notitie ".repeat(20_000);
    write_bookmarks(
        dir.path(),
        &[bookmark(
            "804cc0d23b0fa630",
            json!("2022-02"),
            "Citaat",
            &note,
        )],
    );
    let table = text(&kroniek_in(dir.path(), &["bookmarks"]).stdout);
    let longest = table.lines().map(|l| l.chars().count()).max();
    assert!(longest < Some(200), "a line of {longest:?} characters");
    assert!(table.contains("notitie notitie"), "{table}");
    let listed: Value =
        serde_json::from_slice(&kroniek_in(dir.path(), &["bookmarks", "--json"]).stdout).unwrap();
    assert_eq!(listed[0]["note"], note);
}

#[test]
fn a_file_named_twice_or_also_found_in_a_directory_loads_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    fs::write(
        &file,
        "date 2022-02 Kop. „Het is de grootste troepenopbouw”, zei Stoltenberg.",
    )
    .unwrap();
    let (file, folder) = (file.to_str().unwrap(), dir.path().to_str().unwrap());
    let dotted = format!("{folder}/./a.txt");
    let run = |args: &[&str]| -> Value {
        let out = common::kroniek_command()
            .args(args)
            .output()
            .expect("the binary runs");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let once = (
        run(&["list", "--json", file]),
        run(&["actors", "--json", file]),
    );
    assert_eq!(once.0.as_array().map(Vec::len), Some(1));
    for paths in [
        vec![file, file],
        vec![file, dotted.as_str()],
        vec![folder, file],
        vec![file, folder],
        vec![folder, folder],
    ] {
        let mut list = vec!["list", "--json"];
        list.extend(&paths);
        let mut actors = vec!["actors", "--json"];
        actors.extend(&paths);
        assert_eq!(run(&list), once.0, "{paths:?}");
        assert_eq!(run(&actors), once.1, "{paths:?}");
    }
}

#[test]
fn csv_export_cells_that_a_spreadsheet_reads_as_formulas_are_prefixed_with_a_quote() {
    let dir = tempfile::tempdir().unwrap();
    let mut risky = bookmark(
        "804cc0d23b0fa630",
        json!("2022-02"),
        "-2+3",
        "=HYPERLINK(\"http://x\",\"klik\")",
    );
    risky["speaker"] = json!("+31 6 1234");
    risky["article_title"] = json!("@SUM(A1:A9)");
    let tab = bookmark("0000000000000001", json!("2022-02"), "\t=cmd", "\r=cmd");
    let plain = bookmark(
        "0000000000000002",
        json!("2022-02"),
        "Citaat - zei hij",
        "1+1",
    );
    write_bookmarks(dir.path(), &[risky, tab, plain]);
    let out = kroniek_in(dir.path(), &["bookmarks", "export", "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut reader = csv::ReaderBuilder::new().from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(rows.len(), 3);
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula: {cell:?}"
            );
        }
    }
    let cells: Vec<&str> = rows.iter().flat_map(|r| r.iter()).collect();
    for expected in [
        "'-2+3",
        "'=HYPERLINK(\"http://x\",\"klik\")",
        "'+31 6 1234",
        "'@SUM(A1:A9)",
        // A tab or CR is sanitised (to a space or line break); what follows it is still a formula.
        "' =cmd",
        "'\n=cmd",
        // Text that no spreadsheet reads as a formula is left as it is.
        "Citaat - zei hij",
        "1+1",
    ] {
        assert!(cells.contains(&expected), "{expected:?} in {cells:?}");
    }
}

#[test]
fn markdown_export_keeps_quote_and_note_text_inert() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let dir = tempfile::tempdir().unwrap();
    let hostile = "~~~\n```\n---\n- punt\n+ plus\n* ster\n1. een\n2) twee\n===\n# kop\n    ingesprongen\n<div>\n&lt;b&gt;\n~~doorgestreept~~\n> citaat\n| a | b |";
    let mut first = bookmark("0000000000000001", json!("2022-02"), hostile, hostile);
    // The article's source, URL and publisher come from outside too.
    for field in ["source", "url", "publisher"] {
        first[field] = json!(hostile);
    }
    write_bookmarks(
        dir.path(),
        &[
            first,
            bookmark(
                "0000000000000002",
                json!("2022-03"),
                "Het laatste citaat",
                "Laatste notitie",
            ),
        ],
    );
    let out = kroniek_in(dir.path(), &["bookmarks", "export", "--format", "md"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    let (mut headings, mut lists, mut items) = (0, 0, 0);
    let mut html = Vec::new();
    let mut words = String::new();
    // Every extension a Markdown reader may have, but for typographic quotes and dashes.
    let extensions = Options::all().difference(Options::ENABLE_SMART_PUNCTUATION);
    for event in Parser::new_ext(&md, extensions) {
        match event {
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Start(Tag::List(_)) => lists += 1,
            Event::Start(Tag::Item) => items += 1,
            Event::Start(Tag::HtmlBlock) => {}
            Event::Html(block) => html.push(block.to_string()),
            Event::Start(
                tag @ (Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::Strikethrough
                | Tag::MetadataBlock(_)),
            ) => panic!("{tag:?} in\n{md}"),
            Event::Rule | Event::InlineHtml(_) => panic!("{event:?} in\n{md}"),
            Event::Text(t) => words.push_str(&t),
            _ => {}
        }
    }
    // The title and a heading per month: none from the text.
    assert_eq!(headings, 3, "{md}");
    // The only HTML is kroniek's mark; the only lists kroniek's: the URL, source and note of the
    // first bookmark, the note of the second.
    assert_eq!(html, ["<!-- kroniek bookmarks export -->\n"], "{md}");
    assert_eq!((lists, items), (2, 4), "{md}");
    // Every line of the text is there as text, and nothing after it was swallowed.
    for line in hostile.lines() {
        assert!(words.contains(line.trim()), "{line:?} in {words:?}");
    }
    assert!(words.contains("Het laatste citaat") && words.contains("Laatste notitie"));
}

#[test]
fn bookmarks_with_one_id_become_one_keeping_every_note_and_the_earliest_time() {
    let dir = tempfile::tempdir().unwrap();
    let id = "804cc0d23b0fa630";
    let mut first = bookmark(id, json!("2022-02"), "Citaat", "Van de laptop");
    first["created"] = json!("2026-11-22T18:30:05Z");
    let mut second = bookmark(
        id,
        json!("2022-02"),
        "Citaat",
        "Van de desktop\nmet twee regels",
    );
    second["created"] = json!("2026-10-01T08:00:00Z");
    second["updated"] = json!("2026-12-01T08:00:00Z");
    let same_note = bookmark(id, json!("2022-02"), "Citaat", "Van de laptop");
    let no_note = bookmark(id, json!("2022-02"), "Citaat", "");
    let other = bookmark(
        "0000000000000001",
        json!("2022-03"),
        "Ander citaat",
        "Eigen",
    );
    write_bookmarks(dir.path(), &[no_note, first, second, same_note, other]);

    let listed: Value =
        serde_json::from_slice(&kroniek_in(dir.path(), &["bookmarks", "--json"]).stdout).unwrap();
    let listed = listed.as_array().expect("a JSON array");
    assert_eq!(listed.len(), 2, "{listed:?}");
    let merged = listed
        .iter()
        .find(|b| b["id"] == id)
        .expect("the merged one");
    assert_eq!(
        merged["note"],
        "Van de laptop\n\nVan de desktop\nmet twee regels"
    );
    assert_eq!(merged["created"], "2026-10-01T08:00:00Z");
    assert_eq!(merged["updated"], "2026-12-01T08:00:00Z");

    // It can be removed by its id, and only it goes.
    let removed = kroniek_in(dir.path(), &["bookmarks", "remove", "804cc0"]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    let left: Value =
        serde_json::from_slice(&kroniek_in(dir.path(), &["bookmarks", "--json"]).stdout).unwrap();
    assert_eq!(left.as_array().map(Vec::len), Some(1));
    assert_eq!(left[0]["note"], "Eigen");
}

/// Control bytes a corpus or a bookmarks file may hold: an OSC title change ended by BEL, the
/// alternate screen, a colour, a C1 CSI and bidi overrides.
const CONTROLS: &str = "\u{1b}]0;pwned\u{7}\u{1b}[?1049h\u{1b}[31m\u{9b}2J\u{202e}\u{2066}";

/// Fails when `bytes` hold a control character other than a line break (or CRLF, when `crlf`),
/// or a bidi control.
fn assert_inert(what: &str, bytes: &[u8], crlf: bool) {
    let text = String::from_utf8(bytes.to_vec()).expect("output is UTF-8");
    let text = if crlf {
        text.replace("\r\n", "\n")
    } else {
        text
    };
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what}: control characters {bad:?}");
}

#[test]
fn control_bytes_in_warnings_and_bookmarks_never_reach_stdout_or_stderr() {
    let corpus = tempfile::tempdir().unwrap();
    let c = corpus.path();
    // A CSV header with no body column: the warning lists the columns.
    fs::write(
        c.join("a.csv"),
        format!("datum,kop{CONTROLS},x{CONTROLS}\n2022-01-01,a,b\n"),
    )
    .unwrap();
    // Impossible dates, echoed in warnings: JSON Lines, CSV and front matter.
    let date = format!("2022-13-45{CONTROLS}");
    fs::write(
        c.join("b.jsonl"),
        format!(
            "{}\n",
            json!({"date": date, "title": "Kop", "body": "Een tekst."})
        ),
    )
    .unwrap();
    let cell = date.replace('"', "\"\"");
    fs::write(
        c.join("c.csv"),
        format!("date,title,body\n\"{cell}\",Kop,Een tekst.\n"),
    )
    .unwrap();
    fs::write(
        c.join("d.md"),
        format!("---\ndate: \"{date}\"\ntitle: Kop\n---\nEen tekst.\n"),
    )
    .unwrap();
    // Feeds that do not parse.
    fs::write(
        c.join("e.xml"),
        format!("<?xml version=\"1.0\"?><rss><channel><item><title>{CONTROLS}</tit>"),
    )
    .unwrap();
    fs::write(c.join("f.rss"), format!("{CONTROLS}<rss>")).unwrap();
    let path = c.to_str().unwrap();
    for args in [
        vec!["list", path],
        vec!["list", "--json", path],
        vec!["check", path],
        vec!["quotes", path],
        vec!["timeline", path],
        vec!["actors", path],
    ] {
        let out = common::kroniek_command()
            .args(&args)
            .output()
            .expect("the binary runs");
        assert!(!out.stderr.is_empty() || !out.stdout.is_empty(), "{args:?}");
        assert_inert(&format!("{args:?} stdout"), &out.stdout, false);
        assert_inert(&format!("{args:?} stderr"), &out.stderr, false);
    }
    let check = common::kroniek_command()
        .args(["check", path])
        .output()
        .expect("the binary runs");
    let said = text(&check.stdout);
    assert!(said.contains("the columns are: datum, kop"), "{said}");
    assert!(said.contains("impossible date `2022-13-45"), "{said}");

    // Every field of a bookmark.
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = bookmark(
        &format!("804cc0d23b0fa630{CONTROLS}"),
        json!(format!("2022-02{CONTROLS}")),
        &format!("Citaat{CONTROLS}\nregel twee{CONTROLS}"),
        &format!("Notitie{CONTROLS}\n{CONTROLS}"),
    );
    for field in ["article", "article_title", "speaker", "created", "updated"] {
        hostile[field] = json!(format!("{field}{CONTROLS}"));
    }
    hostile["source"] = json!(format!("bron{CONTROLS}"));
    write_bookmarks(dir.path(), &[hostile]);
    for (args, crlf) in [
        (vec!["bookmarks"], false),
        (vec!["bookmarks", "export", "--format", "md"], false),
        (vec!["bookmarks", "export", "--format", "csv"], true),
        (vec!["bookmarks", "remove", "ffff"], false),
    ] {
        let out = kroniek_in(dir.path(), &args);
        assert!(out.status.code().is_some(), "{args:?}");
        assert_inert(&format!("{args:?} stdout"), &out.stdout, crlf);
        assert_inert(&format!("{args:?} stderr"), &out.stderr, false);
    }
    let table = text(&kroniek_in(dir.path(), &["bookmarks"]).stdout);
    assert!(
        table.contains("Citaat") && table.contains("Notitie"),
        "{table}"
    );
}

// ---- The last good copy, the file's identity, bounded reads (issue #15, items 1, 4 and 5) ----

/// Runs kroniek with `args` and `--data-dir dir`, ending it (and failing) if it does not finish:
/// a file that blocks must never hang a command. The bound is a deadline, not a measurement.
fn kroniek_in_bounded(dir: &Path, args: &[&str]) -> Output {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = common::kroniek_command()
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kroniek {args:?} did not finish: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// Every bookmark id held by a parseable bookmarks file (the file, its backups, anything kept)
/// in `dir`.
fn ids_in_any_file(dir: &Path) -> Vec<String> {
    let mut ids = Vec::new();
    for entry in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        if !entry
            .file_name()
            .to_string_lossy()
            .starts_with("bookmarks.json")
        {
            continue;
        }
        let Ok(bytes) = fs::read(entry.path()) else {
            continue;
        };
        if let Ok(file) = serde_json::from_slice::<Value>(&bytes)
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

fn file_json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).expect("the file is there")).expect("JSON")
}

#[test]
fn a_backup_holding_bookmarks_the_file_lacks_is_never_overwritten_by_a_save() {
    // The file was replaced (a sync, a hand edit) by one lacking two of the backup's bookmarks.
    let dir = tempfile::tempdir().unwrap();
    let all: Vec<Value> = ["000000000000000a", "000000000000000b", "000000000000000c"]
        .iter()
        .map(|id| bookmark(id, json!("2022-02"), &format!("Citaat {id}"), ""))
        .collect();
    fs::write(
        dir.path().join("bookmarks.json.bak"),
        json!({"version": 1, "bookmarks": all}).to_string(),
    )
    .unwrap();
    write_bookmarks(dir.path(), &all[..1]);
    let listed = kroniek_in_bounded(dir.path(), &["bookmarks"]);
    let said = text(&listed.stderr);
    assert!(
        said.contains("bookmarks.json.bak holds 2 bookmarks that"),
        "the command says where they are: {said}"
    );
    // A save (this remove) must not copy the small file over the backup.
    let removed = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", "000000000000000a"]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    let ids = ids_in_any_file(dir.path());
    for id in ["000000000000000b", "000000000000000c"] {
        assert!(ids.iter().any(|i| i == id), "{id} is in no file: {ids:?}");
    }
    let said = text(&removed.stderr);
    assert!(said.contains("kept as"), "the save says where: {said}");
    // ... and every later command still names it.
    let again = text(&kroniek_in_bounded(dir.path(), &["bookmarks"]).stderr);
    assert!(
        again.contains("bookmarks.json.bak-") && again.contains("bookmarks that"),
        "{again}"
    );
}

#[test]
fn after_bookmarks_moves_a_corrupt_file_aside_the_next_command_still_names_the_last_good_copy() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        "tests/fixtures/bookmarks.json",
        dir.path().join("bookmarks.json.bak"),
    )
    .unwrap();
    fs::write(
        dir.path().join("bookmarks.json"),
        "{\"version\": 1, \"bookm",
    )
    .unwrap();
    let first = text(&kroniek_in_bounded(dir.path(), &["bookmarks"]).stderr);
    assert!(first.contains("did not parse"), "{first}");
    let second = text(&kroniek_in_bounded(dir.path(), &["bookmarks"]).stderr);
    assert!(
        second.contains("bookmarks.json.bak holds 3 bookmarks"),
        "the backup is named until it is restored or removed: {second}"
    );
}

#[test]
fn a_removal_leaves_no_backup_to_warn_about() {
    // A bookmark removed on purpose is not a bookmark the file lacks: no warning, no kept copy.
    let dir = tempfile::tempdir().unwrap();
    let all: Vec<Value> = ["000000000000000a", "000000000000000b"]
        .iter()
        .map(|id| bookmark(id, json!("2022-02"), &format!("Citaat {id}"), ""))
        .collect();
    write_bookmarks(dir.path(), &all);
    for id in ["000000000000000a", "000000000000000b"] {
        let out = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", id]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            !text(&out.stderr).contains("kept as"),
            "{}",
            text(&out.stderr)
        );
    }
    let listed = text(&kroniek_in_bounded(dir.path(), &["bookmarks"]).stderr);
    assert!(!listed.contains("backup"), "{listed}");
    let kept = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".bak-"))
        .count();
    assert_eq!(kept, 0);
}

#[cfg(unix)]
#[test]
fn a_symlinked_bookmarks_file_is_written_through_to_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let synced = tempfile::tempdir().unwrap();
    let target = synced.path().join("kroniek-bookmarks.json");
    write_bookmarks(
        synced.path(),
        &[
            bookmark("000000000000000a", json!("2022-02"), "Een", ""),
            bookmark("000000000000000b", json!("2022-02"), "Twee", ""),
        ],
    );
    fs::rename(synced.path().join("bookmarks.json"), &target).unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("bookmarks.json")).unwrap();
    let out = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", "000000000000000a"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let link = fs::symlink_metadata(dir.path().join("bookmarks.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let written = file_json(&target);
    assert_eq!(written["bookmarks"].as_array().map(Vec::len), Some(1));
    assert_eq!(written["bookmarks"][0]["id"], "000000000000000b");
}

#[cfg(unix)]
#[test]
fn a_private_bookmarks_file_stays_private_and_so_does_its_backup() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write_bookmarks(
        dir.path(),
        &[
            bookmark("000000000000000a", json!("2022-02"), "Een", ""),
            bookmark("000000000000000b", json!("2022-02"), "Twee", ""),
        ],
    );
    let path = dir.path().join("bookmarks.json");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let out = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", "000000000000000a"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "the file keeps its mode");
    assert_eq!(
        mode(&dir.path().join("bookmarks.json.bak")) & 0o077,
        0,
        "the backup is no more readable than the file"
    );
}

#[test]
fn fields_kroniek_does_not_know_are_kept_in_the_file_and_in_each_bookmark() {
    let dir = tempfile::tempdir().unwrap();
    let mut tagged = bookmark("000000000000000b", json!("2022-02"), "Twee", "");
    tagged["tags"] = json!(["oorlog", "navo"]);
    let file = json!({
        "version": 1,
        "collections": [{"name": "hoofdstuk 2"}],
        "bookmarks": [bookmark("000000000000000a", json!("2022-02"), "Een", ""), tagged],
    });
    fs::write(dir.path().join("bookmarks.json"), file.to_string()).unwrap();
    let out = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", "000000000000000a"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = file_json(&dir.path().join("bookmarks.json"));
    assert_eq!(written["collections"], json!([{"name": "hoofdstuk 2"}]));
    assert_eq!(written["bookmarks"][0]["tags"], json!(["oorlog", "navo"]));
}

/// Makes a FIFO at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path and a mode.
    let made = unsafe { libc::mkfifo(name.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_the_bookmarks_file_is_an_error_never_a_hang() {
    let fifo = tempfile::tempdir().unwrap();
    mkfifo(&fifo.path().join("bookmarks.json"));
    let zero = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", zero.path().join("bookmarks.json")).unwrap();
    for dir in [fifo.path(), zero.path()] {
        for args in [
            &["bookmarks"][..],
            &["bookmarks", "export", "--format", "md"],
            &["bookmarks", "remove", "0000"],
        ] {
            let out = kroniek_in_bounded(dir, args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let said = text(&out.stderr);
            assert!(said.contains("not a regular file"), "{args:?}: {said}");
            assert!(said.contains("bookmarks.json"), "names the file: {said}");
        }
    }
    // Nothing replaced them.
    let meta = fs::symlink_metadata(zero.path().join("bookmarks.json")).unwrap();
    assert!(meta.file_type().is_symlink());
}

#[test]
fn an_oversized_bookmarks_file_is_refused_with_the_limit_named_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    // Sparse: 65 MiB that take no room on disk.
    fs::File::create(&path)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    let out = kroniek_in_bounded(dir.path(), &["bookmarks"]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.contains("over the limit of 64 MiB for a bookmarks file"),
        "{said}"
    );
    assert_eq!(fs::metadata(&path).unwrap().len(), 65 * 1024 * 1024);
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_lock_file_is_an_error_never_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    write_bookmarks(
        dir.path(),
        &[bookmark("000000000000000a", json!("2022-02"), "Een", "")],
    );
    mkfifo(&dir.path().join("bookmarks.json.lock"));
    let out = kroniek_in_bounded(dir.path(), &["bookmarks", "remove", "000000000000000a"]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("lock"), "{said}");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_the_config_file_is_an_error_never_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("config.toml");
    mkfifo(&fifo);
    let zero = dir.path().join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    for config in [&fifo, &zero] {
        let out = kroniek_in_bounded(dir.path(), &["list", "--config", config.to_str().unwrap()]);
        assert!(!out.status.success());
        let said = text(&out.stderr);
        assert!(
            said.contains("cannot read the config file") && said.contains("not a regular file"),
            "{said}"
        );
    }
}

// ---- Every input, every command (issue #15, item 10) ----

/// The payloads of item 10 together: the alternate screen, an OSC title ended by BEL, a C1 CSI,
/// raw C1 controls (NEL, DCS, ST), a bidi override and a terminal reset.
const PAYLOAD: &str =
    "\u{1b}[?1049h\u{1b}]0;pwned\u{7}\u{9b}31m\u{85}\u{90}x\u{9c}\u{202e}\u{7}\u{1b}c";

/// `text` as a TOML basic string (every control escaped, as TOML wants).
fn toml_quoted(text: &str) -> String {
    // JSON's string escapes are TOML's, but `\u` must be four hex digits in both.
    serde_json::to_string(text).expect("JSON")
}

/// A corpus with the payload in every field of every format, in file and folder names, in dates
/// that are impossible, in a feed that does not parse and in a file that is binary (NUL).
fn hostile_corpus(root: &Path) -> std::path::PathBuf {
    let c = root.join(format!("corpus{PAYLOAD}"));
    let sub = c.join(format!("sub{PAYLOAD}"));
    fs::create_dir_all(&sub).unwrap();
    let p = PAYLOAD;
    let q = toml_quoted;
    let files: Vec<(std::path::PathBuf, String)> = vec![
        (
            c.join(format!("plain{p}.txt")),
            format!("Titel{p} van Poetin{p}\n\nPoetin{p} zei: \"Dit is een citaat{p} van mij.\"\n"),
        ),
        (
            c.join("yaml.md"),
            format!(
                "---\ndate: {}\ntitle: {}\nsource: {}\nurl: {}\n---\n# Kop{p}\n\nTekst{p} *nadruk{p}*.\n",
                q(&format!("2022-13-45{p}")),
                q(&format!("Kop{p}")),
                q(&format!("bron{p}")),
                q(&format!("http://x/{p}")),
            ),
        ),
        (
            c.join("toml.md"),
            format!(
                "+++\ndate = {}\ntitle = {}\n+++\nTekst{p}.\n",
                q(&format!("2022-99-01{p}")),
                q(&format!("T{p}"))
            ),
        ),
        // Front matter that does not parse: its parser's message quotes the line.
        (
            c.join("toml-bad.md"),
            format!("+++\ndate = 2022{p}\n+++\nTekst.\n"),
        ),
        (
            c.join("yaml-bad.md"),
            format!("---\ndate: [{p}\ntitle: {p}: : :\n---\nTekst.\n"),
        ),
        (
            c.join("a.jsonl"),
            format!(
                "{}\n{}\n{{not json{p}\n",
                json!({"date": format!("2022-13-45{p}"), "title": format!("K{p}"),
                       "body": format!("B{p} Poetin zei: \"Citaat{p} hier.\""),
                       "url": format!("u{p}"), "source": format!("s{p}"), "id": format!("id{p}"),
                       format!("extra{p}"): 1}),
                json!({"date": "2022-02-01", "title": format!("K{p}\u{0}"), "body": format!("B{p}\u{0}")}),
            ),
        ),
        // A header with no body column: the warning lists the columns.
        (
            c.join("b.csv"),
            format!("datum,kop{p},x{p}\n2022-01-01,a{p},b{p}\n"),
        ),
        (
            c.join("c.csv"),
            format!("date,title{p},body\n\"2022-13-45{p}\",Kop{p},\"Tekst{p} Poetin.\"\n"),
        ),
        (
            c.join("d.tsv"),
            format!("date\ttitle\tbody\n2022-00-00{p}\tKop{p}\tTekst{p}\n"),
        ),
        // Feeds that do not parse.
        (
            c.join("e.xml"),
            format!("<?xml version=\"1.0\"?><rss><channel><item><title>{p}</tit>"),
        ),
        (c.join("f.rss"), format!("{p}<rss>")),
        (
            c.join("g.atom"),
            format!(
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F{p}</title>\
                 <entry><title>E{p}</title><updated>2022-13-45{p}</updated>\
                 <content>C{p} Poetin zei: &quot;x y z{p}&quot;</content></entry></feed>"
            ),
        ),
        (
            c.join("h.rss"),
            format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ch{p}</title><item>\
                 <title>It{p}</title><pubDate>Mon, 45 Foo 2022{p}</pubDate>\
                 <description>D{p}</description><guid>g{p}</guid></item></channel></rss>"
            ),
        ),
        (c.join(format!("binary{p}.txt")), "a\u{0}b".to_owned()),
        (sub.join(format!("inner{p}.txt")), "T\n\nB.\n".to_owned()),
    ];
    for (path, content) in files {
        fs::write(&path, content).unwrap();
    }
    // Raw C1 bytes in a file that is not UTF-8, and a link to nowhere.
    fs::write(
        sub.join("raw.txt"),
        b"Raw\x9b31m title\n\nbody \x9b2J \x85 text.\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        format!("/nonexistent{p}"),
        c.join(format!("dangling{p}.txt")),
    )
    .unwrap();
    c
}

/// Runs kroniek with `args`, the config file `config` and the data directory `data`; fails unless
/// stdout and stderr are both inert.
fn inert_run(config: &Path, data: &Path, args: &[&str], crlf: bool) -> Output {
    let out = common::kroniek_command()
        .arg("--config")
        .arg(config)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("KRONIEK_STATE_DIR", data.join(format!("state{PAYLOAD}")))
        .output()
        .expect("the binary runs");
    assert!(out.status.code().is_some(), "{args:?}");
    assert_inert(&format!("{args:?} stdout"), &out.stdout, crlf);
    assert_inert(&format!("{args:?} stderr"), &out.stderr, false);
    out
}

#[test]
fn control_bytes_in_every_field_of_every_input_never_reach_any_command_s_output() {
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    let corpus = hostile_corpus(r);
    // An actors file named in the config, with the payload in its name, names and aliases.
    let actors = r.join(format!("actors{PAYLOAD}.toml"));
    fs::write(
        &actors,
        format!(
            "[[actor]]\nname = {}\nkind = \"person\"\naliases = [\"Zelensky\", {}]\n",
            toml_quoted(&format!("Actor{PAYLOAD}")),
            toml_quoted(&format!("Al{PAYLOAD}"))
        ),
    )
    .unwrap();
    let config = r.join("config.toml");
    fs::write(
        &config,
        format!(
            "corpus = [{}]\nactors = [{}]\n",
            toml_quoted(&corpus.to_string_lossy()),
            toml_quoted(&actors.to_string_lossy())
        ),
    )
    .unwrap();
    // A data directory with the payload in its name; every field of a bookmark, a field kroniek
    // does not know (name and value), in the file and in the bookmark.
    let data = r.join(format!("data{PAYLOAD}"));
    fs::create_dir_all(&data).unwrap();
    let mut hostile = bookmark(
        &format!("804cc0d23b0fa630{PAYLOAD}"),
        json!(format!("2022-02{PAYLOAD}")),
        &format!("Citaat{PAYLOAD}\nregel{PAYLOAD}"),
        &format!("Notitie{PAYLOAD}\n{PAYLOAD}\u{0}"),
    );
    for field in [
        "article",
        "article_title",
        "speaker",
        "created",
        "updated",
        "source",
    ] {
        hostile[field] = json!(format!("{field}{PAYLOAD}"));
    }
    hostile[format!("x{PAYLOAD}")] = json!(PAYLOAD);
    let file = json!({"version": 1, format!("top{PAYLOAD}"): PAYLOAD, "bookmarks": [hostile]});
    fs::write(data.join("bookmarks.json"), file.to_string()).unwrap();

    let path = corpus.to_str().unwrap();
    let missing = format!("/nonexistent{PAYLOAD}");
    let unwritable = r.join(format!("nodir{PAYLOAD}")).join("out");
    let unwritable = unwritable.to_str().unwrap();
    let speaker = format!("nobody{PAYLOAD}");
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["list", path],
        vec!["list", &missing],
        vec!["timeline"],
        vec!["timeline", "--json"],
        vec!["quotes"],
        vec!["quotes", "--json"],
        vec!["quotes", "--speaker", &speaker],
        vec!["actors"],
        vec!["actors", "--json"],
        vec!["check"],
        vec!["convert"],
        vec!["convert", "--output", unwritable],
        vec!["config"],
        vec!["bookmarks"],
        vec!["bookmarks", "--json"],
        vec!["bookmarks", "export", "--format", "md"],
        vec!["bookmarks", "export", "--format", "json"],
        vec![
            "bookmarks",
            "export",
            "--format",
            "md",
            "--output",
            unwritable,
        ],
        vec!["bookmarks", "remove", "ffff"],
        vec!["bookmarks", "remove", &speaker],
    ] {
        inert_run(&config, &data, &args, false);
    }
    inert_run(
        &config,
        &data,
        &["bookmarks", "export", "--format", "csv"],
        true,
    );

    // The warnings are there, made inert, not dropped.
    let check = text(&inert_run(&config, &data, &["check"], false).stdout);
    for said in [
        "the columns are: datum, kop, x",
        "impossible date `2022-13-45`",
        "impossible date `2022-00-00`",
        "not an RSS or Atom feed",
        "dangling.txt",
        "binary.txt",
    ] {
        assert!(check.contains(said), "{said}: {check}");
    }
    // JSON keeps the text whole: every control is an escape, and reads back as it was.
    let json = inert_run(&config, &data, &["bookmarks", "--json"], false).stdout;
    let back: Value = serde_json::from_slice(&json).expect("JSON");
    assert_eq!(back[0]["speaker"], format!("speaker{PAYLOAD}"));
    let exported = inert_run(
        &config,
        &data,
        &["bookmarks", "export", "--format", "json"],
        false,
    );
    let back: Value = serde_json::from_slice(&exported.stdout).expect("JSON");
    assert_eq!(back[0]["text"], format!("Citaat{PAYLOAD}\nregel{PAYLOAD}"));
    // `kroniek config` prints a config file that reads back as the same paths.
    let printed = text(&inert_run(&config, &data, &["config"], false).stdout);
    let table: toml::Table = printed.parse().expect("a config file");
    assert_eq!(table["corpus"][0].as_str(), Some(corpus.to_str().unwrap()));

    // A config file whose values and unknown keys hold the payload: its error messages echo
    // them; an actors file that does not parse, and one that is not there.
    let bad_actors = r.join("bad-actors.toml");
    fs::write(
        &bad_actors,
        format!("[[actor]]\nname = \"X\"\nkind = \"wizard{PAYLOAD}\"\n"),
    )
    .unwrap();
    for bad in [
        format!("unknown{PAYLOAD} = 1\n"),
        format!("{} = 1\n", toml_quoted(&format!("unknown{PAYLOAD}"))),
        format!("[keys]\nquit = {}\n", toml_quoted(PAYLOAD)),
        format!(
            "[keys]\n{} = \"x\"\n",
            toml_quoted(&format!("foo{PAYLOAD}"))
        ),
        format!("[theme]\nperson = {}\n", toml_quoted(PAYLOAD)),
        format!("[theme]\nname = {}\n", toml_quoted(PAYLOAD)),
        format!("mouse = {}\n", toml_quoted(PAYLOAD)),
        format!("corpus = 1{PAYLOAD}\n"),
    ] {
        fs::write(&config, &bad).unwrap();
        for args in [vec!["config"], vec!["list"], vec!["bookmarks"]] {
            let out = inert_run(&config, &data, &args, false);
            assert_eq!(out.status.code(), Some(2), "{bad:?} {args:?}");
            assert!(!out.stderr.is_empty(), "{bad:?} {args:?}");
        }
    }
    // A bad actors file stops the commands that read a corpus; `config` and `bookmarks` read
    // none of it.
    for bad in [
        format!(
            "actors = [{}]\n",
            toml_quoted(&bad_actors.to_string_lossy())
        ),
        format!("actors = [{}]\n", toml_quoted(&missing)),
    ] {
        fs::write(&config, &bad).unwrap();
        let out = inert_run(&config, &data, &["list"], false);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(!out.stderr.is_empty(), "{bad:?}");
        for args in [vec!["config"], vec!["bookmarks"]] {
            let out = inert_run(&config, &data, &args, false);
            assert_eq!(out.status.code(), Some(0), "{bad:?} {args:?}");
        }
    }
    // A config file that is not there, with the payload in its name.
    let out = inert_run(
        &r.join(format!("missing{PAYLOAD}.toml")),
        &data,
        &["list"],
        false,
    );
    assert!(
        text(&out.stderr).contains("missing"),
        "{}",
        text(&out.stderr)
    );
}

/// Issue #15, item 10: clap's own errors quote what was typed; they pass the sanitiser too.
#[test]
fn a_command_line_error_quoting_control_bytes_never_echoes_them() {
    for args in [
        vec!["--\u{1b}]0;pwned\u{7}"],
        vec!["list", "--by\u{9b}31m\u{202e}x"],
        vec!["timeline", "--json", "--\u{1b}[?1049h"],
    ] {
        let out = common::kroniek_command()
            .args(&args)
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("error:"), "{err}");
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!err.contains(bad), "{args:?} echoed {bad:?}: {err:?}");
        }
    }
}
