//! The viewpoint's own time to survive (MODEL.md §7.2), the EU's Critical Raw Materials Act
//! benchmarks (§6.2) and the report's sections for every view (issue #16).
#![cfg(not(target_arch = "wasm32"))]

use rare_earth_risk::data::{MarketId, Viewpoint, DATASET};
use rare_earth_risk::model::{evaluate_query, Options, Outcome};

fn central(q: &str) -> Outcome {
    evaluate_query(q, &DATASET, &Options::central())
}

/// What `report` prints: the outcome as JSON.
fn report(q: &str) -> serde_json::Value {
    serde_json::to_value(central(q)).unwrap_or_default()
}

#[test]
fn report_prints_the_view_section_for_every_view_and_crma_for_the_eu_only() {
    for v in Viewpoint::ALL {
        let j = report(&format!("preset=embargo-now&view={}", v.key()));
        let view = &j["viewpoint"];
        assert_eq!(view["key"], v.key(), "{j}");
        assert_eq!(view["name"], v.name());
        let profile = DATASET.view(v);
        for (k, id) in MarketId::ALL.iter().enumerate() {
            let m = &view["markets"][id.key()];
            assert_eq!(
                m["share"],
                profile.share[k].value,
                "{} {}",
                v.key(),
                id.key()
            );
            assert!(m["cover_months"].is_number() && m["cover_t"].is_number());
            assert!(m.get("time_to_survive_months").is_some());
        }
        assert_eq!(
            view["state_stockpile_months"].as_f64(),
            profile.state_stockpile.map(|f| f.value)
        );
        assert_eq!(j.get("crma").is_some(), v == Viewpoint::Eu, "{}", v.key());
        // The Japan backtest is in every report.
        assert!(j["backtest"]["japan"]["model_2010"]["light"]["magnet"].is_number());
    }
    let eu = report("view=eu");
    for b in ["extraction", "processing", "recycling", "single_supplier"] {
        let c = &eu["crma"][b];
        assert!(
            c["benchmark"].is_number() && c["met"].is_boolean(),
            "{b}: {c}"
        );
        assert!(c["light"].is_number() && c["heavy"].is_number(), "{b}: {c}");
        assert!(!c["basis"].as_str().unwrap_or_default().is_empty());
    }
}

#[test]
fn the_pooled_view_equals_the_market_time_to_survive() {
    let mut queries: Vec<String> = DATASET
        .presets
        .iter()
        .map(|p| format!("preset={}&view=exchina", p.id))
        .collect();
    queries.extend(
        [
            "quota_heavy=0&quota_magnet=0&months=24&view=exchina",
            "quota_light=0&quota_heavy=20&buffer=6&view=exchina",
            "quota_magnet=10&buffer=0&view=exchina",
        ]
        .map(String::from),
    );
    let mut finite = 0;
    for q in &queries {
        let o = central(q);
        for id in MarketId::ALL {
            let own = o.viewpoint.markets.get(id).time_to_survive_months;
            let market = o.markets.get(id).time_to_survive_months.central;
            match (own, market) {
                (Some(a), Some(b)) => {
                    finite += 1;
                    assert!((a - b).abs() < 1e-9, "{q} {id:?}: {a} vs {b}");
                }
                (a, b) => assert_eq!(a, b, "{q} {id:?}"),
            }
            assert_eq!(
                o.viewpoint.markets.get(id).buyers_stock_months,
                o.markets.get(id).inputs.buffer
            );
        }
        assert_eq!(
            o.viewpoint.time_to_survive_months.is_some(),
            o.time_to_survive_months.central.is_some(),
            "{q}"
        );
    }
    // The comparison is not empty: some markets do run out.
    assert!(finite >= 4, "{finite}");
}

#[test]
fn a_view_with_less_cover_than_the_market_runs_out_first() {
    // licensing-apr-2025: Dy buyers outside China hold the calibrated 8 months and never run
    // below 10 %; US buyers hold the 2.5-month stand-in (an assumption) and run out.
    let o = central("preset=licensing-apr-2025&view=us");
    let dy = o.viewpoint.markets.get(MarketId::Dy);
    assert!(dy.buyers_stock_months < o.markets.dy.inputs.buffer);
    assert_eq!(o.markets.dy.time_to_survive_months.central, None);
    let t = dy.time_to_survive_months.unwrap_or(f64::INFINITY);
    assert!(t < 12.0, "{t}");
    // India buys no separated Dy (share 0): it never runs out of it.
    let india = central("preset=licensing-apr-2025&view=india");
    assert_eq!(india.viewpoint.markets.dy.share, 0.0);
    assert_eq!(india.viewpoint.markets.dy.time_to_survive_months, None);
}

#[test]
fn no_restriction_means_no_view_runs_out() {
    for v in Viewpoint::ALL {
        let o = central(&format!("preset=baseline-2024&view={}", v.key()));
        assert_eq!(o.viewpoint.time_to_survive_months, None, "{}", v.key());
        for id in MarketId::ALL {
            assert_eq!(o.viewpoint.markets.get(id).shortfall_12m_t, 0.0);
        }
    }
}

#[test]
fn eu_benchmarks_read_the_eu_chain() {
    let o = central("view=eu&year=2030");
    let Some(c) = o.crma.clone() else {
        panic!("no crma section")
    };
    assert_eq!(c.year, 2030);
    assert_eq!(
        c.single_supplier.benchmark,
        DATASET.crma.single_supplier.value
    );
    assert_eq!(c.processing.benchmark, DATASET.crma.processing.value);
    // Single supplier: the worst stage of each chain.
    for (chain, got) in [
        (&o.dependency.light, c.single_supplier.light),
        (&o.dependency.heavy, c.single_supplier.heavy),
    ] {
        let worst = [
            &chain.mining,
            &chain.separation,
            &chain.metal,
            &chain.magnet,
        ]
        .iter()
        .map(|s| s.dependency.central)
        .fold(0.0, f64::max);
        assert_eq!(got, Some(worst));
    }
    assert_eq!(
        c.single_supplier.met,
        Some(c.single_supplier.light <= Some(0.65) && c.single_supplier.heavy <= Some(0.65))
    );
    // Extraction: the mining stage's capacity and recycled feed over the need.
    let m = &o.dependency.light.mining.inputs;
    let want = ((m.capacity + m.recycling) / m.need).min(1.0);
    assert_eq!(c.extraction.light, Some(want));
    // Enough extra capacity at every stage meets the 65 % line (the sliders act on the chain).
    let built = central(
        "view=eu&year=2030&add_mining=36000&add_separation=36000&add_metal=36000&add_magnet=99723",
    );
    let b = built.crma.unwrap_or(c);
    assert_eq!(
        b.single_supplier.light.map(|x| x <= 0.65),
        Some(true),
        "{b:?}"
    );
    assert_eq!(b.processing.light.map(|x| x >= 0.40), Some(true), "{b:?}");
}
