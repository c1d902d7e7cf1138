//! The loader over bad input on disk: every problem is a warning with the path and the reason,
//! and everything else still loads.

use std::fs;
use std::path::{Path, PathBuf};

use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self as loader, MAX_FILE_BYTES, Progress};

fn load(dir: &Path) -> Corpus {
    load_paths(&[dir.to_path_buf()])
}

fn load_paths(paths: &[PathBuf]) -> Corpus {
    loader::load(
        paths,
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    )
}

fn warning_for<'a>(corpus: &'a Corpus, name: &str) -> Option<&'a kroniek::corpus::load::Warning> {
    corpus.warnings.iter().find(|w| w.path.ends_with(name))
}

#[test]
fn good_files_load_and_bad_ones_are_reported_with_path_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("good.txt"),
        " date 2022-02 Een goed artikel. Met tekst.",
    )
    .unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("blank.txt"), "  \n\t\n").unwrap();
    fs::write(d.join("header-only.txt"), "date 2022-02\n").unwrap();
    fs::write(d.join("nul.txt"), b"date 2022-02 a\0b").unwrap();
    fs::write(d.join("png.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::create_dir(d.join("x.txt")).unwrap();
    fs::write(d.join("x.txt").join("inner.txt"), "date 2021-01 Binnen.").unwrap();
    fs::write(d.join("notes.doc"), "not an article").unwrap();
    let corpus = load(d);
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["inner", "good"]);
    assert_eq!(
        warning_for(&corpus, "empty.txt").unwrap().reason,
        "empty file"
    );
    assert!(
        warning_for(&corpus, "blank.txt")
            .unwrap()
            .reason
            .contains("no article text")
    );
    assert!(
        warning_for(&corpus, "header-only.txt")
            .unwrap()
            .reason
            .contains("header only")
    );
    assert!(
        warning_for(&corpus, "nul.txt")
            .unwrap()
            .reason
            .contains("NUL")
    );
    assert!(
        warning_for(&corpus, "png.txt")
            .unwrap()
            .reason
            .contains("NUL")
    );
    assert!(
        warning_for(&corpus, "notes.doc").is_none(),
        "non-.txt files in directories are ignored"
    );
    assert!(corpus.warnings.iter().all(|w| w.skipped));
}

#[test]
fn a_file_named_explicitly_is_read_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("artikel.nieuws");
    fs::write(&path, "date 2022-01 Iets.").unwrap();
    let corpus = load_paths(&[path]);
    assert_eq!(corpus.articles[0].id, "artikel");
}

#[test]
fn encodings_and_line_endings_are_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a1252.txt"),
        b"date 2022-01 Oekra\xefne zegt \x93nee\x94.",
    )
    .unwrap();
    fs::write(d.join("bom.txt"), b"\xEF\xBB\xBFdate 2022-02 Met BOM.").unwrap();
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in "date 2022-03 UTF-16 Oekraïne.\r\n\r\nTwee.".encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
        be.extend_from_slice(&unit.to_be_bytes());
    }
    fs::write(d.join("le.txt"), le).unwrap();
    fs::write(d.join("be.txt"), be).unwrap();
    fs::write(d.join("cr.txt"), "date 2022-04 Een.\r\rTwee.\rnog").unwrap();
    let corpus = load(d);
    assert_eq!(corpus.articles.len(), 5);
    let by_id = |id: &str| corpus.articles.iter().find(|a| a.id == id).unwrap();
    assert_eq!(by_id("a1252").text, "Oekraïne zegt “nee”.");
    assert_eq!(by_id("a1252").quotes.len(), 1);
    assert!(
        warning_for(&corpus, "a1252.txt")
            .unwrap()
            .reason
            .contains("Windows-1252")
    );
    assert!(!warning_for(&corpus, "a1252.txt").unwrap().skipped);
    assert_eq!(by_id("bom").date.unwrap().to_string(), "2022-02");
    assert_eq!(by_id("le").text, "UTF-16 Oekraïne.\n\nTwee.");
    assert_eq!(by_id("be").text, by_id("le").text);
    assert_eq!(by_id("cr").paragraphs.len(), 2);
    assert_eq!(by_id("cr").text, "Een.\n\nTwee. nog");
}

#[test]
fn impossible_dates_make_articles_undated_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.txt"), "date 2022-13 Tekst.").unwrap();
    fs::write(dir.path().join("good.txt"), "date 2022-12 Tekst.").unwrap();
    let corpus = load(dir.path());
    assert_eq!(corpus.articles[1].id, "bad");
    assert!(corpus.articles[1].date.is_none());
    let warning = warning_for(&corpus, "bad.txt").unwrap();
    assert!(warning.reason.contains("2022-13") && !warning.skipped);
}

