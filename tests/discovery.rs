//! Actors found in the text itself, through the real binary: `actors --json` lists them with
//! their kind, origin and the forms met, one actor over the corpus, and `quotes` gives their
//! words to them. The articles are short ones written for these tests.

use std::fs;

use serde_json::Value;

mod common;

const RAAD: &str = "date 2024-03-05 Raad kiest nieuwe voorzitter

De gemeenteraad van Glanerbrug koos dinsdag wethouder Marieke van der Velde tot voorzitter. \
Van der Velde (GroenLinks) kreeg steun van het CDA en de Partij van de Arbeid.

„We gaan hard aan het werk”, zei Van der Velde na afloop in het stadhuis aan de Dorpsstraat.

Oppositieleider Pieter Jansen was kritisch. „Dit is een gemiste kans”, aldus Jansen.
";

const KAMER: &str = "date 2024-03-06 Kamer debatteert

In Den Haag sprak de Tweede Kamer woensdag over de gemeente. Jansen volgde het debat vanaf de \
publieke tribune. „Ik blijf kritisch”, zei Jansen tegen verslaggevers.

„Het Witte Huis zwijgt”, zei Donald Trump in het Witte Huis. Ook Stoltenberg zweeg.
";

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(dir.path().join("raad.txt"), RAAD).expect("written");
    fs::write(dir.path().join("kamer.txt"), KAMER).expect("written");
    dir
}

/// A folder holding one article, `file`, with `text`.
fn one_article(file: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(dir.path().join(file), text).expect("written");
    dir
}

/// The speaker of the quotation that starts with `start`.
fn speaker_of(quotes: &[Value], start: &str) -> Value {
    quotes
        .iter()
        .find(|q| q["text"].as_str().is_some_and(|t| t.starts_with(start)))
        .map(|q| q["speaker"].clone())
        .unwrap_or_else(|| panic!("no quotation {start}: {quotes:#?}"))
}

fn actor<'a>(actors: &'a [Value], name: &str) -> &'a Value {
    actors
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no actor {name}: {actors:#?}"))
}

#[test]
fn unknown_people_organisations_and_places_are_listed_with_their_origin() {
    let dir = corpus();
    let actors = common::json_array(&["actors", "--json"], dir.path());
    let expect = [
        ("Marieke van der Velde", "person"),
        ("Pieter Jansen", "person"),
        ("GroenLinks", "person"),
        ("CDA", "organisation"),
        ("Partij van de Arbeid", "organisation"),
        ("Tweede Kamer", "organisation"),
        ("Glanerbrug", "place"),
        ("Den Haag", "place"),
        ("Dorpsstraat", "place"),
    ];
    for (name, kind) in expect.iter().filter(|(n, _)| *n != "GroenLinks") {
        let found = actor(&actors, name);
        assert_eq!(found["kind"], *kind, "{name}: {found:#?}");
    }
    assert_eq!(actor(&actors, "Pieter Jansen")["origin"], "discovered");
    assert_eq!(actor(&actors, "Donald Trump")["origin"], "discovered");
    assert_eq!(actor(&actors, "Jens Stoltenberg")["origin"], "gazetteer");
    // Words that only open a sentence, months and days are no actors.
    for word in ["De", "Oppositieleider", "In", "Het", "Dit"] {
        assert!(actors.iter().all(|a| a["name"] != word), "{word}");
    }
}

