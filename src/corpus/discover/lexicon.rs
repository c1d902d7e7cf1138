//! The word lists name discovery reads text by: the `[names]` section of a language file, the
//! given names of `assets/language/first-names.txt`, the places of
//! `assets/language/places.toml` and a language's frequent common words
//! (`assets/language/en-common-words.txt`), as sets that ignore case.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::OnceLock;

use serde::Deserialize;

use super::table::{Table, length_bit};
use crate::corpus::language::{Lang, file_of, listed_words};

/// One list of words of the lexicon, compared without regard to case.
#[derive(Debug)]
pub struct WordSet {
    table: Arc<Table>,
    /// This list's bit in the table.
    pub bit: u32,
    /// The lengths of the list's words, for the checks of endings.
    ending_lengths: Vec<usize>,
    /// The list's own bit set of lengths for each first byte, as the table has for all lists:
    /// a word of no length of this list is turned away before the table is asked.
    lengths: Box<[u64; 256]>,
}

impl WordSet {
    /// Whether `word` is in the list, ignoring case.
    pub fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        let first = first.to_ascii_lowercase();
        if first.is_ascii() && self.lengths[usize::from(first)] & length_bit(word.len()) == 0 {
            return false;
        }
        self.table.flags(word) & self.bit != 0
    }

    /// Whether `word` ends with one of the list's words and is longer than it.
    pub fn is_ending_of(&self, word: &str) -> bool {
        self.has_ending(word, 1)
    }

    /// Whether `word` ends with one of the list's words of at least `shortest` bytes and is
    /// longer than it: one look-up for each length of the list's words.
    pub fn has_ending(&self, word: &str, shortest: usize) -> bool {
        self.ending_lengths.iter().any(|&len| {
            len >= shortest
                && word.len() > len
                && word.is_char_boundary(word.len() - len)
                && self.contains(&word[word.len() - len..])
        })
    }
}

/// Builds the table of several lists, and a [`WordSet`] for each, in order.
fn word_sets(lists: Vec<Vec<String>>) -> Vec<WordSet> {
    let mut table = Table {
        short: HashMap::default(),
        long: HashMap::default(),
        lengths: Box::new([0u64; 256]),
    };
    let mut ending_lengths = Vec::new();
    let mut own_lengths = Vec::new();
    for (index, list) in lists.iter().enumerate() {
        let mut own = Vec::new();
        let mut own_set = Box::new([0u64; 256]);
        for word in list {
            let word = word.trim().to_lowercase();
            if let Some(&first) = word.as_bytes().first() {
                table.lengths[usize::from(first)] |= length_bit(word.len());
                own_set[usize::from(first)] |= length_bit(word.len());
                table.insert(word.as_bytes(), 1 << index);
                if !own.contains(&word.len()) {
                    own.push(word.len());
                }
            }
        }
        ending_lengths.push(own);
        own_lengths.push(own_set);
    }
    let table = Arc::new(table);
    ending_lengths
        .into_iter()
        .zip(own_lengths)
        .enumerate()
        .map(|(index, (ending_lengths, lengths))| WordSet {
            table: Arc::clone(&table),
            bit: 1 << index,
            ending_lengths,
            lengths,
        })
        .collect()
}

