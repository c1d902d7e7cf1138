//! Every format kroniek reads, mixed in one folder: order, titles, dates, sources, bad entries,
//! the round trip through `convert`, and hostile bytes in every format.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Format;
use kroniek::corpus::decode::is_unsafe_char;
use kroniek::corpus::formats::{Columns, Options};
use kroniek::corpus::load::{self as loader, Progress};

const FIXTURES: &str = "tests/fixtures/formats";

fn load(path: &Path) -> Corpus {
    load_paths(&[path.to_path_buf()])
}

fn load_paths(paths: &[PathBuf]) -> Corpus {
    load_with(paths, &Options::default())
}

fn load_with(paths: &[PathBuf], options: &Options) -> Corpus {
    loader::load(paths, Gazetteer::builtin(), options, &Progress::default())
}

fn warning<'a>(corpus: &'a Corpus, path_end: &str) -> &'a str {
    &corpus
        .warnings
        .iter()
        .find(|w| w.path.ends_with(path_end))
        .unwrap_or_else(|| panic!("a warning for {path_end}: {:#?}", corpus.warnings))
        .reason
}

/// The reader on the fixture folder, with the article `id` selected in the list.
fn reader_at(id: &str) -> common::Harness {
    let corpus = load(Path::new(FIXTURES));
    let index = corpus.articles.iter().position(|a| a.id == id).unwrap();
    let mut h = common::Harness::with_corpus(corpus, 120, 40);
    for _ in 0..index {
        h.keys("j");
    }
    h
}

