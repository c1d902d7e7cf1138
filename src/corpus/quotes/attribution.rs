//! Who said a quotation.
//!
//! Attribution works on a paragraph as a list of units (words, punctuation, actor mentions and
//! whole quotations), split into sentences. In order, a quotation's speaker is:
//! 1. the actor named by a reporting clause after it in its sentence ("…", aldus Stoltenberg);
//! 2. the actor of a reporting clause before it in its sentence (Zelensky herhaalde dat „…”;
//!    Lavrov: „…”; volgens de president „…”);
//! 3. for a quotation that opens its sentence with nothing reported around it: the speaker of a
//!    quotation in the sentence before (a continued quotation), or the actor of a reporting clause
//!    in the sentence before (Lavrov zegt dat … . „…”);
//! 4. the actor of a following "Dat heeft X gezegd" sentence;
//! 5. for a heading that is a quotation: the speaker of the first quotation under it.
//!
//! A pronoun or role noun (hij, ze, de minister) stands for the nearest person named before the
//! quotation outside quotations; an impersonal "luidde het" continues the previous speaker. An actor
//! named inside a quotation is never its speaker. Where none of this applies, there is no speaker.
//! The words come from the language file ([`crate::corpus::language`]).

use std::ops::Range;

use super::units::{Unit, sentences_of, units_of};
use crate::corpus::actors::ActorKind;
use crate::corpus::article::{ActorId, Mention, Paragraph, Quote};
use crate::corpus::discover::{Kinds, Lexicon};
use crate::corpus::language::{QuoteWords, Words};

/// How many of the people named last before a quotation a pronoun may stand for.
const RECENT_PEOPLE: usize = 4;

/// How many words may stand before a subject in its clause ("De Zuid-Koreaanse president Yoon
/// …", "In de wegrit toonde Sonny Colbrelli …").
const SUBJECT_DEPTH: usize = 4;

/// What a reporting clause names as the speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Said {
    Actor(ActorId),
    /// A pronoun or role noun: the nearest person named before.
    Anaphor,
    /// "luidde het", "klinkt het": the previous speaker goes on.
    Impersonal,
}

/// Finds the speaker of every quotation of an article, in place.
pub(super) fn attribute(
    text: &str,
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    kinds: Kinds,
    (words, lexicon): (&QuoteWords, &Lexicon),
    quotes: &mut [Quote],
) {
    let mut analysis = Analysis {
        text,
        kinds,
        lexicon,
        words,
        units: Vec::new(),
        sentences: Vec::new(),
        mentions,
        quotes,
        previous: None,
        heading: false,
        floor: 0,
    };
    analysis.attribute(paragraphs);
}

struct Analysis<'a> {
    text: &'a str,
    words: &'a QuoteWords,
    kinds: Kinds<'a>,
    /// The language's titles, for roles ("de KLM-topvrouw").
    lexicon: &'a Lexicon,
    /// The units of the paragraph being attributed (a paragraph's quotations need no other
    /// paragraph's units), and its sentences as ranges of unit indices. The buffers are reused
    /// from paragraph to paragraph.
    units: Vec<Unit>,
    sentences: Vec<Range<usize>>,
    mentions: &'a [Mention],
    quotes: &'a mut [Quote],
    /// The speaker of the quotation that ended the paragraph before, if it had one.
    previous: Option<ActorId>,
    /// Whether the paragraph being attributed is a heading or the title.
    heading: bool,
    /// Where the paragraph before the one being attributed starts: how far back a quotation
    /// with nothing around it looks for its speaker.
    floor: u32,
}

