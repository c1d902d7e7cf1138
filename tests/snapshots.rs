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
    assert_eq!(
        label.bg,
        h.theme.selection().bg.expect("a colour"),
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

/// A theme on the full palette, for the style tests.
fn themed(name: kroniek::ui::theme::ThemeName) -> kroniek::ui::theme::Theme {
    use kroniek::ui::theme::{Colours, Palette, Theme};
    Theme::new(Palette::Rich, name, Colours::builtin(name))
}

/// The screen as text, each row followed by its runs of style other than the default
/// (`  x..x fg bg modifiers`), so that a snapshot shows colours too.
fn styled_screen(harness: &mut Harness) -> String {
    let buffer = harness.draw();
    let area = buffer.area;
    let mut out = String::new();
    for y in area.y..area.y + area.height {
        let mut line = String::new();
        for x in area.x..area.x + area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
        let style = |x: u16| {
            let c = &buffer[(x, y)];
            (c.fg, c.bg, c.modifier)
        };
        let mut start = area.x;
        for x in area.x..=area.x + area.width {
            if x == area.x + area.width || style(x) != style(start) {
                let (fg, bg, modifier) = style(start);
                if (fg, bg, modifier) != (Color::Reset, Color::Reset, Modifier::empty()) {
                    out.push_str(&format!(
                        "  {start}..{} fg={fg:?} bg={bg:?} {modifier:?}\n",
                        x - 1
                    ));
                }
                start = x;
            }
        }
    }
    out
}

/// #18 item 12: the selected row of the list, Bookmarks and Actors, in the dark and the light
/// theme, is one style from border to border: every cell on the selection's background in the
/// colour that reads on it, not each cell's own colour reversed.
#[test]
fn the_selected_row_is_one_style_across_its_width() {
    use kroniek::ui::theme::ThemeName;
    for name in [ThemeName::Dark, ThemeName::Light] {
        for (keys, row_text) in [
            ("", "Stoltenberg"),
            ("a", "mentions"),
            ("<Enter>]b]]b<Esc>B", "—"),
        ] {
            let mut h = Harness::new(120, 40);
            h.theme = themed(name);
            h.keys(keys);
            let buffer = h.draw();
            let selection = h.theme.selection();
            let (_, y) = find(&buffer, row_text).unwrap_or_else(|| panic!("{row_text}"));
            // The list is beside the article: its right border is where the first one ends.
            let right = (1..buffer.area.width)
                .find(|&x| buffer[(x, y)].symbol() == "│")
                .expect("the pane's right border");
            for x in 1..right {
                let cell = &buffer[(x, y)];
                assert_eq!(
                    (cell.fg, cell.bg),
                    (selection.fg.unwrap(), selection.bg.unwrap()),
                    "{name:?} {keys:?}: cell {x} of the selected row"
                );
                assert!(!cell.modifier.contains(Modifier::REVERSED));
            }
        }
    }
}

/// #18 item 12: the current search match has a colour of its own, the other matches theirs.
#[test]
fn the_current_search_match_has_its_own_colour() {
    let mut h = Harness::new(120, 40);
    h.keys("/navo<Enter>n");
    let buffer = h.draw();
    let current = h.theme.current_match().bg.expect("a colour");
    let other = h.theme.search_match().bg.expect("a colour");
    assert_ne!(current, other);
    let body: Vec<Color> = (3..39)
        .flat_map(|y| (0..120).map(move |x| (x, y)))
        .map(|(x, y)| buffer[(x, y)].bg)
        .collect();
    assert!(body.contains(&current), "the current match");
    assert!(body.contains(&other), "the other matches");
}

/// #18 item 12: the light theme's borders and selection, with their colours.
#[test]
fn light_theme() {
    for (w, h) in SIZES {
        let mut harness = Harness::new(w, h);
        harness.theme = themed(kroniek::ui::theme::ThemeName::Light);
        insta::assert_snapshot!(format!("light_list_{w}x{h}"), styled_screen(&mut harness));
    }
}

/// The dark theme's selection in Bookmarks, with its colours.
#[test]
fn dark_theme_bookmarks_selection() {
    for (w, h) in SIZES {
        let mut harness = Harness::new(w, h);
        harness.theme = themed(kroniek::ui::theme::ThemeName::Dark);
        harness.keys("<Enter>]b]]b<Esc>B");
        insta::assert_snapshot!(
            format!("dark_bookmarks_styled_{w}x{h}"),
            styled_screen(&mut harness)
        );
    }
}

/// The corpus of every format, with its load warnings.
fn formats_corpus() -> kroniek::corpus::Corpus {
    kroniek::corpus::load::load(
        &["tests/fixtures/formats".into()],
        kroniek::corpus::actors::Gazetteer::builtin(),
        &kroniek::corpus::formats::Options::default(),
        &kroniek::corpus::load::Progress::default(),
    )
}

/// #18 item 14: the article header wraps the title and the source instead of cutting them.
#[test]
fn article_header_wraps_title_and_source() {
    for (w, h) in SIZES {
        let mut harness = Harness::with_corpus(formats_corpus(), w, h);
        harness.keys("<Enter>");
        let screen = harness.screen();
        let article = harness.app.corpus.article(harness.app.current().unwrap());
        let source = article.source.to_string();
        let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&source), "{source} whole:\n{screen}");
        insta::assert_snapshot!(format!("article_header_wrapped_{w}x{h}"), screen);
    }
}

