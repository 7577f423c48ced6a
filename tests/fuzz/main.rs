//! Hostile input for the query-string parser and the model: no panic, and no NaN or infinity in
//! any output, for any input.
//!
//! Normal run (`cargo test`): `FUZZ_CASES` cases per property, default 2,000.
//! Long run (≥ 100,000 cases per property, a few minutes):
//!
//! ```text
//! FUZZ_CASES=100000 cargo test --release --test fuzz
//! ```
//!
//! **How "no NaN or infinity" is checked.** JSON cannot hold NaN or ±∞: `serde_json::to_value`
//! turns a non-finite `f64` into `null`. So the outcome is serialised and the tree walked; a
//! `null` fails the test except at the keys where the model documents one (`Option` fields of
//! `Outcome`): the four figures of `time_to_survive_months` and `time_to_recover_year` ("never"),
//! `observed_ratio`, `peak_ratio`, `observed_spread`, `model_spread` and the scenario's `preset`.
//! A NaN could hide behind one of those nulls (`MaybeRange::from_infinite` maps NaN and +∞ alike
//! to `None`), so each market's central time to survive is also recomputed from its own (finite)
//! inputs and must be `null` exactly when there is no shortfall. Every number must also be
//! representable in JSON as a finite `f64` (no integer overflow into floats).
//!
//! Inputs: arbitrary strings (up to 10 KB); key soups of valid keys with junk values (extreme
//! numbers such as `1e308`, `-0`, `NaN`, `inf`, 400-digit integers, Unicode digits, percent
//! escapes, control characters), repeated keys, 10 KB values; and in-range scenarios weighted
//! towards the ends of every range. Fixed extreme-but-valid scenarios check that the model says
//! so (a notice) where it hits its backstop.
#![cfg(not(target_arch = "wasm32"))]
// A failed unwrap in a test is a failed test with a clear location.
#![allow(clippy::unwrap_used, clippy::expect_used)]

// The shared test code of tests/common/, from this folder.
#[path = "../common"]
mod common {
    pub mod scenario;
}
mod checks;
mod strategies;

use checks::{outcome_problems, scenario_problems};
use proptest::prelude::*;
use rare_earth_risk::data::{Viewpoint, DATASET};
use rare_earth_risk::model::scenario::{add_max, ScenarioKey};
use strategies::{any_options, edge_scenario, key_soup, long_query};

use rare_earth_risk::model::{evaluate_query, evaluate_with, NoticeKind, Options, Scenario};

