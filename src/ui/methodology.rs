//! The methodology page: the model in plain language, its formulas with the live values of the
//! scenario on screen, every assumption and its default, the backtests, what the calculator
//! cannot tell you, how to cite it, and the change log.
//!
//! Every number here comes from the `Outcome` on screen or from `DATASET`; none is typed in.
//! Each live formula input carries `data-formula-input="<JSON path in the report document>"`
//! and `data-value` (Rust's round-trip form), so a test can compare it with `report`.

use crate::data::{Chain, Figure, MarketId, Range3, Stage, DATASET};
use crate::model::{
    evaluate_with, stage_quota, Options, Outcome, Range, Scenario, MODEL_VERSION, URL_VERSION,
};
use crate::ui::format;
use crate::ui::headlines::source_links;
use crate::ui::summary::{stage_phrase, viewpoint_phrase};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    /// The outcome on screen, so the formulas show its inputs.
    pub outcome: Rc<Outcome>,
}

/// A live number: its JSON path in the `report` document and its exact value.
fn live(path: String, value: f64, text: String) -> Html {
    html! { <span data-formula-input={path} data-value={format!("{value:?}")}>{ text }</span> }
}

/// "×2.8 – ×7.4" for a range's p10–p90, or the single figure when there is no spread.
fn range_mult(r: &Range) -> String {
    let (lo, hi) = (format::multiplier(r.p10), format::multiplier(r.p90));
    if lo == hi {
        lo
    } else {
        format!("{lo} – {hi}")
    }
}

/// An element symbol as written in chemistry: "nd" → "Nd".
fn element(e: &str) -> String {
    let mut c = e.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn figure_cell(f: &Figure) -> Html {
    // A calendar year is written without a thousands separator.
    let value = if f.unit == "year" {
        format!("{:.0}", f.value)
    } else {
        format::sig(f.value)
    };
    html! {
        <td>{ value }<span class="conf">{ format!(" ({})", f.confidence.label()) }</span>
            { source_links(f.source) }</td>
    }
}

fn range3_cells(r: &Range3) -> Html {
    html! { <>{ figure_cell(&r.low) }{ figure_cell(&r.central) }{ figure_cell(&r.high) }</> }
}

#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let o = &*props.outcome;
    // The 2025 licensing backtest is about its own preset, whatever the reader has on screen.
    let licensing = use_memo((), |_| {
        let s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
        evaluate_with(&s, &DATASET, &Options::default())
    });
    html! {
        <article id="methodology" class="methodology" aria-labelledby="methodology-title">
            <h2 id="methodology-title">{ "Methodology" }</h2>
            <p><a href="#calculator">{ "Back to the calculator" }</a>{ " · " }
                <a href="#m-formulas">{ "Formulas with your numbers" }</a>{ " · " }
                <a href="#m-assumptions">{ "Assumptions" }</a>{ " · " }
                <a href="#m-backtests">{ "Backtests" }</a>{ " · " }
                <a href="#m-limits">{ "What it cannot tell you" }</a>{ " · " }
                <a href="#m-cite">{ "How to cite" }</a>{ " · " }
                <a href="#m-changes">{ "Change log" }</a></p>
            { plain_language(o) }
            { formulas(o) }
            { assumptions(o) }
            { backtests(o, &licensing) }
            { deviations(o) }
            { limits() }
            { privacy() }
            { cite(o) }
            { changes() }
        </article>
    }
}

