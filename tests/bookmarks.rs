//! Bookmarks on disk: round trips, merging, crashes, concurrency, corrupt and future files,
//! unwritable directories, exports; and in the reader.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::Harness;
use kroniek::app::overlay::Confirm;
use kroniek::app::state::View;
use kroniek::bookmarks::export::{Format, export};
use kroniek::bookmarks::store::{
    Applied, BookmarkStore, Change, FileStore, Opened, StoreError, apply_changes,
};
use kroniek::bookmarks::{Bookmark, BookmarkFile, bookmark_id};
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self, Progress};

fn bookmark(tag: &str, i: usize) -> Bookmark {
    let text = format!("quote {tag} {i}");
    Bookmark {
        id: bookmark_id("art", &text),
        article: "art".into(),
        article_title: "Een titel".into(),
        date: Some("2022-02".into()),
        text,
        speaker: Some("Jens Stoltenberg".into()),
        note: String::new(),
        created: "2026-01-01T00:00:00Z".into(),
        updated: "2026-01-01T00:00:00Z".into(),
        source: None,
        url: None,
        publisher: None,
        other: Default::default(),
    }
}

fn read_file(dir: &Path) -> BookmarkFile {
    let bytes = fs::read(dir.join("bookmarks.json")).expect("bookmarks.json exists");
    serde_json::from_slice(&bytes).expect("bookmarks.json parses")
}

#[test]
fn round_trip_through_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path().join("nested/data"));
    store
        .apply(&[Change::Add(bookmark("a", 1)), Change::Add(bookmark("a", 2))])
        .unwrap();
    store
        .apply(&[Change::SetNote {
            id: bookmark("a", 1).id,
            note: "n\nline".into(),
            updated: "2026-02-02T00:00:00Z".into(),
        }])
        .unwrap();
    let opened = FileStore::new(dir.path().join("nested/data"))
        .open()
        .unwrap();
    assert_eq!(opened.bookmarks.len(), 2);
    let first = opened
        .bookmarks
        .iter()
        .find(|b| b.id == bookmark("a", 1).id)
        .unwrap();
    assert_eq!(first.note, "n\nline");
    assert_eq!(first.updated, "2026-02-02T00:00:00Z");
    let file = read_file(&dir.path().join("nested/data"));
    assert_eq!(file.version, 1);
    let text = fs::read_to_string(dir.path().join("nested/data/bookmarks.json")).unwrap();
    assert!(
        text.contains("\n  \"bookmarks\": ["),
        "pretty, diffable JSON"
    );
}

#[test]
fn adding_the_same_quote_twice_keeps_one() {
    let mut list = Vec::new();
    apply_changes(
        &mut list,
        &[Change::Add(bookmark("a", 1)), Change::Add(bookmark("a", 1))],
    );
    assert_eq!(list.len(), 1);
}

#[test]
fn two_stores_on_one_file_merge_rather_than_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let mut one = FileStore::new(dir.path());
    let mut two = FileStore::new(dir.path());
    one.open().unwrap();
    two.open().unwrap();
    one.apply(&[Change::Add(bookmark("one", 1))]).unwrap();
    let seen = two.apply(&[Change::Add(bookmark("two", 1))]).unwrap();
    assert_eq!(
        seen.bookmarks.len(),
        2,
        "the second writer re-reads and keeps the first one's bookmark"
    );
    assert_eq!(read_file(dir.path()).bookmarks.len(), 2);
}

#[test]
fn every_successful_write_keeps_the_last_good_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path());
    store.apply(&[Change::Add(bookmark("a", 1))]).unwrap();
    store.apply(&[Change::Add(bookmark("a", 2))]).unwrap();
    let backup: BookmarkFile =
        serde_json::from_slice(&fs::read(dir.path().join("bookmarks.json.bak")).unwrap()).unwrap();
    assert_eq!(backup.bookmarks.len(), 1);
}

