use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use kroniek::cli::{BookmarksCommand, Cli, Command, CorpusArgs};
use kroniek::commands;
use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::load::{load_builtin, load_paths};

fn load(args: &CorpusArgs) -> Corpus {
    let gazetteer = Gazetteer::builtin();
    if args.paths.is_empty() {
        load_builtin(gazetteer)
    } else {
        load_paths(&args.paths, gazetteer)
    }
}

fn print_warnings(corpus: &Corpus) {
    let mut err = io::stderr().lock();
    for warning in &corpus.warnings {
        // Nothing sensible to do if stderr itself is gone.
        let _ = writeln!(err, "kroniek: warning: {warning}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr();
    let result = match cli.command {
        None => match commands::bookmark_store(cli.data_dir.as_deref()) {
            Ok(store) => {
                let paths = cli.corpus.paths.clone();
                let load = Box::new(move |progress: &kroniek::corpus::load::Progress| {
                    let gazetteer = Gazetteer::builtin();
                    if paths.is_empty() {
                        load_builtin(gazetteer)
                    } else {
                        kroniek::corpus::load::load_paths_with_progress(&paths, gazetteer, progress)
                    }
                });
                kroniek::tui::run(load, Box::new(store)).map(i32::from)
            }
            Err(reason) => {
                let _ = writeln!(err, "kroniek: {reason}");
                Ok(1)
            }
        },
        Some(Command::List { corpus, json }) => {
            let corpus = load(&corpus);
            print_warnings(&corpus);
            commands::list(&corpus, json, &mut out)
        }
        Some(Command::Timeline { corpus, json }) => {
            let corpus = load(&corpus);
            print_warnings(&corpus);
            commands::timeline_cmd(&corpus, json, &mut out)
        }
        Some(Command::Quotes {
            corpus,
            json,
            speaker,
        }) => {
            let corpus = load(&corpus);
            print_warnings(&corpus);
            commands::quotes(&corpus, json, speaker.as_deref(), &mut out, &mut err)
        }
        Some(Command::Actors { corpus, json }) => {
            let corpus = load(&corpus);
            print_warnings(&corpus);
            commands::actors(&corpus, json, &mut out)
        }
        Some(Command::Check { corpus }) => commands::check(&load(&corpus), &mut out),
        Some(Command::Bookmarks { json, action }) => {
            match commands::bookmark_store(cli.data_dir.as_deref()) {
                Err(reason) => {
                    let _ = writeln!(err, "kroniek: {reason}");
                    Ok(1)
                }
                Ok(mut store) => match action {
                    None => commands::bookmarks_list(&mut store, json, &mut out, &mut err),
                    Some(BookmarksCommand::Export { format, output }) => {
                        commands::bookmarks_export(
                            &mut store,
                            format,
                            output.as_deref(),
                            &mut out,
                            &mut err,
                        )
                    }
                    Some(BookmarksCommand::Remove { id }) => {
                        commands::bookmarks_remove(&mut store, &id, &mut out, &mut err)
                    }
                },
            }
        }
    };
    let code = result.and_then(|code| out.flush().map(|()| code));
    match code {
        Ok(code) => ExitCode::from(code as u8),
        // A closed pipe (`kroniek list | head`) is not an error worth a word.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "kroniek: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}
