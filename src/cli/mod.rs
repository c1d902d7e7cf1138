//! The command line, as clap definitions.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

mod typo;
use typo::close_command;

/// kroniek: read a corpus of news articles closely, follow it over time and quote from it.
///
/// With no command, opens the reader on the articles under PATH (files, or directories searched
/// for the files of every format kroniek reads: see PATH), or on the built-in corpus when no PATH
/// is given. A PATH that does not exist is a usage error.
///
/// A command is found after options (`kroniek --data-dir D bookmarks`), never after a PATH.
#[derive(Debug, Parser)]
#[command(
    name = "kroniek",
    version,
    override_usage = "kroniek [OPTIONS] [PATH]...\n       kroniek [OPTIONS] <COMMAND>"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub corpus: CorpusArgs,

    /// Where bookmarks are kept [default: the platform's data directory, such as
    /// ~/.local/share/kroniek on Linux].
    #[arg(long, global = true, value_name = "DIR", env = "KRONIEK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// The config file to read [default: config.toml in the platform's config directory, such
    /// as ~/.config/kroniek on Linux; `kroniek config` prints which].
    #[arg(long, global = true, value_name = "FILE", env = "KRONIEK_CONFIG")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct CorpusArgs {
    /// Article files or directories (searched recursively for the extensions of every format
    /// kroniek reads); none: the config's `corpus`, or else the built-in corpus.
    #[arg(value_name = "PATH", help = paths_help())]
    pub paths: Vec<PathBuf>,

    /// The CSV/TSV columns holding the date, title and body, when their names are not the usual
    /// ones (date, datetime, published; title, headline; body, content, text).
    #[arg(long, value_name = "date=COL,title=COL,body=COL", value_parser = crate::corpus::formats::Columns::parse)]
    pub columns: Option<crate::corpus::formats::Columns>,

    /// The language of every article, where detection is wrong: nl or en [default: the config's
    /// `language`, else each article's own, found from its text].
    #[arg(long, value_name = "nl|en", value_parser = crate::corpus::language::Lang::parse)]
    pub language: Option<crate::corpus::language::Lang>,

    /// The language actors are named in: nl or en [default: the config's `display_language`,
    /// else the language most articles are in].
    #[arg(long, value_name = "nl|en", value_parser = crate::corpus::language::Lang::parse)]
    pub display_language: Option<crate::corpus::language::Lang>,
}

/// The help of PATH, with the extensions from the code that reads the formats.
fn paths_help() -> String {
    format!(
        "Article files or directories (searched recursively for {}); none: the config's \
         `corpus`, or else the built-in corpus",
        crate::corpus::formats::extension_list()
    )
}

impl Cli {
    /// Reads the command line, exiting with a usage error when it cannot be read.
    pub fn parse_command_line() -> Cli {
        match Cli::try_parse()
            .and_then(Cli::with_options_in_their_command)
            .and_then(Cli::with_existing_paths)
            .and_then(Cli::with_ordered_ranges)
        {
            Ok(cli) => cli,
            Err(e) => exit_on(e),
        }
    }

    /// The corpus PATHs given on the command line, for the reader or the command that reads them.
    pub fn paths(&self) -> &[PathBuf] {
        match &self.command {
            None => &self.corpus.paths,
            Some(command) => command.corpus().map_or(&[], |corpus| &corpus.paths),
        }
    }

    /// A usage error for a PATH that does not exist (a typo of a command, `kroniek lst`, is one:
    /// it would open an empty reader), with the command it is close to, if any.
    pub fn with_existing_paths(self) -> Result<Cli, clap::Error> {
        for path in self.paths() {
            // A path that cannot be looked at for another reason (permission) is the loader's to
            // report; only one that is not there is a mistake in the command line.
            if !matches!(path.try_exists(), Ok(false)) {
                continue;
            }
            let shown = path.to_string_lossy();
            let mut message = format!("no such file or directory: `{shown}`");
            let word = path.components().count() == 1 && self.command.is_none();
            if let Some(command) = word.then(|| close_command(&shown)).flatten() {
                message.push_str(&format!("\n\n  tip: did you mean `kroniek {command}`?"));
            }
            return Err(Cli::command().error(clap::error::ErrorKind::InvalidValue, message));
        }
        Ok(self)
    }

