//! One mark in its place: whether the mark found at a position of a paragraph can open a
//! quotation there, close one, or neither (an apostrophe, an elision, a year), by what stands on
//! either side of it.

use super::table::{Family, MarkDef, Marks, Role};

/// What stands on one side of a mark.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// The paragraph's edge or white space.
    Space,
    /// A letter or digit.
    Word,
    /// Another quotation mark.
    Mark,
    /// An opening bracket or a dash: what may stand before an opening mark.
    Opening,
    /// Other punctuation.
    Punct,
}

fn side_of(c: Option<char>, marks: &Marks) -> Side {
    match c {
        None => Side::Space,
        Some(c) if c.is_whitespace() => Side::Space,
        Some(c) if c.is_alphanumeric() => Side::Word,
        Some('(' | '[' | '{' | '—' | '–' | '-' | '/') => Side::Opening,
        Some(c) if marks.defs.iter().any(|d| d.text.starts_with(c)) => Side::Mark,
        Some(_) => Side::Punct,
    }
}

/// A mark found in the text: where, which, and what it can do there.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    pub(super) pos: usize,
    pub(super) len: usize,
    pub(super) family: Family,
    /// It may open a quotation here.
    pub(super) opens: bool,
    /// It may close a quotation here.
    pub(super) closes: bool,
    /// It opens only if nothing of its family is open, and closes only if something is (a mark
    /// touching words or white space on both sides, or punctuation before a word).
    pub(super) by_state: bool,
    /// An apostrophe-like mark, which closes nothing when nothing of its family is open.
    pub(super) apostrophe: bool,
    /// An apostrophe before two digits ('65, '15 to 20'): it opens a quotation only if a mark
    /// closes it; left open, it was a year and nothing is noted.
    pub(super) weak: bool,
}

/// Reads the mark at byte `pos` of `text` (which must hold one of `marks`), or `None` where the
/// character there is no quotation mark in its place.
fn classify(text: &str, pos: usize, def: &MarkDef, marks: &Marks) -> Option<Found> {
    let after = &text[pos + def.text.len()..];
    let prev = text[..pos].chars().next_back();
    let next = after.chars().next();
    let before = side_of(prev, marks);
    let behind = side_of(next, marks);
    if before == Side::Word && behind == Side::Word {
        return None; // inside a word: zo'n, 1,,5, a"b
    }
    let mut weak = false;
    if def.apostrophe && before != Side::Word {
        match elision(after, marks) {
            Some(Elision::Word) => return None,
            // '65 or '15 to 20': a year, unless a mark of its family closes it.
            Some(Elision::Year) => weak = true,
            None => {}
        }
    }
    // Where it touches a word (or what leads to one) on one side only, that side decides.
    let left = behind != Side::Space && before != Side::Word;
    let right = (before != Side::Space && behind != Side::Word)
        || (before == Side::Punct && behind == Side::Word); // `."Dan`, `,"zei`
    let (mut opens, mut closes, by_state) = match (left, right) {
        (true, false) => (true, false, false),
        (false, true) => (false, true, false),
        // Both (`,"` before a word) or neither (white space on both sides): the state decides.
        (true, true) => (true, true, true),
        (false, false) => (false, true, true),
    };
    match def.role {
        Role::Open => closes = false,
        Role::Close => opens = false,
        Role::Either => {}
    }
    if def.role == Role::Open && before == Side::Word {
        return None; // an opening mark begins a word: not 1,,5
    }
    if opens && behind == Side::Space {
        opens = false; // an opening mark touches the word it opens
    }
    // A double mark with white space on both sides where nothing is open was typed with a space
    // too many (`said, ” Science is …”`): it opens, but only if a mark of its family closes it
    // in its paragraph; else it was nothing.
    if def.role == Role::Either && !def.apostrophe && before == Side::Space && behind == Side::Space
    {
        opens = true;
        weak = true;
    }
    (opens || closes).then_some(Found {
        pos,
        len: def.text.len(),
        family: def.family,
        opens,
        closes,
        by_state,
        apostrophe: def.apostrophe,
        weak,
    })
}

/// What follows an apostrophe-like mark at the start of a word.
enum Elision {
    /// An elided word: 's, 't, 'n', 'cause.
    Word,
    /// Two digits: '65, '90s.
    Year,
}

/// Whether `after` (the text after an apostrophe-like mark) starts with an elided word or two
/// digits.
fn elision(after: &str, marks: &Marks) -> Option<Elision> {
    let word_end = after
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(after.len(), |(i, _)| i);
    let word = &after[..word_end];
    if marks.elisions.contains(word) {
        return Some(Elision::Word);
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 2 && (word.len() == 2 || word[2..].eq_ignore_ascii_case("s")))
        .then_some(Elision::Year)
}

/// The marks of `para` in order, read at the places `candidates` holds (as
/// [`Marks::candidates`] finds them); a mark of two characters (`,,`) is read once.
pub(super) fn marks_in<'a>(
    para: &'a str,
    candidates: &'a [usize],
    marks: &'a Marks,
) -> impl Iterator<Item = Found> + 'a {
    let mut skip_to = 0;
    candidates.iter().filter_map(move |&at| {
        if at < skip_to {
            return None;
        }
        let def = marks.at(&para[at..])?;
        skip_to = at + def.text.len();
        classify(para, at, def, marks)
    })
}
