//! A generator of realistic articles in plain text, for benchmarks and the `gen_corpus`
//! example: varied Dutch news text with the gazetteer's actors and quotations in the seeds'
//! styles. Deterministic for a seed. Not used by kroniek itself.

use std::fs;
use std::io::Write;
use std::path::Path;

const PEOPLE: &[&str] = &[
    "Jens Stoltenberg",
    "Stoltenberg",
    "Sergej Lavrov",
    "Lavrov",
    "Anthony Blinken",
    "Blinken",
    "Volodymyr Zelensky",
    "Zelensky",
    "Vladimir Poetin",
    "Poetin",
    "Liz Truss",
    "Truss",
    "Dmytro Koeleba",
    "Koeleba",
    "Olaf Scholz",
    "Scholz",
    "Emmanuel Macron",
    "Macron",
    "Mark Rutte",
    "Rutte",
    "Joe Biden",
    "Biden",
    "NAVO-chef Jens Stoltenberg",
];
const ORGANISATIONS: &[&str] = &[
    "de NAVO",
    "het Kremlin",
    "de EU",
    "de VN",
    "het Witte Huis",
    "de OVSE",
];
const COUNTRIES: &[&str] = &[
    "Rusland",
    "Oekraïne",
    "Wit-Rusland",
    "de Verenigde Staten",
    "de VS",
    "Duitsland",
    "Frankrijk",
    "Nederland",
    "Polen",
    "Finland",
    "Zweden",
    "Litouwen",
    "Moldavië",
    "Georgië",
    "Turkije",
    "China",
];
const PLACES: &[&str] = &[
    "Brussel",
    "Moskou",
    "Kiev",
    "Washington",
    "Genève",
    "Minsk",
    "Berlijn",
    "Parijs",
    "Den Haag",
];
const VERBS: &[&str] = &[
    "zei",
    "aldus",
    "stelde",
    "verklaarde",
    "benadrukte",
    "waarschuwde",
];
const OPENERS: &[&str] = &[
    "De spanningen tussen {c1} en {c2} lopen verder op",
    "{p} heeft {day} in {place} gesproken over de situatie rond {c1}",
    "In {place} komen ministers bijeen om te praten over de veiligheid in Europa",
    "{o} ziet nog geen tekenen van een de-escalatie aan de grens met {c1}",
    "Volgens {o} is er geen sprake van een terugtrekking van troepen",
    "De regering in {place} reageert terughoudend op de nieuwe sancties tegen {c1}",
];
const FILLERS: &[&str] = &[
    "Het overleg duurde langer dan gepland en eindigde zonder gezamenlijke verklaring.",
    "Diplomaten spreken van een moeizaam gesprek, maar willen de dialoog voortzetten.",
    "Sinds het begin van het conflict zijn duizenden mensen op de vlucht geslagen.",
    "De economische gevolgen zijn ook in de rest van Europa merkbaar, onder meer in de energieprijzen.",
    "Analisten verwachten dat de komende weken beslissend zullen zijn voor de regio’s in het oosten.",
    "Zo'n 130.000 militairen zouden in het grensgebied gestationeerd zijn.",
    "Er is volgens waarnemers nog geen zicht op een akkoord over een staakt-het-vuren.",
    "De vergadering werd {day} voortgezet met een besloten sessie over wapenleveranties.",
    "Het parlement in {place} debatteert volgende week over extra steun.",
    "Waarnemers van {o} melden nieuwe schendingen van het bestand.",
];
const QUOTE_TEXT: &[&str] = &[
    "Wij willen geen conflict, maar we zullen onze bondgenoten verdedigen",
    "De situatie is ernstig en vraagt om een diplomatieke oplossing",
    "Er is een alternatieve weg, een weg die bloedvergieten vermijdt",
    "We hebben nog geen enkele terugtrekking gezien",
    "Dit is het gevaarlijkste moment voor de veiligheid in Europa in decennia",
    "Sancties alleen zullen dit conflict niet oplossen",
    "We zijn bereid te praten, maar niet onder dreiging",
    "De realiteit is dat de troepen er nog steeds zijn",
];
const HEADINGS: &[&str] = &[
    "Zorgen over de grens",
    "Diplomatiek overleg",
    "Nieuwe sancties",
    "Reactie uit Moskou",
    "Steun voor Oekraïne",
    "Gesprekken in Genève",
];
const DAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Given names, and parts of surnames, organisations and places that no list of kroniek's holds:
/// each article has a cast of its own made of them, which only discovery can find.
const GIVEN: &[&str] = &[
    "Marieke", "Pieter", "Sanne", "Joost", "Fatima", "Ahmed", "Lotte", "Bram", "Eva", "Daan",
    "Noor", "Ruben",
];
const PARTICLES: &[&str] = &["", "", "", "van ", "de ", "van der ", "ter "];
const HEADS: &[&str] = &[
    "Ber", "Kla", "Hoog", "Mol", "Wes", "Dor", "Stap", "Lin", "Vos", "Kui", "Gal", "Ruis",
];
const TAILS: &[&str] = &[
    "kema", "stra", "hof", "mans", "endijk", "sen", "ing", "erink",
];
const PLACE_TAILS: &[&str] = &["dorp", "veen", "wijk", "horst", "broek"];
const ROLES: &[&str] = &[
    "woordvoerder",
    "directeur",
    "burgemeester",
    "voorzitter",
    "onderzoeker",
];
const CAST_LINES: &[&str] = &[
    "{P}, {role} van {O} in {L}, reageerde {day} op de ontwikkelingen.",
    "„Wij volgen de situatie op de voet”, zei {S}.",
    "Volgens {S} is de situatie in {L} voorlopig onder controle.",
    "{S} zei dat {O} de plannen van de regering steunt.",
    "In {L} verzamelden zich {day} honderden mensen, meldt {O}.",
];

