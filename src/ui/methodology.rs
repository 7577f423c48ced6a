//! The methodology page: the model in plain language, its formulas with the live values of the
//! scenario on screen, every assumption and its default, the backtests, what the calculator
//! cannot tell you, how to cite it, and the change log.
//!
//! Every number here comes from the `Outcome` on screen or from `DATASET`; none is typed in.
//! Each live formula input carries `data-formula-input="<JSON path in the report document>"`
//! and `data-value` (Rust's round-trip form), so a test can compare it with `report`.

use crate::data::{Chain, Figure, MarketId, Range3, Stage, Viewpoint, DATASET};
use crate::model::{
    stage_quota, Elasticity, MarketOutcome, Options, Outcome, Range, Scenario, MODEL_VERSION,
    URL_VERSION,
};
use crate::ui::dom::{attrs, el, el_dyn, leaf, li, p, s, t, table, td, td_s, th_row, Attrs, NONE};
use crate::ui::format;
use crate::ui::headlines::source_links;
use crate::ui::reference::{use_reference, Reference};
use crate::ui::summary::{stage_phrase, viewpoint_phrase};
use crate::ui::tasks::{evaluate_in_tasks, Cancel};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

// Built with the non-generic helpers of `ui::dom` rather than `html!`: this page has hundreds of
// elements, and `html!` expands each one inline (tens of KB of WASM for this page alone).

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    /// The outcome on screen, so the formulas show its inputs.
    pub outcome: Rc<Outcome>,
}

const FORMULA: Attrs = attrs!("class" = "formula");

/// A span carrying a live value: its JSON path in the `report` document and `data-value`.
fn live_span(path: String, value: String, text: String) -> Html {
    el_dyn(
        "span",
        &["data-formula-input", "data-value"],
        vec![path.into(), value.into()],
        vec![s(text)],
    )
}

/// A live number: its JSON path in the `report` document and its exact value.
fn live(path: String, value: f64, text: String) -> Html {
    live_span(path, format!("{value:?}"), text)
}

/// A live number at a static path.
fn live_at(path: &'static str, value: f64, text: String) -> Html {
    live(path.to_string(), value, text)
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

/// An element symbol as written in chemistry: "nd" → "Nd" (symbols are ASCII; ASCII case
/// mapping keeps Unicode's case tables out of the WASM).
fn element(e: &str) -> String {
    let mut out = e.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn section(labelled_by: &'static str, children: Vec<Html>) -> Html {
    el_dyn(
        "section",
        &["aria-labelledby"],
        vec![AttrValue::Static(labelled_by)],
        children,
    )
}

fn h3(id: &'static str, text: &'static str) -> Html {
    el_dyn("h3", &["id"], vec![AttrValue::Static(id)], vec![t(text)])
}

fn h4(text: &'static str) -> Html {
    leaf("h4", NONE, text)
}

fn formula(text: &'static str) -> Html {
    leaf("p", FORMULA, text)
}

fn figure_cell(f: &Figure) -> Html {
    // A calendar year is written without a thousands separator.
    let value = if f.unit == "year" {
        format!("{:.0}", f.value)
    } else {
        format::sig(f.value)
    };
    td(vec![
        s(value),
        el(
            "span",
            attrs!("class" = "conf"),
            vec![s(format!(" ({})", f.confidence.label()))],
        ),
        source_links(f.source),
    ])
}

fn range3_cells(r: &Range3, out: &mut Vec<Html>) {
    out.extend([
        figure_cell(&r.low),
        figure_cell(&r.central),
        figure_cell(&r.high),
    ]);
}

#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let o = &*props.outcome;
    // The page is a thousand elements and a second 1,000-draw evaluation: it is built in three
    // tasks, so none is long on a slow phone. First the model in plain language (the first
    // screen), then the formulas and assumptions, then the backtests and the rest.
    let stage = use_state(|| 0u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |s| {
            let next = *s + 1;
            let timer = (*s < 2).then(|| Timeout::new(0, move || stage.set(next)));
            move || drop(timer)
        });
    }
    // The 2025 licensing backtest is about its own preset, whatever the reader has on screen;
    // its outcome also carries the backtests' ranges, which depend only on the elasticity sets
    // (the page's own evaluation leaves them out), so it takes the reader's sets.
    // Its 400 draws and the episodes' 400 run a few milliseconds per task (`ui::tasks`).
    let licensing = use_state(|| None::<((Elasticity, Elasticity), Rc<Outcome>)>);
    {
        let licensing = licensing.clone();
        use_effect_with((*stage >= 2, o.ed, o.es), move |&(due, ed, es)| {
            let cancel = Cancel::default();
            if due {
                let cancel = cancel.clone();
                spawn_local(async move {
                    let mut s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
                    (s.ed, s.es) = (ed, es);
                    if let Some(out) = evaluate_in_tasks(s, Options::default(), &cancel).await {
                        licensing.set(Some(((ed, es), out)));
                    }
                });
            }
            move || cancel.cancel()
        });
    }
    let licensing = licensing
        .as_ref()
        .filter(|(sets, _)| *sets == (o.ed, o.es))
        .map(|(_, out)| out.clone());
    // Derivations and source titles are read from dataset.json (`ui::reference`).
    let reference = use_reference(true);
    const NAV: [(&str, &str); 8] = [
        ("#calculator", "Back to the calculator"),
        ("#m-formulas", "Formulas with your numbers"),
        ("#m-assumptions", "Assumptions"),
        ("#m-view", "Figures for this view"),
        ("#m-backtests", "Backtests"),
        ("#m-limits", "What it cannot tell you"),
        ("#m-cite", "How to cite"),
        ("#m-changes", "Change log"),
    ];
    let mut nav = Vec::new();
    for (i, (href, text)) in NAV.iter().enumerate() {
        if i > 0 {
            nav.push(t(" · "));
        }
        nav.push(el_dyn(
            "a",
            &["href"],
            vec![AttrValue::Static(href)],
            vec![t(text)],
        ));
    }
    el_dyn(
        "article",
        // Busy until the backtests are in (their draws run after the rest is on screen).
        &["id", "class", "aria-labelledby", "aria-busy"],
        vec![
            AttrValue::Static("methodology"),
            AttrValue::Static("methodology"),
            AttrValue::Static("methodology-title"),
            AttrValue::from(licensing.is_none().to_string()),
        ],
        {
            let mut parts = vec![
                leaf("h2", attrs!("id" = "methodology-title"), "Methodology"),
                p(nav),
                plain_language(o),
            ];
            if *stage >= 1 {
                parts.extend([
                    formulas(o),
                    assumptions(o, &reference),
                    view_figures(o, &reference),
                ]);
            }
            if let Some(licensing) = licensing.as_ref() {
                parts.extend([
                    backtests(o, licensing),
                    deviations(o),
                    limits(),
                    privacy(),
                    cite(o, &reference),
                    changes(),
                ]);
            }
            parts
        },
    )
}

