//! The candidate names among a paragraph's words, and the votes for a kind each gathers from its
//! words and what stands around it.

use std::ops::Range;

use super::shapes::{closes_quotation, humps, in_quoted_title, opens_title};
use super::tokens::{self, Token};
use super::word_flags::{WordFlags, compound_cut, is_phrase_compound, is_syllable_pair};
use super::{Candidate, Lexicon, Votes, WordSet, overlaps};
use crate::corpus::article::Mention;
use crate::corpus::letters::is_alphanumeric;
use crate::corpus::sentences::is_abbreviation;

/// A name has at most this many words ("Organisation for Economic Co-operation and
/// Development" has six, "Mohammed bin Rashid Al Maktoum" five): a longer run of capitalised
/// words is no name, and looking at it word by word as one would cost time that grows with the
/// square of its length.
const MAX_NAME_WORDS: usize = 12;

/// How many bytes before a sentence that a particle opens ("Van Grieken benadrukt …") the
/// article is searched for the same surname at the end of a name: about a few paragraphs, which
/// keeps the work per sentence constant.
const SURNAME_REACH: usize = 8000;

/// Whether the particle opening a sentence at word `k` and the capitalised word after it are
/// written in the few paragraphs before right after another capitalised word, as the end of a
/// name: "Van Grieken benadrukt …" after "voorzitter Tom Van Grieken" is his surname, not a
/// capitalised "Van" before a word ("Grieken", the Greeks).
/// The particles may be two ("Van der Waal" after "Sebald van der Waal"), and the first is
/// written in lower case there in Dutch, capitalised in Flemish.
fn opens_a_surname_written_before(text: &str, words: &[Token], k: usize) -> bool {
    // Past a second particle in lower case ("der", "den", "de", "la"): short, joined.
    let mut j = k + 1;
    while j < words.len().min(k + 3)
        && words[j].joined
        && !words[j].capitalised
        && words[j].span.len() <= 3
    {
        j += 1;
    }
    let Some(next) = words.get(j).filter(|w| w.capitalised && w.joined) else {
        return false;
    };
    let start = words[k].span.start;
    let Some(pair) = text.get(start..next.span.end) else {
        return false;
    };
    let lower = first_lowered(pair);
    written_after_a_name(text, start, pair.as_bytes())
        || (lower[..] != *pair.as_bytes() && written_after_a_name(text, start, &lower))
}

