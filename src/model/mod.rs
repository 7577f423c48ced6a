//! The pure calculator (MODEL.md). Knows nothing of the browser: no yew, web-sys, wasm-bindgen or gloo,
//! so `cargo test` runs it natively and the same code runs in WASM.
//!
//! - [`scenario`]: the v1 URL keys (MODEL.md §2), parsing with notices, canonical and short queries.
//! - [`capacity`]: projects and slider additions by year (§4).
//! - [`market`], [`magnet`]: the price shock, China's domestic price and the magnet coupling (§5).
//! - [`chain`]: dependency, direct reliance, bottleneck, concentration, capacity needed (§6);
//!   [`crma`]: the EU benchmarks on a chain (§6.2); [`japan`]: the `japan-2010-2024` backtest (§6.1).
//! - [`time`]: model 1's annual recovery rule; [`exposure`]: exposure by product (§7);
//!   [`view_time`]: the viewpoint's own time to survive (§7.2).
//! - [`math`]: the transcendental functions, identical natively and in WASM.
//! - [`month`], [`path`]: model 2's monthly market with stocks (MODEL.md v2 §5, §7); what
//!   [`evaluate`] runs for every scenario.
//! - [`montecarlo`], [`backtest`]: seeded ranges and the backtests (§8).
//! - [`evaluate`] / [`evaluate_with`] / [`evaluate_query`] → [`Outcome`].

// Numeric code indexes several parallel fixed-size arrays by market and stage.
#![allow(clippy::needless_range_loop)]
// Every public item of the model says what it is, with its unit or MODEL.md § where it helps.
#![warn(missing_docs)]

pub mod backtest;
pub mod calibration;
pub mod capacity;
pub mod chain;
pub mod crma;
pub mod drivers;
mod engine;
pub mod episodes;
pub mod exposure;
pub mod japan;
pub mod magnet;
pub mod market;
pub mod math;
pub mod montecarlo;
pub mod month;
pub mod outcome;
pub mod path;
pub mod scenario;
pub mod time;
pub mod view_time;

pub use engine::{
    central_figures, central_path, elasticity, evaluate, evaluate_query, evaluate_with,
    forget_kept_paths, path_setup, stage_quota, CentralFigures, Evaluation, Options,
};
pub use outcome::*;
pub use path::month_label;
pub use scenario::{
    Elasticity, KeySpec, Notice, NoticeKind, Parsed, Scenario, ScenarioKey, MODEL_VERSION,
    SNAPSHOT_YEAR, URL_VERSION,
};