/// The market whose price moves most (highest peak outside China), to illustrate the path.
fn most_moved(o: &Outcome) -> &MarketOutcome {
    MarketId::ALL
        .iter()
        .map(|id| o.markets.get(*id))
        .max_by(|a, b| a.peak.central.total_cmp(&b.peak.central))
        .unwrap_or(&o.markets.magnet)
}

/// A live multiplier that reads "at least ×B" where the backstop binds.
fn live_mult(path: String, v: f64, m: &MarketOutcome) -> Html {
    live(
        path,
        v,
        format::multiplier_capped(v, m.inputs.backstop, m.at_backstop),
    )
}

fn plain_language(o: &Outcome) -> Html {
    let mag = &o.markets.magnet.inputs;
    let top = most_moved(o);
    let k = top.id.key();
    let mut example = vec![s(format!(
        "In the scenario on screen the path starts in {}. {} moves most: outside China its price averages ",
        format::month(&o.path_start),
        top.name
    ))];
    example.extend([
        live_mult(
            format!("markets.{k}.multiplier.central"),
            top.multiplier.central,
            top,
        ),
        s(format!(
            " over the first 12 months, and its highest month, {}, reaches ",
            format::month(&top.peak_month)
        )),
        live_mult(format!("markets.{k}.peak.central"), top.peak.central, top),
        t("; inside China it averages "),
        live(
            format!("markets.{k}.china_multiplier.central"),
            top.china_multiplier.central,
            format::multiplier(top.china_multiplier.central),
        ),
    ]);
    if top.at_backstop {
        example.extend([
            t(", and "),
            live(
                format!("markets.{k}.unmet_share.central"),
                top.unmet_share.central,
                format::percent(top.unmet_share.central),
            ),
            t(" of demand outside China goes unmet over those 12 months"),
        ]);
    }
    example.push(t(". Buyers go short after "));
    example.push(live_span(
        "time_to_survive_months.central".into(),
        maybe_value(o.time_to_survive_months.central),
        crate::ui::summary::survive_text(o),
    ));
    example.push(t(", and prices are back within 10 % of normal after "));
    example.push(live_span(
        "time_to_recover_months.central".into(),
        maybe_value(o.time_to_recover_months.central),
        crate::ui::summary::recover_text(o),
    ));
    example.push(t("."));
    section(
        "m-plain",
        vec![
            h3("m-plain", "The model in plain language"),
            p(vec![t("The calculator is a transparent, partial-equilibrium model of four markets with a price — NdPr oxide, \
                  dysprosium oxide, terbium oxide and sintered NdFeB magnets — and of the mine-to-magnet chain \
                  (mining, separation into oxides, metal and alloy making, magnet making) for light and heavy rare earths.")]),
            p(vec![t("Starting from a sourced 2024 baseline, it grows demand to the scenario year and adds the announced \
                  projects outside China by their chance of delivery and their ramp-up. Then it follows each market month \
                  by month for 36 months:")]),
            el("ul", NONE, vec![
                li(vec![
                    t("Months. The restriction lasts "),
                    live_at("markets.magnet.inputs.months", mag.months as f64, format::months(Some(mag.months as f64))),
                    t(". While it lasts, only the share of China's normal exports you set actually leaves China, China's \
                       own output can be cut or raised (here "),
                    live_at("markets.magnet.inputs.china_output", mag.china_output, format::percent(mag.china_output)),
                    t(" of normal) and an export duty can be charged (here "),
                    live_at("markets.magnet.inputs.export_duty", mag.export_duty, format::percent(mag.export_duty)),
                    t("). After it, exports flow freely again."),
                ]),
                li(vec![
                    t("Stocks. Buyers outside China start with stocks (for magnets here "),
                    live_at("markets.magnet.inputs.buffer", mag.buffer, format::months(Some(mag.buffer))),
                    t(" of demand). They draw them down while the price is high and rebuild them when it falls back, \
                       closing a share of the gap each month. While the restriction lasts they also try to add "),
                    live_at("markets.magnet.inputs.panic", mag.panic, format::months(Some(mag.panic))),
                    t(" of cover (panic buying), which pushes prices up early. Stocks held in China follow the same rule."),
                ]),
                li(vec![t("One world market that can split. While China's exports are not limited, one price clears the \
                       world, with the duty on top outside China. When the export limit binds, the market splits: outside \
                       China the price rises until buyers use less, draw on their stocks and suppliers outside China make \
                       more; inside China the withheld material stays home and the price falls, unless China cuts its \
                       own output or builds its own stocks. The magnet market follows the oxide prices of the same month \
                       through its makers' material costs.")]),
                li(vec![
                    t("The backstop. At B times the 2024 price (for magnets "),
                    live_at("markets.magnet.inputs.backstop", mag.backstop, format::multiplier(mag.backstop)),
                    t(") buyers switch technology rather than pay more. If even that does not close the gap, the rest of \
                       demand goes unmet, and the price that would clear the market is higher still: the calculator then \
                       says \u{201c}at least ×B\u{201d} and gives the unmet share, never a bare ×B."),
                ]),
                li(vec![t("What the figures are. Prices are the 12-month average of the path (its first 12 months, what \
                       annual statistics report) and its peak month; time to survive counts the months until buyers first \
                       go short (demand unmet, or stocks under 10 % of their start), time to recover the months until the \
                       price outside China is back within 10 % of normal.")]),
            ]),
            p(example),
            p(vec![s(format!("Dependency is the share of {}'s need that cannot be met by China-free output at each stage, \
                  stage by stage down the chain. Every figure comes with a range from {} model runs that draw the \
                  elasticities, the stock behaviour (θ, λ and panic buying) and which projects are delivered (seed {}); \
                  the central figure uses central values and expected capacity.",
                  viewpoint_phrase(o.view), format::thousands(o.draws as f64), o.seed))]),
            p(vec![t("The path is not a forecast of next month's spot price: it shows what a restriction of this length and \
                  strength does to markets with these stocks and these elasticities.")]),
        ],
    )
}

