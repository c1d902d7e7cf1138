use super::file::ActorsFile;
use super::*;
use crate::corpus::article::Source;
use crate::corpus::load::build_article;

const ACTORS: &str = r#"
[[actor]]
name = "Mark Rutte"
kind = "person"
aliases = ["Rutte"]

[[actor]]
name = "Premier Rutte"
kind = "person"

[[actor]]
name = "Witte Huis"
kind = "organisation"
"#;

const TEXT: &str = "date 2024-03-05 Kabinet valt

„We blijven de Oekraïners steunen”, zei Premier Rutte dinsdag in Den Haag.

Later sprak Mark Rutte opnieuw. „Dat is zo”, zei Rutte.

„Wij zwijgen”, meldt het Witte Huis.
";

fn gazetteer(files: &[&str]) -> Gazetteer {
    let mut all = vec![("test.toml".to_owned(), ACTORS.to_owned())];
    all.extend(
        files
            .iter()
            .map(|f| ("actors.toml".to_owned(), f.to_string())),
    );
    Gazetteer::with_files(&all).unwrap()
}

fn corpus(files: &[&str]) -> Corpus {
    let g = gazetteer(files);
    let (article, _) = build_article("a", Source::built_in("a"), TEXT.as_bytes(), &g).unwrap();
    Corpus::new(vec![article], Vec::new(), g)
}

fn id(corpus: &Corpus, name: &str) -> ActorId {
    corpus
        .gazetteer
        .actors()
        .iter()
        .position(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name}")) as ActorId
}

/// The article's mentions and quotations.
fn state(corpus: &Corpus) -> (Vec<Mention>, Vec<Quote>) {
    let a = &corpus.articles[0];
    (a.mentions.clone(), a.quotes.clone())
}

/// The names of the article's speakers, in order ("-" for none).
fn speakers(corpus: &Corpus) -> Vec<String> {
    corpus.articles[0]
        .quotes
        .iter()
        .map(|q| {
            q.speaker
                .map_or("-".into(), |s| corpus.actor_name(s).to_owned())
        })
        .collect()
}

/// Each actor mentioned, with its mentions, most first.
fn mentioned(corpus: &Corpus) -> Vec<(String, usize)> {
    corpus
        .actor_stats()
        .into_iter()
        .map(|s| (corpus.actor_name(s.actor).to_owned(), s.mentions))
        .collect()
}

#[test]
fn the_test_article_has_its_speakers() {
    let c = corpus(&[]);
    assert_eq!(
        speakers(&c),
        ["Premier Rutte", "Mark Rutte", "Witte Huis"],
        "{:?}",
        mentioned(&c)
    );
}

#[test]
fn a_merge_moves_mentions_names_and_speakers_and_undoes() {
    let mut c = corpus(&[]);
    let before = state(&c);
    let (from, into) = (id(&c, "Premier Rutte"), id(&c, "Mark Rutte"));
    let undo = apply(&mut c, &Choice::Merge { from, into }).unwrap();
    assert_eq!(speakers(&c), ["Mark Rutte", "Mark Rutte", "Witte Huis"]);
    assert!(!mentioned(&c).iter().any(|(n, _)| n == "Premier Rutte"));
    assert!(c.gazetteer.is_retired(from));
    assert!(
        c.gazetteer
            .actor(into)
            .aliases
            .contains(&"Premier Rutte".into())
    );
    assert_eq!(c.gazetteer.actor(into).origin, Origin::User);
    assert_eq!(c.gazetteer.lookup("premier rutte"), Some(into));
    assert_eq!(undo.articles(), 1);
    super::undo(&mut c, undo);
    assert_eq!(state(&c), before);
    assert!(!c.gazetteer.is_retired(from));
    assert_eq!(speakers(&c)[0], "Premier Rutte");
}

#[test]
fn a_merge_into_itself_or_a_gone_actor_is_refused() {
    let mut c = corpus(&[]);
    let (a, b) = (id(&c, "Premier Rutte"), id(&c, "Mark Rutte"));
    assert!(apply(&mut c, &Choice::Merge { from: a, into: a }).is_err());
    apply(&mut c, &Choice::Merge { from: a, into: b }).unwrap();
    assert!(apply(&mut c, &Choice::Merge { from: b, into: a }).is_err());
    assert!(apply(&mut c, &Choice::Ignore { actor: a }).is_err());
}

#[test]
fn marking_no_actor_drops_mentions_and_its_quotations_lose_it() {
    let mut c = corpus(&[]);
    let before = state(&c);
    let huis = id(&c, "Witte Huis");
    let undo = apply(&mut c, &Choice::Ignore { actor: huis }).unwrap();
    assert!(!mentioned(&c).iter().any(|(n, _)| n == "Witte Huis"));
    assert_eq!(speakers(&c)[2], "-");
    assert_eq!(c.gazetteer.lookup("Witte Huis"), None);
    super::undo(&mut c, undo);
    assert_eq!(state(&c), before);
}

