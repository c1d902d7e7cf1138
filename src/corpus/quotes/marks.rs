//! Quotation marks: which characters of a paragraph open and close a quotation, paired up.
//!
//! One pass over each paragraph with a stack of open marks. Marks of one family pair up
//! („…″ „…” “…” "…" «…» and ‘…’ '…' ‚…‘); a quotation inside another stays part of the outer one;
//! an apostrophe inside a word (regio’s, zo'n) or before `s` ('s avonds) is not a mark.

use std::ops::Range;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

pub(super) struct Open {
    family: Family,
    mark: char,
    pos: usize,
}

/// Top-level quotations in one paragraph: (whole span with marks, inner text span).
pub fn find_in_paragraph(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    scan_paragraph(text, &mut Vec::new(), |outer, inner| {
        found.push((outer, inner))
    });
    found
}

/// [`find_in_paragraph`], handing each quotation to `found` as it closes; `stack` is a buffer for
/// the open marks, kept by the caller from paragraph to paragraph.
pub(super) fn scan_paragraph(
    text: &str,
    stack: &mut Vec<Open>,
    mut found: impl FnMut(Range<usize>, Range<usize>),
) {
    stack.clear();
    for pos in mark_candidates(text.as_bytes()) {
        let Some(c) = text[pos..].chars().next().filter(|&c| is_mark(c)) else {
            continue;
        };
        let prev = text[..pos].chars().next_back();
        let after = &text[pos + c.len_utf8()..];
        let next = after.chars().next();
        let top = stack.last().map(|o| (o.family, o.mark));
        let in_stack = |f: Family| stack.iter().any(|o| o.family == f);
        let boundary_before = prev.is_none_or(|p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/')
        });
        let touches_after = next.is_some_and(|n| !n.is_whitespace());
        let touches_before = prev.is_some_and(|p| !p.is_whitespace());
        let inside_word =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        enum Act {
            Open(Family),
            Close(Family),
            None,
        }
        let act = match c {
            '„' => Act::Open(Family::Double),
            '“' if top == Some((Family::Double, '„')) => Act::Close(Family::Double),
            '“' => Act::Open(Family::Double),
            '”' | '″' => Act::Close(Family::Double),
            '"' => {
                if in_stack(Family::Double) && touches_before {
                    Act::Close(Family::Double)
                } else if boundary_before && touches_after {
                    Act::Open(Family::Double)
                } else if in_stack(Family::Double) {
                    Act::Close(Family::Double)
                } else {
                    Act::None
                }
            }
            '«' => Act::Open(Family::Guillemet),
            '»' => Act::Close(Family::Guillemet),
            '‹' => Act::Open(Family::SingleGuillemet),
            '›' => Act::Close(Family::SingleGuillemet),
            '‚' => Act::Open(Family::Single),
            '‘' if top == Some((Family::Single, '‚')) => Act::Close(Family::Single),
            '‘' if inside_word => Act::None,
            '‘' => Act::Open(Family::Single),
            '’' | '\'' if inside_word => Act::None,
            '’' | '\'' if boundary_before && is_elided_s(after) => Act::None,
            '’' | '\''
                if in_stack(Family::Single)
                    && touches_before
                    && !next.is_some_and(char::is_alphanumeric) =>
            {
                Act::Close(Family::Single)
            }
            '\'' if boundary_before && touches_after => Act::Open(Family::Single),
            _ => Act::None,
        };
        match act {
            Act::Open(family) => stack.push(Open {
                family,
                mark: c,
                pos,
            }),
            Act::Close(family) => {
                let Some(depth) = stack.iter().rposition(|o| o.family == family) else {
                    continue;
                };
                let open = stack.swap_remove(depth);
                stack.truncate(depth);
                if stack.is_empty() {
                    let inner = open.pos + open.mark.len_utf8()..pos;
                    if !text[inner.clone()].trim().is_empty() {
                        found(open.pos..pos + c.len_utf8(), inner);
                    }
                }
            }
            Act::None => {}
        }
    }
}

/// The positions of the bytes a quotation mark can start with, in order: a cheap filter before
/// decoding a character, found with vectorised searches rather than a look at every byte.
fn mark_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    // " and ' are ASCII; „ “ ” ″ ‹ › ‚ ‘ ’ start with 0xe2, « and » with 0xc2.
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xe2, bytes).peekable();
    let mut latin = memchr::memchr_iter(0xc2, bytes).peekable();
    std::iter::from_fn(move || match (common.peek(), latin.peek()) {
        (Some(a), Some(b)) if b < a => latin.next(),
        (Some(_), _) => common.next(),
        (None, _) => latin.next(),
    })
}

/// `'s` as in `'s avonds` or `’s-Gravenhage`: an elided article, not a quotation mark.
fn is_elided_s(after: &str) -> bool {
    after
        .strip_prefix('s')
        .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Every character that can be a quotation mark.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '„' | '“' | '”' | '″' | '"' | '«' | '»' | '‹' | '›' | '‚' | '‘' | '’' | '\''
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_in_paragraph(text)
            .into_iter()
            .map(|(_, r)| &text[r])
            .collect()
    }

    #[test]
    fn every_mark_style_is_found() {
        assert_eq!(
            inner("„een″ en „twee” en “drie” en ‘vier’ en 'vijf' en \"zes\" en «zeven»"),
            ["een", "twee", "drie", "vier", "vijf", "zes", "zeven"]
        );
    }

    #[test]
    fn apostrophes_inside_words_are_not_marks() {
        assert_eq!(
            inner("twee regio’s en zo'n 130.000 auto's, 's avonds"),
            Vec::<&str>::new()
        );
        assert_eq!(inner("'Zo'n regio’s', zei hij"), ["Zo'n regio’s"]);
    }

    #[test]
    fn nested_quotations_stay_inside_the_outer_one() {
        assert_eq!(
            inner("“Als deze ‘brutaliteit’ blijft”, zei Lavrov"),
            ["Als deze ‘brutaliteit’ blijft"]
        );
        assert_eq!(
            inner("'Hij zei \"nee\" tegen ons'"),
            ["Hij zei \"nee\" tegen ons"]
        );
    }

    #[test]
    fn german_style_low_high_quotes_pair_up() {
        assert_eq!(inner("„Achtung“ en ‚bitte‘"), ["Achtung", "bitte"]);
    }

    #[test]
    fn unclosed_quotation_is_dropped() {
        assert_eq!(inner("„nooit gesloten"), Vec::<&str>::new());
    }

    #[test]
    fn empty_quotations_are_ignored() {
        assert_eq!(inner("een „ ” leeg"), Vec::<&str>::new());
    }
}
