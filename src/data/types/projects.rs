//! New capacity (projects, by viewpoint and country) and the products whose cost the page prices.

use super::{Chain, Figure, Stage, Viewpoint};

/// One viewpoint a project counts for, and the share of its capacity that counts (e.g. Japan
/// holds up to 65 % of Lynas' Dy/Tb: `japan`, light 0, heavy 0.65).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ProjectView {
    pub view: Viewpoint,
    /// Share of `light_t` (0–1).
    pub light: f64,
    /// Share of `heavy_t` (0–1).
    pub heavy: f64,
}

/// Output of one country or region at one stage of one chain (for China's share and the HHI).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CountryOutput {
    pub chain: Chain,
    pub stage: Stage,
    /// Country or region name as shown to readers.
    pub country: &'static str,
    /// True for China and for feed China controls (Myanmar, Laos…): counts as China for every viewpoint.
    pub china_controlled: bool,
    /// Output in the chain's unit (t/yr).
    pub output: Figure,
}

/// An announced non-China project (MODEL.md §4).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Project {
    pub id: &'static str,
    pub company: &'static str,
    pub name: &'static str,
    pub country: &'static str,
    /// True when the plant is in the United States (`views` lists `us`).
    pub in_us: bool,
    /// The viewpoints whose chain the project adds to, with the share that counts (every
    /// project counts in full for `exchina`; `projects.csv` column `views`).
    pub views: &'static [ProjectView],
    pub stage: Stage,
    /// Chain the project serves: "light", "heavy" or "both".
    pub chain: &'static str,
    /// Capacity as announced, e.g. 10000.0 with `stated_unit` "t/yr NdFeB".
    pub stated_capacity: f64,
    pub stated_unit: &'static str,
    /// Light-chain capacity, t/yr NdPr-oxide eq. (0 when the project adds none).
    pub light_t: Figure,
    /// Heavy-chain capacity, t/yr Dy+Tb-oxide eq. (0 when none).
    pub heavy_t: Figure,
    /// Magnet capacity, t/yr sintered NdFeB (magnet projects only, else 0).
    pub magnet_t: Figure,
    /// Share of `heavy_t` that is Dy (the rest Tb), for separation projects.
    pub dy_share: f64,
    pub start_year: u16,
    /// Years to reach full output (MODEL.md §4 default 3).
    pub ramp_years: u16,
    /// e.g. "operating", "construction", "announced", "financed".
    pub status: &'static str,
    /// True when the plant already produced in 2024: its capacity figures are then the increment
    /// over its 2024 output (which the baseline already counts), see `derivation`.
    pub in_baseline: bool,
    pub source: &'static str,
    /// Native builds only (in `dataset.json`; no page shows it).
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
}

impl Project {
    /// The share (0–1) of this project's capacity in `chain` that counts for viewpoint `v`; 0
    /// when the project does not count for it.
    pub fn view_share(&self, v: Viewpoint, chain: Chain) -> f64 {
        self.views
            .iter()
            .find(|pv| pv.view == v)
            .map_or(0.0, |pv| match chain {
                Chain::Light => pv.light,
                Chain::Heavy => pv.heavy,
            })
    }
}

/// What a product needs: the exposure view (MODEL.md §7).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Product {
    pub id: &'static str,
    pub name: &'static str,
    /// "per vehicle", "per MW", "per aircraft"…
    pub per: &'static str,
    /// kg of NdFeB magnet per unit.
    pub magnet_kg: Figure,
    /// kg of Dy+Tb per unit.
    pub dy_tb_kg: Figure,
    /// Served first under the "defence first" option.
    pub defence: bool,
    /// True when `magnet_kg` is sourced as NdFeB magnet mass; false when the source gives only
    /// total rare-earth material (MODEL.md §7: shown as unverified).
    pub verified: bool,
}