fn plain_language(o: &Outcome) -> Html {
    html! {
        <section aria-labelledby="m-plain">
            <h3 id="m-plain">{ "The model in plain language" }</h3>
            <p>{ "The calculator is a transparent, partial-equilibrium model of four markets with a price — NdPr oxide, \
                  dysprosium oxide, terbium oxide and sintered NdFeB magnets — and of the mine-to-magnet chain \
                  (mining, separation into oxides, metal and alloy making, magnet making) for light and heavy rare earths." }</p>
            <p>{ "Starting from a sourced 2024 baseline, it grows demand to the scenario year, adds the announced projects \
                  outside China by their chance of delivery and their ramp-up, and lets China export only the share of its \
                  normal exports that you choose. The price outside China then rises until buyers use less and suppliers \
                  outside China make more, enough to close the gap; at the backstop price buyers switch technology and any \
                  remaining gap is demand that goes unmet. Inside China the withheld material stays home and the price falls. \
                  The magnet market is linked to the oxides: magnet makers outside China pay more for their materials, and \
                  they cannot make more magnets than their NdPr allows." }</p>
            <p>{ format!("Dependency is the share of {}'s need that cannot be met by China-free output at each stage, \
                  stage by stage down the chain. Every figure comes with a range from {} model runs that draw the \
                  elasticities and which projects are delivered (seed {}); the central figure uses central elasticities \
                  and expected capacity.",
                  viewpoint_phrase(o.view), format::thousands(o.draws as f64), o.seed) }</p>
            <p>{ "The price shock describes a sustained, year-long restriction after buyers' stocks are used up. It is not a \
                  forecast of the next month's spot price." }</p>
        </section>
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

/// One row of the market table: a symbol, its meaning, and the value for each market.
fn market_row(
    o: &Outcome,
    symbol: &str,
    meaning: &str,
    field: &str,
    get: impl Fn(&crate::model::MarketOutcome) -> f64,
    fmt: fn(f64) -> String,
) -> Html {
    html! {
        <tr>
            <th scope="row"><span class="sym">{ symbol }</span>{ format!(" {meaning}") }</th>
            { for MarketId::ALL.iter().map(|id| {
                let m = o.markets.get(*id);
                let v = get(m);
                html! { <td>{ live(format!("markets.{}.{field}", id.key()), v, fmt(v)) }</td> }
            }) }
        </tr>
    }
}

fn formulas(o: &Outcome) -> Html {
    let s = &o.scenario.scenario;
    let pct = |v: f64| format::percent(v);
    let mult = |v: f64| format::multiplier(v);
    let magnet = o.markets.magnet.inputs.magnet;
    html! {
        <section aria-labelledby="m-formulas">
            <h3 id="m-formulas">{ "The formulas, with the numbers of the scenario on screen" }</h3>
            <p>{ format!("Scenario: {} (model {}, data {}). Change it in the calculator and these numbers follow.",
                crate::ui::export::scenario_line(s), o.model_version, o.data_vintage) }</p>

            <h4>{ "Year t: demand, new capacity, China's exports (MODEL.md §4)" }</h4>
            <p class="formula">{ "D_t = D · (1 + growth)^(t − 2024)\n\
                u_j(t) = clamp((t − y_j − delay + 1) ÷ R_j, 0, 1);   A_t = pipeline · Σ c_j · u_j(t)\n\
                F_t = F + A_t + add;   K_t = K + A_t + add\n\
                E_t = max(0, D_t − F_t);   Q_t = quota · E_t" }</p>

            <h4>{ "Price shock outside China (MODEL.md §5)" }</h4>
            <p class="formula">{ "Oxides: m = smallest m in [1, B] with D_t · m^ed ≤ min(K_t, F_t · m^es) + Q_t\n\
                unmet u = (D_t · B^ed − min(K_t, F_t · B^es) − Q_t) ÷ D_t   when even m = B is not enough\n\
                China: m_cn = largest m_cn in [0.2, 1] with D_cn,t · m_cn^ed + Q_t ≥ C_t · m_cn^es_cn;   spread = m ÷ m_cn\n\
                Magnets: c = 1 + Σ w_i (m_i − 1);   K* = min(K_t, F_t · m_ndpr^ed_ndpr)\n\
                X(m) = min(K*, F_t · (m ÷ c_ex)^es) · [m ≥ c_ex];   E(m) = max(0, D_t − X(m))   (see the deviations below)\n\
                S(m) = X(m) + quota · E(m) · [m ≥ c_cn];   m = smallest m ≥ 1 with D_t · m^ed ≤ S(m)" }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Market inputs and results">
                <table class="data" id="m-markets">
                    <caption>{ format!("Market inputs and results in {} (central case; tonnes a year)", o.year) }</caption>
                    <thead><tr><th scope="col">{ "Input" }</th>
                        { for MarketId::ALL.iter().map(|id| html! { <th scope="col">{ market_label(*id) }</th> }) }</tr></thead>
                    <tbody>
                        { market_row(o, "D_t", "demand outside China", "inputs.demand", |m| m.inputs.demand, format::thousands) }
                        { market_row(o, "F_t", "supply outside China", "inputs.non_china_supply", |m| m.inputs.non_china_supply, format::thousands) }
                        { market_row(o, "K_t", "capacity outside China", "inputs.non_china_capacity", |m| m.inputs.non_china_capacity, format::thousands) }
                        { market_row(o, "A_t", "expected new capacity", "inputs.added_capacity", |m| m.inputs.added_capacity, format::thousands) }
                        { market_row(o, "E_t", "China's normal exports", "inputs.normal_exports", |m| m.inputs.normal_exports, format::thousands) }
                        { market_row(o, "quota", "share China allows", "inputs.quota", |m| m.inputs.quota, pct) }
                        { market_row(o, "Q_t", "exports China allows", "inputs.allowed_exports", |m| m.inputs.allowed_exports, format::thousands) }
                        { market_row(o, "ed", "demand elasticity", "inputs.ed", |m| m.inputs.ed, format::sig) }
                        { market_row(o, "es", "supply elasticity outside China", "inputs.es", |m| m.inputs.es, format::sig) }
                        { market_row(o, "es_cn", "China's supply elasticity", "inputs.es_cn", |m| m.inputs.es_cn, format::sig) }
                        { market_row(o, "B", "backstop multiplier", "inputs.backstop", |m| m.inputs.backstop, mult) }
                        { market_row(o, "C_t", "China's production", "inputs.china_production", |m| m.inputs.china_production, format::thousands) }
                        { market_row(o, "D_cn,t", "China's own use", "inputs.china_domestic_demand", |m| m.inputs.china_domestic_demand, format::thousands) }
                        { market_row(o, "m", "price multiplier outside China", "multiplier.central", |m| m.multiplier.central, mult) }
                        { market_row(o, "m_cn", "price multiplier inside China", "china_multiplier.central", |m| m.china_multiplier.central, mult) }
                        { market_row(o, "u", "demand left unmet", "unmet_share.central", |m| m.unmet_share.central, pct) }
                    </tbody>
                </table>
            </div>
            if let Some(c) = magnet {
                <p>{ "Magnet coupling: material cost shares w_NdPr = " }
                    { live("markets.magnet.inputs.magnet.weights.ndpr".into(), c.weights.ndpr, format::sig(c.weights.ndpr)) }
                    { ", w_Dy = " }{ live("markets.magnet.inputs.magnet.weights.dy".into(), c.weights.dy, format::sig(c.weights.dy)) }
                    { ", w_Tb = " }{ live("markets.magnet.inputs.magnet.weights.tb".into(), c.weights.tb, format::sig(c.weights.tb)) }
                    { "; cost multipliers c_ex = " }{ live("markets.magnet.inputs.magnet.cost_ex".into(), c.cost_ex, format::sig(c.cost_ex)) }
                    { " and c_cn = " }{ live("markets.magnet.inputs.magnet.cost_cn".into(), c.cost_cn, format::sig(c.cost_cn)) }
                    { "; NdPr-limited capacity K* = " }
                    { live("markets.magnet.inputs.magnet.feed_limited_capacity".into(), c.feed_limited_capacity, format::thousands(c.feed_limited_capacity)) }
                    { " t." }</p>
            }

            <h4>{ "Dependency along the chain (MODEL.md §6)" }</h4>
            <p class="formula">{ "T_mining = cap_mining + R_mining;   T_s = min(T_(s−1) + R_s, cap_s)\n\
                dep_s = 1 − min(1, T_s ÷ N);   direct reliance = 1 − min(1, (cap_s + R_s) ÷ N)\n\
                supply at risk = dep_s · (1 − quota of the stage's group)" }</p>
            { for Chain::ALL.iter().map(|c| chain_table(o, *c)) }

            <h4>{ "Time (MODEL.md §7)" }</h4>
            <p class="formula">{ "months of stocks = buffer ÷ ((D_t − F_t − Q_t) ÷ D_t)   (buffer in months of demand)\n\
                recovery = first year ≥ t with F_y + Q_y ≥ D_y" }</p>
            <p>{ "Buffer " }{ live("scenario.buffer".into(), s.buffer, format::months(Some(s.buffer))) }
                { format!("; the tightest market is {}, so stocks last ", o.markets.get(o.time_binding_market).name) }
                <span data-formula-input="time_to_survive_months.central"
                    data-value={o.time_to_survive_months.central.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())}>
                    { format::months(o.time_to_survive_months.central) }</span>
                { "; supply outside China catches up with demand in " }
                <span data-formula-input="time_to_recover_year.central"
                    data-value={o.time_to_recover_year.central.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())}>
                    { o.time_to_recover_year.central.map(|y| format!("{y:.0}")).unwrap_or_else(|| "no year up to 2035".into()) }</span>
                { "." }</p>

            <h4>{ "Exposure by product (MODEL.md §7)" }</h4>
            <p class="formula">{ "added cost per unit = magnet kg · P_magnet · (m_magnet − 1)" }</p>
            <p>{ "With P_magnet = US$" }
                { live("markets.magnet.inputs.baseline_price".into(), o.markets.magnet.inputs.baseline_price, format::sig(o.markets.magnet.inputs.baseline_price)) }
                { "/kg and m_magnet = " }
                { live("markets.magnet.multiplier.central".into(), o.markets.magnet.multiplier.central, format::multiplier(o.markets.magnet.multiplier.central)) }
                { ", for example: " }
                { for o.exposure.iter().take(3).enumerate().map(|(i, e)| html! {
                    <>{ if i > 0 { "; " } else { "" } }{ format!("{} ({}), ", e.name, e.per) }
                      { live(format!("exposure.{i}.magnet_kg"), e.magnet_kg, format!("{} kg", format::sig(e.magnet_kg))) }
                      { " → " }{ format::usd(e.added_cost_usd.central) }</>
                }) }{ "." }</p>
        </section>
    }
}

