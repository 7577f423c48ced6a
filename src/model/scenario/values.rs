//! Reading one value of a query: a number checked against its range (and made whole where it
//! counts years or months), an elasticity as a named set or a bounded number.

use super::notice::{fmt_num, shown};
use super::{Elasticity, Notice, NoticeKind, ScenarioKey, ED_RANGE, ES_RANGE};

/// A numeric value checked against its range; `None` when malformed and the default is the
/// dataset's (the key stays unset).
pub(super) fn checked_number(
    key: ScenarioKey,
    raw: &str,
    max: f64,
    notices: &mut Vec<Notice>,
) -> Option<f64> {
    let spec = key.number()?;
    let name = key.name();
    let value = match raw.parse::<f64>() {
        Ok(v) if v.is_finite() => {
            // `+ 0.0` turns −0 into 0, so a link never reads "quota_magnet=-0".
            let c = v.clamp(spec.min, max) + 0.0;
            if c != v {
                notices.push(Notice::outside(name, raw, spec.min, max, c));
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
pub(super) fn elasticity(key: ScenarioKey, raw: &str, notices: &mut Vec<Notice>) -> Elasticity {
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
                    notices.push(Notice::outside(name, raw, lo, hi, c));
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
