//! A paragraph as units for attribution: words, punctuation, actor mentions and whole
//! quotations, and its sentences as runs of units.

use std::ops::Range;

use crate::corpus::article::{ActorId, Mention, Quote, Span};
use crate::corpus::sentences::SENTENCE_ENDS;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Unit {
    Word(u32, u32),
    Punct(char),
    Actor(ActorId),
    Quote(usize),
}

/// Fills `units` with the units of the paragraph at `span`.
pub(super) fn units_of(
    text: &str,
    span: Span,
    mentions: &[Mention],
    quotes: &[Quote],
    units: &mut Vec<Unit>,
) {
    units.clear();
    // About one unit for every five bytes of Dutch prose: room enough to rarely grow.
    units.reserve(span.range().len() / 5 + 4);
    let end = span.end as usize;
    let mut quote = quotes.partition_point(|q| q.span.start < span.start);
    // A quotation from the paragraph before may run into this one: its words are not units.
    let start = match quote.checked_sub(1).map(|q| quotes[q].span.end) {
        Some(end) if end > span.start => end,
        _ => span.start,
    };
    let mut pos = start as usize;
    let mut mention = mentions.partition_point(|m| m.span.start < start);
    while pos < end {
        if let Some(q) = quotes.get(quote).filter(|q| q.span.start as usize == pos) {
            units.push(Unit::Quote(quote));
            pos = q.span.end as usize;
            quote += 1;
            while mentions
                .get(mention)
                .is_some_and(|m| (m.span.start as usize) < pos)
            {
                mention += 1;
            }
            continue;
        }
        if let Some(m) = mentions
            .get(mention)
            .filter(|m| m.span.start as usize == pos)
        {
            units.push(Unit::Actor(m.actor));
            pos = m.span.end as usize;
            mention += 1;
            continue;
        }
        let bytes = text.as_bytes();
        let byte = bytes[pos];
        if byte == b' ' {
            pos += 1;
            continue;
        }
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            let Some(c) = text[pos..end].chars().next() else {
                break;
            };
            c
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
        } else if c.is_alphanumeric() {
            let start = pos;
            pos += c.len_utf8();
            // A word goes on through letters and digits, and through - . , ' ’ between them,
            // up to the next mention or quotation.
            let next_mention = mentions.get(mention).map_or(end, |m| m.span.start as usize);
            let next_quote = quotes.get(quote).map_or(end, |q| q.span.start as usize);
            let stop = next_mention.min(next_quote).min(end);
            while pos < stop {
                let b = bytes[pos];
                if b.is_ascii_alphanumeric() {
                    pos += 1;
                    continue;
                }
                if b == b' ' {
                    break;
                }
                let mut it = text[pos..stop].chars();
                let Some(c) = it.next() else { break };
                let joins = matches!(c, '-' | '.' | ',' | '\'' | '’')
                    && it.next().is_some_and(char::is_alphanumeric);
                if !(c.is_alphanumeric() || joins) {
                    break;
                }
                pos += c.len_utf8();
            }
            units.push(Unit::Word(start as u32, pos as u32));
        } else {
            units.push(Unit::Punct(c));
            pos += c.len_utf8();
        }
    }
}

/// Whether `word` is an abbreviated title whose full stop ends nothing ("Mr", "Gov", "Dr"): a
/// title `is_title` knows, of four letters at most.
pub(super) fn is_abbreviated_title(word: &str, is_title: impl Fn(&str) -> bool) -> bool {
    !word.is_empty() && word.len() <= 4 && is_title(word)
}

/// Whether unit `i` is the full stop of an abbreviated title ("Rep.", "Sen.", "Gov."): it ends no
/// sentence or clause, and the name goes on after it.
pub(super) fn is_title_stop(
    units: &[Unit],
    text: &str,
    i: usize,
    is_title: impl Fn(&str) -> bool,
) -> bool {
    units[i] == Unit::Punct('.')
        && matches!(
            i.checked_sub(1).map(|b| units[b]),
            Some(Unit::Word(s, e)) if is_abbreviated_title(&text[s as usize..e as usize], is_title)
        )
}

/// Fills `out` with the sentences of a paragraph's `units`, as ranges of unit indices.
///
/// A full stop after an abbreviated title (`is_title`: "Gov.", "Sen.", "Dr.") ends no sentence.
pub(super) fn sentences_of(
    units: &[Unit],
    text: &str,
    quotes: &[Quote],
    is_title: impl Fn(&str) -> bool,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    let mut start = 0;
    for (i, unit) in units.iter().enumerate() {
        let ends = match *unit {
            Unit::Punct('.') => !is_title_stop(units, text, i, &is_title),
            Unit::Punct(c) => matches!(c, '!' | '?' | '…'),
            Unit::Quote(q) => {
                let inner = text[quotes[q].inner.range()].trim_end();
                inner.ends_with(SENTENCE_ENDS)
            }
            _ => false,
        };
        if !ends {
            continue;
        }
        let next_starts = match units.get(i + 1) {
            None => true,
            Some(Unit::Word(s, _)) => text[*s as usize..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            Some(Unit::Quote(_) | Unit::Actor(_)) => true,
            Some(Unit::Punct(c)) => matches!(c, '(' | '-' | '—'),
        };
        if next_starts && !matches!(units.get(i + 1), Some(Unit::Punct(c)) if ".!?…".contains(*c))
        {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < units.len() {
        out.push(start..units.len());
    }
}
