//! Compare two scenarios: "Compare with…" pins the scenario on screen (or a preset, or normal
//! trade) as A; the reader changes B. The table lists every headline for A, B and B − A. A
//! lives in the link as `compare=<its own query>` (state.rs), so a shared link or an embed
//! shows the same comparison.

use crate::data::{MarketId, DATASET};
use crate::model::{Outcome, Scenario};
use crate::ui::format;
use crate::ui::state::Compared;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One headline row: its label, its value in an outcome (`None`: never / not within the path),
/// and how a value and a difference are written.
struct Row {
    label: &'static str,
    value: fn(&Outcome) -> Option<f64>,
    shown: fn(Option<f64>) -> String,
    change: fn(f64, f64) -> String,
}

fn mult(v: Option<f64>) -> String {
    v.map(format::multiplier).unwrap_or_else(|| "–".into())
}
fn pct(v: Option<f64>) -> String {
    v.map(format::percent).unwrap_or_else(|| "–".into())
}
fn months(v: Option<f64>) -> String {
    match v {
        Some(m) => format::months(Some(m)),
        None => "not within 36 months".into(),
    }
}
fn usd(v: Option<f64>) -> String {
    v.map(format::usd).unwrap_or_else(|| "–".into())
}
/// B ÷ A for prices ("×1.5 of A"), as a change.
fn ratio(a: f64, b: f64) -> String {
    if a > 0.0 {
        format::change(b / a)
    } else {
        "–".into()
    }
}
/// B − A in percentage points.
fn points(a: f64, b: f64) -> String {
    let d = 100.0 * (b - a);
    if d.abs() < 0.05 {
        "no change".into()
    } else {
        format!("{d:+.1} points")
    }
}
fn month_diff(a: f64, b: f64) -> String {
    let d = b - a;
    if d.abs() < 0.05 {
        "no change".into()
    } else {
        format!("{d:+.1} months")
    }
}
fn usd_diff(a: f64, b: f64) -> String {
    let d = b - a;
    if d.abs() < 0.5 {
        "no change".into()
    } else if d > 0.0 {
        format!("+{}", format::usd(d))
    } else {
        format!("−{}", format::usd(-d))
    }
}

fn market(o: &Outcome, id: MarketId) -> &crate::model::MarketOutcome {
    o.markets.get(id)
}

const ROWS: [Row; 10] = [
    Row {
        label: "Magnet price outside China, 12-month average",
        value: |o| Some(market(o, MarketId::Magnet).multiplier.central),
        shown: mult,
        change: ratio,
    },
    Row {
        label: "Magnet price outside China, peak month",
        value: |o| Some(market(o, MarketId::Magnet).peak.central),
        shown: mult,
        change: ratio,
    },
    Row {
        label: "NdPr oxide price outside China, 12-month average",
        value: |o| Some(market(o, MarketId::Ndpr).multiplier.central),
        shown: mult,
        change: ratio,
    },
    Row {
        label: "Dy oxide price outside China, 12-month average",
        value: |o| Some(market(o, MarketId::Dy).multiplier.central),
        shown: mult,
        change: ratio,
    },
    Row {
        label: "Tb oxide price outside China, 12-month average",
        value: |o| Some(market(o, MarketId::Tb).multiplier.central),
        shown: mult,
        change: ratio,
    },
    Row {
        label: "Magnet demand left unmet, 12-month average",
        value: |o| Some(market(o, MarketId::Magnet).unmet_share.central),
        shown: pct,
        change: points,
    },
    Row {
        label: "Time to survive",
        value: |o| o.time_to_survive_months.central,
        shown: months,
        change: month_diff,
    },
    Row {
        label: "Time to recover",
        value: |o| o.time_to_recover_months.central,
        shown: months,
        change: month_diff,
    },
    Row {
        label: "Dependency on China, mine to magnet (light)",
        value: |o| Some(o.dependency.light.magnet.dependency.central),
        shown: pct,
        change: points,
    },
    Row {
        label: "Added magnet cost per electric car",
        value: |o| {
            o.exposure
                .iter()
                .find(|e| e.id == "ev-motor")
                .map(|e| e.added_cost_usd.central)
        },
        shown: usd,
        change: usd_diff,
    },
];

