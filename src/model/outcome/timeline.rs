//! The timeline: every year 2024–2035, central figures and bands (MODEL.md §7.1).

use super::{MaybeRange, PerMarket, Range};
use serde::Serialize;

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
pub type TimelineMarkets = PerMarket<TimelineMarket>;

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
