//! Parsing and validation of every data file. Collects all problems instead of stopping at the first.

mod baseline;
mod cross;
mod cx;
mod episodes;
mod history;
mod outputs;
mod presets;
mod products;
mod projects;
mod snapshot;
mod sources;

use crate::csv::{self, Table};
use crate::{DataError, ParsedDataset, FILES};
use cx::Cx;
pub use cx::Reader;
use std::collections::{BTreeMap, BTreeSet};

/// Reads, parses and checks every file.
pub fn load(read: &Reader<'_>) -> Result<ParsedDataset, Vec<DataError>> {
    let mut cx = Cx {
        errors: Vec::new(),
        sources: BTreeSet::new(),
        year_min: 0,
        year_max: u16::MAX,
        baseline_year: 0,
    };
    let mut tables: BTreeMap<&str, Table> = BTreeMap::new();
    for name in FILES {
        let (shown, text) = read(name);
        match text {
            Ok(text) => match csv::parse(&shown, &text) {
                Ok(t) => {
                    tables.insert(name, t);
                }
                Err(es) => cx.errors.extend(es),
            },
            Err(e) => cx.err(&shown, "file", e),
        }
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let t = |n: &str| {
        tables.get(n).cloned().unwrap_or_else(|| Table {
            file: n.into(),
            header: vec![],
            records: vec![],
        })
    };

    let sources = sources::read_sources(&mut cx, &t("sources.csv"));
    let meta = sources::read_meta(&mut cx, &t("meta.csv"));
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let (vintage, credit, market_names, first_screen) = meta;
    let figures = baseline::read_baseline(&mut cx, &t("baseline.csv"));
    // `None` only when a snapshot key is missing, which read_baseline has reported.
    let snapshot_2009 = crate::snapshot::Snapshot2009::read(&figures);
    let country_outputs = outputs::read_country_outputs(&mut cx, &t("country_outputs.csv"));
    let mine_production = outputs::read_mine_production(&mut cx, &t("mine_production.csv"));
    let projects = projects::read_projects(&mut cx, &t("projects.csv"));
    let products = products::read_products(&mut cx, &t("products.csv"));
    let prices = history::read_prices(&mut cx, &t("prices.csv"));
    let spikes = history::read_spikes(&mut cx, &t("spikes.csv"));
    let spreads = history::read_spreads(&mut cx, &t("spreads.csv"));
    let exports = history::read_exports(&mut cx, &t("exports.csv"));
    let quotas = history::read_quotas(&mut cx, &t("quotas.csv"), &exports);
    let export_shares = episodes::read_export_shares(&mut cx, &t("export_shares.csv"));
    let episodes = episodes::read_episodes(&mut cx, &t("episodes.csv"));
    let domestic_prices = episodes::read_domestic_prices(&mut cx, &t("domestic_prices.csv"));
    let policy = sources::read_policy(&mut cx, &t("policy.csv"));
    let presets = presets::read_presets(&mut cx, &t("presets.csv"));
    if !presets.iter().any(|p| p.id == first_screen) {
        cx.err(
            &t("meta.csv").file,
            "key first_screen",
            format!("`{first_screen}` is not a preset in presets.csv"),
        );
    }

    let Some(snapshot_2009) = snapshot_2009 else {
        return Err(cx.errors);
    };
    let ds = ParsedDataset {
        vintage,
        baseline_year: cx.baseline_year,
        credit,
        first_screen,
        market_names,
        figures,
        snapshot_2009,
        country_outputs,
        mine_production,
        projects,
        products,
        prices,
        spikes,
        spreads,
        quotas,
        exports,
        export_shares,
        episodes,
        domestic_prices,
        policy,
        sources,
        presets,
    };
    if cx.errors.is_empty() {
        cross::cross_checks(
            &mut cx,
            &ds,
            &t("baseline.csv").file,
            &t("mine_production.csv").file,
        );
    }
    if cx.errors.is_empty() {
        Ok(ds)
    } else {
        Err(cx.errors)
    }
}