#[test]
fn a_corrupt_file_is_moved_aside_not_lost_and_the_backup_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path());
    store.apply(&[Change::Add(bookmark("a", 1))]).unwrap();
    store.apply(&[Change::Add(bookmark("a", 2))]).unwrap();
    fs::write(
        dir.path().join("bookmarks.json"),
        b"{\"version\": 1, \"bookmarks\": [ broken",
    )
    .unwrap();
    let opened = FileStore::new(dir.path()).open().unwrap();
    let aside = opened.moved_aside.expect("moved aside");
    assert!(
        aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("bookmarks.json.corrupt-")
    );
    assert_eq!(
        fs::read(&aside).unwrap(),
        b"{\"version\": 1, \"bookmarks\": [ broken",
        "kept byte for byte"
    );
    assert!(!dir.path().join("bookmarks.json").exists());
    assert!(opened.corrupt_reason.is_some());
    let [(backup, n)] = opened.backups.as_slice() else {
        panic!("the last good copy is offered: {:?}", opened.backups);
    };
    assert_eq!(*n, 1);
    assert!(backup.ends_with("bookmarks.json.bak"));
    let mut store = FileStore::new(dir.path());
    let from_backup = store.read_backup(backup).unwrap();
    let restored = store
        .apply(&from_backup.into_iter().map(Change::Add).collect::<Vec<_>>())
        .unwrap()
        .bookmarks;
    assert_eq!(restored.len(), 1);
    assert_eq!(read_file(dir.path()).bookmarks.len(), 1);
}

#[test]
fn a_file_corrupted_while_open_is_moved_aside_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path());
    store.apply(&[Change::Add(bookmark("a", 1))]).unwrap();
    fs::write(dir.path().join("bookmarks.json"), b"not json").unwrap();
    store.apply(&[Change::Add(bookmark("a", 2))]).unwrap();
    let notice = store.take_notice().expect("the user is told");
    assert!(notice.contains("did not parse"), "{notice}");
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(aside[0].path()).unwrap(), b"not json");
}

#[test]
fn a_file_from_a_newer_version_is_read_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let future = serde_json::json!({
        "version": 2,
        "bookmarks": [serde_json::to_value(bookmark("a", 1)).unwrap(), {"id": "x", "shape": "unknown"}],
        "collections": []
    });
    let text = serde_json::to_string_pretty(&future).unwrap();
    fs::write(dir.path().join("bookmarks.json"), &text).unwrap();
    let mut store = FileStore::new(dir.path());
    let opened = store.open().unwrap();
    assert_eq!(opened.newer_version, Some(2));
    assert_eq!(opened.bookmarks.len(), 1, "what can be read is read");
    let err = store.apply(&[Change::Add(bookmark("a", 2))]).unwrap_err();
    assert!(err.reason.contains("newer kroniek"), "{err}");
    assert_eq!(
        fs::read_to_string(dir.path().join("bookmarks.json")).unwrap(),
        text
    );
}

