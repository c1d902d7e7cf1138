//! The user's configuration: `config.toml` in the config directory (or `--config FILE`,
//! `KRONIEK_CONFIG`). A missing file means the defaults; an invalid one is an error naming the
//! line and the key, and kroniek does not start on half a config.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::app::action::Action;
use crate::app::keymap::{Key, Keymap};
use crate::app::layout::{TEXT_WIDTH_DEFAULT, TEXT_WIDTH_MAX, TEXT_WIDTH_MIN};
use crate::bounded::{Limit, read_text};
use crate::corpus::actors::Gazetteer;
use crate::corpus::curation::file::{self as actors_file, ActorsFile};
use crate::corpus::formats::Options;
use crate::corpus::language::Lang;
use crate::ui::theme::{Colours, ThemeName};

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
    /// Columns at most of an article's body in the reader.
    pub text_width: u16,
    pub keymap: Keymap,
    /// Actions the `[keys]` table left without any key.
    pub unbound: Vec<Action>,
    pub theme: ThemeName,
    pub colours: Colours,
    /// The language of every article, where detection is wrong; `None`: each article's own.
    pub language: Option<Lang>,
    /// The language actors are named in; `None`: the language most articles are in.
    pub display_language: Option<Lang>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            file: None,
            corpus: Vec::new(),
            actors: Vec::new(),
            mouse: true,
            remember: true,
            text_width: TEXT_WIDTH_DEFAULT,
            keymap: Keymap::default(),
            unbound: Vec::new(),
            theme: ThemeName::Dark,
            colours: Colours::builtin(ThemeName::Dark),
            language: None,
            display_language: None,
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
    text_width: Option<TextWidth>,
    #[serde(default)]
    keys: BTreeMap<Action, OneOrMany<Key>>,
    #[serde(default)]
    theme: Colours,
    language: Option<Lang>,
    display_language: Option<Lang>,
}

/// `text_width`: a whole number of columns from [`TEXT_WIDTH_MIN`] to [`TEXT_WIDTH_MAX`]; any
/// other value is an error that names the line.
#[derive(Debug, Clone, Copy)]
struct TextWidth(u16);

impl<'de> Deserialize<'de> for TextWidth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextWidth, D::Error> {
        let n = i64::deserialize(deserializer)?;
        u16::try_from(n)
            .ok()
            .filter(|n| (TEXT_WIDTH_MIN..=TEXT_WIDTH_MAX).contains(n))
            .map(TextWidth)
            .ok_or_else(|| {
                de::Error::custom(format!(
                    "text_width is {n} columns; it takes {TEXT_WIDTH_MIN} to {TEXT_WIDTH_MAX}"
                ))
            })
    }
}

/// One value or a list of them, as a config file may write a list of one: `"x"` or `["x", "y"]`.
/// Each value keeps its own errors (a bad key says which), where an untagged enum would only say
/// that neither form fitted.
#[derive(Debug)]
struct OneOrMany<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<OneOrMany<T>, D::Error> {
        struct OneOrManyVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrManyVisitor<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one value or a list of them")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<OneOrMany<T>, E> {
                T::deserialize(de::value::StrDeserializer::new(text))
                    .map(|one| OneOrMany(vec![one]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<OneOrMany<T>, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(OneOrMany)
            }
        }
        deserializer.deserialize_any(OneOrManyVisitor(std::marker::PhantomData))
    }
}

/// The names of a struct's fields in the order declared, as its derived `Deserialize` hands them
/// to a deserializer; `kroniek config` prints the `[theme]` table in this order.
fn field_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    /// Asks for nothing but the fields; its "error" carries them out.
    struct Fields;
    #[derive(Debug)]
    struct Found(&'static [&'static str]);
    impl fmt::Display for Found {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("fields found")
        }
    }
    impl std::error::Error for Found {}
    impl de::Error for Found {
        fn custom<M: fmt::Display>(_: M) -> Found {
            Found(&[])
        }
    }
    impl<'de> Deserializer<'de> for Fields {
        type Error = Found;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    match T::deserialize(Fields) {
        Err(Found(fields)) => fields,
        Ok(_) => &[],
    }
}

