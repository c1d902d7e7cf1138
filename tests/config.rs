//! The config file, key patches, themes without colour, the mouse, and the place remembered
//! between runs.

mod common;

use std::fs;
use std::path::Path;

use common::{Harness, find};
use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::style::{Color, Modifier};

use kroniek::app::Action;
use kroniek::app::handle_mouse;
use kroniek::app::keymap::{Key, Mode};
use kroniek::app::mouse::{MouseAction, WHEEL_LINES, mouse_action};
use kroniek::app::state::{Focus, View};
use kroniek::config::{self, Config};
use kroniek::corpus::actors::ActorKind;
use kroniek::corpus::formats::Options;
use kroniek::corpus::load::{self, Progress};
use kroniek::resume::{Place, ResumeStore};
use kroniek::ui::theme::{Colours, Palette, Theme, ThemeName};

fn parse(text: &str) -> Result<Config, String> {
    config::parse(text, Path::new("/home/reader/.config/kroniek/config.toml")).map_err(|e| e.0)
}

#[test]
fn the_commented_default_file_is_the_default_configuration() {
    let parsed = parse(config::DEFAULT_FILE).unwrap();
    let default = Config::default();
    assert_eq!(parsed.keymap, default.keymap);
    assert_eq!(parsed.colours, default.colours);
    assert_eq!(parsed.theme, ThemeName::Dark);
    assert!(parsed.mouse && parsed.remember);
    assert!(parsed.corpus.is_empty() && parsed.actors.is_empty());
}

#[test]
fn a_missing_default_file_means_defaults_and_a_missing_named_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.toml");
    let err = config::load(Some(&missing)).unwrap_err();
    assert!(err.0.contains("nope.toml"), "{err}");
    assert!(err.0.contains("no such file"), "{err}");
}

#[test]
fn errors_name_the_line_and_the_key() {
    let cases = [
        (
            "mouse = true\nmous = false\n",
            "line 2",
            "unknown field `mous`",
        ),
        (
            "[keys]\nquit = \"x\"\nquitt = \"y\"\n",
            "line 3",
            "unknown variant `quitt`",
        ),
        (
            "[keys]\nquit = \"ctrl-\"\n",
            "line 2",
            "unknown key `ctrl-`",
        ),
        (
            "[theme]\n\nquote = \"blurple\"\n",
            "line 3",
            "unknown colour `blurple`",
        ),
        (
            "[theme]\nname = \"sepia\"\n",
            "line 2",
            "unknown variant `sepia`",
        ),
        ("corpus = \"~/news\"\n", "line 1", "invalid type"),
        ("[keys\n", "line 1", "unclosed table"),
    ];
    for (text, line, what) in cases {
        let err = parse(text).unwrap_err();
        assert!(err.contains(line), "{text:?}: {err}");
        assert!(err.contains(what), "{text:?}: {err}");
        assert!(err.contains("config.toml"), "names the file: {err}");
    }
}

#[test]
fn key_patches_reach_the_keymap_and_take_keys_from_other_actions() {
    let config =
        parse("[keys]\nquit = \"x\"\nnext_quote = [\"]\", \"ctrl-n\"]\nbookmark = [\"j\"]\n")
            .unwrap();
    let keymap = &config.keymap;
    assert_eq!(
        keymap.action_for(Mode::List, Key::ch('x')),
        Some(Action::Quit)
    );
    assert_eq!(
        keymap.action_for(Mode::List, Key::ctrl('c')),
        None,
        "quit has only x now"
    );
    assert_eq!(
        keymap.action_for(Mode::Article, Key::ctrl('n')),
        Some(Action::NextQuote)
    );
    assert_eq!(
        keymap.action_for(Mode::Article, Key::ch(']')),
        Some(Action::NextQuote)
    );
    // `j` moved to bookmark: it no longer moves down where bookmark is bound, and ↓ still does.
    assert_eq!(
        keymap.action_for(Mode::Article, Key::ch('j')),
        Some(Action::Bookmark)
    );
    assert_eq!(
        keymap.action_for(Mode::Article, Key::plain(KeyCode::Down)),
        Some(Action::MoveDown)
    );
    // `x` was "not an actor" in the Actors view, where quit works too: that action has no key
    // left, and the config says so.
    assert_eq!(config.unbound, [Action::NotAnActor]);
}

#[test]
fn an_action_left_without_keys_is_reported() {
    let config = parse("[keys]\nhelp = \"t\"\n").unwrap();
    assert_eq!(config.unbound, [Action::ShowTimeline]);
}

