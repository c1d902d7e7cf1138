//! Name discovery on short texts written for these tests: what news text holds around names
//! that is no name (hashtags, links, a party before a title) and names that open with a word that
//! is no name by itself.

use super::tests::{has, named, names_in};
use super::*;
use crate::corpus::language::Lang;

#[test]
fn hashtags_and_link_ids_are_no_actors_but_handles_stay() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nMarta Kowalczyk scored twice, and the club posted a clip.\n\n\
         FULL TIME 3 - 0 #UpTheReds #MatchDay @RedsClub pic.twitter.com/Xq7TmVb2Kd\n\n\
         Read more at www.example.com/Sport and tell Kowalczyk.",
        english,
    );
    assert!(
        has(&found, "Marta Kowalczyk", ActorKind::Person),
        "{found:?}"
    );
    for no_actor in ["UpTheReds", "MatchDay", "Xq7TmVb2Kd", "Sport"] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    assert!(named(&found, "RedsClub"), "{found:?}");
}

#[test]
fn a_listed_place_that_opens_with_an_article_stays_whole_where_a_sentence_opens() {
    let found = names_in(
        "Titel\n\nDen Helder – De raad vergaderde maandag over het station. Den Helder wil een \
         nieuw plein, zei wethouder Marieke Vos.",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Den Helder", ActorKind::Place), "{found:?}");
    assert!(!named(&found, "Helder"), "{found:?}");
}

#[test]
fn a_word_for_someone_from_a_place_before_a_name_is_no_part_of_it() {
    let found = names_in(
        "Titel\n\nIn de sprint won de Nederlander Jan van Zeeland. Later sprak de Belg Pieter \
         de Smet met hem.",
        Lexicon::dutch(),
    );
    assert!(
        has(&found, "Jan van Zeeland", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Pieter de Smet", ActorKind::Person),
        "{found:?}"
    );
    assert!(!named(&found, "Nederlander Jan"), "{found:?}");
    // Before other words, a people's name stays with them.
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nVolunteers of the Palestinian Red Crescent came, Marek Nowak said.",
        english,
    );
    assert!(named(&found, "Palestinian Red Crescent"), "{found:?}");
}

#[test]
fn abbreviated_titles_of_councillors_are_no_actors() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nAt the meeting Coun. Anna Novak said the plan would fail. It is fair, Novak \
         said, and Cllr Tom Reid agreed.",
        english,
    );
    assert!(has(&found, "Anna Novak", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Tom Reid", ActorKind::Person), "{found:?}");
    for no_actor in ["Coun", "Coun.", "Cllr", "Cllr Tom Reid"] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
}

#[test]
fn a_summing_up_word_before_a_colon_is_no_speaker_s_name() {
    let found = names_in(
        "Titel\n\nBurgemeester Ria Peeters was boos over het plan. Samengevat: “Dit kan zo \
         niet.”\n\nKortom: “Het moet anders.”",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Ria Peeters", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Samengevat"), "{found:?}");
    assert!(!named(&found, "Kortom"), "{found:?}");
}

#[test]
fn an_event_named_after_a_place_names_no_place() {
    let found = names_in(
        "Titel\n\nHij won twee keer de Ronde van Lombardije, zei ploegleider Jan Peeters.",
        Lexicon::dutch(),
    );
    assert!(!named(&found, "Lombardije"), "{found:?}");
    assert!(has(&found, "Jan Peeters", ActorKind::Person), "{found:?}");
    // A known country inside an event's name is no mention of it; elsewhere it is.
    let text = "Titel\n\nZe reed de Ronde van Frankrijk. Daarna trainde ze in Frankrijk.";
    let parsed = crate::corpus::parse::parse_body(text).expect("a text");
    let known = crate::corpus::actors::Gazetteer::builtin().find_mentions(&parsed.text);
    assert_eq!(known.len(), 2, "{known:?}");
    let (_, mentions) = discover(
        &parsed.text,
        &parsed.paragraphs,
        known.clone(),
        Lexicon::dutch(),
    );
    let starts: Vec<u32> = mentions.iter().map(|m| m.span.start).collect();
    assert_eq!(starts, [known[1].span.start], "{mentions:?}");
}

