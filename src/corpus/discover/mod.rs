//! Named actors found in the text itself, with no list: people, organisations, countries and
//! places, in the way of the EMM NewsExplorer recogniser (patterns over capitalised words, then
//! evidence gathered over the whole corpus).
//!
//! In one article ([`discover`]):
//! 1. Capitalised words in a row, with name particles between them ("Hugo de Jonge", "Forum voor
//!    Democratie", "J.P. Balkenende", "Nabil B."), are a candidate; so is an acronym inside a
//!    compound ("PvdD-leider", "CDA-Kamerlid"). A word capitalised only because it opens a
//!    sentence is a candidate only if the article also writes it capitalised elsewhere; stop
//!    words, month and day names, demonyms and adjectives of places ("Russische") never are.
//! 2. Each candidate gathers votes for a kind: a list of countries and places, organisation words
//!    ("Kamer", "Ministerie", "Partij"), acronyms, place endings ("-straat"), a given name or
//!    initials (person), a title before it ("minister", "trainer"), a particle inside it, a cue
//!    before it ("in Glanerbrug"), a reporting verb beside it ("zegt Jetten").
//! 3. A lone word that is the surname of a person named in full in the article is that person
//!    ("Jetten" after "Rob Jetten"); so is a given name alone.
//!
//! Over the corpus ([`merge`]), the same name is one actor, a lone surname that no article names
//! in full goes to the corpus's only person with that surname, and the votes decide the kind.
//! Names of the gazetteer are found by its matcher first; discovery leaves those alone.

mod lexicon;
mod merge;
mod tokens;

use std::ops::Range;

pub use lexicon::{Lexicon, WordSet};
pub use merge::merge;
use tokens::{Capital, Token, tokens};

use super::actors::{ActorKind, Gazetteer};
use super::article::{ActorId, Mention, Paragraph, Span};

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
    let known_spans: Vec<Range<usize>> = known.iter().map(|m| m.span.range()).collect();
    for paragraph in paragraphs {
        let range = paragraph.span.range();
        let first = known_spans.partition_point(|k| k.end <= range.start);
        // Stop words that are no particles start no name anywhere ("Het", "Maar", "The"); one
        // look-up a capitalised word says which it is.
        let capital_kind = |word: &str| {
            let flags = lexicon.flags(word);
            if flags & lexicon.stop_words.bit != 0 && flags & lexicon.particles.bit == 0 {
                Capital::PassOver
            } else if flags == 0 && !tokens::is_acronym(word) {
                Capital::Unlisted
            } else {
                Capital::Window
            }
        };
        tokens(
            text,
            range,
            &known_spans[first..],
            capital_kind,
            &mut words,
            &mut openers,
        );
        candidates_of(text, &words, &known, lexicon, &mut candidates);
    }
    // A news article names a few dozen actors; text made to name a hundred thousand would make
    // the article's names slow to join (each is compared with the others): the first ones count.
    candidates.truncate(MAX_CANDIDATES);
    openers.truncate(MAX_CANDIDATES);
    let written = Written::of(text, &candidates);
    // A lone sentence opener in no list is a candidate only if the article writes it
    // capitalised where no sentence starts, or opens sentences with it as a name does (as
    // resolve would decide anyway).
    let confirmed_openers: Vec<Candidate> = openers
        .iter()
        .filter(|span| {
            let word = &text[(*span).clone()];
            written.has_word(word) || opens_sentences_as_a_name(text, &openers, word)
        })
        .cloned()
        .map(|span| Candidate {
            span,
            words: 1,
            votes: Votes::default(),
            sentence_start: true,
            second: None,
        })
        .collect();
    if !confirmed_openers.is_empty() {
        candidates.extend(confirmed_openers);
        candidates.sort_unstable_by_key(|c| c.span.start);
    }
    candidates.truncate(MAX_CANDIDATES);
    let (names, found) = resolve(text, candidates, &written, lexicon);
    let mentions = merge_sorted(known, found);
    (names, mentions)
}

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

