//! The user's `actors.toml` beside `config.toml`, through the real binary: `actors`, `quotes`
//! and `list` honour its merges, renames, kinds and ignored names, and `config` shows where it is.

use std::fs;
use std::process::Output;

use serde_json::Value;

mod common;

/// Kremlin merged into Rusland, Stoltenberg renamed, NAVO made a country, Westen no actor.
const ACTORS: &str = r#"# mine
ignore = ["Westen"]

[[actor]]
name = "Rusland"
kind = "country"
aliases = ["Russische Federatie", "Kremlin"]

[[actor]]
name = "Stoltenberg, Jens"
kind = "person"
aliases = ["Jens Stoltenberg", "Stoltenberg", "NAVO-chef", "Navo-chef",
           "NAVO-secretaris-generaal", "Navo-secretaris-generaal"]

[[actor]]
name = "NAVO"
kind = "country"
"#;

/// A config directory (as `XDG_CONFIG_HOME`) holding `actors.toml` with `text`.
fn config_home(text: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("kroniek");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("actors.toml"), text).unwrap();
    home
}

fn run(home: &tempfile::TempDir, args: &[&str]) -> Output {
    common::kroniek_command()
        .env("XDG_CONFIG_HOME", home.path())
        .args(args)
        .output()
        .expect("the binary runs")
}

