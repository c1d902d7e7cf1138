//! The built-in corpus: the files of `seeds/`, compiled into the binary, and their loading.

use super::super::Corpus;
use super::super::actors::Gazetteer;
use super::super::article::Source;
use super::super::formats::Keep;
use super::super::language::Lang;
use super::build::build_article_in;

/// The built-in corpus: the files of `seeds/`, compiled into the binary.
pub const SEEDS: &[(&str, &[u8])] = &[
    (
        "000_46525a48ac51a0ee.txt",
        include_bytes!("../../../seeds/000_46525a48ac51a0ee.txt"),
    ),
    (
        "001_dac7e3f325e7f7ac.txt",
        include_bytes!("../../../seeds/001_dac7e3f325e7f7ac.txt"),
    ),
    (
        "002_5445485583bac3ad.txt",
        include_bytes!("../../../seeds/002_5445485583bac3ad.txt"),
    ),
    (
        "003_122c80cfac108b64.txt",
        include_bytes!("../../../seeds/003_122c80cfac108b64.txt"),
    ),
    (
        "004_55c0aa1bbed82351.txt",
        include_bytes!("../../../seeds/004_55c0aa1bbed82351.txt"),
    ),
];

/// Loads the built-in corpus, in `language` where one is given.
pub(super) fn load(gazetteer: Gazetteer, language: Option<Lang>) -> Corpus {
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    for &(name, bytes) in SEEDS {
        let stem = name.trim_end_matches(".txt");
        match build_article_in(
            stem,
            Source::built_in(name),
            bytes,
            &gazetteer,
            language,
            Keep::Everything,
        ) {
            Ok((article, notes)) => {
                warnings.extend(notes);
                articles.push(article);
            }
            Err(warning) => warnings.push(warning),
        }
    }
    Corpus::new(articles, warnings, gazetteer)
}
