//! Labelled expectations for the built-in corpus: every quotation with its speaker, the order,
//! the timeline and the actors. The labels were written by reading the five seeds by hand.

use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self, Progress};
use kroniek::corpus::timeline::timeline;

fn corpus() -> Corpus {
    load::load(
        &[],
        Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    )
}

/// (article id prefix, start of the quotation, speaker).
const LABELS: &[(&str, &str, Option<&str>)] = &[
    (
        "000",
        "Het is de grootste Russische troepenopbouw",
        Some("Jens Stoltenberg"),
    ),
    (
        "000",
        "Rusland moet deze militaire opbouw",
        Some("Jens Stoltenberg"),
    ),
    ("000", "VS zijn onze tegenstander", Some("Sergej Rjabkov")),
    (
        "000",
        "De Verenigde Staten zijn onze tegenstander",
        Some("Sergej Rjabkov"),
    ),
    ("000", "voor hun eigen bestwil", Some("Sergej Rjabkov")),
    ("001", "gevaarlijk moment", Some("Jens Stoltenberg")),
    (
        "001",
        "We gaan al onze bondgenoten",
        Some("Jens Stoltenberg"),
    ),
    (
        "001",
        "Een nieuwe agressie van Rusland",
        Some("Jens Stoltenberg"),
    ),
    (
        "001",
        "Rusland moet stoppen met Koude Oorlog-retoriek",
        Some("Liz Truss"),
    ),
    ("001", "Koude Oorlog-retoriek", Some("Liz Truss")),
    ("001", "Er is een alternatieve weg", Some("Liz Truss")),
    ("001", "De realiteit is dat we de opmars", Some("Liz Truss")),
    ("001", "De NAVO heeft duidelijk gemaakt", Some("Liz Truss")),
    (
        "001",
        "Minister Lavrov vertelde me vandaag",
        Some("Liz Truss"),
    ),
    (
        "001",
        "De oefeningen vinden plaats met als doel",
        Some("Russisch ministerie van Defensie"),
    ),
    (
        "002",
        "De beste manier om de crisis",
        Some("Anthony Blinken"),
    ),
    ("002", "Wij willen geen conflict", Some("Sergej Lavrov")),
    ("002", "rode lijn", Some("Vladimir Poetin")),
    (
        "003",
        "Tot dusver hebben we nog geen",
        Some("Jens Stoltenberg"),
    ),
    (
        "003",
        "Integendeel, het lijkt erop",
        Some("Jens Stoltenberg"),
    ),
    (
        "003",
        "we hebben geen terugtrekking gezien",
        Some("Jens Stoltenberg"),
    ),
    (
        "003",
        "Wij reageren op de realiteit",
        Some("Volodymyr Zelensky"),
    ),
    (
        "003",
        "door iedereen te zien zijn",
        Some("Volodymyr Zelensky"),
    ),
    (
        "003",
        "kalm blijft onder dit soort",
        Some("Volodymyr Zelensky"),
    ),
    ("003", "informatieterrorisme", None),
    (
        "004",
        "In de antwoorden van de Verenigde Staten",
        Some("Kremlin"),
    ),
    ("004", "De kernvraag werd genegeerd", Some("Kremlin")),
    ("004", "wettelijke garanties", Some("Kremlin")),
    (
        "004",
        "Rusland schroeft inzet troepen nog op",
        Some("Jens Stoltenberg"),
    ),
    (
        "004",
        "Rusland verplaatst meer troepen",
        Some("Jens Stoltenberg"),
    ),
    (
        "004",
        "De bewapening gaat dus voort.",
        Some("Jens Stoltenberg"),
    ),
    ("004", "Van de kant van de NAVO", Some("Jens Stoltenberg")),
    (
        "004",
        "We werken hard aan de beste",
        Some("Jens Stoltenberg"),
    ),
    ("004", "zware gevolgen", Some("Jens Stoltenberg")),
    (
        "004",
        "Mogelijk uitzetting van Russische ambassadeur",
        Some("Sergej Lavrov"),
    ),
    ("004", "Aanstootgevend", Some("Sergej Lavrov")),
    ("004", "onacceptabel", Some("Sergej Lavrov")),
    (
        "004",
        "We hebben Washington gewaarschuwd",
        Some("Sergej Lavrov"),
    ),
    (
        "004",
        "We zijn in debat over de kwestie",
        Some("Sergej Lavrov"),
    ),
    (
        "004",
        "Vorige vrijdag kwamen we overeen met Blinken",
        Some("Sergej Lavrov"),
    ),
];

/// Every quote as (article id prefix, text, speaker) in article order (by id, not date).
fn found(corpus: &Corpus) -> Vec<(String, String, Option<String>)> {
    let mut articles: Vec<_> = corpus.articles.iter().collect();
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    articles
        .into_iter()
        .flat_map(|a| {
            a.quotes.iter().map(move |q| {
                (
                    a.id[..3].to_owned(),
                    a.quote_text(q).to_owned(),
                    q.speaker.map(|s| corpus.actor_name(s).to_owned()),
                )
            })
        })
        .collect()
}

