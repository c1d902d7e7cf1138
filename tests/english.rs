//! English corpora: the language forced with `--language` or the config, and actors named in the
//! corpus's main language (or `display_language`), one actor across languages.

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

mod common;

const ENGLISH_KREMLIN: &str = "date 2022-02-10 Putin warns NATO over Ukraine

Russian President Vladimir Putin warned NATO on Thursday that the alliance must stop its \
expansion to the east. The Kremlin said the talks with the European Union had failed.

\"We will not accept this,\" Putin said in Moscow. Ukraine and Germany asked for calm.
";

const ENGLISH_SUMMIT: &str = "date 2022-03-04 NATO meets in Brussels

The leaders of NATO met in Brussels on Friday to discuss the war in Ukraine. The United States \
and France sent their ministers, and the White House said it would send more aid to Ukraine.
";

const DUTCH_NAVO: &str = "date 2022-03-05 De NAVO vergadert in Brussel

De leiders van de NAVO kwamen vrijdag bijeen in Brussel. Het ging over de oorlog in Oekraïne en \
de steun van de Verenigde Staten, die volgens het Witte Huis zal groeien.
";

/// The Dutch names that an English corpus must not show.
const DUTCH_NAMES: &[&str] = &[
    "Poetin",
    "NAVO",
    "Oekraïne",
    "Europese Unie",
    "Witte Huis",
    "Verenigde Staten",
    "Frankrijk",
    "Duitsland",
];

fn corpus(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    for (name, text) in files {
        fs::write(dir.path().join(name), text).expect("written");
    }
    dir
}

fn kroniek(args: &[&str], dir: &Path, config: Option<&Path>) -> Output {
    let mut command = common::kroniek_command();
    if let Some(config) = config {
        command.env("KRONIEK_CONFIG", config);
    }
    command
        .args(args)
        .arg(dir)
        .output()
        .expect("the binary runs")
}

fn stdout(args: &[&str], dir: &Path, config: Option<&Path>) -> String {
    let out = kroniek(args, dir, config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn json(args: &[&str], dir: &Path, config: Option<&Path>) -> Vec<Value> {
    let text = stdout(args, dir, config);
    serde_json::from_str::<Value>(&text)
        .expect("JSON")
        .as_array()
        .expect("an array")
        .clone()
}

fn names(actors: &[Value]) -> Vec<&str> {
    actors.iter().filter_map(|a| a["name"].as_str()).collect()
}

fn actor<'a>(actors: &'a [Value], name: &str) -> &'a Value {
    actors
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no actor {name}: {:?}", names(actors)))
}

#[test]
fn an_english_corpus_shows_english_names_in_every_command() {
    let dir = corpus(&[
        ("kremlin.txt", ENGLISH_KREMLIN),
        ("summit.txt", ENGLISH_SUMMIT),
    ]);
    let actors = json(&["actors", "--json"], dir.path(), None);
    for name in [
        "Vladimir Putin",
        "NATO",
        "Ukraine",
        "European Union",
        "Kremlin",
        "White House",
        "United States",
        "France",
        "Germany",
    ] {
        actor(&actors, name);
    }
    // The Dutch name is kept among the aliases: every form stays findable.
    let putin = actor(&actors, "Vladimir Putin");
    assert!(
        putin["aliases"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Vladimir Poetin"))
    );
    let listed = json(&["list", "--json"], dir.path(), None);
    assert!(listed.iter().all(|a| a["language"] == "en"));
    assert!(
        listed
            .iter()
            .any(|a| a["actors"].as_array().unwrap().contains(&"NATO".into())),
        "{listed:#?}"
    );
    let quotes = json(&["quotes", "--json"], dir.path(), None);
    assert_eq!(quotes[0]["speaker"], "Vladimir Putin", "{quotes:#?}");
    // --speaker takes the name in either language.
    let by_dutch_name = json(
        &["quotes", "--json", "--speaker", "Poetin"],
        dir.path(),
        None,
    );
    assert_eq!(by_dutch_name.len(), 1);
    // (`actors --json` lists the Dutch names among the aliases; its names are checked above.)
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["actors"],
        &["quotes"],
        &["quotes", "--json"],
        &["timeline"],
        &["timeline", "--json"],
    ] {
        let out = stdout(args, dir.path(), None);
        for dutch in DUTCH_NAMES {
            assert!(!out.contains(dutch), "{args:?} shows {dutch}:\n{out}");
        }
    }
    assert!(stdout(&["timeline"], dir.path(), None).contains("NATO"));
}

