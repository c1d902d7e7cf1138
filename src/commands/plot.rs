//! `kroniek timeline --plot FILE.svg` (or `.png`): the figure for a paper. Articles per period as
//! bars and the top actors' mentions as lines, with labelled axes and a legend, drawn by
//! `plotters` without any system library: PNG text is set in the DejaVu Sans font compiled in.

use std::path::Path;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::corpus::Corpus;
use crate::corpus::timeline::{Measure, PeriodStats, Periods};

/// The font every text of the figure is set in (and measured by, in SVG too).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The file types a figure can be written as, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Svg,
    Png,
}

impl Figure {
    /// The type `path`'s extension names, if kroniek can draw it.
    pub fn of(path: &Path) -> Option<Figure> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("svg") {
            Some(Figure::Svg)
        } else if ext.eq_ignore_ascii_case("png") {
            Some(Figure::Png)
        } else {
            None
        }
    }
}

/// `--plot FILE` as given on the command line: a path whose extension names a figure kroniek
/// draws, else a usage error before any corpus is read.
pub fn parse_plot_path(arg: &str) -> Result<std::path::PathBuf, String> {
    let path = std::path::PathBuf::from(arg);
    match Figure::of(&path) {
        Some(_) => Ok(path),
        None => {
            Err("kroniek draws the figure as SVG or PNG; name a file ending in .svg or .png".into())
        }
    }
}

/// Makes the compiled-in font the figure's "sans-serif", once per process.
fn register_font() -> Result<(), String> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        plotters::style::register_font("sans-serif", FontStyle::Normal, FONT).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err("the built-in font of the figure could not be read".to_owned())
    }
}

/// The size of the figure in pixels.
const SIZE: (u32, u32) = (1200, 600);

/// The figure as SVG text.
pub fn svg(corpus: &Corpus, periods: &Periods, actors: usize) -> Result<String, String> {
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, SIZE).into_drawing_area();
        draw(&root, corpus, periods, actors)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(text)
}

/// The figure as a PNG file's bytes.
pub fn png(corpus: &Corpus, periods: &Periods, actors: usize) -> Result<Vec<u8>, String> {
    let (width, height) = SIZE;
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, SIZE).into_drawing_area();
        draw(&root, corpus, periods, actors)?;
        root.present().map_err(|e| e.to_string())?;
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Draws the figure on `root`: the dated periods only (undated articles have no place on a time
/// axis).
fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    corpus: &Corpus,
    periods: &Periods,
    actors: usize,
) -> Result<(), String> {
    register_font()?;
    let dated: Vec<&PeriodStats> = periods
        .periods
        .iter()
        .filter(|p| p.period.is_some())
        .collect();
    if dated.is_empty() {
        return Err("no dated articles to plot".to_owned());
    }
    let top = periods.top_actors(corpus, Measure::Mentions, actors);
    let labels: Vec<String> = dated.iter().map(|p| p.label()).collect();
    let n = dated.len() as u32;
    let most = dated
        .iter()
        .map(|p| {
            let mentions = top.iter().map(|&a| p.cell(a).mentions).max().unwrap_or(0);
            mentions.max(p.articles.len() as u32)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = periods.granularity.name();
    {
        let e2 = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
        root.fill(&WHITE).map_err(e2)?;
        let mut chart = ChartBuilder::on(root)
            .caption(
                format!("Articles and mentions per {unit}"),
                ("sans-serif", 24),
            )
            .margin(16)
            .x_label_area_size(60)
            .y_label_area_size(60)
            .build_cartesian_2d((0..n).into_segmented(), 0..most + most / 10 + 1)
            .map_err(e2)?;
        let label_of = |v: &SegmentValue<u32>| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                labels.get(*i as usize).cloned().unwrap_or_default()
            }
            SegmentValue::Last => String::new(),
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .label_style(("sans-serif", 14))
            .axis_desc_style(("sans-serif", 16))
            .x_desc(unit)
            .y_desc("articles (bars), mentions (lines)")
            .x_labels(labels.len().min(24))
            .x_label_formatter(&label_of)
            .draw()
            .map_err(e2)?;
        let bars = RGBColor(160, 180, 210);
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(bars.filled())
                    .margin(2)
                    .data(
                        dated
                            .iter()
                            .enumerate()
                            .map(|(i, p)| (i as u32, p.articles.len() as u32)),
                    ),
            )
            .map_err(e2)?
            .label("articles")
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 16, y + 6)], bars.filled()));
        for (k, &actor) in top.iter().enumerate() {
            let colour = Palette99::pick(k).to_rgba();
            let points: Vec<(SegmentValue<u32>, u32)> = dated
                .iter()
                .enumerate()
                .map(|(i, p)| (SegmentValue::CenterOf(i as u32), p.cell(actor).mentions))
                .collect();
            chart
                .draw_series(LineSeries::new(points, colour.stroke_width(2)))
                .map_err(e2)?
                .label(corpus.actor_name(actor))
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 14))
            .draw()
            .map_err(e2)?;
    }
    Ok(())
}

/// Writes the figure to `path` (replaced atomically), as SVG or PNG by its extension.
pub fn write(corpus: &Corpus, periods: &Periods, actors: usize, path: &Path) -> Result<(), String> {
    let bytes = match Figure::of(path) {
        Some(Figure::Svg) => svg(corpus, periods, actors)?.into_bytes(),
        Some(Figure::Png) => png(corpus, periods, actors)?,
        None => {
            return Err(format!(
                "{}: kroniek draws the figure as SVG or PNG; name a file ending in .svg or .png",
                path.display()
            ));
        }
    };
    crate::storage::atomic_write(path, &bytes).map_err(|e| {
        format!(
            "cannot write {}: {}",
            path.display(),
            crate::io_error::reason(&e)
        )
    })
}
