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
    /// The same figure in the scenario compared with (A): a dashed line across the bar.
    pub compare: Option<f64>,
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
    /// Reference lines (e.g. 1× = no change, or the 65 % target), each with its label. Labels
    /// alternate between the far and the near end of the value axis, so close lines stay legible.
    pub reference: Vec<(f64, String)>,
    /// Formats value-axis ticks.
    pub tick: Tick,
    /// Label of the observed markers in the legend, when any bar has one.
    pub observed_label: String,
    /// Label of the dashed A lines in the legend, when any bar has one.
    pub compare_label: String,
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

/// Which tick labels to draw, given each label's extent along the axis (`spans`, in pixels, in
/// tick order, so running one way along the axis): all of them if they stand `gap` apart; on a
/// log axis, else only the powers of ten; else, in order, each one that clears the last one
/// drawn. The grid lines stay at every tick. (No sorting: it would link two more sort routines
/// into the WebAssembly.)
pub fn labelled(ticks: &[f64], spans: &[(i32, i32)], log: bool, gap: i32) -> Vec<bool> {
    let apart = |a: (i32, i32), b: (i32, i32)| b.0 >= a.1 + gap || a.0 >= b.1 + gap;
    let fits = |mask: &[bool]| {
        let mut last: Option<(i32, i32)> = None;
        spans.iter().zip(mask).filter(|(_, m)| **m).all(|(s, _)| {
            let ok = last.is_none_or(|l| apart(l, *s));
            last = Some(*s);
            ok
        })
    };
    let all = vec![true; ticks.len()];
    if fits(&all) {
        return all;
    }
    let candidates = if log {
        let decades: Vec<bool> = ticks
            .iter()
            .map(|t| (math::log10(*t) - math::log10(*t).round()).abs() < 1e-9)
            .collect();
        if fits(&decades) {
            return decades;
        }
        decades
    } else {
        all
    };
    let mut last: Option<(i32, i32)> = None;
    spans
        .iter()
        .zip(candidates)
        .map(|(s, candidate)| {
            let show = candidate && last.is_none_or(|l| apart(l, *s));
            if show {
                last = Some(*s);
            }
            show
        })
        .collect()
}

