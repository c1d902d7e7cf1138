//! Snapshots of every view at 80x24 and 120x40, and the styles that carry meaning.

mod common;

use common::{Harness, find, find_below};
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snapshot(name: &str, keys: &str) {
    for (w, h) in SIZES {
        let mut harness = Harness::new(w, h);
        harness.keys(keys);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), harness.screen());
    }
}

#[test]
fn list_view() {
    snapshot("list", "");
}

#[test]
fn article_view_with_a_quote_selected() {
    snapshot("article", "<Enter>]]");
}

#[test]
fn article_view_scrolled_to_the_end() {
    snapshot("article_end", "jj<Enter>G");
}

#[test]
fn timeline_view() {
    snapshot("timeline", "t");
}

#[test]
fn actors_view() {
    snapshot("actors", "a");
}

/// Choosing the actor to merge another into: the title says how, the actor merged is marked.
#[test]
fn actors_merging() {
    snapshot("actors_merging", "ajjjjm");
}

#[test]
fn actors_rename_input() {
    snapshot("actors_rename", "ajr");
}

#[test]
fn actors_help_names_the_curation_keys() {
    snapshot("actors_help", "a?");
}

#[test]
fn actor_filtered_list() {
    snapshot("actor_filter", "a<Enter>");
}

#[test]
fn search_typing() {
    snapshot("search", "/oekraine wit");
}

#[test]
fn search_matches_in_the_article() {
    snapshot("search_article", "/lavrov<Enter>n");
}

#[test]
fn help_overlay() {
    snapshot("help", "?");
}

#[test]
fn warnings_view_without_warnings() {
    snapshot("warnings", "w");
}

#[test]
fn too_small() {
    let mut harness = Harness::new(15, 4);
    insta::assert_snapshot!("too_small", harness.screen());
}

#[test]
fn actor_mentions_are_coloured_by_kind() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>");
    let buffer = h.draw();
    // In the body (below the header), "Stoltenberg" is a person, "NAVO" an organisation,
    // "Oekraïne" a country.
    // (text on screen, offset of the mention in it, colour of the mention's kind)
    for (text, offset, colour) in [
        ("Stoltenberg dinsdag gezegd", 0, Color::Cyan),
        ("NAVO-overleg", 0, Color::Magenta),
        ("oostgrens van Oekraïne", 14, Color::Green),
    ] {
        let (x, y) = find_below(&buffer, text, 4).unwrap_or_else(|| panic!("{text} on screen"));
        let cell = &buffer[(x + offset, y)];
        assert_eq!(cell.fg, colour, "{text}");
        assert!(cell.modifier.contains(Modifier::BOLD), "{text}");
    }
    let (x, y) = find(&buffer, "gezegd, meldt").unwrap();
    assert_eq!(
        buffer[(x, y)].fg,
        Color::Reset,
        "plain text is not highlighted"
    );
}

#[test]
fn quotes_are_set_apart_and_the_selected_one_is_marked() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>");
    let buffer = h.draw();
    let (x, y) = find(&buffer, "Het is de grootste").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    assert!(buffer[(x, y)].modifier.contains(Modifier::ITALIC));
    h.keys("]");
    let buffer = h.draw();
    let (x, y) = find(&buffer, "Het is de grootste").unwrap();
    assert_eq!(
        buffer[(x, y)].bg,
        Color::Yellow,
        "the selected quote stands out"
    );
    assert!(find(&buffer, "▶").is_some(), "a marker in the gutter");
    let (_, status_y) = find(&buffer, "❝ 1/5 Jens Stoltenberg").unwrap();
    assert_eq!(status_y, 39, "the speaker shows in the status line");
    // The next quote is not selected.
    let (x, y) = find(&buffer, "deze militaire opbouw").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Reset);
}

#[test]
fn search_matches_are_highlighted() {
    let mut h = Harness::new(120, 40);
    h.keys("/koeleba<Enter>");
    let buffer = h.draw();
    let (x, y) = find(&buffer, "Koeleba, de").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::LightRed);
}

#[test]
fn bookmarks_view() {
    snapshot("bookmarks", "<Enter>]b]]b]]]]b<Esc>B");
}

#[test]
fn bookmarks_view_empty() {
    snapshot("bookmarks_empty", "B");
}

#[test]
fn note_editor() {
    snapshot("note_editor", "<Enter>]beEerste regel<Enter>tweede regel");
}

#[test]
fn delete_confirmation() {
    snapshot("delete_confirm", "<Enter>]bBd");
}

#[test]
fn passage_selection() {
    snapshot("passage", "<Enter>vjj");
}

#[test]
fn bookmarked_quote_is_marked_in_the_article() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]b]");
    let buffer = h.draw();
    assert!(
        find(&buffer, "★ ").is_some(),
        "a star in the gutter of the bookmarked quote"
    );
}

#[test]
fn the_selected_month_s_bar_is_drawn_solid_not_in_reverse_video() {
    let mut h = Harness::new(120, 40);
    // From 2021-04 ten months down: 2022-02, the busiest month.
    h.keys("tjjjjjjjjjj");
    let buffer = h.draw();
    let (x, y) = find(&buffer, "2022-02 █").expect("the busiest month's row");
    let label = &buffer[(x, y)];
    assert!(
        label.modifier.contains(Modifier::REVERSED),
        "the selected row stands out"
    );
    let bar = &buffer[(x + 8, y)];
    assert_eq!(bar.symbol(), "█");
    assert!(
        !bar.modifier.contains(Modifier::REVERSED),
        "a reversed bar would look empty"
    );
}

