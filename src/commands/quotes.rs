//! `kroniek quotes [--speaker NAME]`: every quotation with its article, paragraph and speaker.

use std::io::{self, Write};

use serde::Serialize;

use super::rows::print_rows;
use super::{Exit, date_of};
use crate::corpus::Corpus;
use crate::corpus::decode::sanitise_line;

#[derive(Serialize)]
struct QuoteRow<'a> {
    article: &'a str,
    date: Option<String>,
    text: &'a str,
    speaker: Option<&'a str>,
    /// 1-based paragraph number.
    paragraph: u32,
}

pub fn quotes(
    corpus: &Corpus,
    json: bool,
    speaker: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let wanted = match speaker {
        Some(name) => match corpus.gazetteer.lookup(name) {
            Some(actor) => Some(actor),
            None => {
                writeln!(
                    err,
                    "kroniek: no actor is called `{}`; see `kroniek actors`",
                    sanitise_line(name)
                )?;
                return Ok(Exit::Unusable);
            }
        },
        None => None,
    };
    let selected = corpus.articles.iter().flat_map(|a| {
        a.quotes
            .iter()
            .filter(move |q| wanted.is_none() || q.speaker == wanted)
            .map(move |q| (a, q))
    });
    print_rows(
        out,
        json,
        selected,
        |(a, q)| QuoteRow {
            article: &a.id,
            date: date_of(a),
            text: a.quote_text(q),
            speaker: q.speaker.map(|s| corpus.actor_name(s)),
            paragraph: q.paragraph + 1,
        },
        &["DATE", "ARTICLE", "PARA", "SPEAKER", "QUOTE"],
        |(a, q)| {
            vec![
                date_of(a).unwrap_or_else(|| "undated".into()),
                a.id.clone(),
                format!("¶{}", q.paragraph + 1),
                q.speaker
                    .map_or(crate::corpus::quotes::NO_SPEAKER, |s| corpus.actor_name(s))
                    .to_owned(),
                format!("“{}”", a.quote_text(q)),
            ]
        },
    )?;
    Ok(Exit::Success)
}
