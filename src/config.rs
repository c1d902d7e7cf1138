//! The user's configuration: `config.toml` in the config directory (or `--config FILE`,
//! `KRONIEK_CONFIG`). A missing file means the defaults; an invalid one is an error naming the
//! line and the key, and kroniek does not start on half a config.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::app::action::Action;
use crate::app::keymap::{Key, Keymap};
use crate::bounded::{Limit, read_text};
use crate::corpus::actors::Gazetteer;
use crate::ui::theme::{Colours, Shade, ThemeName};

pub const FILE_NAME: &str = "config.toml";

/// The default config file, commented, printed by `kroniek config --default`.
pub const DEFAULT_FILE: &str = include_str!("../assets/config.toml");

/// The effective configuration: the defaults with the user's file over them.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file that was read, if one was.
    pub file: Option<PathBuf>,
    /// Paths opened when none are given on the command line.
    pub corpus: Vec<PathBuf>,
    /// The user's gazetteer files, over the built-in actors.
    pub actors: Vec<PathBuf>,
    /// Whether the reader takes the mouse (wheel and clicks).
    pub mouse: bool,
    /// Whether the reader remembers the view, article, scroll position and read marks.
    pub remember: bool,
    pub keymap: Keymap,
    /// Actions the `[keys]` table left without any key.
    pub unbound: Vec<Action>,
    pub theme: ThemeName,
    pub colours: Colours,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            file: None,
            corpus: Vec::new(),
            actors: Vec::new(),
            mouse: true,
            remember: true,
            keymap: Keymap::default(),
            unbound: Vec::new(),
            theme: ThemeName::Dark,
            colours: Colours::builtin(ThemeName::Dark),
        }
    }
}

/// Why the configuration could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The config file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    corpus: Vec<String>,
    #[serde(default)]
    actors: Vec<String>,
    mouse: Option<bool>,
    remember: Option<bool>,
    #[serde(default)]
    keys: BTreeMap<Action, Keys>,
    #[serde(default)]
    theme: ThemeTable,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeTable {
    name: Option<ThemeName>,
    person: Option<Colour>,
    organisation: Option<Colour>,
    country: Option<Colour>,
    quote: Option<Colour>,
    quote_selected: Option<Colour>,
    search_match: Option<Colour>,
    selection: Option<Colour>,
    heading: Option<Colour>,
    border: Option<Colour>,
    border_focused: Option<Colour>,
    dim: Option<Colour>,
    key: Option<Colour>,
    message: Option<Colour>,
}

impl ThemeTable {
    fn colours(&self) -> [(&'static str, Option<Colour>); 13] {
        [
            ("person", self.person),
            ("organisation", self.organisation),
            ("country", self.country),
            ("quote", self.quote),
            ("quote_selected", self.quote_selected),
            ("search_match", self.search_match),
            ("selection", self.selection),
            ("heading", self.heading),
            ("border", self.border),
            ("border_focused", self.border_focused),
            ("dim", self.dim),
            ("key", self.key),
            ("message", self.message),
        ]
    }
}

/// One key or a list of keys, each as [`Key::parse`] reads it.
#[derive(Debug)]
struct Keys(Vec<Key>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key such as \"x\" or \"ctrl-n\", or a list of them")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Keys, E> {
                Key::parse(text).map(|k| Keys(vec![k])).map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(text) = seq.next_element::<String>()? {
                    keys.push(Key::parse(&text).map_err(de::Error::custom)?);
                }
                Ok(Keys(keys))
            }
        }
        deserializer.deserialize_any(KeysVisitor)
    }
}

/// A colour: a name (`red`, `lightblue`), `#rrggbb`, or a 256-colour index (`208`).
#[derive(Debug, Clone, Copy)]
struct Colour(Color);

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Colour, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_colour(&text).map(Colour).map_err(de::Error::custom)
    }
}

fn parse_colour(text: &str) -> Result<Color, String> {
    let trimmed = text.trim();
    let colour: Option<Color> = if let Some(hex) = trimmed.strip_prefix('#') {
        (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
            .map(|n| Color::Rgb((n >> 16) as u8, (n >> 8) as u8, n as u8))
    } else if let Ok(index) = trimmed.parse::<u8>() {
        Some(Color::Indexed(index))
    } else {
        trimmed
            .parse::<Color>()
            .ok()
            .filter(|c| !matches!(c, Color::Reset))
    };
    colour.ok_or_else(|| {
        format!(
            "unknown colour `{text}` (want a name such as red or lightblue, #rrggbb, or 0 to 255)"
        )
    })
}

/// How a colour is written in the config file.
pub fn colour_name(colour: Color) -> String {
    match colour {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => i.to_string(),
        named => format!("{named:?}").to_lowercase(),
    }
}

/// How a config file is read: a regular file of at most 1 MiB (see [`crate::bounded`]).
const CONFIG_FILE: Limit = Limit {
    bytes: 1024 * 1024,
    what: "a config file",
};

/// How an actors file named in the config is read: a regular file of at most 16 MiB.
const ACTORS_FILE: Limit = Limit {
    bytes: 16 * 1024 * 1024,
    what: "an actors file",
};

/// The config file kroniek reads when none is named: `config.toml` in the platform's config
/// directory (`$XDG_CONFIG_HOME/kroniek`, `~/.config/kroniek` on Linux).
pub fn default_path() -> Option<PathBuf> {
    crate::dirs::config_dir().map(|d| d.join(FILE_NAME))
}

/// Reads the configuration. `explicit` is the file named by `--config` or `KRONIEK_CONFIG`,
/// which must exist; without it the default file is read if there is one.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => match default_path() {
            Some(path) if path.exists() => path,
            _ => return Ok(Config::default()),
        },
    };
    let text = read_text(&path, CONFIG_FILE).map_err(|reason| {
        ConfigError(format!(
            "cannot read the config file {}: {reason}",
            path.display()
        ))
    })?;
    let mut config = parse(&text, &path)?;
    config.file = Some(path);
    Ok(config)
}

