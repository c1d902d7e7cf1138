//! Quotations and who said them.
//!
//! Finding: one pass over each paragraph with a stack of open marks. Marks of one family pair up
//! („…″ „…” “…” "…" «…» and ‘…’ '…' ‚…‘); a quotation inside another stays part of the outer one;
//! an apostrophe inside a word (regio’s, zo'n) or before `s` ('s avonds) is not a mark.
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

use std::ops::Range;

use super::actors::{ActorKind, Gazetteer};
use super::article::{ActorId, Mention, Paragraph, Quote, Span};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

struct Open {
    family: Family,
    mark: char,
    pos: usize,
}

/// Top-level quotations in one paragraph: (whole span with marks, inner text span).
pub fn find_in_paragraph(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    scan_paragraph(text, &mut Vec::new(), |outer, inner| {
        found.push((outer, inner))
    });
    found
}

/// [`find_in_paragraph`], handing each quotation to `found` as it closes; `stack` is a buffer for
/// the open marks, kept by the caller from paragraph to paragraph.
fn scan_paragraph(
    text: &str,
    stack: &mut Vec<Open>,
    mut found: impl FnMut(Range<usize>, Range<usize>),
) {
    stack.clear();
    for pos in mark_candidates(text.as_bytes()) {
        let Some(c) = text[pos..].chars().next().filter(|&c| is_mark(c)) else {
            continue;
        };
        let prev = text[..pos].chars().next_back();
        let after = &text[pos + c.len_utf8()..];
        let next = after.chars().next();
        let top = stack.last().map(|o| (o.family, o.mark));
        let in_stack = |f: Family| stack.iter().any(|o| o.family == f);
        let boundary_before = prev.is_none_or(|p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/')
        });
        let touches_after = next.is_some_and(|n| !n.is_whitespace());
        let touches_before = prev.is_some_and(|p| !p.is_whitespace());
        let inside_word =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        enum Act {
            Open(Family),
            Close(Family),
            None,
        }
        let act = match c {
            '„' => Act::Open(Family::Double),
            '“' if top == Some((Family::Double, '„')) => Act::Close(Family::Double),
            '“' => Act::Open(Family::Double),
            '”' | '″' => Act::Close(Family::Double),
            '"' => {
                if in_stack(Family::Double) && touches_before {
                    Act::Close(Family::Double)
                } else if boundary_before && touches_after {
                    Act::Open(Family::Double)
                } else if in_stack(Family::Double) {
                    Act::Close(Family::Double)
                } else {
                    Act::None
                }
            }
            '«' => Act::Open(Family::Guillemet),
            '»' => Act::Close(Family::Guillemet),
            '‹' => Act::Open(Family::SingleGuillemet),
            '›' => Act::Close(Family::SingleGuillemet),
            '‚' => Act::Open(Family::Single),
            '‘' if top == Some((Family::Single, '‚')) => Act::Close(Family::Single),
            '‘' if inside_word => Act::None,
            '‘' => Act::Open(Family::Single),
            '’' | '\'' if inside_word => Act::None,
            '’' | '\'' if boundary_before && is_elided_s(after) => Act::None,
            '’' | '\''
                if in_stack(Family::Single)
                    && touches_before
                    && !next.is_some_and(char::is_alphanumeric) =>
            {
                Act::Close(Family::Single)
            }
            '\'' if boundary_before && touches_after => Act::Open(Family::Single),
            _ => Act::None,
        };
        match act {
            Act::Open(family) => stack.push(Open {
                family,
                mark: c,
                pos,
            }),
            Act::Close(family) => {
                let Some(depth) = stack.iter().rposition(|o| o.family == family) else {
                    continue;
                };
                let open = stack.swap_remove(depth);
                stack.truncate(depth);
                if stack.is_empty() {
                    let inner = open.pos + open.mark.len_utf8()..pos;
                    if !text[inner.clone()].trim().is_empty() {
                        found(open.pos..pos + c.len_utf8(), inner);
                    }
                }
            }
            Act::None => {}
        }
    }
}

/// The positions of the bytes a quotation mark can start with, in order: a cheap filter before
/// decoding a character, found with vectorised searches rather than a look at every byte.
fn mark_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    // " and ' are ASCII; „ “ ” ″ ‹ › ‚ ‘ ’ start with 0xe2, « and » with 0xc2.
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xe2, bytes).peekable();
    let mut latin = memchr::memchr_iter(0xc2, bytes).peekable();
    std::iter::from_fn(move || match (common.peek(), latin.peek()) {
        (Some(a), Some(b)) if b < a => latin.next(),
        (Some(_), _) => common.next(),
        (None, _) => latin.next(),
    })
}

