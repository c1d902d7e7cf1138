//! Words of a paragraph for name discovery, with what a name's edges need to know: whether the
//! word is capitalised, whether it opens a sentence, and what stands between it and the word
//! before.

use std::cell::Cell;
use std::ops::Range;

use crate::corpus::sentences::stop_after_abbreviation;

/// One word.
#[derive(Clone, Debug)]
pub struct Token {
    /// Byte range in the article's text.
    pub span: Range<usize>,
    /// Its first character is upper case.
    pub capitalised: bool,
    /// It opens a sentence (or the paragraph, or a quotation), so a capital says little.
    pub sentence_start: bool,
    /// Only white space stands between it and the word before.
    pub joined: bool,
    /// The last character before it that is not white space, if any in the paragraph.
    pub before: Option<char>,
    /// Only white space and one ampersand stand between it and the word before ("Marks &
    /// Spencer").
    pub after_ampersand: bool,
    /// The lexicon's lists the word is in, once looked up: by the tokenizer to tell what a
    /// capital does (see [`tokens`]), or the first time candidate finding asks
    /// ([`super::word_flags::WordFlags`]): kept, so that no one looks them up again.
    pub flags: Cell<Option<u32>>,
}

impl Token {
    /// Initials, as in "J.P." or "B.": one or two letters, the first a capital, each followed by
    /// a full stop.
    pub fn is_initials(&self, text: &str) -> bool {
        let word = &text[self.span.clone()];
        word.strip_suffix('.').is_some_and(is_initial_part)
    }
}

/// Written in capitals, like an acronym: PVV, D66, CD&V, N-VA, PvdA.
pub fn is_acronym(word: &str) -> bool {
    // Most words asked about are ASCII with one capital: counted by bytes, they are turned away
    // before the letters are counted.
    let (upper, letters) = if word.is_ascii() {
        let bytes = word.as_bytes();
        let upper = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
        if upper < 2 {
            return false;
        }
        (
            upper,
            bytes.iter().filter(|b| b.is_ascii_alphabetic()).count(),
        )
    } else {
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        (upper, word.chars().filter(|c| c.is_alphabetic()).count())
    };
    upper >= 2
        && (upper * 2 >= letters || word.chars().any(|c| c.is_ascii_digit()))
        && word.len() <= 12
        && !word.ends_with('.')
}

/// Whether a word is an acronym in the plural, a title or a common noun ("MPs", "CEOs",
/// "NGOs"), never a name.
pub fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// The Arabic articles written in lower case and joined by a hyphen to the capitalised name they
/// belong to: "al-Burhan", "el-Sisi", "ash-Sharaa", "ad-Din".
const ARTICLES: [&str; 10] = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud"];

/// Where the capital starts in a word that opens with an Arabic article and a hyphen
/// ("al-Burhan"), if it does.
fn article_before_capital(word: &str) -> Option<usize> {
    let (article, rest) = word.split_once('-')?;
    (ARTICLES.contains(&article) && rest.starts_with(char::is_uppercase))
        .then_some(article.len() + 1)
}

/// Characters that may join two parts of one word: `Noord-Holland`, `J.P`, `O'Brien`, `CD&V`.
fn joins(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '&')
}

/// What the tokenizer does with a capitalised word, by the lists it is in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Capital {
    /// A stop word that is no particle ("Het", "Maar", "The"): it starts no window.
    PassOver,
    /// In no list: where it opens a sentence before a lower-case word it is a name only if the
    /// article writes it capitalised elsewhere, so it goes to `openers`, to be looked at once
    /// the rest of the article is known, and starts no window.
    Unlisted,
    /// Anything else starts a window.
    Window,
}

/// How many words after a capitalised one are kept as tokens: enough for particles and the next
/// name word ("van der Molen"), and for a reporting verb after a name.
const KEPT_AFTER_CAPITAL: u8 = 4;

