//! Tests of the gazetteer and its matcher.

use super::*;
fn names(text: &str) -> Vec<(String, String)> {
    let g = Gazetteer::builtin();
    g.find_mentions(text)
        .into_iter()
        .map(|m| {
            (
                g.actor(m.actor).name.clone(),
                text[m.span.range()].to_owned(),
            )
        })
        .collect()
}

/// The filter on a name's first two bytes lets a one-byte name through with anything after
/// it, and at the very end of a text.
#[test]
fn one_letter_names_are_found_anywhere_a_word_can_be() {
    let g = Gazetteer::from_toml(
        "[[actor]]\nname = \"X\"\nkind = \"organisation\"\n\n[[actor]]\nname = \"Xi Jinping\"\nkind = \"person\"\n",
    )
    .unwrap();
    fn found<'t>(g: &Gazetteer, text: &'t str) -> Vec<&'t str> {
        g.find_mentions(text)
            .iter()
            .map(|m| &text[m.span.range()])
            .collect()
    }
    assert_eq!(found(&g, "X"), ["X"]);
    assert_eq!(
        found(&g, "X zei dat Xi Jinping en X, of (X)."),
        ["X", "Xi Jinping", "X", "X"]
    );
    assert_eq!(found(&g, "Xylofoon en Xi"), Vec::<&str>::new());
}

#[test]
fn builtin_gazetteer_parses() {
    assert!(Gazetteer::builtin().len() > 30);
}

#[test]
fn longest_alias_wins() {
    assert_eq!(
        names("Jens Stoltenberg en Wit-Rusland"),
        [
            ("Jens Stoltenberg".into(), "Jens Stoltenberg".into()),
            ("Wit-Rusland".into(), "Wit-Rusland".into())
        ]
    );
}

#[test]
fn whole_words_only_and_unicode_aware() {
    assert_eq!(names("Oekraïense troepen"), []);
    assert_eq!(
        names("in Oekraïne."),
        [("Oekraïne".into(), "Oekraïne".into())]
    );
    assert_eq!(
        names("Koeleba."),
        [("Dmytro Koeleba".into(), "Koeleba".into())]
    );
    assert_eq!(names("Ruslands"), []);
}

#[test]
fn abbreviations_match_in_capitals_only() {
    assert_eq!(
        names("de VS en de NAVO"),
        [
            ("Verenigde Staten".into(), "VS".into()),
            ("NAVO".into(), "NAVO".into())
        ]
    );
    assert_eq!(names("vs navo"), []);
}

#[test]
fn hyphenated_compound_with_an_alias_as_head_is_a_mention() {
    assert_eq!(names("de NAVO-landen"), [("NAVO".into(), "NAVO".into())]);
}

#[test]
fn spelling_variants_and_role_phrases_name_one_person() {
    assert_eq!(names("Sergei Lavrov")[0].0, "Sergej Lavrov");
    assert_eq!(names("NAVO-chef")[0].0, "Jens Stoltenberg");
    assert_eq!(
        names("de NAVO-secretaris-generaal zei")[0].0,
        "Jens Stoltenberg"
    );
}

#[test]
fn role_phrase_and_name_of_the_same_person_are_one_mention() {
    let found = names("de Oekraïense president Volodymyr Zelensky stelt");
    assert_eq!(
        found,
        [(
            "Volodymyr Zelensky".into(),
            "Oekraïense president Volodymyr Zelensky".into()
        )]
    );
}

#[test]
fn role_phrase_yields_to_the_name_that_follows_it() {
    let found = names("de pro-Russische Oekraïense president Janoekovitsj");
    assert_eq!(
        found,
        [("Viktor Janoekovitsj".into(), "Janoekovitsj".into())]
    );
}

#[test]
fn an_actor_has_a_name_per_language_and_is_found_under_each() {
    let mut g = Gazetteer::builtin();
    let nato = g.lookup("NATO").unwrap();
    assert_eq!(g.lookup("NAVO"), Some(nato));
    assert_eq!(g.find_mentions("NATO and NAVO")[0].actor, nato);
    g.name_in(Lang::Dutch);
    assert_eq!(g.actor(nato).name, "NAVO");
    g.name_in(Lang::English);
    assert_eq!(g.actor(nato).name, "NATO");
    assert!(g.actor(nato).aliases.contains(&"NAVO".to_owned()));
    assert!(!g.actor(nato).aliases.contains(&"NATO".to_owned()));
    let putin = g.lookup("Poetin").unwrap();
    assert_eq!(g.actor(putin).name, "Vladimir Putin");
}

