//! The dataset checker of `crates/dataset-build` (the code `build.rs` runs) on the real `data/`
//! and on broken data. Each fixture `tests/fixtures/dataset/<case>.patch` changes a few rows of
//! the real `data/` and names the errors that must follow (format: `dataset_validation/patch.rs`).
#![cfg(not(target_arch = "wasm32"))] // reads files and uses the csv crate: native only

mod patch;

use dataset_build as dataset;
use dataset_build::DataError;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn data_dir() -> PathBuf {
    root().join("data")
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/dataset")
}

/// Loads `data/` with fixture `case` applied: every error, and the errors the fixture expects.
/// Fails when the fixture does not apply or the data loads without errors.
fn load_patched(case: &str) -> (Vec<DataError>, Vec<patch::Expect>) {
    let path = fixtures().join(format!("{case}.patch"));
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => panic!("fixture {case}: cannot read {}: {e}", path.display()),
    };
    let read_data =
        |name: &str| std::fs::read_to_string(data_dir().join(name)).map_err(|e| e.to_string());
    let patched = match patch::apply(case, &text, &read_data) {
        Ok(p) => p,
        Err(e) => panic!("fixture {case} does not apply: {e}"),
    };
    let read = |name: &str| {
        if let Some(body) = patched.files.get(name) {
            (patch::shown(case, name), Ok(body.clone()))
        } else {
            let path = data_dir().join(name);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read the file: {e}"));
            (path.display().to_string(), text)
        }
    };
    match dataset::load_with(&read) {
        Ok(_) => panic!("fixture {case} loaded without errors"),
        Err(errs) => (errs, patched.expects),
    }
}

/// Asserts that fixture `case` reports each error it expects, naming the patched file, the row or
/// key, and the problem.
fn check_fixture(case: &str) {
    let (errs, expects) = load_patched(case);
    for x in &expects {
        let hit = errs.iter().any(|e| {
            let at = format!("{}: {}", e.location, e.message);
            e.file == x.file && at.contains(&x.place) && at.contains(&x.problem)
        });
        let got: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert!(
            hit,
            "fixture {case}: no error naming `{}`, `{}` and `{}`; got:\n{}",
            x.file,
            x.place,
            x.problem,
            got.join("\n")
        );
    }
}

/// One test per fixture, so a failure names its case.
macro_rules! fixture_tests {
    ($($case:ident),* $(,)?) => {
        $(#[test] fn $case() { check_fixture(stringify!($case)); })*
        const CASES: &[&str] = &[$(stringify!($case)),*];
    };
}

fixture_tests! {
    bad_export_month,
    bad_preset_query,
    bad_source_url,
    capacity_below_supply,
    derived_without_derivation,
    duplicate_export_share,
    episode_low_above_value,
    export_tolerance,
    missing_source,
    negative_tonnage,
    project_bad_views,
    project_chain_mismatch,
    recycling_at_magnet,
    share_above_100,
    share_above_100_baseline,
    snapshot_incomplete,
    unclosed_quote,
    unit_mismatch,
    unit_mismatch_baseline,
    unknown_first_screen,
    unknown_source_id,
    view_missing_stage,
    view_shares_above_100,
    year_out_of_range,
    year_out_of_range_baseline,
}

#[test]
fn every_fixture_has_a_test() {
    let entries = match std::fs::read_dir(fixtures()) {
        Ok(d) => d,
        Err(e) => panic!("cannot list tests/fixtures/dataset: {e}"),
    };
    let mut found: Vec<String> = entries
        .map(|e| match e {
            Ok(e) => e.file_name().to_string_lossy().into_owned(),
            Err(e) => panic!("cannot list tests/fixtures/dataset: {e}"),
        })
        .collect();
    found.sort();
    let listed: Vec<String> = CASES.iter().map(|c| format!("{c}.patch")).collect();
    assert_eq!(
        found, listed,
        "tests/fixtures/dataset/ and fixture_tests! differ"
    );
}

#[test]
fn a_view_missing_a_stage_row_is_the_only_error() {
    // Only that row is missing: no other stage or need key is reported.
    let (errs, _) = load_patched("view_missing_stage");
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(errs.len(), 1, "{}", text.join("\n"));
}

#[test]
fn real_data_validates_clean() {
    match dataset::load_dir(&data_dir()) {
        Ok(ds) => {
            assert_eq!(ds.vintage, "2026-12");
            assert_eq!(ds.baseline_year, 2024);
        }
        Err(errs) => {
            let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
            panic!("data/ has problems:\n{}", text.join("\n"));
        }
    }
}

#[test]
fn emitted_source_declares_the_static_and_round_trips_floats() {
    let ds = match dataset::load_dir(&data_dir()) {
        Ok(ds) => ds,
        Err(e) => panic!("data/ does not load: {e:?}"),
    };
    let src = dataset::emit(&ds);
    assert!(src.contains("pub static DATASET: Dataset = Dataset {"));
    // `{:?}` prints the shortest text that parses back to the same f64.
    for v in [0.1_f64, 1.0 / 3.0, 0.0175, 58152.0, -0.35, 1e-5] {
        let text = format!("{v:?}");
        assert_eq!(
            text.parse::<f64>().map(f64::to_bits),
            Ok(v.to_bits()),
            "{text}"
        );
    }
    // Strings are escaped.
    assert!(
        src.contains(r#"\"rare earths\""#),
        "quotes inside text must be escaped"
    );
}