/// Fills `out` with the words of the paragraph at `range` of `text` that name discovery looks at:
/// every capitalised word, the word right before it, and the few words after it. The rest of the
/// text, most of it, is passed over eight bytes at a time.
/// `capital_kind` says what to do with each capitalised word (see [`Capital`]), and may give the
/// lexicon's flags it found for it, which the word's token keeps.
pub fn tokens(
    text: &str,
    range: Range<usize>,
    known: &[Range<usize>],
    capital_kind: impl Fn(&str) -> (Capital, Option<u32>),
    out: &mut Vec<Token>,
    openers: &mut Vec<Range<usize>>,
) {
    out.clear();
    let para = &text[range.clone()];
    let mut from = 0;
    let mut known = known.iter().peekable();
    while let Some(capital) = next_capital(para, from) {
        // A name the gazetteer found is passed over whole: it is no candidate.
        while known.next_if(|k| k.end <= range.start + capital).is_some() {}
        if let Some(k) = known.peek().filter(|k| k.start <= range.start + capital) {
            from = k.end - range.start;
            continue;
        }
        let capital_end = word_end(para, capital);
        let word = &para[capital..capital_end];
        let (kind, flags) = capital_kind(word);
        if kind == Capital::PassOver {
            from = capital_end;
            continue;
        }
        // The word before it and where that ends, found once for the tests below and the
        // tokens.
        let before = word_before(para, capital);
        let before_end = before.map(|b| word_end(para, b));
        let lone_opener = || {
            let opens =
                token(para, range.start, capital..capital_end, true, before_end).sentence_start;
            let next_is_lower = next_word(para, capital_end).is_some_and(|n| {
                para[capital_end..n].trim().is_empty()
                    && para[n..].chars().next().is_some_and(char::is_lowercase)
            });
            opens && next_is_lower
        };
        if kind == Capital::Unlisted && lone_opener() {
            openers.push(range.start + capital..range.start + capital_end);
            from = capital_end;
            continue;
        }
        // The word before it, unless it is already the last token.
        let mut at = capital;
        let mut end = capital_end;
        let mut previous_end = before_end;
        if let Some(previous) = before
            && let Some(previous_word_end) = before_end
            && out
                .last()
                .is_none_or(|t| t.span.end - range.start <= previous)
        {
            at = previous;
            end = previous_word_end;
            previous_end = word_before(para, previous).map(|b| word_end(para, b));
        }
        let mut keep = 0u8;
        loop {
            let first = para[at..].chars().next();
            let capitalised = first.is_some_and(char::is_uppercase)
                || article_before_capital(&para[at..end]).is_some();
            if capitalised {
                keep = KEPT_AFTER_CAPITAL;
            } else if at >= capital {
                if keep == 0 {
                    break;
                }
                keep -= 1;
            }
            let word = token(para, range.start, at..end, capitalised, previous_end);
            if at == capital {
                word.flags.set(flags);
            }
            out.push(word);
            previous_end = Some(end);
            match next_word(para, end) {
                Some(next) => {
                    at = next;
                    end = word_end(para, next);
                }
                None => {
                    at = para.len();
                    break;
                }
            }
        }
        from = at.max(capital + 1);
    }
}

/// The token for the word at `word` (byte range of `para`, which starts at byte `base` of the
/// text).
fn token(
    para: &str,
    base: usize,
    word: Range<usize>,
    capitalised: bool,
    gap_start: Option<usize>,
) -> Token {
    // `gap_start`: where the word before ends (with the stop of initials), if there is one.
    let mut marks = para[gap_start.unwrap_or(0)..word.start]
        .chars()
        .rev()
        .filter(|c| !c.is_whitespace());
    let mut last_non_space = marks.next();
    let before_last = marks.next();
    let ampersand = gap_start.is_some()
        && last_non_space == Some('&')
        && before_last.is_none()
        && para[gap_start.unwrap_or(0)..word.start].starts_with(char::is_whitespace);
    // An abbreviated title's stop ("Sen. Warren", "Gov. Newsom") is the title's own: the name
    // after it is joined to it and opens no sentence.
    let after_abbreviation = last_non_space == Some('.')
        && before_last.is_none()
        && gap_start.is_some_and(|g| stop_after_abbreviation(para, g));
    let joined = gap_start.is_some() && (last_non_space.is_none() || after_abbreviation);
    // A word's own final stop (initials) ends no sentence, nor does an ampersand.
    if joined || ampersand {
        last_non_space = Some('a');
    }
    Token {
        span: base + word.start..base + word.end,
        capitalised,
        sentence_start: opens_sentence(para, word.start, last_non_space, before_last),
        joined,
        before: last_non_space,
        after_ampersand: ampersand,
        flags: Cell::new(None),
    }
}

