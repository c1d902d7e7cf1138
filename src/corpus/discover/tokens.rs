//! Words of a paragraph for name discovery, with what a name's edges need to know: whether the
//! word is capitalised, whether it opens a sentence, and what stands between it and the word
//! before.

use std::cell::Cell;
use std::ops::Range;

use super::word_bounds::{
    article_before_capital, is_initial_part, next_capital, next_word, word_before, word_end,
};
use crate::corpus::sentences::stop_after_abbreviation;

/// One word.
#[derive(Clone, Debug)]
pub struct Token {
    /// Byte range in the article's text.
    pub span: Range<usize>,
    /// Its first character is upper case.
    pub capitalised: bool,
    /// It opens a sentence (or the paragraph, or a quotation), so a capital says little.
    pub sentence_start: bool,
    /// Only white space stands between it and the word before.
    pub joined: bool,
    /// The last character before it that is not white space, if any in the paragraph.
    pub before: Option<char>,
    /// Only white space and one ampersand stand between it and the word before ("Marks &
    /// Spencer").
    pub after_ampersand: bool,
    /// The lexicon's lists the word is in, once looked up: by the tokenizer to tell what a
    /// capital does (see [`tokens`]), or the first time candidate finding asks
    /// ([`super::word_flags::WordFlags`]): kept, so that no one looks them up again.
    pub flags: Cell<Option<u32>>,
    /// Tests of the word that candidate finding asks more than once, with their answers, once
    /// asked ([`super::word_flags::WordFlags::title`]).
    pub derived: Cell<u8>,
}

impl Token {
    /// Initials, as in "J.P." or "B.": one or two letters, the first a capital, each followed by
    /// a full stop.
    pub fn is_initials(&self, text: &str) -> bool {
        let word = &text[self.span.clone()];
        word.strip_suffix('.').is_some_and(is_initial_part)
    }
}

/// Written in capitals, like an acronym: PVV, D66, CD&V, N-VA, PvdA.
pub fn is_acronym(word: &str) -> bool {
    // Most words asked about are ASCII with one capital: counted by bytes, they are turned away
    // before the letters are counted.
    let (upper, letters) = if word.is_ascii() {
        let bytes = word.as_bytes();
        let upper = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
        if upper < 2 {
            return false;
        }
        (
            upper,
            bytes.iter().filter(|b| b.is_ascii_alphabetic()).count(),
        )
    } else {
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        (upper, word.chars().filter(|c| c.is_alphabetic()).count())
    };
    upper >= 2
        && (upper * 2 >= letters || word.chars().any(|c| c.is_ascii_digit()))
        && word.len() <= 12
        && !word.ends_with('.')
}

/// Whether a word is an acronym in the plural, a title or a common noun ("MPs", "CEOs",
/// "NGOs"), never a name.
pub fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// What the tokenizer does with a capitalised word, by the lists it is in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Capital {
    /// A stop word that is no particle ("Het", "Maar", "The"): it starts no window.
    PassOver,
    /// In no list: where it opens a sentence before a lower-case word it is a name only if the
    /// article writes it capitalised elsewhere, so it goes to `openers`, to be looked at once
    /// the rest of the article is known, and starts no window.
    Unlisted,
    /// Anything else starts a window.
    Window,
}

/// How many words after a capitalised one are kept as tokens: enough for particles and the next
/// name word ("van der Molen"), and for a reporting verb after a name.
const KEPT_AFTER_CAPITAL: u8 = 4;

