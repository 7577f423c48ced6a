//! The scenario's URL keys (MODEL.md §2) as one enum: names, labels, units, ranges and defaults
//! live here once, and parse, defaults, controls, downloads and tests all name keys through it.

use super::super::math::{log10, powf};
use super::Scenario;
use crate::data::{Chain, Dataset, MarketId, Viewpoint};
use serde::Serialize;

/// One URL key of the scenario, in the canonical query's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScenarioKey {
    /// `preset`: A named scenario to start from (presets.csv).
    Preset,
    /// `year`: The scenario year.
    Year,
    /// `view`: Whose dependence is measured.
    View,
    /// `quota_light`: China's light rare-earth exports allowed, % of normal.
    QuotaLight,
    /// `quota_heavy`: China's heavy rare-earth exports allowed, % of normal.
    QuotaHeavy,
    /// `quota_magnet`: China's magnet exports allowed, % of normal.
    QuotaMagnet,
    /// `pipeline`: The chance each announced project is delivered, %.
    Pipeline,
    /// `delay`: Years every project slips.
    Delay,
    /// `add_mining`: Extra mining capacity from 2026.
    AddMining,
    /// `add_separation`: Extra separation capacity from 2026.
    AddSeparation,
    /// `add_metal`: Extra metal and alloy capacity from 2026.
    AddMetal,
    /// `add_magnet`: Extra magnet capacity from 2026.
    AddMagnet,
    /// `growth`: Demand growth outside China, %/yr.
    Growth,
    /// `months`: How long the restriction lasts, months.
    Months,
    /// `start`: The path's first month.
    Start,
    /// `china_output`: China's own output while restricted, % of normal.
    ChinaOutput,
    /// `export_duty`: China's export duty while restricted, %.
    ExportDuty,
    /// `buffer`: Buyers' stocks outside China, months of demand (every market).
    Buffer,
    /// `buffer_light`: Buyers' stocks of NdPr oxide.
    BufferLight,
    /// `buffer_heavy`: Buyers' stocks of Dy and Tb oxide.
    BufferHeavy,
    /// `buffer_magnet`: Buyers' stocks of magnets.
    BufferMagnet,
    /// `buffer_cn`: Stocks held in China, months of its demand.
    BufferCn,
    /// `panic`: Extra cover buyers outside China seek while restricted.
    Panic,
    /// `china_stockpiling`: Extra cover China seeks while restricted.
    ChinaStockpiling,
    /// `ed`: The demand elasticity set or value.
    Ed,
    /// `es`: The supply elasticity set or value.
    Es,
}

/// The range and default of a numeric key. A `NaN` maximum is the dataset's (see [`add_max`]);
/// a `NaN` default is the dataset's value, applied while the key is unset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberSpec {
    /// The unit shown beside the value.
    pub unit: &'static str,
    /// The lowest value.
    pub min: f64,
    /// The highest value (`NaN`: the dataset's, see [`add_max`]).
    pub max: f64,
    /// The slider step (0: any value).
    pub step: f64,
    /// The value while the key is unset (`NaN`: the dataset's).
    pub default: f64,
}

const fn num(unit: &'static str, min: f64, max: f64, step: f64, default: f64) -> NumberSpec {
    NumberSpec {
        unit,
        min,
        max,
        step,
        default,
    }
}

const PERCENT_OF_NORMAL: NumberSpec = num("% of normal", 0.0, 100.0, 1.0, 100.0);
const ADDED: NumberSpec = num("t/yr NdPr oxide eq.", 0.0, f64::NAN, 0.0, 0.0);
const COVER: NumberSpec = num("months of demand", 0.0, 24.0, 0.5, f64::NAN);

/// The words a choice key accepts.
pub const VIEW_CHOICES: [&str; 6] = ["us", "exchina", "eu", "japan", "korea", "india"];
/// The words `ed` and `es` accept besides a number.
pub const ELASTICITY_CHOICES: [&str; 3] = ["low", "central", "high"];

