//! Floor 1: yew (csr) only — a few elements, a button and a use_state counter.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main class="app">
            <header><h1>{ "Floor 1" }</h1></header>
            <p class="lede">{ "Clicked " }{ *count }{ " times" }</p>
            <button {onclick}>{ "+1" }</button>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