/// Fills `out` with the words of the paragraph at `range` of `text` that name discovery looks at:
/// every capitalised word, the word right before it, and the few words after it. The rest of the
/// text, most of it, is passed over eight bytes at a time.
/// `capital_kind` says what to do with each capitalised word (see [`Capital`]), and may give the
/// lexicon's flags it found for it, which the word's token keeps.
#[inline]
pub fn tokens(
    text: &str,
    range: Range<usize>,
    known: &[Range<usize>],
    capital_kind: impl Fn(&str) -> (Capital, Option<u32>),
    out: &mut Vec<Token>,
    openers: &mut Vec<Range<usize>>,
) {
    out.clear();
    let para = &text[range.clone()];
    let mut from = 0;
    let mut known = known.iter().peekable();
    while let Some(capital) = next_capital(para, from) {
        // A name the gazetteer found is passed over whole: it is no candidate.
        while known.next_if(|k| k.end <= range.start + capital).is_some() {}
        if let Some(k) = known.peek().filter(|k| k.start <= range.start + capital) {
            from = k.end - range.start;
            continue;
        }
        let capital_end = word_end(para, capital);
        let word = &para[capital..capital_end];
        let (kind, flags) = capital_kind(word);
        if kind == Capital::PassOver {
            from = capital_end;
            continue;
        }
        // The word before it and where that ends, found once for the tests below and the
        // tokens.
        let before = word_before(para, capital);
        let before_end = before.map(|b| word_end(para, b));
        let lone_opener = || {
            let opens =
                token(para, range.start, capital..capital_end, true, before_end).sentence_start;
            let next_is_lower = next_word(para, capital_end).is_some_and(|n| {
                para[capital_end..n].trim().is_empty()
                    && para[n..].chars().next().is_some_and(char::is_lowercase)
            });
            opens && next_is_lower
        };
        if kind == Capital::Unlisted && lone_opener() {
            openers.push(range.start + capital..range.start + capital_end);
            from = capital_end;
            continue;
        }
        // The word before it, unless it is already the last token.
        let mut at = capital;
        let mut end = capital_end;
        let mut previous_end = before_end;
        if let Some(previous) = before
            && let Some(previous_word_end) = before_end
            && out
                .last()
                .is_none_or(|t| t.span.end - range.start <= previous)
        {
            at = previous;
            end = previous_word_end;
            previous_end = word_before(para, previous).map(|b| word_end(para, b));
        }
        let mut keep = 0u8;
        loop {
            let first = para[at..].chars().next();
            let capitalised = first.is_some_and(char::is_uppercase)
                || article_before_capital(&para[at..end]).is_some();
            if capitalised {
                keep = KEPT_AFTER_CAPITAL;
            } else if at >= capital {
                if keep == 0 {
                    break;
                }
                keep -= 1;
            }
            let word = token(para, range.start, at..end, capitalised, previous_end);
            if at == capital {
                word.flags.set(flags);
            }
            out.push(word);
            previous_end = Some(end);
            match next_word(para, end) {
                Some(next) => {
                    end = word_end(para, next);
                    at = with_elided_article(para, next, end);
                }
                None => {
                    at = para.len();
                    break;
                }
            }
        }
        from = at.max(capital + 1);
    }
}

/// Where the word at `start..end` of `para` starts with its apostrophe, when it is the elided
/// article "'t" of a name's particles ("John van 't Schip", "Van ’t Wout"): the apostrophe is
/// the particle's, which the lists hold whole.
#[inline]
fn with_elided_article(para: &str, start: usize, end: usize) -> usize {
    // (Nearly every word is longer: one comparison turns it away.)
    if end != start + 1 || para.as_bytes()[start] != b't' {
        return start;
    }
    let before = &para[..start];
    match before
        .strip_suffix('\'')
        .or_else(|| before.strip_suffix('’'))
    {
        Some(rest) if rest.ends_with(' ') => rest.len(),
        _ => start,
    }
}

/// The token for the word at `word` (byte range of `para`, which starts at byte `base` of the
/// text).
fn token(
    para: &str,
    base: usize,
    word: Range<usize>,
    capitalised: bool,
    gap_start: Option<usize>,
) -> Token {
    // `gap_start`: where the word before ends (with the stop of initials), if there is one.
    // Most words stand one space after the word before: nothing to look at between them.
    let one_space =
        gap_start.is_some_and(|gap| word.start == gap + 1 && para.as_bytes()[gap] == b' ');
    let (mut last_non_space, before_last) = if one_space {
        (None, None)
    } else {
        let mut marks = para[gap_start.unwrap_or(0)..word.start]
            .chars()
            .rev()
            .filter(|c| !c.is_whitespace());
        (marks.next(), marks.next())
    };
    let ampersand = gap_start.is_some()
        && last_non_space == Some('&')
        && before_last.is_none()
        && para[gap_start.unwrap_or(0)..word.start].starts_with(char::is_whitespace);
    // An abbreviated title's stop ("Sen. Warren", "Gov. Newsom") is the title's own: the name
    // after it is joined to it and opens no sentence.
    let after_abbreviation = last_non_space == Some('.')
        && before_last.is_none()
        && gap_start.is_some_and(|g| stop_after_abbreviation(para, g));
    let joined = gap_start.is_some() && (last_non_space.is_none() || after_abbreviation);
    // A word's own final stop (initials) ends no sentence, nor does an ampersand.
    if joined || ampersand {
        last_non_space = Some('a');
    }
    Token {
        span: base + word.start..base + word.end,
        capitalised,
        sentence_start: opens_sentence(para, word.start, last_non_space, before_last),
        joined,
        before: last_non_space,
        after_ampersand: ampersand,
        flags: Cell::new(None),
        derived: Cell::new(0),
    }
}

