//! Formulas with your numbers: each market's inputs and results, and the formulas with live values.

use super::{
    attrs, chain_table, el, format, formula, h3, h4, heads, leaf, live, live_at, live_mult,
    live_span, live_t, market_label, p, rich, s, section, table_of, td, th_row, Chain, Fmt, Html,
    MarketId, MarketOutcome, Outcome, FORMULA, NONE,
};
use crate::i18n::tr;

type Get = fn(&MarketOutcome) -> f64;

/// The rows of the market table: a symbol, the message id of its meaning, its JSON field, its
/// value and format.
const MARKET_ROWS: [(&str, &str, &str, Get, Fmt); 24] = [
    (
        "D_t",
        "m-row-demand",
        "inputs.demand",
        |m| m.inputs.demand,
        format::thousands,
    ),
    (
        "F_t",
        "m-row-supply",
        "inputs.non_china_supply",
        |m| m.inputs.non_china_supply,
        format::thousands,
    ),
    (
        "K_t",
        "m-row-capacity",
        "inputs.non_china_capacity",
        |m| m.inputs.non_china_capacity,
        format::thousands,
    ),
    (
        "A_t",
        "m-row-added",
        "inputs.added_capacity",
        |m| m.inputs.added_capacity,
        format::thousands,
    ),
    (
        "E_t",
        "m-row-exports",
        "inputs.normal_exports",
        |m| m.inputs.normal_exports,
        format::thousands,
    ),
    (
        "quota",
        "m-row-quota",
        "inputs.quota",
        |m| m.inputs.quota,
        format::percent,
    ),
    (
        "Q_t",
        "m-row-allowed",
        "inputs.allowed_exports",
        |m| m.inputs.allowed_exports,
        format::thousands,
    ),
    ("ed", "m-row-ed", "inputs.ed", |m| m.inputs.ed, format::sig),
    ("es", "m-row-es", "inputs.es", |m| m.inputs.es, format::sig),
    (
        "es_cn",
        "m-row-es-cn",
        "inputs.es_cn",
        |m| m.inputs.es_cn,
        format::sig,
    ),
    (
        "B",
        "m-row-backstop",
        "inputs.backstop",
        |m| m.inputs.backstop,
        format::multiplier,
    ),
    (
        "C_t",
        "m-row-china-production",
        "inputs.china_production",
        |m| m.inputs.china_production,
        format::thousands,
    ),
    (
        "D_cn,t",
        "m-row-china-use",
        "inputs.china_domestic_demand",
        |m| m.inputs.china_domestic_demand,
        format::thousands,
    ),
    (
        "buffer",
        "m-row-buffer",
        "inputs.buffer",
        |m| m.inputs.buffer,
        format::sig,
    ),
    (
        "buffer_cn",
        "m-row-buffer-cn",
        "inputs.buffer_cn",
        |m| m.inputs.buffer_cn,
        format::sig,
    ),
    (
        "panic",
        "m-row-panic",
        "inputs.panic",
        |m| m.inputs.panic,
        format::sig,
    ),
    (
        "θ",
        "m-row-theta",
        "inputs.theta",
        |m| m.inputs.theta,
        format::sig,
    ),
    (
        "λ",
        "m-row-lambda",
        "inputs.lambda",
        |m| m.inputs.lambda,
        format::sig,
    ),
    (
        "m",
        "m-row-m",
        "multiplier.central",
        |m| m.multiplier.central,
        format::multiplier,
    ),
    (
        "peak",
        "m-row-peak",
        "peak.central",
        |m| m.peak.central,
        format::multiplier,
    ),
    (
        "m_cn",
        "m-row-m-cn",
        "china_multiplier.central",
        |m| m.china_multiplier.central,
        format::multiplier,
    ),
    (
        "spread",
        "m-row-spread",
        "spread.central",
        |m| m.spread.central,
        format::multiplier,
    ),
    (
        "u",
        "m-row-unmet",
        "unmet_share.central",
        |m| m.unmet_share.central,
        format::percent,
    ),
    (
        "S_11",
        "m-row-stock-11",
        "path.11.stock_months",
        |m| m.path.get(11).map_or(f64::NAN, |p| p.stock_months),
        format::sig,
    ),
];