/// Adds the candidate names among a paragraph's `words`.
fn candidates_of(
    text: &str,
    words: &[Token],
    known: &[Mention],
    lexicon: &Lexicon,
    out: &mut Vec<Candidate>,
) {
    let word = |i: usize| &text[words[i].span.clone()];
    // Every list each word is in, from one look-up a word.
    let flags: Vec<u32> = (0..words.len()).map(|k| lexicon.flags(word(k))).collect();
    let is = |k: usize, set: &WordSet| flags[k] & set.bit != 0;
    let mut i = 0;
    while i < words.len() {
        // Stop words ("Maar", "Volgens", "Het") start no name; "De" inside a sentence starts a
        // surname (De Jonge).
        let stop = |k: usize| {
            is(k, &lexicon.stop_words) && (words[k].sentence_start || !is(k, &lexicon.particles))
        };
        if !words[i].capitalised || stop(i) {
            i += 1;
            continue;
        }
        // A compound ends a name: "PvdD-leider", "CDA-Kamerlid" stand alone.
        let mut end = i + 1;
        let mut cut = compound_cut(word(i), lexicon);
        // Extend over capitalised words, and particles followed by one right after a given name,
        // initials or an organisation's first word.
        while cut.is_none() {
            let mut j = end;
            // Particles join a name after given names or initials ("Harry van der Molen"), a
            // particle ("Van der Laan") or an organisation word ("Partij van de Arbeid"), not
            // after a surname ("Baudet van Forum …").
            let particles_here = (i..end).all(|k| {
                words[k].is_initials(text)
                    || is(k, &lexicon.first_names)
                    || is(k, &lexicon.particles)
                    || (k == i && is(k, &lexicon.organisation_words))
            });
            if particles_here {
                while j < words.len()
                    && words[j].joined
                    && !words[j].capitalised
                    && is(j, &lexicon.particles)
                    && j - end < 3
                {
                    j += 1;
                }
                let organisation_only = (end..j).any(|k| is(k, &lexicon.organisation_particles));
                if organisation_only && j - end > 1 && !is(i, &lexicon.organisation_words) {
                    j = end;
                }
            }
            // Two words in capitals, then one that is not: a credit line ("TOUSSAINT KLUITERS
            // Pieter Heiligers"), not one name.
            let shouts = |k: usize| word(k).len() > 2 && !word(k).chars().any(char::is_lowercase);
            let shouting = end >= i + 2 && shouts(end - 1) && shouts(end - 2);
            if j < words.len()
                && words[j].joined
                && (words[j].capitalised || words[j].is_initials(text))
                && !is(j, &lexicon.stop_words)
                && (!shouting || shouts(j))
            {
                end = j + 1;
                cut = compound_cut(word(j), lexicon);
            } else {
                break;
            }
        }
        let stop = match cut {
            Some(at) => words[end - 1].span.start + at,
            None => words[end - 1].span.end,
        };
        // Names the gazetteer knows are its own.
        if !overlaps(known, &(words[i].span.start..stop))
            && let Some(candidate) = candidate(text, words, &flags, i..end, stop, lexicon)
        {
            out.push(candidate);
        }
        i = end;
    }
}