/// Cases per property: `FUZZ_CASES`, default 2,000.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(2_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        // Rejections are not used; shrinking a 10 KB string can take long, so cap it.
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config())]

    /// Any string at all (up to 10 KB): parsing never panics and yields a valid scenario.
    #[test]
    fn parse_any_string(q in prop_oneof![4 => any::<String>(), 1 => long_query()]) {
        let p = Scenario::parse(&q, &DATASET);
        let bad = scenario_problems(&p.scenario);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
    }

    /// Key soups with junk values and repeated keys: parsing stays in range, every correction
    /// has a notice with a readable message, and evaluating gives finite figures.
    #[test]
    fn evaluate_key_soup(q in key_soup(), opts in any_options()) {
        let p = Scenario::parse(&q, &DATASET);
        let bad = scenario_problems(&p.scenario);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
        prop_assert!(p.notices.iter().all(|n| !n.message.is_empty()), "{:?}", p.notices);
        let o = evaluate_query(&q, &DATASET, &opts);
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{q:?} with {opts:?}: {bad:?}");
    }

    /// Arbitrary strings and ~10 KB queries go through `evaluate_query` without harm.
    #[test]
    fn evaluate_any_string(q in prop_oneof![3 => any::<String>(), 1 => long_query()]) {
        let o = evaluate_query(&q, &DATASET, &Options::draws(8));
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
    }

    /// Valid scenarios at the ends of their ranges: finite figures, notices where the backstop
    /// is hit, and the scenario survives its own URL.
    #[test]
    fn evaluate_edge_scenarios(s in edge_scenario(), opts in any_options()) {
        prop_assert!(scenario_problems(&s).is_empty(), "{s:?}");
        let o = evaluate_with(&s, &DATASET, &opts);
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{s:?} with {opts:?}: {bad:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed extreme-but-valid scenarios, with the full default evaluation (1,000 draws, timeline).

/// Each query is valid (no parsing notice): every capacity slider at its maximum, quotas at 0,
/// growth 15 %, year 2035, buffer 0 and 24, both viewpoints, elasticities at the ends.
fn extreme_queries() -> Vec<String> {
    let mut out = Vec::new();
    for view in [Viewpoint::Us, Viewpoint::Exchina] {
        let max = |k| add_max(k, &DATASET, view);
        let adds = format!(
            "add_mining={}&add_separation={}&add_metal={}&add_magnet={}",
            max(ScenarioKey::AddMining),
            max(ScenarioKey::AddSeparation),
            max(ScenarioKey::AddMetal),
            max(ScenarioKey::AddMagnet)
        );
        let v = view.key();
        for base in [
            "quota_light=0&quota_heavy=0&quota_magnet=0",
            "quota_light=0&quota_heavy=0&quota_magnet=0&growth=15&year=2035&pipeline=0&delay=6",
            "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=0",
            "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=24&year=2024",
            "growth=15&year=2035&buffer=0&pipeline=0&delay=6",
            "growth=0&year=2024&buffer=24&pipeline=100&delay=0",
        ] {
            for el in [
                "",
                "&ed=-2&es=2",
                "&ed=0&es=0",
                "&ed=-2&es=0",
                "&ed=0&es=2",
                "&ed=low&es=low",
                "&ed=high&es=high",
            ] {
                out.push(format!("view={v}&{base}{el}"));
                out.push(format!("view={v}&{base}&{adds}{el}"));
            }
        }
    }
    out
}

#[test]
fn extreme_valid_scenarios_are_finite_and_explained() {
    let queries = extreme_queries();
    let mut failures = Vec::new();
    let mut backstops = 0;
    for q in &queries {
        let p = Scenario::parse(q, &DATASET);
        assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
        let o = evaluate_query(q, &DATASET, &Options::default());
        for b in outcome_problems(&o) {
            failures.push(format!("{q}: {b}"));
        }
        backstops += o
            .notices
            .iter()
            .filter(|n| n.kind == NoticeKind::Model)
            .count();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Not vacuous: the extreme set does drive markets to their backstop.
    assert!(backstops > 0, "no scenario reached a backstop");
}

/// A full embargo with no new capacity, no inventories and rigid buyers and sellers must hit the
/// backstop somewhere and say so; time to survive is then zero months (no buffer).
#[test]
fn embargo_with_no_buffer_reaches_the_backstop_and_says_so() {
    let q = "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=0&ed=0&es=0&pipeline=0&delay=6";
    let o = evaluate_query(q, &DATASET, &Options::default());
    assert!(
        outcome_problems(&o).is_empty(),
        "{:?}",
        outcome_problems(&o)
    );
    let model: Vec<&str> = o
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Model)
        .map(|n| n.message.as_str())
        .collect();
    assert!(!model.is_empty(), "no backstop notice: {:?}", o.notices);
    assert!(model.iter().all(|m| m.contains("backstop")), "{model:?}");
    assert_eq!(o.time_to_survive_months.central, Some(0.0));
}

/// The values the parser must refuse or clamp, each with its notice, and none of them leaking a
/// non-finite number into the scenario.
#[test]
fn extreme_numbers_are_corrected_with_a_notice() {
    let huge = "9".repeat(400);
    for key in [
        "year",
        "quota_light",
        "pipeline",
        "add_magnet",
        "growth",
        "buffer",
        "ed",
        "es",
    ] {
        for v in [
            "1e308", "-1e308", "1e309", "NaN", "inf", "-inf", "Infinity", &huge, "١٢٣", "３０",
        ] {
            let q = format!(
                "{key}={}",
                form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            );
            let p = Scenario::parse(&q, &DATASET);
            assert!(scenario_problems(&p.scenario).is_empty(), "{q}");
            assert!(
                p.notices.iter().any(|n| n.key == key),
                "{q}: no notice ({:?})",
                p.notices
            );
        }
    }
    // -0 is a valid zero: no notice, and it reads back as 0.
    let p = Scenario::parse("quota_light=-0&buffer=-0.0", &DATASET);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.scenario.quota_light, 0.0);
}

proptest! {
    #![proptest_config(config())]

    /// Notices are short plain text whatever the link holds (the reader sees them), including the
    /// "given more than once" notice for a repeated 10 KB key or one with control characters.
    #[test]
    fn notices_are_short_plain_text(q in prop_oneof![3 => key_soup(), 1 => long_query()]) {
        for n in Scenario::parse(&q, &DATASET).notices {
            prop_assert!(n.message.chars().count() < 600, "{} chars: {:?}", n.message.len(), n.kind);
            prop_assert!(!n.message.chars().any(char::is_control), "{n:?}");
        }
    }
}

/// `-0` is a valid zero and must read back as `0`: otherwise the link says `quota_magnet=-0` and
/// the page "-0.0 months".
#[test]
fn negative_zero_reads_as_zero() {
    let s = Scenario::from_query("quota_magnet=-0&buffer=-0.0&growth=-0&ed=-0", &DATASET);
    for (k, v) in [
        ("quota_magnet", s.quota_magnet),
        ("buffer", s.buffer.unwrap_or(f64::NAN)),
        ("growth", s.growth),
    ] {
        assert!(v.is_sign_positive(), "{k}={v}");
    }
    assert!(
        !s.to_query(&DATASET).contains("=-0&"),
        "{}",
        s.to_query(&DATASET)
    );
}
