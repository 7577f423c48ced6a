//! Reads, checks and compiles the dataset in `data/`.
//!
//! The app's `build.rs` calls [`load_dir`] and [`emit`] to write `$OUT_DIR/dataset.rs`;
//! `tests/dataset_validation.rs` calls [`load_with`] on broken copies of `data/` to check that
//! every problem is reported. Nothing here runs in the browser.
//!
//! Modules: [`csv`] (CSV with line numbers), [`schema`] (what `baseline.csv` must hold),
//! [`snapshot`] (the 2009 snapshot, typed), `load/` (one file per kind of data file, plus the
//! checks across files) and [`mod@emit`] (the Rust source).
//!
//! [`load_dir`] never panics: it returns the parsed dataset or every problem found, each naming
//! the file, the line or key, and what is wrong.

pub mod csv;
pub mod emit;
mod load;
pub mod schema;
pub mod snapshot;

pub use emit::emit;
pub use load::Reader;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One problem in the data files.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// The file, as read (e.g. `data/baseline.csv`).
    pub file: String,
    /// Where in the file: `line 12`, `line 12 (market.ndpr.demand)`, or `key market.ndpr.demand`.
    pub location: String,
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, location: impl Into<String>, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.location, self.message)
    }
}

/// How far a figure can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conf {
    High,
    Medium,
    Low,
    Derived,
    Assumption,
}

impl Conf {
    pub fn parse(s: &str) -> Option<Conf> {
        match s {
            "high" => Some(Conf::High),
            "medium" => Some(Conf::Medium),
            "low" => Some(Conf::Low),
            "derived" => Some(Conf::Derived),
            "assumption" => Some(Conf::Assumption),
            _ => None,
        }
    }
    pub fn variant(self) -> &'static str {
        match self {
            Conf::High => "High",
            Conf::Medium => "Medium",
            Conf::Low => "Low",
            Conf::Derived => "Derived",
            Conf::Assumption => "Assumption",
        }
    }
}

