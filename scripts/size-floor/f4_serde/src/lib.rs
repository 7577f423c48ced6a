//! Floor 4: floor 3 + serde/serde_json, form_urlencoded, f64 parse and `{:.1}` formatting.
use fluent_bundle::FluentValue;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[path = "../../f2_plotters/src/charts.rs"]
mod charts;
mod extras;
#[path = "../../f3_fluent/src/i18n.rs"]
mod i18n;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    let lines = use_node_ref();
    let bars = use_node_ref();
    {
        let (lines, bars, n) = (lines.clone(), bars.clone(), *count);
        use_effect_with(n, move |_| {
            if let (Some(l), Some(b)) = (lines.cast::<HtmlCanvasElement>(), bars.cast::<HtmlCanvasElement>()) {
                if let Err(e) = charts::draw_both(&l, &b, n) {
                    web_sys::console::log_1(&e.into());
                }
            }
        });
    }
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let mut outcome = extras::parse_query(&query);
    outcome.year += *count;
    let (json, summary) = extras::describe(&outcome);
    let text = i18n::t("clicked", &[("n", FluentValue::from(f64::from(*count))), ("who", outcome.label.as_str().into())]);
    html! {
        <main class="app">
            <header><h1>{ i18n::t("title", &[]) }</h1></header>
            <p class="lede">{ text }</p>
            <p>{ summary }</p>
            <pre>{ json }</pre>
            <button {onclick}>{ "+1" }</button>
            <canvas ref={lines} width="600" height="300"></canvas>
            <canvas ref={bars} width="600" height="300"></canvas>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
