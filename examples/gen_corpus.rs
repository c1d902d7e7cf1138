//! Writes a realistic corpus in plain text, for measuring kroniek at scale:
//!
//!     cargo run --release --features generate --example gen_corpus -- --articles 100000 --out /tmp/corpus
//!
//! Varied Dutch news text with the gazetteer's actors and quotations in the seeds' styles, dates
//! spread over ten years (a few percent undated), in subdirectories per year and month. The output
//! is deterministic for a given --seed. Generated corpora are never committed.
//!
//! `--format jsonl` or `--format csv` writes the same kind of articles as one dataset file instead
//! (`DIR/corpus.jsonl`, or `DIR/corpus.csv` with `datetime,title,content,category,url` columns).
//! `--short` writes short items (about 2.5 KB) instead of news articles (about 3.7 KB). Every
//! article also names a person, an organisation and a place of its own that no list holds.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut articles = 1000usize;
    let mut out = PathBuf::from("corpus");
    let mut seed = 1u64;
    let mut format = String::from("txt");
    let mut length = kroniek::generate::Length::News;
    while let Some(arg) = args.next() {
        if arg == "--short" {
            length = kroniek::generate::Length::Short;
            continue;
        }
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--articles" => articles = value.parse().unwrap_or(articles),
            "--out" => out = PathBuf::from(value),
            "--seed" => seed = value.parse().unwrap_or(seed),
            "--format" if ["txt", "jsonl", "csv"].contains(&value.as_str()) => format = value,
            other => {
                eprintln!(
                    "gen_corpus: unknown option {other}; use --articles N --out DIR [--seed S] [--format txt|jsonl|csv] [--short]"
                );
                std::process::exit(2);
            }
        }
    }
    let bytes = match format.as_str() {
        "txt" => kroniek::generate::write_corpus(articles, &out, seed, length)?,
        other => kroniek::generate::write_dataset(articles, &out, seed, other == "csv")?,
    };
    eprintln!(
        "gen_corpus: {articles} articles, {} MB, in {}",
        bytes / 1_000_000,
        out.display()
    );
    Ok(())
}