/// Whether `form` is written in the few paragraphs before byte `start` ([`SURNAME_REACH`])
/// right after a capitalised word, as the end of a longer name: "van der Waal" after "Sebald".
pub(super) fn written_after_a_name(text: &str, start: usize, form: &[u8]) -> bool {
    let mut from = start.saturating_sub(SURNAME_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // (A vectorised search: this looks through kilobytes for each such sentence.)
    memchr::memmem::find_iter(&text.as_bytes()[from..start], form).any(|at| {
        let before = text[from..from + at].strip_suffix(' ').unwrap_or_default();
        let word_before = before.rsplit(' ').next().unwrap_or_default();
        word_before.starts_with(char::is_uppercase) && word_before.ends_with(char::is_alphabetic)
    })
}

/// The bytes of a name with its first letter in lower case, as a particle that opens a sentence
/// is written inside one ("Van der Waal" → "van der Waal").
pub(super) fn first_lowered(name: &str) -> Vec<u8> {
    let mut lower = name.as_bytes().to_vec();
    if let Some(first) = lower.first_mut() {
        first.make_ascii_lowercase();
    }
    lower
}

/// Adds the candidate names among a paragraph's `words`, and to `taken` the spans of `known`
/// mentions that a longer name takes in.
pub(super) fn candidates_of(
    text: &str,
    words: &[Token],
    known: &[Mention],
    lexicon: &Lexicon,
    out: &mut Vec<Candidate>,
    taken: &mut Vec<Range<usize>>,
) {
    let word = |i: usize| &text[words[i].span.clone()];
    // Every list each word is in, from one look-up a word.
    let flags = WordFlags::new(text, words, lexicon);
    let is = |k: usize, set: &WordSet| flags.get(k) & set.bit != 0;
    // Word `k` comes right after a title in lower case ("minister", "captain").
    let after_lower_title =
        |k: usize| k > 0 && words[k].joined && !words[k - 1].capitalised && flags.title(k - 1);
    // A stop word that a sentence writes with a capital where it needs none is a surname
    // when a given name alone (or after a title) stands right before it ("wethouder Kees
    // Zondag"): not an article, a particle or a word opening a sentence.
    let plain_stop = |k: usize| {
        words[k].capitalised
            && !words[k].sentence_start
            && !is(k, &lexicon.particles)
            && !lexicon.articles.contains(word(k))
            && !is(k, &lexicon.title_articles)
    };
    // The word at `k` is a capitalised surname that may follow such a word: joined to it, no
    // stop word.
    let surname_word = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.joined && w.capitalised && !w.sentence_start)
            && !is(k, &lexicon.stop_words)
            && !is(k, &lexicon.particles)
    };
    let mut i = 0;
    while i < words.len() {
        // Stop words ("Maar", "Volgens", "Het") start no name; "De" inside a sentence starts a
        // surname (De Jonge).
        let stop = |k: usize| {
            is(k, &lexicon.stop_words)
                && (words[k].sentence_start || !is(k, &lexicon.particles))
                && !(is(k, &lexicon.particles) && opens_a_surname_written_before(text, words, k))
                && !abbreviation_as_acronym(text, &words[k], word(k))
        };
        // "Number 10", "Radio 4": a word and the number after it are one name.
        let numbered = |k: usize| {
            is(k, &lexicon.numbered_heads)
                && words.get(k + 1).is_some_and(|n| {
                    let w = word(k + 1);
                    n.joined && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
                })
        };
        // A number word or a weekday capitalised inside a sentence right after a reporting
        // verb opens a name, with a surname after it: "zegt Tien Mulder".
        let named_after_speech = |k: usize| {
            plain_stop(k)
                && words[k].joined
                && {
                    let before = word_before(text, words[k].span.start);
                    before.starts_with(char::is_lowercase) && lexicon.speech_words.contains(before)
                }
                && surname_word(k + 1)
        };
        if !words[i].capitalised
            || tag_or_link(text, &words[i])
            || (stop(i)
                && !numbered(i)
                && !named_after_speech(i)
                && !opens_title(text, words, i, lexicon, &is))
            || is_phrase_compound(word(i), lexicon)
        {
            i += 1;
            continue;
        }
        // A compound ends a name: "PvdD-leider", "CDA-Kamerlid" stand alone.
        let mut end = i + 1;
        let mut cut = compound_cut(word(i), lexicon);
        let mut too_long = false;
        // Extend over capitalised words, and particles followed by one right after a given name,
        // initials or an organisation's first word.
        while cut.is_none() {
            if numbered(end - 1) {
                end += 1;
                break;
            }
            // A suffix after a given name and a surname or more ends the name: "Martin Luther
            // King Jr." and "Speaker Nancy Pelosi" after it are two (but "Boyz II Men" is one).
            if end > i + 2 && is(end - 1, &lexicon.name_suffixes) {
                break;
            }
            let mut j = end;
            // Particles join a name after given names or initials ("Harry van der Molen"), a
            // particle ("Van der Laan") or an organisation word ("Partij van de Arbeid"), not
            // after a surname ("Baudet van Forum …").
            // (A title that opens them is the title's, not the name's: "Minister Hugo de
            // Jonge".) A word right after a lower-case title is a given name, in a list or not:
            // "aanvoerder Virgil van Dijk".
            let particles_here = (i..end).all(|k| {
                words[k].is_initials(text)
                    || is(k, &lexicon.first_names)
                    || is(k, &lexicon.particles)
                    || (k == i
                        && (is(k, &lexicon.organisation_words)
                            || is(k, &lexicon.place_heads)
                            || is(k, &lexicon.event_words)
                            || (end > i + 1 && (flags.title(k) || is(k, &lexicon.demonyms)))
                            || (end == i + 1 && after_lower_title(k))))
            });
            // After a title, a place, a country or an organisation is where the person is from
            // or works: "burgemeester Gerritsen van Almelo".
            let where_from = |k: usize| {
                is(k, &lexicon.places)
                    || is(k, &lexicon.countries)
                    || is(k, &lexicon.organisation_words)
                    || tokens::is_acronym(word(k))
            };
            // A particle that stands only inside persons' names joins after any first word
            // ("Osama bin Laden", "Ludwig van Beethoven").
            // So does a run of particles with one of those in it ("Rina van der Wal").
            let lower_particle = |k: usize| {
                words.get(k).is_some_and(|w| w.joined && !w.capitalised)
                    && is(k, &lexicon.particles)
            };
            let connector_next = lower_particle(end)
                && (is(end, &lexicon.name_connectors)
                    || (lower_particle(end + 1) && is(end + 1, &lexicon.name_connectors)));
            // After an organisation's word that ends it so far, too: "Royal College of
            // Nursing", "Hoge Raad der Nederlanden".
            let organisation_so_far = end > i + 1 && is(end - 1, &lexicon.organisation_words);
            if particles_here || connector_next || organisation_so_far {
                // After an organisation's word, an article after the particles is the name's
                // too: "Journal of the American Medical Association", "Raad van het Europees
                // Parlement".
                let after_organisation = is(end - 1, &lexicon.organisation_words);
                // The first may be capitalised after a given name, as Flemish names write it
                // ("Bart De Wever", "Herman Van Rompuy").
                while j < words.len()
                    && words[j].joined
                    && (!words[j].capitalised || (j == end && particles_here && end > i))
                    && (is(j, &lexicon.particles)
                        || (after_organisation && j > end && is(j, &lexicon.articles)))
                    && j - end < 3
                {
                    j += 1;
                }
                let organisation_only = (end..j).any(|k| is(k, &lexicon.organisation_particles));
                if organisation_only
                    && j - end > 1
                    && !is(i, &lexicon.organisation_words)
                    && !after_organisation
                {
                    j = end;
                }
                if j > end && j < words.len() && after_lower_title(i) && where_from(j) {
                    j = end;
                }
                // A particle that is also a place cue joins a person's name only, after a given
                // name or initials: "Piet te Velde", but "Hof te Arnhem" is two.
                if (end..j).any(|k| is(k, &lexicon.place_cues))
                    && !(i..end).all(|k| words[k].is_initials(text) || is(k, &lexicon.first_names))
                {
                    j = end;
                }
            }
            // Two words in capitals, then one that is not: a credit line ("TOUSSAINT KLUITERS
            // Pieter Heiligers"), not one name.
            let shouts = |k: usize| word(k).len() > 2 && !word(k).chars().any(char::is_lowercase);
            let shouting = end >= i + 2 && shouts(end - 1) && shouts(end - 2);
            // One word, an ampersand and one word are one name ("Marks & Spencer", "Ernst &
            // Young"); two people are not ("Stewart Gardner & Ben Hibbs"). A firm's word after
            // it joins a longer name too ("J.R. Hollis & Sons", "Baker Lane & Co").
            let ampersand = j < words.len()
                && words[j].after_ampersand
                && (end == i + 1
                    || is(j, &lexicon.organisation_words)
                    || is(j, &lexicon.legal_forms))
                && words[j].capitalised
                && words
                    .get(j + 1)
                    .is_none_or(|w| !(w.joined && w.capitalised));
            // A dateline, a place and a source's acronym before a dash, is two names:
            // "Washington CNN —", "Paris AFP –" (the brackets around the source lost);
            // elsewhere the acronym may end the name ("Amsterdam UMC").
            let source_after_place = end == i + 1
                && j == end
                && j < words.len()
                && (is(i, &lexicon.places) || is(i, &lexicon.countries))
                && word(j).len() >= 3
                && tokens::is_acronym(word(j))
                && text[words[j].span.end..]
                    .trim_start()
                    .starts_with(['—', '–', '-']);
            // A plural's possessive mark before an organisation's word is inside its name:
            // "Veterans’ Association", "the Growers' Union".
            let possessive = j == end
                && j < words.len()
                && matches!(words[j].before, Some('’' | '\''))
                && is(j, &lexicon.organisation_words)
                && {
                    let gap = &text[words[j - 1].span.end..words[j].span.start];
                    text[..words[j - 1].span.end].ends_with('s') && (gap == "’ " || gap == "' ")
                };
            // Two places in a row that no list names together are two ("dat Vlaanderen Brussel
            // loslaat"): "New York" or "Den Haag" is listed whole.
            let two_places = end == i + 1 && j == end && j < words.len() && {
                let place = |k: usize| is(k, &lexicon.places) || is(k, &lexicon.countries);
                place(i)
                    && place(j)
                    && lexicon.flags(&text[words[i].span.start..words[j].span.end])
                        & (lexicon.places.bit | lexicon.countries.bit)
                        == 0
            };
            if j < words.len()
                && !two_places
                && (words[j].joined || ampersand || possessive)
                && (words[j].capitalised || words[j].is_initials(text))
                && (!is(j, &lexicon.stop_words)
                    || (j == end
                        && is(end - 1, &lexicon.first_names)
                        && (end - 1 == i || flags.title(end - 2))
                        && plain_stop(j)))
                && (!shouting || shouts(j))
                && !source_after_place
            {
                if j + 1 - i > MAX_NAME_WORDS {
                    too_long = true;
                    break;
                }
                end = j + 1;
                cut = if is_syllable_pair(word(j)) {
                    None
                } else {
                    compound_cut(word(j), lexicon)
                };
            } else {
                break;
            }
        }
        // Capitalised words on and on are no name (a list, a heading in capitals, or text
        // made to be slow): the whole run is passed over, in one step.
        if too_long {
            while end < words.len()
                && words[end].joined
                && (words[end].capitalised || is(end, &lexicon.particles))
            {
                end += 1;
            }
            i = end;
            continue;
        }
        if cut.is_none()
            && let Some(joined) = joined_by_conjunction(text, words, i..end, lexicon, &is)
        {
            end = joined;
        }
        let stop = match cut {
            Some(at) => words[end - 1].span.start + at,
            None => words[end - 1].span.end,
        };
        // An event named after a place is no actor, nor is the place in its name: "Ronde van
        // Frankrijk", "Tour of Britain" (the known mentions inside it are taken in, and dropped).
        if end > i + 1 && is(i, &lexicon.event_words) && !words[i + 1].capitalised {
            let from = known.partition_point(|m| (m.span.end as usize) <= words[i].span.start);
            taken.extend(
                known[from..]
                    .iter()
                    .take_while(|m| (m.span.start as usize) < stop)
                    .map(|m| m.span.range()),
            );
            i = end;
            continue;
        }
        // Names the gazetteer knows are its own. A name right after one is a candidate of its
        // own ("minister van Buitenlandse Zaken Michael Pompeo"), or, when it names an
        // organisation in two words or more, the end of a longer name that takes the known one
        // in ("United Nations Security Council"); a lone word after one is none ("BBC Radio").
        let mut start = i;
        while start < end && overlaps(known, &words[start].span) {
            start += 1;
        }
        // An organisation's name that ends in a known name takes it in: "Zorgverzekeraars
        // Nederland", "Council of the European Union", "University of California" (the country
        // or place is the organisation's, no actor of its own). Not after a stop word that is
        // no particle or article: in "dat Jansen Nederland verliet" they are two.
        if start == i
            && let Some(m) = known_at_end(known, words, start..end, stop)
            && !(i > 0
                && words[i].joined
                && is(i - 1, &lexicon.stop_words)
                && !is(i - 1, &lexicon.particles)
                && !is(i - 1, &lexicon.articles))
            && !is(i, &lexicon.first_names)
            && !is(i, &lexicon.particles)
            && !is(i, &lexicon.stop_words)
            && let Some(mut candidate) = candidate(text, words, &flags, start..end, stop, lexicon)
            && candidate.votes.organisation > candidate.votes.person
            && candidate.span.start < m.span.start as usize
        {
            // (A first word before the known name alone is its own, not a sentence's opener:
            // the known name alone is no organisation.)
            if candidate.second == Some(m.span.start as usize) {
                candidate.second = None;
            }
            taken.push(m.span.range());
            out.push(candidate);
            i = end;
            continue;
        }
        if start < end
            && !overlaps(known, &(words[start].span.start..stop))
            && let Some(mut candidate) = candidate(text, words, &flags, start..end, stop, lexicon)
        {
            let after_known = start > i;
            let personal = is(start, &lexicon.first_names) || candidate.votes.person > 0;
            // An organisation word alone after a country's name is that country's institution
            // ("U.S. House", "UK Parliament").
            let after_country = || {
                let before = &words[start - 1];
                words[start].joined && lexicon.countries.contains(&text[before.span.clone()])
            };
            let longer_organisation = after_known
                && !personal
                && candidate.votes.organisation > 0
                && (end - start >= 2 || (end - start == 1 && after_country()));
            // The known mention holding the word before (the known mentions are sorted).
            let taken_in = longer_organisation
                .then(|| {
                    let before = &words[start - 1].span;
                    let at = known.partition_point(|m| (m.span.end as usize) < before.end);
                    known
                        .get(at)
                        .filter(|m| m.span.start as usize <= before.start)
                })
                .flatten();
            if let Some(k) = taken_in {
                candidate.words += text[k.span.range()].split(' ').count();
                candidate.span.start = k.span.start as usize;
                candidate.second = None;
                taken.push(k.span.range());
                out.push(candidate);
            } else if !after_known || end - start >= 2 || personal {
                // A title's possessive before an organisation word alone is part of its name:
                // "the President’s Office", "the Prime Minister's Office".
                if end - start == 1
                    && is(start, &lexicon.organisation_words)
                    && let Some(owner) = title_owner(text, candidate.span.start, lexicon)
                {
                    candidate.words += text[owner..candidate.span.start].split(' ').count() - 1;
                    candidate.span.start = owner;
                    candidate.second = None;
                    candidate.votes.organisation += 1;
                }
                out.push(candidate);
            }
        }
        i = end;
    }
}

