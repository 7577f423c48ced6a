//! The one-sentence plain-language summary of the scenario, announced politely to screen readers.

use crate::data::{MarketId, Stage, Viewpoint};
use crate::i18n::{t, tr, yes_no, Arg};
use crate::model::scenario::REALISED;
use crate::model::{MarketOutcome, Outcome, Scenario, ScenarioKey};
use crate::ui::format;
use yew::prelude::*;

/// Who "we" are in a sentence ("the United States").
pub fn viewpoint_phrase(v: Viewpoint) -> String {
    t(&format!("who-{}", v.key()))
}

/// The viewpoint's pronoun in English: "its" for a country or bloc, "their" for buyers outside
/// China (the catalogue's messages select on the viewpoint themselves, `$view`).
pub fn viewpoint_pronoun(v: Viewpoint) -> &'static str {
    if v == Viewpoint::Exchina {
        "their"
    } else {
        "its"
    }
}

/// A stage as a reader says it ("magnet making").
pub fn stage_phrase(s: Stage) -> String {
    t(&format!("stage-{}", s.key()))
}

/// Whether the scenario restricts anything. With no restriction every month of every market
/// sits at its normal price (MODEL.md §9), so a path that moves is a restricted one.
pub fn restricted(o: &Outcome) -> bool {
    MarketId::ALL.iter().any(|id| {
        o.markets.get(*id).path.iter().any(|p| {
            (p.ex_china - 1.0).abs() > 1e-9 || (p.china - 1.0).abs() > 1e-9 || p.unmet_share > 0.0
        })
    })
}

/// The path's length in months, as plurals select on it and a sentence shows it.
fn path_months(o: &Outcome) -> [Arg<'static>; 2] {
    let n = o.markets.magnet.path.len() as f64;
    [("n", n.into()), ("months", format::thousands(n).into())]
}

/// What a time that is `null` in the report means: nothing restricted, or not within the path.
pub fn never_phrase(o: &Outcome) -> String {
    if restricted(o) {
        tr("never-within", &path_months(o))
    } else {
        t("never-no-restriction")
    }
}

/// Months, "0 months" for a shortfall in the very first month.
fn months_phrase(m: f64) -> String {
    format::months(Some(m.max(0.0)))
}

/// Time to survive as the time card shows it.
pub fn survive_text(o: &Outcome) -> String {
    o.time_to_survive_months
        .central
        .map_or_else(|| never_phrase(o), months_phrase)
}

/// Time to recover (months) as the time card shows it.
pub fn recover_text(o: &Outcome) -> String {
    o.time_to_recover_months
        .central
        .map_or_else(|| never_phrase(o), months_phrase)
}

/// The market whose buyers go short first (the one that sets time to survive), else the one
/// the model names.
pub fn survive_market(o: &Outcome) -> &MarketOutcome {
    let first = o.time_to_survive_months.central;
    MarketId::ALL
        .iter()
        .map(|id| o.markets.get(*id))
        .find(|m| first.is_some() && m.time_to_survive_months.central == first)
        .unwrap_or_else(|| o.markets.get(o.time_binding_market))
}