/// #18 item 14: a warning is wrapped to the pane, whole.
#[test]
fn warnings_are_wrapped_whole() {
    for (w, h) in SIZES {
        let mut harness = Harness::with_corpus(formats_corpus(), w, h);
        harness.keys("wjjjjjj");
        let screen = harness.screen();
        assert!(!screen.contains('…'), "nothing cut:\n{screen}");
        insta::assert_snapshot!(format!("warnings_wrapped_{w}x{h}"), screen);
    }
}

/// #18 item 14: Enter on a warning about a loaded article opens that article; on a skipped entry
/// it says there is none.
#[test]
fn enter_on_a_warning_opens_its_article() {
    let mut h = Harness::with_corpus(formats_corpus(), 120, 40);
    h.keys("w");
    let skipped = h
        .app
        .corpus
        .warnings
        .iter()
        .position(|w| w.skipped)
        .unwrap();
    for _ in 0..skipped {
        h.keys("j");
    }
    h.keys("<Enter>");
    assert_eq!(h.app.view, kroniek::app::state::View::Warnings);
    assert!(h.app.message.as_deref().unwrap_or("").contains("skipped"));
    let loaded = h
        .app
        .corpus
        .warnings
        .iter()
        .position(|w| w.path.ends_with("news.jsonl:8"))
        .unwrap();
    h.keys("g");
    for _ in 0..loaded {
        h.keys("j");
    }
    h.keys("<Enter>");
    assert_eq!(h.app.view, kroniek::app::state::View::Articles);
    assert_eq!(h.app.focus, kroniek::app::state::Focus::Article);
    let article = h.app.corpus.article(h.app.current().unwrap());
    assert_eq!(
        article.source.to_string(),
        "tests/fixtures/formats/news.jsonl:8"
    );
}

/// #18 item 14: at 10×3 "terminal too small" is read whole, on two lines.
#[test]
fn too_small_fits_at_10x3() {
    let mut harness = Harness::new(10, 3);
    let screen = harness.screen();
    assert!(
        screen.contains("terminal") && screen.contains("too small"),
        "{screen}"
    );
    insta::assert_snapshot!("too_small_10x3", screen);
}

/// #18 item 16: help for each view: its keys, the global ones, the legend of marks and colours.
#[test]
fn help_per_view() {
    for (name, keys) in [
        ("help_article", "<Enter>?"),
        ("help_timeline", "t?"),
        ("help_bookmarks", "B?"),
        ("help_warnings", "w?"),
    ] {
        snapshot(name, keys);
    }
}

/// #18 item 16: help scrolled to its end says so; where it all shows, it says nothing.
#[test]
fn help_says_when_it_scrolls() {
    let mut h = Harness::new(80, 24);
    h.keys("?");
    assert!(h.screen().contains("more · j k scroll"), "{}", h.screen());
    h.keys("G");
    assert!(
        h.screen().contains("end · k scrolls back"),
        "{}",
        h.screen()
    );
    // One row back from the end is one row back, not lost past it.
    h.keys("k");
    assert!(
        h.screen().contains(" 1 more · j k scroll"),
        "{}",
        h.screen()
    );
}

/// The status line (the last row).
fn status(h: &mut Harness) -> String {
    h.screen().lines().last().unwrap_or("").to_owned()
}

/// #18 item 16: with a quotation selected the status line keeps its keys before it; `e note`
/// once it is bookmarked.
#[test]
fn a_selected_quotation_keeps_its_keys_in_the_status_line() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]");
    let line = status(&mut h);
    assert!(line.starts_with("b bookmark  y copy  ❝ 1/5"), "{line}");
    h.keys("b][");
    let line = status(&mut h);
    assert!(
        line.starts_with("b bookmark  e note  y copy  ❝ 1/5"),
        "{line}"
    );
}

/// #18 item 16: hints name no key that does nothing: no `n` without a search, nothing but the
/// way out in an empty Bookmarks view, and Enter filters in Actors.
#[test]
fn hints_name_only_keys_that_do_something() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>");
    assert!(!status(&mut h).contains("next match"), "{}", status(&mut h));
    h.keys("<Esc>/navo<Enter><Enter>");
    h.app.message = None;
    assert!(
        status(&mut h).contains("n next match"),
        "{}",
        status(&mut h)
    );

    let mut h = Harness::new(120, 40);
    h.keys("B");
    let line = status(&mut h);
    for key in ["Enter", "e ", "d ", "u ", "/ "] {
        assert!(!line.contains(key), "{key} in {line}");
    }
    h.keys("<Esc>a");
    let line = status(&mut h);
    assert!(line.contains("Enter filter"), "{line}");
    assert!(!line.contains("Enter open"), "{line}");
}

/// #18 item 20: on a wide terminal the article's lines stop at the text width (90), and `>`
/// moves the split.
#[test]
fn wide_terminal_text_width_and_split() {
    let mut harness = Harness::new(200, 50);
    harness.keys("<Enter>");
    insta::assert_snapshot!("text_width_200x50", harness.screen());
    harness.keys(">>");
    insta::assert_snapshot!("split_moved_200x50", harness.screen());
}
