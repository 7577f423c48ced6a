//! What [`super::evaluate`] returns: every number with its range and the inputs it came from.
//!
//! JSON has no infinity: a time to survive with no shortfall, and a time to recover that does
//! not come by 2035, are `null` (in Rust, `None`).
//!
//! The markets and the whole outcome are here; the chains' dependency, the timeline, the
//! viewpoint's figures and the backtests have a file each.

use super::scenario::{Elasticity, Notice, Scenario};
use crate::data::{MarketId, Viewpoint};
use serde::Serialize;

mod backtest;
mod chain;
mod timeline;
mod view;

pub use backtest::{Backtest, JapanBacktestOutcome, ObservedSpike, Quota2010, SpreadCheck};
pub use chain::{
    Bottleneck, ChainDependency, ChainOutcome, Dependency, StageDependency, StageInputs,
    StageOutcome,
};
pub use timeline::{
    TimelineChain, TimelineDependency, TimelineMarket, TimelineMarkets, TimelineYear,
};
pub use view::{Crma, CrmaCheck, ViewMarket, ViewMarkets, ViewOutcome};

/// A central figure with its Monte Carlo percentiles (MODEL.md §8). With 0 draws the
/// percentiles equal the central figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Range {
    /// Central figure (no draw).
    pub central: f64,
    /// 10th percentile of the draws.
    pub p10: f64,
    /// Median of the draws.
    pub p50: f64,
    /// 90th percentile of the draws.
    pub p90: f64,
}

impl Range {
    /// The range of a figure without uncertainty: every percentile is `x`.
    pub fn point(x: f64) -> Range {
        Range {
            central: x,
            p10: x,
            p50: x,
            p90: x,
        }
    }
    /// Applies an increasing function to every figure.
    pub fn map(self, f: impl Fn(f64) -> f64) -> Range {
        Range {
            central: f(self.central),
            p10: f(self.p10),
            p50: f(self.p50),
            p90: f(self.p90),
        }
    }
}

/// Like [`Range`], but a figure may be "never" (`null`): no shortfall, or not by 2035.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MaybeRange {
    /// Central figure (`None`: never).
    pub central: Option<f64>,
    /// 10th percentile (`None`: never).
    pub p10: Option<f64>,
    /// Median (`None`: never).
    pub p50: Option<f64>,
    /// 90th percentile (`None`: never).
    pub p90: Option<f64>,
}

impl MaybeRange {
    /// From figures where `+∞` means never.
    pub fn from_infinite(r: Range) -> MaybeRange {
        let f = |x: f64| if x.is_finite() { Some(x) } else { None };
        MaybeRange {
            central: f(r.central),
            p10: f(r.p10),
            p50: f(r.p50),
            p90: f(r.p90),
        }
    }
}

/// The replay of 2010–11 on the 2009 snapshot (MODEL.md §8). Only the markets the snapshot
/// has are replayed; the others have no trade in it (calm, multiplier 1), and the sections
/// built on today's chain (`dependency`, `bottleneck`, `exposure`, `viewpoint`, `crma`)
/// describe the scenario year's structure, not 2009's: the page does not show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replay {
    /// The snapshot's year.
    pub snapshot: u16,
    /// The markets replayed (`ndpr`, `dy`).
    pub markets: Vec<MarketId>,
}

impl Replay {
    /// The replay of `d`'s snapshot.
    pub fn of(d: &crate::data::Dataset) -> Replay {
        Replay {
            snapshot: super::scenario::SNAPSHOT_YEAR,
            markets: MarketId::ALL
                .into_iter()
                .filter(|id| d.snapshot_2009.market(*id).is_some())
                .collect(),
        }
    }
    /// Whether market `id` is replayed.
    pub fn has(&self, id: MarketId) -> bool {
        self.markets.contains(&id)
    }
}

/// The material cost shares of the average ex-China magnet (MODEL.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Weights {
    /// NdPr oxide's share of the magnet's material cost.
    pub ndpr: f64,
    /// Dy oxide's share.
    pub dy: f64,
    /// Tb oxide's share.
    pub tb: f64,
}

/// The magnet market's coupling inputs (MODEL.md §5), central case: averages over the first 12
/// months of the path, flows in t/yr.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MagnetCoupling {
    /// `K*_t = min(K_t, F_t·m_ndpr^ed_ndpr)`.
    pub feed_limited_capacity: f64,
    /// `c_ex = 1 + Σ w_i (m_i − 1)`.
    pub cost_ex: f64,
    /// `c_cn = 1 + Σ w_i (m_cn,i − 1)`.
    pub cost_cn: f64,
    /// `X_t(m_magnet)`: what non-China makers supply at the clearing price,
    /// `min(K*_t, F_t·(m/c_ex)^es)` if `m ≥ c_ex`, else 0.
    pub non_china_output: f64,
    /// China's normal magnet exports as the magnet market uses them, `max(0, D_t − X_t)` (a
    /// stated deviation from MODEL.md §4's `D_t − F_t`, which `MarketInputs` still reports;
    /// equal to it without a material shock). See `model::magnet::solve_magnet`.
    pub normal_exports: f64,
    /// The Chinese magnets that reached buyers outside China over the first 12 months of the
    /// central path (t; negative: China took magnets in).
    pub allowed_exports: f64,
    /// The cost shares behind `cost_ex` and `cost_cn`.
    pub weights: Weights,
}

