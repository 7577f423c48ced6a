//! Downloads made in the browser (nothing is sent anywhere): the results as CSV (`csv.rs`) and
//! as JSON (the same document the `report` tool prints), the scenario in one line and the sources
//! behind each chart (`sources.rs`) for a PNG's footer or the printed card; `png.rs` does the
//! canvas work. The text builders here are pure (tested natively).

mod csv;
mod sources;

pub use csv::{results_csv, CSV_HEADER};
pub use sources::{chart_source_ids, chart_sources_line};

use crate::model::{Outcome, Scenario, ScenarioKey};
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;

/// The outcome as pretty JSON: byte for byte what `report '<query>'` prints for the same scenario.
/// (Writing it cannot fail: every map key is a string and non-finite numbers become null. The
/// fallback names no serde error, whose messages would add 2 KB to the WebAssembly.)
pub fn results_json(o: &Outcome) -> String {
    serde_json::to_string_pretty(o)
        .unwrap_or_else(|_| r#"{"error": "the results could not be written as JSON"}"#.into())
}

/// The scenario's URL keys and values (MODEL.md §2), in a stable order, each exactly as the
/// canonical URL writes it (an optional key that is not set is empty: the dataset's value
/// applies).
pub fn scenario_pairs(s: &Scenario) -> Vec<(&'static str, String)> {
    // Every key but the preset, then the preset (the order downloads have always had).
    let keys = ScenarioKey::ALL
        .into_iter()
        .filter(|k| *k != ScenarioKey::Preset);
    keys.chain([ScenarioKey::Preset])
        .map(|k| (k.name(), s.query_value(k).unwrap_or_default()))
        .collect()
}

/// The scenario in one line, for a chart's footer: year and first month, viewpoint, the
/// restriction, capacity, market and stocks.
pub fn scenario_line(s: &Scenario) -> String {
    let pct = |v: f64| format::percent(v / 100.0);
    let start = format::month(&crate::model::month_label(s.year, s.start, 0));
    let mut parts = vec![
        format!("Scenario from {start}"),
        format!("seen from {}", viewpoint_phrase(s.view)),
        format!(
            "for {} month{} China lets out {} of light, {} of heavy rare-earth and {} of magnet exports",
            format::sig(s.months),
            if s.months == 1.0 { "" } else { "s" },
            pct(s.quota_light),
            pct(s.quota_heavy),
            pct(s.quota_magnet)
        ),
    ];
    if s.china_output != 100.0 {
        parts.push(format!("China's output {}", pct(s.china_output)));
    }
    if s.export_duty > 0.0 {
        parts.push(format!("export duty {}", pct(s.export_duty)));
    }
    parts.push(format!(
        "projects delivered {}, {} yr late",
        pct(s.pipeline),
        format::sig(s.delay)
    ));
    let adds = s.add_mining + s.add_separation + s.add_metal + s.add_magnet;
    if adds > 0.0 {
        parts.push("extra capacity added".into());
    }
    parts.push(format!("demand +{}/yr", pct(s.growth)));
    if let Some(b) = s.buffer {
        parts.push(format!("buyers' stocks {} months", format::sig(b)));
    }
    if let Some(p) = s.panic {
        parts.push(format!("panic buying {} months", format::sig(p)));
    }
    if let Some(b) = s.buffer_cn {
        parts.push(format!("stocks in China {} months", format::sig(b)));
    }
    if s.china_stockpiling > 0.0 {
        parts.push(format!(
            "China stockpiles {} months",
            format::sig(s.china_stockpiling)
        ));
    }
    if let Some(p) = &s.preset {
        parts.push(format!("preset {p}"));
    }
    parts.join(" · ").replace('\u{a0}', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn the_scenario_line_is_one_line() {
        let s = Scenario::from_query("preset=embargo-now", &DATASET);
        let line = scenario_line(&s);
        assert!(line.contains("0 % of light"), "{line}");
        assert!(!line.contains('\n'));
    }
}