#[test]
fn patched_keys_work_in_the_reader_and_help_shows_them() {
    let config = parse("[keys]\nnext_quote = [\"]\", \"ctrl-n\"]\nhelp = \"h\"\n").unwrap();
    let mut h = Harness::new(120, 40);
    h.app.keymap = config.keymap;
    h.keys("<Enter>");
    kroniek::app::handle_key(
        &mut h.app,
        crossterm::event::KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL),
    );
    assert_eq!(
        h.app.article.quote,
        Some(0),
        "ctrl-n selected the first quote"
    );
    h.keys("?");
    assert!(h.app.help_scroll().is_none(), "? no longer opens help");
    h.keys("h");
    let screen = h.screen();
    assert!(h.app.help_scroll().is_some());
    assert!(screen.contains("] Ctrl-n"), "{screen}");
    assert!(screen.contains("next quote"), "{screen}");
}

#[test]
fn hints_name_the_keys_as_bound() {
    let config =
        parse("[keys]\nbookmark = \"m\"\nback = \"x\"\nyes = \"o\"\nsave_note = \"ctrl-w\"\n")
            .unwrap();
    let mut h = Harness::new(120, 40);
    h.app.keymap = config.keymap;
    h.keys("<Enter>]e");
    assert_eq!(
        h.app.message.as_deref(),
        Some("this quotation is not bookmarked: m bookmarks it")
    );
    h.keys("v");
    assert_eq!(
        h.app.message.as_deref(),
        Some("select by sentence: j/k extend, m bookmarks, x cancels")
    );
    h.keys("m");
    assert_eq!(
        h.app.message.as_deref(),
        Some("bookmarked; e adds a note, B shows all")
    );
    h.keys("Bd");
    let screen = h.screen();
    assert!(screen.contains(" o yes · n no "), "{screen}");
    h.keys("n?");
    let screen = h.screen();
    assert!(screen.contains("Keys · Bookmarks · x closes"), "{screen}");
    h.keys("xe");
    let screen = h.screen();
    assert!(screen.contains(" Ctrl-w save · Esc close "), "{screen}");
}

#[test]
fn relative_and_home_paths_are_resolved() {
    let config = parse("corpus = [\"news\", \"/abs/news\"]\nactors = [\"extra.toml\"]\n").unwrap();
    assert_eq!(
        config.corpus[0],
        Path::new("/home/reader/.config/kroniek/news")
    );
    assert_eq!(config.corpus[1], Path::new("/abs/news"));
    assert_eq!(
        config.actors[0],
        Path::new("/home/reader/.config/kroniek/extra.toml")
    );
    let home = parse("corpus = [\"~/news\"]\n").unwrap();
    assert!(
        home.corpus[0].ends_with("news") && !home.corpus[0].starts_with("~"),
        "{:?}",
        home.corpus
    );
}

#[test]
fn the_users_actors_are_added_and_override_built_in_ones() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra.toml");
    fs::write(
        &extra,
        "[[actor]]\nname = \"Mark Rutte\"\nkind = \"person\"\naliases = [\"Rutte\"]\n\n\
         [[actor]]\nname = \"Jens Stoltenberg\"\nkind = \"person\"\naliases = [\"Jens\"]\n",
    )
    .unwrap();
    let config_path = dir.path().join("config.toml");
    fs::write(&config_path, "actors = [\"extra.toml\"]\n").unwrap();
    let config = config::load(Some(&config_path)).unwrap();
    let gazetteer = config.gazetteer().unwrap();
    let rutte = gazetteer.lookup("Rutte").expect("added");
    assert_eq!(gazetteer.actor(rutte).kind, ActorKind::Person);
    let jens = gazetteer
        .lookup("Jens")
        .expect("override has the new alias");
    assert_eq!(gazetteer.actor(jens).name, "Jens Stoltenberg");
    assert!(
        gazetteer.lookup("NAVO-chef").is_none(),
        "the override replaced the built-in aliases"
    );
    let mentions = gazetteer.find_mentions("Premier Rutte sprak met Jens.");
    assert_eq!(mentions.len(), 2);

    fs::write(&extra, "[[actor]]\nname = \"X\"\nkind = \"planet\"\n").unwrap();
    let err = config.gazetteer().unwrap_err().0;
    assert!(err.contains("extra.toml"), "{err}");
    assert!(err.contains("line 3"), "{err}");
}