#[test]
fn a_mixed_folder_loads_as_one_chronological_corpus() {
    let corpus = load(Path::new(FIXTURES));
    let rows: Vec<(String, &str, &str, Format)> = corpus
        .articles
        .iter()
        .map(|a| {
            (
                a.date.map_or("undated".into(), |d| d.with_time()),
                a.id.as_str(),
                a.title.as_str(),
                a.source.format,
            )
        })
        .collect();
    let expected = [
        (
            "2021-12-02",
            "toml-notes",
            "Blinken en Lavrov",
            Format::Markdown,
        ),
        ("2022-01", "export-3", "Hoofd zonder dag", Format::Tsv),
        ("2022-01-10", "export-2", "Overleg in Genève", Format::Tsv),
        (
            "2022-02-21",
            "notes",
            "Aantekeningen bij de crisis",
            Format::Markdown,
        ),
        (
            "2022-02-24 05:30",
            "nos-1",
            "Rusland valt Oekraïne binnen",
            Format::JsonLines,
        ),
        (
            "2022-02-24 21:00",
            "news-2",
            "Sancties tegen Rusland",
            Format::JsonLines,
        ),
        ("2022-02-25", "nos-6", "Titel met kleur", Format::JsonLines),
        (
            "2022-02-26 09:15",
            "dataset-2",
            "Kiev houdt stand",
            Format::Csv,
        ),
        (
            "2022-02-27",
            "dataset-6",
            "Poetin zet kernmacht in paraatheid",
            Format::Csv,
        ),
        (
            "2022-02-28 14:00",
            "feed-b12dfd67",
            "Gesprekken in Belarus",
            Format::Rss2,
        ),
        (
            "2022-03",
            "seed",
            "De NAVO versterkt de oostflank",
            Format::Text,
        ),
        (
            "2022-03-01 08:00",
            "feed-0bb877c6",
            "Konvooi bij Kiev",
            Format::Atom,
        ),
        (
            "2022-03-04 12:00",
            "rdf-d55417e7",
            "Stoltenberg in Brussel",
            Format::Rss1,
        ),
        ("undated", "news-8", "Onmogelijke datum", Format::JsonLines),
    ];
    let got: Vec<(&str, &str, &str, Format)> = rows
        .iter()
        .map(|(d, id, t, f)| (d.as_str(), *id, *t, *f))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn sources_keep_the_file_and_the_line_or_item() {
    let corpus = load(Path::new(FIXTURES));
    let source = |id: &str| {
        corpus
            .articles
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .source
            .to_string()
    };
    assert_eq!(source("nos-1"), format!("{FIXTURES}/news.jsonl:1"));
    assert_eq!(source("dataset-6"), format!("{FIXTURES}/dataset.csv:6"));
    assert_eq!(
        source("feed-b12dfd67"),
        format!("{FIXTURES}/feed.rss item 1")
    );
    assert_eq!(source("notes"), format!("{FIXTURES}/notes.md"));
    let nos = corpus.articles.iter().find(|a| a.id == "nos-1").unwrap();
    assert_eq!(nos.url.as_deref(), Some("https://example.org/nos-1"));
    assert_eq!(nos.publisher.as_deref(), Some("NOS"));
    let feed = corpus
        .articles
        .iter()
        .find(|a| a.id == "feed-b12dfd67")
        .unwrap();
    assert_eq!(feed.publisher.as_deref(), Some("Nieuws"), "a feed's title");
}

#[test]
fn bad_lines_rows_and_items_are_warnings_and_the_rest_loads() {
    let corpus = load(Path::new(FIXTURES));
    assert!(warning(&corpus, "news.jsonl:4").starts_with("not JSON"));
    assert_eq!(warning(&corpus, "news.jsonl:5"), "not a JSON object");
    assert_eq!(
        warning(&corpus, "news.jsonl:6"),
        "no `body`, `content` or `text`"
    );
    assert!(warning(&corpus, "news.jsonl:8").contains("impossible date `2022-13`"));
    assert_eq!(
        warning(&corpus, "dataset.csv:5"),
        "empty body (column `content`)"
    );
    assert_eq!(
        warning(&corpus, "feed.rss item 2"),
        "no description or content"
    );
    assert!(warning(&corpus, "news.jsonl:7").contains("control characters"));
}

/// Streams are read in batches of a few hundred entries: rows and lines past the first batches
/// keep their own cells, numbers and order.
#[test]
fn long_csv_and_jsonl_files_keep_every_row_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let rows = 1500;
    let mut csv = String::from("id,date,title,body\n");
    let mut jsonl = String::new();
    for n in 1..=rows {
        csv.push_str(&format!(
            "c{n},2022-02-01,Rij {n},\"Tekst van rij {n}, met \"\"een citaat\"\".\"\n"
        ));
        jsonl.push_str(&format!(
            "{{\"id\": \"j{n}\", \"date\": \"2022-03-01\", \"title\": \"Regel {n}\", \"body\": \"Tekst van regel {n}.\"}}\n"
        ));
    }
    fs::write(dir.path().join("rows.csv"), csv).unwrap();
    fs::write(dir.path().join("lines.jsonl"), jsonl).unwrap();
    let corpus = load(dir.path());
    assert!(corpus.warnings.is_empty(), "{:#?}", corpus.warnings);
    assert_eq!(corpus.articles.len(), 2 * rows);
    for article in &corpus.articles {
        let (kind, n) = article.id.split_at(1);
        let line = article.source.to_string();
        match kind {
            "c" => {
                assert_eq!(article.title, format!("Rij {n}"));
                assert_eq!(
                    article.text,
                    format!("Tekst van rij {n}, met \"een citaat\".")
                );
                // The header is line 1.
                let number: usize = n.parse().unwrap();
                assert!(
                    line.ends_with(&format!("rows.csv:{}", number + 1)),
                    "{line}"
                );
            }
            _ => {
                assert_eq!(article.title, format!("Regel {n}"));
                assert_eq!(article.text, format!("Tekst van regel {n}."));
                assert!(line.ends_with(&format!("lines.jsonl:{n}")), "{line}");
            }
        }
    }
}

/// A byte order mark before the first line of a JSON Lines file is not part of it; a line over
/// the limit for one article is a warning with its number, and the lines after it load.
#[test]
fn jsonl_bom_and_an_overlong_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF{\"title\": \"Eerste\", \"body\": \"Een.\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"title\": \"Te lang\", \"body\": \"");
    bytes.resize(bytes.len() + 17 * 1024 * 1024, b'a');
    bytes.extend_from_slice(b"\"}\n{\"title\": \"Derde\", \"body\": \"Drie.\"}\n");
    fs::write(dir.path().join("news.jsonl"), bytes).unwrap();
    let corpus = load(dir.path());
    let titles: Vec<&str> = corpus.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Eerste", "Derde"]);
    assert_eq!(
        warning(&corpus, "news.jsonl:2"),
        "a line over 16 MiB; skipped"
    );
    assert!(
        corpus.articles[1]
            .source
            .to_string()
            .ends_with("news.jsonl:3")
    );
}

