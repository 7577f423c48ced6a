//! Headline cards: each number large, its range beside it, and "How is this calculated" with the
//! formula, the live input values and links to their sources (two clicks from number to source).

use crate::data::{Chain, Figure, MarketId, Stage, DATASET};
use crate::i18n::{t, tr};
use crate::model::{MarketOutcome, Outcome, Range};
use crate::ui::compare::card_compare;
use crate::ui::format;
use crate::ui::state::Compared;
use crate::ui::summary::{
    market_name, market_note, own_time, price_line, price_year, recover_text, stage_phrase,
    survive_market, survive_text,
};
use crate::ui::words::{slotted, stage_key_word};
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
                <span class="conf">{ format!(" ({}, {}", t(&format!("confidence-{}", f.confidence.label())), f.year) }{ ")" }</span>
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
        tr("fmt-range", &[("low", lo.into()), ("high", hi.into())])
    }
}

fn metric(path: String, value: f64, text: String) -> Html {
    html! { <span data-metric={path} data-value={format!("{value:?}")}>{ text }</span> }
}

/// A figure that may be "never" (`null` in the report).
fn maybe_metric(path: &'static str, value: Option<f64>, text: String) -> Html {
    html! {
        <span data-metric={path} data-value={value.map_or_else(|| "null".into(), |v| format!("{v:?}"))}>{ text }</span>
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
            <summary>{ t("card-how") }</summary>
            if explain { { body() } }
        </details>
    }
}

/// A card whose figures the 2009 replay does not have (MODEL.md §8): its title and one line
/// saying so, in place of numbers from a market or chain that did not exist in the data.
fn not_replayed(id: &str, title: String, line: &str) -> Html {
    html! {
        <article class="card not-replayed" id={format!("card-{id}")}>
            <h2>{ title }</h2>
            <p class="sub">{ t(line) }</p>
        </article>
    }
}

fn dependency_card(o: &Outcome, explain: bool, a: Option<&Compared>) -> Html {
    if o.replay.is_some() {
        return not_replayed(
            "dependency",
            t("card-dependency-title"),
            "card-replay-today",
        );
    }
    let light = &o.dependency.light;
    let heavy = &o.dependency.heavy;
    let dep = &light.magnet.dependency;
    let need = DATASET.need(o.view, Chain::Light);
    html! {
        <article class="card" id="card-dependency">
            <h2>{ t("card-dependency-title") }</h2>
            <p class="big">{ metric("dependency.light.magnet.dependency.central".into(), dep.central, format::percent(dep.central)) }</p>
            <p class="sub">{ range_text(dep, format::percent) }</p>
            <p class="sub">{ slotted("card-dependency-heavy", &[], vec![("value",
                metric("dependency.heavy.magnet.dependency.central".into(), heavy.magnet.dependency.central,
                    format::percent(heavy.magnet.dependency.central)))]) }</p>
            if crate::ui::summary::has_weakest_stage(light) {
                <p class="sub">{ slotted("card-weakest-stage", &[], vec![("stage", html! {
                    <span data-metric="dependency.light.bottleneck" data-value={light.bottleneck.key()}>{ stage_phrase(light.bottleneck) }</span> })]) }</p>
            } else {
                <p class="sub">{ t("card-weakest-none") }</p>
            }
            { card_compare("dependency", a, o) }
            { explanation(explain, || html! { <>
                <p class="formula">{ "T_mining = cap + R;  T_s = min(T_prev + R_s, cap_s)\ndep_s = 1 − min(1, T_s ÷ N)" }</p>
                <ul>
                    { input_line(&t("in-need"), format::thousands(light.magnet.inputs.need), Some(&need.need)) }
                    { for Stage::ALL.iter().map(|s| {
                        let st = light.stage(*s);
                        let fig = DATASET.stage(o.view, Chain::Light, *s);
                        input_line(&tr("in-cap", &[("stage", s.key().into())]),
                            tr("in-cap-value", &[
                                ("capacity", format::thousands(st.inputs.capacity).into()),
                                ("throughput", format::thousands(st.inputs.throughput).into()),
                                ("dependency", format::percent(st.dependency.central).into()),
                            ]),
                            Some(&fig.capacity))
                    }) }
                </ul>
                <p>{ t("card-dependency-note") }</p>
            </> }) }
        </article>
    }
}

