//! Tests of the plain text parser: headers, paragraphs, headings, titles and dates.

use super::*;

/// Issue #18, item 19: the offset a date and time is written with is kept, and the time
/// stays as written.
#[test]
fn a_date_keeps_its_utc_offset_as_written() {
    let offset = |text: &str| parse_datetime(text).map(|d| (d.time, d.offset));
    let at_0530 = Some(5 * 3600 + 30 * 60);
    assert_eq!(
        offset("2022-02-24T05:30:00+01:00"),
        Some((at_0530, Some(60)))
    );
    assert_eq!(
        offset("2022-02-24T05:30:00-03:30"),
        Some((at_0530, Some(-210)))
    );
    assert_eq!(
        offset("2022-02-24T05:30:00+0100"),
        Some((at_0530, Some(60)))
    );
    assert_eq!(
        offset("2022-02-24T05:30:00.5+01"),
        Some((at_0530, Some(60)))
    );
    assert_eq!(offset("2022-02-24T05:30:00Z"), Some((at_0530, Some(0))));
    assert_eq!(offset("2022-02-24 05:30 GMT"), Some((at_0530, Some(0))));
    assert_eq!(offset("2022-02-24T05:30:00"), Some((at_0530, None)));
    assert_eq!(offset("2022-02-24"), Some((None, None)));
    // An offset out of range: the date and time are read, without it.
    assert_eq!(offset("2022-02-24T05:30:00+99:00"), Some((at_0530, None)));
}

/// A header may give the time too, as RFC 3339 writes it; its offset is kept.
#[test]
fn a_header_with_a_date_and_time_is_read_whole() {
    let parsed =
        parse(" date 2022-05-09T10:15:00+03:00 Victory Day parade in Moscow\n\nBody.").unwrap();
    let DateHeader::Valid(date) = parsed.date else {
        panic!("{:?}", parsed.date);
    };
    assert_eq!((date.year, date.month, date.day), (2022, 5, Some(9)));
    assert_eq!(date.offset, Some(180));
    assert_eq!(parsed.title, "Victory Day parade in Moscow");
    // A date and time that cannot be is a malformed header, as a bad date is.
    let parsed = parse("date 2022-05-09T25:15:00Z Tekst.").unwrap();
    assert!(
        matches!(parsed.date, DateHeader::Invalid(_)),
        "{:?}",
        parsed.date
    );
}

#[test]
fn header_on_the_first_line_with_body_after_it() {
    let parsed = parse(" date 2022-02 Eerste zin. Tweede.\n\nAlinea twee.").unwrap();
    assert_eq!(
        parsed.date,
        DateHeader::Valid(ArticleDate {
            year: 2022,
            month: 2,
            day: None,
            time: None,
            offset: None,
        })
    );
    assert_eq!(parsed.text, "Eerste zin. Tweede.\n\nAlinea twee.");
    assert_eq!(parsed.paragraphs.len(), 2);
    assert_eq!(parsed.title, "Eerste zin");
}

#[test]
fn the_fast_word_count_agrees_with_splitting_on_white_space() {
    let plain = |block: &str| {
        let words: Vec<&str> = block.split_whitespace().collect();
        (!words.is_empty() && words.join(" ") == block).then_some(words.len())
    };
    let cases = [
        "Een zin.",
        "„Citaat”, zei hij.",
        "twee  spaties",
        " voor",
        "na ",
        "tab\there",
        "regel\nbreuk",
        "nbsp\u{a0}hier",
        "nel\u{85}hier",
        "em\u{2003}space",
        "ideo\u{3000}graphic",
        "ogham\u{1680}x",
        "narrow\u{202f}nbsp",
        "math\u{205f}space",
        "line\u{2028}sep",
        "quotes ‘’ “” „ ″ are not space",
        "ë ï é € — – … ™",
        "del\u{7f}x",
        "",
        "a",
    ];
    for case in cases {
        let fast = normalised_words(case);
        // None sends the paragraph the slow way, which is always right; Some must be right,
        // and ordinary text (no control characters) must take the fast way.
        if fast.is_some() || !case.chars().any(char::is_control) {
            assert_eq!(fast, plain(case), "{case:?}");
        }
    }
}