#[test]
fn paragraphs_and_quotes_survive_every_format() {
    let corpus = load(Path::new(FIXTURES));
    let article = |id: &str| corpus.articles.iter().find(|a| a.id == id).unwrap();
    let speaker = |id: &str| {
        let a = article(id);
        a.quotes[0].speaker.map(|s| corpus.actor_name(s).to_owned())
    };
    assert_eq!(speaker("nos-1").as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(speaker("dataset-2").as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(speaker("feed-b12dfd67").as_deref(), Some("Dmytro Koeleba"));
    assert_eq!(article("dataset-2").paragraphs.len(), 2);
    assert_eq!(
        article("feed-b12dfd67").text,
        "Oekraïne en Rusland praten aan de grens met Belarus.\n\n“We verwachten weinig”, zei Koeleba."
    );
    let notes = article("notes");
    assert_eq!(
        notes.text,
        "Erkenning\n\nPoetin erkent de separatistische gebieden in Oost-Oekraïne.\n\n\
         De VS reageren met sancties.\n\nDe NAVO spreekt van een schending."
    );
    assert!(
        notes.paragraphs[0].heading,
        "a Markdown heading is a heading"
    );
    assert_eq!(
        article("feed-0bb877c6").title,
        "Konvooi bij Kiev",
        "HTML in an Atom title is reduced"
    );
}

#[test]
fn convert_round_trips_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let before = load(Path::new(FIXTURES));
    let mut jsonl = Vec::new();
    let mut err = Vec::new();
    let out_path = dir.path().join("corpus.jsonl");
    kroniek::commands::convert(&before, None, &mut jsonl, &mut err).unwrap();
    fs::write(&out_path, &jsonl).unwrap();
    let after = load(&out_path);
    assert!(after.warnings.is_empty(), "{:#?}", after.warnings);
    assert_eq!(after.articles.len(), before.articles.len());
    for (a, b) in before.articles.iter().zip(&after.articles) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.date, b.date, "{}", a.id);
        assert_eq!(a.title, b.title);
        assert_eq!(a.text, b.text, "{}", a.id);
        assert_eq!(a.url, b.url);
        assert_eq!(a.publisher, b.publisher);
        assert_eq!(a.quotes.len(), b.quotes.len());
        assert_eq!(b.source.format, Format::JsonLines);
    }
    // And converting the converted file gives the same lines, origins aside.
    let mut again = Vec::new();
    kroniek::commands::convert(&after, None, &mut again, &mut err).unwrap();
    let strip = |bytes: &[u8]| -> Vec<serde_json::Value> {
        String::from_utf8_lossy(bytes)
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("origin");
                v
            })
            .collect()
    };
    assert_eq!(strip(&jsonl), strip(&again));
}

#[test]
fn convert_writes_a_file_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("clean.jsonl");
    let status = common::kroniek_command()
        .args(["convert", "--to", "jsonl", "-o"])
        .arg(&out)
        .arg(FIXTURES)
        .output()
        .unwrap();
    assert!(status.status.success());
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(stderr.contains("14 articles written to"), "{stderr}");
    let lines = fs::read_to_string(&out).unwrap();
    assert_eq!(lines.lines().count(), 14);
}

