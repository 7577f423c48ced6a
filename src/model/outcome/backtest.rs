//! The backtests beside the scenario (MODEL.md §8, §10): the quota-2010 replay, the 2025
//! spreads, the episodes and the Japan chain backtest.

use super::{ChainDependency, Range};
use crate::model::episodes::{E1China, E1Route, Episode};
use serde::Serialize;

/// One observed 2009→2011 price move (MODEL.md §8 backtest).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObservedSpike {
    /// `nd`, `dy`, `tb`, `la` or `ce`.
    pub element: &'static str,
    /// 2009 annual average, US$/kg.
    pub before: f64,
    /// 2011 annual average, US$/kg, and its low–high.
    pub annual: f64,
    /// `annual / before`, with the low–high of the 2011 estimate.
    pub ratio: f64,
    /// `annual_low / before`.
    pub ratio_low: f64,
    /// `annual_high / before`.
    pub ratio_high: f64,
    /// Peak ÷ 2009, where known.
    pub peak_ratio: Option<f64>,
}

/// The `quota-2010` replay on the 2009 snapshot (MODEL.md §8).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quota2010 {
    /// `quota_2010 / exports_2009`.
    pub quota: f64,
    /// `D`, 2009, t REO.
    pub demand: f64,
    /// `F`, 2009, t REO.
    pub non_china_supply: f64,
    /// `K`, capacity outside China reachable by 2011, t REO.
    pub non_china_capacity: f64,
    /// Model `E = max(0, D − F)`.
    pub normal_exports: f64,
    /// `Q = quota · E`.
    pub allowed_exports: f64,
    /// The elasticity set used (the `ndpr` market's) and its backstop.
    pub ed: f64,
    /// Supply elasticity.
    pub es: f64,
    /// Backstop multiple `B`.
    pub backstop: f64,
    /// The model's ex-China multiplier.
    pub multiplier: Range,
    /// The model's unmet share of demand.
    pub unmet_share: Range,
    /// The observed figure the range is compared with, and whether p10–p90 contains it.
    pub comparator: &'static str,
    /// `null` when the dataset has no such spike.
    pub observed_ratio: Option<f64>,
    /// Whether the observed ratio lies within the model's p10–p90.
    pub observed_in_p10_p90: bool,
    /// Every observed 2009→2011 move, for the table.
    pub observed: Vec<ObservedSpike>,
}

/// A 2025 Europe-vs-China spread beside the model's (MODEL.md §8, `licensing-apr-2025`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpreadCheck {
    /// `nd`, `dy` or `tb`.
    pub element: &'static str,
    /// When quoted, `YYYY-MM`.
    pub date: &'static str,
    /// Price in Europe, US$/kg.
    pub europe_usd_per_kg: f64,
    /// Price in China, US$/kg.
    pub china_usd_per_kg: f64,
    /// Europe ÷ China (`null` where either is missing).
    pub observed_spread: Option<f64>,
    /// The scenario's spread for the matching market, if the element is one of them.
    pub model_spread: Option<Range>,
}

/// The backtests beside the scenario (MODEL.md §8, §10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backtest {
    /// Model 1's annual replay of the 2010 quota: kept beside the episodes on the methodology
    /// page, where it shows what a year-long cut alone gives without stocks and panic.
    pub quota_2010: Quota2010,
    /// The 2025 Europe-vs-China spreads beside the model's.
    pub spreads: Vec<SpreadCheck>,
    /// MODEL.md §10: every observed figure of E1 (2010–11) and E2 (2025) beside model 2's.
    pub episodes: Vec<Episode>,
    /// How E1's China side was taken (observed or inferred), and the inferred shock.
    pub e1_route: E1Route,
    /// E1's China side as used.
    pub e1_china: E1China,
    /// The `japan-2010-2024` chain backtest (MODEL.md §6.1).
    pub japan: JapanBacktestOutcome,
}

/// The `japan-2010-2024` backtest (MODEL.md §6.1): the §6 dependency of Japan's 2010 and 2024
/// chains beside the recorded China share of its rare-earth imports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JapanBacktestOutcome {
    /// China's share of Japan's rare-earth imports, 2010, and its source ids.
    pub recorded_2010: f64,
    /// Its source ids.
    pub recorded_2010_source: &'static str,
    /// The same share in 2024, low and high, and their source ids.
    pub recorded_2024_low: f64,
    /// The high end of the 2024 share.
    pub recorded_2024_high: f64,
    /// Their source ids.
    pub recorded_2024_source: String,
    /// The model's dependency per stage for Japan's 2010 chain (`backtest.japan.2010.*`).
    pub model_2010: ChainDependency,
    /// The same for Japan's 2024 chain (the `japan` view's baseline rows, no projects).
    pub model_2024: ChainDependency,
}
