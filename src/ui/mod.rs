//! The browser views (Yew). They read an `Outcome` and send `Scenario` changes; they compute
//! nothing the model could compute.

mod app;
pub mod chart;
pub mod chart_card;
pub mod charts;
pub mod compare;
mod controls;
mod dom;
mod download;
pub mod embed;
pub mod export;
pub mod format;
mod headlines;
mod methodology;
mod on_screen;
pub mod panic;
mod png;
mod reference;
mod share;
pub mod slider;
pub mod sources;
pub mod state;
pub mod summary;
mod tasks;
mod url_state;

pub use app::App;

/// Mounts the app into index.html's `#app-body` (replacing the loading message), after the static
/// heading and introduction of `<main class="app">`, so the first paint's largest text is never
/// replaced. A page without it gets that shell inside `#app` (or `<body>`).
///
/// The heading is painted before this runs (the page loads the WebAssembly only after its first
/// paint, scripts/defer-wasm.mjs), but the render waits for a task of its own: run in the task
/// that compiled and instantiated the module, the two made one 130–180 ms task on this machine.
pub fn mount() {
    panic::install();
    gloo::timers::callback::Timeout::new(0, render).forget();
}

fn render() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("app-body").is_none() {
        // A page without index.html's shell (another host page): add it.
        let root = document
            .get_element_by_id("app")
            .or_else(|| document.body().map(Into::into));
        if let Some(root) = root {
            root.set_inner_html(FALLBACK_SHELL);
        }
    }
    if let Some(body) = document.get_element_by_id("app-body") {
        yew::Renderer::<App>::with_root(body).render();
    }
}

/// The shell for a page without index.html's static `<main>`.
const FALLBACK_SHELL: &str = "<main class=\"app\"><header class=\"app-header\">\
    <h1>Rare-earth supply-chain risk calculator</h1></header><div id=\"app-body\" class=\"app-body\"></div></main>";

/// What the UI's unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::data::DATASET;
    use crate::model::{evaluate_with, Options, Outcome, Scenario};

    /// The central figures of a query, as the page shows them while a slider moves.
    pub fn central_outcome(q: &str) -> Outcome {
        evaluate_with(
            &Scenario::from_query(q, &DATASET),
            &DATASET,
            &Options::central(),
        )
    }
}