/// Issue #18, item 19: `convert` keeps a date's UTC offset as written; a date written without one
/// stays without.
#[test]
fn convert_keeps_the_utc_offset_of_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("zones.jsonl");
    let dates = [
        (
            "plus",
            "2022-02-24T05:30:00+01:00",
            "2022-02-24T05:30:00+01:00",
        ),
        (
            "minus",
            "2022-02-24T05:30:00-03:30",
            "2022-02-24T05:30:00-03:30",
        ),
        (
            "compact",
            "2022-02-24T05:30:00+0200",
            "2022-02-24T05:30:00+02:00",
        ),
        ("utc", "2022-02-24T05:30:00Z", "2022-02-24T05:30:00Z"),
        (
            "fraction",
            "2022-02-24T05:30:00.250+05:45",
            "2022-02-24T05:30:00+05:45",
        ),
        ("local", "2022-02-24T05:30:00", "2022-02-24T05:30:00"),
        ("space", "2022-02-24 05:30", "2022-02-24T05:30:00"),
        ("day", "2022-02-24", "2022-02-24"),
    ];
    let lines: String = dates
        .iter()
        .map(|(id, date, _)| {
            format!("{{\"id\": \"{id}\", \"date\": \"{date}\", \"body\": \"Tekst van {id}.\"}}\n")
        })
        .collect();
    fs::write(&input, lines).unwrap();
    let converted = |path: &Path| -> Vec<(String, String)> {
        let out = common::kroniek_command()
            .args(["convert", "--to", "jsonl"])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                (
                    v["id"].as_str().unwrap().to_owned(),
                    v["date"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let mut got = converted(&input);
    got.sort();
    let mut want: Vec<(String, String)> = dates
        .iter()
        .map(|(id, _, out)| ((*id).to_owned(), (*out).to_owned()))
        .collect();
    want.sort();
    assert_eq!(got, want);
    // What convert writes reads back as the same dates.
    let again = dir.path().join("again.jsonl");
    let out = common::kroniek_command()
        .args(["convert", "--to", "jsonl", "-o"])
        .arg(&again)
        .arg(&input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut back = converted(&again);
    back.sort();
    assert_eq!(back, want);
}

/// Issue #15, item 8: an id is a function of the article and its file, the same on every run.
#[test]
fn a_feed_item_without_guid_or_link_keeps_its_id_from_run_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("nieuws.rss");
    let item = |title: &str, body: &str| {
        format!(
            "<item><title>{title}</title><pubDate>Mon, 28 Feb 2022 14:00:00 GMT</pubDate>\
             <description>{body}</description></item>"
        )
    };
    let write = |items: &[String]| {
        let xml = format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nieuws</title>{}\
             </channel></rss>",
            items.concat()
        );
        fs::write(&feed, xml).unwrap();
    };
    let first = item("Gesprekken", "Oekraïne en Rusland praten, zei Koeleba.");
    let second = item("Sancties", "Nieuwe sancties tegen Rusland, zei Truss.");
    write(&[first.clone(), second.clone()]);
    let ids = || -> Vec<String> {
        let corpus = load(&feed);
        assert!(corpus.warnings.is_empty(), "{:#?}", corpus.warnings);
        corpus.articles.iter().map(|a| a.id.clone()).collect()
    };
    let before = ids();
    assert_eq!(before.len(), 2);
    assert_eq!(ids(), before, "the same feed, the same ids");
    // An item added in front moves the others; their ids stay.
    write(&[
        item("Nieuw", "Een nieuw bericht, zei Blinken."),
        first,
        second,
    ]);
    let after = ids();
    for id in &before {
        assert!(after.contains(id), "{id} kept: {after:?}");
    }
}

/// Issue #18, item 7: a feed archive over the limit for one article is read item by item, and
/// every item loads, in order, with the id and place it would have in a small feed.
#[test]
fn a_feed_over_the_one_article_limit_loads_every_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archief.rss");
    let items = 2100;
    // Padding feed-rs passes over keeps the articles short and the file over 16 MiB.
    let padding = "x".repeat(8 * 1024);
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:k=\"urn:kroniek:test\">\
         <channel><title>Archief</title>\n",
    );
    for n in 1..=items {
        xml.push_str(&format!(
            "<item><title>Bericht {n}</title><guid>urn:archief:{n}</guid>\
             <pubDate>Mon, 28 Feb 2022 14:00:00 GMT</pubDate>\
             <description>Bericht nummer {n} uit het archief.</description>\
             <k:pad>{padding}</k:pad></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    assert!(xml.len() > 16 * 1024 * 1024, "{} bytes", xml.len());
    fs::write(&path, &xml).unwrap();
    let corpus = load(&path);
    assert!(corpus.warnings.is_empty(), "{:#?}", &corpus.warnings[..1]);
    assert_eq!(corpus.articles.len(), items);
    let last = corpus
        .articles
        .iter()
        .find(|a| a.title == format!("Bericht {items}"))
        .unwrap();
    assert_eq!(
        last.source.to_string(),
        format!("{} item {items}", path.display())
    );
    assert_eq!(last.publisher.as_deref(), Some("Archief"));
    // The id a small feed of the same item gives it.
    let small = dir.path().join("klein");
    fs::create_dir(&small).unwrap();
    let one = small.join("archief.rss");
    let start = xml.find(&format!("<item><title>Bericht {items}<")).unwrap();
    let end = start + xml[start..].find("</item>").unwrap() + "</item>".len();
    fs::write(
        &one,
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Archief</title>{}\
             </channel></rss>",
            &xml[start..end]
        ),
    )
    .unwrap();
    assert_eq!(load(&one).articles[0].id, last.id);
}

/// Issue #18, item 7: an item over the limit for one article, one that is not well-formed and
/// one never closed are each a warning naming the file and the item; the items around them load.
#[test]
fn an_oversized_or_broken_feed_item_is_a_warning_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nieuws.atom");
    let entry = |n: u32, body: &str| {
        format!(
            "<entry><id>urn:nieuws:{n}</id><title>Bericht {n}</title>\
             <updated>2022-03-01T10:00:00Z</updated><content>{body}</content></entry>\n"
        )
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>Nieuws</title>\n",
    );
    xml.push_str(&entry(1, "Het eerste bericht."));
    xml.push_str(&entry(2, &"te lang ".repeat(17 * 1024 * 1024 / 8)));
    xml.push_str(&entry(3, "Het derde bericht."));
    xml.push_str(
        "<entry><id>urn:nieuws:4</id><title>Kapot</titel><content>Vier.</content></entry>\n",
    );
    xml.push_str(&entry(
        5,
        "Het vijfde <![CDATA[</entry><entry>]]> bericht <!-- </entry> -->.",
    ));
    // Never closed: the next entry starts before it ends.
    xml.push_str("<entry><id>urn:nieuws:6</id><title>Open</title><content>Zes.</content>\n");
    xml.push_str(&entry(7, "Het zevende bericht."));
    xml.push_str("</feed>\n");
    fs::write(&path, &xml).unwrap();
    let corpus = load(dir.path());
    let mut titles: Vec<&str> = corpus.articles.iter().map(|a| a.title.as_str()).collect();
    titles.sort_unstable();
    assert_eq!(
        titles,
        ["Bericht 1", "Bericht 3", "Bericht 5", "Bericht 7"],
        "{:#?}",
        corpus.warnings
    );
    assert_eq!(
        warning(&corpus, "nieuws.atom item 2"),
        "an item over 16 MiB; skipped"
    );
    assert!(
        warning(&corpus, "nieuws.atom item 4").starts_with("not a readable item"),
        "{:#?}",
        corpus.warnings
    );
    assert_eq!(
        warning(&corpus, "nieuws.atom item 6"),
        "not closed before the next item"
    );
    assert_eq!(corpus.warnings.len(), 3, "{:#?}", corpus.warnings);
    let seventh = corpus
        .articles
        .iter()
        .find(|a| a.title == "Bericht 7")
        .unwrap();
    assert!(seventh.source.to_string().ends_with("nieuws.atom item 7"));
    let fifth = corpus
        .articles
        .iter()
        .find(|a| a.title == "Bericht 5")
        .unwrap();
    assert!(fifth.text.contains("</entry><entry>"), "{}", fifth.text);
}

