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
mod share;
pub mod slider;
pub mod sources;
pub mod state;
pub mod summary;
mod url_state;

pub use app::App;

/// Mounts the app into `#app` (replacing the loading message), or into `<body>` if it is missing.
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
