//! What [`super::evaluate`] returns: every number with its range and the inputs it came from.
//!
//! JSON has no infinity: a time to survive with no shortfall, and a time to recover that does
//! not come by 2035, are `null` (in Rust, `None`).

use super::scenario::{Elasticity, Notice, Scenario};
use crate::data::{Chain, MarketId, Stage, Viewpoint};
use serde::Serialize;

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

/// The four markets, by key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Markets {
    /// NdPr oxide.
    pub ndpr: MarketOutcome,
    /// Dy oxide.
    pub dy: MarketOutcome,
    /// Tb oxide.
    pub tb: MarketOutcome,
    /// Sintered NdFeB magnets.
    pub magnet: MarketOutcome,
}

impl Markets {
    /// The market `id`.
    pub fn get(&self, id: MarketId) -> &MarketOutcome {
        match id {
            MarketId::Ndpr => &self.ndpr,
            MarketId::Dy => &self.dy,
            MarketId::Tb => &self.tb,
            MarketId::Magnet => &self.magnet,
        }
    }
}

/// The central-case inputs of one stage (MODEL.md §6), in the chain's unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StageInputs {
    /// `cap_s` in year t (baseline + expected projects for the viewpoint + sliders).
    pub capacity: f64,
    /// `R_s`.
    pub recycling: f64,
    /// `T_s`.
    pub throughput: f64,
    /// `N` in year t.
    pub need: f64,
    /// The quota share that applies to the stage's flows (0–1).
    pub quota: f64,
    /// China-controlled and total world output at the stage (for the share and HHI).
    pub china_output: f64,
    /// World output at the stage.
    pub world_output: f64,
}

/// One stage of one chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageOutcome {
    /// The stage.
    pub stage: Stage,
    /// `dep_s = 1 − min(1, T_s/N)`.
    pub dependency: Range,
    /// `1 − min(1, (cap_s + R_s)/N)`.
    pub direct_reliance: f64,
    /// China's share of world output at the stage.
    pub china_share: f64,
    /// Herfindahl–Hirschman index, 0–10,000.
    pub hhi: f64,
    /// `dep_s · (1 − quota)`.
    pub supply_at_risk: Range,
    /// Extra China-free capacity at this stage to bring `dep_magnet` to the target.
    pub capacity_needed: f64,
    /// The central-case inputs the figures came from.
    pub inputs: StageInputs,
}

/// One chain for the viewpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainOutcome {
    /// The chain.
    pub chain: Chain,
    /// "t NdPr-oxide eq." or "t Dy+Tb-oxide eq.".
    pub unit: &'static str,
    /// Mining.
    pub mining: StageOutcome,
    /// Separation into oxides.
    pub separation: StageOutcome,
    /// Metal and alloy.
    pub metal: StageOutcome,
    /// Magnet making.
    pub magnet: StageOutcome,
    /// Stage where dependency jumps most, and the jump.
    pub bottleneck: Stage,
    /// The jump in dependency at the bottleneck (share points, 0–1).
    pub bottleneck_jump: f64,
    /// Target for `dep_magnet` used by capacity needed.
    pub target: f64,
    /// Sum of capacity needed over the stages.
    pub capacity_needed_total: f64,
}

impl ChainOutcome {
    /// The stage `s`.
    pub fn stage(&self, s: Stage) -> &StageOutcome {
        match s {
            Stage::Mining => &self.mining,
            Stage::Separation => &self.separation,
            Stage::Metal => &self.metal,
            Stage::Magnet => &self.magnet,
        }
    }
}

/// Dependency on China along both chains, for the viewpoint (MODEL.md §6).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dependency {
    /// The light chain (NdPr).
    pub light: ChainOutcome,
    /// The heavy chain (Dy and Tb).
    pub heavy: ChainOutcome,
}

impl Dependency {
    /// The chain `c`.
    pub fn get(&self, c: Chain) -> &ChainOutcome {
        match c {
            Chain::Light => &self.light,
            Chain::Heavy => &self.heavy,
        }
    }
}

/// The stage with the largest jump in dependency over both chains.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bottleneck {
    /// The chain of the bottleneck.
    pub chain: Chain,
    /// Its stage.
    pub stage: Stage,
    /// The jump in dependency there (0–1).
    pub jump: f64,
}

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
    /// US$ per unit: `magnet_kg · P_magnet · (m_magnet − 1)`.
    pub added_cost_usd: Range,
    /// The magnet market's unmet share (central).
    pub share_at_risk: f64,
    /// The same with defence served first.
    pub share_at_risk_defence_first: f64,
}

/// One market in a timeline year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TimelineMarket {
    /// `m_e`, 12-month average.
    pub multiplier: Range,
    /// `m_c`, 12-month average.
    pub china_multiplier: Range,
    /// `m_e/m_c`, 12-month average.
    pub spread: Range,
    /// Share of demand outside China unmet, 12-month average.
    pub unmet_share: Range,
    /// `D_t`, t/yr (central).
    pub demand: f64,
    /// `F_t`, t/yr (central).
    pub non_china_supply: f64,
    /// `Q_t`, t/yr (central).
    pub allowed_exports: f64,
}

/// The four markets in one timeline year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineMarkets {
    /// NdPr oxide.
    pub ndpr: TimelineMarket,
    /// Dy oxide.
    pub dy: TimelineMarket,
    /// Tb oxide.
    pub tb: TimelineMarket,
    /// Magnets.
    pub magnet: TimelineMarket,
}

/// Dependency by stage in a timeline year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TimelineChain {
    /// Mining.
    pub mining: Range,
    /// Separation.
    pub separation: Range,
    /// Metal and alloy.
    pub metal: Range,
    /// Magnet making.
    pub magnet: Range,
}

