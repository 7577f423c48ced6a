//! The browser views (Yew). They read an `Outcome` and send `Scenario` changes; they compute
//! nothing the model could compute.

mod app;
pub mod chart;
mod chart_card;
pub mod charts;
mod controls;
mod dom;
mod download;
pub mod embed;
pub mod export;
pub mod format;
mod headlines;
mod methodology;
mod png;
mod reference;
mod share;
pub mod slider;
pub mod sources;
pub mod state;
pub mod summary;
mod url_state;

pub use app::App;
use wasm_bindgen::JsCast;

/// Mounts the app into index.html's `#app-body` (replacing the loading message), after the static
/// heading and introduction of `<main class="app">`, so the first paint's largest text is never
/// replaced. A page without it gets that shell inside `#app` (or `<body>`).
pub fn mount() {
    // Let the browser paint the static heading first: the first render is the page's longest
    // task, and on a slow phone the reader should see what the page is while it runs. The
    // render starts after the next frame (animation frame, then a task), or after 100 ms where
    // frames do not come (a background tab, an off-screen embed), whichever is first.
    let start = {
        let started = std::rc::Rc::new(std::cell::Cell::new(false));
        move || {
            if !started.replace(true) {
                render();
            }
        }
    };
    let fallback = gloo::timers::callback::Timeout::new(100, start.clone());
    fallback.forget();
    let after_frame = wasm_bindgen::closure::Closure::once_into_js({
        let start = start.clone();
        move || gloo::timers::callback::Timeout::new(0, start).forget()
    });
    let framed = web_sys::window()
        .map(|w| {
            w.request_animation_frame(after_frame.unchecked_ref())
                .is_ok()
        })
        .unwrap_or(false);
    if !framed {
        start();
    }
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
