//! Golden JSON per preset (`tests/golden/<preset>.json`), compared exactly.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test model_golden`.
#![cfg(not(target_arch = "wasm32"))]

mod common {
    pub mod diff;
    pub mod golden;
}

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_query, Options};
use std::path::PathBuf;

fn json(query: &str) -> String {
    let o = evaluate_query(query, &DATASET, &Options::default());
    serde_json::to_string_pretty(&o).unwrap_or_default() + "\n"
}

#[test]
fn presets_match_golden_files() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut failures = Vec::new();
    for p in DATASET.presets {
        let got = json(&format!("preset={}", p.id));
        let path = dir.join(format!("{}.json", p.id));
        common::golden::check(&path, &got, "model_golden", &mut failures);
    }
    common::golden::assert_none(&failures);
}

#[test]
fn same_scenario_gives_bit_identical_output() {
    for q in [
        "",
        "preset=embargo-now",
        "preset=quota-2010&ed=high&view=exchina",
    ] {
        let a = evaluate_query(q, &DATASET, &Options::default());
        let b = evaluate_query(q, &DATASET, &Options::default());
        assert!(a == b);
        assert_eq!(json(q), json(q));
    }
}

/// Draws beyond the timeline's take a shorter path (only the scenario year, and only the later
/// years that can recover); the scenario year's figures must not depend on which path a draw
/// took.
#[test]
fn scenario_year_does_not_depend_on_the_timeline_path() {
    let mut queries: Vec<String> = DATASET
        .presets
        .iter()
        .map(|p| format!("preset={}", p.id))
        .collect();
    for y in [2024, 2026, 2029, 2033, 2035] {
        for extra in [
            "quota_light=40&quota_magnet=70&pipeline=80&delay=0",
            "quota_light=90&quota_heavy=95&growth=0&pipeline=100&delay=0&view=exchina",
            "quota_light=97&quota_heavy=99&quota_magnet=98&growth=1&pipeline=60&add_separation=20000",
        ] {
            queries.push(format!("year={y}&{extra}"));
        }
    }
    for q in &queries {
        let all = Options {
            draws: 300,
            timeline_draws: Some(300),
            ..Options::default()
        };
        let few = Options {
            draws: 300,
            timeline_draws: Some(0),
            ..Options::default()
        };
        let (a, b) = (
            evaluate_query(q, &DATASET, &all),
            evaluate_query(q, &DATASET, &few),
        );
        assert!(a.markets == b.markets, "{q}: markets differ");
        assert!(a.dependency == b.dependency, "{q}: dependency differs");
        assert!(
            a.time_to_recover_year == b.time_to_recover_year
                && a.time_to_survive_months == b.time_to_survive_months,
            "{q}: time differs"
        );
    }
}
