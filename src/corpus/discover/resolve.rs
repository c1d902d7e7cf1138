//! One article's candidates become its names: a word that only opens sentences is dropped unless
//! the article confirms it, a surname or given name joins the person named in full, and the forms
//! of each name are kept.

use std::ops::Range;

use super::candidates::{
    aged_at, first_lowered, initials, role_in_apposition, word_before, written_after_a_name,
};
use super::tokens;
use super::{Candidate, DiscoveredName, LOCAL_BASE, Lexicon, Votes};
use crate::corpus::actors::ActorKind;
use crate::corpus::article::{ActorId, Mention, Span};

/// The article's candidates grouped into names, lone surnames and given names resolved to the
/// person named in full, and sentence-opening words kept only where the article confirms them.
pub(super) fn resolve(
    text: &str,
    candidates: Vec<Candidate>,
    written: &Written,
    opener_names: &[&str],
    lexicon: &Lexicon,
) -> (Vec<DiscoveredName>, Vec<Mention>) {
    let mut candidates = candidates;
    // In a heading written in Title Case every word has a capital: capitals in a row there are
    // a name only where something else says so, or where the article writes the same name
    // outside its headings ("Usain Bolt Beats Yohan Blake To Win Historic 200m": "Win
    // Historic" is none).
    let outside_headings = |name: &str| {
        candidates
            .iter()
            .any(|c| !c.headline && same_ignoring_case(&text[c.span.clone()], name))
    };
    // A heading's words glued to a name the article writes outside its headings are the
    // heading's verbs and nouns: the name is only the part written there ("Kovalenko Stuns
    // Rivals" is "Kovalenko"). A part written nowhere else is a name only with a given name or
    // initials first, or a place the lists know; a title or an organisation word in a heading
    // says little, as every word there has a capital ("Judge Sides With …", "Former Space
    // Probes").
    let verdicts: Vec<Option<Option<Range<usize>>>> = candidates
        .iter()
        .map(|c| {
            let name = &text[c.span.clone()];
            if !c.headline || outside_headings(name) {
                return None;
            }
            let first = name.split(' ').next().unwrap_or(name);
            let personal =
                lexicon.first_names.contains(first) || (first.ends_with('.') && first.len() <= 3);
            if personal {
                return None;
            }
            if let Some(part) = confirmed_part(text, c, lexicon, &outside_headings) {
                return Some(Some(part));
            }
            let listed = c.votes.country > 0 || c.votes.place > 0;
            // (In a heading in capitals, every word looks like an acronym; acronyms are short:
            // "AFP", "BRUZZ", not "VLUCHTELINGEN".)
            let shouted = c.shouted
                && name
                    .split(' ')
                    .any(|w| w.chars().count() >= SHOUTED_WORD_LETTERS);
            let weak = c.guess
                || (!listed && (shouted || c.words >= 2 || lexicon.common_words.contains(name)));
            weak.then_some(None)
        })
        .collect();
    if verdicts.iter().any(Option::is_some) {
        let mut verdicts = verdicts.into_iter();
        candidates.retain_mut(|c| match verdicts.next().flatten() {
            None => true,
            Some(None) => false,
            Some(Some(part)) => {
                c.words = text[part.clone()].split(' ').count();
                c.second = None;
                c.sentence_start = c.sentence_start && part.start == c.span.start;
                c.span = part;
                true
            }
        });
    }
    // A name with an "s" glued on is its genitive or plural where the article writes the name
    // without it ("over Kowalskis besluit" beside "Kowalski"), no name of its own; not where
    // the shorter word is a given name ("Peters" beside "Peter"), nor where the longer one names
    // a party or a group ("Liberals" beside "Liberal").
    candidates.retain(|c| {
        let this = &text[c.span.clone()];
        let stem = (c.words == 1)
            .then(|| this.strip_suffix('s'))
            .flatten()
            .filter(|stem| stem.chars().count() >= 3);
        stem.is_none_or(|stem| {
            !written.has_word(stem)
                || lexicon.first_names.contains(stem)
                || lexicon.organisation_words.contains(this)
        })
    });
    // The names of several words that open sentences, as written: one that opens two or more
    // ("Stoffel Vandoorne" as a heading, then in the text) is a name from its first word.
    let mut openings: Vec<&str> = candidates
        .iter()
        .filter(|c| c.sentence_start && c.second.is_some())
        .map(|c| &text[c.span.clone()])
        .collect();
    openings.sort_unstable();
    let opens_twice = |whole: &str| {
        let at = openings.partition_point(|&o| o < whole);
        openings.get(at + 1) == Some(&whole)
    };
    for c in &mut candidates {
        let Some(second) = c.second.filter(|_| c.sentence_start) else {
            continue;
        };
        let first_word = text[c.span.start..second].trim_end();
        let whole = &text[c.span.clone()];
        // "Van der Waal wijst …" after "Sebald van der Waal": the surname with its particles,
        // written in lower case after a given name before.
        let particle_surname = first_word
            .split(' ')
            .next()
            .is_some_and(|w| lexicon.particles.contains(w))
            && written_after_a_name(text, c.span.start, &first_lowered(whole));
        let repeated = particle_surname
            || (opens_twice(whole)
                && !written_in_lower_case(text, first_word)
                && !lexicon.is_demonym(first_word)
                && !lexicon.is_adjective(first_word)
                && !lexicon.is_title(first_word));
        // (An acronym is not capitalised for opening a sentence: "CNV Vakmensen meldt" is one
        // name, where a verb in lower case follows it; a heading's "LFC Globe" is not.)
        let acronym_opens = tokens::is_acronym(first_word) && verb_after(text, c.span.end);
        if !written.has_word(first_word)
            && !acronym_opens
            && !written.has_name(whole)
            && !repeated
            && !opens_a_name(text, c, second, written, lexicon)
        {
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
    let mut names: Vec<DiscoveredName> = Vec::new();
    let mut guessed = Guesses::default();
    // Each full name's surname, its last word but a suffix ("O'Brien" of "Mark O'Brien Jr."),
    // found once rather than for every lone word compared with it.
    let mut surnames: Vec<Option<&str>> = Vec::new();
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
    // Single words found to be common nouns or not.
    let mut common: Vec<(&str, bool)> = Vec::new();
    let capitalised_twice = |word: &str| {
        candidates
            .iter()
            .filter(|c| c.words == 1 && !c.sentence_start && &text[c.span.clone()] == word)
            .nth(1)
            .is_some()
    };
    for &i in &order {
        let c = &candidates[i];
        let this = &text[c.span.clone()];
        // A form of a person named in full in the article: the end of the full name ("Van der
        // Velde" after "Marieke van der Velde"), or, for one word, its surname or given name.
        let is_person_named_in_full = |n: &DiscoveredName, surname: Option<&str>| {
            let full = &text[n.name.range()];
            n.votes.kind() == ActorKind::Person
                && full.contains(' ')
                && if c.words >= 2 {
                    full.len() > this.len()
                        && full.is_char_boundary(full.len() - this.len())
                        && full[..full.len() - this.len()].ends_with(' ')
                        && same_ignoring_case(&full[full.len() - this.len()..], this)
                } else {
                    surname.is_some_and(|w| same_ignoring_case(w, this))
                        || full
                            .split(' ')
                            .next()
                            .is_some_and(|w| same_ignoring_case(w, this))
                        || are_initials_of(this, full, lexicon)
                }
        };
        if let Some(owner) = (0..names.len())
            .position(|k| is_person_named_in_full(&names[k], surnames[k]))
            .or_else(|| short_form_of_organisation(text, &names, c))
            .or_else(|| acronym_of_name(text, &names, c))
        {
            let name = &mut names[owner];
            name.votes.add(c.votes);
            guessed.note(owner, c);
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
                if opener_names.binary_search(&this).is_err() {
                    continue;
                }
                opener_surname = true;
            }
            // A given name alone says too little, but after a title it is how the person is
            // known: "Pope Francis", "koning Filip", "Prince Harry"; and so is one with an age in
            // brackets after it ("zegt Noor (31)").
            if lexicon.first_names.contains(this)
                && !listed
                && !lexicon.is_title(word_before(text, c.span.start))
                && !aged_at(text, c.span.end)
            {
                continue;
            }
            // A word the article also writes in lower case is a common noun where nothing
            // says it names someone ("Radio", "Help", "Climate"): a title or a reporting verb
            // beside it makes it a surname ("Hunt said"), and so does its capital inside two
            // sentences or more ("het Westen" beside "het westen van Oekraïne").
            if c.votes.person == 0 && !listed && !acronym {
                let is_common = match common.iter().find(|(w, _)| *w == this) {
                    Some(&(_, is_common)) => is_common,
                    None => {
                        let is_common =
                            !capitalised_twice(this) && written_in_lower_case(text, this);
                        common.push((this, is_common));
                        is_common
                    }
                };
                if is_common {
                    continue;
                }
            }
            // A frequent word of the language is no name by itself ("News", "Love", "Settings",
            // "WEEKLY"), unless a title or a reporting verb makes it a person's or a cue a
            // place's ("Hunt said", "in Bath"), or the article writes it capitalised inside two
            // sentences and never in lower case ("played for United"); an acronym is none of
            // them (four letters in capitals, or two, may be a shouted word: "WEEKLY", "TV").
            let letters = this.chars().count();
            let shouted = (letters >= 4 || letters == 2) && !this.chars().any(char::is_lowercase);
            // A long word in capitals that the article also writes in lower case is a heading's
            // shouted word, no acronym ("UHURU’S WHEREABOUTS" beside "his whereabouts").
            if shouted
                && letters >= SHOUTED_WORD_LETTERS
                && (c.votes.person == 0 || c.guess)
                && c.votes.place == 0
                && !listed
                && written_in_lower_case(text, this)
            {
                continue;
            }
            // (The vote a guess gets for capitals in a row is no evidence: "PRESIDENCY SPEAKS"
            // left with "SPEAKS".)
            if (c.votes.person == 0 || c.guess)
                && c.votes.place == 0
                && !listed
                && (!acronym || shouted)
                && lexicon.common_words.contains(this)
                && (shouted || !capitalised_twice(this) || written_in_lower_case(text, this))
            {
                continue;
            }
        }
        let at = match names
            .iter()
            .position(|n| same_ignoring_case(&text[n.name.range()], this))
        {
            Some(at) => at,
            None => {
                let full_name = this.contains(' ');
                surnames.push(
                    full_name
                        .then(|| {
                            this.rsplit(' ')
                                .find(|w| !lexicon.name_suffixes.contains(w))
                        })
                        .flatten(),
                );
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
        guessed.note(at, c);
        if opener_surname {
            names[at].votes.person = names[at].votes.person.saturating_add(1);
        }
        assigned[i] = Some(at);
    }
    guessed.set_aside(&mut names);
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

/// The votes each name got from guesses alone (capitalised words in a row with nothing else to
/// say what they are), counted apart: a guess says least, so where a name's other forms give
/// evidence, its guesses do not outvote it ("Groene Kring-voorzitter" makes the Groene Kring an
/// organisation, however often the text writes "Groene Kring" with nothing around it).
#[derive(Default)]
struct Guesses(Vec<Votes>);

impl Guesses {
    /// Counts candidate `c`'s votes apart when they are a guess's, for the name at `at`.
    fn note(&mut self, at: usize, c: &Candidate) {
        if !c.guess {
            return;
        }
        if self.0.len() <= at {
            self.0.resize(at + 1, Votes::default());
        }
        self.0[at].add(c.votes);
    }

    /// Takes the guesses' votes out of every name that has votes of other evidence too.
    fn set_aside(self, names: &mut [DiscoveredName]) {
        for (name, guess) in names.iter_mut().zip(self.0) {
            let evidence = Votes {
                person: name.votes.person.saturating_sub(guess.person),
                organisation: name.votes.organisation.saturating_sub(guess.organisation),
                country: name.votes.country.saturating_sub(guess.country),
                place: name.votes.place.saturating_sub(guess.place),
            };
            if evidence != Votes::default() {
                name.votes = evidence;
            }
        }
    }
}

/// The most initials an acronym of a name the article writes in full has ("NYSNA").
const MAX_INITIALS: usize = 6;

/// The organisation or place named in full in the article whose initials a one-word candidate
/// in capitals spells ("BA" for "British Airways", "NDC" for "National Democratic Congress",
/// "PvdA" for "Partij van de Arbeid", counting the particles or not): the same one, written
/// short. Only where one name's initials spell it.
fn acronym_of_name(text: &str, names: &[DiscoveredName], c: &Candidate) -> Option<usize> {
    if c.words != 1 {
        return None;
    }
    let this = &text[c.span.clone()];
    let letters = this.chars().count();
    if !(2..=MAX_INITIALS).contains(&letters)
        || !this.chars().all(char::is_alphabetic)
        || !tokens::is_acronym(this)
    {
        return None;
    }
    let first = this.chars().next().map(|c| c.to_ascii_lowercase());
    let spells = |n: &DiscoveredName| {
        let full = &text[n.name.range()];
        // (Most names are turned away by their first letter.)
        if full.chars().next().map(|c| c.to_ascii_lowercase()) != first {
            return false;
        }
        let letters = || initials(full, true).filter(|c| c.is_alphabetic());
        let spelled = |capitalised_only: bool| {
            letters()
                .filter(|c| !capitalised_only || c.is_uppercase())
                .flat_map(char::to_lowercase)
                .eq(this.chars().flat_map(char::to_lowercase))
        };
        matches!(n.votes.kind(), ActorKind::Organisation | ActorKind::Place)
            && letters().nth(1).is_some()
            && (spelled(true) || spelled(false))
    };
    let mut found = names.iter().enumerate().filter(|(_, n)| spells(n));
    match (found.next(), found.next()) {
        (Some((at, _)), None) => Some(at),
        _ => None,
    }
}

/// The organisation named in full in the article whose name a candidate of two words or more
/// ends ("Armed Forces" after "Sudanese Armed Forces", "Red Crescent" after "Palestinian Red
/// Crescent"): the same organisation, written shorter. Only where one organisation's name ends
/// so (of two, the text does not say which).
fn short_form_of_organisation(
    text: &str,
    names: &[DiscoveredName],
    c: &Candidate,
) -> Option<usize> {
    if c.words < 2 {
        return None;
    }
    let this = &text[c.span.clone()];
    let mut ends = names.iter().enumerate().filter(|(_, n)| {
        let full = &text[n.name.range()];
        n.votes.kind() == ActorKind::Organisation
            && full.len() > this.len() + 1
            && full.is_char_boundary(full.len() - this.len())
            && full[..full.len() - this.len()].ends_with(' ')
            && same_ignoring_case(&full[full.len() - this.len()..], this)
    });
    let (k, _) = ends.next()?;
    ends.next().is_none().then_some(k)
}

/// Whether the unlisted word that opens a sentence and the candidate `c` ("Wang Yi said", "Jacinda
/// Ardern … Ardern") is the name's first word, though the article writes it nowhere else: it is
/// no frequent word of the language (where the language has a list of them: "Watch Jurgen
/// Klopp" is none) nor one the article writes in lower case, the word after it is no given name
/// (which would open the name: "Newcomer Sanne Descamps"; as the last word it is a surname:
/// "Maggi Taylor"), and the whole is followed by a verb (a lower-case word), a person's age or
/// role in apposition (", education spokesman,"), or its last word stands alone elsewhere in the
/// article, as a surname.
fn opens_a_name(
    text: &str,
    c: &Candidate,
    second: usize,
    written: &Written,
    lexicon: &Lexicon,
) -> bool {
    let first_word = text[c.span.start..second].trim_end();
    let rest = &text[second..c.span.end];
    let second_word = rest.split(' ').next().unwrap_or(rest);
    let last_word = rest.rsplit(' ').next().unwrap_or(rest);
    let shouted = !text[c.span.clone()].chars().any(char::is_lowercase);
    let age_after = aged_at(text, c.span.end);
    lexicon.has_common_words()
        && !shouted
        && !lexicon.common_words.contains(first_word)
        && !lexicon.is_demonym(first_word)
        && !lexicon.is_adjective(first_word)
        && (!lexicon.first_names.contains(second_word) || second_word == last_word)
        && !lexicon.is_title(second_word)
        && !written_in_lower_case(text, first_word)
        && (verb_after(text, c.span.end)
            || age_after
            || role_in_apposition(text, c.span.end, lexicon)
            || written.has_word(last_word))
}

/// Whether a word in lower case, most often a verb, follows a name that ends at byte `end`, one
/// space after it: "CNV Vakmensen meldt", "Wang Yi said".
fn verb_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|after| after.starts_with(char::is_lowercase))
}

/// The longest run of a heading candidate's words (the first such) that the article writes as a
/// name outside its headings; one word must be no common word.
fn confirmed_part(
    text: &str,
    c: &Candidate,
    lexicon: &Lexicon,
    outside_headings: &impl Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let mut bounds: Vec<Range<usize>> = Vec::new();
    let mut at = c.span.start;
    for word in text[c.span.clone()].split(' ') {
        bounds.push(at..at + word.len());
        at += word.len() + 1;
    }
    let n = bounds.len();
    (1..n).rev().find_map(|len| {
        (0..=n - len).find_map(|start| {
            let part = bounds[start].start..bounds[start + len - 1].end;
            let words = &text[part.clone()];
            let common = len == 1 && lexicon.common_words.contains(words);
            (!common && outside_headings(words)).then_some(part)
        })
    })
}

/// Whether `word`, three to five capitals, is the initials of the person's name `full`, which
/// opens with a given name: one letter for each word, and two for a surname that a particle
/// opens ("KVH" for Karel Vanhoutte, "JVDB" for Jan van den Berg).
fn are_initials_of(word: &str, full: &str, lexicon: &Lexicon) -> bool {
    let letters = word.chars().count();
    // (A given name first: "American Glass Research", typed as a person, is none.)
    let given = full.split(' ').next().unwrap_or(full);
    if !(3..=5).contains(&letters)
        || !word.chars().all(|c| c.is_uppercase())
        || !lexicon.first_names.contains(given)
    {
        return false;
    }
    // Every way of reading the name's initials, each as far as it matches `word`.
    let mut reached = vec![0usize];
    for part in full.split(' ') {
        let mut next = Vec::new();
        for &at in &reached {
            let ahead = word.chars().skip(at);
            if initial_matches(part, ahead.clone().next()) {
                next.push(at + 1);
            }
            // "Vanhoutte": "van" and "houtte", two letters.
            let lower = part.to_lowercase();
            let rest = (1..lower.len())
                .filter(|&i| lower.is_char_boundary(i))
                .find(|&i| lexicon.particles.contains(&lower[..i]) && lower[i..].len() > 2)
                .map(|i| &lower[i..]);
            let mut two = ahead.take(2);
            let (first, second) = (two.next(), two.next());
            if initial_matches(part, first) && rest.is_some_and(|r| initial_matches(r, second)) {
                next.push(at + 2);
            }
        }
        reached = next;
    }
    reached.contains(&letters)
}

/// Whether `part` starts with the letter `initial`, ignoring case.
fn initial_matches(part: &str, initial: Option<char>) -> bool {
    match (part.chars().next(), initial) {
        (Some(a), Some(b)) => a.to_lowercase().eq(b.to_lowercase()),
        _ => false,
    }
}

/// Whether two words or names are the same, ignoring case.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    // Most pairs differ in length, which ends the comparison at once.
    a.len() == b.len()
        && if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.to_lowercase() == b.to_lowercase()
        }
}