fn market_label(id: MarketId) -> &'static str {
    match id {
        MarketId::Ndpr => "NdPr oxide",
        MarketId::Dy => "Dy oxide",
        MarketId::Tb => "Tb oxide",
        MarketId::Magnet => "Magnets",
    }
}

type Get = fn(&MarketOutcome) -> f64;
type Fmt = fn(f64) -> String;

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
fn maybe_value(v: Option<f64>) -> String {
    v.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())
}

fn formulas(o: &Outcome) -> Html {
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

/// A chain table's columns after the stage: JSON field, value, and whether it is a share.
type StageGet = fn(&crate::model::StageOutcome) -> f64;
const STAGE_COLS: [(&str, StageGet, bool); 7] = [
    ("inputs.capacity", |so| so.inputs.capacity, false),
    ("inputs.recycling", |so| so.inputs.recycling, false),
    ("inputs.throughput", |so| so.inputs.throughput, false),
    ("dependency.central", |so| so.dependency.central, true),
    ("direct_reliance", |so| so.direct_reliance, true),
    ("inputs.quota", |so| so.inputs.quota, true),
    (
        "supply_at_risk.central",
        |so| so.supply_at_risk.central,
        true,
    ),
];

fn chain_table(o: &Outcome, c: Chain) -> Html {
    let ch = o.dependency.get(c);
    let k = c.key();
    let name = match c {
        Chain::Light => "Light chain (NdPr)",
        Chain::Heavy => "Heavy chain (Dy+Tb)",
    };
    let need = ch.magnet.inputs.need;
    let rows = Stage::ALL
        .iter()
        .map(|st| {
            let so = ch.stage(*st);
            let mut cells = vec![th_row(vec![t(stage_phrase(*st))])];
            for (field, get, share) in STAGE_COLS.iter() {
                let v = get(so);
                let text = if *share {
                    format::percent(v)
                } else {
                    format::thousands(v)
                };
                cells.push(td(vec![live(
                    format!("dependency.{k}.{}.{field}", st.key()),
                    v,
                    text,
                )]));
            }
            el("tr", NONE, cells)
        })
        .collect();
    table(
        format!("{name}: inputs and dependency").into(),
        format!("m-chain-{k}").into(),
        vec![
            s(format!(
                "{name}, {} in {}, in {} a year. Need N = ",
                viewpoint_phrase(o.view),
                o.year,
                ch.unit
            )),
            live(
                format!("dependency.{k}.magnet.inputs.need"),
                need,
                format::thousands(need),
            ),
        ],
        &[
            "Stage",
            "cap_s",
            "R_s",
            "T_s",
            "dep_s",
            "direct reliance",
            "quota",
            "supply at risk",
        ],
        rows,
    )
}

/// `at!("label", conversions.ndpr_recovery)`: a figure of the dataset with its path in
/// `dataset.json`, where the page reads its derivation (`ui::reference`).
macro_rules! at {
    ($label:expr, $($p:ident).+) => {
        ($label, stringify!($($p).+), &DATASET.$($p).+)
    };
}

/// A labelled figure and its path in the dataset document.
type Listed = (&'static str, &'static str, &'static Figure);

/// The conversion factors and the average magnet (MODEL.md §1, §3).
fn conversion_figures() -> [Listed; 18] {
    [
        at!(
            "NdPr oxide per kg NdPr metal",
            conversions.ndpr_oxide_per_metal
        ),
        at!(
            "NdPr metal share of a magnet",
            conversions.ndpr_metal_share_of_magnet
        ),
        at!("Dy oxide per kg Dy metal", conversions.dy_oxide_per_metal),
        at!("Tb oxide per kg Tb metal", conversions.tb_oxide_per_metal),
        at!(
            "NdPr share of TREO, Mountain Pass",
            conversions.ndpr_share_mountain_pass
        ),
        at!(
            "NdPr share of TREO, Mt Weld",
            conversions.ndpr_share_mt_weld
        ),
        at!(
            "NdPr share of TREO, monazite",
            conversions.ndpr_share_monazite
        ),
        at!(
            "NdPr share of TREO, loparite",
            conversions.ndpr_share_loparite
        ),
        at!(
            "NdPr share of TREO, ionic clays",
            conversions.ndpr_share_ionic_clay
        ),
        at!(
            "Dy+Tb share of TREO, Mountain Pass",
            conversions.dytb_share_mountain_pass
        ),
        at!(
            "Dy+Tb share of TREO, Mt Weld",
            conversions.dytb_share_mt_weld
        ),
        at!(
            "Dy+Tb share of TREO, ionic clays",
            conversions.dytb_share_ionic_clay
        ),
        at!("NdPr recovery, ore to oxide", conversions.ndpr_recovery),
        at!(
            "Machining scrap, share of magnet output",
            conversions.machining_scrap
        ),
        at!("kg NdPr oxide eq. per kg magnet", magnet.ndpr_per_kg),
        at!("kg Dy oxide eq. per kg magnet", magnet.dy_per_kg),
        at!("kg Tb oxide eq. per kg magnet", magnet.tb_per_kg),
        at!(
            "kg Dy+Tb oxide eq. per kg Chinese magnet",
            magnet.china_magnet_dytb_per_kg
        ),
    ]
}

/// The model defaults that are analysts' choices.
fn default_figures() -> [Listed; 3] {
    [
        at!(
            "Dependency target for \u{201c}capacity needed\u{201d}",
            assumptions.dependency_target
        ),
        at!(
            "Ramp years of a project that states none",
            assumptions.default_ramp_years
        ),
        at!(
            "First year of the extra-capacity sliders",
            assumptions.added_capacity_start_year
        ),
    ]
}

/// The note column: the figure's derivation from the dataset document, or where it stands.
fn derivation_cell(reference: &Reference, path: &str) -> Html {
    let text = match reference {
        Reference::Ready(doc) => doc.derivation(path).unwrap_or_default(),
        Reference::Loading => "Loading…".into(),
        Reference::Failed(_) => "(could not be loaded; reload when online)".into(),
    };
    el("td", attrs!("class" = "note"), vec![s(text)])
}

fn assumptions(o: &Outcome, reference: &Reference) -> Html {
    let a = &DATASET.assumptions;
    let own_ramp = DATASET
        .projects
        .iter()
        .filter(|p| f64::from(p.ramp_years) != a.default_ramp_years.value)
        .count();
    let keys = Scenario::keys(&DATASET, o.view);
    let figure_row = |name: Html, path: &str, f: &Figure| {
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![name]),
                figure_cell(f),
                td(vec![t(f.unit)]),
                derivation_cell(reference, path),
            ],
        )
    };
    let elasticities = DATASET
        .markets
        .iter()
        .map(|m| {
            let mut cells = vec![th_row(vec![t(m.name)])];
            range3_cells(&m.ed, &mut cells);
            range3_cells(&m.es, &mut cells);
            cells.push(figure_cell(&m.es_cn));
            cells.push(figure_cell(&m.backstop));
            el("tr", NONE, cells)
        })
        .collect();
    let mut defaults: Vec<Html> = default_figures()
        .iter()
        .map(|(name, path, f)| figure_row(t(name), path, f))
        .collect();
    defaults.extend(DATASET.markets.iter().enumerate().map(|(i, m)| {
        figure_row(
            s(format!("Export check tolerance, {}", m.name)),
            &format!("markets.{i}.export_tolerance"),
            &m.export_tolerance,
        )
    }));
    let inputs = keys
        .iter()
        .map(|k| {
            let (range, default) = if k.choices.is_empty() {
                (
                    format!("{} – {} {}", format::sig(k.min), format::sig(k.max), k.unit),
                    format!("{} {}", format::sig(k.default), k.unit),
                )
            } else {
                (k.choices.join(", "), k.default_choice.to_string())
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![el("code", NONE, vec![t(k.key.name())])]),
                    td(vec![t(k.label)]),
                    td_s(range),
                    td_s(default),
                ],
            )
        })
        .collect();
    const FIGURE_HEAD: [&str; 3] = ["Value", "Unit", "Note"];
    section(
        "m-assumptions",
        vec![
            h3("m-assumptions", "Assumptions and their defaults"),
            p(vec![t("These are analysts' choices, not facts. Each is in the dataset with its confidence and source; the \
                  elasticity sets and every scenario input can be changed in the calculator.")]),
            table(
                AttrValue::Static("Elasticity sets and backstops"),
                AttrValue::Static("m-elasticities"),
                vec![t("Elasticity sets and backstops (MODEL.md §5; the ranges are drawn triangularly)")],
                &["Market", "ed low", "ed central", "ed high", "es low", "es central", "es high", "es_cn", "B"],
                elasticities,
            ),
            table(
                AttrValue::Static("Model defaults"),
                AttrValue::Static("m-defaults"),
                vec![t("Model defaults")],
                &["Assumption", FIGURE_HEAD[0], FIGURE_HEAD[1], FIGURE_HEAD[2]],
                defaults,
            ),
            p(vec![s(format!("{} of the {} announced projects state their own ramp-up; the others use the default.",
                own_ramp, DATASET.projects.len()))]),
            table(
                AttrValue::Static("Conversion factors"),
                AttrValue::Static("m-conversions"),
                vec![t("Conversion factors and the average magnet (MODEL.md §1, §3)")],
                &["Factor", FIGURE_HEAD[0], FIGURE_HEAD[1], FIGURE_HEAD[2]],
                conversion_figures().iter().map(|(n, path, f)| figure_row(t(n), path, f)).collect(),
            ),
            table(
                AttrValue::Static("Scenario inputs"),
                AttrValue::Static("m-inputs"),
                vec![t("Scenario inputs (the public URL keys, version "), t(URL_VERSION), t(")")],
                &["Key", "Meaning", "Range", "Default"],
                inputs,
            ),
        ],
    )
}

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

