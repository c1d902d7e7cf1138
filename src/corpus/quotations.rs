//! Every quotation of a corpus in one list, for the reader's quotations view (`Q`, as `kroniek
//! quotes` lists them): built once, folded once, then narrowed by speaker, by the articles a filter
//! lets through, and by words typed, each word in the quotation or in its speaker's name, matched
//! as the search matches (case and diacritics folded). No terminal code lives here.

use rayon::prelude::*;

use super::Corpus;
use super::article::{ActorId, ArticleIx, Quote};
use super::search::{fold, terms};

/// One whole quotation: its article and its first piece (a quotation over several paragraphs is
/// one quotation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteRef {
    pub article: ArticleIx,
    /// Index into the article's quotes of the quotation's first piece.
    pub quote: usize,
}

/// Every whole quotation of a corpus in corpus order, with its words folded for filtering.
#[derive(Debug, Clone, Default)]
pub struct QuotationIndex {
    pub quotes: Vec<QuoteRef>,
    /// The folded words of every quotation, one after another, each ended by a line break so no
    /// word is found across two.
    folded: String,
    /// Where each quotation's folded words end in `folded`; they start where the one before ends.
    ends: Vec<usize>,
    /// Who speaks each quotation, as [`QuotationIndex::speaker`] finds it.
    speakers: Vec<Option<ActorId>>,
    /// The name of each actor who speaks a quotation, folded, for matching speakers: only
    /// these, as a corpus may have many more actors than speakers.
    names: Vec<(ActorId, String)>,
}

