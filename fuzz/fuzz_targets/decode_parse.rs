//! Any bytes through decoding, parsing and indexing: no panic, every range inside the text on
//! character boundaries, no control character left.
#![no_main]

use std::sync::OnceLock;

use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Source;
use kroniek::corpus::load::build_article;
use libfuzzer_sys::fuzz_target;

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let gazetteer = GAZETTEER.get_or_init(Gazetteer::builtin);
    let Ok((article, _)) = build_article("fuzz", Source::file("fuzz.txt"), data, gazetteer) else {
        return;
    };
    let text = &article.text;
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    assert!(!article.title.chars().any(char::is_control));
    let spans = article
        .paragraphs
        .iter()
        .map(|p| p.span)
        .chain(article.mentions.iter().map(|m| m.span))
        .chain(article.quotes.iter().flat_map(|q| [q.span, q.inner]));
    for span in spans {
        assert!(span.start <= span.end && span.end as usize <= text.len());
        assert!(text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize));
    }
    for pair in article.mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "mentions overlap");
    }
    for pair in article.quotes.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "quotes overlap");
    }
});