/// A market card's heading: "Sintered NdFeB magnets price outside China", "Prix hors de Chine :
/// aimants NdFeB frittés" (the name as a sentence has it; the heading's first letter upper-case).
fn market_title(id: MarketId) -> String {
    crate::i18n::case::upper_first(&tr(
        "card-market-title",
        &[("market", market_name(id).into())],
    ))
}

fn market_card(o: &Outcome, id: MarketId, explain: bool, a: Option<&Compared>) -> Html {
    if !o.has_market(id) {
        let title = market_title(id);
        return not_replayed(id.key(), title, "card-not-replayed");
    }
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
    html! {
        <article class="card" id={format!("card-{k}")}>
            <h2>{ market_title(id) }</h2>
            if capped {
                <p class="big capped">{ slotted("card-capped", &[], vec![("peak", peak), ("unmet", unmet)]) }
                    <span class="big-note">{ t("card-capped-note") }</span></p>
                <p class="sub">{ slotted("card-backstop-from", &[], vec![("month", peak_month)]) }
                    <span class="detail">{ t("card-backstop-detail") }
                        { worst.map(|w| tr("card-unmet-up-to", &[("share", format::percent(w.unmet_share).into()), ("month", format::month(&w.month).into())])).unwrap_or_default() }</span>
                    { t("card-period") }</p>
                if !unmet_range.is_empty() {
                    <p class="sub detail">{ tr("card-unmet-range", &[("range", unmet_range.into())]) }</p>
                }
                <p class="sub">{ slotted("card-average-price", &[], vec![("value", average)]) }
                    if !average_range.is_empty() { <span class="detail">{ format!(" · {average_range}") }</span> }</p>
            } else {
                <p class="big">{ average }<span class="big-note">{ t("card-average-note") }</span></p>
                if !average_range.is_empty() {
                    <p class="sub detail">{ average_range }</p>
                }
                if flat {
                    <p class="sub">{ slotted("card-no-month-above", &[], vec![("peak", peak)]) }
                        if !peak_range.is_empty() { <span class="detail">{ tr("card-central-peak", &[("range", peak_range.into())]) }</span> }</p>
                } else {
                    <p class="sub">{ slotted("card-peak", &[], vec![("peak", peak), ("month", peak_month)]) }
                        if !peak_range.is_empty() { <span class="detail">{ format!(" · {peak_range}") }</span> }</p>
                }
                if m.unmet_share.central > 0.0005 {
                    <p class="sub">{ slotted("card-unmet", &[], vec![("unmet", unmet)]) }</p>
                }
            }
            <p class="sub">{ slotted("card-inside-china", &[], vec![("change", china)]) }</p>
            <p class="sub detail">{ price_line(o, m) }</p>
            { card_compare(k, a, o) }
            { explanation(explain, || market_explanation(o, m, data, &Cited::of(o, id))) }
        </article>
    }
}

/// "set to 3 months" when the reader set a value, else the dataset's figure with its source.
fn set_or_figure(name: &str, value: String, set: bool, figure: &Figure) -> Html {
    if set {
        input_line(name, tr("in-set-by-you", &[("value", value.into())]), None)
    } else {
        input_line(name, value, Some(figure))
    }
}

/// The sourced figures behind a market's `D`, `F`, `K`, `E` and `P`: the dataset's baseline,
/// or the 2009 snapshot's on the replay of 2010–11, which runs on those (MODEL.md §8).
struct Cited {
    demand: &'static Figure,
    supply: &'static Figure,
    capacity: &'static Figure,
    exports: Option<&'static Figure>,
    price: &'static Figure,
}

impl Cited {
    fn of(o: &Outcome, id: MarketId) -> Cited {
        if let Some(s) = o.replay.as_ref().and(DATASET.snapshot_2009.market(id)) {
            return Cited {
                demand: &s.demand,
                supply: &s.non_china_supply,
                capacity: &s.non_china_capacity,
                exports: Some(&s.exports),
                price: &s.price,
            };
        }
        let m = DATASET.market(id);
        Cited {
            demand: &m.demand,
            supply: &m.non_china_supply,
            capacity: &m.non_china_capacity,
            exports: m.reported_exports.as_ref(),
            price: &m.price,
        }
    }
}

