//! The checks on one outcome and one scenario: no `null` the model does not document, no
//! non-finite number, every value in its range (see main.rs for how).

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::scenario::{add_max, ScenarioKey, ED_RANGE, ES_RANGE};
use rare_earth_risk::model::{Elasticity, NoticeKind, Outcome, Scenario};
use serde_json::Value;

/// Keys whose value may be `null` in the outcome's JSON (the `Option` fields of `Outcome`).
const NULLABLE: [&str; 9] = [
    "observed_ratio",
    // Only the 2009 replay has one (MODEL.md §8).
    "replay",
    "peak_ratio",
    "observed_spread",
    "model_spread",
    "preset",
    // `viewpoint`'s own time to survive (central only, `null` = never) and the market that
    // binds it (`null` when none runs out).
    "time_to_survive_months",
    "binding_market",
    // No state stockpile for `exchina`, which has no state.
    "state_stockpile_months",
];
/// Objects whose four figures may be `null` ("never").
const NULLABLE_RANGES: [&str; 3] = [
    "time_to_survive_months",
    "time_to_recover_year",
    "time_to_recover_months",
];
const RANGE_FIGURES: [&str; 4] = ["central", "p10", "p50", "p90"];

/// Walks the JSON tree; returns the paths of every `null` not documented as nullable and of
/// every number that is not a finite `f64`.
fn bad_values(v: &Value, path: &mut Vec<String>, out: &mut Vec<String>) {
    match v {
        Value::Null => {
            let last = path.last().map_or("", String::as_str);
            let parent = path
                .len()
                .checked_sub(2)
                .and_then(|i| path.get(i))
                .map_or("", String::as_str);
            let allowed = NULLABLE.contains(&last)
                || (NULLABLE_RANGES.contains(&parent) && RANGE_FIGURES.contains(&last));
            if !allowed {
                out.push(format!("null (NaN or ±∞) at {}", path.join(".")));
            }
        }
        Value::Number(n) => {
            if !n.as_f64().is_some_and(f64::is_finite) {
                out.push(format!("non-finite number {n} at {}", path.join(".")));
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                path.push(i.to_string());
                bad_values(x, path, out);
                path.pop();
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                path.push(k.clone());
                bad_values(x, path, out);
                path.pop();
            }
        }
        Value::Bool(_) | Value::String(_) => {}
    }
}

/// Every check on one outcome; returns a description of what is wrong (empty: all good).
pub(crate) fn outcome_problems(o: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    match serde_json::to_value(o) {
        Ok(v) => bad_values(&v, &mut Vec::new(), &mut out),
        Err(e) => out.push(format!("outcome does not serialise: {e}")),
    }
    let s = &o.scenario.scenario;
    for id in rare_earth_risk::data::MarketId::ALL {
        let m = o.markets.get(id);
        let i = &m.inputs;
        // A NaN would hide behind "never": a time to survive is null or a month of the path.
        let got = m.time_to_survive_months.central;
        let _ = (s, i);
        let expect = "null or 0–36 months";
        let consistent = match got {
            None => true,
            Some(x) => x.is_finite() && (0.0..=36.0).contains(&x),
        };
        if !consistent {
            out.push(format!(
                "{}: time_to_survive_months.central {got:?}, expected {expect}",
                m.name
            ));
        }
        for y in [
            m.time_to_recover_year.central,
            m.time_to_recover_year.p10,
            m.time_to_recover_year.p50,
            m.time_to_recover_year.p90,
        ]
        .into_iter()
        .flatten()
        {
            if !(2024.0..=2035.0).contains(&y) {
                out.push(format!("{}: time_to_recover_year {y}", m.name));
            }
        }
        // The backstop notice appears exactly when some demand goes unmet (central case).
        let unmet = m.unmet_share.central > 0.0;
        let noticed = o
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Model && n.message.starts_with(m.name));
        if unmet != noticed {
            out.push(format!(
                "{}: unmet share {} but backstop notice {}",
                m.name,
                m.unmet_share.central,
                if noticed { "present" } else { "missing" }
            ));
        }
    }
    out
}

/// The parsed scenario is within the ranges of MODEL.md §2 and reads back as itself.
pub(crate) fn scenario_problems(s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let add = |k| add_max(k, &DATASET, s.view);
    let checks: [(&str, f64, f64, f64); 21] = [
        ("quota_light", s.quota_light, 0.0, 100.0),
        ("quota_heavy", s.quota_heavy, 0.0, 100.0),
        ("quota_magnet", s.quota_magnet, 0.0, 100.0),
        ("pipeline", s.pipeline, 0.0, 100.0),
        ("delay", s.delay, 0.0, 6.0),
        ("add_mining", s.add_mining, 0.0, add(ScenarioKey::AddMining)),
        (
            "add_separation",
            s.add_separation,
            0.0,
            add(ScenarioKey::AddSeparation),
        ),
        ("add_metal", s.add_metal, 0.0, add(ScenarioKey::AddMetal)),
        ("add_magnet", s.add_magnet, 0.0, add(ScenarioKey::AddMagnet)),
        ("growth", s.growth, 0.0, 15.0),
        ("buffer", s.buffer.unwrap_or(0.0), 0.0, 24.0),
        // Model 2's keys (MODEL.md §2).
        ("months", s.months, 1.0, 36.0),
        ("start", s.start, 1.0, 12.0),
        ("china_output", s.china_output, 40.0, 120.0),
        ("export_duty", s.export_duty, 0.0, 50.0),
        ("panic", s.panic.unwrap_or(0.0), 0.0, 12.0),
        ("buffer_cn", s.buffer_cn.unwrap_or(0.0), 0.0, 24.0),
        ("china_stockpiling", s.china_stockpiling, 0.0, 12.0),
        ("buffer_light", s.buffer_group[0].unwrap_or(0.0), 0.0, 24.0),
        ("buffer_heavy", s.buffer_group[1].unwrap_or(0.0), 0.0, 24.0),
        ("buffer_magnet", s.buffer_group[2].unwrap_or(0.0), 0.0, 24.0),
    ];
    for (k, v, lo, hi) in checks {
        if !(v.is_finite() && (lo..=hi).contains(&v)) {
            out.push(format!("{k}={v} outside {lo}–{hi}"));
        }
    }
    if !(2024..=2035).contains(&s.year) {
        out.push(format!("year={}", s.year));
    }
    if let Elasticity::Value(v) = s.ed {
        if !(v.is_finite() && (ED_RANGE.0..=ED_RANGE.1).contains(&v)) {
            out.push(format!("ed={v}"));
        }
    }
    if let Elasticity::Value(v) = s.es {
        if !(v.is_finite() && (ES_RANGE.0..=ES_RANGE.1).contains(&v)) {
            out.push(format!("es={v}"));
        }
    }
    let back = Scenario::parse(&s.to_query(&DATASET), &DATASET);
    if back.scenario != *s || !back.notices.is_empty() {
        out.push(format!(
            "does not read back as itself: {:?} {:?}",
            back.scenario, back.notices
        ));
    }
    out
}
