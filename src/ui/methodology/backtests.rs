//! Backtests: the recorded episodes against the model, the calibration's fits, the 2025 licensing path.

use super::{
    attrs, el, element, format, h3, h4, japan_backtest, leaf, live, live_at, p, range_mult, s,
    section, source_links, t, table, td, td_s, th_row, AttrValue, Fmt, Html, MarketId, Outcome,
    DATASET, NONE,
};

/// The 2010 replay's inputs: the text before each, its JSON field, and how it is written.
type QuotaGet = fn(&crate::model::Quota2010) -> f64;
const QUOTA_INPUTS: [(&str, &str, QuotaGet, Fmt); 9] = [
    ("The model is replayed on the 2009 market (all rare earths, from the dataset's 2009 snapshot), with the \
                  2010 export quota as a share of 2009 exports: quota = ", "backtest.quota_2010.quota", |q| q.quota, format::percent),
    (", D = ", "backtest.quota_2010.demand", |q| q.demand, format::thousands),
    (" t, F = ", "backtest.quota_2010.non_china_supply", |q| q.non_china_supply, format::thousands),
    (" t, K = ", "backtest.quota_2010.non_china_capacity", |q| q.non_china_capacity, format::thousands),
    (" t, E = ", "backtest.quota_2010.normal_exports", |q| q.normal_exports, format::thousands),
    (" t, Q = ", "backtest.quota_2010.allowed_exports", |q| q.allowed_exports, format::thousands),
    (" t, with the NdPr elasticities ed = ", "backtest.quota_2010.ed", |q| q.ed, format::sig),
    (", es = ", "backtest.quota_2010.es", |q| q.es, format::sig),
    (" and backstop B = ", "backtest.quota_2010.backstop", |q| q.backstop, format::multiplier),
];

/// An episode's window as a reader says it: "2011" → "2011 average", "2011-09" → "September
/// 2011", "2025-05..2025-07" → "May 2025 – July 2025 average".
fn window(w: &str) -> String {
    match w.split_once("..") {
        Some((a, b)) => format!("{} – {} average", format::month(a), format::month(b)),
        None if w.len() == 4 => format!("{w} average"),
        None => format::month(w),
    }
}

