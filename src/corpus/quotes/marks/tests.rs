//! The scanner's rules, each on the prose it was written for.

use super::table::MARKS_FILE;
use super::*;

fn inner(text: &str) -> Vec<&str> {
    find_in_paragraph(text)
        .into_iter()
        .map(|(_, r)| &text[r])
        .collect()
}

/// Quotations and notes of a text whose paragraphs are separated by blank lines.
fn scan(text: &str) -> (Vec<(String, bool)>, Vec<Unpaired>) {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for block in text.split("\n\n") {
        paragraphs.push(start..start + block.len());
        start += block.len() + 2;
    }
    let mut found = Vec::new();
    let mut notes = Vec::new();
    Scanner::default().scan(text, &paragraphs, &mut found, &mut notes);
    let quotes = found
        .into_iter()
        .map(|q| (text[q.inner].to_owned(), q.continues))
        .collect();
    (quotes, notes.into_iter().map(|n| n.what).collect())
}

#[test]
fn the_mark_table_reads() {
    let marks = Marks::parse(MARKS_FILE).expect("marks.toml parses");
    assert_eq!(marks.at(",,Ja").map(|d| d.family), Some(Family::Double));
    assert_eq!(marks.at("''").map(|d| d.text.as_str()), Some("''"));
}

#[test]
fn every_family_dutch_and_flemish_papers_print_is_found() {
    assert_eq!(
        inner(
            "„een″ en „twee” en “drie” en ”vier” en ‘vijf’ en ’zes’ en 'zeven' en \"acht\" \
             en ,,negen'' en ,,tien” en ,,elf’’ en «twaalf» en ‹dertien› en „veertien“"
        ),
        [
            "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
            "twaalf", "dertien", "veertien"
        ]
    );
}

#[test]
fn two_commas_open_only_where_a_word_can_begin() {
    assert_eq!(
        inner("Het cijfer 1,,5 en a,,b zijn typefouten."),
        Vec::<&str>::new()
    );
    assert_eq!(
        inner("De wethouder: ,,Wij gaan door.'' En verder."),
        ["Wij gaan door."]
    );
}

#[test]
fn apostrophes_are_never_marks() {
    assert_eq!(
        inner("twee regio’s en zo'n 130.000 auto's, 's avonds, ’s-Hertogenbosch, zag 'm"),
        Vec::<&str>::new()
    );
    assert_eq!(inner("'Zo'n regio’s', zei hij"), ["Zo'n regio’s"]);
    assert_eq!(
        inner("de Jansens' tuin en rock 'n' roll in de '90s en ’94 bij van ‘t Wout"),
        Vec::<&str>::new()
    );
    assert_eq!(
        inner("“Het huis van Jansens' buren is ’t mooiste”, zegt hij."),
        ["Het huis van Jansens' buren is ’t mooiste"]
    );
}

#[test]
fn two_digits_after_an_apostrophe_are_a_year_unless_a_mark_closes_them() {
    assert_eq!(
        inner("In 1964 and '65 he said 'no' and the '90s came."),
        ["no"]
    );
    assert_eq!(inner("A witness heard '15 to 20' shots."), ["15 to 20"]);
    let (_, notes) = scan("In '65 it began.\n\nEnd.");
    assert!(notes.is_empty());
}

#[test]
fn a_right_mark_and_an_apostrophe_together_close_two_commas() {
    let (quotes, notes) = scan("Hij zei: ,,Verschrikkelijk.’' Daarna niets.\n\nEind.");
    assert_eq!(quotes, [("Verschrikkelijk.".to_owned(), false)]);
    assert!(notes.is_empty());
}

#[test]
fn a_possessive_in_the_next_paragraph_closes_nothing_from_before() {
    let (quotes, _) =
        scan("LONDON ‚British police said it.\n\nThe band of Jones’ friend.\n\nEind.");
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn any_single_family_nests_inside_any_double_one() {
    assert_eq!(
        inner("“Als deze ‘brutaliteit’ blijft”, zei Lavrov"),
        ["Als deze ‘brutaliteit’ blijft"]
    );
    assert_eq!(
        inner("„Hij noemde het ’onzin’ en 'flauwekul'” en ,,dat was ‚het‘ eind''"),
        [
            "Hij noemde het ’onzin’ en 'flauwekul'",
            "dat was ‚het‘ eind"
        ]
    );
    assert_eq!(
        inner("'Hij zei \"nee\" tegen ons'"),
        ["Hij zei \"nee\" tegen ons"]
    );
}

#[test]
fn a_mark_that_does_not_pair_costs_only_its_own_quotation() {
    // A stray opening mark in the middle: the quotations around it are still found.
    let (quotes, notes) =
        scan("„Eerst”, zei hij. Toen „iets. En ‘daarna’ nog „iets anders”.\n\nVolgende.");
    let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Eerst", "daarna", "iets anders"]);
    assert_eq!(notes, [Unpaired::Unclosed]);
    // A closing mark with nothing open.
    let (quotes, notes) = scan("Hij zei nee.” Toen „ja”.\n\nEind.");
    assert_eq!(quotes, [("ja".to_owned(), false)]);
    assert_eq!(notes, [Unpaired::Stray]);
}

#[test]
fn a_closing_mark_of_another_family_closes_and_is_noted() {
    let (quotes, notes) = scan("‘Ik ga niet weg.” Dat zei ze. „Nooit”, voegde ze toe.\n\nEind.");
    let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Ik ga niet weg.", "Nooit"]);
    assert_eq!(notes, [Unpaired::Mixed]);
}

#[test]
fn a_lost_closing_mark_ends_at_the_next_quotation_or_the_paragraph() {
    let (quotes, notes) = scan("Hij zei dat ‘het over is. ‘We gaan verder.’\n\nEind.");
    let texts: Vec<_> = quotes.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["het over is.", "We gaan verder."]);
    assert_eq!(notes, [Unpaired::ClosedByNext]);
    let (quotes, notes) = scan("Ze zegt: 'Het kan zo niet langer.\n\nTerrassen\n\nEind.");
    assert_eq!(quotes, [("Het kan zo niet langer.".to_owned(), false)]);
    assert_eq!(notes, [Unpaired::ToParagraphEnd]);
}