impl Analysis<'_> {
    /// Whether a unit is one of the (ASCII, lower-case) words of `list`, ignoring case; no
    /// allocation, as this runs for every word around every quotation.
    #[inline]
    fn is_word_in(&self, unit: Unit, list: &Words) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        list.contains(&self.text[s as usize..e as usize])
    }

    /// Whether a unit is a role noun or a title that stands for a person ("de minister", "de
    /// KLM-topvrouw").
    fn is_role(&self, unit: Unit) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        self.is_word_in(unit, &self.words.role_nouns)
            || self.lexicon.is_title(&self.text[s as usize..e as usize])
    }

    /// Whether a unit is the (ASCII, lower-case) word `word`, ignoring case.
    fn is_word(&self, unit: Unit, word: &str) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        self.text[s as usize..e as usize].eq_ignore_ascii_case(word)
    }

    fn kind(&self, actor: ActorId) -> ActorKind {
        self.kinds.kind(actor)
    }

    fn attribute(&mut self, paragraphs: &[Paragraph]) {
        // Paragraph by paragraph, in order: a speaker may continue one of a quotation before.
        let mut first = 0;
        while let Some(quote) = self.quotes.get(first) {
            let p = quote.paragraph;
            units_of(
                self.text,
                paragraphs[p as usize].span,
                self.mentions,
                self.quotes,
                &mut self.units,
            );
            let lexicon = self.lexicon;
            sentences_of(
                &self.units,
                self.text,
                self.quotes,
                |word| lexicon.person_titles.contains(word),
                &mut self.sentences,
            );
            self.heading = paragraphs[p as usize].heading || p == 0;
            self.floor = paragraphs[(p as usize).saturating_sub(1)].span.start;
            // The speaker of the paragraph before's last quotation, when that paragraph ends with
            // it or with the clause that reports it: a quotation that opens this paragraph may go
            // on from it.
            self.previous = first
                .checked_sub(1)
                .filter(|&q| {
                    self.quotes[q].paragraph + 1 == p && self.ends_paragraph(q, paragraphs)
                })
                .and_then(|q| self.quotes[q].speaker);
            for s in 0..self.sentences.len() {
                for u in self.sentences[s].clone() {
                    if let Unit::Quote(q) = self.units[u] {
                        self.quotes[q].speaker = self.speaker_of(s, u);
                    }
                }
            }
            first += self.quotes[first..].partition_point(|q| q.paragraph == p);
        }
        // Headings (and the title) that are quotations take the speaker of the first quotation
        // under them.
        for q in 0..self.quotes.len() {
            let p = self.quotes[q].paragraph as usize;
            if self.quotes[q].speaker.is_some() || !(paragraphs[p].heading || p == 0) {
                continue;
            }
            let section_end = paragraphs[p + 1..]
                .iter()
                .position(|para| para.heading)
                .map_or(paragraphs.len(), |i| p + 1 + i);
            self.quotes[q].speaker = self.quotes[q + 1..]
                .iter()
                .take_while(|other| (other.paragraph as usize) < section_end)
                .find_map(|other| other.speaker);
        }
    }

    /// Whether quotation `q` ends its paragraph: only punctuation after it, or a short clause
    /// that reports it (“…,” she said.).
    fn ends_paragraph(&self, q: usize, paragraphs: &[Paragraph]) -> bool {
        let quote = &self.quotes[q];
        let Some(paragraph) = paragraphs.get(quote.paragraph as usize) else {
            return false;
        };
        let end = (paragraph.span.end as usize).max(quote.span.end as usize);
        let after = &self.text[quote.span.end as usize..end];
        if after.chars().all(|c| !c.is_alphanumeric()) {
            return true;
        }
        // At most a few words, one of them a reporting verb, and no sentence after them.
        let words: Vec<&str> = after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let one_sentence = !after
            .trim_end()
            .trim_end_matches(['.', '!', '?'])
            .contains(['.', '!', '?']);
        words.len() <= 4 && one_sentence && words.iter().any(|w| self.words.speech_cues.contains(w))
    }

    fn speaker_of(&self, s: usize, u: usize) -> Option<ActorId> {
        let units = &self.units;
        let sentence = self.sentences[s].clone();
        // 1. A reporting clause after the quotation: its subject before the verb ("…," Smith
        // said; „…”, Jansen zei), else the speaker after it („…”, zei Jansen).
        for c in u + 1..sentence.end {
            if !self.is_word_in(units[c], &self.words.speech_cues) {
                continue;
            }
            if let Some(said) = self.subject_between(units, u + 1, c) {
                return self.resolve(said, u);
            }
            if let Some(said) = self.said_after(units, c, sentence.end, true) {
                return self.resolve(said, u);
            }
        }
        // 2. A reporting clause before it.
        if let Some(said) = self.said_before(units, sentence.start, u) {
            return self.resolve(said, u);
        }
        // 3. A quotation that opens its sentence continues the sentence before.
        let opens_sentence = units[sentence.start..u].iter().all(|&unit| {
            matches!(unit, Unit::Punct(_)) || self.is_word_in(unit, &self.words.openers)
        });
        let nothing_after = units[u + 1..sentence.end]
            .iter()
            .all(|unit| matches!(unit, Unit::Punct(_)));
        // 2b. A quotation that ends its sentence with ? or ! and a reporting clause that makes a
        // sentence of its own: "…?" Raddatz asked.
        if units[u + 1..sentence.end].is_empty()
            && let Some(next) = self.sentences.get(s + 1)
            && next.len() <= 5
        {
            let clause = next.start..next.end.min(next.start + 4);
            for c in clause.clone() {
                if !self.is_word_in(units[c], &self.words.speech_cues) {
                    continue;
                }
                let said = self
                    .subject_between(units, next.start, c)
                    .or_else(|| self.said_after(units, c, next.end, false));
                if let Some(said) = said {
                    return self.resolve(said, u);
                }
            }
        }
        // 3a. A quotation that opens its paragraph goes on from the one that ended the paragraph
        // before.
        if opens_sentence && nothing_after && s == 0 && self.previous.is_some() && !self.heading {
            return self.previous;
        }
        if opens_sentence && nothing_after && s > 0 {
            let before = self.sentences[s - 1].clone();
            let previous_quote = units[before.clone()]
                .iter()
                .rev()
                .find_map(|unit| match unit {
                    Unit::Quote(q) => Some(*q),
                    _ => None,
                });
            if let Some(q) = previous_quote {
                return self.quotes[q].speaker;
            }
            for c in before.clone() {
                if self.is_word_in(units[c], &self.words.speech_cues) {
                    let said = self
                        .said_after(units, c, before.end, false)
                        .or_else(|| self.said_by_subject(units, before.start, c));
                    if let Some(said) = said {
                        return self.resolve(said, u);
                    }
                }
            }
            // No reporting verb: the person the sentence before is about ("Advocaat zag dat …
            // . „…”"), when it opens with one.
            let opening = units[before.clone()]
                .iter()
                .take(3)
                .find_map(|&unit| match unit {
                    Unit::Actor(a) => Some(a),
                    _ => None,
                });
            if let Some(a) = opening.filter(|&a| self.kind(a) == ActorKind::Person) {
                return Some(a);
            }
        }
        // 4. "Dat heeft X gezegd." in the next sentence.
        if let Some(next) = self.sentences.get(s + 1) {
            let starts_with_dat = self.is_word(units[next.start], &self.words.that);
            let has_cue = units[next.clone()]
                .iter()
                .any(|&x| self.is_word_in(x, &self.words.speech_cues));
            if starts_with_dat && has_cue {
                return self.first_actor(&units[next.clone()]);
            }
        }
        // 6. Words said with nothing around them to say whose: the person the text is about,
        // named last in this paragraph or the one before ("Volgens Verheijen … . ‘Dit hadden we
        // niet verwacht.’").
        // A heading's quotation waits for the first one under it (below).
        if !self.heading && self.is_statement(u) {
            let named_before = s.checked_sub(1).and_then(|b| {
                units[self.sentences[b].clone()]
                    .iter()
                    .rev()
                    .find_map(|&unit| match unit {
                        Unit::Actor(a) if self.kind(a) == ActorKind::Person => Some(a),
                        _ => None,
                    })
            });
            return named_before.or_else(|| self.nearest_person_since(u, self.floor));
        }
        None
    }

    /// Whether the quotation at unit `u` reads as something said, not a term quoted: four words
    /// or more, or a sentence.
    fn is_statement(&self, u: usize) -> bool {
        let Unit::Quote(q) = self.units[u] else {
            return false;
        };
        let inner = self.text[self.quotes[q].inner.range()].trim_end();
        inner.ends_with(['.', '!', '?', '…']) || inner.split_whitespace().nth(3).is_some()
    }

    /// The speaker named right after a cue at `c`, looking no further than `end`.
    /// With `loose`, the first actor in the next few units counts ("zei onderminister van
    /// Buitenlandse Zaken Sergej Rjabkov"); otherwise it must follow at once.
    fn said_after(&self, units: &[Unit], c: usize, end: usize, loose: bool) -> Option<Said> {
        let limit = end.min(c + 1 + if loose { 7 } else { 3 });
        let mut i = c + 1;
        while i < limit {
            match units[i] {
                // A place never speaks: "zei Trump in Washington" is Trump's.
                Unit::Actor(a) if self.kind(a) == ActorKind::Place => {}
                // "zegt de KLM-topvrouw": a role, not the organisation.
                Unit::Actor(_)
                    if units.get(i + 1) == Some(&Unit::Punct('-'))
                        && units.get(i + 2).is_some_and(|&unit| self.is_role(unit)) =>
                {
                    return Some(self.role_at(units, i + 2, limit));
                }
                Unit::Actor(a) => return Some(Said::Actor(a)),
                Unit::Quote(_) => return None,
                Unit::Punct(ch) if ".;:!?".contains(ch) => return None,
                Unit::Punct(_) => {}
                unit => {
                    if self.is_word_in(unit, &self.words.pronouns) {
                        return Some(Said::Anaphor);
                    }
                    if self.is_word(unit, &self.words.impersonal)
                        && !matches!(units.get(i + 1), Some(Unit::Actor(_) | Unit::Word(..)))
                    {
                        return Some(Said::Impersonal);
                    }
                    if self.is_role(unit) {
                        return Some(self.role_at(units, i, limit));
                    }
                    // "zei de ex-militair,": someone described, named before.
                    if loose && i == c + 1 && self.is_word(unit, "de") && self.described(units, i) {
                        return Some(Said::Anaphor);
                    }
                    if !loose && !self.is_word_in(unit, &self.words.fillers) {
                        return None;
                    }
                    // "klaagde over paniekzaaierij in het Westen": what follows is no speaker.
                    if self.is_word_in(unit, &self.words.speaker_stops) {
                        return None;
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// Who a role at unit `i` stands for: the person named in the title phrase ("zei
    /// onderminister van Buitenlandse Zaken Sergej Rjabkov"), else the person named before ("zei
    /// de minister").
    fn role_at(&self, units: &[Unit], i: usize, limit: usize) -> Said {
        let named = units[i + 1..limit].iter().find_map(|&next| match next {
            Unit::Actor(a) if self.kind(a) == ActorKind::Person => Some(Some(a)),
            Unit::Punct(_) | Unit::Quote(_) => Some(None),
            unit if self.is_word_in(unit, &self.words.speaker_stops) => Some(None),
            _ => None,
        });
        named.flatten().map_or(Said::Anaphor, Said::Actor)
    }

    /// Whether the article at unit `i` opens a description of a person that ends the clause:
    /// one to three lower-case words and then punctuation ("de extreemrechtse president,",
    /// "de ex-militair.").
    fn described(&self, units: &[Unit], i: usize) -> bool {
        let mut words = 0;
        for &unit in units.iter().skip(i + 1).take(4) {
            match unit {
                Unit::Word(s, _) if self.text[s as usize..].starts_with(char::is_lowercase) => {
                    if self.is_word_in(unit, &self.words.speaker_stops) {
                        return words > 0;
                    }
                    words += 1;
                }
                Unit::Punct(',' | '.' | ';' | '!' | '?') => return words > 0,
                _ => return false,
            }
        }
        false
    }

    /// The subject right before a reporting verb at `c` that follows a quotation (units from
    /// `start`): an actor, a pronoun or a role, with at most fillers and punctuation between
    /// ("…," the senator said; "…," he added).
    fn subject_between(&self, units: &[Unit], start: usize, c: usize) -> Option<Said> {
        let mut i = c;
        // An apposition between commas may stand between the subject and its verb: "…," Pitney's
        // tour manager, James Kelly, told …; "…," Neil Katyal, attorney for …, said.
        let mut in_apposition = false;
        while i > start && c - i < 12 {
            i -= 1;
            match units[i] {
                Unit::Actor(a) if self.kind(a) != ActorKind::Place => return Some(Said::Actor(a)),
                Unit::Quote(_) => return None,
                Unit::Punct(',') if i + 1 == c || in_apposition => in_apposition = true,
                Unit::Punct(_) => return None,
                _ if in_apposition => {}
                Unit::Actor(_) => return None,
                unit if self.is_word_in(unit, &self.words.pronouns) => return Some(Said::Anaphor),
                unit if self.is_role(unit) => return Some(Said::Anaphor),
                unit if self.is_word_in(unit, &self.words.fillers) => {}
                _ => return None,
            }
        }
        None
    }

    /// The subject of a cue at `c`: the nearest person or pronoun before it in the sentence,
    /// else the nearest organisation or country.
    fn said_by_subject(&self, units: &[Unit], start: usize, c: usize) -> Option<Said> {
        let mut fallback = None;
        for &unit in units[start..c].iter().rev() {
            match unit {
                Unit::Actor(a) if self.kind(a) == ActorKind::Person => return Some(Said::Actor(a)),
                Unit::Actor(a) if self.kind(a) != ActorKind::Place => {
                    fallback.get_or_insert(Said::Actor(a));
                }
                unit if self.is_word_in(unit, &self.words.pronouns) || self.is_role(unit) => {
                    return fallback.or(Some(Said::Anaphor));
                }
                _ => {}
            }
        }
        fallback
    }

    /// A reporting clause before the quotation at `u` in its sentence.
    fn said_before(&self, units: &[Unit], start: usize, u: usize) -> Option<Said> {
        for c in (start..u).rev() {
            if !self.is_word_in(units[c], &self.words.speech_cues) {
                continue;
            }
            // The subject right before its verb: "Harbers belooft de Kamer ’…’"; not a name
            // after a preposition ("Over de invasie van Oekraïne zei …").
            let after_preposition = |b: usize| {
                b > start
                    && (self.is_word(units[b - 1], &self.words.of)
                        || self.is_word_in(units[b - 1], &self.words.speaker_stops))
            };
            if let Some(b) = c.checked_sub(1).filter(|&b| b >= start)
                && let Unit::Actor(a) = units[b]
                && self.kind(a) != ActorKind::Place
                && !after_preposition(b)
                && !self.is_word_in(units[c], &self.words.speaker_after_only)
            {
                return Some(Said::Actor(a));
            }
            if let Some(said) = self.said_after(units, c, u, false) {
                return Some(said);
            }
            let after_only = self.is_word_in(units[c], &self.words.speaker_after_only);
            if !after_only && let Some(said) = self.said_by_subject(units, start, c) {
                return Some(said);
            }
        }
        if u < 2 || units[u - 1] != Unit::Punct(':') {
            return None;
        }
        // "Trump bij gesprek met Biden: ‘…’": the person the clause opens with.
        let opening = units[start..u - 1]
            .iter()
            .find(|unit| !matches!(unit, Unit::Punct(_)));
        if let Some(&Unit::Actor(a)) = opening
            && self.kind(a) == ActorKind::Person
        {
            return Some(Said::Actor(a));
        }
        // "Lavrov: „…”"
        match units[u - 2] {
            Unit::Actor(a) if self.kind(a) == ActorKind::Person => return Some(Said::Actor(a)),
            unit if self.is_word_in(unit, &self.words.pronouns) => return Some(Said::Anaphor),
            _ => {}
        }
        // "Zijn collega, de burgemeester van Haarlem: „…”": the nearest speaker before the colon.
        self.said_by_subject(units, start, u - 1)
    }

    fn first_actor(&self, units: &[Unit]) -> Option<ActorId> {
        let actors = || {
            units.iter().filter_map(|u| match u {
                Unit::Actor(a) => Some(*a),
                _ => None,
            })
        };
        actors()
            .find(|&a| self.kind(a) == ActorKind::Person)
            .or_else(|| actors().find(|&a| self.kind(a) != ActorKind::Place))
    }

    fn resolve(&self, said: Said, u: usize) -> Option<ActorId> {
        match said {
            Said::Actor(a) => Some(a),
            Said::Anaphor => self.nearest_person_before(u),
            Said::Impersonal => {
                let this = match self.units[u] {
                    Unit::Quote(q) => q,
                    _ => return None,
                };
                // "it said": the previous speaker, else the organisation named before.
                self.quotes[..this]
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker)
                    .or_else(|| self.nearest_before(u, |kind| kind == ActorKind::Organisation))
                    .or_else(|| self.nearest_person_before(u))
            }
        }
    }

    /// The nearest actor of a kind `wanted` named before unit `u` (a quotation), outside
    /// quotations.
    fn nearest_before(&self, u: usize, wanted: impl Fn(ActorKind) -> bool) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let end = self.mentions.partition_point(|m| m.span.start < before);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|m| {
                wanted(self.kind(m.actor)) && {
                    let i = self.quotes.partition_point(|q| q.span.end <= m.span.start);
                    !self.quotes.get(i).is_some_and(|q| q.span.contains(m.span))
                }
            })
            .map(|m| m.actor)
    }

    /// The nearest person named before unit `u` of the paragraph, outside quotations.
    fn nearest_person_before(&self, u: usize) -> Option<ActorId> {
        self.nearest_person_since(u, 0)
    }

    /// The nearest person named before unit `u` (a quotation) and from byte `floor` on, outside
    /// quotations; from the start of the text, the first person named after it if none is before.
    fn nearest_person_since(&self, u: usize, floor: u32) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let inside_quote = |m: &Mention| {
            let i = self.quotes.partition_point(|q| q.span.end <= m.span.start);
            self.quotes.get(i).is_some_and(|q| q.span.contains(m.span))
        };
        let end = self.mentions.partition_point(|m| m.span.start < before);
        let person = |m: &&Mention| self.kind(m.actor) == ActorKind::Person && !inside_quote(m);
        // The nearest person who is the subject of a sentence, of the last few named: "Hij
        // prees zijn voorganger Frans Timmermans …, herhaalde hij" is not Timmermans's.
        let first = self.mentions.partition_point(|m| m.span.start < floor);
        let recent: Vec<&Mention> = self.mentions[first.min(end)..end]
            .iter()
            .rev()
            .filter(person)
            .take(RECENT_PEOPLE)
            .collect();
        recent
            .iter()
            .find(|m| self.is_subject(m))
            .or(recent.first())
            .copied()
            // Where no one is named before ("zei hij" in the opening line), the first after.
            .or_else(|| {
                (floor == 0)
                    .then(|| self.mentions[end..].iter().find(person))
                    .flatten()
            })
            .map(|m| m.actor)
    }

    /// Whether a quotation ends at byte `end` and closes a clause: its words end with a stop or a
    /// comma, or a comma follows it („…”, zei Jansen; "…," Smith said). A quotation inside a
    /// sentence ("de "dictatuur" van Maduro") closes none.
    fn closes_clause_at(&self, end: usize) -> bool {
        let i = self.quotes.partition_point(|q| (q.span.end as usize) < end);
        let Some(quote) = self.quotes.get(i).filter(|q| q.span.end as usize == end) else {
            return false;
        };
        self.text[quote.inner.range()]
            .trim_end()
            .ends_with(['.', ',', '!', '?', '…'])
            || self.text[end..].trim_start().starts_with(',')
    }

    /// Whether a mention opens its sentence's clause: no pronoun, no other person and no
    /// preposition right before it in its sentence, and few words before it in its clause (so it
    /// is likely the subject, not an object).
    fn is_subject(&self, mention: &Mention) -> bool {
        let start = mention.span.start as usize;
        let before = &self.text[..start];
        let sentence_start = before
            .char_indices()
            .rev()
            .find(|&(i, c)| match c {
                '.' | '!' | '?' | '\n' | ':' => true,
                _ => self.closes_clause_at(i + c.len_utf8()),
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = &self.text[sentence_start..start];
        let pronoun = clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.words.pronouns.contains(word));
        let from = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < sentence_start);
        let other_person = self.mentions[from..]
            .iter()
            .take_while(|m| (m.span.end as usize) <= start)
            .any(|m| self.kind(m.actor) == ActorKind::Person);
        // A name after a preposition is none ("de sluiting van Kramer").
        let after_preposition = clause
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|word| !word.is_empty())
            .is_some_and(|word| {
                word.eq_ignore_ascii_case(&self.words.of) || self.words.speaker_stops.contains(word)
            });
        // A subject comes early in its clause, or after the reporting verb that opens it ("…”,
        // zei onderminister van Buitenlandse Zaken Sergej Rjabkov"); a name deep in a clause is in
        // one of its own
        // ("noch over de manier waarop premier Rutte …").
        let clause_tail = clause.rsplit(',').next().unwrap_or(clause);
        let mut tail_words = clause_tail
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty());
        let deep = tail_words.clone().nth(SUBJECT_DEPTH).is_some()
            && !tail_words
                .next()
                .is_some_and(|word| self.words.speech_cues.contains(word));
        !pronoun && !other_person && !after_preposition && !deep
    }
}
