//! Whom a pronoun, a role or an impersonal "het" stands for: the person named before a quotation
//! who was the subject of a clause, of the last few named.

use std::ops::Range;

use super::super::units::is_abbreviated_title;
use super::{Analysis, Said};
use crate::corpus::actors::ActorKind;
use crate::corpus::article::{ActorId, Mention, Quote};
use crate::corpus::discover::is_compound_ending_in;
use crate::corpus::quotes::units::Unit;
use crate::corpus::sentences::SENTENCE_ENDS;

/// How many of the people (not mentions) named last before a quotation a pronoun may stand for.
const RECENT_PEOPLE: usize = 4;

/// How many words may stand before a subject in its clause ("De Zuid-Koreaanse president Yoon
/// …", "In de wegrit toonde Sonny Colbrelli …").
const SUBJECT_DEPTH: usize = 4;

/// How many words into its sentence a name is someone named in passing, not whom words with
/// nothing around them go on from.
const OBJECT_DEPTH: usize = 8;

/// How many mentions before a quotation a pronoun may look back over for its person, and how
/// many bytes a subject may stand from the start of its sentence: bounds that real articles stay
/// well within, and that keep the work per quotation constant.
const MENTION_REACH: usize = 500;
const SENTENCE_REACH: usize = 1000;

/// How many bytes after a quotation a role in its clause looks for the person named with it
/// when others are named before ("The federal judge …, saying he “…”. … Judge Lewis Kaplan
/// said"): about a paragraph.
const ROLE_NAMED_AFTER: u32 = 1000;

/// How many of the actors named inside a quotation are kept from being its speaker.
const MENTIONS_INSIDE: usize = 64;

/// How far before a name a role with what it is the role of may stand ("voorzitter van de
/// gemeenteraad Gino Dumon"), in bytes and in words.
const ROLE_OF_BYTES: usize = 80;
const ROLE_OF_WORDS: usize = 6;