#[test]
fn a_surname_alone_is_the_one_person_of_the_corpus_with_it() {
    let dir = corpus();
    let actors = common::json_array(&["actors", "--json"], dir.path());
    let jansen = actor(&actors, "Pieter Jansen");
    // Named in full in one article, by surname alone in the other: one actor in both.
    assert_eq!(
        jansen["articles"].as_array().map(Vec::len),
        Some(2),
        "{jansen:#?}"
    );
    assert!(
        jansen["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().any(|f| f == "Jansen")),
        "{jansen:#?}"
    );
    let velde = actor(&actors, "Marieke van der Velde");
    assert!(
        velde["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().any(|f| f == "Van der Velde")),
        "{velde:#?}"
    );
}

#[test]
fn discovered_people_are_speakers_and_places_never_are() {
    let dir = corpus();
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    let speaker = |start: &str| speaker_of(&quotes, start);
    assert_eq!(speaker("We gaan hard"), "Marieke van der Velde");
    assert_eq!(speaker("Dit is een gemiste"), "Pieter Jansen");
    assert_eq!(speaker("Ik blijf kritisch"), "Pieter Jansen");
    assert_eq!(speaker("Het Witte Huis zwijgt"), "Donald Trump");
}

#[test]
fn an_english_article_is_read_with_the_english_words() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("senate.txt"),
        "date 2024-05-02 Senate passes the budget

The Senate passed the budget on Thursday after a long debate in Washington. \
Senator Maria Gonzalez, who led the talks, said the deal was fair.

\"We did what we had to do,\" Gonzalez said. \"Now the House must act.\"

Critics at the Heritage Foundation were not convinced. \"It is a bad deal,\" said John Miller, \
an analyst there. The White House declined to comment on Trump’s remarks.
",
    )
    .expect("written");
    let listed = common::json_array(&["list", "--json"], dir.path());
    assert_eq!(listed[0]["language"], "en");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(actor(&actors, "Maria Gonzalez")["kind"], "person");
    assert_eq!(actor(&actors, "John Miller")["kind"], "person");
    assert_eq!(
        actor(&actors, "Heritage Foundation")["kind"],
        "organisation"
    );
    assert_eq!(actor(&actors, "Washington")["kind"], "place");
    for word in ["The", "Thursday", "Critics", "Trump’s", "It"] {
        assert!(
            actors.iter().all(|a| a["name"] != word),
            "{word}: {actors:#?}"
        );
    }
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    let speakers: Vec<&Value> = quotes.iter().map(|q| &q["speaker"]).collect();
    assert_eq!(
        speakers,
        [
            &Value::from("Maria Gonzalez"),
            &Value::from("Maria Gonzalez"),
            &Value::from("John Miller")
        ]
    );
}

/// An article whose speakers are named only by a role, a description, a colon or the sentence
/// before, and once not at all.
const INTERVIEW: &str = "date 2024-04-02 Burgemeester Anna de Wit: ‘De haven blijft open’

De nieuwe burgemeester van Zeedorp, Anna de Wit, sprak dinsdag over de haven. De \
\"sluiting\" van Pieter Kramer bleek een vergissing.

„Wij hebben daar geen belang bij”, zei de nieuwe burgemeester dinsdag.

„De vissers verdienen beter”, zei de oud-lerares, zonder namen te noemen.

„De haven blijft open en daar ga ik voor zorgen”, zegt de Zeedorp-topvrouw in het stadhuis.

Over de vissers van Zeedorp zei de burgemeester het volgende: „Ze zijn de ziel van het dorp.”

Wethouder Kees Bakker wilde niet ingaan op de vraag. „Daar ga ik niet over.”

Bakker was kort. Noch over de haven, noch over de manier waarop schipper Joost Visser hem \
benaderde. „Het is niet aan mij”, herhaalde hij.

Bakker bij gesprek met Anna de Wit: „Wij zijn het eens.”
";