#[test]
fn an_unwritable_data_directory_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the directory should be fails for every user, root included.
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, "").unwrap();
    let err = FileStore::new(&blocker)
        .apply(&[Change::Add(bookmark("a", 1))])
        .unwrap_err();
    assert!(err.reason.contains("not-a-dir"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_read_only_data_directory_is_an_error_not_a_crash() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(dir.path().join("probe"), "").is_ok() {
        eprintln!("running as root: a read-only directory is still writable; case not run");
        return;
    }
    let err = FileStore::new(dir.path())
        .apply(&[Change::Add(bookmark("a", 1))])
        .unwrap_err();
    assert!(err.reason.contains("permission denied"), "{err}");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}

/// Not a test of its own: a child process started by the tests below. It adds bookmarks to the
/// store in KRONIEK_TEST_CHILD_DIR, KRONIEK_TEST_CHILD_COUNT of them (0: until killed).
#[test]
#[ignore = "run as a child process by the concurrency and crash tests"]
fn child_adds_bookmarks() {
    let Ok(dir) = std::env::var("KRONIEK_TEST_CHILD_DIR") else {
        return;
    };
    let tag = std::env::var("KRONIEK_TEST_CHILD_TAG").unwrap_or_default();
    let count: usize = std::env::var("KRONIEK_TEST_CHILD_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let mut store = FileStore::new(dir);
    let mut i = 0;
    while count == 0 || i < count {
        store
            .apply(&[Change::Add(bookmark(&tag, i))])
            .expect("save");
        i += 1;
    }
}

fn spawn_child(dir: &Path, tag: &str, count: usize) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_adds_bookmarks",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("KRONIEK_TEST_CHILD_DIR", dir)
        .env("KRONIEK_TEST_CHILD_TAG", tag)
        .env("KRONIEK_TEST_CHILD_COUNT", count.to_string())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("child process")
}

#[test]
fn two_processes_adding_100_bookmarks_each_end_with_200() {
    let dir = tempfile::tempdir().unwrap();
    let mut one = spawn_child(dir.path(), "one", 100);
    let mut two = spawn_child(dir.path(), "two", 100);
    assert!(one.wait().unwrap().success());
    assert!(two.wait().unwrap().success());
    assert_eq!(read_file(dir.path()).bookmarks.len(), 200);
}

#[cfg(unix)]
#[test]
fn killing_a_process_during_saves_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut previous = 0;
    for round in 0..15u64 {
        let mut child = spawn_child(dir.path(), &format!("r{round}"), 0);
        // Let it save for a while (longer each round, so kills land at different moments).
        std::thread::sleep(Duration::from_millis(30 + round * 7));
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        if !dir.path().join("bookmarks.json").exists() {
            continue;
        }
        let file = read_file(dir.path());
        assert!(
            file.bookmarks.len() >= previous,
            "round {round}: saved bookmarks were lost"
        );
        previous = file.bookmarks.len();
        if dir.path().join("bookmarks.json.bak").exists() {
            let backup = fs::read(dir.path().join("bookmarks.json.bak")).unwrap();
            serde_json::from_slice::<BookmarkFile>(&backup).expect("the backup parses too");
        }
    }
    assert!(previous > 0, "the children saved something");
}

#[test]
fn export_golden_files() {
    let file: BookmarkFile =
        serde_json::from_slice(&fs::read("tests/fixtures/bookmarks.json").unwrap()).unwrap();
    for (format, golden) in [
        (Format::Md, "tests/fixtures/export.md"),
        (Format::Csv, "tests/fixtures/export.csv"),
        (Format::Json, "tests/fixtures/export.json"),
        (Format::CslJson, "tests/fixtures/export.csl.json"),
    ] {
        let mut out = Vec::new();
        export(&file.bookmarks, format, &mut out).unwrap();
        let expected = fs::read(golden).unwrap_or_else(|_| panic!("{golden}"));
        assert_eq!(
            String::from_utf8(out).unwrap(),
            String::from_utf8(expected).unwrap(),
            "{golden}"
        );
    }
}

// ---- In the reader ----------------------------------------------------------------------------

/// A store whose failure can be switched on and off from the test.
#[derive(Debug, Clone, Default)]
struct Flaky {
    saved: Arc<Mutex<Vec<Bookmark>>>,
    fail: Arc<Mutex<Option<String>>>,
    /// Another kroniek holds the lock.
    busy: Arc<Mutex<bool>>,
}

impl BookmarkStore for Flaky {
    fn open(&mut self) -> Result<Opened, StoreError> {
        Ok(Opened {
            bookmarks: self.saved.lock().unwrap().clone(),
            ..Default::default()
        })
    }
    fn apply(&mut self, changes: &[Change]) -> Result<Applied, StoreError> {
        if let Some(reason) = self.fail.lock().unwrap().clone() {
            return Err(StoreError::new(reason));
        }
        if *self.busy.lock().unwrap() {
            return Err(StoreError {
                reason: "another kroniek is saving bookmarks".into(),
                busy: true,
            });
        }
        let mut saved = self.saved.lock().unwrap();
        let effects = apply_changes(&mut saved, changes);
        Ok(Applied {
            bookmarks: saved.clone(),
            effects,
        })
    }
    fn read_backup(&mut self, _: &Path) -> Result<Vec<Bookmark>, StoreError> {
        Err(StoreError::new("none"))
    }
    fn location(&self) -> String {
        "test".into()
    }
}

