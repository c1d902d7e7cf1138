//! The reader's state machine: keys in, state out, for every action.

mod common;

use common::Harness;
use kroniek::app::keymap::Mode;
use kroniek::app::state::{Focus, View};
use kroniek::corpus::article::ArticleIx;
use kroniek::corpus::period::Granularity;
use kroniek::corpus::timeline::Measure;

/// The article at position `i` of the corpus.
fn ix(i: usize) -> ArticleIx {
    ArticleIx::new(i)
}

/// The articles at positions `indices` of the corpus.
fn ixs(indices: &[usize]) -> Vec<ArticleIx> {
    indices.iter().copied().map(ix).collect()
}

#[test]
fn starts_on_the_article_list_with_the_first_article_selected() {
    let h = Harness::new(120, 40);
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.mode(), Mode::List);
    assert_eq!(h.app.current(), Some(ix(0)));
}

#[test]
fn j_and_k_move_the_selection_and_stop_at_the_ends() {
    let mut h = Harness::new(120, 40);
    h.keys("jj");
    assert_eq!(h.app.list.selected, 2);
    h.keys("<Down>k<Up>");
    assert_eq!(h.app.list.selected, 1);
    h.keys("kkkk");
    assert_eq!(h.app.list.selected, 0);
    h.keys("G");
    assert_eq!(h.app.list.selected, 4);
    h.keys("jj");
    assert_eq!(h.app.list.selected, 4);
    h.keys("g");
    assert_eq!(h.app.list.selected, 0);
}

#[test]
fn enter_opens_the_article_and_marks_it_read() {
    let mut h = Harness::new(120, 40);
    h.keys("j<Enter>");
    assert_eq!(h.app.focus, Focus::Article);
    assert!(h.app.read.contains(&ix(1)));
    h.keys("q");
    assert_eq!(h.app.focus, Focus::List);
    assert!(!h.app.quit);
}

#[test]
fn article_keys_scroll_by_line_page_and_half_page() {
    let mut h = Harness::new(80, 24);
    h.keys("jj<Enter>");
    h.keys("j");
    assert_eq!(h.app.article.scroll, 1);
    h.keys("<PgDn>");
    let page = h.app.article.scroll - 1;
    assert!(page >= 10, "a page is the body height, was {page}");
    h.keys("<C-u>");
    assert_eq!(h.app.article.scroll, 1 + page - page / 2);
    h.keys("<C-d>");
    assert_eq!(h.app.article.scroll, 1 + page);
    h.keys("G");
    let bottom = h.app.article.scroll;
    h.keys("j");
    assert_eq!(h.app.article.scroll, bottom, "cannot scroll past the end");
    h.keys("g");
    assert_eq!(h.app.article.scroll, 0);
}

#[test]
fn first_bracket_selects_the_first_quote_and_scrolls_it_into_view() {
    let mut h = Harness::new(80, 24);
    h.keys("<Enter>");
    assert_eq!(
        h.app.article.quote, None,
        "an article opens with no quote selected"
    );
    h.keys("]");
    assert_eq!(h.app.article.quote, Some(0));
    h.keys("]]]");
    assert_eq!(h.app.article.quote, Some(3));
    let line = {
        let article = &h.app.corpus.articles[0];
        let start = article.quotes[3].span.start as usize;
        h.app.wrapped_current().unwrap().line_of(start)
    };
    let height = 24 - 1 - 2 - 3;
    assert!(line >= h.app.article.scroll && line < h.app.article.scroll + height);
    h.keys("[");
    assert_eq!(h.app.article.quote, Some(2));
    h.keys("]]]]]");
    assert_eq!(h.app.article.quote, Some(4), "stops at the last quote");
    assert_eq!(h.app.message.as_deref(), Some("last quotation"));
}

#[test]
fn shift_j_and_k_move_between_articles_in_the_article_pane() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]J");
    assert_eq!(h.app.current(), Some(ix(1)));
    assert_eq!(h.app.focus, Focus::Article);
    assert_eq!(
        h.app.article.quote, None,
        "a new article starts with no quote selected"
    );
    h.keys("JK");
    assert_eq!(h.app.current(), Some(ix(1)));
    assert!(h.app.read.contains(&ix(2)));
}

#[test]
fn tab_moves_focus_between_panes() {
    let mut h = Harness::new(120, 40);
    h.keys("<Tab>");
    assert_eq!(h.app.focus, Focus::Article);
    h.keys("<Tab>");
    assert_eq!(h.app.focus, Focus::List);
}

