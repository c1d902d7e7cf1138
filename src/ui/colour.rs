//! One colour as the config file writes it and as the terminal shows it: names, `#rrggbb` and
//! 256-colour indexes read and written, and the nearest of the 16 basic colours.

use ratatui::style::Color;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// A colour as the theme wants it, and the basic colour it falls back to on 16-colour terminals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shade {
    pub rich: Color,
    pub basic: Color,
}

impl Shade {
    pub const fn both(colour: Color) -> Shade {
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

/// Read as the user writes a colour in the config file (see [`parse_colour`]).
impl<'de> Deserialize<'de> for Shade {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Shade, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_colour(&text)
            .map(Shade::user)
            .map_err(de::Error::custom)
    }
}

/// Written as the config file writes it: the colour itself, not its fallback.
impl Serialize for Shade {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&colour_name(self.rich))
    }
}

/// A colour as written in the config file: a name (`red`, `lightblue`), `#rrggbb`, or a
/// 256-colour index (`208`).
pub fn parse_colour(text: &str) -> Result<Color, String> {
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
pub fn readable_on(background: Color) -> Color {
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

    #[test]
    fn rich_colours_fall_back_to_the_nearest_basic_one() {
        assert_eq!(nearest_basic(Color::Rgb(250, 10, 10)), Color::LightRed);
        assert_eq!(nearest_basic(Color::Indexed(21)), Color::Blue);
        assert_eq!(nearest_basic(Color::Indexed(244)), Color::DarkGray);
        assert_eq!(nearest_basic(Color::Cyan), Color::Cyan);
    }
}
