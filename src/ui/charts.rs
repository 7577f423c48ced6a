//! The four charts, built from the outcome: the chain, the price shock, the timeline and the
//! exposure. The builders are pure (tested natively); the component only lays them out.

use crate::data::{Chain, MarketId, Stage};
use crate::model::{MarketOutcome, Outcome, Range};
use crate::ui::chart::{BarChart, BarGroup, BarValue, Line, LineChart, Tick};
use crate::ui::chart_card::{ChartCard, Plot, Table};
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;
use std::rc::Rc;
use yew::prelude::*;

/// Everything a chart card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub id: &'static str,
    pub title: String,
    pub finding: String,
    pub alt: String,
    pub plot: Plot,
    pub table: Table,
}

fn ranged(r: &Range) -> BarValue {
    BarValue {
        value: r.central,
        range: ((r.p90 - r.p10).abs() > 1e-12).then_some((r.p10, r.p90)),
        observed: None,
    }
}

fn plain(v: f64) -> BarValue {
    BarValue {
        value: v,
        range: None,
        observed: None,
    }
}

fn stage_label(s: Stage) -> &'static str {
    match s {
        Stage::Mining => "Mining",
        Stage::Separation => "Separation",
        Stage::Metal => "Metal",
        Stage::Magnet => "Magnets",
    }
}

/// Chart 1: dependency at each stage, light and heavy chains, today vs the scenario.
pub fn chain_chart(o: &Outcome, today: &Outcome) -> ChartSpec {
    let groups = Stage::ALL
        .iter()
        .map(|s| BarGroup {
            label: stage_label(*s).into(),
            values: vec![
                Some(plain(today.dependency.light.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.light.stage(*s).dependency)),
                Some(plain(today.dependency.heavy.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.heavy.stage(*s).dependency)),
            ],
        })
        .collect();
    let light = &o.dependency.light;
    let target = light.target;
    let mut rows = Vec::new();
    for c in Chain::ALL {
        for s in Stage::ALL {
            let now = today.dependency.get(c).stage(s);
            let sc = o.dependency.get(c).stage(s);
            rows.push(vec![
                format!(
                    "{} — {}",
                    if c == Chain::Light {
                        "Light (NdPr)"
                    } else {
                        "Heavy (Dy+Tb)"
                    },
                    stage_label(s)
                ),
                format::percent(now.dependency.central),
                format::percent(sc.dependency.central),
                format!(
                    "{} – {}",
                    format::percent(sc.dependency.p10),
                    format::percent(sc.dependency.p90)
                ),
                format::percent(sc.direct_reliance),
                format::percent(sc.china_share),
                format::thousands(sc.hhi),
            ]);
        }
    }
    let who = viewpoint_phrase(o.view);
    let finding = format!(
        "In {}, {who} would depend on China for {} of its NdPr at the magnet stage (today {}); the weakest link is {}.",
        o.year,
        format::percent(light.magnet.dependency.central),
        format::percent(today.dependency.light.magnet.dependency.central),
        crate::ui::summary::stage_phrase(light.bottleneck),
    );
    ChartSpec {
        id: "chain",
        title: "Dependency on China at each stage, from mine to magnet".into(),
        alt: format!(
            "Bar chart. {finding} Heavy rare earths: {} at the magnet stage. Details in the data table.",
            format::percent(o.dependency.heavy.magnet.dependency.central)
        ),
        finding,
        plot: Plot::Bars(BarChart {
            series: vec![
                "Light, 2024".into(),
                format!("Light, {}", o.year),
                "Heavy, 2024".into(),
                format!("Heavy, {}", o.year),
            ],
            groups,
            min: 0.0,
            max: 1.0,
            log: false,
            horizontal: false,
            reference: Some((target, format!("target {}", format::percent(target)))),
            tick: Tick::Percent,
            observed_label: String::new(),
        }),
        table: Table {
            headers: vec![
                "Chain and stage".into(),
                "Dependency 2024".into(),
                format!("Dependency {}", o.year),
                "p10 – p90".into(),
                "Direct reliance".into(),
                "China's world share".into(),
                "HHI".into(),
            ],
            rows,
        },
    }
}

