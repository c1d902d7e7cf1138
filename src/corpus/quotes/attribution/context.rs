//! Whose words a quotation with no reporting clause of its own are: the one the sentences before
//! it are about. That is the subject of a reporting verb there ("Coleman explains how …"), else
//! the person a sentence opens with, after a role ("Kamerfractieleider Peter De Roover gaf Beke
//! …"); never an owner ("Ferguson's side"), a name after a preposition or one further on in a
//! list ("met naast Van Grieken ook Barbara Pas en Chris Janssens").

use std::ops::Range;

use super::{Analysis, Said};
use crate::corpus::actors::ActorKind;
use crate::corpus::article::ActorId;
use crate::corpus::quotes::units::Unit;
use crate::corpus::sentences::SENTENCE_ENDS;

/// How many sentences back a statement with nothing around it looks for the one it continues.
const SENTENCES_BACK: usize = 3;

/// How many units into its sentence the person it opens with may stand ("Kamerfractieleider
/// Peter De Roover").
const OPENING_UNITS: usize = 3;

/// How many units into a sentence that names no one its subject pronoun may stand, after a
/// phrase and the verb ("Ook over het EK had hij …").
const SUBJECT_PRONOUN_UNITS: usize = 8;

/// How many units a phrase before a sentence's subject and its comma may have ("On hearing the
/// objection, …").
const LEADING_PHRASE_UNITS: usize = 8;

