//! The one-sentence plain-language summary of the scenario, announced politely to screen readers.

use crate::data::{MarketId, Stage, Viewpoint};
use crate::model::scenario::REALISED;
use crate::model::{MarketOutcome, Outcome, Scenario, ScenarioKey};
use crate::ui::format;
use yew::prelude::*;

/// Who "we" are in a sentence.
pub fn viewpoint_phrase(v: Viewpoint) -> &'static str {
    match v {
        Viewpoint::Us => "the United States",
        Viewpoint::Exchina => "buyers outside China",
        Viewpoint::Eu => "the European Union",
        Viewpoint::Japan => "Japan",
        Viewpoint::Korea => "South Korea",
        Viewpoint::India => "India",
    }
}

/// The viewpoint's pronoun: "its" for a country or bloc, "their" for buyers outside China.
pub fn viewpoint_pronoun(v: Viewpoint) -> &'static str {
    if v == Viewpoint::Exchina {
        "their"
    } else {
        "its"
    }
}

/// A stage as a reader says it.
pub fn stage_phrase(s: Stage) -> &'static str {
    match s {
        Stage::Mining => "mining",
        Stage::Separation => "separation into oxides",
        Stage::Metal => "metal and alloy making",
        Stage::Magnet => "magnet making",
    }
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

/// What a time that is `null` in the report means: nothing restricted, or not within the path.
pub fn never_phrase(o: &Outcome) -> String {
    if restricted(o) {
        format!("not within {} months", o.markets.magnet.path.len())
    } else {
        "no restriction".into()
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
        .map(months_phrase)
        .unwrap_or_else(|| never_phrase(o))
}

/// Time to recover (months) as the time card shows it.
pub fn recover_text(o: &Outcome) -> String {
    o.time_to_recover_months
        .central
        .map(months_phrase)
        .unwrap_or_else(|| never_phrase(o))
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
        (ScenarioKey::QuotaMagnet, s.quota_magnet, "magnets"),
        (ScenarioKey::QuotaHeavy, s.quota_heavy, "heavy rare earths"),
        (ScenarioKey::QuotaLight, s.quota_light, "light rare earths"),
    ];
    let mut parts: Vec<String> = Vec::new();
    if q.iter().all(|(_, v, _)| *v <= 0.0) {
        parts.push("stops all rare-earth and magnet exports".into());
    } else {
        let cut: Vec<String> = q
            .iter()
            .filter(|(_, v, _)| *v < 100.0)
            .map(|(key, v, what)| {
                // A realised quota follows the recorded months; the slider holds their average.
                if *v <= 0.0 {
                    format!("none of its normal exports of {what}")
                } else if s.query_value(*key).as_deref() == Some(REALISED) {
                    format!(
                        "an average of {} of its normal exports of {what}",
                        format::percent(v / 100.0)
                    )
                } else {
                    format!(
                        "{} of its normal exports of {what}",
                        format::percent(v / 100.0)
                    )
                }
            })
            .collect();
        if !cut.is_empty() {
            let only = if q.iter().any(|(_, v, _)| *v > 0.0 && *v < 100.0) {
                "only "
            } else {
                ""
            };
            parts.push(format!("lets out {only}{}", join_and(&cut)));
        }
    }
    if s.china_output < 100.0 {
        parts.push(format!(
            "cuts its own output to {} of normal",
            format::percent(s.china_output / 100.0)
        ));
    } else if s.china_output > 100.0 {
        parts.push(format!(
            "raises its own output to {} of normal",
            format::percent(s.china_output / 100.0)
        ));
    }
    if s.export_duty > 0.0 {
        parts.push(format!(
            "charges a {} export duty",
            format::percent(s.export_duty / 100.0)
        ));
    }
    let policy = match parts.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    };
    Some(format!("If China {policy}"))
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A market's 12-month average price outside China, and its peak, in words.
pub fn price_phrase(m: &MarketOutcome, what: &str) -> String {
    let b = m.inputs.backstop;
    if m.at_backstop {
        format!(
            "{what} outside China would reach the backstop price, at least {}, and {} of demand would go unmet over 12 months",
            format::multiplier(b),
            format::percent(m.unmet_share.central)
        )
    } else if format::multiplier(m.peak.central) == format::multiplier(1.0)
        && format::multiplier(m.multiplier.central) == format::multiplier(1.0)
    {
        format!("{what} outside China would hold steady")
    } else {
        let average = format::multiplier_capped(m.multiplier.central, b, false);
        let peak = format::multiplier_capped(m.peak.central, b, false);
        let mut out = format!(
            "{what} outside China would average {average} over 12 months ({})",
            format::change(m.multiplier.central)
        );
        if peak != average {
            out.push_str(&format!(
                ", peaking at {peak} in {}",
                format::month(&m.peak_month)
            ));
        }
        out
    }
}

