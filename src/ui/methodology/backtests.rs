//! Backtests: the recorded episodes against the model, the calibration's fits, the 2025 licensing path.

use super::{
    attrs, el, element, format, h3, h4, heads, japan_backtest, live, live_at, msg, p, range_mult,
    rich, s, section, source_links, t, table_of, td, td_s, th_row, Fmt, Html, MarketId, Outcome,
    DATASET, NONE,
};
use crate::i18n::{t as text, tr};

/// The 2010 replay's inputs: the message variable of each, its JSON field, and how it is written.
type QuotaGet = fn(&crate::model::Quota2010) -> f64;
const QUOTA_INPUTS: [(&str, &str, QuotaGet, Fmt); 9] = [
    (
        "quota",
        "backtest.quota_2010.quota",
        |q| q.quota,
        format::percent,
    ),
    (
        "demand",
        "backtest.quota_2010.demand",
        |q| q.demand,
        format::thousands,
    ),
    (
        "supply",
        "backtest.quota_2010.non_china_supply",
        |q| q.non_china_supply,
        format::thousands,
    ),
    (
        "capacity",
        "backtest.quota_2010.non_china_capacity",
        |q| q.non_china_capacity,
        format::thousands,
    ),
    (
        "exports",
        "backtest.quota_2010.normal_exports",
        |q| q.normal_exports,
        format::thousands,
    ),
    (
        "allowed",
        "backtest.quota_2010.allowed_exports",
        |q| q.allowed_exports,
        format::thousands,
    ),
    ("ed", "backtest.quota_2010.ed", |q| q.ed, format::sig),
    ("es", "backtest.quota_2010.es", |q| q.es, format::sig),
    (
        "backstop",
        "backtest.quota_2010.backstop",
        |q| q.backstop,
        format::multiplier,
    ),
];

/// An episode's window as a reader says it: "2011" → "2011 average", "2011-09" → "September
/// 2011", "2025-05..2025-07" → "May 2025 – July 2025 average".
fn window(w: &str) -> String {
    match w.split_once("..") {
        Some((a, b)) => tr(
            "m-bt-window-range",
            &[
                ("from", format::month(a).into()),
                ("to", format::month(b).into()),
            ],
        ),
        None if w.len() == 4 => tr("m-bt-window-year", &[("year", w.into())]),
        None => format::month(w),
    }
}

/// An observed figure as a reader names it: "E2, Dy oxide, spread, outside ÷ inside, May 2025 –
/// July 2025 average".
fn figure_label(id: &str, element_key: &str, figure: &str, window_key: &str) -> String {
    let what = match figure {
        "ex_china" => text("m-bt-ex-china"),
        "china" => text("m-bt-china"),
        "spread" => text("m-bt-spread"),
        other => other.to_string(),
    };
    let name = match element_key {
        "magnet" => text("m-bt-magnets"),
        el => tr("m-bt-oxide", &[("element", element(el).into())]),
    };
    format!("{id}, {name}, {what}, {}", window(window_key))
}

