//! `cargo run --release --bin calibrate`: the backtests of MODEL.md §10 in the open. Prints the
//! model's figure beside every observed one for E1 (2010–11) and E2 (2025) over a grid of the
//! stock-holders' parameters (θ, λ, panic, buffers), fits each episode alone and predicts the
//! other, so anyone can check how the defaults in `data/baseline.csv` were chosen.

use rare_earth_risk::data::{Dataset, DATASET};
use rare_earth_risk::model::calibration::{
    figures as fit_figures, loss as fit_loss, Fit, FitFigure,
};
use rare_earth_risk::model::episodes::{e1_inferred, E1China, E1Route};

type Cand = Fit;

/// Every figure of episode `id` under `c`, observed beside the model.
fn figures(d: &Dataset, id: &str, c: &Cand, china: E1China) -> Vec<FitFigure> {
    let route = if std::env::var("E1_INFERRED").is_ok() {
        E1Route::Inferred
    } else {
        E1Route::Conditional
    };
    fit_figures(d, id, c, china, route)
}

fn main() {
    let d = &DATASET;
    let china = E1China {
        china_output: std::env::var("E1_OUTPUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(e1_inferred(d).china_output),
        china_stockpiling: std::env::var("E1_STOCKPILING")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0),
    };
    let mut cands = Vec::new();
    for theta in [0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0] {
        for lambda in [0.1, 0.15, 0.25, 0.35, 0.5] {
            for panic in [0.0, 0.5, 1.0, 2.0, 3.0] {
                for buffer_heavy in [2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.0] {
                    // Magnets up to 3 months: European car lines stopped about 8 weeks after
                    // 4 April 2025 (data audit 2.3 §7), so buyers held about two months of
                    // magnets, three at most. (Unbounded, the fit runs to the grid's edge.)
                    for buffer_magnet in [1.0, 1.5, 2.0, 2.5, 3.0] {
                        cands.push(Cand {
                            theta,
                            lambda,
                            panic,
                            buffer_heavy,
                            buffer_magnet,
                        });
                    }
                }
            }
        }
    }
    let scored: Vec<(Cand, f64, f64)> = cands
        .iter()
        .map(|c| {
            (
                *c,
                fit_loss(&figures(d, "E1", c, china)),
                fit_loss(&figures(d, "E2", c, china)),
            )
        })
        .collect();
    let show = |label: &str, c: &Cand| {
        println!("{label}: {c:?}");
        for id in ["E1", "E2"] {
            for x in figures(d, id, c, china) {
                let (f, o, m) = (x.label(), x.observed, x.model);
                println!(
                    "  {id} {f:<28} observed {o:>6.2}  model {m:>6.2}  ×{:.2}",
                    m / o
                );
            }
        }
    };
    let best = |key: &dyn Fn(&(Cand, f64, f64)) -> f64| {
        scored
            .iter()
            .min_by(|a, b| key(a).total_cmp(&key(b)))
            .map(|x| x.0)
    };
    if let Some(c) = best(&|x| x.1) {
        show("fit on E1 (E2 out of sample)", &c);
    }
    if let Some(c) = best(&|x| x.2) {
        show("fit on E2 (E1 out of sample)", &c);
    }
    if let Some(c) = best(&|x| x.1 + x.2) {
        show("joint fit", &c);
    }
    // The ranges of the draws: each parameter's grid values among the candidates that put every
    // E2 figure within ×1.5 of what was observed (the same goal the backtest test asserts).
    let within: Vec<&Cand> = cands
        .iter()
        .filter(|c| {
            figures(d, "E2", c, china)
                .iter()
                .all(|f| (1.0 / 1.5..=1.5).contains(&(f.model / f.observed)))
        })
        .collect();
    println!(
        "candidates with every E2 figure within ×1.5: {}",
        within.len()
    );
    let span = |name: &str, get: &dyn Fn(&Cand) -> f64| {
        let lo = within.iter().map(|c| get(c)).fold(f64::INFINITY, f64::min);
        let hi = within
            .iter()
            .map(|c| get(c))
            .fold(f64::NEG_INFINITY, f64::max);
        println!("  {name:<14} {lo} – {hi}");
    };
    span("theta", &|c| c.theta);
    span("lambda", &|c| c.lambda);
    span("panic", &|c| c.panic);
    span("buffer_heavy", &|c| c.buffer_heavy);
    span("buffer_magnet", &|c| c.buffer_magnet);
}