/// What China does, in words: the export shares that leave China, its own output, its duty.
fn policy_phrase(s: &Scenario) -> Option<String> {
    let q = [
        (ScenarioKey::QuotaMagnet, s.quota_magnet, "what-magnets"),
        (ScenarioKey::QuotaHeavy, s.quota_heavy, "what-heavy"),
        (ScenarioKey::QuotaLight, s.quota_light, "what-light"),
    ];
    let mut parts: Vec<String> = Vec::new();
    if q.iter().all(|(_, v, _)| *v <= 0.0) {
        parts.push(t("policy-stop-all"));
    } else {
        // What China stops outright is its own clause ("stops its exports of magnets"): "lets
        // out none of …" does not translate ("laisse sortir aucune", "dejara salir nada").
        let stopped: Vec<String> = q
            .iter()
            .filter(|(_, v, _)| *v <= 0.0)
            .map(|(_, _, what)| t(what))
            .collect();
        if !stopped.is_empty() {
            let list = join_and(&stopped, false);
            parts.push(tr("policy-stop", &[("list", list.into())]));
        }
        let cut: Vec<String> = q
            .iter()
            .filter(|(_, v, _)| *v > 0.0 && *v < 100.0)
            .map(|(key, v, what)| {
                let what = t(what);
                let share = format::percent(v / 100.0);
                // A realised quota follows the recorded months; the slider holds their average.
                let id = if s.query_value(*key).as_deref() == Some(REALISED) {
                    "policy-quota-realised"
                } else {
                    "policy-quota"
                };
                tr(id, &[("share", share.into()), ("what", what.into())])
            })
            .collect();
        if !cut.is_empty() {
            let list = join_and(&cut, false);
            parts.push(tr("policy-lets-out-only", &[("list", list.into())]));
        }
    }
    let output = format::percent(s.china_output / 100.0);
    if s.china_output < 100.0 {
        parts.push(tr("policy-output-cut", &[("share", output.into())]));
    } else if s.china_output > 100.0 {
        parts.push(tr("policy-output-raise", &[("share", output.into())]));
    }
    if s.export_duty > 0.0 {
        let duty = format::percent(s.export_duty / 100.0);
        parts.push(tr("policy-duty", &[("share", duty.into())]));
    }
    if parts.is_empty() {
        return None;
    }
    let policy = join_and(&parts, true);
    Some(tr("policy-if", &[("policy", policy.into())]))
}

/// "a, b and c" in the page's language; `serial` keeps English's comma before the last "and"
/// in a list of clauses ("a, and b").
fn join_and(parts: &[String], serial: bool) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            // Clauses join as the language joins them (Japanese "…し、…"), and English's serial
            // comma ("a, b, and c") needs three: two take none.
            let id = match (serial, init.len()) {
                (false, _) => "list-and",
                (true, 1) => "list-and-two-clauses",
                (true, _) => "list-and-serial",
            };
            let init = init.join(&t("list-separator"));
            tr(id, &[("init", init.into()), ("last", last.as_str().into())])
        }
    }
}

/// A market's 12-month average price outside China, and its peak, in words. `what` names the
/// prices ("magnet prices"), in the page's language.
pub fn price_phrase(m: &MarketOutcome, what: &str) -> String {
    let b = m.inputs.backstop;
    if m.at_backstop {
        tr(
            "price-backstop",
            &[
                ("what", what.into()),
                ("cap", format::multiplier(b).into()),
                ("unmet", format::percent(m.unmet_share.central).into()),
            ],
        )
    } else if format::multiplier(m.peak.central) == format::multiplier(1.0)
        && format::multiplier(m.multiplier.central) == format::multiplier(1.0)
    {
        tr("price-steady", &[("what", what.into())])
    } else {
        let average = format::multiplier_capped(m.multiplier.central, b, false);
        let peak = format::multiplier_capped(m.peak.central, b, false);
        let mut out = tr(
            "price-average",
            &[
                ("what", what.into()),
                ("average", average.as_str().into()),
                ("change", format::change(m.multiplier.central).into()),
            ],
        );
        if format::at_cap(m.peak.central, b) {
            // "peaking at at least ×15" would say "at" twice: the cap has its own words.
            out.push_str(&tr(
                "price-peak-backstop",
                &[
                    ("peak", format::multiplier(b).into()),
                    ("month", format::month(&m.peak_month).into()),
                ],
            ));
        } else if peak != average {
            out.push_str(&tr(
                "price-peak",
                &[
                    ("peak", peak.into()),
                    ("month", format::month(&m.peak_month).into()),
                ],
            ));
        }
        out
    }
}

