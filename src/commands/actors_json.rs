//! `actors --json`: the actors as a JSON array, laid out exactly as
//! `serde_json::to_writer_pretty` lays it out (`{name, kind, origin, aliases, mentions, articles}`
//! per actor), but
//! written by hand and in parallel. At 100,000 articles the article lists are a million lines:
//! the general serializer took a tenth of a second over them, and looking up each article's id
//! in the corpus (a cache miss or two a line) took a quarter of a second on one core.

use std::io::{self, Write};

use rayon::prelude::*;

use crate::corpus::article::{Article, ArticleIx};
use crate::corpus::decode::needs_sanitising;
use crate::corpus::{ActorStat, Corpus};

/// The ids of one part of the output's article lists are written together, on one core.
const PIECE_IDS: usize = 4096;
/// How many pieces are written in parallel before they go out (a few MB held at a time).
const WINDOW: usize = 16;

/// Writes the actors of `stats` as JSON to `out`.
pub fn write(corpus: &Corpus, stats: &[ActorStat], out: &mut dyn Write) -> io::Result<()> {
    write_in_pieces(corpus, stats, out, PIECE_IDS)
}

/// [`write`] with the output cut into pieces of at most `piece_ids` ids.
fn write_in_pieces(
    corpus: &Corpus,
    stats: &[ActorStat],
    out: &mut dyn Write,
    piece_ids: usize,
) -> io::Result<()> {
    let ids = EncodedIds::of(&corpus.articles);
    let mut pieces = Vec::new();
    for (n, stat) in stats.iter().enumerate() {
        let len = stat.articles.len();
        pieces.push(Piece {
            stat: n,
            from: 0,
            to: len.min(piece_ids),
        });
        pieces.extend((piece_ids..len).step_by(piece_ids).map(|from| Piece {
            stat: n,
            from,
            to: (from + piece_ids).min(len),
        }));
    }
    out.write_all(b"[")?;
    for window in pieces.chunks(WINDOW) {
        let written: Vec<Vec<u8>> = window
            .par_iter()
            .map(|piece| piece.render(corpus, stats, &ids))
            .collect();
        for bytes in written {
            out.write_all(&bytes)?;
        }
    }
    out.write_all(if stats.is_empty() { b"]\n" } else { b"\n]\n" })?;
    out.flush()
}

/// Every article's id as a JSON string, one after another in corpus order: the million id lines
/// are copied from here, a few MB read in order, instead of from a hundred thousand articles.
struct EncodedIds {
    bytes: Vec<u8>,
    /// Where each article's id ends in `bytes` (and the next begins).
    ends: Vec<usize>,
}

impl EncodedIds {
    fn of(articles: &[Article]) -> EncodedIds {
        const RUN: usize = 8192;
        let runs: Vec<(Vec<u8>, Vec<usize>)> = articles
            .par_chunks(RUN)
            .map(|run| {
                let mut bytes = Vec::with_capacity(run.len() * 24);
                let mut ends = Vec::with_capacity(run.len());
                for article in run {
                    encode(&article.id, &mut bytes);
                    ends.push(bytes.len());
                }
                (bytes, ends)
            })
            .collect();
        let mut ids = EncodedIds {
            bytes: Vec::with_capacity(runs.iter().map(|(bytes, _)| bytes.len()).sum()),
            ends: Vec::with_capacity(articles.len()),
        };
        for (bytes, ends) in runs {
            let base = ids.bytes.len();
            ids.bytes.extend_from_slice(&bytes);
            ids.ends.extend(ends.into_iter().map(|end| base + end));
        }
        ids
    }

    /// The id of `article`, as JSON.
    fn get(&self, article: ArticleIx) -> &[u8] {
        let index = article.get();
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        &self.bytes[start..self.ends[index]]
    }
}

/// Appends `id` as a JSON string: by serde_json (unsafe characters escaped, as all JSON output)
/// when it has anything to escape (rare), else as it is between quotes.
fn encode(id: &str, out: &mut Vec<u8>) {
    if id.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) || needs_sanitising(id) {
        // Writing a string into a Vec cannot fail.
        let _ = crate::output::json_compact(&mut *out, &id);
    } else {
        out.push(b'"');
        out.extend_from_slice(id.as_bytes());
        out.push(b'"');
    }
}

