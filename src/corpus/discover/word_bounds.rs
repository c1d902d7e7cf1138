//! Where the words of a paragraph start and end, for name discovery's tokenizer: letters and
//! digits joined by a hyphen, a stop, an apostrophe or an ampersand, initials with their stops,
//! and the capitals that start a name. ASCII text is read by bytes, without decoding characters.

use crate::corpus::letters::is_alphanumeric;

/// The Arabic articles written in lower case and joined by a hyphen to the capitalised name they
/// belong to: "al-Burhan", "el-Sisi", "ash-Sharaa", "ad-Din".
const ARTICLES: [&str; 10] = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud"];

/// Where the capital starts in a word that opens with an Arabic article and a hyphen
/// ("al-Burhan"), if it does.
pub(super) fn article_before_capital(word: &str) -> Option<usize> {
    // Most words asked about open with no article: its hyphen stands at byte 2 or 3.
    let bytes = word.as_bytes();
    if bytes.get(2) != Some(&b'-') && bytes.get(3) != Some(&b'-') {
        return None;
    }
    let (article, rest) = word.split_once('-')?;
    (ARTICLES.contains(&article) && rest.starts_with(char::is_uppercase))
        .then_some(article.len() + 1)
}

/// For each byte, whether it is an ASCII letter or digit: one look-up a byte in the loop that
/// reads a word.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Characters that may join two parts of one word: `Noord-Holland`, `J.P`, `O'Brien`, `CD&V`.
fn joins(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '&')
}

/// The start of the next word at or after byte `from`.
#[inline]
pub(super) fn next_word(para: &str, from: usize) -> Option<usize> {
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
        if is_alphanumeric(c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// The start of the word before the one starting at `start`, if any.
pub(super) fn word_before(para: &str, start: usize) -> Option<usize> {
    let before = &para[..start];
    // Going back a character at a time, an ASCII byte is a character itself: only longer ones
    // are decoded.
    let char_before = |i: usize| match before.as_bytes()[..i].last() {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => before[..i].chars().next_back(),
    };
    let mut end = start;
    loop {
        let c = char_before(end)?;
        if is_alphanumeric(c) {
            break;
        }
        end -= c.len_utf8();
    }
    let mut begin = end;
    while let Some(c) = char_before(begin) {
        let at = begin - c.len_utf8();
        if is_alphanumeric(c) || (joins(c) && char_before(at).is_some_and(is_alphanumeric)) {
            begin = at;
        } else {
            break;
        }
    }
    // (A joining mark is passed only with a letter or digit before it, which `begin` then
    // moves to: the word starts with a letter or digit.)
    Some(begin)
}

/// The start of the next word at or after byte `from` that begins with a capital. ASCII text
/// without capitals is passed over eight bytes at a time.
#[inline]
pub(super) fn next_capital(para: &str, from: usize) -> Option<usize> {
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
                        .is_some_and(is_alphanumeric);
                !is_alphanumeric(p) && !inside_word
            });
            let upper =
                b.is_ascii_uppercase() || para[i..].chars().next().is_some_and(char::is_uppercase);
            if upper && starts_word {
                return Some(i);
            }
            // "al-Burhan", "el-Sisi": the name starts at its article.
            if upper && para[..i].ends_with('-') {
                let start = para[..i - 1]
                    .rfind(|c: char| !is_alphanumeric(c))
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
pub(super) fn word_end(para: &str, start: usize) -> usize {
    let bytes = para.as_bytes();
    let mut end = start;
    loop {
        // Letters and digits, ASCII ones a byte at a time.
        while end < bytes.len() {
            let b = bytes[end];
            if ASCII_ALPHANUMERIC[usize::from(b)] {
                end += 1;
            } else if b >= 0x80 {
                match para[end..].chars().next() {
                    Some(c) if is_alphanumeric(c) => end += c.len_utf8(),
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
        // A stop glued between a word in lower case and a capitalised one ends a sentence the
        // page ran together with the next, or a caption's name before its credit:
        // "Makhubela.The protest", "Campbell Newman.Credit: …" (not "NU.nl", "St.Louis").
        if rest.chars().next().is_some_and(is_alphanumeric) {
            if d == '.' && is_run_together(&para[start..end], rest) {
                return end;
            }
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

/// Whether a stop between `before` (the word so far) and `rest` parts two sentences run
/// together: the part before the stop ends in three letters or more in lower case, and the
/// part after it opens with a capital and a lower-case letter.
fn is_run_together(before: &str, rest: &str) -> bool {
    let mut after = rest.chars();
    after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
        && before.chars().rev().take(3).all(char::is_lowercase)
        && before.chars().nth(2).is_some()
}

/// Whether `rest` (after an apostrophe) starts with an English clitic that ends there: s, m, re,
/// ve, ll, d, t.
fn is_clitic(rest: &str) -> bool {
    ["s", "m", "re", "ve", "ll", "d", "t"].iter().any(|clitic| {
        rest.strip_prefix(clitic)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !is_alphanumeric(c)))
    })
}

/// Whether `rest` (after an apostrophe in a word in capitals) starts with an English clitic in
/// capitals that ends there: S, M, RE, VE, LL, D, T.
fn is_shouted_clitic(rest: &str) -> bool {
    ["S", "M", "RE", "VE", "LL", "D", "T"].iter().any(|clitic| {
        rest.strip_prefix(clitic)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !is_alphanumeric(c)))
    })
}

/// Whether a word (without its final stop) is initials: "J.P", "B", "A.F.Th".
pub(super) fn is_initial_part(word: &str) -> bool {
    // Most words asked about end a sentence and start in lower case.
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && match (chars.next(), chars.next()) {
                (None, _) => true,
                (Some(second), None) => second.is_lowercase(),
                _ => false,
            }
    })
}
