//! Quotation marks: which characters of a paragraph open and close a quotation, paired up, and
//! which could not be paired.
//!
//! The marks, their families and roles come from `assets/language/marks.toml` (read its comment
//! for the rules of place). Each paragraph is read once with a stack of open marks:
//! - a closing mark closes the nearest open mark of its family; a quotation inside another stays
//!   part of the outer one (only top-level quotations are reported);
//! - a closing mark of another family than the one open mark (‘…”) closes it too, and is noted;
//! - a mark that does not pair up costs only its own quotation: the quotations inside an opening
//!   mark that is never closed are reported as if it were not there.
//!
//! Across paragraphs: a quotation still open at the end of a paragraph goes on when the next
//! paragraph starts with an opening mark of its family (the convention for a quotation over several
//! paragraphs: the next piece is marked as continuing it), or when the next paragraph's first mark
//! closes it (the quotation runs over the paragraph break). In the article's last paragraph, a
//! quotation never closed runs to the end: the excerpt was cut off inside it.

use std::ops::Range;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::corpus::language::Words;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkDef {
    text: String,
    family: Family,
    role: Role,
    #[serde(default)]
    apostrophe: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarksFile {
    mark: Vec<MarkDef>,
    apostrophes: ApostrophesFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApostrophesFile {
    elisions: Vec<String>,
}

/// The mark table, ready for scanning.
struct Marks {
    /// Longest first, so that `''` is taken before `'`.
    defs: Vec<MarkDef>,
    /// Bytes a one-byte-led mark can start with, searched for with memchr.
    first_bytes: Vec<u8>,
    /// Marks of several ASCII bytes whose first byte is common in prose (`,,`): searched for
    /// whole.
    sequences: Vec<memchr::memmem::Finder<'static>>,
    elisions: Words,
}

const MARKS_FILE: &str = include_str!("../../../assets/language/marks.toml");

impl Marks {
    fn parse(text: &str) -> Result<Marks, toml::de::Error> {
        let file: MarksFile = toml::from_str(text)?;
        let mut defs = file.mark;
        defs.retain(|d| !d.text.is_empty());
        defs.sort_by_key(|d| std::cmp::Reverse(d.text.len()));
        let mut first_bytes = Vec::new();
        let mut sequences = Vec::new();
        for def in &defs {
            let bytes = def.text.as_bytes();
            // A mark of several ASCII bytes that no one-byte mark starts like is searched whole.
            let whole = bytes.len() > 1
                && bytes.is_ascii()
                && !defs
                    .iter()
                    .any(|d| d.text.len() == 1 && d.text.as_bytes()[0] == bytes[0]);
            if whole {
                sequences.push(memchr::memmem::Finder::new(bytes).into_owned());
            } else if !first_bytes.contains(&bytes[0]) {
                first_bytes.push(bytes[0]);
            }
        }
        Ok(Marks {
            defs,
            first_bytes,
            sequences,
            elisions: Words::new(&file.apostrophes.elisions),
        })
    }

    fn get() -> &'static Marks {
        static MARKS: OnceLock<Marks> = OnceLock::new();
        MARKS.get_or_init(|| {
            Marks::parse(MARKS_FILE)
                .unwrap_or_else(|e| panic!("assets/language/marks.toml is not valid: {e}"))
        })
    }

    /// The positions where a mark may start in `bytes`, in order, found with vectorised searches.
    fn candidates(&self, bytes: &[u8], out: &mut Vec<usize>) {
        out.clear();
        for chunk in self.first_bytes.chunks(3) {
            match *chunk {
                [a] => out.extend(memchr::memchr_iter(a, bytes)),
                [a, b] => out.extend(memchr::memchr2_iter(a, b, bytes)),
                [a, b, c] => out.extend(memchr::memchr3_iter(a, b, c, bytes)),
                _ => {}
            }
        }
        for finder in &self.sequences {
            out.extend(finder.find_iter(bytes));
        }
        out.sort_unstable();
    }

    /// The mark at the start of `rest`, if any.
    fn at(&self, rest: &str) -> Option<&MarkDef> {
        self.defs.iter().find(|d| rest.starts_with(d.text.as_str()))
    }
}

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
struct Found {
    pos: usize,
    len: usize,
    family: Family,
    /// It may open a quotation here.
    opens: bool,
    /// It may close a quotation here.
    closes: bool,
    /// It opens only if nothing of its family is open, and closes only if something is (a mark
    /// touching words or white space on both sides, or punctuation before a word).
    by_state: bool,
    /// An apostrophe-like mark, which closes nothing when nothing of its family is open.
    apostrophe: bool,
    /// An apostrophe before two digits ('65, '15 to 20'): it opens a quotation only if a mark
    /// closes it; left open, it was a year and nothing is noted.
    weak: bool,
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

/// Why a mark did not pair up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unpaired {
    /// An opening mark that is never closed: its quotation is not reported.
    Unclosed,
    /// A closing mark with nothing open to close.
    Stray,
    /// An opening mark closed by a mark of another family (‘…”): the quotation is reported.
    Mixed,
    /// An opening mark never closed, followed by another of its family that opens a sentence:
    /// the quotation is reported up to the end of the sentence before that one.
    ClosedByNext,
    /// An opening mark that opens a sentence and is never closed: the quotation is reported up to
    /// the end of its paragraph.
    ToParagraphEnd,
    /// An opening mark in the last paragraph that is never closed: the quotation is reported up
    /// to the end of the article (the excerpt was cut off inside it).
    CutOff,
}

/// A mark that did not pair up, at byte `pos` of the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkNote {
    pub pos: usize,
    /// The mark's length in bytes.
    pub len: usize,
    pub paragraph: usize,
    pub what: Unpaired,
}

