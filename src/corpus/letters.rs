//! Quick answers about characters for the loops that read every word: the same answers as
//! `char`'s methods, without Unicode's tables for the characters most of news text is made of.

/// Whether a character is a letter or a digit, as [`char::is_alphanumeric`] says. ASCII, the
/// accented Latin letters (U+00C0 to U+00FF) and the general punctuation (U+2000 to U+206F:
/// quotation marks, dashes, spaces) are answered at once; others ask Unicode's tables.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{c0}'..='\u{ff}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_char_does_for_every_character_it_answers_itself() {
        for c in ('\0'..='\u{2100}').chain(['\u{3000}', 'ß', 'Ÿ', 'ł', 'ж', '中']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
