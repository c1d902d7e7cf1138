//! Named styles: a built-in theme (`dark` or `light`) with the user's colours over it, shown
//! with as many colours as the terminal has.

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Serialize};

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

/// A colour as the theme wants it, and the basic colour it falls back to on 16-colour terminals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shade {
    pub rich: Color,
    pub basic: Color,
}

impl Shade {
    const fn both(colour: Color) -> Shade {
        Shade {
            rich: colour,
            basic: colour,
        }
    }

    /// A colour the user chose; its fallback is the nearest basic colour.
    pub fn user(colour: Color) -> Shade {
        Shade {
            rich: colour,
            basic: nearest_basic(colour),
        }
    }
}

/// Every colour a theme sets. The names are those of the config file's `[theme]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colours {
    /// People; with no colour set, each person gets a stable colour of the theme's family.
    pub person: Option<Shade>,
    pub organisation: Option<Shade>,
    pub country: Option<Shade>,
    /// Quotation text.
    pub quote: Shade,
    /// Background of the selected quotation.
    pub quote_selected: Shade,
    /// Background of search matches.
    pub search_match: Shade,
    /// Background of the selected row; with none set, reverse video.
    pub selection: Option<Shade>,
    pub heading: Shade,
    pub border: Shade,
    pub border_focused: Shade,
    /// Secondary text: dates, counts, hints.
    pub dim: Shade,
    /// Keys in hints and help.
    pub key: Shade,
    /// Messages in the status line.
    pub message: Shade,
}

impl Colours {
    /// The colour names of the `[theme]` table, in the order `kroniek config` prints them.
    pub const NAMES: &'static [&'static str] = &[
        "person",
        "organisation",
        "country",
        "quote",
        "quote_selected",
        "search_match",
        "selection",
        "heading",
        "border",
        "border_focused",
        "dim",
        "key",
        "message",
    ];

    pub fn builtin(name: ThemeName) -> Colours {
        match name {
            ThemeName::Dark => Colours {
                person: None,
                organisation: None,
                country: None,
                quote: Shade::both(Color::Yellow),
                quote_selected: Shade::both(Color::Yellow),
                search_match: Shade::both(Color::LightRed),
                selection: None,
                heading: Shade::both(Color::LightBlue),
                border: Shade::both(Color::DarkGray),
                border_focused: Shade::both(Color::LightBlue),
                dim: Shade::both(Color::DarkGray),
                key: Shade::both(Color::LightBlue),
                message: Shade::both(Color::LightYellow),
            },
            ThemeName::Light => Colours {
                person: None,
                organisation: None,
                country: None,
                quote: Shade {
                    rich: Color::Indexed(130),
                    basic: Color::Red,
                },
                quote_selected: Shade {
                    rich: Color::Indexed(222),
                    basic: Color::Yellow,
                },
                search_match: Shade {
                    rich: Color::Indexed(217),
                    basic: Color::LightRed,
                },
                selection: None,
                heading: Shade::both(Color::Blue),
                border: Shade::both(Color::Gray),
                border_focused: Shade::both(Color::Blue),
                dim: Shade {
                    rich: Color::Indexed(244),
                    basic: Color::DarkGray,
                },
                key: Shade::both(Color::Blue),
                message: Shade {
                    rich: Color::Indexed(124),
                    basic: Color::Red,
                },
            },
        }
    }

    /// The colour called `name` in the config file, for reading and printing the `[theme]` table.
    pub fn get(&self, name: &str) -> Option<Option<Shade>> {
        Some(match name {
            "person" => self.person,
            "organisation" => self.organisation,
            "country" => self.country,
            "quote" => Some(self.quote),
            "quote_selected" => Some(self.quote_selected),
            "search_match" => Some(self.search_match),
            "selection" => self.selection,
            "heading" => Some(self.heading),
            "border" => Some(self.border),
            "border_focused" => Some(self.border_focused),
            "dim" => Some(self.dim),
            "key" => Some(self.key),
            "message" => Some(self.message),
            _ => return None,
        })
    }

    /// Sets the colour called `name`; false if there is no such colour.
    pub fn set(&mut self, name: &str, shade: Shade) -> bool {
        let slot = match name {
            "person" => return set_optional(&mut self.person, shade),
            "organisation" => return set_optional(&mut self.organisation, shade),
            "country" => return set_optional(&mut self.country, shade),
            "selection" => return set_optional(&mut self.selection, shade),
            "quote" => &mut self.quote,
            "quote_selected" => &mut self.quote_selected,
            "search_match" => &mut self.search_match,
            "heading" => &mut self.heading,
            "border" => &mut self.border,
            "border_focused" => &mut self.border_focused,
            "dim" => &mut self.dim,
            "key" => &mut self.key,
            "message" => &mut self.message,
            _ => return false,
        };
        *slot = shade;
        true
    }
}