/// The people, organisation and place of one article that no list holds.
struct Cast {
    person: String,
    surname: String,
    organisation: String,
    place: String,
}

impl Cast {
    fn new(rng: &mut Rng) -> Cast {
        let surname = format!("{}{}", rng.pick(HEADS), rng.pick(TAILS));
        let particle = rng.pick(PARTICLES);
        let person = format!("{} {particle}{surname}", rng.pick(GIVEN));
        let mut short = if particle.is_empty() {
            surname.clone()
        } else {
            format!("{particle}{surname}")
        };
        // "De Vries" when the particle opens the surname alone.
        if let Some(first) = short.get(..1) {
            short = first.to_uppercase() + &short[1..];
        }
        let name = format!("{}{}", rng.pick(HEADS), rng.pick(TAILS));
        let organisation = match rng.below(3) {
            0 => format!("Stichting {name}"),
            1 => format!("{name} Groep"),
            _ => (0..3)
                .map(|_| char::from(b'A' + rng.below(26) as u8))
                .collect(),
        };
        let place = format!("{}{}", rng.pick(HEADS), rng.pick(PLACE_TAILS));
        Cast {
            person,
            surname: short,
            organisation,
            place,
        }
    }

    /// The line that introduces the cast's person in full.
    fn line_introducing(&self, rng: &mut Rng) -> String {
        let line = CAST_LINES[0];
        self.fill(line, rng)
    }

    fn line(&self, rng: &mut Rng) -> String {
        let line = rng.pick(CAST_LINES);
        self.fill(line, rng)
    }

    fn fill(&self, line: &str, rng: &mut Rng) -> String {
        line.replace("{P}", &self.person)
            .replace("{S}", &self.surname)
            .replace("{O}", &self.organisation)
            .replace("{L}", &self.place)
            .replace("{role}", rng.pick(ROLES))
            .replace("{day}", rng.pick(DAYS))
    }
}

/// A small deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = template.to_owned();
    for (key, list) in [
        ("{p}", PEOPLE),
        ("{o}", ORGANISATIONS),
        ("{c1}", COUNTRIES),
        ("{c2}", COUNTRIES),
        ("{place}", PLACES),
        ("{day}", DAYS),
    ] {
        while out.contains(key) {
            let value = rng.pick(list);
            out = out.replacen(key, value, 1);
        }
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => out,
    }
}

fn quote(rng: &mut Rng) -> String {
    let text = rng.pick(QUOTE_TEXT);
    let speaker = rng.pick(PEOPLE);
    let (open, close) = [
        ("„", "”"),
        ("„", "″"),
        ("“", "”"),
        ("'", "'"),
        ("\"", "\""),
        ("‘", "’"),
    ][rng.below(6)];
    match rng.below(3) {
        0 => format!("{open}{text}{close}, {} {speaker}.", rng.pick(VERBS)),
        1 => format!(
            "{speaker} {} dat {open}{}{close}.",
            ["zei", "herhaalde", "benadrukte"][rng.below(3)],
            text.to_lowercase()
        ),
        _ => format!("{open}{text}.{close} Dat zei {speaker} {}.", rng.pick(DAYS)),
    }
}

/// How long the articles are: news of about 3.7 KB (8 to 17 paragraphs), or short items of about
/// 2.5 KB (6 to 11), where what each file costs counts most.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Length {
    #[default]
    News,
    Short,
}