fn market_table(o: &Outcome) -> Html {
    let rows = MARKET_ROWS
        .iter()
        .map(|(symbol, meaning, field, get, fmt)| {
            let mut cells = vec![th_row(vec![
                leaf("span", attrs!("class" = "sym"), symbol),
                s(format!(" {}", crate::i18n::t(meaning))),
            ])];
            for id in &MarketId::ALL {
                let m = o.markets.get(*id);
                let v = get(m);
                // Prices at the backstop are floors (MODEL.md §5).
                let text = if matches!(*field, "multiplier.central" | "peak.central") {
                    format::multiplier_capped(v, m.inputs.backstop, m.at_backstop)
                } else {
                    fmt(v)
                };
                cells.push(td(vec![live(
                    format!("markets.{}.{field}", id.key()),
                    v,
                    text,
                )]));
            }
            el("tr", NONE, cells)
        })
        .collect();
    let mut head = heads(&["m-col-input"]);
    head.extend(MarketId::ALL.iter().map(|id| market_label(*id)));
    table_of(
        "m-markets-label",
        "m-markets",
        vec![s(tr(
            "m-markets-caption",
            &[("year", o.year.to_string().into())],
        ))],
        &head,
        rows,
    )
}

/// "null" for a missing value, else Rust's round-trip form.
pub(super) fn maybe_value(v: Option<f64>) -> String {
    v.map_or_else(|| "null".into(), |v| format!("{v:?}"))
}

/// The year-t formulas: symbols and variable names only, the same in every language.
const YEAR_FORMULA: &str = "D_t = D · (1 + growth)^(t − 2024)\n\
                u_j(t) = clamp((t − y_j − delay + 1) ÷ R_j, 0, 1);   A_t = Σ p_j · c_j · u_j(t);   p_j = pipeline | odds(status_j)\n\
                F_t = F + A_t + add;   K_t = K + A_t + add\n\
                E_t = max(0, D_t − F_t);   Q_t = quota · E_t";

pub(super) fn formulas(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let mut out = vec![
        h3("m-formulas", "m-formulas-title"),
        p(vec![s(tr(
            "m-formulas-scenario",
            &[
                ("scenario", crate::ui::export::scenario_line(sc).into()),
                ("model", o.model_version.into()),
                ("data", o.data_vintage.into()),
            ],
        ))]),
        h4("m-f-year-title"),
        leaf("p", FORMULA, YEAR_FORMULA),
        h4("m-f-monthly-title"),
        formula("m-f-monthly"),
        market_table(o),
    ];
    if let Some(c) = o.markets.magnet.inputs.magnet {
        let sig = |path: &'static str, v: f64| live_at(path, v, format::sig(v));
        out.push(p(rich(
            "m-f-coupling",
            &[],
            vec![
                (
                    "w_ndpr",
                    sig("markets.magnet.inputs.magnet.weights.ndpr", c.weights.ndpr),
                ),
                (
                    "w_dy",
                    sig("markets.magnet.inputs.magnet.weights.dy", c.weights.dy),
                ),
                (
                    "w_tb",
                    sig("markets.magnet.inputs.magnet.weights.tb", c.weights.tb),
                ),
                (
                    "cost_ex",
                    sig("markets.magnet.inputs.magnet.cost_ex", c.cost_ex),
                ),
                (
                    "cost_cn",
                    sig("markets.magnet.inputs.magnet.cost_cn", c.cost_cn),
                ),
                (
                    "capacity",
                    live_t(
                        "markets.magnet.inputs.magnet.feed_limited_capacity",
                        c.feed_limited_capacity,
                    ),
                ),
            ],
        )));
    }
    out.push(h4("m-f-chain-title"));
    out.push(formula("m-f-chain"));
    out.extend(Chain::ALL.iter().map(|c| chain_table(o, *c)));
    out.push(h4("m-f-time-title"));
    out.push(formula("m-f-time"));
    out.push(survive_paragraph(o));
    out.push(h4("m-f-exposure-title"));
    out.push(formula("m-f-exposure"));
    out.push(exposure_paragraph(o));
    section("m-formulas", out)
}