/// Source ids that are the project's own choices, not a publication.
const OWN_SOURCES: [&str; 2] = ["EDITORS", "MODEL"];

/// "no published source" when every id of a figure is the project's own.
fn unsourced(f: &Figure) -> bool {
    f.source
        .split_whitespace()
        .all(|id| OWN_SOURCES.contains(&id))
}

/// Every figure the chosen view rests on (MODEL.md §6.1, §7.2): its chain's capacities, recycled
/// feed and need, its share of each market, its buyers' stocks and state stockpile, each with
/// its confidence and sources, and a plain statement where no publication stands behind it.
fn view_figures(o: &Outcome, reference: &Reference) -> Html {
    let v = o.view;
    let vi = v as usize;
    let mut rows = Vec::new();
    let mut row = |name: String, path: String, f: &Figure| {
        let mut cells = vec![th_row(vec![s(name)]), figure_cell(f), td(vec![t(f.unit)])];
        let note = derivation_cell(reference, &path);
        if unsourced(f) {
            cells.push(td(vec![t(
                "No published source: the editors' or the model's assumption.",
            )]));
        } else {
            cells.push(td(vec![t("")]));
        }
        cells.push(note);
        rows.push(el("tr", NONE, cells));
    };
    for (ci, c) in Chain::ALL.iter().enumerate() {
        let unit = match c {
            Chain::Light => "light chain (NdPr-oxide eq.)",
            Chain::Heavy => "heavy chain (Dy+Tb-oxide eq.)",
        };
        row(
            format!("Need N, {unit}"),
            format!("needs.{}.need", vi * 2 + ci),
            &DATASET.need(v, *c).need,
        );
        for st in Stage::ALL {
            let r = DATASET.stage(v, *c, st);
            let idx = vi * 8 + ci * 4 + st.index();
            row(
                format!("China-free capacity, {}, {unit}", stage_phrase(st)),
                format!("stages.{idx}.capacity"),
                &r.capacity,
            );
            row(
                format!("Recycled feed, {}, {unit}", stage_phrase(st)),
                format!("stages.{idx}.recycling"),
                &r.recycling,
            );
        }
    }
    let profile = DATASET.view(v);
    for (k, id) in MarketId::ALL.iter().enumerate() {
        row(
            format!("Share of demand outside China, {}", market_label(*id)),
            format!("views.{vi}.share.{k}"),
            &profile.share[k],
        );
        row(
            format!("Buyers' stocks, {}", market_label(*id)),
            format!("views.{vi}.buyers_stock.{k}"),
            &profile.buyers_stock[k],
        );
    }
    let stockpile = match &profile.state_stockpile {
        Some(f) => {
            row(
                "State stockpile".to_string(),
                format!("views.{vi}.state_stockpile"),
                f,
            );
            String::new()
        }
        None => " It has no state, so no state stockpile.".to_string(),
    };
    let pooled = if v == Viewpoint::Exchina {
        " Its buyers' stocks are the markets' buffers, which the buffer key sets."
    } else {
        ""
    };
    section(
        "m-view",
        vec![
            h3("m-view", "Figures for this view"),
            p(vec![s(format!(
                "The figures {} rests on, from the dataset (2024 unless the table says otherwise): its chain (MODEL.md §6, §6.1) and its cover against its share of the shortfall (§7.2).{pooled}{stockpile} Choose another view in the calculator to see its figures; the dataset download holds all six.",
                viewpoint_phrase(v)
            ))]),
            table(
                AttrValue::Static("Figures for this view"),
                AttrValue::Static("m-view-figures"),
                vec![s(format!("Figures for {} (source and confidence)", viewpoint_phrase(v)))],
                &["Figure", "Value (confidence) sources", "Unit", "Source", "Note"],
                rows,
            ),
        ],
    )
}