fn market_explanation(
    o: &Outcome,
    m: &MarketOutcome,
    data: &crate::data::Market,
    cited: &Cited,
) -> Html {
    let i = &m.inputs;
    let sc = &o.scenario.scenario;
    let be = &DATASET.behaviour;
    let formula = t(if m.id == MarketId::Magnet {
        "card-formula-magnet"
    } else {
        "card-formula-oxide"
    });
    html! { <>
        <p class="formula">{ formula }</p>
        <ul>
            { input_line(&t("in-demand"), format::thousands(i.demand), Some(cited.demand)) }
            { input_line(&t("in-supply"), format::thousands(i.non_china_supply), Some(cited.supply)) }
            { input_line(&t("in-capacity"), format::thousands(i.non_china_capacity), Some(cited.capacity)) }
            { input_line(&t("in-exports"), format::thousands(i.normal_exports), cited.exports) }
            { input_line(&t("in-allowed"),
                format!("{} × {} = {}", format::percent(i.quota), format::thousands(i.normal_exports), format::thousands(i.allowed_exports)), None) }
            if let Some(c) = &i.magnet {
                { input_line(&t("in-magnet-exports"), format::thousands(c.allowed_exports), None) }
                { input_line(&t("in-makers"), format::thousands(c.non_china_output), None) }
                { input_line(&t("in-cost"), format!("{} , {}", format::sig(c.cost_ex), format::sig(c.cost_cn)), None) }
                { input_line(&t("in-weights"), format!("{}, {}, {}", format::sig(c.weights.ndpr), format::sig(c.weights.dy), format::sig(c.weights.tb)), Some(&DATASET.magnet.ndpr_per_kg)) }
            }
            { input_line(&t("in-restriction"), tr("in-restriction-value", &[
                ("months", format::thousands(i.months as f64).into()),
                ("start", format::month(&i.start).into()),
                ("output", format::percent(i.china_output).into()),
                ("duty", format::percent(i.export_duty).into()),
            ]), None) }
            { set_or_figure(&t("in-buffer"), format::sig(i.buffer), sc.buffer.is_some(), &data.buffer) }
            { set_or_figure(&t("in-panic"), format::sig(i.panic), sc.panic.is_some(), &be.panic.central) }
            { set_or_figure(&t("in-buffer-cn"), format::sig(i.buffer_cn), sc.buffer_cn.is_some(), &data.buffer_cn) }
            { input_line(&t("in-theta-lambda"), format!("{}, {}", format::sig(i.theta), format::sig(i.lambda)), Some(&be.lambda.central)) }
            { input_line(&t("in-ed"), format::sig(i.ed), Some(&data.ed.central)) }
            { input_line(&t("in-es"), format::sig(i.es), Some(&data.es.central)) }
            { input_line(&t("in-es-cn"), format::sig(i.es_cn), Some(&data.es_cn)) }
            { input_line(&t("in-backstop"), format::multiplier(i.backstop), Some(&data.backstop)) }
            { input_line(&tr("in-price", &[("year", price_year(o).to_string().into())]), format::sig(i.baseline_price), Some(cited.price)) }
        </ul>
        <p>{ market_note(o, m) }</p>
    </> }
}

