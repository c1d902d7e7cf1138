//! Fitting text into columns by display width.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `text` cut to at most `width` columns, ending in `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `text` fitted and padded with spaces to exactly `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    let fitted = fit(text, width);
    let w = fitted.width();
    format!("{fitted}{}", " ".repeat(width.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Oekraïne", 20), "Oekraïne");
        assert_eq!(fit("Oekraïne", 5), "Oekr…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(pad("ab", 4), "ab  ");
    }
}
