//! The reporting clauses around a quotation, and whom they name as its speaker: after it („…”,
//! zei Jansen), before it (Jansen zei: „…”; volgens Jansen „…”), with the subject before or after
//! its verb, a role ("zei de minister") or a description ("zei de ex-militair").

use super::{Analysis, CLAUSE_REACH, SOURCE_REACH, Said};

use crate::corpus::actors::ActorKind;
use crate::corpus::article::ActorId;
use crate::corpus::quotes::units::Unit;

/// How many units the subject of a reporting verb that names no one may have ("another worker
/// at the plant", "a 50-year-old resident of the estate").
const UNNAMED_SUBJECT_UNITS: usize = 8;

impl Analysis<'_> {
    /// The speaker named right after a cue at `c`, looking no further than `end`.
    /// With `loose`, the first actor in the next few units counts ("zei onderminister van
    /// Buitenlandse Zaken Sergej Rjabkov"); otherwise it must follow at once.
    pub(super) fn said_after(
        &self,
        units: &[Unit],
        c: usize,
        end: usize,
        loose: bool,
    ) -> Option<Said> {
        // "he told Smith": who was spoken to.
        if self.is_word_in(units[c], &self.words.speaker_before_only) {
            return None;
        }
        let limit = end.min(c + 1 + if loose { 7 } else { 3 });
        let mut i = c + 1;
        while i < limit {
            match units[i] {
                // A place never speaks: "zei Trump in Washington" is Trump's.
                Unit::Actor(a) if self.kind(a) == ActorKind::Place => {}
                // "said Ramaphosa’s spokesperson": someone of his, not he.
                Unit::Actor(_) if let Some(n) = self.owner_len(units, i) => {
                    i += n;
                    continue;
                }
                // "schrijft D66-voorman Pieter Groen": the person a compound of an organisation
                // and a lower-case word names, not the organisation, whatever the word.
                Unit::Actor(_)
                    if units.get(i + 1) == Some(&Unit::Punct('-'))
                        && matches!(units.get(i + 2), Some(&Unit::Word(s, _))
                            if self.text[s as usize..].starts_with(char::is_lowercase))
                        && let Some(&Unit::Actor(person)) = units.get(i + 3)
                        && self.kind(person) == ActorKind::Person =>
                {
                    return Some(Said::Actor(person));
                }
                // "zegt de KLM-topvrouw": a role, not the organisation.
                Unit::Actor(_)
                    if units.get(i + 1) == Some(&Unit::Punct('-'))
                        && units.get(i + 2).is_some_and(|&unit| self.is_role(unit)) =>
                {
                    return Some(self.role_at(units, i + 2, limit));
                }
                // "aldus N-VA parlementslid Mathias Verbeke", "said Labour councillor Mary
                // Jones": the person the organisation's role names, not the organisation (nor
                // a firm's name that discovery took for a person's: "said City Power
                // spokesperson Isaac Mangena").
                Unit::Actor(_) if let Some(person) = self.titled_after(units, i, limit) => {
                    return Some(Said::Actor(person));
                }
                Unit::Actor(a) => return Some(Said::Actor(a)),
                Unit::Quote(_) => return None,
                // "said Rep. Kevin McCarthy": the title's stop ends nothing.
                Unit::Punct(ch) if ".;:!?".contains(ch) && !self.is_title_stop(units, i) => {
                    return None;
                }
                Unit::Punct(_) => {}
                unit => {
                    if self.is_word_in(unit, &self.words.pronouns) {
                        return Some(Said::Anaphor);
                    }
                    if self.is_word(unit, &self.words.impersonal) {
                        let next = units.get(i + 1).copied();
                        if !matches!(next, Some(Unit::Actor(_) | Unit::Word(..))) {
                            return Some(Said::Impersonal);
                        }
                        // "„…”, klinkt het bij Dieter Goemaere": whom it comes from.
                        if let Some(source) = self.impersonal_source(units, i + 1, limit) {
                            return Some(source);
                        }
                        // "„…”, klonk het volgens De Standaard": who passes the words on is not
                        // who said them; the previous speaker goes on.
                        if next.is_some_and(|w| self.is_word_in(w, &self.words.speaker_after_only))
                        {
                            return Some(Said::Impersonal);
                        }
                    }
                    if self.is_role(unit) {
                        return Some(self.role_at(units, i, limit));
                    }
                    // "explained Arlington Police Lt. Courtney White": a capitalised word of a
                    // name discovery left whole before a title and a person is the person's
                    // organisation, as a name found before one is ("said Labour councillor …").
                    if let Unit::Word(s, _) = unit
                        && self.text[s as usize..].starts_with(char::is_uppercase)
                        && let Some(person) = self.titled_after(units, i, limit)
                    {
                        return Some(Said::Actor(person));
                    }
                    if let Some(body) = self.body(units, i) {
                        // "said company spokesman John Williams": a body's noun before a role
                        // is the role's.
                        if units.get(i + 1).is_some_and(|&next| self.is_role(next)) {
                            return Some(self.role_at(units, i + 1, limit));
                        }
                        // ... and so before any word for what someone does and her name: "said
                        // city administrator Brian Yerges".
                        if units.get(i + 1).is_some_and(|&w| self.is_lower_word(w))
                            && let Some(&Unit::Actor(person)) = units.get(i + 2)
                            && self.kind(person) == ActorKind::Person
                        {
                            return Some(Said::Actor(person));
                        }
                        return Some(body);
                    }
                    // "zei de ex-militair,": someone described, named before (not "zei de
                    // burgemeester.", a role: the one titled with it).
                    if loose
                        && i == c + 1
                        && self.is_word(unit, "de")
                        && !(i + 1 < limit && self.body(units, i + 1).is_some())
                        && !(i + 1 < limit && self.is_role(units[i + 1]))
                        && self.described(units, i)
                    {
                        // "zeggen de twee", "vinden de buren": a plural verb (its "-en", no
                        // participle's "ge-") has several speakers, or people not named.
                        if let Unit::Word(s, e) = units[c] {
                            let verb = self.text[s as usize..e as usize].to_lowercase();
                            if verb.ends_with("en") && !verb.starts_with("ge") {
                                return Some(Said::Nobody);
                            }
                        }
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

    /// The person a role right after unit `i` names, up to `limit`: the one whose
    /// organisation stands at `i` ("Labour" of "said Labour councillor Mary Jones").
    fn titled_after(&self, units: &[Unit], i: usize, limit: usize) -> Option<ActorId> {
        if !units.get(i + 1).is_some_and(|&unit| self.is_role(unit)) {
            return None;
        }
        match self.role_at(units, i + 1, limit) {
            Said::Actor(person) if self.kind(person) == ActorKind::Person => Some(person),
            _ => None,
        }
    }

    /// Whether the actor at unit `i` is written as an owner: "Ramaphosa’s", "Britain's", "Jones'
    /// lawyer".
    pub(super) fn is_possessor(&self, units: &[Unit], i: usize) -> bool {
        self.owner_len(units, i).is_some()
    }

    /// How many units the owner at unit `i` takes with its mark: 3 for "Ramaphosa’s", 2 for
    /// "Jones' lawyer" (an apostrophe and a lower-case word after it).
    pub(super) fn owner_len(&self, units: &[Unit], i: usize) -> Option<usize> {
        if !matches!(units.get(i + 1), Some(Unit::Punct('\'' | '’'))) {
            return None;
        }
        match units.get(i + 2) {
            Some(&unit) if self.is_word(unit, "s") => Some(3),
            Some(&Unit::Word(s, _)) if self.text[s as usize..].starts_with(char::is_lowercase) => {
                Some(2)
            }
            _ => None,
        }
    }

    /// Whether the actor at unit `i` is the short form in brackets of the name right before it:
    /// "the Northern Defence Agency (NDA)".
    pub(super) fn is_short_form(&self, units: &[Unit], i: usize) -> bool {
        i >= 2
            && matches!(units[i], Unit::Actor(_))
            && units.get(i + 1) == Some(&Unit::Punct(')'))
            && units[i - 1] == Unit::Punct('(')
            && matches!(units[i - 2], Unit::Actor(a) if self.kind(a) != ActorKind::Place)
    }

    /// Who a role at unit `i` stands for: the person named in the title phrase ("zei
    /// onderminister van Buitenlandse Zaken Sergej Rjabkov") or right after it between commas
    /// ("said her spokesperson, Tom Willis"), else the person named before ("zei de minister").
    pub(super) fn role_at(&self, units: &[Unit], i: usize, limit: usize) -> Said {
        if let (Some(Unit::Punct(',')), Some(&Unit::Actor(a))) =
            (units.get(i + 1), units.get(i + 2))
            && self.kind(a) == ActorKind::Person
        {
            return Said::Actor(a);
        }
        let mut j = i + 1;
        while j < limit {
            match units[j] {
                // "said Mr. Jones' lawyer, Ellen Park": the owner's role speaks, not the owner.
                Unit::Actor(_) if let Some(n) = self.owner_len(units, j) => {
                    if units.get(j + n).is_some_and(|&unit| self.is_role(unit)) {
                        return self.role_at(units, j + n, limit.max(j + n + 1));
                    }
                    j += n;
                    continue;
                }
                Unit::Actor(a) if self.kind(a) == ActorKind::Person => return Said::Actor(a),
                // "said Sen. Elizabeth Warren".
                Unit::Punct(_) if self.is_title_stop(units, j) => {}
                Unit::Punct(_) | Unit::Quote(_) => break,
                unit if self.is_word_in(unit, &self.words.speaker_stops) => break,
                _ => {}
            }
            j += 1;
        }
        self.role_said(units, i)
    }

    /// Whom a role at unit `i` stands for when no name goes with it: someone named before, not
    /// its owner ("Carter’s press secretary" is not Carter).
    pub(super) fn role_said(&self, units: &[Unit], i: usize) -> Said {
        // "a Bank of England spokesperson", "a spokesperson": someone not named before, who
        // speaks for the organisation named with the role, else for no one named.
        let organisation = i.checked_sub(1).and_then(|b| match units[b] {
            Unit::Actor(a) if self.kind(a) == ActorKind::Organisation => Some((b, a)),
            _ => None,
        });
        let article = organisation.map_or(i, |(b, _)| b);
        if article
            .checked_sub(1)
            .is_some_and(|b| self.is_word_in(units[b], &self.words.indefinites))
        {
            // "Maggi Taylor, 59, a teacher from Cumbernauld, said": in apposition after a
            // comma, the role describes the person named before it.
            if let Some(person) = self.apposed_to(units, article - 1) {
                return Said::Actor(person);
            }
            return match (organisation, units[i]) {
                (Some((_, a)), Unit::Word(s, e)) => Said::RoleIn(a, s, e),
                (Some((_, a)), _) => Said::Actor(a),
                (None, _) => Said::Nobody,
            };
        }
        // The owner, its "’s" and up to two words before the role ("Carter’s press secretary").
        let owner = (0..=3).filter_map(|k| i.checked_sub(2 + k)).find(|&o| {
            matches!(units[o], Unit::Actor(_))
                && self
                    .owner_len(units, o)
                    .is_some_and(|n| o + n <= i && o + n + 2 >= i)
                && units[o + 2..i]
                    .iter()
                    .all(|unit| matches!(unit, Unit::Word(..)))
        });
        match (owner.map(|o| units[o]), units[i]) {
            (Some(Unit::Actor(a)), _) => Said::RoleOf(a),
            (_, Unit::Word(s, e)) => Said::Role(s, e),
            _ => Said::Anaphor,
        }
    }

    /// The person a description opening at unit `i` stands in apposition to: named right before
    /// it and a comma, past an age ("Maggi Taylor, 59, a teacher").
    fn apposed_to(&self, units: &[Unit], i: usize) -> Option<ActorId> {
        let mut k = i.checked_sub(1)?;
        if units[k] != Unit::Punct(',') {
            return None;
        }
        // Past an age and its comma.
        if let Some(age) = k.checked_sub(2)
            && matches!(units[k - 1], Unit::Word(s, e)
                if self.text[s as usize..e as usize].bytes().all(|b| b.is_ascii_digit()))
            && units[age] == Unit::Punct(',')
        {
            k = age;
        }
        match units.get(k.checked_sub(1)?) {
            Some(&Unit::Actor(a)) if self.kind(a) == ActorKind::Person => Some(a),
            _ => None,
        }
    }

    /// Whether the article at unit `i` opens a description of a person that ends the clause:
    /// one to three lower-case words (or an adjective of a place: "de Vlissingse") and then
    /// punctuation ("de extreemrechtse president,",
    /// "de ex-militair.").
    pub(super) fn described(&self, units: &[Unit], i: usize) -> bool {
        let mut words = 0;
        for &unit in units.iter().skip(i + 1).take(4) {
            match unit {
                Unit::Word(s, _) if self.text[s as usize..].starts_with(char::is_lowercase) => {
                    if self.is_word_in(unit, &self.words.speaker_stops) {
                        return words > 0;
                    }
                    words += 1;
                }
                // "aldus de Vlissingse.": an adjective of a place, as a noun for someone from
                // there.
                Unit::Word(s, e)
                    if words == 0
                        && self
                            .lexicon
                            .is_adjective(&self.text[s as usize..e as usize]) =>
                {
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
    pub(super) fn subject_between(&self, units: &[Unit], start: usize, c: usize) -> Option<Said> {
        let mut passed_over = None;
        self.subject_between_past(units, start, c, &mut passed_over)
            // "…," the company, Acme Corp, said: no one else is the subject.
            .or(passed_over.map(Said::Actor))
    }

    /// [`Analysis::subject_between`], noting in `passed_over` the organisation it passed over
    /// in an apposition.
    fn subject_between_past(
        &self,
        units: &[Unit],
        start: usize,
        c: usize,
        passed_over: &mut Option<ActorId>,
    ) -> Option<Said> {
        // "… ‘een slechte zaak’ voor Parkstad, zegt deelnemer Theo de Groot": in a language with
        // inversion, a verb right after a comma opens its clause, and its subject follows it.
        if self.words.inversion && c > start && units[c - 1] == Unit::Punct(',') {
            return None;
        }
        let mut i = c;
        // An apposition between commas may stand between the subject and its verb: "…," Pitney's
        // tour manager, James Kelly, told …; "…," Neil Katyal, attorney for …, said.
        let mut in_apposition = false;
        let mut commas = 0;
        while i > start && c - i < 12 {
            i -= 1;
            match units[i] {
                // "…," Tom Willis, Carter’s spokesman, said: the owner in an apposition is not
                // the subject.
                Unit::Actor(_) if in_apposition && self.is_possessor(units, i) => {}
                // "…," Wes Traub, NASA's Exoplanet Exploration Program chief scientist, said:
                // an organisation or place inside the apposition is the person's, no subject.
                Unit::Actor(a) if commas == 1 && self.kind(a) != ActorKind::Person => {
                    if self.kind(a) == ActorKind::Organisation {
                        passed_over.get_or_insert(a);
                    }
                }
                Unit::Punct('\'' | '’') if in_apposition => {}
                // "…," Lilian Schuster of the University of Innsbruck told …: the person, not
                // the organisation that describes her.
                Unit::Actor(a) if self.kind(a) != ActorKind::Place => {
                    return Some(Said::Actor(self.person_of(units, start, i, a).unwrap_or(a)));
                }
                Unit::Quote(_) => return None,
                // "…," the Northern Defence Agency (NDA) said: the name before its short form.
                Unit::Punct(')') if i >= 2 && self.is_short_form(units, i - 1) => i -= 2,
                Unit::Punct(',') if i + 1 == c || in_apposition => {
                    in_apposition = true;
                    commas += 1;
                }
                Unit::Punct(_) => return None,
                _ if in_apposition => {}
                Unit::Actor(_) => return None,
                unit if self.is_word_in(unit, &self.words.pronouns) => return Some(Said::Anaphor),
                unit if self.is_role(unit) => return Some(self.role_said(units, i)),
                _ if self.body(units, i).is_some() => return self.body(units, i),
                // "…," it said (not in a language whose impersonal word only follows its verb).
                unit if !self.words.inversion && self.is_word(unit, &self.words.impersonal) => {
                    return Some(Said::It);
                }
                unit if self.is_word_in(unit, &self.words.fillers) => {}
                _ => return None,
            }
        }
        None
    }

    /// The person right before an organisation at unit `i` that says whose she is: "Lilian
    /// Schuster of the University of Innsbruck", "Jan de Vries van de Universiteit Utrecht",
    /// "Sgt. Omar Felke with the Westbay Police Department" (`affiliations`).
    fn person_of(
        &self,
        units: &[Unit],
        start: usize,
        i: usize,
        organisation: ActorId,
    ) -> Option<ActorId> {
        // (A name discovery took for a person's after "with", "at" or "from" is still where she
        // works: "Ann Lee from Harbour Water said".)
        let affiliation_only = self.kind(organisation) == ActorKind::Person;
        if self.kind(organisation) == ActorKind::Place {
            return None;
        }
        let mut of = self
            .past_fillers(units, start, i)
            .checked_sub(1)
            .filter(|&o| o > start)?;
        // Past a word that describes the organisation and its article: "John Crouch at the
        // official Metservice said".
        if let Unit::Word(s, _) = units[of]
            && self.text[s as usize..].starts_with(char::is_lowercase)
            && !self.is_word_in(units[of], &self.words.speaker_stops)
            && !self.is_word_in(units[of], &self.words.speech_cues)
        {
            let before = self.past_fillers(units, start, of);
            if before > start + 1
                && before < of
                && self.is_word_in(units[before - 1], &self.words.affiliations)
            {
                of = before - 1;
            }
        }
        let preposition = self.is_word_in(units[of], &self.words.affiliations)
            || (!affiliation_only && self.is_word(units[of], &self.words.of));
        if !preposition {
            return None;
        }
        match units[of - 1] {
            Unit::Actor(person) if self.kind(person) == ActorKind::Person => Some(person),
            _ => None,
        }
    }

    /// Whether the actor at unit `b` follows a preposition, so that it is no subject:
    /// "director-general of the World Health Organization announced" (articles may stand
    /// between, and a title with the name in apposition: "with Syrian President, Bashar
    /// al-Assad"). A conjunction
    /// opens a clause whose subject follows: "the fact that Vance called Trump “noxious”".
    pub(super) fn after_preposition(&self, units: &[Unit], start: usize, b: usize) -> bool {
        self.preposition_before(units, start, b, false).is_some()
    }

    /// The preposition (or "of") that the actor at unit `b` follows, as in
    /// [`Analysis::after_preposition`]; with `past_title`, past a title phrase without a comma
    /// too ("at Prime Minister Keir Starmer", where "after Mr Ross said" is for a subject right
    /// before its verb to settle first).
    fn preposition_before(
        &self,
        units: &[Unit],
        start: usize,
        b: usize,
        past_title: bool,
    ) -> Option<usize> {
        let b = self.name_group_start(units, start, b);
        let mut p = self.past_fillers(units, start, b);
        // Past a title and the capitalised words of its phrase, with the name in apposition:
        // "with Syrian President, Bashar al-Assad".
        let mut q = p;
        let apposition =
            q > start + 1 && units[q - 1] == Unit::Punct(',') && self.is_role(units[q - 2]);
        if apposition {
            q -= 1;
        }
        // Without the comma, past a role noun ("met minister Bakker zei Jan Smit"), not a title
        // that is part of the name ("after Mr Ross said").
        let role_noun = q > start && self.is_word_in(units[q - 1], &self.words.role_nouns);
        let mut title = false;
        for _ in 0..if apposition || past_title || role_noun {
            4
        } else {
            0
        } {
            if q <= start {
                break;
            }
            let Unit::Word(s, _) = units[q - 1] else {
                break;
            };
            if self.is_role(units[q - 1]) {
                title = true;
            } else if !self.text[s as usize..].starts_with(char::is_uppercase)
                || self.is_preposition_unit(units[q - 1])
            {
                break;
            }
            q -= 1;
        }
        if title {
            p = self.past_fillers(units, start, q);
        }
        if p > start && self.is_preposition_unit(units[p - 1]) {
            return Some(p - 1);
        }
        self.of_name_before(units, start, b)
    }

    /// Where the name at unit `b` starts the group of names it closes: a place after a place and
    /// a comma ("in Greenbelt, Maryland"), and a name after its owner ("of NASA’s Goddard Space
    /// Flight Center"), are in the phrase of the first, after its preposition.
    fn name_group_start(&self, units: &[Unit], start: usize, mut b: usize) -> usize {
        let place = |unit: Unit| {
            matches!(unit, Unit::Actor(a)
                if matches!(self.kind(a), ActorKind::Place | ActorKind::Country))
        };
        loop {
            if b >= start + 2
                && place(units[b])
                && units[b - 1] == Unit::Punct(',')
                && place(units[b - 2])
            {
                b -= 2;
            } else if b >= start + 3
                && matches!(units[b], Unit::Actor(_))
                && matches!(units[b - 3], Unit::Actor(_))
                && self.owner_len(units, b - 3) == Some(3)
            {
                b -= 3;
            } else {
                return b;
            }
        }
    }

    /// The "of" before the actor at unit `b` and the capitalised words of its name that
    /// discovery left out, right after a person: "Bishop Tom Harlan of New Dawn Christian
    /// Ministries said" (the organisation's name is no subject; the person's is).
    fn of_name_before(&self, units: &[Unit], start: usize, b: usize) -> Option<usize> {
        let mut q = b;
        for _ in 0..3 {
            match units.get(q.wrapping_sub(1)) {
                Some(&Unit::Word(s, _))
                    if q > start + 1 && self.text[s as usize..].starts_with(char::is_uppercase) =>
                {
                    q -= 1;
                }
                _ => break,
            }
        }
        let of = q.checked_sub(1).filter(|&o| o > start)?;
        if !self.is_word(units[of], &self.words.of) {
            return None;
        }
        match units[of - 1] {
            Unit::Actor(a) if self.kind(a) == ActorKind::Person => Some(of),
            _ => None,
        }
    }

    /// Whether a unit is a preposition, as [`Analysis::is_preposition`] tells of a word.
    fn is_preposition_unit(&self, unit: Unit) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        self.is_preposition(&self.text[s as usize..e as usize])
    }

    /// Unit `i`, or the first of the fillers ("the", "a") right before it, from `start` on.
    fn past_fillers(&self, units: &[Unit], start: usize, i: usize) -> usize {
        let mut p = i;
        while p > start && self.is_word_in(units[p - 1], &self.words.fillers) {
            p -= 1;
        }
        p
    }

    /// Where a clause between commas right before unit `c` opens, when it opens with a stop word
    /// ("James Pietragallo, who often repeats …, said"): the subject stands before it.
    fn relative_clause_before(&self, units: &[Unit], start: usize, c: usize) -> Option<usize> {
        if c < start + 2 || units[c - 1] != Unit::Punct(',') {
            return None;
        }
        (start..c - 1).rev().take(30).find(|&k| {
            units[k] == Unit::Punct(',')
                && units
                    .get(k + 1)
                    .is_some_and(|&w| self.is_word_in(w, &self.words.speaker_stops))
        })
    }

    /// Whether unit `i` stands in a clause between commas, before unit `c`, that opens with a stop
    /// word ("…, die ook voorzitter is, …", "…, who is also chair, …").
    fn in_relative_clause(&self, units: &[Unit], start: usize, i: usize, c: usize) -> bool {
        let closed = units[i..c].contains(&Unit::Punct(','));
        let opened = (start..i)
            .rev()
            .take(CLAUSE_REACH)
            .find(|&k| units[k] == Unit::Punct(','))
            .is_some_and(|k| {
                units
                    .get(k + 1)
                    .is_some_and(|&w| self.is_word_in(w, &self.words.speaker_stops))
            });
        closed && opened
    }

    /// The subject of a cue at `c`: the nearest person or pronoun before it in the sentence,
    /// else the nearest organisation or country. A clause between commas that opens with a stop
    /// word is passed over, and so is a name after a preposition.
    pub(super) fn said_by_subject(&self, units: &[Unit], start: usize, c: usize) -> Option<Said> {
        // "the crowd, who shouted back": a relative clause after a common noun reports someone
        // unnamed.
        if c >= start + 3
            && self.is_word_in(units[c - 1], &self.words.relatives)
            && units[c - 2] == Unit::Punct(',')
            && let Unit::Word(s, _) = units[c - 3]
            && self.text[s as usize..].starts_with(char::is_lowercase)
            && !self.is_role(units[c - 3])
            && self.body(units, c - 3).is_none()
            && !self.is_word_in(units[c - 3], &self.words.pronouns)
        {
            return Some(Said::Nobody);
        }
        // "… Julie Bishop, who accused Labour of “undermining” …": the verb of a relative clause
        // has the person it hangs from as its subject, not the sentence's.
        if c >= start + 3
            && self.is_word_in(units[c - 1], &self.words.relatives)
            && units[c - 2] == Unit::Punct(',')
            && let Unit::Actor(a) = units[c - 3]
            && self.kind(a) == ActorKind::Person
        {
            return Some(Said::Actor(a));
        }
        // "It said the decision followed an “extensive review”": the impersonal word right before
        // its verb (past fillers: "It also said") is the organisation's "it", as in "“…,” it
        // said" (not in a language whose impersonal word only follows its verb).
        if !self.words.inversion
            && let Some(b) = self.past_fillers(units, start, c).checked_sub(1)
            && b >= start
            && self.is_word(units[b], &self.words.impersonal)
        {
            return Some(Said::It);
        }
        let mut fallback = None;
        let verb = c;
        let c = self.relative_clause_before(units, start, c).unwrap_or(c);
        if self.unnamed_subject(units, start, c) {
            return Some(Said::Nobody);
        }
        let start = start.max(c.saturating_sub(CLAUSE_REACH));
        // Where the phrase of a name after a preposition opens: its title is no subject either
        // ("at Prime Minister Sir Keir Starmer, writing").
        let mut phrase_start = c;
        for (i, &unit) in units.iter().enumerate().take(c).skip(start).rev() {
            if i >= phrase_start {
                continue;
            }
            match unit {
                // "Assad's rule": an owner is no subject.
                Unit::Actor(_) if self.is_possessor(units, i) => {}
                // "the Northern Defence Agency (NDA) said": the name before its short form.
                Unit::Actor(_) if self.is_short_form(units, i) => {}
                Unit::Actor(_) if let Some(p) = self.preposition_before(units, start, i, true) => {
                    phrase_start = p;
                }
                Unit::Actor(a) if self.kind(a) == ActorKind::Person => return Some(Said::Actor(a)),
                Unit::Actor(a) if self.kind(a) != ActorKind::Place => {
                    fallback.get_or_insert(Said::Actor(a));
                }
                unit if self.is_word_in(unit, &self.words.pronouns) => {
                    return fallback.or(Some(Said::Anaphor));
                }
                // "Adrie Smit, die ook voorzitter is van de vereniging, …": a role in a clause
                // between commas that opens with a stop word describes the subject before it.
                // "Jane Okafor, leader of the Green Alliance, urged": a role in apposition between
                // commas describes the person before it, who is the subject, not the
                // organisation in the role's phrase.
                unit if self.is_role(unit) && !self.in_relative_clause(units, start, i, c) => {
                    if let Some(a) = self.apposed_person(units, start, i, verb) {
                        return Some(Said::Actor(a));
                    }
                    return fallback.or(Some(self.role_said(units, i)));
                }
                // "the province of Ontario said": a place's government.
                _ if let Some(place) = self.governed_place(units, i)
                    && units[i + 3..c]
                        .iter()
                        .all(|&w| self.is_word_in(w, &self.words.fillers)) =>
                {
                    return fallback.or(Some(Said::Actor(place)));
                }
                // "the commission said", not "the army were mobilised … and insisted".
                _ if self.body(units, i).is_some()
                    && units[i + 1..c]
                        .iter()
                        .all(|&w| self.is_word_in(w, &self.words.fillers)) =>
                {
                    return fallback.or(self.body(units, i));
                }
                _ => {}
            }
        }
        fallback
    }

    /// The place or country whose government a noun for a body at unit `i` names, with "of"
    /// ("van") between them: "the province of Ontario", "the City of Cape Town".
    pub(super) fn governed_place(&self, units: &[Unit], i: usize) -> Option<ActorId> {
        if !self.is_word_in(units[i], &self.words.place_governments)
            || !units
                .get(i + 1)
                .is_some_and(|&w| self.is_word(w, &self.words.of))
        {
            return None;
        }
        match units.get(i + 2) {
            Some(&Unit::Actor(a))
                if matches!(self.kind(a), ActorKind::Place | ActorKind::Country) =>
            {
                Some(a)
            }
            _ => None,
        }
    }

    /// Whether the subject before unit `c` (a reporting verb, or the comma that opens a clause
    /// about the subject) is someone not named, in a sentence from `start` that names no one
    /// before it: an indefinite article and common nouns, after the sentence's start or a
    /// comma ("Another worker, who did not want to be named, said", "Asked about it, a resident
    /// said"); no role, organisation noun or pronoun among them ("a spokesperson" is a role's;
    /// "A day later he said" is his).
    fn unnamed_subject(&self, units: &[Unit], start: usize, c: usize) -> bool {
        if c <= start
            || units[start..c]
                .iter()
                .any(|u| matches!(u, Unit::Actor(_) | Unit::Quote(_)))
        {
            return false;
        }
        let mut first = units[start..c]
            .iter()
            .rposition(|&unit| unit == Unit::Punct(','))
            .map_or(start, |k| start + k + 1);
        while first < c && self.is_word_in(units[first], &self.words.openers) {
            first += 1;
        }
        first + 1 < c
            && c - first <= UNNAMED_SUBJECT_UNITS
            && self.is_word_in(units[first], &self.words.indefinites)
            && (first + 1..c).all(|i| match units[i] {
                Unit::Word(s, _) => {
                    self.text[s as usize..].starts_with(char::is_lowercase)
                        && !self.is_word_in(units[i], &self.words.pronouns)
                        && !self.is_role(units[i])
                        && self.body(units, i).is_none()
                }
                Unit::Punct('-') => true,
                _ => false,
            })
    }

    /// The person a role at unit `i` is in apposition to, where the apposition closes with a
    /// comma right before the verb at `verb`: "Okafor, (the) leader of …, urged".
    fn apposed_person(
        &self,
        units: &[Unit],
        start: usize,
        i: usize,
        verb: usize,
    ) -> Option<ActorId> {
        let p = self.past_fillers(units, start, i);
        if p < start + 2 || units[p - 1] != Unit::Punct(',') || units[verb - 1] != Unit::Punct(',')
        {
            return None;
        }
        match units[p - 2] {
            Unit::Actor(a)
                if self.kind(a) == ActorKind::Person && !self.is_possessor(units, p - 2) =>
            {
                Some(a)
            }
            _ => None,
        }
    }

    /// A reporting clause before the quotation at `u` in its sentence.
    pub(super) fn said_before(&self, units: &[Unit], start: usize, u: usize) -> Option<Said> {
        for c in (start.max(u.saturating_sub(CLAUSE_REACH))..u).rev() {
            if !self.is_word_in(units[c], &self.words.speech_cues) {
                continue;
            }
            // "reports that Iran and the US had agreed to hold talks were “not true”": a verb
            // with an infinitive after it tells what was agreed or promised, and words quoted
            // further on are another clause's.
            // (`c + 4 < u` first: the units looked at after the verb are then all before the
            // quotation.)
            if c + 4 < u
                && !self.words.infinitive.is_empty()
                && !self.is_word_in(units[c], &self.words.speaker_after_only)
                && self.is_word(units[c + 1], &self.words.infinitive)
                && matches!(units[c + 2], Unit::Word(s, _)
                    if self.text[s as usize..].starts_with(char::is_lowercase))
            {
                continue;
            }
            // The subject right before its verb.
            if let Some(a) = self.subject_right_before(units, start, c) {
                return Some(Said::Actor(a));
            }
            // "according to finance minister Sigrid Kaag": a cue that names its speaker only
            // after it may have a role before the name.
            let after_only = self.is_word_in(units[c], &self.words.speaker_after_only);
            // "Hij dankt Bakkers ‘voor zijn inzet’": with its subject pronoun before it, the
            // name after the verb is whom it is about, not who speaks.
            let pronoun_subject = self
                .past_fillers(units, start, c)
                .checked_sub(1)
                .is_some_and(|b| {
                    b >= start && self.is_word_in(units[b], &self.words.subject_pronouns)
                });
            if !pronoun_subject
                && self.may_follow_its_verb(units, c, u)
                && let Some(said) = self.said_after(units, c, u, after_only)
            {
                return Some(said);
            }
            if !after_only && let Some(said) = self.said_by_subject(units, start, c) {
                return Some(said);
            }
            // (Where a person is named before, the noun may describe him: "De boer benadrukt:".)
            if !after_only
                && self.common_noun_subject(units, start, c)
                && self
                    .nearest_before(u, |kind| kind == ActorKind::Person)
                    .is_none()
            {
                return Some(Said::Unnamed);
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
        // "Hij richt zich tot de burgemeester: „…”": the one its subject pronoun stands for, not
        // whom it turns to.
        if let Some(&unit) = opening
            && self.is_word_in(unit, &self.words.subject_pronouns)
        {
            return Some(Said::Anaphor);
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

    /// Whether the sentence from `start` opens, past openers ("Ook"), with an article and a
    /// common noun as the subject of the reporting verb at `c`, with no actor, pronoun or
    /// quotation before the verb: "De brandweer waarschuwt:", "Ook de vakbonden beamen:" report
    /// someone the text does not name, where no person is named before them. (Called where no
    /// subject was found: the noun is no role and no organisation's.)
    fn common_noun_subject(&self, units: &[Unit], start: usize, c: usize) -> bool {
        let mut k = start;
        while k < c
            && (matches!(units[k], Unit::Punct(_))
                || self.is_word_in(units[k], &self.words.openers))
        {
            k += 1;
        }
        let noun = |unit: Unit| match unit {
            Unit::Word(s, e) => {
                let word = &self.text[s as usize..e as usize];
                word.starts_with(char::is_lowercase)
                    && !self.words.pronouns.contains(word)
                    && !self.words.speech_cues.contains(word)
            }
            _ => false,
        };
        k + 2 <= c
            && matches!(units[k], Unit::Word(s, e)
                if self.lexicon.articles.contains(&self.text[s as usize..e as usize]))
            && noun(units[k + 1])
            && units[k..c].iter().all(|&unit| {
                !matches!(unit, Unit::Actor(_) | Unit::Quote(_))
                    && !self.is_word_in(unit, &self.words.pronouns)
            })
    }

    /// The actor right before a reporting verb at `c`, past fillers, as its subject: "Harbers
    /// belooft de Kamer ’…’", "Smith has called it “…”"; a city there speaks for its government
    /// ("what Moscow has called “…”"); not a name after a preposition ("Over de invasie van
    /// Oekraïne zei …"), nor before a verb whose speaker follows it ("volgens") or with a subject
    /// pronoun after it ("CU zegt ze").
    pub(super) fn subject_right_before(
        &self,
        units: &[Unit],
        start: usize,
        c: usize,
    ) -> Option<ActorId> {
        // "Gevraagd naar de VVD zegt ze": in a language with inversion, a subject pronoun right
        // after the verb is its subject, and the name before the verb is not.
        if self.words.inversion
            && units
                .get(c + 1)
                .is_some_and(|&w| self.is_word_in(w, &self.words.subject_pronouns))
        {
            return None;
        }
        let mut b = self
            .past_fillers(units, start, c)
            .checked_sub(1)
            .filter(|&b| b >= start)?;
        // "Conner Rousseau (Vooruit) verdedigt …": past a party in brackets after the name.
        if units[b] == Unit::Punct(')')
            && let Some(open) = (b.saturating_sub(4).max(start)..b)
                .rev()
                .find(|&k| units[k] == Unit::Punct('('))
            && open > start
            && matches!(units[open - 1], Unit::Actor(a) if self.kind(a) == ActorKind::Person)
        {
            b = open - 1;
        }
        // "Bij de vakbond ACLVB zegt voorzitter Luc Maes …": in a language with inversion, a
        // role and a person's name right after the verb are its subject, and an organisation
        // before it is where the clause stands (a person before it still speaks to one after:
        // "Rutte vertelde minister Bos …").
        let titled_after = self.words.inversion
            && units.get(c + 1).is_some_and(|&w| self.is_role(w))
            && matches!(units.get(c + 2), Some(&Unit::Actor(p)) if self.kind(p) == ActorKind::Person);
        // "toen Louis de la Combé (PvdA) de oppositiepartij SP verweet dat …": in a clause that
        // puts its verb last, the person right after the word that opens the clause is the
        // subject, and the name right before the verb its object.
        if self.words.inversion
            && let Some(subject) = self.clause_subject_before(units, start, b)
        {
            return Some(subject);
        }
        match units[b] {
            Unit::Actor(a) if titled_after && self.kind(a) != ActorKind::Person => None,
            // (After a word that opens a clause, the name is that clause's subject: "which
            // Judge Glen Cash said".)
            Unit::Actor(a)
                if self
                    .preposition_before(units, start, b, false)
                    .is_none_or(|p| self.is_word_in(units[p], &self.words.clause_openers))
                    && !self.is_word_in(units[c], &self.words.speaker_after_only) =>
            {
                Some(a)
            }
            _ => None,
        }
    }

    /// The person right after a word that opens a clause, where an actor at
    /// `b`, right before the clause's verb, is another one and only words and a bracketed party
    /// stand between them: "toen Jan Smit (PvdA) de partij SP verweet".
    fn clause_subject_before(&self, units: &[Unit], start: usize, b: usize) -> Option<ActorId> {
        let Unit::Actor(object) = units[b] else {
            return None;
        };
        let mut k = b;
        let mut bracket = false;
        while k > start {
            k -= 1;
            match units[k] {
                Unit::Punct('(') | Unit::Punct(')') => bracket = !bracket,
                _ if bracket => {}
                Unit::Actor(a)
                    if a != object
                        && self.kind(a) == ActorKind::Person
                        && k > start
                        && self.is_word_in(units[k - 1], &self.words.clause_openers) =>
                {
                    return Some(a);
                }
                Unit::Word(..) if !self.is_word_in(units[k], &self.words.speech_cues) => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether the speaker of a reporting verb at `c`, before the quotation at `u`, may come
    /// after the verb: in a language with inversion there, after "according to", or where a
    /// colon or a comma follows the word after the verb ("said Smith: “…”"), not the quotation
    /// itself ("called Trump “noxious”" names whom it was said of).
    fn may_follow_its_verb(&self, units: &[Unit], c: usize, u: usize) -> bool {
        if self.words.inversion || self.is_word_in(units[c], &self.words.speaker_after_only) {
            return true;
        }
        let mut j = c + 1;
        while j < u && self.is_word_in(units[j], &self.words.fillers) {
            j += 1;
        }
        j + 1 < u && matches!(units.get(j + 1), Some(Unit::Punct(':' | ',')))
    }

    /// The first person in a sentence from `start` to the quotation at `u` who may be its
    /// subject: not an owner ("Blok's speech") nor a name after a preposition ("de toespraak van
    /// Blok").
    pub(super) fn person_subject_before(
        &self,
        units: &[Unit],
        start: usize,
        u: usize,
    ) -> Option<ActorId> {
        (start..u).find_map(|i| match units[i] {
            Unit::Actor(a)
                if self.kind(a) == ActorKind::Person
                    && !self.is_possessor(units, i)
                    && !self.after_preposition(units, start, i) =>
            {
                Some(a)
            }
            _ => None,
        })
    }

    /// Whom the words come from after an impersonal subject, at unit `at` up to `limit`: a
    /// preposition that names a source and the person or organisation right after it, past
    /// lower-case words before the name ("klinkt het bij vakbondsman Jan Pieters").
    fn impersonal_source(&self, units: &[Unit], at: usize, limit: usize) -> Option<Said> {
        if !units
            .get(at)
            .is_some_and(|&w| self.is_word_in(w, &self.words.impersonal_sources))
        {
            return None;
        }
        for k in at + 1..limit.min(at + 1 + SOURCE_REACH) {
            match units[k] {
                Unit::Actor(_) if let Some(person) = self.titled_after(units, k, limit) => {
                    return Some(Said::Actor(person));
                }
                Unit::Actor(a) if self.kind(a) != ActorKind::Place => return Some(Said::Actor(a)),
                // (An article, a role, a description: "bij de vakbondsman".)
                Unit::Word(s, _)
                    if self.text[s as usize..].starts_with(char::is_lowercase)
                        && !self.is_word_in(units[k], &self.words.speaker_stops) => {}
                _ => return None,
            }
        }
        None
    }

    pub(super) fn first_actor(&self, units: &[Unit]) -> Option<ActorId> {
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
}