/// A quotation found: the whole with its marks and the text inside them, as byte ranges of the
/// article's text, the paragraph it starts in, and whether it continues the quotation before it
/// (a quotation over several paragraphs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub outer: Range<usize>,
    pub inner: Range<usize>,
    pub paragraph: usize,
    pub continues: bool,
}

/// How deep quotations may nest before further opening marks are passed over.
const MAX_DEPTH: usize = 32;

#[derive(Clone, Copy, Debug)]
struct Open {
    pos: usize,
    len: usize,
    family: Family,
    paragraph: usize,
    weak: bool,
}

impl Open {
    fn note(&self, what: Unpaired) -> MarkNote {
        MarkNote {
            pos: self.pos,
            len: self.len,
            paragraph: self.paragraph,
            what,
        }
    }
}

/// A pair of marks: the opening one and the end of the closing one.
#[derive(Clone, Debug)]
struct Pair {
    open: Open,
    close: Range<usize>,
}

/// The buffers of a scan, reused from paragraph to paragraph.
#[derive(Default)]
pub struct Scanner {
    /// The paragraph being read.
    paragraph: usize,
    candidates: Vec<usize>,
    stack: Vec<Open>,
    pairs: Vec<Pair>,
}

impl Scanner {
    /// Every quotation of an article whose paragraphs are `paragraphs` (byte ranges of `text`),
    /// in order; the marks that did not pair go to `notes`.
    pub fn scan(
        &mut self,
        text: &str,
        paragraphs: &[Range<usize>],
        found: &mut Vec<Quotation>,
        notes: &mut Vec<MarkNote>,
    ) {
        let marks = Marks::get();
        let mut carried: Option<Open> = None;
        let mut continues_next = false;
        for (index, range) in paragraphs.iter().enumerate() {
            let base = range.start;
            let para = &text[range.clone()];
            self.paragraph = index;
            self.stack.clear();
            self.pairs.clear();
            self.stack.extend(carried.take());
            let continues = std::mem::take(&mut continues_next);
            let mut candidates = std::mem::take(&mut self.candidates);
            marks.candidates(para.as_bytes(), &mut candidates);
            for mark in marks_in(para, &candidates, marks) {
                let mark = Found {
                    pos: base + mark.pos,
                    ..mark
                };
                self.step(text, mark, notes);
            }
            self.candidates = candidates;
            // The quotation still open at the bottom, if any: does it go on? A year ('65) left
            // open was no quotation mark.
            self.stack.retain(|open| !open.weak);
            let end = base + para.trim_end().len();
            if let Some(&bottom) = self.stack.first() {
                let mut taken = false;
                let next = paragraphs.get(index + 1).map(|r| &text[r.clone()]);
                match next.map(|next| first_mark(next, marks, bottom.family)) {
                    Some(FirstMark::Reopens) => {
                        self.pairs.push(Pair {
                            open: bottom,
                            close: end..end,
                        });
                        continues_next = true;
                    }
                    Some(FirstMark::Closes) => carried = Some(bottom),
                    Some(FirstMark::Other) if opens_sentence(text, base, bottom.pos) => {
                        self.pairs.push(Pair {
                            open: bottom,
                            close: end..end,
                        });
                        notes.push(bottom.note(Unpaired::ToParagraphEnd));
                        taken = true;
                    }
                    Some(FirstMark::Other) => {}
                    None => {
                        self.pairs.push(Pair {
                            open: bottom,
                            close: end..end,
                        });
                        notes.push(bottom.note(Unpaired::CutOff));
                    }
                }
                if carried.is_none() && !continues_next && !taken && next.is_some() {
                    // Never closed: only this quotation is lost; the ones inside it count.
                    notes.push(bottom.note(Unpaired::Unclosed));
                }
            }
            self.emit(text, base, continues, found);
        }
    }