#[test]
fn a_mixed_corpus_counts_one_actor_across_languages() {
    let dir = corpus(&[
        ("kremlin.txt", ENGLISH_KREMLIN),
        ("summit.txt", ENGLISH_SUMMIT),
        ("navo.txt", DUTCH_NAVO),
    ]);
    let listed = json(&["list", "--json"], dir.path(), None);
    let languages: Vec<&str> = listed
        .iter()
        .map(|a| a["language"].as_str().unwrap())
        .collect();
    assert_eq!(languages, ["en", "en", "nl"]);
    let actors = json(&["actors", "--json"], dir.path(), None);
    let nato: Vec<&Value> = actors
        .iter()
        .filter(|a| {
            a["name"] == "NATO"
                || a["name"] == "NAVO"
                || a["aliases"].as_array().unwrap().contains(&"NATO".into())
        })
        .collect();
    assert_eq!(nato.len(), 1, "{nato:#?}");
    // Most articles are English: the English name.
    assert_eq!(nato[0]["name"], "NATO");
    assert_eq!(nato[0]["articles"].as_array().unwrap().len(), 3);
    assert_eq!(
        actor(&actors, "Ukraine")["articles"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        actor(&actors, "White House")["articles"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // Mostly Dutch: the Dutch names.
    let dir = corpus(&[
        ("navo.txt", DUTCH_NAVO),
        ("navo2.txt", DUTCH_NAVO),
        ("summit.txt", ENGLISH_SUMMIT),
    ]);
    let actors = json(&["actors", "--json"], dir.path(), None);
    assert_eq!(
        actor(&actors, "NAVO")["articles"].as_array().unwrap().len(),
        3
    );
    assert!(!names(&actors).contains(&"NATO"));
}

#[test]
fn the_language_option_forces_one_language_on_every_article() {
    let dir = corpus(&[("kremlin.txt", ENGLISH_KREMLIN)]);
    let speaker = |args: &[&str]| json(args, dir.path(), None)[0]["speaker"].clone();
    assert_eq!(speaker(&["quotes", "--json"]), "Vladimir Putin");
    let forced = json(&["list", "--json", "--language", "nl"], dir.path(), None);
    assert_eq!(forced[0]["language"], "nl");
    // Read as Dutch, the corpus is Dutch: the names are the Dutch ones.
    assert_eq!(
        speaker(&["quotes", "--json", "--language", "nl"]),
        "Vladimir Poetin"
    );
    let actors = json(&["actors", "--json", "--language", "nl"], dir.path(), None);
    actor(&actors, "NAVO");
    // Written before the command, too.
    let before = json(&["--language", "nl", "list", "--json"], dir.path(), None);
    assert_eq!(before[0]["language"], "nl");
    let wrong = kroniek(&["list", "--language", "de"], dir.path(), None);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("want nl or en"));
    let nowhere = common::kroniek_command()
        .args(["--language", "en", "bookmarks"])
        .output()
        .expect("the binary runs");
    assert!(
        String::from_utf8_lossy(&nowhere.stderr).contains("--language is for reading a corpus")
    );
}

#[test]
fn the_display_language_option_and_settings_name_the_actors() {
    let dir = corpus(&[("kremlin.txt", ENGLISH_KREMLIN)]);
    let settings = tempfile::tempdir().expect("a folder");
    let config = settings.path().join("config.toml");

    fs::write(&config, "display_language = \"nl\"\n").expect("written");
    let actors = json(&["actors", "--json"], dir.path(), Some(&config));
    actor(&actors, "Vladimir Poetin");
    actor(&actors, "NAVO");
    // The command line over the config.
    let actors = json(
        &["actors", "--json", "--display-language", "en"],
        dir.path(),
        Some(&config),
    );
    actor(&actors, "Vladimir Putin");

    let dutch = corpus(&[("navo.txt", DUTCH_NAVO)]);
    let actors = json(
        &["actors", "--json", "--display-language", "en"],
        dutch.path(),
        None,
    );
    actor(&actors, "NATO");
    actor(&actors, "Ukraine");

    // The config's `language` forces one language, as --language does.
    fs::write(&config, "language = \"en\"\n").expect("written");
    let listed = json(&["list", "--json"], dutch.path(), Some(&config));
    assert_eq!(listed[0]["language"], "en");
    let shown = common::kroniek_command()
        .env("KRONIEK_CONFIG", &config)
        .arg("config")
        .output()
        .expect("the binary runs");
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.contains("language = \"en\""), "{shown}");

    fs::write(&config, "mouse = true\nlanguage = \"fr\"\n").expect("written");
    let out = kroniek(&["list"], dir.path(), Some(&config));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains(&config.display().to_string()), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn a_users_actors_file_may_give_names_per_language() {
    let dir = corpus(&[("kremlin.txt", ENGLISH_KREMLIN)]);
    let settings = tempfile::tempdir().expect("a folder");
    let config = settings.path().join("config.toml");
    fs::write(&config, "").expect("written");
    fs::write(
        settings.path().join("actors.toml"),
        "[[actor]]\nname = \"Moskou\"\nkind = \"place\"\nnames = { en = \"Moscow\" }\n",
    )
    .expect("written");
    let actors = json(&["actors", "--json"], dir.path(), Some(&config));
    assert_eq!(actor(&actors, "Moscow")["origin"], "user");
    let actors = json(
        &["actors", "--json", "--display-language", "nl"],
        dir.path(),
        Some(&config),
    );
    actor(&actors, "Moskou");
}

/// The reader's article header says the article's language; an English corpus names its actors
/// in English there.
#[test]
fn the_article_header_shows_the_language() {
    use kroniek::corpus::Corpus;
    use kroniek::corpus::actors::Gazetteer;
    use kroniek::corpus::article::Format;
    use kroniek::corpus::formats::Options;
    use kroniek::corpus::load::{Built, Progress, articles_from_bytes};

    let gazetteer = Gazetteer::builtin();
    let articles = articles_from_bytes(
        "kremlin",
        "kremlin.txt",
        Some(Format::Text),
        ENGLISH_KREMLIN.as_bytes(),
        &gazetteer,
        &Options::default(),
        &Progress::default(),
    )
    .into_iter()
    .filter_map(|built| match built {
        Built::Article { article, .. } => Some(article),
        _ => None,
    })
    .collect();
    let mut corpus = Corpus::new(articles, Vec::new(), gazetteer);
    corpus.name_actors_in(corpus.main_language());
    let mut h = common::Harness::with_corpus(corpus, 100, 24);
    h.keys("<Enter>");
    let screen = h.screen();
    let header: Vec<&str> = screen.lines().take(5).collect();
    insta::assert_snapshot!("english_article_header", header.join("\n"));
}

/// A place both languages name, in Dutch and English articles of one corpus, is one actor named
/// in the corpus's main language.
#[test]
fn a_place_spelled_in_both_languages_is_one_actor_in_the_display_language() {
    let moskou = "date 2022-03-06 Gesprekken in Moskou

De minister reisde zondag naar Moskou voor gesprekken in het Kremlin.
";
    let dir = corpus(&[
        ("kremlin.txt", ENGLISH_KREMLIN),
        ("summit.txt", ENGLISH_SUMMIT),
        ("kremlin2.txt", ENGLISH_KREMLIN),
        ("navo.txt", DUTCH_NAVO),
        ("moskou.txt", moskou),
    ]);
    let actors = json(&["actors", "--json"], dir.path(), None);
    let found = names(&actors);
    for dutch in ["Brussel", "Moskou"] {
        assert!(!found.contains(&dutch), "{dutch}: {found:?}");
    }
    let articles = |name: &str| actor(&actors, name)["articles"].as_array().map(Vec::len);
    assert_eq!(articles("Brussels"), Some(2), "{found:?}");
    assert_eq!(articles("Moscow"), Some(3), "{found:?}");
}
