//! The dataset as a whole: its sources, headlines, presets, calibration fits, sensitivities,
//! assumptions, and the `Dataset` that holds every part.

use super::{
    Behaviour, Chain, Conversions, CountryOutput, CrmaBenchmarks, DeliveryOdds, EpisodeFigure,
    ExportShare, Figure, JapanBacktest, MagnetComposition, Market, MarketId, Need, Product,
    Project, Snapshot2009, Spike, Spread, Stage, StageBaseline, ViewProfile, Viewpoint,
};

/// A bibliographic source.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Source {
    /// `S1`, `S30`, …
    pub id: &'static str,
    /// Title, date and link: native builds only. The browser reads them from `dataset.json` when
    /// the list of sources is shown (`ui::reference`), which keeps them out of the first download.
    #[cfg(not(target_arch = "wasm32"))]
    pub title: &'static str,
    pub publisher: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub date: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub url: &'static str,
    /// e.g. "public domain", "CC BY 4.0", or empty when unknown.
    pub licence: &'static str,
}

/// Mine production of one country (or the world total) in one year, t REO (USGS).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct MineOutput {
    /// Country as USGS names it, or "World".
    pub country: &'static str,
    pub year: u16,
    /// Ore that China processes or controls (China, Burma/Myanmar…).
    pub china_controlled: bool,
    /// True for the "World" row.
    pub world_total: bool,
    pub output: Figure,
}

/// China's yearly exports of one customs series, t.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ExportYear {
    /// `rare_earths` (customs "rare earths" heading) or `magnets` (RE permanent magnets and alloys).
    pub series: &'static str,
    pub year: u16,
    pub volume: Figure,
}

/// Headline statistics for the baseline year (USGS MCS 2025, Chinese customs).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Headline {
    /// World mine production, t REO.
    pub world_mine_production: Figure,
    /// China's mine production (= mining quota), t REO.
    pub china_mine_production: Figure,
    /// US mine production, t REO.
    pub us_mine_production: Figure,
    /// US net import reliance for compounds and metals, % of apparent consumption.
    pub us_net_import_reliance: Figure,
    /// US apparent consumption of compounds and metals, t REO.
    pub us_apparent_consumption: Figure,
    /// China's exports under the customs "rare earths" heading, t.
    pub china_rare_earth_exports: Figure,
    /// China's exports of RE permanent magnets and magnet alloys, t.
    pub china_magnet_exports: Figure,
    /// China's rare-earth imports, t.
    pub china_rare_earth_imports: Figure,
}

/// A named scenario (MODEL.md §8): a query string of v1 keys and a one-line note.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    /// What happened, one line.
    pub note: &'static str,
    /// v1 keys, e.g. `year=2026&quota_heavy=30`.
    pub query: &'static str,
    pub source: &'static str,
    /// The year whose markets the preset runs on: the baseline year, or 2009 for a replay on
    /// the 2009 snapshot (`snapshot_2009`; MODEL.md §8).
    pub markets: u16,
}

/// One recorded fit of the calibration (docs/calibration.md): the grid point that minimises the
/// squared log error on E1 (`e1`), on E2 (`e2`, the defaults) or on both (`joint`).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CalibrationFit {
    pub fit: &'static str,
    pub theta: Figure,
    pub lambda: Figure,
    pub panic: Figure,
    pub buffer_heavy: Figure,
    pub buffer_magnet: Figure,
}

/// The low and high values (in that order) that "what drives this number" moves an assumption
/// between, where the dataset has no range for it elsewhere (the elasticities' and the
/// behaviour parameters' are their low/high).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Sensitivity {
    /// A factor on each market's buyers' cover.
    pub buffer: [Figure; 2],
    /// The chance each announced project is delivered, share.
    pub pipeline: [Figure; 2],
    /// Years every project slips.
    pub delay: [Figure; 2],
    /// Demand growth outside China, %/yr.
    pub growth: [Figure; 2],
}