/// The start of the next word at or after byte `from`.
fn next_word(para: &str, from: usize) -> Option<usize> {
    // ASCII bytes are told apart without decoding; a longer character is decoded.
    let bytes = para.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            return Some(i);
        }
        if b.is_ascii() {
            i += 1;
            continue;
        }
        let c = para[i..].chars().next()?;
        if c.is_alphanumeric() {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// The start of the word before the one starting at `start`, if any.
fn word_before(para: &str, start: usize) -> Option<usize> {
    let before = &para[..start];
    let end = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8())?;
    let mut begin = end;
    for (i, c) in before[..end].char_indices().rev() {
        if c.is_alphanumeric() {
            begin = i;
        } else if joins(c)
            && before[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        } else {
            break;
        }
    }
    Some(begin)
}

/// The start of the next word at or after byte `from` that begins with a capital. ASCII text
/// without capitals is passed over eight bytes at a time.
fn next_capital(para: &str, from: usize) -> Option<usize> {
    let bytes = para.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // Eight bytes with no ASCII capital and no byte of a longer character: skip them.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let x = u64::from_le_bytes(word);
            if !has_capital_or_high(x) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b.is_ascii_uppercase() || b >= 0xc0 {
            let starts_word = para[..i].chars().next_back().is_none_or(|p| {
                let inside_word = joins(p)
                    && para[..i - p.len_utf8()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                !p.is_alphanumeric() && !inside_word
            });
            let upper =
                b.is_ascii_uppercase() || para[i..].chars().next().is_some_and(char::is_uppercase);
            if upper && starts_word {
                return Some(i);
            }
            // "al-Burhan", "el-Sisi": the name starts at its article.
            if upper && para[..i].ends_with('-') {
                let start = para[..i - 1]
                    .rfind(|c: char| !c.is_alphanumeric())
                    .map_or(0, |at| {
                        at + para[at..].chars().next().map_or(1, char::len_utf8)
                    });
                if article_before_capital(&para[start..]).is_some() {
                    return Some(start);
                }
            }
        }
        i += 1;
        while i < bytes.len() && (bytes[i] & 0xc0) == 0x80 {
            i += 1; // inside a character
        }
    }
    None
}

/// Whether any of the eight bytes of `x` is an ASCII capital or has its high bit set.
fn has_capital_or_high(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if x & HIGH != 0 {
        return true;
    }
    // Bytes below 0x80 here: b + (0x80 - 'A') sets the high bit where b >= 'A', and
    // b + (0x80 - 'Z' - 1) where b > 'Z'.
    let at_least_a = x.wrapping_add(ONES * (0x80 - u64::from(b'A'))) & HIGH;
    let above_z = x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1)) & HIGH;
    at_least_a & !above_z != 0
}

