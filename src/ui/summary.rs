//! The one-sentence plain-language summary of the scenario, announced politely to screen readers.

use crate::data::{Stage, Viewpoint};
use crate::model::{Outcome, Scenario};
use crate::ui::format;
use yew::prelude::*;

/// Who "we" are in a sentence.
pub fn viewpoint_phrase(v: Viewpoint) -> &'static str {
    match v {
        Viewpoint::Us => "the United States",
        Viewpoint::Exchina => "buyers outside China",
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

/// What China allows, in words.
fn policy_phrase(s: &Scenario) -> String {
    let q = [
        (s.quota_magnet, "magnets"),
        (s.quota_heavy, "heavy rare earths"),
        (s.quota_light, "light rare earths"),
    ];
    if q.iter().all(|(v, _)| *v >= 100.0) {
        return "With China exporting normally".into();
    }
    if q.iter().all(|(v, _)| *v <= 0.0) {
        return "If China stops all rare-earth and magnet exports".into();
    }
    let cut: Vec<String> = q
        .iter()
        .filter(|(v, _)| *v < 100.0)
        .map(|(v, what)| {
            format!(
                "{} of its normal exports of {what}",
                format::percent(v / 100.0)
            )
        })
        .collect();
    format!("If China allows only {}", join_and(&cut))
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The sentence: policy, year, dependency and bottleneck, magnet prices, stocks and recovery.
pub fn summary_text(o: &Outcome, s: &Scenario) -> String {
    let light = &o.dependency.light;
    let dep = light.magnet.dependency.central;
    let who = viewpoint_phrase(o.view);
    let price = &o.markets.magnet.multiplier;
    let price_part = if (price.central - 1.0).abs() < 0.005 {
        "magnet prices outside China would hold steady".to_string()
    } else {
        format!(
            "magnet prices outside China would rise {} ({})",
            format::change(price.central).trim_start_matches('+'),
            format::multiplier(price.central)
        )
    };
    let stocks = match o.time_to_survive_months.central {
        None => "no stocks would be drawn down".to_string(),
        Some(m) => format!(
            "buyers' stocks ({} of normal demand) would last {}",
            format::months(Some(o.markets.get(o.time_binding_market).inputs.buffer)),
            format::months(Some(m))
        ),
    };
    let recover = match o.time_to_recover_year.central {
        Some(y) if y <= f64::from(o.year) => String::new(),
        Some(y) => format!(", with supply catching up with demand by {y:.0}"),
        None => ", and supply outside China would not catch up with demand by 2035".to_string(),
    };
    format!(
        "{} in {}, {who} would depend on China for {} of the NdPr in its magnets, from mine to magnet \
         (weakest stage: {}); {price_part}; {stocks}{recover}.",
        policy_phrase(s),
        o.year,
        format::percent(dep),
        stage_phrase(light.bottleneck),
    )
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
        assert!(t.contains("magnet prices outside China would rise"), "{t}");
        let t = text("quota_magnet=30");
        assert!(
            t.contains("only 30 % of its normal exports of magnets"),
            "{t}"
        );
    }
}
