//! The language data kroniek reads news text by (reporting verbs, pronouns, role nouns…), loaded
//! from `assets/language/*.toml`, which are compiled into the binary. Code asks a [`Language`];
//! adding a language is adding a file, not code.

use std::sync::OnceLock;

use serde::Deserialize;

/// How many of a text's first words [`Lang::detect`] counts.
const DETECTION_WORDS: usize = 150;

/// The languages kroniek reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub enum Lang {
    /// Dutch and Flemish.
    #[default]
    #[serde(rename = "nl")]
    Dutch,
    #[serde(rename = "en")]
    English,
}

impl Lang {
    /// The ISO 639-1 code: `nl`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Dutch => "nl",
            Lang::English => "en",
        }
    }

    /// Every language kroniek reads.
    pub const ALL: [Lang; 2] = [Lang::Dutch, Lang::English];

    /// The language with this ISO 639-1 code (`nl`, `en`; case ignored), for the command line.
    pub fn parse(code: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| format!("`{code}` is not a language kroniek reads (want nl or en)"))
    }

    /// The language most of `languages` are in; Dutch where none is or they are even.
    pub fn most_common(languages: impl IntoIterator<Item = Lang>) -> Lang {
        let (mut dutch, mut english) = (0usize, 0usize);
        for lang in languages {
            match lang {
                Lang::Dutch => dutch += 1,
                Lang::English => english += 1,
            }
        }
        if english > dutch {
            Lang::English
        } else {
            Lang::Dutch
        }
    }

    /// The language of a text, from how often the commonest words of each language occur among
    /// its first words; Dutch where the count is even. Words inside quotation marks are left
    /// out where enough of the others are common words (a Dutch article quoting someone in
    /// English is Dutch), and counted where too few are.
    pub fn detect(text: &str) -> Lang {
        let mut inside = false;
        // Common words of each language outside quotations, and everywhere.
        let (mut outside, mut all) = ([0usize; 2], [0usize; 2]);
        for raw in text.split_ascii_whitespace().take(DETECTION_WORDS) {
            // (Most words start with a letter: no mark to look for.)
            let starts_with_letter = raw
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_alphanumeric);
            if !starts_with_letter && (raw.starts_with(OPENING_QUOTES) || raw.starts_with(",,")) {
                inside = true;
            }
            // Only a word inside a quotation can close one.
            let closes = inside
                && raw
                    .trim_end_matches([',', '.', '!', '?', ';', ':', '…'])
                    .ends_with(CLOSING_QUOTES)
                && raw.chars().any(char::is_alphanumeric);
            let word = trim_to_ascii_alphanumeric(raw);
            if let Some(lang) = common_word(word) {
                let at = usize::from(lang == Lang::English);
                all[at] += 1;
                if !inside {
                    outside[at] += 1;
                }
            }
            if closes {
                inside = false;
            }
        }
        let [dutch, english] = if outside[0] + outside[1] >= MIN_OUTSIDE_QUOTES {
            outside
        } else {
            all
        };
        if english > dutch {
            Lang::English
        } else {
            Lang::Dutch
        }
    }
}

/// `raw` without the characters at either end that are no ASCII letter or digit, trimmed by
/// bytes: every byte of a longer character is no ASCII letter or digit either, so whole
/// characters go.
fn trim_to_ascii_alphanumeric(raw: &str) -> &str {
    let bytes = raw.as_bytes();
    let Some(start) = bytes.iter().position(u8::is_ascii_alphanumeric) else {
        return "";
    };
    let end = bytes
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |e| e + 1);
    // Both ends are ASCII, so character boundaries.
    raw.get(start..end).unwrap_or("")
}

/// Marks that open a quotation where a word starts with them.
const OPENING_QUOTES: [char; 4] = ['"', '“', '„', '«'];
/// Marks that close a quotation where a word ends with them.
const CLOSING_QUOTES: [char; 4] = ['"', '”', '“', '»'];
/// The fewest common words outside quotations that decide a text's language by themselves.
const MIN_OUTSIDE_QUOTES: usize = 5;