#[test]
fn speakers_named_by_a_role_a_description_or_the_sentence_before_are_found() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(dir.path().join("haven.txt"), INTERVIEW).expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    let speaker = |start: &str| speaker_of(&quotes, start);
    // A role after the verb stands for the person introduced with it, not for someone named
    // in an embedded quotation ("sluiting" van Pieter Kramer) before.
    assert_eq!(speaker("Wij hebben daar"), "Anna de Wit");
    // A description ("de oud-lerares") after the verb stands for the person named before.
    assert_eq!(speaker("De vissers verdienen"), "Anna de Wit");
    // A role in a compound with an organisation or place is the person, not the place.
    assert_eq!(speaker("De haven blijft open en"), "Anna de Wit");
    // A place before the verb is no subject ("Over de vissers van Zeedorp zei …").
    assert_eq!(speaker("Ze zijn de ziel"), "Anna de Wit");
    // A quotation with nothing around it is said by the person of the sentence before.
    assert_eq!(speaker("Daar ga ik niet over"), "Kees Bakker");
    // "Hij" stands for the subject named early in a clause, not for a name deep inside one.
    assert_eq!(speaker("Het is niet aan mij"), "Kees Bakker");
    // Before a colon, the person the clause opens with.
    assert_eq!(speaker("Wij zijn het eens"), "Kees Bakker");
    // A heading's quotation waits for the first quotation under it.
    assert_eq!(speaker("De haven blijft open"), "Anna de Wit");
    // A term in quotation marks, with nothing reporting it, is nobody's words.
    assert_eq!(speaker("sluiting"), Value::Null);
}

#[test]
fn a_quotation_that_opens_a_paragraph_goes_on_from_the_one_reported_before() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("final.txt"),
        "date 2024-07-13 A final lost

Maria Lopez lost the final to Jane Brooks on Saturday.

“She played an unbelievable match. I tried everything,” she said.

“Of course it feels disappointing, but I know that I played a good final.”

Brooks will play again in August.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    let speakers: Vec<&Value> = quotes.iter().map(|q| &q["speaker"]).collect();
    assert_eq!(
        speakers,
        [&Value::from("Maria Lopez"), &Value::from("Maria Lopez")],
        "{quotes:#?}"
    );
}

#[test]
fn an_english_speaker_is_not_whom_he_told_nor_whose_spokesperson_spoke() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("council.txt"),
        "date 2024-09-03 Council row

Mayor Helen Carter defended the budget on Tuesday. She told Robert Price: \"The money is there.\"

Later, Carter's spokesperson spoke to reporters. \"We will not comment,\" said Carter's \
spokesperson, Tom Willis.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    let speakers: Vec<&Value> = quotes.iter().map(|q| &q["speaker"]).collect();
    assert_eq!(
        speakers,
        [&Value::from("Helen Carter"), &Value::from("Tom Willis")],
        "{quotes:#?}"
    );
}

#[test]
fn a_name_right_after_a_known_one_is_found_and_a_longer_organisation_or_a_person_takes_the_known_one_in()
 {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("reis.txt"),
        "date 2024-05-02 Reis naar China\n\nEerder had de Amerikaanse minister van Buitenlandse \
         Zaken Michael Pompeo dezelfde reis gemaakt.\n",
    )
    .expect("written");
    fs::write(
        dir.path().join("council.txt"),
        "date 2024-05-03 Council meets\n\nBritain asked to convene a United Nations Security \
         Council meeting on Monday. He had made “Don’t Knock the Rock,” a film about rock music.\n",
    )
    .expect("written");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(actor(&actors, "Michael Pompeo")["kind"], "person");
    assert_eq!(
        actor(&actors, "United Nations Security Council")["kind"],
        "organisation"
    );
    // The role phrase before Pompeo is his, not the gazetteer's minister's.
    for none in [
        "Zaken Michael Pompeo",
        "Anthony Blinken",
        "Security Council",
        "Rock",
        "Knock",
    ] {
        assert!(
            actors.iter().all(|a| a["name"] != none),
            "{none}: {actors:#?}"
        );
    }
}

#[test]
fn an_english_speaker_comes_before_the_verb_that_reports_him_but_a_dutch_one_may_follow_it() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("paris.txt"),
        "date 2015-11-14 Paris attacks

Mr Hollande said the army was mobilised \"at the highest possible level\" and insisted France \
would \"triumph over barbarity\".

