//! The root component.

use yew::prelude::*;

/// The calculator screen.
#[component]
pub fn App() -> Html {
    html! {
        <main class="app">
            <header>
                <h1>{ "Rare-earth supply-chain risk calculator" }</h1>
            </header>
        </main>
    }
}
