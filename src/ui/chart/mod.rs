//! The only place that knows plotters and canvas pixels. Each chart takes plain, already
//! computed numbers (from the `Outcome`) and draws them crisply at the device pixel ratio.

mod bars;
mod lines;

pub use bars::{draw_bars, BarChart, BarGroup, BarValue};
pub use lines::{draw_lines, Line, LineChart, XAxis};

use plotters::prelude::*;
use plotters::style::text_anchor::Pos;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// How many measured text widths [`Surface::text_width`] keeps (a few hundred labels in all).
const WIDTHS_KEPT: usize = 2048;

thread_local! {
    /// Text widths already measured, by font size in backing-store pixels (its bits) and text.
    /// The charts' font is always the browser's sans-serif, so nothing else changes a width.
    static WIDTHS: std::cell::RefCell<std::collections::HashMap<u64, std::collections::HashMap<String, i32>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Colour-blind-safe series colours (Okabe–Ito).
pub const PALETTE: [RGBColor; 6] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
];

/// Colours read from the page's CSS so charts follow light and dark themes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ink {
    pub text: RGBColor,
    pub grid: RGBColor,
    pub background: RGBColor,
}

impl Ink {
    pub const LIGHT: Ink = Ink {
        text: RGBColor(30, 34, 40),
        grid: RGBColor(214, 218, 224),
        background: RGBColor(255, 255, 255),
    };
    pub const DARK: Ink = Ink {
        text: RGBColor(226, 230, 236),
        grid: RGBColor(64, 70, 80),
        background: RGBColor(24, 27, 32),
    };
}

/// A canvas sized to its CSS box × device pixel ratio, and that ratio for scaling pixel quantities.
pub struct Surface {
    pub canvas: HtmlCanvasElement,
    pub dpr: f64,
}

impl Surface {
    /// Resizes the backing store to the CSS size `css` (width, height) × DPR (no `ctx.scale`,
    /// which would double-scale).
    pub fn prepare(canvas: &HtmlCanvasElement, css: (f64, f64)) -> Surface {
        let dpr = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .clamp(1.0, 4.0);
        let (css_w, css_h) = (css.0.max(200.0), css.1.max(120.0));
        let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
        Surface {
            canvas: canvas.clone(),
            dpr,
        }
    }

    /// A CSS-pixel quantity in backing-store pixels.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.dpr).round() as i32
    }

    /// A font size in backing-store pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.dpr
    }

    /// Width and height in backing-store pixels of `text` in the charts' sans-serif at
    /// `size_css`: [`Surface::text_width`] and [`Surface::line_height`].
    pub fn text_size(&self, text: &str, size_css: f64) -> (i32, i32) {
        (self.text_width(text, size_css), self.line_height(size_css))
    }

    /// The height of one line of text at `size_css`, 1.2 × the font size (as plotters' measure
    /// gave), in backing-store pixels; nothing is measured.
    pub fn line_height(&self, size_css: f64) -> i32 {
        (self.font(size_css) * 1.2).round() as i32
    }

    /// The width of `text` at `size_css` in backing-store pixels, measured on the canvas.
    /// (plotters' own `estimate_text_size` in the browser appends a `<span>` to the page and
    /// reads its size: a synchronous layout of the whole document per label, which made the
    /// first drawing of the charts the slowest part of the first render.) Each width is
    /// measured once: a slider move redraws the same tick labels, months and legend names, and
    /// setting the font and measuring was a third of a redraw's drawing time.
    pub fn text_width(&self, text: &str, size_css: f64) -> i32 {
        let px = self.font(size_css);
        let size = px.to_bits();
        // Looked up by `&str`: a hit allocates nothing.
        if let Some(w) = WIDTHS.with(|m| m.borrow().get(&size).and_then(|t| t.get(text)).copied()) {
            return w;
        }
        let width = self
            .context()
            .and_then(|c| {
                c.set_font(&format!("{px}px sans-serif"));
                c.measure_text(text).ok()
            })
            .map_or(px * 0.55 * text.chars().count() as f64, |m| m.width());
        let width = width.ceil() as i32;
        WIDTHS.with(|m| {
            let mut m = m.borrow_mut();
            // Labels follow the scenario (values in the legend): keep the cache small.
            if m.values()
                .map(std::collections::HashMap::len)
                .sum::<usize>()
                >= WIDTHS_KEPT
            {
                m.clear();
            }
            m.entry(size).or_default().insert(text.to_string(), width);
        });
        width
    }

    fn context(&self) -> Option<web_sys::CanvasRenderingContext2d> {
        self.canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    }

    pub fn backend(&self) -> Option<CanvasBackend> {
        CanvasBackend::with_canvas_object(self.canvas.clone().unchecked_into())
    }
}

/// A chart error as text (drawn charts never panic; the caller logs this).
pub fn err_text<E: std::fmt::Debug>(e: E) -> String {
    format!("chart drawing failed: {e:?}")
}

/// Builds a `TextStyle` in backing-store pixels, in the browser's sans-serif (no web fonts: the
/// app works offline).
pub fn text_style(s: &Surface, size_css: f64, color: RGBColor) -> TextStyle<'static> {
    TextStyle {
        // The enum, not "sans-serif": `&str` → FontFamily runs Unicode `to_lowercase` (KBs of WASM).
        font: (FontFamily::SansSerif, s.font(size_css)).into_font(),
        color: color.to_backend_color(),
        pos: Pos::default(),
    }
}

/// How value-axis ticks are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    /// A share 0..1 as "40 %".
    Percent,
    /// A price multiplier as "×2".
    Multiplier,
    /// US dollars.
    Usd,
    /// A plain number (months of cover).
    Plain,
}

impl Tick {
    pub fn format(self, v: f64) -> String {
        match self {
            Tick::Percent => crate::ui::format::percent(v),
            Tick::Multiplier => {
                if v < 10.0 {
                    format!("×{}", crate::ui::format::sig(v))
                } else {
                    crate::ui::format::multiplier(v)
                }
            }
            Tick::Usd => crate::ui::format::usd(v),
            Tick::Plain => crate::ui::format::sig(v),
        }
    }
}
