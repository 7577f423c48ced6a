//! Grouped bars with optional p10–p90 whiskers and observed markers, vertical or horizontal,
//! on a linear or log value axis. Drawn with plotters primitives for full control of layout.

// The model's libm pow/log10, so the page carries one copy of each.
use super::{err_text, text_style, Ink, Surface, Tick, PALETTE};
use crate::model::math;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: a central value, an optional range, and an optional observed value.
#[derive(Clone, Debug, PartialEq)]
pub struct BarValue {
    pub value: f64,
    pub range: Option<(f64, f64)>,
    pub observed: Option<f64>,
}

/// A category (a stage, a market, a product) with one value per series (None = no bar).
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<Option<BarValue>>,
}

/// Everything needed to draw a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub series: Vec<String>,
    pub groups: Vec<BarGroup>,
    /// Value-axis bounds (for log axes both must be > 0).
    pub min: f64,
    pub max: f64,
    pub log: bool,
    /// Bars run left to right with categories down the side.
    pub horizontal: bool,
    /// A reference line (e.g. 1× = no change, or the 65 % target) and its label.
    pub reference: Option<(f64, String)>,
    /// Formats value-axis ticks.
    pub tick: Tick,
    /// Label of the observed markers in the legend, when any bar has one.
    pub observed_label: String,
}

struct Axis {
    min: f64,
    max: f64,
    log: bool,
    from: i32,
    to: i32,
}

