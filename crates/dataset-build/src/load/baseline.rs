//! `baseline.csv`: the keyed figures of `schema::baseline_keys`.

use super::cx::{Cx, LONG};
use crate::csv::Table;
use crate::schema::{self, KeySpec};
use crate::Fig;
use std::collections::BTreeMap;

pub(super) fn read_baseline(cx: &mut Cx, t: &Table) -> BTreeMap<String, Fig> {
    let mut out = BTreeMap::new();
    if !cx.has_columns(
        t,
        &[
            "key",
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
    let specs: BTreeMap<String, KeySpec> = schema::baseline_keys()
        .into_iter()
        .map(|s| (s.key.clone(), s))
        .collect();
    for r in &t.records {
        let key = t.get(r, "key").to_string();
        let Some(spec) = specs.get(&key) else {
            cx.err(&t.file, Cx::at(r, &key), format!("unknown key `{key}`"));
            continue;
        };
        if out.contains_key(&key) {
            cx.err(&t.file, Cx::at(r, &key), format!("duplicate key `{key}`"));
            continue;
        }
        if let Some(f) = cx.fig(t, r, &key, LONG, Some(spec.unit), spec.year) {
            out.insert(key, f);
        }
    }
    for s in specs.values() {
        if s.required
            && !out.contains_key(&s.key)
            && !cx.errors.iter().any(|e| e.location.contains(&s.key))
        {
            let message = match missing_stage_row(t, &s.key) {
                Some(m) => m,
                None => format!("missing required key (unit {})", s.unit),
            };
            cx.err(&t.file, format!("key {}", s.key), message);
        }
    }
    out
}

/// The problem to report when a view lacks one of its stage rows
/// (`stage.<view>.<chain>.<stage>.<capacity|recycling>`, MODEL.md §6): which view, chain, stage
/// and figure are missing, and where that view's other stage rows are, so the editor knows where
/// the row belongs. `None` for any other key.
pub(super) fn missing_stage_row(t: &Table, key: &str) -> Option<String> {
    let parts: Vec<&str> = key.split('.').collect();
    let ["stage", view, chain, stage, kind] = parts.as_slice() else {
        return None;
    };
    let prefix = format!("stage.{view}.");
    let lines: Vec<usize> = t
        .records
        .iter()
        .filter(|r| t.get(r, "key").starts_with(&prefix))
        .map(|r| r.line)
        .collect();
    let near = match (lines.iter().min(), lines.iter().max()) {
        (Some(a), Some(b)) => format!("; its other stage rows are at lines {a}–{b}"),
        _ => "; it has no stage rows at all".to_string(),
    };
    Some(format!(
        "view `{view}` is missing the row for its {chain}-chain {stage} {kind} (unit t/yr): \
         every view needs capacity and recycling rows for mining, separation, metal and magnet \
         in both chains{near}"
    ))
}
