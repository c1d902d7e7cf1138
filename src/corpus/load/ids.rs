//! Id de-duplication: no two articles of a corpus share an id.

use std::borrow::Cow;
use std::collections::HashSet;

use super::super::article::Article;
use super::{Built, Warning};

/// The articles of a load, in order, each with an id of its own; the rest of what was built
/// (skips, notes, and a note for each id changed) goes to `warnings`, in order.
pub(super) fn with_unique_ids(built: Vec<Built>, warnings: &mut Vec<Warning>) -> Vec<Article> {
    let mut renames = renamed_ids(&built).into_iter().peekable();
    // Collected in place (the standard library reuses `built`'s buffer), so the articles are not
    // held twice at the peak.
    built
        .into_iter()
        .enumerate()
        .filter_map(|(at, built)| match built {
            Built::Article { mut article, notes } => {
                if let Some((_, id)) = renames.next_if(|(renamed, _)| *renamed == at) {
                    let stem = std::mem::replace(&mut article.id, id);
                    warnings.push(Warning {
                        path: article.source.to_string(),
                        reason: format!(
                            "another article already has the id `{stem}`; this one is `{}`",
                            article.id
                        ),
                        skipped: false,
                        entry: article.source.at.is_some(),
                    });
                }
                warnings.extend(notes);
                Some(article)
            }
            Built::Skipped(warning) | Built::Note(warning) => {
                warnings.push(warning);
                None
            }
        })
        .collect()
}

/// The articles whose id another article before them already has, each with its new id: the
/// stem, then `stem~2`, `stem~3`… whichever is free. The ids are borrowed from the articles and
/// hashed with foldhash: a hundred thousand of them, on one core, before the reader can start.
fn renamed_ids(built: &[Built]) -> Vec<(usize, String)> {
    let mut ids: HashSet<Cow<'_, str>, foldhash::fast::RandomState> =
        HashSet::with_capacity_and_hasher(built.len(), Default::default());
    let mut renames = Vec::new();
    for (at, built) in built.iter().enumerate() {
        let Built::Article { article, .. } = built else {
            continue;
        };
        let stem = article.id.as_str();
        if ids.insert(Cow::Borrowed(stem)) {
            continue;
        }
        let id = (2..)
            .map(|n| format!("{stem}~{n}"))
            .find(|id| !ids.contains(id.as_str()))
            .unwrap_or_default();
        ids.insert(Cow::Owned(id.clone()));
        renames.push((at, id));
    }
    renames
}
