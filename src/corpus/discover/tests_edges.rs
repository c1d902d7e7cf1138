//! Name discovery on short English texts written for these tests: where a name starts and ends
//! (abbreviated titles, sentence openers, particles, suffixes, titles inside a name).

use super::tests::{has, named, names_in};
use super::*;
use crate::corpus::language::Lang;
use crate::corpus::parse::parse_body;

#[test]
fn an_abbreviated_title_s_full_stop_ends_no_sentence_and_cuts_no_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nRep. Alexandria Ocasio-Cortez spoke. Gov. Gavin Newsom said no. Sen. Mitch \
         McConnell agreed.\n\nOn Monday, Sen. Warren spoke first. Lt. Gen. Mark Hertling came.",
        english,
    );
    for name in [
        "Alexandria Ocasio-Cortez",
        "Gavin Newsom",
        "Mitch McConnell",
        "Warren",
    ] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    assert!(!named(&found, "Lt."), "{found:?}");
}

#[test]
fn an_unlisted_given_name_opening_a_sentence_stays_with_the_surname_after_it() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nTalks went on. Wang Yi said the talks went well. Jacinda Ardern arrived late. \
         Ngozi Okonjo-Iweala spoke on trade.\n\nAbu Bakr al-Baghdadi was named. Later, Ardern \
         and Okonjo-Iweala met. Watch Jurgen Klopp talk. Klopp smiled.",
        english,
    );
    for name in [
        "Wang Yi",
        "Jacinda Ardern",
        "Ngozi Okonjo-Iweala",
        "Abu Bakr al-Baghdadi",
        "Jurgen Klopp",
    ] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    assert!(!named(&found, "Watch Jurgen Klopp"), "{found:?}");
}

#[test]
fn connectors_suffixes_and_titles_inside_a_name_set_its_edges() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe hunt for Osama bin Laden's couriers went on. Sheikh Tamim bin Hamad Al \
         Thani met Crown Prince Mohammed bin Salman there.\n\nThe band played Ludwig van \
         Beethoven. They were echoing Martin Luther King Jr. Speaker Nancy Pelosi said so. Boyz II \
         Men sang.\n\n\
         Mark O'Brien Jr. came. O'Brien said it was fine. Ellen Park said no.",
        english,
    );
    for name in [
        "Osama bin Laden",
        "Tamim bin Hamad Al Thani",
        "Mohammed bin Salman",
        "Ludwig van Beethoven",
        "Martin Luther King Jr.",
        "Nancy Pelosi",
        "Mark O'Brien Jr.",
        "Ellen Park",
    ] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    assert!(!named(&found, "O'Brien"), "{found:?}");
    assert!(!named(&found, "Crown Prince Mohammed"), "{found:?}");
    assert!(named(&found, "Boyz II Men"), "{found:?}");
}

#[test]
fn an_organisation_word_after_a_known_country_is_its_institution() {
    let text = "Title\n\nThe U.S. House voted, and BBC Radio aired it.";
    let parsed = parse_body(text).expect("a text");
    let known = crate::corpus::actors::Gazetteer::builtin().find_mentions(&parsed.text);
    let (found, _) = discover(
        &parsed.text,
        &parsed.paragraphs,
        known,
        Lexicon::of(Lang::English),
    );
    let found: Vec<&str> = found.iter().map(|n| &parsed.text[n.name.range()]).collect();
    assert!(found.contains(&"U.S. House"), "{found:?}");
    assert!(!found.contains(&"Radio"), "{found:?}");
}

