//! Named styles, chosen once at start from what the terminal can show.

use ratatui::style::{Color, Modifier, Style};

use crate::corpus::actors::ActorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// No colour at all (`NO_COLOR`): selection and highlights by reverse video, bold, underline.
    Mono,
    /// The 16 basic colours: one colour per actor kind.
    Basic,
    /// 256 colours or more: one stable colour per actor, in the family of its kind.
    Rich,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub palette: Palette,
}

const PEOPLE: &[u8] = &[81, 117, 45, 51, 87, 123, 159, 39, 75, 111];
const ORGANISATIONS: &[u8] = &[213, 207, 177, 171, 219, 183, 205, 141];
const COUNTRIES: &[u8] = &[114, 150, 78, 120, 156, 84, 149, 115];

impl Theme {
    /// From the environment: `NO_COLOR` (set and not empty) turns colour off; `COLORTERM` or a
    /// `TERM` naming 256 colours gives one colour per actor.
    pub fn detect() -> Theme {
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        let palette = if !var("NO_COLOR").is_empty() {
            Palette::Mono
        } else if matches!(var("COLORTERM").as_str(), "truecolor" | "24bit")
            || var("TERM").contains("256")
        {
            Palette::Rich
        } else {
            Palette::Basic
        };
        Theme { palette }
    }

    pub const fn basic() -> Theme {
        Theme {
            palette: Palette::Basic,
        }
    }

    fn fg(&self, basic: Color) -> Style {
        match self.palette {
            Palette::Mono => Style::new(),
            _ => Style::new().fg(basic),
        }
    }

    /// An actor's mention: a colour per kind, or per actor where the terminal has the colours.
    pub fn actor(&self, kind: ActorKind, name: &str) -> Style {
        let (basic, family) = match kind {
            ActorKind::Person => (Color::Cyan, PEOPLE),
            ActorKind::Organisation => (Color::Magenta, ORGANISATIONS),
            ActorKind::Country => (Color::Green, COUNTRIES),
        };
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Palette::Basic => Style::new().fg(basic).add_modifier(Modifier::BOLD),
            Palette::Rich => {
                let hash = name.bytes().fold(2166136261u32, |h, b| {
                    (h ^ u32::from(b)).wrapping_mul(16777619)
                });
                Style::new()
                    .fg(Color::Indexed(family[hash as usize % family.len()]))
                    .add_modifier(Modifier::BOLD)
            }
        }
    }

    pub fn quote(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::ITALIC)
    }

    pub fn quote_selected(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            _ => Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn search_match(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new()
                .add_modifier(Modifier::UNDERLINED | Modifier::BOLD | Modifier::REVERSED),
            _ => Style::new().fg(Color::Black).bg(Color::LightRed),
        }
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::LightBlue).add_modifier(Modifier::BOLD)
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new(),
            _ => Style::new().fg(Color::DarkGray),
        }
    }

    /// The selected row of the list that has the keys.
    pub fn selection(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The selected row of a list that does not have the keys.
    pub fn selection_unfocused(&self) -> Style {
        match self.palette {
            Palette::Mono => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            _ => Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (self.palette, focused) {
            (Palette::Mono, true) => Style::new().add_modifier(Modifier::BOLD),
            (Palette::Mono, false) => Style::new(),
            (_, true) => Style::new().fg(Color::LightBlue),
            (_, false) => Style::new().fg(Color::DarkGray),
        }
    }

    pub fn bar(&self) -> Style {
        self.fg(Color::LightBlue)
    }

    pub fn message(&self) -> Style {
        self.fg(Color::LightYellow).add_modifier(Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::LightBlue).add_modifier(Modifier::BOLD)
    }
}
