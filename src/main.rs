//! The `kroniek` binary: reads the command line and the config, then loads the corpus and runs a
//! command on it, or starts the reader; turns how that ended into the exit status.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::CommandFactory;

use kroniek::cli::{BookmarksCommand, Cli, Command, CorpusArgs, RangeArgs};
use kroniek::commands::{self, Exit};
use kroniek::config::{self, Config};
use kroniek::corpus::Corpus;
use kroniek::corpus::actors::Gazetteer;
use kroniek::corpus::curation::file::ActorsFile;
use kroniek::corpus::formats::{Keep, Options};
use kroniek::corpus::load::{self, Progress};
use kroniek::resume::{ResumeStore, corpus_key, state_dir};
use kroniek::tui::Reader;
use kroniek::ui::theme::{Palette, Theme};

/// The paths to open: those given, else the config's `corpus`; none means the built-in corpus.
fn corpus_paths(args: &CorpusArgs, config: &Config) -> Vec<PathBuf> {
    if args.paths.is_empty() {
        config.corpus.clone()
    } else {
        args.paths.clone()
    }
}

/// The corpus for a command.
fn load(args: &CorpusArgs, config: &Config, gazetteer: Gazetteer) -> Corpus {
    load_keeping(args, config, gazetteer, Keep::Everything)
}

/// [`load`], the articles keeping what `keep` says.
fn load_keeping(args: &CorpusArgs, config: &Config, gazetteer: Gazetteer, keep: Keep) -> Corpus {
    let options = Options {
        keep,
        ..config.over(args.options())
    };
    load_corpus(
        &corpus_paths(args, config),
        gazetteer,
        &options,
        &Progress::default(),
    )
}

/// The corpus under `paths`, or the built-in one when there are none; for the commands and the
/// reader alike.
fn load_corpus(
    paths: &[PathBuf],
    gazetteer: Gazetteer,
    options: &Options,
    progress: &Progress,
) -> Corpus {
    tracing::info!(paths = paths.len(), "loading");
    let corpus = load::load(paths, gazetteer, options, progress);
    tracing::info!(
        articles = corpus.articles.len(),
        warnings = corpus.warnings.len(),
        "loaded"
    );
    corpus
}

/// Loads the corpus for a command, keeps only the articles in `range` (`--from`/`--to`), prints
/// its warnings to stderr and runs the command on it.
fn on_corpus_in(
    args: &CorpusArgs,
    range: &RangeArgs,
    config: &Config,
    gazetteer: Gazetteer,
    command: impl FnOnce(&Corpus) -> io::Result<Exit>,
) -> io::Result<Exit> {
    on_corpus_keeping(args, range, config, gazetteer, Keep::Everything, command)
}

/// [`on_corpus_in`], the articles keeping what `keep` says.
fn on_corpus_keeping(
    args: &CorpusArgs,
    range: &RangeArgs,
    config: &Config,
    gazetteer: Gazetteer,
    keep: Keep,
    command: impl FnOnce(&Corpus) -> io::Result<Exit>,
) -> io::Result<Exit> {
    let mut corpus = load_keeping(args, config, gazetteer, keep);
    print_warnings(&corpus);
    let range = range.range();
    if !range.is_open() {
        corpus.articles.retain(|a| range.contains(a.date));
    }
    let result = command(&corpus);
    leave_to_exit(corpus);
    result
}

/// A command's corpus is not freed: the process ends right after it, and freeing a hundred
/// thousand articles one allocation at a time takes a tenth of a second for nothing. (Bookmarks
/// and every file written are flushed and closed before this; the corpus holds no resource but
/// memory.)
fn leave_to_exit(corpus: Corpus) {
    std::mem::forget(corpus);
}