#[test]
fn a_lab_is_an_organisation_word_that_ends_a_name_joined_by_and() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nKowalczyk, head of the Tulsa Soil and Water Lab, said the data held.",
        english,
    );
    assert!(
        has(&found, "Tulsa Soil and Water Lab", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(!named(&found, "Water Lab"), "{found:?}");
}

#[test]
fn a_capitalised_title_alone_after_an_article_or_a_title_is_a_role() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nAccording to the Chief Whip, Peter Ashdown, they are ready. The Deputy Speaker, \
         Jane Doe, agreed. Later the Speaker told the Herald it was fine.",
        english,
    );
    assert!(has(&found, "Peter Ashdown", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Jane Doe", ActorKind::Person), "{found:?}");
    for role in ["Whip", "Speaker", "Chief Whip", "Deputy Speaker"] {
        assert!(!named(&found, role), "{role}: {found:?}");
    }
}

#[test]
fn capitals_in_a_row_ending_in_a_short_acronym_or_owned_frequent_words_are_no_person() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nReddick, who spoke when he featured on Harbour FM’s Evening Desk, was calm. \
         By Issam AHMED, in the city.",
        english,
    );
    assert!(
        has(&found, "Harbour FM", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(
        has(&found, "Evening Desk", ActorKind::Organisation),
        "{found:?}"
    );
    // A surname in capitals is no acronym.
    assert!(has(&found, "Issam AHMED", ActorKind::Person), "{found:?}");
}

#[test]
fn a_long_word_in_capitals_that_the_article_writes_in_lower_case_is_no_name() {
    // A heading shouts a common word ("WHEREABOUTS"); the short acronym ("NASA") and a long
    // name in capitals the text never writes in lower case ("BLOOMFIELD") stay.
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nKAMAU’S WHEREABOUTS\n\nHis whereabouts are unknown, NASA said. The rally \
         in BLOOMFIELD went ahead.",
        english,
    );
    assert!(!named(&found, "WHEREABOUTS"), "{found:?}");
    for name in ["NASA", "BLOOMFIELD"] {
        assert!(named(&found, name), "{name}: {found:?}");
    }
}

#[test]
fn people_of_a_listed_place_or_a_region_and_groups_of_members_are_no_actors() {
    // "Kortrijkzaan" and "Bruggelingen" are the people of Kortrijk and Brugge, "West-Vlaming"
    // one of West-Vlaanderen's (and no part of the name after it); "Tweede Kamerleden" are a
    // group of members.
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nVoor Axel Dewilde is het geen probleem, zegt de Kortrijkzaan. Ook de \
         West-Vlaming Piet Claes is tevreden. De Bruggelingen kregen geen minister. Veel Tweede \
         Kamerleden reageerden.",
        dutch,
    );
    for no_actor in [
        "Kortrijkzaan",
        "Bruggelingen",
        "West-Vlaming",
        "West-Vlaming Piet Claes",
        "Tweede Kamerleden",
    ] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    assert!(has(&found, "Piet Claes", ActorKind::Person), "{found:?}");
}

#[test]
fn the_elided_article_t_is_a_particle_inside_a_name() {
    // "van 't" with a straight or a curly apostrophe joins the name, and "Van 't Schip" alone
    // is the same person.
    let dutch = Lexicon::of(Lang::Dutch);
    let found = names_in(
        "Titel\n\nTrainer John van 't Schip was blij. Cabaretier Lex van ’t Hek speelde. Ook \
         Van 't Schip lachte.",
        dutch,
    );
    for name in ["John van 't Schip", "Lex van ’t Hek"] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    for fragment in ["John", "Schip", "Hek", "Van"] {
        assert!(!named(&found, fragment), "{fragment}: {found:?}");
    }
}