/// The language whose commonest words `word` is one of, if any.
fn common_word(word: &str) -> Option<Lang> {
    if word.len() > 6 {
        return None;
    }
    let mut buffer = [0u8; 6];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match &*lower {
        b"de" | b"het" | b"een" | b"en" | b"van" | b"dat" | b"niet" | b"op" | b"te" | b"zijn"
        | b"met" | b"voor" | b"ook" | b"maar" | b"ze" | b"hij" | b"die" | b"er" | b"naar"
        | b"wordt" | b"werd" | b"heeft" | b"bij" | b"om" | b"ik" | b"je" | b"zij" | b"wij"
        | b"ons" | b"nog" | b"als" | b"aan" | b"uit" | b"dan" | b"wel" | b"geen" | b"zo"
        | b"kan" | b"moet" | b"zou" | b"deze" | b"dit" | b"tegen" | b"door" | b"nu" | b"meer"
        | b"hun" | b"haar" | b"zegt" | b"zei" => Some(Lang::Dutch),
        b"the" | b"of" | b"and" | b"to" | b"that" | b"for" | b"it" | b"was" | b"with" | b"he"
        | b"she" | b"on" | b"as" | b"are" | b"by" | b"be" | b"this" | b"his" | b"have" | b"has"
        | b"from" | b"at" | b"said" | b"were" | b"a" | b"an" | b"not" | b"but" | b"they"
        | b"you" | b"him" | b"their" | b"had" | b"will" | b"would" | b"who" | b"which"
        | b"been" | b"told" | b"after" | b"about" | b"there" | b"what" | b"when" | b"than"
        | b"or" | b"its" | b"says" => Some(Lang::English),
        _ => None,
    }
}

/// A list of lower-case words, with a quick test that turns most other words away before any
/// comparison: for each first ASCII letter, the lengths of the words with it, as a bit set.
/// A word that passes it is compared only with the words of its first letter (a list of reporting
/// verbs holds a few hundred words, and attribution asks about every word around a quotation).
#[derive(Debug)]
pub struct Words {
    /// Sorted by first letter: those with letter `l` are `words[starts[l]..starts[l + 1]]`.
    words: Vec<Box<str>>,
    starts: [u32; 27],
    lengths: [u64; 26],
    /// Words that start with no ASCII letter, or are 64 bytes or longer: compared one by one.
    others: Vec<Box<str>>,
}

impl Words {
    pub fn new<S: AsRef<str>>(list: &[S]) -> Words {
        let mut words = Vec::new();
        let mut others = Vec::new();
        let mut lengths = [0u64; 26];
        for word in list {
            let word = word.as_ref().to_lowercase();
            let bytes = word.as_bytes();
            match bytes.first() {
                Some(first) if first.is_ascii_lowercase() && bytes.len() < 64 => {
                    lengths[(first - b'a') as usize] |= 1 << bytes.len();
                    words.push(word.into_boxed_str());
                }
                Some(_) => others.push(word.into_boxed_str()),
                None => {}
            }
        }
        words.sort_by_key(|w| w.as_bytes()[0]);
        let mut starts = [0u32; 27];
        for (letter, start) in starts.iter_mut().enumerate() {
            *start = words.partition_point(|w| usize::from(w.as_bytes()[0] - b'a') < letter) as u32;
        }
        Words {
            words,
            starts,
            lengths,
            others,
        }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return false;
        };
        // An ASCII letter in either case becomes 0..26; anything else becomes larger.
        let letter = (first | 0x20).wrapping_sub(b'a');
        if bytes.len() < 64 && letter < 26 {
            let letter = letter as usize;
            (self.lengths[letter] >> bytes.len()) & 1 == 1
                && self.words[self.starts[letter] as usize..self.starts[letter + 1] as usize]
                    .iter()
                    .any(|w| w.len() == bytes.len() && w.eq_ignore_ascii_case(word))
        } else {
            !self.others.is_empty() && self.others.iter().any(|w| **w == *word.to_lowercase())
        }
    }
}

