//! HTML, as feeds carry it in descriptions, reduced to plain text: tags dropped, block elements
//! and line breaks turned into paragraph breaks, scripts, styles and comments dropped, entities
//! decoded (after the tags are gone, so `&lt;b&gt;` stays text).

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "aside",
    "main",
    "nav",
];

/// Elements whose content is not text for a reader.
const SKIPPED: &[&str] = &["script", "style", "head", "title", "noscript", "template"];

/// The text of an HTML fragment, paragraphs separated by blank lines.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        if let Some(comment) = tag.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(close) = tag.find('>') else {
            // A lone `<` is text.
            out.push_str(tag);
            rest = "";
            break;
        };
        let inside = &tag[1..close];
        rest = &tag[close + 1..];
        let name: String = inside
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // Not a tag after all (`a < b`, `<!DOCTYPE`, `<?xml`): keep text, drop declarations.
            if !inside.starts_with(['!', '?']) {
                out.push('<');
                out.push_str(inside);
                out.push('>');
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) && !inside.starts_with('/') {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push_str("\n\n");
        } else if name == "td" || name == "th" {
            out.push(' ');
        }
    }
    out.push_str(rest);
    html_escape::decode_html_entities(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_kept_and_markup_dropped() {
        let text = to_text(
            "<p>Eerste <b>alinea</b> met <a href=\"x\">link</a>.</p><p>Tweede&nbsp;alinea &amp; meer.</p>",
        );
        let paragraphs: Vec<&str> = text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(
            paragraphs,
            ["Eerste alinea met link.", "Tweede\u{a0}alinea & meer."]
        );
    }

    #[test]
    fn scripts_comments_and_escaped_tags() {
        let text = to_text("a<script>alert(1)</script>b<!-- x -->c &lt;b&gt; 1 < 2");
        assert_eq!(text, "abc <b> 1 < 2");
    }

    #[test]
    fn line_breaks_split_paragraphs() {
        assert_eq!(to_text("een<br>twee<br/>drie"), "een\n\ntwee\n\ndrie");
    }
}