/// The year of the prices a multiplier of 1 stands for: the dataset's baseline year, or the
/// snapshot's (2009) on the replay of 2010–11 (MODEL.md §8).
pub fn price_year(o: &Outcome) -> u16 {
    o.replay
        .as_ref()
        .map_or(crate::data::DATASET.baseline_year, |r| r.snapshot)
}

/// A card's price line: the price a multiplier of 1 stands for, with its year, and the
/// 12-month average outside China ("at least" at the backstop).
pub fn price_line(o: &Outcome, m: &MarketOutcome) -> String {
    let id = if m.at_backstop {
        "card-price-line-capped"
    } else {
        "card-price-line"
    };
    tr(
        id,
        &[
            ("baseline", format::sig(m.price.baseline).into()),
            ("year", price_year(o).to_string().into()),
            ("now", format::model_price(m.price.ex_china.central).into()),
        ],
    )
}

/// How the market's year is reached: growth from the baseline year, or, on the replay, the
/// 2009 markets as they were (`episodes::e1_markets` applies no growth).
pub fn market_note(o: &Outcome, m: &MarketOutcome) -> String {
    if o.replay.is_some() {
        return tr(
            "card-market-note-replay",
            &[("year", price_year(o).to_string().into())],
        );
    }
    tr(
        "card-market-note",
        &[
            (
                "growth",
                format::percent(o.scenario.scenario.growth / 100.0).into(),
            ),
            ("base", price_year(o).to_string().into()),
            ("factor", format::sig(m.inputs.growth_factor).into()),
            ("year", o.year.to_string().into()),
        ],
    )
}

/// Whether a chain has a weakest stage to name: none where dependency jumps nowhere by as much
/// as the half point a percentage shows, as when every stage is 0 %.
pub fn has_weakest_stage(c: &crate::model::ChainOutcome) -> bool {
    c.bottleneck_jump >= 0.005
}

/// A market's name as a sentence says it ("NdPr oxide", "sintered NdFeB magnets").
pub fn market_name(id: MarketId) -> String {
    t(&format!("market-{}", id.key()))
}

/// A market's name where it begins a heading, label or table cell ("Sintered NdFeB magnets").
pub fn market_heading(id: MarketId) -> String {
    crate::i18n::case::upper_first(&market_name(id))
}

/// The sentence: policy and timing, dependency and bottleneck, magnet prices, stocks and
/// recovery.
pub fn summary_text(o: &Outcome, s: &Scenario) -> String {
    if o.replay.is_some() {
        return replay_text(o, s);
    }
    let light = &o.dependency.light;
    let dep = format::percent(light.magnet.dependency.central);
    let who = viewpoint_phrase(o.view);
    let year = o.year.to_string();
    let lead = match policy_phrase(s) {
        Some(policy) if restricted(o) => tr(
            "summary-lead-restricted",
            &[
                ("policy", policy.into()),
                ("duration", months_phrase(s.months).into()),
                ("start", format::month(&o.path_start).into()),
                ("who", who.into()),
                ("view", o.view.key().into()),
                ("dependency", dep.into()),
                ("year", year.into()),
            ],
        ),
        Some(policy) => tr(
            "summary-lead-unrestricted",
            &[
                ("policy", policy.into()),
                ("who", who.into()),
                ("view", o.view.key().into()),
                ("dependency", dep.into()),
                ("year", year.into()),
            ],
        ),
        None => tr(
            "summary-lead-normal",
            &[
                ("who", who.into()),
                ("view", o.view.key().into()),
                ("dependency", dep.into()),
                ("year", year.into()),
            ],
        ),
    };
    let price = price_phrase(&o.markets.magnet, &t("what-magnet-prices"));
    let (stocks, recover) = stocks_and_recovery(o);
    let own = view_survive_phrase(o)
        .map(|p| tr("summary-own", &[("text", p.into())]))
        .unwrap_or_default();
    tr(
        "summary-sentence",
        &[
            ("lead", lead.into()),
            ("stage", stage_phrase(light.bottleneck).into()),
            ("weakest", yes_no(has_weakest_stage(light)).into()),
            ("price", price.into()),
            ("stocks", stocks.into()),
            ("recover", recover.into()),
            ("own", own.into()),
        ],
    )
}