/// A part of the output: the article list of the `stat`-th actor from `from` to `to`. The first
/// piece of an actor also opens its object, and the last closes it.
struct Piece {
    stat: usize,
    from: usize,
    to: usize,
}

impl Piece {
    fn render(&self, corpus: &Corpus, stats: &[ActorStat], ids: &EncodedIds) -> Vec<u8> {
        let stat = &stats[self.stat];
        let articles = &stat.articles;
        let mut out = Vec::with_capacity((self.to - self.from) * 40 + 160);
        if self.from == 0 {
            let actor = corpus.gazetteer.actor(stat.actor);
            out.extend_from_slice(if self.stat == 0 { b"\n" } else { b",\n" });
            out.extend_from_slice(b"  {\n    \"name\": ");
            encode(&actor.name, &mut out);
            out.extend_from_slice(b",\n    \"kind\": ");
            encode(actor.kind.as_str(), &mut out);
            out.extend_from_slice(b",\n    \"origin\": ");
            encode(actor.origin.as_str(), &mut out);
            out.extend_from_slice(b",\n    \"aliases\": [");
            for (k, alias) in actor.aliases.iter().enumerate() {
                out.extend_from_slice(if k == 0 { b"\n      " } else { b",\n      " });
                encode(alias, &mut out);
            }
            out.extend_from_slice(if actor.aliases.is_empty() {
                b"]"
            } else {
                b"\n    ]"
            });
            // Writing into a Vec cannot fail.
            let _ = write!(
                out,
                ",\n    \"mentions\": {},\n    \"articles\": [",
                stat.mentions
            );
        }
        for (k, &index) in (self.from..).zip(&articles[self.from..self.to]) {
            out.extend_from_slice(if k == 0 { b"\n      " } else { b",\n      " });
            out.extend_from_slice(ids.get(index));
        }
        if self.to == articles.len() {
            out.extend_from_slice(if articles.is_empty() {
                b"]\n  }"
            } else {
                b"\n    ]\n  }"
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::actors::Gazetteer;
    use crate::corpus::formats::Options;
    use crate::corpus::load::{Progress, load};

    /// The output cut into pieces of one, two and three ids is byte for byte the output written
    /// whole, for a corpus with escaped ids and an article with no actor. (That the whole is
    /// serde_json's layout, `tests/cli.rs` checks through the binary.)
    #[test]
    fn pieces_of_any_size_join_into_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in [
            ("a\"quote.txt", "Poetin sprak met de NAVO en Biden."),
            ("b\\slash.txt", "De NAVO en Rusland. Poetin zweeg."),
            ("c.txt", "Niets."),
            ("d.txt", "Biden, Poetin, de NAVO, Oekraïne."),
            ("e.txt", "Rusland en de NAVO."),
        ] {
            std::fs::write(dir.path().join(name), format!(" date 2022-02\n\n{body}\n")).unwrap();
        }
        let corpus = load(
            &[dir.path().to_path_buf()],
            Gazetteer::builtin(),
            &Options::default(),
            &Progress::default(),
        );
        let stats = corpus.actor_stats();
        assert!(stats.iter().any(|s| s.articles.len() >= 4), "a list to cut");
        let written = |piece_ids: usize| {
            let mut out = Vec::new();
            write_in_pieces(&corpus, &stats, &mut out, piece_ids).unwrap();
            String::from_utf8(out).unwrap()
        };
        let whole = written(usize::MAX);
        assert!(whole.contains(r#""a\"quote""#) && whole.contains(r#""b\\slash""#));
        for piece_ids in [1, 2, 3] {
            assert_eq!(written(piece_ids), whole, "pieces of {piece_ids}");
        }
    }

    #[test]
    fn no_actors_is_an_empty_array() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), " date 2022-02\n\nNiets.\n").unwrap();
        let corpus = load(
            &[dir.path().to_path_buf()],
            Gazetteer::builtin(),
            &Options::default(),
            &Progress::default(),
        );
        let mut out = Vec::new();
        write(&corpus, &corpus.actor_stats(), &mut out).unwrap();
        assert_eq!(out, b"[]\n");
    }
}
