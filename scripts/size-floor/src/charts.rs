//! A line chart and a bar chart drawn with the plotters primitives src/ui/chart uses:
//! CanvasBackend → DrawingArea, fill, Rectangle, PathElement, Polygon, Text with a TextStyle in
//! FontFamily::SansSerif, text anchors (Pos/HPos/VPos), mix/filled/stroke_width, present().
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

pub const PALETTE: [RGBColor; 3] = [RGBColor(0, 114, 178), RGBColor(230, 159, 0), RGBColor(0, 158, 115)];
const INK: RGBColor = RGBColor(30, 34, 40);
const GRID: RGBColor = RGBColor(214, 218, 224);
const BG: RGBColor = RGBColor(255, 255, 255);

type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;

fn err_text<E: std::fmt::Debug>(e: E) -> String {
    format!("chart drawing failed: {e:?}")
}

fn text_style(size: f64, color: RGBColor) -> TextStyle<'static> {
    TextStyle {
        font: (FontFamily::SansSerif, size).into_font(),
        color: color.to_backend_color(),
        pos: Pos::default(),
    }
}

fn map(v: f64, lo: f64, hi: f64, from: i32, to: i32) -> i32 {
    let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.0 };
    from + ((to - from) as f64 * t).round() as i32
}

fn root(canvas: &HtmlCanvasElement) -> Result<Area, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone().unchecked_into())
        .ok_or("no 2d canvas context")?;
    let root = backend.into_drawing_area();
    root.fill(&BG).map_err(err_text)?;
    Ok(root)
}

/// Line chart: caption, x/y ticks with labels and grid, a band, lines, legend box.
pub fn draw_lines(canvas: &HtmlCanvasElement, series: &[Vec<f64>], names: &[String]) -> Result<(), String> {
    let root = root(canvas)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let small = text_style(12.0, INK);
    root.draw(&Text::new("Prices", (w / 2, 8), text_style(15.0, INK).pos(Pos::new(HPos::Center, VPos::Top))))
        .map_err(err_text)?;
    let (l, t, r, b) = (48, 30, w - 10, h - 30);
    let n = series.iter().map(Vec::len).max().unwrap_or(1).max(2);
    let hi = series.iter().flatten().copied().fold(1.0_f64, f64::max);
    for i in 0..=4 {
        let v = hi * i as f64 / 4.0;
        let y = map(v, 0.0, hi, b, t);
        root.draw(&PathElement::new(vec![(l, y), (r, y)], GRID)).map_err(err_text)?;
        root.draw(&Text::new(format!("{v:.1}"), (l - 4, y), small.pos(Pos::new(HPos::Right, VPos::Center))))
            .map_err(err_text)?;
    }
    for i in 0..n {
        let x = map(i as f64, 0.0, (n - 1) as f64, l, r);
        root.draw(&PathElement::new(vec![(x, b), (x, b + 4)], INK)).map_err(err_text)?;
        root.draw(&Text::new(format!("{}", 2025 + i), (x, b + 6), small.pos(Pos::new(HPos::Center, VPos::Top))))
            .map_err(err_text)?;
    }
    if let Some(first) = series.first() {
        // a band around the first line
        let mut band: Vec<(i32, i32)> = first.iter().enumerate()
            .map(|(i, v)| (map(i as f64, 0.0, (n - 1) as f64, l, r), map(v * 1.1, 0.0, hi, b, t))).collect();
        band.extend(first.iter().enumerate().rev()
            .map(|(i, v)| (map(i as f64, 0.0, (n - 1) as f64, l, r), map(v * 0.9, 0.0, hi, b, t))));
        root.draw(&Polygon::new(band, PALETTE[0].mix(0.2).filled())).map_err(err_text)?;
    }
    for (k, s) in series.iter().enumerate() {
        let pts: Vec<(i32, i32)> = s.iter().enumerate()
            .map(|(i, v)| (map(i as f64, 0.0, (n - 1) as f64, l, r), map(*v, 0.0, hi, b, t))).collect();
        root.draw(&PathElement::new(pts, PALETTE[k % 3].stroke_width(2))).map_err(err_text)?;
    }
    root.draw(&Rectangle::new([(l + 6, t + 6), (l + 120, t + 10 + 16 * names.len() as i32)], BG.mix(0.85).filled()))
        .map_err(err_text)?;
    root.draw(&Rectangle::new([(l + 6, t + 6), (l + 120, t + 10 + 16 * names.len() as i32)], GRID)).map_err(err_text)?;
    for (k, name) in names.iter().enumerate() {
        let y = t + 16 + 16 * k as i32;
        root.draw(&PathElement::new(vec![(l + 12, y), (l + 36, y)], PALETTE[k % 3].stroke_width(2))).map_err(err_text)?;
        root.draw(&Text::new(name.as_str(), (l + 40, y), small.pos(Pos::new(HPos::Left, VPos::Center))))
            .map_err(err_text)?;
    }
    root.present().map_err(err_text)
}