/// Issue #15, item 8: `convert` keeps every id, spaces in a file's name included.
#[test]
fn convert_keeps_the_id_of_a_file_whose_name_has_a_space() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(
        corpus.join("my article.txt"),
        "date 2022-02 Rusland trekt troepen terug, zei Stoltenberg.",
    )
    .unwrap();
    fs::write(
        corpus.join("export.csv"),
        "id,date,title,body\nnos 12 b,2022-03,Titel,Een tweede artikel.\n",
    )
    .unwrap();
    let before = load(&corpus);
    let ids: Vec<&str> = before.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["my article", "nos 12 b"]);
    let mut jsonl = Vec::new();
    kroniek::commands::convert(&before, None, &mut jsonl, &mut Vec::new()).unwrap();
    let converted = dir.path().join("corpus.jsonl");
    fs::write(&converted, &jsonl).unwrap();
    let after = load(&converted);
    let read_back: Vec<&str> = after.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(read_back, ids);
}

#[test]
fn csv_columns_can_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("eigen.csv");
    fs::write(
        &file,
        "wanneer,kop,tekst\n2022-04-01,Een kop,Een tekst over de NAVO.\n",
    )
    .unwrap();
    let corpus = load(&file);
    assert!(corpus.articles.is_empty());
    assert!(warning(&corpus, "eigen.csv").contains("no body column"));
    let options = Options {
        columns: Columns::parse("date=wanneer,title=kop,body=tekst").unwrap(),
        ..Options::default()
    };
    let corpus = load_with(std::slice::from_ref(&file), &options);
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.articles[0].title, "Een kop");
    assert_eq!(corpus.articles[0].date.unwrap().to_string(), "2022-04-01");
    let wrong = Options {
        columns: Columns::parse("body=inhoud").unwrap(),
        ..Options::default()
    };
    let corpus = load_with(&[file], &wrong);
    assert!(warning(&corpus, "eigen.csv").contains("no column `inhoud`"));
    assert!(Columns::parse("lichaam=x").is_err());
}

