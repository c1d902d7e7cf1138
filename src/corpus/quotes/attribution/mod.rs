//! Who said a quotation.
//!
//! Attribution works on a paragraph as a list of units (words, punctuation, actor mentions and
//! whole quotations), split into sentences. In order, a quotation's speaker is:
//! 1. the actor named by a reporting clause after it in its sentence ("…", aldus Stoltenberg),
//!    not one that a conjunction opens ("“…” and Mr Jones has written"); a verb that ends the
//!    sentence right after it has the person before it as subject ("had Smit het „…” genoemd");
//!    in a language with inversion, any verb after its comma with a person right after it
//!    reports it ("„…”, wuifde Bosman de vraag weg"); a plural verb with an article and a
//!    description after it reports several people or people not named, no one ("„…”, zeggen de
//!    twee"); a verb with an object pronoun and relayed speech after it passes on the words of
//!    the one the pronoun stands for ("“…,” the Herald reported him saying");
//! 2. the actor of a reporting clause before it in its sentence (Zelensky herhaalde dat „…”;
//!    Lavrov: „…”; volgens de president „…”; a subject pronoun opening a colon's sentence, "Hij
//!    richt zich tot het college: „…”"; the verb of a relative clause, the person it hangs from,
//!    "Julie Bishop, who accused Labour of “…”"; the person a role is in apposition to, "Okafor,
//!    leader of the Green Alliance, urged"; a person before "with", "at" or "from" and her
//!    organisation, "Omar Felke with the Westbay Police Department told"), a subject pronoun
//!    right before its verb rather than a name after it ("Hij dankt Bakkers ‘…’"), or an owner
//!    right before it (Smith’s “…” remark);
//!    none for a common noun with a relative clause ("the crowd, who shouted back: “…”"), nor
//!    after an indefinite article in a sentence that names no one before its verb ("Another
//!    worker, who did not want to be named, said: “…”"), nor for an article and a common noun
//!    that is no role, before any person is named ("De brandweer waarschuwt: „…”"; in a
//!    heading, nor the speaker under it);
//! 3. for a quotation that opens its sentence with nothing reported around it: the speaker of a
//!    quotation in the sentence before (a continued quotation), or the actor of a reporting clause
//!    in the sentence before (Lavrov zegt dat … . „…”; its subject before the verb, not whom it
//!    names after it: "De Roover gaf Beke …");
//! 4. the actor of a following "Dat heeft X gezegd" sentence, unless a person is the subject of
//!    the quotation's own sentence: who reports it passes on her words ("Smit heeft België „…”
//!    genoemd. Dat meldt De Standaard");
//! 5. for a heading that is a quotation: the speaker of the first quotation under it; and a
//!    heading's quotation with no person as its speaker, or only set under a name without a
//!    reporting verb ("Rode Duivels na afloop: „…”"), whose words the text quotes again is the
//!    speaker's of them there ([`repeats`]);
//! 6. for words said with nothing around them to say whose (a statement, not a term): the person
//!    their own sentence opens with, unless a possessive owns them ("haar opmerking „…”"), else
//!    the person the last sentences are about, the subject of a reporting verb or the person a
//!    sentence opens with ([`context`]), else the last person named in the sentence before, else
//!    in its paragraph or the one before, the subject of a reporting verb first (never an owner),
//!    or, when the nearest named there is named deep in a sentence in passing ("… and includes
//!    principal Moira Keane"), the one who spoke in the paragraph before that, else, for a
//!    paragraph that is only the quotation after one that names no one but ends speaking of
//!    "him", the person named before that pronoun stands for (the one named with the role it
//!    opens with: "The Speaker, who …, said he …" is "the Speaker Tom Baird"),
//!    else the speaker of the quotation before, a person quoted in this paragraph or the one
//!    before (given by a role: "„…”, legt de bestuursvoorzitter uit. … „…”"), unless a sentence
//!    opens with someone new and not named ("Een buurman …");
//! 7. for a word or phrase quoted inside a sentence with no reporting verb: the sentence's
//!    subject, the person or organisation it opens with (past a short phrase and its comma that
//!    name no one: "After her objection, Cllr Neary sought to clarify that it was a “report”")
//!    or the one its opening pronoun stands for ("Het ABVV wil ook “een krachtig actieplan”
//!    voorleggen"); in brackets, a person only.
//!
//! A short quotation right after an article and a term noun ("het woord ‘…’", "the term “…”")
//! is a term, and no one's; so is a title in capitals after a work's noun ("the song “Our
//! House”", "a book called “…”", "het coalitieakkoord ‘Samen bouwen’"), and a nickname quoted
//! inside a name ("Sean 'Sparky' Nolan"), and the same words quoted anywhere else in the
//! article.
//!
//! Before all these, a quotation that ends its paragraph and is signed on the next line ("— Jane
//! Smith", or a label "Jane Smith, chair of the board", with or without the dash) is the
//! signer's; and one that a phrase after it sums up as the words of people not named ("'…' -
//! that's how workers at the plant summed up the news") has no speaker, under a heading either.
//!
//! The clauses are read in [`clauses`]: after the verb, a role after a name or its capitalised
//! words names the person after the role ("said City Power spokesperson Isaac Mangena"). A
//! pronoun, role noun or description (hij, ze, de
//! minister, de ex-militair) stands for the person named before who was a clause's subject (the
//! stops of initials end no sentence: "about U.S. President …"), a role for the one titled with
//! it, also with what it is the role of between ("voorzitter van de gemeenteraad Rik Claes"), of
//! the last few named, else further back in the paragraph or the one before ([`people`]; a role
//! that no one named before had, "a local councillor" or "the federal judge", for the person
//! named later with it, within about a paragraph where others were named before), never for one
//! named in what its clause reports ("Mandela was “…”, he said" is not Mandela's) nor in the
//! quotation itself ("“DeLay was convicted,” he said"), and an owner ("DeLay’s lawyer, Dick
//! DeGuerin, said") is no other subject that stands in the way; a pronoun reporting a quotation
//! stands for the previous quotation's speaker, named since only by a role, over a person named
//! before that quotation; an impersonal "luidde het" continues the previous speaker (with none,
//! an organisation named before, unless it is no subject and a person is named before it: "het
//! gezicht van Mulder … de boete van de Tuchtcommissie. „…”, klonk het" is Mulder's). An actor
//! named inside a quotation is never its speaker; a place is one only as the subject right
//! before its reporting verb, speaking for its government ("what Moscow has called “…”"), never
//! in a location phrase ("in Greenbelt, Maryland said").
//! Where none of this applies, there is no speaker. The words come from the language file
//! ([`crate::corpus::language`]).