impl Analysis<'_> {
    /// The speaker of a quotation at unit `u` that opens its sentence with nothing after it, from
    /// the sentence `before` it: `Some` when that sentence decides (the speaker of a quotation
    /// in it, the subject of a reporting verb in it, or the person it opens with).
    pub(super) fn continued_from(&self, u: usize, before: Range<usize>) -> Option<Option<ActorId>> {
        let units = &self.units;
        let previous_quote = units[before.clone()]
            .iter()
            .rev()
            .find_map(|unit| match unit {
                Unit::Quote(q) => Some(*q),
                _ => None,
            });
        if let Some(q) = previous_quote {
            return Some(self.quotes[q].speaker);
        }
        // "LTO geeft geen commentaar, zegt bestuurder Dirk Bruins. „…”": a reporting clause after
        // a comma that names a person after its verb reports the whole sentence, and she goes
        // on.
        let reporter = before.clone().skip(1).find_map(|c| {
            if units[c - 1] != Unit::Punct(',')
                || !self.is_word_in(units[c], &self.words.speech_cues)
            {
                return None;
            }
            match self.said_after(units, c, before.end, false) {
                Some(Said::Actor(a)) if self.kind(a) == ActorKind::Person => Some(a),
                _ => None,
            }
        });
        if reporter.is_some() {
            return Some(reporter);
        }
        for c in before.clone() {
            if !self.is_word_in(units[c], &self.words.speech_cues) {
                continue;
            }
            // The subject right before its verb, even where the speaker may follow the verb: in
            // "De Roover gaf Beke …" Beke is the one spoken to.
            if let Some(a) = self.subject_right_before(units, before.start, c) {
                return Some(Some(a));
            }
            // The person the sentence opens with, before the verb, past an apposition: "Jan
            // Sinnige, voorzitter van het ISO, gaf de minister er flink van langs."
            if let Some(a) = self.opening_person(units, before.start..c) {
                return Some(Some(a));
            }
            let said = self
                .said_after(units, c, before.end, false)
                .or_else(|| self.said_by_subject(units, before.start, c));
            // "Daarmee doelt hij op …, schrijft het AD. „…”": an organisation that reports the
            // sentence after a comma passes on the words of the person the sentence is about.
            if let Some(Said::Actor(a)) = said
                && self.kind(a) == ActorKind::Organisation
                && c > before.start + 1
                && units[c - 1] == Unit::Punct(',')
                && let Some(subject) = self.reported_subject(units, before.start..c - 1)
            {
                return Some(self.resolve(subject, u));
            }
            if let Some(said) = said {
                return Some(self.resolve(said, u));
            }
        }
        // No reporting verb: the person the sentence before is about ("Advocaat zag dat …
        // . „…”"), when it opens with one.
        self.opening_person(units, before).map(Some)
    }

    /// The speaker of words said at unit `u` (sentence `s`) with nothing around them to say
    /// whose: the person the last few sentences of the paragraph are about, nearest first;
    /// else the last person named in the sentence before, else the person the text is about,
    /// named last in this paragraph or the one before ("Volgens Verheijen … . ‘Dit hadden we niet
    /// verwacht.’").
    pub(super) fn statement_speaker(&self, s: usize, u: usize) -> Option<ActorId> {
        let units = &self.units;
        // "Smit feliciteerde De Boer en wenste hem „…”": the person the quotation's own sentence
        // opens with, before any sentence before it.
        // (Not "M. begrijpt haar opmerking „…” niet": her words, whoever she is.)
        let own = self.sentences[s].start..u;
        let owned = units[own.start.max(u.saturating_sub(3))..u]
            .iter()
            .any(|&unit| self.is_word_in(unit, &self.words.possessives));
        if !owned && let Some(a) = self.opening_person(units, own) {
            return Some(a);
        }
        let about = (s.saturating_sub(SENTENCES_BACK)..s)
            .rev()
            .find_map(|b| self.sentence_subject(units, self.sentences[b].clone()));
        if about.is_some() {
            return about;
        }
        // "De Nederlander heeft een band met zijn landgenoot Fabio Jakobsen. „…”": a sentence
        // before that opens with a pronoun or a role as its subject is about the one it stands
        // for, not about whom it names after it.
        if let Some(b) = s.checked_sub(1)
            && let Some(said) = self.opening_anaphor(units, self.sentences[b].clone())
        {
            let named: Vec<Unit> = units[self.sentences[b].clone()]
                .iter()
                .filter(|unit| matches!(unit, Unit::Actor(_)))
                .copied()
                .collect();
            if let Some(a) = self.resolve_except(said, u, &named) {
                return Some(a);
            }
        }
        let named_before = s.checked_sub(1).and_then(|b| {
            units[self.sentences[b].clone()]
                .iter()
                .rev()
                .find_map(|&unit| match unit {
                    Unit::Actor(a) if self.kind(a) == ActorKind::Person => Some(a),
                    _ => None,
                })
        });
        named_before
            .or_else(|| self.nearest_speaker_since(u, self.floor))
            .or_else(|| self.spoken_of_before(u))
            .or_else(|| self.previous_speaker_since(s, u))
            .or_else(|| self.speaker_over_quiet_paragraphs(s, u))
    }

    /// For a quotation that opens its paragraph (or its sentence, after sentences naming no one)
    /// after one or two quiet paragraphs (a heading, a sentence that names no one): the person
    /// who spoke last before them, whose interview goes on ("„…”, zegt bondscoach Verhulst. / De vaccinaties / Er is nog een factor. / „…”").
    fn speaker_over_quiet_paragraphs(&self, s: usize, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        // It opens its sentence, and what stands before it in its paragraph is quiet too: the
        // writer's question ("Of toch maar samenwerken? „…”"), naming no one, not even by a role
        // ("De openbare aanklager was scherp. „…”"), though it may name a place, as a quiet
        // paragraph may ("Ook betekent de aanpak van Amersfoort dat … . „…”").
        let sentence = self.sentences[s].start;
        let names_someone = |unit: Unit| match unit {
            Unit::Actor(a) => self.kind(a) != ActorKind::Place,
            Unit::Quote(_) => true,
            _ => self.is_role(unit),
        };
        let opens = self.units[sentence..u]
            .iter()
            .all(|unit| matches!(unit, Unit::Punct(_)))
            && !self.units[..sentence]
                .iter()
                .any(|&unit| names_someone(unit))
            && !(0..s).any(|b| self.opens_with_someone_new(b));
        if !self.after_quiet || !opens {
            return None;
        }
        let speaker = self.quotes[..q].last()?.speaker?;
        // (Not where its paragraph names another person: "„Het spijt me.” Burgemeester Fred
        // Veenstra heeft zijn excuses aangeboden.")
        let someone_else = self.units.iter().any(|&unit| {
            matches!(unit, Unit::Actor(a) if a != speaker && self.kind(a) == ActorKind::Person)
        });
        (self.kind(speaker) == ActorKind::Person && !someone_else).then_some(speaker)
    }

    /// The speaker of the quotation before the one at unit `u`, quoted in this paragraph or the
    /// one before, a person: who goes on where no one is named since, the quotation before
    /// having been given to her by a role or a pronoun ("„…”, legt de bestuursvoorzitter uit.
    /// De operaties gaan door. „…”").
    /// Not after a sentence that opens with an indefinite article, someone new and not named
    /// ("Een buurman had het niet in de gaten. „…”").
    fn previous_speaker_since(&self, s: usize, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        if (s.saturating_sub(1)..=s).any(|b| self.opens_with_someone_new(b)) {
            return None;
        }
        self.previous_person_speaker(q).map(|(_, speaker)| speaker)
    }

    /// Whether sentence `b` opens with an indefinite article: someone new and not named ("Een
    /// buurman …").
    fn opens_with_someone_new(&self, b: usize) -> bool {
        self.units
            .get(self.sentences[b].start)
            .is_some_and(|&unit| self.is_word_in(unit, &self.words.indefinites))
    }

    /// The subject of the sentence `s` that a short quotation at unit `u` stands inside, with
    /// words before it and after it: the person or organisation the sentence opens with, or the
    /// one a subject pronoun opening it stands for. Not where an owner's word stands right
    /// before the quotation ("begrijpt haar opmerking „…” niet").
    pub(super) fn phrase_speaker(&self, s: usize, u: usize) -> Option<ActorId> {
        let units = &self.units;
        let sentence = self.sentences[s].clone();
        // In brackets after words of its sentence, it is an aside of the sentence, also at its
        // end, and owned by no noun before it ("baalde van zijn ploeg (“het was slap”)"): a
        // person's who the sentence opens with or a pronoun stands for.
        let bracketed = u > sentence.start + 1
            && units[u - 1] == Unit::Punct('(')
            && units.get(u + 1) == Some(&Unit::Punct(')'));
        let inside = u > sentence.start
            && (bracketed
                || units[u + 1..sentence.end]
                    .iter()
                    .any(|unit| !matches!(unit, Unit::Punct(_))));
        let owned = !bracketed
            && units[sentence.start.max(u.saturating_sub(3))..u]
                .iter()
                .any(|&unit| self.is_word_in(unit, &self.words.possessives));
        if !inside || owned {
            return None;
        }
        let own = sentence.start..u;
        if let Some(a) = self.opening_person(units, own.clone()) {
            return Some(a);
        }
        let first = units[own.clone()]
            .iter()
            .position(|&unit| {
                !self.is_word_in(unit, &self.words.openers)
                    && !self.is_word_in(unit, &self.words.fillers)
            })
            .map(|k| own.start + k)?;
        match units[first] {
            // (Not an aside in brackets: "Het museum is verwant aan X (‘een kleinere versie’)"
            // compares, and the words are the writer's or a source's.)
            Unit::Actor(a)
                if self.kind(a) == ActorKind::Organisation
                    && !bracketed
                    && !self.is_possessor(units, first)
                    && units
                        .get(first + 1)
                        .is_some_and(|&w| matches!(w, Unit::Word(..))) =>
            {
                Some(a)
            }
            unit if first + 1 < u && self.is_word_in(unit, &self.words.subject_pronouns) => {
                self.resolve(Said::Anaphor, u)
            }
            // "De provincie Limburg wil ‘op korte termijn’ in gesprek": a place's government
            // ("the province of Ontario wants …" too).
            _ if self.body(units, first).is_some()
                && let Some(&Unit::Actor(a)) = units.get(first + 1)
                && matches!(self.kind(a), ActorKind::Place | ActorKind::Country) =>
            {
                Some(a)
            }
            _ if let Some(place) = self.governed_place(units, first) => Some(place),
            // "De groep vreest dat de plannen ‘een doodsteek’ zijn": the organisation the noun
            // stands for.
            _ if !bracketed
                && let Some(said @ Said::Body(..)) = self.body(units, first)
                && matches!(units.get(first + 1), Some(Unit::Word(..))) =>
            {
                self.resolve(said, u)
            }
            // A role that opens the sentence, past a word before it, is its subject: "The health
            // minister appealed to them to come ‘on time’", "De reporter kan het ‘wanbeleid’
            // niet meer aanzien".
            _ => (first..u.min(first + 2))
                .find(|&r| self.is_role(units[r]))
                .filter(|&r| r + 1 < u && matches!(units[r + 1], Unit::Word(..)))
                .and_then(|r| self.resolve(self.role_said(units, r), u)),
        }
    }

    /// For the quotation at unit `u`, opening its paragraph after a paragraph that ends in a
    /// colon: the first person the colon's sentence names outside quotations, else its first
    /// organisation ("De vaststellingen van Audit Vlaanderen zijn snoeihard:").
    pub(super) fn introduced_by_colon(&self, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let start = self.quotes[q].span.start as usize;
        let before = self.text.get(self.floor as usize..start)?.trim_end();
        if self.floor == 0 || !before.ends_with(':') {
            return None;
        }
        let sentence_start = self.floor as usize
            + before
                .trim_end_matches(':')
                .rfind(['.', '!', '?', '\n'])
                .map_or(0, |k| k + 1);
        let end = self.floor as usize + before.len();
        let first = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < sentence_start);
        let named = || {
            self.mentions[first..]
                .iter()
                .take_while(|m| (m.span.end as usize) <= end)
                .filter(|m| !self.in_quotation(m))
        };
        named()
            .find(|m| self.kind(m.actor) == ActorKind::Person)
            .or_else(|| named().find(|m| self.kind(m.actor) == ActorKind::Organisation))
            .map(|m| m.actor)
    }

    /// For a paragraph that is only the quotation at unit `u`, after a paragraph that names no
    /// one and whose last sentence speaks of someone as "he" or "she" ("It is as if he talks to
    /// himself, out loud. / “Keep pressing!”"): the person that pronoun stands for.
    fn spoken_of_before(&self, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let only_quotation = self
            .units
            .iter()
            .enumerate()
            .all(|(k, unit)| k == u || matches!(unit, Unit::Punct(_)));
        let before = self
            .text
            .get(self.floor as usize..self.quotes[q].span.start as usize)?;
        if !only_quotation || self.floor == 0 || before.contains(['"', '“', '”', '„']) {
            return None;
        }
        let last = before
            .trim_end()
            .trim_end_matches(SENTENCE_ENDS)
            .rsplit(SENTENCE_ENDS)
            .next()?;
        if !last
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| self.words.singular_pronouns.contains(w))
        {
            return None;
        }
        // "The Speaker, who …, acknowledged that he was aware …": a sentence that opens with a
        // role after the definite article is about the one who has that role ("the Speaker Tom
        // Baird"), not about the last who spoke.
        let mut words = last
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty());
        if let (Some(article), Some(noun)) = (words.next(), words.next())
            && self.words.fillers.contains(article)
            && !self.words.indefinites.contains(article)
            && (self.words.role_nouns.contains(noun) || self.lexicon.is_title(noun))
        {
            let start = noun.as_ptr() as usize - self.text.as_ptr() as usize;
            return self.resolve(Said::Role(start as u32, (start + noun.len()) as u32), u);
        }
        self.nearest_speaker_since(u, 0)
    }

    /// The person a sentence is about: the subject of its last reporting verb that has a person
    /// right before it, else the person it opens with.
    fn sentence_subject(&self, units: &[Unit], sentence: Range<usize>) -> Option<ActorId> {
        sentence
            .clone()
            .rev()
            .filter(|&c| self.is_word_in(units[c], &self.words.speech_cues))
            .find_map(|c| self.subject_right_before(units, sentence.start, c))
            .filter(|&a| self.kind(a) == ActorKind::Person)
            .or_else(|| self.opening_person(units, sentence))
    }

    /// The person a clause is about: the first person named in it, not an owner nor after a
    /// preposition, else a subject pronoun in it ("Daarmee doelt hij op …").
    fn reported_subject(&self, units: &[Unit], clause: Range<usize>) -> Option<Said> {
        clause.clone().find_map(|i| match units[i] {
            Unit::Actor(a)
                if self.kind(a) == ActorKind::Person
                    && !self.is_possessor(units, i)
                    && !self.after_preposition(units, clause.start, i) =>
            {
                Some(Said::Actor(a))
            }
            unit if self.is_word_in(unit, &self.words.subject_pronouns) => Some(Said::Anaphor),
            _ => None,
        })
    }

    /// The subject a sentence opens with when it is a pronoun ("Hij heeft …") or a role or
    /// demonym after a definite article ("De minister heeft …", "De Nederlander heeft …"), and
    /// no name follows it ("De Nederlander Dylan van Baarle" is a person it opens with).
    fn opening_anaphor(&self, units: &[Unit], sentence: Range<usize>) -> Option<Said> {
        let first = *units.get(sentence.start)?;
        if sentence.len() > 2 && self.is_word_in(first, &self.words.subject_pronouns) {
            return Some(Said::Anaphor);
        }
        // "Ook over het EK had hij veel te klagen.": a sentence that names no person and has a
        // subject pronoun after its verb, in a language with inversion, is about the one it
        // stands for.
        if self.words.inversion
            && units[sentence.clone()].iter().all(|&unit| match unit {
                Unit::Actor(a) => self.kind(a) != ActorKind::Person,
                Unit::Quote(_) => false,
                _ => true,
            })
            && units[sentence.clone()]
                .iter()
                .take(SUBJECT_PRONOUN_UNITS)
                .any(|&unit| self.is_word_in(unit, &self.words.subject_pronouns))
        {
            return Some(Said::Anaphor);
        }
        let i = sentence.start + 1;
        if i + 1 >= sentence.end
            || !self.is_word_in(first, &self.words.fillers)
            || self.is_word_in(first, &self.words.indefinites)
            || !matches!(units[i + 1], Unit::Word(..))
        {
            return None;
        }
        let Unit::Word(s, e) = units[i] else {
            return None;
        };
        (self.is_role(units[i]) || self.lexicon.is_demonym(&self.text[s as usize..e as usize]))
            .then(|| self.role_said(units, i))
    }

    /// The person a sentence opens with, after at most a few words (a role, a title): not an
    /// owner ("Ferguson's side …") nor a name after a preposition. A short phrase that names no
    /// one and ends in a comma may come first: "On hearing the objection, Cllr Tom Neary …".
    fn opening_person(&self, units: &[Unit], sentence: Range<usize>) -> Option<ActorId> {
        self.opening_person_here(units, sentence.clone())
            .or_else(|| {
                let comma = units[sentence.clone()]
                    .iter()
                    .take(LEADING_PHRASE_UNITS)
                    .position(|&unit| unit == Unit::Punct(','))?;
                let phrase = &units[sentence.start..sentence.start + comma];
                (comma > 0 && phrase.iter().all(|unit| matches!(unit, Unit::Word(..))))
                    .then_some(())?;
                self.opening_person_here(units, sentence.start + comma + 1..sentence.end)
            })
    }

    /// [`Analysis::opening_person`], with the person at the very start of `sentence`.
    fn opening_person_here(&self, units: &[Unit], sentence: Range<usize>) -> Option<ActorId> {
        let start = sentence.start;
        // A role joined to an organisation by a hyphen counts as one word: "CNV-onderhandelaar
        // Arthur Bot".
        let hyphened = |k: usize| {
            units.get(k + 1) == Some(&Unit::Punct('-'))
                && matches!(units.get(k + 2), Some(Unit::Word(..)))
        };
        let mut i = start;
        let mut words = 0;
        while i < sentence.end && words < OPENING_UNITS {
            match units[i] {
                Unit::Actor(_) if hyphened(i) => i += 2,
                Unit::Actor(_) => break,
                _ => {}
            }
            i += 1;
            words += 1;
        }
        if i >= sentence.end || words >= OPENING_UNITS {
            return None;
        }
        let Unit::Actor(a) = units[i] else {
            return None;
        };
        (self.kind(a) == ActorKind::Person
            && units[start..i].iter().enumerate().all(|(k, unit)| {
                matches!(unit, Unit::Word(..))
                    || (*unit == Unit::Punct('-') && k > 0)
                    || (matches!(unit, Unit::Actor(_)) && hyphened(start + k))
            })
            && !self.is_possessor(units, i)
            && !self.after_preposition(units, start, i))
        .then_some(a)
    }
}
