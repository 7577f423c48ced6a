//! Floor 3: floor 2 + fluent-bundle formatting a message with a number and a plural select.
use fluent_bundle::FluentValue;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[path = "../../f2_plotters/src/charts.rs"]
mod charts;
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
    let text = i18n::t("clicked", &[("n", FluentValue::from(f64::from(*count))), ("who", "you".into())]);
    html! {
        <main class="app">
            <header><h1>{ i18n::t("title", &[]) }</h1></header>
            <p class="lede">{ text }</p>
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