/// Every observed figure of E1 (2010–11) and E2 (2025) beside model 2's central and p10–p90.
fn episodes(o: &Outcome) -> Html {
    let bt = &o.backtest;
    let rows = bt
        .episodes
        .iter()
        .enumerate()
        .map(|(i, e)| {
            // A price outside China at its market's backstop is a floor.
            let cap = match (e.figure, e.element) {
                ("ex_china", "nd" | "ndpr") => DATASET.market(MarketId::Ndpr).backstop.value,
                ("ex_china", "dy") => DATASET.market(MarketId::Dy).backstop.value,
                ("ex_china", "tb") => DATASET.market(MarketId::Tb).backstop.value,
                ("ex_china", "magnet") => DATASET.market(MarketId::Magnet).backstop.value,
                _ => f64::INFINITY,
            };
            let path = |field: &str| format!("backtest.episodes.{i}.{field}");
            let verdict = if e.input {
                text("m-bt-input")
            } else if e.inside {
                text("m-bt-inside")
            } else {
                tr(
                    "m-bt-outside",
                    &[("ratio", format::fixed(e.ratio, 2).into())],
                )
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(figure_label(e.id, e.element, e.figure, e.window))]),
                    td(vec![
                        live(
                            path("observed.value"),
                            e.observed.value,
                            format::multiplier(e.observed.value),
                        ),
                        s(format!(
                            " ({} – {})",
                            format::multiplier(e.observed.low),
                            format::multiplier(e.observed.high)
                        )),
                        source_links(e.source),
                    ]),
                    td(vec![
                        live(
                            path("model.central"),
                            e.model.central,
                            format::multiplier_capped(e.model.central, cap, false),
                        ),
                        t(" ("),
                        live(
                            path("model.p10"),
                            e.model.p10,
                            format::multiplier_capped(e.model.p10, cap, false),
                        ),
                        t(" – "),
                        live(
                            path("model.p90"),
                            e.model.p90,
                            format::multiplier_capped(e.model.p90, cap, false),
                        ),
                        t(")"),
                    ]),
                    td_s(verdict),
                ],
            )
        })
        .collect();
    let predicted: Vec<_> = bt.episodes.iter().filter(|e| !e.input).collect();
    let inside = predicted.iter().filter(|e| e.inside).count();
    let route = match bt.e1_route {
        crate::model::episodes::E1Route::Conditional => "m-bt-route-conditional",
        crate::model::episodes::E1Route::Inferred => "m-bt-route-inferred",
    };
    let route = tr(
        route,
        &[
            ("output", format::percent(bt.e1_china.china_output).into()),
            (
                "stocks",
                format::months(Some(bt.e1_china.china_stockpiling)).into(),
            ),
            // "stock-building of 0 months" is "no stock-building".
            (
                "none",
                crate::i18n::yes_no(bt.e1_china.china_stockpiling < 0.05).into(),
            ),
        ],
    );
    el(
        "div",
        NONE,
        vec![
            p(vec![s(tr(
                "m-bt-episodes",
                &[
                    ("route", route.into()),
                    ("inside", format::thousands(inside as f64).into()),
                    ("n", (inside as f64).into()),
                    (
                        "predicted",
                        format::thousands(predicted.len() as f64).into(),
                    ),
                ],
            ))]),
            preset_replay(),
            table_of(
                "m-bt-episodes-label",
                "m-episodes",
                vec![msg("m-bt-episodes-caption")],
                &heads(&[
                    "m-col-episode",
                    "m-col-observed-range",
                    "m-col-model-2",
                    "m-col-verdict",
                ]),
                rows,
            ),
        ],
    )
}

