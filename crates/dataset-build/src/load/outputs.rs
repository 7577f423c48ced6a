//! `country_outputs.csv` and `mine_production.csv`: production by country and stage.

use super::cx::{one_of, Cx, LONG};
use crate::csv::Table;
use crate::schema::{self, YearRule};
use crate::{PCountryOutput, PMineOutput};
use std::collections::BTreeSet;

pub(super) fn read_country_outputs(cx: &mut Cx, t: &Table) -> Vec<PCountryOutput> {
    let mut out = Vec::new();
    let cols = [
        "chain",
        "stage",
        "country",
        "china_controlled",
        "value",
        "unit",
        "year",
        "source",
        "confidence",
        "derivation",
    ];
    if !cx.has_columns(t, &cols) {
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let (chain, stage, country) = (t.get(r, "chain"), t.get(r, "stage"), t.get(r, "country"));
        let label = format!("{chain} {stage} {country}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "chain", chain, &schema::CHAINS)
            & one_of(cx, &t.file, &loc, "stage", stage, &schema::STAGES);
        if !seen.insert(label.clone()) {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this chain, stage and country",
            );
        }
        let cc = cx.boolean(
            &t.file,
            &loc,
            "china_controlled",
            t.get(r, "china_controlled"),
        );
        let must_be_cc =
            country == "China" || country.starts_with("Myanmar") || country.starts_with("Laos");
        if must_be_cc && cc == Some(false) {
            cx.err(
                &t.file,
                &loc,
                "China, Myanmar and Laos output counts as China: china_controlled must be true",
            );
        }
        let f = cx.fig(t, r, &label, LONG, Some("t/yr"), YearRule::Baseline);
        if let (true, Some(cc), Some(f)) = (ok, cc, f) {
            out.push(PCountryOutput {
                chain: chain.into(),
                stage: stage.into(),
                country: country.into(),
                china_controlled: cc,
                output: f,
            });
        }
    }
    for c in schema::CHAINS {
        for s in schema::STAGES {
            let rows: Vec<&PCountryOutput> = out
                .iter()
                .filter(|o| o.chain == c && o.stage == s)
                .collect();
            if !rows.iter().any(|o| o.china_controlled) || !rows.iter().any(|o| !o.china_controlled)
            {
                cx.err(
                    &t.file,
                    format!("key {c} {s}"),
                    "each chain and stage needs China and non-China rows",
                );
            }
        }
    }
    out
}

pub(super) fn read_mine_production(cx: &mut Cx, t: &Table) -> Vec<PMineOutput> {
    let mut out = Vec::new();
    let cols = [
        "country",
        "year",
        "china_controlled",
        "world_total",
        "value",
        "unit",
        "source",
        "confidence",
        "derivation",
    ];
    if !cx.has_columns(t, &cols) {
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let country = t.get(r, "country");
        let label = format!("{country} {}", t.get(r, "year"));
        let loc = Cx::at(r, &label);
        if !seen.insert(label.clone()) {
            cx.err(&t.file, &loc, "duplicate row for this country and year");
        }
        let cc = cx.boolean(
            &t.file,
            &loc,
            "china_controlled",
            t.get(r, "china_controlled"),
        );
        let wt = cx.boolean(&t.file, &loc, "world_total", t.get(r, "world_total"));
        let f = cx.fig(t, r, &label, LONG, Some("t REO"), YearRule::Any);
        if let (Some(cc), Some(wt), Some(f)) = (cc, wt, f) {
            out.push(PMineOutput {
                country: country.into(),
                year: f.year,
                china_controlled: cc,
                world_total: wt,
                output: f,
            });
        }
    }
    out
}
