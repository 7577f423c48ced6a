//! What drives this number (MODEL.md §8): for the headline the reader picks, how far it moves
//! when each assumption goes from its low to its high value, widest first.

use super::{ChartId, ChartSpec};
use crate::i18n::{self, t, tr, Lang};
use crate::model::drivers::{Driver, Drivers, Figures, Headline};
use crate::ui::chart::{BarChart, BarGroup, BarValue, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use yew::prelude::*;

/// Room beyond the widest swing, so its whisker does not touch the frame.
const MARGIN: f64 = 0.1;

fn tick(h: Headline) -> Tick {
    match h {
        Headline::MagnetPrice | Headline::MagnetPeak | Headline::NdprPrice | Headline::DyPrice => {
            Tick::Multiplier
        }
        Headline::DyUnmet => Tick::Percent,
        Headline::TimeToSurvive => Tick::Plain,
    }
}

/// An assumption's name ("Demand elasticity (ed)").
fn driver_label(d: Driver) -> String {
    t(&format!("driver-{}", d.key()))
}

/// A headline's name ("Magnet price outside China, 12-month average").
fn headline_label(h: Headline) -> String {
    t(&format!("headline-{}", h.key()))
}

/// A headline's value as the cards write it.
pub fn shown(h: Headline, v: f64) -> String {
    match h {
        Headline::MagnetPrice | Headline::MagnetPeak | Headline::NdprPrice | Headline::DyPrice => {
            format::multiplier(v)
        }
        Headline::DyUnmet => format::percent(v),
        Headline::TimeToSurvive => format::months(Some(v)),
    }
}

/// Headline `h` (index `i`) among `f` as the cards write it: "at least" where it is a floor.
fn shown_at(h: Headline, f: &Figures, i: usize) -> String {
    let v = shown(h, f.value[i]);
    if f.floor[i] {
        tr("fmt-at-least", &[("value", v.into())])
    } else {
        v
    }
}

/// An assumption's end as the model writes it ("low", "0.5", "×1.5", "80\u{a0}%") in the
/// page's language: an elasticity set's word from the catalogue, a number in the locale's
/// digits (the model's own text where the locale is English).
fn end_value(model: &str) -> String {
    if matches!(model, "low" | "central" | "high") {
        return t(&format!("choice-{model}"));
    }
    let (prefix, rest) = match model.strip_prefix('×') {
        Some(rest) => ("×", rest),
        None => ("", model),
    };
    let (number, suffix) = match rest.strip_suffix("\u{a0}%") {
        Some(n) => (n, "\u{a0}%"),
        None => (rest, ""),
    };
    number
        .parse::<f64>()
        .ok()
        .and_then(|v| i18n::number::decimal(v, 0, 6))
        .map_or_else(|| model.to_string(), |n| format!("{prefix}{n}{suffix}"))
}

/// The chart for headline `h`.
pub fn drivers_chart(d: &Drivers, h: Headline) -> ChartSpec {
    let i = Headline::ALL.iter().position(|x| *x == h).unwrap_or(0);
    let base = d.base.value[i];
    let sorted = d.sorted(h);
    let groups: Vec<BarGroup> = sorted
        .iter()
        .map(|sw| {
            let (lo, hi) = (sw.at_low.value[i], sw.at_high.value[i]);
            BarGroup {
                label: driver_label(sw.driver),
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
        .flat_map(|sw| [sw.at_low.value[i], sw.at_high.value[i]])
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
                .map(|s| {
                    // Mid-sentence, English, French and Spanish write the second name in lower
                    // case; German nouns keep theirs, and Japanese has none.
                    let name = driver_label(s.driver);
                    let name = match i18n::current() {
                        Lang::En | Lang::Fr | Lang::Es => i18n::case::lowercase(&name),
                        Lang::De | Lang::Ja => name,
                    };
                    tr("drivers-then", &[("driver", name.into())])
                })
                .unwrap_or_default();
            tr(
                "drivers-finding",
                &[
                    ("headline", headline_label(h).into()),
                    ("value", shown_at(h, &d.base, i).into()),
                    ("driver", driver_label(top.driver).into()),
                    ("low", shown_at(h, &top.at_low, i).into()),
                    ("high", shown_at(h, &top.at_high, i).into()),
                    ("second", second.into()),
                ],
            )
        }
        _ => tr(
            "drivers-finding-none",
            &[
                ("headline", headline_label(h).into()),
                ("value", shown_at(h, &d.base, i).into()),
            ],
        ),
    };
    let rows = sorted
        .iter()
        .map(|sw| {
            vec![
                driver_label(sw.driver),
                format!("{} → {}", end_value(&sw.low), shown_at(h, &sw.at_low, i)),
                format!("{} → {}", end_value(&sw.high), shown_at(h, &sw.at_high, i)),
            ]
        })
        .collect();
    ChartSpec {
        id: ChartId::Drivers,
        title: t("drivers-title"),
        alt: tr("drivers-alt", &[("finding", finding.as_str().into())]),
        finding,
        note: String::new(),
        plot: Plot::Bars(BarChart {
            series: vec![headline_label(h)],
            groups,
            min,
            max,
            log: false,
            horizontal: true,
            reference: vec![(base, t("drivers-this-scenario"))],
            tick: tick(h),
            observed_label: String::new(),
            compare_label: String::new(),
        }),
        table: Table {
            headers: vec![t("col-assumption"), t("col-low-end"), t("col-high-end")],
            rows,
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct DriversCardProps {
    pub scenario: crate::model::Scenario,
    /// The scenario in one line, for the PNG's footer.
    #[prop_or_default]
    pub scenario_line: AttrValue,
}

/// The card: a headline picker above the chart.
#[component]
pub fn DriversCard(props: &DriversCardProps) -> Html {
    use crate::ui::chart_card::ChartCard;
    use crate::ui::settle::{use_settled, OnCommit, SETTLE_MS};
    use std::rc::Rc;
    use web_sys::HtmlSelectElement;

    let headline = use_state(|| Headline::MagnetPrice);
    // The 2009 replay has no magnet market: its headlines are left out, NdPr's leads.
    let replay = props.scenario.replays_2009(&crate::data::DATASET);
    let shown = if headline.applies(replay) {
        *headline
    } else {
        Headline::default_for(replay)
    };
    // The last swings computed and the scenario they are for: shown (busy) until the new ones
    // are in. They are computed once the reader settles (not while a slider is dragged); on a
    // committed change at once, during the render of the change: the card then changes in the
    // frame that shows the central figures, and the ranges' draws, which start after that
    // frame, are not interrupted by a frame of the card's own. In one go, not in tasks: 19
    // central runs of the scenario year take about 1 ms on a laptop, a few on a phone. Kept
    // in a cell that this render reads after the start (a state set during a render would
    // only show at the next one); a start made later forces the render.
    let latest = use_mut_ref(|| None::<(crate::model::Scenario, Rc<Drivers>)>);
    let redraw = use_force_update();
    {
        let latest = latest.clone();
        let s = props.scenario.clone();
        let delay = if latest.borrow().is_none() {
            0
        } else {
            SETTLE_MS
        };
        use_settled(s.clone(), true, delay, OnCommit::BeforePaint, move |_| {
            let d = crate::model::drivers::drivers(&s, &crate::data::DATASET);
            *latest.borrow_mut() = Some((s.clone(), Rc::new(d)));
            redraw.force_update();
        });
    }
    let (busy, shown_drivers) = {
        let latest = latest.borrow();
        (
            latest.as_ref().is_none_or(|(s, _)| *s != props.scenario),
            latest.as_ref().map(|(_, d)| d.clone()),
        )
    };
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
            <label for="drivers-headline">{ t("drivers-headline") }</label>{ " " }
            <select id="drivers-headline" {onchange}>
                { for Headline::ALL.iter().filter(|h| h.applies(replay)).map(|h| html! {
                    <option value={h.key()} selected={*h == shown}>{ headline_label(*h) }</option>
                }) }
            </select>
        </div>
    };
    match shown_drivers {
        Some(d) => {
            let c = drivers_chart(&d, shown);
            html! {
                <div class="drivers" aria-busy={busy.to_string()}>
                    { picker }
                    <ChartCard id={c.id} title={c.title} finding={c.finding} alt={c.alt} note={c.note}
                        plot={c.plot} table={c.table} tall={c.id.tall()} scenario_line={props.scenario_line.clone()}
                        {replay} />
                </div>
            }
        }
        None => html! {
            <div class="drivers" aria-busy="true">
                { picker }
                <p class="hint" id="drivers-pending">{ t("drivers-pending") }</p>
            </div>
        },
    }
}