#[test]
fn a_rename_keeps_the_old_name_as_an_alias() {
    let mut c = corpus(&[]);
    let rutte = id(&c, "Mark Rutte");
    let rename = |name: &str| Choice::Rename {
        actor: rutte,
        name: name.into(),
    };
    assert!(apply(&mut c, &rename("  ")).is_err());
    assert!(apply(&mut c, &rename("premier rutte")).is_err());
    apply(&mut c, &rename("Mark Rutte (VVD)")).unwrap();
    let actor = c.gazetteer.actor(rutte);
    assert_eq!(actor.name, "Mark Rutte (VVD)");
    assert_eq!(actor.aliases, ["Rutte", "Mark Rutte"]);
    assert_eq!(speakers(&c)[1], "Mark Rutte (VVD)");
}

#[test]
fn a_rename_or_merge_that_changes_only_capitals_keeps_the_old_form_for_the_matcher() {
    let mut c = corpus(&[]);
    let rutte = id(&c, "Mark Rutte");
    apply(
        &mut c,
        &Choice::Rename {
            actor: rutte,
            name: "MARK RUTTE".into(),
        },
    )
    .unwrap();
    assert_eq!(c.gazetteer.actor(rutte).aliases, ["Rutte", "Mark Rutte"]);
    let premier = id(&c, "Premier Rutte");
    apply(
        &mut c,
        &Choice::Rename {
            actor: premier,
            name: "premier Rutte".into(),
        },
    )
    .unwrap();
    apply(
        &mut c,
        &Choice::Merge {
            from: premier,
            into: rutte,
        },
    )
    .unwrap();
    assert_eq!(
        c.gazetteer.actor(rutte).aliases,
        ["Rutte", "Mark Rutte", "premier Rutte", "Premier Rutte"]
    );
    // Every form is still found in the text.
    assert_eq!(speakers(&c)[..2], ["MARK RUTTE", "MARK RUTTE"]);
}

#[test]
fn marking_a_merged_actor_as_no_actor_ignores_every_name_it_has() {
    let mut c = corpus(&[]);
    let mut file = ActorsFile::empty(None);
    let (from, into) = (id(&c, "Premier Rutte"), id(&c, "Mark Rutte"));
    let choice = Choice::Merge { from, into };
    let undo = apply(&mut c, &choice).unwrap();
    file.record(&choice, &undo, &c.gazetteer).unwrap();
    let choice = Choice::Ignore { actor: into };
    let undo = apply(&mut c, &choice).unwrap();
    file.record(&choice, &undo, &c.gazetteer).unwrap();
    let text = file.text();
    assert!(
        text.contains("ignore = [\"Mark Rutte\", \"Rutte\", \"Premier Rutte\"]"),
        "{text}"
    );
    // Loaded again, neither the actor nor the name merged into it comes back.
    let again = corpus(&[&text]);
    let names = mentioned(&again);
    assert!(!names.iter().any(|(n, _)| n.contains("Rutte")), "{names:?}");
}

#[test]
fn a_place_speaks_no_quotation() {
    let mut c = corpus(&[]);
    let rutte = id(&c, "Mark Rutte");
    let undo = apply(
        &mut c,
        &Choice::Kind {
            actor: rutte,
            kind: ActorKind::Place,
        },
    )
    .unwrap();
    assert_ne!(speakers(&c)[1], "Mark Rutte");
    super::undo(&mut c, undo);
    assert_eq!(speakers(&c)[1], "Mark Rutte");
    assert_eq!(next_kind(ActorKind::Place), ActorKind::Person);
}

/// Choices recorded in the file and read back before loading give the same actors and speakers.
#[test]
fn recorded_choices_hold_when_the_corpus_is_loaded_again() {
    let mut c = corpus(&[]);
    let mut file = ActorsFile::empty(None);
    let choices = [
        Choice::Merge {
            from: id(&c, "Premier Rutte"),
            into: id(&c, "Mark Rutte"),
        },
        Choice::Ignore {
            actor: id(&c, "Witte Huis"),
        },
        Choice::Rename {
            actor: id(&c, "Mark Rutte"),
            name: "Rutte, Mark".into(),
        },
    ];
    for choice in &choices {
        let undo = apply(&mut c, choice).unwrap();
        file.record(choice, &undo, &c.gazetteer).unwrap();
    }
    let text = file.text();
    assert!(text.starts_with("# Your corrections"), "{text}");
    let again = corpus(&[&text]);
    assert_eq!(mentioned(&again), mentioned(&c), "{text}");
    assert_eq!(speakers(&again), speakers(&c));
    assert_eq!(speakers(&again), ["Rutte, Mark", "Rutte, Mark", "-"]);
    let rutte = again.gazetteer.actor(id(&again, "Rutte, Mark"));
    assert_eq!(rutte.origin, Origin::User);
}