mod clauses;
mod context;
mod people;
mod repeats;

use std::ops::Range;

use super::units::{Unit, is_title_stop, sentences_of, units_of};
use crate::corpus::actors::ActorKind;
use crate::corpus::article::{ActorId, Mention, Paragraph, Quote};
use crate::corpus::discover::{Kinds, Lexicon};
use crate::corpus::language::{QuoteWords, Words};
use crate::corpus::sentences::SENTENCE_ENDS;

/// How far, in units, a reporting clause stands from its quotation, and a subject from its verb:
/// a clause further off in the same sentence is another one's ("…," said Smith, who …). It bounds
/// the work per quotation, so a paragraph of thousands of clauses loads in linear time.
const CLAUSE_REACH: usize = 40;

/// How many words the clause that reports a quotation ending its paragraph may have (“…,” she
/// told reporters in Brisbane on Monday.): a quotation-only paragraph after it goes on in her
/// words.
const REPORT_WORDS: usize = 8;

/// The most words a role in a label under a quotation has ("Jane Smith, chair of the board of
/// the city's largest hospital").
const LABEL_ROLE_WORDS: usize = 12;

/// How many characters after a quotation hold a phrase that sums it up and the word after it
/// ("that's how workers …").
const SUMMING_UP_CHARS: usize = 60;

/// The most quiet paragraphs (a heading, a sentence naming no one) an interview goes on over in
/// its speaker's words.
const QUIET_PARAGRAPHS: usize = 2;

/// How many units after a word that names a source ("by", "door", "klinkt het bij") its person
/// may stand, past an article, titles and a role ("by Magistrate Ann Lee", "bij de vakbondsman
/// Jan Pieters").
const SOURCE_REACH: usize = 4;

/// The most words a work's title quoted after its noun has.
const TITLE_WORDS: usize = 12;

/// The shortest work noun that ends a compound, and the shortest part before it
/// ("regeer|akkoord", "song|book"; not "dis|play").
const MIN_COMPOUND_HEAD: usize = 4;

/// What a reporting clause names as the speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Said {
    Actor(ActorId),
    /// A pronoun or role noun: the nearest person named before.
    Anaphor,
    /// A role noun, by the bytes of the noun ("zei de wethouder"): the nearest person named
    /// before with that role right before the name ("wethouder Bouwman"), else as
    /// [`Said::Anaphor`].
    Role(u32, u32),
    /// A role owned by the actor named ("Carter’s spokesman"): the nearest person named before
    /// who is not the owner.
    RoleOf(ActorId),
    /// Someone of an organisation not named before, by the organisation and the bytes of the
    /// role ("a Government minister"): the person named later with that role ("Armed forces
    /// minister James Heappey"), else the organisation.
    RoleIn(ActorId, u32, u32),
    /// A noun that stands for an organisation ("the commission said"), by the bytes of the noun:
    /// the organisation named before whose name has it, else the one named last.
    Body(u32, u32),
    /// Someone not named before and not by name ("a spokesperson said"): no one known.
    Nobody,
    /// A common noun that is no role and no organisation's ("De brandweer waarschuwt:", "De
    /// vakbonden beamen:"): no one, in a heading or the opening lines too.
    Unnamed,
    /// "luidde het", "klinkt het": the previous speaker goes on.
    Impersonal,
    /// "…," it said: the organisation named before in the paragraph (English calls an
    /// organisation "it"), else as [`Said::Impersonal`].
    It,
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
    // Who took a picture ("Photo by Jane Smith", "(Foto: Jan Jansen / ANP)") says nothing in the
    // article and is no one a pronoun stands for: attribution does not see the credit's names.
    let uncredited: Vec<Mention>;
    let mentions = if mentions.iter().any(|m| is_credited(text, m, words)) {
        uncredited = mentions
            .iter()
            .filter(|m| !is_credited(text, m, words))
            .cloned()
            .collect();
        &uncredited[..]
    } else {
        mentions
    };
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
        far_floor: 0,
        nicknames: Vec::new(),
        after_quiet: false,
    };
    analysis.nicknames = (0..analysis.quotes.len())
        .filter(|&q| analysis.is_nickname(q))
        .map(|q| text[analysis.quotes[q].inner.range()].trim_end())
        .collect();
    analysis.attribute(paragraphs);
}

