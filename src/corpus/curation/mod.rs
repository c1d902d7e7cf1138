//! A user's corrections to the actors kroniek found: merge one actor into another, rename one,
//! change its kind, or say a name is no actor. No terminal code lives here.
//!
//! Two ways in, one result:
//! - **Before loading**, the user's `actors.toml` (see [`file`]) feeds the gazetteer
//!   ([`super::actors::Gazetteer::with_files`]): its actors are found by the matcher, and their
//!   kinds steer attribution as built-in ones do; a discovered actor whose name the file ignores
//!   is dropped once the corpus is joined ([`drop_ignored`]).
//! - **In a loaded corpus** (the reader), a [`Choice`] is applied at once by [`apply`]: the
//!   gazetteer's entry changes (a merged or ignored actor is retired, keeping its id), the
//!   mentions of the articles that name the actor are renumbered or dropped, and those articles'
//!   quotations are attributed again, so speakers follow. [`Undo`] holds exactly what changed.

pub mod file;

use rayon::prelude::*;

use super::Corpus;
use super::actors::{Actor, ActorKind, Gazetteer, Names, Origin};
use super::article::{ActorId, Article, Mention, Quote};
use super::decode::sanitise_line;
use super::discover::Kinds;
use super::quotes::find_quotes;

/// One correction of the user's, to a loaded corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// `from` becomes an alias of `into`: its names join `into`'s, its mentions are `into`'s.
    Merge {
        from: ActorId,
        into: ActorId,
    },
    /// The actor's canonical name; the old one stays an alias.
    Rename {
        actor: ActorId,
        name: String,
    },
    Kind {
        actor: ActorId,
        kind: ActorKind,
    },
    /// The actor's name is no actor: its mentions go, and it speaks no quotation.
    Ignore {
        actor: ActorId,
    },
}

/// What a choice changed in a corpus, to put it back: the actors as they were (and whether they
/// were retired), and the mentions and quotations of the articles it touched.
#[derive(Debug, Clone, Default)]
pub struct Undo {
    actors: Vec<Kept>,
    articles: Vec<(usize, Vec<Mention>, Vec<Quote>)>,
}

/// An actor as it was: its entry, whether it was retired, and its naming per language.
#[derive(Debug, Clone)]
struct Kept {
    id: ActorId,
    actor: Actor,
    retired: bool,
    naming: Option<(String, Names)>,
}

impl Undo {
    /// An actor as it was before the choice, if the choice changed it.
    pub fn before(&self, id: ActorId) -> Option<&Actor> {
        self.actors.iter().find(|k| k.id == id).map(|k| &k.actor)
    }

    /// An actor's naming per language before the choice ([`Gazetteer::naming`]), if the
    /// choice changed the actor and it has one.
    pub fn naming_before(&self, id: ActorId) -> Option<(&str, &Names)> {
        let kept = self.actors.iter().find(|k| k.id == id)?;
        kept.naming
            .as_ref()
            .map(|(base, names)| (base.as_str(), names))
    }

    /// How many articles the choice touched.
    pub fn articles(&self) -> usize {
        self.articles.len()
    }
}

/// The kinds in the order the kind key steps through them.
pub const KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Organisation,
    ActorKind::Country,
    ActorKind::Place,
];

/// The kind after `kind`, for stepping through them.
pub fn next_kind(kind: ActorKind) -> ActorKind {
    let at = KINDS.iter().position(|&k| k == kind).unwrap_or(0);
    KINDS[(at + 1) % KINDS.len()]
}

/// Applies a choice to a loaded corpus; what it changed comes back, for [`undo`]. An error says
/// why the choice cannot be made (the corpus is then unchanged).
pub fn apply(corpus: &mut Corpus, choice: &Choice) -> Result<Undo, String> {
    apply_to(&mut corpus.articles, &mut corpus.gazetteer, choice)
}