/// A sourced number as read from the files.
#[derive(Debug, Clone, PartialEq)]
pub struct Fig {
    pub value: f64,
    pub unit: String,
    pub year: u16,
    pub source: String,
    pub confidence: Conf,
    pub derivation: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PCountryOutput {
    pub chain: String,
    pub stage: String,
    pub country: String,
    pub china_controlled: bool,
    pub output: Fig,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PMineOutput {
    pub country: String,
    pub year: u16,
    pub china_controlled: bool,
    pub world_total: bool,
    pub output: Fig,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PProject {
    pub id: String,
    pub company: String,
    pub name: String,
    pub country: String,
    /// True when `views` lists `us` (the plant is in the United States).
    pub in_us: bool,
    /// The viewpoints the project counts for, with the share of its capacity that counts.
    pub views: Vec<PProjectView>,
    pub stage: String,
    pub chain: String,
    pub stated_capacity: f64,
    pub stated_unit: String,
    pub light_t: Fig,
    pub heavy_t: Fig,
    pub magnet_t: Fig,
    pub dy_share: f64,
    pub start_year: u16,
    pub ramp_years: u16,
    pub status: String,
    pub in_baseline: bool,
    pub source: String,
    pub note: String,
}

/// One viewpoint a project counts for (`projects.csv` column `views`).
#[derive(Debug, Clone, PartialEq)]
pub struct PProjectView {
    pub view: String,
    /// Share of `light_t` that counts for this view (0–1).
    pub light: f64,
    /// Share of `heavy_t` that counts for this view (0–1).
    pub heavy: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PProduct {
    pub id: String,
    pub name: String,
    pub per: String,
    pub magnet_kg: Fig,
    pub dy_tb_kg: Fig,
    pub defence: bool,
    /// False when the source gives no NdFeB magnet mass (only total rare-earth material).
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PPrice {
    pub element: String,
    pub year: u16,
    pub price: Fig,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PSpike {
    pub element: String,
    pub before: Fig,
    pub annual: Fig,
    pub annual_low: f64,
    pub annual_high: f64,
    pub peak: Option<Fig>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PSpread {
    pub element: String,
    pub date: String,
    pub europe: Fig,
    pub china: Fig,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PQuota {
    pub year: u16,
    pub quota: Fig,
    pub exports: Option<Fig>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PExport {
    pub series: String,
    pub year: u16,
    pub volume: Fig,
}

/// China's realised exports of a quota group in a month, as a ratio of normal.
#[derive(Debug, Clone, PartialEq)]
pub struct PExportShare {
    pub group: String,
    /// `YYYY-MM`.
    pub month: String,
    pub share: Fig,
}

/// One observed figure of a backtest episode (MODEL.md §10).
#[derive(Debug, Clone, PartialEq)]
pub struct PEpisode {
    pub id: String,
    pub element: String,
    pub figure: String,
    pub window: String,
    pub value: Fig,
    pub low: f64,
    pub high: f64,
}

/// A China-domestic oxide price on a month.
#[derive(Debug, Clone, PartialEq)]
pub struct PDomesticPrice {
    pub element: String,
    /// `YYYY-MM`.
    pub date: String,
    /// US$/kg as converted (see the derivation for the rate and VAT basis).
    pub price: Fig,
    /// The price as quoted in China, in the unit the derivation names (CNY/t or CNY/kg).
    pub cny_value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PPolicy {
    pub date: String,
    pub title: String,
    pub detail: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PSource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub url: String,
    pub licence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PPreset {
    pub id: String,
    pub name: String,
    pub note: String,
    pub query: String,
    pub source: String,
    /// The year whose markets the preset runs on: the baseline year, or 2009 (the
    /// `snapshot_2009` replay, MODEL.md §8).
    pub markets: u16,
}

/// Everything in `data/`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDataset {
    pub vintage: String,
    pub baseline_year: u16,
    pub credit: String,
    /// The preset the page opens on when a link sets no scenario key.
    pub first_screen: String,
    /// Reader-facing market names, in `MarketId::ALL` order.
    pub market_names: Vec<String>,
    /// The keyed figures of `baseline.csv` (markets, magnet, conversions, stages, needs,
    /// assumptions, 2009 snapshot, headline statistics, check tolerances).
    pub figures: BTreeMap<String, Fig>,
    /// The 2009 snapshot's figures (also in `figures`, under `snapshot_2009.*`).
    pub snapshot_2009: snapshot::Snapshot2009,
    pub country_outputs: Vec<PCountryOutput>,
    pub mine_production: Vec<PMineOutput>,
    pub projects: Vec<PProject>,
    pub products: Vec<PProduct>,
    pub prices: Vec<PPrice>,
    pub spikes: Vec<PSpike>,
    pub spreads: Vec<PSpread>,
    pub quotas: Vec<PQuota>,
    pub exports: Vec<PExport>,
    pub export_shares: Vec<PExportShare>,
    pub episodes: Vec<PEpisode>,
    pub domestic_prices: Vec<PDomesticPrice>,
    pub policy: Vec<PPolicy>,
    pub sources: Vec<PSource>,
    pub presets: Vec<PPreset>,
}

impl ParsedDataset {
    /// A keyed figure of `baseline.csv` (present after a successful load for every required key).
    pub fn fig(&self, key: &str) -> Option<&Fig> {
        self.figures.get(key)
    }
}

/// The data files, in the order they are read. `build.rs` watches each of them.
pub const FILES: &[&str] = &[
    "sources.csv",
    "meta.csv",
    "baseline.csv",
    "country_outputs.csv",
    "mine_production.csv",
    "projects.csv",
    "products.csv",
    "prices.csv",
    "spikes.csv",
    "spreads.csv",
    "quotas.csv",
    "exports.csv",
    "export_shares.csv",
    "episodes.csv",
    "domestic_prices.csv",
    "policy.csv",
    "presets.csv",
];

/// Loads and checks the dataset in `dir`.
pub fn load_dir(dir: &Path) -> Result<ParsedDataset, Vec<DataError>> {
    load::load(&|name: &str| {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read the file: {e}"));
        (path.display().to_string(), text)
    })
}

/// Loads and checks the dataset whose files `read` returns by name (see [`Reader`]).
pub fn load_with(read: &Reader<'_>) -> Result<ParsedDataset, Vec<DataError>> {
    load::load(read)
}