fn reader(store: &Flaky) -> Harness {
    Harness::with_store(
        load::load(
            &[],
            Gazetteer::builtin(),
            &Options::default(),
            &Progress::default(),
        ),
        120,
        40,
        Box::new(store.clone()),
    )
}

#[test]
fn b_bookmarks_the_selected_quote_once() {
    let store = Flaky::default();
    let mut h = reader(&store);
    h.keys("<Enter>b");
    assert!(
        h.app
            .message
            .as_deref()
            .unwrap()
            .starts_with("no quotation selected")
    );
    h.keys("]b");
    assert_eq!(store.saved.lock().unwrap().len(), 1);
    let saved = store.saved.lock().unwrap()[0].clone();
    assert_eq!(saved.speaker.as_deref(), Some("Jens Stoltenberg"));
    assert_eq!(saved.article, "000_46525a48ac51a0ee");
    assert_eq!(saved.date.as_deref(), Some("2021-04"));
    assert!(saved.text.starts_with("Het is de grootste"));
    h.keys("b");
    assert_eq!(h.app.message.as_deref(), Some("already bookmarked"));
    assert_eq!(store.saved.lock().unwrap().len(), 1);
    assert!(h.screen().contains("★1"), "counted in the list");
}

#[test]
fn a_bookmark_keeps_the_articles_source_url_and_publisher_for_the_exports() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nos.jsonl");
    fs::write(
        &file,
        "{\"id\": \"nos-1\", \"date\": \"2022-02-24\", \"title\": \"Rusland valt Oekraïne binnen\", \
         \"body\": \"„Dit is een aanval op heel Europa”, zei Zelensky.\", \
         \"url\": \"https://nos.nl/artikel/1\", \"source\": \"NOS\"}\n",
    )
    .unwrap();
    let store = Flaky::default();
    let corpus = load::load(
        std::slice::from_ref(&file),
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    );
    let mut h = Harness::with_store(corpus, 120, 40, Box::new(store.clone()));
    h.keys("<Enter>]b");
    let saved = store.saved.lock().unwrap().clone();
    assert_eq!(saved.len(), 1, "{:?}", h.app.message);
    assert_eq!(saved[0].url.as_deref(), Some("https://nos.nl/artikel/1"));
    assert_eq!(saved[0].publisher.as_deref(), Some("NOS"));
    assert_eq!(
        saved[0].source.as_deref(),
        Some(format!("{}:1", file.display()).as_str())
    );
    // The bookmark, not the corpus, carries them into every export.
    let mut csl = Vec::new();
    export(&saved, Format::CslJson, &mut csl).unwrap();
    let items: serde_json::Value = serde_json::from_slice(&csl).unwrap();
    assert_eq!(items[0]["container-title"], "NOS");
    assert_eq!(items[0]["URL"], "https://nos.nl/artikel/1");
    assert_eq!(
        items[0]["issued"]["date-parts"],
        serde_json::json!([[2022, 2, 24]])
    );
}

#[test]
fn a_save_waiting_for_the_lock_is_queued_written_when_free_and_given_up_after_a_bound() {
    use kroniek::app::bookmarking::{LOCK_PATIENCE, WAITING, tick};
    use std::time::Instant;
    let store = Flaky::default();
    *store.busy.lock().unwrap() = true;
    let mut h = reader(&store);
    h.keys("<Enter>]b");
    assert_eq!(h.app.message.as_deref(), Some(WAITING));
    assert_eq!(h.app.bookmarks.list.len(), 1, "shown while it waits");
    let start = Instant::now();
    tick(&mut h.app, start);
    // Another change while waiting joins the queue, in order.
    h.keys("]b");
    assert_eq!(h.app.bookmarks.pending.len(), 2);
    tick(&mut h.app, start + LOCK_PATIENCE / 2);
    assert!(h.app.bookmarks.waiting.is_some());
    assert!(store.saved.lock().unwrap().is_empty());
    // The lock is free: both are written, and the message is the file's.
    *store.busy.lock().unwrap() = false;
    tick(&mut h.app, start + LOCK_PATIENCE / 2);
    assert_eq!(store.saved.lock().unwrap().len(), 2);
    assert!(h.app.bookmarks.waiting.is_none());
    assert!(!h.app.unsaved());
    assert_eq!(
        h.app.message.as_deref(),
        Some("bookmarked; e adds a note, B shows all")
    );
    // Held for longer than the bound: given up, as not saved (kept, retried later).
    *store.busy.lock().unwrap() = true;
    h.keys("]b");
    tick(&mut h.app, start);
    tick(&mut h.app, start + LOCK_PATIENCE);
    assert!(h.app.bookmarks.waiting.is_none());
    assert!(h.app.unsaved());
    let message = h.app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("NOT SAVED (another kroniek"),
        "{message}"
    );
}