#[test]
fn timeline_enter_filters_the_list_by_month() {
    let mut h = Harness::new(120, 40);
    h.keys("t");
    assert_eq!(h.app.view, View::Timeline);
    assert_eq!(h.app.timeline.selected, 0);
    // 2021-04 .. 2022-02 is eleven months; the tenth step down is 2022-02.
    h.keys("jjjjjjjjjj<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.visible.len(), 2);
    assert_eq!(h.app.filter_label().as_deref(), Some("2022-02"));
    h.keys("q");
    assert_eq!(
        h.app.view,
        View::Timeline,
        "q goes back to the timeline first"
    );
    h.keys("qq");
    assert_eq!(h.app.visible.len(), 5, "then q clears the filter");
    assert!(!h.app.quit);
    h.keys("q");
    assert!(h.app.quit);
}

#[test]
fn an_empty_month_is_not_opened() {
    let mut h = Harness::new(120, 40);
    h.keys("tj<Enter>");
    assert_eq!(h.app.view, View::Timeline);
    assert_eq!(h.app.message.as_deref(), Some("no articles in 2021-05"));
}

#[test]
fn actor_filter_narrows_the_list_to_articles_that_mention_the_actor() {
    let mut h = Harness::new(120, 40);
    h.keys("a");
    assert_eq!(h.app.view, View::Actors);
    let truss = h
        .app
        .actor_stats
        .iter()
        .position(|s| h.app.corpus.actor_name(s.actor) == "Liz Truss")
        .unwrap();
    for _ in 0..truss {
        h.keys("j");
    }
    h.keys("<Enter>");
    assert_eq!(h.app.visible.len(), 1);
    assert_eq!(
        h.app.corpus.article(h.app.visible[0]).id,
        "001_dac7e3f325e7f7ac"
    );
    h.keys("t");
    assert!(h.screen().contains("mentions of Liz Truss"));
}

#[test]
fn search_narrows_as_you_type_ignoring_case_and_diacritics() {
    let mut h = Harness::new(120, 40);
    h.keys("/");
    assert!(h.app.search_input().is_some());
    h.keys("truss");
    assert_eq!(h.app.visible.len(), 1);
    h.keys("<Enter>");
    assert!(h.app.search_input().is_none());
    assert_eq!(h.app.filters.search, "truss");
    h.keys("/<Backspace><Backspace><Backspace><Backspace><Backspace>OEKRAINE");
    assert_eq!(
        h.app.visible.len(),
        5,
        "oekraine finds Oekraïne in every article"
    );
    h.keys("<Esc>");
    assert_eq!(
        h.app.filters.search, "truss",
        "Esc restores the search before"
    );
}

#[test]
fn n_and_capital_n_jump_between_matches_and_across_articles() {
    let mut h = Harness::new(120, 40);
    h.keys("/stoltenberg<Enter>");
    let shown = h.app.visible.clone();
    assert_eq!(shown.len(), 4);
    let first_article_matches = h.app.matches().len();
    h.keys("n");
    assert_eq!(h.app.article.search_match, Some(0));
    assert_eq!(h.app.focus, Focus::Article);
    for _ in 1..first_article_matches {
        h.keys("n");
    }
    assert_eq!(h.app.article.search_match, Some(first_article_matches - 1));
    h.keys("n");
    assert_eq!(
        h.app.current(),
        Some(shown[1]),
        "past the last match: the next article"
    );
    assert_eq!(h.app.article.search_match, Some(0));
    h.keys("N");
    assert_eq!(h.app.current(), Some(shown[0]));
    assert_eq!(h.app.article.search_match, Some(first_article_matches - 1));
}

#[test]
fn n_without_a_search_says_how_to_search() {
    let mut h = Harness::new(120, 40);
    h.keys("n");
    assert_eq!(h.app.message.as_deref(), Some("no search; / to search"));
}

#[test]
fn help_opens_over_any_view_and_closes_with_esc() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>?");
    assert_eq!(h.app.mode(), Mode::Help);
    let screen = h.screen();
    assert!(screen.contains("Keys · Article"), "{screen}");
    assert!(screen.contains("next quote"));
    h.keys("<Esc>");
    assert_eq!(h.app.mode(), Mode::Article);
}

#[test]
fn warnings_view_lists_every_load_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), "date 2022-01 Goed.").unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let corpus = load_paths(&[dir.path().to_path_buf()]);
    let mut h = Harness::with_corpus(corpus, 120, 40);
    assert_eq!(
        h.app.message.as_deref(),
        Some("1 file skipped; w to see why")
    );
    h.keys("w");
    assert_eq!(h.app.view, View::Warnings);
    assert!(h.screen().contains("empty.txt: empty file (skipped)"));
}

#[test]
fn q_quits_from_the_top_and_ctrl_c_quits_anywhere() {
    let mut h = Harness::new(120, 40);
    h.keys("q");
    assert!(h.app.quit);
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>t<C-c>");
    assert!(h.app.quit);
}

#[test]
fn narrow_terminal_shows_one_pane_at_a_time() {
    let mut h = Harness::new(80, 24);
    let screen = h.screen();
    assert!(screen.contains("Articles 5"));
    assert!(
        !screen.contains("words ·"),
        "no article pane beside the list"
    );
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("words ·"));
    assert!(!screen.contains("Articles 5"));
}

#[test]
fn an_empty_corpus_opens_to_a_clear_empty_state() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = load_paths(&[dir.path().to_path_buf()]);
    let mut h = Harness::with_corpus(corpus, 80, 24);
    let screen = h.screen();
    assert!(screen.contains("No articles loaded"));
    // Issue #18, item 11: the empty state names every extension kroniek reads, not only *.txt.
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    for (ext, _) in kroniek::corpus::formats::EXTENSIONS {
        assert!(flat.contains(&format!("*.{ext}")), "*.{ext}: {screen}");
    }
    // Every key on an empty corpus is harmless.
    h.keys("<Enter>j]J/x<Enter>nNtj<Enter>aG<Enter>w?<Esc><Esc><Esc><Esc>");
    h.screen();
    assert_eq!(h.app.current(), None);
}

#[test]
fn every_size_down_to_one_by_one_renders() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]");
    for width in (1..=130).step_by(7) {
        for height in (1..=45).step_by(4) {
            h.resize(width, height);
            let screen = h.screen();
            // As much of "terminal too small" as fits, never cut below 9 columns.
            if (width < 20 || height < 5) && width >= 9 {
                assert!(screen.contains("too small"), "{width}x{height}:\n{screen}");
            }
        }
    }
    h.resize(1, 1);
    h.screen();
}

