//! Named styles: a built-in theme (`dark` or `light`) with the user's colours over it, shown
//! with as many colours as the terminal has.

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Serialize};

use super::colour::readable_on;
pub use super::colour::{Shade, nearest_basic};
use crate::corpus::actors::ActorKind;
use crate::fnv::fnv32;

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// No colour at all (`NO_COLOR`): selection and highlights by reverse video, bold, underline.
    Mono,
    /// The 16 basic colours: every colour is brought to the nearest of them.
    Basic,
    /// 256 colours or more: one stable colour per actor, in the family of its kind.
    Rich,
}

impl Palette {
    /// From the environment: `NO_COLOR` (set and not empty) turns colour off; `COLORTERM` or a
    /// `TERM` naming 256 colours gives the full palette; anything else the 16 basic colours.
    pub fn detect() -> Palette {
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        if !var("NO_COLOR").is_empty() {
            Palette::Mono
        } else if matches!(var("COLORTERM").as_str(), "truecolor" | "24bit")
            || var("TERM").contains("256")
        {
            Palette::Rich
        } else {
            Palette::Basic
        }
    }
}

/// The built-in themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeName {
    /// Light text on a dark background.
    #[default]
    Dark,
    /// Dark text on a light background.
    Light,
}

/// A theme's colours: the built-in theme they start from and every colour it sets. This struct is
/// the config file's `[theme]` table: each field is read by its name (and printed by
/// `kroniek config` in the order declared). A colour not set is the theme's own: for people,
/// organisations and countries a colour per actor, for the selection reverse video.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Colours {
    /// The built-in theme under the colours.
    pub name: ThemeName,
    /// People; with no colour set, each person gets a stable colour of the theme's family.
    pub person: Option<Shade>,
    pub organisation: Option<Shade>,
    /// Countries and places.
    pub country: Option<Shade>,
    /// Quotation text.
    pub quote: Option<Shade>,
    /// Background of the selected quotation.
    pub quote_selected: Option<Shade>,
    /// Background of search matches.
    pub search_match: Option<Shade>,
    /// Background of the current search match, the one `n` and `N` moved to.
    pub current_match: Option<Shade>,
    /// Background of the selected row, the whole width of its pane, its text in black or white;
    /// with none set, reverse video.
    pub selection: Option<Shade>,
    pub heading: Option<Shade>,
    pub border: Option<Shade>,
    pub border_focused: Option<Shade>,
    /// Secondary text: dates, counts, hints.
    pub dim: Option<Shade>,
    /// Keys in hints and help.
    pub key: Option<Shade>,
    /// Messages in the status line.
    pub message: Option<Shade>,
}

impl Colours {
    pub fn builtin(name: ThemeName) -> Colours {
        let both = |colour| Some(Shade::both(colour));
        let shade = |rich, basic| Some(Shade { rich, basic });
        let none = Colours {
            name,
            ..Colours::default()
        };
        match name {
            ThemeName::Dark => Colours {
                quote: both(Color::Yellow),
                quote_selected: both(Color::Yellow),
                search_match: both(Color::LightRed),
                current_match: shade(Color::Indexed(214), Color::LightYellow),
                selection: shade(Color::Indexed(25), Color::Blue),
                heading: both(Color::LightBlue),
                border: both(Color::DarkGray),
                border_focused: both(Color::LightBlue),
                dim: both(Color::DarkGray),
                key: both(Color::LightBlue),
                message: both(Color::LightYellow),
                ..none
            },
            ThemeName::Light => Colours {
                quote: shade(Color::Indexed(130), Color::Red),
                quote_selected: shade(Color::Indexed(222), Color::Yellow),
                search_match: shade(Color::Indexed(217), Color::LightRed),
                current_match: shade(Color::Indexed(214), Color::LightYellow),
                selection: shade(Color::Indexed(153), Color::LightCyan),
                heading: both(Color::Blue),
                // Grey enough to be seen on white (light grey was nearly invisible).
                border: shade(Color::Indexed(245), Color::DarkGray),
                border_focused: both(Color::Blue),
                dim: shade(Color::Indexed(244), Color::DarkGray),
                key: both(Color::Blue),
                message: shade(Color::Indexed(124), Color::Red),
                ..none
            },
        }
    }

