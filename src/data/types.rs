//! The shape of the bundled dataset.
//!
//! `build.rs` reads the human-editable files under `data/`, validates them, and writes one
//! `static DATASET: Dataset` built from these types (no parser runs in the browser). Every
//! number is a [`Figure`], so the UI can always say where it came from.

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
    /// Relative tolerance for `|D − (E + F)|` in 2009 (unrecorded exports and stocks).
    pub export_tolerance: Figure,
    /// The NdPr-oxide market in 2009.
    pub ndpr: SnapshotMarket,
    /// The Dy-oxide market in 2009.
    pub dy: SnapshotMarket,
}

impl Snapshot2009 {
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
    pub prices: &'static [PricePoint],
    pub spikes: &'static [Spike],
    pub spreads: &'static [Spread],
    /// Native builds only (in `dataset.json`; no page reads it).
    #[cfg(not(target_arch = "wasm32"))]
    pub quotas: &'static [QuotaYear],
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
    pub domestic_prices: &'static [DomesticPrice],
    /// The policy timeline: native builds only (in `dataset.json`; no page shows it).
    #[cfg(not(target_arch = "wasm32"))]
    pub policy: &'static [PolicyEvent],
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
    /// The observed figure of episode `id` for `element` and `figure`, if any (the first window
    /// when there are several).
    pub fn episode(&self, id: &str, element: &str, figure: &str) -> Option<&EpisodeFigure> {
        self.episodes
            .iter()
            .find(|e| e.id == id && e.element == element && e.figure == figure)
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
