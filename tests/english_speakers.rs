//! Who said an English quotation, through the real binary (`quotes --json`): one short article
//! written for each rule of attribution.

use serde_json::Value;

mod common;
use common::speaker_of;

/// The quotations kroniek finds in one article with `text`.
fn quotes_of(text: &str) -> Vec<Value> {
    common::quotes_of("article.txt", text)
}

#[test]
fn he_said_after_a_quotation_is_not_the_person_it_reports_about() {
    let quotes = quotes_of(
        "date 2024-02-03 Tributes pour in

Former senator Paul Reed led the tributes on Saturday. Anna Grey was \"a giant of the law and \
a friend to many\", he said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "a giant of the law"),
        "Paul Reed",
        "{quotes:#?}"
    );
}

#[test]
fn the_writer_of_a_byline_says_nothing() {
    let quotes = quotes_of(
        "date 2024-02-03 Judge scolds the prosecution

\"We cannot go on like this,\" she said.

by TOMAS ARVIDSSON

Judge Mary Okafor expressed frustration with the prosecution on Tuesday.
",
    );
    assert_eq!(
        speaker_of(&quotes, "We cannot go on like this"),
        "Mary Okafor",
        "{quotes:#?}"
    );
}

#[test]
fn narrated_and_opined_report_words() {
    let quotes = quotes_of(
        "date 2024-02-03 Council meets

Reporting this, the Coast Gazette narrated that \"three people were hurt in the crush\". Sam \
Doyle spoke next. Later, councillor Ruth Ames opined that \"nobody planned for this\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "three people were hurt"),
        "Coast Gazette",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "nobody planned for this"),
        "Ruth Ames",
        "{quotes:#?}"
    );
}

#[test]
fn the_stop_after_mr_ends_no_sentence_for_the_subject_a_pronoun_stands_for() {
    let quotes = quotes_of(
        "date 2024-11-05 Election night

Mr. Ford won the vote in the city.

Mr. Lane is tipped to become Mr. Ford's deputy. He smiled and replied, \"It is a fine evening.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "It is a fine evening"),
        "Lane",
        "{quotes:#?}"
    );
}

