//! A chart as a PNG that stands on its own in an article: its title on top, the chart redrawn
//! at twice its on-screen CSS size (whatever the screen's pixel ratio), and a footer with the
//! scenario in one line, the sources and the credit line. Made in the browser, saved through
//! an `<a download>`; nothing is sent anywhere. Every step is fallible and silent.
//!
//! Size, in image pixels (`SCALE` = 2): width `2·w`; height `2·(h + HEAD + FOOT)` where `w × h`
//! is the chart's CSS box, `HEAD = PAD + TITLE_LINE·title lines + GAP` and
//! `FOOT = GAP + FOOT_LINE·footer lines + PAD` (text wraps to the width).

use crate::data::DATASET;
use crate::model::MODEL_VERSION;
use crate::ui::chart::{draw_bars, draw_lines, Ink, Surface};
use crate::ui::chart_card::Plot;
use crate::ui::charts::ChartId;
use crate::ui::export;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Image pixels per CSS pixel.
pub const SCALE: f64 = 2.0;
/// Outer padding, CSS px.
pub const PAD: f64 = 16.0;
/// Space between the title, the chart and the footer, CSS px.
pub const GAP: f64 = 8.0;
/// Title line height (bold 18 px), CSS px.
pub const TITLE_LINE: f64 = 24.0;
/// Footer line height (12 px), CSS px.
pub const FOOT_LINE: f64 = 16.0;

const TITLE_FONT: &str = "bold 18px sans-serif";
const FOOT_FONT: &str = "12px sans-serif";

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

fn new_canvas(w: u32, h: u32) -> Option<HtmlCanvasElement> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    Some(canvas)
}

/// Greedy word wrap to `max` CSS px with the context's current font (at scale 1).
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        let width = ctx.measure_text(&candidate).map_or(0.0, |m| m.width());
        if width > max && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The footer's paragraphs: the scenario on screen (not the URL, which an embed that cannot
/// `replaceState` leaves stale), the sources, and the credit line with the data vintage and
/// model version.
fn footer_paragraphs(chart_id: ChartId, replay: bool, scenario_line: &str) -> [String; 3] {
    [
        scenario_line.to_string(),
        export::chart_sources_line(chart_id, replay),
        crate::i18n::tr(
            "export-png-credit",
            &[
                ("credit", crate::i18n::t("credit").into()),
                ("vintage", DATASET.vintage.into()),
                ("model", MODEL_VERSION.into()),
            ],
        ),
    ]
}

/// Draws the chart card `chart_id` (title, plot, CSS size of its on-screen canvas) into a PNG
/// data URL. `None` if the browser refuses any step.
pub fn chart_png(
    chart_id: ChartId,
    replay: bool,
    scenario_line: &str,
    title: &str,
    plot: &Plot,
    on_screen: &HtmlCanvasElement,
) -> Option<String> {
    let css_w = f64::from(on_screen.client_width().max(200));
    let css_h = f64::from(on_screen.client_height().max(120));
    let ink = Ink::LIGHT;

    // 1. The chart, re-rendered at exactly SCALE× its CSS size (not a blurry copy of a 1× screen).
    let plot_canvas = new_canvas(
        (css_w * SCALE).round() as u32,
        (css_h * SCALE).round() as u32,
    )?;
    let surface = Surface {
        canvas: plot_canvas.clone(),
        dpr: SCALE,
    };
    let drawn = match plot {
        Plot::Bars(chart) => draw_bars(&surface, ink, chart),
        Plot::Lines { x, panels } => draw_lines(&surface, ink, x, panels),
    };
    if let Err(e) = drawn {
        web_sys::console::warn_1(&e.into());
        return None;
    }

    // 2. Lay out the text at scale 1 to know the height.
    let measure = context(&new_canvas(1, 1)?)?;
    let text_w = (css_w - 2.0 * PAD).max(40.0);
    measure.set_font(TITLE_FONT);
    let title_lines = wrap(&measure, title, text_w);
    measure.set_font(FOOT_FONT);
    let foot_lines: Vec<String> = footer_paragraphs(chart_id, replay, scenario_line)
        .iter()
        .flat_map(|p| wrap(&measure, p, text_w))
        .collect();
    let head = PAD + TITLE_LINE * title_lines.len() as f64 + GAP;
    let foot = GAP + FOOT_LINE * foot_lines.len() as f64 + PAD;

    // 3. Compose: background, title, chart, footer.
    let out = new_canvas(
        (css_w * SCALE).round() as u32,
        ((css_h + head + foot) * SCALE).round() as u32,
    )?;
    let ctx = context(&out)?;
    ctx.scale(SCALE, SCALE).ok()?;
    let rgb = |c: plotters::style::RGBColor| format!("rgb({},{},{})", c.0, c.1, c.2);
    ctx.set_fill_style_str(&rgb(ink.background));
    ctx.fill_rect(0.0, 0.0, css_w, css_h + head + foot);
    ctx.set_fill_style_str(&rgb(ink.text));
    ctx.set_text_baseline("alphabetic");
    ctx.set_font(TITLE_FONT);
    for (i, line) in title_lines.iter().enumerate() {
        ctx.fill_text(line, PAD, PAD + TITLE_LINE * (i as f64 + 1.0) - 6.0)
            .ok()?;
    }
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&plot_canvas, 0.0, head, css_w, css_h)
        .ok()?;
    ctx.set_stroke_style_str(&rgb(ink.grid));
    ctx.set_line_width(1.0);
    ctx.begin_path();
    ctx.move_to(PAD, head + css_h + GAP / 2.0);
    ctx.line_to(css_w - PAD, head + css_h + GAP / 2.0);
    ctx.stroke();
    ctx.set_fill_style_str("rgb(70,76,86)");
    ctx.set_font(FOOT_FONT);
    let top = head + css_h + GAP;
    for (i, line) in foot_lines.iter().enumerate() {
        ctx.fill_text(line, PAD, top + FOOT_LINE * (i as f64 + 1.0) - 4.0)
            .ok()?;
    }
    out.to_data_url_with_type("image/png").ok()
}

/// Offers a data or blob URL as a file called `name` through a hidden `<a download>`.
pub fn offer_url(name: &str, url: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(url);
    a.set_download(name);
    a.set_attribute("hidden", "").ok()?;
    let body = document.body()?;
    body.append_child(&a).ok()?;
    a.click();
    body.remove_child(&a).ok()?;
    Some(())
}

/// Makes the PNG of a chart and offers it as `rare-earth-risk-<id>.png`. Returns false if refused.
pub fn download_chart(
    chart_id: ChartId,
    replay: bool,
    scenario_line: &str,
    title: &str,
    plot: &Plot,
    on_screen: &HtmlCanvasElement,
) -> bool {
    chart_png(chart_id, replay, scenario_line, title, plot, on_screen)
        .and_then(|url| offer_url(&format!("rare-earth-risk-{chart_id}.png"), &url))
        .is_some()
}
