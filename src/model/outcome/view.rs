//! The viewpoint's own figures (MODEL.md §7.2) and the EU's Critical Raw Materials Act checks
//! (§6.2).

use super::PerMarket;
use crate::data::{MarketId, Viewpoint};
use serde::Serialize;

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
pub type ViewMarkets = PerMarket<ViewMarket>;

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