Margaret Chan, director-general of the World Health Organization said today that \"the world \
is now at the start of a pandemic.\"
",
    )
    .expect("written");
    fs::write(
        dir.path().join("huis.txt"),
        "date 2024-09-04 Het Witte Huis reageert

Het Witte Huis reageerde dinsdag. Over de \"onprofessionele\" journaliste zei het Witte Huis: \
\"Als je wilt uitdelen, moet je ook kunnen incasseren.\"
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    for (start, speaker) in [
        ("at the highest", "Hollande"),
        ("triumph over", "Hollande"),
        ("the world is now", "Margaret Chan"),
        ("onprofessionele", "Witte Huis"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn an_english_it_said_is_the_organisation_s_and_a_person_of_an_organisation_speaks_for_herself() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("army.txt"),
        "date 2024-06-02 Attack repelled

Mayor Tom Hale visited the city on Monday. \"We are safe,\" said Hale.

The Northern Defence Agency \"repelled the attack\" with \"hundreds\" of troops, it said in a \
statement.

The attackers \"fled from the field\", it added.

\"This study shows how every degree matters,\" co-lead author Lilian Schuster of the University of \
Innsbruck told reporters.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    for (start, speaker) in [
        ("We are safe", "Tom Hale"),
        ("repelled the attack", "Northern Defence Agency"),
        ("hundreds", "Northern Defence Agency"),
        ("fled from the field", "Northern Defence Agency"),
        ("This study shows", "Lilian Schuster"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn an_english_subject_is_found_past_adverbs_relative_clauses_and_names_after_prepositions() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("rally.txt"),
        "date 2022-04-10 Rally in Ohio

Former president Donald Trump spoke for an hour. He glossed over the fact that Senator James \
Vance called Trump \"noxious\" last year.

\"I'm sure to win,\" Vance reportedly said.

Comedian Helen Marsh, who often quotes judges in her Small Town Justice podcast, said: \"Judges \
here tell criminals why.\"
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    for (start, speaker) in [
        ("noxious", "James Vance"),
        ("I'm sure to win", "James Vance"),
        ("Judges here", "Helen Marsh"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn zei_de_gemeente_is_the_municipality_named_before() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("plan.txt"),
        "date 2024-06-03 Gemeente reageert

De gemeente Utrecht heeft het plan afgewezen. „We gaan hier niet mee akkoord”, zei de gemeente.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(
        speaker_of(&quotes, "We gaan hier niet"),
        "Utrecht",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_before_a_colon_speaks_and_a_role_is_the_person_introduced_with_it() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("garage.txt"),
        "date 2024-05-01 Bewoners boos over garage

De gemeente wil een parkeergarage bouwen. „Het plan past goed in de wijk”, zegt wethouder \
Karin Smeets.

De buurt denkt daar anders over. Verhoeckx: „Niemand heeft ons iets gevraagd.”

Later lichtte de wethouder het plan toe: „We gaan met de buurt praten.”

Els Kramer uit Zierikzee kwam ook kijken. „Ik woon hier al twintig jaar”, aldus de Zierikzeese.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    for (start, speaker) in [
        // A word that opens a sentence once, with a colon before a quotation, is a name.
        ("Niemand heeft", "Verhoeckx"),
        // "de wethouder" is the one introduced as "wethouder Karin Smeets", not the last
        // person who spoke.
        ("We gaan met", "Karin Smeets"),
        // "aldus de Zierikzeese": an adjective of a place as a noun for the person named
        // before, who comes from there.
        ("Ik woon hier", "Els Kramer"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn who_took_a_picture_is_no_one_a_pronoun_stands_for() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("council.txt"),
        "date 2024-01-09 Council row goes on

Mayor Tom Baker left the meeting early. (Photo: Lisa Grant / Harbour Agency)

“We will not give up on the harbour,” he said on Tuesday.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(
        speaker_of(&quotes, "We will not give up"),
        "Tom Baker",
        "{quotes:#?}"
    );
}

#[test]
fn a_surname_that_is_also_a_title_names_its_person_where_it_opens_a_sentence() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("wedstrijd.txt"),
        "date 2024-02-11 Ploeg wint

„We hebben hard gewerkt”, zei Prins na de wedstrijd.

Prins leeft mee met Anna de Vries, die als trainer van de buurclub een zware tijd heeft. \
„Maar ik hoef haar geen raad te geven.”
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "Maar ik hoef"), "Prins", "{quotes:#?}");
}

#[test]
fn a_name_in_apposition_to_a_title_after_a_preposition_is_no_subject() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("talks.txt"),
        "date 2024-03-02 Talks stall

Ole Berg stressed that the talks will begin soon. However, Norway has no intention of holding \
talks with Danish Prime Minister, Tom Wells, he said. “We will not sit down at that table,” he \
noted.
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(
        speaker_of(&quotes, "We will not sit down"),
        "Ole Berg",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_in_a_relative_clause_describes_the_subject_before_it() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("zorg.txt"),
        "date 2021-12-02 Zorg onder druk

Het is druk in de regio. Wubbe Hofstra, die ook voorzitter is van de Vereniging Zorg Oost, \
afdeling West-Brabant slaat alarm: „Wij kunnen het werk niet meer aan.”
",
    )
    .expect("written");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(
        speaker_of(&quotes, "Wij kunnen het werk"),
        "Hofstra",
        "{quotes:#?}"
    );
}

#[test]
fn a_party_word_before_a_title_is_not_the_surname_of_a_person_of_another_article() {
    let dir = tempfile::tempdir().expect("a folder");
    let council = "date 2024-03-05 Council votes\n\nThe budget passed on Tuesday. \
                   \"It is a fair plan,\" said Mayor John Tory after the vote.\n";
    let party = "date 2024-03-06 Party meets\n\nOn Wednesday Tory leader Anna Novak spoke. \
                 \"We will win,\" Novak said.\n";
    fs::write(dir.path().join("council.txt"), council).expect("written");
    fs::write(dir.path().join("party.txt"), party).expect("written");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    let tory = actor(&actors, "John Tory");
    assert_eq!(
        tory["articles"],
        serde_json::json!(["council"]),
        "{tory:#?}"
    );
    assert_eq!(actor(&actors, "Anna Novak")["kind"], "person");
}

/// The names of the actors `actors --json` lists for the one article `text`.
fn names_in(text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(dir.path().join("article.txt"), text).expect("written");
    common::json_array(&["actors", "--json"], dir.path())
        .iter()
        .filter_map(|a| a["name"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn a_month_after_a_place_cue_is_no_place() {
    let names = names_in(
        "date 2024-03-05 Election next year\n\nFirst Minister Eluned Morgan said 2025 would be \
         \"crucial\" for Wales ahead of the election in May next year.\n",
    );
    assert!(names.contains(&"Eluned Morgan".to_owned()), "{names:?}");
    assert!(!names.contains(&"May".to_owned()), "{names:?}");
}

#[test]
fn an_amount_with_its_currency_glued_on_is_no_name_a_name_with_a_number_is() {
    let names = names_in(
        "date 2025-10-05 Magistrate buys a meal\n\nMagistrate Ben Okoth said a packet of milk \
         costs Sh60 and bread Ksh1,200 at most, according to Netwerk24.\n",
    );
    assert!(!names.iter().any(|n| n.starts_with("Sh6")), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Ksh")), "{names:?}");
    assert!(names.contains(&"Netwerk24".to_owned()), "{names:?}");
}

#[test]
fn an_amount_in_a_currency_s_capital_with_a_decimal_or_a_magnitude_is_no_name() {
    let names = names_in(
        "date 2025-10-05 Utility debt\n\nThe utility owes R30bn to lenders, up from R49.1 a share \
         last year, said analyst Thandi Mokoena. The G20 and F1 are not amounts.\n",
    );
    assert!(!names.iter().any(|n| n.starts_with("R30")), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("R49")), "{names:?}");
    assert!(names.contains(&"G20".to_owned()), "{names:?}");
    assert!(names.contains(&"Thandi Mokoena".to_owned()), "{names:?}");
}

#[test]
fn a_stop_glued_between_two_sentences_run_together_ends_the_name_before_it() {
    let names = names_in(
        "date 2014-12-16 Siege\n\nPremier Colin Barrow.Credit: Anna Wells\n\nThe protest was \
         led by Kay Ndlovu.The crowd moved to Kliptown. Readers of NU.nl saw it too.\n",
    );
    assert!(names.contains(&"Colin Barrow".to_owned()), "{names:?}");
    assert!(names.contains(&"Kay Ndlovu".to_owned()), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains(".Credit") || n.contains(".The")),
        "{names:?}"
    );
    assert!(names.contains(&"NU.nl".to_owned()), "{names:?}");
}

#[test]
fn a_long_word_in_a_heading_in_capitals_is_no_acronym_a_short_one_is() {
    let names = names_in(
        "date 2016-12-20 Terugblik\n\nAFP, UTRECHT\n\nDe burgemeester blikt terug op het jaar.\
         \n\nPOLITIEKE ONRUST\n\nDe raad viel in het voorjaar.\n",
    );
    assert!(!names.contains(&"ONRUST".to_owned()), "{names:?}");
    assert!(names.contains(&"AFP".to_owned()), "{names:?}");
}

#[test]
fn a_name_that_opens_two_sentences_keeps_its_first_word_though_no_list_knows_it() {
    let dir = tempfile::tempdir().expect("a folder");
    let text = "date 2016-04-03 Eerste punt\n\nStoffel Vandoorne reed zijn eerste Grote Prijs.\n\n\
                Stoffel Vandoorne was blij. \"Ik ben blij met het punt\", aldus Vandoorne, die \
                gesteund werd door teamgenoot Jenson Button. \"Stoffel heeft knap gereden\", \
                aldus de voormalig wereldkampioen.\n";
    fs::write(dir.path().join("punt.txt"), text).expect("written");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(actor(&actors, "Stoffel Vandoorne")["kind"], "person");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "Stoffel heeft"), "Jenson Button");
}

#[test]
fn teams_and_firms_of_capitalised_words_with_nothing_else_to_say_are_organisations() {
    let dir = tempfile::tempdir().expect("a folder");
    let en = "date 2024-03-01 Game night\n\nThe Los Angeles Lakers beat the Golden State \
              Warriors on Friday. Samsung Electronics and Alameda Research declined to comment, \
              the Irish Examiner reported. A spokesman for Buckingham Palace said nothing.\n";
    let nl = "date 2024-03-01 Zorg\n\nDe zorg staat onder druk. Ook Hockeyclub Walcheren en \
              Zorggroep Treant krijgen minder geld.\n";
    fs::write(dir.path().join("en.txt"), en).expect("written");
    fs::write(dir.path().join("nl.txt"), nl).expect("written");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    for name in [
        "Los Angeles Lakers",
        "Golden State Warriors",
        "Samsung Electronics",
        "Alameda Research",
        "Irish Examiner",
        "Buckingham Palace",
        "Hockeyclub Walcheren",
        "Zorggroep Treant",
    ] {
        assert_eq!(actor(&actors, name)["kind"], "organisation", "{name}");
    }
}

#[test]
fn a_surname_with_two_particles_opening_a_sentence_is_the_person_named_in_full_before() {
    let dir = tempfile::tempdir().expect("a folder");
    let text = "date 2018-06-01 Ontruiming\n\nWoordvoerder Sebald van der Waal noemt het een \
                treurige gebeurtenis.\n\nVan der Waal wijst naar decaan Han de Vries. 'Wij \
                hebben geen geweld gebruikt.'\n";
    fs::write(dir.path().join("ontruiming.txt"), text).expect("written");
    let actors = common::json_array(&["actors", "--json"], dir.path());
    let person = actor(&actors, "Sebald van der Waal");
    assert_eq!(person["mentions"], 2, "{person:#?}");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "Wij hebben"), "Sebald van der Waal");
}

#[test]
fn a_name_before_a_title_in_capitals_and_a_person_is_the_person_s_firm() {
    // "Uber CEO Travis Kalanick": the firm, though "in Uber's history" reads like a place.
    let text = "date 2017-06-21 Chief resigns\n\nKalvo CEO Travis Ranick said in a statement that \
                he accepted the request of investors.\n\nThe board said his resignation opened a \
                new chapter in Kalvo's history.\n";
    let dir = one_article("kalvo.txt", text);
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(
        actor(&actors, "Kalvo")["kind"],
        "organisation",
        "{actors:#?}"
    );
}

#[test]
fn a_name_cut_short_before_a_title_it_is_the_first_part_of_is_an_organisation() {
    let text = "date 2021-11-03 Jonge boeren\n\nDe boeren voeren actie.\n\nDaarna nam \
                Zilveren Kring-voorzitter Jan Bos het woord: “Elke regio heeft zijn eigen \
                problemen.”\n";
    let dir = one_article("boeren.txt", text);
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(
        actor(&actors, "Zilveren Kring")["kind"],
        "organisation",
        "{actors:#?}"
    );
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "Elke regio"), "Jan Bos");
}