#[test]
fn the_light_theme_and_chosen_colours_reach_the_styles() {
    let config =
        parse("[theme]\nname = \"light\"\nquote = \"#aa0000\"\nselection = \"blue\"\n").unwrap();
    let theme = Theme::new(Palette::Rich, config.theme, config.colours);
    assert_eq!(theme.quote().fg, Some(Color::Rgb(0xaa, 0, 0)));
    assert_eq!(theme.selection().bg, Some(Color::Blue));
    assert_eq!(theme.heading().fg, Some(Color::Blue), "light theme heading");
    let basic = Theme::new(Palette::Basic, config.theme, config.colours);
    assert_eq!(basic.quote().fg, Some(Color::Red), "nearest basic colour");
}

#[test]
fn no_color_carries_no_colour_and_keeps_the_selection_visible() {
    let mut h = Harness::new(120, 40);
    h.theme = Theme::new(
        Palette::Mono,
        ThemeName::Dark,
        Colours::builtin(ThemeName::Dark),
    );
    h.keys("j<Enter>]");
    let buffer = h.draw();
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "no foreground colour at {cell:?}");
        assert_eq!(cell.bg, Color::Reset, "no background colour at {cell:?}");
    }
    insta::assert_snapshot!("no_color_article_120x40", common::buffer_text(&buffer));
    // The selected quotation and the selected row stand out without colour.
    let quote = h.app.corpus.article(h.app.current().unwrap()).quotes[0];
    let text = h
        .app
        .corpus
        .article(h.app.current().unwrap())
        .quote_text(&quote);
    let words: Vec<&str> = text.split_whitespace().take(2).collect();
    let (x, y) = find(&buffer, &words.join(" ")).unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    h.keys("<Tab>");
    let buffer = h.draw();
    let (x, y) = find(&buffer, "2021-12 De Amerikaanse").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }
}

fn click(column: u16, row: u16) -> MouseEvent {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

#[test]
fn mouse_events_map_to_actions_on_the_pane_under_the_pointer() {
    let mut h = Harness::new(120, 40);
    h.draw();
    // The list is on the left (rows from y=1, two rows per article); the article on the right.
    assert_eq!(
        mouse_action(&h.app, click(5, 3)),
        Some(MouseAction::Click(Mode::List, 1))
    );
    assert_eq!(
        mouse_action(&h.app, mouse(MouseEventKind::ScrollDown, 80, 10)),
        Some(MouseAction::Scroll(Mode::Article, WHEEL_LINES))
    );
    assert_eq!(
        mouse_action(&h.app, mouse(MouseEventKind::ScrollUp, 5, 10)),
        Some(MouseAction::Scroll(Mode::List, -1))
    );
    assert_eq!(
        mouse_action(&h.app, click(80, 10)),
        Some(MouseAction::FocusArticle)
    );
    assert_eq!(mouse_action(&h.app, click(5, 39)), None, "the status line");
    h.keys("?");
    assert_eq!(
        mouse_action(&h.app, click(5, 3)),
        None,
        "help takes no mouse"
    );
}

#[test]
fn clicks_select_rows_and_a_second_click_opens() {
    let mut h = Harness::new(120, 40);
    handle_mouse(&mut h.app, click(5, 5));
    assert_eq!(h.app.list.selected, 2);
    assert_eq!(h.app.focus, Focus::List);
    handle_mouse(&mut h.app, click(5, 6));
    assert_eq!(
        h.app.focus,
        Focus::Article,
        "second click on the row opens it"
    );
    handle_mouse(&mut h.app, mouse(MouseEventKind::ScrollDown, 80, 10));
    assert_eq!(h.app.article.scroll, WHEEL_LINES as usize);
    // The wheel over the list moves the list, whatever has the keys.
    handle_mouse(&mut h.app, mouse(MouseEventKind::ScrollDown, 5, 10));
    assert_eq!(h.app.list.selected, 3);

    // A month in the timeline: rows from y=1, one per month.
    h.keys("<Esc>t");
    handle_mouse(&mut h.app, click(5, 3));
    assert_eq!(h.app.timeline.selected, 2);
    let month = h.app.grid.periods.periods[2].label();
    handle_mouse(&mut h.app, click(5, 3));
    if h.app.grid.periods.periods[2].articles.is_empty() {
        assert_eq!(h.app.view, View::Timeline, "an empty month does not open");
    } else {
        assert_eq!(h.app.view, View::Articles, "{month} opened");
    }
}

#[test]
fn a_click_selects_a_bookmark() {
    let mut h = Harness::new(120, 40);
    h.keys("<Enter>]b]]b<Esc>B");
    assert_eq!(h.app.bookmarks.list.len(), 2);
    handle_mouse(&mut h.app, click(5, 3));
    assert_eq!(h.app.bookmarks.view.selected, 1);
    handle_mouse(&mut h.app, click(5, 3));
    assert_eq!(
        h.app.view,
        View::Articles,
        "second click opens the bookmark"
    );
}

#[test]
fn the_place_round_trips_through_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = ResumeStore::new(dir.path());
    let mut h = Harness::new(120, 40);
    h.keys("jj<Enter><C-d>");
    h.keys("<Tab>j<Enter>");
    let place = h.app.place();
    assert_eq!(place.view, "articles");
    assert!(place.reading);
    assert_eq!(place.read.len(), 2);
    store.save("built-in", place.clone()).unwrap();
    store
        .save(
            "/elsewhere",
            Place {
                view: "timeline".into(),
                ..Place::default()
            },
        )
        .unwrap();
    assert_eq!(store.place("built-in"), Some(place.clone()));
    assert_eq!(store.place("/elsewhere").unwrap().view, "timeline");

    let mut again = Harness::new(120, 40);
    again.app.return_to(&store.place("built-in").unwrap());
    assert_eq!(again.app.current(), h.app.current());
    assert_eq!(again.app.focus, Focus::Article);
    assert_eq!(again.app.article.scroll, h.app.article.scroll);
    assert_eq!(again.app.read, h.app.read);
    let screen = again.screen();
    assert!(screen.contains('✓'), "read marks shown: {screen}");
}

