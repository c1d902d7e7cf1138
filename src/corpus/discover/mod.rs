//! Named actors found in the text itself, with no list: people, organisations, countries and
//! places, in the way of the EMM NewsExplorer recogniser (patterns over capitalised words, then
//! evidence gathered over the whole corpus).
//!
//! In one article ([`discover`]):
//! 1. Capitalised words in a row, with name particles between them ("Hugo de Jonge", "Forum voor
//!    Democratie", "J.P. Balkenende", "Nabil B."), are a candidate; so is an acronym inside a
//!    compound ("PvdD-leider", "CDA-Kamerlid"). A word capitalised only because it opens a
//!    sentence is a candidate only if the article also writes it capitalised elsewhere, or opens
//!    two sentences or more with it and never writes it in lower case; stop
//!    words, month and day names, demonyms and adjectives of places ("Russische") never are (a
//!    word after a given name is a surname, however it ends: "Hans Wisse", "Marc Vanden
//!    Bussche"); a stop word capitalised inside a sentence after a given name alone, or opening
//!    a name after a reporting verb, is a name word: "wethouder Kees Zondag", "zegt Tien
//!    Mulder").
//! 2. Each candidate gathers votes for a kind: a list of countries and places, organisation words
//!    ("Kamer", "Ministerie", "Partij"), acronyms, place endings ("-straat"), a given name or
//!    initials (person), a title before it ("minister", "trainer"; not before an acronym that
//!    opens the name: "bestuurder FNV Metaal"), a particle inside it, a cue
//!    before it ("in Glanerbrug", shared by a list after it: "in Randburg, Midrand and
//!    Lenasia"), a word that opens places' names ("River Wye"), a reporting verb beside it
//!    ("zegt Jetten"), a paper's name listed whole ("De Telegraaf"). Words for a place's people
//!    ("Kortrijkzaan", "West-Vlaming") and groups of members ("Tweede Kamerleden") name no
//!    actor.
//! 3. A lone word that is the surname of a person named in full in the article is that person
//!    ("Jetten" after "Rob Jetten"); so is a given name alone.
//!
//! Over the corpus ([`merge`]), the same name is one actor, a lone surname that no article names
//! in full goes to the corpus's only person with that surname, and the votes decide the kind.
//! Names of the gazetteer are found by its matcher first; discovery leaves those alone.

mod candidates;
mod lexicon;
mod merge;
mod resolve;
mod shapes;
mod table;
mod tokens;
mod word_bounds;
mod word_flags;

use std::ops::Range;

use candidates::{candidates_of, word_before};
pub use lexicon::{Lexicon, WordSet, is_compound_ending_in, place_spellings, surname};
pub use merge::merge;
pub use resolve::MAX_FORMS;
use resolve::{Written, opener_names, reporting_verb_after, resolve};
use tokens::{Capital, tokens};

use super::actors::{ActorKind, Gazetteer};
use super::article::{ActorId, Mention, Paragraph, Span};
use super::letters::is_alphanumeric;

/// At most this many candidate names (and as many sentence openers) are looked at in one
/// article.
pub const MAX_CANDIDATES: usize = 2000;

/// Actor ids from this one up stand for an article's own [`DiscoveredName`]s until the corpus
/// gives them ids of their own ([`merge`]).
pub const LOCAL_BASE: ActorId = 1 << 31;

/// Evidence for each kind of actor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Votes {
    pub person: u16,
    pub organisation: u16,
    pub country: u16,
    pub place: u16,
}

impl Votes {
    fn add(&mut self, other: Votes) {
        self.person = self.person.saturating_add(other.person);
        self.organisation = self.organisation.saturating_add(other.organisation);
        self.country = self.country.saturating_add(other.country);
        self.place = self.place.saturating_add(other.place);
    }

    /// The kind with the most evidence; with none at all, an organisation.
    pub fn kind(self) -> ActorKind {
        let list = [
            (self.country, ActorKind::Country),
            (self.place, ActorKind::Place),
            (self.person, ActorKind::Person),
            (self.organisation, ActorKind::Organisation),
        ];
        list.iter()
            .copied()
            .max_by_key(|&(votes, _)| votes)
            .filter(|&(votes, _)| votes > 0)
            .map_or(ActorKind::Organisation, |(_, kind)| kind)
    }
}

/// A name an article uses that no gazetteer knows, as places in the article's text (held for
/// every article until the corpus joins them, so kept small).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscoveredName {
    /// The fullest form the article uses.
    pub name: Span,
    /// Where the other forms the article uses for it stand, one place for each form.
    pub forms: Vec<Span>,
    pub votes: Votes,
    /// One word that may be the surname of a person the corpus names in full elsewhere.
    pub lone: bool,
}

