//! Formulas with your numbers: each market's inputs and results, and the formulas with live values.

use super::{
    attrs, chain_table, el, format, formula, h3, h4, leaf, live, live_at, live_mult, live_span, p,
    s, section, t, table, td, th_row, AttrValue, Chain, Fmt, Html, MarketId, MarketOutcome,
    Outcome, NONE,
};

pub(super) fn market_label(id: MarketId) -> &'static str {
    match id {
        MarketId::Ndpr => "NdPr oxide",
        MarketId::Dy => "Dy oxide",
        MarketId::Tb => "Tb oxide",
        MarketId::Magnet => "Magnets",
    }
}

type Get = fn(&MarketOutcome) -> f64;

/// The rows of the market table: a symbol, its meaning, its JSON field, its value and format.
const MARKET_ROWS: [(&str, &str, &str, Get, Fmt); 24] = [
    (
        "D_t",
        "demand outside China",
        "inputs.demand",
        |m| m.inputs.demand,
        format::thousands,
    ),
    (
        "F_t",
        "supply outside China",
        "inputs.non_china_supply",
        |m| m.inputs.non_china_supply,
        format::thousands,
    ),
    (
        "K_t",
        "capacity outside China",
        "inputs.non_china_capacity",
        |m| m.inputs.non_china_capacity,
        format::thousands,
    ),
    (
        "A_t",
        "expected new capacity",
        "inputs.added_capacity",
        |m| m.inputs.added_capacity,
        format::thousands,
    ),
    (
        "E_t",
        "China's normal exports",
        "inputs.normal_exports",
        |m| m.inputs.normal_exports,
        format::thousands,
    ),
    (
        "quota",
        "share that leaves China while restricted",
        "inputs.quota",
        |m| m.inputs.quota,
        format::percent,
    ),
    (
        "Q_t",
        "exports China lets out while restricted (a year's rate)",
        "inputs.allowed_exports",
        |m| m.inputs.allowed_exports,
        format::thousands,
    ),
    (
        "ed",
        "demand elasticity",
        "inputs.ed",
        |m| m.inputs.ed,
        format::sig,
    ),
    (
        "es",
        "supply elasticity outside China",
        "inputs.es",
        |m| m.inputs.es,
        format::sig,
    ),
    (
        "es_cn",
        "China's supply elasticity",
        "inputs.es_cn",
        |m| m.inputs.es_cn,
        format::sig,
    ),
    (
        "B",
        "backstop multiplier",
        "inputs.backstop",
        |m| m.inputs.backstop,
        format::multiplier,
    ),
    (
        "C_t",
        "China's production",
        "inputs.china_production",
        |m| m.inputs.china_production,
        format::thousands,
    ),
    (
        "D_cn,t",
        "China's own use",
        "inputs.china_domestic_demand",
        |m| m.inputs.china_domestic_demand,
        format::thousands,
    ),
    (
        "buffer",
        "buyers' stocks at the start (months)",
        "inputs.buffer",
        |m| m.inputs.buffer,
        format::sig,
    ),
    (
        "buffer_cn",
        "stocks in China at the start (months)",
        "inputs.buffer_cn",
        |m| m.inputs.buffer_cn,
        format::sig,
    ),
    (
        "panic",
        "extra cover sought while restricted (months)",
        "inputs.panic",
        |m| m.inputs.panic,
        format::sig,
    ),
    (
        "θ",
        "how fast desired cover falls with price",
        "inputs.theta",
        |m| m.inputs.theta,
        format::sig,
    ),
    (
        "λ",
        "share of the stock gap closed a month",
        "inputs.lambda",
        |m| m.inputs.lambda,
        format::sig,
    ),
    (
        "m",
        "price outside China, 12-month average",
        "multiplier.central",
        |m| m.multiplier.central,
        format::multiplier,
    ),
    (
        "peak",
        "highest month outside China",
        "peak.central",
        |m| m.peak.central,
        format::multiplier,
    ),
    (
        "m_cn",
        "price inside China, 12-month average",
        "china_multiplier.central",
        |m| m.china_multiplier.central,
        format::multiplier,
    ),
    (
        "spread",
        "m ÷ m_cn month by month, 12-month average",
        "spread.central",
        |m| m.spread.central,
        format::multiplier,
    ),
    (
        "u",
        "demand left unmet, 12-month average",
        "unmet_share.central",
        |m| m.unmet_share.central,
        format::percent,
    ),
    (
        "S_11",
        "buyers' stocks after 12 months (months)",
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
                s(format!(" {meaning}")),
            ])];
            for id in MarketId::ALL.iter() {
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
    let mut head = vec!["Input"];
    head.extend(MarketId::ALL.iter().map(|id| market_label(*id)));
    table(
        AttrValue::Static("Market inputs and results"),
        AttrValue::Static("m-markets"),
        vec![s(format!(
            "Market inputs and results, {} (central case; tonnes a year unless stated)",
            o.year
        ))],
        &head,
        rows,
    )
}

