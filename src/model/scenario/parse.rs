//! Reading a query string into a [`Scenario`]: `preset=<id>` first, explicit keys over it, every
//! value checked. Never panics; each correction is a [`Notice`] in plain language.

use super::key::add_max;
use super::{
    Elasticity, Scenario, ScenarioKey, BY_STATUS, ED_RANGE, ES_RANGE, MODEL_VERSION, REALISED,
    URL_VERSION,
};
use crate::data::{Dataset, Viewpoint};
use serde::Serialize;

/// Model 1's default `pipeline`, % (one chance for every project), which a `v=1` link that
/// does not set it still means.
const MODEL_1_PIPELINE: f64 = 50.0;

/// Keys the UI layer owns; the model ignores them without a notice. (`compare` holds the
/// scenario a page compares with, a query of its own that the UI reads with this parser.)
pub const UI_KEYS: [&str; 13] = [
    "compare",
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

/// The values `lang=` accepts (the languages the page offers; `en` when absent or invalid).
pub const LANG_CODES: [&str; 5] = ["en", "de", "fr", "ja", "es"];

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
    /// The URL key concerned (empty for model-level notices; an unknown key as given).
    pub key: String,
    /// What was wrong with it.
    pub kind: NoticeKind,
    /// The line shown, in plain English words (the `report` tool and the downloads print it).
    pub message: String,
    /// The page's message id for this text (empty: none), and its arguments, so the page can
    /// say it in the reader's language; `message` is its English.
    #[serde(skip)]
    pub id: &'static str,
    /// The message's arguments (variable name, value as shown).
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl Notice {
    /// A notice about URL key `key`.
    pub fn new(key: &str, kind: NoticeKind, message: String) -> Self {
        Notice {
            key: key.to_string(),
            kind,
            message,
            id: "",
            args: Vec::new(),
        }
    }

    /// The same notice with the page's message id and arguments.
    pub fn said_as(mut self, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        self.id = id;
        self.args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self
    }
}

/// A scenario read from a query string, with the corrections made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parsed {
    /// The scenario, every value in range.
    pub scenario: Scenario,
    /// What was corrected or ignored, one line each.
    pub notices: Vec<Notice>,
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
    out.push(
        Notice::new(
            "",
            NoticeKind::UnknownKey,
            format!(
                "{} more settings this calculator does not know were ignored.",
                unknown - UNKNOWN_SHOWN
            ),
        )
        .said_as(
            "notice-unknown-more",
            &[("count", &(unknown - UNKNOWN_SHOWN).to_string())],
        ),
    );
    out
}

pub(super) fn fmt_num(v: f64) -> String {
    format!("{v}")
}

/// The query's pairs, last occurrence of each key winning (with one notice per repeated key).
fn pairs_of(query: &str, notices: &mut Vec<Notice>) -> Vec<(String, String)> {
    let q = query.trim();
    let q = q.split('#').next().unwrap_or("");
    let q = match q.find('?') {
        Some(i) => &q[i + 1..],
        None => q,
    };
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
            notices.push(
                Notice::new(
                    &key,
                    NoticeKind::Repeated,
                    format!(
                        "{key} was given more than once; using the last value ({}).",
                        shown(&v)
                    ),
                )
                .said_as("notice-repeated", &[("key", &key), ("value", &shown(&v))]),
            );
            slot.1 = v;
        } else {
            pairs.push((k, v));
        }
    }
    pairs
}

/// Notices for the version keys (`v`, `d`, `m`) and for keys the calculator does not know.
fn check_keys(pairs: &[(String, String)], d: &Dataset, notices: &mut Vec<Notice>) {
    for (k, v) in pairs {
        match k.as_str() {
            "v" if v == "1" => notices.push(Notice::new(
                "v",
                NoticeKind::Version,
                "This link was made for model 1: its settings keep their meaning (a restriction that lasts a year) and the numbers now come from model 2, a monthly market with stocks.".to_string(),
            )
            .said_as("notice-model-1", &[])),
            "v" => {
                if v != URL_VERSION {
                    notices.push(Notice::new(
                        "v",
                        NoticeKind::Version,
                        format!(
                            "This link uses settings version {}; it was read as version {URL_VERSION}.",
                            shown(v)
                        ),
                    )
                    .said_as(
                        "notice-url-version",
                        &[("given", &shown(v)), ("current", URL_VERSION)],
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
                    )
                    .said_as(
                        "notice-data-version",
                        &[("given", &shown(v)), ("current", d.vintage)],
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
                    )
                    .said_as(
                        "notice-model-version",
                        &[("given", &shown(v)), ("current", MODEL_VERSION)],
                    ));
                }
            }
            "lang" if !LANG_CODES.iter().any(|c| c.eq_ignore_ascii_case(v.trim())) => {
                notices.push(Notice::new(
                    "lang",
                    NoticeKind::Malformed,
                    format!(
                        "“{}” is not a language this calculator offers ({}); it is shown in English.",
                        shown(v),
                        LANG_CODES.join(", ")
                    ),
                )
                .said_as(
                    "notice-lang",
                    &[("value", &shown(v)), ("codes", &LANG_CODES.join(", "))],
                ));
            }
            _ if ScenarioKey::from_name(k).is_some() || UI_KEYS.contains(&k.as_str()) => {}
            _ => notices.push(Notice::new(
                &shown(k),
                NoticeKind::UnknownKey,
                format!(
                    "“{}” is not a setting this calculator knows; it was ignored.",
                    shown(k)
                ),
            )
            .said_as("notice-unknown-key", &[("key", &shown(k))])),
        }
    }
}