impl ScenarioKey {
    /// Every key, in the canonical query's order.
    pub const ALL: [ScenarioKey; 26] = [
        ScenarioKey::Preset,
        ScenarioKey::Year,
        ScenarioKey::View,
        ScenarioKey::QuotaLight,
        ScenarioKey::QuotaHeavy,
        ScenarioKey::QuotaMagnet,
        ScenarioKey::Pipeline,
        ScenarioKey::Delay,
        ScenarioKey::AddMining,
        ScenarioKey::AddSeparation,
        ScenarioKey::AddMetal,
        ScenarioKey::AddMagnet,
        ScenarioKey::Growth,
        ScenarioKey::Months,
        ScenarioKey::Start,
        ScenarioKey::ChinaOutput,
        ScenarioKey::ExportDuty,
        ScenarioKey::Buffer,
        ScenarioKey::BufferLight,
        ScenarioKey::BufferHeavy,
        ScenarioKey::BufferMagnet,
        ScenarioKey::BufferCn,
        ScenarioKey::Panic,
        ScenarioKey::ChinaStockpiling,
        ScenarioKey::Ed,
        ScenarioKey::Es,
    ];

    /// The quota keys, in quota-group order (light, heavy, magnet).
    pub const QUOTAS: [ScenarioKey; 3] = [
        ScenarioKey::QuotaLight,
        ScenarioKey::QuotaHeavy,
        ScenarioKey::QuotaMagnet,
    ];