/// Whether a mention is the name a picture is credited to: a credit word right before it, on
/// its line, past a colon, a bracket, a link word or a given name ("Photo by", "(Photo:",
/// "Foto").
fn is_credited(text: &str, mention: &Mention, words: &QuoteWords) -> bool {
    let line = text[..mention.span.start as usize]
        .rsplit('\n')
        .next()
        .unwrap_or_default();
    // A byline: the line opens with the link word and the name ("by JAMES GICHIGI").
    if words.credit_links.contains(&line.trim().to_lowercase()) {
        return is_byline_end(text, mention.span.end as usize);
    }
    // ... or is the name alone, in the article's first lines ("Martin Shipton" under the title).
    let rest = text[mention.span.end as usize..]
        .split('\n')
        .next()
        .unwrap_or_default();
    if line.trim().is_empty()
        && rest.trim().is_empty()
        && text[..mention.span.start as usize].matches('\n').count() <= BYLINE_LINES
    {
        return true;
    }
    let mut before = line.trim_end_matches([' ', ':', '(']);
    let mut word = || {
        let start = before
            .rfind(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        before = before[..start].trim_end_matches([' ', ':', '(']);
        word
    };
    // (A given name that discovery left out of the name may stand between: "Photo: Waldo
    // Swiegers".)
    let mut last = word();
    if last.starts_with(char::is_uppercase) && !words.credit_words.contains(last) {
        last = word();
    }
    words.credit_words.contains(last)
        || (words.credit_links.contains(last) && words.credit_words.contains(word()))
}

/// Whether the line of a name that a credit's link word opens ("by JAMES GICHIGI", "Door Jan
/// Jansen") ends with the name or little after it (an outlet, a place): a byline, whose
/// writer says nothing in the article.
fn is_byline_end(text: &str, end: usize) -> bool {
    let rest = text[end..].split('\n').next().unwrap_or_default().trim();
    rest.len() <= BYLINE_TAIL && !rest.contains(". ")
}

/// The most bytes a byline has after its writer's name ("by Ann Lee, BBC News, Leeds").
const BYLINE_TAIL: usize = 40;

/// How many line breaks may stand before a byline that is a name alone: the title's paragraph,
/// a heading or a lead, and the byline (paragraphs are parted by a blank line).
const BYLINE_LINES: usize = 4;

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
    /// Where the paragraph two before the one being attributed starts: how far back words with
    /// nothing around them look for someone who spoke, when the people named since are not
    /// subjects.
    far_floor: u32,
    /// The words of the quotations that are nicknames inside a name ("Sean 'Sparky' Nolan"),
    /// found once for the article: the same words quoted elsewhere are a term too.
    nicknames: Vec<&'a str>,
    /// Whether the paragraph being attributed comes after one or two quiet paragraphs (a
    /// heading, a sentence of the writer's) that quote no one and name no person or
    /// organisation, right after the paragraph of the quotation before.
    after_quiet: bool,
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
        self.is_role_word(&self.text[s as usize..e as usize])
    }

    /// Whether a word is a role noun or a title.
    fn is_role_word(&self, word: &str) -> bool {
        self.words.role_nouns.contains(word) || self.lexicon.is_title(word)
    }

    /// Unit `i` as a noun that stands for an organisation ("the commission"), as [`Said::Body`];
    /// the organisation named right before it is the one ("the Labour party").
    fn body(&self, units: &[Unit], i: usize) -> Option<Said> {
        let Unit::Word(s, e) = units[i] else {
            return None;
        };
        if !self.is_word_in(units[i], &self.words.body_nouns) {
            return None;
        }
        match i.checked_sub(1).map(|b| units[b]) {
            Some(Unit::Actor(a)) if self.kind(a) != ActorKind::Place => Some(Said::Actor(a)),
            _ => Some(Said::Body(s, e)),
        }
    }

    /// Whether unit `i` is the stop of an abbreviated title ("Rep.", "Sen.", "Gov.", "Mrs."): it
    /// ends no clause, and the name goes on after it.
    fn is_title_stop(&self, units: &[Unit], i: usize) -> bool {
        is_title_stop(units, self.text, i, |w| {
            self.lexicon.person_titles.contains(w)
        })
    }

    /// Whether a unit is a word of the language's person titles ("Mr", "Dr", "Sen").
    fn is_person_title(&self, unit: Unit) -> bool {
        matches!(unit, Unit::Word(s, e)
            if self.lexicon.person_titles.contains(&self.text[s as usize..e as usize]))
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
        // Quotations of a heading whose clause reports someone the text does not name.
        let mut unnamed = Vec::new();
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
            self.far_floor = paragraphs[(p as usize).saturating_sub(2)].span.start;
            // The speaker of the paragraph before's last quotation, when that paragraph ends with
            // it or with the clause that reports it: a quotation that opens this paragraph may go
            // on from it.
            self.previous = first
                .checked_sub(1)
                .filter(|&q| {
                    self.quotes[q].paragraph + 1 == p && self.ends_paragraph(q, paragraphs)
                })
                .and_then(|q| self.quotes[q].speaker);
            self.after_quiet = first.checked_sub(1).is_some_and(|q| {
                let between = self.quotes[q].paragraph as usize + 1..p as usize;
                (1..=QUIET_PARAGRAPHS).contains(&between.len())
                    && paragraphs[between].iter().all(|b| self.is_quiet(b))
            });
            for s in 0..self.sentences.len() {
                for u in self.sentences[s].clone() {
                    if let Unit::Quote(q) = self.units[u] {
                        // "het woord ‘…’", "the term “…”": a term, said by no one.
                        if self.named_term(u) {
                            self.quotes[q].speaker = None;
                            unnamed.push(q);
                            continue;
                        }
                        // A quotation signed on the line after it ("…" / — Jane Smith, or Jane
                        // Smith, chair) is hers.
                        self.quotes[q].speaker = self
                            .signature(q, paragraphs)
                            .or_else(|| self.speaker_of(s, u));
                        // "De brandweer waarschuwt: „…”" in a heading: no one, not the speaker
                        // of a quotation under it.
                        if self.heading
                            && self.quotes[q].speaker.is_none()
                            && self.said_before(&self.units, self.sentences[s].start, u)
                                == Some(Said::Unnamed)
                        {
                            unnamed.push(q);
                        }
                    }
                }
            }
            first += self.quotes[first..].partition_point(|q| q.paragraph == p);
        }
        // A heading's quotation that the text quotes again is the speaker's of it there (before
        // the rule below, which would give it a speaker it only stands above).
        let kinds = self.kinds;
        let cues = &self.words.speech_cues;
        repeats::take_speakers_of_repeats(
            self.text,
            paragraphs,
            |actor| kinds.kind(actor) == ActorKind::Person,
            |word| cues.contains(word),
            |actor, start, end| {
                self.mentions
                    .iter()
                    .any(|m| m.actor == actor && m.span.start >= start && m.span.end <= end)
            },
            self.quotes,
        );
        // Headings (and the title) that are quotations and have no speaker yet take the speaker of
        // the first quotation under them.
        for q in 0..self.quotes.len() {
            let p = self.quotes[q].paragraph as usize;
            if self.quotes[q].speaker.is_some()
                || !(paragraphs[p].heading || p == 0)
                || self.summed_up_by_no_one(q)
                || unnamed.contains(&q)
            {
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
        // However a speaker was reached (a chain of continued quotations, a heading), an actor
        // named only inside the quotation is not its speaker. A mention outside a quotation is
        // there when the actor's first mention starts before it or its last ends after it.
        if self.quotes.iter().all(|q| q.speaker.is_none()) {
            return;
        }
        let mut reach: Vec<(ActorId, u32, u32)> = self
            .mentions
            .iter()
            .map(|m| (m.actor, m.span.start, m.span.end))
            .collect();
        reach.sort_unstable();
        reach.dedup_by(|later, first| {
            later.0 == first.0 && {
                first.2 = first.2.max(later.2);
                true
            }
        });
        for quote in self.quotes.iter_mut() {
            let Some(speaker) = quote.speaker else {
                continue;
            };
            let outside = reach
                .binary_search_by_key(&speaker, |r| r.0)
                .is_ok_and(|i| reach[i].1 < quote.span.start || reach[i].2 > quote.span.end);
            if !outside {
                quote.speaker = None;
            }
        }
    }

    /// Whether a paragraph with no quotation is quiet: it names no person or organisation, not
    /// even by a role, and opens with no one new ("Een buurman …", "A neighbour …").
    fn is_quiet(&self, paragraph: &Paragraph) -> bool {
        let text = &self.text[paragraph.span.range()];
        let opening = text
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        let first = self
            .mentions
            .partition_point(|m| m.span.start < paragraph.span.start);
        let role = || {
            text.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|word| self.is_role_word(word))
        };
        !self.words.indefinites.contains(opening)
            && !role()
            && self.mentions[first..]
                .iter()
                .take_while(|m| m.span.start < paragraph.span.end)
                .all(|m| {
                    !matches!(
                        self.kind(m.actor),
                        ActorKind::Person | ActorKind::Organisation
                    )
                })
    }

    /// The person or organisation who signs quotation `q`: it ends its paragraph, and the next
    /// paragraph is a label under it: a dash and a name, nothing else ("— Jane Smith"), or a name
    /// and its role after a comma, with or without the dash ("Jane Smith, chair of the board";
    /// a page of reactions, each quotation with its speaker under it).
    fn signature(&self, q: usize, paragraphs: &[Paragraph]) -> Option<ActorId> {
        let quote = &self.quotes[q];
        let paragraph = paragraphs.get(quote.paragraph as usize)?;
        let next = paragraphs.get(quote.paragraph as usize + 1)?;
        let rest = self
            .text
            .get(quote.span.end as usize..paragraph.span.end as usize)?;
        if rest.chars().any(char::is_alphanumeric) {
            return None;
        }
        let first = self
            .mentions
            .partition_point(|m| m.span.start < next.span.start);
        let mention = self.mentions.get(first)?;
        if mention.span.end > next.span.end
            || !matches!(
                self.kind(mention.actor),
                ActorKind::Person | ActorKind::Organisation
            )
        {
            return None;
        }
        let lead = self
            .text
            .get(next.span.start as usize..mention.span.start as usize)?
            .trim();
        let after = self
            .text
            .get(mention.span.end as usize..next.span.end as usize)?;
        let dashed = matches!(lead, "-" | "--" | "–" | "—" | "―");
        let name_only = after.chars().all(|c| c.is_whitespace() || c == '.');
        if (dashed && name_only) || ((dashed || lead.is_empty()) && self.is_role_label(after)) {
            return Some(mention.actor);
        }
        self.described_under(quote, paragraph, next)
    }

    /// The person a dashed line under a quotation that is a paragraph of its own describes, as
    /// the pages of who said what do: a dash, a few words of description and the name, and what
    /// the person did ("-- A tired Lena Moritz after beating the top seed").
    fn described_under(
        &self,
        quote: &Quote,
        paragraph: &Paragraph,
        next: &Paragraph,
    ) -> Option<ActorId> {
        let before = self
            .text
            .get(paragraph.span.start as usize..quote.span.start as usize)?;
        let line = self
            .text
            .get(next.span.start as usize..next.span.end as usize)?;
        let described = line
            .strip_prefix("--")
            .or_else(|| line.strip_prefix(['-', '–', '—', '―']))?;
        if before.chars().any(char::is_alphanumeric) || !described.starts_with(' ') {
            return None;
        }
        let first = self
            .mentions
            .partition_point(|m| m.span.start < next.span.start);
        let person = self.mentions[first..]
            .iter()
            .take_while(|m| m.span.end <= next.span.end)
            .find(|m| self.kind(m.actor) == ActorKind::Person)?;
        let description = self.text.get(
            next.span.start as usize + (line.len() - described.len())..person.span.start as usize,
        )?;
        let mut words = description.split_whitespace();
        (!description.contains([
            '.', '!', '?', ':', ';', '"', '“', '”', '„', '‘', '’', '«', '»',
        ]) && words.nth(LABEL_ROLE_WORDS).is_none())
        .then_some(person.actor)
    }

    /// The person after an agent's word right after the quotation at unit `u`, past titles,
    /// where a reporting verb stands right before the quotation or before a word between them
    /// ("described as “gobbledygook” by Magistrate Stjernqvist"), or between the quotation and
    /// the agent's word ("werd ‘onzin’ genoemd door rechter Anna Vos").
    fn passive_agent(&self, u: usize, sentence: Range<usize>) -> Option<ActorId> {
        let units = &self.units;
        let agent =
            |k: usize| k < sentence.end && self.is_word_in(units[k], &self.words.agent_words);
        let cue = |k: usize| self.is_word_in(units[k], &self.words.speech_cues);
        // (Not after a comma: "“Liberty Valance,” written by Burt Bacharach" names who wrote a
        // work.)
        let Unit::Quote(q) = units[u] else {
            return None;
        };
        if self.text[self.quotes[q].inner.range()]
            .trim_end()
            .ends_with(',')
        {
            return None;
        }
        // The verb before the quotation (or before "as" in front of it), or right after it, as
        // Dutch has it ("‘onzin’ genoemd door").
        let by = if agent(u + 1) && (u.saturating_sub(2).max(sentence.start)..u).any(&cue) {
            u + 1
        } else if u + 2 < sentence.end && cue(u + 1) && agent(u + 2) {
            u + 2
        } else {
            return None;
        };
        (by + 1..sentence.end.min(by + 1 + SOURCE_REACH))
            .take_while(|&k| match units[k] {
                Unit::Actor(_) => true,
                Unit::Word(..) => self.is_role(units[k]) || self.is_person_title(units[k]),
                Unit::Punct(_) => self.is_title_stop(units, k),
                Unit::Quote(_) => false,
            })
            .find_map(|k| match units[k] {
                Unit::Actor(a) if self.kind(a) == ActorKind::Person => Some(a),
                _ => None,
            })
    }

    /// Whether `after`, what follows a name in a label under a quotation, is its role after a
    /// comma and nothing else: a few words, no sentence, no quotation, nothing said.
    fn is_role_label(&self, after: &str) -> bool {
        let Some(role) = after.strip_prefix(',') else {
            return false;
        };
        let role = role.trim().trim_end_matches('.');
        let mut words = role
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        !role.is_empty()
            && !role.contains([
                '.', '!', '?', ':', ';', '"', '“', '”', '„', '‘', '’', '«', '»',
            ])
            && words.clone().nth(LABEL_ROLE_WORDS).is_none()
            && !words.any(|w| self.words.speech_cues.contains(w))
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
        // A short clause that opens with its reporting verb within a few words, and no sentence
        // after it: where and to whom it was said may follow ("…," he told reporters in
        // Brisbane; "…," Downing Street said on Monday). Words are what spaces part: a
        // hyphenated description is one ("…," the 61-year-old Austrian told The Daily Herald).
        let words = after
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        let one_sentence = !after
            .trim_end()
            .trim_end_matches(['.', '!', '?'])
            .contains(['.', '!', '?']);
        one_sentence
            && words.clone().nth(REPORT_WORDS).is_none()
            && words.take(5).any(|w| self.words.speech_cues.contains(w))
    }

    /// Whether the words right after quotation `q`, past a dash or a comma, sum it up as the
    /// words of people not named: "'…' - that's how workers at the plant summed up the news"
    /// (not "that's how Tom Reilly put it", nor "that's how he put it").
    fn summed_up_by_no_one(&self, q: usize) -> bool {
        if self.words.summing_up.is_empty() {
            return false;
        }
        let after = &self.text[self.quotes[q].span.end as usize..];
        let rest = after
            .split('\n')
            .next()
            .unwrap_or_default()
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ','));
        let head: String = rest
            .chars()
            .take(SUMMING_UP_CHARS)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect();
        self.words.summing_up.iter().any(|phrase| {
            head.get(..phrase.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(phrase))
                && head[phrase.len()..].starts_with(' ')
                && head[phrase.len()..]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && !self.words.pronouns.contains(w)
                            && !w.eq_ignore_ascii_case(&self.words.impersonal)
                    })
        })
    }

    fn speaker_of(&self, s: usize, u: usize) -> Option<ActorId> {
        let units = &self.units;
        let sentence = self.sentences[s].clone();
        // 0. "'…' - that's how workers at the plant summed up the news": people not named.
        if let Unit::Quote(q) = units[u]
            && self.summed_up_by_no_one(q)
        {
            return None;
        }
        // 0a. "described as “…” by Magistrate Stjernqvist": the agent of a passive reporting
        // verb.
        if let Some(agent) = self.passive_agent(u, sentence.clone()) {
            return Some(agent);
        }
        // 1. A reporting clause after the quotation: its subject before the verb ("…," Smith
        // said; „…”, Jansen zei), else the speaker after it („…”, zei Jansen). What stands before
        // the quotation in its sentence (after a colon) is part of what is reported: a pronoun
        // there stands for no one it names.
        let near = sentence.start.max(u.saturating_sub(CLAUSE_REACH));
        let reported = &units[units[near..u]
            .iter()
            .rposition(|&unit| unit == Unit::Punct(':'))
            .map_or(near, |colon| near + colon + 1)..u];
        // "“…” and Mr Jones has written to her": a conjunction right after the quotation opens a
        // clause of its own, whose verb reports nothing of it (up to a comma: in "a “…” and
        // houses were hit, the governor said" the conjunction joins two nouns).
        let conjunction = units[u + 1..sentence.end]
            .iter()
            .position(|unit| !matches!(unit, Unit::Punct(_)))
            .map(|k| u + 1 + k)
            .filter(|&k| self.is_word_in(units[k], &self.words.conjunctions));
        let clause_start = conjunction.map_or(u + 1, |k| {
            (k..sentence.end)
                .find(|&j| units[j] == Unit::Punct(','))
                .unwrap_or(sentence.end)
        });
        for c in clause_start..sentence.end.min(u + 1 + CLAUSE_REACH) {
            if !self.is_word_in(units[c], &self.words.speech_cues) {
                continue;
            }
            // "it's “a disservice” to say New Zealand hasn't done well": an infinitive reports
            // nothing that was said.
            if !self.words.infinitive.is_empty()
                && self.is_word(units[c - 1], &self.words.infinitive)
            {
                continue;
            }
            // "“…,” the NZ Herald reported him saying": the paper passes on his words.
            if self.relays_pronoun(units, c, sentence.end) {
                let mut except = self.named_in_clause(reported, c, sentence.end);
                except.extend(
                    units[u + 1..c]
                        .iter()
                        .filter(|unit| matches!(unit, Unit::Actor(_))),
                );
                return self.resolve_except(Said::Anaphor, u, &except);
            }
            if let Some(said) = self.subject_between(units, u + 1, c) {
                return self.resolve_except(
                    said,
                    u,
                    &self.named_in_clause(reported, c, sentence.end),
                );
            }
            // The speaker after the verb, in a language with inversion or where the verb opens
            // the clause after the quotation ("…," said Smith), not where another clause goes on
            // ("…" and insisted France would …).
            // (Or a source after a comma at the sentence's end, after words of the sentence:
            // "Morgan is “failing” as First Minister, according to Plaid leader Rhun ap
            // Iorwerth.")
            let opens_clause = self.words.inversion
                || units[u + 1..c].iter().all(|&unit| {
                    matches!(unit, Unit::Punct(_)) || self.is_word_in(unit, &self.words.fillers)
                })
                || (units[c - 1] == Unit::Punct(',')
                    && self.is_word_in(units[c], &self.words.speaker_after_only));
            if opens_clause && let Some(said) = self.said_after(units, c, sentence.end, true) {
                return self.resolve_except(
                    said,
                    u,
                    &self.named_in_clause(reported, c, sentence.end),
                );
            }
            // A verb right after the quotation that ends its sentence has its subject before
            // the quotation: "Vorige week had Anna de Wit het plan „onhaalbaar” genoemd."
            if c == u + 1
                && units[c + 1..sentence.end]
                    .iter()
                    .all(|unit| matches!(unit, Unit::Punct(_)))
                && let Some(a) = self.person_subject_before(units, sentence.start, u)
            {
                return Some(a);
            }
        }
        // 1a. In a language with inversion, any verb right after the quotation's comma with a
        // person right after it reports it, as "zei" would: "„…”, wuifde Bosman de vraag weg".
        if let Some(a) = self.inverted_subject(u, sentence.end) {
            return Some(a);
        }
        // 2. A reporting clause before it.
        // A pronoun or role there stands for no one named after the verb: in "the ex-lawyer
        // blames Trump for “…”" the one blamed is not the one who speaks.
        if let Some(said) = self.said_before(units, sentence.start, u) {
            let except = (sentence.start..u)
                .rfind(|&c| self.is_word_in(units[c], &self.words.speech_cues))
                .map_or_else(Vec::new, |c| self.named_in_clause(&[], c, u));
            return self.resolve_except(said, u, &except);
        }
        // 2a. An owner right before the quotation says whose words they are: Smith’s “life back”
        // remark.
        if let Some(o) = u.checked_sub(3)
            && let Unit::Actor(a) = units[o]
            && o >= sentence.start
            && self.kind(a) != ActorKind::Place
            && self.is_possessor(units, o)
        {
            return Some(a);
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
        // (A longer sentence after a question or an exclamation that opens with a name and its
        // verb reports it too: "…?" Smith asked the crowd, who ….)
        let asks = matches!(units[u], Unit::Quote(q)
            if self.text[self.quotes[q].inner.range()].trim_end().ends_with(['?', '!']));
        if units[u + 1..sentence.end].is_empty()
            && let Some(next) = self.sentences.get(s + 1)
            && (next.len() <= 5 || asks)
        {
            let clause = next.start..next.end.min(next.start + 4);
            for c in clause.clone() {
                if !self.is_word_in(units[c], &self.words.speech_cues) {
                    continue;
                }
                // (Past a title before the name: "…?" Mr Halloway wondered aloud.)
                if next.len() > 5
                    && !(c > next.start
                        && matches!(units[c - 1], Unit::Actor(_))
                        && (next.start..c - 1).all(|k| {
                            self.is_title_stop(units, k) || self.is_person_title(units[k])
                        }))
                {
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
        // 3. (before 3a) "Dat heeft X gezegd." in the next sentence, which names the speaker of a
        // quotation that makes a sentence of its own too ("“…” Zo verwoordt Jan Smit het.").
        if let Some(next) = self.sentences.get(s + 1) {
            let starts_with_dat = self.is_word(units[next.start], &self.words.that)
                || self.is_word_in(units[next.start], &self.words.reporting_back);
            let cue = next
                .clone()
                .find(|&x| self.is_word_in(units[x], &self.words.speech_cues));
            if starts_with_dat && let Some(c) = cue {
                // "Blok heeft België „…” genoemd. Dat meldt De Standaard.": who reports it passes
                // on the words of the person the quotation's sentence is about. Else the subject
                // after the verb, a role too ("Dit zegt de topman in gesprek met NRC").
                // ("Dat had hij onderstreept": its subject before the verb, when it has one.)
                return self
                    .person_subject_before(units, sentence.start, u)
                    .or_else(|| {
                        self.subject_between(units, next.start, c)
                            .or_else(|| self.said_after(units, c, next.end, false))
                            .and_then(|said| self.resolve(said, u))
                    })
                    .or_else(|| self.first_actor(&units[next.clone()]));
            }
        }
        // 3a. A quotation that opens its paragraph goes on from the one that ended the paragraph
        // before.
        if opens_sentence && nothing_after && s == 0 && self.previous.is_some() && !self.heading {
            return self.previous;
        }
        if opens_sentence
            && nothing_after
            && s > 0
            && let Some(speaker) = self.continued_from(u, self.sentences[s - 1].clone())
        {
            return speaker;
        }
        // 5. A quotation that opens its paragraph after one that ends in a colon: whom that
        // colon's sentence names ("De vaststellingen van Audit Vlaanderen zijn snoeihard:").
        if s == 0
            && opens_sentence
            && let Some(a) = self.introduced_by_colon(u)
        {
            return Some(a);
        }
        // 6. Words said with nothing around them to say whose: the person the text before is
        // about. A heading's quotation waits for the first one under it (below).
        if !self.heading && self.is_statement(u) {
            return self.statement_speaker(s, u);
        }
        // 7. A word or phrase quoted inside a sentence with no reporting verb is the sentence's
        // subject's: "Het ABVV wil ook “een krachtig actieplan” voorleggen", "He calls the plan
        // “dead”".
        if !self.heading {
            return self.phrase_speaker(s, u);
        }
        None
    }

    /// Whether the reporting verb at unit `c` has an object pronoun and words of relayed speech
    /// after it, up to the sentence's `end`: "reported him saying", "quoted her as saying" (the
    /// last of those words is no preposition: "told him as …" relays nothing).
    fn relays_pronoun(&self, units: &[Unit], c: usize, end: usize) -> bool {
        let Some(&pronoun) = units.get(c + 1).filter(|_| c + 1 < end) else {
            return false;
        };
        if !self.is_word_in(pronoun, &self.words.pronouns)
            || self.is_word_in(pronoun, &self.words.subject_pronouns)
        {
            return false;
        }
        let relayed = units[c + 2..end]
            .iter()
            .take_while(|&&unit| self.is_word_in(unit, &self.words.relayed_speech))
            .last();
        relayed.is_some_and(|&last| !self.is_word_in(last, &self.words.speaker_stops))
    }

    /// What a pronoun or role in a reporting clause after a quotation stands for none of: the
    /// names in what the quotation's sentence reports before it (`reported`), and the actors named
    /// in the clause after its verb at `c`, up to the sentence's `end`: in "“…,” he told Zeleny"
    /// and "„…”, zei hij tegen Jansen" the one spoken to is not the one who speaks.
    fn named_in_clause(&self, reported: &[Unit], c: usize, end: usize) -> Vec<Unit> {
        let mut except = reported.to_vec();
        except.extend(
            self.units[c + 1..end.min(c + 1 + CLAUSE_REACH)]
                .iter()
                .filter(|unit| matches!(unit, Unit::Actor(_))),
        );
        except
    }

    /// The person right after the verb that opens the clause after the quotation at unit `u`
    /// (its comma inside or after it), in a language with inversion, up to the sentence's
    /// `end`: "„…”, wuifde Bosman de vraag weg". The verb is any lower-case word that is no
    /// article, conjunction, preposition or pronoun ("„…”, terwijl Jansen …" reports nothing).
    fn inverted_subject(&self, u: usize, end: usize) -> Option<ActorId> {
        let units = &self.units;
        let Unit::Quote(q) = units[u] else {
            return None;
        };
        if !self.words.inversion {
            return None;
        }
        let mut k = u + 1;
        let comma_inside = self.text[self.quotes[q].inner.range()]
            .trim_end()
            .ends_with(',');
        if units.get(k) == Some(&Unit::Punct(',')) {
            k += 1;
        } else if !comma_inside {
            return None;
        }
        // "„…”, zo vat burgemeester Van Tittelboom het plan samen": past the word that points
        // back at the quotation.
        if units
            .get(k)
            .is_some_and(|&unit| self.is_word_in(unit, &self.words.reporting_back))
        {
            k += 1;
        }
        if k + 1 >= end {
            return None;
        }
        let Unit::Word(s, e) = units[k] else {
            return None;
        };
        let word = &self.text[s as usize..e as usize];
        let lists = [
            &self.words.speaker_stops,
            &self.words.fillers,
            &self.words.conjunctions,
            &self.words.openers,
            &self.words.pronouns,
            &self.words.possessives,
        ];
        if !word.starts_with(char::is_lowercase)
            || lists.iter().any(|list| list.contains(word))
            || self.is_preposition(word)
        {
            return None;
        }
        // (Past a role in lower case before the name: "vat burgemeester Van Tittelboom".)
        let mut n = k + 1;
        if n + 1 < end && self.is_role(units[n]) && self.is_lower_word(units[n]) {
            n += 1;
        }
        match units[n] {
            Unit::Actor(a) if self.kind(a) == ActorKind::Person && !self.is_possessor(units, n) => {
                Some(a)
            }
            _ => None,
        }
    }

    /// Whether a unit is a word that opens in lower case.
    fn is_lower_word(&self, unit: Unit) -> bool {
        matches!(unit, Unit::Word(s, _) if self.text[s as usize..].starts_with(char::is_lowercase))
    }

    /// Whether the quotation at unit `u` is a term named: of three words at most, right after an
    /// article and a term noun ("het woord ‘museumbeveiliging’", "the term “woke”").
    fn named_term(&self, u: usize) -> bool {
        let Unit::Quote(q) = self.units[u] else {
            return false;
        };
        let inner = self.text[self.quotes[q].inner.range()].trim_end();
        // A nickname: quoted inside a name ("Sean 'Sparky' Nolan"), and the same words quoted
        // anywhere else in the article ("known to all as “Sparky”").
        if self.nicknames.contains(&inner) {
            return true;
        }
        if self.work_title(u, inner) {
            return true;
        }
        u > 1
            && self.is_word_in(self.units[u - 1], &self.words.term_nouns)
            && matches!(self.units[u - 2], Unit::Word(s, e)
                if self.lexicon.articles.contains(&self.text[s as usize..e as usize]))
            && inner.split_whitespace().nth(3).is_none()
            && !inner.ends_with(SENTENCE_ENDS)
    }

    /// Whether the quotation at unit `u`, whose words are `inner`, is a work's title: it opens
    /// with a capital or a digit, is no sentence, and stands right after a work noun ("het
    /// Madness-liedje ‘Our House’", "the song “Our House”"), or after a naming word and a work
    /// noun ("a book called “The Long Road”"), or after a word that always names a title ("a
    /// paper titled “…”"). A quotation in lower case after such a noun goes on its sentence:
    /// "the programme “has failed”" is said.
    fn work_title(&self, u: usize, inner: &str) -> bool {
        let titled = inner.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !inner.ends_with(['.', ',', ';', ':'])
            && inner.split_whitespace().nth(TITLE_WORDS).is_none();
        if !titled || u == 0 {
            return false;
        }
        let before = self.units[u - 1];
        if self.is_word_in(before, &self.words.title_words) {
            return true;
        }
        let noun_at = if self.is_word_in(before, &self.words.naming_words) {
            u.checked_sub(2)
        } else {
            Some(u - 1)
        };
        noun_at.is_some_and(|k| self.is_work_noun(self.units[k]))
    }

    /// Whether a unit is a work noun in lower case, or a compound that ends in one
    /// ("Madness-liedje", "coalitieakkoord").
    fn is_work_noun(&self, unit: Unit) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        let word = &self.text[s as usize..e as usize];
        if !word.starts_with(char::is_lowercase) && !word.contains('-') {
            return false;
        }
        let last = word.rsplit('-').next().unwrap_or(word);
        self.words.work_nouns.contains(last)
            || (MIN_COMPOUND_HEAD..last.len().saturating_sub(MIN_COMPOUND_HEAD - 1))
                .any(|at| last.is_char_boundary(at) && self.words.work_nouns.contains(&last[at..]))
    }

    /// Whether quotation `q` is a nickname inside a person's name: one or two capitalised words
    /// between a capitalised word and another, a space either side ("Sean 'Sparky' Nolan").
    fn is_nickname(&self, q: usize) -> bool {
        let quote = &self.quotes[q];
        let inner = self.text[quote.inner.range()].trim_end();
        let words = || inner.split_whitespace();
        let capitalised = |word: &str| word.starts_with(char::is_uppercase);
        if inner.is_empty()
            || words().nth(2).is_some()
            || !words().all(|w| capitalised(w) && w.chars().all(char::is_alphabetic))
        {
            return false;
        }
        let before = &self.text[..quote.span.start as usize];
        let after = &self.text[quote.span.end as usize..];
        before.strip_suffix(' ').is_some_and(|b| {
            b.rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| capitalised(w) && w.chars().all(char::is_alphabetic))
        }) && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase))
    }

    /// Whether the quotation at unit `u` reads as something said, not a term quoted: four words
    /// or more, or a sentence.
    fn is_statement(&self, u: usize) -> bool {
        let Unit::Quote(q) = self.units[u] else {
            return false;
        };
        let inner = self.text[self.quotes[q].inner.range()].trim_end();
        inner.ends_with(SENTENCE_ENDS) || inner.split_whitespace().nth(3).is_some()
    }
}