/// Everything discovery knows of a language.
#[derive(Debug)]
pub struct Lexicon {
    pub particles: WordSet,
    pub organisation_particles: WordSet,
    pub stop_words: WordSet,
    pub demonyms: WordSet,
    pub adjective_endings: Vec<String>,
    /// The last four bytes of the titles of six bytes or more, sorted: a quick test before a
    /// compound is looked up for a title at its end ("Kamerfractieleider").
    title_tails: Vec<[u8; 4]>,
    pub demonym_endings: Vec<String>,
    /// Endings that make a word for the people of a listed place from its name ("Kortrijk" +
    /// "zaan", "Brugge" + "lingen").
    pub place_demonym_endings: Vec<String>,
    /// Words that open a compound of a region before its people's word ("West-Vlaming").
    pub region_prefixes: Vec<String>,
    /// Words that join the last name of a list to the one before ("Randburg, Midrand and
    /// Lenasia").
    pub list_joiners: Vec<String>,
    /// Words that open places' names only, with the name right after them ("River Wye").
    place_openers: Vec<String>,
    /// Month names that are no stop words, as they are names too ("May"): after a place cue they
    /// are a month ("in May").
    name_months: Vec<String>,
    /// Words for a kind of organisation that end compounds naming one ("Zorggroep",
    /// "Hockeyclub"), in a language that writes compounds as one word.
    organisation_endings: Vec<String>,
    pub event_words: WordSet,
    pub person_titles: WordSet,
    /// Nouns for a kind of organisation that say a name of one word right after them is one
    /// ("the union Unison", "carmaker Vantor").
    pub organisation_titles: WordSet,
    /// Words between a person's title and the organisation she works for ("an analyst with",
    /// "woordvoerder bij").
    pub workplace_words: WordSet,
    pub organisation_words: WordSet,
    pub place_cues: WordSet,
    pub place_endings: WordSet,
    pub speech_words: WordSet,
    pub first_names: WordSet,
    pub countries: WordSet,
    pub places: WordSet,
    /// Frequent lower-case words of the language ("news", "love", "settings"): alone and
    /// capitalised, no name unless something says it is.
    pub common_words: WordSet,
    /// Articles that open the title of a paper or a work when written with a capital inside a
    /// sentence ("for The Sun", "told The Washington Post").
    pub title_articles: WordSet,
    /// Plural nouns for a group of people, which end no actor's name ("Tory Ministers").
    pub group_nouns: WordSet,
    /// Words that with a number after them are one name ("Number 10", "Radio 4").
    pub numbered_heads: WordSet,
    /// Words that open a place's name with "of" after them ("Gulf of Mexico").
    pub place_heads: WordSet,
    /// Particles that join a person's name after any first word ("Osama bin Laden").
    pub name_connectors: WordSet,
    /// Words that end a person's name ("Jr.", "III").
    pub name_suffixes: WordSet,
    /// The articles ("de", "het", "een"; "the", "a"): an adjective of a place after one is a
    /// noun for someone from there ("de Vlissingse"), no name.
    pub articles: WordSet,
    /// A firm's legal form written after its name ("Inc", "Ltd", "N.V."): a second form of the
    /// name, not part of it.
    pub legal_forms: WordSet,
    /// The word that joins two names ("and"): inside an organisation's name where the words
    /// after it end in an organisation word ("Food and Drug Administration").
    pub conjunctions: WordSet,
    /// Titles of a government's members, whose portfolio is no actor: capitalised before them
    /// ("Foreign Minister", "Home Affairs Minister"), unless a list or a word of it says
    /// otherwise, or after them ("minister van Economische Zaken").
    pub portfolio_titles: WordSet,
    /// Nouns for a kind of institution that, alone, name none ("Government", "Police",
    /// "Politie"): capitalised by house style or at a sentence's start, no actor by themselves.
    pub generic_nouns: WordSet,
    /// The words that open what a reporting verb reports ("dat", "that"): a word that opens a
    /// sentence right before such a verb and one of these is its speaker ("Weyts herhaalt dat").
    pub complementisers: WordSet,
    /// Number words ("Thousand", "Three"): written with a capital inside a sentence before a
    /// name, they open a place's name ("Thousand Oaks", "Three Rivers").
    pub number_words: WordSet,
    /// Whole names of papers and magazines that open with an article which also opens surnames
    /// ("De Telegraaf", "De Standaard"): organisations, never a person "De …".
    pub paper_names: WordSet,
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
    #[serde(default)]
    place_demonym_endings: Vec<String>,
    #[serde(default)]
    region_prefixes: Vec<String>,
    #[serde(default)]
    list_joiners: Vec<String>,
    #[serde(default)]
    place_openers: Vec<String>,
    #[serde(default)]
    name_months: Vec<String>,
    #[serde(default)]
    organisation_endings: Vec<String>,
    event_words: Vec<String>,
    person_titles: Vec<String>,
    #[serde(default)]
    organisation_titles: Vec<String>,
    #[serde(default)]
    workplace_words: Vec<String>,
    organisation_words: Vec<String>,
    place_cues: Vec<String>,
    place_endings: Vec<String>,
    speech_words: Vec<String>,
    #[serde(default)]
    title_articles: Vec<String>,
    #[serde(default)]
    group_nouns: Vec<String>,
    #[serde(default)]
    numbered_heads: Vec<String>,
    #[serde(default)]
    place_heads: Vec<String>,
    #[serde(default)]
    name_connectors: Vec<String>,
    #[serde(default)]
    name_suffixes: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    legal_forms: Vec<String>,
    #[serde(default)]
    conjunctions: Vec<String>,
    #[serde(default)]
    portfolio_titles: Vec<String>,
    #[serde(default)]
    generic_nouns: Vec<String>,
    #[serde(default)]
    complementisers: Vec<String>,
    #[serde(default)]
    number_words: Vec<String>,
    #[serde(default)]
    paper_names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    countries: Vec<String>,
    places: Vec<String>,
    #[serde(default)]
    spellings: Vec<[String; 2]>,
}

