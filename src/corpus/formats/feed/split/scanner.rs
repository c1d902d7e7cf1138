//! The scanner under the splitter: just enough XML to tell markup from text (tags, comments,
//! CDATA, processing instructions, declarations), across reads, keeping the bytes asked for.

/// How much of a tag's name is kept: names are short; a longer one is not an item's.
pub(super) const NAME_MAX: usize = 256;

/// Which consumed bytes the scanner keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// Every byte: the head, and an item.
    All,
    /// The bytes of start and end tags only, one at a time: between items, and in an item over
    /// the bound, skipped to its end.
    Tags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
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
pub(super) struct Tag {
    pub(super) end: bool,
    /// `<name/>`.
    pub(super) empty: bool,
    /// Where the tag's `<` is in the kept bytes (when they are kept).
    pub(super) start: usize,
}

/// What one step of the scanner came to.
pub(super) enum Scan {
    Tag(Tag),
    /// The kept bytes went over the bound.
    Full,
    /// The end of the input.
    End,
}

pub(super) struct Scanner {
    pub(super) state: State,
    /// The name of the tag being read (its first [`NAME_MAX`] bytes).
    pub(super) name: Vec<u8>,
    pub(super) in_name: bool,
    pub(super) end_tag: bool,
    pub(super) quote: Option<u8>,
    /// The last byte of the tag that was not white space.
    pub(super) last: u8,
    /// The last two bytes passed, to see `-->`, `]]>` and `?>` across reads.
    pub(super) recent: [u8; 2],
    /// The bytes of the current construct so far.
    pub(super) len: usize,
    /// Where the current tag's `<` is in the kept bytes.
    pub(super) start: usize,
}

impl Scanner {
    pub(super) fn new() -> Scanner {
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

    pub(super) fn pass(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        match bytes {
            [] => {}
            [b] => self.recent = [self.recent[1], *b],
            [.., a, b] => self.recent = [*a, *b],
        }
    }

    /// Scans `buf`, keeping bytes in `kept` as `keep` says, up to the end of the next tag. Returns
    /// how many bytes it consumed and the tag, if one ended.
    pub(super) fn step(
        &mut self,
        buf: &[u8],
        kept: &mut Vec<u8>,
        keep: Keep,
    ) -> (usize, Option<Tag>) {
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
pub(super) fn local(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b':', name) {
        Some(at) => &name[at + 1..],
        None => name,
    }
}