#[test]
fn guesses_from_capitals_alone_do_not_outvote_what_one_form_of_the_name_says() {
    // Again and again "Zilveren Kring" with nothing around it (each a guess: a person), once as
    // the first part of "Zilveren Kring-voorzitter": an organisation.
    let text = "date 2021-11-03 Jonge boeren\n\nZilveren Kring voert actie in het hele land.\n\n\
                Volgens de Zilveren Kring is het beleid te traag. Zilveren Kring haalt meerdere \
                redenen aan. Zilveren Kring wil snel een plan. Ook Zilveren Kring Oost doet \
                mee, net als Zilveren Kring.\n\nZilveren Kring-voorzitter Jan Bos: “Elke regio heeft zijn eigen \
                problemen.”\n";
    let dir = one_article("boeren.txt", text);
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(
        actor(&actors, "Zilveren Kring")["kind"],
        "organisation",
        "{actors:#?}"
    );
}

#[test]
fn an_acronym_that_spells_a_name_the_article_writes_in_full_is_that_organisation() {
    let text = "date 2010-03-21 Union wants talks\n\nThe union Unite urged Coastal Airways on \
                Sunday to resume talks.\n\nCA claimed it had flown most passengers. \"We are \
                flying more than we planned,\" CA said.\n\nThe Partij van de Vooruitgang rejected \
                the plan. The PvdV said it would \"fight on\".\n";
    let dir = one_article("talks.txt", text);
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert!(
        actor(&actors, "Coastal Airways")["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x == "CA")),
        "{actors:#?}"
    );
    assert!(!actors.iter().any(|a| a["name"] == "CA"), "{actors:#?}");
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "We are flying"), "Coastal Airways");
    assert_eq!(speaker_of(&quotes, "fight on"), "Partij van de Vooruitgang");
}

