//! The word lists name discovery reads text by: the `[names]` section of a language file, the
//! given names of `assets/language/first-names.txt` and the places of
//! `assets/language/places.toml`, as sets that ignore case.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

/// A set of words compared without regard to case.
#[derive(Debug, Default)]
pub struct WordSet {
    words: HashSet<Box<str>, foldhash::fast::RandomState>,
    /// The longest word in bytes: longer words are turned away at once.
    longest: usize,
}

impl WordSet {
    fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> WordSet {
        let mut set = WordSet::default();
        for word in list {
            let word = word.as_ref().trim().to_lowercase();
            if !word.is_empty() {
                set.longest = set.longest.max(word.len());
                set.words.insert(word.into_boxed_str());
            }
        }
        set
    }

    /// Whether `word` is in the set, ignoring case. ASCII words are lower-cased on the stack.
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > self.longest {
            return false;
        }
        if word.is_ascii() {
            let mut buffer = [0u8; 64];
            if word.len() <= buffer.len() {
                let lower = &mut buffer[..word.len()];
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                // Lower-casing ASCII keeps it ASCII, so this is valid UTF-8.
                return std::str::from_utf8(lower).is_ok_and(|w| self.words.contains(w));
            }
        }
        self.words.contains(word.to_lowercase().as_str())
    }

    /// Whether `word` ends with one of the set's words and is longer than it.
    pub fn is_ending_of(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.words
            .iter()
            .any(|end| lower.len() > end.len() && lower.ends_with(&**end))
    }
}

/// Everything discovery knows of a language.
#[derive(Debug)]
pub struct Lexicon {
    pub particles: WordSet,
    pub organisation_particles: WordSet,
    pub stop_words: WordSet,
    pub demonyms: WordSet,
    pub adjective_endings: Vec<String>,
    pub demonym_endings: Vec<String>,
    pub event_words: WordSet,
    pub person_titles: WordSet,
    pub organisation_words: WordSet,
    pub place_cues: WordSet,
    pub place_endings: WordSet,
    pub speech_words: WordSet,
    pub first_names: WordSet,
    pub countries: WordSet,
    pub places: WordSet,
}

#[derive(Deserialize)]
struct LanguageFile {
    names: NamesFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    particles: Vec<String>,
    organisation_particles: Vec<String>,
    stop_words: Vec<String>,
    demonyms: Vec<String>,
    adjective_endings: Vec<String>,
    demonym_endings: Vec<String>,
    event_words: Vec<String>,
    person_titles: Vec<String>,
    organisation_words: Vec<String>,
    place_cues: Vec<String>,
    place_endings: Vec<String>,
    speech_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    countries: Vec<String>,
    places: Vec<String>,
}

const FIRST_NAMES: &str = include_str!("../../../assets/language/first-names.txt");
const PLACES: &str = include_str!("../../../assets/language/places.toml");

impl Lexicon {
    /// Reads a language file's `[names]` with the shared lists of given names and places.
    pub fn parse(language: &str, first_names: &str, places: &str) -> Result<Lexicon, String> {
        let file: LanguageFile = toml::from_str(language).map_err(|e| e.to_string())?;
        let places: PlacesFile = toml::from_str(places).map_err(|e| e.to_string())?;
        let n = file.names;
        let first_names = first_names
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace);
        Ok(Lexicon {
            particles: WordSet::new(n.particles),
            organisation_particles: WordSet::new(n.organisation_particles),
            stop_words: WordSet::new(n.stop_words),
            demonyms: WordSet::new(n.demonyms),
            adjective_endings: n.adjective_endings,
            demonym_endings: n.demonym_endings,
            event_words: WordSet::new(n.event_words),
            person_titles: WordSet::new(n.person_titles),
            organisation_words: WordSet::new(n.organisation_words),
            place_cues: WordSet::new(n.place_cues),
            place_endings: WordSet::new(n.place_endings),
            speech_words: WordSet::new(n.speech_words),
            first_names: WordSet::new(first_names),
            countries: WordSet::new(places.countries),
            places: WordSet::new(places.places),
        })
    }

    /// The Dutch lexicon, as compiled into the binary.
    pub fn dutch() -> &'static Lexicon {
        static DUTCH: OnceLock<Lexicon> = OnceLock::new();
        DUTCH.get_or_init(|| {
            Lexicon::parse(super::super::language::DUTCH_FILE, FIRST_NAMES, PLACES)
                .unwrap_or_else(|e| panic!("the built-in name lists are not valid: {e}"))
        })
    }

    /// Whether a word is a person's title: "minister", "oud-minister", "Kamerfractieleider" (a
    /// compound ending in a title of six letters or more).
    pub fn is_title(&self, word: &str) -> bool {
        let last = word.rsplit('-').next().unwrap_or(word);
        if self.person_titles.contains(last) {
            return true;
        }
        if last.len() <= 6 {
            return false;
        }
        let lower = last.to_lowercase();
        self.person_titles
            .words
            .iter()
            .any(|t| t.len() >= 6 && lower.len() > t.len() && lower.ends_with(&**t))
    }

    /// Whether a capitalised word names the people of a place ("Eindhovenaren"), going by its
    /// ending.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
            || self
                .demonym_endings
                .iter()
                .any(|end| word.len() > end.len() + 2 && word.ends_with(end.as_str()))
    }

    /// Whether a capitalised word is an adjective of a place or people ("Russische"), going by
    /// its ending.
    pub fn is_adjective(&self, word: &str) -> bool {
        self.adjective_endings
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_lists_read() {
        let lexicon = Lexicon::parse(
            super::super::super::language::DUTCH_FILE,
            FIRST_NAMES,
            PLACES,
        )
        .expect("the lists parse");
        assert!(lexicon.first_names.contains("Hugo"));
        assert!(lexicon.places.contains("ANTWERPEN"));
        assert!(lexicon.countries.contains("België"));
        assert!(lexicon.stop_words.contains("Maar"));
        assert!(!lexicon.stop_words.contains("Rutte"));
        assert!(lexicon.is_adjective("Russische"));
        assert!(lexicon.place_endings.is_ending_of("Schaepmanstraat"));
        assert!(!lexicon.place_endings.is_ending_of("Straat"));
    }
}