#[test]
fn an_owner_right_before_a_quotation_said_it() {
    let quotes = quotes_of(
        "date 2024-05-06 Chief apologises

Chief executive Tom Baker apologised on Monday. Baker’s “worst week” remark had angered staff \
at the plant.
",
    );
    assert_eq!(
        speaker_of(&quotes, "worst week"),
        "Tom Baker",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_signed_on_the_line_after_it_is_the_signer_s() {
    let quotes = quotes_of(
        "date 2024-05-01 Election day

Mayor Tom Reed opened the first polling station in the morning.

\"Every vote counts, and every voice in this city matters.\"

— Maria Lopez

Maria Lopez, a teacher, was the first to vote.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Every vote counts"),
        "Maria Lopez",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_over_a_dashed_line_that_describes_its_speaker_is_his() {
    let quotes = quotes_of(
        "date 2024-07-07 Who said what on day nine

\"I never expected to reach the final.\"

-- A tired Lena Moritz after beating the top seed Anna Vogt in three sets.

\"The crowd carried me today. Tomorrow is another story.\"

— Top seed Anna Vogt on her defeat, her first at the club since 2019.
",
    );
    assert_eq!(
        speaker_of(&quotes, "I never expected"),
        "Lena Moritz",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "The crowd carried me"),
        "Anna Vogt",
        "{quotes:#?}"
    );
}

#[test]
fn denouncing_something_as_words_quoted_reports_them() {
    let quotes = quotes_of(
        "date 2024-03-09 Attack condemned

President Anne Morel denounced the bombing as an \"act of cowardice\" on Friday.
",
    );
    assert_eq!(
        speaker_of(&quotes, "act of cowardice"),
        "Anne Morel",
        "{quotes:#?}"
    );
}

#[test]
fn an_organisation_speaks_by_its_full_name_not_its_short_form_in_brackets() {
    let quotes = quotes_of(
        "date 2024-06-02 Operation begins

In a statement, the Northern Defence Agency (NDA) said it had begun “a careful operation in the \
eastern district.”

“Nobody was hurt,” the Northern Defence Agency (NDA) said.
",
    );
    for start in ["a careful operation", "Nobody was hurt"] {
        assert_eq!(
            speaker_of(&quotes, start),
            "Northern Defence Agency",
            "{start}: {quotes:#?}"
        );
    }
}

#[test]
fn an_owner_s_role_is_not_the_owner() {
    let quotes = quotes_of(
        "date 2024-05-01 Council row

Mayor Helen Carter defended the budget on Tuesday. “We will not cut the libraries,” Tom Willis, \
Carter’s spokesman, said.

Carter was not at the meeting. “The mayor is on holiday,” Carter’s spokesman said.
",
    );
    for start in ["We will not cut", "The mayor is on holiday"] {
        assert_eq!(
            speaker_of(&quotes, start),
            "Tom Willis",
            "{start}: {quotes:#?}"
        );
    }
}

#[test]
fn the_commission_or_the_company_is_the_organisation_named_before() {
    let quotes = quotes_of(
        "date 2024-06-03 Commission responds

The European Commission said it \"regrets the outcome\" of the vote in Paris.

\"We urge both sides to return to the table,\" the commission said.

Shares in Northwind Holdings fell on Tuesday. \"Demand fell sharply in the spring,\" said the \
company.

\"We will appeal,\" the Labour party said.
",
    );
    for (start, speaker) in [
        ("We urge both sides", "European Commission"),
        ("Demand fell sharply", "Northwind Holdings"),
        ("We will appeal", "Labour"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn a_subject_past_has_and_a_city_that_speaks_for_its_government_are_speakers() {
    let quotes = quotes_of(
        "date 2024-06-03 Talks

Trade minister Ann Blake arrived in Geneva on Monday. Tom Reyes stayed home.

\"We will not give up on this deal,\" Blake has said.

Moscow has called the proposal \"a provocation\".
",
    );
    for (start, speaker) in [
        ("We will not give up", "Ann Blake"),
        ("a provocation", "Moscow"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn a_paragraph_of_thousands_of_reporting_clauses_is_attributed_clause_by_clause() {
    // One sentence of 3,000 reporting clauses, every other one "…," Harris said and the others
    // naming no one (an article keeps at most 2,000 mentions of one actor): attribution looks
    // only near each quotation, so this loads in linear time (no timing asserted here), and each
    // quotation keeps its own clause's speaker.
    let mut text = String::from("date 2024-03-04 A long session\n\nTom Harris spoke first.\n\n");
    for i in 0..1500 {
        text.push_str(&format!(
            "\"Point {i},\" Harris said, and the clerk{i} said \"noted {i}\" and "
        ));
    }
    text.push_str("the session ended.\n");
    let quotes = quotes_of(&text);
    assert_eq!(quotes.len(), 3000);
    for i in [0, 750, 1499] {
        assert_eq!(
            speaker_of(&quotes, &format!("Point {i},")),
            "Tom Harris",
            "{:#?}",
            &quotes[..4]
        );
    }
    let harris = quotes
        .iter()
        .filter(|q| q["text"].as_str().is_some_and(|t| t.starts_with("Point")))
        .filter(|q| q["speaker"] == "Tom Harris")
        .count();
    assert_eq!(harris, 1500);
}

#[test]
fn a_quotation_alone_after_a_sentence_with_several_people_is_its_reporting_subject_s() {
    // Not the owner ("Dan Ortega's side") nor the subject of another clause ("Striker Leon
    // Price"), but the subject of the reporting verb ("Ridley explains"), else the one person
    // of the sentence who is no owner.
    let quotes = quotes_of(
        r#"date 2024-04-06 Cup tie ends in defeat

Visiting manager Tom Ridley admitted his side had been second best all evening.

After a quiet first half, Dan Ortega's side scored three times and Ridley praised the hosts for their finishing.

"They took their chances and we did not, so there is no complaint from me tonight, none at all."

Striker Leon Price had a goal ruled out before the break and Ridley explains why it mattered so much.

"The first goal was always going to decide a game like this one, and it went against us."
"#,
    );
    for start in ["They took their chances", "The first goal"] {
        assert_eq!(speaker_of(&quotes, start), "Tom Ridley", "{quotes:#?}");
    }
}

#[test]
fn he_said_is_not_the_owner_nor_the_person_the_quotation_names() {
    let quotes = quotes_of(
        r#"date 2024-04-07 Former mayor sentenced

Prosecutor Amy Brand said the judge could set an example for the city.

Marsh’s lawyer, Dick Holloway, said the verdict sent a message.

“Ted Marsh was convicted of a felony,” he said. “That alone is punishment enough.”
"#,
    );
    for start in ["Ted Marsh was convicted", "That alone"] {
        assert_eq!(speaker_of(&quotes, start), "Dick Holloway", "{quotes:#?}");
    }
}

#[test]
fn the_stop_of_an_abbreviated_title_ends_no_reporting_clause() {
    let quotes = quotes_of(
        "date 2024-05-01 Budget vote

Tom Harris spoke first. \"The budget is fine,\" said Rep. Kevin Marlow.

Anna Berg opened the debate. \"We need more time,\" said Sen. Elizabeth Warden.

Paul Stone arrived late. \"This is a proud day,\" said Mrs. Jill Carver.

Mark Lee agreed with the plan. \"The state is ready,\" according to Gov. Gavin Norwood.
",
    );
    // By the surname: whether the first name after a title is part of the name is discovery's
    // matter.
    for (start, surname) in [
        ("The budget", "Marlow"),
        ("We need more", "Warden"),
        ("This is a proud", "Carver"),
        ("The state is", "Norwood"),
    ] {
        let speaker = speaker_of(&quotes, start);
        assert!(
            speaker.as_str().is_some_and(|s| s.ends_with(surname)),
            "{start}: {speaker}"
        );
    }
}

#[test]
fn a_role_after_a_or_an_owner_is_no_one_named_before() {
    let quotes = quotes_of(
        "date 2024-07-01 Rates held

Keir Starmer visited the factory on Monday.

\"We are watching closely,\" a Bank of England spokesperson said.

Tom Hale testified on Tuesday. \"We are all worried,\" said Mr. Jones' lawyer, Ellen Parker.

Anna Reed spoke to the press. \"We will appeal,\" said Mr. Jones's lawyer, Mary Cole.

Mark Stone spoke first. \"We are not worried,\" a spokesperson said.
",
    );
    for (start, speaker) in [
        ("We are watching", Value::from("Bank of England")),
        ("We are all worried", Value::from("Ellen Parker")),
        ("We will appeal", Value::from("Mary Cole")),
        ("We are not worried", Value::Null),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{quotes:#?}");
    }
}

#[test]
fn the_one_a_pronoun_tells_is_not_the_one_it_stands_for() {
    let quotes = quotes_of(
        "date 2024-06-10 Heated exchange

Senator Tom Reed spoke in Ohio. Reporter Jake Zeleny asked him about the plan. “Stop lying,” he \
told Zeleny.
",
    );
    assert_eq!(speaker_of(&quotes, "Stop lying"), "Tom Reed", "{quotes:#?}");
}

#[test]
fn according_to_a_role_and_a_name_before_a_quotation_is_the_name_s() {
    let quotes = quotes_of(
        "date 2024-06-12 Budget cuts

The cabinet met on Friday. According to finance minister Sigrid Kaag, the move was \"necessary \
but painful\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "necessary but painful"),
        "Sigrid Kaag",
        "{quotes:#?}"
    );
}

#[test]
fn a_party_member_after_a_quotation_stands_for_the_person_named_before() {
    let quotes = quotes_of(
        "date 2024-06-14 Bank under fire

Senator Elizabeth Warren criticised the bank. \"Scandalous,\" the Massachusetts Democrat said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Scandalous"),
        "Elizabeth Warren",
        "{quotes:#?}"
    );
}

#[test]
fn the_subject_of_an_accusation_said_the_short_phrase_quoted_in_it() {
    let quotes = quotes_of(
        "date 2024-06-17 Budget row

Shadow chancellor Rachel Reeves accused the government of \"economic vandalism\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "economic vandalism"),
        "Rachel Reeves",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_before_a_quotation_stands_for_no_one_named_after_its_verb() {
    let quotes = quotes_of(
        "date 2024-06-18 Deal defended

Senator Anna Reed spoke in Ohio. Reporter Tom Hale asked about the plan. The senator told Hale \
it was \"a fair deal\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "a fair deal"),
        "Anna Reed",
        "{quotes:#?}"
    );
}

#[test]
fn he_continued_is_not_the_reporter_he_spoke_to() {
    let quotes = quotes_of(
        "date 2024-06-19 Candidate turns on reporter

Asked by veteran political reporter Jake Zeleny to explain his speech, Senator Tom Reed asked, \
“What speech did you listen to?”

“Stop lying,” he told Zeleny.

“Would you quit distorting what I say,” he continued.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Would you quit"),
        "Tom Reed",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_after_as_is_the_subject_of_its_clause() {
    let quotes = quotes_of(
        "date 2024-06-20 Campaign shake-up

Campaign manager Camille Joseph joined the team in May.

The move comes as Anthony Weiner seeks to end questions about the scandal.

“It has not been helpful,” he told a local station.
",
    );
    assert_eq!(
        speaker_of(&quotes, "It has not been helpful"),
        "Anthony Weiner",
        "{quotes:#?}"
    );
}

#[test]
fn a_clause_after_and_that_follows_a_quotation_does_not_report_it() {
    // "… “false” and Mr Dobson has written": the conjunction opens a clause of its own.
    let quotes = quotes_of(
        "date 2024-04-03 Row over report

Ms Carter called the report “shameful” and “false” and Mr Dobson has written to the editor \
about it.
",
    );
    assert_eq!(speaker_of(&quotes, "shameful"), "Carter", "{quotes:#?}");
    assert_eq!(speaker_of(&quotes, "false"), "Carter", "{quotes:#?}");
}

#[test]
fn a_participle_clause_remarking_reports_the_subject_s_words() {
    let quotes = quotes_of(
        "date 2024-04-03 Match report

Captain Sam Reed said the team had worked hard for the points. In the press room after the \
match Tom Hill expressed his frustration with the first half, remarking, “Our approach was far \
too relaxed at the start.”
",
    );
    assert_eq!(
        speaker_of(&quotes, "Our approach"),
        "Tom Hill",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_that_qualifies_a_role_is_not_whom_a_pronoun_stands_for() {
    // "the former Kelsterbach coach said": the club before the role is no person, even where
    // discovery types it as one.
    let quotes = quotes_of(
        "date 2024-04-03 Cup defeat

Coach Dieter Brandt was not impressed after the game. \"We started well and surprised them \
early on,\" the former Kelsterbach coach said.

\"In the last twenty minutes we pressed them and caused a lot of problems,\" he added. \"Our \
striker was fouled in the box. That should have been a penalty.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "In the last twenty"),
        "Dieter Brandt",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "Our striker"),
        "Dieter Brandt",
        "{quotes:#?}"
    );
}

#[test]
fn a_verb_with_an_infinitive_after_it_does_not_report_words_quoted_further_on() {
    // "had agreed to hold talks … were “not true”": what was agreed, not who says the words.
    let quotes = quotes_of(
        "date 2024-04-03 Talks denied

President Tom Reed said on Monday that newspaper reports that Freedonia and the United States \
had agreed to hold direct talks on trade were “not true.”
",
    );
    assert_eq!(speaker_of(&quotes, "not true"), "Tom Reed", "{quotes:#?}");
}

#[test]
fn a_role_in_the_opening_lines_is_the_person_named_later_with_that_role() {
    // "a local councillor, who has suggested …": no one is named before, and the councillor
    // named later is the one, not the first person named.
    let quotes = quotes_of(
        "date 2024-04-03 Council newspaper

A plan for the council to publish its own newspaper has drawn criticism from a local \
councillor, who has suggested the mayor has a \"glass jaw\" about the coverage.

The general manager of the council, Mark Evans, has put forward the plan.

But Councillor Ruth Hale said she was against the idea.
",
    );
    assert_eq!(speaker_of(&quotes, "glass jaw"), "Ruth Hale", "{quotes:#?}");
}

#[test]
fn a_role_of_an_organisation_after_a_is_the_person_named_later_with_that_role() {
    // "A Government minister has slammed …": the minister named later, not the government.
    let quotes = quotes_of(
        "date 2024-04-03 Minister slams colleague

A Government minister has slammed the \"idiot\" who told a newspaper about the cabinet row.

An unnamed MP briefed the story on Sunday.

Transport minister Tom Fielding asked: \"What planet are they on?\"
",
    );
    assert_eq!(speaker_of(&quotes, "idiot"), "Tom Fielding", "{quotes:#?}");
}

#[test]
fn a_person_addressed_after_a_preposition_and_a_title_is_not_who_writes() {
    let quotes = quotes_of(
        "date 2024-07-06 Columnist attacks leader

John Clark has attacked the new government in his weekly column for The Sun.

The former television host aimed his remarks at Prime Minister Sir Tom Hale, writing: \"Yes, \
he will ruin this country and spend all our money.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "Yes, he will ruin"),
        "John Clark",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_with_others_named_before_is_the_person_named_with_it_right_after() {
    let quotes = quotes_of(
        "date 2024-03-28 Sentencing

Tom Reed's lawyers asked for a light sentence.

The federal judge who oversaw Tom Reed's case criticised his legal team on Thursday, saying he \
\"rejected entirely\" their claims.

\"The claims are misleading,\" US District Judge Alan Moss said at the hearing.
",
    );
    assert_eq!(
        speaker_of(&quotes, "rejected entirely"),
        "Alan Moss",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_paragraph_goes_on_after_a_longer_clause_that_reports_the_one_before() {
    let quotes = quotes_of(
        "date 2024-05-14 Harbour plan

Councillor Ruth Baxter rejected the criticism of the harbour plan.

\"These complaints come from people who never wanted a harbour,\" she told reporters in Dover.

\"It is what you would expect from them, and it changes nothing.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "It is what you would expect"),
        "Ruth Baxter",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_after_a_sentence_with_a_pronoun_as_subject_is_not_the_one_it_names_after() {
    let quotes = quotes_of(
        "date 2024-04-02 Skating

On Sunday in Oslo the race went to the skater Peter Lund after a strong last lap. \
He has a close bond with his coach Carl Moss. \"In the last lap I often thought of the work \
we did.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "In the last lap"),
        "Peter Lund",
        "{quotes:#?}"
    );
}

#[test]
fn shouts_after_a_paragraph_that_speaks_of_him_unnamed_are_his() {
    let quotes = quotes_of(
        "date 2024-04-06 On the touchline

Coach Martin Hale spends the whole match on his feet at the touchline.

It sounds as if he is talking to himself, only very loudly.

\"Keep pressing!\"

\"Faster, faster.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "Keep pressing"),
        "Martin Hale",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "Faster"), "Martin Hale", "{quotes:#?}");
}

#[test]
fn words_with_nothing_around_them_are_not_the_owner_s_named_before() {
    let quotes = quotes_of(
        "date 2024-10-12 A heavy defeat

Coach Daniel Ruiz took the blame for the loss on Friday.

What annoyed the 50-year-old most was that he had expected Tom Walker's side to attack early.

\"We knew how they would play. We simply could not stop them tonight.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "We knew how they would play"),
        "Daniel Ruiz",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_with_a_label_of_name_and_role_under_it_is_the_labelled_speaker_s() {
    let quotes = quotes_of(
        "date 2024-06-02 Reactions to the health deal

Health minister Anna Berg signed the deal with the insurers on Friday.

\"We are not happy with it at all.\"

Tom Hale, chair of the patients' council

\"This changes how care is paid for.\"

Lisa Park, director of the insurers' union
",
    );
    assert_eq!(
        speaker_of(&quotes, "We are not happy"),
        "Tom Hale",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "This changes how care"),
        "Lisa Park",
        "{quotes:#?}"
    );
}

#[test]
fn a_heading_under_a_quotation_that_says_something_labels_nothing() {
    let quotes = quotes_of(
        "date 2024-06-02 Budget week

Finance minister Anna Berg presented the budget on Tuesday. She was pleased.

\"This budget keeps every promise we made.\"

Tom Hale, the leader of the opposition, said: no.
",
    );
    assert_eq!(
        speaker_of(&quotes, "This budget keeps"),
        "Anna Berg",
        "{quotes:#?}"
    );
}

#[test]
fn a_title_s_quoted_word_is_the_speaker_s_who_says_it_later_not_the_first_one_quoted() {
    let quotes = quotes_of(
        "date 2024-08-09 Suspect arrested in attacks that \"terrorized\" the town

Police arrested a man on Friday after three attacks in a week.

Mayor Tom Hale thanked the officers. \"They worked day and night,\" Hale said.

The man \"terrorized our community for a week,\" Chief Ann Webb said on Friday.
",
    );
    assert_eq!(speaker_of(&quotes, "terrorized"), "Ann Webb", "{quotes:#?}");
}

#[test]
fn a_role_in_apposition_after_a_name_is_no_subject_the_organisation_in_it_is_neither() {
    let quotes = quotes_of(
        "date 2024-04-02 Election count

At a rally in the capital, Jane Okafor, leader of the opposition Green Alliance (GA), called \
on her voters to be patient before “a historic win” on Friday.
",
    );
    assert_eq!(
        speaker_of(&quotes, "a historic win"),
        "Jane Okafor",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_of_an_organisation_after_of_is_no_subject_the_person_before_it_is() {
    let quotes = quotes_of(
        "date 2024-04-02 Town shaken

Bishop Tom Harlan of New Dawn Christian Ministries said he could \"sense the dread\" in the \
hall when he informed his flock about the flood.
",
    );
    assert_eq!(
        speaker_of(&quotes, "sense the dread"),
        "Tom Harlan",
        "{quotes:#?}"
    );
}

#[test]
fn a_question_before_a_long_sentence_opening_with_its_asker_is_hers_the_group_s_reply_no_one_s() {
    let quotes = quotes_of(
        "date 2024-04-02 Rally

Rival candidate Agus Wirawan held a rally in the north on Sunday.

\"Will you believe these surveys?” Budi Santoso asked the voters in the square, who shouted \
back together: \"No!” Polls had given him a narrow lead.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Will you believe these surveys"),
        "Budi Santoso",
        "{quotes:#?}"
    );
    assert_eq!(speaker_of(&quotes, "No!"), Value::Null, "{quotes:#?}");
}

#[test]
fn an_organisation_that_thanks_someone_for_words_said_them() {
    let quotes = quotes_of(
        "date 2024-04-02 Arrest made

Chief Tom Rayburn led the search for the suspect all week.

In a statement, the Lakeview Police Department thanked the public for \"the many calls that helped \
us find him.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "the many calls"),
        "Lakeview Police Department",
        "{quotes:#?}"
    );
}

#[test]
fn an_organisation_written_shorter_later_is_the_one_named_in_full() {
    // "the Armed Forces" is the end of "the Northland Armed Forces": the same organisation.
    let quotes = quotes_of(
        "date 2024-05-12 Fighting near the border

The Northland Armed Forces (NAF) have fought the rebels for a year, and aid workers say \
thousands have fled.

On Sunday the Armed Forces said they had \"pushed the rebels back\" from the town.
",
    );
    assert_eq!(
        speaker_of(&quotes, "pushed the rebels back"),
        "Northland Armed Forces",
        "{quotes:#?}"
    );
}

#[test]
fn the_statement_says_is_the_organisation_s_that_issued_it() {
    // The statement is the council's, not the mayor's it is about.
    let quotes = quotes_of(
        "date 2024-05-13 Council rebukes mayor

The Riverton Town Council issued a statement on Friday criticising remarks by Mayor Tom Hale.

\"We do not share these views and we regret them,\" the statement says.
",
    );
    assert_eq!(
        speaker_of(&quotes, "We do not share"),
        "Riverton Town Council",
        "{quotes:#?}"
    );
}

#[test]
fn the_minister_is_not_the_prime_minister_named_since() {
    // "the minister" stands for the minister named first, not for "Prime Minister Hale", whose
    // title is another role.
    let quotes = quotes_of(
        "date 2024-05-14 Minister defends budget

Finance Minister Ruth Okafor on Tuesday defended the budget in parliament.

The minister said that Prime Minister Hale had backed every line of it.

\"The opposition will regret voting against this budget,\" the minister said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "The opposition will regret"),
        "Ruth Okafor",
        "{quotes:#?}"
    );
}

#[test]
fn said_a_party_s_councillor_and_a_name_is_the_person_s() {
    let quotes = quotes_of(
        "date 2024-03-05 Housing

\"The list grows every month,\" said Labour councillor Mary Jones.
",
    );
    assert_eq!(
        speaker_of(&quotes, "The list grows"),
        "Mary Jones",
        "{quotes:#?}"
    );
}

#[test]
fn he_added_past_a_list_that_names_no_subject_is_the_subject_before_it() {
    // None of the last people named is a clause's subject ("They include …", "in Varga’s
    // campaign"): "he" is the one the paragraph is about, named further back.
    let quotes = quotes_of(
        "date 2024-06-11 Party denies split

Spokesman Peter Lund named several party figures he said stood firmly behind the leader. They \
include the treasurer Mark Hollis, the whip Sarah Dent and the former minister Tom Keane. He \
said that all of them had worked hard in Ilona Varga’s campaign.

\"These stories are invented by our rivals, who know they will lose,\" he added.
",
    );
    assert_eq!(
        speaker_of(&quotes, "These stories are invented"),
        "Peter Lund",
        "{quotes:#?}"
    );
}

#[test]
fn a_place_after_a_place_and_a_comma_is_where_the_speaker_works_not_the_speaker() {
    let quotes = quotes_of(
        "date 2024-09-22 The probe reaches orbit

The probe entered orbit on Sunday night.

Carla Hume, deputy director for science at the flight centre in Greenbelt, Maryland said, \"We \
have made it.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "We have made it"),
        "Carla Hume",
        "{quotes:#?}"
    );
}

#[test]
fn an_organisation_after_its_owner_and_of_describes_the_person_before_it() {
    let quotes = quotes_of(
        "date 2024-09-22 The probe reaches orbit

The probe entered orbit on Sunday night.

Dan Volta of NASA's Goddard Space Flight Center announced from mission control, \
\"Congratulations, we are in orbit.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "Congratulations, we are in orbit"),
        "Dan Volta",
        "{quotes:#?}"
    );
}

#[test]
fn an_award_written_with_hyphens_is_no_speaker_after_a_relative_clause_or_in_apposition() {
    let quotes = quotes_of(
        "date 2024-02-14 India win the series

India won the last match by seven runs.

Tom Mehta, who was Man-of-the-Match said, \"You need to show intent early.\"

Peter Kumar, Man-of-the-Series, said, \"I really enjoyed this tour.\"
",
    );
    for (start, speaker) in [
        ("You need to show intent", "Tom Mehta"),
        ("I really enjoyed this tour", "Peter Kumar"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn a_firm_unknown_to_every_list_before_a_role_and_a_name_is_not_the_speaker() {
    let quotes = quotes_of(
        "date 2024-06-28 Shares fall

Shares in the software maker fell on Friday.

The decline was \"surprising,\" said Brightwater Research analyst Ali Moreno.
",
    );
    assert_eq!(
        speaker_of(&quotes, "surprising"),
        "Ali Moreno",
        "{quotes:#?}"
    );
}

#[test]
fn a_sentence_opening_name_followed_by_an_age_is_a_person_who_speaks() {
    let quotes = quotes_of(
        "date 2024-05-12 Festival cancelled

The festival was called off with a month's notice.

Maggi Taylor, 59, a teacher from Cumbernauld, said her family were \"raging\" at the firm. She \
said: \"It does not sound like much.\"
",
    );
    for (start, speaker) in [
        ("raging", "Maggi Taylor"),
        ("It does not sound like much", "Maggi Taylor"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn an_organisation_inside_an_apposition_is_the_person_s_unless_no_one_else_is_named() {
    let quotes = quotes_of(
        "date 2024-04-11 A moon outside the solar system

Astronomers may have found a moon around a distant planet.

\"It would be a spectacular discovery,\" Tom Traub, NASA's Exoplanet Exploration Program chief \
scientist, said in the release.

\"We will keep looking,\" the agency, Skyward Labs, said.
",
    );
    for (start, speaker) in [
        ("It would be a spectacular discovery", "Tom Traub"),
        ("We will keep looking", "Skyward Labs"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{start}: {quotes:#?}");
    }
}

#[test]
fn the_photographer_a_pic_credit_names_is_no_speaker() {
    let quotes = quotes_of(
        "date 2024-05-14 Man arrested in Dublin

A man was arrested near the square on Tuesday morning.

Officers at the scene. Pic: Artur Widak/NurPhoto

\"The male is currently in custody,\" he added.
",
    );
    assert_eq!(
        speaker_of(&quotes, "The male is currently in custody"),
        Value::Null,
        "{quotes:#?}"
    );
}

#[test]
fn they_with_no_person_named_before_is_no_one() {
    // "they" may stand for people or for an organisation, and discovery may take a place for an
    // organisation ("Leeds and York"): with no person named, the quotation has no speaker.
    let quotes = quotes_of(
        "date 2024-03-04 Storm damage

Acme Corp repairs roofs.

Roofs fell in Leeds and York. \"It was loud,\" they said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "It was loud"),
        Value::Null,
        "{quotes:#?}"
    );
}

#[test]
fn it_before_a_reporting_verb_is_the_organisation_for_a_word_quoted_in_what_it_reports() {
    let quotes = quotes_of(
        "date 2024-05-02 Plant to close

Corvex Industries announced in May it planned to close the plant.

It said the decision followed an \"extensive review\" of the site.
",
    );
    assert_eq!(
        speaker_of(&quotes, "extensive review"),
        "Corvex Industries",
        "{quotes:#?}"
    );
}

#[test]
fn a_phrase_and_its_comma_before_the_subject_hide_no_subject_of_a_word_quoted() {
    let quotes = quotes_of(
        "date 2024-05-02 Council meeting

Cllr Jo Byrne questioned the agenda.

After her objection, Cllr Tom Neary sought to clarify that the item was a \"report\", and not a \
motion.
",
    );
    assert_eq!(speaker_of(&quotes, "report"), "Tom Neary", "{quotes:#?}");
}

#[test]
fn another_worker_who_is_not_named_is_no_one_named_before() {
    let quotes = quotes_of(
        "date 2024-05-02 Bakery to close

Baker Tom Reilly, 50, said: \"This is bad news for everybody.\"

Another worker, who did not want to be named, said: \"I think it is a harsh decision.\"

Asked about the plan, a driver at the depot said: \"Nobody told us a thing.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "This is bad news"),
        "Tom Reilly",
        "{quotes:#?}"
    );
    for start in ["I think it is a harsh decision", "Nobody told us"] {
        assert_eq!(
            speaker_of(&quotes, start),
            Value::Null,
            "{start}: {quotes:#?}"
        );
    }
}

#[test]
fn a_titled_surname_after_a_question_reports_it_in_a_longer_sentence() {
    let quotes = quotes_of(
        "date 2024-05-02 Recall costs

The minister wants the House to consider suing the opposition leader, Grace Ewing, over the \
cost of the recall.

\"Will the costs of this recall be a loss to the state?\" Mr Halloway wondered in his remarks \
to the House.

\"Who will pay for it?\" Dr. Lane asked the members on Monday.
",
    );
    for (start, speaker) in [("Will the costs", "Halloway"), ("Who will pay", "Lane")] {
        let got = speaker_of(&quotes, start);
        assert!(
            got.as_str().is_some_and(|s| s.ends_with(speaker)),
            "{start}: {quotes:#?}"
        );
    }
}

#[test]
fn a_paragraph_opening_with_the_role_is_about_the_one_named_with_it_for_a_quotation_after_it() {
    let quotes = quotes_of(
        "date 2024-05-02 Bypass plan

Residents met Mayor Ann Hale on Monday.

The chairman of the residents' group, Ben Ode, said the group was certain the plan would work.

The mayor, who did not confirm the date, acknowledged that she was aware of the plan.

\"Yes, it is the same plan, and I believe in it.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "Yes, it is the same plan"),
        "Ann Hale",
        "{quotes:#?}"
    );
}

#[test]
fn words_summed_up_as_those_of_people_not_named_have_no_speaker_under_a_heading_either() {
    let quotes = quotes_of(
        "date 2024-05-02 \"Tired, angry and let down\" - that's how staff at the bakery summed \
up the news that it will close.

Baker Tom Reilly, 50, has worked at the site for 30 years.

\"It is a sad time for the town,\" he said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Tired, angry and let down"),
        Value::Null,
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "It is a sad time"),
        "Tom Reilly",
        "{quotes:#?}"
    );
}

#[test]
fn skipper_before_a_name_is_a_title_not_part_of_the_name() {
    let quotes = quotes_of(
        "date 2024-05-02 The home side drew with the visitors on Saturday.

Coach Emil Brandt said: \"We were the better side.\"

Skipper Dara Quinn added: \"It is a mixed feeling for us.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "It is a mixed feeling"),
        "Dara Quinn",
        "{quotes:#?}"
    );
}

#[test]
fn a_quotation_goes_on_after_a_clause_with_a_hyphenated_description_and_an_outlet() {
    let quotes = quotes_of(
        "date 2024-05-02 Despite the defeat, national coach Hans Kober saw the positives.

\"I am not worried after that match,\" the 58-year-old Swiss told The Evening Post.

\"We are moving in the right direction.

\"The players know what we want.\"
",
    );
    for words in ["I am not worried", "We are moving", "The players know"] {
        assert_eq!(speaker_of(&quotes, words), "Hans Kober", "{quotes:#?}");
    }
}

#[test]
fn began_after_a_quotation_reports_it() {
    let quotes = quotes_of(
        "date 2024-05-02 Minor manager Liam Rourke gave much of the credit to Declan Moss.

The former senior boss was appointed coordinator for hurling earlier this year.

\"Declan has pulled a lot of strands together,\" Rourke began.
",
    );
    assert_eq!(
        speaker_of(&quotes, "Declan has pulled"),
        "Liam Rourke",
        "{quotes:#?}"
    );
}

#[test]
fn words_after_a_sentence_that_names_a_member_are_those_of_who_spoke_before_it() {
    let quotes = quotes_of(
        "date 2024-05-02 Transport Minister Ruth Dane says rural buses will be run by one agency.

A working group has been set up to oversee this and includes Carlow principal Ines Ward.

\"The old system was slow and costly.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "The old system"),
        "Ruth Dane",
        "{quotes:#?}"
    );
}

#[test]
fn a_nickname_quoted_inside_a_name_and_again_alone_is_a_term() {
    let quotes = quotes_of(
        "date 2024-05-02 Kilbane manager Ger Tobin was proud of his players. He praised the late \
free taken by Sean 'Sparky' Nolan, known to everyone as \"Sparky\".

\"I felt he had a chance,\" Tobin said.
",
    );
    let nicknames: Vec<&Value> = quotes
        .iter()
        .filter(|q| q["text"].as_str().is_some_and(|t| t.contains("Sparky")))
        .collect();
    assert_eq!(nicknames.len(), 2, "{quotes:#?}");
    for q in nicknames {
        assert_eq!(q["speaker"], Value::Null, "{quotes:#?}");
    }
    assert_eq!(
        speaker_of(&quotes, "I felt he had"),
        "Ger Tobin",
        "{quotes:#?}"
    );
}

#[test]
fn a_title_after_a_work_noun_is_no_one_s_words_but_a_predicate_after_it_is_said() {
    // "a book called “…”", "the song “…”", "a report titled “…”" are titles; "The program “has
    // failed,” she said" is her words.
    let quotes = quotes_of(
        r#"date 2020-03-14 Senator speaks

Senator Jane Ortiz spoke first. “We will win this,” Ortiz said. She then quoted a book called “The Long Road Home” and the song “Born to Run”. Her office wrote a report titled “Roads for All” last year. The program “has failed,” she said.
"#,
    );
    for title in ["The Long Road Home", "Born to Run", "Roads for All"] {
        assert_eq!(speaker_of(&quotes, title), Value::Null, "{quotes:#?}");
    }
    assert_eq!(
        speaker_of(&quotes, "has failed"),
        "Jane Ortiz",
        "{quotes:#?}"
    );
}

#[test]
fn the_person_before_with_at_or_from_an_organisation_speaks_not_the_organisation() {
    // "Sgt. Omar Felke with the Westbay Police Department told …": the organisation says where
    // he works. "explained Arlington Police Lt. Courtney White": words of a name before a title
    // and a person are the person's organisation.
    let quotes = quotes_of(
        r#"date 2024-03-14 Water outage hits town

"We expect repairs by Friday," Sgt. Omar Felke with the Westbay Police Department told the Coastal Ledger. "Nobody was hurt," Ann Lee from Harbour Water said.

"It was over fast," explained Arlington Police Lt. Courtney White.
"#,
    );
    for (start, speaker) in [
        ("We expect repairs by", "Omar Felke"),
        ("Nobody was hurt", "Ann Lee"),
        ("It was over fast", "Courtney White"),
    ] {
        assert_eq!(speaker_of(&quotes, start), speaker, "{quotes:#?}");
    }
}

#[test]
fn the_stops_of_initials_end_no_sentence_so_a_name_after_them_is_no_subject() {
    // "about U.S. President Donald Trump's claims" is inside Eby's sentence: "he" is Eby.
    let quotes = quotes_of(
        r#"date 2025-02-14 Premiers meet

Premier David Eby told reporters he had concerns about U.S. President Donald Trump's claims.

"We had frank conversations," he said.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "We had frank conversations"),
        "David Eby",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_after_any_name_after_the_verb_names_the_person_who_speaks() {
    // "City Power" is read as a person's name (two capitalised words); before a role and a
    // person after the verb it is still only whose spokesperson she is.
    let quotes = quotes_of(
        r#"date 2024-03-14 Fix your staff issues, City Power tells Eskom

City Power has raised concerns with Eskom. "Our customers have been hard done by," said City Power spokesperson Isaac Mangena.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "Our customers have been"),
        "Isaac Mangena",
        "{quotes:#?}"
    );
}

#[test]
fn an_excerpt_cut_off_in_a_quotation_goes_on_in_the_words_of_the_person_before() {
    let quotes = quotes_of(
        "date 2024-11-09 Fires near the coast

Area director Craig Mallow said the fire was threatening six homes on the edge of town.

\"We have fire units protecting houses along that sector and we ha",
    );
    assert_eq!(
        speaker_of(&quotes, "We have fire units"),
        "Craig Mallow",
        "{quotes:#?}"
    );
}

#[test]
fn the_authority_is_the_council_named_before() {
    let quotes = quotes_of(
        "date 2024-02-02 Strike called off

Unison had accused Harlow Council of \"shameful conduct\" in the talks. The authority added that \
it \"understood the concerns of staff\" and would \"keep talking to the union\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "understood the concerns"),
        "Harlow Council",
        "{quotes:#?}"
    );
}

#[test]
fn he_is_the_person_a_long_role_after_an_owner_introduces_not_the_owner() {
    let quotes = quotes_of(
        "date 2017-01-20 Actor dies at 61

Actor Manuel Ortez has died aged 61.

He spent seven seasons on the show as Owen Granger.

Manuel’s cousin and fellow actor Peter Lanning was one of the first to pay tribute.

He said in a statement: ‘Today we lost a giant of the screen and a friend.’
",
    );
    assert_eq!(
        speaker_of(&quotes, "Today we lost"),
        "Peter Lanning",
        "{quotes:#?}"
    );
}

#[test]
fn a_school_year_before_a_pupil_s_title_is_no_one_and_the_pupil_speaks() {
    let quotes = quotes_of(
        "date 2012-09-12 Students speak up

The halls felt like a \"funeral parlour,\" explained Grade 12 student Danielle Nurse.

\"It is quiet today,\" said Year 9 pupil Tom Abel.
",
    );
    assert_eq!(
        speaker_of(&quotes, "funeral parlour"),
        "Danielle Nurse",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "It is quiet today"),
        "Tom Abel",
        "{quotes:#?}"
    );
}

#[test]
fn the_name_after_which_and_before_said_is_the_speaker() {
    let quotes = quotes_of(
        "date 2022-10-01 Ruling set aside

Mr Dent successfully appealed his sentence, which Judge Glen Cash said was a result of \
\"impatience and intemperance\".
",
    );
    assert_eq!(
        speaker_of(&quotes, "impatience and"),
        "Glen Cash",
        "{quotes:#?}"
    );
}

#[test]
fn the_name_after_a_participle_of_speech_is_whom_it_is_said_to() {
    let quotes = quotes_of(
        "date 2019-02-10 Coach and player clash

Star forward Kevin Darrow then got involved in the conversation, asking Buddy Hale: \"What is \
wrong with your coach?\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "What is wrong"),
        "Kevin Darrow",
        "{quotes:#?}"
    );
}

#[test]
fn a_sentence_opening_with_a_preposition_and_an_owner_has_its_subject_after_them() {
    let quotes = quotes_of(
        "date 2020-03-20 Senate and the virus

Spokesman Ade Kwashi briefed reporters after the session.

On Senate’s Wednesday resolution urging President Musa Bello to address the nation, Kwashi said \
it was \"too early for us to ask\".

He, however, said, if the president did not speak \"in the next one week\", the Senate would \
act.
",
    );
    assert_eq!(
        speaker_of(&quotes, "in the next one week"),
        "Ade Kwashi",
        "{quotes:#?}"
    );
}

#[test]
fn a_person_at_the_described_organisation_speaks_not_the_organisation() {
    let quotes = quotes_of(
        "date 2017-04-14 Storm moves off

\"The worst is over,\" meteorologist John Crouch at the official Metservice said on Friday.
",
    );
    assert_eq!(
        speaker_of(&quotes, "The worst is over"),
        "John Crouch",
        "{quotes:#?}"
    );
}

#[test]
fn whom_a_phrase_before_the_subject_names_is_not_whom_he_stands_for() {
    let quotes = quotes_of(
        "date 2020-03-13 Minister dares doubters

President Kwame Asante had announced the fund on Wednesday.

Speaking in an interview with Radio Gold’s Ama Serwaa on Friday, Mr. Kojo Mensah said \
\"come and see them\".

He added: \"We should not joke with this.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "We should not joke"),
        "Kojo Mensah",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_opening_a_sentence_before_a_role_in_apposition_is_a_person_who_speaks() {
    let quotes = quotes_of(
        "date 2019-02-01 Schools to stay open

Zoe Bradie said the plan had shocked everyone.

Graham Lindsay, education spokesman, then said in response that he understands.

He said: \"I fully understand.\"
",
    );
    assert_eq!(
        speaker_of(&quotes, "I fully understand"),
        "Graham Lindsay",
        "{quotes:#?}"
    );
}

#[test]
fn a_name_alone_on_the_title_line_is_a_byline_and_says_nothing() {
    let quotes = quotes_of(
        "date 2025-01-08 Martin Shipwright

The state of the health service shows that Elin Morgan is \"failing\" as First Minister of \
Wales, according to Plaid Cymru leader Rhun ap Iolo.

Speaking at the start of the new term, he said 2025 would be a \"crucial\" year for Wales.
",
    );
    assert_eq!(
        speaker_of(&quotes, "crucial"),
        "Rhun ap Iolo",
        "{quotes:#?}"
    );
}

#[test]
fn a_body_noun_before_a_role_after_said_is_the_role_s_person() {
    let quotes = quotes_of(
        "date 2018-09-01 Plant closes

Acme Motors said it would close the plant. The union was angry.

\"We regret the decision,\" said company spokesman John Williams.
",
    );
    assert_eq!(
        speaker_of(&quotes, "We regret the decision"),
        "John Williams",
        "{quotes:#?}"
    );
}

#[test]
fn the_agent_of_a_passive_reporting_verb_speaks() {
    let quotes = quotes_of(
        "date 2022-10-01 Ruling set aside

The appellant’s arguments were described as “gobbledygook” by Magistrate Haydn Stern. Mr Dent \
said: “This is not my jurisdiction.”
",
    );
    assert_eq!(
        speaker_of(&quotes, "gobbledygook"),
        "Haydn Stern",
        "{quotes:#?}"
    );
}

#[test]
fn who_wrote_a_work_quoted_before_a_comma_says_nothing() {
    let quotes = quotes_of(
        "date 2006-12-06 Singer dies

Gene Pitt recorded songs by other composers, including “Liberty Valance,” written by Burt \
Bachman for the film.
",
    );
    assert_ne!(
        speaker_of(&quotes, "Liberty Valance"),
        "Burt Bachman",
        "{quotes:#?}"
    );
}

#[test]
fn the_firm_an_analyst_works_at_is_no_speaker_even_with_a_given_name_in_it() {
    let quotes = quotes_of(
        "date 2008-01-23 Apple shares fall

\"It is a matter of expectations being out of whack,\" Daniel Ernst, an analyst with Soleil \
Securities, said in an interview.

\"We are fine,\" Mary Jones, an economist at Goldman Sachs, said.
",
    );
    assert_eq!(
        speaker_of(&quotes, "It is a matter"),
        "Daniel Ernst",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "We are fine"),
        "Mary Jones",
        "{quotes:#?}"
    );
}

#[test]
fn a_role_opening_a_sentence_owns_the_phrase_it_quotes() {
    let quotes = quotes_of(
        "date 2019-10-02 Dengue cases rise

Health minister Anand Kumar visited the hospital on Tuesday. \"Two patients tested \
positive,\" he said.

The health minister appealed to the patients to come to hospitals 'on time' so that lives \
could be saved.
",
    );
    assert_eq!(speaker_of(&quotes, "on time"), "Anand Kumar", "{quotes:#?}");
}

#[test]
fn a_name_in_a_clause_opened_by_as_is_not_whom_the_next_she_stands_for() {
    let quotes = quotes_of(
        "date 2003-02-25 Judge refuses to apologise

Judge Anna Vos shouted at a solicitor, Mr Tom Lee, who wanted an apology.

As Mr Lee spoke, Judge Vos told him to sit down. She also told the solicitor he should \
\"stand over his actions\".
",
    );
    assert_eq!(speaker_of(&quotes, "stand over"), "Anna Vos", "{quotes:#?}");
}

#[test]
fn the_government_of_a_place_named_after_of_speaks_for_it() {
    let quotes = quotes_of(
        "date 2024-03-01 Water plan

The province of Ontario said it was \"deeply concerned\" about the plan.

The City of Cape Town said the water was \"safe to drink\".
",
    );
    assert_eq!(speaker_of(&quotes, "deeply"), "Ontario", "{quotes:#?}");
    assert_eq!(speaker_of(&quotes, "safe to"), "Cape Town", "{quotes:#?}");
}

#[test]
fn according_to_at_the_end_of_a_sentence_names_the_source_of_a_phrase_inside_it() {
    let quotes = quotes_of(
        "date 2025-01-05 NHS

The state of the NHS shows that Anna Price is “failing” as First Minister of Wales, according \
to Plaid Cymru leader Rhun ap Iorwerth.
",
    );
    assert_eq!(
        speaker_of(&quotes, "failing"),
        "Rhun ap Iorwerth",
        "{quotes:#?}"
    );
}

#[test]
fn words_of_an_unnamed_resident_quoted_again_from_someone_named_are_that_person_s() {
    let quotes = quotes_of(
        "date 2019-04-03 Residents protest

'We are still calling on the mayor to come and address us,' a resident said.

Residents marched on Tuesday. “We are still calling on the mayor to come and address us,” said \
Lesego Dube, who lives on Third Street.
",
    );
    let first = &quotes[0];
    assert_eq!(first["speaker"], "Lesego Dube", "{quotes:#?}");
}

#[test]
fn a_body_noun_before_a_word_for_a_job_and_a_name_is_that_person_s() {
    let quotes = quotes_of(
        "date 2015-10-20 Dairy plant to close

\"It's a cloudy day for the City of Plymouth today,\" said city administrator Brian Yerges.

\"The council does not meet in secret,\" said council member John Williams.
",
    );
    assert_eq!(
        speaker_of(&quotes, "It's a cloudy"),
        "Brian Yerges",
        "{quotes:#?}"
    );
    assert_eq!(
        speaker_of(&quotes, "The council"),
        "John Williams",
        "{quotes:#?}"
    );
}

#[test]
fn he_is_the_person_the_paragraphs_are_about_not_one_named_three_times_in_passing() {
    // The four people a pronoun looks back over are people, not mentions: Obasi, named three
    // times as an owner, does not crowd out Akande, who the text is about.
    let quotes = quotes_of(
        r#"date 2024-01-05 Spokesman denies role

The chief press secretary to the governor, Jide Akande, dismissed the claims on Sunday.

However, Akande, who spoke in an interview with the News Agency of Lagos (NAL) yesterday, said Olu-Bello learnt of the impeachment in the media like other citizens.

He said Obasi’s removal was a business of the legislature. He explained that the governor did not know of Obasi’s impeachment, adding that the governor learnt of Obasi’s removal through the media.

He said: “No, no. There is absolutely nothing true about that.”
"#,
    );
    assert_eq!(speaker_of(&quotes, "No, no."), "Jide Akande", "{quotes:#?}");
}

#[test]
fn a_surname_that_only_opens_sentences_is_found_after_a_straight_closing_quotation_mark() {
    // Both times "Faraldi" opens a sentence, the second time right after a closing straight
    // quotation mark, which is no opening one there: he opens two sentences and speaks.
    let quotes = quotes_of(
        r#"date 2021-04-03 Council keeps tax rate

City staff has recommended that council keep its current tax rate.

Faraldi said if the budget moves forward with the increase, he will not be able to support it.

"What we saw is that we are going to side with the bureaucracy, no matter what," Faraldi said of the vote.
"#,
    );
    assert_eq!(speaker_of(&quotes, "What we saw"), "Faraldi", "{quotes:#?}");
}

#[test]
fn a_paper_that_reported_him_saying_passes_on_his_words() {
    let quotes = quotes_of(
        r#"date 2020-09-03 Peters criticises response

NZ First leader Winston Peters took issue with the Government's response on the campaign trail in Upper Hutt.

"Don't keep on gilding the lily and saying everyone's fine when it wasn't," the Daily Courier reported him saying.

"The testing wasn't going on," the Morning Post quoted him as saying.
"#,
    );
    for start in ["Don't keep", "The testing"] {
        assert_eq!(speaker_of(&quotes, start), "Winston Peters", "{quotes:#?}");
    }
}

#[test]
fn the_minister_is_the_one_of_two_ministers_the_text_went_on_about() {
    let quotes = quotes_of(
        r#"date 2026-02-01 Budget praised

Parliamentary Affairs Minister Kiran Rao on Sunday praised the budget presented by Finance Minister Nirmala Sethi.

Asked about the opposition's claims, Rao told reporters the provisions were made for common people.

Asserting that the budget is focused on growth, the minister said, “The country is happy.”
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "The country is happy"),
        "Kiran Rao",
        "{quotes:#?}"
    );
}

#[test]
fn words_quoted_in_a_relative_clause_are_the_person_s_it_hangs_from() {
    let quotes = quotes_of(
        r#"date 2017-08-15 Leader hits back

Labour leader Jane Arden has hit back at Foreign Minister Julia Bishop, who accused Labour of "undermining" the government.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "undermining"),
        "Julia Bishop",
        "{quotes:#?}"
    );
}

#[test]
fn an_infinitive_after_a_quoted_phrase_reports_nothing_that_was_said() {
    let quotes = quotes_of(
        r#"date 2020-09-03 Leader answers critics

Prime Minister Jane Arden believes it's "a disservice" to say New Zealand hasn't done well in the fight against the virus.
"#,
    );
    assert_eq!(
        speaker_of(&quotes, "a disservice"),
        "Jane Arden",
        "{quotes:#?}"
    );
}
