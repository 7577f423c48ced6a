//! The dataset checker of `crates/dataset-build` (the code `build.rs` runs) on the real `data/` and on
//! corrupt fixtures. Each fixture directory under `tests/fixtures/dataset/<case>/` holds only the
//! files it breaks; the rest are taken from `data/`.
#![cfg(not(target_arch = "wasm32"))] // reads files and uses the csv crate: native only
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dataset_build as dataset;

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn data_dir() -> PathBuf {
    root().join("data")
}

/// Loads `data/` overlaid with fixture `case`; returns every error as text. Fails when it loads.
fn errors_of(case: &str) -> Vec<String> {
    let dir = root().join("tests/fixtures/dataset").join(case);
    assert!(dir.is_dir(), "fixture {case} is missing");
    let read = |name: &str| {
        let path = if dir.join(name).exists() {
            dir.join(name)
        } else {
            data_dir().join(name)
        };
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read the file: {e}"));
        (path.display().to_string(), text)
    };
    match dataset::load_with(&read) {
        Ok(_) => panic!("fixture {case} loaded without errors"),
        Err(errs) => errs.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that one error names the file, the row or key, and the problem.
fn assert_error(case: &str, file: &str, place: &str, problem: &str) {
    let errs = errors_of(case);
    let hit = errs
        .iter()
        .any(|e| e.contains(&format!("{case}/{file}")) && e.contains(place) && e.contains(problem));
    assert!(
        hit,
        "fixture {case}: no error naming `{file}`, `{place}` and `{problem}`; got:\n{}",
        errs.join("\n")
    );
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
    let ds = dataset::load_dir(&data_dir()).expect("data/ loads");
    let src = dataset::emit(&ds);
    assert!(src.contains("pub static DATASET: Dataset = Dataset {"));
    // `{:?}` prints the shortest text that parses back to the same f64.
    for v in [0.1_f64, 1.0 / 3.0, 0.0175, 58152.0, -0.35, 1e-5] {
        let text = format!("{v:?}");
        assert_eq!(
            text.parse::<f64>().unwrap().to_bits(),
            v.to_bits(),
            "{text}"
        );
    }
    // Strings are escaped.
    assert!(
        src.contains(r#"\"rare earths\""#),
        "quotes inside text must be escaped"
    );
}

#[test]
fn missing_source_is_reported() {
    assert_error(
        "missing_source",
        "products.csv",
        "line 3 (hdd",
        "missing source",
    );
}

#[test]
fn unknown_source_id_is_reported() {
    assert_error(
        "unknown_source_id",
        "quotas.csv",
        "line 3",
        "unknown source id `S999`",
    );
}

#[test]
fn negative_tonnage_is_reported() {
    assert_error(
        "negative_tonnage",
        "exports.csv",
        "line 3 (magnets 2024)",
        "negative tonnage",
    );
}

#[test]
fn share_above_100_percent_is_reported() {
    assert_error(
        "share_above_100",
        "projects.csv",
        "line 2 (mp-heavy-separation)",
        "dy_share 1.5 is outside 0–1",
    );
    assert_error(
        "share_above_100_baseline",
        "baseline.csv",
        "conversions.ndpr_share_mt_weld",
        "share 1.238 is outside 0–1",
    );
}

#[test]
fn unit_mismatch_is_reported() {
    assert_error(
        "unit_mismatch",
        "prices.csv",
        "line 3 (dy 2024)",
        "unit mismatch: `EUR/kg`",
    );
    assert_error(
        "unit_mismatch_baseline",
        "baseline.csv",
        "(market.tb.price)",
        "unit mismatch: `USD/t` where `USD/kg` is expected",
    );
}

#[test]
fn year_out_of_range_is_reported() {
    assert_error(
        "year_out_of_range",
        "prices.csv",
        "line 3",
        "year 1890 out of range 2000–2035",
    );
    assert_error(
        "year_out_of_range_baseline",
        "baseline.csv",
        "(market.ndpr.demand)",
        "year 2023 where this figure must describe 2024",
    );
}

#[test]
fn export_check_outside_tolerance_is_reported() {
    assert_error(
        "export_tolerance",
        "baseline.csv",
        "key market.dy.reported_exports",
        "reported exports 900 t and max(0, D − F) = 300 t",
    );
}

#[test]
fn capacity_below_production_is_reported() {
    assert_error(
        "capacity_below_supply",
        "baseline.csv",
        "key market.ndpr.non_china_capacity",
        "K = 5000 is below F = 7500",
    );
}

#[test]
fn recycled_feed_at_the_magnet_stage_is_refused() {
    assert_error(
        "recycling_at_magnet",
        "baseline.csv",
        "key stage.exchina.light.magnet.recycling",
        "R_magnet must be 0",
    );
}

#[test]
fn incomplete_2009_snapshot_is_reported() {
    assert_error(
        "snapshot_incomplete",
        "baseline.csv",
        "key snapshot_2009.demand",
        "missing required key",
    );
}

#[test]
fn malformed_csv_is_reported() {
    assert_error("unclosed_quote", "policy.csv", "line 2", "never closed");
}

#[test]
fn a_first_screen_that_is_not_a_preset_is_reported() {
    assert_error(
        "unknown_first_screen",
        "meta.csv",
        "key first_screen",
        "`licensing-2031` is not a preset",
    );
}

#[test]
fn bad_preset_query_is_reported() {
    let case = "bad_preset_query";
    assert_error(
        case,
        "presets.csv",
        "(embargo-now)",
        "`quota_light=150` is out of range",
    );
    assert_error(
        case,
        "presets.csv",
        "(embargo-now)",
        "unknown query key `colour`",
    );
}

#[test]
fn project_chain_must_match_its_capacities() {
    assert_error(
        "project_chain_mismatch",
        "projects.csv",
        "line 2 (mp-heavy-separation)",
        "chain is light but heavy_t > 0",
    );
}

#[test]
fn derived_figure_without_derivation_is_reported() {
    assert_error(
        "derived_without_derivation",
        "spikes.csv",
        "line 3 (dy annual)",
        "a derived figure must state its derivation",
    );
}

#[test]
fn duplicate_export_share_month_is_reported() {
    assert_error(
        "duplicate_export_share",
        "export_shares.csv",
        "line 3 (heavy 2025-06)",
        "duplicate row for this group and month",
    );
}

#[test]
fn malformed_export_shares_are_reported() {
    let case = "bad_export_month";
    assert_error(
        case,
        "export_shares.csv",
        "line 2 (heavy 2025-13)",
        "month `2025-13` must be YYYY-MM",
    );
    assert_error(
        case,
        "export_shares.csv",
        "line 3 (medium 2025-06)",
        "group `medium` must be one of light, heavy, magnet",
    );
    assert_error(
        case,
        "export_shares.csv",
        "line 4 (magnet 2025-05)",
        "ratio -0.26 must not be negative",
    );
}

#[test]
fn episode_range_and_ids_are_checked() {
    let case = "episode_low_above_value";
    assert_error(
        case,
        "episodes.csv",
        "line 2 (E2 dy spread 2025-05..2025-07)",
        "low ≤ value ≤ high does not hold (3.9 ≤ 3.7 ≤ 4.2",
    );
    assert_error(
        case,
        "episodes.csv",
        "line 3 (E3 dy spread 2025-05)",
        "id `E3` must be one of E1, E2",
    );
}

#[test]
fn every_fixture_is_exercised() {
    let dir = root().join("tests/fixtures/dataset");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let case = entry.unwrap().file_name().into_string().unwrap();
        // Each fixture must fail to load.
        assert!(!errors_of(&case).is_empty(), "{case}");
    }
}

#[test]
fn source_links_must_be_web_addresses() {
    assert_error(
        "bad_source_url",
        "sources.csv",
        "(S1)",
        "must be a plain http(s) address",
    );
}

#[test]
fn a_view_missing_a_stage_row_is_reported() {
    let case = "view_missing_stage";
    assert_error(
        case,
        "baseline.csv",
        "key stage.eu.light.metal.capacity",
        "view `eu` is missing the row for its light-chain metal capacity",
    );
    // The message points at where the view's other stage rows are.
    assert_error(
        case,
        "baseline.csv",
        "key stage.eu.light.metal.capacity",
        "its other stage rows are at lines",
    );
    // Only that row is missing: no other stage or need key is reported.
    let errs = errors_of(case);
    assert_eq!(errs.len(), 1, "{}", errs.join("\n"));
}

#[test]
fn project_views_are_checked() {
    let case = "project_bad_views";
    assert_error(
        case,
        "projects.csv",
        "line 2 (asm-kmp-1)",
        "view `mars` must be one of us, exchina, eu, japan, korea, india",
    );
    assert_error(
        case,
        "projects.csv",
        "line 3 (lynas-kuantan-heavy)",
        "view share 1.5 for `japan` is outside 0–1",
    );
    assert_error(
        case,
        "projects.csv",
        "line 3 (lynas-kuantan-heavy)",
        "views must include `exchina`",
    );
}

#[test]
fn country_views_cannot_exceed_the_market_outside_china() {
    assert_error(
        "view_shares_above_100",
        "baseline.csv",
        "key share.*.magnet",
        "the country views' shares of magnet demand outside China sum to 1.428",
    );
}