/// Bar chart: legend row, value grid with labels, bars with value labels, category labels.
pub fn draw_bars(canvas: &HtmlCanvasElement, groups: &[(String, Vec<f64>)], names: &[String]) -> Result<(), String> {
    let root = root(canvas)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let small = text_style(12.0, INK);
    let mut x = 8;
    for (k, name) in names.iter().enumerate() {
        root.draw(&Rectangle::new([(x, 8), (x + 12, 18)], PALETTE[k % 3].filled())).map_err(err_text)?;
        root.draw(&Text::new(name.clone(), (x + 16, 13), small.pos(Pos::new(HPos::Left, VPos::Center))))
            .map_err(err_text)?;
        x += 24 + 7 * name.chars().count() as i32;
    }
    let (l, t, r, b) = (56, 30, w - 8, h - 40);
    let hi = groups.iter().flat_map(|g| g.1.iter()).copied().fold(1.0_f64, f64::max);
    for i in 0..=4 {
        let v = hi * i as f64 / 4.0;
        let y = map(v, 0.0, hi, b, t);
        root.draw(&PathElement::new(vec![(l, y), (r, y)], GRID)).map_err(err_text)?;
        root.draw(&Text::new(format!("{:.0} %", v * 100.0), (l - 4, y), small.pos(Pos::new(HPos::Right, VPos::Center))))
            .map_err(err_text)?;
    }
    let gn = groups.len().max(1) as i32;
    let gw = (r - l) / gn;
    for (gi, (label, vals)) in groups.iter().enumerate() {
        let gx = l + gw * gi as i32;
        let bw = (gw - 8) / vals.len().max(1) as i32;
        for (k, v) in vals.iter().enumerate() {
            let x0 = gx + 4 + bw * k as i32;
            let y = map(*v, 0.0, hi, b, t);
            root.draw(&Rectangle::new([(x0, y), (x0 + bw - 2, b)], PALETTE[k % 3].filled())).map_err(err_text)?;
            root.draw(&Text::new(format!("{:.1}", v), (x0 + bw / 2, y - 2), small.pos(Pos::new(HPos::Center, VPos::Bottom))))
                .map_err(err_text)?;
        }
        root.draw(&Text::new(label.clone(), (gx + gw / 2, b + 6), small.pos(Pos::new(HPos::Center, VPos::Top))))
            .map_err(err_text)?;
    }
    root.present().map_err(err_text)
}

/// Data that depends on the counter (so nothing is constant-folded away).
pub fn draw_both(lines: &HtmlCanvasElement, bars: &HtmlCanvasElement, n: u32) -> Result<(), String> {
    let k = f64::from(n);
    let series: Vec<Vec<f64>> = (0..3)
        .map(|s| (0..12).map(|i| 1.0 + f64::from(s) * 0.5 + f64::from(i) * 0.1 * (k + 1.0)).collect())
        .collect();
    let names: Vec<String> = ["Base", "Cut", "Mitigated"].iter().map(|s| (*s).to_string()).collect();
    draw_lines(lines, &series, &names)?;
    let groups: Vec<(String, Vec<f64>)> = ["Mine", "Separate", "Metal", "Magnet"].iter().enumerate()
        .map(|(i, g)| ((*g).to_string(), (0..3).map(|s| 0.1 + 0.2 * i as f64 + 0.05 * f64::from(s) + 0.01 * k).collect()))
        .collect();
    draw_bars(bars, &groups, &names)
}
