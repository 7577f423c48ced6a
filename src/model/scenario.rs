//! The scenario: the v1 URL keys of MODEL.md §2, parsed, corrected and written back.
//!
//! Parsing never fails: unknown keys are ignored, out-of-range numbers clamped, malformed values
//! replaced by the default, and each correction yields a [`Notice`] in plain language. Keys the
//! UI layer owns (`embed`, `hide`, …) are ignored silently.

use super::math::{log10, powf};
use crate::data::{Chain, Dataset, Viewpoint};
use serde::Serialize;

/// The model's version label (the `m` URL parameter). Not data: it changes when formulas change.
pub const MODEL_VERSION: &str = "2.0.0";

/// The URL scheme version (the `v` URL parameter).
pub const URL_VERSION: &str = "2";

/// First and last scenario year (MODEL.md §1–§2).
pub const FIRST_YEAR: u16 = 2024;
pub const LAST_YEAR: u16 = 2035;

/// Keys the UI layer owns; the model ignores them without a notice.
pub const UI_KEYS: [&str; 12] = [
    "embed",
    "hide",
    "lock",
    "caption",
    "dark",
    "plain",
    "static",
    "lang",
    "childId",
    "parentUrl",
    "initialWidth",
    "highlight",
];

/// Bounds of a numeric elasticity override (`ed=-0.3`, `es=0.2`). MODEL.md §2 refers to §5,
/// which gives sets, not bounds; these are structural guards (demand falls, supply rises with
/// price, and a unit elasticity is already far outside the short-run evidence of
/// data-reference §8), not calibration.
pub const ED_RANGE: (f64, f64) = (-2.0, 0.0);
pub const ES_RANGE: (f64, f64) = (0.0, 2.0);

/// An elasticity choice (MODEL.md §2 `ed`, `es`): a named set or a number overriding the
/// central value of every market.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Elasticity {
    Low,
    Central,
    High,
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
    pub quota_heavy: f64,
    pub quota_magnet: f64,
    /// Per quota group (light, heavy, magnet): the export share follows, month by month, what
    /// actually left China (the dataset's `export_shares`; `quota_<group>=realised` in the
    /// URL). The group's `quota_*` then holds the average over the restriction's months.
    pub realised: [bool; 3],
    /// Probability each announced project is delivered, %.
    pub pipeline: f64,
    /// Years every announced project slips.
    pub delay: f64,
    /// Extra China-free capacity from 2026, t/yr NdPr-oxide eq. (mining, separation, metal).
    pub add_mining: f64,
    pub add_separation: f64,
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
    pub ed: Elasticity,
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

/// What kind of correction a [`Notice`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A key the model does not know.
    UnknownKey,
    /// A number outside its range, clamped.
    Clamped,
    /// A value that could not be read; the default is used.
    Malformed,
    /// A preset id that does not exist.
    UnknownPreset,
    /// A key given more than once; the last wins.
    Repeated,
    /// The link was made with another URL scheme, data vintage or model version.
    Version,
    /// Something about the result the reader should know (backstop reached, …).
    Model,
}

/// One plain-language line shown to the reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    /// The URL key concerned (empty for model-level notices).
    pub key: String,
    pub kind: NoticeKind,
    pub message: String,
}

impl Notice {
    pub fn new(key: &str, kind: NoticeKind, message: String) -> Self {
        Notice {
            key: key.to_string(),
            kind,
            message,
        }
    }
}

/// How a slider or choice is shown (so the UI builds controls from the model's own ranges).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeySpec {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub default: f64,
    /// For choice keys (`view`, `ed`, `es`), the allowed words; empty for numbers.
    pub choices: &'static [&'static str],
    /// For choice keys, the default word.
    pub default_choice: &'static str,
}

/// A scenario read from a query string, with the corrections made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parsed {
    pub scenario: Scenario,
    pub notices: Vec<Notice>,
}