/// The one known mention among words `range` when it starts at a word after the first and ends
/// the name at byte `stop`.
fn known_at_end<'k>(
    known: &'k [Mention],
    words: &[Token],
    range: Range<usize>,
    stop: usize,
) -> Option<&'k Mention> {
    let first = &words[range.start].span;
    let at = known.partition_point(|m| (m.span.end as usize) <= first.start);
    let m = known.get(at)?;
    let start = m.span.start as usize;
    (m.span.end as usize == stop
        && start > first.start
        && words[range.start + 1..range.end]
            .iter()
            .any(|w| w.span.start == start))
    .then_some(m)
}

/// Whether a number and a title in lower case follow byte `end`: " 12 student" after "Grade".
fn numbered_before_title(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(after) = rest[digits..].strip_prefix(' ').filter(|_| digits > 0) else {
        return false;
    };
    let title = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or_default();
    title.starts_with(char::is_lowercase) && lexicon.is_title(title)
}

/// The text before an owner's possessive mark and its space right before byte `at` ("Acme’s ",
/// "Acme's "), if one stands there.
fn owner_before(text: &str, at: usize) -> Option<&str> {
    let before = &text[..at];
    before
        .strip_suffix("’s ")
        .or_else(|| before.strip_suffix("'s "))
}

/// Where a capitalised title and its possessive mark right before byte `at` start, with one
/// more capitalised title word or stop word before it ("President’s ", "Prime Minister's ").
fn title_owner(text: &str, at: usize, lexicon: &Lexicon) -> Option<usize> {
    let owner = owner_before(text, at)?;
    let title = word_before(owner, owner.len());
    if !owner.ends_with(title) || !title.starts_with(char::is_uppercase) || !lexicon.is_title(title)
    {
        return None;
    }
    let mut start = owner.len() - title.len();
    let first = word_before(text, start);
    if owner[..start]
        .strip_suffix(' ')
        .is_some_and(|b| b.ends_with(first))
        && first.starts_with(char::is_uppercase)
        && !lexicon.articles.contains(first)
        && (lexicon.is_title(first) || lexicon.stop_words.contains(first))
        && !first.contains('-')
    {
        start -= first.len() + 1;
    }
    Some(start)
}

/// Whether a person's age follows byte `end`, where a name ends, as news gives it: in brackets
/// ("Noor (31)") or between commas ("Maggi Taylor, 59, said").
pub(super) fn aged_at(text: &str, end: usize) -> bool {
    let after = &text[end..];
    let (digits, close) = if let Some(rest) = after.strip_prefix(" (") {
        (rest, ')')
    } else if let Some(rest) = after.strip_prefix(", ") {
        (rest, ',')
    } else {
        return false;
    };
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&n) && digits[n..].starts_with(close)
}