#[test]
fn dates_and_times_as_datasets_write_them() {
    let at = |text: &str| parse_datetime(text).map(|d| (d.to_string(), d.time));
    assert_eq!(at("2022-02"), Some(("2022-02".into(), None)));
    assert_eq!(at("2022-02-24"), Some(("2022-02-24".into(), None)));
    assert_eq!(
        at("2022-02-24T05:30:00+02:00"),
        Some(("2022-02-24".into(), Some(5 * 3600 + 30 * 60)))
    );
    assert_eq!(
        at("2022-02-24T23:59:59.123Z"),
        Some(("2022-02-24".into(), Some(86399)))
    );
    assert_eq!(
        at("2022-02-24 05:30"),
        Some(("2022-02-24".into(), Some(5 * 3600 + 30 * 60)))
    );
    for bad in [
        "2022-02-30T10:00:00Z",
        "2022-02-24T25:00",
        "2022-02-24Tnoon",
        "24-02-2022",
        // Found by the formats fuzz target: byte 10 inside a character.
        "4044-ïïïïïïï01",
    ] {
        assert_eq!(parse_datetime(bad), None, "{bad}");
    }
}

#[test]
fn day_precision_is_accepted() {
    let parsed = parse("date 2022-02-24 Inval.").unwrap();
    assert_eq!(
        parsed.date,
        DateHeader::Valid(ArticleDate {
            year: 2022,
            month: 2,
            day: Some(24),
            time: None,
            offset: None,
        })
    );
}

#[test]
fn impossible_dates_are_invalid() {
    for bad in ["2022-13", "2024-1", "0000-00", "2023-02-30", "2022-00"] {
        let parsed = parse(&format!("date {bad} Tekst.")).unwrap();
        assert_eq!(parsed.date, DateHeader::Invalid(bad.to_owned()), "{bad}");
        assert_eq!(parsed.text, "Tekst.");
    }
}

#[test]
fn no_header_means_undated_and_whole_text_is_body() {
    let parsed = parse("Datum onbekend. Tekst.").unwrap();
    assert_eq!(parsed.date, DateHeader::Missing);
    assert_eq!(parsed.text, "Datum onbekend. Tekst.");
}

#[test]
fn header_only_has_no_body() {
    assert!(parse("  date 2022-02  \n\n").is_none());
    assert!(parse("   \n \n").is_none());
}

#[test]
fn extra_white_space_around_the_header_is_allowed() {
    let parsed = parse("\n\n   date    2021-04    \n  Body here.").unwrap();
    assert!(matches!(parsed.date, DateHeader::Valid(_)));
    assert_eq!(parsed.text, "Body here.");
}

#[test]
fn short_paragraphs_without_closing_punctuation_are_headings() {
    let parsed = parse("Lange eerste alinea met een punt.\n\nAkkoord van Minsk\n\n‘VS zijn onze tegenstander’\n\nLaatste zin.").unwrap();
    let headings: Vec<bool> = parsed.paragraphs.iter().map(|p| p.heading).collect();
    assert_eq!(headings, [false, true, true, false]);
}

#[test]
fn a_last_paragraph_cut_off_inside_a_quotation_is_not_a_heading() {
    let parsed = parse(
        "Eerste alinea.\n\nTussenkop\n\n“We hebben meer brandweerwagens bij de huizen en we he",
    )
    .unwrap();
    let headings: Vec<bool> = parsed.paragraphs.iter().map(|p| p.heading).collect();
    assert_eq!(headings, [false, true, false]);
}

#[test]
fn long_paragraph_without_full_stop_is_not_a_heading() {
    let long = "Moskou wil dat de NAVO een einde maakt aan haar uitbreiding naar Oost-Europa en wil vooral niet dat Oekraïne toetreedt tot het westerse bondgenootschap";
    let parsed = parse(&format!("Eerste.\n\n{long}")).unwrap();
    assert!(!parsed.paragraphs[1].heading);
}

#[test]
fn long_titles_are_shortened_at_a_word_boundary() {
    let title = title_of(&"woord ".repeat(40));
    assert!(title.chars().count() <= TITLE_MAX_CHARS);
    assert!(title.ends_with("woord…"));
}

#[test]
fn odd_white_space_is_collapsed_like_any_other() {
    let parsed = parse("a\u{a0}b  c\u{2003}d \u{3000}e").unwrap();
    assert_eq!(parsed.text, "a b c d e");
    assert_eq!(parsed.words, 5);
    let plain = parse("één twee drie").unwrap();
    assert_eq!(plain.text, "één twee drie");
    assert_eq!(plain.words, 3);
}

#[test]
fn lines_inside_a_paragraph_are_joined() {
    let parsed = parse("Een\nzin  over\r twee regels.").unwrap();
    assert_eq!(parsed.text, "Een zin over twee regels.");
}

#[test]
fn an_abbreviated_title_does_not_end_the_title() {
    assert_eq!(
        title_of("Sen. Warren and Gov. Newsom met Dr. Fauci. They talked."),
        "Sen. Warren and Gov. Newsom met Dr. Fauci"
    );
    assert_eq!(
        title_of("The U.S. and the U.K. signed a deal with St. Lucia. It was signed."),
        "The U.S. and the U.K. signed a deal with St. Lucia"
    );
}
