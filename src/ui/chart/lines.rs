//! Stacked line panels over a shared x-axis (years, or the months of a path), each line with an
//! optional p10–p90 band; optionally a shaded window (the restriction) and labelled marks
//! ("stocks run out", "back to normal") drawn across every panel.
//!
//! Drawn with plotters primitives and our own axis mapping (as `bars.rs` does) rather than
//! `ChartBuilder`, whose generic mesh, series and legend code is large in WASM. The layout
//! follows what `ChartBuilder` drew: a margin, a centred caption, a year axis with tick marks,
//! value ticks with faint grid lines, the bands and lines, and a legend at the upper left.

// The model's libm pow/log10, so the page carries one copy of each.
use super::bars::{labelled, nice_ticks};
use super::{err_text, text_style, Ink, Surface, Tick, PALETTE};
use crate::model::math;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One line: values per year, and an optional (low, high) band per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    /// Index into the shared palette, so a series keeps its colour across charts.
    pub color: usize,
    pub values: Vec<f64>,
    pub band: Option<Vec<(f64, f64)>>,
    /// Drawn dashed: the scenario compared with (A), over the same colour's solid line (B).
    pub dashed: bool,
}

/// The shared x-axis: one label per point (thinned where they would overlap), an optional
/// shaded window `(from, to, label)` and vertical marks `(x, label)`, in point-index units
/// (point `i` sits at `x = i`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct XAxis {
    pub labels: Vec<String>,
    pub shade: Option<(f64, f64, String)>,
    pub marks: Vec<(f64, String)>,
}