/// Puts back what a choice changed.
pub fn undo(corpus: &mut Corpus, undo: Undo) {
    for kept in undo.actors {
        *corpus.gazetteer.actor_mut(kept.id) = kept.actor;
        corpus.gazetteer.set_retired(kept.id, kept.retired);
        if let Some((base, names)) = kept.naming {
            corpus.gazetteer.set_naming(kept.id, base, names);
        }
    }
    for (index, mentions, quotes) in undo.articles {
        if let Some(article) = corpus.articles.get_mut(index) {
            article.mentions = mentions;
            article.quotes = quotes;
        }
    }
}

/// Drops the discovered actors whose names a user's file ignores, as marking each as no actor
/// would: for a corpus being joined ([`Corpus::new`]).
pub(super) fn drop_ignored(articles: &mut [Article], gazetteer: &mut Gazetteer) {
    let ignored: Vec<ActorId> = gazetteer
        .actors()
        .iter()
        .enumerate()
        .filter(|(_, a)| a.origin == Origin::Discovered && gazetteer.ignores(&a.name))
        .map(|(id, _)| id as ActorId)
        .collect();
    if ignored.is_empty() {
        return;
    }
    for &id in &ignored {
        gazetteer.set_retired(id, true);
    }
    rework(articles, gazetteer, &ignored, |actor| {
        (!ignored.contains(&actor)).then_some(actor)
    });
}

fn apply_to(
    articles: &mut [Article],
    gazetteer: &mut Gazetteer,
    choice: &Choice,
) -> Result<Undo, String> {
    let live = |g: &Gazetteer, id: ActorId| -> Result<(), String> {
        if (id as usize) < g.len() && !g.is_retired(id) {
            Ok(())
        } else {
            Err("that actor is gone (merged or marked as no actor)".into())
        }
    };
    let mut undo = Undo::default();
    let keep = |g: &Gazetteer, undo: &mut Undo, id: ActorId| {
        undo.actors.push(Kept {
            id,
            actor: g.actor(id).clone(),
            retired: g.is_retired(id),
            naming: g
                .naming(id)
                .map(|(base, names)| (base.to_owned(), names.clone())),
        });
    };
    match choice {
        &Choice::Merge { from, into } => {
            live(gazetteer, from)?;
            live(gazetteer, into)?;
            if from == into {
                return Err("an actor cannot be merged into itself".into());
            }
            keep(gazetteer, &mut undo, from);
            keep(gazetteer, &mut undo, into);
            let merged = gazetteer.actor(from).clone();
            let target = gazetteer.actor_mut(into);
            for name in std::iter::once(merged.name).chain(merged.aliases) {
                add_alias(target, name);
            }
            target.origin = Origin::User;
            gazetteer.set_retired(from, true);
            undo.articles = rework(articles, gazetteer, &[from], |actor| {
                Some(if actor == from { into } else { actor })
            });
        }
        Choice::Rename { actor, name } => {
            let actor = *actor;
            live(gazetteer, actor)?;
            let name = sanitise_line(name).trim().to_owned();
            if name.is_empty() {
                return Err("a name cannot be empty".into());
            }
            let old = &gazetteer.actor(actor).name;
            if *old == name {
                return Err(format!("{name} is its name already"));
            }
            let taken = gazetteer.actors().iter().enumerate().any(|(id, a)| {
                id as ActorId != actor
                    && !gazetteer.is_retired(id as ActorId)
                    && same(&a.name, &name)
            });
            if taken {
                return Err(format!(
                    "{name} is another actor's name: merge into it instead"
                ));
            }
            keep(gazetteer, &mut undo, actor);
            rename_in_language(gazetteer, actor, &name);
            let entry = gazetteer.actor_mut(actor);
            let old = std::mem::replace(&mut entry.name, name);
            entry.aliases.retain(|a| a.trim() != entry.name);
            add_alias(entry, old);
            entry.origin = Origin::User;
        }
        &Choice::Kind { actor, kind } => {
            live(gazetteer, actor)?;
            if gazetteer.actor(actor).kind == kind {
                return Err(format!("it is {} already", kind.with_article()));
            }
            keep(gazetteer, &mut undo, actor);
            let entry = gazetteer.actor_mut(actor);
            entry.kind = kind;
            entry.origin = Origin::User;
            undo.articles = rework(articles, gazetteer, &[actor], Some);
        }
        &Choice::Ignore { actor } => {
            live(gazetteer, actor)?;
            keep(gazetteer, &mut undo, actor);
            gazetteer.set_retired(actor, true);
            undo.articles = rework(articles, gazetteer, &[actor], |a| (a != actor).then_some(a));
        }
    }
    Ok(undo)
}