/// A common word before a capitalised title is the title's ("Housing Minister"), and a title
/// that opens a sentence does not keep the particles after a given name out of the name
/// ("Minister Hugo de Jonge").
#[test]
fn a_title_s_own_words_are_no_name_and_do_not_cut_the_name_after_it() {
    let found = names_in(
        "Title\n\nThe plan came on Monday. \"We will build homes,\" said Housing Minister Michael Gove.",
        Lexicon::of(Lang::English),
    );
    assert_eq!(found, [("Michael Gove".to_owned(), ActorKind::Person)]);
    let found = names_in(
        "Titel\n\nHet kabinet vergaderde. Minister Hugo de Jonge zei dat hij geen spijt heeft.",
        Lexicon::of(Lang::Dutch),
    );
    assert_eq!(found, [("Hugo de Jonge".to_owned(), ActorKind::Person)]);
    // A title alone still takes no particles: "Minister van Financiën" is no one.
    let found = names_in(
        "Titel\n\nHet kabinet vergaderde. Minister van Financiën Sigrid Kaag zei niets.",
        Lexicon::of(Lang::Dutch),
    );
    assert!(
        !found.iter().any(|(n, _)| n.contains("Financiën")),
        "{found:?}"
    );
}

/// Flemish names write the first particle capitalised after the given name.
#[test]
fn a_capitalised_particle_after_a_given_name_is_part_of_the_name() {
    let found = names_in(
        "Titel\n\nHet kabinet vergaderde, zei Bart De Wever. Volgens Herman Van Rompuy is het zo.",
        Lexicon::of(Lang::Dutch),
    );
    assert!(has(&found, "Bart De Wever", ActorKind::Person), "{found:?}");
    assert!(
        has(&found, "Herman Van Rompuy", ActorKind::Person),
        "{found:?}"
    );
}

/// Particles join a name after an organisation's word that ends it so far ("Royal College of
/// Nursing"); a speech verb after a place named after a place cue does not make it a person.
#[test]
fn an_organisation_word_takes_the_particles_after_it_and_a_place_cue_outweighs_a_verb() {
    let found = names_in(
        "Title\n\nThe Royal College of Nursing said nurses were tired.",
        Lexicon::of(Lang::English),
    );
    assert_eq!(
        found,
        [(
            "Royal College of Nursing".to_owned(),
            ActorKind::Organisation
        )]
    );
    let found = names_in(
        "Titel\n\nBoer Henk Jansen uit Staphorst zegt dat hij geen vertrouwen meer heeft.",
        Lexicon::of(Lang::Dutch),
    );
    assert!(has(&found, "Staphorst", ActorKind::Place), "{found:?}");
    assert!(has(&found, "Henk Jansen", ActorKind::Person), "{found:?}");
}

/// The title of a paper or an agency is an organisation, also as the subject of a reporting
/// verb ("meldt Het Parool") or with an outlet's word ("Getty Images", "Daily Courier").
#[test]
fn papers_and_agencies_are_organisations_even_when_they_report() {
    let found = names_in(
        "Titel\n\nDe burgemeester trad af. Dat meldt Het Parool dinsdag.",
        Lexicon::of(Lang::Dutch),
    );
    assert!(
        has(&found, "Het Parool", ActorKind::Organisation),
        "{found:?}"
    );
    let found = names_in(
        "Title\n\nThe mayor resigned, the Daily Courier reported, in a picture by Getty Images.",
        Lexicon::of(Lang::English),
    );
    assert!(
        has(&found, "Daily Courier", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(
        has(&found, "Getty Images", ActorKind::Organisation),
        "{found:?}"
    );
}

/// A run of given names without end ("Jan Jan Jan …") was looked at word by word as one name,
/// each word going over all before it: a few hundred kilobytes took seconds, a few megabytes
/// hours. A run longer than any name is passed over whole, and the names around it stay.
#[test]
fn a_run_of_capitalised_words_longer_than_any_name_is_no_name() {
    let run = "Jan ".repeat(50_000);
    let text = format!("Titel\n\nVolgens Pieter Jansen is {run}geen naam, zei Marieke de Vries.");
    let found = names_in(&text, Lexicon::of(Lang::Dutch));
    assert_eq!(
        found,
        [
            ("Pieter Jansen".to_owned(), ActorKind::Person),
            ("Marieke de Vries".to_owned(), ActorKind::Person)
        ],
        "{found:?}"
    );
    // Twelve words are still a name; thirteen are none.
    let given = "Pieter Jan Hendrik Willem Frederik Karel Johan Albert Anton Cornelis Maria";
    let twelve = names_in(
        &format!("Titel\n\nVolgens {given} Smit is het zo."),
        Lexicon::of(Lang::Dutch),
    );
    assert_eq!(twelve, [(format!("{given} Smit"), ActorKind::Person)]);
    let thirteen = names_in(
        &format!("Titel\n\nVolgens {given} Smit Dekker is het zo."),
        Lexicon::of(Lang::Dutch),
    );
    assert!(thirteen.is_empty(), "{thirteen:?}");
}

#[test]
fn a_firm_s_legal_form_ends_its_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nShares of Tarrow Mills Inc fell. The maker Quillbeck Co. cut jobs, and Dunmore \
         Freight Holdings Co Ltd said it would wait.",
        english,
    );
    for name in ["Tarrow Mills", "Quillbeck", "Dunmore Freight Holdings"] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    assert!(!named(&found, "Tarrow Mills Inc"), "{found:?}");
}