#[test]
fn esc_goes_back_one_level_and_does_nothing_at_the_top() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>");
    assert_eq!(h.app.focus, Focus::Article);
    h.keys("<Esc>");
    assert_eq!(h.app.focus, Focus::List);
    h.keys("<Esc><Esc><Esc>");
    assert!(!h.app.quit, "Esc at the top does not quit");
    assert!(h.app.overlays.is_empty(), "nor asks anything");
    assert_eq!(h.app.view, View::Articles);
    assert!(h.app.at_top());
}

#[test]
fn only_q_at_the_top_quits() {
    let mut h = Harness::new(120, 40);
    h.keys("t<Enter><Enter>");
    assert_eq!((h.app.view, h.app.focus), (View::Articles, Focus::Article));
    h.keys("q");
    assert_eq!((h.app.view, h.app.focus), (View::Articles, Focus::List));
    h.keys("q");
    assert_eq!(
        h.app.view,
        View::Timeline,
        "back to where the month was chosen"
    );
    assert!(!h.app.quit);
    h.keys("q");
    assert_eq!(h.app.view, View::Articles);
    h.keys("q");
    assert!(h.app.filters.is_empty(), "the month filter is cleared");
    assert!(!h.app.quit);
    h.keys("q");
    assert!(h.app.quit, "q at the top quits");
}

#[test]
fn opening_a_bookmark_then_q_returns_to_the_bookmarks() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]b");
    assert_eq!(h.app.bookmarks.list.len(), 1);
    h.keys("B<Enter>");
    assert_eq!((h.app.view, h.app.focus), (View::Articles, Focus::Article));
    h.keys("q");
    assert_eq!(h.app.view, View::Bookmarks);
    assert!(!h.app.quit);
}

#[test]
fn h_l_and_the_arrow_keys_move_between_the_panes() {
    let mut h = Harness::new(120, 40);
    h.keys("jl");
    assert_eq!(h.app.focus, Focus::Article);
    assert!(h.app.read.contains(&ix(1)), "l opens as Enter does");
    h.keys("h");
    assert_eq!(h.app.focus, Focus::List);
    h.keys("<Right>");
    assert_eq!(h.app.focus, Focus::Article);
    h.keys("<Left>");
    assert_eq!(h.app.focus, Focus::List);
    h.keys("hh<Left>");
    assert!(!h.app.quit, "h at the top does not quit");
}

#[test]
fn r_toggles_the_read_mark_and_shift_u_shows_unread_articles_only() {
    let mut h = Harness::new(120, 40);
    h.keys("r");
    assert!(h.app.read.contains(&ix(0)));
    assert_eq!(h.app.message.as_deref(), Some("marked read"));
    h.keys("r");
    assert!(!h.app.read.contains(&ix(0)));
    assert_eq!(h.app.message.as_deref(), Some("marked unread"));
    h.keys("rjr");
    h.keys("U");
    assert_eq!(h.app.visible, ixs(&[2, 3, 4]));
    assert_eq!(
        h.app.message.as_deref(),
        Some("unread articles only; U shows all")
    );
    assert!(
        h.screen().contains("unread · 3/5"),
        "the status line says so"
    );
    h.keys("U");
    assert_eq!(h.app.visible.len(), 5);
    h.keys("U<Esc>");
    assert_eq!(h.app.visible.len(), 5, "Esc clears the unread filter too");
}

#[test]
fn help_shows_the_daily_reading_keys() {
    let h = Harness::new(120, 40);
    let list = h.app.keymap.bindings(Mode::List);
    for (keys, what) in [
        ("q", "back (quit from the top)"),
        ("Esc", "back"),
        ("h ←", "back to the pane on the left"),
        ("l →", "open in the pane on the right"),
        ("r", "read/unread"),
        ("U", "unread only"),
        ("y", "copy"),
        ("o", "open URL"),
    ] {
        assert!(
            list.iter().any(|(k, w)| k == keys && *w == what),
            "{keys} {what} in {list:?}"
        );
    }
}

/// A folder with one empty file and a JSON Lines file with two broken lines of three.
fn corpus_with_skipped_files_and_entries() -> kroniek::corpus::Corpus {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("news.jsonl"),
        "{\"date\": \"2022-01\", \"title\": \"Goed\", \"body\": \"Een zin.\"}\nnot json\n[1]\n",
    )
    .unwrap();
    load_paths(&[dir.path().to_path_buf()])
}

/// #18 item 16: keys that would do nothing are not named: `]` in an article without
/// quotations, Enter and the curation keys in an empty Actors view, Enter and `s` in an empty
/// timeline.
#[test]
fn hints_leave_out_keys_that_do_nothing() {
    let status = |h: &mut Harness| h.screen().lines().last().unwrap_or_default().to_owned();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("stil.txt"),
        "date 2022-01 Een dag zonder nieuws.",
    )
    .unwrap();
    let load = |paths: &[std::path::PathBuf]| {
        kroniek::corpus::load::load(
            paths,
            kroniek::corpus::actors::Gazetteer::builtin(),
            &kroniek::corpus::formats::Options::default(),
            &kroniek::corpus::load::Progress::default(),
        )
    };
    let mut h = Harness::with_corpus(load(&[dir.path().to_path_buf()]), 120, 40);
    h.keys("<Enter>");
    assert_eq!(h.app.mode(), Mode::Article);
    let line = status(&mut h);
    assert!(!line.contains("next quote"), "{line}");
    assert!(line.contains("? help"), "{line}");
    h.keys("qa");
    assert!(h.app.actor_stats.is_empty());
    let screen = h.screen();
    assert!(screen.contains("No actors mentioned."), "{screen}");
    assert!(screen.contains(" Actors · Esc back "), "{screen}");
    assert!(
        !screen.contains("merge") && !screen.contains("rename"),
        "{screen}"
    );
    let line = status(&mut h);
    assert!(!line.contains("Enter"), "{line}");
    assert!(line.contains("Esc back"), "{line}");

    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("leeg.txt"), "").unwrap();
    let mut h = Harness::with_corpus(load(&[empty.path().to_path_buf()]), 120, 40);
    h.keys("t");
    assert_eq!(h.app.mode(), Mode::Timeline);
    h.app.message = None;
    let line = status(&mut h);
    assert!(!line.contains("Enter") && !line.contains("grid"), "{line}");
    assert!(line.contains("Esc back"), "{line}");
}

