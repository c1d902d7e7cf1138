//! Any bytes read as each structured format (JSON Lines, CSV, TSV, Markdown, a feed, and by
//! content): no panic, and every article built from them is as safe as a seed article.
#![no_main]

use std::sync::OnceLock;

use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Format;
use kroniek::corpus::decode::is_unsafe_char;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{Built, Progress, articles_from_bytes};
use libfuzzer_sys::fuzz_target;

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let gazetteer = GAZETTEER.get_or_init(Gazetteer::builtin);
    let formats = [
        Some(Format::JsonLines),
        Some(Format::Csv),
        Some(Format::Tsv),
        Some(Format::Markdown),
        Some(Format::Rss2),
        None,
    ];
    for format in formats {
        let built = articles_from_bytes(
            "fuzz",
            "fuzz",
            format,
            data,
            gazetteer,
            &Options::default(),
            &Progress::default(),
        );
        for built in &built {
            let Built::Article { article, .. } = built else {
                continue;
            };
            for field in [&article.id, &article.title, &article.text] {
                assert!(!field.chars().any(|c| is_unsafe_char(c)), "{field:?}");
            }
            if let Some(url) = &article.url {
                assert!(!url.chars().any(is_unsafe_char));
            }
            let text = &article.text;
            for span in article
                .paragraphs
                .iter()
                .map(|p| p.span)
                .chain(article.mentions.iter().map(|m| m.span))
                .chain(article.quotes.iter().flat_map(|q| [q.span, q.inner]))
            {
                assert!(span.end as usize <= text.len());
                assert!(text.is_char_boundary(span.start as usize));
                assert!(text.is_char_boundary(span.end as usize));
            }
        }
    }
});
