//! The supply chain seen from a viewpoint: stage capacities, needs, the view's profile, the EU's
//! Critical Raw Materials Act benchmarks and Japan's dependency backtest (MODEL.md §6, §7.2).

use super::{Chain, Figure, Stage, Viewpoint};

/// One viewpoint's China-free capacity and recycled feed at one stage of one chain (MODEL.md §6), 2024.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct StageBaseline {
    pub viewpoint: Viewpoint,
    pub chain: Chain,
    pub stage: Stage,
    /// `cap_s`, in the chain's unit (t/yr).
    pub capacity: Figure,
    /// `R_s`, China-free recycled feed entering at this stage (t/yr).
    pub recycling: Figure,
}

/// A viewpoint's need `N` for a chain (MODEL.md §6), 2024.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Need {
    pub viewpoint: Viewpoint,
    pub chain: Chain,
    pub need: Figure,
}

/// What a viewpoint brings to the price model besides its chain (issue #16), 2024.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ViewProfile {
    pub viewpoint: Viewpoint,
    /// Its share of demand outside China `D`, per market in [`MarketId::ALL`] order (unit
    /// `share`; 1 for `exchina`).
    pub share: [Figure; 4],
    /// Stocks its buyers hold at the start, months of their demand, per market in
    /// [`MarketId::ALL`] order. For `exchina` these are the market buffers
    /// (`Market::buffer`).
    pub buyers_stock: [Figure; 4],
    /// Its state stockpile, months of its consumption (`None` for `exchina`, which has no
    /// state); 0 where none is held or holdings are not published (see the derivation).
    pub state_stockpile: Option<Figure>,
}

/// The benchmarks of the EU Critical Raw Materials Act (Regulation (EU) 2024/1252, Art. 5),
/// shares of the EU's annual consumption of each strategic raw material, for 2030.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CrmaBenchmarks {
    /// At least this share extracted in the EU (0.10).
    pub extraction: Figure,
    /// At least this share processed in the EU (0.40).
    pub processing: Figure,
    /// At least this share recycled in the EU (0.25).
    pub recycling: Figure,
    /// At most this share from a single third country at any stage (0.65).
    pub single_supplier: Figure,
}

/// The recorded figures and the 2010 chain of the `japan-2010-2024` backtest (issue #16). The
/// 2024 chain is the baseline's `japan` view ([`Dataset::stage`], [`Dataset::need`]).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct JapanBacktest {
    /// China's share of Japan's rare-earth imports in 2010 (≈ 0.9).
    pub dependency_2010: Figure,
    /// The same share in 2024, low and high ends of the sources (0.6–0.7).
    pub dependency_2024_low: Figure,
    pub dependency_2024_high: Figure,
    /// Japan's 2010 stage rows, chain × stage as in [`Chain::ALL`] and [`Stage::ALL`].
    pub stages_2010: [StageBaseline; 8],
    /// Japan's 2010 needs, in [`Chain::ALL`] order.
    pub needs_2010: [Need; 2],
}

impl JapanBacktest {
    /// Japan's 2010 `cap_s` and `R_s` at one stage of one chain.
    pub fn stage_2010(&self, c: Chain, s: Stage) -> &StageBaseline {
        &self.stages_2010[(c as usize) * 4 + s.index()]
    }
    /// Japan's 2010 need `N` for a chain.
    pub fn need_2010(&self, c: Chain) -> &Need {
        &self.needs_2010[c as usize]
    }
}
