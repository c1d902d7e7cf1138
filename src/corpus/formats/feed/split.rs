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

/// How much of a tag's name is kept: names are short; a longer one is not an item's.
const NAME_MAX: usize = 256;

/// Which consumed bytes the scanner keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Every byte: the head, and an item.
    All,
    /// The bytes of start and end tags only, one at a time: between items, and in an item over
    /// the bound, skipped to its end.
    Tags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Text,
    /// Just after `<`.
    Open,
    /// Just after `<!`.
    Bang,
    Tag,
    Comment,
    CData,
    Pi,
    /// `<!DOCTYPE …>` and other declarations, with the depth of `[` in them.
    Decl(u32),
}

/// A start or end tag, as the scanner found it.
#[derive(Debug)]
struct Tag {
    end: bool,
    /// `<name/>`.
    empty: bool,
    /// Where the tag's `<` is in the kept bytes (when they are kept).
    start: usize,
}

/// What one step of the scanner came to.
enum Scan {
    Tag(Tag),
    /// The kept bytes went over the bound.
    Full,
    /// The end of the input.
    End,
}

struct Scanner {
    state: State,
    /// The name of the tag being read (its first [`NAME_MAX`] bytes).
    name: Vec<u8>,
    in_name: bool,
    end_tag: bool,
    quote: Option<u8>,
    /// The last byte of the tag that was not white space.
    last: u8,
    /// The last two bytes passed, to see `-->`, `]]>` and `?>` across reads.
    recent: [u8; 2],
    /// The bytes of the current construct so far.
    len: usize,
    /// Where the current tag's `<` is in the kept bytes.
    start: usize,
}

impl Scanner {
    fn new() -> Scanner {
        Scanner {
            state: State::Text,
            name: Vec::new(),
            in_name: false,
            end_tag: false,
            quote: None,
            last: 0,
            recent: [0; 2],
            len: 0,
            start: 0,
        }
    }

    fn pass(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        match bytes {
            [] => {}
            [b] => self.recent = [self.recent[1], *b],
            [.., a, b] => self.recent = [*a, *b],
        }
    }

    /// Scans `buf`, keeping bytes in `kept` as `keep` says, up to the end of the next tag. Returns
    /// how many bytes it consumed and the tag, if one ended.
    fn step(&mut self, buf: &[u8], kept: &mut Vec<u8>, keep: Keep) -> (usize, Option<Tag>) {
        let mut i = 0;
        while i < buf.len() {
            match self.state {
                State::Text => {
                    let Some(at) = memchr::memchr(b'<', &buf[i..]) else {
                        if keep == Keep::All {
                            kept.extend_from_slice(&buf[i..]);
                        }
                        return (buf.len(), None);
                    };
                    if keep == Keep::All {
                        kept.extend_from_slice(&buf[i..i + at]);
                    }
                    self.start = kept.len();
                    kept.push(b'<');
                    i += at + 1;
                    self.state = State::Open;
                    self.len = 0;
                    self.recent = [0; 2];
                    self.pass(b"<");
                }
                State::Open => {
                    let b = buf[i];
                    self.name.clear();
                    self.quote = None;
                    self.last = 0;
                    match b {
                        b'?' | b'!' => {
                            if keep == Keep::Tags {
                                kept.truncate(self.start);
                            } else {
                                kept.push(b);
                            }
                            self.state = if b == b'?' { State::Pi } else { State::Bang };
                            self.pass(&[b]);
                            i += 1;
                        }
                        b'/' => {
                            kept.push(b);
                            self.end_tag = true;
                            self.in_name = true;
                            self.state = State::Tag;
                            self.pass(&[b]);
                            i += 1;
                        }
                        _ => {
                            self.end_tag = false;
                            self.in_name = true;
                            self.state = State::Tag;
                        }
                    }
                }
                State::Bang => {
                    let b = buf[i];
                    if keep == Keep::All {
                        kept.push(b);
                    }
                    self.state = match b {
                        b'-' => State::Comment,
                        b'[' => State::CData,
                        b'>' => State::Text,
                        _ => State::Decl(0),
                    };
                    self.pass(&[b]);
                    i += 1;
                }
                State::Comment | State::CData | State::Pi => {
                    let rest = &buf[i..];
                    let Some(at) = memchr::memchr(b'>', rest) else {
                        if keep == Keep::All {
                            kept.extend_from_slice(rest);
                        }
                        self.pass(rest);
                        return (buf.len(), None);
                    };
                    let through = &rest[..=at];
                    if keep == Keep::All {
                        kept.extend_from_slice(through);
                    }
                    self.pass(&rest[..at]);
                    let closed = match self.state {
                        State::Comment => self.recent == *b"--" && self.len >= 6,
                        State::CData => self.recent == *b"]]" && self.len >= 11,
                        _ => self.recent[1] == b'?' && self.len >= 3,
                    };
                    self.pass(b">");
                    i += at + 1;
                    if closed {
                        self.state = State::Text;
                    }
                }
                State::Decl(depth) => {
                    let b = buf[i];
                    if keep == Keep::All {
                        kept.push(b);
                    }
                    self.state = match b {
                        b'[' => State::Decl(depth + 1),
                        b']' => State::Decl(depth.saturating_sub(1)),
                        b'>' if depth == 0 => State::Text,
                        _ => State::Decl(depth),
                    };
                    i += 1;
                }
                State::Tag => {
                    let b = buf[i];
                    kept.push(b);
                    i += 1;
                    if let Some(q) = self.quote {
                        if b == q {
                            self.quote = None;
                        }
                        continue;
                    }
                    match b {
                        b'>' => {
                            self.state = State::Text;
                            let tag = Tag {
                                end: self.end_tag,
                                empty: !self.end_tag && self.last == b'/',
                                start: self.start,
                            };
                            return (i, Some(tag));
                        }
                        b'"' | b'\'' => self.quote = Some(b),
                        _ => {}
                    }
                    if b.is_ascii_whitespace() {
                        self.in_name = false;
                    } else {
                        if self.in_name {
                            if b == b'/' {
                                self.in_name = false;
                            } else if self.name.len() < NAME_MAX {
                                self.name.push(b);
                            }
                        }
                        self.last = b;
                    }
                }
            }
        }
        (buf.len(), None)
    }
}

