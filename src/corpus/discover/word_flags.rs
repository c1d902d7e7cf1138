//! What candidate finding asks of single words: the lists each is in (looked up once), and the
//! shapes of compounds that cut a name short.

use super::Lexicon;
use super::tokens::Token;

/// The bits of [`Token::derived`]: each test's answer, and above it that it was asked.
const TITLE: u8 = 1;
const ADJECTIVE: u8 = 4;

/// The lists each of a paragraph's words is in, as [`Lexicon::flags`] gives them, looked up the
/// first time a word is asked about, unless the tokenizer already did (the capital that starts
/// each run of words), and kept in the word's token. A look-up (lower-casing and hashing) is the
/// dearest step of finding candidates, and most words kept around a capital (the few after it, a
/// lower-case word before it) are never asked about.
pub(super) struct WordFlags<'a> {
    text: &'a str,
    words: &'a [Token],
    lexicon: &'a Lexicon,
}

impl<'a> WordFlags<'a> {
    pub(super) fn new(text: &'a str, words: &'a [Token], lexicon: &'a Lexicon) -> WordFlags<'a> {
        WordFlags {
            text,
            words,
            lexicon,
        }
    }

    /// Whether word `k` is a person's title ([`Lexicon::is_title`]), asked once.
    pub(super) fn title(&self, k: usize) -> bool {
        self.derived(k, TITLE, |word, flags| {
            self.lexicon.is_title_flagged(word, flags)
        })
    }

    /// Whether word `k` is an adjective of a place or people ([`Lexicon::is_adjective`]), asked
    /// once.
    /// A word after a given name, alone or with particles between, is a surname, however it
    /// ends: "Hans Wisse", "Marc Vanden Bussche", "Karel van den Bossche".
    pub(super) fn adjective(&self, k: usize) -> bool {
        self.derived(k, ADJECTIVE, |word, _| {
            self.lexicon.is_adjective(word) && !self.after_given_name(k)
        })
    }

    /// Whether word `k` follows a capitalised given name, right after it or after up to two
    /// particles ("van den", "Vanden").
    fn after_given_name(&self, k: usize) -> bool {
        let mut m = k;
        while m > 0 && self.words[m].joined && k - m < 3 {
            m -= 1;
            let flags = self.get(m);
            if self.words[m].capitalised && flags & self.lexicon.first_names.bit != 0 {
                return true;
            }
            let word = &self.text[self.words[m].span.clone()];
            if flags & self.lexicon.particles.bit == 0 && !self.lexicon.is_particle_pair(word) {
                return false;
            }
        }
        false
    }

    /// A test of word `k` (its bit in [`Token::derived`]), worked out the first time it is
    /// asked and kept.
    fn derived(&self, k: usize, bit: u8, test: impl FnOnce(&str, u32) -> bool) -> bool {
        let token = &self.words[k];
        let known = token.derived.get();
        if known & (bit << 1) != 0 {
            return known & bit != 0;
        }
        let flags = self.get(k);
        let yes = test(&self.text[token.span.clone()], flags);
        token
            .derived
            .set(known | (bit << 1) | if yes { bit } else { 0 });
        yes
    }

    /// The lists word `k` is in.
    pub(super) fn get(&self, k: usize) -> u32 {
        let word = &self.words[k];
        if let Some(known) = word.flags.get() {
            return known;
        }
        let flags = self.lexicon.flags(&self.text[word.span.clone()]);
        word.flags.set(Some(flags));
        flags
    }
}

/// Whether a word is two short syllables joined by a hyphen, the second in lower case, as Korean
/// given names are written ("Sun-kyun", "Suk-yeol", "Jong-un"): after another word of a name it
/// is part of the name, not a compound to cut ("Iran-deal" opens no name).
pub(super) fn is_syllable_pair(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let short = |s: &str| (2..=4).contains(&s.chars().count());
    short(first)
        && short(second)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && second.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether a hyphenated word is a phrase in Title Case, no name: its capitalised parts are all
/// frequent words of the language and a lower-case word joins them ("Man-of-the-Match",
/// "Editor-in-Chief"), where a name would have a part that is no frequent word
/// ("Stratford-upon-Avon"). Only in a language with a list of its frequent words.
pub(super) fn is_phrase_compound(word: &str, lexicon: &Lexicon) -> bool {
    if !word.as_bytes().contains(&b'-') || !lexicon.has_common_words() {
        return false;
    }
    let mut joined_by_lower = false;
    for (i, part) in word.split('-').enumerate() {
        match part.chars().next() {
            Some(c) if c.is_uppercase() => {
                if !lexicon.common_words.contains(part) {
                    return false;
                }
            }
            Some(c) if c.is_lowercase() && i > 0 => joined_by_lower = true,
            _ => return false,
        }
    }
    joined_by_lower
}

/// Where a compound word stops being a name: at a hyphen before a lower-case part or a title
/// ("Bacharach-liedjes", "VVD-minister", "CDA-Kamerlid"), as a byte offset into the word.
pub(super) fn compound_cut(word: &str, lexicon: &Lexicon) -> Option<usize> {
    if !word.as_bytes().contains(&b'-') {
        return None;
    }
    let mut at = 0;
    for part in word.split('-') {
        if at > 0
            && (part.chars().next().is_some_and(char::is_lowercase)
                || lexicon.person_titles.contains(part))
        {
            return Some(at - 1);
        }
        at += part.len() + 1;
    }
    None
}