/// A time in months, large, with its unit small ("12 months" fits half a card); words
/// ("not within 36 months") in a smaller size.
fn time_figure(path: &'static str, value: Option<f64>, text: String) -> Html {
    let data_value = value.map_or_else(|| "null".into(), |v| format!("{v:?}"));
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
            <h2>{ t("card-time-title") }</h2>
            <div class="pair">
                <div>
                    <p class="label">{ t("card-time-survive") }</p>
                    { time_figure("time_to_survive_months.central", survive, survive_text(o)) }
                </div>
                <div>
                    <p class="label">{ t("card-time-recover") }</p>
                    { time_figure("time_to_recover_months.central", recover, recover_text(o)) }
                </div>
            </div>
            <p class="sub detail">{ slotted("card-time-from", &[], vec![("month",
                word_metric("path_start".into(), &o.path_start, format::month(&o.path_start)))]) }</p>
            if survive.is_some() {
                <p class="sub">{ tr("card-first-short", &[("market", market_name(short.id).into())]) }</p>
            }
            { own_time_block(o) }
            // The year supply catches up comes from today's timeline, which the 2009 replay has not.
            if o.replay.is_none() {
                <p class="sub">{ slotted("card-catch-up", &[], vec![("year",
                    maybe_metric("time_to_recover_year.central", year, year.map_or_else(|| t("card-not-by-2035"), |y| format!("{y:.0}"))))]) }</p>
            }
            { card_compare("time", a, o) }
            { explanation(explain, || html! { <>
                <p class="formula">{ t("card-time-formula") }
                    // The year supply catches up is not shown on the 2009 replay (above).
                    if o.replay.is_none() { { format!("\n{}", t("card-time-formula-catch-up")) } }</p>
                <ul>
                    { input_line(&t("in-market"), market_name(short.id), None) }
                    { input_line(&t("in-restriction"), tr("in-restriction-months", &[
                        ("months", format::thousands(i.months as f64).into()),
                        ("start", format::month(&i.start).into()),
                    ]), None) }
                    { set_or_figure(&t("in-buffer-months"), format::sig(i.buffer), o.scenario.scenario.buffer.is_some(), &DATASET.market(short.id).buffer) }
                    { set_or_figure(&t("in-panic-months"), format::sig(i.panic), o.scenario.scenario.panic.is_some(), &DATASET.behaviour.panic.central) }
                    { input_line("θ, λ", format!("{}, {}", format::sig(i.theta), format::sig(i.lambda)), Some(&DATASET.behaviour.lambda.central)) }
                    { input_line(&t("in-dfq"), format!("{}, {}, {}", format::thousands(i.demand), format::thousands(i.non_china_supply), format::thousands(i.allowed_exports)), Some(Cited::of(o, short.id).demand)) }
                </ul>
                <p>{ t(if o.replay.is_some() { "card-time-note-replay" } else { "card-time-note" }) }</p>
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
            <p class="sub" id="own-time">{ slotted("card-own-same", &[("label", own.label.into())],
                vec![("value", maybe_metric(path, own.value, own.text))]) }</p>
        }
    }
}

fn capacity_card(o: &Outcome, explain: bool, a: Option<&Compared>) -> Html {
    let light = &o.dependency.light;
    let target = light.target;
    if o.replay.is_some() {
        let title = tr(
            "card-capacity-title",
            &[("target", format::percent(target).into())],
        );
        return not_replayed("capacity", title, "card-replay-today");
    }
    let total = light.capacity_needed_total;
    html! {
        <article class="card" id="card-capacity">
            <h2>{ tr("card-capacity-title", &[("target", format::percent(target).into())]) }</h2>
            <p class="big">{ metric("dependency.light.capacity_needed_total".into(), total, format::tonnes(total)) }</p>
            <p class="sub">{ t("card-capacity-per") }</p>
            <p class="sub">{ stages_needing(o) }</p>
            { card_compare("capacity", a, o) }
            { explanation(explain, || html! { <>
                <p class="formula">{ t("card-capacity-formula") }</p>
                <ul>
                    { input_line(&t("in-target"), format::percent(target), Some(&DATASET.assumptions.dependency_target)) }
                    { input_line("N", format::thousands(light.magnet.inputs.need), Some(&DATASET.need(o.view, Chain::Light).need)) }
                </ul>
                <p>{ t("card-capacity-note") }</p>
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
        .map(|(s, v)| {
            tr(
                "card-capacity-stage",
                &[
                    ("stage", stage_key_word(*s).into()),
                    ("tonnes", format::tonnes(v).into()),
                ],
            )
        })
        .collect();
    if parts.is_empty() {
        t("card-capacity-none")
    } else {
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::Cited;
    use crate::data::{MarketId, DATASET};
    use crate::ui::test_support::central_outcome;

    /// A card's "How is this calculated" cites, beside each of `D`, `F`, `K`, `E` and `P`, the
    /// figure the model started from: on the 2009 replay the snapshot's, not today's (whose
    /// sources and year would be wrong beside the 2009 values).
    #[test]
    fn the_cited_figures_are_the_ones_the_model_used() {
        for p in DATASET.presets {
            let o = central_outcome(&format!("preset={}", p.id));
            for id in MarketId::ALL.into_iter().filter(|id| o.has_market(*id)) {
                let (i, c) = (&o.markets.get(id).inputs, Cited::of(&o, id));
                let ctx = format!("{} {}", p.id, id.key());
                assert_eq!(c.price.value, i.baseline_price, "P, {ctx}");
                if o.replay.is_some() {
                    // The 2009 markets run as they were: no growth, no projects.
                    assert_eq!(c.demand.value, i.demand, "D, {ctx}");
                    assert_eq!(c.supply.value, i.non_china_supply, "F, {ctx}");
                    assert_eq!(
                        c.exports.map(|e| e.value),
                        Some(i.normal_exports),
                        "E, {ctx}"
                    );
                    assert_eq!(c.price.year, 2009, "P's year, {ctx}");
                } else {
                    let grown = c.demand.value * i.growth_factor;
                    assert!((grown - i.demand).abs() <= 1e-9 * grown, "D, {ctx}");
                }
            }
        }
    }
}