#[test]
fn a_failed_save_keeps_the_bookmark_shows_the_error_and_retries() {
    let store = Flaky::default();
    *store.fail.lock().unwrap() = Some("the disk is full".into());
    let mut h = reader(&store);
    h.keys("<Enter>]b");
    assert!(
        h.app
            .message
            .as_deref()
            .unwrap()
            .contains("NOT SAVED (the disk is full")
    );
    assert_eq!(h.app.bookmarks.list.len(), 1, "kept in memory");
    let screen = h.screen();
    assert!(screen.contains("⚠ 1 unsaved"), "{screen}");
    // Quitting with unsaved bookmarks asks first; n stays.
    h.keys("qq");
    assert_eq!(h.app.confirm(), Some(&Confirm::QuitUnsaved));
    h.keys("n");
    assert!(!h.app.quit);
    // The disk has room again: the next change writes both.
    *store.fail.lock().unwrap() = None;
    h.keys("<Enter>]]b");
    assert_eq!(store.saved.lock().unwrap().len(), 2);
    assert!(!h.app.unsaved());
    h.keys("qq");
    assert!(h.app.quit, "nothing unsaved: quits at once");
}

#[test]
fn a_question_over_help_takes_the_keys_and_help_stays_after_it() {
    let store = Flaky::default();
    *store.fail.lock().unwrap() = Some("the disk is full".into());
    let mut h = reader(&store);
    h.keys("<Enter>]b");
    h.keys("?");
    assert!(h.app.help_scroll().is_some());
    h.keys("<C-c>");
    assert_eq!(h.app.confirm(), Some(&Confirm::QuitUnsaved));
    assert!(
        h.app.help_scroll().is_some(),
        "help stays under the question"
    );
    h.keys("n");
    assert!(!h.app.quit);
    assert!(h.app.confirm().is_none());
    assert!(h.app.help_scroll().is_some(), "back to help");
    h.keys("<Esc>");
    assert!(h.app.help_scroll().is_none());
}

#[test]
fn quitting_retries_a_failed_save_first() {
    let store = Flaky::default();
    *store.fail.lock().unwrap() = Some("read-only".into());
    let mut h = reader(&store);
    h.keys("<Enter>]b");
    *store.fail.lock().unwrap() = None;
    h.keys("qq");
    assert!(h.app.quit);
    assert_eq!(store.saved.lock().unwrap().len(), 1);
}

#[test]
fn a_passage_is_bookmarked_by_whole_sentences() {
    let store = Flaky::default();
    let mut h = reader(&store);
    h.keys("<Enter>v");
    assert_eq!(h.app.mode(), kroniek::app::keymap::Mode::Select);
    h.keys("jb");
    let saved = store.saved.lock().unwrap()[0].clone();
    assert_eq!(
        saved.text,
        "Rusland moet zijn troepenmacht aan de oostgrens van Oekraïne terugtrekken. Dat heeft secretaris-generaal van de NAVO Jens Stoltenberg dinsdag gezegd, meldt persbureau Reuters."
    );
    assert_eq!(h.app.selection, None);
    h.keys("v<Esc>");
    assert_eq!(h.app.selection, None);
}