/// An empty folder is counted as a folder, not as a file skipped.
#[test]
fn an_empty_folder_is_counted_as_a_folder_without_articles() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let load = |paths: &[std::path::PathBuf]| {
        kroniek::corpus::load::load(
            paths,
            kroniek::corpus::actors::Gazetteer::builtin(),
            &kroniek::corpus::formats::Options::default(),
            &kroniek::corpus::load::Progress::default(),
        )
    };
    let corpus = load(std::slice::from_ref(&empty));
    assert_eq!(corpus.skipped_files(), 0);
    assert_eq!(corpus.empty_folders(), 1);
    let h = Harness::with_corpus(corpus, 120, 40);
    assert_eq!(
        h.app.message.as_deref(),
        Some("1 folder without articles; w to see why")
    );
    let corpus = load(&[empty, dir.path().join("empty.txt")]);
    assert_eq!(
        corpus.skipped_summary(),
        "1 file skipped and 1 folder without articles"
    );
}

#[test]
fn skipped_files_and_skipped_entries_are_counted_apart() {
    let corpus = corpus_with_skipped_files_and_entries();
    assert_eq!(corpus.skipped_files(), 1);
    assert_eq!(corpus.skipped_entries(), 2);
    let h = Harness::with_corpus(corpus, 120, 40);
    assert_eq!(
        h.app.message.as_deref(),
        Some("1 file and 2 entries skipped; w to see why")
    );
}

// The timeline's actor grid (#19).

#[test]
fn s_switches_the_timeline_between_bars_and_the_actor_grid() {
    let mut h = Harness::new(120, 40);
    h.keys("t");
    assert!(!h.app.grid.shown);
    h.keys("s");
    assert!(h.app.grid.shown);
    assert_eq!(h.app.mode(), Mode::Timeline);
    h.keys("s");
    assert!(!h.app.grid.shown);
}

#[test]
fn the_grid_cursor_moves_over_cells_and_stops_at_the_edges() {
    let mut h = Harness::new(120, 40);
    h.keys("tsjjll");
    assert_eq!((h.app.grid.row, h.app.grid.column), (2, 2));
    h.keys("hhhkkkk");
    assert_eq!((h.app.grid.row, h.app.grid.column), (0, 0));
    h.keys("<Right>".repeat(40).as_str());
    assert_eq!(h.app.grid.column, h.app.grid.periods.periods.len() - 1);
}

#[test]
fn plus_and_minus_change_the_period_and_keep_the_cursor_in_time() {
    let mut h = Harness::new(120, 40);
    h.keys("ts");
    assert_eq!(h.app.grid.granularity, Granularity::Month);
    // December 2021: the ninth column.
    h.keys("llllllll");
    assert_eq!(h.app.grid.periods.periods[8].label(), "2021-12");
    h.keys("-");
    assert_eq!(h.app.grid.granularity, Granularity::Quarter);
    assert_eq!(
        h.app.grid.periods.periods[h.app.grid.column].label(),
        "2021-Q4"
    );
    h.keys("-");
    assert_eq!(h.app.grid.granularity, Granularity::Year);
    h.keys("-");
    assert_eq!(h.app.message.as_deref(), Some("already by year"));
    h.keys("+++");
    assert_eq!(h.app.grid.granularity, Granularity::Week);
    assert_eq!(
        h.app.grid.periods.periods[h.app.grid.column].label(),
        "2021-W48"
    );
    h.keys("+");
    assert_eq!(h.app.grid.granularity, Granularity::Day);
    assert_eq!(
        h.app.grid.periods.periods[h.app.grid.column].label(),
        "2021-12-01"
    );
}

#[test]
fn m_counts_quotations_instead_of_mentions() {
    let mut h = Harness::new(120, 40);
    h.keys("ts");
    let by_mentions = h.app.grid.rows.clone();
    h.keys("m");
    assert_eq!(h.app.grid.measure, Measure::Quotations);
    assert_ne!(h.app.grid.rows, by_mentions);
    assert_eq!(
        h.app.corpus.actor_name(h.app.grid.rows[0]),
        "Jens Stoltenberg"
    );
    h.keys("m");
    assert_eq!(h.app.grid.measure, Measure::Mentions);
}

/// Goes back (`q`) one level at a time until the list shows every article again: back to where
/// a filter was chosen, back to the list, the filter cleared. Never quits on the way.
fn back_until_unfiltered(h: &mut Harness) {
    for _ in 0..4 {
        if h.app.view == View::Articles && h.app.filters.is_empty() {
            break;
        }
        h.keys("q");
        assert!(!h.app.quit, "went back, did not quit");
    }
    assert!(h.app.filters.is_empty(), "{:?}", h.app.filters);
}