/// A candidate name: its words (indices into the paragraph's tokens) and votes.
#[derive(Clone, Debug)]
struct Candidate {
    span: Range<usize>,
    words: usize,
    votes: Votes,
    sentence_start: bool,
    /// Where its second word starts, when its first word may be only a capitalised sentence
    /// opener ("Nieuwbakken Open VLD"): no given name, initials, organisation word or place.
    second: Option<usize>,
    /// Nothing but its capitals in a row makes it a name (no given name, no list, no title, no
    /// reporting verb): a guess.
    guess: bool,
    /// It stands in a heading written in Title Case, where every word has a capital.
    headline: bool,
    /// That heading is written in capitals only ("POLITIEKE ONRUST"), where a word in
    /// capitals says nothing of an acronym.
    shouted: bool,
}

/// The names of one article that no gazetteer knows, and their mentions (ids from
/// [`LOCAL_BASE`], indexing the names), merged with the `known` mentions (sorted, not
/// overlapping). Known mentions win where the two overlap.
pub fn discover(
    text: &str,
    paragraphs: &[Paragraph],
    known: Vec<Mention>,
    lexicon: &Lexicon,
) -> (Vec<DiscoveredName>, Vec<Mention>) {
    let mut words = Vec::new();
    let mut candidates = Vec::new();
    let mut openers = Vec::new();
    // Known mentions that a longer name takes in.
    let mut taken = Vec::new();
    let known_spans: Vec<Range<usize>> = known.iter().map(|m| m.span.range()).collect();
    for paragraph in paragraphs {
        let range = paragraph.span.range();
        let first = known_spans.partition_point(|k| k.end <= range.start);
        // Stop words that are no particles start no name anywhere ("Het", "Maar", "The"); one
        // look-up a capitalised word says which it is (and its token keeps the flags, for
        // `candidates_of`).
        // The lists that only advise on a word already found (common words, articles of
        // titles) do not make it start a name.
        let advisory = lexicon.common_words.bit
            | lexicon.title_articles.bit
            | lexicon.group_nouns.bit
            | lexicon.numbered_heads.bit
            | lexicon.name_connectors.bit
            | lexicon.name_suffixes.bit
            | lexicon.articles.bit
            | lexicon.organisation_titles.bit
            | lexicon.workplace_words.bit;
        let capital_kind = |word: &str| {
            let flags = lexicon.flags(word);
            // ("Number" and "No" before a number are looked at: "Number 10".)
            let opens = lexicon.particles.bit | lexicon.numbered_heads.bit;
            // (An abbreviation in capitals may be an acronym: "de liberale MR".)
            let capitals = word.len() >= 2 && word.chars().all(char::is_uppercase);
            let kind = if flags & lexicon.stop_words.bit != 0
                && flags & opens == 0
                && !(capitals && crate::corpus::sentences::is_abbreviation(word))
            {
                Capital::PassOver
            } else if flags & !advisory == 0 && !tokens::is_acronym(word) {
                Capital::Unlisted
            } else {
                Capital::Window
            };
            (kind, Some(flags))
        };
        tokens(
            text,
            range.clone(),
            &known_spans[first..],
            capital_kind,
            &mut words,
            &mut openers,
        );
        let before = candidates.len();
        candidates_of(text, &words, &known, lexicon, &mut candidates, &mut taken);
        if candidates.len() > before {
            let shouted = is_in_capitals(&text[range.clone()]);
            if shouted || is_title_case(&text[range], lexicon) {
                for c in &mut candidates[before..] {
                    c.headline = true;
                    c.shouted = shouted;
                }
            }
        }
    }
    // A news article names a few dozen actors; text made to name a hundred thousand would make
    // the article's names slow to join (each is compared with the others): the first ones count.
    candidates.truncate(MAX_CANDIDATES);
    openers.truncate(MAX_CANDIDATES);
    let written = Written::of(text, &candidates);
    let opener_names = opener_names(text, &openers, &candidates, &written, lexicon);
    // A lone sentence opener in no list is a candidate only if the article writes it
    // capitalised where no sentence starts, or opens sentences with it as a name does (as
    // resolve would decide anyway).
    let confirmed_openers: Vec<Candidate> = openers
        .into_iter()
        .filter(|span| {
            let word = &text[span.clone()];
            (written.has_word(word) || opener_names.binary_search(&word).is_ok())
                && !lexicon.generic_nouns.contains(word)
        })
        .map(|span| Candidate {
            // The subject of a reporting verb right after it is someone: "Voerman vindt".
            votes: Votes {
                person: u16::from(reporting_verb_after(text, span.end, lexicon)),
                ..Votes::default()
            },
            span,
            words: 1,
            sentence_start: true,
            second: None,
            guess: false,
            headline: false,
            shouted: false,
        })
        .collect();
    if !confirmed_openers.is_empty() {
        candidates.extend(confirmed_openers);
        candidates.sort_unstable_by_key(|c| c.span.start);
    }
    candidates.truncate(MAX_CANDIDATES);
    drop_cut_last_word(text, &mut candidates);
    places_of_a_cued_list(text, &mut candidates, &known, lexicon);
    let (names, found) = resolve(text, candidates, &written, &opener_names, lexicon);
    // A role phrase of the gazetteer right before a person named here introduces that person:
    // "de Amerikaanse minister van Buitenlandse Zaken Michael Pompeo" is no mention of the
    // minister the gazetteer knows.
    for m in &found {
        let person = names
            .get((m.actor - LOCAL_BASE) as usize)
            .is_some_and(|n| n.votes.kind() == ActorKind::Person);
        if !person {
            continue;
        }
        let start = m.span.start as usize;
        let before = known.partition_point(|k| (k.span.end as usize) <= start);
        if let Some(k) = before.checked_sub(1).map(|b| &known[b]) {
            let gap = &text[k.span.end as usize..start];
            let role = text[k.span.range()]
                .split(' ')
                .any(|w| w.starts_with(char::is_lowercase) && lexicon.is_title(w));
            if role && !gap.is_empty() && gap.chars().all(|c| c == ' ') {
                taken.push(k.span.range());
            }
        }
    }
    let mut known = known;
    if !taken.is_empty() {
        known.retain(|m| !taken.contains(&m.span.range()));
    }
    let mentions = merge_sorted(known, found);
    (names, mentions)
}