#[test]
fn words_joined_by_and_before_an_organisation_word_are_one_organisation() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe Ohio Farm and Family Coalition met the Food and Drug Administration. \
         Then the Labour Party and Green Party spoke, and Iran and Hamas Brigade were named. \
         Reform and Liberal Democrats disagreed.",
        english,
    );
    for name in [
        "Ohio Farm and Family Coalition",
        "Food and Drug Administration",
    ] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
    for name in [
        "Labour Party and Green Party",
        "Iran and Hamas Brigade",
        "Reform and Liberal Democrats",
        "Family Coalition",
    ] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
}

#[test]
fn a_portfolio_before_a_minister_s_title_is_no_actor() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nTalks resumed after German Foreign Minister Ayla Demir spoke. Home \
         Affairs Minister Sipho Dube agreed, and Home Office Minister Tom Reed did too.",
        english,
    );
    for name in ["German Foreign", "Home Affairs", "Foreign"] {
        assert!(!named(&found, name), "{name}: {found:?}");
    }
    for name in ["Ayla Demir", "Sipho Dube", "Tom Reed"] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    assert!(named(&found, "Home Office"), "{found:?}");
}

#[test]
fn a_dateline_s_place_and_source_before_a_dash_are_two_names() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nParis AFP — Talks between the two firms ended. Researchers at Amsterdam UMC \
         said more.",
        english,
    );
    assert!(has(&found, "Paris", ActorKind::Place), "{found:?}");
    assert!(has(&found, "AFP", ActorKind::Organisation), "{found:?}");
    assert!(!named(&found, "Paris AFP"), "{found:?}");
    assert!(named(&found, "Amsterdam UMC"), "{found:?}");
}

#[test]
fn a_legal_form_alone_is_no_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe photo was supplied by Nordpress, Ltd. and printed twice.",
        english,
    );
    assert!(!named(&found, "Ltd"), "{found:?}");
}

#[test]
fn a_headline_verb_ends_the_name_before_it() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Maria Lopez Sentenced to Ten Years in Prison\n\nA judge sentenced Maria Lopez on \
         Monday.\n\nDaniel Ortiz Appoints New Campaign Chief\n\nThe move by Daniel Ortiz came late.",
        english,
    );
    assert!(has(&found, "Maria Lopez", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Daniel Ortiz", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Maria Lopez Sentenced"), "{found:?}");
    assert!(
        !named(&found, "Daniel Ortiz Appoints New Campaign Chief"),
        "{found:?}"
    );
}

#[test]
fn a_rank_with_its_number_glued_on_is_no_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nShe beat the world No.1 in Rome and will rise to No.2 next week. Her coach \
         later went to No.10 for tea.",
        english,
    );
    assert!(!named(&found, "No.1"), "{found:?}");
    assert!(!named(&found, "No.2"), "{found:?}");
    assert!(named(&found, "No.10"), "{found:?}");
}