#[test]
fn enter_on_a_cell_lists_its_articles_and_esc_clears_it() {
    let mut h = Harness::new(120, 40);
    // NAVO in February 2022.
    h.keys("tsjj");
    h.keys("<Right>".repeat(10).as_str());
    h.keys("<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.visible, ixs(&[2, 3]));
    assert_eq!(h.app.filter_label().as_deref(), Some("NAVO · 2022-02"));
    back_until_unfiltered(&mut h);
    assert_eq!(h.app.visible.len(), 5);
    // The grid stays as it was; an empty cell (May 2021) says so and stays.
    h.keys("t");
    assert!(h.app.grid.shown);
    h.keys("<Left>".repeat(9).as_str());
    h.keys("<Enter>");
    assert_eq!(h.app.view, View::Timeline);
    assert!(
        h.app
            .message
            .as_deref()
            .unwrap_or("")
            .starts_with("no articles")
    );
}

#[test]
fn the_grid_row_of_the_chosen_actor_is_selected() {
    let mut h = Harness::new(120, 40);
    // Jens Stoltenberg from the actor filter, then the grid.
    h.keys("ajjj<Enter>ts");
    let row = h.app.grid.rows[h.app.grid.row];
    assert_eq!(h.app.corpus.actor_name(row), "Jens Stoltenberg");
}

#[test]
fn v_in_the_grid_marks_a_range_of_dates_and_enter_applies_it() {
    let mut h = Harness::new(120, 40);
    // From December 2021 to February 2022 (the ninth to the eleventh month).
    h.keys("tsllllllllvll");
    assert_eq!(h.app.grid.marking, Some(8));
    h.keys("<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.visible, ixs(&[1, 2, 3]));
    assert_eq!(
        h.app.filter_label().as_deref(),
        Some("2021-12-01 – 2022-02-28")
    );
    // Search stays inside the range.
    h.keys("/oekraine<Enter>");
    assert!(h.app.visible.iter().all(|i| ixs(&[1, 2, 3]).contains(i)));
    // Going back clears it with the other filters.
    back_until_unfiltered(&mut h);
    assert_eq!(h.app.visible.len(), 5);
}

/// While a range is marked, in the bars or the grid, the status line says so and how to go on.
#[test]
fn marking_a_range_says_so_in_the_status_line() {
    let mut h = Harness::new(120, 40);
    h.keys("tv");
    let status = |h: &mut Harness| h.screen().lines().last().unwrap_or_default().to_owned();
    let line = status(&mut h);
    assert!(
        line.contains("range from 2021-04 · move to extend · Enter applies · Esc cancels"),
        "{line}"
    );
    h.keys("jj");
    let line = status(&mut h);
    assert!(
        line.contains("range 2021-04 – 2021-06 · move to extend · Enter applies · Esc cancels"),
        "{line}"
    );
    h.keys("<Esc>s");
    h.keys("lv");
    let line = status(&mut h);
    assert!(
        line.contains("range from 2021-07 · move to extend"),
        "{line}"
    );
    h.keys("l");
    let line = status(&mut h);
    assert!(
        line.contains("range 2021-07 – 2021-08 · move to extend"),
        "{line}"
    );
}

#[test]
fn v_in_the_bars_marks_months_and_esc_cancels_the_range() {
    let mut h = Harness::new(120, 40);
    h.keys("tvj");
    assert_eq!(h.app.grid.marking, Some(0));
    h.keys("<Esc>");
    assert_eq!(h.app.grid.marking, None);
    assert_eq!(h.app.view, View::Timeline);
    // April to December 2021.
    h.keys("kv");
    h.keys("j".repeat(8).as_str());
    h.keys("<Enter>");
    assert_eq!(h.app.visible, ixs(&[0, 1]));
    assert_eq!(
        h.app.filter_label().as_deref(),
        Some("2021-04-01 – 2021-12-31")
    );
}

#[test]
fn a_range_of_dates_narrows_the_actor_filter_until_cleared() {
    let mut h = Harness::new(120, 40);
    let all = h.app.actor_stats.len();
    // April 2021 only.
    h.keys("tv<Enter>");
    assert_eq!(h.app.visible, ixs(&[0]));
    assert!(h.app.actor_stats.len() < all);
    assert!(h.app.actor_stats.iter().all(|s| s.articles == ixs(&[0])));
    back_until_unfiltered(&mut h);
    assert_eq!(h.app.actor_stats.len(), all);
}

/// A corpus of JSON Lines articles dated `dates`, from a folder that goes with it.
fn corpus_dated(dates: &[&str]) -> kroniek::corpus::Corpus {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            format!("{{\"date\": \"{d}\", \"title\": \"Stuk {i}\", \"body\": \"Oekraïne en Rusland.\"}}\n")
        })
        .collect();
    std::fs::write(dir.path().join("news.jsonl"), lines).unwrap();
    load_paths(&[dir.path().to_path_buf()])
}