/// The `japan-2010-2024` backtest beside the record (MODEL.md §6.1).
fn japan_backtest(o: &Outcome) -> Html {
    let j = &o.backtest.japan;
    let b = &DATASET.japan_backtest;
    let pct = |path: &'static str, v: f64| live_at(path, v, format::percent(v));
    // The sources of the chains' rows: the 2010 rows and the japan view's 2024 rows.
    let mut ids_2010: Vec<&str> = Vec::new();
    let mut ids_2024: Vec<&str> = Vec::new();
    for c in Chain::ALL {
        let add = |ids: &mut Vec<&'static str>, f: &Figure| {
            for id in f.source.split_whitespace() {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        };
        add(&mut ids_2010, &b.need_2010(c).need);
        add(&mut ids_2024, &DATASET.need(Viewpoint::Japan, c).need);
        for st in Stage::ALL {
            let r = b.stage_2010(c, st);
            add(&mut ids_2010, &r.capacity);
            add(&mut ids_2010, &r.recycling);
            let r = DATASET.stage(Viewpoint::Japan, c, st);
            add(&mut ids_2024, &r.capacity);
            add(&mut ids_2024, &r.recycling);
        }
    }
    let rows = vec![
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![t("2010")]),
                td(vec![
                    pct("backtest.japan.recorded_2010", j.recorded_2010),
                    source_links(j.recorded_2010_source),
                ]),
                td(vec![pct(
                    "backtest.japan.model_2010.light.magnet",
                    j.model_2010.light.magnet,
                )]),
                td(vec![pct(
                    "backtest.japan.model_2010.heavy.magnet",
                    j.model_2010.heavy.magnet,
                )]),
                td(vec![source_links(&ids_2010.join(" "))]),
            ],
        ),
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![t("2024")]),
                td(vec![
                    pct("backtest.japan.recorded_2024_low", j.recorded_2024_low),
                    t(" – "),
                    pct("backtest.japan.recorded_2024_high", j.recorded_2024_high),
                    source_links(&j.recorded_2024_source),
                ]),
                td(vec![pct(
                    "backtest.japan.model_2024.light.magnet",
                    j.model_2024.light.magnet,
                )]),
                td(vec![pct(
                    "backtest.japan.model_2024.heavy.magnet",
                    j.model_2024.heavy.magnet,
                )]),
                td(vec![source_links(&ids_2024.join(" "))]),
            ],
        ),
    ];
    let light_below = j.model_2024.light.magnet < j.recorded_2024_low;
    let heavy_above = j.model_2024.heavy.magnet > j.recorded_2024_high;
    let verdict = format!(
        "In 2010 the model's light chain gives {} against the recorded {}. In 2024 the light chain gives {} and the heavy chain {}, against the recorded {} – {}{}. The recorded figure is China's share of Japan's rare-earth imports by tonnage, all rare earths together; the model's is the §6 chain dependency mine to magnet, for NdPr and for Dy+Tb separately. They are not the same measure: the 2024 gap says as much about the definitions as about the model.",
        format::percent(j.model_2010.light.magnet),
        format::percent(j.recorded_2010),
        format::percent(j.model_2024.light.magnet),
        format::percent(j.model_2024.heavy.magnet),
        format::percent(j.recorded_2024_low),
        format::percent(j.recorded_2024_high),
        match (light_below, heavy_above) {
            (true, true) => ": one below the record, the other above it",
            (true, false) => ": the light chain below the record",
            (false, true) => ": the heavy chain above the record",
            (false, false) => "",
        }
    );
    el(
        "div",
        NONE,
        vec![
            p(vec![t("Japan is the one buyer on record that cut its dependence on China after 2010. The model's chain \
                  dependency for Japan's 2010 chain (its magnet output and Showa Denko's scrap recovery as its only China-free \
                  separation) and its 2024 chain (the japan view, with the Lynas offtake), beside the recorded share:")]),
            table(
                AttrValue::Static("Japan's dependency, 2010 and 2024"),
                AttrValue::Static("m-japan"),
                vec![t("China's share of Japan's rare-earth imports (recorded) and the model's mine-to-magnet dependency")],
                &["Year", "Recorded (sources)", "Model, light chain", "Model, heavy chain", "Chain rows' sources"],
                rows,
            ),
            p(vec![s(verdict)]),
        ],
    )
}

