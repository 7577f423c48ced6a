//! Reading a query string into a [`Scenario`]: `preset=<id>` first, explicit keys over it, every
//! value checked (one value at a time in `values.rs`). Never panics; each correction is a
//! [`Notice`] in plain language (`notice.rs`). A `v=1` link reads as a model-1 link, with a
//! notice.

use super::key::add_max;
use super::notice::{collapse_unknown, shown};
use super::values::{checked_number, elasticity};
use super::{
    Notice, NoticeKind, Parsed, Scenario, ScenarioKey, BY_STATUS, MODEL_VERSION, REALISED,
    URL_VERSION,
};
use crate::data::{Dataset, Viewpoint};

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
            "v" => notices.extend(Notice::version(
                "v",
                v,
                URL_VERSION,
                "notice-url-version",
                |given| format!("This link uses settings version {given}; it was read as version {URL_VERSION}."),
            )),
            "d" => notices.extend(Notice::version(
                "d",
                v,
                d.vintage,
                "notice-data-version",
                |given| format!(
                    "This link was made with the data of {given}; the numbers use the current data ({}).",
                    d.vintage
                ),
            )),
            "m" => notices.extend(Notice::version(
                "m",
                v,
                MODEL_VERSION,
                "notice-model-version",
                |given| format!("This link was made with model version {given}; the numbers use version {MODEL_VERSION}."),
            )),
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