/// Every observed figure of E1 (2010–11) and E2 (2025) beside model 2's central and p10–p90.
fn episodes(o: &Outcome) -> Html {
    let bt = &o.backtest;
    let rows = bt
        .episodes
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let what = match e.figure {
                "ex_china" => "price outside China",
                "china" => "price inside China",
                "spread" => "spread, outside ÷ inside",
                other => other,
            };
            let name = match e.element {
                "magnet" => "Magnets".to_string(),
                el => format!("{} oxide", element(el)),
            };
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
                "an input: taken as observed".to_string()
            } else if e.inside {
                "inside p10–p90".to_string()
            } else {
                format!("outside p10–p90 (model ÷ observed {:.2})", e.ratio)
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(format!(
                        "{}, {name}, {what}, {}",
                        e.id,
                        window(e.window)
                    ))]),
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
        crate::model::episodes::E1Route::Conditional => format!(
            "E1's China side is taken as observed (China's own price from the record, an input of the backtest \
             only): the China shock the model can infer (output at {} of normal, stock-building of {} of its \
             demand) does not reproduce it.",
            format::percent(bt.e1_china.china_output),
            format::months(Some(bt.e1_china.china_stockpiling))
        ),
        crate::model::episodes::E1Route::Inferred => format!(
            "E1's China side is inferred: output at {} of normal and stock-building of {} of its demand.",
            format::percent(bt.e1_china.china_output),
            format::months(Some(bt.e1_china.china_stockpiling))
        ),
    };
    el(
        "div",
        NONE,
        vec![
            p(vec![s(format!(
                "E1 replays 2010–11 on the 2009 market from January 2010, with what actually left China each month \
                 and the 2011 export duty; E2 is the licensing-apr-2025 preset's path. {route} {inside} of the {} \
                 predicted figures lie inside the model's p10–p90 range.",
                predicted.len()
            ))]),
            table(
                AttrValue::Static("Model 2 beside the episodes"),
                AttrValue::Static("m-episodes"),
                vec![t("Observed figures (× the price before) beside model 2's central and p10–p90")],
                &["Episode, figure, window", "Observed (range)", "Model 2 (p10 – p90)", "Verdict"],
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
    use crate::model::episodes::{E1Route, E1_INFERRED};
    let fits: Vec<(Fit, Vec<crate::model::calibration::FitFigure>)> = DATASET
        .calibration
        .iter()
        .map(|c| {
            let f = Fit::from(c);
            let mut all = figures(&DATASET, "E1", &f, E1_INFERRED, E1Route::Conditional);
            all.extend(figures(
                &DATASET,
                "E2",
                &f,
                E1_INFERRED,
                E1Route::Conditional,
            ));
            (f, all)
        })
        .collect();
    let name = |fit: &str| match fit {
        "e1" => "fitted on E1",
        "e2" => "fitted on E2 (the defaults)",
        _ => "fitted on both",
    };
    let mut rows: Vec<Html> = vec![el(
        "tr",
        NONE,
        std::iter::once(th_row(vec![t("θ, λ, panic, Dy/Tb cover, magnet cover")]))
            .chain(std::iter::once(td_s(String::new())))
            .chain(fits.iter().map(|(f, _)| {
                td_s(format!(
                    "{}, {}, {}, {}, {}",
                    f.theta, f.lambda, f.panic, f.buffer_heavy, f.buffer_magnet
                ))
            }))
            .collect(),
    )];
    let n = fits.first().map_or(0, |f| f.1.len());
    for i in 0..n {
        let first = &fits[0].1[i];
        let mut cells = vec![
            th_row(vec![s(format!("{} {}", first.episode, first.label))]),
            td_s(format::multiplier(first.observed)),
        ];
        for (_, figs) in &fits {
            let x = &figs[i];
            cells.push(td_s(format!(
                "{} (×{:.2})",
                format::multiplier(x.model),
                x.model / x.observed
            )));
        }
        rows.push(el("tr", NONE, cells));
    }
    for ep in ["E1", "E2"] {
        let mut cells = vec![
            th_row(vec![s(format!("{ep}: mean squared log error"))]),
            td_s(String::new()),
        ];
        for (_, figs) in &fits {
            let part: Vec<_> = figs.iter().filter(|x| x.episode == ep).cloned().collect();
            cells.push(td_s(format!("{:.3}", loss(&part))));
        }
        rows.push(el("tr", NONE, cells));
    }
    let headers: Vec<&'static str> = std::iter::once("Figure")
        .chain(std::iter::once("Observed"))
        .chain(DATASET.calibration.iter().map(|c| name(c.fit)))
        .collect();
    el(
        "div",
        NONE,
        vec![
            p(vec![t("The stock-holders' parameters were fitted on a grid (cargo run --release --bin calibrate): once on E1 alone, \
                 once on E2 alone, once on both. Each fit is judged on the episode it did not see. The defaults are the E2 fit, \
                 because 2025 is closest to today's markets; the joint fit would keep every figure closer, and was not chosen so \
                 that 2010–11 stays a test the model did not see. Central figures, computed here from the same code.")]),
            table(
                AttrValue::Static("Calibration fits"),
                AttrValue::Static("m-calibration"),
                vec![t("Each fit's parameters, and every observed figure beside the model under it (model ÷ observed)")],
                &headers,
                rows,
            ),
        ],
    )
}

pub(super) fn backtests(o: &Outcome, licensing: &Outcome) -> Html {
    let q = &o.backtest.quota_2010;
    let obs = q.observed_ratio;
    let verdict = match (obs, q.observed_in_p10_p90) {
        (Some(x), true) => format!("The observed {} move ({}) lies inside the model's p10–p90 range.", element(q.comparator), format::multiplier(x)),
        (Some(x), false) if x > q.multiplier.p90 => format!(
            "The observed {} move ({}) lies above the model's p10–p90 range ({}): the model under-predicts this spike.",
            element(q.comparator), format::multiplier(x), range_mult(&q.multiplier)),
        (Some(x), false) => format!(
            "The observed {} move ({}) lies below the model's p10–p90 range ({}).",
            element(q.comparator), format::multiplier(x), range_mult(&q.multiplier)),
        (None, _) => "The dataset has no observed move to compare with.".to_string(),
    };
    let spreads: Vec<_> = licensing.backtest.spreads.iter().collect();
    let observed: Vec<f64> = spreads.iter().filter_map(|s| s.observed_spread).collect();
    let obs_lo = observed.iter().cloned().fold(f64::INFINITY, f64::min);
    let obs_hi = observed.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mut replay = Vec::new();
    for (text, path, get, fmt) in QUOTA_INPUTS.iter() {
        let v = get(q);
        replay.push(t(text));
        replay.push(live_at(path, v, fmt(v)));
    }
    replay.push(t("."));
    let strong = |text: &'static str| leaf("strong", NONE, text);
    let mult = |path: &'static str, v: f64| live_at(path, v, format::multiplier(v));
    let mut result = vec![
        strong("Model: "),
        mult(
            "backtest.quota_2010.multiplier.central",
            q.multiplier.central,
        ),
        t(" (p10–p90 "),
        mult("backtest.quota_2010.multiplier.p10", q.multiplier.p10),
        t(" – "),
        mult("backtest.quota_2010.multiplier.p90", q.multiplier.p90),
        t(")"),
        strong(" · What happened: "),
    ];
    match obs {
        Some(x) => {
            result.push(s(format!(
                "{} oxide, 2011 annual average ÷ 2009: ",
                element(q.comparator)
            )));
            result.push(mult("backtest.quota_2010.observed_ratio", x));
        }
        None => result.push(t("no observation in the dataset")),
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
                    td_s(sp.peak_ratio.map(format::multiplier).unwrap_or_else(none)),
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
                    td_s(
                        sp.observed_spread
                            .map(format::multiplier)
                            .unwrap_or_else(none),
                    ),
                    td_s(
                        that_month(sp.element, sp.date)
                            .map(format::multiplier)
                            .unwrap_or_else(none),
                    ),
                    td_s(
                        sp.model_spread
                            .map(|r| {
                                format!("{} ({})", format::multiplier(r.central), range_mult(&r))
                            })
                            .unwrap_or_else(none),
                    ),
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
        format!(
            ", which includes {} after the restriction's {}",
            format::months(Some((12 - months) as f64)),
            format::months(Some(months as f64))
        )
    } else {
        String::new()
    };
    section(
        "m-backtests",
        vec![
            h3("m-backtests", "Backtests: what the model says beside what happened"),
            h4("Model 2 beside the two episodes (MODEL.md §10)"),
            episodes(licensing),
            h4("Calibration: three fits, each judged out of sample"),
            calibration_fits(),
            h4("Japan's chain, 2010 and 2024 (japan-2010-2024, MODEL.md §6.1)"),
            japan_backtest(o),
            h4("The 2010–11 quota cut: model 1's annual replay"),
            p(replay),
            el("p", attrs!("class" = "backtest-result"), result),
            p(vec![s(verdict)]),
            table(
                AttrValue::Static("Observed prices 2009 to 2011"),
                AttrValue::Static("m-spikes"),
                vec![t("Observed prices, 2009 → 2011 (US$/kg, annual averages)")],
                &["Oxide", "2009", "2011", "2011 ÷ 2009 (low – high)", "Peak ÷ 2009"],
                spikes,
            ),
            p(vec![t("Why the replay falls short of 2011: it is one year of a partial-equilibrium market without stocks \
                  (model 2 with no stocks, no panic buying, China's output unchanged and no duty), whose elasticities \
                  describe a shortage that buyers and suppliers adjust to. 2010–11 was a speculative spike: buyers and \
                  traders built stocks in fear of further cuts, China cut its own output, built a state reserve and \
                  charged an export duty; prices overshot and then collapsed in 2012–13 as demand was cut, material was \
                  smuggled out and stocks were drawn down. Model 2 has levers for most of this (panic buying, China's \
                  output and stockpiling, the duty), but this replay does not use them, and nothing in the model \
                  speculates. Read its figure as the floor a year-long cut sustains, not the peak of a scramble.")]),
            h4("The 2025 licensing (from April 2025)"),
            p(vec![s(format!("Observed Europe-vs-China prices for the same oxide, months into the licensing regime, beside the \
                  model's spread (outside ÷ inside China) for the licensing-apr-2025 preset ({}):",
                  licensing.scenario.query))]),
            table(
                AttrValue::Static("Europe vs China spreads"),
                AttrValue::Static("m-spreads"),
                vec![t("Europe vs China, US$/kg, and the spread")],
                &["Oxide, date", "Europe", "China", "Observed spread", "Model, that month", "Model, 12-month average (p10–p90)"],
                spread_rows,
            ),
            p(vec![if observed.is_empty() {
                    t("The dataset has no observed spread.")
                } else {
                    s(format!("The observed spreads were about {} – {}, taken a few months into the licensing regime. \
                        The model's spread is the 12-month average from {} of its monthly path{}; {} of the {} \
                        observations lie inside the p10–p90 range of the 12-month average. The column \
                        “Model, that month” is the central path's spread in the month of the observation.",
                        format::multiplier(obs_lo), format::multiplier(obs_hi), format::month(&licensing.path_start),
                        after, inside, compared.len()))
                }]),
        ],
    )
}