    /// A usage error for a range of dates that ends before it starts (`--from 2023 --to 2022`):
    /// it would select nothing, silently.
    pub fn with_ordered_ranges(self) -> Result<Cli, clap::Error> {
        let (from, to, to_option) = match &self.command {
            Some(
                Command::List { range, .. }
                | Command::Timeline { range, .. }
                | Command::Quotes { range, .. }
                | Command::Actors { range, .. },
            ) => (range.from, range.to, "--to"),
            Some(Command::Convert { range, to, .. }) => {
                let option = if range.until.is_some() {
                    "--until"
                } else {
                    "--to"
                };
                let end = ConvertTo::end_date(to, range.until).ok().flatten();
                (range.from, end, option)
            }
            _ => return Ok(self),
        };
        match (from, to) {
            (Some(from), Some(to)) if from > to => Err(Cli::command().error(
                clap::error::ErrorKind::ValueValidation,
                inverted_range(from, to, to_option),
            )),
            _ => Ok(self),
        }
    }

    /// Gives the corpus options written before a command (`kroniek --columns C list`) to the
    /// command, as if written after it; an error for a command that reads no corpus.
    pub fn with_options_in_their_command(mut self) -> Result<Cli, clap::Error> {
        let given = &self.corpus;
        let named = [
            (given.columns.is_some(), "--columns"),
            (given.language.is_some(), "--language"),
            (given.display_language.is_some(), "--display-language"),
        ];
        let Some(&(_, option)) = named.iter().find(|(set, _)| *set) else {
            return Ok(self);
        };
        let Some(command) = &mut self.command else {
            return Ok(self);
        };
        let Some(corpus) = command.corpus_mut() else {
            return Err(Cli::command().error(
                clap::error::ErrorKind::ArgumentConflict,
                format!("{option} is for reading a corpus; this command reads none"),
            ));
        };
        let before = std::mem::take(&mut self.corpus);
        corpus.columns = corpus.columns.take().or(before.columns);
        corpus.language = corpus.language.or(before.language);
        corpus.display_language = corpus.display_language.or(before.display_language);
        Ok(self)
    }
}

/// The usage error of a range from `from` to the earlier `to`.
fn inverted_range(from: chrono::NaiveDate, to: chrono::NaiveDate, to_option: &str) -> String {
    format!(
        "the range of dates ends before it starts: --from starts on {from}, {to_option} ends on \
         {to}; give the earlier date to --from"
    )
}

/// `--from DATE` and `--to DATE`: only the articles in that range of dates (#19).
#[derive(Debug, Args, Clone, Default)]
pub struct RangeArgs {
    /// Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD: its first day);
    /// undated articles are left out when a range is given.
    #[arg(long, value_name = "DATE", value_parser = crate::corpus::period::parse_from)]
    pub from: Option<chrono::NaiveDate>,
    /// Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD: its last day).
    #[arg(long, visible_alias = "until", value_name = "DATE", value_parser = crate::corpus::period::parse_to)]
    pub to: Option<chrono::NaiveDate>,
}

/// What `kroniek convert --to` names: the format written, or the last date (#19 item 6 asks
/// `--to DATE` of every command; `--to jsonl` came first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvertTo {
    Format(ConvertFormat),
    Date(chrono::NaiveDate),
}

fn parse_convert_to(text: &str) -> Result<ConvertTo, String> {
    if text.eq_ignore_ascii_case("jsonl") {
        return Ok(ConvertTo::Format(ConvertFormat::Jsonl));
    }
    crate::corpus::period::parse_to(text)
        .map(ConvertTo::Date)
        .map_err(|e| format!("{e}; or the format to write: jsonl"))
}

