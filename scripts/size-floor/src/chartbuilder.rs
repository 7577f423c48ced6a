//! The same two charts with ChartBuilder: caption, label areas, configure_mesh, LineSeries,
//! Rectangle bars, series labels (legend).
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

const PALETTE: [RGBColor; 3] = [RGBColor(0, 114, 178), RGBColor(230, 159, 0), RGBColor(0, 158, 115)];

fn err_text<E: std::fmt::Debug>(e: E) -> String {
    format!("chart drawing failed: {e:?}")
}

fn backend(c: &HtmlCanvasElement) -> Result<CanvasBackend, String> {
    CanvasBackend::with_canvas_object(c.clone().unchecked_into()).ok_or_else(|| "no 2d context".to_string())
}

pub fn draw_both(lines: &HtmlCanvasElement, bars: &HtmlCanvasElement, n: u32) -> Result<(), String> {
    let k = f64::from(n);
    let series: Vec<Vec<f64>> = (0..3)
        .map(|s| (0..12).map(|i| 1.0 + f64::from(s) * 0.5 + f64::from(i) * 0.1 * (k + 1.0)).collect())
        .collect();
    let names = ["Base", "Cut", "Mitigated"];
    let hi = series.iter().flatten().copied().fold(1.0_f64, f64::max);

    let root = backend(lines)?.into_drawing_area();
    root.fill(&WHITE).map_err(err_text)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Prices", (FontFamily::SansSerif, 15.0))
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(40)
        .build_cartesian_2d(2025f64..2036f64, 0f64..hi)
        .map_err(err_text)?;
    chart
        .configure_mesh()
        .x_labels(12)
        .y_labels(5)
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.1}"))
        .label_style((FontFamily::SansSerif, 12.0))
        .draw()
        .map_err(err_text)?;
    for (i, s) in series.iter().enumerate() {
        let c = PALETTE[i % 3];
        chart
            .draw_series(LineSeries::new(s.iter().enumerate().map(|(j, v)| (2025.0 + j as f64, *v)), c.stroke_width(2)))
            .map_err(err_text)?
            .label(names[i])
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FontFamily::SansSerif, 12.0))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(err_text)?;
    root.present().map_err(err_text)?;

    let root = backend(bars)?.into_drawing_area();
    root.fill(&WHITE).map_err(err_text)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Shares", (FontFamily::SansSerif, 15.0))
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(48)
        .build_cartesian_2d(0f64..4f64, 0f64..1f64)
        .map_err(err_text)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .y_label_formatter(&|y| format!("{:.0} %", y * 100.0))
        .x_label_formatter(&|x| ["Mine", "Separate", "Metal", "Magnet", ""][(*x as usize).min(4)].to_string())
        .label_style((FontFamily::SansSerif, 12.0))
        .draw()
        .map_err(err_text)?;
    for s in 0..3usize {
        let c = PALETTE[s];
        chart
            .draw_series((0..4).map(move |g| {
                let v = 0.1 + 0.2 * g as f64 + 0.05 * s as f64 + 0.01 * k;
                let x0 = g as f64 + 0.1 + 0.27 * s as f64;
                Rectangle::new([(x0, 0.0), (x0 + 0.25, v)], c.filled())
            }))
            .map_err(err_text)?
            .label(names[s])
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], c.filled()));
    }
    chart.configure_series_labels().label_font((FontFamily::SansSerif, 12.0)).draw().map_err(err_text)?;
    root.present().map_err(err_text)
}