    /// The name in the URL.
    pub const fn name(self) -> &'static str {
        match self {
            ScenarioKey::Preset => "preset",
            ScenarioKey::Year => "year",
            ScenarioKey::View => "view",
            ScenarioKey::QuotaLight => "quota_light",
            ScenarioKey::QuotaHeavy => "quota_heavy",
            ScenarioKey::QuotaMagnet => "quota_magnet",
            ScenarioKey::Pipeline => "pipeline",
            ScenarioKey::Delay => "delay",
            ScenarioKey::AddMining => "add_mining",
            ScenarioKey::AddSeparation => "add_separation",
            ScenarioKey::AddMetal => "add_metal",
            ScenarioKey::AddMagnet => "add_magnet",
            ScenarioKey::Growth => "growth",
            ScenarioKey::Months => "months",
            ScenarioKey::Start => "start",
            ScenarioKey::ChinaOutput => "china_output",
            ScenarioKey::ExportDuty => "export_duty",
            ScenarioKey::Buffer => "buffer",
            ScenarioKey::BufferLight => "buffer_light",
            ScenarioKey::BufferHeavy => "buffer_heavy",
            ScenarioKey::BufferMagnet => "buffer_magnet",
            ScenarioKey::BufferCn => "buffer_cn",
            ScenarioKey::Panic => "panic",
            ScenarioKey::ChinaStockpiling => "china_stockpiling",
            ScenarioKey::Ed => "ed",
            ScenarioKey::Es => "es",
        }
    }

    /// The key with this URL name, if any.
    pub fn from_name(name: &str) -> Option<ScenarioKey> {
        ScenarioKey::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The label a control shows.
    pub const fn label(self) -> &'static str {
        match self {
            ScenarioKey::Preset => "Scenario",
            ScenarioKey::Year => "Scenario year",
            ScenarioKey::View => "Viewpoint",
            ScenarioKey::QuotaLight => "China's light rare-earth exports allowed",
            ScenarioKey::QuotaHeavy => "China's heavy rare-earth exports allowed",
            ScenarioKey::QuotaMagnet => "China's magnet exports allowed",
            ScenarioKey::Pipeline => "Chance each announced project is delivered",
            ScenarioKey::Delay => "Years every project slips",
            ScenarioKey::AddMining => "Extra mining capacity from 2026",
            ScenarioKey::AddSeparation => "Extra separation capacity from 2026",
            ScenarioKey::AddMetal => "Extra metal and alloy capacity from 2026",
            ScenarioKey::AddMagnet => "Extra magnet capacity from 2026",
            ScenarioKey::Growth => "Demand growth outside China",
            ScenarioKey::Months => "How long the restriction lasts",
            ScenarioKey::Start => "First month of the path",
            ScenarioKey::ChinaOutput => "China's own output while it lasts",
            ScenarioKey::ExportDuty => "China's export duty while it lasts",
            ScenarioKey::Buffer => "Buyers' stocks outside China",
            ScenarioKey::BufferLight => "Buyers' stocks of NdPr oxide",
            ScenarioKey::BufferHeavy => "Buyers' stocks of Dy and Tb oxide",
            ScenarioKey::BufferMagnet => "Buyers' stocks of magnets",
            ScenarioKey::BufferCn => "Stocks held in China",
            ScenarioKey::Panic => "Extra cover buyers seek while it lasts",
            ScenarioKey::ChinaStockpiling => "Extra cover China seeks while it lasts",
            ScenarioKey::Ed => "Demand elasticity set",
            ScenarioKey::Es => "Supply elasticity set",
        }
    }

    /// Range and default of a numeric key (MODEL.md §2); `None` for `preset`, `view`, `ed`, `es`.
    pub const fn number(self) -> Option<NumberSpec> {
        Some(match self {
            ScenarioKey::Preset | ScenarioKey::View | ScenarioKey::Ed | ScenarioKey::Es => {
                return None
            }
            ScenarioKey::Year => num("year", 2024.0, 2035.0, 1.0, 2026.0),
            ScenarioKey::QuotaLight | ScenarioKey::QuotaHeavy | ScenarioKey::QuotaMagnet => {
                PERCENT_OF_NORMAL
            }
            ScenarioKey::Pipeline => num("%", 0.0, 100.0, 1.0, 50.0),
            // The dataset's `assumptions.default_delay` (see `Scenario::default_for`).
            ScenarioKey::Delay => num("years", 0.0, 6.0, 1.0, f64::NAN),
            ScenarioKey::AddMining | ScenarioKey::AddSeparation | ScenarioKey::AddMetal => ADDED,
            ScenarioKey::AddMagnet => num("t/yr NdFeB", 0.0, f64::NAN, 0.0, 0.0),
            ScenarioKey::Growth => num("%/yr", 0.0, 15.0, 0.5, 6.0),
            ScenarioKey::Months => num("months", 1.0, 36.0, 1.0, 12.0),
            ScenarioKey::Start => num("month", 1.0, 12.0, 1.0, 1.0),
            ScenarioKey::ChinaOutput => num("% of normal", 40.0, 120.0, 1.0, 100.0),
            ScenarioKey::ExportDuty => num("%", 0.0, 50.0, 1.0, 0.0),
            ScenarioKey::Buffer
            | ScenarioKey::BufferLight
            | ScenarioKey::BufferHeavy
            | ScenarioKey::BufferMagnet => COVER,
            // Extra cover sought on top of the stocks: up to a year (MODEL.md §2).
            ScenarioKey::Panic => num("months of demand", 0.0, 12.0, 0.5, f64::NAN),
            ScenarioKey::BufferCn => num("months of China's demand", 0.0, 24.0, 0.5, f64::NAN),
            ScenarioKey::ChinaStockpiling => num("months of China's demand", 0.0, 12.0, 0.5, 0.0),
        })
    }

    /// The words a choice key accepts (empty for numbers and `preset`).
    pub const fn choices(self) -> &'static [&'static str] {
        match self {
            ScenarioKey::View => &VIEW_CHOICES,
            ScenarioKey::Ed | ScenarioKey::Es => &ELASTICITY_CHOICES,
            _ => &[],
        }
    }

    /// The quota group (0 light, 1 heavy, 2 magnet) of a quota key.
    pub fn quota_group(self) -> Option<usize> {
        ScenarioKey::QUOTAS.iter().position(|k| *k == self)
    }

    /// An `add_*` key: its maximum depends on the dataset and the viewpoint.
    pub const fn is_added_capacity(self) -> bool {
        matches!(
            self,
            ScenarioKey::AddMining
                | ScenarioKey::AddSeparation
                | ScenarioKey::AddMetal
                | ScenarioKey::AddMagnet
        )
    }

    /// The keys that setting this one replaces (a reader moving the one `buffer` slider sets
    /// every group's cover).
    pub const fn replaces(self) -> &'static [ScenarioKey] {
        match self {
            ScenarioKey::Buffer => &[
                ScenarioKey::BufferLight,
                ScenarioKey::BufferHeavy,
                ScenarioKey::BufferMagnet,
            ],
            _ => &[],
        }
    }
}

