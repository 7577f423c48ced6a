//! A labelled slider with a typed-number box: arrows, Page Up/Down, Home/End from the keyboard,
//! live `input` events while dragging, and the value with its unit always visible.

// The model's libm pow/log10, so the page carries one copy of each.
use crate::model::{math, ScenarioKey};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SliderProps {
    /// Scenario key, e.g. `quota_magnet`; the input's id is `ctl-<key>`.
    pub name: ScenarioKey,
    pub label: AttrValue,
    /// Unit shown after the number, e.g. "%", "t/yr", "years".
    pub unit: AttrValue,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub value: f64,
    /// A one-line hint under the slider (what the value means), may be empty.
    #[prop_or_default]
    pub hint: AttrValue,
    /// Locked by an embed (`lock=`): shown but not editable.
    #[prop_or_default]
    pub disabled: bool,
    pub on_change: Callback<(ScenarioKey, f64)>,
}

/// Parses a typed or slid value; rejects anything that is not a finite number.
fn parse(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

#[component]
pub fn Slider(props: &SliderProps) -> Html {
    let id = format!("ctl-{}", props.name);
    let num_id = format!("num-{}", props.name);
    let hint_id = format!("hint-{}", props.name);
    let emit = {
        let on_change = props.on_change.clone();
        let key = props.name;
        let (min, max) = (props.min, props.max);
        move |text: String| {
            if let Some(v) = parse(&text) {
                on_change.emit((key, v.clamp(min, max)));
            }
        }
    };
    let oninput = {
        let emit = emit.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            emit(input.value());
        })
    };
    // The number box commits on change (Enter or leaving the field), so typing "1" on the way
    // to "15" does not recompute with 1.
    let onchange_num = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        emit(input.value());
    });
    let shown = trim_number(props.value, props.step);
    let described = if props.hint.is_empty() {
        None
    } else {
        Some(AttrValue::from(hint_id.clone()))
    };
    html! {
        <div class="slider">
            <label for={id.clone()}>{ props.label.clone() }<span class="unit">{ format!(" ({})", props.unit) }</span></label>
            <div class="slider-row">
                <input type="range" id={id} min={props.min.to_string()} max={props.max.to_string()}
                    step={props.step.to_string()} value={shown.clone()}
                    aria-valuetext={format!("{shown} {}", props.unit)}
                    aria-describedby={described} disabled={props.disabled} {oninput} />
                <input type="number" id={num_id} aria-label={crate::i18n::tr("slider-typed", &[("label", props.label.as_str().into()), ("unit", props.unit.as_str().into())])}
                    min={props.min.to_string()} max={props.max.to_string()} step={props.step.to_string()}
                    value={shown} disabled={props.disabled} onchange={onchange_num} />
            </div>
            if !props.hint.is_empty() {
                <p class="hint" id={hint_id}>{ props.hint.clone() }</p>
            }
        </div>
    }
}

/// The value with as many decimals as the step has (no "49.99999").
pub fn trim_number(v: f64, step: f64) -> String {
    let decimals = if step >= 1.0 {
        0
    } else {
        (-math::log10(step)).ceil().clamp(0.0, 6.0) as usize
    };
    // Rounded as the sentences round it (a realised average of 66.5 % reads 67 in both).
    crate::ui::format::half_up(v, decimals as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_trims() {
        assert_eq!(parse(" 12,400 "), Some(12400.0));
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("NaN"), None);
        assert_eq!(trim_number(49.999_999, 1.0), "50");
        assert_eq!(trim_number(0.15, 0.05), "0.15");
    }
}
