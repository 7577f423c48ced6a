//! Headline cards: each number large, its range beside it, and "How is this calculated" with the
//! formula, the live input values and links to their sources (two clicks from number to source).

use crate::data::{Chain, Figure, MarketId, Stage, DATASET};
use crate::model::{MarketOutcome, Outcome, Range};
use crate::ui::compare::card_compare;
use crate::ui::format;
use crate::ui::state::Compared;
use crate::ui::summary::{own_time, recover_text, stage_phrase, survive_market, survive_text};
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

fn metric(path: String, value: f64, text: String) -> Html {
    html! { <span data-metric={path} data-value={format!("{value:?}")}>{ text }</span> }
}

/// A figure that may be "never" (`null` in the report).
fn maybe_metric(path: &'static str, value: Option<f64>, text: String) -> Html {
    html! {
        <span data-metric={path} data-value={value.map(|v| format!("{v:?}")).unwrap_or_else(|| "null".into())}>{ text }</span>
    }
}

/// A word or label the report holds as a string (`data-value` is the string itself).
fn word_metric(path: String, value: &str, text: String) -> Html {
    html! { <span data-metric={path} data-value={value.to_string()}>{ text }</span> }
}

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub outcome: std::rc::Rc<Outcome>,
    /// True while only central figures are shown (ranges follow).
    pub ranges_pending: bool,
    /// Whether the "How is this calculated" panels have their contents yet: the first render
    /// leaves them out (half of the cards' elements, in closed panels), the next task adds them.
    pub explain: bool,
    /// The scenario compared with (A), if any: each card shows A and the change under B.
    #[prop_or_default]
    pub compare: Option<Compared>,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let o = &*props.outcome;
    let explain = props.explain;
    let a = props.compare.as_ref();
    html! {
        <div class="cards" aria-busy={props.ranges_pending.to_string()}>
            // The race first: how long stocks last beside when prices recover.
            { time_card(o, explain, a) }
            { for MarketId::ALL.iter().map(|id| market_card(o, *id, explain, a)) }
            { dependency_card(o, explain, a) }
            { capacity_card(o, explain, a) }
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

fn dependency_card(o: &Outcome, explain: bool, a: Option<&Compared>) -> Html {
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
            { card_compare("dependency", a, o) }
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

fn market_card(o: &Outcome, id: MarketId, explain: bool, a: Option<&Compared>) -> Html {
    let m: &MarketOutcome = o.markets.get(id);
    let data = DATASET.market(id);
    let i = &m.inputs;
    let k = id.key();
    let b = i.backstop;
    // At the backstop every price figure is a floor, and the unmet share leads (MODEL.md §5).
    let capped = m.at_backstop;
    let mult = |path: &str, v: f64| {
        metric(
            format!("markets.{k}.{path}"),
            v,
            format::multiplier_capped(v, b, capped),
        )
    };
    let average = mult("multiplier.central", m.multiplier.central);
    let peak = mult("peak.central", m.peak.central);
    let peak_month = word_metric(
        format!("markets.{k}.peak_month"),
        &m.peak_month,
        format::month(&m.peak_month),
    );
    let unmet = metric(
        format!("markets.{k}.unmet_share.central"),
        m.unmet_share.central,
        format::percent(m.unmet_share.central),
    );
    let unmet_range = range_text(&m.unmet_share, format::percent);
    let average_range = format::price_range(&m.multiplier, b, capped);
    let peak_range = format::price_range(&m.peak, b, capped);
    let flat = format::multiplier(m.peak.central) == format::multiplier(1.0);
    // The worst month for unmet demand, read off the central path.
    let worst = m
        .path
        .iter()
        .max_by(|x, y| x.unmet_share.total_cmp(&y.unmet_share))
        .filter(|p| p.unmet_share > 0.0005);
    let china = metric(
        format!("markets.{k}.china_multiplier.central"),
        m.china_multiplier.central,
        format::change(m.china_multiplier.central),
    );
    let price_now = if capped {
        format!("at least US${}", format::sig(m.price.ex_china.central))
    } else {
        format!("US${}", format::sig(m.price.ex_china.central))
    };
    html! {
        <article class="card" id={format!("card-{k}")}>
            <h2>{ format!("{} price outside China", m.name) }</h2>
            if capped {
                <p class="big capped">{ peak }{ " — " }{ unmet }{ " of demand unmet" }
                    <span class="big-note">{ " over 12 months" }</span></p>
                <p class="sub">{ "At the backstop from " }{ peak_month }
                    <span class="detail">{ ": buyers switch technology or go without" }
                        { worst.map(|w| format!("; unmet up to {} in {}", format::percent(w.unmet_share), format::month(&w.month))).unwrap_or_default() }</span>
                    { "." }</p>
                if !unmet_range.is_empty() {
                    <p class="sub detail">{ format!("Unmet, 12-month average · {unmet_range}") }</p>
                }
                <p class="sub">{ "12-month average price: " }{ average }
                    if !average_range.is_empty() { <span class="detail">{ format!(" · {average_range}") }</span> }</p>
            } else {
                <p class="big">{ average }<span class="big-note">{ " 12-month average" }</span></p>
                if !average_range.is_empty() {
                    <p class="sub detail">{ average_range }</p>
                }
                if flat {
                    <p class="sub">{ "No month above " }{ peak }{ " over the 36 months" }
                        if !peak_range.is_empty() { <span class="detail">{ format!(" in the central case · peak {peak_range}") }</span> }</p>
                } else {
                    <p class="sub">{ "Peak " }{ peak }{ " in " }{ peak_month }
                        if !peak_range.is_empty() { <span class="detail">{ format!(" · {peak_range}") }</span> }</p>
                }
                if m.unmet_share.central > 0.0005 {
                    <p class="sub">{ "Demand left unmet: " }{ unmet }{ " (12-month average)" }</p>
                }
            }
            <p class="sub">{ "Inside China: " }{ china }{ " (12-month average)" }</p>
            <p class="sub detail">{ format!("US${}/kg in 2024 → {price_now}/kg (12-month average)", format::sig(m.price.baseline)) }</p>
            { card_compare(k, a, o) }
            { explanation(explain, || market_explanation(o, m, data)) }
        </article>
    }
}

/// "set to 3 months" when the reader set a value, else the dataset's figure with its source.
fn set_or_figure(name: &str, value: String, set: bool, figure: &Figure) -> Html {
    if set {
        input_line(name, format!("{value} (set by you)"), None)
    } else {
        input_line(name, value, Some(figure))
    }
}

fn market_explanation(o: &Outcome, m: &MarketOutcome, data: &crate::data::Market) -> Html {
    let i = &m.inputs;
    let sc = &o.scenario.scenario;
    let be = &DATASET.behaviour;
    let formula = if m.id == MarketId::Magnet {
        "each month, 36 from the start (flows ÷ 12):\n\
         buyers outside China: d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]\n\
         China's magnets: priced at c_cn·(1 + τ), X ≤ a = quota × E ÷ 12 while restricted\n\
         c = 1 + Σ w_i (m_i − 1) from the oxide prices that month;  m ≤ B, the rest unmet\n\
         S* = (buffer + panic while restricted)·d·m^(−θ)\n\
         shown: the 12-month average of m, and the highest month"
    } else {
        "each month, 36 from the start (flows ÷ 12):\n\
         outside China: N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)\n\
         China: N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)\n\
         one market: N_c(m_cn) = N_e(m_cn·(1 + τ)) = X;  split if X > a = quota × E ÷ 12\n\
         m ≤ B, the rest unmet;  S* = (buffer + panic while restricted)·d·m^(−θ)\n\
         shown: the 12-month average of m, and the highest month"
    };
    html! { <>
        <p class="formula">{ formula }</p>
        <ul>
            { input_line("D (demand outside China, t/yr)", format::thousands(i.demand), Some(&data.demand)) }
            { input_line("F (supply outside China, t/yr)", format::thousands(i.non_china_supply), Some(&data.non_china_supply)) }
            { input_line("K (capacity outside China, t/yr)", format::thousands(i.non_china_capacity), Some(&data.non_china_capacity)) }
            { input_line("E (China's normal exports, t/yr)", format::thousands(i.normal_exports), data.reported_exports.as_ref()) }
            { input_line("a (what China lets out while restricted, t/yr)",
                format!("{} × {} = {}", format::percent(i.quota), format::thousands(i.normal_exports), format::thousands(i.allowed_exports)), None) }
            if let Some(c) = &i.magnet {
                { input_line("X (China's magnet exports over the 12 months, t)", format::thousands(c.allowed_exports), None) }
                { input_line("makers outside China supply, 12-month average (t/yr)", format::thousands(c.non_china_output), None) }
                { input_line("c_ex, c_cn (material cost multipliers, 12-month average)", format!("{} , {}", format::sig(c.cost_ex), format::sig(c.cost_cn)), None) }
                { input_line("w (NdPr, Dy, Tb cost shares)", format!("{}, {}, {}", format::sig(c.weights.ndpr), format::sig(c.weights.dy), format::sig(c.weights.tb)), Some(&DATASET.magnet.ndpr_per_kg)) }
            }
            { input_line("restriction", format!("{} months from {}; China's output {}; export duty τ {}",
                i.months, format::month(&i.start), format::percent(i.china_output), format::percent(i.export_duty)), None) }
            { set_or_figure("buffer (buyers' stocks at the start, months)", format::sig(i.buffer), sc.buffer.is_some(), &data.buffer) }
            { set_or_figure("panic (extra months sought while restricted)", format::sig(i.panic), sc.panic.is_some(), &be.panic.central) }
            { set_or_figure("buffer_cn (stocks in China, months)", format::sig(i.buffer_cn), sc.buffer_cn.is_some(), &data.buffer_cn) }
            { input_line("θ, λ (stock response to price; gap closed a month)", format!("{}, {}", format::sig(i.theta), format::sig(i.lambda)), Some(&be.lambda.central)) }
            { input_line("ed (demand elasticity)", format::sig(i.ed), Some(&data.ed.central)) }
            { input_line("es (supply elasticity outside China)", format::sig(i.es), Some(&data.es.central)) }
            { input_line("es_cn (China's supply elasticity)", format::sig(i.es_cn), Some(&data.es_cn)) }
            { input_line("B (backstop multiplier)", format::multiplier(i.backstop), Some(&data.backstop)) }
            { input_line("P (2024 price, US$/kg)", format::sig(i.baseline_price), Some(&data.price)) }
        </ul>
        <p>{ format!("Demand grows {} a year from 2024 (×{} by {}). Stocks are drawn down while China's exports are short and \
            rebuilt after; at the backstop buyers switch technology and the rest of the gap goes unmet, so the price there is a floor. \
            MODEL.md §4–§5.",
            format::percent(o.scenario.scenario.growth / 100.0), format::sig(i.growth_factor), o.year) }</p>
    </> }
}

/// A time in months, large, with its unit small ("12 months" fits half a card); words
/// ("not within 36 months") in a smaller size.
fn time_figure(path: &'static str, value: Option<f64>, text: String) -> Html {
    let data_value = value
        .map(|v| format!("{v:?}"))
        .unwrap_or_else(|| "null".into());
    match text.split_once('\u{a0}') {
        Some((number, unit)) if value.is_some() => html! {
            <p class="big"><span data-metric={path} data-value={data_value}>
                { number.to_string() }<span class="big-note">{ format!("\u{a0}{unit}") }</span>
            </span></p>
        },
        _ => html! {
            <p class="big words"><span data-metric={path} data-value={data_value}>{ text }</span></p>
        },
    }
}

fn time_card(o: &Outcome, explain: bool, a: Option<&Compared>) -> Html {
    let survive = o.time_to_survive_months.central;
    let recover = o.time_to_recover_months.central;
    let year = o.time_to_recover_year.central;
    let short = survive_market(o);
    let i = &short.inputs;
    html! {
        <article class="card" id="card-time">
            <h2>{ "How long stocks outside China last, and when prices recover" }</h2>
            <div class="pair">
                <div>
                    <p class="label">{ "Time to survive" }</p>
                    { time_figure("time_to_survive_months.central", survive, survive_text(o)) }
                </div>
                <div>
                    <p class="label">{ "Time to recover" }</p>
                    { time_figure("time_to_recover_months.central", recover, recover_text(o)) }
                </div>
            </div>
            <p class="sub detail">{ "Months from " }{ word_metric("path_start".into(), &o.path_start, format::month(&o.path_start)) }
                { ": until buyers outside China go short (demand unmet, or stocks under 10 % of their start), and until the price outside China is back within 10 % of normal." }</p>
            if survive.is_some() {
                <p class="sub">{ format!("First to go short: {}", short.name) }</p>
            }
            { own_time_block(o) }
            <p class="sub">{ "Supply outside China catches up with demand: " }
                { maybe_metric("time_to_recover_year.central", year, year.map(|y| format!("{y:.0}")).unwrap_or_else(|| "not by 2035".into())) }</p>
            { card_compare("time", a, o) }
            { explanation(explain, || html! { <>
                <p class="formula">{ "S* = (buffer + panic while restricted)·d·m^(−θ)\n\
                    stocks each month: S_i = S_(i−1) + λ·(S*(m) − S_(i−1))\n\
                    survive = first month with demand unmet, or S_i < 10 % of S_(−1)\n\
                    recover = first month after the restriction with m within 10 % of normal\n\
                    catches up = first year with F + Q ≥ D, the limit held for good" }</p>
                <ul>
                    { input_line("market", short.name.to_string(), None) }
                    { input_line("restriction", format!("{} months from {}", i.months, format::month(&i.start)), None) }
                    { set_or_figure("buffer (months of demand)", format::sig(i.buffer), o.scenario.scenario.buffer.is_some(), &DATASET.market(short.id).buffer) }
                    { set_or_figure("panic (extra months sought)", format::sig(i.panic), o.scenario.scenario.panic.is_some(), &DATASET.behaviour.panic.central) }
                    { input_line("θ, λ", format!("{}, {}", format::sig(i.theta), format::sig(i.lambda)), Some(&DATASET.behaviour.lambda.central)) }
                    { input_line("D, F, Q (t/yr)", format!("{}, {}, {}", format::thousands(i.demand), format::thousands(i.non_china_supply), format::thousands(i.allowed_exports)), Some(&DATASET.market(short.id).demand)) }
                </ul>
                <p>{ "Time to survive is the shortest over the four markets, time to recover the longest. MODEL.md §7." }</p>
            </> }) }
        </article>
    }
}

/// The viewpoint's own time to survive (MODEL.md §7.2): a figure of its own where it differs
/// from the pooled one, else one line saying it is the same.
fn own_time_block(o: &Outcome) -> Html {
    let Some(own) = own_time(o) else {
        return html! {};
    };
    let path = "viewpoint.time_to_survive_months";
    if own.differs {
        html! {
            <div class="own-time" id="own-time">
                <p class="label">{ own.label }</p>
                { time_figure(path, own.value, own.text) }
                <p class="sub detail">{ own.detail }</p>
            </div>
        }
    } else {
        html! {
            <p class="sub" id="own-time">{ format!("{}: the same, ", own.label) }
                { maybe_metric(path, own.value, own.text) }{ "." }</p>
        }
    }
}

fn capacity_card(o: &Outcome, explain: bool, a: Option<&Compared>) -> Html {
    let light = &o.dependency.light;
    let target = light.target;
    let total = light.capacity_needed_total;
    html! {
        <article class="card" id="card-capacity">
            <h2>{ format!("New capacity to get below {} dependency", format::percent(target)) }</h2>
            <p class="big">{ metric("dependency.light.capacity_needed_total".into(), total, format::tonnes(total)) }</p>
            <p class="sub">{ "per year, NdPr-oxide equivalent, at these stages:" }</p>
            <p class="sub">{ stages_needing(o) }</p>
            { card_compare("capacity", a, o) }
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
