//! Quotations and who said them: [`marks`] finds them in each paragraph, [`attribution`] finds
//! their speakers, working on the paragraph's [`units`].

mod attribution;
mod marks;
mod units;

pub use marks::find_in_paragraph;

use attribution::attribute;
use marks::scan_paragraph;

use crate::corpus::actors::Gazetteer;
use crate::corpus::article::{Mention, Paragraph, Quote, Span};
use crate::corpus::language::Language;

/// Finds every quotation in an article's paragraphs and attributes its speaker.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut stack = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let base = paragraph.span.start as usize;
        scan_paragraph(&text[paragraph.span.range()], &mut stack, |outer, inner| {
            quotes.push(Quote {
                span: Span::new(base + outer.start..base + outer.end),
                inner: Span::new(base + inner.start..base + inner.end),
                paragraph: index as u32,
                speaker: None,
            })
        });
    }
    if quotes.is_empty() {
        return quotes;
    }
    let words = &Language::dutch().quotes;
    attribute(text, paragraphs, mentions, gazetteer, words, &mut quotes);
    quotes
}
