//! Words of a paragraph for name discovery, with what a name's edges need to know: whether the
//! word is capitalised, whether it opens a sentence, and what stands between it and the word
//! before.

use std::ops::Range;

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
    /// The first character after it that is not white space, if any in the paragraph.
    pub after: Option<char>,
}

impl Token {
    /// Initials, as in "J.P." or "B.": one or two letters, the first a capital, each followed by
    /// a full stop.
    pub fn is_initials(&self, text: &str) -> bool {
        let word = &text[self.span.clone()];
        word.ends_with('.')
            && word[..word.len() - 1].split('.').all(|part| {
                let mut chars = part.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.clone().count() <= 1
                    && chars.all(char::is_lowercase)
            })
    }
}

/// Written in capitals, like an acronym: PVV, D66, CD&V, N-VA, PvdA.
pub fn is_acronym(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    upper >= 2
        && (upper * 2 >= letters || word.chars().any(|c| c.is_ascii_digit()))
        && word.len() <= 12
        && !word.ends_with('.')
}

/// Characters that may join two parts of one word: `Noord-Holland`, `J.P`, `O'Brien`, `CD&V`.
fn joins(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '&')
}

/// Fills `out` with the words of the paragraph at `range` of `text`.
pub fn tokens(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    out.clear();
    let para = &text[range.clone()];
    let mut chars = para.char_indices().peekable();
    let mut last_non_space: Option<char> = None;
    // The one before it, to see a sentence end inside a closing quotation mark (`zijn.” Dan`).
    let mut before_last: Option<char> = None;
    let mut gap_has_punct = false;
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            if !c.is_whitespace() {
                before_last = last_non_space;
                last_non_space = Some(c);
                gap_has_punct = true;
            }
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            if joins(d) {
                let rest = &para[j + d.len_utf8()..];
                if rest.chars().next().is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                // A full stop after initials stays with them ("J.P.", "Nabil B.").
                if d == '.' && is_initial_part(&para[start..end]) {
                    end = j + 1;
                    chars.next();
                }
            }
            break;
        }
        let sentence_start = match last_non_space {
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
            }
        };
        let after = para[end..].chars().find(|c| !c.is_whitespace());
        out.push(Token {
            span: range.start + start..range.start + end,
            capitalised: c.is_uppercase(),
            sentence_start,
            joined: !gap_has_punct && !out.is_empty(),
            before: last_non_space,
            after,
        });
        // A word's own final stop (initials) ends no sentence.
        last_non_space = Some('a');
        before_last = None;
        gap_has_punct = false;
    }
}

/// Whether a word (without its final stop) is initials: "J.P", "B", "A.F.Th".
fn is_initial_part(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() <= 1
            && chars.all(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool, bool)> {
        let mut out = Vec::new();
        tokens(text, 0..text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.span.clone()], t.sentence_start, t.joined))
            .collect()
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