#[test]
fn the_scroll_position_reads_as_vim_s_top_bot_all_and_percent() {
    use kroniek::ui::article::scroll_position;
    assert_eq!(scroll_position(0, 20, 10), "All");
    assert_eq!(scroll_position(0, 20, 25), "Top");
    assert_eq!(scroll_position(5, 20, 25), "Bot");
    assert_eq!(scroll_position(5, 10, 20), "50%");
    assert_eq!(scroll_position(5, 10, 25), "33%");
    let mut h = Harness::new(80, 24);
    h.keys("jj<Enter>");
    assert!(h.screen().contains(" Top ┘"), "at the top of an article");
    h.keys("G");
    assert!(h.screen().contains(" Bot ┘"), "at its end");
}

/// The timeline's actor grid (#19): labels, totals, shaded cells and the legend; the cell under
/// the cursor in the status line.
#[test]
fn timeline_actor_grid() {
    snapshot("timeline_grid", "tsjjj");
}

/// The bars by quarter (`-`), the selected quarter's articles below.
#[test]
fn timeline_bars_by_quarter() {
    snapshot("timeline_quarters", "t-j");
}

/// The bars by week (`+`): a week's label, and an empty week says so.
#[test]
fn timeline_bars_by_week() {
    snapshot("timeline_weeks", "t+j");
}

/// The grid counting quotations by quarter.
#[test]
fn timeline_actor_grid_quotations_by_quarter() {
    snapshot("timeline_grid_quotes", "ts-m");
}

/// Issue #18, item 18: the list gives each date as precisely as its article does (the day, and
/// the time where known and the list is wide enough), in one column wide enough for the most
/// precise.
#[test]
fn list_dates_as_precise_as_the_articles() {
    let load = || {
        kroniek::corpus::load::load(
            &["tests/fixtures/formats".into()],
            kroniek::corpus::actors::Gazetteer::builtin(),
            &kroniek::corpus::formats::Options::default(),
            &kroniek::corpus::load::Progress::default(),
        )
    };
    for (w, h) in SIZES {
        let mut harness = Harness::with_corpus(load(), w, h);
        let screen = harness.screen();
        // A time, a day, a month and no date, each as written, the titles in one column. At 80
        // columns the list has the row and gives the time; at 120 it is beside the article, and
        // gives the day, so the titles keep their room. (Undated articles are last: below the
        // fold at 24 rows.)
        let rows = if w == 80 {
            vec![
                "  2022-02-24 05:30 Rusland valt Oekraïne binnen",
                "  2022-01-10       Overleg in Genève",
                "  2022-01          Hoofd zonder dag",
            ]
        } else {
            vec![
                "  2022-02-24 Rusland valt Oekraïne binnen",
                "  2022-01-10 Overleg in Genève",
                "  2022-01    Hoofd zonder dag",
                "  undated    Onmogelijke datum",
            ]
        };
        for row in rows {
            assert!(screen.contains(row), "{row}:\n{screen}");
        }
        insta::assert_snapshot!(format!("list_dates_{w}x{h}"), screen);
    }
}

/// Issue #18, item 3: every quotation in one view (`Q`), the selected one in full below.
#[test]
fn quotations_view() {
    snapshot("quotations", "Qj");
}

/// The quotations view filtered with `/`, by a word of the text and one of the speaker's name,
/// folded.
#[test]
fn quotations_view_filtered() {
    snapshot("quotations_filtered", "Q/STOLTENBERG oekraine<Enter>");
}

/// The quotations view under the list's actor filter: the quotations that actor speaks, with a ★
/// on the one bookmarked there; under a range of dates, those of the range. The list's search is
/// the list's own: the view has its `/`.
#[test]
fn quotations_view_keeps_to_the_actor_filter_and_the_range_of_dates() {
    let mut h = Harness::new(120, 40);
    h.keys("/stoltenberg<Enter>Q");
    let all = h.screen();
    assert!(all.contains("┌ Quotations 40 ─"), "{all}");

    let mut h = Harness::new(120, 40);
    // The actor filter on Jens Stoltenberg (the fourth actor), then Q, then b.
    h.keys("ajjj<Enter>Qb");
    let screen = h.screen();
    assert!(
        screen.contains("┌ Quotations 14/40 · by Jens Stoltenberg ─"),
        "{screen}"
    );
    let rows: Vec<&str> = screen.lines().skip(1).take(14).collect();
    assert!(
        rows.iter().all(|r| r.contains("Jens Stoltenberg")),
        "{screen}"
    );
    assert!(rows[0].starts_with("│★ 2021-04"), "{screen}");
    assert!(screen.contains("bookmarked; e adds a note"), "{screen}");
    assert_eq!(h.app.bookmarks.list.len(), 1);
    assert_eq!(
        h.app.bookmarks.list[0].speaker.as_deref(),
        Some("Jens Stoltenberg")
    );

    // A range from 2021-04 to 2021-12 (the timeline's first month and eight down).
    let mut h = Harness::new(120, 40);
    h.keys("tvjjjjjjjj<Enter>Q");
    let screen = h.screen();
    assert!(
        screen.contains("┌ Quotations 8/40 · 2021-04-01 – 2021-12-31 ─"),
        "{screen}"
    );
    assert!(!screen.contains("2022-02 "), "{screen}");
}
