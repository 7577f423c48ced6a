//! Time of one full `evaluate` (the default draws for the scenario year and the other timeline
//! years) and of the central-only path, natively: median and p95 over a few hundred runs, per
//! scenario. `cargo bench --bench evaluate`. Goal: full evaluation under 2 ms on one core.
//!
//! The `bench` profile is `release` (fat LTO) with opt-level 3, as a native build is made; the
//! WASM the browser runs is built for size (opt-level "z") and timed by `tests/wasm_bench.rs`.
//! The first line says which opt-level the binary was built with; to see the native figure at
//! the shipped opt-level run `CARGO_PROFILE_BENCH_OPT_LEVEL=z cargo bench --bench evaluate`.
//! With `--once '<query>'` the binary evaluates that scenario once (for profilers).
//!
//! A second table times an evaluation that follows one of the same scenario with one slider
//! at another value, as in the browser: the draws then reuse the oxide paths the slider did not
//! change (`path::simulate_keeping`); every other figure is timed from cold.
//!
//! A third table times "what drives this number" (every swing, central figures only).
//!
//! A fourth table weighs speed against accuracy: for the restricted presets, the largest
//! relative gap between a band's p10 or p90 (12-month average, China's price, spread, peak of
//! each market) at N draws and at 20,000 draws, and the time of those N draws. Goal: within 2 %.

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Every band of the scenario year, named: what the accuracy table compares.
#[cfg(not(target_arch = "wasm32"))]
fn bands(o: &rare_earth_risk::model::Outcome) -> Vec<(String, rare_earth_risk::model::Range)> {
    let mut out = Vec::new();
    for id in rare_earth_risk::data::MarketId::ALL {
        let m = o.markets.get(id);
        for (name, r) in [
            ("multiplier", m.multiplier),
            ("china_multiplier", m.china_multiplier),
            ("spread", m.spread),
            ("peak", m.peak),
        ] {
            out.push((format!("{}.{name}", id.key()), r));
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rare_earth_risk::data::DATASET;
    use rare_earth_risk::model::{evaluate_with, forget_kept_paths, Options, Scenario};
    use std::hint::black_box;
    use std::time::Instant;

    /// The opt-level this binary was compiled with: the environment override if cargo had one,
    /// else `[profile.bench]` or `[profile.release]` of Cargo.toml (what `bench` inherits).
    fn opt_level() -> String {
        if let Some(v) = option_env!("CARGO_PROFILE_BENCH_OPT_LEVEL") {
            return format!("{v} (CARGO_PROFILE_BENCH_OPT_LEVEL)");
        }
        let toml = include_str!("../Cargo.toml");
        for section in ["[profile.bench]", "[profile.release]"] {
            if let Some(rest) = toml.split(section).nth(1) {
                let body = rest.split("\n[").next().unwrap_or("");
                if let Some(line) = body
                    .lines()
                    .find(|l| l.trim_start().starts_with("opt-level"))
                {
                    let v = line.split('=').nth(1).unwrap_or("").trim();
                    return format!("{v} (Cargo.toml {section})");
                }
            }
        }
        "3 (cargo default)".to_string()
    }

    /// Median and p95 in ms over `runs` runs (after 10 warm-up runs).
    fn time(runs: usize, f: &dyn Fn()) -> (f64, f64) {
        for _ in 0..10 {
            f();
        }
        let mut t: Vec<f64> = (0..runs)
            .map(|_| {
                let s = Instant::now();
                f();
                s.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        t.sort_by(f64::total_cmp);
        (t[t.len() / 2], t[(t.len() * 95) / 100])
    }

    // `evaluate-<hash> --once '<query>'`: one full evaluation and nothing else, for profilers
    // (e.g. `valgrind --tool=callgrind`, which counts instructions deterministically).
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--once") {
        let q = args.get(i + 1).map_or("", String::as_str);
        let s = Scenario::from_query(q, &DATASET);
        black_box(evaluate_with(&s, &DATASET, &Options::default()));
        return;
    }
    println!(
        "profile: bench, opt-level {}, debug assertions {}",
        opt_level(),
        if cfg!(debug_assertions) { "on" } else { "off" }
    );
    println!(
        "{:<44} {:>22} {:>26}",
        "scenario", "central only med / p95", "default draws + timeline"
    );
    for q in [
        "",
        "preset=embargo-now",
        "preset=licensing-apr-2025&view=exchina",
        "preset=quota-2010",
    ] {
        let s = Scenario::from_query(q, &DATASET);
        let full = Options::default();
        let central = Options::central();
        let label = if q.is_empty() { "default" } else { q };
        let (cm, cp) = time(300, &|| {
            black_box(evaluate_with(black_box(&s), &DATASET, &central));
        });
        // From cold: repeating the same scenario would reuse every oxide path kept by the run
        // before (see the slider table below).
        let (fm, fp) = time(300, &|| {
            forget_kept_paths();
            black_box(evaluate_with(black_box(&s), &DATASET, &full));
        });
        println!("{label:<44} {cm:>9.3} / {cp:.3} ms {fm:>13.3} / {fp:.3} ms (median / p95)");
    }

    // A slider moved: each evaluation follows one of the same scenario with the slider at
    // another value, as in the browser, so the draws reuse the oxide paths that did not change
    // (`path::simulate_keeping`). A magnet quota leaves all three oxide markets as they were, a
    // heavy quota NdPr, and the restriction's length none.
    println!();
    println!(
        "{:<44} {:>26} {:>22}",
        "slider moved (default draws + timeline)", "after a move med / p95", "from cold med"
    );
    for (q, key, values) in [
        ("preset=embargo-now", "quota_magnet", ["10", "20"]),
        ("preset=embargo-now", "quota_heavy", ["10", "20"]),
        ("preset=embargo-now", "months", ["9", "10"]),
        ("preset=licensing-apr-2025", "quota_magnet", ["40", "50"]),
    ] {
        let [a, b] = values.map(|v| Scenario::from_query(&format!("{q}&{key}={v}"), &DATASET));
        let full = Options::default();
        let flip = std::cell::Cell::new(false);
        let (mm, mp) = time(300, &|| {
            let s = if flip.replace(!flip.get()) { &a } else { &b };
            black_box(evaluate_with(black_box(s), &DATASET, &full));
        });
        let (cm, _) = time(100, &|| {
            forget_kept_paths();
            black_box(evaluate_with(black_box(&a), &DATASET, &full));
        });
        let label = format!("{q} {key}");
        println!("{label:<44} {mm:>13.3} / {mp:.3} ms {cm:>16.3} ms");
    }

    // "What drives this number": 1 + 2 × 9 central evaluations of the scenario year, which the
    // browser runs once the ranges are in (one per task).
    println!();
    println!(
        "{:<44} {:>26}",
        "what drives this number (all swings)", "med / p95"
    );
    for q in [
        "",
        "preset=licensing-apr-2025",
        "preset=embargo-now",
        "preset=quota-2010",
    ] {
        let s = Scenario::from_query(q, &DATASET);
        let (m, p) = time(100, &|| {
            black_box(rare_earth_risk::model::drivers::drivers(
                black_box(&s),
                &DATASET,
            ));
        });
        let label = if q.is_empty() { "default" } else { q };
        println!("{label:<44} {m:>13.3} / {p:.3} ms");
    }

    // Accuracy of the bands against a 20,000-draw reference (scenario year only).
    println!();
    println!(
        "{:<44} {:>6} {:>12} {:>10}  worst band",
        "scenario (p10/p90 vs 20,000 draws)", "draws", "median time", "worst gap"
    );
    for q in [
        "preset=embargo-now",
        "preset=licensing-apr-2025",
        "preset=quota-2010",
    ] {
        let s = Scenario::from_query(q, &DATASET);
        let reference = bands(&evaluate_with(&s, &DATASET, &Options::draws(20_000)));
        for n in [100, 200, 400, 1000] {
            let opts = Options::draws(n);
            let o = evaluate_with(&s, &DATASET, &opts);
            let (mut worst, mut which) = (0.0_f64, String::new());
            for ((name, r), (_, reference)) in bands(&o).iter().zip(&reference) {
                for (v, rv, tail) in [(r.p10, reference.p10, "p10"), (r.p90, reference.p90, "p90")]
                {
                    let gap = (v / rv - 1.0).abs();
                    if gap > worst {
                        (worst, which) = (gap, format!("{name}.{tail}"));
                    }
                }
            }
            let (t, _) = time(30, &|| {
                forget_kept_paths();
                black_box(evaluate_with(black_box(&s), &DATASET, &opts));
            });
            println!(
                "{q:<44} {n:>6} {t:>9.3} ms {:>9.1} %  {which}",
                100.0 * worst
            );
        }
    }
}
