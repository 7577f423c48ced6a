//! What happened: prices, spikes, spreads, quotas, the 2009 snapshot, export shares, the
//! episodes' observed figures, delivery odds, policy events, mine output and exports.

use super::{Figure, MarketId};

/// A yearly price observation.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PricePoint {
    /// `nd`, `pr`, `ndpr`, `dy`, `tb`, `la`, `ce`…
    pub element: &'static str,
    pub year: u16,
    /// US$/kg, annual average.
    pub price: Figure,
}

/// The 2010–11 price spike for one oxide (backtest, MODEL.md §8).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Spike {
    pub element: &'static str,
    /// 2009 annual average, US$/kg.
    pub before: Figure,
    /// 2011 annual average, US$/kg.
    pub annual: Figure,
    /// 2011 low and high of the annual-average estimate, US$/kg.
    pub annual_low: f64,
    pub annual_high: f64,
    /// 2011 peak, US$/kg.
    pub peak: Option<Figure>,
}

/// A 2025 Europe-vs-China price spread observation (MODEL.md §8 backtest).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Spread {
    pub element: &'static str,
    /// e.g. "2025-06".
    pub date: &'static str,
    pub europe_usd_per_kg: Figure,
    pub china_usd_per_kg: Figure,
}

/// China's export quota and exports in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct QuotaYear {
    pub year: u16,
    /// t REO.
    pub quota: Figure,
    /// t REO, where known.
    pub exports: Option<Figure>,
}

/// One market of the 2009 snapshot (MODEL.md §8: the `quota-2010` replay runs on its own
/// markets), in t of the oxide (capacity t/yr) and US$/kg.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct SnapshotMarket {
    pub id: MarketId,
    /// `D`: demand outside China.
    pub demand: Figure,
    /// `F`: production outside China.
    pub non_china_supply: Figure,
    /// `K`: capacity outside China reachable by 2011.
    pub non_china_capacity: Figure,
    /// `C`: China's production.
    pub china_production: Figure,
    /// China's own use (`D_cn`).
    pub china_consumption: Figure,
    /// `E`: China's exports (`≈ max(0, D − F)`).
    pub exports: Figure,
    /// `P`: 2009 average price, US$/kg FOB China.
    pub price: Figure,
}

/// The aggregate REO market in 2009, for the `quota-2010` replay (MODEL.md §8).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Snapshot2009 {
    pub world_production: Figure,
    pub china_production: Figure,
    pub non_china_supply: Figure,
    pub non_china_capacity: Figure,
    pub china_consumption: Figure,
    pub exports: Figure,
    pub demand: Figure,
    pub quota_2010: Figure,
    /// China's 2011 production quota: the output episode E1 infers for China (MODEL.md §10).
    pub production_quota_2011: Figure,
    /// Relative tolerance for `|D − (E + F)|` in 2009 (unrecorded exports and stocks).
    pub export_tolerance: Figure,
    /// The NdPr-oxide market in 2009.
    pub ndpr: SnapshotMarket,
    /// The Dy-oxide market in 2009.
    pub dy: SnapshotMarket,
}

impl Snapshot2009 {
    /// The aggregate figures, t REO (all but the tolerance), in the order of `baseline.csv`.
    pub fn tonnages(&self) -> [Figure; 9] {
        [
            self.world_production,
            self.china_production,
            self.non_china_supply,
            self.non_china_capacity,
            self.china_consumption,
            self.exports,
            self.demand,
            self.quota_2010,
            self.production_quota_2011,
        ]
    }

    /// The 2009 market `id`, where the snapshot has one (`ndpr`, `dy`).
    pub fn market(&self, id: MarketId) -> Option<&SnapshotMarket> {
        match id {
            MarketId::Ndpr => Some(&self.ndpr),
            MarketId::Dy => Some(&self.dy),
            MarketId::Tb | MarketId::Magnet => None,
        }
    }
}

/// China's realised exports of one quota group in one month, as a ratio of normal exports
/// (MODEL.md §8: presets carry what happened). May exceed 1.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ExportShare {
    /// `light`, `heavy` or `magnet` (MODEL.md §1).
    pub group: &'static str,
    /// `YYYY-MM`.
    pub month: &'static str,
    /// Unit `ratio`.
    pub share: Figure,
}

impl ExportShare {
    /// The month counted from year 0 (`year × 12 + month − 1`), so that a path can find its
    /// months by subtraction instead of writing and comparing labels; `None` if `month` is not
    /// `YYYY-MM` (build.rs checks that every row's is).
    pub fn month_number(&self) -> Option<usize> {
        let (y, m) = self.month.split_once('-')?;
        let (y, m) = (y.parse::<usize>().ok()?, m.parse::<usize>().ok()?);
        (y >= 1000 && (1..=12).contains(&m)).then(|| y * 12 + m - 1)
    }
}

/// One observed figure of a backtest episode (MODEL.md §10), a multiple with its range.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct EpisodeFigure {
    /// `E1` (2010–11 quotas) or `E2` (2025 licensing).
    pub id: &'static str,
    /// `nd`, `dy`, `tb` or `magnet`.
    pub element: &'static str,
    /// `ex_china` (price outside China ÷ its pre-episode level), `china` (China-domestic price ÷
    /// its pre-episode level) or `spread` (price outside China ÷ China-domestic price).
    pub figure: &'static str,
    /// `2011` (annual average), `2011-09` (a month) or `2025-05..2025-07` (a range of months).
    pub window: &'static str,
    /// The central observed multiple.
    pub value: Figure,
    /// Low and high ends of the observed multiple.
    pub low: f64,
    pub high: f64,
}

/// A China-domestic oxide price in one month (China quotes include VAT; see the derivation).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct DomesticPrice {
    /// `nd`, `pr`, `ndpr`, `dy` or `tb`.
    pub element: &'static str,
    /// `YYYY-MM`.
    pub date: &'static str,
    /// US$/kg at the exchange rate the derivation states.
    pub price: Figure,
    /// The quote in CNY, in the unit the derivation names (CNY/t or CNY/kg).
    pub cny_value: f64,
}

/// The odds that a project of one status delivers its capacity (MODEL.md §8, project delivery).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct DeliveryOdds {
    /// One of the project statuses (`operating`, `construction`, `announced`…).
    pub status: &'static str,
    /// Unit `share`.
    pub odds: Figure,
}

/// One event of the policy timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PolicyEvent {
    /// ISO date or month, e.g. "2025-04-04".
    pub date: &'static str,
    pub title: &'static str,
    pub detail: &'static str,
    pub source: &'static str,
}
