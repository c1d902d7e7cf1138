//! The names each article discovered, joined over the corpus: one actor per name, lone surnames
//! given to the corpus's only person with that surname, kinds decided by all the votes, and the
//! articles' mentions and speakers renumbered to the new actors.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rayon::prelude::*;

use super::{DiscoveredName, LOCAL_BASE, Votes, place_spellings};
use crate::corpus::actors::{Actor, ActorKind, Gazetteer, Names, Origin};
use crate::corpus::article::{ActorId, Article};
use crate::corpus::language::Lang;

struct Joined {
    name: String,
    forms: Vec<String>,
    votes: Votes,
    /// Its Dutch and English spellings, for a place the two languages spell differently.
    spellings: Option<&'static [String; 2]>,
}

/// The key a discovered name is joined by over the corpus: the name in lower case, or, for a
/// place the languages spell differently, its Dutch spelling (so "Moscow" and "Moskou" are one).
fn key_of(name: &str) -> (String, Option<&'static [String; 2]>) {
    let lower = name.to_lowercase();
    match place_spellings(&lower) {
        Some(pair) => (pair[0].to_lowercase(), Some(pair)),
        None => (lower, None),
    }
}

/// Gives every article's discovered names ids after the gazetteer's, adds them to `gazetteer`,
/// and renumbers the articles' mentions and speakers. Articles keep no discovered names after.
pub fn merge(articles: &mut [Article], gazetteer: &mut Gazetteer) {
    if articles.iter().all(|a| a.discovered.is_empty()) {
        return;
    }
    let base = gazetteer.len() as ActorId;
    let mut joined: Vec<Joined> = Vec::new();
    let mut by_key: HashMap<String, usize, foldhash::fast::RandomState> = HashMap::default();
    // For each article, its names' new indices (into `joined`).
    let mut numbers: Vec<Vec<usize>> = articles
        .iter()
        .map(|a| vec![usize::MAX; a.discovered.len()])
        .collect();
    // Names of several words first: they are what lone surnames resolve to.
    for (article, numbers) in articles.iter().zip(&mut numbers) {
        for (i, name) in article.discovered.iter().enumerate() {
            if name.lone {
                continue;
            }
            numbers[i] = join(&mut by_key, &mut joined, &article.text, name, |_| None);
        }
    }
    // Surnames of the people named in full.
    let mut surnames: HashMap<String, Vec<usize>, foldhash::fast::RandomState> = HashMap::default();
    for (at, entry) in joined.iter().enumerate() {
        if entry.votes.kind() == ActorKind::Person
            && let Some(last) = entry.name.rsplit(' ').next()
        {
            surnames.entry(last.to_lowercase()).or_default().push(at);
        }
    }
    for (article, numbers) in articles.iter().zip(&mut numbers) {
        for (i, name) in article.discovered.iter().enumerate() {
            if !name.lone {
                continue;
            }
            // (A word with evidence of an organisation only, and none of a person, is no one's
            // surname: "Tory" of "Tory leader Anna Novak" is not John Tory.)
            let surname = name.votes.person > 0 || name.votes.organisation == 0;
            numbers[i] = join(
                &mut by_key,
                &mut joined,
                &article.text,
                name,
                |key| match surnames.get(key).map(Vec::as_slice) {
                    Some([only]) if surname => Some(*only),
                    _ => None,
                },
            );
        }
    }
    gazetteer.add_discovered_named(joined.into_iter().map(|entry| {
        let kind = entry.votes.kind();
        let names: Names = entry
            .spellings
            .filter(|_| matches!(kind, ActorKind::Place | ActorKind::Country))
            .map(|[dutch, english]| {
                Names::from([
                    (Lang::Dutch, dutch.clone()),
                    (Lang::English, english.clone()),
                ])
            })
            .unwrap_or_default();
        let aliases = entry
            .forms
            .into_iter()
            .filter(|form| *form != entry.name)
            .collect();
        (
            Actor {
                name: entry.name,
                kind,
                aliases,
                origin: Origin::Discovered,
            },
            names,
        )
    }));
    articles
        .par_iter_mut()
        .zip(numbers)
        .for_each(|(article, numbers)| {
            let renumber = |actor: ActorId| match actor.checked_sub(LOCAL_BASE) {
                Some(local) => numbers
                    .get(local as usize)
                    .map_or(actor, |&at| base + at as ActorId),
                None => actor,
            };
            for mention in &mut article.mentions {
                mention.actor = renumber(mention.actor);
            }
            for quote in &mut article.quotes {
                quote.speaker = quote.speaker.map(renumber);
            }
            article.discovered = Vec::new();
        });
}

/// The entry a name of an article joins, found by its key, or made for it: a key met for the
/// first time joins the entry `otherwise` names for it, if any (a lone surname, the person named
/// in full), else a new one.
fn join(
    by_key: &mut HashMap<String, usize, foldhash::fast::RandomState>,
    joined: &mut Vec<Joined>,
    text: &str,
    name: &DiscoveredName,
    otherwise: impl FnOnce(&str) -> Option<usize>,
) -> usize {
    let (key, spellings) = key_of(&text[name.name.range()]);
    match by_key.entry(key) {
        Entry::Occupied(known) => add(joined, text, name, spellings, Some(*known.get())),
        Entry::Vacant(new) => {
            let at = otherwise(new.key());
            *new.insert(add(joined, text, name, spellings, at))
        }
    }
}

/// Adds a name's votes and forms to the entry at `at`, or to a new entry; `spellings`: the
/// name's, as [`key_of`] found them.
fn add(
    joined: &mut Vec<Joined>,
    text: &str,
    name: &DiscoveredName,
    spellings: Option<&'static [String; 2]>,
    at: Option<usize>,
) -> usize {
    let at = at.unwrap_or_else(|| {
        joined.push(Joined {
            name: text[name.name.range()].to_owned(),
            forms: Vec::new(),
            votes: Votes::default(),
            spellings,
        });
        joined.len() - 1
    });
    let entry = &mut joined[at];
    entry.votes.add(name.votes);
    for form in std::iter::once(&name.name).chain(&name.forms) {
        let form = &text[form.range()];
        // A bounded list: each new form is compared with every one kept.
        if entry.forms.len() < 2 * super::MAX_FORMS && !entry.forms.iter().any(|f| f == form) {
            entry.forms.push(form.to_owned());
        }
    }
    at
}
