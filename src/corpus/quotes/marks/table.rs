//! The quotation-mark table: the marks, their families and roles as `assets/language/marks.toml`
//! gives them, and where in a paragraph a mark may start.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::corpus::language::Words;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MarkDef {
    pub(super) text: String,
    pub(super) family: Family,
    pub(super) role: Role,
    #[serde(default)]
    pub(super) apostrophe: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarksFile {
    mark: Vec<MarkDef>,
    apostrophes: ApostrophesFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApostrophesFile {
    elisions: Vec<String>,
}

/// The mark table, ready for scanning.
pub(super) struct Marks {
    /// Longest first, so that `''` is taken before `'`.
    pub(super) defs: Vec<MarkDef>,
    /// Bytes a one-byte-led mark can start with, searched for with memchr.
    first_bytes: Vec<u8>,
    /// Marks of several ASCII bytes whose first byte is common in prose (`,,`): searched for
    /// whole.
    sequences: Vec<memchr::memmem::Finder<'static>>,
    pub(super) elisions: Words,
}

pub(super) const MARKS_FILE: &str = include_str!("../../../../assets/language/marks.toml");

impl Marks {
    pub(super) fn parse(text: &str) -> Result<Marks, toml::de::Error> {
        let file: MarksFile = toml::from_str(text)?;
        let mut defs = file.mark;
        defs.retain(|d| !d.text.is_empty());
        defs.sort_by_key(|d| std::cmp::Reverse(d.text.len()));
        let mut first_bytes = Vec::new();
        let mut sequences = Vec::new();
        for def in &defs {
            let bytes = def.text.as_bytes();
            // A mark of several ASCII bytes that no one-byte mark starts like is searched whole.
            let whole = bytes.len() > 1
                && bytes.is_ascii()
                && !defs
                    .iter()
                    .any(|d| d.text.len() == 1 && d.text.as_bytes()[0] == bytes[0]);
            if whole {
                sequences.push(memchr::memmem::Finder::new(bytes).into_owned());
            } else if !first_bytes.contains(&bytes[0]) {
                first_bytes.push(bytes[0]);
            }
        }
        Ok(Marks {
            defs,
            first_bytes,
            sequences,
            elisions: Words::new(&file.apostrophes.elisions),
        })
    }

    pub(super) fn get() -> &'static Marks {
        static MARKS: OnceLock<Marks> = OnceLock::new();
        MARKS.get_or_init(|| {
            Marks::parse(MARKS_FILE)
                .unwrap_or_else(|e| panic!("assets/language/marks.toml is not valid: {e}"))
        })
    }

    /// The positions where a mark may start in `bytes`, in order, found with vectorised searches.
    pub(super) fn candidates(&self, bytes: &[u8], out: &mut Vec<usize>) {
        out.clear();
        for chunk in self.first_bytes.chunks(3) {
            match *chunk {
                [a] => out.extend(memchr::memchr_iter(a, bytes)),
                [a, b] => out.extend(memchr::memchr2_iter(a, b, bytes)),
                [a, b, c] => out.extend(memchr::memchr3_iter(a, b, c, bytes)),
                _ => {}
            }
        }
        for finder in &self.sequences {
            out.extend(finder.find_iter(bytes));
        }
        out.sort_unstable();
    }

    /// The mark at the start of `rest`, if any.
    pub(super) fn at(&self, rest: &str) -> Option<&MarkDef> {
        // Marks are a few bytes long: compared byte by byte here rather than by a call to
        // `memcmp` for each of the list's marks, at every candidate position of every paragraph.
        let rest = rest.as_bytes();
        self.defs.iter().find(|d| {
            let mark = d.text.as_bytes();
            rest.len() >= mark.len() && mark.iter().zip(rest).all(|(a, b)| a == b)
        })
    }
}
