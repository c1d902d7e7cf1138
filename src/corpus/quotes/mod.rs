//! Quotations and who said them: [`marks`] finds them in each paragraph, [`attribution`] finds
//! their speakers, working on the paragraph's [`units`].

mod attribution;
mod marks;
mod units;

pub use marks::{MarkNote, Unpaired, find_in_paragraph};

use attribution::attribute;
use marks::{Quotation, Scanner};

use crate::corpus::article::{Mention, Paragraph, Quote, Span};
use crate::corpus::discover::Kinds;
use crate::corpus::discover::Lexicon;
use crate::corpus::language::{Lang, Language};

/// What stands for the speaker of a quotation with none, in the reader, the commands' tables and
/// the exports alike (JSON has `null`, CSV an empty field).
pub const NO_SPEAKER: &str = "no speaker";

/// Finds every quotation in an article's paragraphs and attributes its speaker; the quotation
/// marks that did not pair up come with them, for the article's warnings.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    kinds: Kinds,
    lang: Lang,
) -> (Vec<Quote>, Vec<MarkNote>) {
    let ranges: Vec<_> = paragraphs.iter().map(|p| p.span.range()).collect();
    let mut found = Vec::new();
    let mut notes = Vec::new();
    let words = &Language::of(lang).quotes;
    Scanner::new(words.possessive_s).scan(text, &ranges, &mut found, &mut notes);
    let mut quotes: Vec<Quote> = found
        .into_iter()
        .map(|q: Quotation| Quote {
            span: Span::new(q.outer),
            inner: Span::new(q.inner),
            paragraph: q.paragraph as u32,
            speaker: None,
            continues: q.continues,
        })
        .collect();
    if quotes.is_empty() {
        return (quotes, notes);
    }
    let lexicon = Lexicon::of(lang);
    attribute(
        text,
        paragraphs,
        mentions,
        kinds,
        (words, lexicon),
        &mut quotes,
    );
    // A quotation over several paragraphs has one speaker: the first one found for its pieces.
    let mut first = 0;
    while first < quotes.len() {
        let end = first
            + 1
            + quotes[first + 1..]
                .iter()
                .take_while(|q| q.continues)
                .count();
        if let Some(speaker) = quotes[first..end].iter().find_map(|q| q.speaker) {
            for quote in &mut quotes[first..end] {
                quote.speaker = Some(speaker);
            }
        }
        first = end;
    }
    (quotes, notes)
}

/// At most this many mark notes are described for one article; the rest are counted.
pub const MAX_NOTES: usize = 10;

/// The mark notes of an article in words, at most [`MAX_NOTES`] and a count of the rest.
pub fn describe_all(text: &str, notes: &[MarkNote]) -> Vec<String> {
    let mut described: Vec<String> = notes
        .iter()
        .take(MAX_NOTES)
        .map(|note| describe(text, note))
        .collect();
    if notes.len() > MAX_NOTES {
        described.push(format!(
            "{} more quotation marks that did not pair up",
            notes.len() - MAX_NOTES
        ));
    }
    described
}

/// A mark note in words, for a warning: which paragraph, what went wrong, and the first words
/// from the mark on, so a reader can find it.
pub fn describe(text: &str, note: &MarkNote) -> String {
    // From the mark to the end of its paragraph.
    let from = text.get(note.pos..).unwrap_or_default();
    let from = from.split("\n\n").next().unwrap_or_default();
    let mark = from.get(..note.len).unwrap_or_default();
    let words = first_words(from, 6);
    let what = match note.what {
        Unpaired::Unclosed => {
            format!("the opening mark {mark} is never closed, so this quotation is skipped")
        }
        Unpaired::Stray => format!("the closing mark {mark} closes nothing"),
        Unpaired::Mixed => format!(
            "the opening mark {mark} is closed by a mark of another kind; taken as one quotation"
        ),
        Unpaired::ClosedByNext => format!(
            "the opening mark {mark} is never closed; the quotation is taken up to the next one"
        ),
        Unpaired::ToParagraphEnd => format!(
            "the opening mark {mark} is never closed; the quotation is taken to the end of the paragraph"
        ),
        Unpaired::CutOff => format!(
            "the opening mark {mark} is never closed; the quotation is taken to the end of the article"
        ),
    };
    format!("paragraph {}: {what}: {words}", note.paragraph + 1)
}

/// The first `n` words of `text`, with "…" when there is more, at most 80 characters.
fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let mut out = String::new();
    for word in words.by_ref().take(n) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let cut = out.chars().count() > 80;
    if cut {
        out = out.chars().take(79).collect();
    }
    if cut || words.next().is_some() {
        out.push('…');
    }
    out
}