impl QuotationIndex {
    /// Folds every quotation of `corpus` (in parallel over its articles).
    pub fn build(corpus: &Corpus) -> QuotationIndex {
        let parts: Vec<(Vec<QuoteRef>, String, Vec<usize>)> = corpus
            .articles
            .par_iter()
            .enumerate()
            .map(|(i, article)| {
                let mut quotes = Vec::new();
                let mut folded = String::new();
                let mut ends = Vec::new();
                for (q, quote) in article.quotes.iter().enumerate() {
                    if q > 0 && quote.continues {
                        continue;
                    }
                    quotes.push(QuoteRef {
                        article: ArticleIx::new(i),
                        quote: q,
                    });
                    folded.push_str(&fold(&article.quotation_text(q)));
                    folded.push('\n');
                    ends.push(folded.len());
                }
                (quotes, folded, ends)
            })
            .collect();
        let mut index = QuotationIndex {
            quotes: Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum()),
            folded: String::with_capacity(parts.iter().map(|p| p.1.len()).sum()),
            ends: Vec::new(),
            speakers: Vec::new(),
            names: Vec::new(),
        };
        index.ends.reserve(index.quotes.capacity());
        for (quotes, folded, ends) in parts {
            let base = index.folded.len();
            index.quotes.extend(quotes);
            index.folded.push_str(&folded);
            index.ends.extend(ends.into_iter().map(|e| base + e));
        }
        index.refresh_names(corpus);
        index
    }

    /// Reads the speakers and folds the actors' names again, after they changed (a rename, a
    /// merge, a name that is no actor).
    pub fn refresh_names(&mut self, corpus: &Corpus) {
        self.speakers = self
            .quotes
            .par_iter()
            .map(|at| {
                let article = corpus.get_article(at.article)?;
                let pieces = article.quotation_pieces(at.quote);
                article.quotes.get(pieces)?.iter().find_map(|q| q.speaker)
            })
            .collect();
        let mut speakers: Vec<ActorId> = self.speakers.iter().flatten().copied().collect();
        speakers.sort_unstable();
        speakers.dedup();
        self.names = speakers
            .into_iter()
            .map(|id| (id, fold(corpus.actor_name(id))))
            .collect();
    }

    pub fn len(&self) -> usize {
        self.quotes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
    }

    /// The quotation at `i`, with its first piece, if both are there.
    pub fn get<'c>(&self, corpus: &'c Corpus, i: usize) -> Option<(QuoteRef, &'c Quote)> {
        let at = *self.quotes.get(i)?;
        let quote = corpus.get_article(at.article)?.quotes.get(at.quote)?;
        Some((at, quote))
    }

    /// Who speaks the quotation at `i`: the speaker of its first piece that has one.
    pub fn speaker(&self, i: usize) -> Option<ActorId> {
        self.speakers.get(i).copied().flatten()
    }

    /// The folded words of the quotation at `i`.
    fn folded(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.folded[start..self.ends[i]]
    }

    /// The quotations (indices into [`QuotationIndex::quotes`], in order) spoken by `speaker` when
    /// one is given, in the articles `keep` lets through.
    pub fn select(
        &self,
        speaker: Option<ActorId>,
        keep: impl Fn(ArticleIx) -> bool + Sync,
    ) -> Vec<u32> {
        (0..self.quotes.len())
            .into_par_iter()
            .filter(|&i| {
                speaker.is_none_or(|s| self.speaker(i) == Some(s)) && keep(self.quotes[i].article)
            })
            .map(|i| i as u32)
            .collect()
    }

    /// Those of `among` in which every word of `query` occurs, in the quotation or in its
    /// speaker's name, case and diacritics folded. All of `among` for a query of no words.
    /// Filtering what a shorter query let through gives what filtering everything would.
    pub fn search(&self, among: &[u32], query: &str) -> Vec<u32> {
        let terms = terms(query);
        if terms.is_empty() {
            return among.to_vec();
        }
        // Per word, by actor id, whether the speaker's name holds it: looked up per quotation,
        // not searched.
        let ids = self.names.last().map_or(0, |(id, _)| *id as usize + 1);
        let speaking: Vec<Vec<bool>> = terms
            .iter()
            .map(|t| {
                let mut holds = vec![false; ids];
                for (id, name) in &self.names {
                    holds[*id as usize] = name.contains(t.as_str());
                }
                holds
            })
            .collect();
        let finders: Vec<memchr::memmem::Finder> =
            terms.iter().map(memchr::memmem::Finder::new).collect();
        among
            .par_iter()
            .copied()
            .filter(|&i| {
                let i = i as usize;
                if i >= self.quotes.len() {
                    return false;
                }
                let text = self.folded(i).as_bytes();
                let speaker = self.speaker(i).map(|s| s as usize);
                speaking.iter().zip(&finders).all(|(holds, finder)| {
                    finder.find(text).is_some()
                        || speaker.is_some_and(|s| holds.get(s).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::actors::Gazetteer;
    use crate::corpus::formats::Options;
    use crate::corpus::load::{Progress, load};

    fn builtin() -> Corpus {
        load(
            &[],
            Gazetteer::builtin(),
            &Options::default(),
            &Progress::default(),
        )
    }

    fn texts(corpus: &Corpus, index: &QuotationIndex, found: &[u32]) -> Vec<String> {
        found
            .iter()
            .map(|&i| {
                let at = index.quotes[i as usize];
                corpus
                    .article(at.article)
                    .quotation_text(at.quote)
                    .into_owned()
            })
            .collect()
    }

    fn all(index: &QuotationIndex) -> Vec<u32> {
        (0..index.len() as u32).collect()
    }

    #[test]
    fn one_entry_per_whole_quotation_in_corpus_order() {
        let corpus = builtin();
        let index = QuotationIndex::build(&corpus);
        let whole: usize = corpus
            .articles
            .iter()
            .map(|a| {
                a.quotes
                    .iter()
                    .enumerate()
                    .filter(|(q, quote)| *q == 0 || !quote.continues)
                    .count()
            })
            .sum();
        assert!(whole > 5);
        assert_eq!(index.len(), whole);
        assert!(index.quotes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_filter_folds_case_and_diacritics_and_needs_every_word() {
        let corpus = builtin();
        let index = QuotationIndex::build(&corpus);
        let found = index.search(&all(&index), "GROOTSTE russische");
        let found = texts(&corpus, &index, &found);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Het is de grootste Russische troepenopbouw"));
        assert!(
            index
                .search(&all(&index), "grootste nergensvoorkomend")
                .is_empty()
        );
        assert_eq!(index.search(&all(&index), "  "), all(&index));
        // A word with a diacritic matches without it, and the other way round.
        let a = index.search(&all(&index), "oekraïne");
        let b = index.search(&all(&index), "OEKRAINE");
        assert!(!a.is_empty());
        assert_eq!(a, b);
    }

    #[test]
    fn the_filter_matches_the_speaker_s_name() {
        let corpus = builtin();
        let index = QuotationIndex::build(&corpus);
        let stoltenberg = corpus
            .gazetteer
            .lookup("Jens Stoltenberg")
            .expect("Stoltenberg is known");
        let by_name = index.search(&all(&index), "stoltenberg");
        let spoken = index.select(Some(stoltenberg), |_| true);
        assert!(!spoken.is_empty());
        // Every quotation he speaks, whether or not it holds his name.
        assert!(spoken.iter().all(|i| by_name.contains(i)), "{by_name:?}");
        // One word of the speaker, one of the text.
        let both = index.search(&all(&index), "jens grootste");
        assert_eq!(texts(&corpus, &index, &both).len(), 1);
        assert!(spoken.contains(&both[0]));
    }

    #[test]
    fn narrowing_what_a_shorter_filter_found_finds_what_filtering_all_would() {
        let corpus = builtin();
        let index = QuotationIndex::build(&corpus);
        let mut shown = all(&index);
        let typed = "de russ";
        for end in 1..=typed.len() {
            let query = &typed[..end];
            shown = index.search(&shown, query);
            assert_eq!(shown, index.search(&all(&index), query), "{query}");
        }
        assert!(!shown.is_empty());
    }

    #[test]
    fn select_keeps_the_articles_let_through() {
        let corpus = builtin();
        let index = QuotationIndex::build(&corpus);
        let first = ArticleIx::new(0);
        let kept = index.select(None, |a| a == first);
        assert_eq!(
            kept.len(),
            index.quotes.iter().filter(|q| q.article == first).count()
        );
        assert!(
            kept.iter()
                .all(|&i| index.quotes[i as usize].article == first)
        );
        assert!(index.get(&corpus, index.len()).is_none());
    }
}