/// Model defaults that are analysts' choices, not facts (MODEL.md §4, §6).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Assumptions {
    /// Target for mine-to-magnet dependency used by "capacity needed" (share, default 0.65).
    pub dependency_target: Figure,
    /// Ramp years of a project that states none (default 3).
    pub default_ramp_years: Figure,
    /// First year the `add_*` sliders' extra capacity comes online (2026).
    pub added_capacity_start_year: Figure,
    /// Default slip of announced start years, years (the record: Iluka, USA Rare Earth and MP
    /// each started about two years later than first announced).
    pub default_delay: Figure,
}

/// Serialises an array as a JSON array: serde derives arrays only up to 32 elements.
#[cfg(not(target_arch = "wasm32"))]
fn serialize_as_slice<S, T, const N: usize>(v: &[T; N], s: S) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    T: serde::Serialize,
{
    serde::Serialize::serialize(v.as_slice(), s)
}

/// The whole dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Dataset {
    /// Data vintage, e.g. "2026-12" (the `d` URL parameter).
    pub vintage: &'static str,
    /// Baseline year (2024).
    pub baseline_year: u16,
    /// Credit line for re-users.
    pub credit: &'static str,
    /// The preset the page opens on when a link sets no scenario key (`meta.csv`
    /// `first_screen`): the restriction of record as of the data's vintage.
    pub first_screen: &'static str,
    /// In [`MarketId::ALL`] order (build.rs checks it).
    pub markets: [Market; 4],
    pub magnet: MagnetComposition,
    pub conversions: Conversions,
    /// Ordered viewpoint × chain × stage, as in the `ALL` constants (build.rs checks it).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(serialize_with = "serialize_as_slice")
    )]
    pub stages: [StageBaseline; 48],
    /// Ordered viewpoint × chain.
    pub needs: [Need; 12],
    /// Each viewpoint's market shares, buyers' stocks and state stockpile, in
    /// [`Viewpoint::ALL`] order.
    pub views: [ViewProfile; 6],
    /// The EU Critical Raw Materials Act benchmarks.
    pub crma: CrmaBenchmarks,
    /// The `japan-2010-2024` backtest's recorded figures and 2010 chain.
    pub japan_backtest: JapanBacktest,
    /// Stock-holders' behaviour (MODEL.md §5, calibrated in §10).
    pub behaviour: Behaviour,
    /// The calibration's recorded fits: on E1, on E2 (the defaults), on both.
    pub calibration: [CalibrationFit; 3],
    /// Low and high values of the assumptions "what drives this number" swings.
    pub sensitivity: Sensitivity,
    pub assumptions: Assumptions,
    /// Delivery odds per project status, in the order of the statuses in `crates/dataset-build/src/schema.rs`.
    pub project_delivery: &'static [DeliveryOdds],
    /// Headline statistics of the baseline year.
    pub headline: Headline,
    pub country_outputs: &'static [CountryOutput],
    pub projects: &'static [Project],
    pub products: &'static [Product],
    /// Native builds only (in `dataset.json`; no page reads it).
    #[cfg(not(target_arch = "wasm32"))]
    pub prices: &'static [super::PricePoint],
    pub spikes: &'static [Spike],
    pub spreads: &'static [Spread],
    /// Native builds only (in `dataset.json`; no page reads it).
    #[cfg(not(target_arch = "wasm32"))]
    pub quotas: &'static [super::QuotaYear],
    /// China's export volumes by series and year. Native builds only (in `dataset.json`).
    #[cfg(not(target_arch = "wasm32"))]
    pub exports: &'static [ExportYear],
    /// Mine production by country and year (USGS), incl. a "World" row per year. Native builds
    /// only (in `dataset.json`).
    #[cfg(not(target_arch = "wasm32"))]
    pub mine_production: &'static [MineOutput],
    pub snapshot_2009: Snapshot2009,
    /// China's realised exports per quota group and month ÷ normal (presets, MODEL.md §8).
    pub export_shares: &'static [ExportShare],
    /// The observed figures of the backtests E1 and E2 (MODEL.md §10).
    pub episodes: &'static [EpisodeFigure],
    /// China-domestic oxide prices. Native builds only (in `dataset.json`).
    #[cfg(not(target_arch = "wasm32"))]
    pub domestic_prices: &'static [super::DomesticPrice],
    /// The policy timeline: native builds only (in `dataset.json`; no page shows it).
    #[cfg(not(target_arch = "wasm32"))]
    pub policy: &'static [super::PolicyEvent],
    pub sources: &'static [Source],
    pub presets: &'static [Preset],
}