/// #18 item 16: while the note editor or its question is open, the status line names their keys,
/// not the article's (there `y` means yes).
#[test]
fn the_status_line_names_the_note_editor_s_and_the_question_s_keys() {
    let store = Flaky::default();
    let mut h = reader(&store);
    let status = |h: &mut Harness| h.screen().lines().last().unwrap_or_default().to_owned();
    h.keys("<Enter>]be");
    assert!(h.app.note().is_some());
    let line = status(&mut h);
    assert!(
        line.contains("Ctrl-s save") && line.contains("Esc close"),
        "{line}"
    );
    assert!(
        !line.contains("bookmark") && !line.contains("copy") && !line.contains('❝'),
        "{line}"
    );
    h.keys("!<Esc>");
    assert_eq!(h.app.confirm(), Some(&Confirm::DiscardNote));
    let line = status(&mut h);
    assert!(line.contains("y yes") && line.contains("n no"), "{line}");
    assert!(!line.contains("copy") && !line.contains('❝'), "{line}");
}

#[test]
fn notes_are_edited_saved_and_asked_about_before_dropping() {
    let store = Flaky::default();
    let mut h = reader(&store);
    h.keys("<Enter>]e");
    assert!(h.app.note().is_none(), "not bookmarked yet");
    h.keys("be");
    assert!(h.app.note().is_some());
    h.keys("Goed citaat<Enter>voor hoofdstuk 2<C-s>");
    assert!(h.app.note().is_none());
    assert_eq!(
        store.saved.lock().unwrap()[0].note,
        "Goed citaat\nvoor hoofdstuk 2"
    );
    h.keys("e!<Esc>");
    assert_eq!(h.app.confirm(), Some(&Confirm::DiscardNote));
    h.keys("n");
    assert!(h.app.note().is_some(), "n returns to the editor");
    h.keys("<Esc>y");
    assert!(h.app.note().is_none());
    assert_eq!(
        store.saved.lock().unwrap()[0].note,
        "Goed citaat\nvoor hoofdstuk 2"
    );
}