/// Pairs of a place's spellings, and for each spelling in lower case its pair.
type Spellings = (
    Vec<[String; 2]>,
    HashMap<String, usize, foldhash::fast::RandomState>,
);

/// The Dutch and English spellings of a place that the two languages spell differently
/// (`spellings` of `assets/language/places.toml`), found by either written in lower case
/// (`lower`).
pub fn place_spellings(lower: &str) -> Option<&'static [String; 2]> {
    static SPELLINGS: OnceLock<Spellings> = OnceLock::new();
    let (pairs, index) = SPELLINGS.get_or_init(|| {
        let pairs = toml::from_str::<PlacesFile>(PLACES)
            .map(|file| file.spellings)
            .unwrap_or_default();
        let index = pairs
            .iter()
            .enumerate()
            .flat_map(|(i, pair)| pair.iter().map(move |name| (name.to_lowercase(), i)))
            .collect();
        (pairs, index)
    });
    index.get(lower).map(|&i| &pairs[i])
}

const FIRST_NAMES: &str = include_str!("../../../assets/language/first-names.txt");
const PLACES: &str = include_str!("../../../assets/language/places.toml");
const ENGLISH_COMMON_WORDS: &str = include_str!("../../../assets/language/en-common-words.txt");

impl Lexicon {
    /// Reads a language file's `[names]` with the shared lists of given names and places, and
    /// the language's list of common words (one or more a line, `#` comments).
    pub fn parse(
        language: &str,
        first_names: &str,
        places: &str,
        common_words: &str,
    ) -> Result<Lexicon, String> {
        let file: LanguageFile = toml::from_str(language).map_err(|e| e.to_string())?;
        let places: PlacesFile = toml::from_str(places).map_err(|e| e.to_string())?;
        let n = file.names;
        let owned = |file| {
            listed_words(file)
                .map(str::to_owned)
                .collect::<Vec<String>>()
        };
        let first_names = owned(first_names);
        let mut title_tails: Vec<[u8; 4]> = n
            .person_titles
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| t.len() >= 6)
            .map(|t| {
                let mut tail = [0u8; 4];
                tail.copy_from_slice(&t.as_bytes()[t.len() - 4..]);
                tail
            })
            .collect();
        title_tails.sort_unstable();
        title_tails.dedup();
        let mut sets = word_sets(vec![
            n.particles,
            n.organisation_particles,
            n.stop_words,
            n.demonyms,
            n.event_words,
            n.person_titles,
            n.organisation_words,
            n.place_cues,
            n.place_endings,
            n.speech_words,
            first_names,
            places.countries,
            places.places,
            owned(common_words),
            n.title_articles,
            n.group_nouns,
            n.numbered_heads,
            n.place_heads,
            n.name_connectors,
            n.name_suffixes,
            n.articles,
            n.legal_forms,
            n.conjunctions,
            n.portfolio_titles,
            n.generic_nouns,
            n.complementisers,
            n.number_words,
            n.paper_names,
            n.organisation_titles,
            n.workplace_words,
        ])
        .into_iter();
        let mut next = || sets.next().ok_or("a list is missing");
        Ok(Lexicon {
            particles: next()?,
            organisation_particles: next()?,
            stop_words: next()?,
            demonyms: next()?,
            event_words: next()?,
            person_titles: next()?,
            organisation_words: next()?,
            place_cues: next()?,
            place_endings: next()?,
            speech_words: next()?,
            first_names: next()?,
            countries: next()?,
            places: next()?,
            common_words: next()?,
            title_articles: next()?,
            group_nouns: next()?,
            numbered_heads: next()?,
            place_heads: next()?,
            name_connectors: next()?,
            name_suffixes: next()?,
            articles: next()?,
            legal_forms: next()?,
            conjunctions: next()?,
            portfolio_titles: next()?,
            generic_nouns: next()?,
            complementisers: next()?,
            number_words: next()?,
            paper_names: next()?,
            organisation_titles: next()?,
            workplace_words: next()?,
            title_tails,
            adjective_endings: n.adjective_endings,
            demonym_endings: n.demonym_endings,
            place_demonym_endings: n.place_demonym_endings,
            region_prefixes: n.region_prefixes,
            list_joiners: n.list_joiners,
            place_openers: n.place_openers,
            name_months: n.name_months,
            organisation_endings: n.organisation_endings,
        })
    }

    /// The lists `word` is in, as the bits of the [`WordSet`]s: one look-up for all of them.
    pub fn flags(&self, word: &str) -> u32 {
        self.particles.table.flags(word)
    }

    /// The Dutch lexicon, as compiled into the binary.
    pub fn dutch() -> &'static Lexicon {
        Lexicon::of(Lang::Dutch)
    }

    /// A language's lexicon, as compiled into the binary.
    pub fn of(lang: Lang) -> &'static Lexicon {
        static DUTCH: OnceLock<Lexicon> = OnceLock::new();
        static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
        let cell = match lang {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        };
        cell.get_or_init(|| {
            let common_words = match lang {
                Lang::Dutch => "",
                Lang::English => ENGLISH_COMMON_WORDS,
            };
            Lexicon::parse(file_of(lang), FIRST_NAMES, PLACES, common_words)
                .unwrap_or_else(|e| panic!("the built-in name lists are not valid: {e}"))
        })
    }

    /// Whether the language has a list of its frequent words, so that a word missing from it
    /// is known to be none.
    pub fn has_common_words(&self) -> bool {
        !self.common_words.ending_lengths.is_empty()
    }

    /// Whether a word is a person's title: "minister", "oud-minister", "Kamerfractieleider" (a
    /// compound ending in a title of six letters or more).
    pub fn is_title(&self, word: &str) -> bool {
        let last = last_part(word);
        self.person_titles.contains(last) || self.ends_in_title(last)
    }

    /// [`Lexicon::is_title`] of a word whose [`Lexicon::flags`] are known: a word with no
    /// hyphen is looked up no more.
    pub(super) fn is_title_flagged(&self, word: &str, flags: u32) -> bool {
        if word.as_bytes().contains(&b'-') {
            return self.is_title(word);
        }
        flags & self.person_titles.bit != 0 || self.ends_in_title(word)
    }

    /// Whether a word of no hyphen ends in a title of six letters or more
    /// ("Kamerfractieleider").
    fn ends_in_title(&self, last: &str) -> bool {
        last.len() > 6 && {
            // Most long words end in no title: their last four letters say so at once.
            let mut tail = [0u8; 4];
            tail.copy_from_slice(&last.as_bytes()[last.len() - 4..]);
            tail.make_ascii_lowercase();
            self.title_tails.binary_search(&tail).is_ok() && self.person_titles.has_ending(last, 6)
        }
    }

    /// Whether a word is a government member's title, whose portfolio is named after it or
    /// before it: "minister", "oud-minister", "Defensieminister" (a compound ending in one of
    /// eight letters or more).
    pub fn is_portfolio_title(&self, word: &str) -> bool {
        let last = last_part(word);
        self.portfolio_titles.contains(word)
            || self.portfolio_titles.contains(last)
            || self.portfolio_titles.has_ending(last, 8)
    }

    /// Whether a capitalised word names the people of a place ("Eindhovenaren"), going by its
    /// ending.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word) || self.is_demonym_by_form(word)
    }

    /// [`Lexicon::is_demonym`] of a word whose [`Lexicon::flags`] are known.
    pub(super) fn is_demonym_flagged(&self, word: &str, flags: u32) -> bool {
        flags & self.demonyms.bit != 0 || self.is_demonym_by_form(word)
    }

    /// Whether a word's ending or the place before its ending say it names a people, or its
    /// parts between hyphens each do ("Iranian-American", "Dutch-Moroccan").
    fn is_demonym_by_form(&self, word: &str) -> bool {
        if word.contains('-') {
            let demonym = |part: &str| {
                !part.is_empty() && {
                    let flags = self.flags(part);
                    flags & self.demonyms.bit != 0 || self.is_demonym_by_form(part)
                }
            };
            // "Dutch-Moroccan"; "West-Vlaming", a region's people.
            let mut parts = word.rsplit('-');
            let last = parts.next().unwrap_or_default();
            return demonym(last)
                && parts.all(|part| {
                    demonym(part)
                        || self
                            .region_prefixes
                            .iter()
                            .any(|prefix| part.eq_ignore_ascii_case(prefix))
                });
        }
        self.demonym_endings
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end.as_str()))
            || self.is_people_of_place(word)
            || (word.len() >= MIN_PLACE_DEMONYM_BYTES
                && self.place_demonym_endings.iter().any(|end| {
                    word.strip_suffix(end.as_str())
                        .is_some_and(|place| self.is_place_stem(place))
                }))
    }

    /// Whether a word is a known place or country with an `n` (or `ns`) after it: "Korean",
    /// "South Africans", "Syrian" (a demonym no list needs to hold).
    fn is_people_of_place(&self, word: &str) -> bool {
        let singular = word.strip_suffix('s').unwrap_or(word);
        singular
            .strip_suffix('n')
            .is_some_and(|place| self.is_place_stem(place))
    }

    /// Whether what stands before a people's ending is a listed place or country of four
    /// letters or more ("Korea" of "Korean", "Kortrijk" of "Kortrijkzaan").
    fn is_place_stem(&self, place: &str) -> bool {
        let listed = |place: &str| {
            place.chars().count() >= 4
                && self.flags(place) & (self.places.bit | self.countries.bit) != 0
        };
        // (Or with its last consonant doubled before the ending: "Winnipegg" of "Winnipeggers".)
        let mut last = place.chars().rev();
        listed(place)
            || (last.next().is_some_and(|c| c.is_ascii_lowercase())
                && last.next() == place.chars().next_back()
                && listed(&place[..place.len() - 1]))
    }

    /// Whether a name of several words is one for the people of a listed place, by an ending
    /// of `place_demonym_endings`: "New Zealanders".
    pub fn is_people_of_named_place(&self, name: &str) -> bool {
        self.place_demonym_endings.iter().any(|end| {
            name.strip_suffix(end.as_str())
                .is_some_and(|place| self.is_place_stem(place))
        })
    }

    /// Whether a word opens places' names only ("River" of "River Wye", "Mount").
    pub fn opens_a_place(&self, word: &str) -> bool {
        self.place_openers
            .iter()
            .any(|opener| opener.eq_ignore_ascii_case(word))
    }

    /// Whether a word is a compound that ends in a word for a kind of organisation and is longer
    /// than it by three letters or more ("Zorggroep", "Kindcentrum").
    pub fn is_organisation_compound(&self, word: &str) -> bool {
        self.organisation_endings
            .iter()
            .any(|ending| is_compound_ending_in(word, ending))
    }

    /// Whether a word is a month's name that is a name too ("May").
    pub fn is_name_month(&self, word: &str) -> bool {
        self.name_months
            .iter()
            .any(|month| month.eq_ignore_ascii_case(word))
    }

    /// Whether a word is two particles of a name written as one ("Vanden", "Vander").
    pub fn is_particle_pair(&self, word: &str) -> bool {
        (1..word.len()).any(|at| {
            word.is_char_boundary(at)
                && self.particles.contains(&word[..at])
                && self.particles.contains(&word[at..])
        })
    }

    /// Whether a capitalised word is an adjective of a place or people ("Russische"), going by
    /// its ending.
    pub fn is_adjective(&self, word: &str) -> bool {
        self.adjective_endings
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end.as_str()))
    }
}