fn market_label(id: MarketId) -> &'static str {
    match id {
        MarketId::Ndpr => "NdPr oxide",
        MarketId::Dy => "Dy oxide",
        MarketId::Tb => "Tb oxide",
        MarketId::Magnet => "Magnets",
    }
}

/// Chart 2: ex-China vs China-domestic price multipliers, with the observed history where the
/// preset has one (the 2009→2011 rise; the 2025 Europe-vs-China spread).
pub fn price_chart(o: &Outcome) -> ChartSpec {
    let preset = o.scenario.scenario.preset.as_deref();
    let show_spread = preset == Some("licensing-apr-2025");
    let mut groups: Vec<BarGroup> = MarketId::ALL
        .iter()
        .map(|id| {
            let m = o.markets.get(*id);
            let mut values = vec![
                Some(ranged(&m.multiplier)),
                Some(ranged(&m.china_multiplier)),
                Some(ranged(&m.peak)),
            ];
            if show_spread {
                let observed = o
                    .backtest
                    .spreads
                    .iter()
                    .filter(|s| s.element == id.key())
                    .filter_map(|s| s.observed_spread)
                    .fold(None, |acc: Option<f64>, v| {
                        Some(acc.map_or(v, |a| a.max(v)))
                    });
                values.push(Some(BarValue {
                    observed,
                    ..ranged(&m.spread)
                }));
            }
            BarGroup {
                label: market_label(*id).into(),
                values,
            }
        })
        .collect();
    let mut series = vec![
        "Outside China, 12-month avg.".to_string(),
        "Inside China, 12-month avg.".to_string(),
        "Outside China, peak month".to_string(),
    ];
    if show_spread {
        series.push("Spread, outside ÷ inside".into());
    }
    let e1 = o
        .backtest
        .episodes
        .iter()
        .find(|e| e.id == "E1" && e.element == "nd" && e.figure == "ex_china")
        .filter(|_| preset == Some("quota-2010"));
    // Beside today's markets, model 2 on the 2009 market (episode E1 of MODEL.md §10) and what
    // happened: Nd oxide outside China, 2011 average ÷ 2009.
    if let Some(e1) = e1 {
        groups.push(BarGroup {
            label: "Nd, 2010–11 on the 2009 market".into(),
            values: vec![
                Some(BarValue {
                    observed: Some(e1.observed.value),
                    ..ranged(&e1.model)
                }),
                None,
            ],
        });
    }
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().flatten())
        .flat_map(|v| {
            [
                v.value,
                v.range.map_or(0.0, |r| r.1),
                v.observed.unwrap_or(0.0),
            ]
        })
        .fold(2.0_f64, f64::max)
        * 1.15;
    let finding = price_finding(o);
    let mut rows: Vec<Vec<String>> = MarketId::ALL
        .iter()
        .map(|id| {
            let m = o.markets.get(*id);
            let b = m.inputs.backstop;
            vec![
                market_label(*id).into(),
                format::multiplier_capped(m.multiplier.central, b, m.at_backstop),
                match format::price_range(&m.multiplier, b, m.at_backstop) {
                    r if r.is_empty() => format::multiplier(m.multiplier.p10),
                    r => r.trim_start_matches("p10–p90: ").to_string(),
                },
                format::multiplier(m.china_multiplier.central),
                format!(
                    "{} in {}",
                    format::multiplier_capped(m.peak.central, b, m.at_backstop),
                    format::month(&m.peak_month)
                ),
                format::multiplier(m.spread.central),
                format::percent(m.unmet_share.central),
            ]
        })
        .collect();
    if let Some(e1) = e1 {
        let r = &e1.model;
        rows.push(vec![
            "Nd, 2010–11 on the 2009 market (model 2; observed 2011 ÷ 2009)".into(),
            format::multiplier(r.central),
            if (r.p90 - r.p10).abs() > 1e-12 {
                format!(
                    "{} – {}",
                    format::multiplier(r.p10),
                    format::multiplier(r.p90)
                )
            } else {
                "see methodology".into()
            },
            "–".into(),
            "–".into(),
            format::multiplier(e1.observed.value),
            "–".into(),
        ]);
    }
    ChartSpec {
        id: "price",
        title: "Price shock: outside vs inside China".into(),
        alt: format!(
            "Bar chart of price multipliers on a log scale: 12-month averages outside and inside China and the peak month. {finding}"
        ),
        finding,
        plot: Plot::Bars(BarChart {
            series,
            groups,
            min: 0.15,
            max,
            log: true,
            horizontal: false,
            reference: Some((1.0, "2024 price".into())),
            tick: Tick::Multiplier,
            observed_label: "Observed".into(),
        }),
        table: Table {
            headers: vec![
                "Market".into(),
                "Outside China, 12-month average".into(),
                "p10 – p90".into(),
                "Inside China, 12-month average".into(),
                "Peak month outside China".into(),
                if preset == Some("quota-2010") {
                    "Spread / observed".into()
                } else {
                    "Spread".into()
                },
                "Demand unmet".into(),
            ],
            rows,
        },
    }
}