    /// One mark, in order.
    fn step(&mut self, text: &str, mark: Found, notes: &mut Vec<MarkNote>) {
        let open_of_family = self.stack.iter().rposition(|o| o.family == mark.family);
        let close_here = mark.closes && (!mark.by_state || open_of_family.is_some() || !mark.opens);
        if close_here {
            if let Some(depth) = open_of_family {
                let open = self.stack[depth];
                self.stack.truncate(depth);
                self.pairs.push(Pair {
                    open,
                    close: mark.pos..mark.pos + mark.len,
                });
                return;
            }
            // Nothing of its family is open. One open mark of another family, closed by a mark
            // that cannot be an apostrophe and stands where only a closing mark can (‘…”): take it.
            if let [open] = self.stack[..]
                && !open.weak
                && !mark.apostrophe
                && !mark.by_state
            {
                self.stack.clear();
                self.pairs.push(Pair {
                    open,
                    close: mark.pos..mark.pos + mark.len,
                });
                notes.push(open.note(Unpaired::Mixed));
                return;
            }
            if !mark.apostrophe && !mark.by_state {
                notes.push(MarkNote {
                    pos: mark.pos,
                    len: mark.len,
                    paragraph: self.paragraph,
                    what: Unpaired::Stray,
                });
            }
            return;
        }
        if mark.opens {
            // A quotation of the same family opening a new sentence while one is open: the open
            // one lost its closing mark at the end of the sentence before („Ja. „Nee.”).
            if let [open] = self.stack[..]
                && !open.weak
                && open.family == mark.family
                && let Some(end) = sentence_end_before(text, mark.pos)
                && end > open.pos + open.len
            {
                self.stack.clear();
                self.pairs.push(Pair {
                    open,
                    close: end..end,
                });
                notes.push(open.note(Unpaired::ClosedByNext));
            }
            if self.stack.len() >= MAX_DEPTH {
                return; // no prose nests this deep; the bound keeps each mark's work small
            }
            self.stack.push(Open {
                pos: mark.pos,
                len: mark.len,
                family: mark.family,
                paragraph: self.paragraph,
                weak: mark.weak,
            });
        }
    }

    /// Reports the pairs of a paragraph that stand inside no other, in order.
    fn emit(&mut self, text: &str, base: usize, continues: bool, found: &mut Vec<Quotation>) {
        self.pairs.sort_unstable_by_key(|p| p.open.pos);
        let mut reach = 0;
        for pair in &self.pairs {
            if pair.open.pos < reach {
                continue; // inside the quotation before
            }
            reach = pair.close.end;
            let inner = pair.open.pos + pair.open.len..pair.close.start;
            if text[inner.clone()].trim().is_empty() {
                continue;
            }
            found.push(Quotation {
                outer: pair.open.pos..pair.close.end,
                inner,
                paragraph: pair.open.paragraph,
                continues: continues && pair.open.pos == base,
            });
        }
    }
}

/// Where the sentence before byte `pos` ends, when `pos` starts a sentence: after `.`, `!`, `?` or
/// `…` and white space.
fn sentence_end_before(text: &str, pos: usize) -> Option<usize> {
    let before = &text[..pos];
    let trimmed = before.trim_end();
    (trimmed.len() < before.len() && trimmed.ends_with(['.', '!', '?', '…']))
        .then_some(trimmed.len())
}

/// Whether the mark at byte `pos` opens its paragraph (which starts at `start`), a sentence, or
/// what a colon introduces.
fn opens_sentence(text: &str, start: usize, pos: usize) -> bool {
    let before = text[start..pos].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '…', ':'])
}

/// What the first mark of a paragraph does to a quotation of `family` left open before it.
enum FirstMark {
    /// It opens the paragraph with a mark of the family: the quotation goes on.
    Reopens,
    /// It closes the quotation: the quotation runs over the paragraph break.
    Closes,
    /// Anything else.
    Other,
}