fn json(home: &tempfile::TempDir, args: &[&str]) -> Vec<Value> {
    let out = run(home, args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
}

#[test]
fn actors_quotes_and_list_honour_the_user_s_actors_file() {
    let home = config_home(ACTORS);
    let actors = json(&home, &["actors", "--json"]);
    let find = |name: &str| actors.iter().find(|a| a["name"] == name).cloned();
    let rusland = find("Rusland").expect("Rusland");
    // 34 of its own and the Kremlin's 7, as `kroniek actors` counts without the file.
    assert_eq!(rusland["mentions"], 41);
    assert_eq!(rusland["origin"], "user");
    assert!(find("Kremlin").is_none());
    assert!(find("Westen").is_none());
    assert!(find("Jens Stoltenberg").is_none());
    assert_eq!(find("Stoltenberg, Jens").expect("renamed")["mentions"], 18);
    assert_eq!(find("NAVO").expect("NAVO")["kind"], "country");
    assert_eq!(find("Oekraïne").expect("untouched")["origin"], "gazetteer");

    let quotes = json(&home, &["quotes", "--json"]);
    assert_eq!(quotes[0]["speaker"], "Stoltenberg, Jens");
    assert!(quotes.iter().all(|q| q["speaker"] != "Jens Stoltenberg"));
    let spoken = json(&home, &["quotes", "--json", "--speaker", "stoltenberg"]);
    assert!(!spoken.is_empty());

    let list = json(&home, &["list", "--json"]);
    let names: Vec<&str> = list
        .iter()
        .flat_map(|a| a["actors"].as_array().unwrap())
        .filter_map(Value::as_str)
        .collect();
    assert!(names.contains(&"Stoltenberg, Jens"));
    assert!(!names.contains(&"Kremlin"));
    assert!(!names.contains(&"Westen"));
}

#[test]
fn config_shows_where_the_actors_file_is() {
    let home = config_home(ACTORS);
    let out = run(&home, &["config"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let path = home.path().join("kroniek").join("actors.toml");
    assert!(
        text.contains(&format!("# your actors: {}\n", path.display())),
        "{text}"
    );
    fs::remove_file(&path).unwrap();
    let out = run(&home, &["config"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("(not there yet"), "{text}");
}

#[test]
fn an_invalid_actors_file_stops_kroniek_naming_the_file_and_the_line() {
    let home = config_home("ignore = [\"Westen\"]\n\n[[actor]]\nname = \"X\"\nkind = \"planet\"\n");
    let out = run(&home, &["actors"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("actors.toml"), "{err}");
    assert!(err.contains("line 5"), "{err}");
    assert!(err.contains("planet"), "{err}");
    // The commands that read no corpus need no actors, and still work.
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    for args in [
        vec!["config"],
        vec!["bookmarks", "--data-dir", data_dir],
        vec![
            "bookmarks",
            "--data-dir",
            data_dir,
            "export",
            "--format",
            "md",
        ],
    ] {
        let out = run(&home, &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A reader over the seed articles whose actors file is `path`.
fn reader(path: Option<std::path::PathBuf>) -> common::Harness {
    let mut h = common::Harness::new(120, 40);
    h.app
        .set_actors_file(kroniek::corpus::curation::file::ActorsFile::empty(path));
    h
}

/// The message after undo says how things are once undone, not the choice undone.
#[test]
fn undo_says_how_the_actor_is_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = reader(Some(dir.path().join("actors.toml")));
    // Oekraïne is the first actor, a country.
    h.keys("ac");
    assert_eq!(
        h.app.message.as_deref(),
        Some("“Oekraïne” is a place now; u undoes")
    );
    h.keys("u");
    assert_eq!(
        h.app.message.as_deref(),
        Some("undone: “Oekraïne” is a country again")
    );
    h.keys("x");
    h.keys("u");
    assert_eq!(
        h.app.message.as_deref(),
        Some("undone: “Oekraïne” is an actor again")
    );
    // Rusland, the second, merged into NAVO, the third.
    h.keys("jmj<Enter>");
    assert_eq!(
        h.app.message.as_deref(),
        Some("merged “Rusland” into “NAVO”; u undoes")
    );
    h.keys("u");
    assert_eq!(
        h.app.message.as_deref(),
        Some("undone: “Rusland” is apart from “NAVO” again")
    );
}

#[test]
fn a_rename_shows_at_once_as_the_speaker_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("actors.toml");
    let mut h = reader(Some(path.clone()));
    // Jens Stoltenberg is the fourth actor.
    h.keys("ajjjr (NAVO)<Enter>");
    assert!(
        h.screen()
            .contains("renamed “Jens Stoltenberg” to “Jens Stoltenberg (NAVO)”")
    );
    // Renamed in the display language (the seed articles are Dutch); any other keeps its name.
    let written = fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("name = \"Jens Stoltenberg\"")
            && written.contains("names = { nl = \"Jens Stoltenberg (NAVO)\" }"),
        "{written}"
    );
    h.keys("q<Enter>]");
    assert!(
        h.screen().contains("❝ 1/5 Jens Stoltenberg (NAVO):"),
        "{}",
        h.screen()
    );
    h.keys("au");
    assert!(h.screen().contains("undone: renamed"), "{}", h.screen());
    assert!(!fs::read_to_string(&path).unwrap().contains("(NAVO)"));
    h.keys("q<Enter>]");
    let screen = h.screen();
    assert!(screen.contains("❝ 2/5 Jens Stoltenberg: “"), "{screen}");
    assert!(!screen.contains("(NAVO)"), "{screen}");
}

#[test]
fn marking_no_actor_takes_its_quotations_and_the_filter_follows_a_merge() {
    let mut h = reader(None);
    // Filter on the Kremlin, then merge it into Rusland: the filter follows.
    h.keys("ajjjjjjjj<Enter>");
    assert!(h.screen().contains("Kremlin ·"), "{}", h.screen());
    h.keys("agjjjjjjjjmkkkkkkk<Enter>");
    let filter = h.app.filters.actor.expect("a filter");
    assert_eq!(h.app.corpus.actor_name(filter), "Rusland");
    // Mark Jens Stoltenberg as no actor: his quotations lose their speaker.
    h.keys("gjjjx");
    assert!(h.app.corpus.gazetteer.lookup("Jens Stoltenberg").is_none());
    let spoken = h
        .app
        .corpus
        .articles
        .iter()
        .flat_map(|a| &a.quotes)
        .filter_map(|q| q.speaker)
        .any(|s| h.app.corpus.actor_name(s) == "Jens Stoltenberg");
    assert!(!spoken);
}

#[test]
fn a_failed_save_is_shown_and_the_choice_stays() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file where the directory should be: nothing can be written under it.
    fs::write(dir.path().join("kroniek"), "").unwrap();
    let path = dir.path().join("kroniek").join("actors.toml");
    let mut h = reader(Some(path));
    h.keys("ajjjjjjjjx");
    let screen = h.screen();
    assert!(screen.contains("“Kremlin” is not an actor now"), "{screen}");
    assert!(screen.contains("NOT saved: cannot save"), "{screen}");
    assert!(!screen.contains(" Kremlin "), "{screen}");
    assert!(h.app.curating.error.is_some());
}

/// "an" before a kind that starts with a vowel sound, "a" before the others.
#[test]
fn the_kind_message_says_a_or_an_as_the_kind_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = reader(Some(dir.path().join("actors.toml")));
    // Oekraïne, the first actor: country, then place, person, organisation.
    h.keys("accc");
    assert_eq!(
        h.app.message.as_deref(),
        Some("“Oekraïne” is an organisation now; u undoes")
    );
    h.keys("c");
    h.keys("u");
    assert_eq!(
        h.app.message.as_deref(),
        Some("undone: “Oekraïne” is an organisation again")
    );
    h.keys("u");
    assert_eq!(
        h.app.message.as_deref(),
        Some("undone: “Oekraïne” is a person again")
    );
}

/// The rename box starts with the actor's name; `Ctrl-u` clears it for a new one.
#[test]
fn ctrl_u_clears_the_rename_box() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = reader(Some(dir.path().join("actors.toml")));
    // Jens Stoltenberg is the fourth actor.
    h.keys("ajjjr<C-u>Stoltenberg<Enter>");
    assert_eq!(
        h.app.message.as_deref(),
        Some("renamed “Jens Stoltenberg” to “Stoltenberg”; u undoes")
    );
}

/// The Actors view's status line names the keys that correct the actors, and undo once there
/// is something to undo.
#[test]
fn the_actors_view_hints_at_its_curation_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = reader(Some(dir.path().join("actors.toml")));
    h.resize(160, 40);
    h.keys("a");
    let status = |h: &mut common::Harness| h.screen().lines().last().unwrap_or("").to_owned();
    let line = status(&mut h);
    for hint in ["m merge", "r rename", "c kind", "x no actor"] {
        assert!(line.contains(hint), "{line}");
    }
    assert!(!line.contains("u undo"), "{line}");
    h.keys("c");
    h.app.message = None;
    let line = status(&mut h);
    assert!(line.contains("u undo"), "{line}");
}

/// Two readers share one actors file: each choice goes into the file as it is on disk, so the
/// other reader's choices, a table added by hand and its comment all stay.
#[test]
fn a_choice_keeps_what_another_reader_or_the_user_wrote_since() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("actors.toml");
    let mut first = reader(Some(path.clone()));
    let mut second = reader(Some(path.clone()));
    // Oekraïne (the first actor) is no actor in the first reader, Rusland (the second) in the
    // second.
    first.keys("ax");
    second.keys("ajx");
    let written = fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("\"Oekraïne\"") && written.contains("\"Rusland\""),
        "{written}"
    );
    // By hand, with the second reader open.
    fs::write(
        &path,
        format!("{written}\n# mine\n[[actor]]\nname = \"Meyrem Almaci\"\nkind = \"person\"\n"),
    )
    .unwrap();
    second.keys("c");
    let written = fs::read_to_string(&path).unwrap();
    for kept in ["\"Oekraïne\"", "\"Rusland\"", "# mine", "Meyrem Almaci"] {
        assert!(written.contains(kept), "{kept} lost: {written}");
    }
    // Undo would put back the file as it was before that choice, losing what came since: it
    // is refused while the file is not as this reader left it.
    fs::write(&path, format!("{written}\n# later\n")).unwrap();
    second.keys("u");
    let said = second.app.message.clone().unwrap_or_default();
    assert!(
        said.starts_with("not undone:") && said.contains("changed since"),
        "{said}"
    );
    assert!(fs::read_to_string(&path).unwrap().contains("# later"));
}

/// A file the user broke by hand is not written over: the choice is not made, and says why.
#[test]
fn a_choice_is_not_made_over_a_file_that_no_longer_parses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("actors.toml");
    let mut h = reader(Some(path.clone()));
    fs::write(&path, "[[actor]\nname = \"half\"\n").unwrap();
    h.keys("ax");
    let said = h.app.message.clone().unwrap_or_default();
    assert!(
        said.starts_with("not done: your actors file cannot be changed"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "[[actor]\nname = \"half\"\n"
    );
    assert!(h.app.corpus.gazetteer.lookup("Oekraïne").is_some());
}