#[test]
fn a_recorded_choice_keeps_the_user_s_comments_and_tables() {
    let written = "# my actors\n\nignore = [\"Den Haag\"] # not a government\n\n\
                   [[actor]]\n# the PM\nname = \"Mark Rutte\"\nkind = \"person\"\n\
                   aliases = [\"Rutte\"]\n\n[[actor]]\nname = \"NOS\"\nkind = \"organisation\"\n";
    let mut c = corpus(&[written]);
    let mut file = ActorsFile::new(None, written).unwrap();
    let choice = Choice::Merge {
        from: id(&c, "Premier Rutte"),
        into: id(&c, "Mark Rutte"),
    };
    let undo = apply(&mut c, &choice).unwrap();
    file.record(&choice, &undo, &c.gazetteer).unwrap();
    let choice = Choice::Ignore {
        actor: id(&c, "Witte Huis"),
    };
    let undo = apply(&mut c, &choice).unwrap();
    file.record(&choice, &undo, &c.gazetteer).unwrap();
    let text = file.text();
    assert!(text.starts_with("# my actors\n"), "{text}");
    assert!(text.contains("# not a government"), "{text}");
    assert!(text.contains("# the PM\nname = \"Mark Rutte\""), "{text}");
    assert!(
        text.contains("aliases = [\"Rutte\", \"Premier Rutte\"]"),
        "{text}"
    );
    assert!(
        text.contains("ignore = [\"Den Haag\", \"Witte Huis\"]"),
        "{text}"
    );
    assert!(text.contains("name = \"NOS\""), "{text}");
    assert_eq!(text.matches("[[actor]]").count(), 2, "{text}");
}

#[test]
fn a_user_actor_replaces_built_in_ones_by_any_of_its_names() {
    // Renamed: the old name is an alias; merged: both built-in actors are one.
    let g = Gazetteer::with_files(&[(
        "actors.toml".into(),
        "[[actor]]\nname = \"Vladimir Putin\"\nkind = \"person\"\n\
         aliases = [\"Vladimir Poetin\", \"Poetin\", \"Sergej Lavrov\"]\n"
            .into(),
    )])
    .unwrap();
    let named = |n: &str| g.actors().iter().filter(|a| a.name == n).count();
    assert_eq!(named("Vladimir Putin"), 1);
    assert_eq!(named("Vladimir Poetin"), 0);
    assert_eq!(named("Sergej Lavrov"), 0);
    assert_eq!(g.len(), Gazetteer::builtin().len() - 1);
}

#[test]
fn ignored_names_leave_the_gazetteer_and_discovery() {
    let g = Gazetteer::with_files(&[(
        "actors.toml".into(),
        "ignore = [\"navo\", \"Poetin\"]\n".into(),
    )])
    .unwrap();
    assert!(g.actors().iter().all(|a| a.name != "NAVO"));
    assert!(g.find_mentions("Poetin zei het.").is_empty());
    assert!(!g.find_mentions("Vladimir Poetin zei het.").is_empty());
    // A name only discovery finds.
    assert!(mentioned(&corpus(&[])).iter().any(|(n, _)| n == "Den Haag"));
    let c = corpus(&["ignore = [\"Den Haag\"]"]);
    assert!(
        !mentioned(&c).iter().any(|(n, _)| n == "Den Haag"),
        "{:?}",
        mentioned(&c)
    );
}

#[test]
fn an_ignored_actor_is_not_discovered_again_under_another_of_its_names() {
    let g =
        Gazetteer::with_files(&[("actors.toml".into(), "ignore = [\"NATO\"]\n".into())]).unwrap();
    let text = "date 2023-02-02 De NAVO kwam bijeen\n\nDe NAVO kwam dinsdag bijeen in Brussel.\n";
    let (article, _) = build_article("n", Source::built_in("n"), text.as_bytes(), &g).unwrap();
    let c = Corpus::new(vec![article], Vec::new(), g);
    let names = mentioned(&c);
    assert!(!names.iter().any(|(n, _)| n == "NAVO"), "{names:?}");
    assert!(names.iter().any(|(n, _)| n == "Brussel"), "{names:?}");
}

#[test]
fn a_file_that_is_not_toml_is_refused_with_its_line() {
    let e = ActorsFile::new(Some("/x/actors.toml".into()), "[[actor]\n").unwrap_err();
    assert!(e.starts_with("/x/actors.toml: "), "{e}");
    assert!(e.contains("line 1"), "{e}");
}

/// The built-in actors named in `lang`, with no articles.
fn named_in(files: &[(String, String)], lang: crate::corpus::language::Lang) -> Corpus {
    let mut g = Gazetteer::with_files(files).unwrap();
    g.name_in(lang);
    Corpus::new(Vec::new(), Vec::new(), g)
}