/// What an article writes capitalised where no sentence starts: a capitalised word that opens
/// a sentence is a name only if the article writes it so elsewhere too.
/// Names and words are sorted by their length in bytes, so that a question compares only those
/// of the length asked about (the others are never the same, ignoring case or not).
pub(super) struct Written<'t> {
    names: Vec<&'t str>,
    /// The words of the names, split once.
    words: Vec<&'t str>,
}

impl<'t> Written<'t> {
    pub(super) fn of(text: &'t str, candidates: &[Candidate]) -> Written<'t> {
        let mut names: Vec<&str> = candidates
            .iter()
            .filter(|c| !c.sentence_start)
            .map(|c| &text[c.span.clone()])
            .collect();
        let mut words: Vec<&str> = names.iter().flat_map(|name| name.split(' ')).collect();
        names.sort_unstable_by_key(|n| n.len());
        words.sort_unstable_by_key(|w| w.len());
        Written { names, words }
    }

    /// Whether a word of one of the names is `word`.
    pub(super) fn has_word(&self, word: &str) -> bool {
        of_length(&self.words, word.len())
            .iter()
            .any(|w| same_ignoring_case(w, word))
    }

    /// Whether one of the names is `name`.
    fn has_name(&self, name: &str) -> bool {
        of_length(&self.names, name.len())
            .iter()
            .any(|n| same_ignoring_case(n, name))
    }
}

/// The strings of `len` bytes among `sorted` (sorted by length).
fn of_length<'a, 't>(sorted: &'a [&'t str], len: usize) -> &'a [&'t str] {
    let start = sorted.partition_point(|s| s.len() < len);
    let end = start + sorted[start..].partition_point(|s| s.len() == len);
    &sorted[start..end]
}

