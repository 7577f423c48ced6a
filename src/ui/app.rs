//! The root component: reads the URL once, keeps the scenario in a reducer, shows central figures
//! at once on every change and the Monte Carlo ranges right after, and writes the URL back.

use crate::data::DATASET;
use crate::i18n::{self, t, tr};
use crate::model::{evaluate_with, Options, Outcome, Scenario, ScenarioKey};
use crate::ui::charts::Charts;
use crate::ui::compare::Compare;
use crate::ui::controls::Controls;
use crate::ui::download;
use crate::ui::embed::EmbedOptions;
use crate::ui::export;
use crate::ui::headlines::Headlines;
use crate::ui::lang_picker::LangPicker;
use crate::ui::language::with_lang;
use crate::ui::methodology_gate::MethodologyGate;
use crate::ui::notices::notice_text;
use crate::ui::settle::{use_settled, OnCommit, SETTLE_MS};
use crate::ui::share::Share;
use crate::ui::sources::SourcesView;
use crate::ui::state::{full_options, Action, AppState, Precision};
use crate::ui::summary::{summary_text, Summary};
use crate::ui::tasks::{evaluate_in_tasks, Cancel};
use crate::ui::url_state;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The render stages after the first (see `App`): the headline figures, the controls, the
/// charts, the cards' panels, then the sources.
const STAGE_RESULTS: u8 = 1;
const STAGE_CONTROLS: u8 = 2;
const STAGE_CHARTS: u8 = 3;
const STAGE_EXPLAIN: u8 = 4;
const STAGE_SOURCES: u8 = 5;

/// Which page the reader is on; `#methodology` in the URL opens the methodology page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    Calculator,
    Methodology,
}

thread_local! {
    /// The state `prepare` computed for a query, taken by the next `App` mounted with it.
    static PREPARED: RefCell<Option<(String, AppState)>> = const { RefCell::new(None) };
}

/// Computes the state (the central evaluation) for `query` ahead of mounting `App`, so that the
/// evaluation and the first render run in separate tasks, not one long one. The scenario it is
/// compared with comes in [`prepare_compare`], a task later.
pub(crate) fn prepare(query: &str) {
    let state = AppState::without_compare(query);
    PREPARED.with(|p| *p.borrow_mut() = Some((query.to_string(), state)));
}

/// Adds the compared scenario's central evaluation to the state [`prepare`] made for `query`.
pub(crate) fn prepare_compare(query: &str) {
    PREPARED.with(|p| {
        if let Some((q, state)) = p.borrow_mut().as_mut() {
            if q == query {
                state.add_compare(query);
            }
        }
    });
}

/// The prepared state for `query`, or a fresh one (another query, or nothing prepared).
fn initial_state(query: &str) -> AppState {
    match PREPARED.with(|p| p.borrow_mut().take()) {
        // `add_compare` is idempotent: a state prepared without its second task gets A here.
        Some((q, mut state)) if q == query => {
            state.add_compare(query);
            state
        }
        _ => AppState::from_query(query),
    }
}

fn page_from_hash() -> Page {
    if url_state::read_hash() == "#methodology" {
        Page::Methodology
    } else {
        Page::Calculator
    }
}

pub(crate) fn framed() -> bool {
    web_sys::window()
        .and_then(|w| {
            let top = w.top().ok().flatten()?;
            Some(!js_sys::Object::is(&w, &top))
        })
        .unwrap_or(false)
}