/// Issue #18, item 21: the timeline comes back on its selected period, not only as the view.
#[test]
fn a_restart_restores_the_timeline_s_selected_period() {
    let dir = tempfile::tempdir().unwrap();
    let store = ResumeStore::new(dir.path());
    let mut h = Harness::new(80, 24);
    // From 2021-04 ten months down: 2022-02.
    h.keys("tjjjjjjjjjj");
    let place = h.app.place();
    assert_eq!(place.view, "timeline");
    assert_eq!(place.period.as_deref(), Some("2022-02"));
    store.save("built-in", place).unwrap();

    let mut again = Harness::new(80, 24);
    again.app.return_to(&store.place("built-in").unwrap());
    assert_eq!(again.app.view, View::Timeline);
    assert_eq!(again.app.timeline.selected, h.app.timeline.selected);
    assert!(
        again.screen().contains("── 2022-02 · 2 articles"),
        "the detail is of the period restored"
    );
}

/// A period not in this corpus, or not a string at all, leaves the timeline where it opens; fields
/// a newer kroniek wrote are kept, in the place and around it.
#[test]
fn a_bad_period_is_ignored_and_unknown_fields_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    for period in [r#""1999-13""#, "42", r#"{"x": 1}"#, "null"] {
        fs::write(
            &state,
            format!(
                r#"{{"version": 1, "future": [1, 2],
                    "corpora": {{"built-in": {{"view": "timeline", "article": null,
                    "period": {period}, "zoom": "wide"}}}}}}"#
            ),
        )
        .unwrap();
        let store = ResumeStore::new(dir.path());
        let place = store.place("built-in").expect("the place is read");
        let mut h = Harness::new(80, 24);
        h.app.return_to(&place);
        assert_eq!(h.app.view, View::Timeline, "{period}");
        assert_eq!(h.app.timeline.selected, 0, "{period}");
        h.screen();
        store.save("built-in", h.app.place()).unwrap();
        let saved: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&state).unwrap()).unwrap();
        assert_eq!(saved["future"], serde_json::json!([1, 2]), "{saved}");
        assert_eq!(saved["corpora"]["built-in"]["zoom"], "wide", "{saved}");
        assert_eq!(saved["corpora"]["built-in"]["period"], "2021-04", "{saved}");
    }
}

#[test]
fn a_place_in_another_corpus_or_a_broken_file_starts_at_the_top() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("state.json"), "{ not json").unwrap();
    let store = ResumeStore::new(dir.path());
    assert_eq!(store.place("built-in"), None);
    store.save("built-in", Place::default()).unwrap();
    let mut h = Harness::new(80, 24);
    h.app.return_to(&Place {
        view: "timeline".into(),
        article: Some("no-such-article".into()),
        reading: true,
        scroll: 40,
        read: vec!["gone".into()],
        ..Place::default()
    });
    assert_eq!(h.app.view, View::Timeline);
    assert_eq!(h.app.list.selected, 0);
    assert_eq!(h.app.focus, Focus::List);
    assert!(h.app.read.is_empty());
    let corpus = load::load(
        &[],
        kroniek::corpus::actors::Gazetteer::builtin(),
        &Options::default(),
        &Progress::default(),
    );
    assert_eq!(h.app.corpus.articles.len(), corpus.articles.len());
}

