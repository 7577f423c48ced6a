//! The race between stocks and recovery (MODEL.md §7), month by month over the 36-month path of
//! the market that goes short first: its price outside and inside China, buyers' stocks in
//! months of cover and the unmet share, the restriction shaded, and the two marks "stocks run
//! out" (time to survive) and "back to normal" (time to recover).

use super::{Against, ChartId, ChartSpec};
use crate::i18n::case::upper_first;
use crate::i18n::{t, tr};
use crate::model::{MarketOutcome, Outcome};
use crate::ui::chart::{Line, LineChart, Tick, XAxis};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use crate::ui::summary::{market_name, market_word, restricted, survive_market};

/// A price within this share of normal counts as back to normal (MODEL.md §7's 10 %).
const NORMAL_WITHIN: f64 = 0.10;

/// Headroom above the highest value of a panel, so the top line does not touch the frame.
const HEADROOM: f64 = 1.2;

/// The finding in words, for the heading: how long stocks last, how high and when the price
/// outside China peaks, and when every market is back within 10 % of normal.
pub fn race_finding(o: &Outcome) -> String {
    let m = survive_market(o);
    race_finding_in(o, m, o.time_to_survive_months.central)
}

/// The finding for market `m` of `o`, whose stocks last `survive` months (the race chart of B
/// draws A's path of the same market).
fn race_finding_in(o: &Outcome, m: &MarketOutcome, survive: Option<f64>) -> String {
    if !restricted(o) {
        return t("race-none");
    }
    let month_of = |i: f64| {
        m.path
            .get(i.max(0.0).floor() as usize)
            .map(|p| format::month(&p.month))
            .unwrap_or_default()
    };
    let shown = format::thousands(m.path.len() as f64);
    let stocks = match survive {
        Some(x) if x <= 0.0 => tr("race-short-first", &[("market", market_word(m).into())]),
        Some(x) => tr(
            "race-stocks-last",
            &[
                ("market", market_word(m).into()),
                ("months", format::months(Some(x)).into()),
            ],
        ),
        None => tr(
            "race-stocks-beyond",
            &[
                ("market", market_word(m).into()),
                ("months", shown.as_str().into()),
            ],
        ),
    };
    let peak = m.peak.central;
    let at = [
        ("peak", format::multiplier(peak).into()),
        ("month", format::month(&m.peak_month).into()),
    ];
    let price = if format::at_cap(peak, m.inputs.backstop) {
        tr("race-price-backstop", &at)
    } else if peak > 1.0 + NORMAL_WITHIN {
        tr("race-price-peak", &at)
    } else {
        t("race-price-steady")
    };
    let back = match o.time_to_recover_months.central {
        Some(i) => tr("race-back", &[("month", month_of(i).into())]),
        None => tr("race-not-back", &[("months", shown.into())]),
    };
    tr(
        "race-finding",
        &[
            ("stocks", stocks.into()),
            ("price", price.into()),
            ("back", back.into()),
        ],
    )
}

/// "Dashed lines: A, Normal trade. In A, …": what A's dashed lines show, for the heading.
pub fn race_finding_a(a: &Against, m: &MarketOutcome) -> String {
    let am = a.outcome.markets.get(m.id);
    let finding = race_finding_in(a.outcome, am, am.time_to_survive_months.central);
    super::dashed_a(a.name, &finding)
}