/// `'s` as in `'s avonds` or `’s-Gravenhage`: an elided article, not a quotation mark.
fn is_elided_s(after: &str) -> bool {
    after
        .strip_prefix('s')
        .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Every character that can be a quotation mark.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '„' | '“' | '”' | '″' | '"' | '«' | '»' | '‹' | '›' | '‚' | '‘' | '’' | '\''
    )
}

/// A list of lower-case ASCII words, with a quick test that turns most other words away before
/// any comparison: for each first letter, the lengths of the words with it, as a bit set.
struct Words {
    words: &'static [&'static str],
    lengths: [u64; 26],
}

impl Words {
    const fn new(words: &'static [&'static str]) -> Words {
        let mut lengths = [0u64; 26];
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            assert!(!word.is_empty() && word.len() < 64 && word[0].is_ascii_lowercase());
            lengths[(word[0] - b'a') as usize] |= 1 << word.len();
            i += 1;
        }
        Words { words, lengths }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return false;
        };
        // An ASCII letter in either case becomes 0..26; anything else becomes larger.
        let letter = (first | 0x20).wrapping_sub(b'a');
        bytes.len() < 64
            && letter < 26
            && (self.lengths[letter as usize] >> bytes.len()) & 1 == 1
            && self
                .words
                .iter()
                .any(|w| w.len() == bytes.len() && w.eq_ignore_ascii_case(word))
    }
}

/// Verbs and words that report speech.
const SPEECH_CUES: Words = Words::new(&[
    "aldus",
    "volgens",
    "zei",
    "zegt",
    "zeggen",
    "zeiden",
    "gezegd",
    "stelde",
    "stelt",
    "stellen",
    "stelden",
    "verklaarde",
    "verklaart",
    "verklaarden",
    "benadrukte",
    "benadrukt",
    "beklemtoonde",
    "beklemtoont",
    "waarschuwde",
    "waarschuwt",
    "waarschuwden",
    "herhaalde",
    "herhaalt",
    "vertelde",
    "vertelt",
    "schreef",
    "schrijft",
    "noemde",
    "noemt",
    "sprak",
    "spreekt",
    "luidde",
    "luidt",
    "klinkt",
    "klonk",
    "antwoordde",
    "antwoordt",
    "reageerde",
    "reageert",
    "meldde",
    "meldt",
    "twitterde",
    "tweette",
    "eist",
    "eiste",
    "eisen",
    "vroeg",
    "vraagt",
    "riep",
    "roept",
    "beloofde",
    "belooft",
    "concludeerde",
    "onderstreepte",
    "onderstreept",
    "erkende",
    "erkent",
    "ontkende",
    "ontkent",
    "dreigde",
    "dreigt",
    "opperde",
    "voegde",
    "merkte",
    "citeerde",
]);
/// Words that stand for a person named before.
const PRONOUNS: Words = Words::new(&["hij", "zij", "ze", "hem", "haar"]);
/// Nouns that stand for a person named before ("zei de minister").
const ROLE_NOUNS: Words = Words::new(&[
    "minister",
    "president",
    "premier",
    "secretaris-generaal",
    "woordvoerder",
    "woordvoerster",
    "kanselier",
    "bondskanselier",
    "diplomaat",
    "leider",
    "topman",
    "topvrouw",
    "ambassadeur",
]);
/// Words that may open a sentence before a quotation without reporting anything.
const OPENERS: Words = Words::new(&[
    "maar", "en", "want", "dus", "ook", "toch", "of", "nee", "ja",
]);
/// Words a reporting verb may have between it and its speaker ("zei de …", "zei ook …").
const FILLERS: Words = Words::new(&["de", "het", "een", "nog", "ook"]);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Word(u32, u32),
    Punct(char),
    Actor(ActorId),
    Quote(usize),
}

/// What a reporting clause names as the speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Said {
    Actor(ActorId),
    /// A pronoun or role noun: the nearest person named before.
    Anaphor,
    /// "luidde het", "klinkt het": the previous speaker goes on.
    Impersonal,
}

