//! Downloads made in the browser (nothing is sent anywhere): the results as CSV (`csv.rs`) and
//! as JSON (the same document the `report` tool prints), the scenario in one line and the sources
//! behind each chart (`sources.rs`) for a PNG's footer or the printed card; `png.rs` does the
//! canvas work. The text builders here are pure (tested natively).

mod csv;
mod sources;

pub use csv::{csv_header, results_csv, CSV_HEADER};
pub use sources::{chart_source_ids, chart_sources_line};

use crate::data::DATASET;
use crate::i18n::{t, tr};
use crate::model::{Outcome, Scenario, ScenarioKey};
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;
use serde::Serialize;

/// The scenario a comparison is made with (A; the one on screen is B), as the downloads and
/// `report` write it.
#[derive(Debug, Serialize)]
pub struct SideA<'a> {
    /// Always [`SideA::SIDE`], so a reader of the file sees which side this is.
    pub side: &'static str,
    /// Its name on the page ("Normal trade", a preset's, "Your pinned scenario").
    pub name: String,
    /// Its own canonical query (the link's `compare=`).
    pub query: String,
    #[serde(flatten)]
    pub outcome: &'a Outcome,
}

impl<'a> SideA<'a> {
    pub const SIDE: &'static str = "A: the scenario compared with";

    pub fn new(scenario: &Scenario, outcome: &'a Outcome) -> SideA<'a> {
        SideA {
            side: Self::SIDE,
            name: crate::ui::compare::english_name_of(scenario),
            query: scenario.to_query(&DATASET),
            outcome,
        }
    }
}

/// The results document: the outcome of the scenario on screen, and under `compare` the one it
/// is compared with, if any.
#[derive(Serialize)]
struct Document<'a> {
    #[serde(flatten)]
    outcome: &'a Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    compare: Option<&'a SideA<'a>>,
}

/// The results as JSON: byte for byte what `report '<query>'` prints for the same query
/// (`pretty`) or `report --compact` (not), A under `compare` when the query has `compare=`.
/// (Writing it cannot fail: every map key is a string and non-finite numbers become null. The
/// fallback names no serde error, whose messages would add 2 KB to the WebAssembly.)
pub fn results_json(o: &Outcome, a: Option<&SideA>, pretty: bool) -> String {
    let doc = Document {
        outcome: o,
        compare: a,
    };
    let json = if pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    };
    json.unwrap_or_else(|_| r#"{"error": "the results could not be written as JSON"}"#.into())
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
    // The 2009 replay starts in 2010 and has no projects or growth (MODEL.md §8).
    let replay = s.replays_2009(&DATASET);
    let start = format::month(&crate::model::month_label(
        s.path_year(&DATASET),
        s.start,
        0,
    ));
    let share = |id: &str, v: f64| tr(id, &[("share", pct(v).into())]);
    let months = |id: &str, v: f64| tr(id, &[("months", format::sig(v).into())]);
    let mut parts = vec![
        tr("line-from", &[("start", start.into())]),
        tr(
            "line-seen-from",
            &[("who", viewpoint_phrase(s.view).into())],
        ),
        tr(
            "line-restriction",
            &[
                ("n", s.months.into()),
                ("months", format::sig(s.months).into()),
                ("light", pct(s.quota_light).into()),
                ("heavy", pct(s.quota_heavy).into()),
                ("magnet", pct(s.quota_magnet).into()),
            ],
        ),
    ];
    if s.china_output != 100.0 {
        parts.push(share("line-output", s.china_output));
    }
    if s.export_duty > 0.0 {
        parts.push(share("line-duty", s.export_duty));
    }
    if !replay {
        parts.push(tr(
            if s.pipeline_by_status {
                "line-projects-status"
            } else {
                "line-projects"
            },
            &[
                ("share", pct(s.pipeline).into()),
                ("delay", format::sig(s.delay).into()),
            ],
        ));
        let adds = s.add_mining + s.add_separation + s.add_metal + s.add_magnet;
        if adds > 0.0 {
            parts.push(t("line-extra"));
        }
        parts.push(share("line-growth", s.growth));
    }
    if let Some(b) = s.buffer {
        parts.push(months("line-buffer", b));
    }
    if let Some(p) = s.panic {
        parts.push(months("line-panic", p));
    }
    if let Some(b) = s.buffer_cn {
        parts.push(months("line-buffer-cn", b));
    }
    if s.china_stockpiling > 0.0 {
        parts.push(months("line-stockpiling", s.china_stockpiling));
    }
    if let Some(p) = &s.preset {
        parts.push(tr("line-preset", &[("preset", p.as_str().into())]));
    }
    parts.join(" · ").replace('\u{a0}', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    /// The JSON without a comparison is the outcome itself (what `report` always printed); with
    /// one, A's whole outcome follows under `compare`, saying which side it is.
    #[test]
    fn the_json_is_the_outcome_and_a_under_compare() {
        use crate::ui::test_support::central_outcome as outcome;
        let (b, a) = (outcome("preset=embargo-now"), outcome(""));
        let plain = results_json(&b, None, true);
        assert_eq!(serde_json::to_string_pretty(&b).ok(), Some(plain.clone()));
        let s = Scenario::from_query("", &DATASET);
        let side = SideA::new(&s, &a);
        let doc: serde_json::Value =
            match serde_json::from_str(&results_json(&b, Some(&side), false)) {
                Ok(v) => v,
                Err(e) => panic!("not JSON: {e}"),
            };
        let b_alone: serde_json::Value = serde_json::from_str(&plain).unwrap_or_default();
        let a_alone: serde_json::Value =
            serde_json::from_str(&results_json(&a, None, false)).unwrap_or_default();
        let c = &doc["compare"];
        assert_eq!(c["side"], SideA::SIDE);
        assert_eq!(c["name"], "Normal trade");
        assert_eq!(c["query"], s.to_query(&DATASET));
        // Every key of B's document and of A's is there, unchanged.
        for (doc, alone) in [(&doc, &b_alone), (c, &a_alone)] {
            let Some(fields) = alone.as_object() else {
                panic!("an object")
            };
            for (k, v) in fields {
                assert_eq!(&doc[k], v, "{k}");
            }
        }
    }

    #[test]
    fn the_scenario_line_is_one_line() {
        let s = Scenario::from_query("preset=embargo-now", &DATASET);
        let line = scenario_line(&s);
        assert!(line.contains("0 % of light"), "{line}");
        assert!(!line.contains('\n'));
    }
}