#[test]
fn plus_and_minus_change_the_period_of_the_bars_too() {
    let mut h = Harness::new(120, 40);
    h.keys("t");
    assert!(!h.app.grid.shown);
    assert_eq!(h.app.grid.granularity, Granularity::Month);
    // December 2021, then by quarter: the cursor stays on the quarter holding it.
    h.keys("jjjjjjjj-");
    assert_eq!(h.app.grid.granularity, Granularity::Quarter);
    assert!(h.screen().contains("Timeline · articles per quarter"));
    assert_eq!(
        h.app.grid.periods.periods[h.app.timeline.selected].label(),
        "2021-Q4"
    );
    // The next quarter opens with Enter: its two articles.
    h.keys("j<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.visible, ixs(&[2, 3]));
    assert_eq!(h.app.filter_label().as_deref(), Some("2022-Q1"));
    // By week in the bars, and the grid shows the same periods and the same cursor.
    h.keys("t++");
    assert_eq!(h.app.grid.granularity, Granularity::Week);
    h.keys("s");
    assert!(h.screen().contains("mentions per week"));
    assert_eq!(h.app.grid.column, h.app.timeline.selected);
    // A range marked in the bars by week.
    h.keys("sv<Enter>");
    let range = h.app.filters.range.expect("a range");
    assert_eq!(
        range.from,
        range
            .to
            .and_then(|d| d.checked_sub_days(chrono::Days::new(6)))
    );
}

#[test]
fn the_default_period_fits_the_corpus_s_span_to_the_screen() {
    // Ten days: by day.
    let days = corpus_dated(&["2022-02-20", "2022-02-24", "2022-03-01"]);
    let h = Harness::with_corpus(days, 120, 40);
    assert_eq!(h.app.grid.granularity, Granularity::Day);
    // Three years: 37 months do not fit as 120 columns' grid does (25), quarters do.
    let years = corpus_dated(&["2020-01-05", "2021-06-01", "2023-01-10"]);
    let h = Harness::with_corpus(years, 120, 40);
    assert_eq!(h.app.grid.granularity, Granularity::Quarter);
    // A year fits by month at 120×40, and at 80×24 as the bars' rows too.
    let months = corpus_dated(&["2021-01-05", "2021-11-01"]);
    assert_eq!(
        Harness::with_corpus(months, 80, 24).app.grid.granularity,
        Granularity::Month
    );
    // Twenty weeks fit as the grid's columns at 120×40 (25), not as 80×24's bars (13 rows).
    let weeks = corpus_dated(&["2022-01-03", "2022-05-16"]);
    assert_eq!(
        Harness::with_corpus(weeks, 120, 40).app.grid.granularity,
        Granularity::Week
    );
    let weeks = corpus_dated(&["2022-01-03", "2022-05-16"]);
    assert_eq!(
        Harness::with_corpus(weeks, 80, 24).app.grid.granularity,
        Granularity::Month
    );
}

/// #19 item 4: with a range applied, the list, search and actors show only the range; the status
/// line says so until Esc clears it.
#[test]
fn a_range_of_dates_narrows_the_list_search_and_actors() {
    let mut h = Harness::new(120, 40);
    // December 2021 to February 2022.
    h.keys("t");
    h.keys("j".repeat(8).as_str());
    h.keys("vjj<Enter>");
    assert_eq!(h.app.visible, ixs(&[1, 2, 3]));
    assert!(h.screen().contains("2021-12-01 – 2022-02-28 · 3/5"));
    // Search: only the range's matches, the search input counting them.
    h.keys("/rusland");
    assert!(h.app.visible.iter().all(|i| ixs(&[1, 2, 3]).contains(i)));
    h.keys("<Enter>");
    // Actors: only those of the range, counted in it.
    h.keys("a");
    let in_range = ixs(&[1, 2, 3]);
    assert!(
        h.app
            .actor_stats
            .iter()
            .all(|s| s.articles.iter().all(|i| in_range.contains(i)))
    );
    // The actor filter keeps to the range.
    h.keys("<Enter>");
    assert!(h.app.visible.iter().all(|i| in_range.contains(i)));
    // Back through the actors and the timeline, then Esc clears every filter, the range too.
    for _ in 0..8 {
        if h.app.view == View::Articles && h.app.filters.is_empty() {
            break;
        }
        h.keys("<Esc>");
    }
    assert!(h.app.filters.is_empty());
    assert_eq!(h.app.visible.len(), 5);
    assert!(h.screen().contains(" 5 articles"));
}

// Reloading the corpus (#18 item 4).

/// Writes `files` (name, text) into `dir` and loads it.
fn load_folder(dir: &std::path::Path, files: &[(&str, &str)]) -> kroniek::corpus::Corpus {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    load_paths(&[dir.to_path_buf()])
}

/// A long article body: twenty paragraphs naming Oekraïne, Rusland and the NAVO.
fn long_body(date: &str, title: &str) -> String {
    let mut text = format!("date {date} {title}.\n\n");
    for i in 0..20 {
        text.push_str(&format!(
            "Alinea {i}: Oekraïne en Rusland praten, zegt de NAVO in Brussel.\n\n"
        ));
    }
    text
}

fn reload(h: &mut Harness, corpus: kroniek::corpus::Corpus, by_hand: bool) {
    h.app
        .reloaded(kroniek::app::state::Loaded::new(corpus), by_hand);
}

#[test]
fn a_reload_keeps_the_article_by_id_its_scroll_and_the_read_marks() {
    let dir = tempfile::tempdir().unwrap();
    let b = long_body("2022-02-01", "Het tweede stuk");
    let c = long_body("2022-03-01", "Het derde stuk");
    let corpus = load_folder(dir.path(), &[("b.txt", &b), ("c.txt", &c)]);
    let mut h = Harness::with_corpus(corpus, 120, 40);
    h.app.reload.possible = true;
    // The second article, read, scrolled down.
    h.keys("j<Enter>jjjj");
    let scroll = h.app.article.scroll;
    assert!(scroll > 0);
    // An earlier article comes first in the list: the positions shift, the reader does not.
    let a = long_body("2022-01-01", "Het eerste stuk");
    let corpus = load_folder(dir.path(), &[("a.txt", &a)]);
    reload(&mut h, corpus, false);
    assert_eq!(h.app.message.as_deref(), Some("1 new article"));
    assert_eq!(h.app.visible.len(), 3);
    let current = h.app.current().expect("an article");
    assert_eq!(h.app.corpus.article(current).id, "c");
    assert_eq!(h.app.focus, Focus::Article);
    assert_eq!(h.app.article.scroll, scroll);
    assert!(h.app.read.contains(&current));
    assert!(h.screen().contains("Het derde stuk"));
    // Changed, and by hand with nothing changed.
    let corpus = load_folder(dir.path(), &[("a.txt", &long_body("2022-01-01", "Anders"))]);
    reload(&mut h, corpus, false);
    assert_eq!(h.app.message.as_deref(), Some("1 article changed"));
    let corpus = load_folder(dir.path(), &[]);
    reload(&mut h, corpus, true);
    assert_eq!(
        h.app.message.as_deref(),
        Some("reloaded: no article changed")
    );
}

#[test]
fn a_reload_keeps_the_view_and_the_filters_and_the_open_article_going_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("a.txt", long_body("2022-01-01", "Het eerste stuk")),
        ("b.txt", long_body("2022-02-01", "Het tweede stuk")),
        ("c.txt", long_body("2022-03-01", "Het derde stuk")),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let mut h = Harness::with_corpus(load_folder(dir.path(), &files), 120, 40);
    // The NAVO chosen in the actor filter, the second article open, then the timeline by
    // longer periods than it started with (weeks).
    h.keys("a");
    let navo = h
        .app
        .actor_stats
        .iter()
        .position(|s| h.app.corpus.actor_name(s.actor) == "NAVO")
        .expect("the NAVO");
    h.keys("j".repeat(navo).as_str());
    h.keys("<Enter>j<Enter>t-");
    assert_eq!(h.app.grid.granularity, Granularity::Month);
    std::fs::remove_file(dir.path().join("b.txt")).unwrap();
    let corpus = load_folder(dir.path(), &[]);
    reload(&mut h, corpus, false);
    assert_eq!(h.app.message.as_deref(), Some("1 article removed"));
    assert_eq!(h.app.view, View::Timeline);
    assert_eq!(h.app.grid.granularity, Granularity::Month);
    let actor = h.app.filters.actor.expect("the actor filter stays");
    assert_eq!(h.app.corpus.actor_name(actor), "NAVO");
    assert_eq!(h.app.visible.len(), 2);
    // The open article went: the one in its place is selected, from its top.
    assert_eq!(h.app.article.scroll, 0);
    assert!(h.app.current().is_some());
    h.screen();
}