/// The numeric keys, their labels and units, and the spec's ranges (MODEL.md §2).
/// `add_*` maxima depend on the dataset and the viewpoint (see [`add_max`]).
const NUMERIC: [(&str, &str, &str, f64, f64, f64, f64); 22] = [
    // key, label, unit, min, max, step, default
    ("year", "Scenario year", "year", 2024.0, 2035.0, 1.0, 2026.0),
    (
        "quota_light",
        "China's light rare-earth exports allowed",
        "% of normal",
        0.0,
        100.0,
        1.0,
        100.0,
    ),
    (
        "quota_heavy",
        "China's heavy rare-earth exports allowed",
        "% of normal",
        0.0,
        100.0,
        1.0,
        100.0,
    ),
    (
        "quota_magnet",
        "China's magnet exports allowed",
        "% of normal",
        0.0,
        100.0,
        1.0,
        100.0,
    ),
    (
        "pipeline",
        "Chance each announced project is delivered",
        "%",
        0.0,
        100.0,
        1.0,
        50.0,
    ),
    (
        "delay",
        "Years every project slips",
        "years",
        0.0,
        6.0,
        1.0,
        // The dataset's `assumptions.default_delay` (see `Scenario::default_for`).
        f64::NAN,
    ),
    (
        "add_mining",
        "Extra mining capacity from 2026",
        "t/yr NdPr oxide eq.",
        0.0,
        f64::NAN,
        0.0,
        0.0,
    ),
    (
        "add_separation",
        "Extra separation capacity from 2026",
        "t/yr NdPr oxide eq.",
        0.0,
        f64::NAN,
        0.0,
        0.0,
    ),
    (
        "add_metal",
        "Extra metal and alloy capacity from 2026",
        "t/yr NdPr oxide eq.",
        0.0,
        f64::NAN,
        0.0,
        0.0,
    ),
    (
        "add_magnet",
        "Extra magnet capacity from 2026",
        "t/yr NdFeB",
        0.0,
        f64::NAN,
        0.0,
        0.0,
    ),
    (
        "growth",
        "Demand growth outside China",
        "%/yr",
        0.0,
        15.0,
        0.5,
        6.0,
    ),
    (
        "months",
        "How long the restriction lasts",
        "months",
        1.0,
        36.0,
        1.0,
        12.0,
    ),
    (
        "start",
        "First month of the path",
        "month",
        1.0,
        12.0,
        1.0,
        1.0,
    ),
    (
        "china_output",
        "China's own output while it lasts",
        "% of normal",
        40.0,
        120.0,
        1.0,
        100.0,
    ),
    (
        "export_duty",
        "China's export duty while it lasts",
        "%",
        0.0,
        50.0,
        1.0,
        0.0,
    ),
    (
        "buffer",
        "Buyers' stocks outside China",
        "months of demand",
        0.0,
        24.0,
        0.5,
        f64::NAN,
    ),
    (
        "buffer_light",
        "Buyers' stocks of NdPr oxide",
        "months of demand",
        0.0,
        24.0,
        0.5,
        f64::NAN,
    ),
    (
        "buffer_heavy",
        "Buyers' stocks of Dy and Tb oxide",
        "months of demand",
        0.0,
        24.0,
        0.5,
        f64::NAN,
    ),
    (
        "buffer_magnet",
        "Buyers' stocks of magnets",
        "months of demand",
        0.0,
        24.0,
        0.5,
        f64::NAN,
    ),
    (
        "buffer_cn",
        "Stocks held in China",
        "months of China's demand",
        0.0,
        24.0,
        0.5,
        f64::NAN,
    ),
    (
        "panic",
        "Extra cover buyers seek while it lasts",
        "months of demand",
        0.0,
        12.0,
        0.5,
        f64::NAN,
    ),
    (
        "china_stockpiling",
        "Extra cover China seeks while it lasts",
        "months of China's demand",
        0.0,
        12.0,
        0.5,
        0.0,
    ),
];

/// The quota keys, in quota-group order (light, heavy, magnet).
pub const QUOTA_KEYS: [&str; 3] = ["quota_light", "quota_heavy", "quota_magnet"];

/// The quota value that follows the dataset's realised monthly exports.
pub const REALISED: &str = "realised";

/// The quota groups' names in the dataset (`export_shares.csv`).
const QUOTA_GROUPS: [&str; 3] = ["light", "heavy", "magnet"];

const VIEW_CHOICES: [&str; 6] = ["us", "exchina", "eu", "japan", "korea", "india"];
const ELASTICITY_CHOICES: [&str; 3] = ["low", "central", "high"];

