//! The golden JSON files are written natively (`tests/model_golden.rs`); this test recomputes
//! every preset in WASM and requires the same text, i.e. bit-identical numbers in the browser
//! and natively (MODEL.md §8).
//!
//! Run: `cargo test --target wasm32-unknown-unknown --test model_wasm_golden` (Node.js).
#![cfg(target_arch = "wasm32")]

mod common {
    pub mod diff;
}

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_query, Options};
use wasm_bindgen_test::*;

fn golden(id: &str) -> Option<&'static str> {
    Some(match id {
        "baseline-2024" => include_str!("golden/baseline-2024.json"),
        "quota-2010" => include_str!("golden/quota-2010.json"),
        "licensing-apr-2025" => include_str!("golden/licensing-apr-2025.json"),
        "truce-jun-2025" => include_str!("golden/truce-jun-2025.json"),
        "controls-oct-2025" => include_str!("golden/controls-oct-2025.json"),
        "embargo-now" => include_str!("golden/embargo-now.json"),
        "pipeline-2030" => include_str!("golden/pipeline-2030.json"),
        _ => return None,
    })
}

#[wasm_bindgen_test]
fn wasm_matches_the_native_golden_files() {
    let mut failures = Vec::new();
    for p in DATASET.presets {
        let o = evaluate_query(&format!("preset={}", p.id), &DATASET, &Options::default());
        let got = serde_json::to_string_pretty(&o).unwrap_or_default() + "\n";
        match golden(p.id) {
            Some(want) if want == got => {}
            Some(want) => failures.push(format!(
                "{}: differs from the native golden file:\n{}",
                p.id,
                common::diff::line_diff(want, &got)
            )),
            None => failures.push(format!("{}: no golden file included here", p.id)),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
