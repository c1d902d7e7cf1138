//! Sentence boundaries in Dutch news prose, for titles and passage selection.
//!
//! Attribution reads sentences its own way, as runs of units (`quotes/units.rs`, `sentences_of`),
//! and the two cannot be one without changing what either finds: there a whole quotation is one
//! unit that a sentence never splits and that ends a sentence when its text does; an actor
//! mention, a quotation, a bracket or a dash starts a sentence and no white space is needed
//! before it; and a stray closing mark after the stop keeps the sentence going. Here, on plain
//! text, quotations are split like any prose, an opening mark starts one, a space must come
//! first, and closing marks after the stop belong to the sentence they close. Both agree that a
//! full stop after an abbreviated title ("Dr.", "Sen.") ends nothing: here and in name discovery
//! by [`is_abbreviation`].

use std::collections::HashSet;
use std::sync::OnceLock;

/// The marks that end a sentence, wherever sentences are read: this splitter and the quotation
/// scanner's recovery of a lost closing mark.
pub const SENTENCE_ENDS: [char; 4] = ['.', '!', '?', '…'];

/// Abbreviated titles and prefixes that stand before a name: `assets/language/abbreviations.txt`.
const ABBREVIATIONS: &str = include_str!("../../assets/language/abbreviations.txt");

/// Whether `word` (without its stop) is an abbreviated title or prefix that always stands before
/// a name ("Sen", "Gov", "Dr", "St", "dhr"), so that a full stop after it ends no sentence.
/// Case is ignored.
pub fn is_abbreviation(word: &str) -> bool {
    /// The list in lower case, and for each first byte (ASCII lower-cased) the lengths of its
    /// words as bits: most words asked about are turned away by these without hashing.
    static SET: OnceLock<(HashSet<String, foldhash::fast::RandomState>, [u16; 256])> =
        OnceLock::new();
    if word.is_empty() || word.len() > 8 {
        return false;
    }
    let (set, lengths) = SET.get_or_init(|| {
        let set: HashSet<String, foldhash::fast::RandomState> =
            crate::corpus::language::listed_words(ABBREVIATIONS)
                .map(str::to_lowercase)
                .collect();
        let mut lengths = [0u16; 256];
        for w in &set {
            if let Some(&first) = w.as_bytes().first() {
                lengths[usize::from(first)] |= 1 << w.len().min(15);
            }
        }
        (set, lengths)
    });
    let mut buffer = [0u8; 8];
    if word.is_ascii() {
        let first = word.as_bytes()[0].to_ascii_lowercase();
        if lengths[usize::from(first)] & (1 << word.len()) == 0 {
            return false;
        }
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| set.contains(w))
    } else {
        set.contains(&word.to_lowercase())
    }
}

/// Whether the full stop at byte `stop` of `text` is an abbreviation's: the word right before it
/// (a whole word) is in [`is_abbreviation`]'s list.
pub fn stop_after_abbreviation(text: &str, stop: usize) -> bool {
    if !text[stop..].starts_with('.') {
        return false;
    }
    let before = &text[..stop];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(stop, |(i, _)| i);
    start < stop
        && !before[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && is_abbreviation(&before[start..])
}

/// Closing quotation marks that may follow a sentence's final punctuation.
const CLOSERS: &[char] = &['"', '\'', '”', '″', '’', '»', ')'];

/// Byte ranges of the sentences of one paragraph (no newlines inside), trimmed.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing marks after it) followed by white
/// space and a capital, a digit or an opening mark, or by the end of the paragraph. So `14.000`,
/// `D.C. in`, `Sen. Warren` and `„…bestwil” beter` do not end a sentence.
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    Sentences::of(text).collect()
}

/// The first sentence of a paragraph, as [`sentences`] would give it, found without reading
/// the rest: every article's title is the first sentence of its first paragraph.
pub fn first_sentence(text: &str) -> Option<std::ops::Range<usize>> {
    Sentences::of(text).next()
}

/// The sentences of a paragraph, one at a time (see [`sentences`]).
struct Sentences<'a> {
    text: &'a str,
    /// Where the current sentence starts.
    start: usize,
    /// Where to look on for the end of a sentence.
    at: usize,
    /// Whether the last sentence (the rest of the text) is given out.
    done: bool,
}