fn deviations(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let group = |c: Chain, st: Stage| format::percent(stage_quota(sc, c, st));
    section(
        "m-deviations",
        vec![
            h3("m-deviations", "Choices where MODEL.md leaves room, and deviations from it"),
            el("ul", NONE, vec![
                li(vec![t("Supply at risk uses the quota of the group whose flows pass the stage: light or heavy rare earths for \
                       mining, separation and metal (ore, oxide and metal are what the light and heavy quotas restrict), \
                       and the magnet quota for magnet making (its flows are magnets). In this scenario: light chain "),
                    s(format!("{} at mining, separation and metal, {} at magnet making; heavy chain {} and {}.",
                        group(Chain::Light, Stage::Mining), group(Chain::Light, Stage::Magnet),
                        group(Chain::Heavy, Stage::Mining), group(Chain::Heavy, Stage::Magnet)))]),
                li(vec![t("The 2010 replay uses the NdPr elasticity set and backstop (the 2010 quota bound mostly light rare \
                       earths, and the NdPr set is the light set the dataset carries) and compares with neodymium oxide's \
                       annual-average move, not the peak, because the replay describes a year-long restriction. Both choices \
                       were made before looking at the result.")]),
                li(vec![s(format!("The scenario year's ranges use {} draws; the other years of the timeline use the first {} of the \
                       same draws, so their bands are coarser. The same random numbers serve every scenario, so two \
                       scenarios are compared on the same draws.", format::thousands(o.draws as f64), format::thousands(o.timeline_draws as f64)))]),
                li(vec![t("Time to survive is the shortest over the four markets, time to recover the longest; the card names \
                       the market that goes short first. A market China does not normally export (nothing to cut) is not \
                       restricted by an export share, so its buyers do not panic over it.")]),
                li(vec![t("A number typed for an elasticity set (instead of low, central or high) replaces the central value of \
                       every market and becomes the mode of its draws, widening the range if it lies outside it.")]),
                magnet_exports_note(o),
            ]),
        ],
    )
}