fn set_optional(slot: &mut Option<Shade>, shade: Shade) -> bool {
    *slot = Some(shade);
    true
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

    fn colour(&self, shade: Shade) -> Option<Color> {
        match self.palette {
            Palette::Mono => None,
            Palette::Basic => Some(shade.basic),
            Palette::Rich => Some(shade.rich),
        }
    }

    fn fg(&self, shade: Shade) -> Style {
        match self.colour(shade) {
            Some(colour) => Style::new().fg(colour),
            None => Style::new(),
        }
    }

    /// Black or white, whichever reads on `background`.
    fn on(&self, shade: Shade) -> Style {
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
            (_, Some(shade)) => bold.patch(self.fg(shade)),
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
            Palette::Mono => Style::new()
                .add_modifier(Modifier::UNDERLINED | Modifier::BOLD | Modifier::REVERSED),
            _ => self.on(self.colours.search_match),
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

    /// The selected row of the list that has the keys: always visible, colour or not.
    pub fn selection(&self) -> Style {
        match (self.palette, self.colours.selection) {
            (Palette::Mono, _) | (_, None) => {
                Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
            }
            (_, Some(shade)) => self.on(shade).add_modifier(Modifier::BOLD),
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

/// The red, green and blue of a colour, where it has a fixed one.
fn rgb(colour: Color) -> Option<(u8, u8, u8)> {
    Some(match colour {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) if i < 16 => return rgb(BASIC[usize::from(i)].0),
        Color::Indexed(i) if i < 232 => {
            let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        Color::Indexed(i) => {
            let grey = 8 + 10 * (i - 232);
            (grey, grey, grey)
        }
        other => return BASIC.iter().find(|(c, _)| *c == other).map(|(_, rgb)| *rgb),
    })
}

/// The 16 basic colours with the RGB values xterm gives them.
const BASIC: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The basic colour nearest to `colour` (itself if it is one).
pub fn nearest_basic(colour: Color) -> Color {
    if BASIC.iter().any(|(c, _)| *c == colour) {
        return colour;
    }
    let Some((r, g, b)) = rgb(colour) else {
        return colour;
    };
    let distance = |(r2, g2, b2): (u8, u8, u8)| {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, r2) + d(g, g2) + d(b, b2)
    };
    BASIC
        .iter()
        .min_by_key(|(_, rgb)| distance(*rgb))
        .map_or(colour, |(c, _)| *c)
}

/// Black on light backgrounds, white on dark ones.
fn readable_on(background: Color) -> Color {
    match rgb(background) {
        Some((r, g, b))
            if 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b) < 128_000 =>
        {
            Color::White
        }
        _ => Color::Black,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rich_colours_fall_back_to_the_nearest_basic_one() {
        assert_eq!(nearest_basic(Color::Rgb(250, 10, 10)), Color::LightRed);
        assert_eq!(nearest_basic(Color::Indexed(21)), Color::Blue);
        assert_eq!(nearest_basic(Color::Indexed(244)), Color::DarkGray);
        assert_eq!(nearest_basic(Color::Cyan), Color::Cyan);
    }

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
        assert!(colours.set("person", Shade::user(Color::Rgb(255, 128, 0))));
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
