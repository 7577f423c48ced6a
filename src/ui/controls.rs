//! The control panel: preset picker, grouped sliders built from the model's own key list (labels,
//! units, ranges and steps live once, in the model), the viewpoint and the assumptions.

use crate::data::{Viewpoint, DATASET};
use crate::model::{KeySpec, Scenario};
use crate::ui::slider::Slider;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Control groups, in the order shown, with the keys each holds.
pub const GROUPS: [(&str, &str, &[&str]); 4] = [
    (
        "policy",
        "China's export policy",
        &["quota_light", "quota_heavy", "quota_magnet"],
    ),
    (
        "capacity",
        "New capacity outside China",
        &[
            "pipeline",
            "delay",
            "add_mining",
            "add_separation",
            "add_metal",
            "add_magnet",
        ],
    ),
    ("market", "Market and time", &["year", "growth", "buffer"]),
    ("assumptions", "Assumptions", &["ed", "es"]),
];

/// What a key's slider means, in one line.
fn hint(key: &str) -> &'static str {
    match key {
        "quota_light" => {
            "Separated NdPr oxide. China sold little of it abroad in 2024; most of its NdPr leaves inside magnets (next sliders)."
        }
        "quota_heavy" => "Heavy rare earths: dysprosium and terbium oxide.",
        "quota_magnet" => "Sintered NdFeB magnets.",
        "pipeline" => "Chance that each announced mine, plant or factory outside China is built.",
        "delay" => "Years every announced project arrives late.",
        "add_mining" | "add_separation" | "add_metal" | "add_magnet" => {
            "Beyond the announced projects, for the chosen viewpoint."
        }
        "growth" => "Yearly growth of demand outside China (EVs, wind, robots).",
        "buffer" => "Stocks held by buyers outside China.",
        _ => "",
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub scenario: Scenario,
    /// A key and its raw new value.
    pub on_set: Callback<(String, String)>,
    /// A preset id, or None for today's defaults.
    pub on_preset: Callback<Option<String>>,
    /// Groups hidden by an embed (`hide=`).
    #[prop_or_default]
    pub hidden: Vec<String>,
    /// Keys or groups locked by an embed (`lock=`).
    #[prop_or_default]
    pub locked: Vec<String>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let s = &props.scenario;
    let keys = Scenario::keys(&DATASET, s.view);
    let spec = |k: &str| keys.iter().find(|x| x.key == k).cloned();
    let locked = |group: &str, key: &str| {
        props
            .locked
            .iter()
            .any(|l| l == group || l == key || l == "all")
    };
    let on_slide = {
        let on_set = props.on_set.clone();
        Callback::from(move |(k, v): (String, f64)| on_set.emit((k, format!("{v}"))))
    };
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
    let note = preset.map(|p| p.note).unwrap_or(
        "Today's defaults: China exporting normally, half of the announced projects delivered a year late.",
    );

    let group_html = |(id, title, members): &(&str, &str, &[&str])| -> Html {
        if props.hidden.iter().any(|h| h == id) {
            return html! {};
        }
        let body = html! {
            <>
            { for members.iter().filter_map(|k| spec(k)).map(|k: KeySpec| {
                if k.choices.is_empty() {
                    html! { <Slider key_name={k.key} label={k.label} unit={k.unit} min={k.min} max={k.max}
                        step={k.step} value={number(s, k.key)} hint={hint(k.key)}
                        disabled={locked(id, k.key)} on_change={on_slide.clone()} /> }
                } else {
                    choice(&k, s, props.on_set.clone(), locked(id, k.key))
                }
            }) }
            </>
        };
        if *id == "assumptions" {
            html! {
                <fieldset id={format!("group-{id}")}>
                    <legend>{ *title }</legend>
                    <details>
                        <summary>{ "Elasticities (how buyers and suppliers react to price)" }</summary>
                        { body }
                        <p class="hint">{ "Defaults are analysts' assumptions calibrated on the 2010–11 price spike; see Sources & data." }</p>
                    </details>
                </fieldset>
            }
        } else {
            html! { <fieldset id={format!("group-{id}")}><legend>{ *title }</legend>{ body }</fieldset> }
        }
    };

    html! {
        <aside class="controls" aria-label="Scenario controls">
            if !props.hidden.iter().any(|h| h == "presets") {
                <div class="preset-row">
                    <div>
                        <label for="preset">{ "Scenario" }</label>
                        <select id="preset" onchange={on_preset_change} disabled={locked("presets", "preset")}>
                            <option value="" selected={s.preset.is_none()}>{ "Today (defaults)" }</option>
                            { for DATASET.presets.iter().map(|p| html! {
                                <option value={p.id} selected={s.preset.as_deref() == Some(p.id)}>{ p.name }</option>
                            }) }
                        </select>
                    </div>
                    <button type="button" id="reset" onclick={reset} disabled={locked("presets", "preset")}>{ "Reset to today" }</button>
                </div>
                <p class="preset-note" id="preset-note">{ note }</p>
            }
            if !props.hidden.iter().any(|h| h == "view") {
                { viewpoint(s, props.on_set.clone(), locked("view", "view")) }
            }
            { for GROUPS.iter().map(group_html) }
        </aside>
    }
}

/// A numeric key's current value, read through the model's URL form.
fn number(s: &Scenario, key: &str) -> f64 {
    s.query_value(key)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

fn viewpoint(s: &Scenario, on_set: Callback<(String, String)>, disabled: bool) -> Html {
    let option = |v: Viewpoint, label: &str| {
        let on_set = on_set.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.checked() {
                on_set.emit(("view".into(), v.key().into()));
            }
        });
        html! {
            <label>
                <input type="radio" name="view" id={format!("view-{}", v.key())} value={v.key()}
                    checked={s.view == v} {onchange} {disabled} />
                { format!(" {label}") }
            </label>
        }
    };
    html! {
        <fieldset id="group-view">
            <legend>{ "Viewpoint" }</legend>
            <div class="radio-row">
                { option(Viewpoint::Us, "United States") }
                { option(Viewpoint::Exchina, "All buyers outside China") }
            </div>
        </fieldset>
    }
}

fn choice(k: &KeySpec, s: &Scenario, on_set: Callback<(String, String)>, disabled: bool) -> Html {
    let key = k.key;
    let current = s.query_value(key).unwrap_or_default();
    let onchange = Callback::from(move |e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        on_set.emit((key.to_string(), sel.value()));
    });
    let custom = !k.choices.contains(&current.as_str());
    html! {
        <div class="slider">
            <label for={format!("ctl-{key}")}>{ k.label }</label>{ " " }
            <select id={format!("ctl-{key}")} {onchange} {disabled}>
                { for k.choices.iter().map(|c| html! { <option value={*c} selected={current == *c}>{ *c }</option> }) }
                if custom {
                    <option value={current.clone()} selected=true>{ format!("custom: {current}") }</option>
                }
            </select>
        </div>
    }
}
