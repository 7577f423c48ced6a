//! `cargo run --bin first-screen`: prints the first screen's answer as static HTML — the page's
//! navigation (one per page: calculator, methodology) and the summary sentence that both pages
//! open with, for a link that sets nothing (the dataset's
//! `first_screen` preset, central figures, English) — which scripts/prerender.mjs writes into
//! index.html. A slow phone then shows the answer as soon as the HTML arrives, not after the
//! WebAssembly has loaded; the app replaces it with the same text when it mounts
//! (static/frame.js hides it first for any other link or language, so it never shows a wrong
//! sentence). The markup mirrors `ui::app` and `ui::lang_picker`, so nothing moves when the app
//! takes over; `tests/e2e/prerender.test.mjs` checks the text and the layout.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rare_earth_risk::data::DATASET;
    use rare_earth_risk::i18n::{t, Lang};
    use rare_earth_risk::model::Scenario;
    use rare_earth_risk::ui::state::{evaluate_central, first_screen_query};
    use rare_earth_risk::ui::summary::summary_text;
    use std::fmt::Write;

    let s = Scenario::from_query(&first_screen_query("", &DATASET), &DATASET);
    let o = evaluate_central(&s);
    let mut options = String::new();
    for l in Lang::ALL {
        let selected = if l == Lang::En { " selected" } else { "" };
        let _ = write!(
            options,
            "<option value=\"{0}\" lang=\"{0}\"{selected}>{1}</option>",
            l.code(),
            escape(l.native_name())
        );
    }
    // One navigation per page a plain link can open (static/frame.js shows the right one), the
    // current page marked as the app marks it; the select's id differs so that ids stay unique.
    let nav = |page: &str, current: &str| {
        let mark = |p: &str| {
            if p == current {
                " aria-current=\"page\""
            } else {
                ""
            }
        };
        format!(
            "<nav class=\"page-nav prerendered\" data-page=\"{page}\" aria-label=\"{pages}\">\
             <a href=\"#calculator\"{calc_mark}>{calc}</a>\
             <a href=\"#methodology\"{method_mark}>{method}</a><a href=\"#sources\">{sources}</a>\
             <span class=\"lang-picker\"><label for=\"lang-picker-static-{page}\">{lang}</label>\
             <select id=\"lang-picker-static-{page}\" disabled>{options}</select></span></nav>",
            pages = escape(&t("nav-pages")),
            calc_mark = mark("calculator"),
            calc = escape(&t("nav-calculator")),
            method_mark = mark("methodology"),
            method = escape(&t("nav-methodology")),
            sources = escape(&t("nav-sources")),
            lang = escape(&t("lang-label")),
        )
    };
    println!(
        "{}\n{}\n<p class=\"summary prerendered\">{summary}</p>",
        nav("calculator", "calculator"),
        nav("methodology", "methodology"),
        summary = escape(&summary_text(&o, &s)),
    );
}

/// Text as HTML: the sentence holds no markup, but a dataset word could hold `&` or `<`.
#[cfg(not(target_arch = "wasm32"))]
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The first screen is prerendered by native builds only.
#[cfg(target_arch = "wasm32")]
fn main() {}