/// The calibration's three recorded fits (docs/calibration.md), each with every observed figure
/// of E1 and E2 beside the model's central value under it, computed live: in sample for the
/// episode a fit was chosen on, out of sample for the other.
fn calibration_fits() -> Html {
    use crate::model::calibration::{figures, loss, Fit};
    use crate::model::episodes::{e1_inferred, E1Route};
    let china = e1_inferred(&DATASET);
    let fits: Vec<(Fit, Vec<crate::model::calibration::FitFigure>)> = DATASET
        .calibration
        .iter()
        .map(|c| {
            let f = Fit::from(c);
            let mut all = figures(&DATASET, "E1", &f, china, E1Route::Conditional);
            all.extend(figures(&DATASET, "E2", &f, china, E1Route::Conditional));
            (f, all)
        })
        .collect();
    let name = |fit: &str| match fit {
        "e1" => text("m-bt-fit-e1"),
        "e2" => text("m-bt-fit-e2"),
        _ => text("m-bt-fit-both"),
    };
    let mut rows: Vec<Html> = vec![el(
        "tr",
        NONE,
        std::iter::once(th_row(vec![msg("m-bt-fit-params")]))
            .chain(std::iter::once(td_s(String::new())))
            .chain(fits.iter().map(|(f, _)| {
                let v = |x: f64| format::exact(x).into();
                td_s(tr(
                    "m-bt-fit-values",
                    &[
                        ("theta", v(f.theta)),
                        ("lambda", v(f.lambda)),
                        ("panic", v(f.panic)),
                        ("heavy", v(f.buffer_heavy)),
                        ("magnet", v(f.buffer_magnet)),
                    ],
                ))
            }))
            .collect(),
    )];
    let n = fits.first().map_or(0, |f| f.1.len());
    for i in 0..n {
        let first = &fits[0].1[i];
        let mut cells = vec![
            th_row(vec![s({
                let f = first.figure;
                figure_label(f.id, f.element, f.figure, f.window)
            })]),
            td_s(format::multiplier(first.observed)),
        ];
        for (_, figs) in &fits {
            let x = &figs[i];
            cells.push(td_s(format!(
                "{} (×{})",
                format::multiplier(x.model),
                format::fixed(x.model / x.observed, 2)
            )));
        }
        rows.push(el("tr", NONE, cells));
    }
    for ep in ["E1", "E2"] {
        let mut cells = vec![
            th_row(vec![s(tr("m-bt-msle", &[("episode", ep.into())]))]),
            td_s(String::new()),
        ];
        for (_, figs) in &fits {
            let part: Vec<_> = figs.iter().filter(|x| x.figure.id == ep).cloned().collect();
            cells.push(td_s(format::fixed(loss(&part), 3)));
        }
        rows.push(el("tr", NONE, cells));
    }
    let headers: Vec<String> = heads(&["m-col-figure", "m-col-observed"])
        .into_iter()
        .chain(DATASET.calibration.iter().map(|c| name(c.fit)))
        .collect();
    el(
        "div",
        NONE,
        vec![
            p(vec![msg("m-bt-calibration")]),
            table_of(
                "m-bt-calibration-label",
                "m-calibration",
                vec![msg("m-bt-calibration-caption")],
                &headers,
                rows,
            ),
        ],
    )
}

