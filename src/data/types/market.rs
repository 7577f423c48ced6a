//! A market's baseline and the model's fixed parameters: elasticities, stock-holders' behaviour,
//! magnet composition and unit conversions (MODEL.md §3).

use super::{Figure, MarketId, Range3};

/// The baseline of one market (MODEL.md §3), year 2024.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Market {
    pub id: MarketId,
    /// Reader-facing name, e.g. "NdPr oxide".
    pub name: &'static str,
    /// `W`: world production.
    pub world_production: Figure,
    /// `C`: China's production (incl. China-controlled feed).
    pub china_production: Figure,
    /// `F`: production outside China.
    pub non_china_supply: Figure,
    /// `K`: installed capacity outside China (`K ≥ F`).
    pub non_china_capacity: Figure,
    /// `D`: demand outside China.
    pub demand: Figure,
    /// Reported Chinese exports, where known.
    pub reported_exports: Option<Figure>,
    /// Relative tolerance for `|E_reported − max(0, D − F)| / max(E_reported, D − F)` (MODEL.md §3).
    pub export_tolerance: Figure,
    /// Absolute tolerance (t) for the same check, where the data gives one (ndpr: ±1,000 t);
    /// the check passes when the gap is within either tolerance.
    pub export_tolerance_abs: Option<Figure>,
    /// `X`: the part of `F` sold into China (explains gaps in the export check).
    pub sold_into_china: Option<Figure>,
    /// Sourced low end of `D` (t), where the dataset gives a range (`dy`, `tb`).
    pub demand_low: Option<Figure>,
    /// Sourced high end of `D` (t), where the dataset gives a range (`dy`, `tb`).
    pub demand_high: Option<Figure>,
    /// Production outside China in calendar 2025 (t), for the 2025 presets (`dy`, `tb`: Lynas'
    /// first separated Dy in May 2025 and Tb in June 2025).
    pub non_china_supply_2025: Option<Figure>,
    /// `P`: baseline price, US$/kg.
    pub price: Figure,
    /// Demand elasticity `ed` (negative numbers).
    pub ed: Range3,
    /// Non-China supply elasticity `es`.
    pub es: Range3,
    /// China's supply elasticity `es_cn`.
    pub es_cn: Figure,
    /// Backstop multiplier `B`.
    pub backstop: Figure,
    /// Stocks buyers outside China hold at the start, months of their demand (MODEL.md §5).
    pub buffer: Figure,
    /// Stocks held in China at the start, months of China's demand (MODEL.md §5).
    pub buffer_cn: Figure,
}

/// How stock-holders behave (MODEL.md §5), shared by the four markets; drawn in the Monte Carlo.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Behaviour {
    /// `θ`: how strongly desired cover falls as the price rises (`S* ∝ m^−θ`).
    pub theta: Range3,
    /// `λ`: share of the gap between desired and held stocks closed each month.
    pub lambda: Range3,
    /// Extra months of cover buyers outside China try to build while a restriction lasts.
    pub panic: Range3,
}

/// Material content and price of the average ex-China sintered magnet (MODEL.md §3).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct MagnetComposition {
    /// kg NdPr-oxide eq. per kg magnet.
    pub ndpr_per_kg: Figure,
    /// kg Dy-oxide eq. per kg magnet.
    pub dy_per_kg: Figure,
    /// kg Tb-oxide eq. per kg magnet.
    pub tb_per_kg: Figure,
    /// kg Dy+Tb-oxide eq. per kg of an average Chinese magnet (heavy REE embedded in China's magnet exports).
    pub china_magnet_dytb_per_kg: Figure,
}

/// Conversion factors used to put ore, oxide, metal and magnets in one chain unit.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Conversions {
    /// Oxide / metal mass ratio for NdPr (≈ 1.166).
    pub ndpr_oxide_per_metal: Figure,
    /// NdPr metal mass share of a magnet (≈ 0.31).
    pub ndpr_metal_share_of_magnet: Figure,
    /// Dy₂O₃ / Dy metal mass ratio (≈ 1.148).
    pub dy_oxide_per_metal: Figure,
    /// Tb₄O₇ / Tb metal mass ratio (≈ 1.176).
    pub tb_oxide_per_metal: Figure,
    /// NdPr share of TREO in Mountain Pass bastnaesite (0.157).
    pub ndpr_share_mountain_pass: Figure,
    /// NdPr share of TREO in Mt Weld ore (0.238).
    pub ndpr_share_mt_weld: Figure,
    /// NdPr share of TREO in monazite (≈ 0.20, assumption).
    pub ndpr_share_monazite: Figure,
    /// NdPr share of TREO in loparite (≈ 0.18, assumption).
    pub ndpr_share_loparite: Figure,
    /// NdPr share of TREO in ionic clays (assumption).
    pub ndpr_share_ionic_clay: Figure,
    /// Dy+Tb share of TREO in Mountain Pass ore (≈ 0.0007).
    pub dytb_share_mountain_pass: Figure,
    /// Dy+Tb share of TREO in Mt Weld ore (0.0019).
    pub dytb_share_mt_weld: Figure,
    /// Dy+Tb share of TREO in ionic clays (assumption).
    pub dytb_share_ionic_clay: Figure,
    /// NdPr recovery from ore to separated oxide (assumption).
    pub ndpr_recovery: Figure,
    /// Machining scrap as a share of magnet output (blank → finished).
    pub machining_scrap: Figure,
}