#[test]
fn a_title_case_heading_keeps_only_the_names_written_outside_it() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Ortega and Belmonte Toast Brilliant Win as Town Striker Stuns Dunmore\n\nLuis Ortega \
         said Belmonte played well against Dunmore on Saturday.\n\nZENTRA Plans New Role for \
         Former Ocean Probes\n\nZENTRA said it would look again.",
        english,
    );
    assert!(named(&found, "Belmonte"), "{found:?}");
    assert!(named(&found, "Dunmore"), "{found:?}");
    assert!(named(&found, "ZENTRA"), "{found:?}");
    for no_actor in [
        "Belmonte Toast Brilliant Win",
        "Stuns Dunmore",
        "ZENTRA Plans New Role",
        "Ocean Probes",
    ] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
}

#[test]
fn a_title_word_in_a_heading_makes_no_name_of_the_word_after_it() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Judge Sides With Mayor, Bars Press From Town Hall Briefings\n\nThe ruling by Judge \
         Ann Kowalski came on Monday, and the Town Hall stays shut.",
        english,
    );
    assert!(!named(&found, "Sides"), "{found:?}");
    assert!(!named(&found, "Town Hall Briefings"), "{found:?}");
    assert!(has(&found, "Ann Kowalski", ActorKind::Person), "{found:?}");
}

#[test]
fn a_title_in_several_words_and_a_role_are_no_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe new Chief Executive Officer of Nordvale arrived. Chief Executive Jan \
         Kowalski said so, and an unnamed Tory MP agreed. Mother of the House Ann Brolin \
         smiled.",
        english,
    );
    assert!(has(&found, "Jan Kowalski", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Ann Brolin", ActorKind::Person), "{found:?}");
    for no_actor in [
        "Executive Officer",
        "Executive Jan Kowalski",
        "Tory MP",
        "House Ann Brolin",
    ] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
}

#[test]
fn a_plural_s_possessive_mark_before_an_organisation_word_stays_inside_the_name() {
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nAll members of the Tulip Growers’ Association and the Fishers' Union may \
         come, Kovalenko said.",
        english,
    );
    assert!(!named(&found, "Association"), "{found:?}");
    assert!(!named(&found, "Union"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|(n, k)| n.ends_with("Growers’ Association") && *k == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn a_province_s_premier_is_the_person_after_the_title_and_the_premier_league_is_whole() {
    // "Premier" is a title inside a name, after a place's initials too ("B.C."); before one
    // organisation word it opens that organisation's name.
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nOntario Premier Doug Ford met the press. B.C. Premier David Eby agreed. \
         Arsenal lead the Premier League again.",
        english,
    );
    for name in ["Doug Ford", "David Eby"] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    for wrong in [
        "Ontario Premier Doug Ford",
        "B.C. Premier David Eby",
        "League",
    ] {
        assert!(!named(&found, wrong), "{wrong}: {found:?}");
    }
    assert!(named(&found, "Premier League"), "{found:?}");
}

#[test]
fn a_place_cue_before_a_list_makes_every_unknown_word_in_it_a_place() {
    // "in Randburg, Midrand and Lenasia": the cue is the list's; an organisation that speaks
    // after the list is no place ("Eskom said").
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nOutages hit homes in Randburg, Midrand and Lenasia on Tuesday. Crews were \
         sent from Kelvale and Dunmore, and Eskom said repairs would take a day.",
        english,
    );
    for place in ["Randburg", "Midrand", "Lenasia", "Kelvale", "Dunmore"] {
        assert!(has(&found, place, ActorKind::Place), "{place}: {found:?}");
    }
    assert!(!has(&found, "Eskom", ActorKind::Place), "{found:?}");
}

#[test]
fn a_river_is_a_place_and_a_county_before_a_given_name_is_no_part_of_the_name() {
    // "River Wye" is a place, not a person; in "manager for Worcestershire Dave Throup" the
    // county (a place by its ending) stands before the person's name.
    let english = Lexicon::of(Lang::English);
    let found = names_in(
        "Title\n\nThe River Wye reached record levels. EA manager for Herefordshire and \
         Worcestershire Dave Throup said so. Throup was shocked.",
        english,
    );
    assert!(has(&found, "River Wye", ActorKind::Place), "{found:?}");
    assert!(has(&found, "Dave Throup", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Worcestershire Dave Throup"), "{found:?}");
}
