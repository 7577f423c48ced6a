//! The yearly and dated history: `prices.csv`, `spikes.csv`, `spreads.csv`, `exports.csv`,
//! `quotas.csv`.

use super::cx::{check_date, one_of, Cx, LONG};
use crate::csv::Table;
use crate::schema::YearRule;
use crate::{Fig, PExport, PPrice, PQuota, PSpike, PSpread};
use std::collections::{BTreeMap, BTreeSet};

/// A yearly series table (`<key>, year, value, unit, source, confidence, derivation`): one
/// figure in `unit` per key and year; `duplicate` says what a repeated key and year is.
pub(super) fn read_yearly(
    cx: &mut Cx,
    t: &Table,
    key: &str,
    unit: &str,
    duplicate: &str,
) -> Vec<(String, Fig)> {
    let mut out = Vec::new();
    if !cx.has_columns(
        t,
        &[
            key,
            "year",
            "value",
            "unit",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let k = t.get(r, key);
        let label = format!("{k} {}", t.get(r, "year"));
        if !seen.insert(label.clone()) {
            cx.err(&t.file, Cx::at(r, &label), duplicate);
        }
        if let Some(f) = cx.fig(t, r, &label, LONG, Some(unit), YearRule::Any) {
            out.push((k.to_string(), f));
        }
    }
    out
}

pub(super) fn read_prices(cx: &mut Cx, t: &Table) -> Vec<PPrice> {
    read_yearly(
        cx,
        t,
        "element",
        "USD/kg",
        "duplicate price for this element and year",
    )
    .into_iter()
    .map(|(element, f)| PPrice {
        element,
        year: f.year,
        price: f,
    })
    .collect()
}

pub(super) fn read_spikes(cx: &mut Cx, t: &Table) -> Vec<PSpike> {
    let mut out = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "element",
            "field",
            "value",
            "unit",
            "year",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    let mut by: BTreeMap<String, BTreeMap<String, (usize, Fig)>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for r in &t.records {
        let (el, field) = (t.get(r, "element"), t.get(r, "field"));
        let label = format!("{el} {field}");
        let loc = Cx::at(r, &label);
        if !one_of(
            cx,
            &t.file,
            &loc,
            "field",
            field,
            &["before", "annual", "annual_low", "annual_high", "peak"],
        ) {
            continue;
        }
        if let Some(f) = cx.fig(t, r, &label, LONG, Some("USD/kg"), YearRule::Any) {
            if !order.iter().any(|e| e == el) {
                order.push(el.to_string());
            }
            if by
                .entry(el.into())
                .or_default()
                .insert(field.into(), (r.line, f))
                .is_some()
            {
                cx.err(&t.file, &loc, "duplicate field for this element");
            }
        }
    }
    for el in order {
        let m = by.remove(&el).unwrap_or_default();
        let get = |k: &str| m.get(k).map(|(_, f)| f.clone());
        let (Some(before), Some(annual), Some(lo), Some(hi)) = (
            get("before"),
            get("annual"),
            get("annual_low"),
            get("annual_high"),
        ) else {
            cx.err(
                &t.file,
                format!("key {el}"),
                "a spike needs before, annual, annual_low and annual_high rows",
            );
            continue;
        };
        if !(lo.value <= annual.value && annual.value <= hi.value) {
            cx.err(
                &t.file,
                format!("key {el}"),
                "annual_low ≤ annual ≤ annual_high does not hold",
            );
        }
        if before.value >= annual.value {
            cx.err(
                &t.file,
                format!("key {el}"),
                "the 2011 annual average should exceed the 2009 one",
            );
        }
        out.push(PSpike {
            element: el,
            before,
            annual,
            annual_low: lo.value,
            annual_high: hi.value,
            peak: get("peak"),
        });
    }
    out
}

pub(super) fn read_spreads(cx: &mut Cx, t: &Table) -> Vec<PSpread> {
    let mut out = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "element",
            "date",
            "region",
            "value",
            "unit",
            "year",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    let mut by: Vec<(String, String, Option<Fig>, Option<Fig>)> = Vec::new();
    for r in &t.records {
        let (el, date, region) = (t.get(r, "element"), t.get(r, "date"), t.get(r, "region"));
        let label = format!("{el} {date} {region}");
        let loc = Cx::at(r, &label);
        check_date(cx, &t.file, &loc, date);
        if !one_of(cx, &t.file, &loc, "region", region, &["europe", "china"]) {
            continue;
        }
        let Some(f) = cx.fig(t, r, &label, LONG, Some("USD/kg"), YearRule::Any) else {
            continue;
        };
        let idx = if let Some(i) = by.iter().position(|(e, d, _, _)| e == el && d == date) {
            i
        } else {
            by.push((el.into(), date.into(), None, None));
            by.len() - 1
        };
        let slot = if region == "europe" {
            &mut by[idx].2
        } else {
            &mut by[idx].3
        };
        if slot.is_some() {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this element, date and region",
            );
        }
        *slot = Some(f);
    }
    for (el, date, eu, cn) in by {
        match (eu, cn) {
            (Some(eu), Some(cn)) => out.push(PSpread {
                element: el,
                date,
                europe: eu,
                china: cn,
            }),
            _ => cx.err(
                &t.file,
                format!("key {el} {date}"),
                "a spread needs a europe and a china row",
            ),
        }
    }
    out
}

pub(super) fn read_exports(cx: &mut Cx, t: &Table) -> Vec<PExport> {
    read_yearly(
        cx,
        t,
        "series",
        "t",
        "duplicate row for this series and year",
    )
    .into_iter()
    .map(|(series, f)| PExport {
        series,
        year: f.year,
        volume: f,
    })
    .collect()
}

pub(super) fn read_quotas(cx: &mut Cx, t: &Table, exports: &[PExport]) -> Vec<PQuota> {
    let mut out: Vec<PQuota> = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "year",
            "value",
            "unit",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    for r in &t.records {
        let label = format!("quota {}", t.get(r, "year"));
        if let Some(f) = cx.fig(t, r, &label, LONG, Some("t REO"), YearRule::Any) {
            if out.iter().any(|q| q.year == f.year) {
                cx.err(&t.file, Cx::at(r, &label), "duplicate quota year");
            }
            let ex = exports
                .iter()
                .find(|e| e.series == "rare_earths" && e.year == f.year)
                .map(|e| e.volume.clone());
            out.push(PQuota {
                year: f.year,
                quota: f,
                exports: ex,
            });
        }
    }
    out.sort_by_key(|q| q.year);
    out
}