/// Upper bound of an `add_*` key: 5× today's viewpoint need (MODEL.md §2). Light-chain need in
/// NdPr-oxide eq. for mining, separation and metal; for magnets in t NdFeB = need ÷ NdPr
/// content per kg magnet.
pub fn add_max(key: &str, d: &Dataset, view: Viewpoint) -> f64 {
    let need = d.need(view, Chain::Light).need.value.max(0.0);
    let v = match key {
        "add_magnet" => {
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

/// Short text of a user value for a notice (long or odd values are cut).
fn shown(value: &str) -> String {
    let mut s: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Unknown keys shown one by one at most; beyond that one line counts the rest, so a junk link
/// cannot bury the reader under hundreds of lines.
const UNKNOWN_SHOWN: usize = 3;

fn collapse_unknown(notices: Vec<Notice>) -> Vec<Notice> {
    let unknown = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnknownKey)
        .count();
    if unknown <= UNKNOWN_SHOWN + 1 {
        return notices;
    }
    let mut seen = 0;
    let mut out: Vec<Notice> = notices
        .into_iter()
        .filter(|n| {
            if n.kind != NoticeKind::UnknownKey {
                return true;
            }
            seen += 1;
            seen <= UNKNOWN_SHOWN
        })
        .collect();
    out.push(Notice::new(
        "",
        NoticeKind::UnknownKey,
        format!(
            "{} more settings this calculator does not know were ignored.",
            unknown - UNKNOWN_SHOWN
        ),
    ));
    out
}

fn fmt_num(v: f64) -> String {
    format!("{v}")
}

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
            pipeline: 50.0,
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

    /// The keys with label, unit, range, step and default, for the viewpoint `view` (the
    /// `add_*` ranges depend on it). Order: as in MODEL.md §2.
    pub fn keys(d: &Dataset, view: Viewpoint) -> Vec<KeySpec> {
        let mut out = Vec::with_capacity(16);
        out.push(KeySpec {
            key: "view",
            label: "Viewpoint",
            unit: "",
            min: 0.0,
            max: 0.0,
            step: 0.0,
            default: 0.0,
            choices: &VIEW_CHOICES,
            default_choice: "us",
        });
        for (key, label, unit, min, max, step, default) in NUMERIC {
            let (max, step) = if key.starts_with("add_") {
                let m = add_max(key, d, view);
                (m, nice_step(m))
            } else {
                (max, step)
            };
            // Optional keys show the dataset's value until the reader sets one (the magnet
            // market's cover stands for all four: it is the one the headlines lead with).
            let magnet = d.market(crate::data::MarketId::Magnet);
            let default = match key {
                "buffer" => magnet.buffer.value,
                "buffer_cn" => magnet.buffer_cn.value,
                "panic" => d.behaviour.panic.central.value,
                "delay" => d.assumptions.default_delay.value,
                _ => default,
            };
            out.push(KeySpec {
                key,
                label,
                unit,
                min,
                max,
                step,
                default,
                choices: &[],
                default_choice: "",
            });
        }
        for (key, label) in [
            ("ed", "Demand elasticity set"),
            ("es", "Supply elasticity set"),
        ] {
            out.push(KeySpec {
                key,
                label,
                unit: "",
                min: 0.0,
                max: 0.0,
                step: 0.0,
                default: 0.0,
                choices: &ELASTICITY_CHOICES,
                default_choice: "central",
            });
        }
        out
    }

    /// Reads a query string (with or without a leading `?`; a `#fragment` is dropped),
    /// dropping the notices. See [`Scenario::parse`].
    pub fn from_query(query: &str, d: &Dataset) -> Scenario {
        Scenario::parse(query, d).scenario
    }

    /// Reads a query string: `preset=<id>` first, explicit keys over it, then every value
    /// checked. Never panics.
    pub fn parse(query: &str, d: &Dataset) -> Parsed {
        let mut notices = Vec::new();
        let q = query.trim();
        let q = q.split('#').next().unwrap_or("");
        let q = match q.find('?') {
            Some(i) => &q[i + 1..],
            None => q,
        };
        // Last occurrence of each key wins.
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (k, v) in form_urlencoded::parse(q.as_bytes()) {
            let (k, v) = (k.trim().to_string(), v.trim().to_string());
            if k.is_empty() {
                continue;
            }
            if let Some(slot) = pairs.iter_mut().find(|(pk, _)| *pk == k) {
                // One notice per key, however often it repeats; the key is shown cut, like values.
                let key = shown(&k);
                notices.retain(|n: &Notice| !(n.kind == NoticeKind::Repeated && n.key == key));
                notices.push(Notice::new(
                    &key,
                    NoticeKind::Repeated,
                    format!(
                        "{key} was given more than once; using the last value ({}).",
                        shown(&v)
                    ),
                ));
                slot.1 = v;
            } else {
                pairs.push((k, v));
            }
        }
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };

        let mut s = Scenario::default_for(d);
        // The preset's own keys, then the explicit ones over them.
        let mut preset_pairs: Vec<(String, String)> = Vec::new();
        if let Some(id) = get("preset") {
            if id.is_empty() {
                // `preset=` means none.
            } else if let Some(p) = d.preset(id) {
                s.preset = Some(p.id.to_string());
                for (k, v) in form_urlencoded::parse(p.query.as_bytes()) {
                    preset_pairs.push((k.trim().to_string(), v.trim().to_string()));
                }
            } else {
                let known: Vec<&str> = d.presets.iter().map(|p| p.id).collect();
                notices.push(Notice::new(
                    "preset",
                    NoticeKind::UnknownPreset,
                    format!(
                        "There is no preset called “{}”; using the defaults instead. Presets: {}.",
                        shown(id),
                        known.join(", ")
                    ),
                ));
            }
        }
        let value_of = |key: &str| -> Option<(&str, bool)> {
            get(key).map(|v| (v, true)).or_else(|| {
                preset_pairs
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| (v.as_str(), false))
            })
        };

        // Unknown keys and version keys.
        for (k, v) in &pairs {
            let known = k == "preset"
                || k == "view"
                || k == "ed"
                || k == "es"
                || NUMERIC.iter().any(|n| n.0 == k);
            match k.as_str() {
                "v" if v == "1" => notices.push(Notice::new(
                    "v",
                    NoticeKind::Version,
                    "This link was made for model 1: its settings keep their meaning (a restriction that lasts a year) and the numbers now come from model 2, a monthly market with stocks.".to_string(),
                )),
                "v" => {
                    if v != URL_VERSION {
                        notices.push(Notice::new(
                            "v",
                            NoticeKind::Version,
                            format!(
                                "This link uses settings version {}; it was read as version {URL_VERSION}.",
                                shown(v)
                            ),
                        ));
                    }
                }
                "d" => {
                    if v != d.vintage {
                        notices.push(Notice::new(
                            "d",
                            NoticeKind::Version,
                            format!(
                                "This link was made with the data of {}; the numbers use the current data ({}).",
                                shown(v),
                                d.vintage
                            ),
                        ));
                    }
                }
                "m" => {
                    if v != MODEL_VERSION {
                        notices.push(Notice::new(
                            "m",
                            NoticeKind::Version,
                            format!(
                                "This link was made with model version {}; the numbers use version {MODEL_VERSION}.",
                                shown(v)
                            ),
                        ));
                    }
                }
                _ if known || UI_KEYS.contains(&k.as_str()) => {}
                _ => notices.push(Notice::new(
                    &shown(k),
                    NoticeKind::UnknownKey,
                    format!(
                        "“{}” is not a setting this calculator knows; it was ignored.",
                        shown(k)
                    ),
                )),
            }
        }

        // The viewpoint first: the add_* ranges depend on it.
        if let Some((v, explicit)) = value_of("view") {
            match v.to_ascii_lowercase().as_str() {
                "us" => s.view = Viewpoint::Us,
                "exchina" => s.view = Viewpoint::Exchina,
                "eu" => s.view = Viewpoint::Eu,
                "japan" => s.view = Viewpoint::Japan,
                "korea" => s.view = Viewpoint::Korea,
                "india" => s.view = Viewpoint::India,
                _ => {
                    let who = if explicit { "" } else { " (in the preset)" };
                    notices.push(Notice::new(
                        "view",
                        NoticeKind::Malformed,
                        format!(
                            "view={}{who} is not one of “us”, “exchina”, “eu”, “japan”, “korea”, “india”; using “us”.",
                            shown(v)
                        ),
                    ));
                }
            }
        }

        for (key, _label, _unit, min, max, _step, default) in NUMERIC {
            let Some((raw, _)) = value_of(key) else {
                continue;
            };
            if let Some(g) = QUOTA_KEYS.iter().position(|k| *k == key) {
                if raw.eq_ignore_ascii_case(REALISED) {
                    s.realised[g] = true;
                    continue;
                }
            }
            let max = if key.starts_with("add_") {
                add_max(key, d, s.view)
            } else {
                max
            };
            let value = match raw.parse::<f64>() {
                Ok(v) if v.is_finite() => {
                    // `+ 0.0` turns −0 into 0, so a link never reads "quota_magnet=-0".
                    let c = v.clamp(min, max) + 0.0;
                    if c != v {
                        notices.push(Notice::new(
                            key,
                            NoticeKind::Clamped,
                            format!(
                                "{key}={} is outside {}–{}; using {}.",
                                shown(raw),
                                fmt_num(min),
                                fmt_num(max),
                                fmt_num(c)
                            ),
                        ));
                    }
                    c
                }
                _ => {
                    let fallback = if default.is_nan() {
                        "the dataset's value".to_string()
                    } else {
                        fmt_num(default)
                    };
                    notices.push(Notice::new(
                        key,
                        NoticeKind::Malformed,
                        format!("{key}={} was not a number; using {fallback}.", shown(raw)),
                    ));
                    if default.is_nan() {
                        continue;
                    }
                    default
                }
            };
            s.set_number(key, value, &mut notices);
        }

        for key in ["ed", "es"] {
            let Some((raw, _)) = value_of(key) else {
                continue;
            };
            let (lo, hi) = if key == "ed" { ED_RANGE } else { ES_RANGE };
            let e = match raw.to_ascii_lowercase().as_str() {
                "low" => Elasticity::Low,
                "central" => Elasticity::Central,
                "high" => Elasticity::High,
                _ => match raw.parse::<f64>() {
                    Ok(v) if v.is_finite() => {
                        let v = if key == "ed" && v > 0.0 {
                            notices.push(Notice::new(
                                key,
                                NoticeKind::Clamped,
                                format!(
                                    "ed={} should be negative (demand falls when prices rise); using {}.",
                                    shown(raw),
                                    fmt_num(-v)
                                ),
                            ));
                            -v
                        } else {
                            v
                        };
                        let c = v.clamp(lo, hi);
                        if c != v {
                            notices.push(Notice::new(
                                key,
                                NoticeKind::Clamped,
                                format!(
                                    "{key}={} is outside {}–{}; using {}.",
                                    shown(raw),
                                    fmt_num(lo),
                                    fmt_num(hi),
                                    fmt_num(c)
                                ),
                            ));
                        }
                        Elasticity::Value(c + 0.0)
                    }
                    _ => {
                        notices.push(Notice::new(
                            key,
                            NoticeKind::Malformed,
                            format!(
                                "{key}={} is not “low”, “central”, “high” or a number; using “central”.",
                                shown(raw)
                            ),
                        ));
                        Elasticity::Central
                    }
                },
            };
            if key == "ed" {
                s.ed = e;
            } else {
                s.es = e;
            }
        }
        s.fill_realised(d);
        Parsed {
            scenario: s,
            notices: collapse_unknown(notices),
        }
    }

    fn set_number(&mut self, key: &str, v: f64, notices: &mut Vec<Notice>) {
        match key {
            "year" => {
                let r = v.round();
                if r != v {
                    notices.push(Notice::new(
                        key,
                        NoticeKind::Clamped,
                        format!(
                            "year={} is not a whole year; using {}.",
                            fmt_num(v),
                            fmt_num(r)
                        ),
                    ));
                }
                // r is within 2024–2035 after clamping, so the conversion is exact.
                self.year = r as u16;
            }
            "quota_light" => (self.quota_light, self.realised[0]) = (v, false),
            "quota_heavy" => (self.quota_heavy, self.realised[1]) = (v, false),
            "quota_magnet" => (self.quota_magnet, self.realised[2]) = (v, false),
            "pipeline" => self.pipeline = v,
            "delay" => self.delay = v,
            "add_mining" => self.add_mining = v,
            "add_separation" => self.add_separation = v,
            "add_metal" => self.add_metal = v,
            "add_magnet" => self.add_magnet = v,
            "growth" => self.growth = v,
            "months" | "start" => self.set_whole(key, v, notices),
            "china_output" => self.china_output = v,
            "export_duty" => self.export_duty = v,
            // One cover for every market: it replaces any per-group one.
            "buffer" => (self.buffer, self.buffer_group) = (Some(v), [None; 3]),
            "buffer_light" => self.buffer_group[0] = Some(v),
            "buffer_heavy" => self.buffer_group[1] = Some(v),
            "buffer_magnet" => self.buffer_group[2] = Some(v),
            "buffer_cn" => self.buffer_cn = Some(v),
            "panic" => self.panic = Some(v),
            "china_stockpiling" => self.china_stockpiling = v,
            _ => {}
        }
    }

    /// The export share of quota group `g` (0 light, 1 heavy, 2 magnet) in month `i` of the
    /// path: the slider's share, or with `realised` the dataset's recorded share for that
    /// month (a month with no record counts as normal trade, 1).
    pub fn export_share(&self, d: &Dataset, g: usize, i: usize) -> f64 {
        if self.realised[g] {
            let month = crate::model::month_label(self.year, self.start, i);
            d.export_share(QUOTA_GROUPS[g], &month)
                .unwrap_or(1.0)
                .max(0.0)
        } else {
            [self.quota_light, self.quota_heavy, self.quota_magnet][g] / 100.0
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
            let sum: f64 = (0..n).map(|i| self.export_share(d, g, i).min(1.0)).sum();
            let avg = (1000.0 * sum / n as f64).round() / 10.0;
            match g {
                0 => self.quota_light = avg,
                1 => self.quota_heavy = avg,
                _ => self.quota_magnet = avg,
            }
        }
    }

    /// Sets `months` or `start`, which count whole months.
    fn set_whole(&mut self, key: &str, v: f64, notices: &mut Vec<Notice>) {
        let r = v.round();
        if r != v {
            notices.push(Notice::new(
                key,
                NoticeKind::Clamped,
                format!(
                    "{key}={} is not a whole number of months; using {}.",
                    fmt_num(v),
                    fmt_num(r)
                ),
            ));
        }
        if key == "months" {
            self.months = r;
        } else {
            self.start = r;
        }
    }

    fn number(&self, key: &str) -> f64 {
        match key {
            "year" => f64::from(self.year),
            "quota_light" => self.quota_light,
            "quota_heavy" => self.quota_heavy,
            "quota_magnet" => self.quota_magnet,
            "pipeline" => self.pipeline,
            "delay" => self.delay,
            "add_mining" => self.add_mining,
            "add_separation" => self.add_separation,
            "add_metal" => self.add_metal,
            "add_magnet" => self.add_magnet,
            "growth" => self.growth,
            "months" => self.months,
            "start" => self.start,
            "china_output" => self.china_output,
            "export_duty" => self.export_duty,
            "buffer" => self.buffer.unwrap_or(f64::NAN),
            "buffer_light" => self.buffer_group[0].unwrap_or(f64::NAN),
            "buffer_heavy" => self.buffer_group[1].unwrap_or(f64::NAN),
            "buffer_magnet" => self.buffer_group[2].unwrap_or(f64::NAN),
            "buffer_cn" => self.buffer_cn.unwrap_or(f64::NAN),
            "panic" => self.panic.unwrap_or(f64::NAN),
            "china_stockpiling" => self.china_stockpiling,
            _ => f64::NAN,
        }
    }

    /// The value of one key as written in the URL.
    pub fn query_value(&self, key: &str) -> Option<String> {
        if let Some(g) = QUOTA_KEYS.iter().position(|k| *k == key) {
            if self.realised[g] {
                return Some(REALISED.to_string());
            }
        }
        match key {
            "view" => Some(self.view.key().to_string()),
            "ed" => Some(self.ed.to_query_value()),
            "es" => Some(self.es.to_query_value()),
            "preset" => self.preset.clone(),
            k if NUMERIC.iter().any(|n| n.0 == k) => {
                let v = self.number(k);
                // An optional key that was not set is not written: the dataset's value applies.
                (!v.is_nan()).then(|| fmt_num(v))
            }
            _ => None,
        }
    }

    fn all_keys() -> impl Iterator<Item = &'static str> {
        ["preset", "year", "view"]
            .into_iter()
            .chain(NUMERIC.iter().map(|n| n.0).filter(|k| *k != "year"))
            .chain(["ed", "es"])
    }

    /// The canonical query: every meaning-bearing key, then `v`, `d` (data vintage) and `m`
    /// (model version). `Scenario::from_query(&s.to_query(d), d) == s`.
    pub fn to_query(&self, d: &Dataset) -> String {
        let mut w = form_urlencoded::Serializer::new(String::new());
        for key in Scenario::all_keys() {
            if let Some(v) = self.query_value(key) {
                w.append_pair(key, &v);
            }
        }
        w.append_pair("v", URL_VERSION);
        w.append_pair("d", d.vintage);
        w.append_pair("m", MODEL_VERSION);
        w.finish()
    }

    /// Buyers' stocks outside China for market `k` (MODEL.md §2): the group's own setting, else
    /// `buffer`, else the dataset's default (`None`).
    pub fn buffer_for(&self, k: usize) -> Option<f64> {
        self.buffer_group[[0, 1, 1, 2][k.min(3)]].or(self.buffer)
    }

    /// The pinned query: [`Scenario::to_query`] with the dataset's value written out for every
    /// key left to it (stocks, China's stocks, panic), so that no later dataset can move the
    /// numbers of a pinned embed.
    pub fn to_pinned_query(&self, d: &Dataset) -> String {
        use crate::data::MarketId;
        let mut s = self.clone();
        let m = |id: MarketId| d.market(id);
        let shown = m(MarketId::Magnet).buffer.value;
        for (g, id) in [
            (0, MarketId::Ndpr),
            (1, MarketId::Dy),
            (2, MarketId::Magnet),
        ] {
            s.buffer_group[g] = Some(self.buffer_for(id as usize).unwrap_or(m(id).buffer.value));
        }
        s.buffer = Some(self.buffer.unwrap_or(shown));
        s.buffer_cn = Some(
            self.buffer_cn
                .unwrap_or(m(MarketId::Magnet).buffer_cn.value),
        );
        s.panic = Some(self.panic.unwrap_or(d.behaviour.panic.central.value));
        s.to_query(d)
    }

    /// The keys that setting `key` replaces (a reader moving the one `buffer` slider sets every
    /// group's cover).
    pub fn replaced_by(key: &str) -> &'static [&'static str] {
        match key {
            "buffer" => &["buffer_light", "buffer_heavy", "buffer_magnet"],
            _ => &[],
        }
    }

    /// The short query: the preset (if any), the keys that differ from what the preset (or the
    /// defaults) would give, and `v`. Also round-trips.
    pub fn to_short_query(&self, d: &Dataset) -> String {
        let base = match &self.preset {
            Some(id) => Scenario::from_query(&format!("preset={id}"), d),
            None => Scenario::default_for(d),
        };
        let mut w = form_urlencoded::Serializer::new(String::new());
        for key in Scenario::all_keys() {
            let v = self.query_value(key);
            if v != base.query_value(key) || (key == "preset" && v.is_some()) {
                if let Some(v) = v {
                    w.append_pair(key, &v);
                }
            }
        }
        w.append_pair("v", URL_VERSION);
        w.finish()
    }

    /// Quotas and the pipeline as shares in [0, 1], growth as a rate.
    pub fn quota_share(&self, group: QuotaGroup) -> f64 {
        let q = match group {
            QuotaGroup::Light => self.quota_light,
            QuotaGroup::Heavy => self.quota_heavy,
            QuotaGroup::Magnet => self.quota_magnet,
        };
        q / 100.0
    }
}

/// MODEL.md §1 quota groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuotaGroup {
    Light,
    Heavy,
    Magnet,
}

impl QuotaGroup {
    pub fn key(self) -> &'static str {
        match self {
            QuotaGroup::Light => "light",
            QuotaGroup::Heavy => "heavy",
            QuotaGroup::Magnet => "magnet",
        }
    }
}
