//! Time of one `evaluate_with` in WebAssembly in headless Chromium, for the same scenarios and
//! options as the native benchmark (`benches/evaluate.rs`): central only (`Options::central()`)
//! and the full default (the default draws + timeline, `Options::default()`), median and p95 over 300
//! runs after 10 warm-up runs, timed with `performance.now()`.
//!
//! ```text
//! cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture
//! ```
//!
//! (`scripts/perf-report.sh` runs it and sets it beside the native figures.) Use `--release`:
//! the same profile as the shipped app (opt-level "z", fat LTO), without Trunk's wasm-opt pass.
//! A debug build runs 5 timed runs only, so an accidental `cargo test --target wasm32-…` stays
//! short; its figures say "debug" and mean nothing.
//!
//! Output, one parseable line per scenario:
//! `wasm-bench: scenario="<query>" central_median_ms=… central_p95_ms=… full_median_ms=… full_p95_ms=… runs=… timer_resolution_ms=…`
//!
//! Browsers coarsen `performance.now()` (Chromium: 5 µs to 100 µs, depending on cross-origin
//! isolation); the printed resolution is the smallest non-zero step seen between two timings.
#![cfg(target_arch = "wasm32")]

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_with, forget_kept_paths, Options, Scenario};
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The native benchmark's scenarios (benches/evaluate.rs), in the same order.
const SCENARIOS: [&str; 4] = [
    "",
    "preset=embargo-now",
    "preset=licensing-apr-2025&view=exchina",
    "preset=quota-2010",
];

const WARMUP: usize = 10;
/// Full evaluations of every scenario before any timing: V8 first runs WebAssembly through its
/// baseline compiler and moves hot functions to the optimising one while they run, so the first
/// scenario timed would otherwise pay for the tier-up (it showed as a ×2 slower, noisy
/// `default`). Natively there is no such phase.
const TIER_UP: usize = if cfg!(debug_assertions) { 1 } else { 40 };
const RUNS: usize = if cfg!(debug_assertions) { 5 } else { 300 };

fn now(perf: &web_sys::Performance) -> f64 {
    perf.now()
}

/// Median and p95 (the native bench's indices: `t[n/2]`, `t[n·95/100]`) and the smallest
/// non-zero difference between two timings.
fn time(perf: &web_sys::Performance, f: &dyn Fn()) -> (f64, f64, f64) {
    for _ in 0..WARMUP {
        f();
    }
    let mut t: Vec<f64> = (0..RUNS)
        .map(|_| {
            let s = now(perf);
            f();
            now(perf) - s
        })
        .collect();
    t.sort_by(f64::total_cmp);
    let step = t
        .windows(2)
        .map(|w| w[1] - w[0])
        .filter(|d| *d > 1e-9)
        .fold(f64::INFINITY, f64::min);
    (t[t.len() / 2], t[(t.len() * 95) / 100], step)
}

#[wasm_bindgen_test]
fn evaluate_in_wasm() {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        panic!("no window.performance: this benchmark must run in a browser");
    };
    console_log!(
        "wasm-bench: profile={} runs={RUNS} warmup={WARMUP} tier_up={TIER_UP}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    for _ in 0..TIER_UP {
        for q in SCENARIOS {
            let s = Scenario::from_query(q, &DATASET);
            black_box(evaluate_with(&s, &DATASET, &Options::default()));
            black_box(evaluate_with(&s, &DATASET, &Options::central()));
        }
    }
    for q in SCENARIOS {
        let s = Scenario::from_query(q, &DATASET);
        let full = Options::default();
        let central = Options::central();
        let (cm, cp, cs) = time(&perf, &|| {
            black_box(evaluate_with(black_box(&s), &DATASET, &central));
        });
        // From cold, as natively: a repeat would reuse the oxide paths kept by the run before.
        let (fm, fp, fs) = time(&perf, &|| {
            forget_kept_paths();
            black_box(evaluate_with(black_box(&s), &DATASET, &full));
        });
        let label = if q.is_empty() { "default" } else { q };
        console_log!(
            "wasm-bench: scenario=\"{label}\" central_median_ms={cm:.4} central_p95_ms={cp:.4} full_median_ms={fm:.4} full_p95_ms={fp:.4} runs={RUNS} timer_resolution_ms={:.4}",
            cs.min(fs)
        );
        assert!(fm.is_finite() && fm > 0.0, "{label}: no time measured");
    }
}