/// Dependency per chain in one timeline year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineDependency {
    /// The light chain.
    pub light: TimelineChain,
    /// The heavy chain.
    pub heavy: TimelineChain,
}

/// Every headline output for one year of 2024–2035 under the scenario (MODEL.md §7).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineYear {
    /// The year.
    pub year: u16,
    /// Draws behind this year's percentiles.
    pub draws: usize,
    /// Each market that year.
    pub markets: TimelineMarkets,
    /// Dependency per chain and stage that year.
    pub dependency: TimelineDependency,
    /// Time to survive that year, months (`null`: no shortfall).
    pub time_to_survive_months: MaybeRange,
    /// Time to recover that year, a year (`null`: not by 2035).
    pub time_to_recover_year: MaybeRange,
}

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
    pub episodes: Vec<super::episodes::Episode>,
    /// How E1's China side was taken (observed or inferred), and the inferred shock.
    pub e1_route: super::episodes::E1Route,
    /// E1's China side as used.
    pub e1_china: super::episodes::E1China,
    /// The `japan-2010-2024` chain backtest (MODEL.md §6.1).
    pub japan: JapanBacktestOutcome,
}

/// One market as the viewpoint meets it (MODEL.md §7.2): its share of the market, its cover and
/// how long the cover lasts on the central path.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ViewMarket {
    /// Its share of demand outside China `D` (`share.<view>.<market>`).
    pub share: f64,
    /// Its buyers' stocks at the start, months of its demand (`stock.<view>.buyers…`; for
    /// `exchina` the market's `buffer`, which the `buffer` key sets).
    pub buyers_stock_months: f64,
    /// Buyers' stocks plus the state stockpile, months of its demand.
    pub cover_months: f64,
    /// The same in tonnes of the product at the start: `cover_months · share · D_t / 12`.
    pub cover_t: f64,
    /// Its share of the market's shortfall outside China over the path's first 12 months, t
    /// (stocks drawn plus demand unmet; negative: stocks were rebuilt).
    pub shortfall_12m_t: f64,
    /// Months from the path's start until its cover falls below 10 % of its start, central path
    /// only (`null`: not within 36 months).
    pub time_to_survive_months: Option<f64>,
}

/// The viewpoint's figures per market.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewMarkets {
    /// NdPr oxide.
    pub ndpr: ViewMarket,
    /// Dy oxide.
    pub dy: ViewMarket,
    /// Tb oxide.
    pub tb: ViewMarket,
    /// Magnets.
    pub magnet: ViewMarket,
}

impl ViewMarkets {
    /// The market `id`.
    pub fn get(&self, id: MarketId) -> &ViewMarket {
        match id {
            MarketId::Ndpr => &self.ndpr,
            MarketId::Dy => &self.dy,
            MarketId::Tb => &self.tb,
            MarketId::Magnet => &self.magnet,
        }
    }
}

/// The viewpoint's own time to survive (MODEL.md §7.2, issue #16): its buyers' stocks and state
/// stockpile against its share of the shortfall. Central path only: no percentiles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewOutcome {
    /// The viewpoint.
    pub key: Viewpoint,
    /// Its name as shown.
    pub name: &'static str,
    /// Its state stockpile, months of its consumption (`null` for `exchina`, which has no state).
    pub state_stockpile_months: Option<f64>,
    /// Its cover and shortfall per market.
    pub markets: ViewMarkets,
    /// The shortest over the four markets (`null`: its cover lasts 36 months in every market).
    pub time_to_survive_months: Option<f64>,
    /// The market that sets it (`null` when none runs out).
    pub binding_market: Option<MarketId>,
}

/// One EU Critical Raw Materials Act benchmark against the EU's chain in the scenario year
/// (MODEL.md §6.2), per chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrmaCheck {
    /// The benchmark share (`crma.*`).
    pub benchmark: f64,
    /// `true`: the EU's figure must be at least the benchmark; `false`: at most.
    pub at_least: bool,
    /// The EU's figure for the light and heavy chains (`null` where the chain cannot compute it).
    pub light: Option<f64>,
    /// The heavy chain's.
    pub heavy: Option<f64>,
    /// Whether both chains meet it (`null` when a figure is missing).
    pub met: Option<bool>,
    /// How the figure is computed.
    pub basis: &'static str,
    /// What the figure leaves out, or why it is missing.
    pub note: &'static str,
}

/// The four benchmarks for `view=eu` (MODEL.md §6.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Crma {
    /// The scenario year.
    pub year: u16,
    /// Extraction within the EU (`crma.extraction`).
    pub extraction: CrmaCheck,
    /// Processing within the EU (`crma.processing`).
    pub processing: CrmaCheck,
    /// Recycling (`crma.recycling`).
    pub recycling: CrmaCheck,
    /// The share of the largest single supplier (`crma.single_supplier`).
    pub single_supplier: CrmaCheck,
}

impl Crma {
    /// The benchmarks in the Act's order, with their names.
    pub fn all(&self) -> [(&'static str, &CrmaCheck); 4] {
        [
            ("extraction", &self.extraction),
            ("processing", &self.processing),
            ("recycling", &self.recycling),
            ("single supplier", &self.single_supplier),
        ]
    }
}

/// Dependency `dep_s` at each stage of one chain (MODEL.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StageDependency {
    /// Mining.
    pub mining: f64,
    /// Separation.
    pub separation: f64,
    /// Metal and alloy.
    pub metal: f64,
    /// Magnet making.
    pub magnet: f64,
}

/// Dependency per stage of both chains.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChainDependency {
    /// The light chain.
    pub light: StageDependency,
    /// The heavy chain.
    pub heavy: StageDependency,
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
