//! What drives this number (MODEL.md §8): for the headline the reader picks, how far it moves
//! when each assumption goes from its low to its high value, widest first.

use super::{ChartId, ChartSpec};
use crate::model::drivers::{Drivers, Headline};
use crate::ui::chart::{BarChart, BarGroup, BarValue, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use yew::prelude::*;

/// Room beyond the widest swing, so its whisker does not touch the frame.
const MARGIN: f64 = 0.1;

fn tick(h: Headline) -> Tick {
    match h {
        Headline::MagnetPrice | Headline::MagnetPeak | Headline::DyPrice => Tick::Multiplier,
        Headline::DyUnmet => Tick::Percent,
        Headline::TimeToSurvive => Tick::Plain,
    }
}

/// A headline's value as the cards write it.
pub fn shown(h: Headline, v: f64) -> String {
    match h {
        Headline::MagnetPrice | Headline::MagnetPeak | Headline::DyPrice => format::multiplier(v),
        Headline::DyUnmet => format::percent(v),
        Headline::TimeToSurvive => format::months(Some(v)),
    }
}

/// The chart for headline `h`.
pub fn drivers_chart(d: &Drivers, h: Headline) -> ChartSpec {
    let i = Headline::ALL.iter().position(|x| *x == h).unwrap_or(0);
    let base = d.base[i];
    let sorted = d.sorted(h);
    let groups: Vec<BarGroup> = sorted
        .iter()
        .map(|sw| {
            let (lo, hi) = (sw.at_low[i], sw.at_high[i]);
            BarGroup {
                label: sw.driver.label().into(),
                values: vec![Some(BarValue {
                    value: base,
                    range: ((hi - lo).abs() > 1e-12).then_some((lo.min(hi), lo.max(hi))),
                    observed: None,
                    compare: None,
                })],
            }
        })
        .collect();
    let all = sorted
        .iter()
        .flat_map(|sw| [sw.at_low[i], sw.at_high[i]])
        .chain([base]);
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let span = (hi - lo).max(1e-6);
    let min = match h {
        Headline::DyUnmet | Headline::TimeToSurvive => 0.0,
        _ => (lo - MARGIN * span).max(0.0),
    };
    let max = hi + MARGIN * span;
    let finding = match sorted.first() {
        Some(top) if top.width(h) > 1e-9 => {
            let second = sorted
                .get(1)
                .filter(|s| s.width(h) > 1e-9)
                .map(|s| format!(", then {}", s.driver.label().to_lowercase()))
                .unwrap_or_default();
            format!(
                "{} at {}: {} moves it most, from {} to {}{second}.",
                h.label(),
                shown(h, base),
                top.driver.label(),
                shown(h, top.at_low[i]),
                shown(h, top.at_high[i]),
            )
        }
        _ => format!(
            "{} at {}: no assumption moves it in this scenario.",
            h.label(),
            shown(h, base)
        ),
    };
    let rows = sorted
        .iter()
        .map(|sw| {
            vec![
                sw.driver.label().into(),
                format!("{} → {}", sw.low, shown(h, sw.at_low[i])),
                format!("{} → {}", sw.high, shown(h, sw.at_high[i])),
            ]
        })
        .collect();
    ChartSpec {
        id: ChartId::Drivers,
        title: "What drives this number".into(),
        alt: format!(
            "Horizontal bars, one per assumption, each spanning the headline's value at the assumption's low and high ends, widest first, around this scenario's value. {finding} Details in the data table."
        ),
        finding,
        note: String::new(),
        plot: Plot::Bars(BarChart {
            series: vec![h.label().into()],
            groups,
            min,
            max,
            log: false,
            horizontal: true,
            reference: vec![(base, "this scenario".into())],
            tick: tick(h),
            observed_label: String::new(),
            compare_label: String::new(),
        }),
        table: Table {
            headers: vec![
                "Assumption".into(),
                "Low end → headline".into(),
                "High end → headline".into(),
            ],
            rows,
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct DriversCardProps {
    pub scenario: crate::model::Scenario,
    /// The page's ranges are in (no slider moving): only then are the swings computed, so a
    /// drag stays fast; until then the last ones are shown.
    pub ready: bool,
    /// The scenario in one line, for the PNG's footer.
    #[prop_or_default]
    pub scenario_line: AttrValue,
}

/// The card: a headline picker above the chart.
#[component]
pub fn DriversCard(props: &DriversCardProps) -> Html {
    use crate::ui::chart_card::ChartCard;
    use crate::ui::tasks::{drivers_in_tasks, Cancel};
    use std::rc::Rc;
    use wasm_bindgen_futures::spawn_local;
    use web_sys::HtmlSelectElement;

    let headline = use_state(|| Headline::MagnetPrice);
    // The last swings computed and the scenario they are for: shown (busy) until the new ones
    // are in, which follow one assumption per task once the page's ranges are.
    let computed = use_state(|| None::<(crate::model::Scenario, Rc<Drivers>)>);
    {
        let computed = computed.clone();
        use_effect_with((props.scenario.clone(), props.ready), move |(s, ready)| {
            let cancel = Cancel::default();
            if *ready {
                let (s, cancel) = (s.clone(), cancel.clone());
                spawn_local(async move {
                    if let Some(d) = drivers_in_tasks(&s, &cancel).await {
                        computed.set(Some((s, Rc::new(d))));
                    }
                });
            }
            move || cancel.cancel()
        });
    }
    let busy = !props.ready || computed.as_ref().is_none_or(|(s, _)| *s != props.scenario);
    let shown_drivers = computed.as_ref().map(|(_, d)| d.clone());
    let onchange = {
        let headline = headline.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(h) = Headline::ALL.into_iter().find(|h| h.key() == sel.value()) {
                headline.set(h);
            }
        })
    };
    let picker = html! {
        <div class="drivers-picker">
            <label for="drivers-headline">{ "Headline" }</label>{ " " }
            <select id="drivers-headline" {onchange}>
                { for Headline::ALL.iter().map(|h| html! {
                    <option value={h.key()} selected={*h == *headline}>{ h.label() }</option>
                }) }
            </select>
        </div>
    };
    match shown_drivers {
        Some(d) => {
            let c = drivers_chart(&d, *headline);
            html! {
                <div class="drivers" aria-busy={busy.to_string()}>
                    { picker }
                    <ChartCard id={c.id} title={c.title} finding={c.finding} alt={c.alt} note={c.note}
                        plot={c.plot} table={c.table} tall={c.id.tall()} scenario_line={props.scenario_line.clone()} />
                </div>
            }
        }
        None => html! {
            <div class="drivers" aria-busy="true">
                { picker }
                <p class="hint" id="drivers-pending">{ "What drives this number: computed once the ranges are in." }</p>
            </div>
        },
    }
}
