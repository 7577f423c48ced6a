//! Browser component tests: mount the real `App` in headless Chromium, act on a control the way a
//! reader would (an `input` or `change` event), and check that the change reached the model's
//! `Outcome` and the DOM: the `data-value` shown equals what `model::evaluate_with` computes for
//! the same scenario natively.
//!
//! Run: `cargo test --target wasm32-unknown-unknown --test web`
//! (runner: wasm-bindgen-test-runner + chromedriver; `WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60` on a
//! loaded machine).
#![cfg(target_arch = "wasm32")]
// A failed unwrap in a test is a failed test with a clear location, which is what we want here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_with, Options, Outcome, Scenario};
use rare_earth_risk::ui::summary::summary_text;
use rare_earth_risk::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, InputEvent};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted App in its own `<div>`; unmounted and removed on drop so tests do not see each
/// other's elements (ids would repeat) or timers.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
        reset_url();
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    /// The `data-value` of the headline number for a JSON path of the Outcome.
    fn metric(&self, path: &str) -> String {
        self.find(&format!("[data-metric=\"{path}\"]"))
            .get_attribute("data-value")
            .unwrap_or_else(|| panic!("[data-metric={path}] has no data-value"))
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }
}

/// The App reads the page URL when it mounts and rewrites it with replaceState; start each test
/// from the test page with `query` (normal trade set explicitly unless a test says otherwise:
/// an empty link opens on the restriction in force).
fn reset_url_to(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

fn reset_url() {
    reset_url_to("?quota_magnet=100");
}

async fn mount() -> Mounted {
    reset_url();
    mount_here().await
}

/// Resolves in a later task (a 5 ms timeout).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The page's query once it contains `part` (the URL is written at most every 250 ms while the
/// reader changes things, url_state::ThrottledQuery), or as it is after a second.
async fn query_with(part: &str) -> String {
    for _ in 0..200 {
        if page_query().contains(part) {
            break;
        }
        next_task().await;
    }
    page_query()
}

/// Mounts the App on the URL as it is.
async fn mount_here() -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    // The app renders in stages, a task each (the figures, the controls, the charts, the
    // panels, the sources): wait for the last, as the e2e tests wait for `data-ready`.
    for _ in 0..400 {
        yew::scheduler::flush().await;
        if root.query_selector("#sources").unwrap().is_some() {
            break;
        }
        next_task().await;
    }
    Mounted {
        root,
        handle: Some(handle),
    }
}

/// Central figures for a query, exactly as the app computes them while a control moves.
fn central(query: &str) -> (Scenario, Outcome) {
    let s = Scenario::from_query(query, &DATASET);
    let o = evaluate_with(&s, &DATASET, &Options::central());
    (s, o)
}

/// The page's query string without the `?`.
fn page_query() -> String {
    let search = web_sys::window().unwrap().location().search().unwrap();
    search.trim_start_matches('?').to_string()
}

#[wasm_bindgen_test]
async fn slider_input_reaches_the_outcome_and_the_dom() {
    let app = mount().await;
    let (_, defaults) = central("");
    let path = "markets.magnet.multiplier.central";
    assert_eq!(
        app.metric(path),
        format!("{:?}", defaults.markets.magnet.multiplier.central),
        "first screen shows today's defaults"
    );

    let slider: HtmlInputElement = app.find("#ctl-quota_magnet").unchecked_into();
    slider.set_value("0");
    slider
        .dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;

    let (expected_scenario, expected) = central("quota_magnet=0");
    assert!(
        (expected.markets.magnet.multiplier.central - defaults.markets.magnet.multiplier.central)
            .abs()
            > 1e-9,
        "the test needs a scenario whose magnet price differs from today's"
    );
    assert_eq!(
        app.metric(path),
        format!("{:?}", expected.markets.magnet.multiplier.central)
    );
    assert_eq!(
        app.metric("dependency.light.magnet.dependency.central"),
        format!("{:?}", expected.dependency.light.magnet.dependency.central)
    );
    // The URL the app wrote back describes the same scenario. While a slider moves it is written
    // at most every 250 ms (url_state::ThrottledQuery): wait up to a second for it.
    for _ in 0..200 {
        if Scenario::from_query(&page_query(), &DATASET) == expected_scenario {
            break;
        }
        next_task().await;
    }
    assert_eq!(
        Scenario::from_query(&page_query(), &DATASET),
        expected_scenario,
        "URL after the move: {}",
        page_query()
    );
}

