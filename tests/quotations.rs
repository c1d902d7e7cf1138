//! Quotations as Dutch and Flemish papers print them, through the whole program: what `check`
//! says of marks that do not pair, what `quotes --json` reports, and what a bookmark keeps of a
//! quotation over several paragraphs. The articles are short ones written for these tests.

use std::fs;
use std::path::Path;

use serde_json::Value;

use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Article;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{Progress, load};

mod common;

/// A regional paper's article: two commas open, a quotation runs over three paragraphs, and one
/// opening mark is never closed.
const REGIONAL: &str = "date 2023-05-04 Wethouder wil het strand sluiten

De wethouder is er klaar mee. ,,Ga gewoon handhaven of sluit het strand af'', zegt Jan Peters over de drukte.

Peters zei op het stadhuis: ,,We hebben het geprobeerd met borden.

,,We hebben het geprobeerd met boetes.

,,Nu is het genoeg.”

Een bewoner reageert. ,,Dat is jammer voor de jongeren. Maar ik snap het wel. En de politie ‘doet wat ze kan’, aldus de bewoner.
";

/// De Telegraaf's house style, a mismatched pair and a stray closing mark.
const HOUSE_STYLES: &str = "date 2023-06 Minister belooft beterschap

De minister belooft de Kamer ’zeer frequent’ te informeren, zo'n twee keer per maand.

‘Ik ga niet weg.” Dat zei de minister. „Nooit”, voegde ze eraan toe. Het was 's avonds laat.”
";

fn corpus_of(files: &[(&str, &str)]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in files {
        fs::write(dir.path().join(name), text).expect("the article is written");
    }
    let corpus = load(
        &[dir.path().to_path_buf()],
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    );
    (dir, corpus)
}

fn quote_texts(article: &Article) -> Vec<&str> {
    article
        .quotes
        .iter()
        .map(|q| article.quote_text(q))
        .collect()
}

fn run(args: &[&str], dir: &Path) -> std::process::Output {
    common::kroniek_command()
        .args(args)
        .arg(dir)
        .output()
        .expect("the binary runs")
}

#[test]
fn every_quotation_of_the_regional_article_is_found_in_reading_order() {
    let (_dir, corpus) = corpus_of(&[("regionaal.txt", REGIONAL)]);
    let article = &corpus.articles[0];
    let texts = quote_texts(article);
    assert_eq!(
        texts,
        [
            "Ga gewoon handhaven of sluit het strand af",
            "We hebben het geprobeerd met borden.",
            "We hebben het geprobeerd met boetes.",
            "Nu is het genoeg.",
            "Dat is jammer voor de jongeren. Maar ik snap het wel. En de politie ‘doet wat ze kan’, aldus de bewoner.",
        ]
    );
    let continues: Vec<bool> = article.quotes.iter().map(|q| q.continues).collect();
    assert_eq!(continues, [false, false, true, true, false]);
}

#[test]
fn a_quotation_over_several_paragraphs_has_one_speaker() {
    let gazetteer = Gazetteer::from_toml(
        "[[actor]]\nname = \"Jan Peters\"\nkind = \"person\"\naliases = [\"Peters\"]\n",
    )
    .expect("a gazetteer");
    let dir = tempfile::tempdir().expect("a temporary folder");
    fs::write(dir.path().join("regionaal.txt"), REGIONAL).expect("written");
    let corpus = load(
        &[dir.path().to_path_buf()],
        gazetteer,
        &Options::default(),
        &Progress::default(),
    );
    let article = &corpus.articles[0];
    let speakers: Vec<Option<&str>> = article.quotes[1..4]
        .iter()
        .map(|q| q.speaker.map(|s| corpus.actor_name(s)))
        .collect();
    assert_eq!(speakers, [Some("Jan Peters"); 3]);
}

#[test]
fn bookmarking_a_quotation_over_several_paragraphs_keeps_the_breaks() {
    let (_dir, corpus) = corpus_of(&[("regionaal.txt", REGIONAL)]);
    let mut h = common::Harness::with_corpus(corpus, 120, 40);
    // The third piece: bookmarking any piece bookmarks the whole quotation.
    h.keys("<Enter>]]]b");
    let bookmark = &h.app.bookmarks.list[0];
    assert_eq!(
        bookmark.text,
        "We hebben het geprobeerd met borden.\n\nWe hebben het geprobeerd met boetes.\n\nNu is het genoeg."
    );
    // Each of its pieces shows as bookmarked: `b` on the first says so.
    h.keys("[b");
    assert_eq!(h.app.bookmarks.list.len(), 1);
    assert_eq!(h.app.message.as_deref(), Some("already bookmarked"));
}

#[test]
fn house_styles_and_a_mismatched_pair_lose_nothing_and_apostrophes_stay_apostrophes() {
    let (_dir, corpus) = corpus_of(&[("stijl.txt", HOUSE_STYLES)]);
    let article = &corpus.articles[0];
    let texts = quote_texts(article);
    assert_eq!(texts, ["zeer frequent", "Ik ga niet weg.", "Nooit"]);
}

#[test]
fn check_names_the_article_paragraph_and_first_words_of_each_unpaired_mark() {
    let (dir, _corpus) = corpus_of(&[("stijl.txt", HOUSE_STYLES), ("regionaal.txt", REGIONAL)]);
    let out = run(&["check"], dir.path());
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let lines: Vec<&str> = report.lines().collect();
    let about = |file: &str, words: &str| {
        lines
            .iter()
            .any(|l| l.contains(file) && l.contains(words) && l.ends_with("(loaded)"))
    };
    assert!(
        about(
            "stijl.txt: paragraph 3: the opening mark ‘ is closed by a mark of another kind",
            "‘Ik ga niet weg.” Dat zei…"
        ),
        "{report}"
    );
    assert!(
        about(
            "stijl.txt: paragraph 3: the closing mark ” closes nothing",
            "”"
        ),
        "{report}"
    );
    assert!(
        about(
            "regionaal.txt: paragraph 6: the opening mark ,, is never closed; the quotation is taken to the end of the article",
            ",,Dat is jammer voor de jongeren."
        ),
        "{report}"
    );
}

#[test]
fn quotes_json_keeps_its_shape() {
    let (dir, _corpus) = corpus_of(&[("regionaal.txt", REGIONAL)]);
    let out = run(&["quotes", "--json"], dir.path());
    assert!(out.status.success());
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(rows.len(), 5);
    for row in &rows {
        let mut keys: Vec<&str> = row
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["article", "date", "paragraph", "speaker", "text"]);
    }
    assert_eq!(rows[2]["text"], "We hebben het geprobeerd met boetes.");
    assert_eq!(rows[2]["paragraph"], 4);
}