/// A scenario's name for the table: its preset's, or "your pinned scenario".
pub fn name_of(s: &Scenario) -> String {
    match s.preset.as_deref().and_then(|id| DATASET.preset(id)) {
        Some(p) if *s == Scenario::from_query(&format!("preset={}", p.id), &DATASET) => {
            p.name.to_string()
        }
        Some(p) => format!("{}, changed", p.name),
        None if *s == Scenario::default_for(&DATASET) => "Normal trade".into(),
        None => "Your pinned scenario".into(),
    }
}

/// The rows of the table as text: label, A, B, B − A (also what the tests read).
pub fn rows(a: &Outcome, b: &Outcome) -> Vec<[String; 4]> {
    ROWS.iter()
        .map(|r| {
            let (va, vb) = ((r.value)(a), (r.value)(b));
            let change = match (va, vb) {
                (Some(x), Some(y)) => (r.change)(x, y),
                (None, None) => "no change".into(),
                _ => "–".into(),
            };
            [r.label.to_string(), (r.shown)(va), (r.shown)(vb), change]
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub b: std::rc::Rc<Outcome>,
    pub scenario: Scenario,
    pub compare: Option<Compared>,
    /// A scenario query to compare with, or `None` to stop.
    pub on_compare: Callback<Option<String>>,
    /// In an embed the comparison is shown but not changed.
    #[prop_or_default]
    pub embedded: bool,
}

/// The "Compare with…" picker and, when comparing, the table.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let onchange = {
        let (on_compare, current) = (props.on_compare.clone(), props.scenario.to_query(&DATASET));
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let v = sel.value();
            on_compare.emit(match v.as_str() {
                "" => None,
                "this" => Some(current.clone()),
                "normal" => Some(String::new()),
                id => Some(format!("preset={id}")),
            });
        })
    };
    let picker = html! {
        <div class="compare-picker">
            <label for="compare-with">{ "Compare with…" }</label>{ " " }
            <select id="compare-with" {onchange}>
                <option value="" selected={props.compare.is_none()}>{ "Nothing (one scenario)" }</option>
                <option value="this" selected=false>{ "This scenario, as it is now (pin it as A)" }</option>
                <option value="normal" selected=false>{ "Normal trade" }</option>
                { for DATASET.presets.iter().map(|p| html! {
                    <option value={p.id} selected=false>{ p.name }</option>
                }) }
            </select>
        </div>
    };
    let picker = if props.embedded {
        html! {}
    } else {
        picker
    };
    let Some(a) = &props.compare else {
        return html! { <div class="compare" id="compare">{ picker }</div> };
    };
    let a_name = name_of(&a.scenario);
    html! {
        <div class="compare" id="compare">
            { picker }
            <table class="data" id="compare-table">
                <caption>{ format!("A: {a_name} · B: the scenario set on this page · B − A") }</caption>
                <thead><tr>
                    <th scope="col">{ "Headline" }</th>
                    <th scope="col">{ "A" }</th>
                    <th scope="col">{ "B" }</th>
                    <th scope="col">{ "B − A" }</th>
                </tr></thead>
                <tbody>
                    { for rows(&a.outcome, &props.b).into_iter().map(|[l, x, y, d]| html! {
                        <tr><th scope="row">{ l }</th><td>{ x }</td><td>{ y }</td><td>{ d }</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="hint">{ "A stays as pinned while you change B; the link keeps both. 12-month averages and peaks are central figures; ranges are on the cards and charts for B." }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::ui::test_support::central_outcome as outcome;

    #[test]
    fn the_table_reads_a_and_b_and_their_change() {
        let (a, b) = (outcome(""), outcome("preset=embargo-now"));
        let r = rows(&a, &b);
        assert_eq!(r.len(), ROWS.len());
        assert_eq!(r[0][1], "×1.0");
        assert_eq!(
            r[0][2],
            format::multiplier(b.markets.magnet.multiplier.central)
        );
        // Against itself every row reads "no change".
        for row in rows(&b, &b) {
            assert_eq!(row[3], "no change", "{row:?}");
        }
        assert_eq!(name_of(&Scenario::default_for(&DATASET)), "Normal trade");
        assert_eq!(
            name_of(&Scenario::from_query("preset=embargo-now", &DATASET)),
            DATASET
                .preset("embargo-now")
                .map(|p| p.name.to_string())
                .unwrap_or_default()
        );
    }
}
