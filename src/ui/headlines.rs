//! Headline cards: each number large, its range beside it, and "How is this calculated" with the
//! formula, the live input values and links to their sources (two clicks from number to source).

use crate::data::{Chain, Figure, MarketId, Stage, DATASET};
use crate::model::{MarketOutcome, Outcome, Range};
use crate::ui::format;
use crate::ui::summary::stage_phrase;
use yew::prelude::*;

/// Links to the Sources section for a figure's source ids ("S1 S30" → two links).
pub fn source_links(source: &str) -> Html {
    html! {
        <>{ for source.split_whitespace().map(|id| html! {
            <>{ " " }<a href={format!("#src-{id}")}>{ format!("[{id}]") }</a></>
        }) }</>
    }
}

/// One input line of a derivation: name, value (already formatted), and the figure it came from.
fn input_line(name: &str, value: String, figure: Option<&Figure>) -> Html {
    html! {
        <li>
            { format!("{name} = {value}") }
            if let Some(f) = figure {
                <span class="conf">{ format!(" ({}, {}", f.confidence.label(), f.year) }{ ")" }</span>
                { source_links(f.source) }
            }
        </li>
    }
}

/// "p10–p90: a – b", or "" when every draw gives the same value (nothing to show).
fn range_text(r: &Range, fmt: fn(f64) -> String) -> String {
    let (lo, hi) = (fmt(r.p10), fmt(r.p90));
    if lo == hi {
        String::new()
    } else {
        format!("p10–p90: {lo} – {hi}")
    }
}

/// The multiplier line of a market card: "2.3× · p10–p90: 1.9× – 2.8×", flagging the backstop.
fn multiplier_line(m: &MarketOutcome) -> String {
    let mut out = format::multiplier(m.multiplier.central);
    if m.multiplier.central >= m.inputs.backstop * (1.0 - 1e-9) {
        out.push_str(" (the backstop: beyond it buyers switch technology)");
    }
    let range = range_text(&m.multiplier, format::multiplier);
    if !range.is_empty() {
        out.push_str(" · ");
        out.push_str(&range);
    }
    out
}

fn metric(path: String, value: f64, text: String) -> Html {
    html! { <span data-metric={path} data-value={format!("{value:?}")}>{ text }</span> }
}

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub outcome: std::rc::Rc<Outcome>,
    /// True while only central figures are shown (ranges follow).
    pub ranges_pending: bool,
    /// Whether the "How is this calculated" panels have their contents yet: the first render
    /// leaves them out (half of the cards' elements, in closed panels), the next task adds them.
    pub explain: bool,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let o = &*props.outcome;
    let explain = props.explain;
    html! {
        <div class="cards" aria-busy={props.ranges_pending.to_string()}>
            { dependency_card(o, explain) }
            { for MarketId::ALL.iter().map(|id| market_card(o, *id, explain)) }
            { time_card(o, explain) }
            { capacity_card(o, explain) }
        </div>
    }
}

/// A card's closed "How is this calculated" panel, with `body` once `explain` is set.
fn explanation(explain: bool, body: impl FnOnce() -> Html) -> Html {
    html! {
        <details>
            <summary>{ "How is this calculated" }</summary>
            if explain { { body() } }
        </details>
    }
}

fn dependency_card(o: &Outcome, explain: bool) -> Html {
    let light = &o.dependency.light;
    let heavy = &o.dependency.heavy;
    let dep = &light.magnet.dependency;
    let need = DATASET.need(o.view, Chain::Light);
    html! {
        <article class="card" id="card-dependency">
            <h2>{ "Mine-to-magnet dependency on China (NdPr)" }</h2>
            <p class="big">{ metric("dependency.light.magnet.dependency.central".into(), dep.central, format::percent(dep.central)) }</p>
            <p class="sub">{ range_text(dep, format::percent) }</p>
            <p class="sub">{ "Heavy rare earths (Dy+Tb): " }
                { metric("dependency.heavy.magnet.dependency.central".into(), heavy.magnet.dependency.central,
                    format::percent(heavy.magnet.dependency.central)) }</p>
            <p class="sub">{ "Weakest stage: " }
                <span data-metric="dependency.light.bottleneck" data-value={light.bottleneck.key()}>{ stage_phrase(light.bottleneck) }</span></p>
            { explanation(explain, || html! { <>
                <p class="formula">{ "T_mining = cap + R;  T_s = min(T_prev + R_s, cap_s)\ndep_s = 1 − min(1, T_s ÷ N)" }</p>
                <ul>
                    { input_line("N (need, t NdPr oxide eq./yr)", format::thousands(light.magnet.inputs.need), Some(&need.need)) }
                    { for Stage::ALL.iter().map(|s| {
                        let st = light.stage(*s);
                        let fig = DATASET.stage(o.view, Chain::Light, *s);
                        input_line(&format!("cap_{} (2024 + projects)", s.key()),
                            format!("{} → T = {} → dep {}", format::thousands(st.inputs.capacity),
                                format::thousands(st.inputs.throughput), format::percent(st.dependency.central)),
                            Some(&fig.capacity))
                    }) }
                </ul>
                <p>{ "The weakest stage is where dependency jumps most along the chain. MODEL.md §6." }</p>
            </> }) }
        </article>
    }
}