#[wasm_bindgen_test]
async fn typed_number_commits_on_change_and_updates_heavy_metrics() {
    let app = mount().await;
    let num: HtmlInputElement = app.find("#num-quota_heavy").unchecked_into();
    num.set_value("10");
    // Typing alone (an `input` event) does not recompute: the box commits on `change`.
    num.dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let (_, defaults) = central("");
    assert_eq!(
        app.metric("markets.dy.multiplier.central"),
        format!("{:?}", defaults.markets.dy.multiplier.central)
    );

    num.dispatch_event(&Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
    let (_, expected) = central("quota_heavy=10");
    for (path, value) in [
        (
            "dependency.heavy.magnet.dependency.central",
            expected.dependency.heavy.magnet.dependency.central,
        ),
        (
            "markets.dy.multiplier.central",
            expected.markets.dy.multiplier.central,
        ),
        (
            "markets.tb.multiplier.central",
            expected.markets.tb.multiplier.central,
        ),
    ] {
        assert_eq!(app.metric(path), format!("{value:?}"), "{path}");
    }
    assert!(
        (expected.markets.dy.multiplier.central - defaults.markets.dy.multiplier.central).abs()
            > 1e-9,
        "the test needs a scenario whose Dy price differs from today's"
    );
    // The slider follows the typed value.
    let slider: HtmlInputElement = app.find("#ctl-quota_heavy").unchecked_into();
    assert_eq!(slider.value(), "10");
}

#[wasm_bindgen_test]
async fn an_empty_link_opens_on_the_restriction_in_force() {
    reset_url_to("");
    let app = mount_here().await;
    let (_, first) = central(&format!("preset={}", DATASET.first_screen));
    let path = "markets.magnet.multiplier.central";
    assert_eq!(
        app.metric(path),
        format!("{:?}", first.markets.magnet.multiplier.central)
    );
    let first_screen = format!("preset={}", DATASET.first_screen);
    let q = query_with(&first_screen).await;
    assert!(q.contains(&first_screen), "{q}");
}

#[wasm_bindgen_test]
async fn choosing_a_preset_updates_the_summary() {
    let app = mount().await;
    let before = app.text("#summary");
    let (s0, o0) = central("");
    assert_eq!(before, summary_text(&o0, &s0));

    let preset: HtmlSelectElement = app.find("#preset").unchecked_into();
    preset.set_value("embargo-now");
    assert_eq!(preset.value(), "embargo-now", "preset option exists");
    preset
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;

    let (s, o) = central("preset=embargo-now");
    let after = app.text("#summary");
    assert_ne!(after, before, "summary changed");
    assert_eq!(after, summary_text(&o, &s));
    assert_eq!(
        app.metric("markets.magnet.multiplier.central"),
        format!("{:?}", o.markets.magnet.multiplier.central)
    );
    let q = query_with("preset=embargo-now").await;
    assert!(q.contains("preset=embargo-now"), "{q}");
}

/// The panic overlay (`ui::panic`): what the hook shows when the app panics. A real panic would
/// abort this test's WebAssembly instance too, so the test shows the overlay the way the hook does.
#[wasm_bindgen_test]
fn a_panic_shows_a_focused_alert_with_reload_and_report() {
    use rare_earth_risk::ui::panic::{show, OVERLAY_ID};
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(show("panicked at src/model/x.rs:1:1: test panic").is_some());
    // Shown once, however many panics follow.
    assert!(show("a second panic").is_some());
    let overlays = document
        .query_selector_all(&format!("#{OVERLAY_ID}"))
        .unwrap();
    assert_eq!(overlays.length(), 1);
    let overlay = document.get_element_by_id(OVERLAY_ID).unwrap();
    assert_eq!(
        overlay.get_attribute("role").as_deref(),
        Some("alertdialog")
    );
    assert_eq!(overlay.get_attribute("aria-modal").as_deref(), Some("true"));
    let title = document.get_element_by_id("panic-title").unwrap();
    assert_eq!(
        overlay.get_attribute("aria-labelledby").as_deref(),
        Some(title.id().as_str())
    );
    let reload = document.get_element_by_id("panic-reload").unwrap();
    assert_eq!(reload.tag_name(), "BUTTON");
    assert_eq!(reload.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        document.active_element().map(|e| e.id()).as_deref(),
        Some("panic-reload"),
        "the reload button takes the focus"
    );
    let report = document.get_element_by_id("panic-report").unwrap();
    let href = report.get_attribute("href").unwrap();
    assert!(href.contains("test%20panic"), "{href}");
    assert!(!href.contains("a%20second%20panic"), "{href}");
    overlay.remove();
}
