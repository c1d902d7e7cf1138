//! Who said a Dutch quotation, through the real binary (`quotes --json`): one short article
//! written for each rule of attribution.

use serde_json::Value;

mod common;
use common::{speaker_of, speaker_of_exact};

/// The quotations kroniek finds in one article with `text`.
fn quotes_of(text: &str) -> Vec<Value> {
    common::quotes_of("artikel.txt", text)
}

#[test]
fn a_quotation_after_a_sentence_is_its_subject_s_not_its_object_s() {
    // "Van Dam gaf Peeters …": the verb may have its speaker after it in Dutch, but not where
    // its subject stands before it.
    let quotes = quotes_of(
        r#"date 2024-04-08 Felle woorden in de Kamer

Minister Jan Peeters reageerde scherp op de kritiek van de oppositie.

Fractieleider Karel Van Dam gaf Peeters een koekje van eigen deeg. ‘Het is voor iedereen goed om eens in de spiegel te kijken, ik doe dat elke dag.’
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het is voor iedereen"),
        "Karel Van Dam",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_goes_on_from_the_paragraph_s_subject_not_the_last_of_a_list() {
    let quotes = quotes_of(
        r#"date 2024-04-09 Partij wil praten

Partijvoorzitter Tom Verbist sprak na afloop de pers toe.

Verbist benadrukte dat het nu aan Lotte De Wit is om te kiezen. Het partijbestuur stelde een comité samen, met naast Verbist ook de fractieleiders Anna Pas en Chris Jansen. “Wij zijn bereid om te praten. Het zou makkelijker zijn om meteen nee te zeggen.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Wij zijn bereid"),
        "Tom Verbist",
        "{quotes:#?}"
    );
}

#[test]
fn wie_hij_iets_zegt_tegen_is_niet_wie_hij_is() {
    let quotes = quotes_of(
        r#"date 2024-06-11 Minister houdt vast aan plan

Minister Jan Smit was maandag in Utrecht. Verslaggever Piet Bos vroeg hem naar het plan. "We gaan gewoon door met dit plan," zei hij tegen Bos.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We gaan gewoon door"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn riposteert_is_een_werkwoord_van_zeggen() {
    let quotes = quotes_of(
        r#"date 2024-06-13 Boze trainer

Analist Kees Jansen keek zondag naar de wedstrijd. Verdediger Tom Bakker ging met veel misbaar naar de kant. "Doe zelf eens normaal!", riposteert Jansen.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Doe zelf eens normaal"),
        "Kees Jansen",
        "{quotes:#?}"
    );
}

#[test]
fn de_deen_na_een_citaat_is_wie_net_sprak_niet_het_onderwerp_van_een_zin_ervoor() {
    let quotes = quotes_of(
        r#"date 2024-06-15 Analist kritisch

Analist Kees Jansen keek zondag naar de wedstrijd. Presentator Piet de Boer vindt dat de scheidsrechters meer respect verdienen. "Dat hebben ze dus totaal niet", beaamt Jansen. "Nogmaals, ik snap het ook. De scheidsrechters zijn niet al te best", vervolgt de Deen.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Nogmaals"),
        "Kees Jansen",
        "{quotes:#?}"
    );
}

#[test]
fn wie_meldt_wat_iemand_zei_is_niet_wie_het_zei() {
    let quotes = quotes_of(
        r#"date 2024-06-16 Ophef over toespraak

Minister Jan Smit heeft België in een toespraak "een onleefbaar land" genoemd. Dat meldt De Standaard.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "een onleefbaar land"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn a_heading_s_quotation_repeated_in_the_text_is_the_speaker_s_there() {
    // The title sets the words under the union; the text says who said them.
    let quotes = quotes_of(
        "date 2024-03-10 Vakbond FNV: \u{201c}Dit is een zwarte dag\u{201d}

Het kabinet kondigde maandag bezuinigingen aan. \u{201c}We gaan door\u{201d}, zei premier Mark Rutte.

\u{201c}Dit is een zwarte dag voor de werknemers\u{201d}, zei voorzitter Tuur Elzinga van de FNV.
",
    );
    assert_eq!(
        speaker_of_exact(&quotes, "Dit is een zwarte dag"),
        "Tuur Elzinga",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "We gaan door"), "Mark Rutte");
}

#[test]
fn a_heading_that_names_its_speaker_keeps_it_when_the_text_repeats_the_words() {
    let quotes = quotes_of(
        "date 2024-03-10 Jan Smit zegt dat de club “nooit opgeeft”

De voorzitter sprak zaterdag in Volendam.

Trainer Piet Bos zei later ook dat de club “nooit opgeeft”.
",
    );
    assert_eq!(
        speaker_of_exact(&quotes, "nooit opgeeft"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn a_pronoun_right_after_the_verb_is_its_subject_not_the_name_before_it() {
    // "… tussen D66 en de VVD liet ze in het midden": ze is the subject, not the party.
    let quotes = quotes_of(
        r#"date 2024-04-03 Kabinet

Minister Anna de Wit sprak donderdag in Den Haag.

Of er nog vertrouwen is tussen D66 en de VVD liet ze in het midden. "Ik ga niet vooruitlopen op het overleg van morgen."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ik ga niet vooruitlopen"),
        "Anna de Wit",
        "{quotes:#?}"
    );
}

#[test]
fn words_in_a_sentence_without_a_reporting_verb_are_its_opening_subject_s() {
    // "Smit feliciteerde De Boer en wenste hem succes „…”": not De Boer, the subject before.
    let quotes = quotes_of(
        r#"date 2024-04-03 Nieuwe ploeg

Kees de Boer werd dinsdag gekozen tot voorzitter van de club. Burgemeester Jan Smit feliciteerde De Boer en wenste hem succes "met de nieuwe ploeg die jij gaat leiden".
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "met de nieuwe ploeg"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn a_remark_owned_by_her_is_not_the_sentence_subject_s() {
    // "M. begrijpt haar opmerking ‘…’ niet": the words of the one "haar" stands for.
    let quotes = quotes_of(
        r#"date 2024-04-03 Rechtszaak

Rechter Els Venema leidde de zitting. Verdachte Tom Bakker begrijpt zelfs haar opmerking ‘of u mij wel goed begrijpt en of u mij kunt volgen’ niet.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "of u mij wel goed"),
        "Els Venema",
        "{quotes:#?}"
    );
}

#[test]
fn a_title_that_sets_words_under_a_name_without_a_verb_is_the_speaker_s_of_them_in_the_text() {
    // "Blauwe Leeuwen na afloop: “…”" names a team, whatever its kind; the text says who said it.
    let quotes = quotes_of(
        "date 2024-09-10 Blauwe Leeuwen na afloop: “De trainer was boos tijdens de rust. Terecht”

De Blauwe Leeuwen wonnen vanavond met 0-4 van Andorra. Kapitein Jens Maes reageerde na de partij.

Maes: “De trainer was boos tijdens de rust. Terecht”

“We hebben ons werk gedaan. En de trainer was boos tijdens de rust. Terecht.”
",
    );
    assert_eq!(
        speaker_of_exact(&quotes, "De trainer was boos tijdens de rust. Terecht"),
        "Jens Maes",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_joined_to_an_organisation_by_a_hyphen_opens_a_sentence_with_its_person() {
    // "CNV-onderhandelaar Arthur Bot ziet dat ook. "…"": the sentence is about Bot.
    let quotes = quotes_of(
        r#"date 2024-04-03 Cao-overleg

FNV-voorzitter Tuur Elzinga noemde het voorstel onvoldoende. CNV-onderhandelaar Arthur Bot ziet dat ook. "Veel te laat"
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Veel te laat"),
        "Arthur Bot",
        "{quotes:#?}"
    );
}

#[test]
fn a_pronoun_is_not_the_person_named_after_door_and_a_role() {
    // "Door SP-leider Bakker gevraagd …, reageerde ze": Bakker asks; she answers.
    let quotes = quotes_of(
        r#"date 2021-04-02 Debat over de motie

De leider van de partij, Anna de Vries, benadrukte dat de motie "een heel zwaar middel" is. Door SP-leider Bakker gevraagd welke conclusie de premier moet trekken reageerde ze: "Het zou mij diep raken. Ik zou conclusies trekken."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het zou mij diep raken"),
        "Anna de Vries",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_after_a_preposition_and_a_role_is_no_subject_before_the_verb() {
    // "Tijdens het debat met minister Bakker zei Jan Smit": the speaker follows the verb.
    let quotes = quotes_of(
        r#"date 2021-04-02 Debat over de motie

Tijdens het debat met minister Bakker zei Jan Smit dat hij "zeer teleurgesteld" was.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "zeer teleurgesteld"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn a_past_participle_reports_the_quotation_of_its_own_clause() {
    // "zei Jansen nadat Pietersen verteld had dat …": Pietersen's words, not Jansen's.
    let quotes = quotes_of(
        r#"date 2024-11-13 Overdracht

"Dank je", zei Jansen nadat Pietersen verteld had dat zijn team "alles zal doen om je te helpen" bij de overdracht.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "alles zal doen"),
        "Pietersen",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_after_a_sentence_with_a_role_as_subject_is_not_the_one_it_names_after() {
    let quotes = quotes_of(
        "date 2024-04-02 Schaatsen

In Hamar won gisteren de Nederlander Pieter Smit de race. Na een sterke laatste ronde juichte hij. \
De Nederlander heeft een goede band met zijn trainer Karel Bos. \"In de laatste ronde dacht ik \
vaak aan hem.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "In de laatste ronde"),
        "Pieter Smit",
        "{quotes:#?}"
    );
}

#[test]
fn losse_kreten_na_een_alinea_over_hem_zijn_van_wie_hij_is() {
    let quotes = quotes_of(
        "date 2024-04-06 Langs de lijn

Trainer Joost Vermeer staat de hele wedstrijd langs de lijn.

Het lijkt alsof hij tegen zichzelf praat, maar dan heel luid.

„Blijf drukken!”

„Sneller, sneller.”
",
    );
    assert_eq!(
        speaker_of(&quotes, "Blijf drukken"),
        "Joost Vermeer",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Sneller"),
        "Joost Vermeer",
        "{quotes:#?}"
    );
}

#[test]
fn een_werkwoord_met_de_naam_erna_achter_het_citaat_meldt_wie_het_zei() {
    let quotes = quotes_of(
        "date 2024-04-02 Piet Bosman tevreden na zege

De beste speler van de avond was aanvaller Kees Molenaar, die volgens geruchten naar het \
buitenland vertrekt. „Daar ga ik niet over, dat is voor de directie”, wuifde Bosman de vraag \
weg.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Daar ga ik niet over"),
        "Piet Bosman",
        "{quotes:#?}"
    );
}

#[test]
fn een_citaat_met_genoemd_erna_is_van_het_onderwerp_ervoor() {
    let quotes = quotes_of(
        "date 2024-04-02 Hervorming

Minister Jan Peeters wil snel vooruit. Vorige week had Anna de Wit (Groen), partijgenote van \
Peeters, het plan ‘onhaalbaar’ genoemd.
",
    );
    assert_eq!(
        speaker_of(&quotes, "onhaalbaar"),
        "Anna de Wit",
        "{quotes:#?}"
    );
}

#[test]
fn de_initialen_van_een_eerder_genoemde_persoon_zijn_die_persoon() {
    let quotes = quotes_of(
        "date 2024-04-02 Bekerwedstrijd

Coach Karel Vanhoutte was na de match niet tevreden over zijn ploeg.

„We speelden veel te traag en te slordig”, aldus KVH voor de camera’s.
",
    );
    assert_eq!(
        speaker_of(&quotes, "We speelden veel te traag"),
        "Karel Vanhoutte",
        "{quotes:#?}"
    );
}

#[test]
fn een_achternaam_met_voorzetsel_die_een_zin_opent_is_de_eerder_genoemde_persoon() {
    // "Van Grieken" opens a sentence, and "Grieken" alone is a people ("de Grieken"): the
    // article wrote the whole as the end of "Tom Van Grieken" before.
    let quotes = quotes_of(
        "date 2024-04-03 Oppositie reageert

„Dit is een slechte dag”, reageert voorzitter Tom Van Grieken.

De partij had op meer gehoopt.

Van Grieken benadrukt dat er een alternatief was. „Met zoveel kiezers achter ons was dat \
heel goed mogelijk.”
",
    );
    assert_eq!(
        speaker_of(&quotes, "Met zoveel kiezers"),
        "Tom Van Grieken",
        "{quotes:#?}"
    );
}

#[test]
fn het_college_is_het_college_van_het_bestuur_dat_ervoor_genoemd_is() {
    let quotes = quotes_of(
        "date 2024-03-05 Zwembad blijft dicht

Het college van Gedeputeerde Staten reageerde dinsdag op vragen uit de Provinciale Staten. \
Bouwbedrijf Hendriks moet het dak eerst herstellen.

Het college laat weten „de kosten van het herstel nog niet te kennen”. Volgens gedeputeerde \
Anja Smit duurt het nog maanden.
",
    );
    assert_eq!(
        speaker_of(&quotes, "de kosten van het herstel"),
        "Gedeputeerde Staten",
        "{quotes:#?}"
    );
}

#[test]
fn na_aldus_is_een_partij_met_een_functie_en_een_naam_de_persoon() {
    let quotes = quotes_of(
        "date 2024-03-05 Woningnood

„De wachtlijst groeit elke maand”, aldus N-VA parlementslid Mathias Verbeke.

„Het is een schande”, zegt Groen gemeenteraadslid Ann Peeters.
",
    );
    assert_eq!(
        speaker_of(&quotes, "De wachtlijst groeit"),
        "Mathias Verbeke",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het is een schande"),
        "Ann Peeters",
        "{quotes:#?}"
    );
}

#[test]
fn verklapte_hij_reports_the_quotation_before_it() {
    // "verklapte hij" is a reporting clause: "hij" is the subject of the paragraph, not the
    // person named last after "van".
    let quotes = quotes_of(
        r#"date 2024-03-02 Oud-kampioen blikt terug

Gerrit Smeets geldt als een van de beste schaatsers van zijn generatie. Hij won twee keer de Elfstedentocht. Zijn derde zege liep hij net mis. Ongewild speelde de oud-kampioen een grote rol in de loopbaan van Lotte Bakker. "Zonder mij was ze nooit gaan schaatsen", verklapte hij.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Zonder mij was ze"),
        "Gerrit Smeets",
        "{quotes:#?}"
    );
}

#[test]
fn a_person_named_with_a_role_after_reageerde_is_one_who_speaks() {
    // "reageerde minister Piet Bakker": he speaks, as much as "Anna Smit vindt" does; the words
    // after "Veel meer wilde hij niet kwijt" are his, the nearest who speaks.
    let quotes = quotes_of(
        r#"date 2024-03-09 Reacties op het vertrek

Minister Anna Smit vindt het vertrek van de staatssecretaris jammer.

"Ik begrijp het besluit goed", reageerde minister Piet Bakker over het vertrek. Veel meer wilde hij niet kwijt. "Ik heb er gemengde gevoelens over, meer zeg ik er niet over."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ik heb er gemengde"),
        "Piet Bakker",
        "{quotes:#?}"
    );
}

#[test]
fn a_phrase_quoted_inside_a_sentence_with_no_reporting_verb_is_its_subject_s() {
    let quotes = quotes_of(
        "date 2024-03-05 Vakbond dreigt met acties

De onderhandelingen liepen vast.

Het ABVV wil ook “een krachtig actieplan” voorleggen aan de leden.

Piet Jansen reageerde kort. Hij wil “een ander plan” voorleggen aan de raad.
",
    );
    for (start, speaker) in [
        ("een krachtig actieplan", "ABVV"),
        ("een ander plan", "Piet Jansen"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn zei_de_burgemeester_is_who_was_titled_burgemeester_also_in_a_compound_of_titles() {
    // "zei de burgemeester" is a role, not a description of the nearest subject: the one titled
    // with it, also where the title is one part of "Burgemeester-voorzitter".
    let quotes = quotes_of(
        r#"date 2024-05-01 Raad bespreekt begroting

Burgemeester-voorzitter Frank Wilrycx opende de vergadering. Raadslid Tine van der Vloet had vragen over de begroting.

Schepen Monique Quirynen wijt dat aan de motivatie. Het stoorde Van der Vloet dat die uitleg ontbrak. “Maar die motivatie hebben we al besproken”, zei de burgemeester.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Maar die motivatie"),
        "Frank Wilrycx",
        "{quotes:#?}"
    );
}

#[test]
fn a_paper_that_reports_a_sentence_about_someone_passes_on_his_words() {
    // "…, schrijft het AD." reports what the sentence says of him: the quotation after it is
    // his, not the paper's; and a sentence that names no one but has "hij" after its verb is
    // about him too.
    let quotes = quotes_of(
        r#"date 2024-05-02 Schaatser klaagt

Pieter Jansen won goud in Thialf.

Daarmee doelt hij op een trainingskamp, waarvoor het team naar Thialf kwam, schrijft het AD. "Ik moest om half zeven de wekker zetten."

Ook over het EK had hij veel te klagen. "Nu mogen we de fitnessruimte niet gebruiken."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ik moest om half zeven"),
        "Pieter Jansen",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Nu mogen we"),
        "Pieter Jansen",
        "{quotes:#?}"
    );
}

#[test]
fn the_person_an_organisation_s_compound_or_a_role_after_the_verb_names_speaks() {
    // "schrijft D66-voorman Pieter Groen": the person, whatever the word after the hyphen; "Bij
    // de vakbond ACLVB zegt voorzitter Luc Maes": the role and name after the verb are its
    // subject, not the organisation before it.
    let quotes = quotes_of(
        r#"date 2024-05-03 Ophef

Er is ophef over de uitspraken. ‘Dit is intimidatie’, schrijft D66-voorman Pieter Groen op Twitter.

Bij de liberale vakbond ACLVB zegt voorzitter Luc Maes dat er geen staking komt, maar dat "de leden zelf mogen beslissen".
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Dit is intimidatie"),
        "Pieter Groen",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "de leden zelf"),
        "Luc Maes",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_with_te_or_an_age_in_brackets_is_a_person_who_speaks() {
    // "Piet te Velde" is one name ("te" after a given name), and "Noor (31)" a person: an age
    // in brackets says so of a lone given name or a people's word.
    let quotes = quotes_of(
        r#"date 2024-05-04 Raad

Er was ophef in de raad. „Dit klopt niet”, zei raadslid Piet te Velde tijdens de vergadering.

In de straat was het onrustig. “Ik schrok me kapot,” zegt Noor (31), die naast de winkel woont.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Dit klopt niet"),
        "Piet te Velde",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "Ik schrok me"), "Noor", "{quotes:#?}");
}

#[test]
fn an_abbreviated_title_between_role_and_name_and_zowel_after_an_anonymised_name() {
    // "dr." ends no sentence, so "zegt reumatoloog dr. Anna Vos" names her; "Zowel" opening the
    // next sentence is no part of "Kees P.".
    let quotes = quotes_of(
        r#"date 2024-05-05 Ziekenhuis

Minister Piet Bos bezocht het ziekenhuis. 'Het is een moeilijke tijd voor de patiënten', zegt reumatoloog dr. Anna Vos.

De zaak werd uitgesteld. "Dit is schandalig", aldus een woedende Kees P. Zowel hij als zijn advocaat vertrokken.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het is een moeilijke"),
        "Anna Vos",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Dit is schandalig"),
        "Kees P.",
        "{quotes:#?}"
    );
}

#[test]
fn a_paper_named_de_something_is_no_person_and_takes_no_quotation() {
    // "De Telegraaf" has the shape of a surname ("De Vries"), but a paper listed whole is an
    // organisation: neither the role noun nor "Ze" stands for it.
    let quotes = quotes_of(
        r#"date 2024-05-02 Aanhouding na bedreigingen

Justitie heeft de aanhouding vandaag aan De Telegraaf bevestigd. „Het gaat om een lopend onderzoek”, aldus de woordvoerder van het Openbaar Ministerie.

De Telegraaf sprak donderdag met twee bedreigde advocaten. Ze willen anoniem blijven: „Wij zeggen verder niets.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het gaat om een lopend"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Wij zeggen verder"),
        Value::Null,
        "{quotes:#?}"
    );
}

#[test]
fn zei_hij_after_a_quotation_a_role_noun_reported_is_that_speaker_s() {
    // The trainer spoke last, named by his role; the keeper was only the subject of a sentence
    // before that.
    let quotes = quotes_of(
        r#"date 2024-05-06 Nederlaag in de slotfase

Trainer Jan Kok was na afloop teleurgesteld. "We verliezen in de laatste seconde", aldus Kok.

Keeper Bart Mol maakte opnieuw een slechte indruk. "We weten dat hij een goede keeper is", zo gaf de trainer van de club aan.

Het inbrengen van Kees Baas zorgde direct voor effect. "In de rust hebben we besloten om te schakelen", zei hij daarover.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We weten dat hij"),
        "Jan Kok",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "In de rust hebben"),
        "Jan Kok",
        "{quotes:#?}"
    );
}

#[test]
fn a_body_the_text_does_not_name_speaks_for_no_one_named_later() {
    // "De brandweer" and "De vakbonden" are no one named: their words are not those of the first
    // person the text names after them.
    let quotes = quotes_of(
        r#"date 2024-05-08 Gemeenten slaan alarm

De brandweer in ons land waarschuwt: als er geen geld komt, “komt de veiligheid in het gedrang”. De vakbonden beamen: “Het is levensgevaarlijk.”

Ook de gemeenten zijn boos. “Er was beloofd dat de factuur werd gesplitst”, aldus Koen Maes, burgemeester van Heuvelrode.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "komt de veiligheid"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het is levensgevaarlijk"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Er was beloofd"),
        "Koen Maes",
        "{quotes:#?}"
    );
}

#[test]
fn a_body_the_title_does_not_name_gives_its_quotation_no_speaker_from_under_it() {
    let quotes = quotes_of(
        r#"date 2024-05-09 De brandweer waarschuwt: “Het is levensgevaarlijk.”

Nu trekken de gemeenten aan de alarmbel. “Er was beloofd dat de factuur werd gesplitst”, aldus Koen Maes, burgemeester van Heuvelrode.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het is levensgevaarlijk"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Er was beloofd"),
        "Koen Maes",
        "{quotes:#?}"
    );
}

#[test]
fn a_word_quoted_after_het_woord_is_a_term_of_no_one() {
    let quotes = quotes_of(
        r#"date 2024-05-10 Bij het woord ‘museumbeveiliging’ denken veel mensen aan kunstroof.

Zaalwachter Emma Dekker werkt al tien jaar in het museum. ‘Ik heb één keer iemand de zaal uit gestuurd.’
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "museumbeveiliging"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Ik heb één keer"),
        "Emma Dekker",
        "{quotes:#?}"
    );
}

#[test]
fn a_phrase_quoted_in_brackets_is_the_sentence_subject_s() {
    let quotes = quotes_of(
        r#"date 2024-05-11 Slechte wedstrijd

Het regende de hele middag. Trainer Henk Mulder baalde niet alleen van het spel van zijn ploeg ("het was slap"), maar vond de situatie rond het veld ook vervelend. "Ik vind dat de club hier een rol moet spelen."

Keeper Tom Bos baalde ook van het spel van zijn ploeg ("heel matig").
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "het was slap"),
        "Henk Mulder",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Ik vind dat de club"),
        "Henk Mulder",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "heel matig"), "Tom Bos", "{quotes:#?}");
}

#[test]
fn a_weekday_or_number_word_after_a_given_name_is_a_surname() {
    // "zondag" and "tien" are no names where a sentence writes them in lower case; capitalised
    // after a given name, or after a reporting verb before a surname, they are a person's.
    let quotes = quotes_of(
        r#"date 2024-05-12 Wethouder draait bij

Volgens raadslid Anna Boer is er veel onduidelijkheid. Daarna haalde wethouder Kees Zondag bakzeil. "Ik heb me vergist", erkende hij maandag.

Het café aan de markt sluit na veertig jaar. "We hebben lang een opvolger gezocht", zegt Tien Mulder. "Het is niet gelukt."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ik heb me vergist"),
        "Kees Zondag",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "We hebben lang"),
        "Tien Mulder",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het is niet gelukt"),
        "Tien Mulder",
        "{quotes:#?}"
    );
}

#[test]
fn a_plural_verb_before_de_and_a_description_has_no_one_speaker() {
    // "zeggen de twee", "vinden de buren": several speakers, or people not named.
    let quotes = quotes_of(
        r#"date 2024-05-12 Café dicht

Uitbater Piet Hendriks sluit zijn café na dertig jaar. "Het is raar", zeggen de twee.

Uitbater Kees Hendriks sluit zijn zaak. "Het is gek", zeggen de buren.

Uitbater Jan Smit sluit ook. "Het is jammer", zegt de kroegbaas.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het is raar"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het is gek"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het is jammer"),
        "Jan Smit",
        "{quotes:#?}"
    );
}

#[test]
fn klonk_het_with_no_speaker_before_is_the_person_an_object_organisation_follows() {
    // "klonk het" goes on from the previous speaker; with none, an organisation named deep in
    // a sentence about a person ("de boete van de Tuchtcommissie") does not speak for him.
    let quotes = quotes_of(
        r#"date 2024-05-12 Boete

Het gezicht van trainer Henk Mulder stond op onweer, maar dat had volgens de coach niets met de boete van de Tuchtcommissie te maken. “Ik ben niet blij met het begin”, klonk het. “We moeten scherper beginnen.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ik ben niet blij"),
        "Henk Mulder",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "We moeten scherper"),
        "Henk Mulder",
        "{quotes:#?}"
    );
    // The organisation as the subject still speaks.
    let quotes = quotes_of(
        r#"date 2024-05-12 Boete

De Tuchtcommissie legde trainer Henk Mulder een boete op. “Dit gedrag past niet”, klonk het.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Dit gedrag past niet"),
        "Tuchtcommissie",
        "{quotes:#?}"
    );
}

#[test]
fn a_continuation_after_a_quotation_given_by_a_role_is_that_speaker_s() {
    // The paragraph before names no one but "de bestuursvoorzitter": the speaker it stood for
    // goes on; not after someone new and not named ("Een verpleegster …").
    let quotes = quotes_of(
        r#"date 2024-05-12 Ziekenhuis spaart

"Dat staat los van ons besluit", zegt Pieter Jansen.

"We willen onze spullen sparen", legt de bestuursvoorzitter uit.

De operaties worden niet allemaal afgezegd. "Het is een zware maatregel."

Een verpleegster had het niet zien aankomen. "Ik schrok ervan."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Het is een zware"),
        "Pieter Jansen",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Ik schrok ervan"),
        Value::Null,
        "{quotes:#?}"
    );
}

#[test]
fn a_tweet_is_reported_by_the_member_named_after_twittert() {
    // "twittert" reports like "zegt": the member after it speaks, not the group the sentence
    // before is about.
    let quotes = quotes_of(
        r#"date 2020-03-14 Reacties

Veel Tweede Kamerleden reageren geschrokken op het vertrek van minister Piet Bakkers.

‘Wat een zwaar besluit’, twittert SP-Kamerlid Joris Hamelink.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Wat een zwaar besluit"),
        "Joris Hamelink",
        "{quotes:#?}"
    );
}

#[test]
fn a_pronoun_before_its_verb_speaks_and_the_name_after_the_verb_does_not() {
    // "Hij dankt Bakkers ‘…’": the name after the verb is whom he thanks; "Hij wenst Bakkers
    // ‘…’" likewise.
    let quotes = quotes_of(
        r#"date 2020-03-14 Reacties

‘Wat naar’, zegt PvdA-leider Kees Aalders. Hij dankt Piet Bakkers ‘voor zijn inzet de afgelopen weken’. Hij wenst Bakkers ‘veel sterkte’.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "voor zijn inzet de"),
        "Kees Aalders",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "veel sterkte"),
        "Kees Aalders",
        "{quotes:#?}"
    );
}

#[test]
fn a_title_after_a_work_noun_is_no_one_s_words() {
    // A song's or an agreement's title, also after a compound ("Madness-liedje",
    // "coalitieakkoord"), is a term; the words said around it keep their speakers.
    let quotes = quotes_of(
        r#"date 2020-03-14 Feest in de buurt

“Niemand heeft ons iets gevraagd”, zei bewoner Frank Hulst. Het koor zong daarna het Madness-liedje ‘Our House’, waarna wethouder Iris Smit het woord nam. In het coalitieakkoord ‘Samen bouwen aan een sterke stad’ staat het anders.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Niemand heeft ons iets"),
        "Frank Hulst",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "Our House"), Value::Null, "{quotes:#?}");
    assert_eq!(
        speaker_of(&quotes, "Samen bouwen aan een"),
        Value::Null,
        "{quotes:#?}"
    );
}

#[test]
fn fulmineert_and_kopt_report_and_the_party_of_a_compound_title_stays_an_organisation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("raad.txt"),
        "date 2024-03-14 Raad\n\n“Dit is kiezersbedrog”, zegt Paul Mertens.\n\n\
         “Eerst de begroting op orde,” zo fulmineert D66-fractievoorzitter Sanne de Graaf.\n\n\
         “Historische nederlaag”, kopt De Standaard.\n",
    )
    .unwrap();
    let quotes = common::json_array(&["quotes", "--json"], dir.path());
    assert_eq!(
        speaker_of(&quotes, "Eerst de begroting op"),
        "Sanne de Graaf",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Historische nederlaag"),
        "De Standaard",
        "{quotes:#?}"
    );
    let actors = common::json_array(&["actors", "--json"], dir.path());
    let d66 = actors.iter().find(|a| a["name"] == "D66").unwrap();
    assert_eq!(d66["kind"], "organisation", "{actors:#?}");
}

#[test]
fn a_role_stands_for_the_person_titled_with_it_and_what_it_is_the_role_of() {
    // "voorzitter van de gemeenteraad Rik Claes" is "de voorzitter", the secretary before him
    // is not.
    let quotes = quotes_of(
        r#"date 2024-03-14 Raad begint niet

“Dat wordt laat”, zei een bode. Secretaris Jan Pauwels en voorzitter van de gemeenteraad Rik Claes zaten alleen aan tafel. “We wachten nog een kwartier”, aldus de voorzitter.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We wachten nog een kwartier"),
        "Rik Claes",
        "{quotes:#?}"
    );
}

#[test]
fn a_common_dutch_given_name_makes_the_person_before_a_party_in_apposition() {
    // "Michiel" is a given name: "Michiel Bosman, Behoorlijk Bestuur:" is Bosman speaking for
    // his party.
    let quotes = quotes_of(
        r#"date 2024-03-14 Raad

De fracties kregen als eerste het woord. Michiel Bosman, Behoorlijk Bestuur: “Niemand is tegen een zwembad. Het gaat om de manier waarop.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Niemand is tegen een"),
        "Michiel Bosman",
        "{quotes:#?}"
    );
}

#[test]
fn an_interview_goes_on_in_its_speaker_s_words_over_a_heading_and_a_paragraph_naming_no_one() {
    let quotes = quotes_of(
        r#"date 2024-10-02 Zorgen over het WK in Peru

Bondscoach Lies Verhulst van de schaatsbond maakt zich zorgen over de reis. "De kosten lopen hoog op. Wij moeten nog keuzes maken."

De vaccinaties

Naast de kosten is er nog een factor waar de bond rekening mee moet houden.

"Sommige schaatsers zijn bezorgd over de prikken."

"Dat moeten we nog met de artsen bespreken."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Sommige schaatsers"),
        "Lies Verhulst",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Dat moeten we nog"),
        "Lies Verhulst",
        "{quotes:#?}"
    );
    // Not where the quotation's paragraph names someone else.
    let quotes = quotes_of(
        r#"date 2024-10-02 Excuses van de burgemeester

"Wij wilden hierover in het openbaar praten", zegt fractievoorzitter Ivo Brands.

Motie blijft

"Ik was kwaad. Het spijt me." Burgemeester Fred Holtman heeft inmiddels zijn excuses aangeboden.
"#,
    );
    assert_ne!(
        speaker_of(&quotes, "Ik was kwaad"),
        "Ivo Brands",
        "{quotes:#?}"
    );
}

#[test]
fn klinkt_het_bij_names_whose_words_they_are() {
    let quotes = quotes_of(
        r#"date 2024-05-01 Bedden dicht

De ziekenhuizen sluiten bedden wegens personeelsgebrek.

“Wij moeten bedden sluiten,” klinkt het bij Dieter Goemaere, directeur bij de koepel Gibbo.

“Zo kan het niet verder”, klinkt het bij vakbondsman Jan Pieters.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Wij moeten bedden"),
        "Dieter Goemaere",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Zo kan het niet"),
        "Jan Pieters",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_goes_on_from_the_person_of_a_reporting_clause_after_a_comma() {
    // "LTO geeft geen commentaar, zegt bestuurder Dirk Bruins. „…”": Bruins reports the whole
    // sentence, and goes on; the organisation that opens it does not speak.
    let quotes = quotes_of(
        r#"date 2018-04-03 Voorzichtige reacties

De Melkbond geeft op dit moment geen commentaar, zegt bestuurder Dirk Bruins. “Onze leden kunnen hun stem zelf laten horen.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Onze leden kunnen"),
        "Dirk Bruins",
        "{quotes:#?}"
    );
}

#[test]
fn an_interview_goes_on_after_a_heading_and_the_writer_s_question_but_not_after_a_role() {
    let quotes = quotes_of(
        r#"date 2025-04-02 Geen illusies

"Als je er niet in gelooft, blijf je thuis", aldus ploegbaas Pieter Lammens in de krant.

Samenwerken?

Of toch maar samenwerken met andere ploegen? "Ploegen praten met elkaar. Daar is niks mis mee."

Nog nooit gezien

De openbare aanklager was scherp. "Dit is een groot probleem."
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ploegen praten"),
        "Pieter Lammens",
        "{quotes:#?}"
    );
    assert_ne!(
        speaker_of(&quotes, "Dit is een groot"),
        "Pieter Lammens",
        "{quotes:#?}"
    );
}

#[test]
fn an_interview_goes_on_after_a_heading_and_sentences_that_name_only_a_place() {
    let quotes = quotes_of(
        r#"date 2025-09-12 Wethouder over tekorten

Zeewolde kampt met grote tekorten. Wethouder Bram Kuipers zegt dat het college kalm blijft. ‘We moeten per programma vier procent besparen.’

Hoe erg?

De besparing van vier procent is niet niks. Ook schuift de aanpak van Zeewolde het probleem door. ‘Er is een storm op komst, maar hoe hard die waait, valt nog te bezien.’

Onrust

‘Als we nu al forse ingrepen doen, maken we mensen onnodig onrustig.’ Kuipers is ontevreden over het rijk.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Er is een storm"),
        "Bram Kuipers",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Als we nu al"),
        "Bram Kuipers",
        "{quotes:#?}"
    );
}

#[test]
fn a_subject_pronoun_that_opens_a_colon_s_sentence_says_it_not_whom_it_turns_to() {
    let quotes = quotes_of(
        r#"date 2023-09-20 Opening van de burcht

Schepen Mieke Claes (N-VA) reageert: “De hekjes rond de burcht zijn nog niet af.”

Raadslid Gert Stas (Vooruit) heeft zijn bedenkingen. Hij richt zich tot het college: “Uw verhaal klopt niet.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Uw verhaal klopt"),
        "Gert Stas",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_after_its_verb_and_a_role_is_the_subject_deep_in_an_inverted_clause() {
    // "Bij dat laatste heeft raadslid Gert Stas": four words and a role before the name; the
    // role is part of the name's phrase, so Stas is the subject "hij" stands for.
    let quotes = quotes_of(
        r#"date 2023-09-20 Opening van de burcht

Schepen Mieke Claes (N-VA) reageert: “De hekjes rond de burcht zijn nog niet af.”

Bij dat laatste heeft raadslid Gert Stas (Vooruit) zijn bedenkingen. “Uw verhaal klopt niet”, zegt hij.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Uw verhaal klopt"),
        "Gert Stas",
        "{quotes:#?}"
    );
}

#[test]
fn a_party_s_voorman_or_schepen_after_the_verb_is_the_person_not_the_party() {
    let quotes = quotes_of(
        r#"date 2014-05-08 Raad wil meer zicht

"We stellen veel geld beschikbaar maar we zitten ver weg", legt GroenLinks voorman Dirk Bartels uit.

"De hekjes zijn nog niet af", zegt CD&V schepen Mieke Claessens.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We stellen veel geld"),
        "Dirk Bartels",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "De hekjes"),
        "Mieke Claessens",
        "{quotes:#?}"
    );
}

#[test]
fn zo_and_a_role_between_the_verb_and_the_name_after_a_quotation_still_report_it() {
    let quotes = quotes_of(
        r#"date 2024-05-01 Kerken krijgen nieuwe invulling

De gemeente Herzele maakt een plan voor haar kerken.

"De vijf andere kerken krijgen een nieuwe invulling", zo vat burgemeester Johan Van Tittel het plan samen.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "De vijf andere"),
        "Johan Van Tittel",
        "{quotes:#?}"
    );
}

#[test]
fn a_capitalised_title_that_a_particle_goes_on_from_is_no_speaker_of_its_own() {
    let quotes = quotes_of(
        r#"date 2022-06-01 Stikstof

De provincie Utrecht wil hulp van de minister. Dit meldt Commissaris van de Koning Hans Oosting in een brief aan de ministers. ‘We gaan ervan uit dat u gebruik maakt van onze kennis.’
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We gaan ervan uit"),
        "Hans Oosting",
        "{quotes:#?}"
    );
}

#[test]
fn klonk_het_is_whom_the_sentence_before_introduces_and_not_the_paper_that_relays_it() {
    let quotes = quotes_of(
        r#"date 2018-09-26 Septemberverklaring

“Het antwoord is nee”, stelde fractieleider Joris Vanbroek in het parlement.

“De stroomfactuur is een tweede belastingbrief geworden”, klonk het volgens De Avondkrant. Groen-fractieleider Bart Rozema had eveneens stevige kritiek op de ploeg. “Niet alle Vlamingen zijn erop vooruit gegaan”, klonk het.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "De stroomfactuur"),
        "Joris Vanbroek",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Niet alle Vlamingen"),
        "Bart Rozema",
        "{quotes:#?}"
    );
}

#[test]
fn de_handelende_persoon_na_door_spreekt() {
    let quotes = quotes_of(
        r#"date 2022-10-01 Vonnis vernietigd

Zijn betoog werd ‘onzin’ genoemd door rechter Anna Vos. Advocaat Jan Smit was het daar niet mee eens.
"#,
    );
    assert_eq!(speaker_of(&quotes, "onzin"), "Anna Vos", "{quotes:#?}");
}

#[test]
fn zo_of_dit_met_een_werkwoord_van_zeggen_meldt_wie_het_citaat_ervoor_zei() {
    let quotes = quotes_of(
        r#"date 2024-03-05 Jeugdzorg onder druk

De wachtlijsten in de jeugdzorg zijn ‘onaanvaardbaar lang’. Zo verwoordt wethouder Jan Smit het probleem.

De gemeente moet ‘sneller betalen’. Dit zegt directeur Karin de Vries van Jeugdzorg Oost.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "onaanvaardbaar"),
        "Jan Smit",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "sneller"),
        "Karin de Vries",
        "{quotes:#?}"
    );
}

#[test]
fn dit_zegt_de_topman_in_de_zin_erna_is_de_eerder_genoemde_topman() {
    let quotes = quotes_of(
        r#"date 2022-12-01 Chipmaker beperkt export

Topman Karel Smit van Chipbouw Nederland heeft genoeg ingeleverd. Zijn bedrijf moet niet ‘nog meer inleveren’. Dit zegt de topman in gesprek met De Krant.
"#,
    );
    assert_eq!(speaker_of(&quotes, "nog meer"), "Karel Smit", "{quotes:#?}");
}

#[test]
fn de_provincie_met_een_plaatsnaam_spreekt_voor_die_plaats_een_partij_van_een_plaats_niet() {
    let quotes = quotes_of(
        r#"date 2023-08-01 Zorgen over ziekenhuis

De provincie Drenthe wil “op korte termijn” in gesprek met het ziekenhuis.

De provincie spreekt van “verontrustende berichten”.

De grootste partij van Emmen gaf aan dat “de inwoners beter beschermd moeten worden”.
"#,
    );
    assert_eq!(speaker_of(&quotes, "op korte"), "Drenthe", "{quotes:#?}");
    assert_eq!(
        speaker_of(&quotes, "verontrustende"),
        "Drenthe",
        "{quotes:#?}"
    );
    assert_ne!(speaker_of(&quotes, "de inwoners"), "Emmen", "{quotes:#?}");
}

#[test]
fn de_groep_is_de_actiegroep_die_ervoor_genoemd_is_niet_de_minister_over_wie_het_gaat() {
    let quotes = quotes_of(
        r#"date 2022-06-01 Protest bij minister

Een groep boeren kwam vrijdagavond naar het huis van minister Anna de Wit.

Actiegroep Boerenkracht claimt achter het protest te zitten. In een verklaring schrijft de groep een brief te hebben afgegeven. ‘Zij hoort niet op die plek.’ De groep vreest dat de plannen ‘een doodsteek’ zijn.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Zij hoort"),
        "Boerenkracht",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "een doodsteek"),
        "Boerenkracht",
        "{quotes:#?}"
    );
}

#[test]
fn in_een_bijzin_is_de_persoon_na_toen_het_onderwerp_niet_de_partij_voor_het_werkwoord() {
    let quotes = quotes_of(
        r#"date 2016-07-08 Raad vergadert

De tribune schoot wakker toen Jan Smit (PvdA) de oppositiepartij SP verweet dat het kwam met 'stellingen zonder feiten'.
"#,
    );
    assert_eq!(speaker_of(&quotes, "stellingen"), "Jan Smit", "{quotes:#?}");
}

#[test]
fn een_citaat_als_eigen_zin_is_van_wie_de_zin_erna_met_zo_noemt() {
    let quotes = quotes_of(
        r#"date 2018-10-02 Werf failliet

Directeur Jan Smit van de werf wist dat het niet goed ging. "Maar dit faillissement is een donderslag." Zo verwoordt bestuurder Sijtze de Vries van de bond het nieuws.

“Ik begin iets tegen de prijzen te krijgen,” zei schrijver Piet Bos. “Het systeem deugt niet.” Dat had hij onderstreept door te laat te komen bij de VPRO.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Maar dit"),
        "Sijtze de Vries",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Het systeem"),
        "Piet Bos",
        "{quotes:#?}"
    );
}

#[test]
fn een_werkwoord_na_een_komma_opent_zijn_zin_en_de_naam_ervoor_is_niet_het_onderwerp() {
    let quotes = quotes_of(
        r#"date 2023-10-02 Spoedeisende hulp

Geen spoedeisende hulp op korte afstand is 'een hele slechte zaak' voor Zuidstad, zegt deelnemer Theo de Groot van de Ouderenpartij.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "een hele"),
        "Theo de Groot",
        "{quotes:#?}"
    );
}

#[test]
fn een_partijlid_een_partij_tussen_haakjes_en_een_politieke_familie_zijn_geen_namen() {
    let quotes = quotes_of(
        r#"date 2022-10-05 Dwangsom

Eerst sprak de wethouder. VVD'er Margeet Ramaker trok daarna fel van leer in het debat. “Dit is een deuk in ons vertrouwen”, zei ze.

Raadslid Hessel Stellinga was boos. “Dit had voorkomen moeten worden”, zei de Christendemocraat.

Voorzitter Conner Rousseau (Vooruit) verdedigt de regering, op zijn manier: “Op inhoud scoren we goed.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Dit is een"),
        "Margeet Ramaker",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Dit had"),
        "Hessel Stellinga",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Op inhoud"),
        "Conner Rousseau",
        "{quotes:#?}"
    );
}

#[test]
fn een_citaat_na_een_alinea_die_op_een_dubbele_punt_eindigt_is_van_wie_die_zin_noemt() {
    let quotes = quotes_of(
        r#"date 2023-03-01 Audit

De conclusie is hard. De vaststellingen van Audit Vlaanderen zijn snoeihard:

“De heer Jansen zette zich actief in voor de ontwikkelaars.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "De heer"),
        "Audit Vlaanderen",
        "{quotes:#?}"
    );
}

#[test]
fn wie_de_zin_ervoor_opent_spreekt_niet_de_minister_die_hij_aanspreekt() {
    let quotes = quotes_of(
        r#"date 2016-02-01 Studenten

Minister Jet Bussemaker sprak met de studenten.

Jan Sinnige, voorzitter van het ISO, gaf de minister er flink van langs. “Ze worden beperkt in hun keuzes.”

Auke Zijlstra stoort zich aan collega’s als Esther de Lange (CDA) die trots vertellen dat het klaar is. ‘Je moet maar eens opletten.’
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Ze worden"),
        "Jan Sinnige",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Je moet"),
        "Auke Zijlstra",
        "{quotes:#?}"
    );
}