#[test]
fn same_dates_sort_by_id_and_stay_stable() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["c", "a", "b"] {
        fs::write(
            dir.path().join(format!("{name}.txt")),
            "date 2022-01 Zelfde maand.",
        )
        .unwrap();
    }
    fs::write(dir.path().join("0undated.txt"), "Geen datum.").unwrap();
    let ids: Vec<String> = load(dir.path())
        .articles
        .iter()
        .map(|a| a.id.clone())
        .collect();
    assert_eq!(ids, ["a", "b", "c", "0undated"]);
}

#[test]
fn escape_sequences_never_survive_loading() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("evil.txt"),
        "date 2022-01 Titel\x1b[2J\x1b]0;pwned\x07 met \u{9b}31m kleur \x1b]52;c;ZXZpbA==\x07.\n\nLav\u{202e}rov\tzei iets.",
    )
    .unwrap();
    let corpus = load(dir.path());
    let article = &corpus.articles[0];
    for text in [&article.text, &article.title] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}'));
    }
    assert_eq!(article.title, "Titel met kleur");
    assert!(article.text.contains("Lavrov zei iets."));
    assert!(corpus.warnings[0].reason.contains("removed"));
}

#[test]
fn oversized_files_are_skipped_with_the_bound_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = fs::File::create(dir.path().join("huge.txt")).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let corpus = load(dir.path());
    assert!(corpus.articles.is_empty());
    assert!(
        warning_for(&corpus, "huge.txt")
            .unwrap()
            .reason
            .contains("16 MiB")
    );
}

#[test]
fn same_stem_in_two_folders_gets_a_unique_id() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join("x.txt"), "date 2022-01 Tekst.").unwrap();
    }
    let corpus = load(dir.path());
    let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["x", "x~2"]);
    assert!(corpus.warnings[0].reason.contains("x~2"));
}

/// Ids are handed out in file order: a file whose own stem is an id given out before it is
/// renamed too, and a third `x` takes the next free number.
#[test]
fn renamed_ids_never_meet_an_id_given_before() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, name) in [
        ("a", "x.txt"),
        ("b", "x.txt"),
        ("c", "x~2.txt"),
        ("d", "x.txt"),
    ] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join(name), "date 2022-01 Tekst.").unwrap();
    }
    let corpus = load(dir.path());
    let id_of = |sub: &str| {
        let article = corpus
            .articles
            .iter()
            .find(|a| a.source.to_string().contains(&format!("/{sub}/")));
        article.map(|a| a.id.as_str()).unwrap()
    };
    assert_eq!(
        [id_of("a"), id_of("b"), id_of("c"), id_of("d")],
        ["x", "x~2", "x~2~2", "x~3"]
    );
    let reasons: Vec<&str> = corpus.warnings.iter().map(|w| w.reason.as_str()).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[0].ends_with("this one is `x~2`"), "{reasons:?}");
    assert!(reasons[1].ends_with("this one is `x~2~2`"), "{reasons:?}");
    assert!(reasons[2].ends_with("this one is `x~3`"), "{reasons:?}");
}

#[test]
fn missing_path_is_a_warning_not_a_crash() {
    let corpus = load_paths(&["/nonexistent/kroniek".into()]);
    assert!(corpus.articles.is_empty());
    assert_eq!(corpus.warnings[0].reason, "no such file or directory");
}

#[cfg(unix)]
#[test]
fn fifos_and_symlink_loops_are_skipped_without_blocking() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("good.txt"), "date 2022-01 Goed.").unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(d.join("pipe.txt"))
        .status();
    let have_fifo = status.is_ok_and(|s| s.success());
    symlink(d.join("loop1.txt"), d.join("loop2.txt")).unwrap();
    symlink(d.join("loop2.txt"), d.join("loop1.txt")).unwrap();
    symlink(d, d.join("back")).unwrap();
    let corpus = load(d);
    assert_eq!(
        corpus.articles.len(),
        1,
        "the directory link back is searched once"
    );
    if have_fifo {
        assert!(
            warning_for(&corpus, "pipe.txt")
                .unwrap()
                .reason
                .contains("not a regular file")
        );
    } else {
        eprintln!("mkfifo is not available: FIFO case not run");
    }
    assert!(
        warning_for(&corpus, "loop1.txt")
            .unwrap()
            .reason
            .contains("link loop")
    );
    // The FIFO named explicitly must not block either.
    if have_fifo {
        let corpus = load_paths(&[d.join("pipe.txt")]);
        assert!(corpus.warnings[0].reason.contains("not a regular file"));
    }
}