/// The magnet market's normal exports (`magnet::solve_magnet`'s documented deviation from
/// MODEL.md §4–§5): this scenario's figure beside the literal formula's, and the exports it
/// lets out.
fn magnet_exports_note(o: &Outcome) -> Html {
    let i = &o.markets.magnet.inputs;
    let mut item = vec![t("Magnets: China's normal magnet exports are measured against what magnet makers outside China actually \
               supply in the scenario, E_t = max(0, D_t − X_t), where X_t = min(K*, F_t · (m ÷ c_ex)^es) once the price \
               covers their costs (m ≥ c_ex) and nothing below, instead of MODEL.md's max(0, D_t − F_t). Without a shock \
               to NdPr, Dy or Tb the two are the same (X_t = F_t). With one, the literal formula would let new capacity \
               outside China cut China's allowed exports by more than it adds in magnets, so more capacity could raise \
               the magnet price and faster growth lower it, against the model's own invariants (MODEL.md §9).")];
    if let Some(c) = &i.magnet {
        item.extend([
            t(" In this scenario (12-month averages) makers outside China supply X_t = "),
            live_at(
                "markets.magnet.inputs.magnet.non_china_output",
                c.non_china_output,
                format::thousands(c.non_china_output),
            ),
            t(" t, so E_t = "),
            live_at(
                "markets.magnet.inputs.magnet.normal_exports",
                c.normal_exports,
                format::thousands(c.normal_exports),
            ),
            t(" t; the literal formula gives "),
            live_at(
                "markets.magnet.inputs.normal_exports",
                i.normal_exports,
                format::thousands(i.normal_exports),
            ),
            t(" t, of which China lets out "),
            live_at(
                "markets.magnet.inputs.allowed_exports",
                i.allowed_exports,
                format::thousands(i.allowed_exports),
            ),
            t(" t a year while restricted. China's magnet exports over the 12 months come to "),
            live_at(
                "markets.magnet.inputs.magnet.allowed_exports",
                c.allowed_exports,
                format::thousands(c.allowed_exports),
            ),
            t(" t."),
        ]);
    }
    li(item)
}

/// A list of static items.
fn static_list(items: &'static [&'static str]) -> Html {
    el(
        "ul",
        NONE,
        items.iter().map(|text| li(vec![t(text)])).collect(),
    )
}

fn limits() -> Html {
    section(
        "m-limits",
        vec![
            h3("m-limits", "What the calculator cannot tell you"),
            static_list(&[
                "Next month's prices. The monthly path shows what a restriction of the length and strength you set does \
                       to markets with these stocks and elasticities; it has no speculation, smuggling or news, and its stock \
                       behaviour is an assumption calibrated on few episodes (see the backtests).",
                "Whether China will restrict exports, or how strictly licences are enforced: you set the quotas.",
                "Whether a given project will be built. Projects count by the probability you set, all alike; the \
                       dataset lists their status.",
                "Stockpiles it does not know: government stockpiles, company inventories beyond the stocks you set, \
                       and material already in transit.",
                "Other rare earths (lanthanum, cerium, samarium, yttrium…) and other products than sintered NdFeB \
                       magnets, and any market reaction beyond the four markets (substitution is only the demand elasticity \
                       and the backstop).",
                "Quality and qualification: a tonne of new capacity counts at once, although qualifying magnets for cars \
                       or defence can take years.",
                "Exact figures. Many inputs are estimates (marked low confidence or assumption); the ranges show only \
                       the uncertainty of the elasticities and of project delivery, not of the baseline data.",
            ]),
        ],
    )
}