#[test]
fn r_asks_for_a_reload_and_the_built_in_corpus_has_none() {
    let mut h = Harness::new(120, 40);
    h.keys("R");
    assert!(!h.app.reload.asked);
    assert_eq!(
        h.app.message.as_deref(),
        Some("the built-in corpus does not change; open a folder to reload it")
    );
    h.app.reload.possible = true;
    h.keys("tR");
    assert!(h.app.reload.asked, "R works in every view");
}

#[test]
fn with_an_actor_chosen_the_bars_count_its_mentions_per_period() {
    let mut h = Harness::new(120, 40);
    h.keys("ajjj<Enter>t");
    let screen = h.screen();
    assert!(
        screen.contains("Timeline · mentions of Jens Stoltenberg per month"),
        "{screen}"
    );
    // 2021-04: five mentions, as the grid's cell says.
    assert!(
        screen
            .lines()
            .any(|l| l.starts_with("│2021-04") && l.contains("   5 ")),
        "{screen}"
    );
    h.keys("-");
    assert!(
        h.screen()
            .contains("mentions of Jens Stoltenberg per quarter")
    );
}

/// Issue #18, item 3: Enter in the quotations view opens the article with that quotation
/// selected and scrolled into view; back returns to the quotations, the selection kept.
#[test]
fn a_quotation_opens_in_its_article_selected_and_scrolled_into_view() {
    let mut h = Harness::new(80, 24);
    h.keys("Q/minister lavrov vertelde<Enter>");
    assert_eq!(h.app.view, View::Quotations);
    assert_eq!(h.app.mode(), Mode::Quotations);
    assert_eq!(h.app.visible_quotations().len(), 1);
    let at = h.app.selected_quotation().expect("a quotation selected");
    h.keys("<Enter>");
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.focus, Focus::Article);
    assert_eq!(h.app.current(), Some(at.article));
    assert_eq!(h.app.article.quote, Some(at.quote));
    assert!(h.app.read.contains(&at.article), "opening marks it read");
    let article = h.app.corpus.article(at.article);
    assert!(
        article
            .quotation_text(at.quote)
            .starts_with("Minister Lavrov")
    );
    assert!(h.app.article.scroll > 0, "scrolled down to the quotation");
    let screen = h.screen();
    assert!(screen.contains("Minister Lavrov vertelde"), "{screen}");
    h.keys("q");
    assert_eq!(h.app.view, View::Quotations);
    assert_eq!(h.app.selected_quotation(), Some(at));
}

/// `y` and `o` in the quotations view copy the selected quotation (with its speaker, the
/// article's title and date) and open its article's URL, and the status line names them.
#[test]
fn y_copies_and_o_opens_the_selected_quotation_in_the_quotations_view() {
    let mut h = Harness::new(120, 40);
    h.keys("Q/minister lavrov vertelde<Enter>");
    let at = h.app.selected_quotation().expect("a quotation selected");
    // Without a URL, `o` does nothing and is not named; with one, it is.
    assert!(!h.screen().contains("o open URL"));
    h.keys("o");
    assert_eq!(h.app.open_url, None);
    assert!(
        h.app
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("nothing to open: “") && m.ends_with("” has no URL")),
        "{:?}",
        h.app.message
    );
    h.app.corpus.articles[at.article.get()].url = Some("https://example.org/lavrov".into());
    h.app.message = None;
    let screen = h.screen();
    assert!(
        screen.contains("y copy") && screen.contains("o open URL"),
        "{screen}"
    );
    h.keys("y");
    assert_eq!(
        h.app.message.as_deref(),
        Some("copied the quotation to the clipboard")
    );
    let article = h.app.corpus.article(at.article).clone();
    let copied = h.app.clipboard.clone().expect("something copied");
    assert!(copied.starts_with("“Minister Lavrov"), "{copied}");
    let date = article.date.expect("dated").to_string();
    let by = format!("— Liz Truss, {}, {date}", article.title);
    assert!(copied.ends_with(&by), "{copied}");
    h.keys("o");
    assert_eq!(
        h.app.open_url.as_deref(),
        Some("https://example.org/lavrov")
    );
    assert_eq!(
        h.app.message.as_deref(),
        Some("opening https://example.org/lavrov")
    );
}

