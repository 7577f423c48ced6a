//! The methodology page's messages (`m-…` in each catalogue) are not in the first load: the
//! page fetches them in its language the first time it opens (`language::load_methodology`; the
//! service worker precaches them, so this works offline after one visit). Until they are in, the
//! page is an empty, busy article, as it is until its backtests are in.

use crate::i18n::{self, tr};
use crate::model::Outcome;
use crate::ui::dom::{el, s};
use crate::ui::language;
use crate::ui::methodology::{self, Methodology};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodologyGateProps {
    /// The outcome on screen, for the page's formulas.
    pub outcome: Rc<Outcome>,
}

#[derive(Clone, PartialEq)]
enum Messages {
    Loading,
    Ready,
    Failed(Rc<str>),
}

#[component]
pub fn MethodologyGate(props: &MethodologyGateProps) -> Html {
    let messages = use_state(|| {
        if i18n::has_methodology() {
            Messages::Ready
        } else {
            Messages::Loading
        }
    });
    {
        let messages = messages.clone();
        use_effect_with((), move |()| {
            if *messages == Messages::Loading {
                yew::platform::spawn_local(async move {
                    messages.set(match language::load_methodology().await {
                        Ok(()) => Messages::Ready,
                        Err(why) => Messages::Failed(why.into()),
                    });
                });
            }
        });
    }
    let waiting = match &*messages {
        Messages::Ready => return html! { <Methodology outcome={props.outcome.clone()} /> },
        Messages::Loading => tr("methodology-loading", &[]),
        Messages::Failed(why) => tr("methodology-failed", &[("why", why.as_ref().into())]),
    };
    methodology::article(
        *messages == Messages::Loading,
        vec![
            methodology::title(),
            el("p", crate::ui::dom::NONE, vec![s(waiting)]),
        ],
    )
}
