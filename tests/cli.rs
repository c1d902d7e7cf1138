//! The headless commands, run as a user runs them: the real binary, its stdout, stderr and exit
//! code.

use std::fs;
use std::process::{Command, Output};

use serde_json::Value;

mod common;

fn kroniek(args: &[&str]) -> Output {
    common::kroniek_command()
        .args(args)
        .output()
        .expect("the binary runs")
}

fn json(args: &[&str]) -> Vec<Value> {
    let out = kroniek(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .expect("stdout is JSON")
        .as_array()
        .expect("one JSON array")
        .clone()
}

fn assert_no_control_chars(bytes: &[u8]) {
    let text = String::from_utf8(bytes.to_vec()).expect("output is UTF-8");
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c.is_control() && c != '\n')
        .collect();
    assert!(bad.is_empty(), "control characters in output: {bad:?}");
    assert!(!text.contains(['\u{202e}', '\u{2066}']));
}

#[test]
fn list_json_has_the_contract_fields_in_date_order() {
    let rows = json(&["list", "--json"]);
    assert_eq!(rows.len(), 5);
    let first = rows[0].as_object().unwrap();
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["actors", "date", "id", "language", "path", "title", "words"]
    );
    assert_eq!(first["id"], "000_46525a48ac51a0ee");
    assert_eq!(first["language"], "nl");
    assert_eq!(first["date"], "2021-04");
    assert_eq!(first["actors"][0], "Jens Stoltenberg");
    assert!(first["words"].as_u64().unwrap() > 300);
    assert_eq!(rows[4]["date"], Value::Null);
    assert!(
        rows[4]["path"]
            .as_str()
            .unwrap()
            .ends_with("004_55c0aa1bbed82351.txt")
    );
}

#[test]
fn timeline_json_lists_every_month_and_undated_last() {
    let rows = json(&["timeline", "--json"]);
    let months: Vec<&str> = rows.iter().map(|r| r["month"].as_str().unwrap()).collect();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0], "2021-04");
    assert_eq!(months[1], "2021-05");
    assert_eq!(rows[1]["articles"].as_array().unwrap().len(), 0);
    assert_eq!(months[11], "undated");
    assert_eq!(rows[11]["articles"][0], "004_55c0aa1bbed82351");
    assert!(rows[0]["top_actors"].as_array().unwrap().len() <= 5);
}

