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

#[test]
fn an_article_after_an_organisation_word_and_a_particle_stays_in_the_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nA paper in the Gazette of the Royal Botanical Society said so, and the \
         Academy of the Fine Arts agreed, said Tom Reed.",
        english,
    );
    for name in [
        "Gazette of the Royal Botanical Society",
        "Academy of the Fine Arts",
    ] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    assert!(!named(&found, "Royal Botanical Society"), "{found:?}");
    assert!(!named(&found, "Fine Arts"), "{found:?}");
}

#[test]
fn the_english_article_opens_an_english_title_in_dutch_text() {
    let found = names_in(
        "Titel\n\nDat meldt de Britse krant The Daily Courier op basis van bronnen.",
        Lexicon::dutch(),
    );
    assert!(
        has(&found, "The Daily Courier", ActorKind::Organisation),
        "{found:?}"
    );
}

/// The names discovered in `text` with the gazetteer's mentions given, and the known mentions
/// left after discovery.
fn names_with_known(text: &str, lexicon: &Lexicon) -> (Vec<String>, Vec<String>) {
    let parsed = crate::corpus::parse::parse_body(text).expect("a text");
    let known = crate::corpus::actors::Gazetteer::builtin().find_mentions(&parsed.text);
    let (found, mentions) = discover(&parsed.text, &parsed.paragraphs, known, lexicon);
    let names = found
        .iter()
        .map(|n| parsed.text[n.name.range()].to_owned())
        .collect();
    let known_left = mentions
        .iter()
        .filter(|m| m.actor < LOCAL_BASE)
        .map(|m| parsed.text[m.span.range()].to_owned())
        .collect();
    (names, known_left)
}

#[test]
fn an_organisation_s_name_ending_in_a_known_name_takes_it_in() {
    let (found, known) = names_with_known(
        "Titel\n\nFietsersbond Nederland wil meer paden, zei Jan Smit van Wandelvrienden \
         Nederland. Ook de Raad van de Europese Unie sprak. Hij zei dat Jansen Nederland verliet.",
        Lexicon::dutch(),
    );
    for name in [
        "Fietsersbond Nederland",
        "Wandelvrienden Nederland",
        "Raad van de Europese Unie",
    ] {
        assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
    }
    // After "dat" a surname and a country are two names.
    assert!(!found.iter().any(|n| n == "Jansen Nederland"), "{found:?}");
    assert_eq!(known, ["Nederland"], "{found:?}");
    let (found, known) = names_with_known(
        "Title\n\nThe Council of the European Union met, said Ann Lee of the University of \
         California.",
        Lexicon::of(Lang::English),
    );
    for name in ["Council of the European Union", "University of California"] {
        assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
    }
    assert!(known.is_empty(), "{known:?}");
}

#[test]
fn a_platform_the_dictionary_also_writes_in_lower_case_is_a_name() {
    let found = names_in(
        "Title\n\nThe mayor posted the photo on Twitter late on Friday, and fans shared it.",
        Lexicon::of(Lang::English),
    );
    assert!(named(&found, "Twitter"), "{found:?}");
}

#[test]
fn the_kamer_s_capitalised_compounds_and_a_byline_s_redactie_are_no_actors() {
    let found = names_in(
        "Titel\n\ndoor Redactie\n\nDe minister sprak dinsdag tegen Kamerleden over het plan. De \
         partij won geen Kamerzetel, zei Piet Bos.",
        Lexicon::dutch(),
    );
    for name in ["Redactie", "Kamerleden", "Kamerzetel"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
    assert!(has(&found, "Piet Bos", ActorKind::Person), "{found:?}");
}

#[test]
fn english_speaking_news_s_cities_counties_and_states_are_places() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe trust runs hospitals across Yorkshire. Patients in Leeds waited longest, \
         and police in Baltimore and Queensland said the same.",
        english,
    );
    for name in ["Yorkshire", "Leeds", "Baltimore", "Queensland"] {
        assert!(
            has(&found, name, ActorKind::Place) || has(&found, name, ActorKind::Country),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn a_phrase_in_title_case_joined_by_hyphens_is_no_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nTom Mehta, who was Man-of-the-Match said it was fine. The Editor-in-Chief \
         said so too. They met in Stratford-upon-Avon.",
        english,
    );
    assert!(!named(&found, "Man"), "{found:?}");
    assert!(!named(&found, "Man-of-the-Match"), "{found:?}");
    assert!(!named(&found, "Editor"), "{found:?}");
    assert!(has(&found, "Tom Mehta", ActorKind::Person), "{found:?}");
    assert!(named(&found, "Stratford"), "{found:?}");
}