/// `text` as it fits in `room` pixels (`width` measures a string): whole, or cut at a character
/// boundary with "…" added. Charts redraw on every slider move, so the cut is found by bisection
/// (a handful of measurements, not one per character).
pub fn fit_text(text: &str, room: i32, width: impl Fn(&str) -> i32) -> String {
    if width(text) <= room {
        return text.to_string();
    }
    let cut = |i: usize| format!("{}…", text[..i].trim_end());
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).collect();
    // The longest prefix that fits: `ends[..lo]` fit, `ends[hi..]` do not.
    let (mut lo, mut hi) = (0, ends.len());
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        if width(&cut(ends[mid])) <= room {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo.checked_sub(1)
        .map_or_else(|| "…".into(), |k| cut(ends[k]))
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
    let pad = s.px(8.0);

    // Legend across the top, wrapped into as many rows as the width needs.
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
    let has_compare = chart
        .groups
        .iter()
        .any(|g| g.values.iter().flatten().any(|v| v.compare.is_some()));
    let row_h = s.px(18.0);
    let (mut x, mut y) = (pad, pad + s.px(6.0));
    for (name, color) in &entries {
        let entry_w = s.px(16.0) + s.px(7.0 * name.chars().count() as f64) + s.px(14.0);
        if x > pad && x + entry_w - s.px(14.0) > w - pad {
            x = pad;
            y += row_h;
        }
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
        x += entry_w;
    }
    if has_compare {
        let name = &chart.compare_label;
        let entry_w = s.px(22.0) + s.px(7.0 * name.chars().count() as f64);
        if x > pad && x + entry_w > w - pad {
            x = pad;
            y += row_h;
        }
        let style = ink.text.stroke_width(s.px(2.0).max(1) as u32);
        super::lines::dashed(&root, &[(x, y), (x + s.px(16.0), y)], s.px(3.0), style)?;
        root.draw(&Text::new(
            name.clone(),
            (x + s.px(22.0), y),
            small.pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(err_text)?;
    }
    let legend_h = y - pad + s.px(18.0);

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

    let ticks = axis.ticks();
    let labels: Vec<String> = ticks.iter().map(|t| chart.tick.format(*t)).collect();
    let spans: Vec<(i32, i32)> = ticks
        .iter()
        .zip(&labels)
        .map(|(t, label)| {
            let p = axis.map(*t);
            let along = if horizontal {
                s.text_width(label, 12.0)
            } else {
                s.line_height(12.0)
            };
            let half = along / 2;
            (p - half, p + half)
        })
        .collect();
    let shown = labelled(&ticks, &spans, axis.log, s.px(6.0));
    for ((t, label), show) in ticks.iter().zip(labels).zip(shown) {
        let p = axis.map(*t);
        root.draw(&PathElement::new(across(p), ink.grid))
            .map_err(err_text)?;
        if !show {
            continue;
        }
        let (at, anchor) = if horizontal {
            ((p, plot.3 + s.px(4.0)), Pos::new(HPos::Center, VPos::Top))
        } else {
            ((plot.0 - s.px(4.0), p), Pos::new(HPos::Right, VPos::Center))
        };
        root.draw(&Text::new(label, at, small.pos(anchor)))
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
        // Category labels get the space beside the plot (horizontal) or their band (vertical);
        // a longer one is shortened with an ellipsis (the data table has it in full).
        let room = if horizontal { plot.0 - pad * 2 } else { band };
        let label = fit_text(&g.label, room, |t| s.text_width(t, 12.0));
        root.draw(&Text::new(label, at, small.pos(anchor)))
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
            if let Some(a) = v.compare {
                // Across the bar and a little beyond, so it reads above a bar as within one.
                let p = axis.map(a);
                let style = ink.text.stroke_width(s.px(2.0).max(1) as u32);
                let ends = [place(c0 - 2, p), place(c0 + bar + 1, p)];
                super::lines::dashed(&root, &ends, s.px(3.0), style)?;
            }
        }
    }

    for (i, (r, label)) in chart.reference.iter().enumerate() {
        let p = axis.map(*r);
        root.draw(&PathElement::new(
            across(p),
            ink.text.stroke_width(s.px(1.5).max(1) as u32),
        ))
        .map_err(err_text)?;
        let far = i % 2 == 0;
        let (at, anchor) = match (horizontal, far) {
            (true, true) => ((p + s.px(4.0), plot.1), Pos::new(HPos::Left, VPos::Top)),
            (true, false) => ((p + s.px(4.0), plot.3), Pos::new(HPos::Left, VPos::Bottom)),
            (false, true) => ((plot.2, p - s.px(3.0)), Pos::new(HPos::Right, VPos::Bottom)),
            (false, false) => ((plot.0, p - s.px(3.0)), Pos::new(HPos::Left, VPos::Bottom)),
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
    use super::{fit_text, labelled, nice_ticks};

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let width = |t: &str| 7 * t.chars().count() as i32;
        assert_eq!(fit_text("F-35 fighter", 100, width), "F-35 fighter");
        assert_eq!(
            fit_text("Arleigh Burke DDG-51 destroyer", 100, width),
            "Arleigh Burke…"
        );
        assert!(width(&fit_text("Arleigh Burke DDG-51 destroyer", 100, width)) <= 100);
        assert_eq!(fit_text("Ünïcode ✓ label", 30, width), "Ünï…");
        assert_eq!(fit_text("abc", 3, width), "…");
        // Bisection: a long label costs a few measurements, not one per character.
        let calls = std::cell::Cell::new(0);
        let counting = |t: &str| {
            calls.set(calls.get() + 1);
            width(t)
        };
        let long = "x".repeat(200);
        assert_eq!(fit_text(&long, 70, counting), format!("{}…", "x".repeat(9)));
        assert!(calls.get() <= 10, "{} measurements", calls.get());
    }

    /// Labels 40 px wide centred on `positions`.
    fn spans(positions: &[i32]) -> Vec<(i32, i32)> {
        positions.iter().map(|p| (p - 20, p + 20)).collect()
    }

    #[test]
    fn tick_labels_that_fit_are_all_shown() {
        let ticks = [0.0, 50.0, 100.0];
        assert_eq!(
            labelled(&ticks, &spans(&[0, 100, 200]), false, 6),
            vec![true; 3]
        );
    }

    #[test]
    fn crowded_log_labels_keep_the_powers_of_ten() {
        // 0.01 … 20 on a 300 px axis: 1-2-5 labels overlap, the decades fit.
        let ticks = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0];
        let pos: Vec<i32> = ticks
            .iter()
            .map(|t: &f64| ((t.log10() + 2.0) * 90.0) as i32)
            .collect();
        let shown = labelled(&ticks, &spans(&pos), true, 6);
        let kept: Vec<f64> = ticks
            .iter()
            .zip(&shown)
            .filter(|(_, s)| **s)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(kept, vec![0.01, 0.1, 1.0, 10.0]);
    }

    #[test]
    fn a_vertical_axis_runs_the_other_way_and_is_thinned_the_same() {
        let ticks = [0.0, 25.0, 50.0, 75.0, 100.0];
        // Value up = pixel down: positions fall as the ticks rise.
        let pos = [120, 90, 60, 30, 0];
        assert_eq!(
            labelled(&ticks, &spans(&pos), false, 6),
            vec![true, false, true, false, true]
        );
        assert_eq!(
            labelled(&ticks, &spans(&[400, 300, 200, 100, 0]), false, 6),
            vec![true; 5]
        );
    }

    #[test]
    fn when_even_the_decades_crowd_every_label_shown_clears_the_last() {
        let ticks = [1.0, 10.0, 100.0, 1000.0, 10000.0];
        let pos = [0, 30, 60, 90, 120];
        let shown = labelled(&ticks, &spans(&pos), true, 6);
        assert_eq!(shown, vec![true, false, true, false, true]);
        let drawn: Vec<(i32, i32)> = spans(&pos)
            .into_iter()
            .zip(&shown)
            .filter(|(_, s)| **s)
            .map(|(s, _)| s)
            .collect();
        assert!(drawn.windows(2).all(|w| w[1].0 >= w[0].1 + 6));
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        let t = nice_ticks(0.0, 250.0, 5);
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.windows(2).all(|w| (w[1] - w[0] - 50.0).abs() < 1e-9));
    }
}
