//! Quote finding and attribution on any paragraph text: no panic, quotations inside the text,
//! sorted, not overlapping, their inner text inside their marks, speakers real actors.
#![no_main]

use std::sync::OnceLock;

use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::parse::parse;
use kroniek::corpus::discover::Kinds;
use kroniek::corpus::language::Lang;
use kroniek::corpus::quotes::{find_in_paragraph, find_quotes};
use libfuzzer_sys::fuzz_target;

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fuzz_target!(|text: &str| {
    let mut last = 0;
    for (outer, inner) in find_in_paragraph(text) {
        assert!(outer.start >= last && outer.start < inner.start && inner.end < outer.end);
        assert!(outer.end <= text.len());
        assert!(text.is_char_boundary(inner.start) && text.is_char_boundary(inner.end));
        last = outer.end;
    }
    let gazetteer = GAZETTEER.get_or_init(Gazetteer::builtin);
    if let Some(parsed) = parse(text) {
        let mentions = gazetteer.find_mentions(&parsed.text);
        let (quotes, notes) = find_quotes(
            &parsed.text,
            &parsed.paragraphs,
            &mentions,
            Kinds::of(gazetteer),
            Lang::detect(&parsed.text),
        );
        for note in notes {
            assert!(parsed.text.is_char_boundary(note.pos) && note.paragraph < parsed.paragraphs.len());
        }
        for quote in quotes {
            assert!(quote.span.contains(quote.inner));
            assert!((quote.paragraph as usize) < parsed.paragraphs.len());
            if let Some(speaker) = quote.speaker {
                assert!((speaker as usize) < gazetteer.len());
            }
        }
    }
});
