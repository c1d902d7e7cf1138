//! `kroniek timeline --plot FILE.svg`: the figure for a paper. Articles per period as bars and
//! the top actors' mentions as lines, with labelled axes and a legend; SVG only, drawn by
//! `plotters` without any system library.

use std::path::Path;

use plotters::prelude::*;

use crate::corpus::Corpus;
use crate::corpus::timeline::{Measure, PeriodStats, Periods};

/// The size of the figure in pixels.
const SIZE: (u32, u32) = (1200, 600);

/// The figure as SVG text: the dated periods only (undated articles have no place on a time
/// axis).
pub fn svg(corpus: &Corpus, periods: &Periods, actors: usize) -> Result<String, String> {
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
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, SIZE).into_drawing_area();
        let e = |e: DrawingAreaErrorKind<std::io::Error>| e.to_string();
        let e2 = |e: DrawingAreaErrorKind<_>| format!("{e:?}");
        root.fill(&WHITE).map_err(e2)?;
        let mut chart = ChartBuilder::on(&root)
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
        root.present().map_err(e)?;
    }
    Ok(text)
}

/// Writes the figure to `path` (replaced atomically); only `.svg`.
pub fn write(corpus: &Corpus, periods: &Periods, actors: usize, path: &Path) -> Result<(), String> {
    let svg_file = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if !svg_file {
        return Err(format!(
            "{}: kroniek draws the figure as SVG only; name a file ending in .svg",
            path.display()
        ));
    }
    let text = svg(corpus, periods, actors)?;
    crate::storage::atomic_write(path, text.as_bytes()).map_err(|e| {
        format!(
            "cannot write {}: {}",
            path.display(),
            crate::io_error::reason(&e)
        )
    })
}
