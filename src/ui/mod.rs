//! The browser views (Yew). They read an `Outcome` and send `Scenario` changes; they compute
//! nothing the model could compute.

mod app;
mod box_size;
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
mod lang_picker;
pub mod language;
pub mod methodology;
mod methodology_gate;
mod notices;
mod observer;
mod on_screen;
pub mod panic;
mod png;
mod reference;
mod settle;
mod share;
pub mod slider;
pub mod sources;
pub mod state;
pub mod summary;
mod tasks;
mod url_state;
pub mod words;

pub use app::App;

use crate::i18n::Lang;
use std::cell::RefCell;

thread_local! {
    /// The mounted app, so a change of language can render it afresh in the new language.
    static HANDLE: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
}

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
    let query = url_state::read_query();
    let embedded = embed::EmbedOptions::from_query(&query, app::framed()).embedded;
    let lang = language::initial(&query, embedded);
    yew::platform::spawn_local(async move {
        // Each step in a task of its own (the catalogue, the first evaluation, the first
        // render): run as one, with the WebAssembly compiled lazily as it first runs, they made
        // one 430 ms task on a phone (CPU ×4), all of it blocking time.
        tasks::next_task().await;
        language::load(lang).await;
        prepare().await;
        start();
    });
}

/// Evaluates the URL's scenario in a task of its own, and the one it is compared with (if any)
/// in the next, so that rendering them comes after.
async fn prepare() {
    tasks::next_task().await;
    let query = url_state::read_query();
    app::prepare(&query);
    tasks::next_task().await;
    app::prepare_compare(&query);
    tasks::next_task().await;
}

/// Renders the app into `#app-body` in the installed language.
fn start() {
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-body"));
    if let Some(body) = body {
        let handle = yew::Renderer::<App>::with_root(body).render();
        HANDLE.with(|h| *h.borrow_mut() = Some(handle));
    }
}

/// Switches the page to `lang`: loads its catalogue, writes `lang=` into the URL (so the link on
/// screen and every copied link carry it), and renders the app again from the URL.
pub fn switch_language(lang: Lang) {
    yew::platform::spawn_local(async move {
        language::load(lang).await;
        url_state::replace_all(&language::with_lang(&url_state::read_query(), lang));
        // Prepared before the old page goes, so that no frame shows an empty page.
        prepare().await;
        if let Some(old) = HANDLE.with(|h| h.borrow_mut().take()) {
            old.destroy();
        }
        start();
        // The reader was on the picker: keep them there once the new page has rendered.
        gloo::timers::callback::Timeout::new(0, focus_picker).forget();
    });
}

fn focus_picker() {
    use wasm_bindgen::JsCast;
    let picker = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("lang-picker"))
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(picker) = picker {
        let _ = picker.focus();
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