impl std::fmt::Display for ScenarioKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for ScenarioKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// How a slider or choice is shown (so the UI builds controls from the model's own ranges).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeySpec {
    /// The key.
    pub key: ScenarioKey,
    /// Its label on the control.
    pub label: &'static str,
    /// The unit shown beside the value.
    pub unit: &'static str,
    /// The lowest value.
    pub min: f64,
    /// The highest value, for the scenario's viewpoint.
    pub max: f64,
    /// The slider step.
    pub step: f64,
    /// The default value.
    pub default: f64,
    /// For choice keys (`view`, `ed`, `es`), the allowed words; empty for numbers.
    pub choices: &'static [&'static str],
    /// For choice keys, the default word.
    pub default_choice: &'static str,
}

/// Upper bound of an `add_*` key: 5× today's viewpoint need (MODEL.md §2). Light-chain need in
/// NdPr-oxide eq. for mining, separation and metal; for magnets in t NdFeB = need ÷ NdPr
/// content per kg magnet.
pub fn add_max(key: ScenarioKey, d: &Dataset, view: Viewpoint) -> f64 {
    let need = d.need(view, Chain::Light).need.value.max(0.0);
    let v = match key {
        ScenarioKey::AddMagnet => {
            let per_kg = d.magnet.ndpr_per_kg.value;
            if per_kg > 0.0 {
                need / per_kg
            } else {
                need
            }
        }
        _ => need,
    };
    5.0 * v
}

/// A slider step of about a hundredth of the range, rounded down to 1, 2 or 5 × 10^k.
fn nice_step(max: f64) -> f64 {
    if max.is_nan() || max <= 0.0 {
        return 1.0;
    }
    let raw = max / 100.0;
    let p = powf(10f64, log10(raw).floor());
    let m = raw / p;
    let unit = if m >= 5.0 {
        5.0
    } else if m >= 2.0 {
        2.0
    } else {
        1.0
    };
    (unit * p).max(1.0)
}

impl Scenario {
    /// The keys with label, unit, range, step and default, for the viewpoint `view` (the
    /// `add_*` ranges depend on it), in the canonical order without `preset`.
    pub fn keys(d: &Dataset, view: Viewpoint) -> Vec<KeySpec> {
        let magnet = d.market(MarketId::Magnet);
        ScenarioKey::ALL
            .into_iter()
            .filter(|k| *k != ScenarioKey::Preset)
            .map(|key| {
                let Some(n) = key.number() else {
                    return KeySpec {
                        key,
                        label: key.label(),
                        unit: "",
                        min: 0.0,
                        max: 0.0,
                        step: 0.0,
                        default: 0.0,
                        choices: key.choices(),
                        default_choice: key.choices()[match key {
                            ScenarioKey::View => 0,
                            _ => 1,
                        }],
                    };
                };
                let (max, step) = if key.is_added_capacity() {
                    let m = add_max(key, d, view);
                    (m, nice_step(m))
                } else {
                    (n.max, n.step)
                };
                // Optional keys show the dataset's value until the reader sets one (the magnet
                // market's cover stands for all four: it is the one the headlines lead with).
                let default = match key {
                    ScenarioKey::Buffer => magnet.buffer.value,
                    ScenarioKey::BufferCn => magnet.buffer_cn.value,
                    ScenarioKey::Panic => d.behaviour.panic.central.value,
                    ScenarioKey::Delay => d.assumptions.default_delay.value,
                    _ => n.default,
                };
                KeySpec {
                    key,
                    label: key.label(),
                    unit: n.unit,
                    min: n.min,
                    max,
                    step,
                    default,
                    choices: &[],
                    default_choice: "",
                }
            })
            .collect()
    }

