//! Organisations' long names and the capitalised words that name no actor, on short texts
//! written for these tests.

use super::tests::{has, named, names_in};
use super::*;
use crate::corpus::language::Lang;

#[test]
fn an_acronym_in_brackets_keeps_a_long_name_whole_at_a_sentence_start() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe rover landed on Friday. National Oceanic and Atmospheric Administration \
         (NOAA) tracked the storm, said Mia Holt.",
        english,
    );
    assert!(
        has(
            &found,
            "National Oceanic and Atmospheric Administration",
            ActorKind::Organisation
        ),
        "{found:?}"
    );
    assert!(
        !named(&found, "Oceanic and Atmospheric Administration"),
        "{found:?}"
    );
}

#[test]
fn a_field_after_and_stays_in_an_organisation_named_for_its_fields() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nShe works at the Institute for Geology and Seismology, Lima, and he at the \
         Department of Energy and Climate in Leeds. The Bank of Scotland and Ireland were named.",
        english,
    );
    for name in [
        "Institute for Geology and Seismology",
        "Department of Energy and Climate",
    ] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    assert!(!named(&found, "Bank of Scotland and Ireland"), "{found:?}");
}

#[test]
fn a_firm_s_word_after_an_ampersand_joins_a_longer_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\n\"Sales fell,\" said Ray Dunn of the B.K. Harlow & Sons brokerage. Pastor Jo \
         Kim of Living Waters Christian Ministries spoke too.",
        english,
    );
    for name in ["B.K. Harlow & Sons", "Living Waters Christian Ministries"] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    assert!(!named(&found, "B.K. Harlow"), "{found:?}");
    assert!(!named(&found, "Christian Ministries"), "{found:?}");
}

#[test]
fn hyphenated_demonyms_and_a_department_before_a_title_are_no_actors() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nA Korean-Canadian writer was held. The agency’s Human Resources chief Dana \
         Fox said so.",
        english,
    );
    assert!(has(&found, "Dana Fox", ActorKind::Person), "{found:?}");
    for name in ["Korean-Canadian", "Human Resources"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
}

#[test]
fn a_kind_of_institution_alone_is_no_actor() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nPolice said the man was hurt. Police said he fled. The plan was drawn up by \
         the Government, and the Government will pay. The Metropolitan Police agreed.",
        english,
    );
    assert!(
        has(&found, "Metropolitan Police", ActorKind::Organisation),
        "{found:?}"
    );
    for name in ["Police", "Government"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
    let found = names_in(
        "Titel\n\nPolitie zoekt getuigen. Politie zegt dat het druk was. Volgens de Regering \
         en de Nationale Politie is het rustig.",
        Lexicon::dutch(),
    );
    assert!(
        has(&found, "Nationale Politie", ActorKind::Organisation),
        "{found:?}"
    );
    for name in ["Politie", "Regering"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
}

#[test]
fn two_places_in_a_row_are_two_names() {
    let found = names_in(
        "Titel\n\nHij zei dat Limburg Maastricht nooit vergeet. Ze woont in Den Haag.",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Limburg", ActorKind::Place), "{found:?}");
    assert!(has(&found, "Maastricht", ActorKind::Place), "{found:?}");
    assert!(!named(&found, "Limburg Maastricht"), "{found:?}");
}

#[test]
fn a_number_word_inside_a_sentence_opens_a_place_s_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe firm moved to Twelve Elms last year. Sam Cole was jailed for Three Years.\
         \n\nShe grew up in Seven Pines, near the coast.",
        english,
    );
    assert!(has(&found, "Seven Pines", ActorKind::Place), "{found:?}");
    assert!(!named(&found, "Pines"), "{found:?}");
    assert!(!named(&found, "Three Years"), "{found:?}");
}

#[test]
fn authors_initials_and_a_capital_after_an_omission_are_no_names() {
    let found = names_in(
        "Titel\n\nDat zei Jan de Vries (de opvolger van Pieters, KV/RL) gisteren. Zorg moet \
         dichterbij [...] Leerlingen moeten soms verder reizen. Leerlingen moeten wachten.",
        Lexicon::dutch(),
    );
    for name in ["KV", "RL", "Leerlingen"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
}

#[test]
fn a_lone_surname_before_a_verb_of_thinking_is_a_person() {
    let found = names_in(
        "Titel\n\nDe kosten ten spijt, Brink beseft dat het zwaar wordt.",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Brink", ActorKind::Person), "{found:?}");
}

#[test]
fn a_title_s_possessive_before_an_organisation_word_is_part_of_its_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe letter was drafted in the Governor’s Office, and the Prime Minister's \
         Office read it. The Mayor’s aide Rosa Diaz agreed.",
        english,
    );
    for name in ["Governor’s Office", "Prime Minister's Office"] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    assert!(!named(&found, "Office"), "{found:?}");
    assert!(has(&found, "Rosa Diaz", ActorKind::Person), "{found:?}");
}