/// What attribution needs of a language.
#[derive(Debug)]
pub struct QuoteWords {
    /// Verbs and words that report speech.
    pub speech_cues: Words,
    /// Words that stand for a person named before.
    pub pronouns: Words,
    /// Of the pronouns, those that are only a subject ("ze", "hij"; not "hem"): in a language
    /// with inversion, one right after a reporting verb is its subject ("zegt ze").
    pub subject_pronouns: Words,
    /// Of the subject pronouns, those that stand for one person only ("he", "hij"; not "they"
    /// nor the Dutch "ze", which may be plural): a paragraph that speaks of "him" without a name
    /// is about the person named before.
    pub singular_pronouns: Words,
    /// Words after a reporting verb and an object pronoun that make the pronoun's person the
    /// speaker and the verb's subject only who passes the words on ("“…,” the paper reported
    /// him saying", "quoted her as saying"); "as" may stand between.
    pub relayed_speech: Words,
    /// Conjunctions that join two clauses, each with a subject or a verb of its own ("and",
    /// "but"): a name after one is no subject of the clause before.
    pub conjunctions: Words,
    /// Possessive pronouns ("her", "haar"): "her remark “…”" is the words of the one the pronoun
    /// stands for, not of the sentence's subject.
    pub possessives: Words,
    /// Relative pronouns for a person: "the crowd, who responded" reports someone unnamed.
    pub relatives: Words,
    /// The word that marks an infinitive after a verb ("agreed to hold"), if the language has
    /// one that stands right after the verb.
    pub infinitive: Box<str>,
    /// Nouns that stand for a person named before.
    pub role_nouns: Words,
    /// Words that make the role after them another one: "Prime Minister Modi" is no "the
    /// minister", "Vice President Harris" no "the president".
    pub other_role_modifiers: Words,
    /// Nouns after which a quotation is a term named, said by no one: "het woord ‘…’", "the
    /// term “…”".
    pub term_nouns: Words,
    /// Nouns of works that have a title (songs, books, films, campaigns, agreements): a
    /// quotation in capitals right after one, or after one and a word that names ("a book
    /// called “…”"), is the title, said by no one.
    pub work_nouns: Words,
    /// Words that name what comes after them ("called", "titled"); those that need no work
    /// noun before them to say a title follows are in `title_words`.
    pub naming_words: Words,
    /// Words after which a quotation is a title whatever stands before them ("titled",
    /// "getiteld").
    pub title_words: Words,
    /// Prepositions other than "of" after which an organisation says where the person before
    /// it works: "Omar Felke with the Westbay Police Department told", "Ann Lee from Acme said".
    pub affiliations: Words,
    /// Nouns that stand for an organisation named before ("the commission said").
    pub body_nouns: Words,
    /// Of the body nouns, those for a place's government, which a place's name after "of" names
    /// ("the province of Ontario", not "de grootste partij van Zeewolde").
    pub place_governments: Words,
    /// Words that may open a sentence before a quotation without reporting anything.
    pub openers: Words,
    /// Words a reporting verb may have between it and its speaker.
    pub fillers: Words,
    /// The indefinite articles: a role after one is someone not named before ("a spokesperson").
    pub indefinites: Words,
    /// Cues whose speaker comes after them, never before.
    pub speaker_after_only: Words,
    /// Cues whose speaker comes before them, never after: what follows is who was spoken to
    /// ("told reporters", "told Smith").
    pub speaker_before_only: Words,
    /// Whether a reporting verb may have its speaker after it wherever the verb stands, as in
    /// Dutch, which puts the verb second ("Daarop zei Rutte: ‘…’", "Over de ‘…’ journaliste zei
    /// het Witte Huis"). Where not (English), only right after the quotation ("“…,” said
    /// Smith") or where a colon, a comma or the quotation follows the name ("said Smith: “…”");
    /// elsewhere an actor after the verb is someone reported about ("insisted France would").
    pub inversion: bool,
    /// Whether an apostrophe after a plural -s and before a lower-case word marks an owner
    /// ("the Beatles' songs"), so that it closes no single quotation.
    pub possessive_s: bool,
    /// Words after a reporting verb past which no speaker is looked for ("klaagde over …").
    pub speaker_stops: Words,
    /// The word that opens a sentence reporting the quotation before it.
    pub that: Box<str>,
    /// Other words that open such a sentence ("Zo verwoordt X het.", "Dit zegt X.").
    pub reporting_back: Words,
    /// The impersonal subject that continues the previous speaker.
    pub impersonal: Box<str>,
    /// Words that open a clause whose subject follows them, which the reporting verb after
    /// that subject reports for ("which Judge Glen Cash said was “…”").
    pub clause_openers: Words,
    /// The words that name a passive verb's agent ("described as “…” by Magistrate Ann Lee").
    pub agent_words: Words,
    /// Prepositions after the impersonal subject that name where the words come from:
    /// "„…”, klinkt het bij Dieter Goemaere".
    pub impersonal_sources: Words,
    /// The word that makes the name after it an owner, not a subject ("de invasie van Oekraïne
    /// zei …").
    pub of: Box<str>,
    /// Words that credit a photograph or picture to the name after them ("Photo:", "Foto"):
    /// who took it says nothing in the article.
    pub credit_words: Words,
    /// Words between a credit word and the name ("Photo by Jane Smith").
    pub credit_links: Words,
    /// Phrases, in lower case, after a quotation that say whose words it sums up, with its
    /// subject after them ("'…' - that's how workers at the plant summed up the news"): a
    /// common noun there is people not named.
    pub summing_up: Vec<Box<str>>,
}