/// The chart; with a comparison, A's path of the same market dashed over B's.
pub fn race_chart(o: &Outcome, a: Option<&Against>) -> ChartSpec {
    let m = survive_market(o);
    let path = &m.path;
    let n = path.len();
    let outside: Vec<f64> = path.iter().map(|p| p.ex_china).collect();
    let inside: Vec<f64> = path.iter().map(|p| p.china).collect();
    let stocks: Vec<f64> = path.iter().map(|p| p.stock_months).collect();
    let unmet: Vec<f64> = path.iter().map(|p| p.unmet_share).collect();
    let a_path = a.map(|a| &a.outcome.markets.get(m.id).path);
    let a_series = |f: fn(&crate::model::PathPoint) -> f64| -> Vec<f64> {
        a_path
            .map(|p| p.iter().map(f).collect())
            .unwrap_or_default()
    };
    let (a_outside, a_stocks, a_unmet) = (
        a_series(|p| p.ex_china),
        a_series(|p| p.stock_months),
        a_series(|p| p.unmet_share),
    );
    // The 12-month average's p10–p90, over the 12 months it averages (none when the ranges
    // are not computed yet: central figures while a slider moves).
    let r = &m.multiplier;
    let band = ((r.p90 - r.p10).abs() > 1e-12).then(|| vec![(r.p10, r.p90); n.min(12)]);
    let highest = outside
        .iter()
        .chain(&inside)
        .chain(&a_outside)
        .copied()
        .chain([r.p90, 1.0 + NORMAL_WITHIN])
        .filter(|v| v.is_finite())
        .fold(1.0_f64, f64::max);
    let lowest = outside
        .iter()
        .chain(&inside)
        .chain(&a_outside)
        .copied()
        .chain([r.p10, 1.0 - NORMAL_WITHIN])
        .filter(|v| v.is_finite() && *v > 0.0)
        .fold(1.0_f64, f64::min);
    let most_stock = stocks
        .iter()
        .chain(&a_stocks)
        .copied()
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let most_unmet = unmet
        .iter()
        .chain(&a_unmet)
        .copied()
        .fold(0.0_f64, f64::max);
    let months = m.inputs.months as f64;
    let last = (n.max(1) - 1) as f64;
    let mut marks = Vec::new();
    if let Some(x) = o.time_to_survive_months.central {
        marks.push((x.min(last), t("race-mark-out")));
    }
    if let Some(x) = o.time_to_recover_months.central {
        marks.push((x.min(last), t("race-mark-normal")));
    }
    let x = XAxis {
        labels: path.iter().map(|p| format::month_short(&p.month)).collect(),
        shade: restricted(o).then(|| (0.0, months.min(last), t("race-shade"))),
        marks,
    };
    let finding = match a {
        Some(a) => super::then_a(&race_finding(o), &race_finding_a(a, m)),
        None => race_finding(o),
    };
    let rows = path
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![
                format::month(&p.month),
                format::multiplier(p.ex_china),
                format::multiplier(p.china),
                format::sig(p.stock_months),
                format::percent(p.unmet_share),
                format::tonnes(p.exports),
            ];
            if let Some(ap) = a_path.and_then(|ap| ap.get(i)) {
                row.extend([
                    format::multiplier(ap.ex_china),
                    format::sig(ap.stock_months),
                    format::percent(ap.unmet_share),
                ]);
            }
            row
        })
        .collect();
    // A's lines, dashed in B's colours, after B's in each panel.
    let dashed = |name: &str, color: usize, values: Vec<f64>| {
        // Short in the legend (the heading and the table name A in full).
        a.map(|_| Line {
            name: tr("series-a", &[("name", name.into())]),
            color,
            values,
            band: None,
            dashed: true,
        })
    };
    let mut headers: Vec<String> = [
        "col-month",
        "col-outside",
        "col-inside",
        "race-col-stocks",
        "col-unmet",
        "race-col-exports",
    ]
    .map(t)
    .to_vec();
    if let Some(a) = a {
        headers.extend(
            ["col-outside", "race-col-stocks-short", "col-unmet"]
                .map(|h| super::column_a(&t(h), a.name)),
        );
    }
    ChartSpec {
        id: ChartId::Race,
        title: t("race-title"),
        alt: tr(
            "race-alt",
            &[
                ("months", format::thousands(n as f64).into()),
                (
                    "start",
                    format::month(&path.first().map(|p| p.month.clone()).unwrap_or_default())
                        .into(),
                ),
                ("market", market_word(m).into()),
                ("duration", format::months(Some(months)).into()),
                // Shaded only where something is restricted (the plot's `shade` below).
                ("shaded", crate::i18n::yes_no(restricted(o)).into()),
                ("finding", finding.as_str().into()),
            ],
        ),
        finding,
        note: String::new(),
        plot: Plot::Lines {
            x,
            panels: vec![
                LineChart {
                    title: upper_first(&tr(
                        "race-panel-price",
                        &[("market", market_name(m.id).into())],
                    )),
                    series: vec![
                        Line {
                            name: t("col-outside"),
                            color: 0,
                            values: outside,
                            band,
                            dashed: false,
                        },
                        Line {
                            name: t("col-inside"),
                            color: 1,
                            values: inside,
                            band: None,
                            dashed: false,
                        },
                    ]
                    .into_iter()
                    .chain(dashed(&t("col-outside"), 0, a_outside))
                    .collect(),
                    min: lowest * 0.9,
                    max: highest * HEADROOM,
                    log: true,
                    tick: Tick::Multiplier,
                },
                LineChart {
                    title: t("race-panel-stocks"),
                    series: [Line {
                        name: t("race-col-stocks-short"),
                        color: 2,
                        values: stocks,
                        band: None,
                        dashed: false,
                    }]
                    .into_iter()
                    .chain(dashed(&t("race-col-stocks-short"), 2, a_stocks))
                    .collect(),
                    min: 0.0,
                    max: most_stock * HEADROOM,
                    log: false,
                    tick: Tick::Plain,
                },
                LineChart {
                    title: t("race-panel-unmet"),
                    series: [Line {
                        name: t("race-unmet-share"),
                        color: 3,
                        values: unmet,
                        band: None,
                        dashed: false,
                    }]
                    .into_iter()
                    .chain(dashed(&t("race-unmet-share"), 3, a_unmet))
                    .collect(),
                    min: 0.0,
                    // An empty panel still reads 0–10 %, not a flat line at the top.
                    max: (most_unmet * HEADROOM).clamp(0.1, 1.0),
                    log: false,
                    tick: Tick::Percent,
                },
            ],
        },
        table: Table { headers, rows },
    }
}