#[test]
fn bookmarks_view_opens_deletes_and_undoes() {
    let store = Flaky::default();
    let mut h = reader(&store);
    h.keys("<Enter>]b]]b");
    h.keys("B");
    assert_eq!(h.app.view, View::Bookmarks);
    let screen = h.screen();
    assert!(screen.contains("Bookmarks 2"), "{screen}");
    // Enter opens the article scrolled to the quote, with the quote selected.
    h.keys("j<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.article.quote, Some(2));
    h.keys("Bd");
    assert!(matches!(h.app.confirm(), Some(Confirm::Delete(_))));
    h.keys("y");
    assert_eq!(store.saved.lock().unwrap().len(), 1);
    h.keys("u");
    assert_eq!(store.saved.lock().unwrap().len(), 2);
    h.keys("/grootste<Enter>");
    assert_eq!(h.app.visible_bookmarks().len(), 1);
}

#[test]
fn a_bookmark_of_an_article_not_loaded_is_listed_and_marked() {
    let store = Flaky::default();
    let mut missing = bookmark("x", 1);
    missing.article = "gone".into();
    store.saved.lock().unwrap().push(missing);
    let mut h = reader(&store);
    h.keys("B");
    assert!(h.screen().contains("(article not loaded)"));
    h.keys("<Enter>");
    assert_eq!(
        h.app.message.as_deref(),
        Some("article gone is not in the loaded corpus")
    );
}

#[test]
fn o_on_a_bookmark_of_an_article_not_loaded_says_it_is_not_in_the_corpus() {
    let store = Flaky::default();
    let mut missing = bookmark("x", 1);
    missing.article = "gone".into();
    store.saved.lock().unwrap().push(missing);
    let mut h = reader(&store);
    h.keys("Bo");
    assert_eq!(
        h.app.message.as_deref(),
        Some("nothing to open: the bookmarked article “Een titel” is not in this corpus")
    );
    assert_eq!(h.app.open_url, None);
}

#[test]
fn two_kroniek_processes_removing_at_once_lose_nothing() {
    // 60 bookmarks; two real kroniek processes remove 30 each, one id at a time, concurrently.
    // Every remove is a locked re-read and write: in the end none is left, and none came back.
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path());
    let all: Vec<Bookmark> = (0..60).map(|i| bookmark("p", i)).collect();
    store
        .apply(&all.iter().cloned().map(Change::Add).collect::<Vec<_>>())
        .unwrap();
    let ids: Vec<String> = all.iter().map(|b| b.id.clone()).collect();
    let run = |ids: Vec<String>, data: std::path::PathBuf| {
        std::thread::spawn(move || {
            for id in ids {
                let out = Command::new(env!("CARGO_BIN_EXE_kroniek"))
                    .args(["bookmarks", "remove", &id, "--data-dir"])
                    .arg(&data)
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let one = run(ids[..30].to_vec(), dir.path().to_path_buf());
    let two = run(ids[30..].to_vec(), dir.path().to_path_buf());
    one.join().unwrap();
    two.join().unwrap();
    assert!(read_file(dir.path()).bookmarks.is_empty());
}

#[test]
fn a_bookmarked_passage_gets_a_star_and_e_edits_its_note() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>vjb");
    assert_eq!(h.app.bookmarks.list.len(), 1);
    assert_eq!(
        h.app.message.as_deref(),
        Some("bookmarked; e adds a note, B shows all")
    );
    let screen = h.screen();
    assert!(screen.contains("★ "), "the passage is marked:\n{screen}");
    h.keys("e");
    let editor = h
        .app
        .note()
        .expect("e opens the note editor of the passage");
    assert_eq!(editor.id, h.app.bookmarks.list[0].id);
    h.keys("mijn notitie<C-s>");
    assert_eq!(h.app.bookmarks.list[0].note, "mijn notitie");
}

#[test]
fn e_with_nothing_selected_says_how_to_select() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>e");
    assert!(h.app.note().is_none());
    assert_eq!(
        h.app.message.as_deref(),
        Some("no bookmark selected: ] selects a quotation, B shows the bookmarks")
    );
    h.keys("]e");
    assert_eq!(
        h.app.message.as_deref(),
        Some("this quotation is not bookmarked: b bookmarks it")
    );
}

#[test]
fn v_after_scrolling_starts_at_a_sentence_that_starts_on_screen() {
    let mut h = Harness::new(80, 24);
    h.keys("<Enter>");
    for _ in 0..12 {
        h.keys("j");
        h.keys("v");
        let start = h.app.selected_passage().expect("a passage").start;
        let view = h.app.article_view().expect("the article");
        let top = view.wrapped.lines[h.app.article.scroll].start as usize;
        assert!(
            start >= top,
            "the passage starts at byte {start}, above the pane's top at {top}"
        );
        h.keys("<Esc>");
    }
}

#[test]
fn the_bookmarks_filter_and_status_line_count_bookmarks_not_articles() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]b]]b<Esc>B");
    assert_eq!(h.app.bookmarks.list.len(), 2);
    let last_line = |h: &mut Harness| h.screen().lines().last().unwrap_or("").to_owned();
    assert!(
        last_line(&mut h).ends_with(" 2 bookmarks"),
        "{}",
        last_line(&mut h)
    );
    h.keys("/grootste");
    assert_eq!(h.app.visible_bookmarks().len(), 1);
    assert!(
        last_line(&mut h).ends_with(" 1 of 2"),
        "{}",
        last_line(&mut h)
    );
    h.keys("<Enter>");
    assert!(
        last_line(&mut h).ends_with(" /grootste · 1/2"),
        "{}",
        last_line(&mut h)
    );
}

/// The table shows a quotation of two paragraphs on one line, one space where they join.
#[test]
fn the_table_joins_a_quotation_s_paragraphs_with_one_space() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = FileStore::new(dir.path());
    let mut two = bookmark("p", 1);
    two.text = "Eerst dit.\n\nDan dat.".into();
    store.apply(&[Change::Add(two)]).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(["--data-dir"])
        .arg(dir.path())
        .arg("bookmarks")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(table.contains("“Eerst dit. Dan dat.”"), "{table}");
}
