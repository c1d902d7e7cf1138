//! A feed file cut into its items as it is read, without reading it whole: a scanner that knows
//! only enough XML to tell markup from text (tags, comments, CDATA, processing instructions,
//! declarations), and a splitter above it that follows the nesting of elements and keeps the
//! bytes of one item at a time, within a bound.
//!
//! The feed's head (everything before its first item) is kept whole, within the same bound, so
//! the feed's own title and kind can be read, and the start tags the items sit in (with their
//! namespaces and `xml:base`) framed around each item.

use std::io::BufRead;

use crate::io_error::reason as io_reason;

mod scanner;

use scanner::{Keep, Scan, Scanner, Tag, local};

/// What the splitter found next.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    /// An item (counted from 1), its bytes appended to the caller's buffer.
    Item(u32),
    /// An item (counted from 1) that cannot be used, and why.
    Broken(u32, String),
}

/// The first part of a feed file: its head, and where its items are.
pub struct Head {
    /// Everything before the first item, or the whole file when it has no item where items are
    /// looked for.
    pub bytes: Vec<u8>,
    /// Whether an item follows.
    pub items: bool,
    /// Where the root element's start tag begins in `bytes`.
    pub root: usize,
    /// The start tags of the elements the items sit in, outermost first, as ranges of `bytes`.
    pub parents: Vec<std::ops::Range<usize>>,
    /// Their qualified names, outermost first.
    pub parent_names: Vec<Vec<u8>>,
}

/// A feed file's items, one at a time.
pub struct Items<R> {
    input: R,
    scanner: Scanner,
    /// The bound on one item's bytes (and on the head).
    limit: usize,
    kept: Vec<u8>,
    /// The qualified names of the open elements outside items.
    open: Vec<Vec<u8>>,
    /// The root element's local name.
    root: Vec<u8>,
    /// The item being read: its qualified name, and how many elements are open in it (itself
    /// included).
    item: Option<(Vec<u8>, usize)>,
    /// Whether the item being read went over the bound.
    oversized: bool,
    /// Items begun so far.
    count: u32,
}

impl<R: BufRead> Items<R> {
    /// Reads the head of a feed: up to its first item (left pending), or the whole file when it
    /// has none. An error is about the whole file.
    pub fn open(input: R, limit: usize) -> Result<(Head, Items<R>), String> {
        let mut items = Items {
            input,
            scanner: Scanner::new(),
            limit,
            kept: Vec::new(),
            open: Vec::new(),
            root: Vec::new(),
            item: None,
            oversized: false,
            count: 0,
        };
        let mut root_at = None;
        let mut parents: Vec<std::ops::Range<usize>> = Vec::new();
        loop {
            let tag = match items.scan(Keep::All)? {
                Scan::End => break,
                Scan::Full => {
                    return Err(format!(
                        "over the limit of {} MiB before its first item",
                        limit / 1024 / 1024
                    ));
                }
                Scan::Tag(_) if items.kept.len() > limit => {
                    return Err(format!(
                        "over the limit of {} MiB before its first item",
                        limit / 1024 / 1024
                    ));
                }
                Scan::Tag(tag) => tag,
            };
            let name = items.scanner.name.clone();
            if tag.end {
                items.open.pop();
                parents.pop();
                continue;
            }
            if items.open.is_empty() && root_at.is_none() {
                root_at = Some(tag.start);
                items.root = local(&name).to_vec();
            }
            if items.is_item(&name) {
                let bytes = items.kept[..tag.start].to_vec();
                items.begin(name, &tag);
                let head = Head {
                    bytes,
                    items: true,
                    root: root_at.unwrap_or(0),
                    parents,
                    parent_names: items.open.clone(),
                };
                return Ok((head, items));
            }
            if !tag.empty {
                items.open.push(name);
                parents.push(tag.start..items.kept.len());
            }
        }
        let head = Head {
            bytes: std::mem::take(&mut items.kept),
            items: false,
            root: root_at.unwrap_or(0),
            parents: Vec::new(),
            parent_names: Vec::new(),
        };
        Ok((head, items))
    }

