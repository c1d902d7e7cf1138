//! A heading (or the title) that quotes words the text quotes again under it: the same words,
//! the same speaker. News headings pick a striking phrase from a quotation in the text and set
//! it under whoever the story is about ("Ministers at odds: 'a dark day'"), so where the heading
//! names no person as the speaker, the text's quotation, with its reporting clause, tells who.
//! A heading that does with a reporting verb ("Smith says …") keeps its speaker; one that only
//! sets the words under a name ("Rode Duivels na afloop: “…”") takes the person who says them in
//! the text, as the name may be a team's or a group's.

use crate::corpus::article::{ActorId, Paragraph, Quote};

/// Letters in a quotation's words, at least, for its repeat to count: a lone short word ("no")
/// repeats by chance.
const MIN_LETTERS: usize = 4;

/// Words in a quotation of the text with no speaker, at least, for its repeat to give it one: a
/// phrase of a few words may be a term another speaker uses.
const MIN_SENTENCE_WORDS: usize = 6;

/// Gives each quotation of a heading or the title that has no person as its speaker, or one
/// named before it in its heading (`named_before`) with no reporting verb (`is_cue`) there, the
/// speaker of the first quotation of the text (no heading) that repeats its words, when that one
/// is a person; and so each quotation of a sentence or more in the text that has no speaker ("‘…,’
/// a resident said", repeated later with "said Lesego Raekoa").
pub(super) fn take_speakers_of_repeats(
    text: &str,
    paragraphs: &[Paragraph],
    is_person: impl Fn(ActorId) -> bool,
    is_cue: impl Fn(&str) -> bool,
    named_before: impl Fn(ActorId, u32, u32) -> bool,
    quotes: &mut [Quote],
) {
    let is_heading = |q: &Quote| {
        let p = q.paragraph as usize;
        p == 0 || paragraphs.get(p).is_some_and(|para| para.heading)
    };
    let words_of = |q: &Quote| words(&text[q.inner.range()]);
    // A whole sentence or more quoted in the text with no one named ("‘…,’ a resident said")
    // that the text quotes again from someone named.
    let unnamed_sentence = |q: &Quote| {
        !is_heading(q)
            && q.speaker.is_none()
            && text[q.inner.range()].split_whitespace().count() >= MIN_SENTENCE_WORDS
    };
    if !quotes.iter().any(|q| is_heading(q) || unnamed_sentence(q)) {
        return;
    }
    let body: Vec<(String, Quote)> = quotes
        .iter()
        .filter(|q| !is_heading(q) && q.speaker.is_some_and(&is_person))
        .map(|q| (words_of(q), *q))
        .collect();
    // "Jan Smit zegt dat …" names its speaker with a reporting verb; "Rode Duivels na afloop:
    // “…”" only sets the words under a name. (A speaker the heading does not name is the first
    // one under it, and stays.)
    let set_under_name = |q: &Quote| {
        let start = paragraphs
            .get(q.paragraph as usize)
            .map_or(0, |p| p.span.start);
        q.speaker
            .is_some_and(|speaker| named_before(speaker, start, q.span.start))
            && !text
                .get(start as usize..q.span.start as usize)
                .unwrap_or_default()
                .split(|c: char| !c.is_alphanumeric())
                .any(&is_cue)
    };
    for quote in quotes.iter_mut().filter(|q| {
        (is_heading(q) && (!q.speaker.is_some_and(&is_person) || set_under_name(q)))
            || unnamed_sentence(q)
    }) {
        let heading = words_of(quote);
        if heading.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            continue;
        }
        if let Some((_, repeat)) = body
            .iter()
            .find(|(words, q)| q.span.start > quote.span.start && contains_words(words, &heading))
        {
            quote.speaker = repeat.speaker;
        }
    }
}

/// The words of a text, lower case, one space between them: what a repeat must have alike
/// (capitals, punctuation and marks of ellipsis differ between a heading and its text).
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Whether `words` has `part` in it as whole words.
fn contains_words(words: &str, part: &str) -> bool {
    words.match_indices(part).any(|(at, _)| {
        let before = words[..at].chars().next_back();
        let after = words[at + part.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_capitals_punctuation_and_marks() {
        assert_eq!(
            words("De coach was boos… Terecht!"),
            "de coach was boos terecht"
        );
    }

    #[test]
    fn a_part_counts_only_as_whole_words() {
        assert!(contains_words(
            "de coach was boos terecht",
            "coach was boos"
        ));
        assert!(contains_words("de coach was boos", "de coach was boos"));
        assert!(!contains_words("de coach was boosaardig", "coach was boos"));
        assert!(!contains_words("decoach was", "coach was"));
    }
}
