//! The loading context: the errors found so far, the known source ids and the year range, and
//! the checks every file's cells share (numbers, years, units, sources, months, dates).

use crate::csv::{Record, Table};
use crate::schema::YearRule;
use crate::{Conf, DataError, Fig};
use std::collections::BTreeSet;

/// Reads one data file by name: (path shown in messages, contents or an error).
pub type Reader<'a> = dyn Fn(&str) -> (String, Result<String, String>) + 'a;

/// Where a figure's unit or year comes from.
#[derive(Clone, Copy)]
pub(super) enum Src<'a> {
    Col(&'a str),
    Fixed(&'a str),
}

#[derive(Clone, Copy)]
pub(super) struct FigCols<'a> {
    pub(super) value: &'a str,
    pub(super) unit: Src<'a>,
    pub(super) year: Src<'a>,
    pub(super) source: &'a str,
    pub(super) confidence: &'a str,
    pub(super) derivation: &'a str,
}

pub(super) const LONG: FigCols<'static> = FigCols {
    value: "value",
    unit: Src::Col("unit"),
    year: Src::Col("year"),
    source: "source",
    confidence: "confidence",
    derivation: "derivation",
};

pub(super) struct Cx {
    pub(super) errors: Vec<DataError>,
    pub(super) sources: BTreeSet<String>,
    pub(super) year_min: u16,
    pub(super) year_max: u16,
    pub(super) baseline_year: u16,
}

impl Cx {
    pub(super) fn err(&mut self, file: &str, loc: impl Into<String>, msg: impl Into<String>) {
        self.errors.push(DataError::new(file, loc, msg));
    }

    /// True when `t` has every column in `names`; otherwise records one error per missing
    /// column (the file's rows are then not read).
    pub(super) fn has_columns(&mut self, t: &Table, names: &[&str]) -> bool {
        match t.require(names) {
            Ok(()) => true,
            Err(e) => {
                self.errors.extend(e);
                false
            }
        }
    }

    pub(super) fn at(r: &Record, label: &str) -> String {
        if label.is_empty() {
            format!("line {}", r.line)
        } else {
            format!("line {} ({label})", r.line)
        }
    }

    /// Checks a space-separated list of source ids.
    pub(super) fn check_sources(&mut self, file: &str, loc: &str, sources: &str) {
        if sources.trim().is_empty() {
            self.err(
                file,
                loc,
                "missing source: every figure needs a source id from sources.csv",
            );
            return;
        }
        for id in sources.split_whitespace() {
            if !self.sources.contains(id) {
                self.err(
                    file,
                    loc,
                    format!("unknown source id `{id}` (not in sources.csv)"),
                );
            }
        }
    }

    pub(super) fn year(&mut self, file: &str, loc: &str, s: &str) -> Option<u16> {
        match s.trim().parse::<u16>() {
            Ok(y) if y >= self.year_min && y <= self.year_max => Some(y),
            Ok(y) => {
                self.err(
                    file,
                    loc,
                    format!("year {y} out of range {}–{}", self.year_min, self.year_max),
                );
                None
            }
            Err(_) => {
                self.err(file, loc, format!("year `{s}` is not a whole number"));
                None
            }
        }
    }