#[test]
fn every_builtin_actor_has_an_english_name_that_is_not_dutch() {
    let mut g = Gazetteer::builtin();
    g.name_in(Lang::English);
    for dutch in [
        "Poetin",
        "NAVO",
        "Oekraïne",
        "Unie",
        "Huis",
        "Verenigd",
        "Rusland",
    ] {
        assert!(
            g.actors().iter().all(|a| !a.name.contains(dutch)),
            "{dutch}"
        );
    }
}

#[test]
fn a_users_actor_replaces_a_builtin_one_named_in_any_language() {
    let user = "[[actor]]\nname = \"Vladimir Putin\"\nkind = \"organisation\"\n";
    let g = Gazetteer::with_files(&[("mine.toml".into(), user.into())]).unwrap();
    let found: Vec<&Actor> = g
        .actors()
        .iter()
        .filter(|a| a.name.contains("Putin") || a.name.contains("Poetin"))
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, ActorKind::Organisation);
    // Its own name in every language: it gives no `names`.
    let mut g = g;
    g.name_in(Lang::Dutch);
    assert!(g.actors().iter().any(|a| a.name == "Vladimir Putin"));
}

#[test]
fn a_name_in_an_unknown_language_is_an_error_naming_the_line() {
    let user = "[[actor]]\nname = \"X\"\nkind = \"person\"\nnames = { de = \"Y\" }\n";
    let e = Gazetteer::with_files(&[("mine.toml".into(), user.into())]).unwrap_err();
    assert!(
        e.starts_with("mine.toml: TOML parse error at line 4"),
        "{e}"
    );
}

#[test]
fn lookup_ignores_case_and_diacritics() {
    let g = Gazetteer::builtin();
    let id = g.lookup("stoltenberg").unwrap();
    assert_eq!(g.actor(id).name, "Jens Stoltenberg");
    assert_eq!(g.actor(g.lookup("oekraine").unwrap()).name, "Oekraïne");
    assert_eq!(g.lookup("nobody at all"), None);
}

#[test]
fn english_abbreviations_of_countries_match_in_capitals_only() {
    assert_eq!(
        names("the U.S. and the UK, and the US")
            .into_iter()
            .map(|(actor, _)| actor)
            .collect::<Vec<_>>(),
        [
            "Verenigde Staten",
            "Verenigd Koninkrijk",
            "Verenigde Staten"
        ]
    );
    assert_eq!(names("tell us"), []);
}

#[test]
fn a_surname_alias_after_another_given_name_is_no_mention() {
    assert_eq!(names("Mrs. Jill Biden spoke"), []);
    assert_eq!(
        names("Mr. Biden and Joe Biden"),
        [
            ("Joe Biden".into(), "Biden".into()),
            ("Joe Biden".into(), "Joe Biden".into())
        ]
    );
}

#[test]
fn a_person_s_short_name_is_the_surname_as_written_alone() {
    let short = |name: &str, kind: ActorKind| {
        Actor {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            origin: Origin::Discovered,
        }
        .short_name()
        .into_owned()
    };
    let person = |name: &str| short(name, ActorKind::Person);
    assert_eq!(person("Jens Stoltenberg"), "Stoltenberg");
    assert_eq!(person("Martin Luther King Jr."), "King");
    assert_eq!(person("Caroline van der Plas"), "Van der Plas");
    assert_eq!(person("Bart De Wever"), "De Wever");
    assert_eq!(person("De Wever"), "De Wever");
    assert_eq!(person("Osama bin Laden"), "Bin Laden");
    assert_eq!(person("Al Gore"), "Gore");
    assert_eq!(person("Wever"), "Wever");
    assert_eq!(
        short("Partij van de Arbeid", ActorKind::Organisation),
        "Partij van de Arbeid"
    );
}

#[test]
fn a_name_after_a_capitalised_word_and_a_hyphen_is_part_of_a_compound_name() {
    let found = names(
        "De politie in Oost-Nederland en Midden-Oekraïne, en de EU-Rusland-top in Nederland.",
    );
    let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
    assert_eq!(texts, ["EU", "Rusland", "Nederland"], "{found:?}");
}