impl<'a> Sentences<'a> {
    fn of(text: &'a str) -> Sentences<'a> {
        Sentences {
            text,
            start: 0,
            at: 0,
            done: false,
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        // Between marks that end sentences nothing needs reading: the next one is searched for.
        while let Some(found) = text[self.at..].find(SENTENCE_ENDS) {
            let i = self.at + found;
            let mark = text[i..].chars().next().map_or(1, char::len_utf8);
            let mut j = i + mark;
            while let Some(c) = text[j..]
                .chars()
                .next()
                .filter(|&c| CLOSERS.contains(&c) || c == '.')
            {
                j += c.len_utf8();
            }
            let end = j;
            let k = j + (text.len() - j - text[j..].trim_start_matches(' ').len());
            let ends = match text[k..].chars().next() {
                None => true,
                Some(n) => k > j && starts_sentence(n) && !stop_after_abbreviation(text, i),
            };
            if ends {
                let sentence = trimmed(text, self.start..end);
                self.start = end;
                self.at = j;
                if sentence.is_some() {
                    return sentence;
                }
            } else {
                self.at = i + mark;
            }
        }
        self.at = text.len();
        if self.done {
            return None;
        }
        self.done = true;
        trimmed(text, self.start..text.len())
    }
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '„' | '“' | '‘' | '«' | '(')
}

/// The range without the white space at its ends; `None` if nothing else is in it.
fn trimmed(text: &str, range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (lead + trail < slice.len()).then(|| range.start + lead..range.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_full_stops_before_capitals() {
        assert_eq!(
            split("Een zin. Nog een! En nu?"),
            ["Een zin.", "Nog een!", "En nu?"]
        );
    }

    #[test]
    fn numbers_and_abbreviations_do_not_split() {
        assert_eq!(
            split("Zeker 14.000 mensen in Washington D.C. in de maak. Klaar."),
            [
                "Zeker 14.000 mensen in Washington D.C. in de maak.",
                "Klaar."
            ]
        );
    }

    #[test]
    fn abbreviated_titles_end_no_sentence() {
        assert_eq!(
            split(
                "Sen. Warren and Gov. Newsom met Dr. Fauci. Then dhr. Jansen left. It was St. Ives."
            ),
            [
                "Sen. Warren and Gov. Newsom met Dr. Fauci.",
                "Then dhr. Jansen left.",
                "It was St. Ives."
            ]
        );
        // A word that only ends like one is no abbreviation.
        assert_eq!(split("He is a Basen. Then"), ["He is a Basen.", "Then"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("„Het is zo.” Daarna 'nog iets.' Eind"),
            ["„Het is zo.”", "Daarna 'nog iets.'", "Eind"]
        );
    }

    /// The splitter as it was written before it became an iterator: over a vector of every
    /// character of the paragraph.
    fn by_characters(text: &str) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if SENTENCE_ENDS.contains(&c) {
                let mut j = i + 1;
                while j < chars.len() && (CLOSERS.contains(&chars[j].1) || chars[j].1 == '.') {
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |&(pos, _)| pos);
                let mut k = j;
                while k < chars.len() && chars[k].1 == ' ' {
                    k += 1;
                }
                let next = chars.get(k).map(|&(_, c)| c);
                let ends = match next {
                    None => true,
                    Some(n) => k > j && starts_sentence(n) && !stop_after_abbreviation(text, pos),
                };
                if ends {
                    out.extend(trimmed(text, start..end));
                    start = end;
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        out.extend(trimmed(text, start..text.len()));
        out
    }

    proptest::proptest! {
        #[test]
        fn the_iterator_splits_as_the_character_vector_did(
            text in "[a-zA-Z0-9 .!?…\"'”″’»)(„“‘«é]{0,40}"
        ) {
            proptest::prop_assert_eq!(sentences(&text), by_characters(&text));
            proptest::prop_assert_eq!(first_sentence(&text), by_characters(&text).first().cloned());
        }
    }
}