/// How a set of prices moves, for a plural subject: "rise 28 %", "rise to ×2.8", "hold
/// steady", "fall 14 %"; at the backstop, "reach the backstop, at least ×30, with 20 % of
/// demand unmet".
fn moves(m: f64) -> String {
    let change = format::change(m);
    if change == format::change(1.0) {
        "hold steady".into()
    } else if m >= 1.995 {
        format!("rise to {}", format::multiplier(m))
    } else if m > 1.0 {
        format!("rise {}", change.trim_start_matches('+'))
    } else {
        format!("fall {}", change.trim_start_matches('−'))
    }
}

fn market_moves(m: &MarketOutcome) -> String {
    if m.at_backstop {
        format!(
            "reach the backstop, at least {}, with {} of demand unmet",
            format::multiplier(m.inputs.backstop),
            format::percent(m.unmet_share.central)
        )
    } else {
        let mut out = moves(m.multiplier.central);
        if format::multiplier(m.peak.central) != format::multiplier(m.multiplier.central) {
            out.push_str(&format!(
                ", peaking at {} in {}",
                format::multiplier_capped(m.peak.central, m.inputs.backstop, false),
                format::month(&m.peak_month)
            ));
        }
        out
    }
}

/// The price chart's finding: what magnet and Dy prices do, outside and inside China, in
/// words that are true for any preset (no change reads as no change).
pub fn price_finding(o: &Outcome) -> String {
    let moved = |m: &MarketOutcome| {
        format::multiplier(m.multiplier.central) != format::multiplier(1.0)
            || format::multiplier(m.peak.central) != format::multiplier(1.0)
            || format::change(m.china_multiplier.central) != format::change(1.0)
    };
    if !crate::ui::summary::restricted(o) {
        return "Prices hold at their 2024 level: China exports normally in this scenario.".into();
    }
    if !MarketId::ALL.iter().any(|id| moved(o.markets.get(*id))) {
        return "Prices hold at their 2024 level: nothing is withheld that buyers outside China cannot replace.".into();
    }
    let (mag, dy) = (&o.markets.magnet, &o.markets.dy);
    let outside = market_moves(mag);
    let inside = moves(mag.china_multiplier.central);
    let magnets = if outside == inside {
        format!("magnet prices outside and inside China {outside}")
    } else {
        format!("magnet prices outside China {outside}, while China's own {inside}")
    };
    format!(
        "Over the first 12 months, {magnets}; Dy oxide prices outside China {}.",
        market_moves(dy),
    )
}

fn band(rs: impl Iterator<Item = Range>) -> (Vec<f64>, Option<Vec<(f64, f64)>>) {
    let rs: Vec<Range> = rs.collect();
    let values = rs.iter().map(|r| r.central).collect();
    let has = rs.iter().any(|r| (r.p90 - r.p10).abs() > 1e-12);
    (
        values,
        has.then(|| rs.iter().map(|r| (r.p10, r.p90)).collect()),
    )
}

