//! RSS 2.0, RSS 1.0 and Atom feeds (read by feed-rs): one article per item, HTML in titles,
//! descriptions and content reduced to text.

use std::hash::Hasher;

use super::{Entry, Problem, html};
use crate::corpus::article::{Format, Position};
use crate::fnv::{Fnv64, fnv64};

/// Reads a feed. An error means the file is not a feed kroniek can read.
pub fn read(bytes: &[u8]) -> Result<(Format, Vec<Result<Entry, Problem>>), String> {
    // feed-rs gives an item without guid or link a random UUID for an id: an article whose id
    // changed on every run would lose its bookmarks and read mark. Such an item is left without
    // an id here, and gets one from its content below.
    let feed = feed_rs::parser::Builder::new()
        .id_generator(|links, title, uri| {
            if links.is_empty() && (uri.is_none() || title.is_none()) {
                String::new()
            } else {
                feed_rs::parser::generate_id(links, title, uri)
            }
        })
        .build()
        .parse(bytes)
        .map_err(|e| format!("not an RSS or Atom feed ({e})"))?;
    let format = match feed.feed_type {
        feed_rs::model::FeedType::Atom => Format::Atom,
        feed_rs::model::FeedType::RSS1 => Format::Rss1,
        feed_rs::model::FeedType::RSS0 | feed_rs::model::FeedType::RSS2 => Format::Rss2,
        feed_rs::model::FeedType::JSON => return Err("a JSON Feed, not RSS or Atom".into()),
    };
    let publisher = feed.title.as_ref().map(|t| t.content.trim().to_owned());
    let entries = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let at = Some(Position::Item(index as u32 + 1));
            let tag = if item.id.is_empty() {
                content_tag(&item)
            } else {
                fnv64(item.id.as_bytes())
            };
            let text_of = |text: &feed_rs::model::Text| {
                if text.content_type.to_string().contains("html") {
                    html::to_text(&text.content)
                } else {
                    text.content.clone()
                }
            };
            let content = item.content.as_ref().and_then(|c| {
                let body = c.body.as_ref()?;
                Some(if c.content_type.to_string().contains("html") {
                    html::to_text(body)
                } else {
                    body.clone()
                })
            });
            let body = content
                .filter(|c| !c.trim().is_empty())
                .or_else(|| item.summary.as_ref().map(text_of))
                .filter(|b| !b.trim().is_empty());
            let Some(body) = body else {
                return Err(Problem {
                    at,
                    reason: "no description or content".into(),
                });
            };
            let date = item
                .published
                .or(item.updated)
                .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            Ok(Entry {
                // A short, stable tag of the item's id (or its content), so a feed item keeps its
                // article id (and its bookmarks) from run to run and when the feed gains or loses
                // items.
                id: Some(format!("{:08x}", tag as u32)),
                title: item.title.as_ref().map(text_of),
                date,
                body,
                url: item.links.first().map(|l| l.href.clone()),
                publisher: publisher.clone().filter(|p| !p.is_empty()),
                at,
                encoding: None,
            })
        })
        .collect();
    Ok((format, entries))
}

/// A hash of what an item without guid or link says: its title, content, summary and dates, so
/// the same item has the same id on every run, wherever it stands in the feed.
fn content_tag(item: &feed_rs::model::Entry) -> u64 {
    let mut hasher = Fnv64::default();
    let mut field = |text: Option<&str>| {
        hasher.write(text.unwrap_or_default().as_bytes());
        hasher.write(&[0]);
    };
    field(item.title.as_ref().map(|t| t.content.as_str()));
    field(item.content.as_ref().and_then(|c| c.body.as_deref()));
    field(item.summary.as_ref().map(|t| t.content.as_str()));
    field(item.published.map(|d| d.to_rfc3339()).as_deref());
    field(item.updated.map(|d| d.to_rfc3339()).as_deref());
    hasher.finish()
}