#[test]
fn quotes_json_has_speakers_and_filters_by_speaker() {
    let rows = json(&["quotes", "--json"]);
    assert_eq!(rows.len(), 40);
    let keys: Vec<&str> = rows[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in ["article", "date", "text", "speaker", "paragraph"] {
        assert!(keys.contains(&key), "{key}");
    }
    let by_stoltenberg = json(&["quotes", "--json", "--speaker", "stoltenberg"]);
    assert_eq!(by_stoltenberg.len(), 14);
    assert!(
        by_stoltenberg
            .iter()
            .all(|r| r["speaker"] == "Jens Stoltenberg")
    );
    let by_full_name = json(&["quotes", "--json", "--speaker", "Jens Stoltenberg"]);
    assert_eq!(by_full_name.len(), 14);
}

#[test]
fn unknown_speaker_is_a_clear_error() {
    let out = kroniek(&["quotes", "--speaker", "Nobody Known"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no actor is called"));
}

#[test]
fn actors_json_counts_mentions_and_articles() {
    let rows = json(&["actors", "--json"]);
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Wit-Rusland"));
    let navo = rows.iter().find(|r| r["name"] == "NAVO").unwrap();
    assert_eq!(navo["kind"], "organisation");
    assert_eq!(navo["articles"].as_array().unwrap().len(), 5);
    let counts: Vec<u64> = rows
        .iter()
        .map(|r| r["mentions"].as_u64().unwrap())
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most mentioned first"
    );
}

/// `actors --json` is written by hand for speed; it must be exactly what serde_json would write.
#[test]
fn actors_json_is_laid_out_as_serde_json_lays_it_out() {
    #[derive(serde::Deserialize, serde::Serialize)]
    struct Row {
        name: String,
        kind: String,
        origin: String,
        aliases: Vec<String>,
        mentions: u64,
        articles: Vec<String>,
    }
    let dir = tempfile::tempdir().unwrap();
    // An id that needs escaping, and an article with no actor at all.
    fs::write(
        dir.path().join("quote\"back\\slash.txt"),
        " date 2022-02\n\nPoetin sprak met de NAVO.\n",
    )
    .unwrap();
    fs::write(dir.path().join("none.txt"), " date 2022-03\n\nNiets.\n").unwrap();
    let nothing = tempfile::tempdir().unwrap();
    fs::write(nothing.path().join("none.txt"), " date 2022-03\n\nNiets.\n").unwrap();
    for args in [
        vec!["actors", "--json"],
        vec!["actors", "--json", dir.path().to_str().unwrap()],
        vec!["actors", "--json", nothing.path().to_str().unwrap()],
    ] {
        let out = kroniek(&args);
        assert!(out.status.success());
        let rows: Vec<Row> = serde_json::from_slice(&out.stdout).expect("JSON");
        let expected = serde_json::to_string_pretty(&rows).unwrap() + "\n";
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected, "{args:?}");
    }
}

#[test]
fn text_output_is_aligned_columns() {
    let out = kroniek(&["list"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("DATE"));
    let title_column = lines[0].find("TITLE").unwrap();
    assert_eq!(lines.len(), 6);
    for line in &lines[1..] {
        let chars: Vec<char> = line.chars().collect();
        // Every title starts in the TITLE column, after the two spaces that end the column before.
        assert_eq!(chars[title_column - 2..title_column], [' ', ' '], "{line}");
        assert_ne!(chars[title_column], ' ', "{line}");
    }
}

#[test]
fn check_exit_codes_say_clean_problem_or_nothing() {
    let clean = kroniek(&["check"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&clean.stdout).contains("5 articles loaded"));

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), "date 2022-01 Goed.").unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let some = kroniek(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(some.status.code(), Some(1));
    let report = String::from_utf8_lossy(&some.stdout);
    assert!(
        report.contains("empty.txt: empty file (skipped)"),
        "{report}"
    );

    let nothing = tempfile::tempdir().unwrap();
    fs::write(nothing.path().join("empty.txt"), "").unwrap();
    let none = kroniek(&["check", nothing.path().to_str().unwrap()]);
    assert_eq!(none.status.code(), Some(2));
}

/// Issue #15, item 16: an entry kroniek cannot read is a warning, even one beyond the system's
/// limit on the length of a path (PATH_MAX, 4096 bytes on Linux), deep in a tree of long names.
#[test]
fn check_warns_about_an_entry_beyond_path_max() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("top.txt"), "date 2022-02 Een artikel, zei hij.").unwrap();
    // Elsewhere, a folder of articles, reached from the deepest folder of the tree by a link.
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("deep.txt"), "date 2022-03 Diep, zei zij.").unwrap();
    // Folders of long names down to a path of 4040 bytes, which the system still opens...
    let mut deepest = corpus.clone();
    while deepest.as_os_str().len() + 201 <= 4040 {
        deepest.push("d".repeat(200));
    }
    let rest = 4040 - deepest.as_os_str().len() - 1;
    deepest.push("e".repeat(rest));
    fs::create_dir_all(&deepest).unwrap();
    // ...and in it a link whose path is beyond the limit (made from inside the folder).
    let link = "l".repeat(100);
    let made = Command::new("sh")
        .args(["-c", r#"cd "$1" && ln -s "$2" "$3""#, "sh"])
        .arg(&deepest)
        .arg(&elsewhere)
        .arg(&link)
        .status()
        .unwrap();
    assert!(made.success(), "the link is made");
    let out = kroniek(&["check", corpus.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let warning = stdout
        .lines()
        .find(|l| l.contains(&link))
        .unwrap_or_else(|| panic!("a warning names the link:\n{stdout}"));
    assert!(warning.contains("PATH_MAX"), "{warning}");
    assert!(stdout.contains("1 warning"), "{stdout}");
    assert_eq!(out.status.code(), Some(1), "{stdout}");
}

#[test]
fn hostile_text_never_reaches_stdout_or_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let evil_name = dir.path().join("evil\x1b[31m.txt");
    fs::write(
        &evil_name,
        "date 2022-01 Kop\x1b]0;title\x07 \x1b[2J„Citaat\x1b[5m”, zei Lavrov.\n\nLav\u{202e}rov \u{9b}6n",
    )
    .unwrap();
    fs::write(dir.path().join("bad\x07.txt"), "").unwrap();
    let path = dir.path().to_str().unwrap();
    for command in ["list", "timeline", "quotes", "actors", "check"] {
        for json in [false, true] {
            if command == "check" && json {
                continue;
            }
            let mut args = vec![command, path];
            if json {
                args.push("--json");
            }
            let out = kroniek(&args);
            assert_no_control_chars(&out.stdout);
            assert_no_control_chars(&out.stderr);
        }
    }
    let rows = json(&["quotes", "--json", path]);
    assert_eq!(rows[0]["text"], "Citaat");
    assert_eq!(rows[0]["speaker"], "Sergej Lavrov");
}

#[test]
fn warnings_go_to_stderr_and_data_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), "date 2022-01 Goed.").unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = kroniek(&["list", "--json", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: empty file"));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

#[test]
fn bookmarks_commands_list_export_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        "tests/fixtures/bookmarks.json",
        dir.path().join("bookmarks.json"),
    )
    .unwrap();
    let data = dir.path().to_str().unwrap();
    let listed = json(&["bookmarks", "--json", "--data-dir", data]);
    assert_eq!(listed.len(), 3);
    for key in [
        "id",
        "article",
        "article_title",
        "date",
        "text",
        "speaker",
        "note",
        "created",
        "updated",
    ] {
        assert!(listed[0].get(key).is_some(), "{key}");
    }
    let text = kroniek(&["bookmarks", "--data-dir", data]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Jens Stoltenberg"));

    let out = dir.path().join("export.md");
    let exported = kroniek(&[
        "bookmarks",
        "export",
        "--format",
        "md",
        "-o",
        out.to_str().unwrap(),
        "--data-dir",
        data,
    ]);
    assert!(exported.status.success());
    assert_eq!(
        fs::read(&out).unwrap(),
        fs::read("tests/fixtures/export.md").unwrap()
    );

    // The environment variable names the data directory too.
    let by_env = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(["bookmarks", "export", "--format", "csv"])
        .env("KRONIEK_DATA_DIR", data)
        .output()
        .unwrap();
    assert_eq!(
        by_env.stdout,
        fs::read("tests/fixtures/export.csv").unwrap()
    );

    let removed = kroniek(&["bookmarks", "remove", "804cc0", "--data-dir", data]);
    assert!(
        removed.status.success(),
        "{}",
        String::from_utf8_lossy(&removed.stderr)
    );
    assert_eq!(json(&["bookmarks", "--json", "--data-dir", data]).len(), 2);
    let unknown = kroniek(&["bookmarks", "remove", "ffff", "--data-dir", data]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no bookmark has the id"));
}

#[test]
fn bookmarks_command_reports_a_corrupt_file_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bookmarks.json"), "{oops").unwrap();
    let out = kroniek(&["bookmarks", "--data-dir", dir.path().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("did not parse") && err.contains("bookmarks.json.corrupt-"),
        "{err}"
    );
    let kept = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("bookmarks.json.corrupt-")
                && fs::read(e.path()).unwrap() == b"{oops"
        });
    assert!(kept);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_to_an_ordinary_user_and_the_rest_loads() {
    use std::os::unix::fs::PermissionsExt;
    let launcher = match common::as_nobody() {
        Ok(launcher) => launcher,
        Err(why) => {
            eprintln!("unreadable file through the binary not run: {why}");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(dir.path().join("open.txt"), "date 2022-01 Open artikel.").unwrap();
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "date 2022-02 Geheim artikel.").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let out = Command::new(&launcher[0])
        .args(&launcher[1..])
        .arg(env!("CARGO_BIN_EXE_kroniek"))
        .args(["list", "--json"])
        .arg(dir.path())
        .env_remove("KRONIEK_DATA_DIR")
        .output()
        .unwrap();
    let listed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], "open");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("secret.txt: permission denied (skipped)"),
        "{stderr}"
    );
}