#[test]
fn a_shared_id_is_made_unique_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let line = "{\"id\": \"a1\", \"date\": \"2022-01\", \"body\": \"Tekst.\"}\n";
    fs::write(dir.path().join("one.jsonl"), line).unwrap();
    fs::write(dir.path().join("two.jsonl"), line).unwrap();
    let corpus = load(dir.path());
    let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["a1", "a1~2"]);
    assert!(warning(&corpus, "two.jsonl:1").contains("already has the id `a1`"));
}

#[test]
fn a_named_file_with_another_extension_is_read_by_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("export.data");
    fs::write(
        &json,
        "{\"date\": \"2022-05\", \"body\": \"Uit een export.\"}\n",
    )
    .unwrap();
    let feed = dir.path().join("feed.download");
    fs::copy(format!("{FIXTURES}/feed.atom"), &feed).unwrap();
    let corpus = load_paths(&[json, feed]);
    let formats: Vec<Format> = corpus.articles.iter().map(|a| a.source.format).collect();
    assert_eq!(formats, [Format::Atom, Format::JsonLines]);
    // In a directory, only known extensions are read.
    let corpus = load(dir.path());
    assert!(corpus.articles.is_empty());
}

#[test]
fn encodings_in_structured_formats() {
    let dir = tempfile::tempdir().unwrap();
    let text = "title,body\nBrief uit Kiev,\"Een tekst met ë en “aanhalingstekens”.\"\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(dir.path().join("utf16.csv"), utf16).unwrap();
    // Windows-1252: ë is 0xEB, “ and ” are 0x93 and 0x94.
    fs::write(
        dir.path().join("cp1252.jsonl"),
        b"{\"title\": \"Oekra\xefne\", \"body\": \"Een \x93citaat\x94.\"}\n",
    )
    .unwrap();
    let corpus = load(dir.path());
    let titles: Vec<&str> = corpus.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Oekraïne", "Brief uit Kiev"]);
    assert_eq!(corpus.articles[0].text, "Een “citaat”.");
    assert_eq!(
        corpus.articles[1].text,
        "Een tekst met ë en “aanhalingstekens”."
    );
    // Said as for a seed file: per line or row when one was not UTF-8, once for a UTF-16 file.
    assert_eq!(
        warning(&corpus, "cp1252.jsonl:1"),
        "not valid UTF-8; read as Windows-1252"
    );
    assert_eq!(warning(&corpus, "utf16.csv"), "CSV: UTF-16; converted");
    assert_eq!(corpus.warnings.len(), 2, "{:#?}", corpus.warnings);
    assert_eq!(corpus.skipped(), 0);
}