#[test]
fn a_quotation_cut_off_by_the_end_of_the_text_runs_to_the_end() {
    let (quotes, notes) = scan("Titel\n\nZe zei: „Wat ik wil is");
    assert_eq!(quotes, [("Wat ik wil is".to_owned(), false)]);
    assert_eq!(notes, [Unpaired::CutOff]);
}

#[test]
fn a_quotation_reopened_at_each_paragraph_is_one_in_pieces() {
    let (quotes, notes) =
        scan("Zij zei: „Het eerste deel.\n\n„Het tweede deel.\n\n„Het slot.”\n\n„Een nieuwe.”");
    assert_eq!(
        quotes,
        [
            ("Het eerste deel.".to_owned(), false),
            ("Het tweede deel.".to_owned(), true),
            ("Het slot.".to_owned(), true),
            ("Een nieuwe.".to_owned(), false),
        ]
    );
    assert!(notes.is_empty());
}

#[test]
fn a_quotation_whose_next_paragraph_closes_it_runs_over_the_break() {
    let (quotes, notes) = scan("“Het begint hier.\n\nEn het eindigt hier.”\n\nVerslag.");
    assert_eq!(
        quotes,
        [("Het begint hier.\n\nEn het eindigt hier.".to_owned(), false)]
    );
    assert!(notes.is_empty());
}

#[test]
fn empty_and_detached_marks_are_no_quotations() {
    assert_eq!(
        inner("een „ ” leeg en « Vorige | Volgende »"),
        Vec::<&str>::new()
    );
}

#[test]
fn marks_touching_other_marks_and_punctuation() {
    assert_eq!(
        inner("“Mooi.”\"Ajax speelt\", zei hij. “Klaar.”De trainer zweeg."),
        ["Mooi.", "Ajax speelt", "Klaar."]
    );
}

#[test]
fn deep_nesting_is_bounded() {
    let text = format!("{}{}", "‘".repeat(10_000), "”".repeat(10_000));
    assert!(find_in_paragraph(&text).len() <= 1);
}

/// The quotations of one paragraph, read by a scanner for a language whose apostrophe after a
/// plural -s may mark an owner (English) or not (Dutch).
fn inner_with(text: &str, possessive_s: bool) -> Vec<&str> {
    let mut found = Vec::new();
    let whole: Vec<_> = std::iter::once(0..text.len()).collect();
    Scanner::new(possessive_s).scan(text, &whole, &mut found, &mut Vec::new());
    found.into_iter().map(|q| &text[q.inner]).collect()
}

#[test]
fn an_owner_s_apostrophe_after_a_plural_s_ends_no_english_quotation_it_stands_in() {
    let text = "'We love it,' said Peter Cole. 'The Beatles' songs still work.'";
    assert_eq!(
        inner_with(text, true),
        ["We love it,", "The Beatles' songs still work."]
    );
    // A term quoted in running text ends at its mark, in English too.
    let term = "He asked so-called 'experts' who knew nothing.";
    assert_eq!(inner_with(term, true), ["experts"]);
    // Dutch writes no owner so: the mark closes.
    let dutch = "De ‘stoute jongens’ van de klas lezen veel.";
    assert_eq!(inner_with(dutch, false), ["stoute jongens"]);
    assert_eq!(inner_with(text, false)[1], "The Beatles");
}

#[test]
fn a_closing_mark_typed_with_spaces_on_both_sides_opens_when_a_later_mark_closes_it() {
    let (quotes, notes) = scan("Jane Doe said, ” Science is a shared effort.” She smiled.");
    assert_eq!(quotes, [(" Science is a shared effort.".to_owned(), false)]);
    assert_eq!(notes, []);
    // Closed by nothing in its paragraph, it was nothing, and nothing is noted.
    let (quotes, notes) = scan("The score was 3 ” 2.\n\n“Next,” she said.");
    assert_eq!(quotes, [("Next,".to_owned(), false)]);
    assert_eq!(notes, []);
    // With a quotation open, it closes it as before.
    assert_eq!(inner("“Het is klaar ” zei hij."), ["Het is klaar "]);
}