fn kroniek_with_config(config: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .env_remove("KRONIEK_DATA_DIR")
        .env("KRONIEK_CONFIG", config)
        .output()
        .expect("the binary runs")
}

#[test]
fn completions_and_the_man_page_are_generated_from_the_command_line_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = kroniek(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("kroniek"), "{shell}");
        for subcommand in ["timeline", "bookmarks", "completions"] {
            assert!(
                script.contains(subcommand),
                "{shell} completes {subcommand}"
            );
        }
    }
    let out = kroniek(&["completions", "tcsh"]);
    assert!(!out.status.success());
    let man = kroniek(&["man"]);
    assert!(man.status.success());
    let page = String::from_utf8(man.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.contains(".TH kroniek"),
        "{page}"
    );
    assert!(page.contains("\\-\\-data\\-dir") || page.contains("data-dir"));
    assert!(page.contains("KRONIEK_CONFIG"));
    for command in ["kroniek list", "kroniek bookmarks export", "kroniek config"] {
        assert!(page.contains(command), "the page documents {command}");
    }
    assert!(page.contains(".SH FILES") && page.contains(".SH ENVIRONMENT"));
}

#[test]
fn config_prints_the_path_and_the_effective_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("my.toml");
    fs::write(
        &file,
        "corpus = [\"news\"]\n[keys]\nquit = \"x\"\n[theme]\nname = \"light\"\nperson = \"#ff8000\"\n",
    )
    .unwrap();
    let out = kroniek_with_config(&file, &["config"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("# config file: {}", file.display())),
        "{text}"
    );
    assert!(text.contains(&format!(
        "corpus = [\"{}\"]",
        dir.path().join("news").display()
    )));
    assert!(text.contains("quit = [\"x\"]"), "{text}");
    assert!(text.contains("back = [\"esc\"]"), "{text}");
    assert!(text.contains("back_or_quit = [\"q\"]"), "{text}");
    assert!(text.contains("name = \"light\""), "{text}");
    assert!(text.contains("person = \"#ff8000\""), "{text}");
    // What it prints is itself a config file that reads back.
    let printed = dir.path().join("printed.toml");
    fs::write(&printed, &text).unwrap();
    let again = kroniek_with_config(&printed, &["config"]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let default = kroniek(&["config", "--default"]);
    let text = String::from_utf8(default.stdout).unwrap();
    assert!(text.contains("[keys]") && text.contains("[theme]"));
    fs::write(&printed, &text).unwrap();
    assert!(kroniek_with_config(&printed, &["config"]).status.success());
}

#[test]
fn a_broken_config_stops_every_command_with_the_line_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    fs::write(&file, "[theme]\nname = \"dark\"\nborder = 300\n").unwrap();
    for args in [&["list"][..], &["check"], &["config"], &[]] {
        let out = kroniek_with_config(&file, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("border"), "{err}");
        assert!(out.stdout.is_empty(), "nothing done on half a config");
    }
    // Help for getting out of it still works.
    assert!(
        kroniek_with_config(&file, &["config", "--default"])
            .status
            .success()
    );
}

#[test]
fn the_configs_corpus_is_opened_when_no_path_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    fs::create_dir(&news).unwrap();
    fs::write(news.join("eigen.txt"), "date 2023-05 Een eigen artikel.").unwrap();
    let file = dir.path().join("config.toml");
    fs::write(&file, "corpus = [\"news\"]\n").unwrap();
    let out = kroniek_with_config(&file, &["list", "--json"]);
    let listed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], "eigen");
    // A path on the command line wins over the config.
    let out = kroniek_with_config(&file, &["list", "--json", "seeds"]);
    let listed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.len(), 5);
}

