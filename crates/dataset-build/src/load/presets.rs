//! `presets.csv`: named scenarios, each a query the page can open.

use super::cx::Cx;
use crate::csv::Table;
use crate::schema;
use crate::PPreset;
use std::collections::BTreeSet;

pub(super) fn read_presets(cx: &mut Cx, t: &Table) -> Vec<PPreset> {
    let mut out: Vec<PPreset> = Vec::new();
    if !cx.has_columns(t, &["id", "name", "note", "query", "source"]) {
        return out;
    }
    for r in &t.records {
        let id = t.get(r, "id");
        let loc = Cx::at(r, id);
        if out.iter().any(|p| p.id == id) {
            cx.err(&t.file, &loc, format!("duplicate preset id `{id}`"));
        }
        for c in ["name", "note"] {
            if t.get(r, c).is_empty() {
                cx.err(&t.file, &loc, format!("missing {c}"));
            }
        }
        let query = t.get(r, "query");
        check_query(cx, &t.file, &loc, query);
        cx.check_sources(&t.file, &loc, t.get(r, "source"));
        // Optional column: empty for the baseline year's markets.
        let markets = match t.get(r, "markets") {
            "" => cx.baseline_year,
            "2009" => 2009,
            other => {
                cx.err(
                    &t.file,
                    &loc,
                    format!("markets `{other}`: empty (the baseline year's) or 2009 (the 2009 snapshot)"),
                );
                cx.baseline_year
            }
        };
        out.push(PPreset {
            markets,
            id: id.into(),
            name: t.get(r, "name").into(),
            note: t.get(r, "note").into(),
            query: query.into(),
            source: t.get(r, "source").into(),
        });
    }
    for id in schema::PRESETS {
        if !out.iter().any(|p| p.id == id) {
            cx.err(
                &t.file,
                format!("key {id}"),
                "missing required preset (MODEL.md §8)",
            );
        }
    }
    out
}

/// Checks a preset's query string against the v1 keys and ranges of MODEL.md §2.
pub(super) fn check_query(cx: &mut Cx, file: &str, loc: &str, q: &str) {
    if q.is_empty() {
        cx.err(file, loc, "empty query");
        return;
    }
    let mut keys = BTreeSet::new();
    for pair in q.split('&') {
        let Some((k, v)) = pair.split_once('=') else {
            cx.err(file, loc, format!("query part `{pair}` is not key=value"));
            continue;
        };
        if !keys.insert(k) {
            cx.err(file, loc, format!("query key `{k}` given twice"));
        }
        let num = v.parse::<f64>().ok();
        let in_range = |lo: f64, hi: f64| num.is_some_and(|n| n >= lo && n <= hi);
        let ok = match k {
            "year" => {
                in_range(f64::from(cx.baseline_year), 2035.0)
                    && num.is_some_and(|n| n.fract() == 0.0)
            }
            "view" => schema::VIEWPOINTS.contains(&v),
            "quota_light" | "quota_heavy" | "quota_magnet" => {
                v == "realised" || in_range(0.0, 100.0)
            }
            "pipeline" => in_range(0.0, 100.0),
            "delay" => in_range(0.0, 6.0),
            "add_mining" | "add_separation" | "add_metal" | "add_magnet" => in_range(0.0, f64::MAX),
            "growth" => in_range(0.0, 15.0),
            "buffer" | "buffer_cn" | "buffer_light" | "buffer_heavy" | "buffer_magnet" => {
                in_range(0.0, 24.0)
            }
            "months" => in_range(1.0, 36.0) && num.is_some_and(|n| n.fract() == 0.0),
            "start" => in_range(1.0, 12.0) && num.is_some_and(|n| n.fract() == 0.0),
            "china_output" => in_range(40.0, 120.0),
            "export_duty" => in_range(0.0, 50.0),
            "panic" | "china_stockpiling" => in_range(0.0, 12.0),
            "ed" | "es" => matches!(v, "low" | "central" | "high") || num.is_some(),
            _ => {
                cx.err(file, loc, format!("unknown query key `{k}` (MODEL.md §2)"));
                continue;
            }
        };
        if !ok {
            cx.err(
                file,
                loc,
                format!("query value `{k}={v}` is out of range (MODEL.md §2)"),
            );
        }
    }
}
