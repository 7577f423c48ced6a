//! Stacked line panels over years, each line with an optional p10–p90 band.

use super::bars::nice_ticks;
use super::{err_text, text_style, Ink, Surface, Tick, PALETTE};
use plotters::prelude::*;
use plotters::series::LineSeries;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One line: values per year, and an optional (low, high) band per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    /// Index into the shared palette, so a series keeps its colour across charts.
    pub color: usize,
    pub values: Vec<f64>,
    pub band: Option<Vec<(f64, f64)>>,
}

/// A panel: a title, its lines, and its value axis.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub series: Vec<Line>,
    pub min: f64,
    pub max: f64,
    pub log: bool,
    pub tick: Tick,
}

/// Draws the panels stacked vertically, sharing the year axis.
pub fn draw_lines(
    s: &Surface,
    ink: Ink,
    years: &[u16],
    panels: &[LineChart],
) -> Result<(), String> {
    let backend = s.backend().ok_or("no 2d canvas context")?;
    let root = backend.into_drawing_area();
    root.fill(&ink.background).map_err(err_text)?;
    if years.len() < 2 || panels.is_empty() {
        return root.present().map_err(err_text);
    }
    let areas = root.split_evenly((panels.len(), 1));
    let (x0, x1) = (f64::from(years[0]), f64::from(years[years.len() - 1]));
    for (area, panel) in areas.iter().zip(panels) {
        let (lo, hi) = if panel.log {
            (
                panel.min.max(1e-6).ln(),
                panel.max.max(panel.min * 1.0001).ln(),
            )
        } else {
            (panel.min, panel.max)
        };
        let tf = |v: f64| if panel.log { v.max(1e-6).ln() } else { v };
        let mut chart = ChartBuilder::on(area)
            .margin(s.px(8.0) as u32)
            .margin_top(s.px(4.0) as u32)
            .caption(panel.title.clone(), text_style(s, 13.0, ink.text))
            .x_label_area_size(s.px(22.0) as u32)
            .y_label_area_size(s.px(52.0) as u32)
            .build_cartesian_2d(x0..x1, lo..hi)
            .map_err(err_text)?;
        let ticks: Vec<f64> = if panel.log {
            log_ticks(panel.min, panel.max)
        } else {
            nice_ticks(panel.min, panel.max, 4)
        };
        let fmt = panel.tick;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .disable_y_mesh()
            .x_labels(years.len().min(12))
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_labels(0)
            .axis_style(ink.grid)
            .label_style(text_style(s, 11.0, ink.text))
            .draw()
            .map_err(err_text)?;
        for t in &ticks {
            let y = tf(*t);
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(x0, y), (x1, y)],
                    ink.grid,
                )))
                .map_err(err_text)?;
            chart
                .draw_series(std::iter::once(Text::new(
                    fmt.format(*t),
                    (x0, y),
                    text_style(s, 11.0, ink.text).pos(Pos::new(HPos::Right, VPos::Center)),
                )))
                .map_err(err_text)?;
        }
        for line in &panel.series {
            let color = PALETTE[line.color % PALETTE.len()];
            if let Some(band) = &line.band {
                let mut poly: Vec<(f64, f64)> = years
                    .iter()
                    .zip(band)
                    .map(|(y, (_, h))| (f64::from(*y), tf(*h)))
                    .collect();
                poly.extend(
                    years
                        .iter()
                        .zip(band)
                        .rev()
                        .map(|(y, (l, _))| (f64::from(*y), tf(*l))),
                );
                chart
                    .draw_series(std::iter::once(Polygon::new(
                        poly,
                        color.mix(0.22).filled(),
                    )))
                    .map_err(err_text)?;
            }
            let pts: Vec<(f64, f64)> = years
                .iter()
                .zip(&line.values)
                .map(|(y, v)| (f64::from(*y), tf(*v)))
                .collect();
            chart
                .draw_series(LineSeries::new(
                    pts.clone(),
                    color.stroke_width(s.px(2.0).max(1) as u32),
                ))
                .map_err(err_text)?
                .label(line.name.clone())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(3))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font(text_style(s, 11.0, ink.text))
            .background_style(ink.background.mix(0.85))
            .border_style(ink.grid)
            .draw()
            .map_err(err_text)?;
    }
    root.present().map_err(err_text)
}

fn log_ticks(min: f64, max: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut p = 10f64.powf(min.max(1e-6).log10().floor());
    while p <= max * 1.0001 && out.len() < 40 {
        for m in [1.0, 2.0, 5.0] {
            let v = p * m;
            if v >= min * 0.9999 && v <= max * 1.0001 {
                out.push(v);
            }
        }
        p *= 10.0;
    }
    out
}
