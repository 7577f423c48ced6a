//! The control panel: preset picker, grouped sliders built from the model's own key list (labels,
//! units, ranges and steps live once, in the model), the viewpoint and the assumptions.

use crate::data::{MarketId, Viewpoint, DATASET};
use crate::i18n::{t, tr};
use crate::model::{KeySpec, Scenario, ScenarioKey};
use crate::ui::format;
use crate::ui::slider::Slider;
use crate::ui::words;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Control groups, in the order shown, with the keys each holds. The ids are also the embed's
/// `hide=` names; the title shown is the message `group-<id>`.
pub const GROUPS: [(&str, &str, &[ScenarioKey]); 5] = [
    (
        "policy",
        "group-policy",
        &[
            ScenarioKey::QuotaLight,
            ScenarioKey::QuotaHeavy,
            ScenarioKey::QuotaMagnet,
            ScenarioKey::Months,
            ScenarioKey::ChinaOutput,
            ScenarioKey::ExportDuty,
        ],
    ),
    (
        "stocks",
        "group-stocks",
        &[
            ScenarioKey::Buffer,
            ScenarioKey::Panic,
            ScenarioKey::BufferCn,
            ScenarioKey::ChinaStockpiling,
        ],
    ),
    (
        "capacity",
        "group-capacity",
        &[
            ScenarioKey::Pipeline,
            ScenarioKey::Delay,
            ScenarioKey::AddMining,
            ScenarioKey::AddSeparation,
            ScenarioKey::AddMetal,
            ScenarioKey::AddMagnet,
        ],
    ),
    (
        "market",
        "group-market",
        &[ScenarioKey::Year, ScenarioKey::Growth],
    ),
    (
        "assumptions",
        "group-assumptions",
        &[ScenarioKey::Ed, ScenarioKey::Es],
    ),
];

