//! Id de-duplication: no two articles of a corpus share an id.

use std::borrow::Cow;
use std::collections::HashSet;

use super::super::article::Article;
use super::{Built, FromFile, Warning};

/// The articles of a load (what each file gave, in file order), each with an id of its own; the
/// rest of what was built (skips, notes, and a note for each id changed) goes to `warnings`, in
/// order.
pub(super) fn with_unique_ids(built: Vec<FromFile>, warnings: &mut Vec<Warning>) -> Vec<Article> {
    let mut renames = renamed_ids(&built).into_iter().peekable();
    let mut keep = |at: usize, built: Built| match built {
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
                    folder: false,
                });
            }
            warnings.extend(notes);
            Some(article)
        }
        Built::Skipped(warning) | Built::Note(warning) => {
            warnings.push(warning);
            None
        }
    };
    if built.iter().all(|file| matches!(file, FromFile::One(_))) {
        // One result per file, the common case: collected in place (the standard library reuses
        // `built`'s buffer), so the articles are not held twice at the peak.
        built
            .into_iter()
            .filter_map(|file| match file {
                FromFile::One(one) => Some(one),
                FromFile::Many(_) => None,
            })
            .enumerate()
            .filter_map(|(at, one)| keep(at, one))
            .collect()
    } else {
        let count = built
            .iter()
            .flat_map(FromFile::as_slice)
            .filter(|b| matches!(b, Built::Article { .. }))
            .count();
        let mut articles = Vec::with_capacity(count);
        let all = built.into_iter().flat_map(|file| match file {
            FromFile::One(one) => vec![one],
            FromFile::Many(many) => many,
        });
        for (at, one) in all.enumerate() {
            articles.extend(keep(at, one));
        }
        articles
    }
}

/// The articles whose id another article before them already has, each with its new id: the
/// stem, then `stem~2`, `stem~3`… whichever is free. The ids are borrowed from the articles and
/// hashed with foldhash: a hundred thousand of them, on one core, before the reader can start.
fn renamed_ids(built: &[FromFile]) -> Vec<(usize, String)> {
    let entries = built.iter().map(|file| file.as_slice().len()).sum();
    let mut ids: HashSet<Cow<'_, str>, foldhash::fast::RandomState> =
        HashSet::with_capacity_and_hasher(entries, Default::default());
    let mut renames = Vec::new();
    for (at, built) in built.iter().flat_map(FromFile::as_slice).enumerate() {
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