/// A numeric value checked against its range; `None` when malformed and the default is the
/// dataset's (the key stays unset).
fn checked_number(key: ScenarioKey, raw: &str, max: f64, notices: &mut Vec<Notice>) -> Option<f64> {
    let spec = key.number()?;
    let name = key.name();
    let value = match raw.parse::<f64>() {
        Ok(v) if v.is_finite() => {
            // `+ 0.0` turns −0 into 0, so a link never reads "quota_magnet=-0".
            let c = v.clamp(spec.min, max) + 0.0;
            if c != v {
                notices.push(
                    Notice::new(
                        name,
                        NoticeKind::Clamped,
                        format!(
                            "{name}={} is outside {}–{}; using {}.",
                            shown(raw),
                            fmt_num(spec.min),
                            fmt_num(max),
                            fmt_num(c)
                        ),
                    )
                    .said_as(
                        "notice-outside",
                        &[
                            ("key", name),
                            ("value", &shown(raw)),
                            ("min", &fmt_num(spec.min)),
                            ("max", &fmt_num(max)),
                            ("used", &fmt_num(c)),
                        ],
                    ),
                );
            }
            c
        }
        _ => {
            let fallback = if spec.default.is_nan() {
                "the dataset's value".to_string()
            } else {
                fmt_num(spec.default)
            };
            notices.push(
                Notice::new(
                    name,
                    NoticeKind::Malformed,
                    format!("{name}={} was not a number; using {fallback}.", shown(raw)),
                )
                .said_as(
                    if spec.default.is_nan() {
                        "notice-not-number-dataset"
                    } else {
                        "notice-not-number"
                    },
                    &[("key", name), ("value", &shown(raw)), ("used", &fallback)],
                ),
            );
            if spec.default.is_nan() {
                return None;
            }
            spec.default
        }
    };
    // Years and months are whole.
    let unit = match key {
        ScenarioKey::Year => Some("a whole year"),
        ScenarioKey::Months | ScenarioKey::Start => Some("a whole number of months"),
        _ => None,
    };
    match unit {
        Some(what) if value.round() != value => {
            let r = value.round();
            notices.push(
                Notice::new(
                    name,
                    NoticeKind::Clamped,
                    format!(
                        "{name}={} is not {what}; using {}.",
                        fmt_num(value),
                        fmt_num(r)
                    ),
                )
                .said_as(
                    if key == ScenarioKey::Year {
                        "notice-not-whole-year"
                    } else {
                        "notice-not-whole-months"
                    },
                    &[
                        ("key", name),
                        ("value", &fmt_num(value)),
                        ("used", &fmt_num(r)),
                    ],
                ),
            );
            Some(r)
        }
        _ => Some(value),
    }
}

/// An elasticity choice: a named set or a number within its bounds.
fn elasticity(key: ScenarioKey, raw: &str, notices: &mut Vec<Notice>) -> Elasticity {
    let name = key.name();
    let (lo, hi) = if key == ScenarioKey::Ed {
        ED_RANGE
    } else {
        ES_RANGE
    };
    match raw.to_ascii_lowercase().as_str() {
        "low" => Elasticity::Low,
        "central" => Elasticity::Central,
        "high" => Elasticity::High,
        _ => match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => {
                let v = if key == ScenarioKey::Ed && v > 0.0 {
                    notices.push(
                        Notice::new(
                            name,
                            NoticeKind::Clamped,
                            format!(
                            "ed={} should be negative (demand falls when prices rise); using {}.",
                            shown(raw),
                            fmt_num(-v)
                        ),
                        )
                        .said_as(
                            "notice-ed-negative",
                            &[("value", &shown(raw)), ("used", &fmt_num(-v))],
                        ),
                    );
                    -v
                } else {
                    v
                };
                let c = v.clamp(lo, hi);
                if c != v {
                    notices.push(
                        Notice::new(
                            name,
                            NoticeKind::Clamped,
                            format!(
                                "{name}={} is outside {}–{}; using {}.",
                                shown(raw),
                                fmt_num(lo),
                                fmt_num(hi),
                                fmt_num(c)
                            ),
                        )
                        .said_as(
                            "notice-outside",
                            &[
                                ("key", name),
                                ("value", &shown(raw)),
                                ("min", &fmt_num(lo)),
                                ("max", &fmt_num(hi)),
                                ("used", &fmt_num(c)),
                            ],
                        ),
                    );
                }
                Elasticity::Value(c + 0.0)
            }
            _ => {
                notices.push(
                    Notice::new(
                        name,
                        NoticeKind::Malformed,
                        format!(
                        "{name}={} is not “low”, “central”, “high” or a number; using “central”.",
                        shown(raw)
                    ),
                    )
                    .said_as(
                        "notice-elasticity",
                        &[("key", name), ("value", &shown(raw))],
                    ),
                );
                Elasticity::Central
            }
        },
    }
}