/// The central-case inputs of one market in the scenario year (MODEL.md §3–§5), tonnes/yr
/// unless stated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketInputs {
    /// `D_t`.
    pub demand: f64,
    /// `F_t = F + A_t + add`.
    pub non_china_supply: f64,
    /// `K_t = K + A_t + add`.
    pub non_china_capacity: f64,
    /// `E_t = max(0, D_t − F_t)`.
    pub normal_exports: f64,
    /// `Q_t = quota · E_t`.
    pub allowed_exports: f64,
    /// The quota share applied (0–1).
    pub quota: f64,
    /// Demand elasticity `ed` (central).
    pub ed: f64,
    /// Supply elasticity outside China `es` (central).
    pub es: f64,
    /// China's supply elasticity `es_cn` (central).
    pub es_cn: f64,
    /// `B`.
    pub backstop: f64,
    /// `C_t = D_cn,t + E_t`.
    pub china_production: f64,
    /// `D_cn,t`.
    pub china_domestic_demand: f64,
    /// `P`, US$/kg.
    pub baseline_price: f64,
    /// Demand growth factor `(1 + growth)^(t − 2024)`.
    pub growth_factor: f64,
    /// Expected new capacity in year t from projects and sliders (`A_t + add`).
    pub added_capacity: f64,
    /// Buyers' starting cover outside China and China's, months of demand (MODEL.md §5).
    pub buffer: f64,
    /// China's starting cover, months of its demand.
    pub buffer_cn: f64,
    /// Extra months of cover sought while restricted (central), outside China and in China.
    pub panic: f64,
    /// The extra months China seeks.
    pub china_stockpiling: f64,
    /// `θ` and `λ` (central).
    pub theta: f64,
    /// `λ`.
    pub lambda: f64,
    /// Months the restriction lasts; China's output (share of normal) and export duty (share)
    /// while it lasts.
    pub months: usize,
    /// China's output while restricted, share of normal.
    pub china_output: f64,
    /// China's export duty while restricted, share.
    pub export_duty: f64,
    /// The path's first month, `YYYY-MM`.
    pub start: String,
    /// Only for the magnet market.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub magnet: Option<MagnetCoupling>,
}

/// Prices, US$/kg.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prices {
    /// `P`: the 2024 price.
    pub baseline: f64,
    /// `P · m`.
    pub ex_china: Range,
    /// `P · m_cn`.
    pub china: Range,
}

/// One market in the scenario year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketOutcome {
    /// The market.
    pub id: MarketId,
    /// Its name as shown.
    pub name: &'static str,
    /// `m_e`, the price outside China ÷ 2024's: its 12-month average (MODEL.md §5).
    pub multiplier: Range,
    /// `m_c`, China's domestic multiplier: its 12-month average.
    pub china_multiplier: Range,
    /// `m_e / m_c`, month by month, averaged over 12 months.
    pub spread: Range,
    /// Demand outside China unmet at the backstop, share of demand, 12-month average.
    pub unmet_share: Range,
    /// The highest monthly `m_e` over the 36-month path, and its month (central).
    pub peak: Range,
    /// The month of that peak, `YYYY-MM`.
    pub peak_month: String,
    /// Whether the central path reaches the backstop with demand unmet in its first 12 months
    /// (then every price figure is "at least").
    pub at_backstop: bool,
    /// Prices in US$/kg, baseline and in the scenario.
    pub price: Prices,
    /// Months the buffer lasts (`null`: no shortfall).
    pub time_to_survive_months: MaybeRange,
    /// First year ≥ t with `F_y + Q_y ≥ D_y` (`null`: not by 2035).
    pub time_to_recover_year: MaybeRange,
    /// Months from the path's start to the first month after the restriction with `m_e`
    /// back within 10 % of normal (`null`: not within 36 months, or no restriction).
    pub time_to_recover_months: MaybeRange,
    /// The central path, month by month (MODEL.md §7).
    pub path: Vec<PathPoint>,
    /// The central-case inputs the figures came from.
    pub inputs: MarketInputs,
}

/// One month of a market's central path (MODEL.md §7).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathPoint {
    /// `YYYY-MM`.
    pub month: String,
    /// `m_e` and `m_c`.
    pub ex_china: f64,
    /// `m_c` that month.
    pub china: f64,
    /// China's exports that month, t.
    pub exports: f64,
    /// Buyers' stocks outside China at the month's end, months of demand.
    pub stock_months: f64,
    /// Share of demand outside China unmet.
    pub unmet_share: f64,
}