    /// One step of the scanner.
    fn scan(&mut self, keep: Keep) -> Result<Scan, String> {
        loop {
            let buf = self.input.fill_buf().map_err(|e| io_reason(&e))?;
            if buf.is_empty() {
                return Ok(Scan::End);
            }
            let (used, tag) = self.scanner.step(buf, &mut self.kept, keep);
            self.input.consume(used);
            // A tag is never lost: one that ends where the bytes go over the bound is given, and
            // the caller sees the bound passed in the bytes kept.
            if let Some(tag) = tag {
                return Ok(Scan::Tag(tag));
            }
            if self.kept.len() > self.limit {
                return Ok(Scan::Full);
            }
        }
    }

    /// Whether a start tag named `name`, under the open elements, is an item: an RSS item in the
    /// channel (RSS 0.9x and 2.0) or under the root (RSS 1.0), an Atom entry under the root.
    fn is_item(&self, name: &[u8]) -> bool {
        let local = local(name);
        match (self.root.as_slice(), self.open.len()) {
            (b"rss", 2) => local == b"item" && self.open.get(1).is_some_and(|p| p == b"channel"),
            (b"RDF", 1) => local == b"item",
            (b"feed", 1) => local == b"entry",
            _ => false,
        }
    }

    /// Starts an item at `tag`, whose bytes are the kept bytes from its start.
    fn begin(&mut self, name: Vec<u8>, tag: &Tag) {
        self.kept.drain(..tag.start.min(self.kept.len()));
        self.count = self.count.saturating_add(1);
        self.oversized = false;
        self.item = Some((name, if tag.empty { 0 } else { 1 }));
    }

    /// The next item: its bytes appended to `out`, or why it cannot be used. `None` at the end
    /// of the file. An error ends the file (it could not be read).
    pub fn next_into(&mut self, out: &mut Vec<u8>) -> Result<Option<Piece>, String> {
        loop {
            if let Some((_, 0)) = self.item {
                self.item = None;
                let number = self.count;
                if self.oversized {
                    self.kept = Vec::new();
                    return Ok(Some(Piece::Broken(
                        number,
                        format!("an item over {} MiB; skipped", self.limit / 1024 / 1024),
                    )));
                }
                out.extend_from_slice(&self.kept);
                self.kept.clear();
                return Ok(Some(Piece::Item(number)));
            }
            let keep = match (&self.item, self.oversized) {
                (None, _) => Keep::Tags,
                (Some(_), false) => Keep::All,
                (Some(_), true) => Keep::Tags,
            };
            let tag = match self.scan(keep)? {
                Scan::End => {
                    return Ok(self.item.take().map(|_| {
                        Piece::Broken(self.count, "the file ends inside this item".into())
                    }));
                }
                Scan::Full if self.item.is_some() && !self.oversized => {
                    self.oversized = true;
                    self.kept = Vec::new();
                    continue;
                }
                Scan::Full => {
                    return Err(format!(
                        "a tag over the limit of {} MiB",
                        self.limit / 1024 / 1024
                    ));
                }
                Scan::Tag(tag) => tag,
            };
            if self.item.is_some() && self.kept.len() > self.limit {
                self.oversized = true;
            }
            let name = &self.scanner.name;
            match &mut self.item {
                Some((item, open)) => {
                    if tag.end {
                        *open -= 1;
                    } else if !tag.empty && *item == *name {
                        // An item cannot hold another: this one was never closed. It is given up,
                        // and the new one read.
                        let number = self.count;
                        let name = name.clone();
                        self.kept.drain(..tag.start.min(self.kept.len()));
                        self.item = Some((name, 1));
                        self.oversized = false;
                        self.count = self.count.saturating_add(1);
                        return Ok(Some(Piece::Broken(
                            number,
                            "not closed before the next item".into(),
                        )));
                    } else if !tag.empty {
                        *open += 1;
                    }
                    if self.oversized {
                        self.kept.clear();
                    }
                }
                None => {
                    if tag.end {
                        self.open.pop();
                    } else if self.is_item(name) {
                        let name = name.clone();
                        self.begin(name, &tag);
                        continue;
                    } else if !tag.empty {
                        let name = name.clone();
                        self.open.push(name);
                    }
                    self.kept.clear();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