/// The end of the word starting at byte `start` of `para`: letters and digits, joined by
/// `-`, `.`, `'`, `’` or `&` before another letter or digit, and the final stop of initials.
fn word_end(para: &str, start: usize) -> usize {
    let bytes = para.as_bytes();
    let mut end = start;
    loop {
        // Letters and digits, ASCII ones a byte at a time.
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_alphanumeric() {
                end += 1;
            } else if b >= 0x80 {
                match para[end..].chars().next() {
                    Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        // Most words end at a space or a mark that joins nothing: no character to decode.
        if bytes
            .get(end)
            .is_none_or(|&b| b.is_ascii() && !matches!(b, b'-' | b'.' | b'\'' | b'&'))
        {
            return end;
        }
        let Some(d) = para[end..].chars().next().filter(|&d| joins(d)) else {
            return end;
        };
        let rest = &para[end + d.len_utf8()..];
        // An English possessive or contraction ends the word before its apostrophe: "Trump’s",
        // "I’m", "Don't" (but "O'Brien" and "’s-Hertogenbosch" go on).
        // In capitals, so is its clitic: "IT’S", "DON'T".
        let shouted = || !para[start..end].chars().any(char::is_lowercase);
        if matches!(d, '\'' | '’') && (is_clitic(rest) || (shouted() && is_shouted_clitic(rest)))
        {
            return end;
        }
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            end += d.len_utf8();
            continue;
        }
        // A full stop after initials stays with them ("J.P.", "Nabil B.").
        if d == '.' && is_initial_part(&para[start..end]) {
            end += 1;
        }
        return end;
    }
}

/// Whether a word at byte `start` opens a sentence, going by the characters before it.
fn opens_sentence(
    para: &str,
    start: usize,
    last_non_space: Option<char>,
    before_last: Option<char>,
) -> bool {
    match last_non_space {
        None => true,
        Some(p) => {
            matches!(
                p,
                '.' | '!'
                    | '?'
                    | '…'
                    | ':'
                    | '„'
                    | '“'
                    | '‘'
                    | '"'
                    | '«'
                    | '‹'
                    | '–'
                    | '—'
                    | '•'
                    | '|'
            ) || (p == ',' && para[..start].trim_end().ends_with(",,"))
                // An opening single mark right before the word: 'Natuurlijk …
                || (matches!(p, '\'' | '’') && para[..start].ends_with(p))
                // A sentence's end inside its closing mark: zijn.” Dan
                || (matches!(p, '”' | '’' | '\'' | '"' | '»' | '″' | ')')
                    && matches!(before_last, Some('.' | '!' | '?' | '…')))
        }
    }
}

/// Whether `rest` (after an apostrophe) starts with an English clitic that ends there: s, m, re,
/// ve, ll, d, t.
fn is_clitic(rest: &str) -> bool {
    ["s", "m", "re", "ve", "ll", "d", "t"].iter().any(|clitic| {
        rest.strip_prefix(clitic)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// Whether `rest` (after an apostrophe in a word in capitals) starts with an English clitic in
/// capitals that ends there: S, M, RE, VE, LL, D, T.
fn is_shouted_clitic(rest: &str) -> bool {
    ["S", "M", "RE", "VE", "LL", "D", "T"].iter().any(|clitic| {
        rest.strip_prefix(clitic)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// Whether a word (without its final stop) is initials: "J.P", "B", "A.F.Th".
fn is_initial_part(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() <= 1
            && chars.all(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool, bool)> {
        let mut out = Vec::new();
        tokens(
            text,
            0..text.len(),
            &[],
            |_| (Capital::Window, None),
            &mut out,
            &mut Vec::new(),
        );
        out.iter()
            .map(|t| (&text[t.span.clone()], t.sentence_start, t.joined))
            .collect()
    }

    #[test]
    fn a_name_after_an_abbreviated_title_opens_no_sentence() {
        assert_eq!(
            words("Toen. Sen. Mitch McConnell"),
            [
                ("Toen", true, false),
                ("Sen", true, false),
                ("Mitch", false, true),
                ("McConnell", false, true),
            ]
        );
    }

    #[test]
    fn words_keep_their_joiners_and_initials_their_stops() {
        assert_eq!(
            words("Volgens J.P. Balkenende (CD&V) zei Noord-Holland: nee. Nabil B. kwam."),
            [
                ("Volgens", true, false),
                ("J.P.", false, true),
                ("Balkenende", false, true),
                ("CD&V", false, false),
                ("zei", false, false),
                ("Noord-Holland", false, true),
                ("nee", true, false),
                ("Nabil", true, false),
                ("B.", false, true),
                ("kwam", false, true),
            ]
        );
    }
}