/// A CSV row or a Markdown file in Windows-1252 loads, with a note for that row or file only.
#[test]
fn windows_1252_is_noted_for_the_row_or_file_it_is_in() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("mixed.csv"),
        b"title,body\nUTF-8,Een tekst over Oekra\xc3\xafne.\nCP1252,Een tekst over Oekra\xefne.\n",
    )
    .unwrap();
    fs::write(dir.path().join("notes.md"), b"# Kop\n\nOekra\xefne.\n").unwrap();
    let corpus = load(dir.path());
    let texts: Vec<&str> = corpus.articles.iter().map(|a| a.text.as_str()).collect();
    assert!(texts.contains(&"Een tekst over Oekraïne."), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.ends_with("Oekraïne.") && t.starts_with("Kop")),
        "{texts:?}"
    );
    let noted: Vec<&str> = corpus.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(noted.len(), 2, "{:#?}", corpus.warnings);
    assert!(noted[0].ends_with("mixed.csv:3"), "{noted:?}");
    assert!(noted[1].ends_with("notes.md"), "{noted:?}");
    assert!(
        corpus
            .warnings
            .iter()
            .all(|w| !w.skipped && w.reason == "not valid UTF-8; read as Windows-1252")
    );
}

/// Escape sequences and controls in every format, written from code.
fn hostile_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();
    let esc = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m\u{202e}";
    let json_esc = "\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202e\\u0000";
    fs::write(
        d.join("h.jsonl"),
        format!(
            "{{\"id\": \"j{json_esc}1\", \"title\": \"T{json_esc}itel\", \"body\": \"Tekst{json_esc} met Poe{json_esc}tin.\", \"url\": \"http://x/{json_esc}\", \"source\": \"N{json_esc}OS\"}}\n"
        ),
    )
    .unwrap();
    fs::write(
        d.join("h.csv"),
        format!("title,body\n\"K{esc}op\",\"Een{esc} cel\"\n"),
    )
    .unwrap();
    fs::write(
        d.join("h.tsv"),
        format!("title\tbody\nK{esc}op\tEen{esc} cel\n"),
    )
    .unwrap();
    fs::write(
        d.join("h.md"),
        format!("---\ntitle: Ti{esc}tel\n---\n# Kop{esc}\n\nTekst{esc}.\n"),
    )
    .unwrap();
    // XML 1.0 allows C1 controls and bidi overrides, not C0: those come as entities of HTML.
    fs::write(
        d.join("h.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>\
         <item><title>Ti\u{9b}31mtel\u{202e}</title><description>&lt;p&gt;Tekst \u{9b}2J met &amp;#27;[31m kleur&lt;/p&gt;</description></item>\
         </channel></rss>",
    )
    .unwrap();
    (dir, d)
}

#[test]
fn hostile_bytes_are_removed_in_every_format() {
    let (_dir, d) = hostile_folder();
    let corpus = load(&d);
    assert_eq!(corpus.articles.len(), 5, "{:#?}", corpus.warnings);
    for a in &corpus.articles {
        for field in [&a.id, &a.title, &a.text] {
            assert!(
                !field.chars().any(is_unsafe_char) && !field.contains('\u{1b}'),
                "{:?} in {}",
                field,
                a.source
            );
        }
        for field in [&a.url, &a.publisher].into_iter().flatten() {
            assert!(!field.chars().any(is_unsafe_char), "{field:?}");
        }
    }
    let jsonl = corpus
        .articles
        .iter()
        .find(|a| a.source.format == Format::JsonLines)
        .unwrap();
    assert_eq!(jsonl.title, "Titel");
    assert!(
        !jsonl.mentions.is_empty(),
        "Poetin is found once the escape is gone"
    );
    // No command output carries a control character either.
    for args in [
        &["list", "--json"][..],
        &["list"],
        &["quotes", "--json"],
        &["convert", "--to", "jsonl"],
        &["check"],
    ] {
        let out = common::kroniek_command()
            .args(args)
            .arg(&d)
            .output()
            .unwrap();
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text
                    .chars()
                    .any(|c| is_unsafe_char(c) && c != '\t' || c == '\u{1b}'),
                "{args:?}: {text:?}"
            );
            // JSON escapes of controls would be a way around sanitising: none either.
            assert!(
                !text.contains("\\u001b") && !text.contains("\\u009b"),
                "{args:?}"
            );
        }
    }
}