/// Whether a person's role stands in apposition after byte `end`, between commas: a few words in
/// lower case that end in a title (", education spokesman,", ", de nieuwe burgemeester,").
pub(super) fn role_in_apposition(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let Some(after) = text[end..].strip_prefix(", ") else {
        return false;
    };
    let Some(phrase) = after
        .get(..after.len().min(APPOSITION_BYTES))
        .and_then(|head| head.split_once(','))
        .map(|(phrase, _)| phrase)
    else {
        return false;
    };
    let mut words = phrase.split(' ');
    let all_lower = words
        .clone()
        .all(|w| w.starts_with(|c: char| c.is_lowercase()));
    all_lower
        && words.clone().count() <= 4
        && words.next_back().is_some_and(|last| lexicon.is_title(last))
}

/// The most bytes a role in apposition between commas has (", education spokesman,").
const APPOSITION_BYTES: usize = 48;

/// The word that ends right before byte `at`, past spaces (none after a line break).
pub(super) fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches(' ');
    before
        .rsplit(|c: char| !is_alphanumeric(c) && c != '-')
        .next()
        .unwrap_or_default()
}

/// Whether a word is a hashtag or part of a web address ("#NowWeWin", "pic.twitter.com/Ab3xYz"),
/// which names no actor: a `#` glued before it, or a `/` glued before it with a full stop earlier
/// in the same run of characters (looked at up to a bound). (A handle, "@CityNews", names its
/// account's holder, and stays.)
fn tag_or_link(text: &str, word: &Token) -> bool {
    let before = &text.as_bytes()[..word.span.start];
    match before.last() {
        Some(b'#') => true,
        Some(b'/') => before[before.len().saturating_sub(100)..]
            .rsplit(u8::is_ascii_whitespace)
            .next()
            .is_some_and(|run| run.contains(&b'.')),
        _ => false,
    }
}

/// Whether `w`, the word of token `first`, is an abbreviation written in capitals after a word
/// in lower case, so an acronym: "de liberale MR" (not "Mr", not "MR." nor "MR SMITH").
fn abbreviation_as_acronym(text: &str, first: &Token, w: &str) -> bool {
    // (The word before is read last: most words are turned away before.)
    first.joined
        && !w.ends_with('.')
        && w.chars().all(char::is_uppercase)
        && is_abbreviation(w)
        && word_before(text, first.span.start).starts_with(char::is_lowercase)
}

/// Whether the word at `span` is one of the authors' initials that close a bracket, pairs of
/// capitals joined by slashes: "(…, TP/SK)".
fn authors_initials(text: &str, span: &Range<usize>) -> bool {
    const MOST: usize = 12;
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_uppercase() || b == b'/';
    let start = span.start
        - bytes[span.start.saturating_sub(MOST)..span.start]
            .iter()
            .rev()
            .take_while(|&&b| part(b))
            .count();
    let end = span.end
        + bytes[span.end..(span.end + MOST).min(bytes.len())]
            .iter()
            .take_while(|&&b| part(b))
            .count();
    let run = &text[start..end];
    bytes.get(end) == Some(&b')')
        && run.contains('/')
        && run.split('/').all(|initials| initials.len() == 2)
}

/// The acronym in brackets that opens `rest` (the text right after a name): " (NASA)",
/// " (DfE)"; two to ten letters, two capitals or more.
fn acronym_after(rest: &str) -> Option<&str> {
    let inside = rest.strip_prefix(" (")?;
    let close = inside.as_bytes().iter().take(11).position(|&b| b == b')')?;
    let acronym = &inside[..close];
    (acronym.chars().all(char::is_alphabetic)
        && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2)
        .then_some(acronym)
}

/// Whether the capitals of an `acronym` are the initials of the capitalised words of `name`,
/// the parts of a hyphenated word counted as one word or as several ("Inter-University").
fn initials_match(name: &str, acronym: &str) -> bool {
    let capitals = || acronym.chars().filter(|c| c.is_uppercase());
    [false, true].into_iter().any(|hyphens| {
        initials(name, hyphens)
            .filter(|c| c.is_uppercase())
            .eq(capitals())
    })
}

/// The first characters of the words of `name`, split at spaces, and at hyphens too where
/// `hyphens` says so.
pub(super) fn initials(name: &str, hyphens: bool) -> impl Iterator<Item = char> + '_ {
    name.split(move |c| c == ' ' || (hyphens && c == '-'))
        .filter_map(|w| w.chars().next())
}

/// The endings that make a party's member or a club's fan of its name ("VVD'er", "PSV'ers").
const MEMBER_ENDINGS: [&str; 4] = ["'ers", "'er", "’ers", "’er"];

/// The most letters of an abbreviated title of address ("Mr", "Ms", "Mrs", "Dr"): a title
/// after one is a surname.
const MAX_ADDRESS_LETTERS: usize = 3;