/// Where a compound word stops being a name: at a hyphen before a lower-case part or a title
/// ("Bacharach-liedjes", "VVD-minister", "CDA-Kamerlid"), as a byte offset into the word.
fn compound_cut(word: &str, lexicon: &Lexicon) -> Option<usize> {
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

/// The candidate made of `words[range]`, ending at byte `stop`, with the votes of its own words and of what stands around it; `None` where it is no name.
fn candidate(
    text: &str,
    words: &[Token],
    flags: &[u32],
    range: Range<usize>,
    stop: usize,
    lexicon: &Lexicon,
) -> Option<Candidate> {
    let word = |i: usize| &text[words[i].span.clone()];
    let is = |k: usize, set: &WordSet| flags[k] & set.bit != 0;
    let mut range = range;
    let mut stop = stop;
    let mut votes = Votes::default();
    // A title that opens a sentence is no part of the name after it ("Minister Cora van …",
    // "Kamerfractieleider Peter …"), nor is a place before a given name ("Antwerpen Tom
    // Meeuws", a dateline).
    let place_first = |k: usize| is(k, &lexicon.places) || is(k, &lexicon.countries);
    if range.len() >= 2
        && (lexicon.is_title(word(range.start))
            || (place_first(range.start) && is(range.start + 1, &lexicon.first_names)))
    {
        range.start += 1;
        votes.person += 2;
    }
    // An adjective at the end before a lower-case word ("De Japanse regering") is none either.
    let next_lower = |end: usize| words.get(end).is_some_and(|w| w.joined && !w.capitalised);
    if range.len() >= 2
        && stop == words[range.end - 1].span.end
        && lexicon.is_adjective(word(range.end - 1))
        && next_lower(range.end)
    {
        range.end -= 1;
        stop = words[range.end - 1].span.end;
        while range.len() > 1 && !words[range.end - 1].capitalised {
            range.end -= 1;
            stop = words[range.end - 1].span.end;
        }
    }
    let first = &words[range.start];
    let last = &words[range.end - 1];
    let span = first.span.start..stop;
    let name = &text[span.clone()];
    let last_word = &text[last.span.start..stop];
    let count = range.len();
    let single = count == 1;
    let next_lower = next_lower(range.end);
    // The lists the whole name is in: the word's own flags, or one look-up for several words
    // (or a compound cut short).
    let name_flags = if single && stop == last.span.end {
        flags[range.start]
    } else {
        lexicon.flags(name)
    };
    let name_is = |set: &WordSet| name_flags & set.bit != 0;
    if single {
        let w = name;
        if w.chars().count() < 2
            || name_is(&lexicon.stop_words)
            || name_is(&lexicon.demonyms)
            || w.chars().all(|c| c.is_ascii_digit())
            || (lexicon.is_adjective(w) && next_lower)
            || (lexicon.is_demonym(w) && !tokens::is_acronym(w))
            // A title written as an acronym ("de CEO van KLM") names no one by itself.
            || (tokens::is_acronym(w) && name_is(&lexicon.person_titles))
        {
            return None;
        }
    }
    // Events, treaties, prizes and periods are no actors ("Koude Oorlog", "Akkoord van Minsk").
    let event = if single && !name.contains('-') {
        name_is(&lexicon.event_words)
    } else {
        name.split(['-', ' '])
            .any(|part| lexicon.event_words.contains(part))
    };
    if event {
        return None;
    }
    // A quoted title: the whole of a quotation ('De Tandeloze Tijd').
    let quoted = matches!(first.before, Some('‘' | '“' | '„' | '\'' | '"' | '’' | '«'))
        && matches!(last.after, Some('’' | '”' | '\'' | '"' | '»' | '″'))
        && count >= 2;
    if quoted {
        return None;
    }
    let lower_particles = (range.start..range.end)
        .filter(|&i| !words[i].capitalised && !words[i].is_initials(text))
        .collect::<Vec<_>>();
    if name_is(&lexicon.countries) {
        votes.country += 3;
    } else if name_is(&lexicon.places) {
        votes.place += 3;
    }
    if (range.start..range.end).any(|i| is(i, &lexicon.organisation_words))
        || lower_particles
            .iter()
            .any(|&i| is(i, &lexicon.organisation_particles))
    {
        votes.organisation += 2;
    }
    if single && tokens::is_acronym(name) && votes.country == 0 && votes.place == 0 {
        votes.organisation += 2;
    }
    // "Schaepmanstraat", "Downing Street", "Ziggo Dome".
    // A whole last word counts after a capitalised one only: "Darling Close", but not the
    // surname "Van der Laan".
    let whole_word_ending =
        count >= 2 && words[range.end - 2].capitalised && lexicon.place_endings.contains(last_word);
    if lexicon.place_endings.is_ending_of(last_word) || whole_word_ending {
        // More than initials or a given name: "J.C. Beetslaan", "Darling Close".
        votes.place += 3;
    }
    // An adjective inside a name makes it no person's: "Christen Democratische Verkenningen",
    // "Koninklijke Nederlandse Akademie" (at its end, it may be a surname: "Adrie Evertse").
    let inner = range.start + 1..range.end.saturating_sub(1);
    if inner
        .into_iter()
        .any(|i| words[i].capitalised && lexicon.is_adjective(word(i)))
    {
        votes.organisation += 2;
    }
    let initials = (range.start..range.end).any(|i| words[i].is_initials(text));
    if initials
        || (count >= 2 && is(range.start, &lexicon.first_names))
        || (!lower_particles.is_empty() && votes.organisation == 0 && count >= 3)
    {
        votes.person += 2;
    }
    // What stands before: a title, a place cue, an article.
    if let Some(before) = range.start.checked_sub(1).filter(|_| first.joined) {
        let w = word(before);
        // A portfolio after a title is no actor: "minister van Economische Zaken".
        let portfolio = w == "van"
            && before
                .checked_sub(1)
                .is_some_and(|t| words[before].joined && lexicon.is_title(word(t)));
        if portfolio {
            return None;
        }
        if is(before, &lexicon.person_titles) || lexicon.is_title(w) {
            votes.person += 2;
        } else if !words[before].capitalised && is(before, &lexicon.place_cues) && single {
            votes.place += 1;
        } else if !words[before].capitalised && matches!(w, "de" | "het") && single {
            votes.organisation += 1;
        }
        if is(before, &lexicon.speech_words) {
            votes.person += 1;
        }
    }
    if range.end < words.len() && words[range.end].joined && is(range.end, &lexicon.speech_words) {
        votes.person += 1;
    }
    // A place's name before other words: "Ireland Fire and Rescue", "Texas Instruments".
    // ... and so is an adjective before a noun: "Buitenlandse Zaken", "Nationale Politie".
    if count >= 2
        && votes == Votes::default()
        && (is(range.start, &lexicon.countries)
            || is(range.start, &lexicon.places)
            || lexicon.is_adjective(word(range.start)))
    {
        votes.organisation += 1;
    }
    if count >= 2 && votes == Votes::default() {
        votes.person += 1; // capitalised words in a row: most often a person's name
    }
    let plain_first = count >= 2
        && !first.is_initials(text)
        && !is(range.start, &lexicon.first_names)
        && !is(range.start, &lexicon.organisation_words)
        && !is(range.start, &lexicon.countries)
        && !is(range.start, &lexicon.places);
    Some(Candidate {
        span,
        words: count,
        votes,
        sentence_start: first.sentence_start,
        second: plain_first
            .then(|| (range.start + 1..range.end).find(|&k| words[k].capitalised))
            .flatten()
            .map(|k| words[k].span.start),
    })
}

/// The article's candidates grouped into names, lone surnames and given names resolved to the
/// person named in full, and sentence-opening words kept only where the article confirms them.
fn resolve(
    text: &str,
    candidates: Vec<Candidate>,
    written: &Written,
    lexicon: &Lexicon,
) -> (Vec<DiscoveredName>, Vec<Mention>) {
    let mut candidates = candidates;
    for c in &mut candidates {
        let Some(second) = c.second.filter(|_| c.sentence_start) else {
            continue;
        };
        let first_word = text[c.span.start..second].trim_end();
        let whole = &text[c.span.clone()];
        if !written.has_word(first_word) && !written.has_name(whole) {
            c.span.start = second;
            c.words = text[c.span.clone()].split(' ').count();
            c.sentence_start = false;
            let rest = &text[c.span.clone()];
            if c.words == 1 && (lexicon.is_demonym(rest) || lexicon.stop_words.contains(rest)) {
                c.words = 0; // nothing of a name is left
            }
        }
    }
    candidates.retain(|c| c.words > 0);
    let openers: Vec<Range<usize>> = candidates
        .iter()
        .filter(|c| c.sentence_start && c.words == 1)
        .map(|c| c.span.clone())
        .collect();
    let mut names: Vec<DiscoveredName> = Vec::new();
    let mut mentions = Vec::new();
    // Full names first, so that lone words can find them.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(candidates[i].words),
            candidates[i].span.start,
        )
    });
    let mut assigned: Vec<Option<usize>> = vec![None; candidates.len()];
    for &i in &order {
        let c = &candidates[i];
        let this = &text[c.span.clone()];
        // A form of a person named in full in the article: the end of the full name ("Van der
        // Velde" after "Marieke van der Velde"), or, for one word, its surname or given name.
        let is_person_named_in_full = |n: &DiscoveredName| {
            let full = &text[n.name.range()];
            n.votes.kind() == ActorKind::Person
                && full.contains(' ')
                && if c.words >= 2 {
                    full.len() > this.len()
                        && full.is_char_boundary(full.len() - this.len())
                        && full[..full.len() - this.len()].ends_with(' ')
                        && same_ignoring_case(&full[full.len() - this.len()..], this)
                } else {
                    full.rsplit(' ')
                        .next()
                        .is_some_and(|w| same_ignoring_case(w, this))
                        || full
                            .split(' ')
                            .next()
                            .is_some_and(|w| same_ignoring_case(w, this))
                }
        };
        if let Some(owner) = names.iter().position(is_person_named_in_full) {
            let name = &mut names[owner];
            name.votes.add(c.votes);
            add_form(text, name, &c.span);
            assigned[i] = Some(owner);
            continue;
        }
        // A word that only opens sentences, kept as a name: a surname more often than not.
        let mut opener_surname = false;
        if c.words == 1 {
            let listed = lexicon.countries.contains(this) || lexicon.places.contains(this);
            let acronym = this.chars().filter(|c| c.is_uppercase()).count() >= 2;
            if c.sentence_start && !written.has_word(this) && !listed && !acronym {
                if !opens_sentences_as_a_name(text, &openers, this) {
                    continue;
                }
                opener_surname = true;
            }
            if lexicon.first_names.contains(this) && !listed {
                continue; // a given name alone says too little
            }
        }
        let at = match names
            .iter()
            .position(|n| same_ignoring_case(&text[n.name.range()], this))
        {
            Some(at) => at,
            None => {
                names.push(DiscoveredName {
                    name: Span::new(c.span.clone()),
                    forms: Vec::new(),
                    votes: Votes::default(),
                    lone: c.words == 1,
                });
                names.len() - 1
            }
        };
        names[at].votes.add(c.votes);
        if opener_surname {
            names[at].votes.person = names[at].votes.person.saturating_add(1);
        }
        assigned[i] = Some(at);
    }
    for (c, at) in candidates.iter().zip(assigned) {
        if let Some(at) = at {
            mentions.push(Mention {
                actor: LOCAL_BASE + at as ActorId,
                span: Span::new(c.span.clone()),
            });
        }
    }
    (names, mentions)
}

