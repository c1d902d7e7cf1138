//! Markdown: optional YAML (`---`) or TOML (`+++`) front matter with `title` and `date`; the body
//! as plain text, headings as headings, emphasis and links reduced to their text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{Entry, Problem, html};

/// Reads a Markdown file's text.
pub fn read(text: &str) -> Result<Entry, Problem> {
    let (front, body) = split_front_matter(text);
    let (mut title, date) = match front {
        Some(FrontMatter::Yaml(yaml)) => (yaml_field(yaml, "title"), yaml_field(yaml, "date")),
        Some(FrontMatter::Toml(source)) => {
            let table: toml::Table = source.parse().map_err(|e: toml::de::Error| Problem {
                at: None,
                reason: format!("front matter is not TOML ({})", e.message()),
            })?;
            let field = |name: &str| {
                table.get(name).map(|v| match v {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
            };
            (field("title"), field("date"))
        }
        None => (None, None),
    };
    let mut out = String::with_capacity(body.len());
    let mut first_heading: Option<String> = None;
    let mut heading: Option<String> = None;
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                out.push_str("\n\n");
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push_str("\n\n");
                if first_heading.is_none() {
                    first_heading = heading.take();
                }
                heading = None;
            }
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::TableRow,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => out.push_str("\n\n"),
            Event::Text(text) | Event::Code(text) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&text);
                }
                out.push_str(&text);
            }
            Event::Html(html) | Event::InlineHtml(html) => out.push_str(&html::to_text(&html)),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push(' '),
            _ => {}
        }
    }
    // Without a title in the front matter, a first-level heading at the top is the title.
    if title.is_none()
        && let Some(h) =
            first_heading.filter(|h| body.trim_start().starts_with("# ") && !h.trim().is_empty())
    {
        title = Some(h);
    }
    let body = super::paragraphs_from_lines(&out);
    if body.is_empty() {
        return Err(Problem {
            at: None,
            reason: "no article text".into(),
        });
    }
    Ok(Entry {
        id: None,
        title,
        date,
        body,
        url: None,
        publisher: None,
        at: None,
        encoding: None,
    })
}

enum FrontMatter<'a> {
    Yaml(&'a str),
    Toml(&'a str),
}

fn split_front_matter(text: &str) -> (Option<FrontMatter<'_>>, &str) {
    let text = text.trim_start_matches('\u{feff}');
    for fence in ["---", "+++"] {
        let Some(rest) = text.strip_prefix(fence).and_then(|r| r.strip_prefix('\n')) else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            let bare = line.trim_end();
            if bare == fence || (fence == "---" && bare == "...") {
                let front = &rest[..offset];
                let front = if fence == "---" {
                    FrontMatter::Yaml(front)
                } else {
                    FrontMatter::Toml(front)
                };
                return (Some(front), &rest[offset + line.len()..]);
            }
            offset += line.len();
        }
    }
    (None, text)
}

/// A top-level `key: value` of YAML front matter, unquoted. Only plain scalars are needed here.
fn yaml_field(yaml: &str, key: &str) -> Option<String> {
    yaml.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        if k.trim() != key || line.starts_with([' ', '\t']) {
            return None;
        }
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
            .unwrap_or(v);
        (!v.is_empty()).then(|| v.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_and_markup_reduced() {
        let entry = read(
            "---\ntitle: \"Een titel\"\ndate: 2022-02-24\n---\n\n## Kop\n\nTekst met *nadruk* en \
             een [link](http://x).\n\n- punt een\n- punt twee\n",
        )
        .unwrap();
        assert_eq!(entry.title.as_deref(), Some("Een titel"));
        assert_eq!(entry.date.as_deref(), Some("2022-02-24"));
        assert_eq!(
            entry.body,
            "Kop\n\nTekst met nadruk en een link.\n\npunt een\n\npunt twee"
        );
    }

    #[test]
    fn toml_front_matter_and_a_heading_title() {
        let entry =
            read("+++\ndate = 2021-12-07\n+++\n# Blinken en Lavrov\n\nIn Stockholm.").unwrap();
        assert_eq!(entry.date.as_deref(), Some("2021-12-07"));
        assert_eq!(entry.title.as_deref(), Some("Blinken en Lavrov"));
    }
}