impl ConvertTo {
    /// The end date among `--to` values and `--until`: one at most.
    pub fn end_date(
        to: &[ConvertTo],
        until: Option<chrono::NaiveDate>,
    ) -> Result<Option<chrono::NaiveDate>, String> {
        let mut dates = to
            .iter()
            .filter_map(|t| match t {
                ConvertTo::Date(d) => Some(*d),
                ConvertTo::Format(_) => None,
            })
            .chain(until);
        match (dates.next(), dates.next()) {
            (Some(_), Some(_)) => Err("give the last date once (--to DATE or --until DATE)".into()),
            (date, None) => Ok(date),
            (None, Some(_)) => Ok(None),
        }
    }
}

/// `--from DATE` and `--until DATE` for `kroniek convert`, whose `--to` is the format written
/// or the last date.
#[derive(Debug, Args, Clone, Default)]
pub struct ConvertRangeArgs {
    /// Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD: its first day);
    /// undated articles are left out when a range is given.
    #[arg(long, value_name = "DATE", value_parser = crate::corpus::period::parse_from)]
    pub from: Option<chrono::NaiveDate>,
    /// Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD: its last day).
    #[arg(long, value_name = "DATE", value_parser = crate::corpus::period::parse_to)]
    pub until: Option<chrono::NaiveDate>,
}

impl From<ConvertRangeArgs> for RangeArgs {
    fn from(args: ConvertRangeArgs) -> RangeArgs {
        RangeArgs {
            from: args.from,
            to: args.until,
        }
    }
}

impl RangeArgs {
    pub fn range(&self) -> crate::corpus::period::DateRange {
        crate::corpus::period::DateRange {
            from: self.from,
            to: self.to,
        }
    }
}

/// `kroniek timeline --by`: how long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum By {
    Day,
    /// The ISO week (2022-W07).
    Week,
    #[default]
    Month,
    /// 2022-Q1.
    Quarter,
    Year,
}

impl By {
    pub fn granularity(self) -> crate::corpus::period::Granularity {
        use crate::corpus::period::Granularity;
        match self {
            By::Day => Granularity::Day,
            By::Week => Granularity::Week,
            By::Month => Granularity::Month,
            By::Quarter => Granularity::Quarter,
            By::Year => Granularity::Year,
        }
    }
}

/// What `kroniek timeline` adds to its rows and how it writes them.
#[derive(Debug, Args, Clone)]
pub struct TimelineArgs {
    /// The length of a period.
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// How many of the most mentioned actors (and most quoted speakers) the JSON, the CSV and the
    /// plot give per period.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub actors: usize,
    /// Write the grid as CSV: one row per period (period, articles, quotes), one column per actor
    /// with its mentions.
    #[arg(long, conflicts_with = "json")]
    pub csv: bool,
    /// Draw the figure to FILE, as SVG or (for a name ending in .png) PNG: articles per period as
    /// bars and the --actors N most mentioned actors' mentions as lines, labelled axes and a
    /// legend.
    #[arg(long, value_name = "FILE.svg|FILE.png", value_parser = crate::commands::plot::parse_plot_path)]
    pub plot: Option<PathBuf>,
}