/// How a config file is read: a regular file of at most 1 MiB (see [`crate::bounded`]).
const CONFIG_FILE: Limit = Limit {
    bytes: 1024 * 1024,
    what: "a config file",
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
    let theme = file.theme.name;
    let colours = file.theme.over(Colours::builtin(theme));
    Ok(Config {
        file: None,
        corpus: file.corpus.iter().map(|p| resolve(p, base)).collect(),
        actors: file.actors.iter().map(|p| resolve(p, base)).collect(),
        mouse: file.mouse.unwrap_or(true),
        remember: file.remember.unwrap_or(true),
        text_width: file.text_width.map_or(TEXT_WIDTH_DEFAULT, |w| w.0),
        keymap,
        unbound,
        theme,
        colours,
        language: file.language,
        display_language: file.display_language,
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
    /// The user's actors file, where the reader records their corrections: `actors.toml` beside
    /// the config file in effect, else in the config directory.
    pub fn actors_file(&self) -> Option<PathBuf> {
        match &self.file {
            Some(file) => Some(
                file.parent()
                    .unwrap_or(Path::new("."))
                    .join(actors_file::FILE_NAME),
            ),
            None => crate::dirs::config_dir().map(|d| d.join(actors_file::FILE_NAME)),
        }
    }

    /// The built-in gazetteer with the user's `actors` files over it, then their actors file
    /// ([`Config::actors_file`]) over those: the actors every command and the reader use.
    pub fn gazetteer(&self) -> Result<Gazetteer, ConfigError> {
        self.actors().map(|(gazetteer, _)| gazetteer)
    }

    /// [`Config::gazetteer`], and the user's actors file as a document, for the reader to record
    /// corrections in.
    pub fn actors(&self) -> Result<(Gazetteer, ActorsFile), ConfigError> {
        let mut files = Vec::new();
        for path in &self.actors {
            let text = read_text(path, actors_file::LIMIT).map_err(|reason| {
                ConfigError(format!(
                    "cannot read the actors file {} named in the config: {reason}",
                    path.display()
                ))
            })?;
            files.push((path.display().to_string(), text));
        }
        let own = self.actors_file();
        let text = match &own {
            Some(path) => actors_file::read_text(path).map_err(|reason| {
                ConfigError(format!(
                    "cannot read your actors file {}: {reason}",
                    path.display()
                ))
            })?,
            None => None,
        };
        let document = ActorsFile::new(own.clone(), text.as_deref().unwrap_or_default())
            .map_err(|e| ConfigError(format!("invalid actors file {e}")))?;
        if let (Some(path), Some(text)) = (&own, text) {
            files.push((path.display().to_string(), text));
        }
        let gazetteer = if files.is_empty() {
            Gazetteer::builtin()
        } else {
            Gazetteer::with_files(&files)
                .map_err(|e| ConfigError(format!("invalid actors file {e}")))?
        };
        Ok((gazetteer, document))
    }

    /// How to read a corpus: `options` from the command line, with this config's languages where
    /// the command line gives none.
    pub fn over(&self, mut options: Options) -> Options {
        options.language = options.language.or(self.language);
        options.display_language = options.display_language.or(self.display_language);
        options
    }

    /// The effective configuration as a config file, for `kroniek config`.
    pub fn to_toml(&self) -> String {
        let quote = crate::output::toml_string;
        let list = |paths: &[PathBuf]| {
            let items: Vec<String> = paths.iter().map(|p| quote(&p.to_string_lossy())).collect();
            format!("[{}]", items.join(", "))
        };
        let mut out = String::new();
        out.push_str(&format!("corpus = {}\n", list(&self.corpus)));
        out.push_str(&format!("actors = {}\n", list(&self.actors)));
        out.push_str(&format!("mouse = {}\n", self.mouse));
        out.push_str(&format!("remember = {}\n", self.remember));
        out.push_str(&format!("text_width = {}\n", self.text_width));
        for (key, lang) in [
            ("language", self.language),
            ("display_language", self.display_language),
        ] {
            match lang {
                Some(lang) => out.push_str(&format!("{key} = {}\n", quote(lang.code()))),
                None => out.push_str(&format!("# {key}: not set\n")),
            }
        }
        out.push_str("\n[keys]\n");
        for (action, keys) in self.keymap.all() {
            let keys: Vec<String> = keys.iter().map(|k| quote(&k.config_name())).collect();
            out.push_str(&format!("{} = [{}]\n", action.name(), keys.join(", ")));
        }
        out.push_str("\n[theme]\n");
        // Every field of the table as the config file writes it: the name, then each colour.
        let table = serde_json::to_value(Colours {
            name: self.theme,
            ..self.colours
        })
        .unwrap_or_default();
        for name in field_names::<Colours>() {
            match table.get(name).and_then(serde_json::Value::as_str) {
                Some(value) => out.push_str(&format!("{name} = {}\n", quote(value))),
                None => out.push_str(&format!("# {name}: the theme's own\n")),
            }
        }
        out
    }
}