/// The words that only ever open sentences and are names all the same, sorted: those of three
/// letters or more that open two sentences or more, as themselves and not inside a quotation, one
/// of them before a quotation or a reporting verb ("Hoekstra ‘toonde …’. Hoekstra was …"), or
/// that open one with a colon before a quotation ("Onnes: „…”"), and that the article never
/// writes in lower case. From the sentence openers in no list and the candidates
/// that open a sentence.
pub(super) fn opener_names<'t>(
    text: &'t str,
    openers: &[Range<usize>],
    candidates: &[Candidate],
    written: &Written,
    lexicon: &Lexicon,
) -> Vec<&'t str> {
    // Every single word that opens a sentence.
    let openings: Vec<Range<usize>> = openers
        .iter()
        .cloned()
        .chain(
            candidates
                .iter()
                .filter(|c| c.sentence_start && c.words == 1)
                .map(|c| c.span.clone()),
        )
        .collect();
    // A quotation opens with anything ("‘Ga gewoon handhaven’"): only a sentence of the
    // article's own counts, and a name has three letters or more and is no title.
    let kept: Vec<(&Range<usize>, &str)> = openings
        .iter()
        .filter(|span| !opens_a_quotation(text, span.start))
        .map(|span| (span, &text[span.clone()]))
        .filter(|(_, word)| word.chars().nth(2).is_some() && !lexicon.is_title(word))
        .collect();
    let mut words: Vec<&str> = kept.iter().map(|&(_, word)| word).collect();
    words.sort_unstable();
    let mut twice: Vec<&str> = words
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| pair[0])
        .collect();
    twice.dedup();
    // One of its openings at least is someone's: a quotation or a reporting verb follows it
    // ("Hoekstra ‘toonde …’", "Hoekstra zei"), as it does not after a plural noun or a heading
    // ("Analisten verwachten", "Zorgen over de grens").
    let speaks = |word: &str| {
        openings
            .iter()
            .filter(|span| &text[(*span).clone()] == word)
            .any(|span| followed_by_speech(text, span.end, lexicon))
    };
    // (A word the article also writes capitalised inside a sentence is a name anyway.)
    twice.retain(|word| {
        !written.has_word(word) && speaks(word) && !written_in_lower_case(text, word)
    });
    // Once is enough for a word that introduces a quotation with a colon, the way a report
    // gives the floor to someone named before or after ("Jansen: „Wij gaan door.”").
    let mut introducers: Vec<&str> = kept
        .iter()
        .filter(|(span, _)| {
            introduces_quotation(text, span.end) || reports_right_after(text, span.end, lexicon)
        })
        .map(|&(_, word)| word)
        .filter(|word| !written.has_word(word) && !written_in_lower_case(text, word))
        .collect();
    twice.append(&mut introducers);
    twice.sort_unstable();
    twice.dedup();
    twice
}

