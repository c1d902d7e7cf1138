//! Pairing quotation marks: the scan of an article's paragraphs that pairs the marks into
//! quotations and notes the marks that could not be paired.
//!
//! The marks, their families and roles come from `assets/language/marks.toml` ([`table`]; read its
//! comment for the rules of place), and what each can do where it stands from [`classify`]. Each
//! paragraph is read once with a stack of open marks:
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

mod classify;
mod table;
#[cfg(test)]
mod tests;

use std::ops::Range;

use classify::{Found, marks_in};
use table::{Family, Marks};

use crate::corpus::sentences::SENTENCE_ENDS;

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
    /// Whether an apostrophe after a plural -s and before a lower-case word is an owner's mark
    /// ("the Beatles' songs"), not a closing one: English, not Dutch ("de ‘stoute jongens’ van
    /// de klas").
    possessive_s: bool,
}

impl Scanner {
    /// A scanner for a language whose apostrophe after a plural -s marks an owner (see
    /// `possessive_s` in the language files).
    pub fn new(possessive_s: bool) -> Scanner {
        Scanner {
            possessive_s,
            ..Scanner::default()
        }
    }

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
        // 'The Beatles' songs still work.': an owner's mark, inside a quotation that opens with a
        // capital, as a sentence said does (a term quoted in running text, so-called 'experts'
        // who …, ends at the mark).
        if self.possessive_s
            && mark.apostrophe
            && !mark.opens
            && plural_owner(text, mark.pos, mark.len)
            && self
                .stack
                .iter()
                .rev()
                .find(|o| o.family == mark.family)
                .is_some_and(|o| text[o.pos + o.len..].starts_with(char::is_uppercase))
        {
            return;
        }
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

/// Whether the mark at byte `pos` (of `len` bytes) ends a plural -s and a lower-case word follows
/// it after a space: "the Beatles' songs", "the players’ union".
fn plural_owner(text: &str, pos: usize, len: usize) -> bool {
    let mut before = text[..pos].chars().rev();
    let plural =
        matches!(before.next(), Some('s' | 'S')) && before.next().is_some_and(char::is_alphabetic);
    let mut after = text[pos + len..].chars();
    plural && after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase)
}

/// Where the sentence before byte `pos` ends, when `pos` starts a sentence: after `.`, `!`, `?` or
/// `…` and white space.
fn sentence_end_before(text: &str, pos: usize) -> Option<usize> {
    let before = &text[..pos];
    let trimmed = before.trim_end();
    (trimmed.len() < before.len() && trimmed.ends_with(SENTENCE_ENDS)).then_some(trimmed.len())
}

/// Whether the mark at byte `pos` opens its paragraph (which starts at `start`), a sentence, or
/// what a colon introduces.
fn opens_sentence(text: &str, start: usize, pos: usize) -> bool {
    let before = text[start..pos].trim_end();
    before.is_empty() || before.ends_with(SENTENCE_ENDS) || before.ends_with(':')
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

/// Top-level quotations in one paragraph: (whole span with marks, inner text span).
pub fn find_in_paragraph(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    let whole = std::iter::once(0..text.len()).collect::<Vec<_>>();
    Scanner::default().scan(text, &whole, &mut found, &mut Vec::new());
    found.into_iter().map(|q| (q.outer, q.inner)).collect()
}
