//! Prices outside and inside China (MODEL.md §5): 12-month averages, the peak, the spread,
//! and what happened where the preset has a record.

use super::{market_label, ranged, Against, ChartId, ChartSpec};
use crate::data::MarketId;
use crate::i18n::{t, tr};
use crate::model::{MarketOutcome, Outcome};
use crate::ui::chart::{BarChart, BarGroup, BarValue, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use crate::ui::summary::price_year;

/// ex-China vs China-domestic price multipliers, with the observed history where the
/// preset has one (the 2009→2011 rise; the 2025 Europe-vs-China spread).
///
/// With a comparison, A's 12-month averages and peak are dashed lines across B's bars.
pub fn price_chart(o: &Outcome, a: Option<&Against>) -> ChartSpec {
    let preset = o.scenario.scenario.preset.as_deref();
    let show_spread = preset == Some("licensing-apr-2025");
    // The 2009 replay shows only the markets it replays (MODEL.md §8): a calm ×1.0 for Tb or
    // magnets would read as a result.
    let markets: Vec<MarketId> = MarketId::ALL
        .into_iter()
        .filter(|id| o.has_market(*id))
        .collect();
    let mut groups: Vec<BarGroup> = markets
        .iter()
        .map(|id| {
            let m = o.markets.get(*id);
            let am = a.map(|a| a.outcome.markets.get(*id));
            let with_a = |r, f: fn(&MarketOutcome) -> f64| BarValue {
                compare: am.map(f),
                ..ranged(r)
            };
            let mut values = vec![
                Some(with_a(&m.multiplier, |m| m.multiplier.central)),
                Some(with_a(&m.china_multiplier, |m| m.china_multiplier.central)),
                Some(with_a(&m.peak, |m| m.peak.central)),
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
                    ..with_a(&m.spread, |m| m.spread.central)
                }));
            }
            BarGroup {
                label: market_label(*id).into(),
                values,
            }
        })
        .collect();
    let mut series = vec![
        t("price-series-outside"),
        t("price-series-inside"),
        t("price-series-peak"),
    ];
    if show_spread {
        series.push(t("price-series-spread"));
    }
    let e1 = o
        .backtest
        .episodes
        .iter()
        .find(|e| e.id == "E1" && e.element == "nd" && e.figure == "ex_china")
        .filter(|_| o.replay.is_some());
    // Beside the replay, its backtest (episode E1 of MODEL.md §10, with China's prices as
    // observed) and what happened: Nd oxide outside China, 2011 average ÷ 2009.
    if let Some(e1) = e1 {
        groups.push(BarGroup {
            label: t("price-e1-label"),
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
                v.compare.unwrap_or(0.0),
            ]
        })
        .fold(2.0_f64, f64::max)
        * 1.15;
    let finding = match a {
        Some(a) => super::then_a(
            &price_finding(o),
            &super::dashed_a(a.name, &price_finding(a.outcome)),
        ),
        None => price_finding(o),
    };
    let mut rows: Vec<Vec<String>> = markets
        .iter()
        .map(|id| {
            let m = o.markets.get(*id);
            let b = m.inputs.backstop;
            let mut row = vec![
                market_label(*id).into(),
                format::multiplier_capped(m.multiplier.central, b, m.at_backstop),
                match format::price_range(&m.multiplier, b, m.at_backstop) {
                    r if r.is_empty() => format::multiplier(m.multiplier.p10),
                    _ => format::price_range_bare(&m.multiplier, b, m.at_backstop),
                },
                format::multiplier(m.china_multiplier.central),
                tr(
                    "price-peak-in",
                    &[
                        (
                            "peak",
                            format::multiplier_capped(m.peak.central, b, m.at_backstop).into(),
                        ),
                        ("month", format::month(&m.peak_month).into()),
                    ],
                ),
                format::multiplier(m.spread.central),
                format::percent(m.unmet_share.central),
            ];
            if let Some(a) = a {
                let am = a.outcome.markets.get(*id);
                let ab = am.inputs.backstop;
                row.extend([
                    format::multiplier_capped(am.multiplier.central, ab, am.at_backstop),
                    format::multiplier(am.china_multiplier.central),
                    format::multiplier_capped(am.peak.central, ab, am.at_backstop),
                ]);
            }
            row
        })
        .collect();
    if let Some(e1) = e1 {
        let r = &e1.model;
        rows.push(vec![
            t("price-e1-row"),
            format::multiplier(r.central),
            if (r.p90 - r.p10).abs() > 1e-12 {
                format!(
                    "{} – {}",
                    format::multiplier(r.p10),
                    format::multiplier(r.p90)
                )
            } else {
                t("price-see-methodology")
            },
            "–".into(),
            "–".into(),
            format::multiplier(e1.observed.value),
            "–".into(),
        ]);
        if a.is_some() {
            if let Some(last) = rows.last_mut() {
                last.extend(["–", "–", "–"].map(String::from));
            }
        }
    }
    let mut headers: Vec<String> = vec![
        t("col-market"),
        t("price-col-outside"),
        "p10 – p90".into(),
        t("price-col-inside"),
        t("price-col-peak"),
        if o.replay.is_some() {
            t("price-col-spread-observed")
        } else {
            t("price-col-spread")
        },
        t("col-unmet"),
    ];
    if let Some(a) = a {
        headers.extend(
            ["price-col-outside", "price-col-inside", "price-col-peak"]
                .map(|h| super::column_a(&t(h), a.name)),
        );
    }
    ChartSpec {
        id: ChartId::Price,
        title: t("price-title"),
        alt: tr("price-alt", &[("finding", finding.as_str().into())]),
        finding,
        note: String::new(),
        plot: Plot::Bars(BarChart {
            series,
            groups,
            min: 0.15,
            max,
            log: true,
            horizontal: false,
            reference: vec![(
                1.0,
                tr(
                    "price-reference",
                    &[("year", price_year(o).to_string().into())],
                ),
            )],
            tick: Tick::Multiplier,
            observed_label: t("price-observed"),
            compare_label: a
                .map(|a| tr("chart-a-label", &[("name", a.name.into())]))
                .unwrap_or_default(),
        }),
        table: Table { headers, rows },
    }
}

