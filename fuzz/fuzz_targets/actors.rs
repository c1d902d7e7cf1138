//! The actor matcher on any text: sorted, non-overlapping whole-word mentions on char boundaries.
#![no_main]

use std::sync::OnceLock;

use kroniek::corpus::actors::Gazetteer;
use libfuzzer_sys::fuzz_target;

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

fuzz_target!(|text: &str| {
    let gazetteer = GAZETTEER.get_or_init(Gazetteer::builtin);
    let mentions = gazetteer.find_mentions(text);
    let mut last_end = 0;
    for m in &mentions {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        assert!(start >= last_end && start < end && end <= text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert!(!text[..start].chars().next_back().is_some_and(char::is_alphanumeric));
        assert!(!text[end..].chars().next().is_some_and(char::is_alphanumeric));
        assert!((m.actor as usize) < gazetteer.len());
        last_end = end;
    }
});
