//! `kroniek man`: the man page, generated from the clap definitions (clap_mangen for the top and
//! the options), with every subcommand, the environment, the files and the exit codes written
//! into the one page.

use std::io::{self, Write};

use clap::{Command, CommandFactory};
use clap_mangen::Man;

use crate::cli::Cli;

/// Writes the whole page as roff.
pub fn render(out: &mut dyn Write) -> io::Result<()> {
    let command = Cli::command();
    let man = Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in command.get_subcommands() {
        write_command(out, "kroniek", sub)?;
    }
    out.write_all(EXTRA.as_bytes())?;
    man.render_version_section(out)
}

fn write_command(out: &mut dyn Write, parent: &str, command: &Command) -> io::Result<()> {
    let name = format!("{parent} {}", command.get_name());
    let mut usage = vec![name.clone()];
    for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
        if arg.get_id() == "help" || arg.is_global_set() {
            continue;
        }
        let value = arg
            .get_action()
            .takes_values()
            .then(|| arg.get_value_names().and_then(|v| v.first()))
            .flatten()
            .map(|v| v.to_string())
            .or_else(|| {
                arg.get_action()
                    .takes_values()
                    .then(|| arg.get_id().to_string().to_uppercase())
            });
        let shown = match (arg.get_long(), value) {
            (Some(long), Some(value)) => format!("[--{long} {value}]"),
            (Some(long), None) => format!("[--{long}]"),
            (None, Some(value)) if arg.is_positional() => {
                let many = matches!(arg.get_num_args(), Some(n) if n.max_values() > 1);
                if arg.is_required_set() {
                    value
                } else if many {
                    format!("[{value}]...")
                } else {
                    format!("[{value}]")
                }
            }
            _ => continue,
        };
        usage.push(shown);
    }
    if command.has_subcommands() {
        usage.push("[COMMAND]".into());
    }
    writeln!(out, ".SS \"{}\"", escape(&usage.join(" ")))?;
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        writeln!(out, "{}", escape(&about.to_string()))?;
    }
    for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
        if arg.get_id() == "help" || arg.is_global_set() {
            continue;
        }
        let Some(help) = arg.get_long_help().or(arg.get_help()) else {
            continue;
        };
        let label = match (arg.get_short(), arg.get_long()) {
            (Some(short), Some(long)) => format!("-{short}, --{long}"),
            (None, Some(long)) => format!("--{long}"),
            _ => arg
                .get_value_names()
                .and_then(|v| v.first())
                .map_or_else(|| arg.get_id().to_string(), |v| v.to_string()),
        };
        let values: Vec<String> = if arg.get_action().takes_values() {
            arg.get_possible_values()
        } else {
            Vec::new()
        }
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
        writeln!(out, ".TP\n\\fB{}\\fR", escape(&label))?;
        let mut text = help.to_string();
        if !values.is_empty() {
            text.push_str(&format!(" [one of: {}]", values.join(", ")));
        }
        writeln!(out, "{}", escape(&text))?;
    }
    for sub in command.get_subcommands() {
        write_command(out, &name, sub)?;
    }
    Ok(())
}

/// Text for roff: backslashes and hyphens escaped, no line taken for a request.
fn escape(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e").replace('-', "\\-");
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const EXTRA: &str = r#".SH READER KEYS
Press \fB?\fR in the reader for every key of the current view, or see
\fBkroniek config\fR for every action with its keys. The defaults: \fBj\fR/\fBk\fR
move, \fBEnter\fR opens, \fBEsc\fR or \fBq\fR goes back, \fBTab\fR switches pane,
\fB]\fR/\fB[\fR select quotations, \fBJ\fR/\fBK\fR next and previous article,
\fB/\fR searches, \fBn\fR/\fBN\fR jump between matches, \fBt\fR timeline,
\fBa\fR actors, \fBw\fR load warnings, \fBb\fR bookmarks a quotation, \fBv\fR
selects a passage, \fBe\fR edits a note, \fBB\fR shows the bookmarks,
\fBCtrl\-c\fR quits at once (from the note editor too, saving the note typed; a
question it answers no, except whether to quit with bookmark changes not saved),
\fBCtrl\-z\fR suspends: the terminal is restored and kroniek stops until the
shell's \fBfg\fR continues it, redrawn.
.SH ENVIRONMENT
.TP
\fBKRONIEK_CONFIG\fR
The config file to read, as \fB\-\-config\fR.
.TP
\fBKRONIEK_DATA_DIR\fR
Where bookmarks are kept, as \fB\-\-data\-dir\fR.
.TP
\fBKRONIEK_STATE_DIR\fR
Where the reader's remembered place and the log are kept.
.TP
\fBKRONIEK_LOG\fR
A log level (error, warn, info, debug, trace) or filter: log to \fIkroniek.log\fR in the state
directory. Unset: no log. Nothing is ever logged to the terminal.
.TP
\fBNO_COLOR\fR
Set and not empty: no colour at all; selections stay visible in reverse video and bold.
.TP
\fBCOLORTERM\fR, \fBTERM\fR
\fItruecolor\fR, \fI24bit\fR or a TERM naming 256 colours give the full palette; otherwise
the 16 basic colours.
.SH FILES
.TP
\fI~/.config/kroniek/config.toml\fR
The config file (the platform's config directory; \fBkroniek config\fR prints the path, and
\fBkroniek config \-\-default\fR a commented file to start from).
.TP
\fI~/.local/share/kroniek/bookmarks.json\fR
The bookmarks, with \fIbookmarks.json.bak\fR, the last good copy.
.TP
\fI~/.local/state/kroniek/state.json\fR
The reader's place per corpus: view, article, scroll position, read marks.
.TP
\fI~/.local/state/kroniek/kroniek.log\fR
The log, when \fBKRONIEK_LOG\fR is set.
.SH EXIT STATUS
0 on success. \fBkroniek check\fR: 0 when every file is clean, 1 when some file had a problem,
2 when nothing could be loaded. 2 on a usage error (a PATH that does not exist is one) and when
the config file is invalid. 1 for other errors.
"#;