fn print_warnings(corpus: &Corpus) {
    let mut err = kroniek::output::stderr();
    for warning in &corpus.warnings {
        // Nothing sensible to do if stderr itself is gone.
        let _ = writeln!(err, "kroniek: warning: {warning}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse_command_line();
    let mut out = io::BufWriter::new(io::stdout().lock());
    // Every message, whatever it quotes (a config line, a path, a parser's words), is sanitised.
    let mut err = kroniek::output::stderr();
    match kroniek::logging::init(state_dir().as_deref()) {
        Ok(Some(path)) => tracing::info!(
            "kroniek {} logging to {}",
            env!("CARGO_PKG_VERSION"),
            path.display()
        ),
        Ok(None) => {}
        Err(reason) => {
            let _ = writeln!(err, "kroniek: warning: {reason}");
        }
    }
    // These need no configuration, and must work even when it is broken.
    let result = match &cli.command {
        Some(Command::Config { default: true }) => Some(
            out.write_all(config::DEFAULT_FILE.as_bytes())
                .map(|()| Exit::Success),
        ),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(*shell, &mut Cli::command(), "kroniek", &mut out);
            Some(Ok(Exit::Success))
        }
        Some(Command::Man) => Some(kroniek::manpage::render(&mut out).map(|()| Exit::Success)),
        _ => None,
    };
    let result = result.unwrap_or_else(|| match config::load(cli.config.as_deref()) {
        Ok(config) => run(cli, &config, &mut out, &mut err),
        Err(e) => {
            let _ = writeln!(err, "kroniek: {e}");
            Ok(Exit::Unusable)
        }
    });
    let code = result.and_then(|code| out.flush().map(|()| code));
    match code {
        Ok(exit) => ExitCode::from(exit.code()),
        // A closed pipe (`kroniek list | head`) is not an error worth a word.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(
                err,
                "kroniek: cannot write output: {}",
                kroniek::io_error::reason(&e)
            );
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli, config: &Config, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Exit> {
    if let Some(file) = &config.file {
        tracing::info!("config {}", file.display());
    }
    // The commands that read no corpus do not need the actors (nor stop on a broken file of
    // them).
    let command = match cli.command {
        Some(Command::Config { .. }) => {
            return commands::config(config, cli.data_dir.as_deref(), out);
        }
        Some(Command::Bookmarks { json, action }) => {
            return bookmarks(json, action, cli.data_dir.as_deref(), out, err);
        }
        Some(Command::Completions { .. } | Command::Man) => return Ok(Exit::Success),
        command => command,
    };
    let (gazetteer, actors_file) = match config.actors() {
        Ok(actors) => actors,
        Err(e) => {
            writeln!(err, "kroniek: {e}")?;
            return Ok(Exit::Unusable);
        }
    };
    match command {
        None => reader(
            corpus_paths(&cli.corpus, config),
            config.over(cli.corpus.options()),
            gazetteer,
            actors_file,
            config,
            cli.data_dir,
            err,
        ),
        Some(Command::List {
            corpus,
            range,
            json,
        }) => on_corpus_in(&corpus, &range, config, gazetteer, |c| {
            commands::list(c, json, out)
        }),
        Some(Command::Timeline {
            corpus,
            range,
            timeline,
            json,
        }) => on_corpus_in(&corpus, &range, config, gazetteer, |c| {
            commands::timeline_cmd(c, json, &timeline, out, err)
        }),
        Some(Command::Quotes {
            corpus,
            range,
            json,
            speaker,
        }) => on_corpus_in(&corpus, &range, config, gazetteer, |c| {
            commands::quotes(c, json, speaker.as_deref(), out, err)
        }),
        Some(Command::Actors {
            corpus,
            range,
            json,
        }) => on_corpus_keeping(&corpus, &range, config, gazetteer, Keep::Actors, |c| {
            commands::actors(c, json, out)
        }),
        // `check` prints the warnings itself, to stdout.
        Some(Command::Check { corpus }) => {
            let corpus = load(&corpus, config, gazetteer);
            let result = commands::check(&corpus, out);
            leave_to_exit(corpus);
            result
        }
        Some(Command::Convert {
            corpus,
            range,
            to,
            output,
        }) => {
            let mut range: RangeArgs = range.into();
            range.to = match kroniek::cli::ConvertTo::end_date(&to, range.to) {
                Ok(date) => date,
                Err(reason) => {
                    writeln!(err, "kroniek: {reason}")?;
                    return Ok(Exit::Unusable);
                }
            };
            on_corpus_in(&corpus, &range, config, gazetteer, |c| {
                commands::convert(c, output.as_deref(), out, err)
            })
        }
        // Answered above, without the actors.
        Some(
            Command::Config { .. }
            | Command::Bookmarks { .. }
            | Command::Completions { .. }
            | Command::Man,
        ) => Ok(Exit::Success),
    }
}

/// `kroniek bookmarks`: the list, an export or a removal.
fn bookmarks(
    json: bool,
    action: Option<BookmarksCommand>,
    data_dir: Option<&std::path::Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let mut store = match commands::bookmark_store(data_dir) {
        Ok(store) => store,
        Err(reason) => {
            writeln!(err, "kroniek: {reason}")?;
            return Ok(Exit::Failure);
        }
    };
    match action {
        None => commands::bookmarks_list(&mut store, json, out, err),
        Some(BookmarksCommand::Export { format, output }) => {
            commands::bookmarks_export(&mut store, format, output.as_deref(), out, err)
        }
        Some(BookmarksCommand::Remove { id }) => {
            commands::bookmarks_remove(&mut store, &id, out, err)
        }
    }
}

/// The full-screen reader.
fn reader(
    paths: Vec<PathBuf>,
    options: Options,
    gazetteer: Gazetteer,
    actors_file: ActorsFile,
    config: &Config,
    data_dir: Option<PathBuf>,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let store = match commands::bookmark_store(data_dir.as_deref()) {
        Ok(store) => store,
        Err(reason) => {
            writeln!(err, "kroniek: {reason}")?;
            return Ok(Exit::Failure);
        }
    };
    let resume = config
        .remember
        .then(state_dir)
        .flatten()
        .map(|dir| (ResumeStore::new(dir), corpus_key(&paths)));
    let notice = (!config.unbound.is_empty()).then(|| {
        let names: Vec<String> = config.unbound.iter().map(|a| a.name()).collect();
        format!(
            "config: no key left for {} (taken by [keys]); `kroniek config` shows every key",
            names.join(", ")
        )
    });
    // The built-in corpus never changes; files and folders are watched and read again, with the
    // user's actors files read again too (corrections made in the reader are saved there).
    let reload = (!paths.is_empty()).then(|| {
        let watched = paths.clone();
        let (paths, options, config) = (paths.clone(), options.clone(), config.clone());
        let gazetteer = gazetteer.clone();
        let load: kroniek::watch::Load = Arc::new(move |progress: &Progress| {
            let gazetteer = config.gazetteer().unwrap_or_else(|e| {
                tracing::warn!("reloading with the actors read at start: {}", e.0);
                gazetteer.clone()
            });
            load_corpus(&paths, gazetteer, &options, progress)
        });
        kroniek::watch::Reloading {
            load,
            paths: watched,
        }
    });
    let load =
        Box::new(move |progress: &Progress| load_corpus(&paths, gazetteer, &options, progress));
    let theme = Theme::new(Palette::detect(), config.theme, config.colours);
    kroniek::tui::run(Reader {
        load,
        // The reader never blocks on another kroniek's lock: it waits between keys.
        store: Box::new(store.without_waiting()),
        keymap: config.keymap.clone(),
        theme,
        mouse: config.mouse,
        text_width: config.text_width,
        resume,
        notice,
        actors_file,
        reload,
    })
}