/// Whether a word at byte `start` opens a sentence, going by the characters before it.
fn opens_sentence(
    para: &str,
    start: usize,
    last_non_space: Option<char>,
    before_last: Option<char>,
) -> bool {
    match last_non_space {
        None => true,
        Some(p) => {
            matches!(
                p,
                '.' | '!'
                    | '?'
                    | '…'
                    | ':'
                    | '„'
                    | '“'
                    | '‘'
                    | '"'
                    | '«'
                    | '‹'
                    | '–'
                    | '—'
                    | '•'
                    | '|'
            ) || (p == ',' && para[..start].trim_end().ends_with(",,"))
                // An opening single mark right before the word: 'Natuurlijk …
                || (matches!(p, '\'' | '’') && para[..start].ends_with(p))
                // A sentence's end inside its closing mark: zijn.” Dan
                || (matches!(p, '”' | '’' | '\'' | '"' | '»' | '″' | ')')
                    && matches!(before_last, Some('.' | '!' | '?' | '…')))
                // After an omission in brackets, "[…]" or "[...]": "krijgen [...] Patiënten".
                || (p == ']' && matches!(before_last, Some('.' | '…')))
                // After a dateline's hyphen, a word alone before a lower-case one: "HOORN -
                // Buurtbewoners die …" (a name of more words keeps its first: "(Reuters) - Cisco
                // Systems Inc").
                || (p == '-' && after_dateline(&para[..start]) && lower_case_after(&para[start..]))
        }
    }
}

/// Whether the text of a paragraph before a word is a dateline and its hyphen: a place (and an
/// agency in brackets) of at most four capitalised words, then " - " ("HOORN - ", "Den Haag - ",
/// "LONDON (Reuters) - ").
fn after_dateline(before: &str) -> bool {
    let Some(line) = before.trim_end().strip_suffix('-') else {
        return false;
    };
    let line = line.trim_start();
    line.ends_with(' ')
        && line.len() <= DATELINE_BYTES
        && line.split_whitespace().count() <= 4
        && line
            .split_whitespace()
            .all(|word| word.trim_start_matches('(').starts_with(char::is_uppercase))
}

/// Whether the word that opens `text` is followed by a word in lower case.
fn lower_case_after(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next();
    words
        .next()
        .is_some_and(|next| next.starts_with(char::is_lowercase))
}

/// The longest dateline before its hyphen, in bytes.
const DATELINE_BYTES: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool, bool)> {
        let mut out = Vec::new();
        tokens(
            text,
            0..text.len(),
            &[],
            |_| (Capital::Window, None),
            &mut out,
            &mut Vec::new(),
        );
        out.iter()
            .map(|t| (&text[t.span.clone()], t.sentence_start, t.joined))
            .collect()
    }

    #[test]
    fn a_name_after_an_abbreviated_title_opens_no_sentence() {
        assert_eq!(
            words("Toen. Sen. Mitch McConnell"),
            [
                ("Toen", true, false),
                ("Sen", true, false),
                ("Mitch", false, true),
                ("McConnell", false, true),
            ]
        );
    }

    #[test]
    fn words_keep_their_joiners_and_initials_their_stops() {
        assert_eq!(
            words("Volgens J.P. Balkenende (CD&V) zei Noord-Holland: nee. Nabil B. kwam."),
            [
                ("Volgens", true, false),
                ("J.P.", false, true),
                ("Balkenende", false, true),
                ("CD&V", false, false),
                ("zei", false, false),
                ("Noord-Holland", false, true),
                ("nee", true, false),
                ("Nabil", true, false),
                ("B.", false, true),
                ("kwam", false, true),
            ]
        );
    }
}