fn live_names(c: &Corpus) -> Vec<String> {
    let g = &c.gazetteer;
    (0..g.len() as ActorId)
        .filter(|&id| !g.is_retired(id))
        .map(|id| g.actor(id).name.clone())
        .collect()
}

#[test]
fn a_choice_made_in_one_language_keeps_the_actor_s_names_in_the_others() {
    use crate::corpus::language::Lang;
    let mut c = named_in(&[], Lang::English);
    let mut file = ActorsFile::empty(None);
    let choices = [
        Choice::Merge {
            from: id(&c, "Kremlin"),
            into: id(&c, "Russia"),
        },
        Choice::Kind {
            actor: id(&c, "NATO"),
            kind: ActorKind::Country,
        },
        Choice::Rename {
            actor: id(&c, "Russia"),
            name: "Russia (RF)".into(),
        },
    ];
    for choice in &choices {
        let undo = apply(&mut c, choice).unwrap();
        file.record(choice, &undo, &c.gazetteer).unwrap();
    }
    let text = file.text();
    let files = [("actors.toml".to_owned(), text.clone())];
    let dutch = named_in(&files, Lang::Dutch);
    let names = live_names(&dutch);
    for name in ["Rusland", "NAVO"] {
        assert!(names.iter().any(|n| n == name), "{name} in {text}");
    }
    for name in ["Russia", "Russia (RF)", "NATO", "Kremlin"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {text}");
    }
    assert_eq!(
        dutch.gazetteer.actor(id(&dutch, "NAVO")).kind,
        ActorKind::Country
    );
    let english = named_in(&files, Lang::English);
    let names = live_names(&english);
    for name in ["Russia (RF)", "NATO"] {
        assert!(names.iter().any(|n| n == name), "{name} in {text}");
    }
    assert!(!names.iter().any(|n| n == "Kremlin"), "{text}");
    assert_eq!(text.matches("\n[[actor]]\n").count(), 2, "{text}");
    assert!(text.contains("aliases = [\"Navo\", "), "{text}");
}

#[test]
fn undoing_a_rename_puts_back_its_names_per_language() {
    use crate::corpus::language::Lang;
    let mut c = named_in(&[], Lang::English);
    let nato = id(&c, "NATO");
    let before = c
        .gazetteer
        .naming(nato)
        .map(|(b, n)| (b.to_owned(), n.clone()));
    let choice = Choice::Rename {
        actor: nato,
        name: "The Alliance".into(),
    };
    let undo = apply(&mut c, &choice).unwrap();
    let (base, names) = c.gazetteer.naming(nato).unwrap();
    assert_eq!(base, "NAVO");
    assert_eq!(
        names.get(&Lang::English).map(String::as_str),
        Some("The Alliance")
    );
    super::undo(&mut c, undo);
    let after = c
        .gazetteer
        .naming(nato)
        .map(|(b, n)| (b.to_owned(), n.clone()));
    assert_eq!(after, before);
}

#[test]
fn ignoring_an_actor_by_its_name_in_one_language_ignores_it_in_every_one() {
    use crate::corpus::language::Lang;
    let files = [("actors.toml".to_owned(), "ignore = [\"NATO\"]\n".to_owned())];
    let c = named_in(&files, Lang::Dutch);
    let names = live_names(&c);
    assert!(
        !names.iter().any(|n| n == "NAVO" || n == "NATO"),
        "{names:?}"
    );
    assert!(c.gazetteer.find_mentions("De NAVO zei het.").is_empty());
}

/// An article in which someone speaks who is named before a name the user may mark as no actor.
const IGNORED_SPEAKER: &str = "date 2024-06-01 Bondgenoten vergaderen

Mark Rutte sprak dinsdag in Brussel.

„We verdedigen elke meter”, zei Jens Stoltenberg.
";

#[test]
fn words_said_by_a_name_that_is_no_actor_have_no_speaker_not_someone_else() {
    let build = |files: &[&str]| {
        let g = gazetteer(files);
        let (article, _) =
            build_article("a", Source::built_in("a"), IGNORED_SPEAKER.as_bytes(), &g).unwrap();
        Corpus::new(vec![article], Vec::new(), g)
    };
    let mut c = build(&[]);
    assert_eq!(speakers(&c), ["Jens Stoltenberg"]);
    // Marked as no actor in the reader…
    let stoltenberg = id(&c, "Jens Stoltenberg");
    apply(&mut c, &Choice::Ignore { actor: stoltenberg }).unwrap();
    assert_eq!(speakers(&c), ["-"]);
    // …or in the user's file before loading.
    let c = build(&["ignore = [\"Jens Stoltenberg\"]"]);
    assert_eq!(speakers(&c), ["-"]);
}