/// The sentence: policy and timing, dependency and bottleneck, magnet prices, stocks and
/// recovery.
pub fn summary_text(o: &Outcome, s: &Scenario) -> String {
    let light = &o.dependency.light;
    let dep = light.magnet.dependency.central;
    let who = viewpoint_phrase(o.view);
    let its = viewpoint_pronoun(o.view);
    let lead = match policy_phrase(s) {
        Some(policy) if restricted(o) => format!(
            "{policy} for {} from {}, {who} would depend on China for {} of the NdPr in {its} magnets in {}",
            months_phrase(s.months),
            format::month(&o.path_start),
            format::percent(dep),
            o.year
        ),
        Some(policy) => format!(
            "{policy} in {}, nothing China normally exports would be cut, and {who} would depend on China for {} of the NdPr in {its} magnets",
            o.year,
            format::percent(dep)
        ),
        None => format!(
            "With China exporting normally in {}, {who} would depend on China for {} of the NdPr in {its} magnets",
            o.year,
            format::percent(dep)
        ),
    };
    let price = price_phrase(&o.markets.magnet, "magnet prices");
    let stocks = match o.time_to_survive_months.central {
        Some(m) if m <= 0.0 => format!(
            "buyers outside China would go short in the first month ({})",
            survive_market(o).name
        ),
        Some(m) => format!(
            "buyers outside China would go short after {} ({})",
            format::months(Some(m)),
            survive_market(o).name
        ),
        None if restricted(o) => format!(
            "buyers' stocks would not run short within {} months",
            o.markets.magnet.path.len()
        ),
        None => "no stocks would be drawn down".into(),
    };
    let recover = match o.time_to_recover_months.central {
        Some(m) => format!(
            ", and prices outside China would be back within 10\u{a0}% of normal after {}",
            months_phrase(m)
        ),
        None if restricted(o) => format!(
            ", and prices outside China would not be back to normal within {} months",
            o.markets.magnet.path.len()
        ),
        None => String::new(),
    };
    let own = view_survive_phrase(o)
        .map(|p| format!("; {p}"))
        .unwrap_or_default();
    format!(
        "{lead}, from mine to magnet (weakest stage: {}); {price}; {stocks}{recover}{own}.",
        stage_phrase(light.bottleneck),
    )
}

/// The viewpoint's own time to survive (MODEL.md §7.2) in words, for a country view under a
/// restriction (`exchina`'s is the pooled figure the sentence already gives).
pub fn view_survive_phrase(o: &Outcome) -> Option<String> {
    if o.view == Viewpoint::Exchina || !restricted(o) {
        return None;
    }
    let v = &o.viewpoint;
    let who = viewpoint_phrase(o.view);
    let cover = if v.state_stockpile_months.unwrap_or(0.0) > 0.0 {
        "its own buyers' stocks and state stockpile"
    } else {
        "its own buyers' stocks"
    };
    Some(match (v.time_to_survive_months, v.binding_market) {
        (Some(m), Some(id)) => format!(
            "with {cover}, {who} would run short after {} ({})",
            months_phrase(m),
            o.markets.get(id).name
        ),
        _ => format!(
            "with {cover}, {who} would not run short within {} months",
            o.markets.magnet.path.len()
        ),
    })
}

/// "Japan's", "the United States'": a viewpoint as an owner.
pub fn possessive(v: Viewpoint) -> String {
    let who = viewpoint_phrase(v);
    if who.ends_with('s') {
        format!("{who}'")
    } else {
        format!("{who}'s")
    }
}

/// A sentence's first letter in capitals.
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A sentence's first letter in lower case, to follow "In A, ".
pub fn lowercased_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
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
    if o.view == Viewpoint::Exchina || !restricted(o) {
        return None;
    }
    let v = &o.viewpoint;
    let stockpile = v.state_stockpile_months.unwrap_or(0.0);
    let label = format!(
        "{} own buyers' stocks{}",
        capitalised(&possessive(o.view)),
        if stockpile > 0.0 {
            " and state stockpile"
        } else {
            ""
        }
    );
    let value = v.time_to_survive_months;
    let text = value.map(months_phrase).unwrap_or_else(|| never_phrase(o));
    let differs = value != o.time_to_survive_months.central;
    // The cover named for the market it runs out in, else for magnets.
    let id = v.binding_market.unwrap_or(MarketId::Magnet);
    let m = v.markets.get(id);
    let mut cover = format!(
        "its buyers hold {} of {}",
        format::months(Some(m.buyers_stock_months)),
        market_word(o.markets.get(id))
    );
    if stockpile > 0.0 {
        cover.push_str(&format!(
            " and its state stockpile {} of its consumption",
            format::months(Some(stockpile))
        ));
    }
    let detail = match v.binding_market.filter(|_| value.is_some()) {
        Some(_) => format!(
            "First to go short: {}; at the start {cover}.",
            o.markets.get(id).name
        ),
        None => format!("At the start {cover}."),
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
        MarketId::Magnet => "magnets".into(),
        _ => m.name.to_string(),
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