fn chain_table(o: &Outcome, c: Chain) -> Html {
    let ch = o.dependency.get(c);
    let k = c.key();
    let name = match c {
        Chain::Light => "Light chain (NdPr)",
        Chain::Heavy => "Heavy chain (Dy+Tb)",
    };
    let need = ch.magnet.inputs.need;
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{name}: inputs and dependency")}>
            <table class="data" id={format!("m-chain-{k}")}>
                <caption>{ format!("{name}, {} in {}, in {} a year. Need N = ", viewpoint_phrase(o.view), o.year, ch.unit) }
                    { live(format!("dependency.{k}.magnet.inputs.need"), need, format::thousands(need)) }</caption>
                <thead><tr>
                    <th scope="col">{ "Stage" }</th><th scope="col">{ "cap_s" }</th><th scope="col">{ "R_s" }</th>
                    <th scope="col">{ "T_s" }</th><th scope="col">{ "dep_s" }</th><th scope="col">{ "direct reliance" }</th>
                    <th scope="col">{ "quota" }</th><th scope="col">{ "supply at risk" }</th>
                </tr></thead>
                <tbody>
                    { for Stage::ALL.iter().map(|st| {
                        let so = ch.stage(*st);
                        let p = |f: &str| format!("dependency.{k}.{}.{f}", st.key());
                        html! {
                            <tr>
                                <th scope="row">{ stage_phrase(*st) }</th>
                                <td>{ live(p("inputs.capacity"), so.inputs.capacity, format::thousands(so.inputs.capacity)) }</td>
                                <td>{ live(p("inputs.recycling"), so.inputs.recycling, format::thousands(so.inputs.recycling)) }</td>
                                <td>{ live(p("inputs.throughput"), so.inputs.throughput, format::thousands(so.inputs.throughput)) }</td>
                                <td>{ live(p("dependency.central"), so.dependency.central, format::percent(so.dependency.central)) }</td>
                                <td>{ live(p("direct_reliance"), so.direct_reliance, format::percent(so.direct_reliance)) }</td>
                                <td>{ live(p("inputs.quota"), so.inputs.quota, format::percent(so.inputs.quota)) }</td>
                                <td>{ live(p("supply_at_risk.central"), so.supply_at_risk.central, format::percent(so.supply_at_risk.central)) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn assumptions(o: &Outcome) -> Html {
    let a = &DATASET.assumptions;
    let cv = &DATASET.conversions;
    let mc = &DATASET.magnet;
    let conversions: [(&str, &Figure); 14] = [
        ("NdPr oxide per kg NdPr metal", &cv.ndpr_oxide_per_metal),
        (
            "NdPr metal share of a magnet",
            &cv.ndpr_metal_share_of_magnet,
        ),
        ("Dy oxide per kg Dy metal", &cv.dy_oxide_per_metal),
        ("Tb oxide per kg Tb metal", &cv.tb_oxide_per_metal),
        (
            "NdPr share of TREO, Mountain Pass",
            &cv.ndpr_share_mountain_pass,
        ),
        ("NdPr share of TREO, Mt Weld", &cv.ndpr_share_mt_weld),
        ("NdPr share of TREO, monazite", &cv.ndpr_share_monazite),
        ("NdPr share of TREO, loparite", &cv.ndpr_share_loparite),
        ("NdPr share of TREO, ionic clays", &cv.ndpr_share_ionic_clay),
        (
            "Dy+Tb share of TREO, Mountain Pass",
            &cv.dytb_share_mountain_pass,
        ),
        ("Dy+Tb share of TREO, Mt Weld", &cv.dytb_share_mt_weld),
        (
            "Dy+Tb share of TREO, ionic clays",
            &cv.dytb_share_ionic_clay,
        ),
        ("NdPr recovery, ore to oxide", &cv.ndpr_recovery),
        (
            "Machining scrap, share of magnet output",
            &cv.machining_scrap,
        ),
    ];
    let magnet: [(&str, &Figure); 4] = [
        ("kg NdPr oxide eq. per kg magnet", &mc.ndpr_per_kg),
        ("kg Dy oxide eq. per kg magnet", &mc.dy_per_kg),
        ("kg Tb oxide eq. per kg magnet", &mc.tb_per_kg),
        (
            "kg Dy+Tb oxide eq. per kg Chinese magnet",
            &mc.china_magnet_dytb_per_kg,
        ),
    ];
    let own_ramp = DATASET
        .projects
        .iter()
        .filter(|p| f64::from(p.ramp_years) != a.default_ramp_years.value)
        .count();
    let keys = Scenario::keys(&DATASET, o.view);
    let figure_row = |name: &str, f: &Figure| {
        html! {
            <tr><th scope="row">{ name }</th>{ figure_cell(f) }<td>{ f.unit }</td><td class="note">{ f.derivation }</td></tr>
        }
    };
    html! {
        <section aria-labelledby="m-assumptions">
            <h3 id="m-assumptions">{ "Assumptions and their defaults" }</h3>
            <p>{ "These are analysts' choices, not facts. Each is in the dataset with its confidence and source; the \
                  elasticity sets and every scenario input can be changed in the calculator." }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Elasticity sets and backstops">
                <table class="data" id="m-elasticities">
                    <caption>{ "Elasticity sets and backstops (MODEL.md §5; the ranges are drawn triangularly)" }</caption>
                    <thead><tr><th scope="col">{ "Market" }</th>
                        <th scope="col">{ "ed low" }</th><th scope="col">{ "ed central" }</th><th scope="col">{ "ed high" }</th>
                        <th scope="col">{ "es low" }</th><th scope="col">{ "es central" }</th><th scope="col">{ "es high" }</th>
                        <th scope="col">{ "es_cn" }</th><th scope="col">{ "B" }</th></tr></thead>
                    <tbody>
                        { for DATASET.markets.iter().map(|m| html! {
                            <tr><th scope="row">{ m.name }</th>{ range3_cells(&m.ed) }{ range3_cells(&m.es) }
                                { figure_cell(&m.es_cn) }{ figure_cell(&m.backstop) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Model defaults">
                <table class="data" id="m-defaults">
                    <caption>{ "Model defaults" }</caption>
                    <thead><tr><th scope="col">{ "Assumption" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Unit" }</th><th scope="col">{ "Note" }</th></tr></thead>
                    <tbody>
                        { figure_row("Dependency target for \u{201c}capacity needed\u{201d}", &a.dependency_target) }
                        { figure_row("Ramp years of a project that states none", &a.default_ramp_years) }
                        { figure_row("First year of the extra-capacity sliders", &a.added_capacity_start_year) }
                        { for DATASET.markets.iter().map(|m| figure_row(&format!("Export check tolerance, {}", m.name), &m.export_tolerance)) }
                    </tbody>
                </table>
            </div>
            <p>{ format!("{} of the {} announced projects state their own ramp-up; the others use the default.",
                own_ramp, DATASET.projects.len()) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Conversion factors">
                <table class="data" id="m-conversions">
                    <caption>{ "Conversion factors and the average magnet (MODEL.md §1, §3)" }</caption>
                    <thead><tr><th scope="col">{ "Factor" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Unit" }</th><th scope="col">{ "Note" }</th></tr></thead>
                    <tbody>
                        { for conversions.iter().map(|(n, f)| figure_row(n, f)) }
                        { for magnet.iter().map(|(n, f)| figure_row(n, f)) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scenario inputs">
                <table class="data" id="m-inputs">
                    <caption>{ "Scenario inputs (the public URL keys, version " }{ URL_VERSION }{ ")" }</caption>
                    <thead><tr><th scope="col">{ "Key" }</th><th scope="col">{ "Meaning" }</th><th scope="col">{ "Range" }</th><th scope="col">{ "Default" }</th></tr></thead>
                    <tbody>
                        { for keys.iter().map(|k| {
                            let (range, default) = if k.choices.is_empty() {
                                (format!("{} – {} {}", format::sig(k.min), format::sig(k.max), k.unit), format!("{} {}", format::sig(k.default), k.unit))
                            } else {
                                (k.choices.join(", "), k.default_choice.to_string())
                            };
                            html! { <tr><th scope="row"><code>{ k.key }</code></th><td>{ k.label }</td><td>{ range }</td><td>{ default }</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn backtests(o: &Outcome, licensing: &Outcome) -> Html {
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
    html! {
        <section aria-labelledby="m-backtests">
            <h3 id="m-backtests">{ "Backtests: what the model says beside what happened" }</h3>
            <h4>{ "The 2010–11 quota cut" }</h4>
            <p>{ "The model is replayed on the 2009 market (all rare earths, from the dataset's 2009 snapshot), with the \
                  2010 export quota as a share of 2009 exports: quota = " }
                { live("backtest.quota_2010.quota".into(), q.quota, format::percent(q.quota)) }
                { ", D = " }{ live("backtest.quota_2010.demand".into(), q.demand, format::thousands(q.demand)) }
                { " t, F = " }{ live("backtest.quota_2010.non_china_supply".into(), q.non_china_supply, format::thousands(q.non_china_supply)) }
                { " t, K = " }{ live("backtest.quota_2010.non_china_capacity".into(), q.non_china_capacity, format::thousands(q.non_china_capacity)) }
                { " t, E = " }{ live("backtest.quota_2010.normal_exports".into(), q.normal_exports, format::thousands(q.normal_exports)) }
                { " t, Q = " }{ live("backtest.quota_2010.allowed_exports".into(), q.allowed_exports, format::thousands(q.allowed_exports)) }
                { " t, with the NdPr elasticities ed = " }{ live("backtest.quota_2010.ed".into(), q.ed, format::sig(q.ed)) }
                { ", es = " }{ live("backtest.quota_2010.es".into(), q.es, format::sig(q.es)) }
                { " and backstop B = " }{ live("backtest.quota_2010.backstop".into(), q.backstop, format::multiplier(q.backstop)) }{ "." }</p>
            <p class="backtest-result"><strong>{ "Model: " }</strong>
                { live("backtest.quota_2010.multiplier.central".into(), q.multiplier.central, format::multiplier(q.multiplier.central)) }
                { " (p10–p90 " }
                { live("backtest.quota_2010.multiplier.p10".into(), q.multiplier.p10, format::multiplier(q.multiplier.p10)) }{ " – " }
                { live("backtest.quota_2010.multiplier.p90".into(), q.multiplier.p90, format::multiplier(q.multiplier.p90)) }{ ")" }
                <strong>{ " · What happened: " }</strong>
                { match obs {
                    Some(x) => html! { <>{ format!("{} oxide, 2011 annual average ÷ 2009: ", element(q.comparator)) }
                        { live("backtest.quota_2010.observed_ratio".into(), x, format::multiplier(x)) }</> },
                    None => html! { { "no observation in the dataset" } },
                } }</p>
            <p>{ verdict }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Observed prices 2009 to 2011">
                <table class="data" id="m-spikes">
                    <caption>{ "Observed prices, 2009 → 2011 (US$/kg, annual averages)" }</caption>
                    <thead><tr><th scope="col">{ "Oxide" }</th><th scope="col">{ "2009" }</th><th scope="col">{ "2011" }</th>
                        <th scope="col">{ "2011 ÷ 2009 (low – high)" }</th><th scope="col">{ "Peak ÷ 2009" }</th></tr></thead>
                    <tbody>
                        { for q.observed.iter().map(|s| html! {
                            <tr><th scope="row">{ element(s.element) }</th><td>{ format::sig(s.before) }</td><td>{ format::sig(s.annual) }</td>
                                <td>{ format!("{} ({} – {})", format::multiplier(s.ratio), format::multiplier(s.ratio_low), format::multiplier(s.ratio_high)) }</td>
                                <td>{ s.peak_ratio.map(format::multiplier).unwrap_or_else(|| "–".into()) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p>{ "Why the model falls short of 2011: it is a one-year, partial-equilibrium model whose elasticities are \
                  calibrated for a sustained shortage that buyers and suppliers adjust to. 2010–11 was a speculative spike: \
                  buyers and traders built stocks in fear of further cuts, prices overshot and then collapsed in 2012–13 as \
                  demand was cut, material was smuggled out and stocks were drawn down. The model has no hoarding, \
                  no speculation and no panic, so it describes the price a restriction can sustain, not the peak of a \
                  scramble. Read its figures as a floor for a sudden cut, not a ceiling." }</p>

            <h4>{ "The 2025 licensing (April–May 2025)" }</h4>
            <p>{ format!("Observed Europe-vs-China prices for the same oxide, months into the licensing regime, beside the \
                  model's spread (outside ÷ inside China) for the licensing-apr-2025 preset ({}):",
                  licensing.scenario.query) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Europe vs China spreads">
                <table class="data" id="m-spreads">
                    <caption>{ "Europe vs China, US$/kg, and the spread" }</caption>
                    <thead><tr><th scope="col">{ "Oxide, date" }</th><th scope="col">{ "Europe" }</th><th scope="col">{ "China" }</th>
                        <th scope="col">{ "Observed spread" }</th><th scope="col">{ "Model spread (p10–p90)" }</th></tr></thead>
                    <tbody>
                        { for spreads.iter().map(|s| html! {
                            <tr><th scope="row">{ format!("{}, {}", element(s.element), s.date) }</th>
                                <td>{ format::sig(s.europe_usd_per_kg) }</td><td>{ format::sig(s.china_usd_per_kg) }</td>
                                <td>{ s.observed_spread.map(format::multiplier).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ s.model_spread.map(|r| format!("{} ({})", format::multiplier(r.central), range_mult(&r))).unwrap_or_else(|| "–".into()) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p>{ if observed.is_empty() {
                    "The dataset has no observed spread.".to_string()
                } else {
                    format!("The observed spreads were about {} – {}. The model's are far higher because it describes a \
                        restriction sustained for a whole year after buyers' stocks are exhausted, while the observations \
                        were taken a few months in, with stocks still being drawn, licences trickling out and a truce in \
                        sight. A newsroom should read the model's figure as what a restriction that lasts would do, not \
                        what the first months look like.", format::multiplier(obs_lo), format::multiplier(obs_hi))
                } }</p>
        </section>
    }
}

fn deviations(o: &Outcome) -> Html {
    let s = &o.scenario.scenario;
    let group = |c: Chain, st: Stage| format::percent(stage_quota(s, c, st));
    html! {
        <section aria-labelledby="m-deviations">
            <h3 id="m-deviations">{ "Choices where MODEL.md leaves room, and deviations from it" }</h3>
            <ul>
                <li>{ "Supply at risk uses the quota of the group whose flows pass the stage: light or heavy rare earths for \
                       mining, separation and metal (ore, oxide and metal are what the light and heavy quotas restrict), \
                       and the magnet quota for magnet making (its flows are magnets). In this scenario: light chain " }
                    { format!("{} at mining, separation and metal, {} at magnet making; heavy chain {} and {}.",
                        group(Chain::Light, Stage::Mining), group(Chain::Light, Stage::Magnet),
                        group(Chain::Heavy, Stage::Mining), group(Chain::Heavy, Stage::Magnet)) }</li>
                <li>{ "The 2010 replay uses the NdPr elasticity set and backstop (the 2010 quota bound mostly light rare \
                       earths, and the NdPr set is the light set the dataset carries) and compares with neodymium oxide's \
                       annual-average move, not the peak, because the model describes a year-long restriction. Both choices \
                       were made before looking at the result." }</li>
                <li>{ format!("The scenario year's ranges use {} draws; the other years of the timeline use the first {} of the \
                       same draws, so their bands are coarser. The same random numbers serve every scenario, so two \
                       scenarios are compared on the same draws.", format::thousands(o.draws as f64), format::thousands(o.timeline_draws as f64)) }</li>
                <li>{ "\u{201c}How long stocks last\u{201d} is the shortest over the four markets, and \u{201c}supply catches up\u{201d} the \
                       latest; the market that sets them is named on the card." }</li>
                <li>{ "A number typed for an elasticity set (instead of low, central or high) replaces the central value of \
                       every market and becomes the mode of its draws, widening the range if it lies outside it." }</li>
                { magnet_exports_note(o) }
            </ul>
        </section>
    }
}

/// The magnet market's normal exports (`magnet::solve_magnet`'s documented deviation from
/// MODEL.md §4–§5), with this scenario's numbers beside the literal formula.
fn magnet_exports_note(o: &Outcome) -> Html {
    let i = &o.markets.magnet.inputs;
    let literal = (i.demand - i.non_china_supply).max(0.0);
    html! {
        <li>{ "Magnets: China's normal magnet exports are measured against what magnet makers outside China actually \
               supply in the scenario, E_t = max(0, D_t − X_t), where X_t = min(K*, F_t · (m ÷ c_ex)^es) once the price \
               covers their costs (m ≥ c_ex) and nothing below, instead of MODEL.md's max(0, D_t − F_t); China may then \
               export quota · E_t. Without a shock to NdPr, Dy or Tb the two are the same (X_t = F_t). With one, the \
               literal formula would let new capacity outside China cut China's allowed exports by more than it adds in \
               magnets, so more capacity could raise the magnet price and faster growth lower it, against the model's \
               own invariants (MODEL.md §9). In this scenario E_t = " }
            { live("markets.magnet.inputs.normal_exports".into(), i.normal_exports, format::thousands(i.normal_exports)) }
            { format!(" t; the literal formula would give {} t.", format::thousands(literal)) }</li>
    }
}

fn limits() -> Html {
    html! {
        <section aria-labelledby="m-limits">
            <h3 id="m-limits">{ "What the calculator cannot tell you" }</h3>
            <ul>
                <li>{ "Next month's prices. It describes a sustained, year-long restriction after stocks run out, not the \
                       first weeks of a cut, panic buying or speculation (see the backtests)." }</li>
                <li>{ "Whether China will restrict exports, or how strictly licences are enforced: you set the quotas." }</li>
                <li>{ "Whether a given project will be built. Projects count by the probability you set, all alike; the \
                       dataset lists their status." }</li>
                <li>{ "Stockpiles it does not know: government stockpiles, company inventories beyond the buffer you set, \
                       and material already in transit." }</li>
                <li>{ "Other rare earths (lanthanum, cerium, samarium, yttrium…) and other products than sintered NdFeB \
                       magnets, and any market reaction beyond the four markets (substitution is only the demand elasticity \
                       and the backstop)." }</li>
                <li>{ "Quality and qualification: a tonne of new capacity counts at once, although qualifying magnets for cars \
                       or defence can take years." }</li>
                <li>{ "Exact figures. Many inputs are estimates (marked low confidence or assumption); the ranges show only \
                       the uncertainty of the elasticities and of project delivery, not of the baseline data." }</li>
            </ul>
        </section>
    }
}

fn privacy() -> Html {
    html! {
        <section aria-labelledby="m-privacy">
            <h3 id="m-privacy">{ "Your privacy" }</h3>
            <p>{ "The calculator runs entirely in your browser. It sets no cookies, runs no analytics and stores nothing \
                  about you; nothing you do is sent anywhere. The scenario lives only in the page's address, and every \
                  download (CSV, JSON, PNG, the dataset) is made on your device." }</p>
        </section>
    }
}

fn cite(o: &Outcome) -> Html {
    let link = format!("{}?{}", crate::ui::url_state::page_base(), o.scenario.query);
    let usgs_iea: Vec<_> = DATASET
        .sources
        .iter()
        .filter(|s| s.publisher == "U.S. Geological Survey" || s.publisher == "IEA")
        .take(4)
        .collect();
    html! {
        <section aria-labelledby="m-cite">
            <h3 id="m-cite">{ "How to cite" }</h3>
            <p>{ "Credit the calculator and the original data: " }<strong>{ DATASET.credit }</strong>{ "." }</p>
            <p>{ "Suggested citation:" }</p>
            <p class="citation" id="citation">
                { format!("Rare-earth supply-chain risk calculator, model {}, data vintage {} (baseline {}). Scenario: {}. {}",
                    MODEL_VERSION, DATASET.vintage, DATASET.baseline_year, o.scenario.query, link) }</p>
            <p>{ "The underlying figures are from the sources listed under Sources & data, used under their own terms. \
                  Cite them directly when you use a figure, for example:" }</p>
            <ul>
                { for usgs_iea.iter().map(|s| html! {
                    <li>{ format!("{}, {}", s.publisher, s.title) }
                        if !s.date.is_empty() { { format!(" ({})", s.date) } }
                        if !s.licence.is_empty() { { format!(". Licence: {}", s.licence) } }
                        { source_links(s.id) }</li>
                }) }
            </ul>
            <p>{ "Charts downloaded as PNG carry the scenario, their sources and this credit line in their footer." }</p>
        </section>
    }
}

fn changes() -> Html {
    html! {
        <section aria-labelledby="m-changes">
            <h3 id="m-changes">{ "Change log" }</h3>
            <p>{ "Every link carries the data vintage (d) and model version (m) it was made with; a link made with another \
                  version opens with a note saying so." }</p>
            <ul>
                <li>{ format!("Model {MODEL_VERSION} (URL settings version {URL_VERSION}): first public version, implementing \
                    MODEL.md specification v1 (§4–§8) with seeded Monte Carlo ranges, the quota-2010 and 2025 licensing \
                    backtests and the choices listed above.") }</li>
                <li>{ format!("Data {} (baseline year {}): first public dataset: {} sources, {} announced projects, {} products, \
                    the 2009 snapshot and the 2010–11 and 2025 price observations.",
                    DATASET.vintage, DATASET.baseline_year, DATASET.sources.len(), DATASET.projects.len(), DATASET.products.len()) }</li>
            </ul>
        </section>
    }
}
