//! Tests of the timeline: months, periods of every granularity, top actors, partial indexes.

use chrono::NaiveDate;

use super::*;
use crate::corpus::Corpus;
use crate::corpus::actors::Gazetteer;
use crate::corpus::article::{ArticleIx, Source};
use crate::corpus::load::build_article;
use crate::corpus::period::Granularity;

fn corpus(files: &[(&str, &str)]) -> Corpus {
    let gazetteer = Gazetteer::builtin();
    let articles = files
        .iter()
        .map(|(id, text)| {
            build_article(id, Source::file(*id), text.as_bytes(), &gazetteer)
                .expect("a test article")
                .0
        })
        .collect();
    Corpus::new(articles, Vec::new(), gazetteer)
}

fn sample() -> Corpus {
    corpus(&[
        (
            "a",
            "date 2022-02-24\n\nEen\n\nJens Stoltenberg sprak. \"Dit is ernstig,\" zei Stoltenberg. Stoltenberg ging.",
        ),
        (
            "b",
            "date 2022-02-26\n\nTwee\n\nStoltenberg en Zelensky. \"Wij blijven,\" zei Zelensky.",
        ),
        ("c", "date 2022-04\n\nDrie\n\nZelensky reisde."),
        ("d", "Vier\n\nStoltenberg zonder datum."),
    ])
}

/// The positions `indices` in the corpus.
fn ixs<const N: usize>(indices: [usize; N]) -> [ArticleIx; N] {
    indices.map(ArticleIx::new)
}

fn actor(c: &Corpus, name: &str) -> ActorId {
    c.gazetteer.lookup(name).expect("a built-in actor")
}

#[test]
fn months_hold_counts_gaps_and_undated_last() {
    let c = sample();
    let p = TimelineIndex::build(&c).periods(Granularity::Month);
    let labels: Vec<String> = p.periods.iter().map(PeriodStats::label).collect();
    assert_eq!(labels, ["2022-02", "2022-03", "2022-04", "undated"]);
    let counts: Vec<usize> = p.periods.iter().map(|s| s.articles.len()).collect();
    assert_eq!(counts, [2, 0, 1, 1]);
    let js = actor(&c, "Stoltenberg");
    let feb = p.periods[0].cell(js);
    assert_eq!((feb.mentions, feb.articles, feb.quotes), (4, 2, 1));
    assert_eq!(p.periods[0].quotes, 2);
    assert_eq!(
        p.periods[1].cell(js),
        Cell {
            actor: js,
            ..Cell::default()
        }
    );
    assert_eq!(p.periods[3].cell(js).mentions, 1);
}

#[test]
fn every_granularity_sums_to_the_same_totals() {
    let c = sample();
    let index = TimelineIndex::build(&c);
    let month = index.periods(Granularity::Month);
    for g in Granularity::ALL {
        let p = index.periods(g);
        assert_eq!(p.totals, month.totals, "{g:?}");
        let articles: usize = p.periods.iter().map(|s| s.articles.len()).sum();
        assert_eq!(articles, 4);
    }
    let days = index.periods(Granularity::Day);
    // 24 February to 1 April (the April article counts on the 1st), then undated.
    assert_eq!(days.periods.len(), 5 + 31 + 1 + 1);
    assert_eq!(days.periods[0].label(), "2022-02-24");
    let quarters = index.periods(Granularity::Quarter);
    let labels: Vec<String> = quarters.periods.iter().map(PeriodStats::label).collect();
    assert_eq!(labels, ["2022-Q1", "2022-Q2", "undated"]);
}

#[test]
fn top_actors_by_mentions_or_by_quotations() {
    let c = sample();
    let p = TimelineIndex::build(&c).periods(Granularity::Year);
    let (js, vz) = (actor(&c, "Stoltenberg"), actor(&c, "Zelensky"));
    assert_eq!(p.top_actors(&c, Measure::Mentions, 10)[..2], [js, vz]);
    assert_eq!(p.top_actors(&c, Measure::Mentions, 1), [js]);
    let speakers = p.top_actors(&c, Measure::Quotations, 10);
    assert!(speakers.contains(&js) && speakers.contains(&vz));
    assert_eq!(p.articles_of(&c, 0, vz, Measure::Mentions), ixs([1, 2]));
    assert_eq!(p.articles_of(&c, 0, vz, Measure::Quotations), ixs([1]));
    assert!(p.articles_of(&c, 99, vz, Measure::Mentions).is_empty());
}

#[test]
fn an_index_of_some_articles_counts_only_those() {
    let c = sample();
    let index = TimelineIndex::build_from(&c, ixs([1, 2]));
    let p = index.periods(Granularity::Month);
    let counts: Vec<usize> = p.periods.iter().map(|s| s.articles.len()).collect();
    assert_eq!(counts, [1, 0, 1]);
    assert_eq!(
        index.span(),
        NaiveDate::from_ymd_opt(2022, 2, 26).zip(NaiveDate::from_ymd_opt(2022, 4, 1))
    );
    assert_eq!(
        TimelineIndex::default().periods(Granularity::Day).periods,
        []
    );
}