/// Whether a word is an amount of money with its currency glued on in a capital and one or two
/// lower-case letters ("Sh60", "Rs500", "Ksh1,200"), or in a capital alone with a decimal part
/// or a magnitude after the number ("R49.1", "R30bn", "N1.2bn"), no acronym with a number
/// ("G20", "F1", "M25") and no name with one ("Netwerk24", "Amersfoort2014").
fn is_amount(word: &str) -> bool {
    let bytes = word.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 || !bytes.get(letters).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let number = bytes[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    let magnitude = &word[letters + number..];
    if !matches!(
        magnitude,
        "" | "bn" | "m" | "mn" | "k" | "tn" | "mln" | "mld"
    ) {
        return false;
    }
    if letters == 1 {
        let decimal = bytes[letters..letters + number]
            .iter()
            .any(|b| matches!(b, b',' | b'.'));
        return decimal || !magnitude.is_empty();
    }
    bytes[1..letters].iter().all(u8::is_ascii_lowercase)
}

/// Whether a word is a numbered head, a full stop and a number written as one ("No.1", "No.2").
fn is_glued_rank(word: &str, lexicon: &Lexicon) -> bool {
    word.split_once('.').is_some_and(|(head, number)| {
        !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && lexicon.numbered_heads.contains(head)
    })
}

/// Where the name of `words[run]` ends when a conjunction joins it to the capitalised words
/// after it, as one organisation's name: "Food and Drug Administration", "Securities and
/// Exchange Commission". The words after it, two or more, end in an organisation word; those
/// before it are no person's (no given name or initials), no lone place, and end in no
/// organisation word, as two names joined would ("Labour Party and Conservative Party", "Oval
/// Office and White House", "Iran and Hamas Brigade", "Britain and European Union").
fn joined_by_conjunction(
    text: &str,
    words: &[Token],
    run: Range<usize>,
    lexicon: &Lexicon,
    is: &impl Fn(usize, &WordSet) -> bool,
) -> Option<usize> {
    let and = run.end;
    let conjunction = words.get(and).is_some_and(|w| w.joined && !w.capitalised)
        && is(and, &lexicon.conjunctions);
    let place = |k: usize| is(k, &lexicon.countries) || is(k, &lexicon.places);
    if !conjunction
        || is(run.end - 1, &lexicon.organisation_words)
        || (run.len() == 1 && place(run.start))
        || run
            .clone()
            .any(|k| is(k, &lexicon.first_names) || words[k].is_initials(text))
    {
        return None;
    }
    let mut end = and + 1;
    while end < words.len()
        && end - run.start < MAX_NAME_WORDS
        && words[end].joined
        && words[end].capitalised
        && !is(end, &lexicon.stop_words)
        && !is(end, &lexicon.first_names)
    {
        end += 1;
    }
    // (A plural organisation word names a party or a group that stands on its own: "Reform
    // and Liberal Democrats" are two.)
    let last = &text[words[end - 1].span.clone()];
    let plural = last.ends_with('s') && !last.ends_with("ss");
    if end > and + 2 && is(end - 1, &lexicon.organisation_words) && !plural {
        return Some(end);
    }
    // An organisation's word and a particle of organisations before the field it names take
    // a second field after the conjunction: "Department of Health and Human Services",
    // "Centre for Astronomy and Astrophysics"; not a name of another kind ("Bank of England and
    // Wales", "Ministry of Defence and NATO", "Office of Budget and Treasury Office").
    let organisation_of = (run.start + 1..run.end - 1).any(|k| {
        !words[k].capitalised
            && is(k, &lexicon.organisation_particles)
            && (run.start..k).any(|o| is(o, &lexicon.organisation_words))
    });
    let field = |k: usize| {
        !is(k, &lexicon.organisation_words)
            && !place(k)
            && !tokens::is_acronym(&text[words[k].span.clone()])
    };
    (organisation_of && end > and + 1 && (and + 1..end).all(field)).then_some(end)
}

/// The candidate made of `words[range]`, ending at byte `stop`, with the votes of its own words and of what stands around it; `None` where it is no name.
fn candidate(
    text: &str,
    words: &[Token],
    flags: &WordFlags,
    range: Range<usize>,
    stop: usize,
    lexicon: &Lexicon,
) -> Option<Candidate> {
    let word = |i: usize| &text[words[i].span.clone()];
    let is = |k: usize, set: &WordSet| flags.get(k) & set.bit != 0;
    let mut range = range;
    let mut stop = stop;
    let mut votes = Votes::default();
    // A title that opens a sentence is no part of the name after it ("Minister Cora van …",
    // "Kamerfractieleider Peter …"), nor is a place before a given name ("Antwerpen Tom
    // Meeuws", a dateline; "manager for Worcestershire Dave Throup", a place by its ending); a
    // title before one organisation word opens its name ("Premier League").
    // A party's member before a name is the person's title: "VVD'er Margeet Ramaker",
    // "CD&V’er Jan Smit".
    if range.len() >= 2
        && MEMBER_ENDINGS
            .iter()
            .filter(|end| !end.ends_with('s'))
            .any(|end| word(range.start).ends_with(end))
        && words[range.start + 1].capitalised
    {
        range.start += 1;
        votes.person += 2;
    }
    let place_first = |k: usize| is(k, &lexicon.places) || is(k, &lexicon.countries);
    let title_opens_organisation =
        range.len() == 2 && is(range.start + 1, &lexicon.organisation_words);
    if range.len() >= 2
        && ((flags.title(range.start) && !title_opens_organisation)
            || ((place_first(range.start)
                || lexicon.place_endings.is_ending_of(word(range.start)))
                && is(range.start + 1, &lexicon.first_names)))
    {
        range.start += 1;
        votes.person += 2;
    }
    // ... nor is a kind of organisation that opens a sentence before a name of one word:
    // "Carmaker Vantor said" names Vantor, an organisation (but a word that opens
    // organisations' names opens this one: "Club Brugge", "Team Boris").
    if range.len() == 2
        && words[range.start].sentence_start
        && is(range.start, &lexicon.organisation_titles)
        && !is(range.start, &lexicon.organisation_words)
    {
        range.start += 1;
        votes.organisation += 2;
    }
    // Whether the name from word `start` on follows a title and "van" ("minister van …").
    let after_title_van = |start: usize| {
        start >= 1
            && words[start].joined
            && word(start - 1) == "van"
            && lexicon.is_title(word_before(text, words[start - 1].span.start))
    };
    // A portfolio after a title ends at a given name that a capitalised word follows: in
    // "minister van Buitenlandse Zaken Stef Blok" the person's name is "Stef Blok".
    if after_title_van(range.start)
        && let Some(k) = (range.start + 1..range.end.saturating_sub(1)).find(|&k| {
            is(k, &lexicon.first_names) && words[k + 1].capitalised && words[k + 1].joined
        })
    {
        range.start = k;
        votes.person += 2;
    }
    // Nor is an adjective of a place before a person's name, which describes the person ("de
    // Iraanse Darius Kamranpour"): before a given name, or before two words or more that are
    // no organisation's, place's or adjective ("Europese Centrale Bank" stays whole); a given
    // name that ends alike is none ("Louise Anne Smith"). A word for someone from a place, only
    // before a given name ("de Nederlander Jan de Vries", but "Palestinian Red Crescent").
    // So is a place after a title and "van" before a name ("de gouverneur van Luhansk Serhiy
    // Haidai" is the governor's, not "Luhansk Serhiy Haidai"), listed or not.
    let title_of = after_title_van(range.start) && words[range.start - 1].joined;
    if range.len() >= 2
        && (flags.adjective(range.start)
            || title_of
            || is(range.start, &lexicon.demonyms)
            // (By its form only before a given name, where alone it is taken off.)
            || (is(range.start + 1, &lexicon.first_names)
                && lexicon.is_demonym_flagged(word(range.start), flags.get(range.start))))
        && !is(range.start, &lexicon.first_names)
    {
        let rest = range.start + 1..range.end;
        let before_given_name_only = !flags.adjective(range.start) && !title_of;
        let plain = |k: usize| {
            words[k].capitalised
                && !is(k, &lexicon.organisation_words)
                && !place_first(k)
                && !flags.adjective(k)
        };
        if is(rest.start, &lexicon.first_names)
            || (!before_given_name_only && rest.len() >= 2 && rest.clone().all(plain))
        {
            range.start += 1;
        }
    }
    // A title inside a name ends what stands before it, which is the title's own ("Crown
    // Prince Mohammed bin Salman", "House Speaker Nancy Pelosi"), where no given name or
    // initials stand before it and no organisation word after it; initials before a title
    // and a given name are a place's ("B.C. Premier David Eby"), and so is a given name before
    // a title, a given name and a surname ("Nelson Mayor Rachel Reese").
    if range.len() >= 3
        && let Some(t) = (range.start + 1..range.end - 1)
            .rev()
            .find(|&k| words[k].capitalised && flags.title(k))
        && words[t + 1].capitalised
        && (range.start..t).all(|k| {
            let named_after = is(t + 1, &lexicon.first_names);
            (!is(k, &lexicon.first_names) || (named_after && t + 2 < range.end))
                && (!words[k].is_initials(text) || named_after)
        })
        && (t + 1..range.end).all(|k| !is(k, &lexicon.organisation_words))
    {
        range.start = t + 1;
        votes.person += 2;
    }
    // The rest of a title in several words, or the institution a title names, before a given
    // name is the title's too: "Chief Executive Jan Kowalski" (after "Chief"), "Mother of the
    // House Ann Lee" ("House"); no word of it is a given name.
    if range.len() >= 3
        && let Some(k) = (range.start + 1..range.end - 1).find(|&k| is(k, &lexicon.first_names))
        && words[k + 1].capitalised
        && (k + 1..range.end).all(|t| !is(t, &lexicon.organisation_words))
        && (range.start..k).all(|t| {
            !is(t, &lexicon.first_names)
                && !words[t].is_initials(text)
                && (flags.title(t)
                    || is(t, &lexicon.common_words)
                    || is(t, &lexicon.organisation_words))
        })
    {
        range.start = k;
        votes.person += 2;
    }
    // A capitalised title after a given name and a surname is the person's role, written after
    // the name in a credit ("Jan Kowalski Woordvoerder"); a long title only, as a short one may
    // be a surname ("Martin Luther King").
    if range.len() >= 3
        && is(range.start, &lexicon.first_names)
        && stop == words[range.end - 1].span.end
        && word(range.end - 1).chars().count() > 6
        && flags.title(range.end - 1)
        && !is(range.end - 1, &lexicon.organisation_words)
    {
        range.end -= 1;
        stop = words[range.end - 1].span.end;
        votes.person += 2;
    }
    // A title after words of no name is a role, not a name: "Tory MP", "Executive Officer" (a
    // title in capitals, or one after common words only).
    if range.len() >= 2 && stop == words[range.end - 1].span.end {
        let last = word(range.end - 1);
        let role = flags.title(range.end - 1)
            && (range.start..range.end).all(|k| {
                !is(k, &lexicon.first_names)
                    && !words[k].is_initials(text)
                    && !is(k, &lexicon.organisation_words)
            })
            && (tokens::is_acronym(last)
                || (range.start..range.end - 1)
                    .all(|k| is(k, &lexicon.common_words) || flags.title(k) || flags.adjective(k)));
        if role {
            return None;
        }
    }
    // An adjective at the end before a lower-case word ("De Japanse regering") is none either.
    let next_lower = |end: usize| words.get(end).is_some_and(|w| w.joined && !w.capitalised);
    if range.len() >= 2
        && stop == words[range.end - 1].span.end
        && flags.adjective(range.end - 1)
        && next_lower(range.end)
    {
        range.end -= 1;
        stop = words[range.end - 1].span.end;
        while range.len() > 1 && !words[range.end - 1].capitalised {
            range.end -= 1;
            stop = words[range.end - 1].span.end;
        }
    }
    // A firm's legal form after its name is no part of it, as news names the firm without it
    // ("Siemens AG", "Tata Motors Co Ltd"); it still says the name is a firm's.
    let mut legal_form = false;
    while range.len() >= 2
        && stop == words[range.end - 1].span.end
        && is(range.end - 1, &lexicon.legal_forms)
    {
        range.end -= 1;
        stop = words[range.end - 1].span.end;
        legal_form = true;
    }
    // Members of a party or fans of a club, its name with "'ers" or "'er" glued on ("CDA'ers",
    // "PSV'er"), are a mention of it, not a name of their own.
    if let Some(end) = MEMBER_ENDINGS
        .iter()
        .find(|end| text[..stop].ends_with(*end))
        && stop - end.len() > words[range.end - 1].span.start
    {
        stop -= end.len();
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
        flags.get(range.start)
    } else {
        lexicon.flags(name)
    };
    let name_is = |set: &WordSet| name_flags & set.bit != 0;
    // An age in brackets after a name marks a person, also one whose name is a word for a people:
    // "zegt Noor (31)".
    let aged = aged_at(text, stop);
    if single && !aged {
        let w = name;
        // (The token's own answer, where the name is its whole word.)
        let adjective = || {
            if stop == last.span.end {
                flags.adjective(range.start)
            } else {
                lexicon.is_adjective(w)
            }
        };
        if w.chars().count() < 2
            || (name_is(&lexicon.stop_words) && !abbreviation_as_acronym(text, first, w))
            || name_is(&lexicon.demonyms)
            // A rank with its number glued on ("the world No.1") is no name, unless listed.
            || (is_glued_rank(w, lexicon)
                && !name_is(&lexicon.places)
                && !name_is(&lexicon.countries))
            // A legal form alone names no firm ("Copyright The Jiji Press, Ltd."), nor a kind of
            // institution ("the Government", "Police said").
            || name_is(&lexicon.legal_forms)
            || name_is(&lexicon.generic_nouns)
            || authors_initials(text, &span)
            || w.chars().all(|c| c.is_ascii_digit())
            || is_amount(w)
            || (adjective() && next_lower)
            // ... nor after an article, where it is a noun for someone from a place: "aldus de
            // Vlissingse".
            || (adjective()
                && first.joined
                && lexicon
                    .articles
                    .contains(word_before(text, first.span.start)))
            || (lexicon.is_demonym_flagged(w, name_flags) && !tokens::is_acronym(w))
            // A title written as an acronym ("de CEO van KLM") names no one by itself; an
            // abbreviated title alone ("Lt." before "Gen. Mark Hertling") neither. In capitals
            // after a word in lower case an abbreviation is an acronym ("de liberale MR"), as
            // "Mr" or "Dr" is never written so there.
            || ((tokens::is_acronym(w) && name_is(&lexicon.person_titles)
                || is_abbreviation(w.strip_suffix('.').unwrap_or(w)))
                && !abbreviation_as_acronym(text, first, w))
            // A title alone after an article or another title is a role, not a name: "the
            // Speaker told", "the Chief Whip", "Deputy Speaker"; not after an abbreviated
            // title of address, where it is a surname: "Ms Bishop", "Mr Judge".
            || (name_is(&lexicon.person_titles) && first.joined && {
                let before = word_before(text, first.span.start);
                lexicon.articles.contains(before)
                    || (before.starts_with(char::is_uppercase)
                        && lexicon.is_title(before)
                        && before.chars().count() > MAX_ADDRESS_LETTERS)
            })
            // A word with a number before a title in lower case describes the person after
            // it: "Grade 12 student Danielle Nurse", "Year 9 pupil".
            || numbered_before_title(text, stop, lexicon)
            // A common word before a capitalised title is the title's own: "Housing" of
            // "Housing Minister Michael Gove", "Foreign" of "Foreign Secretary".
            || (name_is(&lexicon.common_words)
                && words.get(range.end).is_some_and(|next| {
                    next.joined && next.capitalised && flags.title(range.end)
                }))
        {
            return None;
        }
    }
    // A people or a group of title holders is no actor, even after a capitalised word: "South
    // Africans", "North Korean", "Tory MPs" (but after a given name it is a surname: "David
    // Dutch").
    // (A surname with its particle, written so after a given name before, is no people: "Van
    // Grieken benadrukt".)
    // (The look back for the surname, kilobytes long, comes last: only a name that ends in a
    // people needs it.)
    if !single
        && !tokens::is_acronym(last_word)
        && if stop == last.span.end {
            lexicon.is_demonym_flagged(last_word, flags.get(range.end - 1))
        } else {
            lexicon.is_demonym(last_word)
        }
        && !is(range.start, &lexicon.first_names)
        && (!is(range.start, &lexicon.particles)
            || !opens_a_surname_written_before(text, words, range.start))
    {
        return None;
    }
    // A group of people is no actor: "Tory MPs", "Government Ministers".
    if tokens::is_plural_acronym(last_word) || (!single && lexicon.group_nouns.contains(last_word))
    {
        return None;
    }
    // Menu entries of a scraped page glued together ("NewsPress ReleasesOfficial
    // PublicationsSector", "SummaryQuotesChartsNews"): three turns from lower case to a capital,
    // or two words with one, where a name has one at most ("McDonald", "LinkedIn", "Ron
    // DeSantis", "GlaxoSmithKline" two).
    let (turns, turned_words) = humps(name);
    if turns >= 3 || turned_words >= 2 {
        return None;
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
    // A quoted title: the whole of a quotation ('De Tandeloze Tijd', “Long Tall Sally,”), or
    // inside one written in Title Case (“Why Do Fools Fall in Love”).
    let quoted = matches!(first.before, Some('‘' | '“' | '„' | '\'' | '"' | '’' | '«'))
        && closes_quotation(&text[stop..])
        && count >= 2;
    if quoted || in_quoted_title(text, span.clone()) {
        return None;
    }
    // The particles in lower case inside the name ("van", "of"), gone over where asked about
    // rather than gathered in a Vec for every candidate.
    let lower_particles = || {
        (range.start..range.end).filter(|&i| !words[i].capitalised && !words[i].is_initials(text))
    };
    let has_lower_particles = lower_particles().next().is_some();
    if name_is(&lexicon.countries) {
        votes.country += 3;
    } else if name_is(&lexicon.places) {
        votes.place += 3;
    }
    // "Gulf of Mexico", "Isle of Wight": a place's head, "of" and a name.
    if has_lower_particles && is(range.start, &lexicon.place_heads) {
        votes.place += 3;
    }
    // "River Wye", "Rivers Severn", "Lake Geneva", "Mount Kenya": a word that opens places'
    // names only.
    if count >= 2 && lexicon.opens_a_place(word(range.start)) {
        votes.place += 3;
    }
    if legal_form
        || (range.start..range.end).any(|i| is(i, &lexicon.organisation_words))
        || lower_particles().any(|i| is(i, &lexicon.organisation_particles))
    {
        votes.organisation += 2;
    }
    // A name that opens with an acronym of three letters or more is an institution's: "ETH
    // Zurich", "BBC World Service" (two capitals may be a person's initials: "JD Vance"; a
    // name in capitals throughout is shouted, "TOUSSAINT KLUITERS"; a given name after the
    // acronym starts a person's name, "NPR Liz Baker").
    let first_word = word(range.start);
    let shouted = (range.start..range.end).all(|k| !word(k).chars().any(char::is_lowercase));
    let acronym_opens = count >= 2
        && first_word.len() >= 3
        && tokens::is_acronym(first_word)
        && !shouted
        && !is(range.start + 1, &lexicon.first_names);
    if acronym_opens {
        votes.organisation += 1;
    }
    // Names joined by an ampersand are a firm's or a paper's: "Marks & Spencer".
    // (A look for the character first: most names have none.)
    if name.contains('&') && name.contains(" & ") {
        votes.organisation += 2;
    }
    if single && tokens::is_acronym(name) && votes.country == 0 && votes.place == 0 {
        votes.organisation += 2;
    }
    // "Schaepmanstraat", "Downing Street", "Ziggo Dome".
    // A whole last word counts after a capitalised one only: "Darling Close", but not the
    // surname "Van der Laan".
    // (After a given name, such a word is a surname: "Ellen Park".)
    let whole_word_ending = count >= 2
        && words[range.end - 2].capitalised
        && !(count == 2 && is(range.start, &lexicon.first_names))
        && lexicon.place_endings.contains(last_word);
    if lexicon.place_endings.is_ending_of(last_word) || whole_word_ending {
        // More than initials or a given name: "J.C. Beetslaan", "Darling Close".
        votes.place += 3;
    }
    // An adjective inside a name makes it no person's: "Christen Democratische Verkenningen",
    // "Koninklijke Nederlandse Akademie" (at its end, it may be a surname: "Adrie Evertse").
    let inner = range.start + 1..range.end.saturating_sub(1);
    if inner
        .into_iter()
        .any(|i| words[i].capitalised && flags.adjective(i))
    {
        votes.organisation += 2;
    }
    // A name cut short before a title it is the first part of is the title's party, firm or
    // body: "Groene Kring-voorzitter Bram Van Hecke", "KLM-woordvoerder" (a listed place or
    // country says more: "VS-president").
    if stop < last.span.end
        && text[stop..last.span.end]
            .strip_prefix('-')
            .is_some_and(|rest| lexicon.is_title(rest))
    {
        votes.organisation += 3;
    }
    let initials = (range.start..range.end).any(|i| words[i].is_initials(text));
    if aged
        || initials
        || (count >= 2 && is(range.start, &lexicon.first_names))
        || role_in_apposition(text, stop, lexicon)
        || (has_lower_particles && votes.organisation == 0 && count >= 3)
    {
        votes.person += 2;
    }
    // A place cue right before it: "in Glanerbrug", "uit Staphorst".
    let after_place_cue = range.start.checked_sub(1).is_some_and(|before| {
        first.joined && !words[before].capitalised && is(before, &lexicon.place_cues)
    });
    // "in May" is a month, not a place nor Theresa May.
    if single && after_place_cue && lexicon.is_name_month(name) {
        return None;
    }
    // What stands before: a title, a place cue, an article.
    if let Some(before) = range.start.checked_sub(1).filter(|_| first.joined) {
        let w = word(before);
        // A portfolio after a government member's title is no actor: "minister van
        // Economische Zaken" (but the party after another title is: "leider van D66").
        let portfolio = w == "van"
            && words[before].joined
            && lexicon.is_portfolio_title(word_before(text, words[before].span.start));
        if portfolio {
            return None;
        }
        // (A title before such an institution is a person's who works there: "bestuurder
        // FNV Metaal".)
        if (is(before, &lexicon.person_titles) || lexicon.is_title(w)) && !acronym_opens {
            votes.person += 2;
        } else if after_place_cue && single {
            votes.place += 1;
        } else if single && is(before, &lexicon.organisation_titles) {
            // "the union Unison", "carmaker Vantor", "de vakbond FNV".
            votes.organisation += 2;
        } else if is(before, &lexicon.workplace_words)
            && before > 0
            && words[before].joined
            && !words[before - 1].capitalised
            && flags.title(before - 1)
        {
            // Where someone with a title works: "an analyst with Soleil Securities",
            // "economist at Goldman Sachs" (a given name at its start says less),
            // "woordvoerder bij Vitens".
            votes.organisation += 3;
        } else if !words[before].capitalised && matches!(w, "de" | "het") && single {
            votes.organisation += 1;
        }
        // (Not for the first part of a compound: in "zo fulmineert D66-fractievoorzitter …"
        // the party is no one who speaks.)
        if is(before, &lexicon.speech_words) && stop == words[range.end - 1].span.end {
            votes.person += 1;
        }
    }
    // A word before a title in lower case and a name is the person's party, firm or place:
    // "Tory leader Anna Novak", "Google founder Larry Page" (so no one's surname by itself); so
    // are words of a name that nothing else says is a person's: "said Morningstar Research analyst
    // Ali Mogharabi".
    // (A title in capitals is one too: "Uber CEO Travis Kalanick".)
    let unlisted_name = count >= 2 && votes.person <= 1 && !initials;
    if (single || unlisted_name)
        && words.get(range.end).is_some_and(|w| {
            w.joined && (!w.capitalised || tokens::is_acronym(&text[w.span.clone()]))
        })
        && words
            .get(range.end + 1)
            .is_some_and(|w| w.joined && w.capitalised)
        && flags.title(range.end)
    {
        votes.organisation += if single { 1 } else { 2 };
    }
    // (Not after a place cue: in "Henk Jansen uit Staphorst zegt" Staphorst is where the
    // speaker is from.)
    if range.end < words.len()
        && words[range.end].joined
        && is(range.end, &lexicon.speech_words)
        && !(single && after_place_cue)
    {
        votes.person += 1;
    }
    // A minister's portfolio before the title, with nothing else to say it names an actor:
    // "German Foreign Minister", "Home Affairs Minister".
    let title_after = words.get(range.end).is_some_and(|next| {
        next.joined && next.capitalised && is(range.end, &lexicon.portfolio_titles)
    });
    if title_after && votes == Votes::default() {
        return None;
    }
    // A place's name before other words: "Ireland Fire and Rescue", "Texas Instruments".
    // ... and so is an adjective before a noun: "Buitenlandse Zaken", "Nationale Politie".
    if count >= 2
        && votes == Votes::default()
        && (is(range.start, &lexicon.countries)
            || is(range.start, &lexicon.places)
            || flags.adjective(range.start))
    {
        votes.organisation += 1;
    }
    // The title of a paper or a work ("The Sun", "The Washington Post", "Het Parool") is no
    // person's, even as the subject of a reporting verb ("meldt Het Parool").
    if count >= 2
        && is(range.start, &lexicon.title_articles)
        && !is(range.start + 1, &lexicon.first_names)
        && votes.person <= 1
    {
        votes.organisation += 2;
    }
    // ... and so is a paper named whole whose title opens with "De", which opens surnames too:
    // "De Telegraaf", "De Standaard".
    if count >= 2 && name_is(&lexicon.paper_names) {
        votes.organisation += 3;
    }
    // Frequent words after an owner's possessive: a department, a programme or a product.
    let owned_common_words = count >= 2
        && (range.start..range.end).all(|k| is(k, &lexicon.common_words))
        && owner_before(text, span.start).is_some();
    // Words of a department between an owner's possessive and a title in lower case before a
    // name are the person's department, no actor: "the agency’s Public Relations officer Ann
    // Lee", "Acme's Human Resources chief Bo Li".
    if owned_common_words
        && words
            .get(range.end)
            .is_some_and(|w| w.joined && !w.capitalised)
        && flags.title(range.end)
        && words
            .get(range.end + 1)
            .is_some_and(|w| w.joined && w.capitalised)
    {
        return None;
    }
    // An acronym in brackets right after the name, of its capitalised words' initials, says
    // the name is an organisation's and whole, its first word too where it opens a sentence:
    // "National Aeronautics and Space Administration (NASA)".
    let spelled_out = count >= 2
        && acronym_after(&text[stop..]).is_some_and(|acronym| initials_match(name, acronym));
    if spelled_out {
        votes.organisation += 3;
    }
    // A number word opening a name inside a sentence opens a place's ("in Thousand Oaks",
    // "Three Rivers").
    if count >= 2 && votes == Votes::default() && is(range.start, &lexicon.number_words) {
        votes.place += 1;
    }
    let guess = count >= 2 && votes == Votes::default();
    // A number after a word is a name only where a list or a word of it says so ("Number 10",
    // "Radio 4"), not a rank ("the world No 1").
    if guess && last_word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if guess {
        // Capitalised words in a row are most often a person's name; but not when they end in
        // a short acronym ("Harbour FM", "Sky TV"), as a station's, a firm's or a body's name
        // does.
        // (A surname in capitals is longer: "Issam AHMED".) Nor are frequent words after an
        // owner's possessive ("Harbour FM’s Evening Desk"), a programme's or a product's name.
        // Nor when it ends in a frequent word in the plural, as a team's or a firm's does
        // ("Golden State Warriors", "Lothian Buses", "Samsung Electronics"), opens with a place
        // of two or three words ("Los Angeles Lakers"), or opens with a compound ending in an
        // organisation's word ("Zorggroep Treant", "Hockeyclub Walcheren").
        let plural_noun = last_word.len() > 3
            && last_word.ends_with('s')
            && is(range.end - 1, &lexicon.common_words);
        let place_opens = (2..=3.min(count - 1)).any(|n| {
            let end = words[range.start + n - 1].span.end;
            lexicon.flags(&text[span.start..end]) & (lexicon.places.bit | lexicon.countries.bit)
                != 0
        });
        let thing = (tokens::is_acronym(last_word)
            && last_word.len() <= 4
            && !tokens::is_acronym(word(range.start)))
            || owned_common_words
            || plural_noun
            || place_opens
            || lexicon.is_organisation_compound(word(range.start));
        if thing {
            votes.organisation += 1;
        } else {
            votes.person += 1;
        }
    }
    // A title alone is no name ("het Kamerlid"), unless something says it is a person's
    // ("trainer Advocaat", "Advocaat zei"). One that opens a sentence is left to the test of
    // every sentence opener, which keeps it where the article writes it capitalised inside a
    // sentence as well: the surname "Advocaat" of "zei Advocaat. Advocaat leeft mee …".
    if single && votes.person == 0 && lexicon.is_title(name) && !first.sentence_start {
        return None;
    }
    // Words for the people of a place of several words are no name: "New Zealanders" (but "the
    // New Yorker", after an article, may be a magazine).
    if !single
        && lexicon.is_people_of_named_place(name)
        && !(name.ends_with("er")
            && lexicon
                .title_articles
                .contains(word_before(text, first.span.start)))
    {
        return None;
    }
    // Nor is a title in capitals that a particle goes on from: it is the start of a longer
    // title, "meldt Commissaris van de Koning Hans Oosters", "Minister of State", whatever a
    // reporting verb before it says.
    if single
        && lexicon.is_title(name)
        && !first.sentence_start
        && words.get(range.end).is_some_and(|next| {
            next.joined && !next.capitalised && is(range.end, &lexicon.particles)
        })
    {
        return None;
    }
    // (A place listed whole is no sentence opener before a name: "Den Helder".)
    let plain_first = count >= 2
        && !spelled_out
        && !name_is(&lexicon.places)
        && !name_is(&lexicon.countries)
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
        guess,
        headline: false,
        shouted: false,
        second: plain_first
            .then(|| (range.start + 1..range.end).find(|&k| words[k].capitalised))
            .flatten()
            .map(|k| words[k].span.start),
    })
}