    /// These colours, with those of `under` where these set none; the name is these colours'.
    pub fn over(self, under: Colours) -> Colours {
        Colours {
            name: self.name,
            person: self.person.or(under.person),
            organisation: self.organisation.or(under.organisation),
            country: self.country.or(under.country),
            quote: self.quote.or(under.quote),
            quote_selected: self.quote_selected.or(under.quote_selected),
            search_match: self.search_match.or(under.search_match),
            current_match: self.current_match.or(under.current_match),
            selection: self.selection.or(under.selection),
            heading: self.heading.or(under.heading),
            border: self.border.or(under.border),
            border_focused: self.border_focused.or(under.border_focused),
            dim: self.dim.or(under.dim),
            key: self.key.or(under.key),
            message: self.message.or(under.message),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub palette: Palette,
    pub name: ThemeName,
    pub colours: Colours,
}

const PEOPLE_DARK: &[u8] = &[81, 117, 45, 51, 87, 123, 159, 39, 75, 111];
const ORGANISATIONS_DARK: &[u8] = &[213, 207, 177, 171, 219, 183, 205, 141];
const COUNTRIES_DARK: &[u8] = &[114, 150, 78, 120, 156, 84, 149, 115];
const PEOPLE_LIGHT: &[u8] = &[25, 26, 27, 31, 32, 18, 19, 20, 24, 61];
const ORGANISATIONS_LIGHT: &[u8] = &[90, 91, 125, 126, 127, 128, 129, 96];
const COUNTRIES_LIGHT: &[u8] = &[22, 28, 29, 34, 35, 64, 65, 70];

impl Theme {
    pub fn new(palette: Palette, name: ThemeName, colours: Colours) -> Theme {
        Theme {
            palette,
            name,
            colours,
        }
    }

    /// The dark theme in the 16 basic colours, for tests.
    pub fn basic() -> Theme {
        Theme::new(
            Palette::Basic,
            ThemeName::Dark,
            Colours::builtin(ThemeName::Dark),
        )
    }

    /// The colour of a shade on this palette; none without colour, or where the theme sets none.
    fn colour(&self, shade: Option<Shade>) -> Option<Color> {
        let shade = shade?;
        match self.palette {
            Palette::Mono => None,
            Palette::Basic => Some(shade.basic),
            Palette::Rich => Some(shade.rich),
        }
    }

    fn fg(&self, shade: Option<Shade>) -> Style {
        match self.colour(shade) {
            Some(colour) => Style::new().fg(colour),
            None => Style::new(),
        }
    }

    /// Black or white, whichever reads on `background`.
    fn on(&self, shade: Option<Shade>) -> Style {
        match self.colour(shade) {
            Some(colour) => Style::new().bg(colour).fg(readable_on(colour)),
            None => Style::new(),
        }
    }

    /// An actor's mention: a colour per kind, or per actor where the terminal has the colours.
    pub fn actor(&self, kind: ActorKind, name: &str) -> Style {
        let c = &self.colours;
        let (chosen, basic, dark, light) = match kind {
            ActorKind::Person => (c.person, Color::Cyan, PEOPLE_DARK, PEOPLE_LIGHT),
            ActorKind::Organisation => (
                c.organisation,
                Color::Magenta,
                ORGANISATIONS_DARK,
                ORGANISATIONS_LIGHT,
            ),
            // Places share the colour of countries.
            ActorKind::Country | ActorKind::Place => {
                (c.country, Color::Green, COUNTRIES_DARK, COUNTRIES_LIGHT)
            }
        };
        let basic = match self.name {
            ThemeName::Dark => basic,
            ThemeName::Light => match kind {
                ActorKind::Person => Color::Blue,
                _ => basic,
            },
        };
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match (self.palette, chosen) {
            (Palette::Mono, _) => bold.add_modifier(Modifier::UNDERLINED),
            (_, Some(shade)) => bold.patch(self.fg(Some(shade))),
            (Palette::Basic, None) => bold.fg(basic),
            (Palette::Rich, None) => {
                let family = match self.name {
                    ThemeName::Dark => dark,
                    ThemeName::Light => light,
                };
                let hash = fnv32(name.as_bytes());
                bold.fg(Color::Indexed(family[hash as usize % family.len()]))
            }
        }
    }

    pub fn quote(&self) -> Style {
        self.fg(self.colours.quote).add_modifier(Modifier::ITALIC)
    }

    pub fn quote_selected(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            _ => self
                .on(self.colours.quote_selected)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn search_match(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            _ => self.on(self.colours.search_match),
        }
    }

    /// The current search match: a colour of its own, not only an underline.
    pub fn current_match(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            _ => self
                .on(self.colours.current_match)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    pub fn heading(&self) -> Style {
        self.fg(self.colours.heading).add_modifier(Modifier::BOLD)
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.fg(self.colours.dim)
    }

    /// The selected row of the list that has the keys: always visible, colour or not. Drawn over
    /// the whole row by [`super::selected`], which gives every cell this one style.
    pub fn selection(&self) -> Style {
        match (self.palette, self.colours.selection) {
            (Palette::Mono, _) | (_, None) => {
                Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
            }
            (_, Some(shade)) => self.on(Some(shade)).add_modifier(Modifier::BOLD),
        }
    }

    /// The selected row of a list that does not have the keys.
    pub fn selection_unfocused(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            _ => Style::new()
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                .patch(self.fg(self.colours.border_focused)),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (self.palette, focused) {
            (Palette::Mono, true) => Style::new().add_modifier(Modifier::BOLD),
            (Palette::Mono, false) => Style::new(),
            (_, true) => self.fg(self.colours.border_focused),
            (_, false) => self.fg(self.colours.border),
        }
    }

    pub fn bar(&self) -> Style {
        self.fg(self.colours.border_focused)
    }

    pub fn message(&self) -> Style {
        self.fg(self.colours.message).add_modifier(Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        self.fg(self.colours.key).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_colour_keeps_the_selection_visible() {
        let theme = Theme::new(
            Palette::Mono,
            ThemeName::Dark,
            Colours::builtin(ThemeName::Dark),
        );
        let selection = theme.selection();
        assert!(selection.add_modifier.contains(Modifier::REVERSED));
        assert!(selection.add_modifier.contains(Modifier::BOLD));
        assert_eq!(selection.fg, None);
        assert_eq!(selection.bg, None);
    }

    #[test]
    fn a_chosen_colour_is_used_for_every_actor_of_its_kind() {
        let mut colours = Colours::builtin(ThemeName::Dark);
        colours.person = Some(Shade::user(Color::Rgb(255, 128, 0)));
        let theme = Theme::new(Palette::Rich, ThemeName::Dark, colours);
        assert_eq!(
            theme.actor(ActorKind::Person, "Jens Stoltenberg").fg,
            Some(Color::Rgb(255, 128, 0))
        );
        assert_eq!(
            theme.actor(ActorKind::Person, "Vladimir Poetin").fg,
            Some(Color::Rgb(255, 128, 0))
        );
        let basic = Theme::new(Palette::Basic, ThemeName::Dark, colours);
        assert_eq!(
            basic.actor(ActorKind::Person, "Jens Stoltenberg").fg,
            Some(Color::Yellow),
            "orange falls back to the nearest basic colour"
        );
    }
}