impl Analysis<'_> {
    pub(super) fn resolve(&self, said: Said, u: usize) -> Option<ActorId> {
        self.resolve_except(said, u, &[])
    }

    /// As [`Analysis::resolve`], where a pronoun or role stands for no one named in `reported`:
    /// in "Mandela was “…”, he said" the words reported name Mandela, and the one who reports
    /// them is someone else (a name inside what a clause reports is not its subject's referent).
    pub(super) fn resolve_except(
        &self,
        said: Said,
        u: usize,
        reported: &[Unit],
    ) -> Option<ActorId> {
        match said {
            Said::Actor(a) => Some(a),
            // The title or a heading sums up what the text tells: its "a spokesman says" is one
            // the text names later.
            Said::Nobody if self.heading => self.nearest_person_since(u, 0, reported),
            Said::Nobody | Said::Unnamed => None,
            Said::Anaphor => {
                let found = self.nearest_person_since(u, 0, reported);
                self.previous_speaker_after(u, found, reported).or(found)
            }
            // "a local councillor, who has suggested …" in the opening lines: where no person is
            // named before, the one named later with that role ("Councillor Robin Saville").
            Said::Role(s, e) => self
                .person_titled(u, s as usize..e as usize, reported)
                // "The federal judge …, saying he “…”" with others named before: the judge named
                // right after ("Judge Lewis Kaplan said"), else the nearest person named before.
                .or_else(|| {
                    let reach = if self
                        .nearest_before(u, |kind| kind == ActorKind::Person)
                        .is_none()
                    {
                        u32::MAX
                    } else {
                        ROLE_NAMED_AFTER
                    };
                    self.person_titled_after(u, s as usize..e as usize, reach)
                })
                .or_else(|| self.nearest_person_since(u, 0, reported)),
            Said::Body(s, e) => self.body_named(u, s as usize..e as usize),
            Said::RoleIn(organisation, s, e) => self
                .person_titled_after(u, s as usize..e as usize, u32::MAX)
                .or(Some(organisation)),
            Said::RoleOf(owner) => {
                let mut except = reported.to_vec();
                except.push(Unit::Actor(owner));
                self.nearest_person_since(u, 0, &except)
            }
            // "it added": an organisation that spoke just before goes on, else the nearest one
            // named in this paragraph or the one before.
            Said::It => {
                let this = match self.units[u] {
                    Unit::Quote(q) => q,
                    _ => return None,
                };
                let recent = |a: &ActorId| {
                    self.kind(*a) == ActorKind::Organisation && self.named_since(*a, self.floor, u)
                };
                self.quotes[..this]
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker)
                    .filter(recent)
                    .or_else(|| {
                        self.nearest_before(u, |kind| kind == ActorKind::Organisation)
                            .filter(recent)
                    })
                    .or_else(|| self.resolve(Said::Impersonal, u))
            }
            Said::Impersonal => {
                let this = match self.units[u] {
                    Unit::Quote(q) => q,
                    _ => return None,
                };
                // "it said": whom the sentence before reports or opens with, where it quotes no
                // one ("Groen-fractieleider Björn Rzoska had kritiek. „…”, klonk het", "Volgens
                // de socialist betaalt de Vlaming. „…”, klonk het"); else the
                // previous speaker, else the organisation named before, unless it is no subject
                // and a person is named before it ("Het gezicht van Mulder stond somber, niet
                // om de boete van de Tuchtcommissie. „…”, klonk het" is Mulder's).
                let introduced = self
                    .sentences
                    .iter()
                    .position(|sentence| sentence.contains(&u))
                    .and_then(|s| s.checked_sub(1))
                    .map(|b| self.sentences[b].clone())
                    .filter(|before| {
                        !self.units[before.clone()]
                            .iter()
                            .any(|unit| matches!(unit, Unit::Quote(_)))
                    })
                    .and_then(|before| self.continued_from(u, before).flatten());
                if introduced.is_some() {
                    return introduced;
                }
                self.quotes[..this]
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker)
                    .or_else(|| self.subject_before_object(u))
                    .or_else(|| self.nearest_before(u, |kind| kind == ActorKind::Organisation))
                    .or_else(|| self.nearest_person_since(u, 0, &[]))
            }
        }
    }

    /// The speaker of the quotation right before the one at unit `u`, in this paragraph or the
    /// one before, where a pronoun reporting `u` would stand for a person `found` last named
    /// before that quotation and after the speaker's own name: the speaker, whom a role noun
    /// named since, is the person spoken of last ("“…”, zo gaf de trainer aan. Het inbrengen van
    /// Baas hielp. “…”, zei hij" is the trainer's, not that of a player named before the trainer
    /// spoke).
    fn previous_speaker_after(
        &self,
        u: usize,
        found: Option<ActorId>,
        reported: &[Unit],
    ) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let found = found?;
        let (previous, speaker) = self.previous_person_speaker(q)?;
        if speaker == found || reported.contains(&Unit::Actor(speaker)) {
            return None;
        }
        let inner = self.quotes[q].inner;
        let end = self
            .mentions
            .partition_point(|m| m.span.start < self.quotes[q].span.start);
        // Named in the quotation itself: not who says it.
        if self.mentions[end..]
            .iter()
            .take_while(|m| m.span.start < inner.end)
            .take(MENTIONS_INSIDE)
            .any(|m| m.actor == speaker && inner.contains(m.span))
        {
            return None;
        }
        let last_found = self.mentions[end.saturating_sub(MENTION_REACH)..end]
            .iter()
            .rev()
            .find(|m| m.actor == found && !self.in_quotation(m))?;
        // The previous speaker was named before that person, and only a role or a pronoun
        // stood for him since (named after, the name itself would be nearer).
        let named_since = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= last_found.span.end)
            .any(|m| m.actor == speaker);
        // ... in a sentence after that person's (not a phrase quoted in the sentence that names
        // him: "Rijiju urged them to be ‘…’").
        let between = self
            .text
            .get(last_found.span.end as usize..previous.span.start as usize)
            .unwrap_or_default();
        let sentence_after = between.contains(SENTENCE_ENDS) || between.contains('\n');
        (sentence_after && !named_since).then_some(speaker)
    }

    /// The quotation right before quotation `q` and its speaker, where that speaker is a person
    /// and the quotation stands in this paragraph or the one before.
    pub(super) fn previous_person_speaker(&self, q: usize) -> Option<(&Quote, ActorId)> {
        let previous = self.quotes[..q].last()?;
        let speaker = previous.speaker?;
        (previous.span.start >= self.floor && self.kind(speaker) == ActorKind::Person)
            .then_some((previous, speaker))
    }

    /// The person a role noun at bytes `noun` stands for, reporting the quotation at unit `u`
    /// ("zei de wethouder"): the nearest person named before the noun and the quotation, outside
    /// quotations and not in `except`, with that role right before the name ("wethouder Jan
    /// Bos", "PvdA-wethouder Bos").
    fn person_titled(&self, u: usize, noun: Range<usize>, except: &[Unit]) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let role = &self.text[noun.clone()];
        let role = role.rsplit('-').next().unwrap_or(role);
        let before = self.quotes[q].span.start.min(noun.start as u32);
        let end = self.mentions.partition_point(|m| m.span.start < before);
        let window = &self.mentions[end.saturating_sub(MENTION_REACH)..end];
        let outside = |m: &&Mention| {
            self.kind(m.actor) == ActorKind::Person
                && !self.in_quotation(m)
                && !except.contains(&Unit::Actor(m.actor))
        };
        // Of those named with the role, the one named last in any form: "the minister said"
        // after "Finance Minister Sitharaman … Affairs Minister Rijiju … Rijiju told reporters"
        // is Rijiju, whom the text has gone on about.
        let mut titled: Vec<ActorId> = Vec::new();
        for m in window.iter().rev().filter(outside) {
            if !titled.contains(&m.actor) && self.titled(m, role) {
                titled.push(m.actor);
                if titled.len() == RECENT_PEOPLE {
                    break;
                }
            }
        }
        if titled.len() < 2 {
            return titled.first().copied();
        }
        window
            .iter()
            .rev()
            .filter(outside)
            .find(|m| titled.contains(&m.actor))
            .map(|m| m.actor)
    }

    /// The first person named after the quotation at unit `u`, less than `reach` bytes after
    /// it, outside quotations, with the role at bytes `noun` right before the name ("Councillor
    /// Robin Saville").
    fn person_titled_after(&self, u: usize, noun: Range<usize>, reach: u32) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let role = &self.text[noun];
        let role = role.rsplit('-').next().unwrap_or(role);
        let after = self.quotes[q].span.end;
        let first = self.mentions.partition_point(|m| m.span.start < after);
        self.mentions[first..]
            .iter()
            .take(MENTION_REACH)
            .take_while(|m| m.span.start - after < reach)
            .filter(|m| self.kind(m.actor) == ActorKind::Person && !self.in_quotation(m))
            .find(|m| self.titled(m, role))
            .map(|m| m.actor)
    }

    /// The organisation a noun at bytes `noun` stands for, reporting the quotation at unit `u`
    /// ("the commission said"): the nearest one named before the noun and the quotation whose
    /// name has the noun ("the European Commission"), else the nearest organisation named before
    /// them in this paragraph or the one before (not one named after the noun: "the board said
    /// in a statement to the Times").
    fn body_named(&self, u: usize, noun: Range<usize>) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let word = &self.text[noun.clone()];
        let has = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(word))
        };
        // "the European Commission", the noun right before the name ("de gemeente Utrecht"), or
        // before "van"/"of" and the name ("het college van Gedeputeerde Staten", a place's
        // government: "the province of Ontario").
        let named = |m: &Mention| {
            let mut before = self.text[..m.span.start as usize]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric());
            let word_before = before.next().unwrap_or_default();
            let of_name = word_before.eq_ignore_ascii_case(&self.words.of)
                && (self.kind(m.actor) != ActorKind::Place
                    || self.words.place_governments.contains(word))
                && before.next().is_some_and(|w| w.eq_ignore_ascii_case(word));
            // ("de groep" after "Actiegroep Voll Gass": a compound ending in the noun.)
            let compound = is_compound_ending_in(word_before, word);
            word_before.eq_ignore_ascii_case(word)
                || compound
                || of_name
                || (self.kind(m.actor) != ActorKind::Place && has(&self.text[m.span.range()]))
        };
        let before = self.quotes[q].span.start.min(noun.start as u32);
        let end = self.mentions.partition_point(|m| m.span.start < before);
        let first = self.mentions.partition_point(|m| m.span.start < self.floor);
        let mentions = || {
            self.mentions[..end]
                .iter()
                .rev()
                .filter(|m| !self.in_quotation(m))
        };
        mentions()
            .find(|m| named(m))
            .or_else(|| {
                mentions()
                    .take(end - first.min(end))
                    .find(|m| self.kind(m.actor) == ActorKind::Organisation)
            })
            .map(|m| m.actor)
    }

    /// Whether `actor` is named (outside quotations) between byte `floor` and the quotation at
    /// unit `u`.
    fn named_since(&self, actor: ActorId, floor: u32, u: usize) -> bool {
        let Unit::Quote(q) = self.units[u] else {
            return false;
        };
        let before = self.quotes[q].span.start;
        let first = self.mentions.partition_point(|m| m.span.start < floor);
        let end = self.mentions.partition_point(|m| m.span.start < before);
        self.mentions[first.min(end)..end]
            .iter()
            .any(|m| m.actor == actor)
    }

    /// The nearest actor of a kind `wanted` named before unit `u` (a quotation), outside
    /// quotations.
    pub(super) fn nearest_before(
        &self,
        u: usize,
        wanted: impl Fn(ActorKind) -> bool,
    ) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let end = self.mentions.partition_point(|m| m.span.start < before);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|m| wanted(self.kind(m.actor)) && !self.in_quotation(m))
            .map(|m| m.actor)
    }

    /// The person named before the organisation nearest before unit `u` (a quotation), where
    /// that organisation is no subject (it is named deeper in a sentence about the person:
    /// "het gezicht van Mulder …, niets met de boete van de Tuchtcommissie"); from this
    /// paragraph on.
    fn subject_before_object(&self, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let end = self.mentions.partition_point(|m| m.span.start < before);
        let first = self.mentions.partition_point(|m| m.span.start < self.floor);
        let mut recent = self.mentions[first.min(end)..end]
            .iter()
            .rev()
            .filter(|m| !self.in_quotation(m));
        let organisation = recent.find(|m| self.kind(m.actor) == ActorKind::Organisation)?;
        if self.is_subject(organisation) {
            return None;
        }
        let person = recent.find(|m| self.kind(m.actor) == ActorKind::Person)?;
        (!self.qualifies_role(person)).then_some(person.actor)
    }

    /// The nearest person named before unit `u` (a quotation) and from byte `floor` on, outside
    /// quotations, and not named in `except`; from the start of the text, the first person named
    /// after it if none is before.
    pub(super) fn nearest_person_since(
        &self,
        u: usize,
        floor: u32,
        except: &[Unit],
    ) -> Option<ActorId> {
        self.nearest_of_recent(u, floor, except, false)
    }

    /// As [`Analysis::nearest_person_since`], for words with nothing around them to say whose:
    /// of the last few people named, the nearest who is the subject of a reporting verb ("…
    /// and Coleman explains how …") goes first, and an owner is no subject ("Ferguson's side
    /// scored").
    pub(super) fn nearest_speaker_since(&self, u: usize, floor: u32) -> Option<ActorId> {
        self.nearest_of_recent(u, floor, &[], true)
    }

    fn nearest_of_recent(
        &self,
        u: usize,
        floor: u32,
        except: &[Unit],
        speakers_first: bool,
    ) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let end = self.mentions.partition_point(|m| m.span.start < before);
        // Who the quotation itself names is not who says it: in "“Tom DeLay was convicted,” he
        // said" he is not DeLay (a speaker says "I").
        let inner = self.quotes[q].inner;
        let named_inside: Vec<ActorId> = self.mentions[end..]
            .iter()
            .take_while(|m| m.span.start < inner.end)
            .filter(|m| inner.contains(m.span))
            .map(|m| m.actor)
            .take(MENTIONS_INSIDE)
            .collect();
        let person = |m: &&Mention| {
            self.kind(m.actor) == ActorKind::Person
                && !self.qualifies_role(m)
                && !self.in_quotation(m)
                && !except.contains(&Unit::Actor(m.actor))
                && !named_inside.contains(&m.actor)
        };
        // The nearest person who is the subject of a sentence, of the last few named: "Hij
        // prees zijn voorganger Frans Timmermans …, herhaalde hij" is not Timmermans's.
        // (The last few people, not mentions: a person named three times in passing, "of
        // Obasi’s removal", leaves room for the one the paragraph before was about.)
        let first = self.mentions.partition_point(|m| m.span.start < floor);
        let mut people: Vec<ActorId> = Vec::with_capacity(RECENT_PEOPLE + 1);
        let recent: Vec<&Mention> = self.mentions
            [first.min(end).max(end.saturating_sub(MENTION_REACH))..end]
            .iter()
            .rev()
            .filter(person)
            .take_while(|m| {
                if !people.contains(&m.actor) {
                    people.push(m.actor);
                }
                people.len() <= RECENT_PEOPLE
            })
            .collect();
        recent
            .iter()
            .find(|m| speakers_first && self.speaks(m) && !self.is_owner(m))
            .or_else(|| {
                recent
                    .iter()
                    .find(|m| self.is_subject(m) && !(speakers_first && self.is_owner(m)))
            })
            .copied()
            // None of them a subject ("He pointed out that they had all led Muizzu’s campaign"):
            // the nearest person further back, in this paragraph or the one before, who was one.
            .or_else(|| {
                let since = self
                    .mentions
                    .partition_point(|m| m.span.start < floor.max(self.floor));
                self.mentions[since.min(end).max(end.saturating_sub(MENTION_REACH))..end]
                    .iter()
                    .rev()
                    .filter(person)
                    .skip(recent.len())
                    .find(|m| self.is_subject(m) && !self.is_owner(m))
            })
            // Nor one in the paragraph two before, for words with nothing around them: the
            // nearest there who spoke ("Minister Grange says … . / A group … includes principal
            // Moira Keane. / “…”" are Grange's, not those of whom the sentence between names).
            .or_else(|| {
                if !recent.first().is_some_and(|m| self.far_into_sentence(m)) {
                    return None;
                }
                let since = self
                    .mentions
                    .partition_point(|m| m.span.start < self.far_floor);
                let upto = self
                    .mentions
                    .partition_point(|m| m.span.start < floor.max(self.floor));
                self.mentions[since.min(upto).max(end.saturating_sub(MENTION_REACH))..upto]
                    .iter()
                    .rev()
                    .filter(person)
                    .find(|m| speakers_first && self.speaks(m) && !self.is_owner(m))
            })
            // Else the nearest, past one who was only spoken to ("he told Zeleny"); for words
            // with nothing around them, never an owner ("… he had expected Ferrando's men to
            // attack. / “…”" are not Ferrando's).
            .or_else(|| {
                recent
                    .iter()
                    .find(|m| !(self.is_told(m) || (speakers_first && self.is_owner(m))))
                    .copied()
            })
            .or_else(|| {
                recent
                    .iter()
                    .find(|m| !(speakers_first && self.is_owner(m)))
                    .copied()
            })
            // Where no one is named before ("zei hij" in the opening line), the first after.
            .or_else(|| {
                (floor == 0)
                    .then(|| self.mentions[end..].iter().take(MENTION_REACH).find(person))
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
        let inner = self.text[quote.inner.range()].trim_end();
        inner.ends_with(SENTENCE_ENDS)
            || inner.ends_with(',')
            || self.text[end..].trim_start().starts_with(',')
    }

    /// Whether the word that ends at byte `end` is an abbreviated title ("Mr", "Gov", "Dr"), as
    /// the sentences of a paragraph read it.
    fn abbreviated_title_before(&self, end: usize) -> bool {
        let before = &self.text[..end];
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        is_abbreviated_title(word, |w| self.lexicon.person_titles.contains(w))
    }

    /// Whether a mention is written as an owner: "Ferguson's side", "DeLay’s lawyer", "Jones'
    /// lawyer".
    fn is_owner(&self, mention: &Mention) -> bool {
        let after = &self.text[mention.span.end as usize..];
        let mut chars = after.chars();
        match chars.next() {
            Some('\'' | '’') => {}
            _ => return false,
        }
        let next = chars.next();
        next == Some('s') && !chars.next().is_some_and(char::is_alphanumeric)
            || (self.text[mention.span.range()].ends_with('s')
                && next == Some(' ')
                && chars.next().is_some_and(char::is_lowercase))
    }

    /// Whether a mention stands before a lower-case role noun that it qualifies: "the former
    /// Nurnberg coach", "de Antwerpse burgemeester": the name is the role's club or town (a
    /// name typed as a person by mistake), not the person the role is.
    fn qualifies_role(&self, mention: &Mention) -> bool {
        let after = &self.text[mention.span.end as usize..];
        let Some(rest) = after.strip_prefix(' ') else {
            return false;
        };
        let word = rest
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or_default();
        word.starts_with(char::is_lowercase) && self.words.role_nouns.contains(word)
    }

    /// Whether a mention is the one a verb that names its speaker before it is said to: "told
    /// Zeleny".
    fn is_told(&self, mention: &Mention) -> bool {
        self.words
            .speaker_before_only
            .contains(self.word_before(mention))
    }

    /// Whether a mention is the subject of a reporting verb right after it, past a comma and
    /// fillers ("Coleman explains", "Dick DeGuerin, said"), or, in a language with inversion,
    /// right before it ("zei Rutte").
    fn speaks(&self, mention: &Mention) -> bool {
        let is_cue = |word: &str| self.words.speech_cues.contains(word);
        let after = self.text[mention.span.end as usize..]
            .trim_start_matches([',', ' '])
            .split(|c: char| !c.is_alphanumeric())
            .take(4)
            .find(|word| !self.words.fillers.contains(word));
        if after.is_some_and(is_cue) {
            return true;
        }
        if !self.words.inversion {
            return false;
        }
        // Past a role right before the name: "reageerde minister Wouter Koolmees".
        let mut before = self.text[..mention.span.start as usize]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty());
        let word = before.next().unwrap_or_default();
        is_cue(word)
            || (word.starts_with(char::is_lowercase)
                && self.words.role_nouns.contains(word)
                && before.next().is_some_and(is_cue))
    }

    /// Whether a quotation holds the mention.
    pub(super) fn in_quotation(&self, mention: &Mention) -> bool {
        let i = self
            .quotes
            .partition_point(|q| q.span.end <= mention.span.start);
        self.quotes
            .get(i)
            .is_some_and(|q| q.span.contains(mention.span))
    }

    /// Whether the word right before a mention, or its last part after a hyphen, is `role`
    /// ("wethouder Jan Bos", "PvdA-wethouder Bos"), or any part of a compound of titles that is
    /// no title of its own ("Burgemeester-voorzitter Frank Wilrycx" is "de burgemeester"), and
    /// no word before it makes it another role ("Prime Minister Modi" is not "the minister").
    fn titled(&self, mention: &Mention, role: &str) -> bool {
        let mut words = self.text[..mention.span.start as usize]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-');
        let whole = words.next().unwrap_or_default();
        let word = whole.rsplit('-').next().unwrap_or(whole);
        let titles = &self.lexicon.person_titles;
        let in_compound = || {
            whole.contains('-')
                && !titles.contains(whole)
                && whole.split('-').all(|part| titles.contains(part))
                && whole.split('-').any(|part| part.eq_ignore_ascii_case(role))
        };
        if word.eq_ignore_ascii_case(role) || in_compound() {
            return !self
                .words
                .other_role_modifiers
                .contains(words.next().unwrap_or_default());
        }
        self.titled_of(mention, role)
    }

    /// Whether the role stands before the mention with what it is the role of between them, in
    /// the mention's clause: "voorzitter van de gemeenteraad Gino Dumon" is "de voorzitter",
    /// "minister van Buitenlandse Zaken Stef Blok" "de minister".
    fn titled_of(&self, mention: &Mention, role: &str) -> bool {
        let start = mention.span.start as usize;
        let mut from = start.saturating_sub(ROLE_OF_BYTES);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let before = &self.text[from..start];
        let clause = before
            .rsplit([',', '.', ';', ':', '(', ')', '"', '“', '”', '„'])
            .next()
            .unwrap_or(before);
        let words: Vec<&str> = clause
            .split_whitespace()
            .rev()
            .take(ROLE_OF_WORDS)
            .collect();
        // (The role is at least two words before the name: the word right before was asked.)
        words.iter().enumerate().skip(2).any(|(k, word)| {
            let word = word.rsplit('-').next().unwrap_or(word);
            word.eq_ignore_ascii_case(role) && words[k - 1].eq_ignore_ascii_case(&self.words.of)
        })
    }

    /// The word right before a mention, past white space ("zei" of "zei Rutte", "told" of "told
    /// Zeleny").
    fn word_before(&self, mention: &Mention) -> &str {
        self.text[..mention.span.start as usize]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
    }

    /// Whether a mention opens its sentence's clause: no pronoun, no other person and no
    /// preposition right before it in its sentence, and few words before it in its clause (so it
    /// is likely the subject, not an object).
    fn is_subject(&self, mention: &Mention) -> bool {
        let start = mention.span.start as usize;
        let before = &self.text[..start];
        // A name more than a long sentence's length into its sentence is deep in it: no subject.
        let reach = start.saturating_sub(SENTENCE_REACH);
        let Some(sentence_start) = before
            .char_indices()
            .rev()
            .take_while(|&(i, _)| i >= reach)
            .find(|&(i, c)| match c {
                // "Mr. Obama": the stop of an abbreviated title ends no sentence, nor do the
                // stops of initials ("about U.S. President Donald Trump's claims").
                '.' => {
                    !self.abbreviated_title_before(i)
                        && !ends_initials(&self.text[..i])
                        && !self.text[i + 1..].starts_with(char::is_alphabetic)
                }
                '!' | '?' | '\n' | ':' => true,
                // Only a quotation mark ends a quotation (and no letter, digit or space is one):
                // the quotations are looked up for those alone.
                c if c.is_alphanumeric() || c.is_whitespace() => false,
                _ => self.closes_clause_at(i + c.len_utf8()),
            })
            .map(|(i, c)| i + c.len_utf8())
            .or((reach == 0).then_some(0))
        else {
            return false;
        };
        let clause = &self.text[sentence_start..start];
        let pronoun = clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.words.pronouns.contains(word));
        let from = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < sentence_start);
        // An owner is no other subject: "DeLay’s lawyer, Dick DeGuerin, said"; nor is whom a
        // phrase before the subject names, opened by a participle of speech, a preposition or a
        // word that opens a clause of its own, and closed by a comma ("Speaking in an interview
        // with Yen Sempa, Mr. Nkrumah said", "As Mr Lee spoke, Judge Vos told him").
        let opening_phrase_end = clause
            .split(|c: char| !c.is_alphanumeric())
            .find(|word| !word.is_empty())
            .filter(|&first| {
                self.words.speech_cues.contains(first)
                    || self.is_preposition(first)
                    || self.words.clause_openers.contains(first)
            })
            .and_then(|_| clause.find(','))
            .map_or(sentence_start, |comma| sentence_start + comma);
        let other_person = self.mentions[from..]
            .iter()
            .take_while(|m| (m.span.end as usize) <= start)
            .any(|m| {
                self.kind(m.actor) == ActorKind::Person
                    && !self.is_owner(m)
                    && (m.span.start as usize) >= opening_phrase_end
            });
        // A name after a preposition is none ("de sluiting van Kramer"); after a conjunction it
        // opens a clause ("The move comes as Weiner seeks …").
        // (Past a title and the capitalised words of its phrase, with the name in apposition:
        // "with Syrian President, Bashar al-Assad"; or without, past a role noun: "Door
        // PvdD-leider Ouwehand gevraagd", not past a title that is part of the name: "after Mr
        // Ross said".)
        let mut before_name = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .rev();
        let mut last = before_name.clone().next();
        let mut title = false;
        let apposition = clause.trim_end().ends_with(',');
        for _ in 0..4 {
            let Some(word) = before_name.next() else {
                break;
            };
            if self.words.role_nouns.contains(word) || (apposition && self.lexicon.is_title(word)) {
                title = true;
            } else if !word.starts_with(char::is_uppercase) || (title && self.is_preposition(word))
            {
                if title {
                    last = Some(word);
                }
                break;
            } else if !apposition && !title {
                break;
            }
        }
        let after_preposition = last.is_some_and(|word| self.is_preposition(word));
        // A subject comes early in its clause, or after the reporting verb that opens it ("…”,
        // zei onderminister van Buitenlandse Zaken Sergej Rjabkov"); a name deep in a clause is in
        // one of its own
        // ("noch over de manier waarop premier Rutte …").
        let clause_tail = clause.rsplit(',').next().unwrap_or(clause);
        // (An owner that opens the clause, its capitalised words and "’s", counts for one word:
        // "Miguel’s cousin and fellow actor George Clooney".)
        let clause_tail = self
            .owner_opening(clause_tail.trim_start())
            .unwrap_or(clause_tail);
        let mut tail_words = clause_tail
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty());
        // (A role right before the name is part of it, and no word deeper into the clause: "Bij
        // dat laatste heeft raadslid Gert Stas …".)
        let titled = tail_words
            .clone()
            .next_back()
            .is_some_and(|word| word.starts_with(char::is_lowercase) && self.is_role_word(word));
        let many = tail_words
            .clone()
            .nth(SUBJECT_DEPTH + usize::from(titled))
            .is_some();
        // Not a passive one: "Asked by correspondent Jeff Zeleny …" names who asked.
        let opened_by_cue = tail_words
            .next()
            .is_some_and(|word| self.words.speech_cues.contains(word))
            && !tail_words
                .next()
                .is_some_and(|word| self.words.speaker_stops.contains(word));
        let deep = many && !opened_by_cue;
        !pronoun && !other_person && !after_preposition && !deep
    }

    /// Whether a mention is named more than [`OBJECT_DEPTH`] words into its sentence, past its
    /// verb: someone the sentence is about only in passing ("A group has been set up to oversee
    /// this and includes principal Moira Keane").
    fn far_into_sentence(&self, mention: &Mention) -> bool {
        let start = mention.span.start as usize;
        let from = start.saturating_sub(SENTENCE_REACH);
        let before = self.text.get(from..start).unwrap_or_default();
        let sentence = before
            .rsplit(['.', '!', '?', '\n', ':'])
            .next()
            .unwrap_or(before);
        sentence.split_whitespace().nth(OBJECT_DEPTH).is_some()
    }

    /// What follows an owner that opens a clause: a name's capitalised words, up to three, no
    /// stop word among them ("On Senate’s …" opens with a preposition), and "’s" or "'s"
    /// ("Miguel’s cousin and fellow actor " is "cousin and fellow actor ").
    fn owner_opening<'c>(&self, clause: &'c str) -> Option<&'c str> {
        let mut rest = clause;
        for _ in 0..3 {
            let word_end = rest.find(' ').unwrap_or(rest.len());
            let word = &rest[..word_end];
            let bare = word
                .strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .unwrap_or(word);
            if !word.starts_with(char::is_uppercase) || self.lexicon.stop_words.contains(bare) {
                return None;
            }
            if bare.len() < word.len() {
                return Some(&rest[word_end..]);
            }
            rest = rest[word_end..].trim_start();
        }
        None
    }

    /// Whether a word is a preposition (or "of") that a name after it is the object of, not a
    /// conjunction that opens a clause ("that", "and").
    pub(super) fn is_preposition(&self, word: &str) -> bool {
        word.eq_ignore_ascii_case(&self.words.of)
            || (self.words.speaker_stops.contains(word)
                && !word.eq_ignore_ascii_case(&self.words.that)
                && !self.words.openers.contains(word))
    }
}

/// Whether the text before a full stop ends in initials: a capital right after another stop
/// ("U.S", "J.P", "B.C").
fn ends_initials(before: &str) -> bool {
    let mut chars = before.chars().rev();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}