impl CorpusArgs {
    /// How to read the files.
    pub fn options(&self) -> crate::corpus::formats::Options {
        crate::corpus::formats::Options {
            columns: self.columns.clone().unwrap_or_default(),
            language: self.language,
            display_language: self.display_language,
            keep: crate::corpus::formats::Keep::Everything,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles in date order: date, id, words, quotes, main actors, title.
    List {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        range: RangeArgs,
        /// Print one JSON array instead of columns.
        #[arg(long)]
        json: bool,
    },
    /// Show the corpus month by month (or by --by), empty periods included, undated articles last.
    Timeline {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        range: RangeArgs,
        #[command(flatten)]
        timeline: TimelineArgs,
        /// Print one JSON array instead of columns.
        #[arg(long)]
        json: bool,
    },
    /// List every quotation with its speaker.
    Quotes {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        range: RangeArgs,
        /// Print one JSON array instead of columns.
        #[arg(long)]
        json: bool,
        /// Only quotations by this actor (canonical name or alias; case and accents ignored).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
    },
    /// List the actors mentioned, most mentioned first.
    Actors {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        range: RangeArgs,
        /// Print one JSON array instead of columns.
        #[arg(long)]
        json: bool,
    },
    /// List the bookmarked quotations, by article date; or export or remove them.
    Bookmarks {
        /// Print one JSON array instead of columns.
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        action: Option<BookmarksCommand>,
    },
    /// Load the corpus and report every problem. Exit 0: all clean; 1: some file had a problem;
    /// 2: nothing could be loaded.
    Check {
        #[command(flatten)]
        corpus: CorpusArgs,
    },
    /// Write the loaded corpus as one clean file: sanitised, with dates, titles and bodies, in
    /// date order (JSON Lines: one object a line with id, date, title, body, url, source (the
    /// publisher) and origin (the file and line it came from)).
    Convert {
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        range: ConvertRangeArgs,
        /// The format to write (jsonl, the default), or, as on the other commands, the last date of
        /// the articles written (YYYY, YYYY-MM or YYYY-MM-DD); may be given twice: `--to jsonl
        /// --to 2022-03`.
        #[arg(long, value_name = "jsonl|DATE", value_parser = parse_convert_to, action = clap::ArgAction::Append)]
        to: Vec<ConvertTo>,
        /// Write to FILE (replaced atomically) instead of stdout.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the config file's path and the effective configuration (defaults with the file
    /// over them), or with --default a commented config file to start from.
    Config {
        /// Print the commented default config file instead.
        #[arg(long)]
        default: bool,
    },
    /// Print a shell completion script: `kroniek completions bash > ~/.local/share/bash-completion/completions/kroniek`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from these same definitions: `kroniek man | man -l -`.
    Man,
}

/// The corpus arguments of the commands that read a corpus: the one list of those commands, for
/// [`Command::corpus`] and [`Command::corpus_mut`].
macro_rules! corpus_of {
    ($command:expr) => {
        match $command {
            Command::List { corpus, .. }
            | Command::Timeline { corpus, .. }
            | Command::Quotes { corpus, .. }
            | Command::Actors { corpus, .. }
            | Command::Check { corpus }
            | Command::Convert { corpus, .. } => Some(corpus),
            _ => None,
        }
    };
}

impl Command {
    /// The corpus a command reads, if it reads one.
    pub fn corpus(&self) -> Option<&CorpusArgs> {
        corpus_of!(self)
    }

    /// [`Command::corpus`], to change.
    fn corpus_mut(&mut self) -> Option<&mut CorpusArgs> {
        corpus_of!(self)
    }
}

/// What `kroniek convert` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConvertFormat {
    /// JSON Lines, which kroniek reads back.
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum BookmarksCommand {
    /// Write every bookmark for citation, with the article's source, URL and publisher where
    /// known: Markdown grouped by month, JSON, CSV, or CSL JSON for Zotero and pandoc.
    Export {
        /// The format to write.
        #[arg(long, value_enum)]
        format: crate::bookmarks::export::Format,
        /// Write to FILE instead of stdout.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Remove the bookmark with this id (or a unique start of it).
    Remove {
        #[arg(value_name = "ID")]
        id: String,
    },
}

/// Ends kroniek on a command-line error, or after `--help` and `--version`. An error quotes what
/// was typed (an unknown argument, a bad value), which passes the sanitiser like any text from
/// outside; help and version are kroniek's own words and are printed as clap prints them.
fn exit_on(e: clap::Error) -> ! {
    if !e.use_stderr() {
        e.exit();
    }
    let mut err = crate::output::stderr();
    // Nothing sensible is left to do if stderr itself is gone.
    let _ = write!(err, "{}", e.render());
    let _ = err.flush();
    drop(err);
    std::process::exit(e.exit_code());
}
