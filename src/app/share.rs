//! Taking an article out of the reader: `y` copies the selected quotation (else the article's
//! URL), `o` opens the URL in the browser. Here the state only asks; the terminal side
//! ([`crate::share`]) writes the clipboard sequence and starts the browser.

use super::keymap::Mode;
use super::state::App;
use crate::corpus::article::Article;
use crate::corpus::decode::sanitise_line;

/// What to copy: the quotation selected (in the article, quotations or bookmarks view) with who said it,
/// the article's title and date; else the URL of the article selected.
pub fn copy(app: &mut App) {
    let (text, what) = match app.mode() {
        Mode::Bookmarks => match app.selected_bookmark() {
            Some(b) => (
                citation(
                    &b.text,
                    b.speaker.as_deref(),
                    &b.article_title,
                    b.date.as_deref(),
                ),
                "the quotation",
            ),
            None => {
                app.message = Some("nothing to copy: no bookmark selected".into());
                return;
            }
        },
        mode => {
            let (index, quote) = match mode {
                Mode::Quotations => match app.selected_quotation() {
                    Some(at) => (Some(at.article), Some(at.quote)),
                    None => {
                        app.message = Some("nothing to copy: no quotation selected".into());
                        return;
                    }
                },
                Mode::Article => (app.current(), app.article.quote),
                _ => (app.current(), None),
            };
            let Some(article) = index.and_then(|i| app.corpus.get_article(i)) else {
                app.message = Some("nothing to copy: no article selected".into());
                return;
            };
            let quote = quote.filter(|&q| q < article.quotes.len());
            match (quote, &article.url) {
                (Some(q), _) => {
                    let speaker = article.quotes[q]
                        .speaker
                        .map(|s| app.corpus.actor_name(s).to_owned());
                    let date = article.date.map(|d| d.to_string());
                    (
                        citation(
                            &article.quotation_text(q),
                            speaker.as_deref(),
                            &article.title,
                            date.as_deref(),
                        ),
                        "the quotation",
                    )
                }
                (None, Some(url)) => (url.clone(), "the URL"),
                (None, None) => {
                    app.message = Some(no_url(article, "copy"));
                    return;
                }
            }
        }
    };
    app.message = Some(format!("copied {what} to the clipboard"));
    app.clipboard = Some(text);
}

/// Asks for the URL of the selected article (or bookmark's or quotation's article) to be opened.
pub fn open_url(app: &mut App) {
    let index = match app.mode() {
        Mode::Bookmarks => match app.selected_bookmark() {
            Some(b) => match app.bookmark_article(b) {
                Some(i) => Some(i),
                None => {
                    app.message = Some(format!(
                        "nothing to open: the bookmarked article “{}” is not in this corpus",
                        sanitise_line(&b.article_title)
                    ));
                    return;
                }
            },
            None => {
                app.message = Some("nothing to open: no bookmark selected".into());
                return;
            }
        },
        Mode::Quotations => match app.selected_quotation() {
            Some(at) => Some(at.article),
            None => {
                app.message = Some("nothing to open: no quotation selected".into());
                return;
            }
        },
        _ => app.current(),
    };
    let Some(article) = index.and_then(|i| app.corpus.get_article(i)) else {
        app.message = Some("nothing to open: no article selected".into());
        return;
    };
    match &article.url {
        Some(url) if crate::web_url::is_web_url(url) => {
            app.message = Some(format!("opening {}", sanitise_line(url)));
            app.open_url = Some(url.clone());
        }
        Some(url) => {
            app.message = Some(format!(
                "not opened: {} is no http or https URL",
                sanitise_line(url)
            ));
        }
        None => app.message = Some(no_url(article, "open")),
    }
}

fn no_url(article: &Article, verb: &str) -> String {
    format!(
        "nothing to {verb}: “{}” has no URL",
        sanitise_line(&article.title)
    )
}

/// “The words.” — Speaker, Title, 2022-02-24
fn citation(text: &str, speaker: Option<&str>, title: &str, date: Option<&str>) -> String {
    let mut by = vec![speaker.unwrap_or(crate::corpus::quotes::NO_SPEAKER), title];
    by.extend(date);
    format!("“{}”\n— {}", text.trim(), by.join(", "))
}
