//! Which URLs from a corpus kroniek treats as links to open or to write as links: `http` and
//! `https` ones, whole and plain. A corpus is hostile until proven otherwise: its `url` may be
//! `javascript:…`, a `file:` path, or a word starting with `-` that a browser or `xdg-open`
//! would read as an option.

/// Whether `url` is an `http` or `https` URL with no white space, control character or angle
/// bracket in it.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    web && !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'))
}

#[cfg(test)]
mod tests {
    use super::is_web_url;

    #[test]
    fn only_plain_http_and_https_urls_are_links() {
        for url in [
            "https://example.org/a?b=c",
            "HTTP://EXAMPLE.ORG",
            "http://x.nl/é",
        ] {
            assert!(is_web_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "-oProxyCommand=touch x",
            "file:///etc/passwd",
            "https://example.org/a b",
            "https://example.org/\u{1b}[31m",
            "https://example.org/<script>",
            "ftp://example.org",
            "",
            "http:",
        ] {
            assert!(!is_web_url(url), "{url}");
        }
    }
}