/// One value per market (the four markets, by key): the outcome's markets, the viewpoint's and
/// a timeline year's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerMarket<T> {
    /// NdPr oxide.
    pub ndpr: T,
    /// Dy oxide.
    pub dy: T,
    /// Tb oxide.
    pub tb: T,
    /// Sintered NdFeB magnets.
    pub magnet: T,
}

impl<T> PerMarket<T> {
    /// The market `id`.
    pub fn get(&self, id: MarketId) -> &T {
        match id {
            MarketId::Ndpr => &self.ndpr,
            MarketId::Dy => &self.dy,
            MarketId::Tb => &self.tb,
            MarketId::Magnet => &self.magnet,
        }
    }
}

/// The four markets, by key.
pub type Markets = PerMarket<MarketOutcome>;

/// Exposure of one product (MODEL.md §7).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exposure {
    /// The product's id (`products.csv`).
    pub id: &'static str,
    /// Its name as shown.
    pub name: &'static str,
    /// The unit the figures are per ("per vehicle", …).
    pub per: &'static str,
    /// NdFeB magnet per unit, kg.
    pub magnet_kg: f64,
    /// Dy and Tb per unit, kg.
    pub dy_tb_kg: f64,
    /// Whether it is a defence product (served first when `defence_first`).
    pub defence: bool,
    /// False where the source gives only total rare-earth material, not NdFeB magnet mass
    /// (MODEL.md §7): the magnet mass, and so the cost, is then an upper bound.
    pub verified: bool,
    /// US$ per unit: `magnet_kg · P_magnet · (m_magnet − 1)`.
    pub added_cost_usd: Range,
    /// The magnet market's unmet share (central).
    pub share_at_risk: f64,
    /// The same with defence served first.
    pub share_at_risk_defence_first: f64,
}

/// The normalised scenario as it was evaluated, with the data vintage and model version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioEcho {
    /// The scenario, every key with its value.
    #[serde(flatten)]
    pub scenario: Scenario,
    /// URL scheme version.
    pub v: &'static str,
    /// Data vintage.
    pub d: &'static str,
    /// Model version.
    pub m: &'static str,
    /// The canonical query string (`Scenario::to_query`).
    pub query: String,
    /// The short query string (`Scenario::to_short_query`).
    pub short_query: String,
}

/// Everything the calculator computes for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The model's version (`m` in links).
    pub model_version: &'static str,
    /// The data vintage (`d` in links).
    pub data_vintage: &'static str,
    /// The scenario year.
    pub year: u16,
    /// The viewpoint.
    pub view: Viewpoint,
    /// Monte Carlo draws behind the scenario year's percentiles, and the seed.
    pub draws: usize,
    /// Draws behind the other timeline years' percentiles.
    pub timeline_draws: usize,
    /// The seed of the draws.
    pub seed: u64,
    /// The elasticity choices applied.
    pub ed: Elasticity,
    /// The supply elasticity choice.
    pub es: Elasticity,
    /// The scenario as evaluated, with its queries.
    pub scenario: ScenarioEcho,
    /// The four markets.
    pub markets: Markets,
    /// Dependency per chain and stage (MODEL.md §6).
    pub dependency: Dependency,
    /// The stage where dependency jumps most.
    pub bottleneck: Bottleneck,
    /// Shortest over the four markets (`null`: no shortfall anywhere).
    pub time_to_survive_months: MaybeRange,
    /// Latest over the four markets (`null`: some market not by 2035).
    pub time_to_recover_year: MaybeRange,
    /// Latest over the four markets' paths, months from the start (`null`: not within 36
    /// months, or no restriction).
    pub time_to_recover_months: MaybeRange,
    /// The path's first month, `YYYY-MM`.
    pub path_start: String,
    /// Set on the replay of 2010–11 on the 2009 snapshot (MODEL.md §8); `null` otherwise.
    pub replay: Option<Replay>,
    /// The market that sets the headline times (central case).
    pub time_binding_market: MarketId,
    /// The viewpoint's own cover and time to survive (MODEL.md §7.2).
    pub viewpoint: ViewOutcome,
    /// The EU Critical Raw Materials Act benchmarks (`view=eu` only, MODEL.md §6.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crma: Option<Crma>,
    /// Exposure per product (MODEL.md §7.3).
    pub exposure: Vec<Exposure>,
    /// Every year 2024–2035, central figures and bands.
    pub timeline: Vec<TimelineYear>,
    /// The backtests (MODEL.md §10).
    pub backtest: Backtest,
    /// What was corrected in the scenario, and model notices.
    pub notices: Vec<Notice>,
}

impl Outcome {
    /// Whether the outcome has figures for market `id`: every market, except on the 2009
    /// replay, which has only the markets its snapshot has (MODEL.md §8).
    pub fn has_market(&self, id: MarketId) -> bool {
        self.replay.as_ref().is_none_or(|r| r.has(id))
    }
}
