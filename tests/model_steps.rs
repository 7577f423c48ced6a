//! The browser spreads the Monte Carlo draws over short tasks (`Evaluation::step`); however the
//! draws are split, the outcome must be the one `evaluate_with` gives in a single call.
#![cfg(not(target_arch = "wasm32"))]

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_with, Evaluation, Options, Scenario};

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

#[test]
fn splitting_the_draws_does_not_change_the_outcome() {
    let opts = Options {
        backtests: false,
        ..Options::default()
    };
    for query in [
        "preset=licensing-apr-2025",
        "preset=quota-2010",
        "quota_heavy=0&months=24&pipeline=30",
        "",
    ] {
        let s = Scenario::from_query(query, &DATASET);
        let whole = json(&evaluate_with(&s, &DATASET, &opts));
        for chunk in [1, 7, 64] {
            let mut e = Evaluation::new(s.clone(), &DATASET, &opts);
            let mut steps = 0;
            while !e.step(chunk) {
                steps += 1;
            }
            let expected_steps = opts.draws.div_ceil(chunk) - 1;
            assert_eq!(steps, expected_steps, "{query}: steps of {chunk}");
            let split = json(&e.finish());
            assert!(!whole.is_empty());
            assert_eq!(split, whole, "{query}: draws in steps of {chunk}");
        }
    }
}

#[test]
fn finishing_early_makes_the_remaining_draws() {
    let s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
    let opts = Options::default();
    let mut e = Evaluation::new(s.clone(), &DATASET, &opts);
    assert!(!e.step(10), "400 draws are not done after 10");
    assert_eq!(json(&e.finish()), json(&evaluate_with(&s, &DATASET, &opts)));
}

/// The chain chart's "today" (the 2024 baseline) is evaluated without the timeline, which the
/// page then skips: the dependency it reads must not depend on it.
#[test]
fn the_dependency_needs_no_timeline() {
    for view in ["us", "exchina", "eu", "japan", "korea", "india"] {
        let s = Scenario::from_query(&format!("preset=baseline-2024&view={view}"), &DATASET);
        let full = evaluate_with(&s, &DATASET, &Options::central());
        let lean = Options {
            timeline: false,
            ..Options::central()
        };
        let lean = evaluate_with(&s, &DATASET, &lean);
        assert_eq!(json(&full.dependency), json(&lean.dependency), "{view}");
        assert!(!json(&lean.dependency).is_empty());
    }
}

/// With the backtests, the episodes' draws are made in steps too (after the scenario's). The
/// reference is computed on another thread, so the one-slot cache of this one cannot answer
/// for the steps.
#[test]
fn the_backtests_in_steps_equal_the_backtests_at_once() {
    let query = "preset=licensing-apr-2025";
    let opts = Options::default();
    let whole = std::thread::spawn(move || {
        let s = Scenario::from_query(query, &DATASET);
        json(&evaluate_with(&s, &DATASET, &opts))
    })
    .join()
    .unwrap_or_default();
    let s = Scenario::from_query(query, &DATASET);
    let mut e = Evaluation::new(s, &DATASET, &opts);
    let mut steps = 0;
    while !e.step(50) {
        steps += 1;
    }
    // 400 scenario draws and 400 episode draws, 50 at a time.
    assert_eq!(steps, 15);
    assert!(!whole.is_empty());
    assert_eq!(json(&e.finish()), whole);
}
