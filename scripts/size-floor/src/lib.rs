//! The smallest app on the project's stack, one piece at a time (Cargo features): yew alone, then
//! the charts (plotters and plotters-canvas, drawn with the project's primitives), then Fluent,
//! then serde_json, form_urlencoded and float parsing and formatting. `measure.sh` builds each
//! set of features and weighs the result as the project's build would.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[cfg(all(feature = "charts", not(feature = "chartbuilder")))]
mod charts;
#[cfg(feature = "chartbuilder")]
#[path = "chartbuilder.rs"]
mod charts;
#[cfg(feature = "extras")]
mod extras;
#[cfg(feature = "fluent")]
mod i18n;

/// A line chart and a bar chart, redrawn when `n` changes.
#[cfg(any(feature = "charts", feature = "chartbuilder"))]
#[derive(Properties, PartialEq)]
struct ChartsProps {
    n: u32,
}

#[cfg(any(feature = "charts", feature = "chartbuilder"))]
#[function_component]
fn Charts(props: &ChartsProps) -> Html {
    use web_sys::HtmlCanvasElement;
    let lines = use_node_ref();
    let bars = use_node_ref();
    {
        let (lines, bars) = (lines.clone(), bars.clone());
        use_effect_with(props.n, move |n| {
            if let (Some(l), Some(b)) = (lines.cast::<HtmlCanvasElement>(), bars.cast::<HtmlCanvasElement>()) {
                if let Err(e) = charts::draw_both(&l, &b, *n) {
                    web_sys::console::log_1(&e.into());
                }
            }
        });
    }
    html! {
        <>
            <canvas ref={lines} width="600" height="300"></canvas>
            <canvas ref={bars} width="600" height="300"></canvas>
        </>
    }
}

#[cfg(not(any(feature = "charts", feature = "chartbuilder")))]
fn charts_view(_: u32) -> Html {
    html! {}
}
#[cfg(any(feature = "charts", feature = "chartbuilder"))]
fn charts_view(n: u32) -> Html {
    html! { <Charts {n} /> }
}

/// The line under the heading: a plain `format!`, or a Fluent message with a plural.
#[cfg(not(feature = "fluent"))]
fn lede(n: u32, who: &str) -> String {
    format!("Clicked {n} times, {who}")
}
#[cfg(feature = "fluent")]
fn lede(n: u32, who: &str) -> String {
    i18n::t("clicked", &[("n", fluent_bundle::FluentValue::from(f64::from(n))), ("who", who.into())])
}

/// The page's query read, serialised and summarised (nothing without `extras`).
#[cfg(not(feature = "extras"))]
fn report(_: u32) -> (String, Html) {
    ("you".into(), html! {})
}
#[cfg(feature = "extras")]
fn report(n: u32) -> (String, Html) {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let mut outcome = extras::parse_query(&query);
    outcome.year += n;
    let (json, summary) = extras::describe(&outcome);
    (outcome.label.clone(), html! { <><p>{ summary }</p><pre>{ json }</pre></> })
}

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    let (who, extras) = report(*count);
    html! {
        <main class="app">
            <header><h1>{ "Size floor" }</h1></header>
            <p class="lede">{ lede(*count, &who) }</p>
            { extras }
            <button {onclick}>{ "+1" }</button>
            { charts_view(*count) }
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