/// One language's data.
#[derive(Debug)]
pub struct Language {
    pub quotes: QuoteWords,
}

/// The sections of a language file this module reads; `[names]` is discovery's
/// ([`crate::corpus::discover::Lexicon`]).
#[derive(Deserialize)]
struct LanguageFile {
    quotes: QuoteFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteFile {
    speech_cues: Vec<String>,
    pronouns: Vec<String>,
    #[serde(default)]
    subject_pronouns: Vec<String>,
    #[serde(default)]
    singular_pronouns: Vec<String>,
    #[serde(default)]
    relayed_speech: Vec<String>,
    #[serde(default)]
    conjunctions: Vec<String>,
    #[serde(default)]
    possessives: Vec<String>,
    #[serde(default)]
    relatives: Vec<String>,
    #[serde(default)]
    infinitive: String,
    role_nouns: Vec<String>,
    #[serde(default)]
    other_role_modifiers: Vec<String>,
    #[serde(default)]
    term_nouns: Vec<String>,
    #[serde(default)]
    work_nouns: Vec<String>,
    #[serde(default)]
    affiliations: Vec<String>,
    #[serde(default)]
    naming_words: Vec<String>,
    #[serde(default)]
    title_words: Vec<String>,
    body_nouns: Vec<String>,
    #[serde(default)]
    place_governments: Vec<String>,
    openers: Vec<String>,
    fillers: Vec<String>,
    indefinites: Vec<String>,
    speaker_after_only: Vec<String>,
    speaker_before_only: Vec<String>,
    inversion: bool,
    possessive_s: bool,
    speaker_stops: Vec<String>,
    that: String,
    #[serde(default)]
    reporting_back: Vec<String>,
    impersonal: String,
    #[serde(default)]
    impersonal_sources: Vec<String>,
    #[serde(default)]
    clause_openers: Vec<String>,
    #[serde(default)]
    agent_words: Vec<String>,
    of: String,
    #[serde(default)]
    credit_words: Vec<String>,
    #[serde(default)]
    credit_links: Vec<String>,
    #[serde(default)]
    summing_up: Vec<String>,
}

impl Language {
    /// Reads a language file. The built-in files are checked by the tests, so an error here is a
    /// mistake in a file shipped with kroniek.
    pub fn parse(text: &str) -> Result<Language, toml::de::Error> {
        let file: LanguageFile = toml::from_str(text)?;
        let q = file.quotes;
        Ok(Language {
            quotes: QuoteWords {
                speech_cues: Words::new(&q.speech_cues),
                pronouns: Words::new(&q.pronouns),
                subject_pronouns: Words::new(&q.subject_pronouns),
                singular_pronouns: Words::new(&q.singular_pronouns),
                relayed_speech: Words::new(&q.relayed_speech),
                conjunctions: Words::new(&q.conjunctions),
                possessives: Words::new(&q.possessives),
                relatives: Words::new(&q.relatives),
                infinitive: q.infinitive.to_lowercase().into_boxed_str(),
                role_nouns: Words::new(&q.role_nouns),
                other_role_modifiers: Words::new(&q.other_role_modifiers),
                term_nouns: Words::new(&q.term_nouns),
                work_nouns: Words::new(&q.work_nouns),
                affiliations: Words::new(&q.affiliations),
                naming_words: Words::new(&q.naming_words),
                title_words: Words::new(&q.title_words),
                body_nouns: Words::new(&q.body_nouns),
                place_governments: Words::new(&q.place_governments),
                openers: Words::new(&q.openers),
                fillers: Words::new(&q.fillers),
                indefinites: Words::new(&q.indefinites),
                speaker_after_only: Words::new(&q.speaker_after_only),
                speaker_before_only: Words::new(&q.speaker_before_only),
                inversion: q.inversion,
                possessive_s: q.possessive_s,
                speaker_stops: Words::new(&q.speaker_stops),
                that: q.that.to_lowercase().into_boxed_str(),
                reporting_back: Words::new(&q.reporting_back),
                impersonal: q.impersonal.to_lowercase().into_boxed_str(),
                impersonal_sources: Words::new(&q.impersonal_sources),
                clause_openers: Words::new(&q.clause_openers),
                agent_words: Words::new(&q.agent_words),
                of: q.of.to_lowercase().into_boxed_str(),
                credit_words: Words::new(&q.credit_words),
                credit_links: Words::new(&q.credit_links),
                summing_up: q
                    .summing_up
                    .iter()
                    .map(|phrase| phrase.to_lowercase().into_boxed_str())
                    .collect(),
            },
        })
    }