/// Whether two words or names are the same, ignoring case.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
    }
}

/// What an article writes capitalised where no sentence starts: a capitalised word that opens
/// a sentence is a name only if the article writes it so elsewhere too.
struct Written<'t> {
    names: Vec<&'t str>,
}

impl<'t> Written<'t> {
    fn of(text: &'t str, candidates: &[Candidate]) -> Written<'t> {
        Written {
            names: candidates
                .iter()
                .filter(|c| !c.sentence_start)
                .map(|c| &text[c.span.clone()])
                .collect(),
        }
    }

    /// Whether a word of one of the names is `word`.
    fn has_word(&self, word: &str) -> bool {
        self.names
            .iter()
            .any(|name| name.split(' ').any(|w| same_ignoring_case(w, word)))
    }

    /// Whether one of the names is `name`.
    fn has_name(&self, name: &str) -> bool {
        self.names.iter().any(|n| same_ignoring_case(n, name))
    }
}

/// Whether a word that only ever opens sentences is still a name: it opens two sentences or
/// more, as itself ("Hoekstra ‘toonde …’. Hoekstra was …"), and the article never writes it in
/// lower case.
fn opens_sentences_as_a_name(text: &str, openers: &[Range<usize>], word: &str) -> bool {
    let openings = openers
        .iter()
        .filter(|span| &text[(*span).clone()] == word)
        .nth(1)
        .is_some();
    openings && {
        let lower = word.to_lowercase();
        !text.match_indices(lower.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }
}

/// At most this many other forms of a name are kept: a real name has a few.
pub const MAX_FORMS: usize = 16;

/// Notes the form at `span` as one of `name`'s, unless the name or a form already reads the same.
fn add_form(text: &str, name: &mut DiscoveredName, span: &Range<usize>) {
    if name.forms.len() >= MAX_FORMS {
        return;
    }
    let form = &text[span.clone()];
    let known = std::iter::once(&name.name)
        .chain(&name.forms)
        .any(|f| &text[f.range()] == form);
    if !known {
        name.forms.push(Span::new(span.clone()));
    }
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
