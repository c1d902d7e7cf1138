//! The reader's state machine: keys in, state out, for every action.

mod common;

use common::Harness;
use kroniek::app::keymap::Mode;
use kroniek::app::state::{Focus, View};

#[test]
fn starts_on_the_article_list_with_the_first_article_selected() {
    let h = Harness::new(120, 40);
    assert_eq!(h.app.view, View::Articles);
    assert_eq!(h.app.mode(), Mode::List);
    assert_eq!(h.app.current(), Some(0));
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
    assert!(h.app.read.contains(&1));
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
    assert_eq!(h.app.current(), Some(1));
    assert_eq!(h.app.focus, Focus::Article);
    assert_eq!(
        h.app.article.quote, None,
        "a new article starts with no quote selected"
    );
    h.keys("JK");
    assert_eq!(h.app.current(), Some(1));
    assert!(h.app.read.contains(&2));
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
        h.app.corpus.articles[h.app.visible[0]].id,
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
    let corpus = kroniek::corpus::load::load(
        &[dir.path().to_path_buf()],
        kroniek::corpus::actors::Gazetteer::builtin(),
        &kroniek::corpus::formats::Options::default(),
        &kroniek::corpus::load::Progress::default(),
    );
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
    let corpus = kroniek::corpus::load::load(
        &[dir.path().to_path_buf()],
        kroniek::corpus::actors::Gazetteer::builtin(),
        &kroniek::corpus::formats::Options::default(),
        &kroniek::corpus::load::Progress::default(),
    );
    let mut h = Harness::with_corpus(corpus, 80, 24);
    assert!(h.screen().contains("No articles loaded"));
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
            if (width < 20 || height < 5) && width >= 9 {
                assert!(screen.contains("terminal"), "{width}x{height}:\n{screen}");
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
    assert!(h.app.read.contains(&1), "l opens as Enter does");
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
    assert!(h.app.read.contains(&0));
    assert_eq!(h.app.message.as_deref(), Some("marked read"));
    h.keys("r");
    assert!(!h.app.read.contains(&0));
    assert_eq!(h.app.message.as_deref(), Some("marked unread"));
    h.keys("rjr");
    h.keys("U");
    assert_eq!(h.app.visible, vec![2, 3, 4]);
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
    kroniek::corpus::load::load(
        &[dir.path().to_path_buf()],
        kroniek::corpus::actors::Gazetteer::builtin(),
        &kroniek::corpus::formats::Options::default(),
        &kroniek::corpus::load::Progress::default(),
    )
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