fn privacy() -> Html {
    section(
        "m-privacy",
        vec![
            h3("m-privacy", "Your privacy"),
            p(vec![t("The calculator runs entirely in your browser. It sets no cookies, runs no analytics and stores nothing \
                  about you; nothing you do is sent anywhere. The scenario lives only in the page's address, and every \
                  download (CSV, JSON, PNG, the dataset) is made on your device.")]),
        ],
    )
}

fn cite(o: &Outcome, reference: &Reference) -> Html {
    let link = format!("{}?{}", crate::ui::url_state::page_base(), o.scenario.query);
    let sources = DATASET
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| s.publisher == "U.S. Geological Survey" || s.publisher == "IEA")
        .take(4)
        .map(|(i, src)| {
            // Titles and dates come from dataset.json; until it is read, the publisher stands alone.
            let mut item = vec![t(src.publisher)];
            if let Some(text) = reference.doc().and_then(|d| d.source(i)) {
                if !text.title.is_empty() {
                    item.push(s(format!(", {}", text.title)));
                }
                if !text.date.is_empty() {
                    item.push(s(format!(" ({})", text.date)));
                }
            }
            if !src.licence.is_empty() {
                item.push(s(format!(". Licence: {}", src.licence)));
            }
            item.push(source_links(src.id));
            li(item)
        })
        .collect();
    section(
        "m-cite",
        vec![
            h3("m-cite", "How to cite"),
            p(vec![
                t("Credit the calculator and the original data: "),
                leaf("strong", NONE, DATASET.credit),
                t("."),
            ]),
            p(vec![t("Suggested citation:")]),
            el("p", attrs!("class" = "citation", "id" = "citation"), vec![s(format!(
                "Rare-earth supply-chain risk calculator, model {}, data vintage {} (baseline {}). Scenario: {}. {}",
                MODEL_VERSION, DATASET.vintage, DATASET.baseline_year, o.scenario.query, link))]),
            p(vec![t("The underlying figures are from the sources listed under Sources & data, used under their own terms. \
                  Cite them directly when you use a figure, for example:")]),
            el("ul", NONE, sources),
            p(vec![t("Charts downloaded as PNG carry the scenario, their sources and this credit line in their footer.")]),
        ],
    )
}

fn changes() -> Html {
    section(
        "m-changes",
        vec![
            h3("m-changes", "Change log"),
            p(vec![t("Every link carries the data vintage (d) and model version (m) it was made with; a link made with another \
                  version opens with a note saying so.")]),
            el("ul", NONE, vec![
                li(vec![s(format!("Model {MODEL_VERSION} (URL settings version {URL_VERSION}): model 2, MODEL.md specification \
                    v2. Each market is followed month by month for 36 months, with buyers' stocks drawn down and rebuilt, \
                    panic buying, stocks in China, one world market that splits when China's export limit binds, China's \
                    own output and the export duty. Headline prices are 12-month averages with the peak month, and \
                    \u{201c}at least ×B\u{201d} with the unmet share where the backstop binds; time to survive and to \
                    recover come from the path. New settings: months, china_output, export_duty, buffer_cn, panic, \
                    china_stockpiling. A version-1 link still opens, with a note."))]),
                li(vec![t("Model 1 (URL settings version 1): first public version, MODEL.md specification v1: a sustained, \
                    year-long restriction with no stocks, and China's price that could only fall.")]),
                li(vec![s(format!("Data {} (baseline year {}): first public dataset: {} sources, {} announced projects, {} products, \
                    the 2009 snapshot and the 2010–11 and 2025 price observations.",
                    DATASET.vintage, DATASET.baseline_year, DATASET.sources.len(), DATASET.projects.len(), DATASET.products.len()))]),
            ]),
        ],
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The page looks derivations up in dataset.json by path (`ui::reference`): every path it
    /// uses must lead to that figure's derivation in the document.
    #[test]
    fn every_listed_figure_path_leads_to_its_derivation_in_the_document() {
        let doc: serde_json::Value =
            match serde_json::from_str(&crate::data::document::dataset_json()) {
                Ok(v) => v,
                Err(e) => panic!("dataset.json is not JSON: {e}"),
            };
        let lookup = |path: &str| {
            let mut v = &doc["dataset"];
            for key in path.split('.') {
                v = match key.parse::<usize>() {
                    Ok(i) => &v[i],
                    Err(_) => &v[key],
                };
            }
            v["derivation"].as_str().map(str::to_string)
        };
        let mut listed: Vec<(String, &Figure)> = conversion_figures()
            .iter()
            .chain(default_figures().iter())
            .map(|(_, path, f)| (path.to_string(), *f))
            .collect();
        listed.extend(
            DATASET
                .markets
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("markets.{i}.export_tolerance"), &m.export_tolerance)),
        );
        assert_eq!(listed.len(), 25);
        for (path, f) in listed {
            assert_eq!(lookup(&path).as_deref(), Some(f.derivation), "{path}");
        }
    }
}