struct Analysis<'a> {
    text: &'a str,
    gazetteer: &'a Gazetteer,
    /// The units of the paragraph being attributed (a paragraph's quotations need no other
    /// paragraph's units), and its sentences as ranges of unit indices. The buffers are reused
    /// from paragraph to paragraph.
    units: Vec<Unit>,
    sentences: Vec<Range<usize>>,
    mentions: &'a [Mention],
    quotes: &'a mut [Quote],
}

/// Finds every quotation in an article's paragraphs and attributes its speaker.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut stack = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let base = paragraph.span.start as usize;
        scan_paragraph(&text[paragraph.span.range()], &mut stack, |outer, inner| {
            quotes.push(Quote {
                span: Span::new(base + outer.start..base + outer.end),
                inner: Span::new(base + inner.start..base + inner.end),
                paragraph: index as u32,
                speaker: None,
            })
        });
    }
    if quotes.is_empty() {
        return quotes;
    }
    let mut analysis = Analysis {
        text,
        gazetteer,
        units: Vec::new(),
        sentences: Vec::new(),
        mentions,
        quotes: &mut quotes,
    };
    analysis.attribute(paragraphs);
    quotes
}

/// Fills `units` with the units of the paragraph at `span`.
fn units_of(text: &str, span: Span, mentions: &[Mention], quotes: &[Quote], units: &mut Vec<Unit>) {
    units.clear();
    // About one unit for every five bytes of Dutch prose: room enough to rarely grow.
    units.reserve(span.range().len() / 5 + 4);
    let end = span.end as usize;
    let mut pos = span.start as usize;
    let mut mention = mentions.partition_point(|m| m.span.start < span.start);
    let mut quote = quotes.partition_point(|q| q.span.start < span.start);
    while pos < end {
        if let Some(q) = quotes.get(quote).filter(|q| q.span.start as usize == pos) {
            units.push(Unit::Quote(quote));
            pos = q.span.end as usize;
            quote += 1;
            while mentions
                .get(mention)
                .is_some_and(|m| (m.span.start as usize) < pos)
            {
                mention += 1;
            }
            continue;
        }
        if let Some(m) = mentions
            .get(mention)
            .filter(|m| m.span.start as usize == pos)
        {
            units.push(Unit::Actor(m.actor));
            pos = m.span.end as usize;
            mention += 1;
            continue;
        }
        let bytes = text.as_bytes();
        let byte = bytes[pos];
        if byte == b' ' {
            pos += 1;
            continue;
        }
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            let Some(c) = text[pos..end].chars().next() else {
                break;
            };
            c
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
        } else if c.is_alphanumeric() {
            let start = pos;
            pos += c.len_utf8();
            // A word goes on through letters and digits, and through - . , ' ’ between them,
            // up to the next mention or quotation.
            let next_mention = mentions.get(mention).map_or(end, |m| m.span.start as usize);
            let next_quote = quotes.get(quote).map_or(end, |q| q.span.start as usize);
            let stop = next_mention.min(next_quote).min(end);
            while pos < stop {
                let b = bytes[pos];
                if b.is_ascii_alphanumeric() {
                    pos += 1;
                    continue;
                }
                if b == b' ' {
                    break;
                }
                let mut it = text[pos..stop].chars();
                let Some(c) = it.next() else { break };
                let joins = matches!(c, '-' | '.' | ',' | '\'' | '’')
                    && it.next().is_some_and(char::is_alphanumeric);
                if !(c.is_alphanumeric() || joins) {
                    break;
                }
                pos += c.len_utf8();
            }
            units.push(Unit::Word(start as u32, pos as u32));
        } else {
            units.push(Unit::Punct(c));
            pos += c.len_utf8();
        }
    }
}

