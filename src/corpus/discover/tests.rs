//! Name discovery on short Dutch (and a few English) texts written for these tests, one rule
//! each.

use super::*;
use crate::corpus::language::Lang;
use crate::corpus::parse::parse_body;

/// The names discovered in `text` (paragraphs separated by blank lines), as (name, kind), in the
/// order of their first mention.
fn names(text: &str) -> Vec<(String, ActorKind)> {
    names_in(text, Lexicon::dutch())
}

/// [`names`], read with a language's `lexicon`.
pub(super) fn names_in(text: &str, lexicon: &Lexicon) -> Vec<(String, ActorKind)> {
    let parsed = parse_body(text).expect("a text");
    let (found, mentions) = discover(&parsed.text, &parsed.paragraphs, Vec::new(), lexicon);
    let mut out: Vec<(String, ActorKind)> = Vec::new();
    for mention in mentions {
        let name = &found[(mention.actor - LOCAL_BASE) as usize];
        let entry = (parsed.text[name.name.range()].to_owned(), name.votes.kind());
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out
}

pub(super) fn has(found: &[(String, ActorKind)], name: &str, kind: ActorKind) -> bool {
    found.iter().any(|(n, k)| n == name && *k == kind)
}

pub(super) fn named(found: &[(String, ActorKind)], name: &str) -> bool {
    found.iter().any(|(n, _)| n == name)
}

#[test]
fn people_with_particles_initials_and_anonymised_surnames() {
    let found = names(
        "Titel\n\nDe verklaring kwam van Hugo de Jonge en Harry van der Molen. Ook J.P. Balkenende \
         sprak. Verdachte Nabil B. zweeg.",
    );
    assert!(has(&found, "Hugo de Jonge", ActorKind::Person), "{found:?}");
    assert!(
        has(&found, "Harry van der Molen", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "J.P. Balkenende", ActorKind::Person),
        "{found:?}"
    );
    assert!(has(&found, "Nabil B.", ActorKind::Person), "{found:?}");
}

#[test]
fn a_name_after_a_title_takes_its_particles_whatever_its_given_name() {
    // "Hylke" and "Gerbrand" are in no list of given names; after "aanvoerder" and "trainer"
    // they are all the same.
    let found = names(
        "Titel\n\nHet was genoeg, zei aanvoerder Hylke van Dijk. Ook trainer Gerbrand de Jong \
         sprak, en burgemeester Gerritsen van Almelo.",
    );
    assert!(
        has(&found, "Hylke van Dijk", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Gerbrand de Jong", ActorKind::Person),
        "{found:?}"
    );
    // Where a mayor is mayor of is no part of the name.
    assert!(!named(&found, "Gerritsen van Almelo"), "{found:?}");
}

#[test]
fn van_der_and_ten_join_a_name_whatever_its_given_name() {
    // "Rinske" and "Tjeerd" are in no list of given names; "van der" and "ten" stand only
    // inside names, unlike "van" alone ("Baudet van Forum voor Democratie").
    let found = names(
        "Titel\n\nHet voorstel kwam van Rinske van der Wal en Tjeerd ten Brink. Ook Baudet van \
         Forum voor Democratie stemde.",
    );
    assert!(
        has(&found, "Rinske van der Wal", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Tjeerd ten Brink", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        !named(&found, "Baudet van Forum voor Democratie"),
        "{found:?}"
    );
}

#[test]
fn given_names_from_many_cultures_take_their_particles() {
    // "van" and "de" join a name only after a listed given name: the list holds the given names
    // of footballers, Flemings and Ukrainians as much as those of Dutch ministers.
    let found = names(
        "Titel\n\nHet voorstel kwam van Virgil van Dijk. Volgens Tuur de Smet en Wolodymyr \
         de Vries was het te laat.",
    );
    for name in ["Virgil van Dijk", "Tuur de Smet", "Wolodymyr de Vries"] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
}

#[test]
fn a_given_name_alone_after_a_title_is_a_person() {
    // A listed given name alone is no name ("Maria" could be anyone), but after a title it is
    // how the person is known.
    let found = names("Titel\n\nHet bezoek van koning Filip aan Gent liep uit, zei Maria.");
    assert!(has(&found, "Filip", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Maria"), "{found:?}");
}

#[test]
fn a_title_makes_a_lone_name_a_person() {
    let found =
        names("Titel\n\nHet besluit viel toen minister Harbers en trainer Advocaat er waren.");
    assert!(has(&found, "Harbers", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Advocaat", ActorKind::Person), "{found:?}");
}

#[test]
fn organisations_by_their_words_acronyms_and_compounds() {
    let found = names(
        "Titel\n\nHet Openbaar Ministerie en de Tweede Kamer zijn boos. De PVV en het CDA-Kamerlid \
         zwegen. Het Forum voor Democratie en Shell Nederland ook. De PvdD-leider niet.",
    );
    for name in [
        "Openbaar Ministerie",
        "Tweede Kamer",
        "PVV",
        "CDA",
        "Forum voor Democratie",
        "Shell Nederland",
        "PvdD",
    ] {
        assert!(
            has(&found, name, ActorKind::Organisation),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn places_from_the_list_cues_and_endings() {
    let found = names(
        "Titel\n\nHet gebeurde in Glanerbrug, aan de Schaepmanstraat, niet ver van Rotterdam en \
         België.",
    );
    assert!(has(&found, "Glanerbrug", ActorKind::Place), "{found:?}");
    assert!(
        has(&found, "Schaepmanstraat", ActorKind::Place),
        "{found:?}"
    );
    assert!(has(&found, "Rotterdam", ActorKind::Place), "{found:?}");
    assert!(has(&found, "België", ActorKind::Country), "{found:?}");
}

#[test]
fn sentence_openers_months_demonyms_and_adjectives_are_no_actors() {
    let found = names(
        "Titel\n\nMaar het was maandag. Volgens de Russische regering kwamen de Rotterdammers in \
         Januari niet. Natuurlijk niet. Overigens zei Jetten niets.",
    );
    for word in [
        "Maar",
        "Volgens",
        "Russische",
        "Rotterdammers",
        "Januari",
        "Natuurlijk",
        "Overigens",
    ] {
        assert!(
            !found.iter().any(|(n, _)| n.contains(word)),
            "{word}: {found:?}"
        );
    }
    assert!(has(&found, "Jetten", ActorKind::Person), "{found:?}");
}

#[test]
fn a_surname_alone_is_the_person_named_in_full() {
    let parsed =
        parse_body("Titel\n\nRob Jetten kwam binnen. Jetten zei niets. Later sprak Jetten wel.")
            .expect("a text");
    let (found, mentions) = discover(
        &parsed.text,
        &parsed.paragraphs,
        Vec::new(),
        Lexicon::dutch(),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let text = |span: Span| &parsed.text[span.range()];
    assert_eq!(text(found[0].name), "Rob Jetten");
    let forms: Vec<&str> = found[0].forms.iter().map(|&f| text(f)).collect();
    assert_eq!(forms, ["Jetten"]);
    assert_eq!(mentions.len(), 3);
}

#[test]
fn events_portfolios_and_quoted_titles_are_no_actors() {
    let found = names(
        "Titel\n\nNa de Koude Oorlog sprak de minister van Economische Zaken over ‘De Tandeloze Tijd’.",
    );
    assert!(!named(&found, "Koude Oorlog"), "{found:?}");
    assert!(!named(&found, "Economische Zaken"), "{found:?}");
    assert!(!named(&found, "De Tandeloze Tijd"), "{found:?}");
}

#[test]
fn an_adjective_of_a_place_after_an_article_is_someone_from_there_not_a_name() {
    let found = names(
        "Titel\n\nEls Kramer woont al jaren in Zierikzee. „Het is hier rustig”, aldus de \
         Zierikzeese. Ook een Amsterdamse kwam kijken.",
    );
    assert!(has(&found, "Els Kramer", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Zierikzeese"), "{found:?}");
    assert!(!named(&found, "Amsterdamse"), "{found:?}");
}

#[test]
fn a_person_named_right_after_a_portfolio_is_found() {
    let found = names(
        "Titel\n\nGisteren sprak de minister van Buitenlandse Zaken Anne Verbeek in de Kamer.",
    );
    assert!(has(&found, "Anne Verbeek", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Economische Zaken"), "{found:?}");
}

#[test]
fn votes_decide_the_kind() {
    let votes = Votes {
        person: 1,
        organisation: 3,
        ..Votes::default()
    };
    assert_eq!(votes.kind(), ActorKind::Organisation);
    assert_eq!(Votes::default().kind(), ActorKind::Organisation);
}

#[test]
fn a_given_name_that_is_also_a_month_abbreviation_starts_a_name() {
    let found = names("Titel\n\nHet besluit kwam van Jan Peters en Mei Li.");
    assert!(has(&found, "Jan Peters", ActorKind::Person), "{found:?}");
}

#[test]
fn an_article_made_to_name_thousands_is_looked_at_only_up_to_a_bound() {
    let body: Vec<String> = (0..3000)
        .map(|i| format!("zag Xq{i:05}x Yq{i:05}y"))
        .collect();
    let text = format!("Titel\n\nHet {}.", body.join(" en "));
    let parsed = parse_body(&text).expect("a text");
    let (found, mentions) = discover(
        &parsed.text,
        &parsed.paragraphs,
        Vec::new(),
        Lexicon::dutch(),
    );
    assert!(found.len() <= MAX_CANDIDATES, "{}", found.len());
    assert!(mentions.len() <= MAX_CANDIDATES);
    assert!(!found.is_empty());
}

#[test]
fn a_word_that_only_opens_sentences_is_a_surname_when_it_opens_two_and_is_never_lower_case() {
    let found = names(
        "Titel\n\nHoekstra wilde na afloop weinig zeggen. Vervolgens sprak de commissie. \
         Hoekstra was eerder minister. Vervolgens ging het debat vervolgens verder.",
    );
    assert!(has(&found, "Hoekstra", ActorKind::Person), "{found:?}");
    // Opens two sentences too, but is also written in lower case: a word, not a name.
    assert!(!named(&found, "Vervolgens"), "{found:?}");
    // Opens two quotations, never in lower case: a quotation opens with anything.
    let found = names(
        "Titel\n\n‘Stop gewoon met die plannen’, zei zij. Later: ‘Stop ermee.’ Het Kamerlid \
         zweeg.",
    );
    assert!(!named(&found, "Stop"), "{found:?}");
    // A title alone is no name.
    assert!(!named(&found, "Kamerlid"), "{found:?}");
}

#[test]
fn a_word_that_opens_a_sentence_once_with_a_colon_before_a_quotation_is_a_surname() {
    let found = names(
        "Titel\n\nDe buren zijn boos. Verhoeckx: „Niemand heeft ons iets gevraagd.” \
         Daarna ging de vergadering door.",
    );
    assert!(has(&found, "Verhoeckx", ActorKind::Person), "{found:?}");
    // A word the article also writes in lower case is a word that sums up, not a name.
    let found = names("Titel\n\nDe conclusie is duidelijk. Conclusie: „Het plan gaat niet door.”");
    assert!(!named(&found, "Conclusie"), "{found:?}");
}

#[test]
fn an_adjective_before_a_noun_is_an_organisation_and_an_acronym_title_no_actor() {
    let found = names(
        "Titel\n\nHij wilde het ministerie van Buitenlandse Zaken verruilen. Volgens de CEO van \
         de bank ging het goed.",
    );
    assert!(
        has(&found, "Buitenlandse Zaken", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(!named(&found, "CEO"), "{found:?}");
}

#[test]
fn an_adjective_inside_a_name_makes_an_organisation_but_a_surname_ending_alike_stays_a_person() {
    let found = names(
        "Titel\n\nHet stuk verscheen in Christen Democratische Verkenningen. Huisarts Adrie \
         Evertse, die het las, was blij.",
    );
    assert!(
        has(
            &found,
            "Christen Democratische Verkenningen",
            ActorKind::Organisation
        ),
        "{found:?}"
    );
    assert!(has(&found, "Adrie Evertse", ActorKind::Person), "{found:?}");
}

#[test]
fn peoples_after_a_place_plural_acronyms_and_quoted_title_case_titles_are_no_actors() {
    let found = names_in(
        "Title\n\nFellow South Africans and North Korean officials met, and several Tory MPs and \
         MPs agreed. David Dutch did not.\n\nHe sang “Long Tall Sally,” “Lucille” and “Why Do \
         Fools Fall in Love.” Then Brian Wilson spoke.",
        Lexicon::of(Lang::English),
    );
    for no_actor in [
        "South Africans",
        "North Korean",
        "Tory MPs",
        "MPs",
        "Long Tall Sally",
        "Fools Fall",
    ] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    // A demonym after a given name is a surname.
    assert!(has(&found, "David Dutch", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Brian Wilson", ActorKind::Person), "{found:?}");
}

#[test]
fn one_word_an_ampersand_and_one_word_are_one_organisation_but_two_people_stay_two() {
    let found = names_in(
        "Title\n\nShoppers at Marks & Spencer heard it first, the Express & Star reported. \
         Report by Stewart Gardner & Ben Hibbs.",
        Lexicon::of(Lang::English),
    );
    assert!(
        has(&found, "Marks & Spencer", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(
        has(&found, "Express & Star", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(
        has(&found, "Stewart Gardner", ActorKind::Person),
        "{found:?}"
    );
    assert!(has(&found, "Ben Hibbs", ActorKind::Person), "{found:?}");
}

#[test]
fn a_lone_word_the_article_also_writes_in_lower_case_is_a_common_noun_unless_someone_speaks() {
    let found = names_in(
        "Title\n\nListeners were told by Radio that the radio station would close. The hunt \
         for a buyer goes on, Hunt said.",
        Lexicon::of(Lang::English),
    );
    assert!(!named(&found, "Radio"), "{found:?}");
    assert!(has(&found, "Hunt", ActorKind::Person), "{found:?}");
}

#[test]
fn a_name_that_opens_with_an_acronym_is_an_organisation_but_two_initials_open_a_person_s() {
    let found = names_in(
        "Title\n\nResearchers at ETH Zurich and Vrije Universiteit Brussel agreed, and JD Vance \
         spoke. TOUSSAINT KLUITERS took the photographs.",
        Lexicon::of(Lang::English),
    );
    assert!(
        has(&found, "ETH Zurich", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(has(&found, "JD Vance", ActorKind::Person), "{found:?}");
    assert!(
        !has(&found, "TOUSSAINT KLUITERS", ActorKind::Organisation),
        "{found:?}"
    );
    // An institution named in its own language.
    assert!(
        has(
            &found,
            "Vrije Universiteit Brussel",
            ActorKind::Organisation
        ),
        "{found:?}"
    );
}

#[test]
fn an_arabic_article_joined_by_a_hyphen_is_part_of_the_name() {
    let found = names_in(
        "Title\n\nGeneral Abdel Fattah al-Burhan met Ahmed al-Sharaa in el-Fasher on Monday. He \
         was al-ready there.",
        Lexicon::of(Lang::English),
    );
    assert!(
        has(&found, "Abdel Fattah al-Burhan", ActorKind::Person),
        "{found:?}"
    );
    assert!(
        has(&found, "Ahmed al-Sharaa", ActorKind::Person),
        "{found:?}"
    );
    assert!(named(&found, "el-Fasher"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.contains("ready")), "{found:?}");
}

#[test]
fn a_korean_given_name_of_two_syllables_is_part_of_the_name_but_a_compound_opens_none() {
    let found = names_in(
        "Title\n\nThe actor Lee Sun-kyun died, and President Yoon Suk-yeol spoke about the \
         Iran-deal.",
        Lexicon::of(Lang::English),
    );
    assert!(has(&found, "Lee Sun-kyun", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Yoon Suk-yeol", ActorKind::Person), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.contains("deal")), "{found:?}");
}

#[test]
fn a_frequent_word_alone_is_no_name_unless_someone_speaks_or_a_place_cue_stands_before_it() {
    let found = names_in(
        "Title\n\nHe thanked Music and Love for the night, and praised WEEKLY. Fans in Bath \
         cheered. The deal is good, Brown said.",
        Lexicon::of(Lang::English),
    );
    for no_actor in ["Music", "Love", "WEEKLY"] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    assert!(has(&found, "Brown", ActorKind::Person), "{found:?}");
    assert!(named(&found, "Bath"), "{found:?}");
}

#[test]
fn a_word_cut_off_by_the_end_of_an_excerpt_is_no_name() {
    let found = names_in(
        "Title\n\nThe talks with Kovalenko ended, the ministry said in its statement Wedne",
        Lexicon::of(Lang::English),
    );
    assert!(!named(&found, "Wedne"), "{found:?}");
    assert!(named(&found, "Kovalenko"), "{found:?}");
}

#[test]
fn the_title_of_a_paper_keeps_its_capitalised_article_inside_a_sentence() {
    let found = names_in(
        "Title\n\nShe wrote a column for The Daily Planet and spoke to The Gotham Gazette. The \
         Mayor said nothing.",
        Lexicon::of(Lang::English),
    );
    assert!(
        has(&found, "The Daily Planet", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(named(&found, "The Gotham Gazette"), "{found:?}");
    assert!(!named(&found, "The Mayor"), "{found:?}");
}

#[test]
fn menu_entries_of_a_scraped_page_glued_together_are_no_names() {
    let found = names_in(
        "Title\n\nSummaryQuotesChartsNews \
         NewsPress ReleasesOfficial\n\nJohn Kovalenko met Ron DeSantis at McDonald's, LinkedIn \
         said.",
        Lexicon::of(Lang::English),
    );
    for no_actor in [
        "SummaryQuotesChartsNews",
        "SummaryQuotesChartsNews NewsPress ReleasesOfficial",
        "NewsPress ReleasesOfficial",
    ] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    assert!(named(&found, "Ron DeSantis"), "{found:?}");
    assert!(named(&found, "McDonald"), "{found:?}");
    assert!(named(&found, "LinkedIn"), "{found:?}");
}

#[test]
fn capitals_in_a_row_in_a_title_case_heading_are_a_name_only_where_confirmed() {
    let found = names_in(
        "Kovalenko Beats Brandt To Win Historic Gold At The Games\n\nBy Ann Lee, Abeer Salman \
         and Bo Li\n\nJohn Kovalenko won the race, and Brandt was second. Kovalenko said he \
         was tired.",
        Lexicon::of(Lang::English),
    );
    assert!(!named(&found, "Win Historic"), "{found:?}");
    // A credit line has capitals throughout, but no function word with one.
    assert!(named(&found, "Abeer Salman"), "{found:?}");
    assert!(
        has(&found, "John Kovalenko", ActorKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_group_of_people_and_a_shouted_common_word_are_no_actors() {
    let found = names_in(
        "Title\n\nThe BBC plans to ban Tory Ministers and Government Ministers from its TV \
         shows, Kovalenko said.",
        Lexicon::of(Lang::English),
    );
    for no_actor in ["Tory Ministers", "Government Ministers", "TV"] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
}

#[test]
fn a_word_and_the_number_after_it_are_one_name_where_a_list_or_a_word_says_so() {
    let found = names_in(
        "Title\n\nNumber 10 said nothing, and No 10 staff spoke to BBC Radio 4 and Radio 4 only. \
         The world No 1 lost.",
        Lexicon::of(Lang::English),
    );
    assert!(has(&found, "Number 10", ActorKind::Place), "{found:?}");
    assert!(has(&found, "No 10", ActorKind::Place), "{found:?}");
    // ("Radio 4" alone is the short form of "BBC Radio 4", the same organisation.)
    assert!(
        has(&found, "BBC Radio 4", ActorKind::Organisation),
        "{found:?}"
    );
    assert!(!named(&found, "Radio"), "{found:?}");
    assert!(!named(&found, "No 1"), "{found:?}");
}

#[test]
fn a_heading_in_capitals_leaves_no_common_word_and_keeps_its_clitics_apart() {
    let found = names_in(
        "PRESIDENCY SPEAKS\n\nIT’S the show every politician wants, and DON’T miss it, Kovalenko \
         said.",
        Lexicon::of(Lang::English),
    );
    for no_actor in ["SPEAKS", "PRESIDENCY SPEAKS", "IT’S", "DON’T"] {
        assert!(!named(&found, no_actor), "{no_actor}: {found:?}");
    }
    assert!(named(&found, "Kovalenko"), "{found:?}");
}

#[test]
fn a_place_s_head_with_of_and_a_name_is_one_place() {
    let found = names_in(
        "Title\n\nThe spill in the Gulf of Mexico spread, and ships left the Strait of Hormuz.",
        Lexicon::of(Lang::English),
    );
    assert!(has(&found, "Gulf of Mexico", ActorKind::Place), "{found:?}");
    assert!(
        has(&found, "Strait of Hormuz", ActorKind::Place),
        "{found:?}"
    );
    assert!(!named(&found, "Mexico"), "{found:?}");
}

#[test]
fn an_adjective_of_a_place_before_a_person_s_name_is_no_part_of_it() {
    let found = names(
        "Titel\n\nHet stuk is van de Iraanse Darius Kamranpour. Ook de Franse Odile Marchal \
         speelde mee, in een zaal van de Europese Centrale Bank.",
    );
    assert!(
        has(&found, "Darius Kamranpour", ActorKind::Person),
        "{found:?}"
    );
    assert!(has(&found, "Odile Marchal", ActorKind::Person), "{found:?}");
    assert!(named(&found, "Europese Centrale Bank"), "{found:?}");
    assert!(!named(&found, "Iraanse Darius Kamranpour"), "{found:?}");
}

#[test]
fn an_english_job_title_in_dutch_text_ends_what_stands_before_the_name() {
    let found = names(
        "Titel\n\n“Het gaat goed,” vertelde Vormtech Chief Executive Officer Karel Bosman in \
         maart aan de krant.",
    );
    assert!(has(&found, "Karel Bosman", ActorKind::Person), "{found:?}");
    assert!(
        !named(&found, "Vormtech Chief Executive Officer Karel Bosman"),
        "{found:?}"
    );
}

#[test]
fn a_family_word_in_the_diminutive_or_a_friend_before_a_lone_name_makes_it_a_person() {
    let found = names(
        "Titel\n\nDan neem ik mijn dochtertje Ylvie mee naar boven. Later belde zijn vriendin \
         Rozemijn nog.",
    );
    assert!(has(&found, "Ylvie", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Rozemijn", ActorKind::Person), "{found:?}");
}

#[test]
fn only_a_government_member_s_portfolio_after_van_is_no_actor() {
    let found = names(
        "Titel\n\nDe leider van P77 sprak met de minister van Sociale Zaken. De voorzitter van \
         Roodwit was er ook.",
    );
    assert!(named(&found, "P77"), "{found:?}");
    assert!(named(&found, "Roodwit"), "{found:?}");
    assert!(!named(&found, "Sociale Zaken"), "{found:?}");
}

#[test]
fn a_place_after_a_title_and_van_is_no_part_of_the_name_after_it() {
    let found = names(
        "Titel\n\nVolgens de gouverneur van Drovnik Oleksa Marenko houden de troepen stand. In \
         Drovnik is het rustig.",
    );
    assert!(
        has(&found, "Oleksa Marenko", ActorKind::Person),
        "{found:?}"
    );
    assert!(!named(&found, "Drovnik Oleksa Marenko"), "{found:?}");
}

#[test]
fn a_title_after_a_name_in_a_credit_is_the_persons_role() {
    let found = names(
        "Titel\n\n'Het wordt een lange zomer.' Pieter Vlamynck Woordvoerder stadsbestuur Gent\n\n\
         Dat zei Vlamynck gisteren.",
    );
    assert!(
        has(&found, "Pieter Vlamynck", ActorKind::Person),
        "{found:?}"
    );
    assert!(!named(&found, "Pieter Vlamynck Woordvoerder"), "{found:?}");
}

#[test]
fn a_genitive_and_a_party_members_noun_are_forms_of_the_name() {
    let found = names(
        "Titel\n\nHet besluit van Brolink viel slecht. Over Brolinks vertrek zweeg de partij. \
         Ook de GL12'ers en de Vrijheidsbond stemden tegen, zei GL12.",
    );
    assert!(named(&found, "Brolink"), "{found:?}");
    assert!(!named(&found, "Brolinks"), "{found:?}");
    assert!(!named(&found, "GL12'ers"), "{found:?}");
    assert!(named(&found, "GL12"), "{found:?}");
}

#[test]
fn an_abbreviation_in_capitals_after_a_lower_case_word_is_an_acronym() {
    let found = names(
        "Titel\n\nDe coalitie telt de socialistische PS, de liberale MR en de groenen. Volgens Mr Jansen \
         komt er geen akkoord.",
    );
    assert!(has(&found, "MR", ActorKind::Organisation), "{found:?}");
    assert!(!named(&found, "Mr"), "{found:?}");
}

#[test]
fn a_surname_opening_a_sentence_once_before_a_reporting_verb_and_dat_or_a_colon_is_a_name() {
    let found = names_in(
        "Titel\n\nDe scholen moeten beter. Weyts herhaalt dat het onderwijs beter moet. De sfeer \
         was goed. Dekkers voegt eraan toe: „Het was een mooie dag.” Analisten verwachten meer.",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Weyts", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Dekkers", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Analisten"), "{found:?}");
}

#[test]
fn a_surname_opening_a_sentence_once_before_a_reporting_verb_with_its_colon_is_a_name() {
    let found = names_in(
        "Titel\n\nDe scholen moeten beter. Dekkers zegt: „Het was een mooie dag.” Analisten \
         verwachten meer.",
        Lexicon::dutch(),
    );
    assert!(has(&found, "Dekkers", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Analisten"), "{found:?}");
}

#[test]
fn te_joins_a_given_name_s_surname_but_no_organisation_s_place() {
    // "te" is a particle after a given name ("Piet te Velde") and a place cue after any other
    // word ("het Hof te Arnhem").
    let found = names(
        "Titel\n\nHet klopt niet, zei raadslid Piet te Velde. Hij stapt naar het Hof te Arnhem.",
    );
    assert!(has(&found, "Piet te Velde", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Hof te Arnhem"), "{found:?}");
}

#[test]
fn an_age_in_brackets_makes_a_lone_given_name_or_a_people_s_word_a_person() {
    // "Noor" is a Norwegian, and a given name alone says too little; with an age after it, it
    // is someone's name.
    let found = names(
        "Titel\n\nHet was onrustig. Ik schrok me kapot, zegt Noor (31), die naast de winkel \
         woont. Ook Karin (44) schrok.",
    );
    assert!(has(&found, "Noor", ActorKind::Person), "{found:?}");
    assert!(has(&found, "Karin", ActorKind::Person), "{found:?}");
}

#[test]
fn a_word_after_a_dateline_s_hyphen_opens_a_sentence() {
    let found = names_in(
        "Titel\n\nHOORN - Buurtbewoners die in duo's door de wijk lopen. Dat bedachten Ellen van der \
         Knaap en Muriël Hartman.\n\nLeuven - Tienduizenden euro's moesten ouders verzamelen.",
        Lexicon::dutch(),
    );
    assert!(!named(&found, "Buurtbewoners"), "{found:?}");
    assert!(!named(&found, "Tienduizenden"), "{found:?}");
    assert!(
        has(&found, "Ellen van der Knaap", ActorKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_surname_ending_like_a_place_adjective_after_a_given_name_or_particle_stays_a_surname() {
    let found = names(
        "Titel\n\nHet plan kwam van burgemeester Karel Vanden Bossche tijdens de raad. Ook \
         wethouder Piet van den Heyse van de stad was er.\n\nMateriaalman Hans Wisse van de club \
         keek toe. Het was Wisse niet opgevallen.\n\nDe Amsterdamse wethouder en de Russische \
         ambassadeur zwegen.",
    );
    for name in ["Karel Vanden Bossche", "Piet van den Heyse", "Hans Wisse"] {
        assert!(has(&found, name, ActorKind::Person), "{name}: {found:?}");
    }
    assert!(!named(&found, "Karel Vanden"), "{found:?}");
    assert!(!named(&found, "Hans"), "{found:?}");
    assert!(!named(&found, "Amsterdamse"), "{found:?}");
    assert!(!named(&found, "Russische"), "{found:?}");
    // A lone surname after the full name is that person.
    let found =
        names("Titel\n\nSchepen Lotte Heyse opende de bibliotheek. Later was Heyse tevreden.");
    assert!(has(&found, "Lotte Heyse", ActorKind::Person), "{found:?}");
    assert!(!named(&found, "Lotte"), "{found:?}");
}
