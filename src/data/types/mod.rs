//! The shape of the bundled dataset.
//!
//! `build.rs` reads the human-editable files under `data/`, validates them, and writes one
//! `static DATASET: Dataset` built from these types (no parser runs in the browser). Every
//! number is a [`Figure`], so the UI can always say where it came from.
//!
//! Here the marks and identifiers every part shares; each part of the dataset has its own file.

/// How far a figure can be trusted (the marks of `data-reference.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Read directly from a primary publication.
    High,
    /// A secondary report citing the primary source.
    Medium,
    /// A single secondary source or an unclear basis.
    Low,
    /// Computed from sourced inputs; `Figure::derivation` shows the arithmetic.
    Derived,
    /// An analyst's default, shown and adjustable.
    Assumption,
}

impl Confidence {
    /// The word shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
            Confidence::Derived => "derived",
            Confidence::Assumption => "assumption",
        }
    }
}

/// One sourced number: value, unit, year, source and confidence travel together.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Figure {
    pub value: f64,
    /// Unit as written in the data files, e.g. `t`, `t/yr`, `USD/kg`, `share`, `kg/kg`.
    pub unit: &'static str,
    /// The year the figure describes.
    pub year: u16,
    /// Source ids (`S1`, `S30`, …) separated by spaces; each resolves in [`Dataset::sources`].
    pub source: &'static str,
    pub confidence: Confidence,
    /// How a derived figure was computed, or a short note; may be empty. Native builds only:
    /// the browser reads it from `dataset.json` when a page shows it (`ui::reference`).
    #[cfg(not(target_arch = "wasm32"))]
    pub derivation: &'static str,
}

/// The four priced markets of MODEL.md §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MarketId {
    Ndpr,
    Dy,
    Tb,
    Magnet,
}

impl MarketId {
    pub const ALL: [MarketId; 4] = [MarketId::Ndpr, MarketId::Dy, MarketId::Tb, MarketId::Magnet];
    /// The key used in URLs, JSON and data files.
    pub fn key(self) -> &'static str {
        match self {
            MarketId::Ndpr => "ndpr",
            MarketId::Dy => "dy",
            MarketId::Tb => "tb",
            MarketId::Magnet => "magnet",
        }
    }
}

/// The two chains of MODEL.md §1: light (t NdPr-oxide eq.) and heavy (t Dy+Tb-oxide eq.).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Chain {
    Light,
    Heavy,
}

impl Chain {
    pub const ALL: [Chain; 2] = [Chain::Light, Chain::Heavy];
    pub fn key(self) -> &'static str {
        match self {
            Chain::Light => "light",
            Chain::Heavy => "heavy",
        }
    }
}

/// Stages of the mine-to-magnet chain, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Mining,
    Separation,
    Metal,
    Magnet,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Mining,
        Stage::Separation,
        Stage::Metal,
        Stage::Magnet,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Stage::Mining => "mining",
            Stage::Separation => "separation",
            Stage::Metal => "metal",
            Stage::Magnet => "magnet",
        }
    }
    /// Position in the chain, 0 = mining.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Whose dependency is measured (MODEL.md §1): the United States, all buyers outside China, or
/// one of the country and bloc views of issue #16 (data/README.md says what each counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Viewpoint {
    Us,
    Exchina,
    /// The 27 member states of the European Union (the Critical Raw Materials Act's scope).
    Eu,
    Japan,
    /// South Korea.
    Korea,
    India,
}

impl Viewpoint {
    pub const ALL: [Viewpoint; 6] = [
        Viewpoint::Us,
        Viewpoint::Exchina,
        Viewpoint::Eu,
        Viewpoint::Japan,
        Viewpoint::Korea,
        Viewpoint::India,
    ];
    /// The key used in URLs (`view=`), JSON and data files.
    pub fn key(self) -> &'static str {
        match self {
            Viewpoint::Us => "us",
            Viewpoint::Exchina => "exchina",
            Viewpoint::Eu => "eu",
            Viewpoint::Japan => "japan",
            Viewpoint::Korea => "korea",
            Viewpoint::India => "india",
        }
    }
    /// Its name as a reader sees it (the view picker, the outcome's `viewpoint.name`).
    pub fn name(self) -> &'static str {
        match self {
            Viewpoint::Us => "United States",
            Viewpoint::Exchina => "All buyers outside China",
            Viewpoint::Eu => "European Union",
            Viewpoint::Japan => "Japan",
            Viewpoint::Korea => "South Korea",
            Viewpoint::India => "India",
        }
    }
    /// The viewpoint with this key (case-insensitive), if any.
    pub fn from_key(key: &str) -> Option<Viewpoint> {
        Viewpoint::ALL
            .into_iter()
            .find(|v| v.key().eq_ignore_ascii_case(key))
    }
}

/// Low / central / high values of one assumption.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Range3 {
    pub low: Figure,
    pub central: Figure,
    pub high: Figure,
}

mod chain;
mod dataset;
mod history;
mod market;
mod projects;

pub use chain::*;
pub use dataset::*;
pub use history::*;
pub use market::*;
pub use projects::*;