/// The local name of a qualified name (`rdf:RDF` → `RDF`).
fn local(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b':', name) {
        Some(at) => &name[at + 1..],
        None => name,
    }
}

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
mod tests {
    use std::io::BufReader;

    use super::*;

    /// Every piece of a feed read with a bound of `limit` bytes, through a buffer of `capacity`.
    fn pieces(feed: &str, limit: usize, capacity: usize) -> Vec<(Piece, String)> {
        let input = BufReader::with_capacity(capacity, feed.as_bytes());
        let (head, mut items) = Items::open(input, limit).unwrap();
        assert!(head.items);
        let mut out = Vec::new();
        let mut found = Vec::new();
        while let Some(piece) = items.next_into(&mut out).unwrap() {
            found.push((piece, String::from_utf8(std::mem::take(&mut out)).unwrap()));
        }
        found
    }

    /// An item of exactly the bound is read; one a byte over is skipped, whether the bound is
    /// passed inside a text or at the tag that ends the item, and the items after it are read.
    #[test]
    fn an_item_is_bounded_to_the_byte() {
        let item = |n: usize| {
            let open = "<item><title>";
            let close = "</title></item>";
            format!("{open}{}{close}", "x".repeat(n - open.len() - close.len()))
        };
        let feed = format!(
            "<rss version=\"2.0\"><channel><title>T</title>{}{}{}\n{}</channel></rss>",
            item(100),
            item(101),
            item(60),
            item(400),
        );
        for capacity in [1, 7, 64, 8192] {
            let found = pieces(&feed, 100, capacity);
            let over = "an item over 0 MiB; skipped".to_owned();
            assert_eq!(
                found,
                [
                    (Piece::Item(1), item(100)),
                    (Piece::Broken(2, over.clone()), String::new()),
                    (Piece::Item(3), item(60)),
                    (Piece::Broken(4, over), String::new()),
                ],
                "capacity {capacity}"
            );
        }
    }

    /// Markup that only looks like an item (in a comment, CDATA, a processing instruction or an
    /// attribute value) is not one; an item's own elements are followed to its end.
    #[test]
    fn only_real_items_are_items() {
        let feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
            <!-- <entry> --><title a='<entry>'>T</title><?x <entry> ?>\
            <entry><content><![CDATA[</entry>]]><div><entry-ish/></div></content></entry>\
            <entry/></feed>";
        for capacity in [1, 2, 3, 8192] {
            let found = pieces(feed, 1 << 20, capacity);
            assert_eq!(found.len(), 2, "capacity {capacity}: {found:?}");
            assert_eq!(
                found[0],
                (
                    Piece::Item(1),
                    "<entry><content><![CDATA[</entry>]]><div><entry-ish/></div></content></entry>"
                        .to_owned()
                )
            );
            assert_eq!(found[1], (Piece::Item(2), "<entry/>".to_owned()));
        }
    }

    /// An item never closed is given up where the next one starts, or where the file ends.
    #[test]
    fn an_unclosed_item_is_given_up() {
        let feed = "<rss><channel><item><title>Een</title>\
            <item><title>Twee</title></item><item><title>Drie";
        let found = pieces(feed, 1 << 20, 4);
        assert_eq!(
            found,
            [
                (
                    Piece::Broken(1, "not closed before the next item".into()),
                    String::new()
                ),
                (Piece::Item(2), "<item><title>Twee</title></item>".into()),
                (
                    Piece::Broken(3, "the file ends inside this item".into()),
                    String::new()
                ),
            ]
        );
    }
}