impl Scenario {
    /// Reads a query string (with or without a leading `?`; a `#fragment` is dropped),
    /// dropping the notices. See [`Scenario::parse`].
    pub fn from_query(query: &str, d: &Dataset) -> Scenario {
        Scenario::parse(query, d).scenario
    }

    /// Reads a query string: `preset=<id>` first, explicit keys over it, then every value
    /// checked. Never panics.
    pub fn parse(query: &str, d: &Dataset) -> Parsed {
        let mut notices = Vec::new();
        let pairs = pairs_of(query, &mut notices);
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };

        let mut s = Scenario::default_for(d);
        if get("v") == Some("1") {
            // Model 1's links meant one chance for every project, 50 % unless set.
            (s.pipeline, s.pipeline_by_status) = (MODEL_1_PIPELINE, false);
        }
        // The preset's own keys, then the explicit ones over them.
        let mut preset_pairs: Vec<(String, String)> = Vec::new();
        if let Some(id) = get(ScenarioKey::Preset.name()) {
            if id.is_empty() {
                // `preset=` means none.
            } else if let Some(p) = d.preset(id) {
                s.preset = Some(p.id.to_string());
                for (k, v) in form_urlencoded::parse(p.query.as_bytes()) {
                    preset_pairs.push((k.trim().to_string(), v.trim().to_string()));
                }
            } else {
                let known: Vec<&str> = d.presets.iter().map(|p| p.id).collect();
                notices.push(
                    Notice::new(
                        "preset",
                        NoticeKind::UnknownPreset,
                        format!(
                        "There is no preset called “{}”; using the defaults instead. Presets: {}.",
                        shown(id),
                        known.join(", ")
                    ),
                    )
                    .said_as(
                        "notice-unknown-preset",
                        &[("value", &shown(id)), ("presets", &known.join(", "))],
                    ),
                );
            }
        }
        let value_of = |key: ScenarioKey| -> Option<(&str, bool)> {
            get(key.name()).map(|v| (v, true)).or_else(|| {
                preset_pairs
                    .iter()
                    .find(|(k, _)| k == key.name())
                    .map(|(_, v)| (v.as_str(), false))
            })
        };
        check_keys(&pairs, d, &mut notices);

        // The viewpoint first: the add_* ranges depend on it.
        if let Some((v, explicit)) = value_of(ScenarioKey::View) {
            let lower = v.to_ascii_lowercase();
            if let Some(w) = Viewpoint::ALL.into_iter().find(|w| w.key() == lower) {
                s.view = w;
            } else {
                let who = if explicit { "" } else { " (in the preset)" };
                let words: Vec<String> = Viewpoint::ALL
                    .iter()
                    .map(|w| format!("“{}”", w.key()))
                    .collect();
                notices.push(
                    Notice::new(
                        "view",
                        NoticeKind::Malformed,
                        format!(
                            "view={}{who} is not {}; using “us”.",
                            shown(v),
                            or_list(&words)
                        ),
                    )
                    .said_as(
                        if explicit {
                            "notice-view"
                        } else {
                            "notice-view-preset"
                        },
                        &[
                            ("value", &shown(v)),
                            ("views", &words[..words.len() - 1].join(", ")),
                            ("last", words.last().map_or("", |w| w.as_str())),
                        ],
                    ),
                );
            }
        }

        for key in ScenarioKey::ALL {
            if key.number().is_none() {
                continue;
            }
            let Some((raw, _)) = value_of(key) else {
                continue;
            };
            if let Some(g) = key.quota_group() {
                if raw.eq_ignore_ascii_case(REALISED) {
                    s.realised[g] = true;
                    continue;
                }
            }
            if key == ScenarioKey::Pipeline && raw.eq_ignore_ascii_case(BY_STATUS) {
                s.pipeline_by_status = true;
                continue;
            }
            let max = match key.number() {
                _ if key.is_added_capacity() => add_max(key, d, s.view),
                Some(n) => n.max,
                None => continue,
            };
            if let Some(v) = checked_number(key, raw, max, &mut notices) {
                s.set_number(key, v);
            }
        }

        for key in [ScenarioKey::Ed, ScenarioKey::Es] {
            let Some((raw, _)) = value_of(key) else {
                continue;
            };
            let e = elasticity(key, raw, &mut notices);
            if key == ScenarioKey::Ed {
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
}

/// “a”, “a or b”, “a, b or c”.
fn or_list(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}
