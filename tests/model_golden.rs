//! Golden JSON per preset (`tests/golden/<preset>.json`), compared exactly.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test model_golden`.
#![cfg(not(target_arch = "wasm32"))]

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
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for p in DATASET.presets {
        let got = json(&format!("preset={}", p.id));
        let path = dir.join(format!("{}.json", p.id));
        if update {
            std::fs::create_dir_all(&dir).unwrap_or_default();
            std::fs::write(&path, &got).unwrap_or_default();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(_) => failures.push(format!("{} differs from {}", p.id, path.display())),
            Err(e) => failures.push(format!(
                "{}: {e} (run UPDATE_GOLDEN=1 cargo test --test model_golden)",
                path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
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
