//! Word wrapping of an article body to a pane width, as byte ranges into the text. Widths are
//! display widths of grapheme clusters, so wide (CJK, emoji) and combining characters are right.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::corpus::article::{Article, ArticleIx};

/// One line on screen: a byte range of the article text, or a blank line between paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub start: u32,
    pub end: u32,
    pub paragraph: u32,
    pub blank: bool,
}

/// The body of one article wrapped to one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub article: ArticleIx,
    pub width: u16,
    pub lines: Vec<VisualLine>,
}

impl Wrapped {
    pub fn new(article_index: ArticleIx, article: &Article, width: u16) -> Wrapped {
        Wrapped {
            article: article_index,
            width,
            lines: wrap_article(article, usize::from(width.max(1))),
        }
    }

    /// The index of the line holding byte `pos`.
    pub fn line_of(&self, pos: usize) -> usize {
        let pos = pos as u32;
        let after = self.lines.partition_point(|l| l.blank || l.start <= pos);
        // partition_point over a mixed sequence: walk back to the last text line starting <= pos.
        let mut i = after.min(self.lines.len());
        while i > 0 {
            i -= 1;
            let line = self.lines[i];
            if !line.blank && line.start <= pos {
                return i;
            }
        }
        0
    }
}

pub fn wrap_article(article: &Article, width: usize) -> Vec<VisualLine> {
    let mut lines = Vec::new();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        if index > 0 {
            lines.push(VisualLine {
                start: paragraph.span.start,
                end: paragraph.span.start,
                paragraph: index as u32,
                blank: true,
            });
        }
        let base = paragraph.span.start as usize;
        for range in wrap_text(article.slice(paragraph.span), width) {
            lines.push(VisualLine {
                start: (base + range.start) as u32,
                end: (base + range.end) as u32,
                paragraph: index as u32,
                blank: false,
            });
        }
    }
    lines
}

/// Wraps one line of text (no newlines) to `width` columns: breaks after spaces, and inside a
/// word only when the word alone is wider than the line. Spaces at a break are dropped.
pub fn wrap_text(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0;
    // The end of the text before the last space seen on this line, and the start after it.
    let mut last_break: Option<(usize, usize, usize)> = None;
    for (pos, grapheme) in text.grapheme_indices(true) {
        let w = grapheme.width();
        if grapheme == " " {
            if pos == start {
                start = pos + 1;
                continue;
            }
            last_break = Some((pos, pos + 1, used + 1));
            used += 1;
            continue;
        }
        if used + w > width && used > 0 {
            match last_break.take() {
                Some((end, next, width_to_next)) if end > start => {
                    out.push(start..end);
                    start = next;
                    used -= width_to_next;
                }
                _ => {
                    out.push(start..pos);
                    start = pos;
                    used = 0;
                }
            }
        }
        used += w;
    }
    let rest = text[start..].trim_end();
    if !rest.is_empty() {
        out.push(start..start + rest.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> Vec<&str> {
        wrap_text(text, width)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn breaks_between_words() {
        assert_eq!(wrap("een twee drie vier", 9), ["een twee", "drie vier"]);
    }

    #[test]
    fn long_words_break_inside() {
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(wrap("日本語の新聞", 4), ["日本", "語の", "新聞"]);
        for line in wrap("日本語 の 新聞です とても 長い", 5) {
            assert!(line.width() <= 5, "{line}");
        }
    }

    #[test]
    fn combining_characters_stay_with_their_base() {
        let text = "e\u{301}e\u{301}e\u{301}";
        assert_eq!(wrap(text, 2), ["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn zwj_emoji_are_not_split() {
        let family = "👩‍👩‍👧";
        assert_eq!(wrap(&format!("{family}{family}"), 2), [family, family]);
    }

    #[test]
    fn every_line_fits_the_width() {
        let text = "Rusland moet zijn troepenmacht aan de oostgrens van Oekraïne terugtrekken.";
        for width in 1..40 {
            for line in wrap(text, width) {
                assert!(line.width() <= width.max(1), "{width}: {line}");
            }
        }
    }
}