/// The 2009 replay's sentence (MODEL.md §8): what it covers, the restriction, NdPr's and Dy's
/// prices and the race; no dependency, which is today's chain.
fn replay_text(o: &Outcome, s: &Scenario) -> String {
    let (stocks, recover) = stocks_and_recovery(o);
    tr(
        "summary-replay",
        &[
            ("policy", policy_phrase(s).unwrap_or_default().into()),
            ("duration", months_phrase(s.months).into()),
            ("start", format::month(&o.path_start).into()),
            (
                "ndpr",
                price_phrase(&o.markets.ndpr, &t("what-ndpr-prices")).into(),
            ),
            (
                "dy",
                price_phrase(&o.markets.dy, &t("what-dy-prices")).into(),
            ),
            ("stocks", stocks.into()),
            ("recover", recover.into()),
        ],
    )
}

/// When buyers outside China go short and when prices are back, as the summary says them.
fn stocks_and_recovery(o: &Outcome) -> (String, String) {
    let market = market_name(survive_market(o).id);
    let stocks = match o.time_to_survive_months.central {
        Some(m) if m <= 0.0 => tr("stocks-first-month", &[("market", market.into())]),
        Some(m) => tr(
            "stocks-after",
            &[
                ("months", format::months(Some(m)).into()),
                ("market", market.into()),
            ],
        ),
        None if restricted(o) => tr("stocks-not-within", &path_months(o)),
        None => t("stocks-none"),
    };
    let recover = match o.time_to_recover_months.central {
        Some(m) => tr("recover-after", &[("months", months_phrase(m).into())]),
        None if restricted(o) => tr("recover-not-within", &path_months(o)),
        None => String::new(),
    };
    (stocks, recover)
}

/// The viewpoint's own time to survive (MODEL.md §7.2) in words, for a country view under a
/// restriction (`exchina`'s is the pooled figure the sentence already gives).
pub fn view_survive_phrase(o: &Outcome) -> Option<String> {
    if o.view == Viewpoint::Exchina || !restricted(o) || o.replay.is_some() {
        return None;
    }
    let v = &o.viewpoint;
    let who = viewpoint_phrase(o.view);
    let cover = t(if v.state_stockpile_months.unwrap_or(0.0) > 0.0 {
        "own-cover-stockpile"
    } else {
        "own-cover-stocks"
    });
    Some(
        if let (Some(m), Some(id)) = (v.time_to_survive_months, v.binding_market) {
            tr(
                "own-short-after",
                &[
                    ("cover", cover.into()),
                    ("who", who.into()),
                    ("months", months_phrase(m).into()),
                    ("market", market_name(id).into()),
                ],
            )
        } else {
            let [n, months] = path_months(o);
            tr(
                "own-not-within",
                &[("cover", cover.into()), ("who", who.into()), n, months],
            )
        },
    )
}

/// A sentence's first letter in lower case, to follow "In A, ".
pub fn lowercased_first(s: &str) -> String {
    // Through the browser's case mapping: Rust's would put Unicode's case tables in the wasm.
    crate::i18n::case::lower_first(s)
}

/// The viewpoint's own time to survive as the time card shows it (MODEL.md §7.2), beside the
/// pooled figure of all buyers outside China. `None` for `exchina` (the pooled figure is its
/// own) and when nothing is restricted.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnTime {
    /// Whose cover: "Japan's own buyers' stocks and state stockpile".
    pub label: String,
    /// `viewpoint.time_to_survive_months` (`None`: its cover lasts the whole path).
    pub value: Option<f64>,
    /// The figure in words ("5.9 months", "not within 36 months").
    pub text: String,
    /// Whether it differs from the pooled figure; when not, the card says so in one line.
    pub differs: bool,
    /// What it rests on: the market it runs out in and the cover at the start.
    pub detail: String,
}

