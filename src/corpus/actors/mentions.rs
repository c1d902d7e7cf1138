//! Finding the mentions of a gazetteer's actors in a text.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, Input};

use super::{ActorKind, Gazetteer};
use crate::corpus::article::{ActorId, Mention, Span};
use crate::corpus::discover::Lexicon;
use crate::corpus::letters::is_alphanumeric;

impl Gazetteer {
    /// Every mention of an actor in `text`, sorted, not overlapping.
    ///
    /// Candidates are whole-word matches of an alias as written (or with a capital where the alias
    /// starts in lower case, so VS and NAVO match in capitals only); among overlapping
    /// candidates the leftmost, then longest, wins. A role phrase directly followed by a person's
    /// name yields to the name ("de Oekraïense president Janoekovitsj"); adjacent mentions of the
    /// same actor ("Oekraïense president Volodymyr Zelensky") become one.
    pub fn find_mentions(&self, text: &str) -> Vec<Mention> {
        let mut chosen = Vec::new();
        let mut at = 0;
        while let Some(start) = self.next_word_start(text, at) {
            // The longest alias at this start that is a whole word; shorter ones if it is not.
            let mut end = text.len();
            let mut accepted = None;
            while end > start {
                let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
                // Anchored searches are what the DFA was built for: no error can come back.
                let Some(m) = self.matcher.try_find(&input).ok().flatten() else {
                    break;
                };
                // The start is a word boundary already (`next_word_start`); so must the end be.
                if !word_goes_on_at(text, m.end()) {
                    accepted = Some(m);
                    break;
                }
                end = m.end() - 1;
            }
            match accepted {
                Some(m)
                    if self.another_given_name_before(
                        text,
                        m.range(),
                        self.patterns[m.pattern().as_usize()],
                    ) =>
                {
                    at = m.end();
                }
                Some(m) => {
                    chosen.push(Mention {
                        actor: self.patterns[m.pattern().as_usize()],
                        span: Span::new(m.range()),
                    });
                    at = m.end();
                }
                None => at = start + 1,
            }
        }
        self.join_adjacent(text, chosen)
    }

    /// The first place from `at` on where a mention could start: two bytes some name starts
    /// with (or the text's last byte, if some name starts with it), with no letter or digit
    /// before them. (The first byte is never inside a character, as no name starts with a
    /// continuation byte.)
    fn next_word_start(&self, text: &str, mut at: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        loop {
            let start = at
                + bytes
                    .get(at..)?
                    .iter()
                    .position(|&b| self.first_bytes[usize::from(b)])?;
            let name_goes_on = bytes.get(start + 1).is_none_or(|&second| {
                let pair = usize::from(bytes[start]) << 8 | usize::from(second);
                self.first_pairs[pair / 64] & 1 << (pair % 64) != 0
            });
            if name_goes_on && !word_goes_on_before(text, start) {
                return Some(start);
            }
            at = start + 1;
        }
    }

    /// Whether the person's one-word name at `range` (a surname alias: "Biden") has a given
    /// name right before it that is none of the actor's ("Jill Biden" is not Joe Biden).
    fn another_given_name_before(
        &self,
        text: &str,
        range: std::ops::Range<usize>,
        actor: ActorId,
    ) -> bool {
        let Some(before) = text[..range.start].strip_suffix(' ') else {
            return false;
        };
        let given = before
            .rsplit(|c: char| !is_alphanumeric(c) && c != '-')
            .next()
            .unwrap_or("");
        if !given.starts_with(char::is_uppercase) || text[range.clone()].contains(' ') {
            return false;
        }
        let actor = self.actor(actor);
        let own = |name: &str| name.split(' ').any(|w| w == given);
        actor.kind == ActorKind::Person
            && Lexicon::dutch().first_names.contains(given)
            && !own(&actor.name)
            && !actor.aliases.iter().any(|a| own(a))
    }

    fn join_adjacent(&self, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for mention in mentions {
            if let Some(last) = out.last_mut() {
                let gap = &text[last.span.end as usize..mention.span.start as usize];
                let adjacent = !gap.is_empty() && gap.chars().all(|c| c == ' ');
                let both_people = self.actor(last.actor).kind == ActorKind::Person
                    && self.actor(mention.actor).kind == ActorKind::Person;
                if adjacent && last.actor == mention.actor {
                    last.span.end = mention.span.end;
                    continue;
                }
                if adjacent && both_people {
                    *last = mention;
                    continue;
                }
            }
            out.push(mention);
        }
        out
    }
}

/// A match is a whole word when no letter or digit touches it on either side: these two say
/// whether one does. A hyphen is a word boundary, so "NAVO-landen" mentions NAVO.
fn word_goes_on_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(b'-') => opens_a_compound_name(&text[..at - 1]),
        Some(before) if before.is_ascii() => before.is_ascii_alphanumeric(),
        Some(_) => text[..at].chars().next_back().is_some_and(is_alphanumeric),
    }
}

/// Whether the text before a hyphen ends in a capitalised word that is no acronym, which makes
/// a name after the hyphen part of a compound name: "Oost-Nederland", "Midden-Oosten" are
/// regions, not Nederland or the Oosten ("EU-Rusland" still names Rusland).
fn opens_a_compound_name(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !is_alphanumeric(c))
        .next()
        .unwrap_or_default();
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase)
}

fn word_goes_on_at(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_alphanumeric)
}