#[test]
fn every_quotation_in_the_seeds_is_found_and_nothing_else() {
    let corpus = corpus();
    let found = found(&corpus);
    let summary: Vec<String> = found.iter().map(|(a, t, _)| format!("{a}: {t}")).collect();
    assert_eq!(found.len(), LABELS.len(), "found:\n{}", summary.join("\n"));
    for ((article, text, _), (want_article, want_start, _)) in found.iter().zip(LABELS) {
        assert_eq!(article, want_article);
        assert!(
            text.starts_with(want_start),
            "expected `{want_start}…`, found `{text}`"
        );
    }
}

#[test]
fn at_least_nine_in_ten_named_speakers_are_right() {
    let corpus = corpus();
    let found = found(&corpus);
    let named: Vec<_> = LABELS
        .iter()
        .zip(&found)
        .filter(|((_, _, want), _)| want.is_some())
        .collect();
    let right = named
        .iter()
        .filter(|((_, _, want), (_, _, got))| got.as_deref() == *want)
        .count();
    assert!(named.len() >= 35);
    assert!(
        right * 10 >= named.len() * 9,
        "{right} of {} right",
        named.len()
    );
}

#[test]
fn every_seed_quotation_has_its_labelled_speaker() {
    let corpus = corpus();
    let wrong: Vec<String> = LABELS
        .iter()
        .zip(found(&corpus))
        .filter(|((_, _, want), (_, _, got))| got.as_deref() != *want)
        .map(|((a, t, want), (_, _, got))| format!("{a} `{t}`: want {want:?}, got {got:?}"))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_quotation_is_attributed_to_an_actor_named_only_inside_it() {
    let corpus = corpus();
    for article in &corpus.articles {
        for quote in &article.quotes {
            let Some(speaker) = quote.speaker else {
                continue;
            };
            let outside = article
                .mentions
                .iter()
                .any(|m| m.actor == speaker && !quote.span.contains(m.span));
            assert!(outside, "{} `{}`", article.id, article.quote_text(quote));
        }
    }
}

#[test]
fn seeds_sort_by_date_with_ties_by_id_and_undated_last() {
    let ids: Vec<String> = corpus()
        .articles
        .iter()
        .map(|a| a.id[..3].to_owned())
        .collect();
    assert_eq!(ids, ["000", "002", "001", "003", "004"]);
}

#[test]
fn seed_without_header_is_undated_and_titles_are_first_sentences() {
    let corpus = corpus();
    let undated = corpus.articles.last().unwrap();
    assert!(undated.date.is_none());
    assert!(
        undated
            .title
            .starts_with("De Russische president Vladimir Poetin heeft vrijdag")
    );
    assert!(undated.title.chars().count() <= 90);
    let first = &corpus.articles[0];
    assert_eq!(first.date.unwrap().to_string(), "2021-04");
    assert_eq!(
        first.title,
        "Rusland moet zijn troepenmacht aan de oostgrens van Oekraïne terugtrekken"
    );
}

#[test]
fn seed_headings_are_found() {
    let corpus = corpus();
    let headings: Vec<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| {
            a.paragraphs
                .iter()
                .filter(|p| p.heading)
                .map(move |p| a.slice(p.span))
        })
        .collect();
    assert_eq!(
        headings,
        [
            "‘VS zijn onze tegenstander’",
            "Akkoord van Minsk",
            "Bijna 100.000 Russen",
            "Brits buitenlandminister: 'Rusland moet stoppen met Koude Oorlog-retoriek'",
            "Rusland en Wit-Rusland starten gemeenschappelijke militaire oefeningen",
            "Ook Oekraïne ziet Russen nog niet vertrekken",
            "Inval van Oekraïne zou volgens VS deze week nog kunnen plaatsvinden",
            "“Rusland schroeft inzet troepen nog op”",
            "Lavrov: “Mogelijk uitzetting van Russische ambassadeur in VS is aanstootgevend”",
        ]
    );
}

#[test]
fn timeline_covers_every_month_from_first_to_last_then_undated() {
    let corpus = corpus();
    let buckets = timeline(&corpus);
    let labels: Vec<String> = buckets.iter().map(|b| b.label()).collect();
    assert_eq!(labels.len(), 11 + 1);
    assert_eq!(labels.first().unwrap(), "2021-04");
    assert_eq!(labels[10], "2022-02");
    assert_eq!(labels.last().unwrap(), "undated");
    assert!(buckets[1].articles.is_empty(), "2021-05 is an empty month");
    assert_eq!(buckets[10].articles.len(), 2);
    assert_eq!(
        corpus.actor_name(buckets[0].top_actors[0].0),
        "Jens Stoltenberg"
    );
}

#[test]
fn stoltenberg_is_the_most_mentioned_person_and_mentions_lie_on_char_boundaries() {
    let corpus = corpus();
    let stats = corpus.actor_stats();
    let people: Vec<&str> = stats
        .iter()
        .filter(|s| corpus.gazetteer.actor(s.actor).kind.as_str() == "person")
        .map(|s| corpus.actor_name(s.actor))
        .collect();
    assert_eq!(people[0], "Jens Stoltenberg");
    for article in &corpus.articles {
        for m in &article.mentions {
            assert!(article.text.is_char_boundary(m.span.start as usize));
            assert!(article.text.is_char_boundary(m.span.end as usize));
        }
    }
}

#[test]
fn seeds_folder_matches_the_embedded_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let embedded: Vec<&str> = kroniek::corpus::load::SEEDS
        .iter()
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(names, embedded);
}