/// A heading is short: longer paragraphs are never looked at as one.
const HEADING_BYTES: usize = 200;

/// Whether a short paragraph is a heading written in capitals only ("POLITIEKE ONRUST",
/// "THE PASSION"): letters, no lower-case one among them.
fn is_in_capitals(paragraph: &str) -> bool {
    paragraph.len() <= HEADING_BYTES
        && paragraph.chars().any(char::is_uppercase)
        && !paragraph.chars().any(char::is_lowercase)
}

/// Whether a short paragraph is a heading in Title Case ("Usain Bolt Beats Yohan Blake To Win
/// Historic 200m"): four words or more, of its words of letters four in five or more
/// capitalised, and a function word among them capitalised where no sentence starts ("To", "At",
/// "On") or two frequent words capitalised there ("Searches", "Former"), as no list of names
/// has ("By Ann Lee, Abeer Salman and Bo Li").
fn is_title_case(paragraph: &str, lexicon: &Lexicon) -> bool {
    if paragraph.len() > HEADING_BYTES {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    let mut function_word = false;
    let mut common_words = 0;
    let mut previous_end = None;
    let separator = |c: char| !is_alphanumeric(c) && c != '*';
    let mut rest = paragraph;
    while let Some(start) = rest.find(|c: char| !separator(c)) {
        let start = paragraph.len() - rest.len() + start;
        let word_end = paragraph[start..]
            .find(separator)
            .map_or(paragraph.len(), |end| start + end);
        let word = &paragraph[start..word_end];
        rest = &paragraph[word_end..];
        let Some(first) = word.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        if first.is_uppercase() {
            capitalised += 1;
            let inside_sentence = previous_end.is_some_and(|end: usize| {
                paragraph[end..start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == ',')
            });
            function_word |= inside_sentence && lexicon.stop_words.contains(word);
            if inside_sentence
                && lexicon.common_words.contains(word)
                && !lexicon.organisation_words.contains(word)
            {
                common_words += 1;
            }
        }
        previous_end = Some(start + word.len());
    }
    words >= 4 && capitalised * 5 >= words * 4 && (function_word || common_words >= 2)
}

/// An excerpt cut off inside a word ends with a stump of it ("in Novem", "statement Wedne"):
/// a lone word that ends the text with no stop after it is no name there (a name the article
/// names elsewhere is found there).
fn drop_cut_last_word(text: &str, candidates: &mut Vec<Candidate>) {
    let body = text.trim_end();
    if !body.ends_with(char::is_alphanumeric) {
        return;
    }
    if let Some(last) = candidates.last()
        && last.words == 1
        && last.span.end == body.len()
    {
        candidates.pop();
    }
}

/// A place cue before a list of names is every name's in it: in "outages in Randburg, Midrand
/// and Lenasia" the last two are places as the first is. A single word in the list that
/// nothing else says anything of gets a vote for a place; the list runs on over commas and
/// `list_joiners` ("and", "en") between names, known ones among them.
fn places_of_a_cued_list(
    text: &str,
    candidates: &mut [Candidate],
    known: &[Mention],
    lexicon: &Lexicon,
) {
    if lexicon.list_joiners.is_empty() {
        return;
    }
    // The gap before a name joins it to the name before when it is a comma or a joiner.
    let joiner_before = |start: usize| -> Option<usize> {
        let before = text[..start].strip_suffix(' ')?;
        if let Some(rest) = before.strip_suffix(',') {
            return Some(rest.len());
        }
        let word_start = before.rfind(' ')? + 1;
        let joiner = &before[word_start..];
        lexicon
            .list_joiners
            .iter()
            .any(|j| j == joiner)
            .then(|| word_start - 1)
            .map(|end| before[..end].strip_suffix(',').map_or(end, str::len))
    };
    // The name (a candidate or a known one) that ends at byte `end`, if one does: where it
    // starts. (Candidates are sorted and apart, so their ends are sorted too.)
    let name_ending_at = |candidates: &[Candidate], upto: usize, end: usize| {
        let before = candidates[..upto].partition_point(|c| c.span.end <= end);
        candidates[..before]
            .last()
            .filter(|c| c.span.end == end)
            .map(|c| c.span.start)
            .or_else(|| {
                let k = known.partition_point(|m| (m.span.end as usize) < end);
                known
                    .get(k)
                    .filter(|m| m.span.end as usize == end)
                    .map(|m| m.span.start as usize)
            })
    };
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.words != 1 || c.votes != Votes::default() {
            continue;
        }
        // Back along the list to its first name, and the word before that.
        let mut start = c.span.start;
        let mut steps = 0;
        let mut listed = false;
        while let Some(end) = joiner_before(start)
            && let Some(previous) = name_ending_at(candidates, i, end)
            && steps < MAX_LIST_NAMES
        {
            start = previous;
            listed = true;
            steps += 1;
        }
        let cued = listed
            && text[..start].ends_with(' ')
            && lexicon.place_cues.contains(word_before(text, start));
        if cued {
            candidates[i].votes.place += 1;
        }
    }
}