#[test]
fn check_counts_one_article_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("one.txt"),
        "date 2022-01 Een „citaat” hier.",
    )
    .unwrap();
    let out = kroniek(&["check", dir.path().to_str().unwrap()]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("1 article loaded (0 undated), 1 quotation; 0 files skipped, 0 warnings"),
        "{report}"
    );
}

#[test]
fn check_counts_skipped_files_and_entries_apart() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(
        dir.path().join("news.jsonl"),
        "{\"date\": \"2022-01\", \"title\": \"Goed\", \"body\": \"Een zin.\"}\nnot json\n[1]\n",
    )
    .unwrap();
    let out = kroniek(&["check", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.ends_with(
            "1 article loaded (0 undated), 0 quotations; 1 file and 2 entries skipped, 3 warnings\n"
        ),
        "{text}"
    );
}

// --from/--to and the timeline's periods (#19).

#[test]
fn from_and_to_keep_only_the_range_on_list_quotes_actors_and_convert() {
    let all = json(&["list", "--json"]);
    assert_eq!(all.len(), 5);
    let from = json(&["list", "--json", "--from", "2021-12"]);
    let dates: Vec<&str> = from.iter().map(|r| r["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2021-12", "2022-02", "2022-02"], "undated left out");
    let to = json(&["list", "--json", "--to", "2021"]);
    assert_eq!(to.len(), 2);
    // A month-only date is in a range that holds any day of its month; `--until` is `--to`.
    let day = json(&[
        "list",
        "--json",
        "--from",
        "2022-02-24",
        "--until",
        "2022-02-24",
    ]);
    assert_eq!(day.len(), 2);
    assert_eq!(json(&["list", "--json", "--from", "2023"]).len(), 0);

    let quotes = json(&["quotes", "--json"]).len();
    let in_2022 = json(&["quotes", "--json", "--from", "2022"]);
    assert!(!in_2022.is_empty() && in_2022.len() < quotes);
    assert!(
        in_2022
            .iter()
            .all(|q| q["date"].as_str().unwrap() >= "2022")
    );

    let actors = json(&["actors", "--json", "--to", "2021-04"]);
    assert!(!actors.is_empty());
    assert!(actors.len() < json(&["actors", "--json"]).len());

    // convert's `--to` names the format or, as everywhere, the last date; `--until` is that too.
    for args in [
        &[
            "convert", "--to", "jsonl", "--from", "2022", "--until", "2022-02",
        ][..],
        &["convert", "--from", "2022", "--to", "2022-02"],
        &[
            "convert", "--to", "jsonl", "--from", "2022", "--to", "2022-02",
        ],
    ] {
        let out = kroniek(args);
        assert!(out.status.success(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).lines().count(),
            2,
            "{args:?}"
        );
    }
    // The last date once only; a value that is neither a date nor a format is a usage error.
    let out = kroniek(&["convert", "--to", "2022-02", "--until", "2022-03"]);
    assert_eq!(out.status.code(), Some(2));
    let out = kroniek(&["convert", "--to", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("jsonl"));
}

#[test]
fn a_bad_date_is_a_usage_error() {
    for date in ["2022-13", "22", "2022-02-30", "yesterday"] {
        let out = kroniek(&["list", "--from", date]);
        assert_eq!(out.status.code(), Some(2), "{date}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("YYYY, YYYY-MM or YYYY-MM-DD"), "{err}");
    }
}

#[test]
fn a_range_that_ends_before_it_starts_is_a_usage_error() {
    for args in [
        &["list", "--from", "2023", "--to", "2022"][..],
        &["timeline", "--from", "2023", "--to", "2022"],
        &["quotes", "--from", "2022-03", "--until", "2022-02"],
        &["actors", "--from", "2022-02-25", "--to", "2022-02-24"],
        &["convert", "--from", "2023", "--until", "2022"],
        &["convert", "--from", "2023", "--to", "2022"],
        &["convert", "--to", "jsonl", "--from", "2023", "--to", "2022"],
    ] {
        let out = kroniek(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("ends before it starts"), "{args:?}: {err}");
    }
    // One day is a range.
    let out = kroniek(&["list", "--from", "2022-02-24", "--to", "2022-02-24"]);
    assert!(out.status.success());
}

#[test]
fn timeline_by_each_granularity_labels_its_periods() {
    let cases = [
        ("day", "2021-04-01"),
        ("week", "2021-W13"),
        ("month", "2021-04"),
        ("quarter", "2021-Q2"),
        ("year", "2021"),
    ];
    for (by, first) in cases {
        let rows = json(&["timeline", "--json", "--by", by]);
        assert_eq!(rows[0]["period"], first, "{by}");
        assert_eq!(rows.last().unwrap()["period"], "undated", "{by}");
        // `month` stays as it was with --by month, and only then.
        assert_eq!(rows[0].get("month").is_some(), by == "month", "{by}");
        let articles: usize = rows
            .iter()
            .map(|r| r["articles"].as_array().unwrap().len())
            .sum();
        assert_eq!(articles, 5, "{by}");
    }
    let years = json(&["timeline", "--json", "--by", "year"]);
    assert_eq!(years.len(), 3);
    let out = kroniek(&["timeline", "--by", "fortnight"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn timeline_json_counts_quotes_mentions_and_speakers_for_the_top_actors() {
    let rows = json(&["timeline", "--json"]);
    let quotes: u64 = rows.iter().map(|r| r["quotes"].as_u64().unwrap()).sum();
    assert!(quotes > 0);
    for row in &rows {
        assert_eq!(row["mentions"].as_object().unwrap().len(), 10);
        assert!(row["speakers"].as_object().unwrap().len() <= 10);
    }
    // The top actors of the whole range, most mentioned first, in every row.
    let text = String::from_utf8(kroniek(&["timeline", "--json"]).stdout).unwrap();
    assert!(
        text.contains("\"mentions\": {\n      \"Oekraïne\": "),
        "{text}"
    );
    let two = json(&["timeline", "--json", "--actors", "2", "--from", "2022"]);
    assert_eq!(two.len(), 1);
    assert_eq!(two[0]["period"], "2022-02");
    assert_eq!(two[0]["mentions"].as_object().unwrap().len(), 2);
    assert!(two[0]["mentions"]["Oekraïne"].as_u64().unwrap() > 0);
    let stoltenberg: u64 = rows
        .iter()
        .map(|r| r["speakers"]["Jens Stoltenberg"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(stoltenberg, 14, "as `kroniek quotes --speaker stoltenberg`");
}

#[test]
fn timeline_csv_is_one_row_per_period_and_one_column_per_actor() {
    let out = kroniek(&["timeline", "--csv", "--by", "quarter", "--actors", "3"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "period,articles,quotes,Oekraïne,Rusland,NAVO");
    assert!(lines[1].starts_with("2021-Q2,1,"));
    assert_eq!(lines.last().unwrap().split(',').next(), Some("undated"));
    assert!(lines.iter().all(|l| l.split(',').count() == 6));
    let both = kroniek(&["timeline", "--csv", "--json"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn timeline_plot_writes_an_svg_with_axis_labels_and_the_legends_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timeline.svg");
    let out = kroniek(&[
        "timeline",
        "--plot",
        path.to_str().unwrap(),
        "--actors",
        "3",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("figure written to"));
    let svg = fs::read_to_string(&path).unwrap();
    // It parses as XML, every element closed, and its texts are the labels and the legend.
    let mut reader = quick_xml::Reader::from_str(&svg);
    let mut texts = Vec::new();
    let mut root = None;
    loop {
        match reader.read_event().expect("the SVG parses as XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) if root.is_none() => {
                root = Some(e.name().0.to_owned());
            }
            quick_xml::events::Event::Text(t) => {
                texts.push(t.trim().to_owned());
            }
            _ => {}
        }
    }
    assert_eq!(root.as_deref(), Some("svg"));
    for label in [
        "month",
        "articles (bars), mentions (lines)",
        "2021-04",
        "articles",
        "Oekraïne",
        "Rusland",
        "NAVO",
    ] {
        assert!(texts.iter().any(|t| t == label), "{label} in {texts:?}");
    }
    // Nor anything but SVG and PNG: a usage error (exit 2), said before any corpus is read.
    let pdf = dir.path().join("timeline.pdf");
    let out = kroniek(&["timeline", "--plot", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SVG or PNG"));
    assert!(!pdf.exists());
}

#[test]
fn timeline_plot_to_a_png_file_writes_a_png_image_of_the_figure() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timeline.PNG");
    let out = kroniek(&[
        "timeline",
        "--plot",
        path.to_str().unwrap(),
        "--by",
        "quarter",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = fs::read(&path).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("the file is a PNG");
    let (width, height) = (reader.info().width, reader.info().height);
    assert_eq!((width, height), (1200, 600));
    let mut pixels = vec![0; reader.output_buffer_size()];
    reader.next_frame(&mut pixels).expect("its pixels decode");
    // A white page with something drawn on it: bars, lines and dark text.
    let dark = pixels
        .chunks(3)
        .filter(|p| p.iter().all(|&c| c < 80))
        .count();
    let white = pixels.chunks(3).filter(|p| p == &[255, 255, 255]).count();
    assert!(white > pixels.len() / 3 / 2, "mostly white: {white}");
    assert!(dark > 1000, "text and axes drawn: {dark} dark pixels");
}

// ---- Citation-ready exports (#18 item 6) ------------------------------------------------------

/// A data directory holding the fixture's bookmarks and `extra` more.
fn data_dir_with(extra: &[Value]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut file: Value =
        serde_json::from_slice(&fs::read("tests/fixtures/bookmarks.json").unwrap()).unwrap();
    let list = file["bookmarks"].as_array_mut().unwrap();
    list.extend(extra.iter().cloned());
    fs::write(
        dir.path().join("bookmarks.json"),
        serde_json::to_vec_pretty(&file).unwrap(),
    )
    .unwrap();
    dir
}

fn export_out(data: &std::path::Path, format: &str) -> String {
    let out = kroniek(&[
        "bookmarks",
        "export",
        "--format",
        format,
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if format != "csv" {
        // (CSV rows end in CRLF.)
        assert_no_control_chars(&out.stdout);
    }
    String::from_utf8(out.stdout).unwrap()
}

/// A bookmark as a file from a later kroniek or another machine holds it.
fn bookmark_value(id: &str, article: &str, date: &str, text: &str, note: &str) -> Value {
    serde_json::json!({
        "id": id,
        "article": article,
        "article_title": format!("Titel van {article}"),
        "date": date,
        "text": text,
        "speaker": "Volodymyr Zelensky",
        "note": note,
        "created": "2026-11-23T10:00:00Z",
        "updated": "2026-11-23T10:00:00Z",
        "source": format!("nieuws/{article}.jsonl:1"),
        "url": format!("https://example.org/{article}"),
        "publisher": "NOS",
    })
}

#[test]
fn bookmarks_export_csl_json_is_one_item_per_article_with_its_quotations() {
    // A second quotation of the fixture's NOS article, and an article dated to the day.
    let mut same_article = bookmark_value(
        "aaaaaaaaaaaaaaa1",
        "003_122c80cfac108b64",
        "2022-02",
        "Dit is een aanval\nop heel Europa",
        "Twee regels,\nbeide in de noot.",
    );
    same_article["article_title"] = Value::from(
        "De NAVO ziet het aantal Russische troepen bij de Oekraïense grens nog niet afnemen, zegt \
         NAVO-chef Jens Stoltenberg",
    );
    let day = bookmark_value("aaaaaaaaaaaaaaa2", "nos-7", "2022-02-24", "Wij vechten", "");
    let data = data_dir_with(&[same_article, day]);
    let items: Vec<Value> = serde_json::from_str(&export_out(data.path(), "csl-json")).unwrap();
    // The fields of the CSL data schema (csl-data.json), which allows no others.
    let csl_fields = [
        "id",
        "type",
        "title",
        "container-title",
        "issued",
        "URL",
        "note",
        "custom",
    ];
    for item in &items {
        for key in item.as_object().unwrap().keys() {
            assert!(csl_fields.contains(&key.as_str()), "{key} in {item}");
        }
        assert_eq!(item["type"], "article-newspaper");
        assert_eq!(item["custom"]["exported-by"], "kroniek");
    }
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "000_46525a48ac51a0ee",
            "003_122c80cfac108b64",
            "nos-7",
            "004_55c0aa1bbed82351"
        ],
        "one item per article, in date order, undated last"
    );
    let first = &items[0];
    assert_eq!(
        first["title"],
        "Rusland moet zijn troepenmacht aan de oostgrens van Oekraïne terugtrekken"
    );
    assert_eq!(
        first["issued"]["date-parts"],
        serde_json::json!([[2021, 4]])
    );
    assert!(first.get("URL").is_none() && first.get("container-title").is_none());
    let note = first["note"].as_str().unwrap();
    assert!(
        note.starts_with("“Het is de grootste Russische troepenopbouw"),
        "{note}"
    );
    assert!(
        note.contains(
            "” — Jens Stoltenberg\nReader's note: Kernzin voor hoofdstuk 2.\nVergelijk met"
        )
    );

    let nos = &items[1];
    assert_eq!(nos["container-title"], "NOS");
    assert_eq!(
        nos["URL"],
        "https://nos.nl/artikel/2416293-navo-ziet-nog-geen-afname"
    );
    assert_eq!(nos["issued"]["date-parts"], serde_json::json!([[2022, 2]]));
    assert_eq!(nos["custom"]["source"], "nieuws/nos.jsonl:3");
    assert_eq!(
        nos["note"],
        "“informatieterrorisme”\n\n“Dit is een aanval op heel Europa” — Volodymyr Zelensky\n\
         Reader's note: Twee regels,\nbeide in de noot."
    );
    assert_eq!(
        items[2]["issued"]["date-parts"],
        serde_json::json!([[2022, 2, 24]])
    );
    assert!(items[3].get("issued").is_none(), "undated: no date");

    // No bookmarks: an empty array.
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(export_out(empty.path(), "csl-json").trim(), "[]");
}

#[test]
fn bookmarks_exports_carry_the_source_url_and_publisher() {
    let data = data_dir_with(&[]);
    let md = export_out(data.path(), "md");
    assert!(
        md.contains("zegt NAVO-chef Jens Stoltenberg*, NOS, 2022-02\n"),
        "{md}"
    );
    assert!(md.contains("\n- *URL:* <https://nos.nl/artikel/2416293-navo-ziet-nog-geen-afname>\n"));
    assert!(md.contains("\n- *Source:* nieuws/nos.jsonl:3\n"));
    assert!(md.contains("\n- *Source:* \\<built-in\\>/000\\_46525a48ac51a0ee.txt\n"));

    let json: Vec<Value> = serde_json::from_str(&export_out(data.path(), "json")).unwrap();
    assert_eq!(json[1]["source"], "nieuws/nos.jsonl:3");
    assert_eq!(
        json[1]["url"],
        "https://nos.nl/artikel/2416293-navo-ziet-nog-geen-afname"
    );
    assert_eq!(json[1]["publisher"], "NOS");
    assert!(json[2].get("url").is_none(), "an older bookmark knows none");

    let csv = export_out(data.path(), "csv");
    let mut rows = csv.split("\r\n");
    assert_eq!(
        rows.next(),
        Some(
            "id,article,article_title,date,speaker,text,note,created,updated,source,url,publisher"
        )
    );
    assert!(csv.contains(
        ",2026-11-22T18:32:00Z,nieuws/nos.jsonl:3,https://nos.nl/artikel/2416293-navo-ziet-nog-geen-afname,NOS\r\n"
    ));

    // A URL that is no web address is no link.
    let odd = bookmark_value("aaaaaaaaaaaaaaa3", "x", "2022-03", "q", "");
    let mut odd = odd;
    odd["url"] = Value::from("javascript:alert(1)");
    let data = data_dir_with(&[odd]);
    let md = export_out(data.path(), "md");
    assert!(md.contains("\n- *URL:* javascript:alert(1)\n"), "{md}");
    assert!(!md.contains("<javascript"));
}

#[test]
fn a_multi_line_note_stays_one_note_in_the_markdown_export() {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let note = "Eerste regel\n- geen lijst\n# geen kop\n\n> geen citaat\n    geen code\n```\n1. geen \
                lijst\n---\nLaatste regel";
    let mut one = bookmark_value("aaaaaaaaaaaaaaa4", "nos-9", "2030-01", "Citaat", note);
    one["url"] = Value::Null;
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bookmarks.json"),
        serde_json::to_vec(&serde_json::json!({"version": 1, "bookmarks": [one]})).unwrap(),
    )
    .unwrap();
    let md = export_out(dir.path(), "md");
    let (mut headings, mut quotes, mut lists, mut items, mut code) = (0, 0, 0, 0, 0);
    let mut in_item = false;
    let mut item_texts: Vec<String> = Vec::new();
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::Start(Tag::List(_)) => lists += 1,
            Event::Start(Tag::CodeBlock(_)) => code += 1,
            Event::Start(Tag::Item) => {
                items += 1;
                in_item = true;
                item_texts.push(String::new());
            }
            Event::End(TagEnd::Item) => in_item = false,
            Event::Text(text) if in_item => item_texts.last_mut().unwrap().push_str(&text),
            Event::SoftBreak | Event::HardBreak if in_item => {
                item_texts.last_mut().unwrap().push('\n')
            }
            _ => {}
        }
    }
    assert_eq!((headings, quotes, lists, code), (2, 1, 1, 0), "{md}");
    assert_eq!(items, 2, "the source and the note: {md}");
    let note_item = item_texts
        .iter()
        .find(|t| t.starts_with("Note:"))
        .unwrap_or_else(|| panic!("{item_texts:?}"));
    assert_eq!(
        note_item,
        "Note: Eerste regel\n- geen lijst\n# geen kop> geen citaat\ngeen code\n```\n1. geen \
         lijst\n---\nLaatste regel",
        "every line of the note, in the one list item, as text: {md}"
    );
}

#[test]
fn kroniek_exports_in_a_corpus_folder_are_skipped_with_a_note_and_the_articles_load() {
    let data = data_dir_with(&[]);
    let corpus = tempfile::tempdir().unwrap();
    let dir = corpus.path();
    for (format, name) in [
        ("md", "citaten.md"),
        ("csv", "citaten.csv"),
        ("json", "citaten.json"),
        ("csl-json", "zotero.json"),
    ] {
        let out = kroniek(&[
            "bookmarks",
            "export",
            "--format",
            format,
            "-o",
            dir.join(name).to_str().unwrap(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ]);
        assert!(out.status.success());
    }
    // An export of the first version, without the source columns, is known too.
    let old_csv = fs::read_to_string("tests/fixtures/export.csv")
        .unwrap()
        .replacen(",source,url,publisher\r\n", "\r\n", 1);
    fs::write(dir.join("oud.csv"), old_csv).unwrap();
    // Real articles in each of those formats, and JSON that is no export.
    fs::write(
        dir.join("een.txt"),
        "date 2022-01\n\nEen artikel over de NAVO.",
    )
    .unwrap();
    fs::write(
        dir.join("twee.md"),
        "---\ntitle: Bookmarked quotations\ndate: 2022-02\n---\n\n# Bookmarked quotations\n\nEen \
         artikel met die titel.",
    )
    .unwrap();
    fs::write(
        dir.join("drie.csv"),
        "id,date,title,text\r\ndrie,2022-03,Drie,Een artikel in CSV.\r\n",
    )
    .unwrap();
    fs::write(dir.join("package.json"), "{\"name\": \"x\"}").unwrap();
    fs::write(
        dir.join("lijst.json"),
        "[{\"id\": \"1\", \"title\": \"t\"}]",
    )
    .unwrap();

    let out = kroniek(&["list", "--json", dir.to_str().unwrap()]);
    assert!(out.status.success());
    let listed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = listed.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["een", "twee", "drie"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (name, format) in [
        ("citaten.md", "Markdown"),
        ("citaten.csv", "CSV"),
        ("oud.csv", "CSV"),
        ("citaten.json", "JSON"),
        ("zotero.json", "CSL JSON"),
    ] {
        let said = format!(
            "{}: a kroniek bookmarks export ({format}), not articles (skipped)",
            dir.join(name).display()
        );
        assert!(stderr.contains(&said), "{said} in {stderr}");
    }
    assert!(!stderr.contains("package.json") && !stderr.contains("lijst.json"));
    assert_eq!(stderr.lines().count(), 5, "{stderr}");

    // Named on the command line, whatever its name, an export is skipped too.
    let named = kroniek(&["list", "--json", dir.join("zotero.json").to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&named.stdout).trim(), "[]");
    assert!(String::from_utf8_lossy(&named.stderr).contains("(CSL JSON), not articles (skipped)"));
}

/// Issue #18, item 11: a PATH that does not exist is a usage error for the reader and for every
/// command that reads a corpus: exit 2, a message naming it, nothing on stdout.
#[test]
fn a_path_that_does_not_exist_is_a_usage_error() {
    let missing = "/no/such/path";
    let commands: [&[&str]; 7] = [
        &[missing],
        &["list", missing],
        &["timeline", missing],
        &["quotes", missing],
        &["actors", missing],
        &["check", missing],
        &["convert", "--to", "jsonl", missing],
    ];
    for args in commands {
        let out = kroniek(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("no such file or directory: `/no/such/path`"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("did you mean"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // A path that exists next to one that does not: still the error.
    let out = kroniek(&["list", "tests/fixtures/formats", missing]);
    assert_eq!(out.status.code(), Some(2));
}

/// Issue #18, item 11: a word close to a command (`kroniek lst`) is a usage error that suggests
/// the command, not an empty reader; the reader exits before it opens a terminal.
#[test]
fn a_typo_of_a_command_suggests_the_command() {
    for (typo, command) in [
        ("lst", "list"),
        ("timelin", "timeline"),
        ("qoutes", "quotes"),
    ] {
        let out = kroniek(&[typo]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{typo}: {stderr}");
        assert!(
            stderr.contains(&format!("no such file or directory: `{typo}`")),
            "{stderr}"
        );
        assert!(
            stderr.contains(&format!("did you mean `kroniek {command}`?")),
            "{typo}: {stderr}"
        );
        // No terminal was taken: no escape sequence reached the output.
        assert!(!out.stdout.contains(&0x1b), "{typo}");
    }
    let out = kroniek(&["krantenknipsels"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"));
}

/// Issue #18, item 11: the message quotes the PATH as typed, through the sanitiser.
#[test]
fn a_missing_path_is_quoted_through_the_sanitiser() {
    let out = kroniek(&["list", "/no/such/\u{1b}[31mred\u{202e}"]);
    assert_eq!(out.status.code(), Some(2));
    assert_no_control_chars(&out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file or directory"));
}

/// Issue #18, item 11: a folder with no article file in it says so, with the extensions looked
/// for (every one kroniek reads).
#[test]
fn a_folder_with_no_article_file_names_the_extensions_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.doc"), "not an article").unwrap();
    let out = common::kroniek_command()
        .arg("list")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let extensions = kroniek::corpus::formats::extension_list();
    assert!(
        stderr.contains(&format!("no article file in it (looked for {extensions})")),
        "{stderr}"
    );
    for (ext, _) in kroniek::corpus::formats::EXTENSIONS {
        assert!(extensions.contains(&format!("*.{ext}")));
    }
}

/// Issue #18, item 11: `--help` and the man page name every extension kroniek reads, from the
/// list the loader uses.
#[test]
fn help_and_the_man_page_name_every_extension() {
    let help = String::from_utf8(kroniek(&["--help"]).stdout).unwrap();
    let man = String::from_utf8(kroniek(&["man"]).stdout).unwrap();
    for (ext, _) in kroniek::corpus::formats::EXTENSIONS {
        assert!(help.contains(&format!("*.{ext}")), "--help: *.{ext}");
        assert!(man.contains(&format!("*.{ext}")), "man: *.{ext}");
    }
    assert!(!help.contains("searched for *.txt)"), "{help}");
}

/// #18 item 17: one word for one thing. The list's FORMAT column names a format as the article
/// header does ("text", "Markdown", not "txt", "md"); a quotation with no speaker says "no
/// speaker" in the table, as in the reader and the exports.
#[test]
fn one_word_for_a_format_and_for_no_speaker() {
    let out = kroniek(&[
        "list",
        "tests/fixtures/formats/seed.txt",
        "tests/fixtures/formats/notes.md",
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains(" text "), "{table}");
    assert!(table.contains(" Markdown "), "{table}");
    assert!(
        !table.contains(" txt ") && !table.contains(" md "),
        "{table}"
    );

    let quotes = json(&["quotes", "--json"]);
    assert!(
        quotes.iter().any(|q| q["speaker"].is_null()),
        "the built-in corpus has a quotation with no speaker"
    );
    let table = String::from_utf8_lossy(&kroniek(&["quotes"]).stdout).into_owned();
    assert!(table.contains(" no speaker "), "{table}");
    assert!(!table.contains(" - "), "{table}");
}

/// The timeline's article lines put ids in a column and titles in the next, however long the
/// ids.
#[test]
fn timeline_aligns_the_titles_of_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "date 2024-03-05 Korte\n\nHet regent.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("een-lange-naam.txt"),
        "date 2024-03-06 Lange\n\nHet waait.\n",
    )
    .unwrap();
    let out = kroniek(&["timeline", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let column = |title: &str| {
        text.lines()
            .find_map(|l| l.find(title))
            .unwrap_or_else(|| panic!("{title} in {text}"))
    };
    assert_eq!(column("Korte"), column("Lange"), "{text}");
}
