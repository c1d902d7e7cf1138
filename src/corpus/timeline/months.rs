//! The month-by-month buckets of a corpus, gaps included.

use super::{Bucket, TOP_ACTORS};
use crate::corpus::Corpus;
use crate::corpus::article::ActorId;

/// Every month from the first dated article to the last, empty months included, then an
/// `undated` bucket when there are undated articles. Articles are already in date order.
pub fn timeline(corpus: &Corpus) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = Vec::new();
    let mut undated = Vec::new();
    for (index, article) in corpus.indexed_articles() {
        let Some(date) = article.date else {
            undated.push(index);
            continue;
        };
        let month = date.month_key();
        if let Some(last) = buckets.last().and_then(|b| b.month) {
            let mut gap = last.next();
            while gap < month {
                buckets.push(Bucket {
                    month: Some(gap),
                    articles: Vec::new(),
                    top_actors: Vec::new(),
                });
                gap = gap.next();
            }
        }
        match buckets.last_mut() {
            Some(bucket) if bucket.month == Some(month) => bucket.articles.push(index),
            _ => buckets.push(Bucket {
                month: Some(month),
                articles: vec![index],
                top_actors: Vec::new(),
            }),
        }
    }
    if !undated.is_empty() {
        buckets.push(Bucket {
            month: None,
            articles: undated,
            top_actors: Vec::new(),
        });
    }
    let mut counts = vec![0usize; corpus.gazetteer.len()];
    for bucket in &mut buckets {
        counts.iter_mut().for_each(|c| *c = 0);
        for &index in &bucket.articles {
            for mention in &corpus.article(index).mentions {
                counts[mention.actor as usize] += 1;
            }
        }
        let mut top: Vec<(ActorId, usize)> = counts
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(a, &n)| (a as ActorId, n))
            .collect();
        top.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| corpus.actor_name(a.0).cmp(corpus.actor_name(b.0)))
        });
        top.truncate(TOP_ACTORS);
        bucket.top_actors = top;
    }
    buckets
}