fn first_mark(para: &str, marks: &Marks, family: Family) -> FirstMark {
    let mut candidates = Vec::new();
    marks.candidates(para.as_bytes(), &mut candidates);
    match marks_in(para, &candidates, marks).next() {
        Some(mark) if mark.family != family => FirstMark::Other,
        Some(mark) if mark.pos == 0 && mark.opens => FirstMark::Reopens,
        // An apostrophe (Jones’) closes no quotation from the paragraph before.
        Some(mark) if mark.closes && !mark.apostrophe => FirstMark::Closes,
        _ => FirstMark::Other,
    }
}

/// The marks of `para` in order, read at the places `candidates` holds (as
/// [`Marks::candidates`] finds them); a mark of two characters (`,,`) is read once.
fn marks_in<'a>(
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

/// Top-level quotations in one paragraph: (whole span with marks, inner text span).
pub fn find_in_paragraph(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    let whole = std::iter::once(0..text.len()).collect::<Vec<_>>();
    Scanner::default().scan(text, &whole, &mut found, &mut Vec::new());
    found.into_iter().map(|q| (q.outer, q.inner)).collect()
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

    /// Quotations and notes of a text whose paragraphs are separated by blank lines.
    fn scan(text: &str) -> (Vec<(String, bool)>, Vec<Unpaired>) {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for block in text.split("\n\n") {
            paragraphs.push(start..start + block.len());
            start += block.len() + 2;
        }
        let mut found = Vec::new();
        let mut notes = Vec::new();
        Scanner::default().scan(text, &paragraphs, &mut found, &mut notes);
        let quotes = found
            .into_iter()
            .map(|q| (text[q.inner].to_owned(), q.continues))
            .collect();
        (quotes, notes.into_iter().map(|n| n.what).collect())
    }

    #[test]
    fn the_mark_table_reads() {
        let marks = Marks::parse(MARKS_FILE).expect("marks.toml parses");
        assert_eq!(marks.at(",,Ja").map(|d| d.family), Some(Family::Double));
        assert_eq!(marks.at("''").map(|d| d.text.as_str()), Some("''"));
    }

    #[test]
    fn every_family_dutch_and_flemish_papers_print_is_found() {
        assert_eq!(
            inner(
                "„een″ en „twee” en “drie” en ”vier” en ‘vijf’ en ’zes’ en 'zeven' en \"acht\" \
                 en ,,negen'' en ,,tien” en ,,elf’’ en «twaalf» en ‹dertien› en „veertien“"
            ),
            [
                "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                "elf", "twaalf", "dertien", "veertien"
            ]
        );
    }

    #[test]
    fn two_commas_open_only_where_a_word_can_begin() {
        assert_eq!(
            inner("Het cijfer 1,,5 en a,,b zijn typefouten."),
            Vec::<&str>::new()
        );
        assert_eq!(
            inner("De wethouder: ,,Wij gaan door.'' En verder."),
            ["Wij gaan door."]
        );
    }

    #[test]
    fn apostrophes_are_never_marks() {
        assert_eq!(
            inner("twee regio’s en zo'n 130.000 auto's, 's avonds, ’s-Hertogenbosch, zag 'm"),
            Vec::<&str>::new()
        );
        assert_eq!(inner("'Zo'n regio’s', zei hij"), ["Zo'n regio’s"]);
        assert_eq!(
            inner("de Jansens' tuin en rock 'n' roll in de '90s en ’94 bij van ‘t Wout"),
            Vec::<&str>::new()
        );
        assert_eq!(
            inner("“Het huis van Jansens' buren is ’t mooiste”, zegt hij."),
            ["Het huis van Jansens' buren is ’t mooiste"]
        );
    }

    #[test]
    fn two_digits_after_an_apostrophe_are_a_year_unless_a_mark_closes_them() {
        assert_eq!(
            inner("In 1964 and '65 he said 'no' and the '90s came."),
            ["no"]
        );
        assert_eq!(inner("A witness heard '15 to 20' shots."), ["15 to 20"]);
        let (_, notes) = scan("In '65 it began.\n\nEnd.");
        assert!(notes.is_empty());
    }

    #[test]
    fn a_right_mark_and_an_apostrophe_together_close_two_commas() {
        let (quotes, notes) = scan("Hij zei: ,,Verschrikkelijk.’' Daarna niets.\n\nEind.");
        assert_eq!(quotes, [("Verschrikkelijk.".to_owned(), false)]);
        assert!(notes.is_empty());
    }

    #[test]
    fn a_possessive_in_the_next_paragraph_closes_nothing_from_before() {
        let (quotes, _) =
            scan("LONDON ‚British police said it.\n\nThe band of Jones’ friend.\n\nEind.");
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn any_single_family_nests_inside_any_double_one() {
        assert_eq!(
            inner("“Als deze ‘brutaliteit’ blijft”, zei Lavrov"),
            ["Als deze ‘brutaliteit’ blijft"]
        );
        assert_eq!(
            inner("„Hij noemde het ’onzin’ en 'flauwekul'” en ,,dat was ‚het‘ eind''"),
            [
                "Hij noemde het ’onzin’ en 'flauwekul'",
                "dat was ‚het‘ eind"
            ]
        );
        assert_eq!(
            inner("'Hij zei \"nee\" tegen ons'"),
            ["Hij zei \"nee\" tegen ons"]
        );
    }

    #[test]
    fn a_mark_that_does_not_pair_costs_only_its_own_quotation() {
        // A stray opening mark in the middle: the quotations around it are still found.
        let (quotes, notes) =
            scan("„Eerst”, zei hij. Toen „iets. En ‘daarna’ nog „iets anders”.\n\nVolgende.");
        let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Eerst", "daarna", "iets anders"]);
        assert_eq!(notes, [Unpaired::Unclosed]);
        // A closing mark with nothing open.
        let (quotes, notes) = scan("Hij zei nee.” Toen „ja”.\n\nEind.");
        assert_eq!(quotes, [("ja".to_owned(), false)]);
        assert_eq!(notes, [Unpaired::Stray]);
    }

    #[test]
    fn a_closing_mark_of_another_family_closes_and_is_noted() {
        let (quotes, notes) =
            scan("‘Ik ga niet weg.” Dat zei ze. „Nooit”, voegde ze toe.\n\nEind.");
        let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Ik ga niet weg.", "Nooit"]);
        assert_eq!(notes, [Unpaired::Mixed]);
    }

    #[test]
    fn a_lost_closing_mark_ends_at_the_next_quotation_or_the_paragraph() {
        let (quotes, notes) = scan("Hij zei dat ‘het over is. ‘We gaan verder.’\n\nEind.");
        let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["het over is.", "We gaan verder."]);
        assert_eq!(notes, [Unpaired::ClosedByNext]);
        let (quotes, notes) = scan("Ze zegt: 'Het kan zo niet langer.\n\nTerrassen\n\nEind.");
        assert_eq!(quotes, [("Het kan zo niet langer.".to_owned(), false)]);
        assert_eq!(notes, [Unpaired::ToParagraphEnd]);
    }

    #[test]
    fn a_quotation_cut_off_by_the_end_of_the_text_runs_to_the_end() {
        let (quotes, notes) = scan("Titel\n\nZe zei: „Wat ik wil is");
        assert_eq!(quotes, [("Wat ik wil is".to_owned(), false)]);
        assert_eq!(notes, [Unpaired::CutOff]);
    }

    #[test]
    fn a_quotation_reopened_at_each_paragraph_is_one_in_pieces() {
        let (quotes, notes) =
            scan("Zij zei: „Het eerste deel.\n\n„Het tweede deel.\n\n„Het slot.”\n\n„Een nieuwe.”");
        assert_eq!(
            quotes,
            [
                ("Het eerste deel.".to_owned(), false),
                ("Het tweede deel.".to_owned(), true),
                ("Het slot.".to_owned(), true),
                ("Een nieuwe.".to_owned(), false),
            ]
        );
        assert!(notes.is_empty());
    }

    #[test]
    fn a_quotation_whose_next_paragraph_closes_it_runs_over_the_break() {
        let (quotes, notes) = scan("“Het begint hier.\n\nEn het eindigt hier.”\n\nVerslag.");
        assert_eq!(
            quotes,
            [("Het begint hier.\n\nEn het eindigt hier.".to_owned(), false)]
        );
        assert!(notes.is_empty());
    }

    #[test]
    fn empty_and_detached_marks_are_no_quotations() {
        assert_eq!(
            inner("een „ ” leeg en « Vorige | Volgende »"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn marks_touching_other_marks_and_punctuation() {
        assert_eq!(
            inner("“Mooi.”\"Ajax speelt\", zei hij. “Klaar.”De trainer zweeg."),
            ["Mooi.", "Ajax speelt", "Klaar."]
        );
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let text = format!("{}{}", "‘".repeat(10_000), "”".repeat(10_000));
        assert!(find_in_paragraph(&text).len() <= 1);
    }
}
