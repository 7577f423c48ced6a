//! The scenario: the URL keys of MODEL.md §2, parsed, corrected and written back.
//!
//! - [`key`]: the keys as one enum ([`ScenarioKey`]) with labels, units, ranges and defaults.
//! - [`parse`]: reading a query; parsing never fails: unknown keys are ignored, out-of-range
//!   numbers clamped, malformed values replaced by the default (`values`), each correction a
//!   [`Notice`] (`notice`).
//! - [`query`]: writing the canonical, short and pinned queries back.

mod key;
mod notice;
mod parse;
mod query;
mod values;

pub use key::{add_max, KeySpec, NumberSpec, ScenarioKey, ELASTICITY_CHOICES, VIEW_CHOICES};
pub use notice::{Notice, NoticeKind, Parsed};
pub use parse::{LANG_CODES, UI_KEYS};

use crate::data::{Dataset, Viewpoint};
use crate::model::path::PATH_MONTHS;
use serde::Serialize;

/// The model's version label (the `m` URL parameter). Not data: it changes when formulas change.
pub const MODEL_VERSION: &str = "2.0.0";

/// The year of the dataset's snapshot a preset may replay (`snapshot_2009`, MODEL.md §8).
pub const SNAPSHOT_YEAR: u16 = 2009;

/// The URL scheme version (the `v` URL parameter).
pub const URL_VERSION: &str = "2";

/// First and last scenario year (MODEL.md §1–§2).
pub const FIRST_YEAR: u16 = 2024;
/// The last scenario year.
pub const LAST_YEAR: u16 = 2035;

/// Bounds of a numeric elasticity override (`ed=-0.3`, `es=0.2`). MODEL.md §2 refers to §5,
/// which gives sets, not bounds; these are structural guards (demand falls, supply rises with
/// price, and a unit elasticity is already far outside the short-run evidence of
/// data-reference §8), not calibration.
pub const ED_RANGE: (f64, f64) = (-2.0, 0.0);
/// Bounds of a numeric supply elasticity override.
pub const ES_RANGE: (f64, f64) = (0.0, 2.0);

/// An elasticity choice (MODEL.md §2 `ed`, `es`): a named set or a number overriding the
/// central value of every market.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Elasticity {
    /// The dataset's low set.
    Low,
    /// The dataset's central set.
    Central,
    /// The dataset's high set.
    High,
    /// One number for every market's central value.
    Value(f64),
}

impl Elasticity {
    /// The URL form: `low`, `central`, `high`, or the number.
    pub fn to_query_value(self) -> String {
        match self {
            Elasticity::Low => "low".into(),
            Elasticity::Central => "central".into(),
            Elasticity::High => "high".into(),
            Elasticity::Value(v) => format!("{v}"),
        }
    }
}

impl Serialize for Elasticity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Elasticity::Value(v) => s.serialize_f64(*v),
            other => s.serialize_str(&other.to_query_value()),
        }
    }
}

/// The inputs of one scenario (MODEL.md §2). Percentages are as in the URL (0–100).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    /// Scenario year `t`, 2024–2035.
    pub year: u16,
    /// Viewpoint `V`.
    pub view: Viewpoint,
    /// Share of normal exports China allows, %, per quota group.
    pub quota_light: f64,
    /// Heavy group (Dy, Tb oxide), %.
    pub quota_heavy: f64,
    /// Magnets, %.
    pub quota_magnet: f64,
    /// Per quota group (light, heavy, magnet): the export share follows, month by month, what
    /// actually left China (the dataset's `export_shares`; `quota_<group>=realised` in the
    /// URL). The group's `quota_*` then holds the average over the restriction's months.
    pub realised: [bool; 3],
    /// Probability each announced project is delivered, %. With `pipeline_by_status` it holds
    /// the average of the projects' own odds (what the slider shows).
    pub pipeline: f64,
    /// Each announced project is delivered with the odds of its status (the dataset's
    /// `projects.delivery.*`; `pipeline=status` in the URL, the default) rather than one
    /// `pipeline` chance for all.
    pub pipeline_by_status: bool,
    /// Years every announced project slips.
    pub delay: f64,
    /// Extra China-free capacity from 2026, t/yr NdPr-oxide eq. (mining, separation, metal).
    pub add_mining: f64,
    /// Separation, t/yr NdPr-oxide eq.
    pub add_separation: f64,
    /// Metal and alloy, t/yr NdPr-oxide eq.
    pub add_metal: f64,
    /// Extra magnet capacity from 2026, t/yr sintered NdFeB.
    pub add_magnet: f64,
    /// Demand growth outside China, %/yr.
    pub growth: f64,
    /// How long the restriction lasts, months from the path's first month (MODEL.md §2).
    pub months: f64,
    /// The path's first month, 1–12 (January = 1); presets set it (MODEL.md §8).
    pub start: f64,
    /// China's own output while the restriction lasts, % of normal.
    pub china_output: f64,
    /// China's export duty while the restriction lasts, %.
    pub export_duty: f64,
    /// Buyers' stocks outside China at the start, months of demand; `None`: each market's
    /// dataset default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buffer: Option<f64>,
    /// Buyers' stocks per quota group (light, heavy, magnet), over `buffer` (MODEL.md §2
    /// `buffer_light`/`buffer_heavy`/`buffer_magnet`): what a pinned link writes so that no
    /// later dataset default can move it. In JSON: the groups that are set, by name.
    #[serde(
        skip_serializing_if = "no_group_set",
        serialize_with = "serialize_groups"
    )]
    pub buffer_group: [Option<f64>; 3],
    /// Stocks held in China at the start, months of China's demand; `None`: dataset defaults.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buffer_cn: Option<f64>,
    /// Extra months of cover buyers outside China seek while restricted; `None`: calibrated
    /// default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panic: Option<f64>,
    /// Extra months of China's demand China's reserve and traders try to hold while restricted.
    pub china_stockpiling: f64,
    /// Demand elasticity choice (`ed`).
    pub ed: Elasticity,
    /// Supply elasticity choice (`es`).
    pub es: Elasticity,
    /// The preset the scenario started from, if any (explicit keys override it).
    pub preset: Option<String>,
}

