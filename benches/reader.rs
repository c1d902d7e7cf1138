//! The reader with a large corpus in memory: drawing each view at 200x50, a search keystroke,
//! switching to the timeline and to an actor filter, building and filtering the quotations view. `cargo bench --features generate --bench
//! reader`; the corpus size is KRONIEK_BENCH_ARTICLES (default 10,000; the README's figures use
//! 100,000).

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use kroniek::app::{Action, App, handle_key, update};
use kroniek::bookmarks::store::MemoryStore;
use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Source;
use kroniek::corpus::load::build_article;
use kroniek::corpus::quotations::QuotationIndex;
use kroniek::generate::{Length, Rng, file};
use kroniek::ui::render;
use kroniek::ui::theme::Theme;

fn corpus(n: usize) -> Corpus {
    let gazetteer = Gazetteer::builtin();
    let mut rng = Rng::new(11);
    let articles = (0..n)
        .filter_map(|i| {
            let (text, _) = file(&mut rng, Length::News);
            build_article(
                &format!("{i:06}"),
                Source::file(format!("{i:06}.txt")),
                text.as_bytes(),
                &gazetteer,
            )
            .ok()
            .map(|(a, _)| a)
        })
        .collect();
    Corpus::new(articles, Vec::new(), gazetteer)
}

fn app(n: usize) -> App {
    App::new(
        corpus(n),
        Rect::new(0, 0, 200, 50),
        Box::new(MemoryStore::default()),
    )
}

fn reader(c: &mut Criterion) {
    let n: usize = std::env::var("KRONIEK_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let mut app = app(n);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("terminal");
    let theme = Theme::basic();
    let mut group = c.benchmark_group(format!("reader_{n}_articles"));
    let views: [(&str, &[Action]); 4] = [
        ("draw_list_and_article", &[]),
        ("draw_timeline", &[Action::ShowTimeline]),
        ("draw_actors", &[Action::ShowActors]),
        ("draw_bookmarks", &[Action::ShowBookmarks]),
    ];
    for (name, actions) in views {
        update(&mut app, Action::Back);
        update(&mut app, Action::Back);
        for &action in actions {
            update(&mut app, action);
        }
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| render(&app, &theme, frame))
                    .map(|_| ())
            })
        });
    }
    // The quotations view (#18): the index of every quotation is built on the first `Q`, then
    // drawn and filtered as typed without scanning the articles again.
    group.bench_function("build_quotation_index", |b| {
        b.iter(|| QuotationIndex::build(&app.corpus).len())
    });
    update(&mut app, Action::Back);
    update(&mut app, Action::Back);
    update(&mut app, Action::ShowQuotations);
    group.bench_function("draw_quotations", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| render(&app, &theme, frame))
                .map(|_| ())
        })
    });
    group.bench_function("quotations_filter_keystroke", |b| {
        b.iter(|| {
            // The worst keystroke: the first letter, which filters every quotation; then Esc,
            // which shows them all again.
            update(&mut app, Action::StartSearch);
            handle_key(&mut app, KeyEvent::from(KeyCode::Char('w')));
            handle_key(&mut app, KeyEvent::from(KeyCode::Esc));
        })
    });
    // The actor grid (#19): drawn from the index's periods, never from a scan of the articles.
    update(&mut app, Action::Back);
    update(&mut app, Action::Back);
    update(&mut app, Action::ShowTimeline);
    update(&mut app, Action::ToggleGrid);
    group.bench_function("draw_actor_grid", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| render(&app, &theme, frame))
                .map(|_| ())
        })
    });
    // Two switches per iteration: to weeks and back to months.
    group.bench_function("switch_granularity_twice", |b| {
        b.iter(|| {
            update(&mut app, Action::FinerPeriods);
            update(&mut app, Action::CoarserPeriods);
        })
    });
    update(&mut app, Action::ToggleGrid);
    update(&mut app, Action::Back);
    group.bench_function("search_keystroke", |b| {
        b.iter(|| {
            // The worst keystroke: the first letter, which searches every article; then Esc,
            // which shows them all again.
            update(&mut app, Action::StartSearch);
            handle_key(&mut app, KeyEvent::from(KeyCode::Char('w')));
            handle_key(&mut app, KeyEvent::from(KeyCode::Esc));
        })
    });
    group.bench_function("switch_to_timeline_and_back", |b| {
        b.iter(|| {
            update(&mut app, Action::ShowTimeline);
            update(&mut app, Action::Back);
        })
    });
    group.bench_function("apply_actor_filter_and_clear", |b| {
        b.iter(|| {
            update(&mut app, Action::ShowActors);
            update(&mut app, Action::Open);
            update(&mut app, Action::Back);
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = reader
}
criterion_main!(benches);