impl XAxis {
    /// An axis of years, nothing shaded or marked.
    pub fn years(years: &[u16]) -> XAxis {
        XAxis {
            labels: years.iter().map(u16::to_string).collect(),
            ..XAxis::default()
        }
    }
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

type Area = DrawingArea<plotters_canvas::CanvasBackend, plotters::coord::Shift>;

/// Maps a value in `lo..hi` onto the pixels `from..to` (either direction), as plotters does.
fn map(v: f64, (lo, hi): (f64, f64), (from, to): (i32, i32)) -> i32 {
    if hi == lo {
        return (to - from) / 2;
    }
    let t = (v - lo) / (hi - lo);
    let len = f64::from(to - from);
    if !t.is_finite() {
        return if t > 0.0 { to } else { from };
    }
    if to >= from {
        from + (len * t + 1e-3).floor() as i32
    } else {
        from + (len * t - 1e-3).ceil() as i32
    }
}

/// Draws the panels stacked vertically, sharing the x-axis.
pub fn draw_lines(s: &Surface, ink: Ink, x: &XAxis, panels: &[LineChart]) -> Result<(), String> {
    let backend = s.backend().ok_or("no 2d canvas context")?;
    let root = backend.into_drawing_area();
    root.fill(&ink.background).map_err(err_text)?;
    if x.labels.len() < 2 || panels.is_empty() {
        return root.present().map_err(err_text);
    }
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let n = panels.len() as i32;
    for (i, panel) in panels.iter().enumerate() {
        let i = i as i32;
        let top = i * (h / n) + i.min(h % n);
        let bottom = (i + 1) * (h / n) + (i + 1).min(h % n);
        let (first, last) = (i == 0, i == n - 1);
        draw_panel(&root, s, ink, x, panel, (w, top, bottom), (first, last))?;
    }
    root.present().map_err(err_text)
}

fn draw_panel(
    root: &Area,
    s: &Surface,
    ink: Ink,
    x: &XAxis,
    panel: &LineChart,
    (w, top, bottom): (i32, i32, i32),
    (first, last): (bool, bool),
) -> Result<(), String> {
    let small = text_style(s, 11.0, ink.text);
    // Margins, then the caption centred at the top.
    let (left, right) = (s.px(8.0), w - s.px(8.0));
    let mut y0 = top + s.px(4.0);
    let y1 = bottom - s.px(8.0);
    let title_style = text_style(s, 13.0, ink.text);
    let text_h = s.line_height(13.0);
    let pad = (text_h / 2).min(5);
    root.draw(&Text::new(
        panel.title.as_str(),
        (left + (right - left) / 2, y0 + pad),
        title_style.pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .map_err(err_text)?;
    y0 += pad * 2 + text_h;

    // The plotting area, right of the value labels and above the year labels.
    let (px0, px1) = (left + s.px(52.0), right - 1);
    let (py0, py1) = (y0, y1 - s.px(22.0) - 1);
    let xr = (0.0, (x.labels.len() - 1) as f64);
    let yr = if panel.log {
        (
            panel.min.max(1e-6).ln(),
            panel.max.max(panel.min * 1.0001).ln(),
        )
    } else {
        (panel.min, panel.max)
    };
    let tf = |v: f64| if panel.log { v.max(1e-6).ln() } else { v };
    let pt = |i: usize, v: f64| (map(i as f64, xr, (px0, px1)), map(tf(v), yr, (py1, py0)));

    // The shaded window under everything else, its label at the top left inside it.
    if let Some((from, to, label)) = &x.shade {
        let (a, b) = (map(*from, xr, (px0, px1)), map(*to, xr, (px0, px1)));
        if b > a {
            root.draw(&Rectangle::new(
                [(a, py0), (b, py1)],
                ink.grid.mix(0.45).filled(),
            ))
            .map_err(err_text)?;
            // Labelled once, in the bottom panel (the marks are labelled in the top one).
            if last {
                root.draw(&Text::new(
                    label.as_str(),
                    (b - s.px(3.0), py1 - s.px(3.0)),
                    small.pos(Pos::new(HPos::Right, VPos::Bottom)),
                ))
                .map_err(err_text)?;
            }
        }
    }

    // Axes: the x-axis along the bottom with tick marks and labels, the value axis on the left.
    let path = |a: (i32, i32), b: (i32, i32), style: ShapeStyle| {
        root.draw(&PathElement::new(vec![a, b], style))
            .map_err(err_text)
    };
    path((px0, py1 + 1), (px1, py1 + 1), ink.grid.into())?;
    path((px0 - 1, py1), (px0 - 1, py0), ink.grid.into())?;
    // Every point gets a tick mark; its label only where labels do not overlap.
    let year_ticks: Vec<f64> = (0..x.labels.len()).map(|i| i as f64).collect();
    let year_labels: Vec<String> = x.labels.clone();
    let year_spans: Vec<(i32, i32)> = year_ticks
        .iter()
        .zip(&year_labels)
        .map(|(y, label)| {
            let x = map(*y, xr, (px0, px1));
            let half = s.text_width(label, 12.0) / 2;
            (x - half, x + half)
        })
        .collect();
    let shown = labelled(&year_ticks, &year_spans, false, s.px(4.0));
    for ((y, label), show) in year_ticks.iter().zip(year_labels).zip(shown) {
        let x = map(*y, xr, (px0, px1));
        path((x, py1 + 1), (x, py1 + 6), ink.grid.into())?;
        if show {
            root.draw(&Text::new(
                label,
                (x, py1 + 11),
                small.pos(Pos::new(HPos::Center, VPos::Top)),
            ))
            .map_err(err_text)?;
        }
    }
    let ticks = if panel.log {
        log_ticks(panel.min, panel.max)
    } else {
        nice_ticks(panel.min, panel.max, 4)
    };
    // Labels that would overlap are thinned (`bars::labelled`); the grid keeps every tick.
    let labels: Vec<String> = ticks.iter().map(|t| panel.tick.format(*t)).collect();
    let half = s.line_height(12.0) / 2;
    let spans: Vec<(i32, i32)> = ticks
        .iter()
        .map(|t| {
            let y = map(tf(*t), yr, (py1, py0));
            (y - half, y + half)
        })
        .collect();
    let shown = labelled(&ticks, &spans, panel.log, s.px(2.0));
    for ((t, label), show) in ticks.iter().zip(labels).zip(shown) {
        let y = map(tf(*t), yr, (py1, py0));
        path((px0, y), (px1, y), ink.grid.into())?;
        if show {
            root.draw(&Text::new(
                label,
                (px0, y),
                small.pos(Pos::new(HPos::Right, VPos::Center)),
            ))
            .map_err(err_text)?;
        }
    }

    // Bands under the lines.
    for line in &panel.series {
        let color = PALETTE[line.color % PALETTE.len()];
        if let Some(band) = &line.band {
            // A band may cover only the first points (a 12-month average's range).
            let mut poly: Vec<(i32, i32)> = band
                .iter()
                .enumerate()
                .map(|(i, (_, hi))| pt(i, *hi))
                .collect();
            poly.extend(band.iter().enumerate().rev().map(|(i, (lo, _))| pt(i, *lo)));
            root.draw(&Polygon::new(poly, color.mix(0.22).filled()))
                .map_err(err_text)?;
        }
        let pts: Vec<(i32, i32)> = line
            .values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_finite())
            .map(|(i, v)| pt(i, *v))
            .collect();
        let style = color.stroke_width(s.px(2.0).max(1) as u32);
        if line.dashed {
            dashed(root, &pts, s.px(5.0).max(2), style)?;
        } else {
            root.draw(&PathElement::new(pts, style)).map_err(err_text)?;
        }
    }

    // The marks: a dashed vertical line each across every panel, labelled in the top panel
    // just above its x-axis (right of the line, or left of it near the right edge), clear of
    // the legend at the upper left.
    for (at, label) in &x.marks {
        if !at.is_finite() || *at < xr.0 || *at > xr.1 {
            continue;
        }
        let mx = map(*at, xr, (px0, px1));
        let dash = s.px(4.0).max(2);
        let mut yy = py0;
        while yy < py1 {
            path(
                (mx, yy),
                (mx, (yy + dash).min(py1)),
                ink.text.stroke_width(1),
            )?;
            yy += 2 * dash;
        }
        if !first {
            continue;
        }
        let tw = s.text_width(label, 11.0);
        let (anchor, lx) = if mx + tw + s.px(6.0) > px1 {
            (HPos::Right, mx - s.px(3.0))
        } else {
            (HPos::Left, mx + s.px(3.0))
        };
        root.draw(&Text::new(
            label.as_str(),
            (lx, py1 - s.px(3.0)),
            small.pos(Pos::new(anchor, VPos::Bottom)),
        ))
        .map_err(err_text)?;
    }

    // The legend: a box at the upper left of the plotting area, one line per series.
    let line_h = s.font(11.0) * 1.25;
    let mut text_w = 0;
    let mut text_h = 0;
    for (k, line) in panel.series.iter().enumerate() {
        let (tw, th) = s.text_size(&line.name, 11.0);
        text_w = text_w.max(tw);
        text_h = text_h.max((k as f64 * line_h).round() as i32 + th);
    }
    let (bx, by) = (px0 + 5, py0 + 5);
    let (bw, bh) = (text_w + 30 + 20, text_h + 20);
    let rect = [(bx, by), (bx + bw, by + bh)];
    root.draw(&Rectangle::new(rect, ink.background.mix(0.85).filled()))
        .map_err(err_text)?;
    root.draw(&Rectangle::new(rect, ink.grid))
        .map_err(err_text)?;
    for (k, line) in panel.series.iter().enumerate() {
        let color = PALETTE[line.color % PALETTE.len()];
        let ty = by + 10 + (k as f64 * line_h).round() as i32;
        let th = s.line_height(11.0);
        root.draw(&Text::new(line.name.as_str(), (bx + 40, ty), &small))
            .map_err(err_text)?;
        let cy = ty + th / 2;
        if line.dashed {
            dashed(
                root,
                &[(bx + 10, cy), (bx + 24, cy)],
                4,
                color.stroke_width(3),
            )?;
        } else {
            path((bx + 10, cy), (bx + 24, cy), color.stroke_width(3))?;
        }
    }
    Ok(())
}

/// A polyline drawn in dashes of `dash` pixels with gaps as long, the pattern running on
/// across its corners.
pub(super) fn dashed(
    root: &Area,
    pts: &[(i32, i32)],
    dash: i32,
    style: ShapeStyle,
) -> Result<(), String> {
    let dash = f64::from(dash.max(1));
    // Where along the current dash-and-gap period the pen is, in pixels.
    let mut phase = 0.0_f64;
    for seg in pts.windows(2) {
        let ((x0, y0), (x1, y1)) = (seg[0], seg[1]);
        let (dx, dy) = (f64::from(x1 - x0), f64::from(y1 - y0));
        let len = dx.hypot(dy);
        let mut t = 0.0;
        while t < len {
            let in_dash = phase < dash;
            let step = (if in_dash {
                dash - phase
            } else {
                2.0 * dash - phase
            })
            .min(len - t);
            if in_dash {
                let at = |u: f64| {
                    (
                        x0 + (dx * u / len).round() as i32,
                        y0 + (dy * u / len).round() as i32,
                    )
                };
                root.draw(&PathElement::new(vec![at(t), at(t + step)], style))
                    .map_err(err_text)?;
            }
            t += step;
            phase = (phase + step) % (2.0 * dash);
        }
    }
    Ok(())
}

fn log_ticks(min: f64, max: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut p = math::powf(10.0, math::log10(min.max(1e-6)).floor());
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