    pub(super) fn number(&mut self, file: &str, loc: &str, what: &str, s: &str) -> Option<f64> {
        match s.trim().replace('_', "").parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                self.err(file, loc, format!("{what} `{s}` is not a number"));
                None
            }
        }
    }

    pub(super) fn boolean(&mut self, file: &str, loc: &str, what: &str, s: &str) -> Option<bool> {
        match s.trim() {
            "true" | "yes" => Some(true),
            "false" | "no" => Some(false),
            _ => {
                self.err(file, loc, format!("{what} `{s}` must be true or false"));
                None
            }
        }
    }

    /// Range checks that follow from the unit.
    pub(super) fn check_value(&mut self, file: &str, loc: &str, unit: &str, v: f64) {
        let tonnage = unit == "t"
            || unit.starts_with("t ")
            || unit.starts_with("t/")
            || unit.starts_with("kg");
        if tonnage && v < 0.0 {
            self.err(file, loc, format!("negative tonnage {v} {unit}"));
        }
        match unit {
            "share" if !(0.0..=1.0).contains(&v) => self.err(
                file,
                loc,
                format!("share {v} is outside 0–1 (above 100 % or negative; write shares as 0–1)"),
            ),
            "%" if !(0.0..=100.0).contains(&v) => {
                self.err(file, loc, format!("percentage {v} is outside 0–100 %"));
            }
            "USD/kg" if v <= 0.0 => {
                self.err(file, loc, format!("price {v} USD/kg must be positive"));
            }
            "multiple" if v <= 0.0 => self.err(file, loc, format!("multiple {v} must be positive")),
            "ratio" if v < 0.0 => self.err(
                file,
                loc,
                format!("ratio {v} must not be negative (it may exceed 1)"),
            ),
            "months" if v < 0.0 => self.err(
                file,
                loc,
                format!("duration {v} months must not be negative"),
            ),
            "yr" if v <= 0.0 => self.err(file, loc, format!("duration {v} yr must be positive")),
            // A slip may be none at all.
            "yr slip" if v < 0.0 => {
                self.err(file, loc, format!("slip {v} yr must not be negative"));
            }
            "year" if v < f64::from(self.year_min) || v > f64::from(self.year_max) => self.err(
                file,
                loc,
                format!("year {v} out of range {}–{}", self.year_min, self.year_max),
            ),
            _ => {}
        }
    }

    /// Reads one figure from a record and checks it.
    pub(super) fn fig(
        &mut self,
        t: &Table,
        r: &Record,
        label: &str,
        cols: FigCols<'_>,
        expect_unit: Option<&str>,
        year_rule: YearRule,
    ) -> Option<Fig> {
        let file = t.file.as_str();
        let loc = Self::at(r, label);
        let value = self.number(file, &loc, "value", t.get(r, cols.value));
        let unit = match cols.unit {
            Src::Col(c) => t.get(r, c).to_string(),
            Src::Fixed(u) => u.to_string(),
        };
        if unit.is_empty() {
            self.err(file, &loc, "missing unit");
        } else if let Some(e) = expect_unit {
            if unit != e {
                self.err(
                    file,
                    &loc,
                    format!("unit mismatch: `{unit}` where `{e}` is expected"),
                );
            }
        }
        let year = match cols.year {
            Src::Col(c) => self.year(file, &loc, t.get(r, c)),
            Src::Fixed(y) => self.year(file, &loc, y),
        };
        if let Some(y) = year {
            let want = match year_rule {
                YearRule::Baseline => Some(self.baseline_year),
                YearRule::Exactly(w) => Some(w),
                YearRule::Any => None,
            };
            if let Some(w) = want {
                if y != w {
                    self.err(
                        file,
                        &loc,
                        format!("year {y} where this figure must describe {w}"),
                    );
                }
            }
        }
        let source = t.get(r, cols.source).to_string();
        self.check_sources(file, &loc, &source);
        let conf_s = t.get(r, cols.confidence);
        let confidence = Conf::parse(conf_s);
        if confidence.is_none() {
            self.err(
                file,
                &loc,
                format!("confidence `{conf_s}` must be high, medium, low, derived or assumption"),
            );
        }
        let derivation = t.get(r, cols.derivation).to_string();
        if confidence == Some(Conf::Derived) && derivation.is_empty() {
            self.err(file, &loc, "a derived figure must state its derivation");
        }
        if let Some(v) = value {
            self.check_value(file, &loc, &unit, v);
        }
        Some(Fig {
            value: value?,
            unit,
            year: year?,
            source,
            confidence: confidence?,
            derivation,
        })
    }
}

pub(super) fn one_of(
    cx: &mut Cx,
    file: &str,
    loc: &str,
    what: &str,
    v: &str,
    allowed: &[&str],
) -> bool {
    if allowed.contains(&v) {
        true
    } else {
        cx.err(
            file,
            loc,
            format!("{what} `{v}` must be one of {}", allowed.join(", ")),
        );
        false
    }
}

/// Checks a `YYYY-MM` month (month 01–12, year in range); returns its year as written.
pub(super) fn check_month<'a>(cx: &mut Cx, file: &str, loc: &str, m: &'a str) -> Option<&'a str> {
    let ok = m.len() == 7
        && m.as_bytes()[4] == b'-'
        && m[..4].chars().all(|c| c.is_ascii_digit())
        && m[5..].chars().all(|c| c.is_ascii_digit())
        && m[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n));
    if !ok {
        cx.err(file, loc, format!("month `{m}` must be YYYY-MM (01–12)"));
        return None;
    }
    cx.year(file, loc, &m[..4]).map(|_| &m[..4])
}

/// Checks an episode window: `YYYY`, `YYYY-MM`, or a range `A..B` of those with `A ≤ B`;
/// returns the year of its start as written.
pub(super) fn check_window<'a>(cx: &mut Cx, file: &str, loc: &str, w: &'a str) -> Option<&'a str> {
    let one = |p: &str| {
        (p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
            || (p.len() == 7
                && p.as_bytes()[4] == b'-'
                && p[..4].chars().all(|c| c.is_ascii_digit())
                && p[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)))
    };
    let (a, b) = w.split_once("..").unwrap_or((w, w));
    if !(one(a) && one(b) && a <= b) {
        cx.err(
            file,
            loc,
            format!("window `{w}` must be YYYY, YYYY-MM or a range such as 2025-05..2025-07"),
        );
        return None;
    }
    cx.year(file, loc, &b[..4])?;
    cx.year(file, loc, &a[..4]).map(|_| &a[..4])
}

pub(super) fn check_date(cx: &mut Cx, file: &str, loc: &str, d: &str) {
    let parts: Vec<&str> = d.split('-').collect();
    let ok = !parts.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().skip(1).all(|p| p.len() == 2);
    if !ok {
        cx.err(
            file,
            loc,
            format!("date `{d}` must be YYYY, YYYY-MM or YYYY-MM-DD"),
        );
        return;
    }
    cx.year(file, loc, parts[0]);
}