#[component]
pub fn App() -> Html {
    let query = use_memo((), |()| url_state::read_query());
    let embed = use_memo((), {
        let query = query.clone();
        move |()| EmbedOptions::from_query(&query, framed())
    });
    let state = {
        let query = query.clone();
        use_reducer(move || initial_state(&query))
    };
    let page = use_state(page_from_hash);
    // The first render shows the summary (the largest text of a phone's first screen, as
    // prerendered); the headline figures, the controls, the charts, the cards' "How is this
    // calculated" panels and the sources follow, each in its own task, so that no task is long
    // on a slow phone. (Each sits below what is already there, or in a column of its own on a
    // wide screen: adding it moves nothing on screen.)
    let stage = use_state(|| 0u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |s| {
            let next = *s + 1;
            let timer = (*s < STAGE_SOURCES).then(|| Timeout::new(0, move || stage.set(next)));
            move || drop(timer)
        });
    }
    {
        let page = page.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| page.set(page_from_hash())));
            move || drop(listener)
        });
    }
    // "Today" for the chain chart: the 2024 baseline seen from the same viewpoint (its
    // dependency only, so no timeline), computed when the charts come, not in the first task.
    let today = use_memo(
        (state.scenario.view, *stage >= STAGE_CHARTS),
        |(view, due)| {
            due.then(|| {
                let s = Scenario::from_query(
                    &format!("preset=baseline-2024&view={}", view.key()),
                    &DATASET,
                );
                let opts = Options {
                    timeline: false,
                    ..Options::central()
                };
                Rc::new(evaluate_with(&s, &DATASET, &opts))
            })
        },
    );

    // Ranges follow the central figures once the reader settles (ui/settle.rs); a newer change
    // cancels them. On the first render nobody is dragging: they follow in the next task.
    {
        let dispatcher = state.dispatcher();
        let revision = state.revision;
        let scenario = state.scenario.clone();
        let delay = if revision == 0 { 0 } else { SETTLE_MS };
        let needed = state.precision == Precision::Central;
        use_settled(
            revision,
            needed,
            delay,
            OnCommit::AfterPaint,
            move |cancel: Cancel| {
                let (scenario, dispatcher) = (scenario.clone(), dispatcher.clone());
                spawn_local(async move {
                    let done = evaluate_in_tasks(scenario, full_options(), &cancel).await;
                    if let Some(outcome) = done.filter(|_| !cancel.is_cancelled()) {
                        dispatcher.dispatch(Action::Ranges(revision, outcome));
                    }
                });
            },
        );
    }
    // A's ranges, the same way, whenever A changes (B's, pending at the same time, interleave).
    {
        let dispatcher = state.dispatcher();
        let pending = state
            .compare
            .as_ref()
            .filter(|a| !a.full)
            .map(|a| a.scenario.clone());
        use_effect_with(pending, move |a| {
            let cancel = Cancel::default();
            if let Some(a) = a.clone() {
                let cancel = cancel.clone();
                spawn_local(async move {
                    let done = evaluate_in_tasks(a.clone(), full_options(), &cancel).await;
                    if let Some(outcome) = done.filter(|_| !cancel.is_cancelled()) {
                        dispatcher.dispatch(Action::CompareRanges(Box::new(a), outcome));
                    }
                });
            }
            move || cancel.cancel()
        });
    }
    // The URL always holds the scenario on screen (replaceState: no history flood), written at
    // most four times a second while a slider moves, and the last change always.
    let url_writer = use_memo((), |()| url_state::ThrottledQuery::default());
    {
        let w = (*url_writer).clone();
        use_effect_with((), move |()| move || w.cancel());
    }
    use_effect_with(state.query(), move |q| url_writer.write(q.clone()));

    // The same callbacks from render to render (through the reducer's dispatcher), so that the
    // controls, whose other props stay equal, are not rendered again when the ranges come in.
    let on_set = {
        let d = state.dispatcher();
        use_callback((), move |(k, v): (ScenarioKey, String), ()| {
            d.dispatch(Action::Set(k, v));
        })
    };
    let on_compare = {
        let d = state.dispatcher();
        use_callback((), move |q: Option<String>, ()| {
            d.dispatch(Action::Compare(q));
        })
    };
    let on_preset = {
        let d = state.dispatcher();
        use_callback((), move |id: Option<String>, ()| {
            d.dispatch(Action::Preset(id));
        })
    };
    let outcome: Rc<Outcome> = state.outcome.clone();
    let summary = summary_text(&outcome, &state.scenario);
    let model_notes: Vec<String> = outcome
        .notices
        .iter()
        .filter(|n| !state.notices.iter().any(|m| m.message == n.message))
        .map(notice_text)
        .collect();
    // Links out of the page keep its language.
    let full_link = format!(
        "{}?{}",
        url_state::page_base(),
        with_lang(&state.query(), i18n::current())
    );
    let download_json = {
        let scenario = state.scenario.clone();
        let a = state.compare.as_ref().map(|c| c.scenario.clone());
        Callback::from(move |_| {
            // The whole outcome, backtests' ranges included (the page's own evaluation leaves
            // them to the methodology page): the same document `report` prints, A included.
            let full = evaluate_with(&scenario, &DATASET, &Options::default());
            let a = a
                .as_ref()
                .map(|s| (s, evaluate_with(s, &DATASET, &Options::default())));
            let side = a.as_ref().map(|(s, o)| export::SideA::new(s, o));
            download::offer(
                "rare-earth-risk-results.json",
                "application/json",
                &export::results_json(&full, side.as_ref(), true),
            );
        })
    };
    let download_csv = {
        let (outcome, a) = (state.outcome.clone(), state.compare.clone());
        Callback::from(move |_| {
            let side = a
                .as_ref()
                .map(|c| export::SideA::new(&c.scenario, &c.outcome));
            download::offer(
                "rare-earth-risk-results.csv",
                "text/csv",
                &export::results_csv(&outcome, side.as_ref()),
            );
        })
    };

    // The printed chart's publishers: they change only with the replay (and the language, which
    // remounts the app), not with every slider move.
    let print_sources = use_memo(outcome.replay.is_some(), |replay| {
        export::chart_sources_line(crate::ui::charts::ChartId::printed(*replay), *replay)
    });

    // The page's <main>, heading and introduction are static HTML (index.html), on screen before
    // the WebAssembly loads; the app renders the rest after them (see `ui::mount`) and keeps
    // <main>'s state attributes, which the styles and tests read.
    {
        let embedded = embed.embedded;
        use_effect_with(
            (embedded, *stage >= STAGE_SOURCES),
            move |(embedded, all)| {
                if let Some(main) = mount_point() {
                    let _ =
                        main.set_attribute("class", if *embedded { "app embedded" } else { "app" });
                    // Ready once everything is rendered (the charts too), as tests and tools expect.
                    if *all {
                        let _ = main.set_attribute("data-ready", "true");
                    }
                }
            },
        );
    }
    let all_full =
        state.precision == Precision::Full && state.compare.as_ref().is_none_or(|a| a.full);
    use_effect_with(all_full, |full| {
        if let Some(main) = mount_point() {
            let _ = main.set_attribute("data-precision", if *full { "full" } else { "central" });
        }
    });

    html! {
        <>
            if let Some(caption) = &embed.caption {
                <p class="caption" id="caption">{ caption.clone() }</p>
            }
            <nav class="page-nav" aria-label={t("nav-pages")}>
                if embed.embedded {
                    <a href={format!("{full_link}#methodology")} target="_top" id="nav-methodology">{ t("nav-how") }</a>
                } else {
                    <a href="#calculator" aria-current={(*page == Page::Calculator).then_some("page")}>{ t("nav-calculator") }</a>
                    <a href="#methodology" id="nav-methodology" aria-current={(*page == Page::Methodology).then_some("page")}>{ t("nav-methodology") }</a>
                    <a href="#sources">{ t("nav-sources") }</a>
                    <LangPicker />
                }
            </nav>
            <Summary text={summary} />
            if !embed.embedded {
                <Share scenario={state.scenario.clone()}
                    compare={state.compare.as_ref().map(|c| c.scenario.clone())} />
            }
            if !state.notices.is_empty() {
                <div class="notices" id="notices" role="status">
                    <p><strong>{ t("notices-heading") }</strong></p>
                    <ul>{ for state.notices.iter().map(|n| html! { <li>{ notice_text(n) }</li> }) }</ul>
                </div>
            }
            if *page == Page::Methodology && !embed.embedded {
                <MethodologyGate outcome={outcome.clone()} />
            } else {
                <div class="layout" id="calculator">
                    if *stage >= STAGE_CONTROLS {
                        <Controls scenario={state.scenario.clone()} {on_set} {on_preset}
                            hidden={embed.hide.clone()} locked={embed.lock.clone()}
                            path_start={AttrValue::from(outcome.path_start.clone())} />
                    }
                    <section class="results" aria-label={t("results-label")}>
                        if *stage >= STAGE_RESULTS {
                            <Compare b={outcome.clone()} scenario={state.scenario.clone()}
                                compare={state.compare.clone()} {on_compare} embedded={embed.embedded} />
                            <Headlines outcome={outcome.clone()} ranges_pending={state.precision == Precision::Central} explain={*stage >= STAGE_EXPLAIN}
                                compare={state.compare.clone()} />
                            if !model_notes.is_empty() {
                                <div class="notices model-notes" id="model-notes">
                                    <ul>{ for model_notes.iter().map(|m| html! { <li>{ m.clone() }</li> }) }</ul>
                                </div>
                            }
                            <div class="downloads" id="downloads">
                                <button type="button" id="download-csv" onclick={download_csv}>{ t("download-csv") }</button>
                                <button type="button" id="download-json" onclick={download_json}>{ t("download-json") }</button>
                                // Shown only on paper (styles/print.css): where the printed card comes from.
                                <p class="print-only" id="print-note">
                                    { export::scenario_line(&state.scenario) }{ ". " }
                                    { (*print_sources).clone() }{ ". " }
                                    { tr("print-data-line", &[("credit", t("credit").into()),
                                        ("vintage", DATASET.vintage.into()),
                                        ("model", crate::model::MODEL_VERSION.into()), ("link", full_link.as_str().into())]) }
                                </p>
                            </div>
                        }
                    </section>
                    <section class="chart-area" aria-label={t("charts-label")}>
                        if let Some(today) = (*today).clone() {
                            <Charts outcome={outcome.clone()} {today}
                                compare={state.compare.clone()} />
                        }
                    </section>
                </div>
            }
            // What follows the calculator waits for the controls: shown earlier, it would sit
            // on a wide first screen and be pushed down as the figures and controls come in.
            if *stage >= STAGE_CONTROLS {
                if embed.embedded {
                    <p class="open-full"><a href={full_link} target="_top" id="open-full">{ t("open-full") }</a></p>
                } else if *stage >= STAGE_SOURCES {
                    <SourcesView />
                }
                <footer class="app-footer">
                    <p>{ tr("footer-data", &[("vintage", DATASET.vintage.into()),
                            ("model", crate::model::MODEL_VERSION.into())]) }
                        { t("credit") }</p>
                    <p>{ t("footer-privacy") }</p>
                </footer>
            }
        </>
    }
}

/// The static `<main class="app">` of index.html that the app renders into (via `#app-body`).
pub fn mount_point() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector("main.app")
        .ok()?
}