    /// The value of a numeric key; `NaN` for an optional key left to the dataset, or a choice.
    pub fn number(&self, key: ScenarioKey) -> f64 {
        match key {
            ScenarioKey::Year => f64::from(self.year),
            ScenarioKey::QuotaLight => self.quota_light,
            ScenarioKey::QuotaHeavy => self.quota_heavy,
            ScenarioKey::QuotaMagnet => self.quota_magnet,
            ScenarioKey::Pipeline => self.pipeline,
            ScenarioKey::Delay => self.delay,
            ScenarioKey::AddMining => self.add_mining,
            ScenarioKey::AddSeparation => self.add_separation,
            ScenarioKey::AddMetal => self.add_metal,
            ScenarioKey::AddMagnet => self.add_magnet,
            ScenarioKey::Growth => self.growth,
            ScenarioKey::Months => self.months,
            ScenarioKey::Start => self.start,
            ScenarioKey::ChinaOutput => self.china_output,
            ScenarioKey::ExportDuty => self.export_duty,
            ScenarioKey::Buffer => self.buffer.unwrap_or(f64::NAN),
            ScenarioKey::BufferLight => self.buffer_group[0].unwrap_or(f64::NAN),
            ScenarioKey::BufferHeavy => self.buffer_group[1].unwrap_or(f64::NAN),
            ScenarioKey::BufferMagnet => self.buffer_group[2].unwrap_or(f64::NAN),
            ScenarioKey::BufferCn => self.buffer_cn.unwrap_or(f64::NAN),
            ScenarioKey::Panic => self.panic.unwrap_or(f64::NAN),
            ScenarioKey::ChinaStockpiling => self.china_stockpiling,
            ScenarioKey::Preset | ScenarioKey::View | ScenarioKey::Ed | ScenarioKey::Es => f64::NAN,
        }
    }

    /// Sets a numeric key to an already checked value (whole years and months are rounded by
    /// the parser first). Choice keys are not numbers and are left alone.
    pub(super) fn set_number(&mut self, key: ScenarioKey, v: f64) {
        match key {
            // The parser clamps to 2024–2035 and rounds first, so the conversion is exact.
            ScenarioKey::Year => self.year = v as u16,
            ScenarioKey::QuotaLight => (self.quota_light, self.realised[0]) = (v, false),
            ScenarioKey::QuotaHeavy => (self.quota_heavy, self.realised[1]) = (v, false),
            ScenarioKey::QuotaMagnet => (self.quota_magnet, self.realised[2]) = (v, false),
            ScenarioKey::Pipeline => (self.pipeline, self.pipeline_by_status) = (v, false),
            ScenarioKey::Delay => self.delay = v,
            ScenarioKey::AddMining => self.add_mining = v,
            ScenarioKey::AddSeparation => self.add_separation = v,
            ScenarioKey::AddMetal => self.add_metal = v,
            ScenarioKey::AddMagnet => self.add_magnet = v,
            ScenarioKey::Growth => self.growth = v,
            ScenarioKey::Months => self.months = v,
            ScenarioKey::Start => self.start = v,
            ScenarioKey::ChinaOutput => self.china_output = v,
            ScenarioKey::ExportDuty => self.export_duty = v,
            // One cover for every market: it replaces any per-group one.
            ScenarioKey::Buffer => (self.buffer, self.buffer_group) = (Some(v), [None; 3]),
            ScenarioKey::BufferLight => self.buffer_group[0] = Some(v),
            ScenarioKey::BufferHeavy => self.buffer_group[1] = Some(v),
            ScenarioKey::BufferMagnet => self.buffer_group[2] = Some(v),
            ScenarioKey::BufferCn => self.buffer_cn = Some(v),
            ScenarioKey::Panic => self.panic = Some(v),
            ScenarioKey::ChinaStockpiling => self.china_stockpiling = v,
            ScenarioKey::Preset | ScenarioKey::View | ScenarioKey::Ed | ScenarioKey::Es => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_by_name_and_views_match_the_dataset() {
        for k in ScenarioKey::ALL {
            assert_eq!(ScenarioKey::from_name(k.name()), Some(k));
        }
        let views: Vec<&str> = Viewpoint::ALL.iter().map(|v| v.key()).collect();
        assert_eq!(views, VIEW_CHOICES);
    }
}