#[cfg(unix)]
#[test]
fn the_walk_reads_each_directory_once_in_name_order_down_to_the_depth_limit() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("b")).unwrap();
    fs::write(d.join("b/one.txt"), "date 2022-02 Een.").unwrap();
    fs::write(d.join("b/notes.log"), "geen artikel").unwrap();
    fs::write(d.join("a.txt"), "date 2022-01 Twee.").unwrap();
    symlink(d.join("b"), d.join("c-link")).unwrap();
    symlink(d.join("b/one.txt"), d.join("d-link.txt")).unwrap();
    symlink(d.join("nowhere.txt"), d.join("e-dangling.txt")).unwrap();
    symlink(d.join("nowhere"), d.join("f-dangling")).unwrap();
    // `g` is one directory below the PATH; the last directory here is MAX_DEPTH + 1 below it.
    let mut deep = d.join("g");
    for level in 2..=loader::MAX_DEPTH {
        deep = deep.join(level.to_string());
    }
    fs::create_dir_all(deep.join("too-deep")).unwrap();
    fs::write(deep.join("in.txt"), "date 2022-04 Diep.").unwrap();
    fs::write(deep.join("too-deep/out.txt"), "date 2022-05 Te diep.").unwrap();
    let corpus = load(d);
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    // `d-link.txt` is `b/one.txt` by another name: the file loads once, where it is met first.
    assert_eq!(ids, ["a", "one", "in"]);
    let shown = d.display().to_string();
    let warnings: Vec<(&str, &str)> = corpus
        .warnings
        .iter()
        .map(|w| (w.path.strip_prefix(&shown).unwrap(), w.reason.as_str()))
        .collect();
    let too_deep = deep.join("too-deep").display().to_string();
    assert_eq!(
        warnings,
        [
            ("/c-link", "directory already searched (a link loop?)"),
            ("/e-dangling.txt", "no such file or directory"),
            (
                too_deep.strip_prefix(&shown).unwrap(),
                "more than 64 directories deep"
            ),
        ]
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    fs::write(&path, "date 2022-01 Geheim.").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        eprintln!("running as root: permissions do not stop reading, unreadable case not run");
        return;
    }
    let corpus = load(dir.path());
    assert_eq!(
        warning_for(&corpus, "secret.txt").unwrap().reason,
        "permission denied"
    );
}

/// One actor as `kroniek actors` reports it: name, kind, every form met, mentions and the ids of
/// the articles.
type ActorLine = (String, String, Vec<String>, usize, Vec<String>);

/// The actors of `corpus` as `kroniek actors` reports them.
fn actor_report(corpus: &Corpus) -> Vec<ActorLine> {
    corpus
        .actor_stats()
        .iter()
        .map(|stat| {
            let actor = corpus.gazetteer.actor(stat.actor);
            let ids = stat
                .articles
                .iter()
                .map(|&ix| corpus.article(ix).id.clone())
                .collect();
            (
                actor.name.clone(),
                actor.kind.as_str().to_owned(),
                actor.aliases.clone(),
                stat.mentions,
                ids,
            )
        })
        .collect()
}

#[test]
fn keeping_only_actors_counts_the_same_actors_as_whole_articles_without_their_text() {
    use kroniek::corpus::formats::Keep;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("raad.txt"),
        "date 2024-03-05 Raad kiest voorzitter\n\nDe gemeenteraad van Glanerbrug koos \
         wethouder Marieke van der Velde tot voorzitter. Van der Velde kreeg steun van de \
         Partij van de Arbeid.\n\n„We gaan aan het werk”, zei Van der Velde in Glanerbrug.\n",
    )
    .unwrap();
    fs::write(
        d.join("later.txt"),
        "date 2024-04-01 Nieuws uit de raad\n\nVan der Velde sprak opnieuw, en Poetin zweeg. \
         „Dit is een gemiste kans”, aldus Pieter Jansen van de Partij van de Arbeid.\n",
    )
    .unwrap();
    fs::write(
        d.join("wire.jsonl"),
        "{\"date\":\"2024-05-02\",\"title\":\"Talks\",\"body\":\"Senator Jane Holloway met \
         officials of the Harbour Authority in Glanerbrug. \\\"We will talk again,\\\" Holloway \
         said.\"}\n",
    )
    .unwrap();
    // A name the user marked as no actor is dropped either way.
    let gazetteer = || {
        Gazetteer::with_files(&[(
            "actors.toml".to_owned(),
            "ignore = [\"Pieter Jansen\"]\n".to_owned(),
        )])
        .unwrap()
    };
    let load = |keep: Keep| {
        let options = Options {
            keep,
            ..Options::default()
        };
        loader::load(
            &[d.to_path_buf()],
            gazetteer(),
            &options,
            &Progress::default(),
        )
    };
    let whole = load(Keep::Everything);
    let counted = load(Keep::Actors);
    let report = actor_report(&whole);
    assert!(
        report.iter().any(|a| a.0 == "Marieke van der Velde"),
        "{report:#?}"
    );
    assert!(report.iter().any(|a| a.0 == "Jane Holloway"), "{report:#?}");
    assert!(
        !report.iter().any(|a| a.0 == "Pieter Jansen"),
        "{report:#?}"
    );
    assert_eq!(actor_report(&counted), report);
    // No text, paragraph or quotation is held, only the names the corpus joined.
    assert!(whole.articles.iter().all(|a| !a.quotes.is_empty()));
    for article in &counted.articles {
        assert!(!article.text.contains("voorzitter") && !article.text.contains("talk"));
        assert!(article.paragraphs.is_empty() && article.quotes.is_empty());
    }
}
