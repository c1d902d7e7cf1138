//! The engine, per article and per corpus: build (decode, parse, actors, quotes), parsing alone
//! (paragraphs, words and the title's first sentence), actor matching alone, name discovery
//! alone, quote finding alone, and filtering by search.
//! `cargo bench --features generate --bench engine`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::article::Source;
use kroniek::corpus::discover::{Kinds, Lexicon, discover};
use kroniek::corpus::language::Lang;
use kroniek::corpus::load::build_article;
use kroniek::corpus::parse::parse;
use kroniek::corpus::quotes::find_quotes;
use kroniek::generate::{Length, Rng, file};

fn corpus_texts(n: usize) -> Vec<String> {
    let mut rng = Rng::new(7);
    (0..n).map(|_| file(&mut rng, Length::News).0).collect()
}

fn engine(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin();
    let texts = corpus_texts(1000);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("engine_1000_articles");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("build_article", |b| {
        b.iter(|| {
            for text in &texts {
                let built = build_article("a", Source::file("a.txt"), text.as_bytes(), &gazetteer);
                std::hint::black_box(built.is_ok());
            }
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            for text in &texts {
                std::hint::black_box(parse(text).map(|p| p.title.len()));
            }
        })
    });
    let parsed: Vec<_> = texts.iter().filter_map(|t| parse(t)).collect();
    group.bench_function("find_mentions", |b| {
        b.iter(|| {
            for p in &parsed {
                std::hint::black_box(gazetteer.find_mentions(&p.text).len());
            }
        })
    });
    let mentions: Vec<_> = parsed
        .iter()
        .map(|p| gazetteer.find_mentions(&p.text))
        .collect();
    group.bench_function("discover", |b| {
        b.iter(|| {
            for (p, m) in parsed.iter().zip(&mentions) {
                let (names, found) = discover(&p.text, &p.paragraphs, m.clone(), Lexicon::dutch());
                std::hint::black_box((names.len(), found.len()));
            }
        })
    });
    group.bench_function("find_quotes", |b| {
        b.iter(|| {
            for (p, m) in parsed.iter().zip(&mentions) {
                std::hint::black_box(
                    find_quotes(
                        &p.text,
                        &p.paragraphs,
                        m,
                        Kinds::of(&gazetteer),
                        Lang::Dutch,
                    )
                    .0
                    .len(),
                );
            }
        })
    });
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
