//! Case- and diacritic-insensitive text search: `oekraine` finds `Oekraïne`.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for comparison: lower case, diacritics removed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for d in c.to_lowercase().nfd() {
        if !is_combining_mark(d) {
            out.push(d);
        }
    }
}

/// Byte ranges in `haystack` of every non-overlapping match of `needle`, both folded.
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle = fold(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    // The folded haystack, and for each of its bytes the original char's start.
    let mut folded = String::with_capacity(haystack.len());
    let mut origin: Vec<u32> = Vec::with_capacity(haystack.len() + 1);
    for (pos, c) in haystack.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        origin.extend(std::iter::repeat_n(pos as u32, folded.len() - before));
    }
    origin.push(haystack.len() as u32);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = folded[from..].find(&needle) {
        let start = from + found;
        let end = start + needle.len();
        let orig_start = origin[start] as usize;
        // The end maps to the start of the next original char after the last folded byte.
        let last = origin[end - 1] as usize;
        let orig_end = last + haystack[last..].chars().next().map_or(0, char::len_utf8);
        out.push(orig_start..orig_end);
        from = end;
    }
    out
}

/// The words of a query, folded: an article matches when it contains every one of them.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// True when the folded text contains every term.
pub fn contains_all(folded_haystack: &str, terms: &[String]) -> bool {
    terms
        .iter()
        .all(|t| memchr::memmem::find(folded_haystack.as_bytes(), t.as_bytes()).is_some())
}

/// Byte ranges in `haystack` of every term of `query`, sorted, overlapping ones merged.
pub fn find_terms(haystack: &str, query: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = query
        .split_whitespace()
        .flat_map(|term| find_all(haystack, term))
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for range in found {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_diacritics() {
        assert_eq!(fold("Oekraïne België ÉÉN"), "oekraine belgie een");
    }

    #[test]
    fn matches_map_back_to_the_original_text() {
        let text = "In Oekraïne en OEKRAÏNE.";
        let found: Vec<&str> = find_all(text, "oekraine")
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Oekraïne", "OEKRAÏNE"]);
    }

    #[test]
    fn empty_needle_finds_nothing() {
        assert!(find_all("abc", "").is_empty());
        assert!(contains_all("abc", &terms("  ")));
    }

    #[test]
    fn every_term_must_match_and_all_are_found() {
        let text = "Wit-Rusland en Oekraïne";
        let query = terms("oekraine WIT");
        assert!(contains_all(&fold(text), &query));
        assert!(!contains_all(&fold(text), &terms("oekraine polen")));
        let found: Vec<&str> = find_terms(text, "oekraine wit")
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Wit", "Oekraïne"]);
    }
}