/// A corpus's URL is opened only when it is an http or https one: `javascript:` or a word that
/// a browser would read as an option is refused, and the status line says so.
#[test]
fn o_opens_only_web_urls() {
    let mut h = Harness::new(120, 40);
    let at = h.app.current().expect("an article");
    for url in ["javascript:alert(1)", "-oProxyCommand=touch /tmp/x"] {
        h.app.corpus.articles[at.get()].url = Some(url.into());
        h.keys("o");
        assert_eq!(h.app.open_url, None);
        let said = h.app.message.clone().unwrap_or_default();
        assert!(
            said.starts_with("not opened:") && said.contains(url),
            "{said}"
        );
    }
    h.app.corpus.articles[at.get()].url = Some("https://example.org/a".into());
    h.keys("o");
    assert_eq!(h.app.open_url.as_deref(), Some("https://example.org/a"));
}

/// Moving in the quotations view, and a filter typed word by word keeps the selection on its
/// quotation while it is still shown; one that matches nothing says how to clear it.
#[test]
fn the_quotations_filter_narrows_as_typed_and_keeps_the_selection() {
    let mut h = Harness::new(120, 40);
    h.keys("Q");
    let all = h.app.visible_quotations().len();
    assert!(all > 30);
    h.keys("G");
    assert_eq!(h.app.quotations.view.selected, all - 1);
    h.keys("gjj");
    let third = h.app.selected_quotation();
    // The third quotation is Sergej Rjabkov's.
    h.keys("/rjab");
    assert_eq!(h.app.selected_quotation(), third);
    assert!(h.app.visible_quotations().len() < all);
    h.keys("kov<Enter>");
    assert_eq!(h.app.selected_quotation(), third);
    h.keys("/xyz<Enter>");
    assert!(h.app.visible_quotations().is_empty());
    assert_eq!(
        h.app.message.as_deref(),
        Some("no quotation matches; Esc clears the filter")
    );
    assert!(h.screen().contains("no quotation matches"));
    h.keys("<Esc>");
    assert_eq!(h.app.visible_quotations().len(), all);
    assert_eq!(h.app.view, View::Quotations);
}

/// The quotations view reads the speakers again after the actors change: a speaker renamed
/// after the index was built is found by the new name.
#[test]
fn a_renamed_speaker_is_found_by_the_new_name_in_the_quotations_view() {
    let mut h = Harness::new(120, 40);
    h.keys("Q/stoltenberg<Enter>");
    let his = h.app.visible_quotations().len();
    assert!(his >= 14);
    h.keys("<Esc><Esc>");
    // Jens Stoltenberg is the fourth actor.
    h.keys("ajjjr");
    for _ in 0.."Jens Stoltenberg".len() {
        h.keys("<Backspace>");
    }
    h.keys("Secretaris-generaal Zwaluw<Enter>");
    assert!(h.screen().contains("Secretaris-generaal Zwaluw"));
    h.keys("Q/zwaluw<Enter>");
    assert_eq!(h.app.view, View::Quotations);
    assert_eq!(h.app.visible_quotations().len(), 14);
    assert!(h.screen().contains("Secretaris-generaal Zwaluw"));
}

/// A bookmark is of the article it was made in: an article of another corpus with the same id
/// (the same file name in another folder) neither shows its ★ nor opens for it.
#[test]
fn a_bookmark_is_not_given_to_another_corpus_s_article_with_the_same_id() {
    let load = |text: &str| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a1.txt"), text).unwrap();
        load_paths(&[dir.path().to_path_buf()])
    };
    let first = load("date 2022-02-24 Rusland valt binnen\n\n„Wij vallen aan”, zei Poetin.\n");
    let other = load("date 2022-03-01 Ander artikel\n\nRutte sprak in Den Haag.\n");
    let bookmark =
        kroniek::bookmarks::Bookmark::new(&first.articles[0], "Wij vallen aan", Some("Poetin"));
    let store = kroniek::bookmarks::store::MemoryStore {
        bookmarks: vec![bookmark],
        ..Default::default()
    };
    let mut h = Harness::with_store(other, 80, 24, Box::new(store));
    assert_eq!(h.app.bookmarks.list.len(), 1);
    assert_eq!(h.app.bookmark_count(&h.app.corpus.articles[0]), 0);
    assert!(!h.screen().contains('★'), "{}", h.screen());
    h.keys("B");
    assert!(h.screen().contains("not loaded"), "{}", h.screen());
    h.keys("<Enter>");
    assert_eq!(h.app.view, View::Bookmarks, "nothing opened");
}

/// The corpus of `paths`, loaded as the reader loads one, with the built-in gazetteer.
fn load_paths(paths: &[std::path::PathBuf]) -> kroniek::corpus::Corpus {
    kroniek::corpus::load::load(
        paths,
        kroniek::corpus::actors::Gazetteer::builtin(),
        &kroniek::corpus::formats::Options::default(),
        &kroniek::corpus::load::Progress::default(),
    )
}