/// A gazetteer actor renamed where its names are shown: in the display language only, its
/// names in the others kept (its `name` when that language is not known yet).
fn rename_in_language(gazetteer: &mut Gazetteer, actor: ActorId, name: &str) {
    let Some((base, names)) = gazetteer.naming(actor) else {
        return;
    };
    let (mut base, mut names) = (base.to_owned(), names.clone());
    match gazetteer.language() {
        Some(lang) => {
            names.insert(lang, name.to_owned());
        }
        None => name.clone_into(&mut base),
    }
    gazetteer.set_naming(actor, base, names);
}

/// Whether two names are the same, ignoring case and the spaces around them.
fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Adds `name` to the actor's aliases unless it is its name or an alias already, written the
/// same way: the matcher tells capitals apart, so "NAVO" and "Navo" are two forms it needs.
fn add_alias(actor: &mut Actor, name: String) {
    let name = name.trim();
    if actor.name.trim() != name && !actor.aliases.iter().any(|a| a.trim() == name) {
        actor.aliases.push(name.to_owned());
    }
}

/// For the articles that mention one of `actors` or quote one: each mention's actor changed by
/// `change` (to another, or `None`: the mention goes), and the quotations attributed again with
/// the gazetteer's kinds (a quotation whose speaker went has none). Returns those articles' mentions and quotations as they were.
fn rework(
    articles: &mut [Article],
    gazetteer: &Gazetteer,
    actors: &[ActorId],
    change: impl Fn(ActorId) -> Option<ActorId> + Sync,
) -> Vec<(usize, Vec<Mention>, Vec<Quote>)> {
    let concerned = |article: &Article| {
        article.mentions.iter().any(|m| actors.contains(&m.actor))
            || article
                .quotes
                .iter()
                .any(|q| q.speaker.is_some_and(|s| actors.contains(&s)))
    };
    articles
        .par_iter_mut()
        .enumerate()
        .filter(|(_, article)| concerned(article))
        .map(|(index, article)| {
            let mentions: Vec<Mention> = article
                .mentions
                .iter()
                .filter_map(|m| {
                    change(m.actor).map(|actor| Mention {
                        actor,
                        span: m.span,
                    })
                })
                .collect();
            let before = std::mem::replace(&mut article.mentions, mentions);
            // Attribution reads a dropped actor's mentions still, so that words it said stay
            // without a speaker instead of going to someone else ("…," said X, X being no actor
            // by the user's word, is nobody's, not the person named before).
            let read: Vec<Mention> = before
                .iter()
                .map(|m| Mention {
                    actor: change(m.actor).unwrap_or(m.actor),
                    span: m.span,
                })
                .collect();
            let (mut quotes, _) = find_quotes(
                &article.text,
                &article.paragraphs,
                &read,
                Kinds::of(gazetteer),
                article.language,
            );
            for quote in &mut quotes {
                quote.speaker = quote.speaker.and_then(&change);
            }
            let quotes_before = std::mem::replace(&mut article.quotes, quotes);
            (index, before, quotes_before)
        })
        .collect()
}

#[cfg(test)]
mod tests;