/// How a set of prices moves, for a plural subject: "rise 28 %", "rise to ×2.8", "hold
/// steady", "fall 14 %"; at the backstop, "reach the backstop, at least ×30, with 20 % of
/// demand unmet".
fn moves(m: f64) -> String {
    let change = format::change(m);
    if change == format::change(1.0) {
        t("price-hold")
    } else if m >= 1.995 {
        tr("price-rise-to", &[("value", format::multiplier(m).into())])
    } else if m > 1.0 {
        tr(
            "price-rise",
            &[("change", change.trim_start_matches('+').into())],
        )
    } else {
        tr(
            "price-fall",
            &[("change", change.trim_start_matches('−').into())],
        )
    }
}

fn market_moves(m: &MarketOutcome) -> String {
    if m.at_backstop {
        tr(
            "price-moves-backstop",
            &[
                ("cap", format::multiplier(m.inputs.backstop).into()),
                ("unmet", format::percent(m.unmet_share.central).into()),
            ],
        )
    } else {
        let mut out = moves(m.multiplier.central);
        if format::at_cap(m.peak.central, m.inputs.backstop) {
            out.push_str(&tr(
                "price-peak-backstop",
                &[
                    ("peak", format::multiplier(m.inputs.backstop).into()),
                    ("month", format::month(&m.peak_month).into()),
                ],
            ));
        } else if format::multiplier(m.peak.central) != format::multiplier(m.multiplier.central) {
            out.push_str(&tr(
                "price-peak",
                &[
                    (
                        "peak",
                        format::multiplier_capped(m.peak.central, m.inputs.backstop, false).into(),
                    ),
                    ("month", format::month(&m.peak_month).into()),
                ],
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
        return tr(
            "price-none-normal",
            &[("year", price_year(o).to_string().into())],
        );
    }
    if !MarketId::ALL.iter().any(|id| moved(o.markets.get(*id))) {
        return tr(
            "price-none-moved",
            &[("year", price_year(o).to_string().into())],
        );
    }
    if o.replay.is_some() {
        // The 2009 replay has no magnet market: NdPr leads (MODEL.md §8).
        let ndpr = &o.markets.ndpr;
        return tr(
            "price-finding-replay",
            &[
                ("ndpr", market_moves(ndpr).into()),
                ("inside", moves(ndpr.china_multiplier.central).into()),
                ("dy", market_moves(&o.markets.dy).into()),
            ],
        );
    }
    let (mag, dy) = (&o.markets.magnet, &o.markets.dy);
    let outside = market_moves(mag);
    let inside = moves(mag.china_multiplier.central);
    let magnets = if outside == inside {
        tr("price-magnets-both", &[("outside", outside.into())])
    } else {
        tr(
            "price-magnets",
            &[("outside", outside.into()), ("inside", inside.into())],
        )
    };
    tr(
        "price-finding",
        &[("magnets", magnets.into()), ("dy", market_moves(dy).into())],
    )
}