/// Chart 3: mine-to-magnet dependency and the NdPr and Dy multipliers, 2024–2035, with bands.
pub fn timeline_chart(o: &Outcome) -> ChartSpec {
    let years: Vec<u16> = o.timeline.iter().map(|t| t.year).collect();
    let (light, light_band) = band(o.timeline.iter().map(|t| t.dependency.light.magnet));
    let (heavy, heavy_band) = band(o.timeline.iter().map(|t| t.dependency.heavy.magnet));
    let (ndpr, ndpr_band) = band(o.timeline.iter().map(|t| t.markets.ndpr.multiplier));
    let (dy, dy_band) = band(o.timeline.iter().map(|t| t.markets.dy.multiplier));
    let (magnet, magnet_band) = band(o.timeline.iter().map(|t| t.markets.magnet.multiplier));
    let max_m = ndpr_band
        .iter()
        .chain(dy_band.iter())
        .chain(magnet_band.iter())
        .flatten()
        .map(|b| b.1)
        .chain(ndpr.iter().chain(&dy).chain(&magnet).copied())
        .fold(2.0_f64, f64::max)
        * 1.2;
    let last = light.last().copied().unwrap_or(f64::NAN);
    let finding = format!(
        "Mine-to-magnet dependency on China goes from {} in 2024 to {} in 2035 under this scenario.",
        format::percent(light.first().copied().unwrap_or(f64::NAN)),
        format::percent(last)
    );
    let rows = o
        .timeline
        .iter()
        .map(|t| {
            vec![
                t.year.to_string(),
                format::percent(t.dependency.light.magnet.central),
                format::percent(t.dependency.heavy.magnet.central),
                format::multiplier(t.markets.ndpr.multiplier.central),
                format::multiplier(t.markets.dy.multiplier.central),
                format::multiplier(t.markets.magnet.multiplier.central),
            ]
        })
        .collect();
    ChartSpec {
        id: "timeline",
        title: "2024–2035: dependency and prices year by year".into(),
        alt: format!(
            "Two line charts over 2024–2035. {finding} Values per year in the data table."
        ),
        finding,
        plot: Plot::Lines {
            years,
            panels: vec![
                LineChart {
                    title: "Mine-to-magnet dependency on China".into(),
                    series: vec![
                        Line {
                            name: "Light (NdPr)".into(),
                            color: 0,
                            values: light,
                            band: light_band,
                        },
                        Line {
                            name: "Heavy (Dy+Tb)".into(),
                            color: 1,
                            values: heavy,
                            band: heavy_band,
                        },
                    ],
                    min: 0.0,
                    max: 1.0,
                    log: false,
                    tick: Tick::Percent,
                },
                LineChart {
                    title: "Price outside China, 12-month average (× 2024)".into(),
                    series: vec![
                        Line {
                            name: "NdPr oxide".into(),
                            color: 2,
                            values: ndpr,
                            band: ndpr_band,
                        },
                        Line {
                            name: "Dy oxide".into(),
                            color: 3,
                            values: dy,
                            band: dy_band,
                        },
                        Line {
                            name: "Magnets".into(),
                            color: 4,
                            values: magnet,
                            band: magnet_band,
                        },
                    ],
                    min: 0.9,
                    max: max_m,
                    log: true,
                    tick: Tick::Multiplier,
                },
            ],
        },
        table: Table {
            headers: vec![
                "Year".into(),
                "Dependency, light".into(),
                "Dependency, heavy".into(),
                "NdPr oxide".into(),
                "Dy oxide".into(),
                "Magnets".into(),
            ],
            rows,
        },
    }
}