fn market_card(o: &Outcome, id: MarketId, explain: bool) -> Html {
    let m: &MarketOutcome = o.markets.get(id);
    let data = DATASET.market(id);
    let i = &m.inputs;
    let path = format!("markets.{}.multiplier.central", id.key());
    let title = format!("{} price outside China", m.name);
    // Magnets: China's normal exports are measured against what makers outside China can
    // actually supply (a stated deviation from MODEL.md §4; see the methodology page).
    let (normal, allowed) = match &i.magnet {
        Some(c) => (c.normal_exports, c.allowed_exports),
        None => (i.normal_exports, i.allowed_exports),
    };
    let formula = if id == MarketId::Magnet {
        "m = smallest m ≥ 1 with D·m^ed ≤ S(m), capped at B\nS(m) = Q·[m ≥ c_cn] + X(m);  X(m) = min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]\nQ = quota × max(0, D − X);  c = 1 + Σ w_i (m_i − 1)"
    } else {
        "m = smallest m in [1, B] with D·m^ed ≤ min(K, F·m^es) + Q\nQ = quota × max(0, D − F)"
    };
    html! {
        <article class="card" id={format!("card-{}", id.key())}>
            <h2>{ title }</h2>
            <p class="big">{ metric(path, m.multiplier.central, format::change(m.multiplier.central)) }</p>
            <p class="sub">{ multiplier_line(m) }</p>
            <p class="sub">{ "Inside China: " }
                { metric(format!("markets.{}.china_multiplier.central", id.key()), m.china_multiplier.central,
                    format::change(m.china_multiplier.central)) }
                { format!(" · US${}/kg → US${}/kg", format::sig(m.price.baseline), format::sig(m.price.ex_china.central)) }</p>
            if m.unmet_share.central > 0.0005 {
                <p class="sub">{ "Demand left unmet: " }
                    { metric(format!("markets.{}.unmet_share.central", id.key()), m.unmet_share.central, format::percent(m.unmet_share.central)) }</p>
            }
            { explanation(explain, || html! { <>
                <p class="formula">{ formula }</p>
                <ul>
                    { input_line("D (demand outside China, t)", format::thousands(i.demand), Some(&data.demand)) }
                    { input_line("F (supply outside China, t)", format::thousands(i.non_china_supply), Some(&data.non_china_supply)) }
                    { input_line("K (capacity outside China, t/yr)", format::thousands(i.non_china_capacity), Some(&data.non_china_capacity)) }
                    { input_line("Q (exports China allows, t)", format!("{} × {} = {}", format::percent(i.quota), format::thousands(normal), format::thousands(allowed)), data.reported_exports.as_ref()) }
                    if let Some(c) = &i.magnet {
                        { input_line("X (what makers outside China supply at that price, t)", format::thousands(c.non_china_output), None) }
                    }
                    { input_line("ed (demand elasticity)", format::sig(i.ed), Some(&data.ed.central)) }
                    { input_line("es (supply elasticity outside China)", format::sig(i.es), Some(&data.es.central)) }
                    { input_line("es_cn (China's supply elasticity)", format::sig(i.es_cn), Some(&data.es_cn)) }
                    { input_line("B (backstop multiplier)", format::multiplier(i.backstop), Some(&data.backstop)) }
                    { input_line("P (2024 price, US$/kg)", format::sig(i.baseline_price), Some(&data.price)) }
                    if let Some(c) = &i.magnet {
                        { input_line("c_ex, c_cn (material cost multipliers)", format!("{} , {}", format::sig(c.cost_ex), format::sig(c.cost_cn)), None) }
                        { input_line("w (NdPr, Dy, Tb cost shares)", format!("{}, {}, {}", format::sig(c.weights.ndpr), format::sig(c.weights.dy), format::sig(c.weights.tb)), Some(&DATASET.magnet.ndpr_per_kg)) }
                    }
                </ul>
                <p>{ format!("D and China's use grow {} a year from 2024 (×{} by {}); a sustained, year-long restriction after stocks run out. MODEL.md §4–§5.",
                    format::percent(o.scenario.scenario.growth / 100.0), format::sig(i.growth_factor), o.year) }</p>
            </> }) }
        </article>
    }
}