pub(super) fn backtests(o: &Outcome, licensing: &Outcome) -> Html {
    let q = &o.backtest.quota_2010;
    let obs = q.observed_ratio;
    let verdict = match obs {
        Some(x) => tr(
            if q.observed_in_p10_p90 {
                "m-bt-verdict-inside"
            } else if x > q.multiplier.p90 {
                "m-bt-verdict-above"
            } else {
                "m-bt-verdict-below"
            },
            &[
                ("element", element(q.comparator).into()),
                ("observed", format::multiplier(x).into()),
                ("range", range_mult(&q.multiplier).into()),
            ],
        ),
        None => text("m-bt-verdict-none"),
    };
    let spreads: Vec<_> = licensing.backtest.spreads.iter().collect();
    let observed: Vec<f64> = spreads.iter().filter_map(|s| s.observed_spread).collect();
    let obs_lo = observed.iter().copied().fold(f64::INFINITY, f64::min);
    let obs_hi = observed.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let replay = rich(
        "m-bt-replay",
        &[],
        QUOTA_INPUTS
            .iter()
            .map(|(name, path, get, fmt)| {
                let v = get(q);
                (*name, live_at(path, v, fmt(v)))
            })
            .collect(),
    );
    let strong = |text: String| el("strong", NONE, vec![s(text)]);
    let mult = |path: &'static str, v: f64| live_at(path, v, format::multiplier(v));
    let mut result = vec![
        strong(format!("{} ", text("m-bt-model"))),
        mult(
            "backtest.quota_2010.multiplier.central",
            q.multiplier.central,
        ),
    ];
    result.extend(rich(
        "m-bt-p10-p90",
        &[],
        vec![
            (
                "p10",
                mult("backtest.quota_2010.multiplier.p10", q.multiplier.p10),
            ),
            (
                "p90",
                mult("backtest.quota_2010.multiplier.p90", q.multiplier.p90),
            ),
        ],
    ));
    result.push(strong(format!(" · {} ", text("m-bt-happened"))));
    match obs {
        Some(x) => result.extend(rich(
            "m-bt-observed",
            &[("element", element(q.comparator))],
            vec![("ratio", mult("backtest.quota_2010.observed_ratio", x))],
        )),
        None => result.push(msg("m-bt-no-observation")),
    }
    let none = || "–".to_string();
    let spikes = q
        .observed
        .iter()
        .map(|sp| {
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(element(sp.element))]),
                    td_s(format::sig(sp.before)),
                    td_s(format::sig(sp.annual)),
                    td_s(format!(
                        "{} ({} – {})",
                        format::multiplier(sp.ratio),
                        format::multiplier(sp.ratio_low),
                        format::multiplier(sp.ratio_high)
                    )),
                    td_s(sp.peak_ratio.map_or_else(none, format::multiplier)),
                ],
            )
        })
        .collect();
    // The model's spread in the month of each observation, read off the licensing path.
    let that_month = |element: &str, date: &str| -> Option<f64> {
        let id = MarketId::ALL.iter().find(|id| id.key() == element)?;
        let point = licensing
            .markets
            .get(*id)
            .path
            .iter()
            .find(|p| p.month == date)?;
        (point.china > 0.0).then(|| point.ex_china / point.china)
    };
    let spread_rows = spreads
        .iter()
        .map(|sp| {
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(format!("{}, {}", element(sp.element), sp.date))]),
                    td_s(format::sig(sp.europe_usd_per_kg)),
                    td_s(format::sig(sp.china_usd_per_kg)),
                    td_s(sp.observed_spread.map_or_else(none, format::multiplier)),
                    td_s(that_month(sp.element, sp.date).map_or_else(none, format::multiplier)),
                    td_s(sp.model_spread.map_or_else(none, |r| {
                        format!("{} ({})", format::multiplier(r.central), range_mult(&r))
                    })),
                ],
            )
        })
        .collect();
    // How many observations the 12-month average's p10–p90 contains.
    let compared: Vec<bool> = spreads
        .iter()
        .filter_map(|sp| {
            let (x, r) = (sp.observed_spread?, sp.model_spread?);
            Some(r.p10 <= x && x <= r.p90)
        })
        .collect();
    let inside = compared.iter().filter(|c| **c).count();
    let months = licensing.markets.dy.inputs.months;
    let after = if months < 12 {
        tr(
            "m-bt-after",
            &[
                ("after", format::months(Some((12 - months) as f64)).into()),
                ("months", format::months(Some(months as f64)).into()),
            ],
        )
    } else {
        String::new()
    };
    section(
        "m-backtests",
        vec![
            h3("m-backtests", "m-backtests-title"),
            h4("m-bt-episodes-title"),
            episodes(licensing),
            h4("m-bt-calibration-title"),
            calibration_fits(),
            h4("m-bt-japan-title"),
            japan_backtest(o),
            h4("m-bt-quota-title"),
            p(replay),
            el("p", attrs!("class" = "backtest-result"), result),
            p(vec![s(verdict)]),
            table_of(
                "m-bt-spikes-label",
                "m-spikes",
                vec![msg("m-bt-spikes-caption")],
                &heads(&["m-col-oxide", "2009", "2011", "m-col-ratio", "m-col-peak"]),
                spikes,
            ),
            p(vec![msg("m-bt-why")]),
            h4("m-bt-licensing-title"),
            p(vec![s(tr(
                "m-bt-licensing",
                &[("query", licensing.scenario.query.as_str().into())],
            ))]),
            table_of(
                "m-bt-spreads-label",
                "m-spreads",
                vec![msg("m-bt-spreads-caption")],
                &heads(&[
                    "m-col-oxide-date",
                    "m-col-europe",
                    "m-col-china",
                    "m-col-observed-spread",
                    "m-col-that-month",
                    "m-col-average",
                ]),
                spread_rows,
            ),
            p(vec![if observed.is_empty() {
                msg("m-bt-no-spread")
            } else {
                s(tr(
                    "m-bt-spreads",
                    &[
                        ("low", format::multiplier(obs_lo).into()),
                        ("high", format::multiplier(obs_hi).into()),
                        ("start", format::month(&licensing.path_start).into()),
                        ("after", after.into()),
                        ("inside", format::thousands(inside as f64).into()),
                        // The verb agrees with it: "1 of the 4 observations lies".
                        ("n", (inside as f64).into()),
                        ("compared", format::thousands(compared.len() as f64).into()),
                    ],
                ))
            }]),
            stoppages(licensing),
        ],
    )
}