/// "NdPr 2, Dy 3, Tb 3, magnets 2.5": a per-market dataset figure for every market.
fn per_market(get: fn(&crate::data::Market) -> f64) -> String {
    MarketId::ALL
        .iter()
        .map(|id| {
            let name = match id {
                MarketId::Ndpr => "NdPr".to_string(),
                MarketId::Dy => "Dy".to_string(),
                MarketId::Tb => "Tb".to_string(),
                MarketId::Magnet => t("hint-magnets"),
            };
            format!("{name} {}", format::sig(get(DATASET.market(*id))))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a key's slider means, in one line (and whether it is an assumption, or its source).
fn hint(key: ScenarioKey, s: &Scenario) -> AttrValue {
    use ScenarioKey as K;
    let realised = key.quota_group().is_some()
        && s.query_value(key).as_deref() == Some(crate::model::scenario::REALISED);
    let text = match key {
        K::Buffer => tr(
            "hint-buffer",
            &[("markets", per_market(|m| m.buffer.value).into())],
        ),
        K::Panic => {
            let p = &DATASET.behaviour.panic;
            tr(
                "hint-panic",
                &[
                    ("low", format::sig(p.low.value).into()),
                    ("high", format::sig(p.high.value).into()),
                ],
            )
        }
        K::BufferCn => tr(
            "hint-buffer_cn",
            &[("markets", per_market(|m| m.buffer_cn.value).into())],
        ),
        K::AddMining | K::AddSeparation | K::AddMetal | K::AddMagnet => t("hint-add"),
        K::QuotaLight
        | K::QuotaHeavy
        | K::QuotaMagnet
        | K::Months
        | K::ChinaOutput
        | K::ExportDuty
        | K::ChinaStockpiling
        | K::Pipeline
        | K::Delay
        | K::Growth
        | K::Year => t(&format!("hint-{}", key.name())),
        _ => String::new(),
    };
    if realised {
        format!("{text} {}", t("hint-realised")).into()
    } else if key == K::Pipeline && s.pipeline_by_status {
        format!("{text} {}", t("hint-pipeline-status")).into()
    } else {
        text.into()
    }
}

/// Whether a group's sliders move the 2009 replay (MODEL.md §8): not new capacity, the
/// year or growth, which it does not have.
fn replayed_group(id: &str) -> bool {
    !matches!(id, "capacity" | "market")
}

/// A group's one-line introduction, where its sliders share a meaning.
fn group_intro(id: &str) -> String {
    match id {
        "policy" | "stocks" => t(&format!("group-{id}-intro")),
        _ => String::new(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub scenario: Scenario,
    /// A key and its raw new value.
    pub on_set: Callback<(ScenarioKey, String)>,
    /// A preset id, or None for today's defaults.
    pub on_preset: Callback<Option<String>>,
    /// Groups hidden by an embed (`hide=`).
    #[prop_or_default]
    pub hidden: Vec<String>,
    /// Keys or groups locked by an embed (`lock=`).
    #[prop_or_default]
    pub locked: Vec<String>,
    /// The path's first month, `YYYY-MM` (`Outcome.path_start`; presets set it).
    #[prop_or_default]
    pub path_start: AttrValue,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let s = &props.scenario;
    let keys = Scenario::keys(&DATASET, s.view);
    let spec = |k: &ScenarioKey| keys.iter().find(|x| x.key == *k).cloned();
    let locked = |group: &str, key: &str| {
        props
            .locked
            .iter()
            .any(|l| l == group || l == key || l == "all")
    };
    // The same callback while `on_set` is (the app keeps it): each slider's other props are
    // plain values, so only the sliders whose value, hint or lock changed render again.
    let on_slide = use_callback(
        props.on_set.clone(),
        |(k, v): (ScenarioKey, f64), on_set| {
            on_set.emit((k, format!("{v}")));
        },
    );
    let on_preset_change = {
        let on_preset = props.on_preset.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let v = sel.value();
            on_preset.emit(if v.is_empty() { None } else { Some(v) });
        })
    };
    let reset = {
        let on_preset = props.on_preset.clone();
        Callback::from(move |_| on_preset.emit(None))
    };
    let preset = s.preset.as_deref().and_then(|id| DATASET.preset(id));
    let normal = Scenario::default_for(&DATASET);
    let note = preset.map_or_else(
        || {
            tr(
                "preset-normal-note",
                &[
                    ("chance", format::percent(normal.pipeline / 100.0).into()),
                    ("delay", format::years(normal.delay).into()),
                ],
            )
        },
        words::preset_note,
    );
    // From which month the path runs (presets set it), unless the note already says so.
    let first = format::month(&props.path_start);
    let starts = if props.path_start.is_empty() || note.contains(first.as_str()) {
        String::new()
    } else {
        format!(
            " {}",
            tr("preset-path-start", &[("month", first.as_str().into())])
        )
    };

    let replay = s.replays_2009(&DATASET);
    let group_html = |(id, title, members): &(&str, &str, &[ScenarioKey])| -> Html {
        if props.hidden.iter().any(|h| h == id) {
            return html! {};
        }
        // The 2009 replay runs on 2009's markets as they were: no projects, no growth, no year
        // to pick (MODEL.md §8), so these sliders would move nothing.
        if replay && !replayed_group(id) {
            return html! {
                <fieldset id={format!("group-{id}")}><legend>{ t(title) }</legend>
                    <p class="hint group-intro">{ t("group-not-replayed") }</p>
                </fieldset>
            };
        }
        let body = html! {
            <>
            { for members.iter().filter_map(&spec).map(|k: KeySpec| {
                if k.choices.is_empty() {
                    html! { <Slider name={k.key} label={words::key_label(k.key)} unit={words::unit(k.unit)} min={k.min} max={k.max}
                        step={k.step} value={number(s, &k)} hint={hint(k.key, s)}
                        disabled={locked(id, k.key.name())} on_change={on_slide.clone()} /> }
                } else {
                    choice(&k, s, props.on_set.clone(), locked(id, k.key.name()))
                }
            }) }
            </>
        };
        if *id == "assumptions" {
            html! {
                <fieldset id={format!("group-{id}")}>
                    <legend>{ t(title) }</legend>
                    <details>
                        <summary>{ t("group-assumptions-summary") }</summary>
                        { body }
                        <p class="hint">{ t("group-assumptions-hint") }</p>
                    </details>
                </fieldset>
            }
        } else {
            let intro = group_intro(id);
            html! {
                <fieldset id={format!("group-{id}")}><legend>{ t(title) }</legend>
                    if !intro.is_empty() { <p class="hint group-intro">{ intro }</p> }
                    { body }
                </fieldset>
            }
        }
    };

    html! {
        <aside class="controls" aria-label={t("controls-label")}>
            if !props.hidden.iter().any(|h| h == "presets") {
                <div class="preset-row">
                    <div>
                        <label for="preset">{ t("key-preset") }</label>
                        <select id="preset" onchange={on_preset_change} disabled={locked("presets", "preset")}>
                            <option value="" selected={s.preset.is_none()}>{ t("preset-normal") }</option>
                            { for DATASET.presets.iter().map(|p| html! {
                                <option value={p.id} selected={s.preset.as_deref() == Some(p.id)}>{ words::preset_name(p) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="button" id="reset" onclick={reset} disabled={locked("presets", "preset")}>{ t("preset-reset") }</button>
                </div>
                <p class="preset-note" id="preset-note">{ note }{ starts }</p>
            }
            if !props.hidden.iter().any(|h| h == "view") {
                { viewpoint(s, props.on_set.clone(), locked("view", "view")) }
            }
            { for GROUPS.iter().map(group_html) }
        </aside>
    }
}

/// A numeric key's current value, read through the model's URL form: an optional key that is
/// not set shows the model's default for it (the dataset's), a quota that follows the
/// recorded months (`realised`) shows their average.
fn number(s: &Scenario, k: &KeySpec) -> f64 {
    match s.query_value(k.key) {
        None => k.default,
        // A quota that follows the recorded months: the average the scenario holds.
        Some(v) => v.parse().ok().unwrap_or_else(|| s.number(k.key)),
    }
}

/// The view picker: one radio per viewpoint in a fieldset with a legend, so a screen reader
/// announces the group and arrow keys move between the views.
fn viewpoint(s: &Scenario, on_set: Callback<(ScenarioKey, String)>, disabled: bool) -> Html {
    let option = |v: Viewpoint| {
        let on_set = on_set.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.checked() {
                on_set.emit((ScenarioKey::View, v.key().into()));
            }
        });
        html! {
            <label>
                <input type="radio" name="view" id={format!("view-{}", v.key())} value={v.key()}
                    checked={s.view == v} {onchange} {disabled} />
                { format!(" {}", words::viewpoint_name(v)) }
            </label>
        }
    };
    html! {
        <fieldset id="group-view">
            <legend>{ t("key-view") }</legend>
            <p class="hint group-intro">{ t("group-view-intro") }</p>
            <div class="radio-row">
                { for Viewpoint::ALL.into_iter().map(option) }
            </div>
        </fieldset>
    }
}

fn choice(
    k: &KeySpec,
    s: &Scenario,
    on_set: Callback<(ScenarioKey, String)>,
    disabled: bool,
) -> Html {
    let key = k.key;
    let current = s.query_value(key).unwrap_or_default();
    let onchange = Callback::from(move |e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        on_set.emit((key, sel.value()));
    });
    let custom = !k.choices.contains(&current.as_str());
    html! {
        <div class="slider">
            <label for={format!("ctl-{key}")}>{ words::key_label(key) }</label>{ " " }
            <select id={format!("ctl-{key}")} {onchange} {disabled}>
                { for k.choices.iter().map(|c| html! { <option value={*c} selected={current == *c}>{ t(&format!("choice-{c}")) }</option> }) }
                if custom {
                    <option value={current.clone()} selected=true>{ tr("choice-custom", &[("value", current.as_str().into())]) }</option>
                }
            </select>
        </div>
    }
}