/// Fills `out` with the sentences of a paragraph's `units`, as ranges of unit indices.
fn sentences_of(units: &[Unit], text: &str, quotes: &[Quote], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    for (i, unit) in units.iter().enumerate() {
        let ends = match *unit {
            Unit::Punct(c) => matches!(c, '.' | '!' | '?' | '…'),
            Unit::Quote(q) => {
                let inner = text[quotes[q].inner.range()].trim_end();
                inner.ends_with(['.', '!', '?', '…'])
            }
            _ => false,
        };
        if !ends {
            continue;
        }
        let next_starts = match units.get(i + 1) {
            None => true,
            Some(Unit::Word(s, _)) => text[*s as usize..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            Some(Unit::Quote(_) | Unit::Actor(_)) => true,
            Some(Unit::Punct(c)) => matches!(c, '(' | '-' | '—'),
        };
        if next_starts && !matches!(units.get(i + 1), Some(Unit::Punct(c)) if ".!?…".contains(*c))
        {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < units.len() {
        out.push(start..units.len());
    }
}

impl Analysis<'_> {
    /// Whether a unit is one of the (ASCII, lower-case) words of `list`, ignoring case; no
    /// allocation, as this runs for every word around every quotation.
    #[inline]
    fn is_word_in(&self, unit: Unit, list: &Words) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        list.contains(&self.text[s as usize..e as usize])
    }

    /// Whether a unit is the (ASCII, lower-case) word `word`, ignoring case.
    fn is_word(&self, unit: Unit, word: &str) -> bool {
        let Unit::Word(s, e) = unit else { return false };
        self.text[s as usize..e as usize].eq_ignore_ascii_case(word)
    }

    fn kind(&self, actor: ActorId) -> ActorKind {
        self.gazetteer.actor(actor).kind
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
            sentences_of(&self.units, self.text, self.quotes, &mut self.sentences);
            for s in 0..self.sentences.len() {
                for u in self.sentences[s].clone() {
                    if let Unit::Quote(q) = self.units[u] {
                        self.quotes[q].speaker = self.speaker_of(s, u);
                    }
                }
            }
            first += self.quotes[first..].partition_point(|q| q.paragraph == p);
        }
        // Headings that are quotations take the speaker of the first quotation under them.
        for q in 0..self.quotes.len() {
            let p = self.quotes[q].paragraph as usize;
            if self.quotes[q].speaker.is_some() || !paragraphs[p].heading {
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

    fn speaker_of(&self, s: usize, u: usize) -> Option<ActorId> {
        let units = &self.units;
        let sentence = self.sentences[s].clone();
        // 1. A reporting clause after the quotation.
        for c in u + 1..sentence.end {
            if self.is_word_in(units[c], &SPEECH_CUES)
                && let Some(said) = self.said_after(units, c, sentence.end, true)
            {
                return self.resolve(said, u);
            }
        }
        // 2. A reporting clause before it.
        if let Some(said) = self.said_before(units, sentence.start, u) {
            return self.resolve(said, u);
        }
        // 3. A quotation that opens its sentence continues the sentence before.
        let opens_sentence = units[sentence.start..u]
            .iter()
            .all(|&unit| matches!(unit, Unit::Punct(_)) || self.is_word_in(unit, &OPENERS));
        let nothing_after = units[u + 1..sentence.end]
            .iter()
            .all(|unit| matches!(unit, Unit::Punct(_)));
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
                if self.is_word_in(units[c], &SPEECH_CUES) {
                    let said = self
                        .said_after(units, c, before.end, false)
                        .or_else(|| self.said_by_subject(units, before.start, c));
                    if let Some(said) = said {
                        return self.resolve(said, u);
                    }
                }
            }
        }
        // 4. "Dat heeft X gezegd." in the next sentence.
        if let Some(next) = self.sentences.get(s + 1) {
            let starts_with_dat = self.is_word(units[next.start], "dat");
            let has_cue = units[next.clone()]
                .iter()
                .any(|&x| self.is_word_in(x, &SPEECH_CUES));
            if starts_with_dat && has_cue {
                return self.first_actor(&units[next.clone()]);
            }
        }
        None
    }

    /// The speaker named right after a cue at `c`, looking no further than `end`.
    /// With `loose`, the first actor in the next few units counts ("zei onderminister van
    /// Buitenlandse Zaken Sergej Rjabkov"); otherwise it must follow at once.
    fn said_after(&self, units: &[Unit], c: usize, end: usize, loose: bool) -> Option<Said> {
        let limit = end.min(c + 1 + if loose { 7 } else { 3 });
        let mut i = c + 1;
        while i < limit {
            match units[i] {
                Unit::Actor(a) => return Some(Said::Actor(a)),
                Unit::Quote(_) => return None,
                Unit::Punct(ch) if ".;:!?".contains(ch) => return None,
                Unit::Punct(_) => {}
                unit => {
                    if self.is_word_in(unit, &PRONOUNS) {
                        return Some(Said::Anaphor);
                    }
                    if self.is_word(unit, "het")
                        && !matches!(units.get(i + 1), Some(Unit::Actor(_) | Unit::Word(..)))
                    {
                        return Some(Said::Impersonal);
                    }
                    if self.is_word_in(unit, &ROLE_NOUNS) {
                        return match units.get(i + 1) {
                            Some(Unit::Actor(a)) if self.kind(*a) == ActorKind::Person => {
                                Some(Said::Actor(*a))
                            }
                            _ => Some(Said::Anaphor),
                        };
                    }
                    if !loose && !self.is_word_in(unit, &FILLERS) {
                        return None;
                    }
                }
            }
            i += 1;
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
                Unit::Actor(a) => {
                    fallback.get_or_insert(Said::Actor(a));
                }
                unit if self.is_word_in(unit, &PRONOUNS) => return Some(Said::Anaphor),
                _ => {}
            }
        }
        fallback
    }

    /// A reporting clause before the quotation at `u` in its sentence.
    fn said_before(&self, units: &[Unit], start: usize, u: usize) -> Option<Said> {
        // "Lavrov: „…”"
        if u >= 2 && units[u - 1] == Unit::Punct(':') {
            match units[u - 2] {
                Unit::Actor(a) => return Some(Said::Actor(a)),
                unit if self.is_word_in(unit, &PRONOUNS) => return Some(Said::Anaphor),
                _ => {}
            }
        }
        for c in (start..u).rev() {
            if !self.is_word_in(units[c], &SPEECH_CUES) {
                continue;
            }
            if let Some(said) = self.said_after(units, c, u, false) {
                return Some(said);
            }
            let volgens = self.is_word(units[c], "volgens");
            if !volgens && let Some(said) = self.said_by_subject(units, start, c) {
                return Some(said);
            }
        }
        None
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
            .or_else(|| actors().next())
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
                self.quotes[..this]
                    .iter()
                    .rev()
                    .find_map(|q| q.speaker)
                    .or_else(|| self.nearest_person_before(u))
            }
        }
    }

    /// The nearest person named before unit `u` of the paragraph, outside quotations.
    fn nearest_person_before(&self, u: usize) -> Option<ActorId> {
        let Unit::Quote(q) = self.units[u] else {
            return None;
        };
        let before = self.quotes[q].span.start;
        let inside_quote = |m: &Mention| {
            let i = self.quotes.partition_point(|q| q.span.end <= m.span.start);
            self.quotes.get(i).is_some_and(|q| q.span.contains(m.span))
        };
        let end = self.mentions.partition_point(|m| m.span.start < before);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|m| self.kind(m.actor) == ActorKind::Person && !inside_quote(m))
            .map(|m| m.actor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_in_paragraph(text)
            .into_iter()
            .map(|(_, r)| &text[r])
            .collect()
    }

    #[test]
    fn every_mark_style_is_found() {
        assert_eq!(
            inner("„een″ en „twee” en “drie” en ‘vier’ en 'vijf' en \"zes\" en «zeven»"),
            ["een", "twee", "drie", "vier", "vijf", "zes", "zeven"]
        );
    }

    #[test]
    fn apostrophes_inside_words_are_not_marks() {
        assert_eq!(
            inner("twee regio’s en zo'n 130.000 auto's, 's avonds"),
            Vec::<&str>::new()
        );
        assert_eq!(inner("'Zo'n regio’s', zei hij"), ["Zo'n regio’s"]);
    }

    #[test]
    fn nested_quotations_stay_inside_the_outer_one() {
        assert_eq!(
            inner("“Als deze ‘brutaliteit’ blijft”, zei Lavrov"),
            ["Als deze ‘brutaliteit’ blijft"]
        );
        assert_eq!(
            inner("'Hij zei \"nee\" tegen ons'"),
            ["Hij zei \"nee\" tegen ons"]
        );
    }

    #[test]
    fn german_style_low_high_quotes_pair_up() {
        assert_eq!(inner("„Achtung“ en ‚bitte‘"), ["Achtung", "bitte"]);
    }

    #[test]
    fn unclosed_quotation_is_dropped() {
        assert_eq!(inner("„nooit gesloten"), Vec::<&str>::new());
    }

    #[test]
    fn empty_quotations_are_ignored() {
        assert_eq!(inner("een „ ” leeg"), Vec::<&str>::new());
    }
}