/// Who goes short first, with the stocks and stock rule that decide it, and the three times.
pub(super) fn survive_paragraph(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let short = crate::ui::summary::survive_market(o);
    let sk = short.id.key();
    let case = match o.time_to_survive_months.central {
        Some(_) => "short",
        None if crate::ui::summary::restricted(o) => "never",
        None => "none",
    };
    p(rich(
        "m-f-survive",
        &[
            ("case", case.into()),
            // The 2009 replay has no catch-up year (it runs two years, on 2009's structure).
            ("replay", crate::i18n::yes_no(o.replay.is_some()).into()),
            ("start", format::month(&o.path_start)),
            ("months", format::months(Some(sc.months))),
            ("shown", format::thousands(short.path.len() as f64)),
            ("market", crate::ui::summary::market_word(short)),
        ],
        vec![
            (
                "buffer",
                live(
                    format!("markets.{sk}.inputs.buffer"),
                    short.inputs.buffer,
                    format::months(Some(short.inputs.buffer)),
                ),
            ),
            (
                "panic",
                live(
                    format!("markets.{sk}.inputs.panic"),
                    short.inputs.panic,
                    format::months(Some(short.inputs.panic)),
                ),
            ),
            (
                "theta",
                live(
                    format!("markets.{sk}.inputs.theta"),
                    short.inputs.theta,
                    format::sig(short.inputs.theta),
                ),
            ),
            (
                "lambda",
                live(
                    format!("markets.{sk}.inputs.lambda"),
                    short.inputs.lambda,
                    format::sig(short.inputs.lambda),
                ),
            ),
            (
                "survive",
                live_span(
                    "time_to_survive_months.central".into(),
                    maybe_value(o.time_to_survive_months.central),
                    crate::ui::summary::survive_text(o),
                ),
            ),
            (
                "recover",
                live_span(
                    "time_to_recover_months.central".into(),
                    maybe_value(o.time_to_recover_months.central),
                    crate::ui::summary::recover_text(o),
                ),
            ),
            (
                "year",
                live_span(
                    "time_to_recover_year.central".into(),
                    maybe_value(o.time_to_recover_year.central),
                    o.time_to_recover_year
                        .central
                        .map_or_else(|| crate::i18n::t("m-f-no-year"), |y| format!("{y:.0}")),
                ),
            ),
        ],
    ))
}

/// The added cost per unit of the first three products, at the 12-month magnet price.
pub(super) fn exposure_paragraph(o: &Outcome) -> Html {
    if o.replay.is_some() {
        return p(vec![s(crate::i18n::t("m-f-exposure-replay"))]);
    }
    let mi = &o.markets.magnet;
    let mut exposure = rich(
        "m-f-exposure-intro",
        &[],
        vec![
            (
                "price",
                live_at(
                    "markets.magnet.inputs.baseline_price",
                    mi.inputs.baseline_price,
                    format::sig(mi.inputs.baseline_price),
                ),
            ),
            (
                "multiplier",
                live_mult(
                    "markets.magnet.multiplier.central".into(),
                    mi.multiplier.central,
                    mi,
                ),
            ),
        ],
    );
    // The space after the intro, if any, is the catalogue's (none after Japanese "。").
    for (i, e) in o.exposure.iter().take(3).enumerate() {
        if i > 0 {
            exposure.push(s(crate::i18n::t("m-f-exposure-sep")));
        }
        let cost = format::usd(e.added_cost_usd.central);
        let cost = if mi.at_backstop {
            tr("m-f-at-least", &[("cost", cost.into())])
        } else {
            cost
        };
        exposure.extend(rich(
            "m-f-exposure-item",
            &[
                ("product", crate::ui::words::product_name(e.id)),
                ("per", crate::ui::words::product_per(e.id)),
                ("cost", cost),
            ],
            vec![(
                "kg",
                live(
                    format!("exposure.{i}.magnet_kg"),
                    e.magnet_kg,
                    format!("{} kg", format::sig(e.magnet_kg)),
                ),
            )],
        ));
    }
    exposure.push(s(crate::i18n::t("m-f-exposure-end")));
    p(exposure)
}