impl Dataset {
    /// The baseline of market `id`.
    pub fn market(&self, id: MarketId) -> &Market {
        &self.markets[id as usize]
    }
    /// `cap_s` and `R_s` for one viewpoint, chain and stage.
    pub fn stage(&self, v: Viewpoint, c: Chain, s: Stage) -> &StageBaseline {
        &self.stages[(v as usize) * 8 + (c as usize) * 4 + s.index()]
    }
    /// The need `N` of a viewpoint for a chain.
    pub fn need(&self, v: Viewpoint, c: Chain) -> &Need {
        &self.needs[(v as usize) * 2 + c as usize]
    }
    /// Shares, buyers' stocks and state stockpile of a viewpoint.
    pub fn view(&self, v: Viewpoint) -> &ViewProfile {
        &self.views[v as usize]
    }
    /// The source with this id, if any.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// Mine production of `country` ("World" for the total) in `year`, if any.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn mine_output(&self, country: &str, year: u16) -> Option<&MineOutput> {
        self.mine_production
            .iter()
            .find(|m| m.country == country && m.year == year)
    }
    /// China's exports of `series` in `year`, if any.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn export(&self, series: &str, year: u16) -> Option<&ExportYear> {
        self.exports
            .iter()
            .find(|e| e.series == series && e.year == year)
    }
    /// The preset with this id, if any.
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }
    /// China's realised exports of quota group `group` (`light`, `heavy`, `magnet`) in `month`
    /// (`YYYY-MM`) as a ratio of normal, if the dataset has that month.
    pub fn export_share(&self, group: &str, month: &str) -> Option<f64> {
        self.export_shares
            .iter()
            .find(|e| e.group == group && e.month == month)
            .map(|e| e.share.value)
    }
    /// The recorded shares of `group` for `N` months from month number `first` (as
    /// [`ExportShare::month_number`] counts): one pass over the rows, no label written (an
    /// evaluation asks for 36 months of each group).
    pub fn export_shares_from<const N: usize>(
        &self,
        group: &str,
        first: usize,
    ) -> [Option<f64>; N] {
        let mut out = [None; N];
        for e in self.export_shares.iter().filter(|e| e.group == group) {
            let slot = e
                .month_number()
                .and_then(|m| m.checked_sub(first))
                .and_then(|i| out.get_mut(i));
            // The first row of a month counts, as with `export_share`.
            if let Some(slot @ None) = slot {
                *slot = Some(e.share.value);
            }
        }
        out
    }
    /// The observed figure of episode `id` for `element` and `figure`, if any (the first window
    /// when there are several).
    pub fn episode(&self, id: &str, element: &str, figure: &str) -> Option<&EpisodeFigure> {
        self.episodes
            .iter()
            .find(|e| e.id == id && e.element == element && e.figure == figure)
    }
    /// The average of every project's delivery odds by status (0–1, to a whole per cent): what
    /// the `pipeline` slider shows while each project keeps its own odds.
    pub fn mean_delivery_odds(&self) -> f64 {
        if self.projects.is_empty() {
            return 0.0;
        }
        let sum: f64 = self
            .projects
            .iter()
            .map(|p| self.delivery_odds(p.status))
            .sum();
        (100.0 * sum / self.projects.len() as f64).round() / 100.0
    }

    /// The odds (0–1) that a project with this status delivers its capacity; 0 for a status the
    /// dataset does not know (build.rs checks that every project's status is known).
    pub fn delivery_odds(&self, status: &str) -> f64 {
        self.project_delivery
            .iter()
            .find(|d| d.status == status)
            .map_or(0.0, |d| d.odds.value)
    }
}