/// Whether a colon and then a quotation mark come right after byte `end`: "Jansen: „…”".
fn introduces_quotation(text: &str, end: usize) -> bool {
    text[end..].strip_prefix(':').is_some_and(|after| {
        let after = after.trim_start_matches(' ');
        after.starts_with(OPENING_MARKS) || after.starts_with(",,")
    })
}

/// Whether a reporting verb right after byte `end` opens what is reported within its next few
/// words, with "dat"/"that" or a colon: "Weyts herhaalt dat …", "Dekkers voegt eraan toe: …".
fn reports_right_after(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let Some(after) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let mut words = after.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    // ("zegt:" is the verb and its colon.)
    let verb = first.trim_end_matches(':');
    if !lexicon.speech_words.contains(verb) {
        return false;
    }
    if verb.len() < first.len() {
        return true;
    }
    for word in words.take(4) {
        if word.ends_with(':') {
            return true;
        }
        if lexicon.complementisers.contains(word) {
            return true;
        }
        if !word.starts_with(char::is_lowercase) {
            return false;
        }
    }
    false
}

/// The marks that may open a quotation, but the two commas (",,").
const OPENING_MARKS: [char; 9] = ['„', '“', '‘', '"', '\'', '’', '«', '‹', '‚'];

/// Whether a quotation mark or a reporting verb comes right after byte `end`.
fn followed_by_speech(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let after = text[end..].trim_start_matches([' ', ',']);
    after.starts_with(OPENING_MARKS)
        || after.starts_with(",,")
        || reporting_verb_after(text, end, lexicon)
}