/// The shortest word for the people of a place made of its name and an ending: four letters
/// of a place and three of an ending ("Gentaar" would be one).
const MIN_PLACE_DEMONYM_BYTES: usize = 7;

/// The part of a word after its last hyphen ("minister" of "oud-minister"), or the word.
fn last_part(word: &str) -> &str {
    match word.bytes().rposition(|b| b == b'-') {
        Some(at) => &word[at + 1..],
        None => word,
    }
}

/// A person's surname: the last word of the name that is no suffix ("Johnson" of "Boris
/// Johnson", "King" of "Martin Luther King Jr.", "Berg" of "Tom Berg III"), by the suffixes of
/// every language.
pub fn surname(name: &str) -> &str {
    let suffix = |w: &str| {
        [Lang::Dutch, Lang::English]
            .iter()
            .any(|&lang| Lexicon::of(lang).name_suffixes.contains(w))
    };
    name.rsplit(' ')
        .find(|w| !w.is_empty() && !suffix(w))
        .unwrap_or(name)
}

/// Whether `word` is a compound that ends in `ending` (ignoring case) and is longer than it by
/// three letters or more: "Zorggroep" of "groep", "Actiegroep" of "groep".
pub fn is_compound_ending_in(word: &str, ending: &str) -> bool {
    word.len() >= ending.len() + 3
        && word.is_char_boundary(word.len() - ending.len())
        && word[word.len() - ending.len()..].eq_ignore_ascii_case(ending)
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
            ENGLISH_COMMON_WORDS,
        )
        .expect("the lists parse");
        assert!(lexicon.common_words.contains("Radio"));
        assert!(!lexicon.common_words.contains("Hugo"));
        assert!(lexicon.first_names.contains("Hugo"));
        assert!(lexicon.places.contains("ANTWERPEN"));
        assert!(lexicon.countries.contains("België"));
        assert!(lexicon.stop_words.contains("Maar"));
        assert!(!lexicon.stop_words.contains("Rutte"));
        assert!(lexicon.is_adjective("Russische"));
        assert!(lexicon.place_endings.is_ending_of("Schaepmanstraat"));
        assert!(!lexicon.place_endings.is_ending_of("Straat"));
    }

    #[test]
    fn a_surname_is_never_a_suffix() {
        assert_eq!(surname("Boris Johnson"), "Johnson");
        assert_eq!(surname("Tom Berg III"), "Berg");
        assert_eq!(surname("Martin Luther King Jr."), "King");
        assert_eq!(surname("Jr."), "Jr.");
    }
}