/// The 2025 figure the episodes' table cannot hold (a date, not a price): car plants stopped
/// about 1.5–2 months after the April 2025 controls. Said beside what the licensing path gives
/// for buyers' magnet stocks, live, because the model misses it.
fn stoppages(licensing: &Outcome) -> Html {
    stoppages_text(licensing).map_or_else(Html::default, |t| p(vec![s(t)]))
}

/// The sentence of [`stoppages`]; `None` without a path.
fn stoppages_text(licensing: &Outcome) -> Option<String> {
    let m = &licensing.markets.magnet;
    let low = m
        .path
        .iter()
        .min_by(|a, b| a.stock_months.total_cmp(&b.stock_months))?;
    let unmet = m.path.iter().map(|p| p.unmet_share).fold(0.0, f64::max);
    Some(tr(
        "m-bt-stoppages",
        &[
            ("buffer", format::sig(m.inputs.buffer).into()),
            ("min", format::sig(low.stock_months).into()),
            ("month", format::month(&low.month).into()),
            ("unmet", format::percent(unmet).into()),
            // "at most 0 % of demand goes unmet" is "no demand goes unmet".
            ("none", crate::i18n::yes_no(unmet < 0.005).into()),
        ],
    ))
}

/// The calculator's own replay of 2010–11 (the preset on 2009's markets, China's side inferred)
/// beside E1's observed Nd figure, live from the model.
fn preset_replay() -> Html {
    let Some(r) = crate::model::episodes::preset_replay(&DATASET) else {
        return Html::default();
    };
    let name = DATASET
        .preset(r.preset)
        .map_or_else(String::new, crate::ui::words::preset_name);
    p(vec![s(tr(
        "m-bt-preset-replay",
        &[
            ("preset", name.into()),
            ("output", format::percent(r.china_output).into()),
            ("model", format::multiplier(r.model).into()),
            ("observed", format::multiplier(r.observed).into()),
        ],
    ))])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 2025 stoppages the model misses, said with the licensing path's own stocks.
    #[test]
    fn the_car_plant_stoppages_are_said_beside_the_models_magnet_stocks() {
        let licensing = crate::ui::test_support::central_outcome("preset=licensing-apr-2025");
        // Percentages keep their number and sign together with a no-break space.
        let text = stoppages_text(&licensing)
            .expect("a path")
            .replace('\u{a0}', " ");
        let stocks: Vec<f64> = licensing
            .markets
            .magnet
            .path
            .iter()
            .map(|p| p.stock_months)
            .collect();
        let low = stocks.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(
            low < licensing.markets.magnet.inputs.buffer && low > 2.0,
            "{low}"
        );
        assert!(
            text.contains(&format!("fall from 3 to {} months", format::sig(low))),
            "{text}"
        );
        assert!(text.contains("(lowest in June 2025)"), "{text}");
        // No month leaves demand unmet, which is said as such, not "at most 0 %".
        assert!(
            licensing
                .markets
                .magnet
                .path
                .iter()
                .all(|p| p.unmet_share < 0.005),
            "{text}"
        );
        assert!(text.contains("and no demand goes unmet"), "{text}");
        assert!(!text.contains("at most"), "{text}");
    }
}