impl Axis {
    fn map(&self, v: f64) -> i32 {
        let (a, b, x) = if self.log {
            (self.min.ln(), self.max.ln(), v.max(self.min).ln())
        } else {
            (self.min, self.max, v)
        };
        let t = if b > a {
            ((x - a) / (b - a)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.from + ((self.to - self.from) as f64 * t).round() as i32
    }

    fn ticks(&self) -> Vec<f64> {
        if self.log {
            let mut out = Vec::new();
            let mut p = math::powf(10.0, math::log10(self.min).floor());
            while p <= self.max * 1.0001 {
                for m in [1.0, 2.0, 5.0] {
                    let v = p * m;
                    if v >= self.min * 0.9999 && v <= self.max * 1.0001 {
                        out.push(v);
                    }
                }
                p *= 10.0;
            }
            out
        } else {
            nice_ticks(self.min, self.max, 5)
        }
    }
}

/// About `n` round tick values between `min` and `max`.
pub fn nice_ticks(min: f64, max: f64, n: usize) -> Vec<f64> {
    let span = (max - min).abs().max(1e-12);
    let raw = span / n.max(1) as f64;
    let mag = math::powf(10.0, math::log10(raw).floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| span / s <= n as f64 + 0.5)
        .unwrap_or(mag * 10.0);
    let first = (min / step).ceil() as i64;
    (0..50)
        .map(|i| ((first + i) as f64 * step * 1e9).round() / 1e9)
        .take_while(|v| *v <= max + step * 1e-9)
        .collect()
}

/// Draws `chart` on the prepared surface.
pub fn draw_bars(s: &Surface, ink: Ink, chart: &BarChart) -> Result<(), String> {
    let backend = s.backend().ok_or("no 2d canvas context")?;
    let root = backend.into_drawing_area();
    root.fill(&ink.background).map_err(err_text)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let small = text_style(s, 12.0, ink.text);
    let legend_h = s.px(24.0);
    let pad = s.px(8.0);

    // Legend across the top.
    let mut x = pad;
    let mut entries: Vec<(String, Option<RGBColor>)> = chart
        .series
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), Some(PALETTE[i % PALETTE.len()])))
        .collect();
    let has_observed = chart
        .groups
        .iter()
        .any(|g| g.values.iter().flatten().any(|v| v.observed.is_some()));
    if has_observed {
        entries.push((chart.observed_label.clone(), None));
    }
    for (name, color) in &entries {
        let y = pad + s.px(6.0);
        match color {
            Some(c) => {
                root.draw(&Rectangle::new(
                    [(x, y - s.px(5.0)), (x + s.px(12.0), y + s.px(5.0))],
                    c.filled(),
                ))
                .map_err(err_text)?;
            }
            None => draw_diamond(&root, (x + s.px(6.0), y), s.px(5.0), ink.text)?,
        }
        root.draw(&Text::new(
            name.clone(),
            (x + s.px(16.0), y),
            small.pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(err_text)?;
        x += s.px(16.0) + s.px(7.0 * name.chars().count() as f64) + s.px(14.0);
    }

    let n = chart.groups.len().max(1) as i32;
    let k = chart.series.len().max(1) as i32;
    let horizontal = chart.horizontal;
    // The plot box (left, top, right, bottom) and the value axis along it; categories run
    // down the side when horizontal, along the bottom otherwise.
    let plot = if horizontal {
        let label_w = s.px(150.0).min(w / 3);
        (label_w + pad, legend_h + pad, w - pad * 3, h - s.px(24.0))
    } else {
        (s.px(48.0) + pad, legend_h + pad, w - pad, h - s.px(40.0))
    };
    let (from, to) = if horizontal {
        (plot.0, plot.2)
    } else {
        (plot.3, plot.1)
    };
    let axis = Axis {
        min: chart.min,
        max: chart.max,
        log: chart.log,
        from,
        to,
    };
    // A point given as (position along the category axis, position along the value axis).
    let place = |cat: i32, val: i32| if horizontal { (val, cat) } else { (cat, val) };
    // A line across the plot at value-axis pixel `p`.
    let across = |p: i32| {
        if horizontal {
            vec![(p, plot.1), (p, plot.3)]
        } else {
            vec![(plot.0, p), (plot.2, p)]
        }
    };

    for t in axis.ticks() {
        let p = axis.map(t);
        root.draw(&PathElement::new(across(p), ink.grid))
            .map_err(err_text)?;
        let (at, anchor) = if horizontal {
            ((p, plot.3 + s.px(4.0)), Pos::new(HPos::Center, VPos::Top))
        } else {
            ((plot.0 - s.px(4.0), p), Pos::new(HPos::Right, VPos::Center))
        };
        root.draw(&Text::new(chart.tick.format(t), at, small.pos(anchor)))
            .map_err(err_text)?;
    }

    let (cat_from, cat_len) = if horizontal {
        (plot.1, plot.3 - plot.1)
    } else {
        (plot.0, plot.2 - plot.0)
    };
    let band = cat_len / n;
    // Space before the first bar of a group, and in all, so groups stand apart.
    let (inset, gap) = if horizontal {
        (s.px(3.0), s.px(6.0))
    } else {
        (s.px(6.0), s.px(12.0))
    };
    let base = axis.map(if chart.log {
        chart.min
    } else {
        0f64.max(chart.min)
    });
    for (gi, g) in chart.groups.iter().enumerate() {
        let start = cat_from + band * gi as i32;
        let (at, anchor) = if horizontal {
            (
                (plot.0 - pad, start + band / 2),
                Pos::new(HPos::Right, VPos::Center),
            )
        } else {
            (
                (start + band / 2, plot.3 + s.px(6.0)),
                Pos::new(HPos::Center, VPos::Top),
            )
        };
        root.draw(&Text::new(g.label.clone(), at, small.pos(anchor)))
            .map_err(err_text)?;
        let bar = ((band - gap) / k).max(1);
        for (si, v) in g.values.iter().enumerate() {
            let Some(v) = v else { continue };
            let c0 = start + inset + bar * si as i32;
            let centre = c0 + bar / 2;
            let color = PALETTE[si % PALETTE.len()];
            root.draw(&Rectangle::new(
                [place(c0 + 1, axis.map(v.value)), place(c0 + bar - 1, base)],
                color.filled(),
            ))
            .map_err(err_text)?;
            if let Some((lo, hi)) = v.range {
                let (a, b) = (place(centre, axis.map(lo)), place(centre, axis.map(hi)));
                whisker(&root, a, b, s.px(4.0), ink.text, s, horizontal)?;
            }
            if let Some(o) = v.observed {
                draw_diamond(&root, place(centre, axis.map(o)), s.px(5.0), ink.text)?;
            }
        }
    }

    if let Some((r, label)) = &chart.reference {
        let p = axis.map(*r);
        root.draw(&PathElement::new(
            across(p),
            ink.text.stroke_width(s.px(1.5).max(1) as u32),
        ))
        .map_err(err_text)?;
        let (at, anchor) = if horizontal {
            ((p + s.px(4.0), plot.1), Pos::new(HPos::Left, VPos::Top))
        } else {
            ((plot.2, p - s.px(3.0)), Pos::new(HPos::Right, VPos::Bottom))
        };
        root.draw(&Text::new(label.clone(), at, small.pos(anchor)))
            .map_err(err_text)?;
    }
    root.present().map_err(err_text)
}

type Area = DrawingArea<plotters_canvas::CanvasBackend, plotters::coord::Shift>;

fn whisker(
    root: &Area,
    a: (i32, i32),
    b: (i32, i32),
    cap: i32,
    color: RGBColor,
    s: &Surface,
    horizontal: bool,
) -> Result<(), String> {
    let style = color.stroke_width(s.px(1.5).max(1) as u32);
    root.draw(&PathElement::new(vec![a, b], style))
        .map_err(err_text)?;
    for p in [a, b] {
        let seg = if horizontal {
            vec![(p.0, p.1 - cap), (p.0, p.1 + cap)]
        } else {
            vec![(p.0 - cap, p.1), (p.0 + cap, p.1)]
        };
        root.draw(&PathElement::new(seg, style)).map_err(err_text)?;
    }
    Ok(())
}

fn draw_diamond(root: &Area, c: (i32, i32), r: i32, color: RGBColor) -> Result<(), String> {
    root.draw(&Polygon::new(
        vec![
            (c.0, c.1 - r),
            (c.0 + r, c.1),
            (c.0, c.1 + r),
            (c.0 - r, c.1),
        ],
        color.filled(),
    ))
    .map_err(err_text)
}

#[cfg(test)]
mod tests {
    use super::nice_ticks;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        let t = nice_ticks(0.0, 250.0, 5);
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.windows(2).all(|w| (w[1] - w[0] - 50.0).abs() < 1e-9));
    }
}