/// "null" for a missing value, else Rust's round-trip form.
pub(super) fn maybe_value(v: Option<f64>) -> String {
    v.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())
}

pub(super) fn formulas(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let mut out = vec![
        h3("m-formulas", "The formulas, with the numbers of the scenario on screen"),
        p(vec![s(format!("Scenario: {} (model {}, data {}). Change it in the calculator and these numbers follow.",
            crate::ui::export::scenario_line(sc), o.model_version, o.data_vintage))]),
        h4("Year t: demand, new capacity, China's exports (MODEL.md §4)"),
        formula("D_t = D · (1 + growth)^(t − 2024)\n\
                u_j(t) = clamp((t − y_j − delay + 1) ÷ R_j, 0, 1);   A_t = pipeline · Σ c_j · u_j(t)\n\
                F_t = F + A_t + add;   K_t = K + A_t + add\n\
                E_t = max(0, D_t − F_t);   Q_t = quota · E_t"),
        h4("A monthly world market with stocks (MODEL.md §5)"),
        formula("Each month i = 0 … 35 from the path's start; flows are a year's ÷ 12; months 0–11 use year t's structure, 12–23 t+1's, 24–35 t+2's.\n\
                While i < months: a_i = quota · E_t ÷ 12, c = china_output, τ = export_duty;  after: no limit, c = 1, τ = 0\n\
                Outside China: N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12\n\
                    desired stocks S*(m) = (buffer + panic · [i < months]) · d · m^(−θ);   S_(−1) = buffer · d\n\
                China: N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))\n\
                    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)\n\
                1. one market: N_c(m_cn) = N_e(m_cn · (1 + τ)), m = m_cn · (1 + τ), X = N_e(m);  the answer if X ≤ a_i\n\
                2. split markets (X > a_i): X = a_i;  N_e(m) = a_i,  N_c(m_cn) = a_i\n\
                3. 0.2 ≤ m, m_cn ≤ B;  if N_e(B) > X: m = B and unmet u = (N_e(B) − X) ÷ d\n\
                then S_i = S_(i−1) + λ · (S*(m) − S_(i−1)), never below 0\n\
                Magnets: c_ex = 1 + Σ w_k (m_k − 1), c_cn = 1 + Σ w_k (m_cn,k − 1), from the oxide prices of the same month;\n\
                    China's magnets abroad cost c_cn · (1 + τ), limited by a_i;  makers outside China supply\n\
                    min(K*, F_t · (m ÷ c_ex)^es) at m ≥ c_ex, K* cut by the NdPr they can get\n\
                Reported: the 12-month average of m, m_cn, m ÷ m_cn and u (months 0–11), and the highest m of the 36 months"),
        market_table(o),
    ];
    if let Some(c) = o.markets.magnet.inputs.magnet {
        out.push(p(vec![
            t("Magnet coupling (12-month averages): material cost shares w_NdPr = "),
            live_at(
                "markets.magnet.inputs.magnet.weights.ndpr",
                c.weights.ndpr,
                format::sig(c.weights.ndpr),
            ),
            t(", w_Dy = "),
            live_at(
                "markets.magnet.inputs.magnet.weights.dy",
                c.weights.dy,
                format::sig(c.weights.dy),
            ),
            t(", w_Tb = "),
            live_at(
                "markets.magnet.inputs.magnet.weights.tb",
                c.weights.tb,
                format::sig(c.weights.tb),
            ),
            t("; cost multipliers c_ex = "),
            live_at(
                "markets.magnet.inputs.magnet.cost_ex",
                c.cost_ex,
                format::sig(c.cost_ex),
            ),
            t(" and c_cn = "),
            live_at(
                "markets.magnet.inputs.magnet.cost_cn",
                c.cost_cn,
                format::sig(c.cost_cn),
            ),
            t("; NdPr-limited capacity K* = "),
            live_at(
                "markets.magnet.inputs.magnet.feed_limited_capacity",
                c.feed_limited_capacity,
                format::thousands(c.feed_limited_capacity),
            ),
            t(" t."),
        ]));
    }
    out.push(h4("Dependency along the chain (MODEL.md §6)"));
    out.push(formula(
        "T_mining = cap_mining + R_mining;   T_s = min(T_(s−1) + R_s, cap_s)\n\
                dep_s = 1 − min(1, T_s ÷ N);   direct reliance = 1 − min(1, (cap_s + R_s) ÷ N)\n\
                supply at risk = dep_s · (1 − quota of the stage's group)",
    ));
    out.extend(Chain::ALL.iter().map(|c| chain_table(o, *c)));
    out.push(h4("Time (MODEL.md §7)"));
    out.push(formula(
        "time to survive = first month (interpolated) with u > 0 or S_i < 10 % of S_(−1); the shortest over the markets\n\
                time to recover = first month after the restriction with m within 10 % of normal, counted from the start;\n\
                    the longest over the markets\n\
                supply catches up = first year ≥ t with F_y + Q_y ≥ D_y, the export limit held for good (model 1's rule)",
    ));
    let short = crate::ui::summary::survive_market(o);
    let sk = short.id.key();
    out.push(p(vec![
        s(format!(
            "From {}, for {} months: {} goes short first, with stocks of ",
            format::month(&o.path_start),
            format::sig(sc.months),
            short.name
        )),
        live(
            format!("markets.{sk}.inputs.buffer"),
            short.inputs.buffer,
            format::months(Some(short.inputs.buffer)),
        ),
        t(" and panic buying of "),
        live(
            format!("markets.{sk}.inputs.panic"),
            short.inputs.panic,
            format::months(Some(short.inputs.panic)),
        ),
        t(" (θ = "),
        live(
            format!("markets.{sk}.inputs.theta"),
            short.inputs.theta,
            format::sig(short.inputs.theta),
        ),
        t(", λ = "),
        live(
            format!("markets.{sk}.inputs.lambda"),
            short.inputs.lambda,
            format::sig(short.inputs.lambda),
        ),
        t("). Time to survive: "),
        live_span(
            "time_to_survive_months.central".into(),
            maybe_value(o.time_to_survive_months.central),
            crate::ui::summary::survive_text(o),
        ),
        t("; time to recover: "),
        live_span(
            "time_to_recover_months.central".into(),
            maybe_value(o.time_to_recover_months.central),
            crate::ui::summary::recover_text(o),
        ),
        t("; supply outside China catches up with demand in "),
        live_span(
            "time_to_recover_year.central".into(),
            maybe_value(o.time_to_recover_year.central),
            o.time_to_recover_year
                .central
                .map(|y| format!("{y:.0}"))
                .unwrap_or_else(|| "no year up to 2035".into()),
        ),
        t("."),
    ]));
    out.push(h4("Exposure by product (MODEL.md §7)"));
    out.push(formula(
        "added cost per unit = magnet kg · P_magnet · (m_magnet − 1),   m_magnet the 12-month average outside China",
    ));
    let mi = &o.markets.magnet;
    let mut exposure = vec![
        t("With P_magnet = US$"),
        live_at(
            "markets.magnet.inputs.baseline_price",
            mi.inputs.baseline_price,
            format::sig(mi.inputs.baseline_price),
        ),
        t("/kg and m_magnet = "),
        live_mult(
            "markets.magnet.multiplier.central".into(),
            mi.multiplier.central,
            mi,
        ),
        t(", for example: "),
    ];
    for (i, e) in o.exposure.iter().take(3).enumerate() {
        if i > 0 {
            exposure.push(t("; "));
        }
        exposure.push(s(format!("{} ({}), ", e.name, e.per)));
        exposure.push(live(
            format!("exposure.{i}.magnet_kg"),
            e.magnet_kg,
            format!("{} kg", format::sig(e.magnet_kg)),
        ));
        exposure.push(t(" → "));
        exposure.push(s(format!(
            "{}{}",
            if mi.at_backstop { "at least " } else { "" },
            format::usd(e.added_cost_usd.central)
        )));
    }
    exposure.push(t("."));
    out.push(p(exposure));
    section("m-formulas", out)
}