#[test]
fn a_title_after_an_abbreviated_title_of_address_is_a_surname() {
    let text = "date 2017-08-15 Row\n\nForeign Minister Julia Bishop spoke on Monday.\n\n\"We are \
                worried,\" Ms Bishop told reporters. The Deputy Speaker said nothing.\n";
    let dir = one_article("row.txt", text);
    let actors = common::json_array(&["actors", "--json"], dir.path());
    assert_eq!(actor(&actors, "Julia Bishop")["mentions"], 2, "{actors:#?}");
    assert!(
        !actors.iter().any(|a| a["name"] == "Speaker"),
        "{actors:#?}"
    );
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(speaker_of(&quotes, "We are worried"), "Julia Bishop");
}

#[test]
fn words_for_the_people_of_a_listed_place_are_no_names() {
    let names = names_in(
        "date 2020-09-01 Poll\n\nMany New Zealanders trust the prime minister, a New Zealander \
         told Winnipeggers in Winnipeg. He wrote about it in the New Yorker.\n",
    );
    assert!(
        !names.iter().any(|n| n.starts_with("New Zealand")),
        "{names:?}"
    );
    assert!(!names.contains(&"Winnipeggers".to_owned()), "{names:?}");
    assert!(names.contains(&"Winnipeg".to_owned()), "{names:?}");
    assert!(names.contains(&"New Yorker".to_owned()), "{names:?}");
}