/// The most names a list that a place cue opens is followed back over.
const MAX_LIST_NAMES: usize = 12;

/// Whether a span overlaps one of the sorted `mentions`.
fn overlaps(mentions: &[Mention], span: &Range<usize>) -> bool {
    let i = mentions.partition_point(|m| (m.span.end as usize) <= span.start);
    mentions
        .get(i)
        .is_some_and(|m| (m.span.start as usize) < span.end)
}

fn merge_sorted(known: Vec<Mention>, found: Vec<Mention>) -> Vec<Mention> {
    if found.is_empty() {
        return known;
    }
    let mut all = known;
    all.extend(found);
    all.sort_unstable_by_key(|m| m.span.start);
    all
}

/// The kinds of the actors an article's mentions refer to: the gazetteer's, and the article's
/// own discovered names.
#[derive(Clone, Copy)]
pub struct Kinds<'a> {
    gazetteer: &'a Gazetteer,
    discovered: &'a [DiscoveredName],
}

impl<'a> Kinds<'a> {
    /// The gazetteer's actors only.
    pub fn of(gazetteer: &'a Gazetteer) -> Kinds<'a> {
        Kinds {
            gazetteer,
            discovered: &[],
        }
    }

    /// The gazetteer's actors and an article's discovered names.
    pub fn with(gazetteer: &'a Gazetteer, discovered: &'a [DiscoveredName]) -> Kinds<'a> {
        Kinds {
            gazetteer,
            discovered,
        }
    }

    pub fn kind(&self, actor: ActorId) -> ActorKind {
        match actor.checked_sub(LOCAL_BASE) {
            Some(local) => self
                .discovered
                .get(local as usize)
                .map_or(ActorKind::Organisation, |n| n.votes.kind()),
            None => self.gazetteer.actor(actor).kind,
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_clean;
#[cfg(test)]
mod tests_edges;
#[cfg(test)]
mod tests_orgs;