/// Chart 4: added cost per unit of each product, with its range.
pub fn exposure_chart(o: &Outcome) -> ChartSpec {
    let groups: Vec<BarGroup> = o
        .exposure
        .iter()
        .map(|e| BarGroup {
            label: e.name.into(),
            values: vec![Some(ranged(&e.added_cost_usd))],
        })
        .collect();
    let max = o
        .exposure
        .iter()
        .map(|e| e.added_cost_usd.p90.max(e.added_cost_usd.central))
        .fold(10.0_f64, f64::max)
        * 2.0;
    let top = o.exposure.iter().max_by(|a, b| {
        a.added_cost_usd
            .central
            .total_cmp(&b.added_cost_usd.central)
    });
    let floor = if o.markets.magnet.at_backstop {
        "at least "
    } else {
        ""
    };
    let finding = match top {
        Some(t) if t.added_cost_usd.central > 0.005 => format!(
            "At the 12-month average magnet price, the largest added cost is {floor}{} {} ({}); an electric car's magnets cost {floor}{} more.",
            format::usd(t.added_cost_usd.central),
            t.per,
            t.name,
            o.exposure
                .iter()
                .find(|e| e.id == "ev-motor")
                .map(|e| format::usd(e.added_cost_usd.central))
                .unwrap_or_else(|| "–".into()),
        ),
        _ => "No added cost: the 12-month average magnet price outside China does not move in this scenario.".into(),
    };
    let rows = o
        .exposure
        .iter()
        .map(|e| {
            vec![
                format!("{} ({})", e.name, e.per),
                format!("{} kg", format::sig(e.magnet_kg)),
                format!("{} kg", format::sig(e.dy_tb_kg)),
                format::usd(e.added_cost_usd.central),
                format!(
                    "{} – {}",
                    format::usd(e.added_cost_usd.p10),
                    format::usd(e.added_cost_usd.p90)
                ),
                format::percent(e.share_at_risk),
            ]
        })
        .collect();
    ChartSpec {
        id: "exposure",
        title: "What it costs: extra magnet cost per unit".into(),
        alt: format!("Horizontal bar chart on a log scale. {finding}"),
        finding,
        plot: Plot::Bars(BarChart {
            series: vec!["Added cost per unit (US$)".into()],
            groups,
            min: 0.01,
            max,
            log: true,
            horizontal: true,
            reference: None,
            tick: Tick::Usd,
            observed_label: String::new(),
        }),
        table: Table {
            headers: vec![
                "Product".into(),
                "Magnet".into(),
                "Dy+Tb".into(),
                "Added cost".into(),
                "p10 – p90".into(),
                "Output at risk".into(),
            ],
            rows,
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub outcome: Rc<Outcome>,
    /// The 2024 baseline for the same viewpoint ("today").
    pub today: Rc<Outcome>,
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let specs = [
        chain_chart(&props.outcome, &props.today),
        price_chart(&props.outcome),
        timeline_chart(&props.outcome),
        exposure_chart(&props.outcome),
    ];
    html! {
        <div class="charts">
            { for specs.into_iter().map(|c| html! {
                <ChartCard id={c.id} title={c.title} finding={c.finding} alt={c.alt} plot={c.plot}
                    table={c.table} tall={c.id == "timeline" || c.id == "exposure"} />
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::model::{evaluate_with, Options, Scenario};

    fn outcome(q: &str) -> Outcome {
        evaluate_with(
            &Scenario::from_query(q, &DATASET),
            &DATASET,
            &Options::central(),
        )
    }

    #[test]
    fn charts_carry_the_outcome_numbers() {
        let o = outcome("quota_magnet=0");
        let today = outcome("preset=baseline-2024");
        let chain = chain_chart(&o, &today);
        let Plot::Bars(b) = &chain.plot else {
            panic!("bars")
        };
        assert_eq!(b.groups.len(), 4);
        assert_eq!(
            b.groups[3].values[1].as_ref().map(|v| v.value),
            Some(o.dependency.light.magnet.dependency.central)
        );
        assert_eq!(chain.table.rows.len(), 8);
        let price = price_chart(&o);
        let Plot::Bars(p) = &price.plot else {
            panic!("bars")
        };
        assert_eq!(
            p.groups[3].values[0].as_ref().map(|v| v.value),
            Some(o.markets.magnet.multiplier.central)
        );
        assert!(p.max > o.markets.magnet.multiplier.central);
        let t = timeline_chart(&o);
        assert_eq!(t.table.rows.len(), 12);
        let e = exposure_chart(&o);
        assert_eq!(e.table.rows.len(), o.exposure.len());
    }

    #[test]
    fn quota_2010_shows_model_2_on_the_2009_market_beside_what_happened() {
        let o = outcome("preset=quota-2010");
        let Plot::Bars(p) = price_chart(&o).plot else {
            panic!("bars")
        };
        let replay = p.groups.last().and_then(|g| g.values[0].clone());
        let e1 = o
            .backtest
            .episodes
            .iter()
            .find(|e| e.id == "E1" && e.element == "nd" && e.figure == "ex_china")
            .expect("E1 Nd outside China");
        let v = replay.expect("a replay bar");
        assert_eq!(v.observed, Some(e1.observed.value));
        assert_eq!(v.value, e1.model.central);
        // Only for that preset.
        let Plot::Bars(p) = price_chart(&outcome("preset=embargo-now")).plot else {
            panic!("bars")
        };
        assert_eq!(p.groups.len(), 4);
    }
}