fn time_card(o: &Outcome, explain: bool) -> Html {
    let survive = o.time_to_survive_months.central;
    let recover = o.time_to_recover_year.central;
    let binding = o.markets.get(o.time_binding_market);
    let i = &binding.inputs;
    html! {
        <article class="card" id="card-time">
            <h2>{ "How long stocks last" }</h2>
            <p class="big"><span data-metric="time_to_survive_months.central"
                data-value={survive.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())}>{ format::months(survive) }</span></p>
            <p class="sub">{ format!("Tightest market: {}", binding.name) }</p>
            <p class="sub">{ "Supply catches up with demand: " }
                <span data-metric="time_to_recover_year.central"
                    data-value={recover.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())}>
                    { recover.map(|y| format!("{y:.0}")).unwrap_or_else(|| "not by 2035".into()) }</span></p>
            { explanation(explain, || html! { <>
                <p class="formula">{ "months = buffer × D ÷ (D − F − Q)\nrecovery = first year with F + Q ≥ D" }</p>
                <ul>
                    { input_line("buffer (months of demand)", format::sig(i.buffer), None) }
                    { input_line("D", format::thousands(i.demand), Some(&DATASET.market(o.time_binding_market).demand)) }
                    { input_line("F", format::thousands(i.non_china_supply), Some(&DATASET.market(o.time_binding_market).non_china_supply)) }
                    { input_line("Q", format::thousands(i.allowed_exports), None) }
                </ul>
                <p>{ "Shortfall at today's prices; the shortest time over the four markets. MODEL.md §7." }</p>
            </> }) }
        </article>
    }
}

fn capacity_card(o: &Outcome, explain: bool) -> Html {
    let light = &o.dependency.light;
    let target = light.target;
    let total = light.capacity_needed_total;
    html! {
        <article class="card" id="card-capacity">
            <h2>{ format!("New capacity to get below {} dependency", format::percent(target)) }</h2>
            <p class="big">{ metric("dependency.light.capacity_needed_total".into(), total, format::tonnes(total)) }</p>
            <p class="sub">{ "per year, NdPr-oxide equivalent, at these stages:" }</p>
            <p class="sub">{ stages_needing(o) }</p>
            { explanation(explain, || html! { <>
                <p class="formula">{ "magnet stage must pass L = (1 − target) × N\nstage above: L − R;  extra_s = max(0, L_s − cap_s)" }</p>
                <ul>
                    { input_line("target", format::percent(target), Some(&DATASET.assumptions.dependency_target)) }
                    { input_line("N", format::thousands(light.magnet.inputs.need), Some(&DATASET.need(o.view, Chain::Light).need)) }
                </ul>
                <p>{ "The EU's Critical Raw Materials Act benchmark: no more than 65 % from one country. MODEL.md §6." }</p>
            </> }) }
        </article>
    }
}

fn stages_needing(o: &Outcome) -> String {
    let light = &o.dependency.light;
    let parts: Vec<String> = Stage::ALL
        .iter()
        .map(|s| (s, light.stage(*s).capacity_needed))
        .filter(|(_, v)| *v > 0.5)
        .map(|(s, v)| format!("{} {}", s.key(), format::tonnes(v)))
        .collect();
    if parts.is_empty() {
        "none: already below the target".into()
    } else {
        parts.join(" · ")
    }
}