/// #18 item 16: the hints kept while a quotation is selected name the keys as bound.
#[test]
fn quotation_hints_follow_the_keymap() {
    let config = parse("[keys]\nbookmark = \"m\"\ncopy = \"Y\"\n").unwrap();
    let mut h = Harness::new(120, 40);
    h.app.keymap = config.keymap;
    h.keys("<Enter>]");
    let screen = h.screen();
    let status = screen.lines().nth(39).unwrap();
    assert!(status.starts_with("m bookmark  Y copy  ❝ 1/5"), "{status}");
}

/// #18 item 20: `text_width` bounds the article's lines; its default is 90; a value out of range
/// or of the wrong type is an error naming the line and the key.
#[test]
fn text_width_bounds_the_article_s_lines() {
    assert_eq!(Config::default().text_width, 90);
    assert_eq!(parse(config::DEFAULT_FILE).unwrap().text_width, 90);
    assert_eq!(parse("text_width = 60\n").unwrap().text_width, 60);
    for bad in [
        "text_width = 5\n",
        "text_width = \"wide\"\n",
        "text_width = -1\n",
    ] {
        let error = parse(bad).unwrap_err();
        assert!(error.contains("line 1"), "{error}");
        assert!(error.contains("text_width"), "{error}");
    }
    assert!(
        parse("text_width = 5\n")
            .unwrap_err()
            .contains("20 to 1000")
    );
    assert!(Config::default().to_toml().contains("\ntext_width = 90\n"));

    // At 200 columns the article pane is 120 wide; its lines stop at 90, or at 60 as set.
    for (width, longest) in [(None, 90), (Some(60), 60)] {
        let mut h = Harness::new(200, 50);
        if let Some(width) = width {
            h.app.set_text_width(width);
        }
        h.keys("<Enter>");
        let wrapped = &h.app.article_view().unwrap().wrapped;
        assert_eq!(usize::from(wrapped.width), longest);
        let article = h.app.corpus.article(h.app.current().unwrap());
        let widest = wrapped
            .lines
            .iter()
            .map(|l| {
                article.text[l.start as usize..l.end as usize]
                    .chars()
                    .count()
            })
            .max()
            .unwrap();
        assert!(widest <= longest && widest > longest - 15, "{widest}");
    }
}

/// #18 item 20: `<` and `>` move the split between list and article, within bounds, and the
/// split is remembered with the reader's place.
#[test]
fn split_keys_move_the_split_and_it_is_remembered() {
    let mut h = Harness::new(120, 40);
    let list_width = |h: &mut Harness| {
        let screen = h.screen();
        let first = screen.lines().next().unwrap().to_owned();
        first.chars().position(|c| c == '┐').unwrap() + 1
    };
    assert_eq!(list_width(&mut h), 48);
    h.keys(">");
    assert_eq!(list_width(&mut h), 54);
    assert_eq!(
        h.app.message.as_deref(),
        Some("the list is 45% of the width")
    );
    h.keys("<<<");
    assert_eq!(list_width(&mut h), 36);
    for _ in 0..10 {
        h.keys("<");
    }
    assert_eq!(h.app.shape.list_share, 20);
    assert_eq!(list_width(&mut h), 24);
    let place = h.app.place();
    assert_eq!(place.split, Some(20));
    let mut again = Harness::new(120, 40);
    again.app.return_to(&place);
    assert_eq!(list_width(&mut again), 24);
}

/// Issue #18, item 21: a period chosen at another granularity than the one the timeline opens
/// at comes back at that granularity.
#[test]
fn a_restart_restores_the_timeline_s_period_at_its_granularity() {
    let dir = tempfile::tempdir().unwrap();
    let store = ResumeStore::new(dir.path());
    let mut h = Harness::new(80, 24);
    h.keys("t-jjj");
    let place = h.app.place();
    assert_eq!(place.period.as_deref(), Some("2022-Q1"));
    store.save("built-in", place).unwrap();

    let mut again = Harness::new(80, 24);
    assert_ne!(
        again.app.grid.granularity,
        kroniek::corpus::period::Granularity::Quarter
    );
    again.app.return_to(&store.place("built-in").unwrap());
    assert_eq!(
        again.app.grid.granularity,
        kroniek::corpus::period::Granularity::Quarter
    );
    assert!(
        again.screen().contains("── 2022-Q1 · "),
        "the period restored: {}",
        again.screen()
    );
}