pub fn own_time(o: &Outcome) -> Option<OwnTime> {
    // The viewpoint's own stocks are today's; the 2009 replay has none (MODEL.md §8).
    if o.view == Viewpoint::Exchina || !restricted(o) || o.replay.is_some() {
        return None;
    }
    let v = &o.viewpoint;
    let stockpile = v.state_stockpile_months.unwrap_or(0.0);
    let label = tr(
        if stockpile > 0.0 {
            "own-label-stockpile"
        } else {
            "own-label"
        },
        &[("view", o.view.key().into())],
    );
    let value = v.time_to_survive_months;
    let text = value.map_or_else(|| never_phrase(o), months_phrase);
    let differs = value != o.time_to_survive_months.central;
    // The cover named for the market it runs out in, else for the one the race chart shows.
    let id = v.binding_market.unwrap_or(o.time_binding_market);
    let m = v.markets.get(id);
    let held = format::months(Some(m.buyers_stock_months));
    let word = market_word(o.markets.get(id));
    let cover = if stockpile > 0.0 {
        tr(
            "own-cover-stockpile-held",
            &[
                ("months", held.into()),
                ("market", word.into()),
                ("stockpile", format::months(Some(stockpile)).into()),
            ],
        )
    } else {
        tr(
            "own-cover-held",
            &[("months", held.into()), ("market", word.into())],
        )
    };
    let detail = match v.binding_market.filter(|_| value.is_some()) {
        Some(_) => tr(
            "own-detail-short",
            &[("market", market_name(id).into()), ("cover", cover.into())],
        ),
        None => tr("own-detail", &[("cover", cover.into())]),
    };
    Some(OwnTime {
        label,
        value,
        text,
        differs,
        detail,
    })
}

/// A market's product inside a sentence: "magnets", "Dy oxide".
pub fn market_word(m: &MarketOutcome) -> String {
    match m.id {
        MarketId::Magnet => t("market-word-magnet"),
        id => market_name(id),
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub text: AttrValue,
}

/// The summary paragraph: a polite live region, so a screen reader hears each new result once.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    html! {
        <p id="summary" class="summary" aria-live="polite" aria-atomic="true">{ props.text.clone() }</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::model::{evaluate_with, Options};

    fn text(query: &str) -> String {
        let s = Scenario::from_query(query, &DATASET);
        let o = evaluate_with(&s, &DATASET, &Options::central());
        summary_text(&o, &s).replace('\u{a0}', " ")
    }

    #[test]
    fn names_the_policy_the_viewpoint_and_the_results() {
        let t = text("");
        assert!(
            t.starts_with("With China exporting normally in 2026, the United States"),
            "{t}"
        );
        assert!(
            t.contains("magnet prices outside China would hold steady"),
            "{t}"
        );
        let t = text("quota_magnet=0&quota_heavy=0&quota_light=0&view=exchina");
        assert!(
            t.starts_with("If China stops all rare-earth and magnet exports"),
            "{t}"
        );
        assert!(t.contains("buyers outside China"), "{t}");
        assert!(
            t.contains("magnet prices outside China would reach the backstop price"),
            "{t}"
        );
        assert!(t.contains("for 12 months from January 2026"), "{t}");
        assert!(t.contains("at least ×10"), "{t}");
        let t = text("quota_magnet=30");
        assert!(
            t.contains("only 30 % of its normal exports of magnets"),
            "{t}"
        );
        let t = text("quota_magnet=80");
        assert!(t.contains("peaking at ×"), "{t}");
        let t = text("preset=quota-2010");
        assert!(t.contains("charges a 25 % export duty"), "{t}");
        assert!(!t.contains("no change"), "{t}");
    }
}