#[test]
fn an_acronym_opening_a_sentence_stays_the_first_word_of_the_name_after_it() {
    // An acronym is not capitalised for opening a sentence: "CNV Vakmensen meldt" is one name,
    // not "Vakmensen".
    let found = names_in(
        "Titel\n\nDe bonden zijn boos over het plan. CNV Vakmensen meldt dat in een persbericht.",
        Lexicon::dutch(),
    );
    assert!(
        has(&found, "CNV Vakmensen", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(!named(&found, "Vakmensen"), "{found:?}");
}

#[test]
fn a_name_opening_with_an_acronym_after_a_title_is_the_institution() {
    // "bestuurder FNV Metaal": the title is a person's who works there, not the name's.
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nHet is een verlies, zegt Ruud Hol, bestuurder VNB Staal. Ook voorzitter Anna \
         Smit is boos.",
        dutch,
    );
    assert!(
        has(&found, "VNB Staal", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(has(&found, "Anna Smit", ActorKind::Person), "{found:?}");
}

#[test]
fn a_kind_of_organisation_before_a_name_of_one_word_makes_it_an_organisation() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe union Unison said the deal was done. Carmaker Vantor said it would cut \
         jobs. Club Brugge won, said Ann Lee.",
        english,
    );
    assert!(has(&found, "Unison", ActorKind::Organisation), "{found:?}");
    assert!(has(&found, "Vantor", ActorKind::Organisation), "{found:?}");
    assert!(!named(&found, "Carmaker Vantor"), "{found:?}");
    // A word that opens organisations' names opens this one.
    assert!(named(&found, "Club Brugge"), "{found:?}");
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nDat zegt supermarktketen Vomar, die de prijzen verlaagt. Ook de vakbond Unie \
         is blij, zegt Ruud Hol.",
        dutch,
    );
    assert!(has(&found, "Vomar", ActorKind::Organisation), "{found:?}");
    assert!(has(&found, "Unie", ActorKind::Organisation), "{found:?}");
}

#[test]
fn a_word_opening_sentences_before_a_reporting_verb_is_a_person() {
    // "Voerman vindt": the sentence opener the text also writes inside a sentence is no
    // organisation when a reporting verb follows it.
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nOver de files heeft Voerman niet veel te zeggen. Het was rustig.\n\nVoerman \
         vindt de kritiek interessant.",
        dutch,
    );
    assert!(has(&found, "Voerman", ActorKind::Person), "{found:?}");
}

#[test]
fn a_local_party_named_for_its_town_is_an_organisation() {
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nWethouder Wim van der Es reageerde verbaasd op de motie van Leefbaar \
         Zeewolde. Ook Gemeentebelangen Ede stemde tegen.",
        dutch,
    );
    assert!(
        has(&found, "Leefbaar Zeewolde", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(
        has(&found, "Gemeentebelangen Ede", ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn a_dean_and_a_given_name_before_particles_make_one_person() {
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nDe studenten wijzen naar decaan Brem van Dissel. Student Sebald van Oord \
         zweeg.",
        dutch,
    );
    assert!(
        has(&found, "Brem van Dissel", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Sebald van Oord", ActorKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_given_name_before_a_title_a_given_name_and_a_surname_is_no_part_of_the_name() {
    // "Nelson Mayor Rachel Reese": Nelson is the town, and a given name too.
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nNelson Mayor Rachel Reese described the flooding as rare, said Tom Abel.",
        english,
    );
    assert!(has(&found, "Rachel Reese", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Nelson Mayor Rachel Reese"), "{found:?}");
}

#[test]
fn the_welsh_ap_joins_a_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nPlaid leader Rhun ap Iorwerth said the party's spokesperson Mabon ap Gwynfor \
         would speak.",
        english,
    );
    assert!(
        has(&found, "Rhun ap Iorwerth", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Mabon ap Gwynfor", ActorKind::Person),
        "{found:?}"
    );
}