/// The body of one article.
pub fn article(rng: &mut Rng, length: Length) -> String {
    let cast = Cast::new(rng);
    let mut paragraphs = Vec::new();
    let mut first = fill(rng.pick(OPENERS), rng);
    first.push_str(". ");
    first.push_str(&fill(rng.pick(FILLERS), rng));
    paragraphs.push(first);
    // The article's own cast is introduced in full, then named by surname.
    paragraphs.push(cast.line_introducing(rng));
    let count = match length {
        Length::News => 8 + rng.below(10),
        Length::Short => 6 + rng.below(6),
    };
    for i in 0..count {
        if i > 0 && rng.below(5) == 0 {
            paragraphs.push(rng.pick(HEADINGS).to_owned());
        }
        let mut p = String::new();
        for _ in 0..2 + rng.below(3) {
            if !p.is_empty() {
                p.push(' ');
            }
            if rng.below(3) == 0 {
                p.push_str(&quote(rng));
            } else if rng.below(4) == 0 {
                p.push_str(&cast.line(rng));
            } else {
                p.push_str(&fill(rng.pick(FILLERS), rng));
            }
        }
        paragraphs.push(p);
    }
    paragraphs.join("\n\n")
}

/// One whole file: header (a month, sometimes a day, a few percent none) and body. Returns the
/// file's text and the directory (under the corpus) it belongs in.
pub fn file(rng: &mut Rng, length: Length) -> (String, String) {
    let body = article(rng, length);
    let undated = rng.below(100) < 3;
    let (year, month) = (2015 + rng.below(10), 1 + rng.below(12));
    if undated {
        return (body, "undated".to_owned());
    }
    let text = if rng.below(4) == 0 {
        format!(" date {year}-{month:02}-{:02} {body}\n", 1 + rng.below(28))
    } else {
        format!(" date {year}-{month:02} {body}\n")
    };
    (text, format!("{year}/{month:02}"))
}

/// Writes `articles` files under `out`; returns the bytes written.
pub fn write_corpus(
    articles: usize,
    out: &Path,
    seed: u64,
    length: Length,
) -> std::io::Result<usize> {
    let mut rng = Rng::new(seed);
    let mut bytes = 0;
    for i in 0..articles {
        let (text, dir) = file(&mut rng, length);
        let dir = out.join(dir);
        fs::create_dir_all(&dir)?;
        bytes += text.len();
        let mut f = fs::File::create(dir.join(format!("{i:06}_{:016x}.txt", rng.next_u64())))?;
        f.write_all(text.as_bytes())?;
    }
    Ok(bytes)
}

/// One article as a dataset row: its date (`None` for a few percent), title and body.
pub fn row(rng: &mut Rng) -> (Option<String>, String, String) {
    let body = article(rng, Length::News);
    let title = crate::corpus::parse::title_of(body.split("\n\n").next().unwrap_or(&body));
    if rng.below(100) < 3 {
        return (None, title, body);
    }
    let (year, month) = (2015 + rng.below(10), 1 + rng.below(12));
    let date = match rng.below(4) {
        0 => format!("{year}-{month:02}"),
        1 => format!("{year}-{month:02}-{:02}", 1 + rng.below(28)),
        _ => format!(
            "{year}-{month:02}-{:02}T{:02}:{:02}:00Z",
            1 + rng.below(28),
            rng.below(24),
            rng.below(60)
        ),
    };
    (Some(date), title, body)
}

/// Writes `articles` rows to one file, `corpus.jsonl` or `corpus.csv` under `out` (the columns of
/// the public Dutch news datasets: `datetime,title,content,category,url`); returns its size.
pub fn write_dataset(articles: usize, out: &Path, seed: u64, csv: bool) -> std::io::Result<usize> {
    let mut rng = Rng::new(seed);
    fs::create_dir_all(out)?;
    let name = if csv { "corpus.csv" } else { "corpus.jsonl" };
    let mut f = std::io::BufWriter::new(fs::File::create(out.join(name))?);
    let mut bytes = 0;
    if csv {
        let header = "datetime,title,content,category,url\n";
        f.write_all(header.as_bytes())?;
        bytes += header.len();
    }
    for i in 0..articles {
        let (date, title, body) = row(&mut rng);
        let line = if csv {
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            format!(
                "{},{},{},buitenland,https://example.org/{i}\n",
                date.unwrap_or_default(),
                quote(&title),
                quote(&body.replace("\n\n", "\n"))
            )
        } else {
            let mut line = serde_json::json!({
                "id": format!("a{i:06}"),
                "title": title,
                "body": body.replace("\n\n", "\n"),
                "url": format!("https://example.org/{i}"),
            });
            if let Some(date) = date {
                line["date"] = serde_json::Value::String(date);
            }
            let mut text = line.to_string();
            text.push('\n');
            text
        };
        bytes += line.len();
        f.write_all(line.as_bytes())?;
    }
    f.flush()?;
    Ok(bytes)
}
