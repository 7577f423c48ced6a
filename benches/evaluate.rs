//! Time of one full `evaluate` (1,000 draws for the scenario year, 100 for the other timeline
//! years) and of the central-only path, natively: median and p95 over a few hundred runs.
//! `cargo bench --bench evaluate`. Goal: under 2 ms on one core.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rare_earth_risk::data::DATASET;
    use rare_earth_risk::model::{evaluate_with, Options, Scenario};
    use std::hint::black_box;
    use std::time::Instant;

    fn time(label: &str, runs: usize, f: &dyn Fn()) {
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
        let median = t[t.len() / 2];
        let p95 = t[(t.len() * 95) / 100];
        println!("{label}: median {median:.3} ms, p95 {p95:.3} ms ({runs} runs)");
    }

    for q in [
        "",
        "preset=embargo-now",
        "preset=licensing-apr-2025&view=exchina",
    ] {
        let s = Scenario::from_query(q, &DATASET);
        let full = Options::default();
        let central = Options::central();
        let label = if q.is_empty() { "default" } else { q };
        time(
            &format!("evaluate [{label}], 1,000 draws + timeline"),
            300,
            &|| {
                black_box(evaluate_with(black_box(&s), &DATASET, &full));
            },
        );
        time(&format!("evaluate [{label}], central only"), 300, &|| {
            black_box(evaluate_with(black_box(&s), &DATASET, &central));
        });
    }
}
