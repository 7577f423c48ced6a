//! The dataset as one JSON document: what "Download the dataset" saves, and where the browser
//! reads the text it does not bundle (source titles and links, derivations; `ui::reference`).
//!
//! Native only: `src/bin/export-dataset.rs` writes it as `dataset.json` into the built site
//! (`scripts/post-build.mjs`), so the browser's WebAssembly carries neither that text nor a
//! serializer for it.

use super::{Dataset, DATASET};

/// The credit line and licence on top, then every table of the dataset.
#[derive(serde::Serialize)]
struct DatasetDocument {
    title: &'static str,
    vintage: &'static str,
    credit: &'static str,
    licence: &'static str,
    dataset: &'static Dataset,
}

/// `dataset.json`, pretty-printed so an analyst can read it.
pub fn dataset_json() -> String {
    let doc = DatasetDocument {
        title: "Rare-earth supply-chain risk calculator: dataset",
        vintage: DATASET.vintage,
        credit: DATASET.credit,
        licence: "Figures are from the listed sources under their own terms (USGS: public domain; IEA: CC BY 4.0). Cite the original sources.",
        dataset: &DATASET,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_document_carries_credit_licence_and_every_figure() {
        let json: serde_json::Value = match serde_json::from_str(&dataset_json()) {
            Ok(v) => v,
            Err(e) => panic!("the dataset document is not valid JSON: {e}"),
        };
        assert_eq!(json["vintage"], DATASET.vintage);
        assert_eq!(json["credit"], DATASET.credit);
        assert!(json["licence"]
            .as_str()
            .is_some_and(|l| l.contains("CC BY 4.0")));
        let d = &json["dataset"];
        assert_eq!(
            d["sources"].as_array().map(Vec::len),
            Some(DATASET.sources.len())
        );
        assert_eq!(
            d["projects"].as_array().map(Vec::len),
            Some(DATASET.projects.len())
        );
        assert_eq!(d["markets"][3]["reported_exports"]["value"], 58152.0);
        // The model-2 tables: export shares, backtest episodes, China-domestic prices.
        for (table, n) in [
            ("export_shares", DATASET.export_shares.len()),
            ("episodes", DATASET.episodes.len()),
            ("domestic_prices", DATASET.domestic_prices.len()),
            ("project_delivery", DATASET.project_delivery.len()),
        ] {
            assert!(n > 0, "{table}");
            assert_eq!(d[table].as_array().map(Vec::len), Some(n), "{table}");
        }
        assert_eq!(d["domestic_prices"][0]["cny_value"], 1_175_000.0);
        assert_eq!(d["snapshot_2009"]["dy"]["price"]["value"], 115.67);
        assert_eq!(
            d["markets"][3]["reported_exports"]["source"],
            DATASET.markets[3]
                .reported_exports
                .map(|f| f.source)
                .unwrap_or_default()
        );
    }

    /// What the browser looks up in the document (`ui::reference`): a source's title, date and
    /// link by id, and a figure's derivation by its path in the dataset.
    #[test]
    fn the_document_holds_the_text_the_browser_reads_from_it() {
        let json: serde_json::Value = match serde_json::from_str(&dataset_json()) {
            Ok(v) => v,
            Err(e) => panic!("the dataset document is not valid JSON: {e}"),
        };
        let d = &json["dataset"];
        for (i, s) in DATASET.sources.iter().enumerate() {
            assert_eq!(d["sources"][i]["id"], s.id);
            assert_eq!(d["sources"][i]["title"], s.title);
            assert_eq!(d["sources"][i]["url"], s.url);
            assert_eq!(d["sources"][i]["date"], s.date);
        }
        assert_eq!(
            d["conversions"]["ndpr_oxide_per_metal"]["derivation"],
            DATASET.conversions.ndpr_oxide_per_metal.derivation
        );
        assert_eq!(
            d["markets"][2]["export_tolerance"]["derivation"],
            DATASET.markets[2].export_tolerance.derivation
        );
        assert!(!DATASET
            .conversions
            .ndpr_oxide_per_metal
            .derivation
            .is_empty());
    }

    /// Issue #16: the download carries, for every view, the figures the methodology page lists
    /// for it (its chain at each stage, its need, its market shares, its buyers' stocks and state
    /// stockpile, the projects that count for it), each with its value, source and confidence.
    #[test]
    fn the_document_holds_every_views_figures_with_their_sources() {
        use crate::data::{Chain, MarketId, Stage, Viewpoint};
        let json: serde_json::Value = match serde_json::from_str(&dataset_json()) {
            Ok(v) => v,
            Err(e) => panic!("the dataset document is not valid JSON: {e}"),
        };
        let d = &json["dataset"];
        let sourced = |f: &serde_json::Value, what: &str, value: f64| {
            assert_eq!(f["value"].as_f64(), Some(value), "{what}");
            let source = f["source"].as_str().unwrap_or_default();
            assert!(!source.is_empty(), "{what} has no source");
            assert!(f["confidence"].is_string(), "{what} has no confidence");
        };
        let stages = d["stages"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let needs = d["needs"].as_array().map(Vec::as_slice).unwrap_or_default();
        for v in Viewpoint::ALL {
            let k = v.key();
            for ch in Chain::ALL {
                for st in Stage::ALL {
                    let want = DATASET.stage(v, ch, st);
                    let what = format!("stage {k} {} {}", ch.key(), st.key());
                    let row = stages.iter().find(|r| {
                        r["viewpoint"] == k && r["chain"] == ch.key() && r["stage"] == st.key()
                    });
                    let Some(row) = row else {
                        panic!("{what} is not in the document")
                    };
                    sourced(&row["capacity"], &what, want.capacity.value);
                    sourced(&row["recycling"], &what, want.recycling.value);
                }
                let what = format!("need {k} {}", ch.key());
                let Some(row) = needs
                    .iter()
                    .find(|r| r["viewpoint"] == k && r["chain"] == ch.key())
                else {
                    panic!("{what} is not in the document")
                };
                sourced(&row["need"], &what, DATASET.need(v, ch).need.value);
            }
            let profile = &d["views"][v as usize];
            assert_eq!(profile["viewpoint"], k);
            let want = DATASET.view(v);
            for (i, id) in MarketId::ALL.iter().enumerate() {
                let what = format!("{k} {}", id.key());
                sourced(
                    &profile["share"][i],
                    &format!("share {what}"),
                    want.share[i].value,
                );
                sourced(
                    &profile["buyers_stock"][i],
                    &format!("buyers' stocks {what}"),
                    want.buyers_stock[i].value,
                );
            }
            match want.state_stockpile {
                Some(f) => sourced(
                    &profile["state_stockpile"],
                    &format!("stockpile {k}"),
                    f.value,
                ),
                None => assert!(profile["state_stockpile"].is_null(), "{k}"),
            }
            // The projects that count for the view name it.
            let counted = DATASET
                .projects
                .iter()
                .filter(|p| p.views.iter().any(|pv| pv.view == v))
                .count();
            let listed = d["projects"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .filter(|p| {
                            p["views"]
                                .as_array()
                                .is_some_and(|vs| vs.iter().any(|pv| pv["view"] == k))
                        })
                        .count()
                })
                .unwrap_or_default();
            assert_eq!(listed, counted, "projects counting for {k}");
        }
        // The EU's Act benchmarks and Japan's backtest figures.
        sourced(
            &d["crma"]["single_supplier"],
            "crma single supplier",
            DATASET.crma.single_supplier.value,
        );
        assert!(d["japan_backtest"].is_object());
    }
}