/// Whether a reporting verb in lower case comes right after byte `end`: "Voerman vindt".
pub(super) fn reporting_verb_after(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let after = text[end..].trim_start_matches([' ', ',']);
    let word_end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    after.starts_with(char::is_lowercase) && lexicon.speech_words.contains(&after[..word_end])
}

/// Whether the word at byte `start` opens a quotation: an opening mark right before it. A mark
/// that both opens and closes (", ', ’) glued to what stands before it closes a quotation:
/// after `government," ` the name opens the reporting clause ("Faraldi said").
fn opens_a_quotation(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(mark) = before.chars().next_back() else {
        return false;
    };
    if before.ends_with(",,") {
        return true;
    }
    if !OPENING_MARKS.contains(&mark) {
        return false;
    }
    let closes_too = matches!(mark, '"' | '\'' | '’');
    !closes_too
        || before[..before.len() - mark.len_utf8()]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || OPENING_MARKS.contains(&c) || c == '(')
}

/// Whether the text has `word` in lower case, as a word of its own.
fn written_in_lower_case(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, lower.as_bytes()).any(|i| {
        let before = text[..i].chars().next_back();
        let after = text[i + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The fewest letters of a word in capitals that may be a shouted common word rather than an
/// acronym (acronyms are shorter: "NASA", "KNVB").
const SHOUTED_WORD_LETTERS: usize = 6;

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