    /// A language's data, as compiled into the binary.
    pub fn of(lang: Lang) -> &'static Language {
        static DUTCH: OnceLock<Language> = OnceLock::new();
        static ENGLISH: OnceLock<Language> = OnceLock::new();
        let cell = match lang {
            Lang::Dutch => &DUTCH,
            Lang::English => &ENGLISH,
        };
        cell.get_or_init(|| {
            Language::parse(file_of(lang)).unwrap_or_else(|e| {
                panic!("assets/language/{}.toml is not valid: {e}", lang.code())
            })
        })
    }
}

/// The Dutch language file, as shipped.
pub const DUTCH_FILE: &str = include_str!("../../assets/language/nl.toml");
/// The English language file, as shipped.
pub const ENGLISH_FILE: &str = include_str!("../../assets/language/en.toml");

/// The words of a list file under `assets/language/` (`first-names.txt`,
/// `en-common-words.txt`, `abbreviations.txt`): whitespace-separated, lines starting with `#`
/// left out.
pub fn listed_words(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// A language's file, as shipped.
pub fn file_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Dutch => DUTCH_FILE,
        Lang::English => ENGLISH_FILE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_reads() {
        for lang in [Lang::Dutch, Lang::English] {
            let language = Language::parse(file_of(lang)).expect("the file parses");
            assert!(
                language.quotes.pronouns.contains("he") || language.quotes.pronouns.contains("hij")
            );
        }
    }

    #[test]
    fn words_inside_quotations_do_not_decide_the_language() {
        assert_eq!(
            Lang::detect(
                "De premier sprak dinsdag in Londen. \"We will never give up, and we will \
                 never surrender to the people who want this to end, as it is the fight of the age for \
                 all of us and for the world,\" zei hij in het Lagerhuis \
                 na een debat van uren."
            ),
            Lang::Dutch
        );
        // Too few words outside: all of them count.
        assert_eq!(
            Lang::detect("\"We will never give up on the people of this land,\" zei hij."),
            Lang::English
        );
    }

    #[test]
    fn the_language_of_a_text_is_found_from_its_commonest_words() {
        assert_eq!(
            Lang::detect("De minister zei dat het kabinet niet van plan is om te vertrekken."),
            Lang::Dutch
        );
        assert_eq!(
            Lang::detect("The minister said that the cabinet was not going to resign."),
            Lang::English
        );
        assert_eq!(Lang::detect(""), Lang::Dutch);
        // A short text whose few common words are ones Dutch shares ("met", "in").
        assert_eq!(
            Lang::detect(
                "Joe Biden met Emmanuel Macron in Paris on Friday. \"We stand together,\" \
                 Macron told him."
            ),
            Lang::English
        );
        assert_eq!(
            Lang::detect("Jan sprak met Piet in Utrecht. „Ik zou het niet doen”, zei hij."),
            Lang::Dutch
        );
    }

    #[test]
    fn a_language_is_named_by_its_code() {
        assert_eq!(Lang::parse("en"), Ok(Lang::English));
        assert_eq!(Lang::parse("NL"), Ok(Lang::Dutch));
        assert!(Lang::parse("de").unwrap_err().contains("want nl or en"));
        assert_eq!(
            Lang::most_common([Lang::English, Lang::Dutch, Lang::English]),
            Lang::English
        );
        assert_eq!(Lang::most_common([]), Lang::Dutch);
    }

    #[test]
    fn the_dutch_file_reads() {
        let dutch = Language::parse(DUTCH_FILE).expect("nl.toml parses");
        assert!(dutch.quotes.speech_cues.contains("Zegt"));
        assert!(dutch.quotes.pronouns.contains("hij"));
        assert!(!dutch.quotes.pronouns.contains("hijs"));
    }

    #[test]
    fn words_match_ignoring_case_and_reject_others() {
        let words = Words::new(&["zei", "élan", "x"]);
        assert!(words.contains("ZEI"));
        assert!(words.contains("x"));
        assert!(words.contains("Élan"));
        assert!(!words.contains("zeis"));
        assert!(!words.contains(""));
        assert!(!words.contains("y"));
        // Words of many first letters, in no order: each is found among those of its letter.
        let list = [
            "zegt",
            "aldus",
            "meldt",
            "zei",
            "antwoordt",
            "bevestigt",
            "zeggen",
            "a",
        ];
        let words = Words::new(&list);
        for word in list {
            assert!(words.contains(&word.to_uppercase()), "{word}");
        }
        assert!(!words.contains("zeg"));
        assert!(!words.contains("b"));
    }
}