#[test]
fn the_reader_shows_the_format_in_the_article_header() {
    let mut h = reader_at("nos-1");
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(
        screen.contains("2022-02-24 05:30 · 17 words · 1 quotation · nl · NOS · JSON Lines · "),
        "{screen}"
    );
}

#[test]
fn a_bookmark_keeps_the_line_its_article_came_from() {
    let mut h = reader_at("dataset-2");
    h.keys("<Enter>]b");
    let bookmark = &h.app.bookmarks.list[0];
    assert_eq!(bookmark.text, "We blijven hier");
    assert_eq!(
        bookmark.source.as_deref(),
        Some("tests/fixtures/formats/dataset.csv:2")
    );
    assert_eq!(bookmark.date.as_deref(), Some("2022-02-26"));
}

#[test]
fn a_date_cut_inside_a_character_is_a_warning_not_a_panic() {
    // Found by `cargo fuzz run formats`: a TSV whose date column has a multi-byte character where
    // the day would end.
    let corpus = load(Path::new("tests/fixtures/fuzz-formats-date-boundary.tsv"));
    assert_eq!(corpus.articles.len(), 2);
    assert!(
        corpus
            .warnings
            .iter()
            .any(|w| w.reason.contains("impossible date")),
        "{:#?}",
        corpus.warnings
    );
}

#[test]
fn a_feed_date_that_cannot_be_read_is_a_warning_naming_the_feeds_own_date_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("nieuws.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nieuws</title>\
         <item><title>Bericht</title><pubDate>gisteren rond tienen</pubDate>\
         <description>Een kort bericht.</description></item></channel></rss>",
    )
    .unwrap();
    let corpus = load(d);
    assert_eq!(corpus.articles.len(), 1, "{:#?}", corpus.warnings);
    assert_eq!(corpus.articles[0].date, None);
    let said = warning(&corpus, "nieuws.rss item 1");
    assert!(
        said.contains("impossible date `gisteren rond tienen`"),
        "{said}"
    );
    assert!(
        said.contains("RFC 822") && !said.contains("YYYY-MM"),
        "{said}"
    );
}

#[test]
fn a_json_array_named_jsonl_is_one_warning_and_a_renamed_export_is_known() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("bewaard.jsonl"),
        "[\n  {\n    \"id\": \"b1\",\n    \"article\": \"a1\",\n    \"article_title\": \"Titel\",\n    \
         \"text\": \"Iets\",\n    \"created\": \"2026-01-01T00:00:00Z\",\n    \
         \"updated\": \"2026-01-01T00:00:00Z\"\n  }\n]\n",
    )
    .unwrap();
    fs::write(
        d.join("artikelen.jsonl"),
        "[\n{\"date\": \"2024-01-02\", \"title\": \"Een\", \"body\": \"Tekst.\"},\n\
         {\"date\": \"2024-01-03\", \"title\": \"Twee\", \"body\": \"Meer tekst.\"}\n]\n",
    )
    .unwrap();
    let corpus = load(d);
    assert!(corpus.articles.is_empty());
    assert_eq!(corpus.warnings.len(), 2, "{:#?}", corpus.warnings);
    assert!(warning(&corpus, "bewaard.jsonl").contains("a kroniek bookmarks export (JSON)"));
    let said = warning(&corpus, "artikelen.jsonl");
    assert!(
        said.contains("a JSON array over many lines") && said.contains("jq"),
        "{said}"
    );
}
