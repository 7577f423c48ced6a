//! The control panel: preset picker, grouped sliders built from the model's own key list (labels,
//! units, ranges and steps live once, in the model), the viewpoint and the assumptions.

use crate::data::{MarketId, Viewpoint, DATASET};
use crate::model::{KeySpec, Scenario, ScenarioKey};
use crate::ui::format;
use crate::ui::slider::Slider;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Control groups, in the order shown, with the keys each holds. The ids are also the embed's
/// `hide=` names.
pub const GROUPS: [(&str, &str, &[ScenarioKey]); 5] = [
    (
        "policy",
        "The restriction",
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
        "Buyers' stocks",
        &[
            ScenarioKey::Buffer,
            ScenarioKey::Panic,
            ScenarioKey::BufferCn,
            ScenarioKey::ChinaStockpiling,
        ],
    ),
    (
        "capacity",
        "New capacity outside China",
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
        "Market and time",
        &[ScenarioKey::Year, ScenarioKey::Growth],
    ),
    (
        "assumptions",
        "Assumptions",
        &[ScenarioKey::Ed, ScenarioKey::Es],
    ),
];

/// "NdPr 2, Dy 3, Tb 3, magnets 2.5": a per-market dataset figure for every market.
fn per_market(get: fn(&crate::data::Market) -> f64) -> String {
    MarketId::ALL
        .iter()
        .map(|id| {
            let name = match id {
                MarketId::Ndpr => "NdPr",
                MarketId::Dy => "Dy",
                MarketId::Tb => "Tb",
                MarketId::Magnet => "magnets",
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
    let text: &'static str = match key {
        K::QuotaLight => "Separated NdPr oxide; most of China's NdPr leaves inside magnets.",
        K::QuotaHeavy => "Dysprosium and terbium oxide (the licences granted).",
        K::QuotaMagnet => "Sintered NdFeB magnets.",
        K::Months => "After it, exports flow freely and buyers rebuild their stocks.",
        K::ChinaOutput => {
            "Production quotas, crackdowns, lost Myanmar ore; China's price rises too."
        }
        K::ExportDuty => "On what leaves China; 2011's duties were 15–25 %.",
        K::Buffer => {
            return format!(
                "Assumption. Unset: each market's own ({}); set: the same for all four.",
                per_market(|m| m.buffer.value)
            )
            .into();
        }
        K::Panic => {
            let p = &DATASET.behaviour.panic;
            return format!(
                "Calibrated assumption ({}–{}): precautionary buying while it lasts.",
                format::sig(p.low.value),
                format::sig(p.high.value)
            )
            .into();
        }
        K::BufferCn => {
            return format!(
                "Assumption: producers, traders, state reserve ({}).",
                per_market(|m| m.buffer_cn.value)
            )
            .into();
        }
        K::ChinaStockpiling => "China's state reserve and traders while it lasts (2011: Baotou).",
        K::Pipeline => "Chance that each announced mine, plant or factory outside China is built.",
        K::Delay => "Years every announced project arrives late.",
        K::AddMining | K::AddSeparation | K::AddMetal | K::AddMagnet => {
            "Beyond the announced projects, for the chosen viewpoint."
        }
        K::Growth => "Yearly growth of demand outside China (EVs, wind, robots).",
        K::Year => "The restriction starts in this year (January, unless a preset sets the month).",
        _ => "",
    };
    if realised {
        format!("{text} This preset follows what left China month by month (average shown); moving it sets one share for all months.").into()
    } else {
        AttrValue::Static(text)
    }
}

/// A group's one-line introduction, where its sliders share a meaning.
fn group_intro(id: &str) -> &'static str {
    match id {
        "policy" => "Shares are of China's normal exports that actually leave China, for the months the restriction lasts.",
        "stocks" => "Stocks cushion a cut: drawn down while prices are high, rebuilt after.",
        _ => "",
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
    let on_slide = {
        let on_set = props.on_set.clone();
        Callback::from(move |(k, v): (ScenarioKey, f64)| on_set.emit((k, format!("{v}"))))
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
    let normal = Scenario::default_for(&DATASET);
    let note = preset.map(|p| p.note.to_string()).unwrap_or_else(|| {
        format!(
            "Normal trade: China exporting as usual; each announced project outside China has a {} chance of being built and arrives {} late.",
            format::percent(normal.pipeline / 100.0),
            format::years(normal.delay)
        )
    });
    // From which month the path runs (presets set it), unless the note already says so.
    let first = format::month(&props.path_start);
    let starts = if props.path_start.is_empty() || note.contains(first.as_str()) {
        String::new()
    } else {
        format!(" The 36 months shown start in {first}.")
    };

    let group_html = |(id, title, members): &(&str, &str, &[ScenarioKey])| -> Html {
        if props.hidden.iter().any(|h| h == id) {
            return html! {};
        }
        let body = html! {
            <>
            { for members.iter().filter_map(&spec).map(|k: KeySpec| {
                if k.choices.is_empty() {
                    html! { <Slider name={k.key} label={k.label} unit={k.unit} min={k.min} max={k.max}
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
                    <legend>{ *title }</legend>
                    <details>
                        <summary>{ "Elasticities (how buyers and suppliers react to price)" }</summary>
                        { body }
                        <p class="hint">{ "Defaults are analysts' assumptions calibrated on the 2010–11 price spike; see Sources & data." }</p>
                    </details>
                </fieldset>
            }
        } else {
            let intro = group_intro(id);
            html! {
                <fieldset id={format!("group-{id}")}><legend>{ *title }</legend>
                    if !intro.is_empty() { <p class="hint group-intro">{ intro }</p> }
                    { body }
                </fieldset>
            }
        }
    };

    html! {
        <aside class="controls" aria-label="Scenario controls">
            if !props.hidden.iter().any(|h| h == "presets") {
                <div class="preset-row">
                    <div>
                        <label for="preset">{ "Scenario" }</label>
                        <select id="preset" onchange={on_preset_change} disabled={locked("presets", "preset")}>
                            <option value="" selected={s.preset.is_none()}>{ "Normal trade (no restriction)" }</option>
                            { for DATASET.presets.iter().map(|p| html! {
                                <option value={p.id} selected={s.preset.as_deref() == Some(p.id)}>{ p.name }</option>
                            }) }
                        </select>
                    </div>
                    <button type="button" id="reset" onclick={reset} disabled={locked("presets", "preset")}>{ "Reset to normal trade" }</button>
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
                { format!(" {}", v.name()) }
            </label>
        }
    };
    html! {
        <fieldset id="group-view">
            <legend>{ "Viewpoint" }</legend>
            <p class="hint group-intro">{ "Whose chain, stocks and stockpile: prices are those of the one market outside China." }</p>
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