fn no_group_set(g: &[Option<f64>; 3]) -> bool {
    g.iter().all(Option::is_none)
}

fn serialize_groups<S: serde::Serializer>(g: &[Option<f64>; 3], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(None)?;
    for (name, v) in QUOTA_GROUPS.iter().zip(g) {
        if let Some(v) = v {
            m.serialize_entry(name, v)?;
        }
    }
    m.end()
}

/// The quota value that follows the dataset's realised monthly exports.
pub const REALISED: &str = "realised";

/// The `pipeline` value that gives each project the delivery odds of its status.
pub const BY_STATUS: &str = "status";

/// The quota groups' names in the dataset (`export_shares.csv`).
const QUOTA_GROUPS: [&str; 3] = ["light", "heavy", "magnet"];

impl Scenario {
    /// The defaults of MODEL.md §2 (no preset).
    pub fn default_for(d: &Dataset) -> Scenario {
        Scenario {
            year: 2026,
            view: Viewpoint::Us,
            quota_light: 100.0,
            quota_heavy: 100.0,
            quota_magnet: 100.0,
            realised: [false; 3],
            pipeline: (d.mean_delivery_odds() * 100.0).round(),
            // The dataset's odds by status (an announced project 30 %, one being built 80 %…).
            pipeline_by_status: true,
            // The record: Iluka, USA Rare Earth and MP each started about 2 years late.
            delay: d.assumptions.default_delay.value,
            add_mining: 0.0,
            add_separation: 0.0,
            add_metal: 0.0,
            add_magnet: 0.0,
            growth: 6.0,
            months: 12.0,
            start: 1.0,
            china_output: 100.0,
            export_duty: 0.0,
            buffer: None,
            buffer_group: [None; 3],
            buffer_cn: None,
            panic: None,
            china_stockpiling: 0.0,
            ed: Elasticity::Central,
            es: Elasticity::Central,
            preset: None,
        }
    }

    /// Whether the scenario replays 2010–11 on the 2009 snapshot's markets (MODEL.md §8): its
    /// preset says so (`markets` = 2009 in presets.csv), whatever keys were set over it.
    pub fn replays_2009(&self, d: &Dataset) -> bool {
        self.preset
            .as_deref()
            .and_then(|id| d.preset(id))
            .is_some_and(|p| p.markets == SNAPSHOT_YEAR)
    }

    /// The calendar year of the path's first month: `year`, or on the 2009 replay the year
    /// after the snapshot (the restriction of 2010–11 starts in January 2010).
    pub fn path_year(&self, d: &Dataset) -> u16 {
        if self.replays_2009(d) {
            SNAPSHOT_YEAR + 1
        } else {
            self.year
        }
    }

    /// The export share of quota group `g` (0 light, 1 heavy, 2 magnet) in each month of the
    /// path: the slider's share, or with `realised` the dataset's recorded share for that
    /// month (a month with no record counts as normal trade, 1).
    pub fn export_shares(&self, d: &Dataset, g: usize) -> [f64; PATH_MONTHS] {
        if self.realised[g] {
            let first = crate::model::path::month_number(self.path_year(d), self.start, 0);
            d.export_shares_from::<PATH_MONTHS>(QUOTA_GROUPS[g], first)
                .map(|x| x.unwrap_or(1.0).max(0.0))
        } else {
            [[self.quota_light, self.quota_heavy, self.quota_magnet][g] / 100.0; PATH_MONTHS]
        }
    }

    /// For each realised group, the slider value: the average recorded share over the
    /// restriction's months, % (at most 100: more than normal trade restricts nothing).
    fn fill_realised(&mut self, d: &Dataset) {
        let n = self.months.round().clamp(1.0, 36.0) as usize;
        for g in 0..3 {
            if !self.realised[g] {
                continue;
            }
            let shares = self.export_shares(d, g);
            let sum: f64 = shares.iter().take(n).map(|x| x.min(1.0)).sum();
            let avg = (1000.0 * sum / n as f64).round() / 10.0;
            match g {
                0 => self.quota_light = avg,
                1 => self.quota_heavy = avg,
                _ => self.quota_magnet = avg,
            }
        }
    }

    /// The chance (0–1) that project `p` is delivered: its status' odds, or `pipeline` for all.
    pub fn delivery_chance(&self, d: &Dataset, p: &crate::data::Project) -> f64 {
        if self.pipeline_by_status {
            d.delivery_odds(p.status)
        } else {
            (self.pipeline / 100.0).clamp(0.0, 1.0)
        }
    }

    /// Buyers' stocks outside China for market `k` (MODEL.md §2): the group's own setting, else
    /// `buffer`, else the dataset's default (`None`).
    pub fn buffer_for(&self, k: usize) -> Option<f64> {
        self.buffer_group[[0, 1, 1, 2][k.min(3)]].or(self.buffer)
    }
}
