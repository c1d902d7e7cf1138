//! Shapes of text around capitalised words that say what they are: the title of a paper that
//! keeps its article ("The Sun"), a song's or book's title in quotation marks, menu entries of a
//! scraped page glued together.

use std::ops::Range;

use super::tokens::Token;
use super::{Lexicon, WordSet};

/// Whether word `i` is an article written with a capital inside a sentence, after a word in
/// lower case and before a capitalised name, as the title of a paper or a work opens ("a column
/// for The Sun", "told The Washington Post"), or a number word so written, as a place's name
/// opens ("in Thousand Oaks", before no common word): the word is part of the name.
pub(super) fn opens_title(
    text: &str,
    words: &[Token],
    i: usize,
    lexicon: &Lexicon,
    is: &impl Fn(usize, &WordSet) -> bool,
) -> bool {
    let w = &words[i];
    let next_is_name = words
        .get(i + 1)
        .is_some_and(|n| n.joined && n.capitalised && !is(i + 1, &lexicon.stop_words));
    // (Not before a common word, as a count in a heading is: "Sentenced to Three Years".)
    let opener = is(i, &lexicon.title_articles)
        || (is(i, &lexicon.number_words) && next_is_name && !is(i + 1, &lexicon.common_words));
    if !opener || w.sentence_start || !w.joined || !next_is_name {
        return false;
    }
    // Written "The", not "THE" (a heading in capitals).
    let word = &text[w.span.clone()];
    if !word.chars().skip(1).all(char::is_lowercase) {
        return false;
    }
    text[..w.span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|before| before.chars().next())
        .is_some_and(char::is_lowercase)
}

/// How many times a name's words turn from a lower-case letter to a capital ("McDonald" once,
/// "LinkedIn" once), and how many of its words do.
pub(super) fn humps(name: &str) -> (usize, usize) {
    if name.is_ascii() {
        return ascii_humps(name.as_bytes());
    }
    let mut turns = 0;
    let mut words = 0;
    for word in name.split(' ') {
        let mut previous_lower = false;
        let mut here = 0;
        for c in word.chars() {
            if previous_lower && c.is_uppercase() {
                here += 1;
            }
            previous_lower = c.is_lowercase();
        }
        turns += here;
        words += usize::from(here > 0);
    }
    (turns, words)
}

/// [`humps`] of a name in ASCII, read by bytes (most names).
fn ascii_humps(name: &[u8]) -> (usize, usize) {
    let mut turns = 0;
    let mut words = 0;
    for word in name.split(|&b| b == b' ') {
        let here = word
            .windows(2)
            .filter(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase())
            .count();
        turns += here;
        words += usize::from(here > 0);
    }
    (turns, words)
}

/// Whether `rest` (what follows a name) starts with a closing quotation mark, maybe after a comma
/// or a full stop written inside it (“Long Tall Sally,” “Lucille”).
pub(super) fn closes_quotation(rest: &str) -> bool {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix([',', '.']).unwrap_or(rest);
    rest.starts_with(['’', '”', '\'', '"', '»', '″'])
}

/// How far around a name a quoted title is looked for, in bytes.
const TITLE_REACH: usize = 60;

/// Whether the name at `span` stands in a short quotation written in Title Case, a song's, book's
/// or film's title (“(I Wanna) Love My Life Away”, “Why Do Fools Fall in Love”): from an opening
/// mark before it to a closing mark after it, on the same line, every word of four letters or
/// more capitalised and no sentence ending inside.
pub(super) fn in_quoted_title(text: &str, span: Range<usize>) -> bool {
    let opening = |c: char| matches!(c, '“' | '„' | '"' | '‘' | '«');
    let closing = |c: char| matches!(c, '”' | '"' | '’' | '»');
    let from = span.start.saturating_sub(TITLE_REACH);
    let from = (from..=span.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(span.start);
    let before = &text[from..span.start];
    let Some(open) = rfind_opening(before.as_bytes()) else {
        return false;
    };
    let to = (span.end + TITLE_REACH).min(text.len());
    let to = (span.end..=to)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(span.end);
    let after = &text[span.end..to];
    let Some(close) = find_closing(after.as_bytes()) else {
        return false;
    };
    let title = &text[from + open..span.end + close];
    let title = title.trim_start_matches(opening);
    // A mark between two letters is an apostrophe ("Don’t Knock the Rock").
    let mut chars = title.chars().peekable();
    let mut previous = None;
    let mut marks_inside = false;
    while let Some(c) = chars.next() {
        let apostrophe = previous.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|n| n.is_alphanumeric());
        marks_inside |= (opening(c) || closing(c)) && !apostrophe;
        previous = Some(c);
    }
    if marks_inside || title.contains(['\n', '!', '?', ';', ':']) || title.contains(". ") {
        return false;
    }
    let mut words = title
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty());
    let mut count = 0;
    words.all(|w| {
        count += 1;
        w.chars().count() < 4
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    }) && count >= 2
}

/// Where the last opening quotation mark of `before` starts (as `rfind` of `“`, `„`, `"`, `‘` or
/// `«`), read by bytes: this runs for every candidate, and most have no mark near them. Each mark
/// starts with `"`, E2 (`“`, `„`, `‘`: E2 80 9C, E2 80 9E, E2 80 98) or C2 (`«`: C2 AB).
fn rfind_opening(before: &[u8]) -> Option<usize> {
    memchr::memrchr3_iter(b'"', 0xe2, 0xc2, before).find(|&i| match before[i] {
        0xe2 => matches!(before.get(i + 1..i + 3), Some([0x80, 0x9c | 0x9e | 0x98])),
        0xc2 => before.get(i + 1) == Some(&0xab),
        _ => true,
    })
}

/// Where the first closing quotation mark of `after` starts (as `find` of `”`, `"`, `’` or `»`),
/// read by bytes: `”` and `’` are E2 80 9D and E2 80 99; `»` is C2 BB.
fn find_closing(after: &[u8]) -> Option<usize> {
    memchr::memchr3_iter(b'"', 0xe2, 0xc2, after).find(|&i| match after[i] {
        0xe2 => matches!(after.get(i + 1..i + 3), Some([0x80, 0x9d | 0x99])),
        0xc2 => after.get(i + 1) == Some(&0xbb),
        _ => true,
    })
}
