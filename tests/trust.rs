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
