//! Properties over generated input (proptest, bounded so `cargo test` stays fast): the loader
//! never panics, every range lies inside its text on character boundaries, sanitised text holds
//! no control character, sorting is stable, and any sequence of sizes renders.

mod common;

use common::Harness;
use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::{Format, Source};
use kroniek::corpus::decode::is_unsafe_char;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{Built, Progress, articles_from_bytes, build_article};
use proptest::prelude::*;

fn gazetteer() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(Gazetteer::builtin)
}

/// Text that looks like the seeds: words, actor names, every quotation mark, apostrophes,
/// headers, blank lines, controls and escapes.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Stoltenberg".to_owned()),
        Just("NAVO-landen".to_owned()),
        Just("Wit-Rusland".to_owned()),
        Just(" zei hij. ".to_owned()),
        Just(", aldus Lavrov.".to_owned()),
        // Roles, titles and initials, which attribution reads back from around a name.
        Just(", aldus de voorzitter.".to_owned()),
        Just(" voorzitter van de raad Piet Claes ".to_owned()),
        Just(" said U.S. President Jane Doe's ".to_owned()),
        Just("„".to_owned()),
        Just("″".to_owned()),
        Just("”".to_owned()),
        Just("“".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("'".to_owned()),
        Just("\"".to_owned()),
        Just("«»".to_owned()),
        Just("regio’s zo'n".to_owned()),
        Just("\n\n".to_owned()),
        Just("date 2022-02 ".to_owned()),
        Just("\x1b[31m".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\t".to_owned()),
        "[a-zA-Zëï .,:;!?-]{0,12}".prop_map(|s| s),
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_load_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = build_article("p", Source::file("p.txt"), &bytes, gazetteer());
    }

    #[test]
    fn every_format_reads_any_text_without_panic_and_safely(
        text in newsish(),
        wrap in prop_oneof![
            Just(("{\"title\": \"", "\", \"body\": \"x\"}\n")),
            Just(("title,body\n\"", "\",x\n")),
            Just(("---\ntitle: ", "\n---\n# kop\n")),
            Just(("<rss><channel><item><title>", "</title><description>d</description></item></channel></rss>")),
            Just(("", "")),
        ],
        format in prop_oneof![
            Just(Some(Format::JsonLines)),
            Just(Some(Format::Csv)),
            Just(Some(Format::Tsv)),
            Just(Some(Format::Markdown)),
            Just(Some(Format::Rss2)),
            Just(None),
        ],
    ) {
        let bytes = format!("{}{text}{}{text}", wrap.0, wrap.1);
        let built = articles_from_bytes("p", "p", format, bytes.as_bytes(), gazetteer(), &Options::default(), &Progress::default());
        for built in &built {
            let Built::Article { article, .. } = built else { continue };
            for field in [&article.id, &article.title, &article.text] {
                prop_assert!(!field.chars().any(is_unsafe_char), "{:?}", field);
            }
            for span in article.paragraphs.iter().map(|p| p.span)
                .chain(article.mentions.iter().map(|m| m.span))
                .chain(article.quotes.iter().flat_map(|q| [q.span, q.inner])) {
                prop_assert!(span.end as usize <= article.text.len());
                prop_assert!(article.text.is_char_boundary(span.start as usize));
                prop_assert!(article.text.is_char_boundary(span.end as usize));
            }
        }
    }

    #[test]
    fn ranges_lie_inside_the_text_and_no_control_char_survives(text in newsish()) {
        if let Ok((article, _)) = build_article("p", Source::file("p.txt"), text.as_bytes(), gazetteer()) {
            let t = &article.text;
            prop_assert!(!t.chars().any(|c| c.is_control() && c != '\n'));
            let bidi = t.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
            prop_assert!(!bidi, "bidi control left in {:?}", t);
            let spans = article.paragraphs.iter().map(|p| p.span)
                .chain(article.mentions.iter().map(|m| m.span))
                .chain(article.quotes.iter().flat_map(|q| [q.span, q.inner]));
            for span in spans {
                prop_assert!(span.start <= span.end && span.end as usize <= t.len());
                prop_assert!(t.is_char_boundary(span.start as usize) && t.is_char_boundary(span.end as usize));
            }
            for q in &article.quotes {
                prop_assert!(q.span.contains(q.inner));
                if let Some(speaker) = q.speaker {
                    // Never an actor named only inside the quotation itself.
                    prop_assert!(article.mentions.iter().any(|m| m.actor == speaker && !q.span.contains(m.span)));
                }
            }
        }
    }

    #[test]
    fn sorting_is_by_date_then_id_with_undated_last(
        dates in proptest::collection::vec(proptest::option::of((2000u16..2030, 1u8..13)), 1..30)
    ) {
        let articles = dates.iter().enumerate().filter_map(|(i, date)| {
            let text = match date {
                Some((y, m)) => format!("date {y:04}-{m:02} Tekst {i}."),
                None => format!("Tekst {i}."),
            };
            build_article(&format!("{:03}", (i * 7) % 31), Source::file("x"), text.as_bytes(), gazetteer()).ok().map(|(a, _)| a)
        }).collect();
        let corpus = Corpus::new(articles, Vec::new(), gazetteer().clone());
        for pair in corpus.articles.windows(2) {
            let key = |a: &kroniek::corpus::article::Article| (a.date.is_none(), a.date, a.id.clone());
            prop_assert!(key(&pair[0]) <= key(&pair[1]));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_sizes_renders(sizes in proptest::collection::vec((1u16..160, 1u16..60), 1..12), keys in "[jkJK\\]\\[gGtaw?B]{0,6}") {
        let mut h = Harness::new(80, 24);
        h.keys("<Enter>");
        for (width, height) in sizes {
            h.resize(width, height);
            h.keys(&keys);
            h.draw();
        }
    }
}