/// Parses the text of a config file found at `path` (relative paths inside it are relative to
/// its directory).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let file: File = toml::from_str(text).map_err(|e| {
        ConfigError(format!(
            "invalid config file {}: {}",
            path.display(),
            e.to_string().trim_end()
        ))
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let patches: Vec<(Action, Vec<Key>)> = file.keys.into_iter().map(|(a, k)| (a, k.0)).collect();
    let (keymap, unbound) = Keymap::patched(&patches);
    let theme = file.theme.name.unwrap_or_default();
    let mut colours = Colours::builtin(theme);
    for (name, colour) in file.theme.colours() {
        if let Some(Colour(colour)) = colour {
            colours.set(name, Shade::user(colour));
        }
    }
    Ok(Config {
        file: None,
        corpus: file.corpus.iter().map(|p| resolve(p, base)).collect(),
        actors: file.actors.iter().map(|p| resolve(p, base)).collect(),
        mouse: file.mouse.unwrap_or(true),
        remember: file.remember.unwrap_or(true),
        keymap,
        unbound,
        theme,
        colours,
    })
}

/// `~/x` under the home directory, a relative path under `base`, others as written.
fn resolve(path: &str, base: &Path) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    if path == "~" {
        return home().unwrap_or_else(|| PathBuf::from(path));
    }
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = home()
    {
        return home.join(rest);
    }
    let path = PathBuf::from(path);
    if path.is_relative() {
        base.join(path)
    } else {
        path
    }
}

impl Config {
    /// The built-in gazetteer with the user's `actors` files over it.
    pub fn gazetteer(&self) -> Result<Gazetteer, ConfigError> {
        if self.actors.is_empty() {
            return Ok(Gazetteer::builtin());
        }
        let mut files = Vec::new();
        for path in &self.actors {
            let text = read_text(path, ACTORS_FILE).map_err(|reason| {
                ConfigError(format!(
                    "cannot read the actors file {} named in the config: {reason}",
                    path.display()
                ))
            })?;
            files.push((path.display().to_string(), text));
        }
        Gazetteer::with_files(&files).map_err(|e| ConfigError(format!("invalid actors file {e}")))
    }

    /// The effective configuration as a config file, for `kroniek config`.
    pub fn to_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let list = |paths: &[PathBuf]| {
            let items: Vec<String> = paths.iter().map(|p| quote(&p.to_string_lossy())).collect();
            format!("[{}]", items.join(", "))
        };
        let mut out = String::new();
        out.push_str(&format!("corpus = {}\n", list(&self.corpus)));
        out.push_str(&format!("actors = {}\n", list(&self.actors)));
        out.push_str(&format!("mouse = {}\n", self.mouse));
        out.push_str(&format!("remember = {}\n", self.remember));
        out.push_str("\n[keys]\n");
        for (action, keys) in self.keymap.all() {
            let keys: Vec<String> = keys.iter().map(|k| quote(&k.config_name())).collect();
            out.push_str(&format!("{} = [{}]\n", action.name(), keys.join(", ")));
        }
        out.push_str("\n[theme]\n");
        let name = match self.theme {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
        };
        out.push_str(&format!("name = {}\n", quote(name)));
        for name in Colours::NAMES {
            match self.colours.get(name).flatten() {
                Some(shade) => {
                    out.push_str(&format!("{name} = {}\n", quote(&colour_name(shade.rich))))
                }
                None => out.push_str(&format!("# {name}: the theme's own\n")),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_by_name_hex_and_index() {
        assert_eq!(parse_colour("red"), Ok(Color::Red));
        assert_eq!(parse_colour("lightblue"), Ok(Color::LightBlue));
        assert_eq!(parse_colour("#ff8000"), Ok(Color::Rgb(255, 128, 0)));
        assert_eq!(parse_colour("208"), Ok(Color::Indexed(208)));
        assert!(parse_colour("blurple").is_err());
        assert!(parse_colour("#12345").is_err());
    }

    #[test]
    fn written_colours_read_back() {
        for colour in [Color::Rgb(1, 2, 3), Color::Indexed(42), Color::LightMagenta] {
            assert_eq!(parse_colour(&colour_name(colour)), Ok(colour));
        }
    }
}
