//! Reference values and invariants of the compiled dataset, read through the public API.
//! Native only: it reads the text the browser build leaves out (derivations, links, the policy timeline).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// The project statuses build.rs accepts, from the dataset compiler itself.
use dataset_build::schema::PROJECT_STATUSES as STATUSES;
use rare_earth_risk::data::{
    Chain, Confidence, Dataset, Figure, MarketId, Stage, Viewpoint, DATASET,
};

const D: &Dataset = &DATASET;

/// Adds `figures`, each labelled `label`.
fn add(v: &mut Vec<(String, Figure)>, label: &str, figures: &[Figure]) {
    v.extend(figures.iter().map(|f| (label.to_string(), *f)));
}

/// Every figure in the dataset with a label saying where it is.
fn all_figures() -> Vec<(String, Figure)> {
    let mut v: Vec<(String, Figure)> = Vec::new();
    for m in &D.markets {
        let k = m.id.key();
        for (n, f) in [
            ("W", m.world_production),
            ("C", m.china_production),
            ("F", m.non_china_supply),
            ("K", m.non_china_capacity),
            ("D", m.demand),
            ("tol", m.export_tolerance),
            ("P", m.price),
            ("es_cn", m.es_cn),
            ("B", m.backstop),
            ("ed.low", m.ed.low),
            ("ed.central", m.ed.central),
            ("ed.high", m.ed.high),
            ("es.low", m.es.low),
            ("es.central", m.es.central),
            ("es.high", m.es.high),
        ] {
            v.push((format!("market {k} {n}"), f));
        }
        for (n, f) in [
            ("E", m.reported_exports),
            ("tol_abs", m.export_tolerance_abs),
            ("X", m.sold_into_china),
            ("D_low", m.demand_low),
            ("D_high", m.demand_high),
            ("F_2025", m.non_china_supply_2025),
        ] {
            if let Some(f) = f {
                v.push((format!("market {k} {n}"), f));
            }
        }
    }
    let mc = &D.magnet;
    add(
        &mut v,
        "magnet",
        &[
            mc.ndpr_per_kg,
            mc.dy_per_kg,
            mc.tb_per_kg,
            mc.china_magnet_dytb_per_kg,
        ],
    );
    let c = &D.conversions;
    add(
        &mut v,
        "conversions",
        &[
            c.ndpr_oxide_per_metal,
            c.ndpr_metal_share_of_magnet,
            c.dy_oxide_per_metal,
            c.tb_oxide_per_metal,
            c.ndpr_share_mountain_pass,
            c.ndpr_share_mt_weld,
            c.ndpr_share_monazite,
            c.ndpr_share_loparite,
            c.ndpr_share_ionic_clay,
            c.dytb_share_mountain_pass,
            c.dytb_share_mt_weld,
            c.dytb_share_ionic_clay,
            c.ndpr_recovery,
            c.machining_scrap,
        ],
    );
    for s in &D.stages {
        let l = format!("stage {:?} {:?} {:?}", s.viewpoint, s.chain, s.stage);
        v.push((l.clone(), s.capacity));
        v.push((l, s.recycling));
    }
    for n in &D.needs {
        v.push((format!("need {:?} {:?}", n.viewpoint, n.chain), n.need));
    }
    let a = &D.assumptions;
    add(
        &mut v,
        "assumptions",
        &[
            a.dependency_target,
            a.default_ramp_years,
            a.added_capacity_start_year,
            a.default_delay,
        ],
    );
    for d in D.project_delivery {
        v.push((format!("delivery {}", d.status), d.odds));
    }
    let h = &D.headline;
    add(
        &mut v,
        "headline",
        &[
            h.world_mine_production,
            h.china_mine_production,
            h.us_mine_production,
            h.us_net_import_reliance,
            h.us_apparent_consumption,
            h.china_rare_earth_exports,
            h.china_magnet_exports,
            h.china_rare_earth_imports,
        ],
    );
    let s = &D.snapshot_2009;
    add(
        &mut v,
        "snapshot_2009",
        &[
            s.world_production,
            s.china_production,
            s.non_china_supply,
            s.non_china_capacity,
            s.china_consumption,
            s.exports,
            s.demand,
            s.quota_2010,
            s.export_tolerance,
        ],
    );
    for m in [&s.ndpr, &s.dy] {
        for f in [
            m.demand,
            m.non_china_supply,
            m.non_china_capacity,
            m.china_production,
            m.china_consumption,
            m.exports,
            m.price,
        ] {
            v.push((format!("snapshot_2009 {}", m.id.key()), f));
        }
    }
    for e in D.export_shares {
        v.push((format!("export share {} {}", e.group, e.month), e.share));
    }
    for e in D.episodes {
        v.push((
            format!("episode {} {} {}", e.id, e.element, e.figure),
            e.value,
        ));
    }
    for p in D.domestic_prices {
        v.push((format!("domestic price {} {}", p.element, p.date), p.price));
    }
    for o in D.country_outputs {
        v.push((
            format!("country {} {:?} {:?}", o.country, o.chain, o.stage),
            o.output,
        ));
    }
    for m in D.mine_production {
        v.push((format!("mine {} {}", m.country, m.year), m.output));
    }
    for p in D.projects {
        for f in [p.light_t, p.heavy_t, p.magnet_t] {
            v.push((format!("project {}", p.id), f));
        }
    }
    for p in D.products {
        v.push((format!("product {}", p.id), p.magnet_kg));
        v.push((format!("product {}", p.id), p.dy_tb_kg));
    }
    for p in D.prices {
        v.push((format!("price {} {}", p.element, p.year), p.price));
    }
    for s in D.spikes {
        v.push((format!("spike {}", s.element), s.before));
        v.push((format!("spike {}", s.element), s.annual));
        if let Some(p) = s.peak {
            v.push((format!("spike {}", s.element), p));
        }
    }
    for s in D.spreads {
        v.push((
            format!("spread {} {}", s.element, s.date),
            s.europe_usd_per_kg,
        ));
        v.push((
            format!("spread {} {}", s.element, s.date),
            s.china_usd_per_kg,
        ));
    }
    for q in D.quotas {
        v.push((format!("quota {}", q.year), q.quota));
        if let Some(e) = q.exports {
            v.push((format!("quota exports {}", q.year), e));
        }
    }
    for e in D.exports {
        v.push((format!("exports {} {}", e.series, e.year), e.volume));
    }
    v
}

fn price(element: &str, year: u16) -> f64 {
    D.prices
        .iter()
        .find(|p| p.element == element && p.year == year)
        .map(|p| p.price.value)
        .unwrap_or_else(|| panic!("no price for {element} {year}"))
}

#[test]
fn reference_values() {
    assert_eq!(
        D.mine_output("China", 2024).unwrap().output.value,
        270_000.0
    );
    assert_eq!(
        D.mine_output("World", 2024).unwrap().output.value,
        390_000.0
    );
    assert_eq!(D.headline.china_mine_production.value, 270_000.0);
    assert_eq!(D.headline.china_mine_production.unit, "t REO");
    assert_eq!(D.headline.world_mine_production.value, 390_000.0);
    assert_eq!(D.headline.us_net_import_reliance.value, 80.0);
    assert_eq!(D.headline.us_net_import_reliance.unit, "%");
    assert_eq!(D.headline.us_net_import_reliance.year, 2024);
    assert_eq!(price("nd", 2024), 56.0);
    assert_eq!(price("dy", 2024), 260.0);
    assert_eq!(price("tb", 2024), 810.0);
    assert_eq!(D.market(MarketId::Ndpr).price.value, 56.0);
    assert_eq!(D.market(MarketId::Dy).price.value, 260.0);
    assert_eq!(D.market(MarketId::Tb).price.value, 810.0);
    let q2010 = D.quotas.iter().find(|q| q.year == 2010).unwrap();
    assert_eq!(q2010.quota.value, 30_258.0);
    assert_eq!(D.snapshot_2009.quota_2010.value, 30_258.0);
    assert_eq!(D.headline.china_magnet_exports.value, 58_152.0);
    assert_eq!(D.export("magnets", 2024).unwrap().volume.value, 58_152.0);
    assert_eq!(
        D.market(MarketId::Magnet).reported_exports.unwrap().value,
        58_152.0
    );
}

#[test]
fn metadata() {
    assert_eq!(D.vintage, "2026-12");
    assert_eq!(D.baseline_year, 2024);
    assert!(D.credit.contains("USGS (public domain)") && D.credit.contains("IEA (CC BY 4.0)"));
}

#[test]
fn every_source_id_resolves() {
    let mut checked = 0;
    let mut ids: Vec<(String, &str)> = all_figures()
        .into_iter()
        .map(|(l, f)| (l, f.source))
        .collect();
    ids.extend(
        D.projects
            .iter()
            .map(|p| (format!("project {}", p.id), p.source)),
    );
    ids.extend(
        D.policy
            .iter()
            .map(|p| (format!("policy {}", p.date), p.source)),
    );
    ids.extend(
        D.presets
            .iter()
            .map(|p| (format!("preset {}", p.id), p.source)),
    );
    for (label, src) in ids {
        assert!(!src.trim().is_empty(), "{label}: no source");
        for id in src.split_whitespace() {
            assert!(
                D.source(id).is_some(),
                "{label}: source {id} does not resolve"
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
    let usgs = D.source("S1").unwrap();
    assert!(usgs.licence.contains("public domain"));
    assert!(usgs.url.starts_with("https://pubs.usgs.gov/"));
    assert!(D.sources.iter().any(|s| s.licence.contains("CC BY 4.0")));
}

#[test]
fn every_figure_is_labelled() {
    for (label, f) in all_figures() {
        assert!(f.value.is_finite(), "{label}");
        assert!(!f.unit.is_empty(), "{label}: no unit");
        assert!((2000..=2035).contains(&f.year), "{label}: year {}", f.year);
        if f.confidence == Confidence::Derived {
            assert!(
                !f.derivation.is_empty(),
                "{label}: derived without derivation"
            );
        }
        if f.unit.starts_with('t') || f.unit.starts_with("kg") {
            assert!(f.value >= 0.0, "{label}: negative tonnage");
        }
    }
}

#[test]
fn shares_are_at_most_100_percent() {
    for (label, f) in all_figures() {
        match f.unit {
            "share" => assert!((0.0..=1.0).contains(&f.value), "{label}: {}", f.value),
            "%" => assert!((0.0..=100.0).contains(&f.value), "{label}: {}", f.value),
            _ => {}
        }
    }
    let m = &D.magnet;
    assert!(m.ndpr_per_kg.value + m.dy_per_kg.value + m.tb_per_kg.value <= 1.0);
    for p in D.products {
        assert!(p.dy_tb_kg.value <= p.magnet_kg.value, "{}", p.id);
    }
    for p in D.projects {
        assert!((0.0..=1.0).contains(&p.dy_share), "{}", p.id);
    }
    // China's share of world output at each stage, from the country rows.
    for c in Chain::ALL {
        for s in Stage::ALL {
            let rows: Vec<_> = D
                .country_outputs
                .iter()
                .filter(|o| o.chain == c && o.stage == s)
                .collect();
            let total: f64 = rows.iter().map(|o| o.output.value).sum();
            let china: f64 = rows
                .iter()
                .filter(|o| o.china_controlled)
                .map(|o| o.output.value)
                .sum();
            assert!(
                total > 0.0 && china / total <= 1.0 && china / total > 0.5,
                "{c:?} {s:?}"
            );
        }
    }
    // Countries sum to the rounded world total within USGS rounding.
    for y in [2023, 2024] {
        let world = D.mine_output("World", y).unwrap().output.value;
        let sum: f64 = D
            .mine_production
            .iter()
            .filter(|m| m.year == y && !m.world_total)
            .map(|m| m.output.value)
            .sum();
        assert!(sum <= world * 1.03, "{y}: {sum} vs {world}");
    }
}

#[test]
fn reported_exports_agree_with_the_model_within_tolerance() {
    for m in &D.markets {
        let model = (m.demand.value - m.non_china_supply.value).max(0.0);
        let Some(rep) = m.reported_exports else {
            continue;
        };
        let gap = (rep.value - model).abs();
        let rel = m.export_tolerance.value * rep.value.max(model);
        let abs = m.export_tolerance_abs.map_or(0.0, |f| f.value);
        assert!(
            gap <= rel || gap <= abs,
            "{}: reported {} vs model {model}",
            m.id.key(),
            rep.value
        );
    }
    // The stated tolerances of data-reference §11.5.
    let tol = |id| D.market(id).export_tolerance.value;
    assert_eq!(tol(MarketId::Ndpr), 0.25);
    assert_eq!(
        D.market(MarketId::Ndpr).export_tolerance_abs.unwrap().value,
        1000.0
    );
    assert_eq!(tol(MarketId::Dy), 0.25);
    assert_eq!(tol(MarketId::Tb), 0.30);
    assert_eq!(tol(MarketId::Magnet), 0.15);
}

#[test]
fn markets_are_consistent_and_ordered() {
    for (i, id) in MarketId::ALL.iter().enumerate() {
        let m = &D.markets[i];
        assert_eq!(m.id, *id);
        assert!(
            m.non_china_capacity.value >= m.non_china_supply.value,
            "{}: K < F",
            id.key()
        );
        let w = m.world_production.value;
        assert!((w - m.china_production.value - m.non_china_supply.value).abs() <= 0.01 * w);
        assert!(m.ed.low.value >= m.ed.central.value && m.ed.central.value >= m.ed.high.value);
        assert!(m.es.low.value <= m.es.central.value && m.es.central.value <= m.es.high.value);
        assert!(m.backstop.value > 1.0);
        assert_eq!(m.backstop.confidence, Confidence::Assumption);
        assert_eq!(m.ed.central.confidence, Confidence::Assumption);
    }
}

#[test]
fn stages_and_needs_are_complete_and_ordered() {
    let mut i = 0;
    for v in Viewpoint::ALL {
        for c in Chain::ALL {
            for s in Stage::ALL {
                let row = &D.stages[i];
                assert_eq!((row.viewpoint, row.chain, row.stage), (v, c, s));
                assert_eq!(D.stage(v, c, s), row);
                i += 1;
            }
            let n = D.need(v, c);
            assert_eq!((n.viewpoint, n.chain), (v, c));
            assert!(n.need.value > 0.0);
        }
    }
}

/// The baseline dependency of MODEL.md §6 with these inputs, checked against data-reference §11.3
/// (with R_magnet = 0 the magnet stage no longer dips below the metal stage).
#[test]
fn baseline_dependency_matches_the_reference_and_never_falls() {
    let dep = |v: Viewpoint, c: Chain| -> Vec<f64> {
        let n = D.need(v, c).need.value;
        let mut t = 0.0_f64;
        Stage::ALL
            .iter()
            .map(|&s| {
                let row = D.stage(v, c, s);
                t = if s == Stage::Mining {
                    row.capacity.value + row.recycling.value
                } else {
                    (t + row.recycling.value).min(row.capacity.value)
                };
                1.0 - (t / n).min(1.0)
            })
            .collect()
    };
    let close = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.006);
    let us_light = dep(Viewpoint::Us, Chain::Light);
    assert!(
        close(&us_light, &[0.0, 0.629, 0.986, 0.986]),
        "{us_light:?}"
    );
    let ex_light = dep(Viewpoint::Exchina, Chain::Light);
    assert!(
        close(&ex_light, &[0.455, 0.672, 0.862, 0.862]),
        "{ex_light:?}"
    );
    let us_heavy = dep(Viewpoint::Us, Chain::Heavy);
    assert!(close(&us_heavy, &[0.835, 1.0, 1.0, 1.0]), "{us_heavy:?}");
    let ex_heavy = dep(Viewpoint::Exchina, Chain::Heavy);
    assert!(
        close(&ex_heavy, &[0.909, 0.945, 0.945, 0.945]),
        "{ex_heavy:?}"
    );
    // The four views of issue #16 (data-reference figures as derived in data/baseline.csv):
    // the EU, Korea and India have no China-free ore, so nothing passes their chains; Japan's
    // chain carries Lynas' NdPr and recycled swarf.
    for v in [Viewpoint::Eu, Viewpoint::Korea, Viewpoint::India] {
        for c in Chain::ALL {
            assert_eq!(dep(v, c)[3], 1.0, "{v:?} {c:?}");
        }
    }
    let india_light = dep(Viewpoint::India, Chain::Light);
    assert!(close(&india_light[..1], &[0.724]), "{india_light:?}");
    let japan_light = dep(Viewpoint::Japan, Chain::Light);
    assert!(
        close(&japan_light, &[0.510, 0.460, 0.466, 0.466]),
        "{japan_light:?}"
    );
    let japan_heavy = dep(Viewpoint::Japan, Chain::Heavy);
    assert!(
        close(&japan_heavy, &[1.0, 0.862, 0.862, 0.862]),
        "{japan_heavy:?}"
    );
    // MODEL.md §6: dependency never falls along the chain except where recycled feed enters,
    // and then by at most R_s / N.
    for v in Viewpoint::ALL {
        for c in Chain::ALL {
            assert_eq!(D.stage(v, c, Stage::Magnet).recycling.value, 0.0);
            let d = dep(v, c);
            let n = D.need(v, c).need.value;
            for (s, w) in Stage::ALL[1..].iter().zip(d.windows(2)) {
                let r = D.stage(v, c, *s).recycling.value;
                assert!(w[1] >= w[0] - r / n - 1e-12, "{v:?} {c:?} {s:?}: {d:?}");
            }
        }
    }
}

/// The per-view rows of issue #16: market shares, buyers' stocks, state stockpiles, the CRMA
/// benchmarks and the Japan backtest.
#[test]
fn view_profiles_crma_and_the_japan_backtest() {
    for (i, v) in Viewpoint::ALL.iter().enumerate() {
        let p = D.view(*v);
        assert_eq!(p.viewpoint, *v);
        assert_eq!(D.views[i].viewpoint, *v);
        assert_eq!(Viewpoint::from_key(v.key()), Some(*v));
        for f in p.share.iter().chain(p.buyers_stock.iter()) {
            assert!(f.value >= 0.0 && !f.source.is_empty(), "{v:?}");
        }
        assert_eq!(p.state_stockpile.is_none(), *v == Viewpoint::Exchina);
    }
    // exchina is the whole market; its buyers' stocks are the market buffers.
    for (k, id) in MarketId::ALL.iter().enumerate() {
        let ex = D.view(Viewpoint::Exchina);
        assert_eq!(ex.share[k].value, 1.0);
        assert_eq!(ex.buyers_stock[k], D.market(*id).buffer);
        let countries: f64 = Viewpoint::ALL
            .iter()
            .filter(|v| **v != Viewpoint::Exchina)
            .map(|v| D.view(*v).share[k].value)
            .sum();
        assert!(countries <= 1.0, "{}: {countries}", id.key());
    }
    // Japan is the largest buyer of separated NdPr outside China; the EU of magnets after it.
    let ndpr = |v: Viewpoint| D.view(v).share[0].value;
    assert!(Viewpoint::ALL
        .iter()
        .all(|v| *v == Viewpoint::Exchina || ndpr(*v) <= ndpr(Viewpoint::Japan)));
    // A per-market override replaces the view's one figure: EU magnets 2 months (CLEPA);
    // its oxides take the stand-in, the calibrated ex-China magnet buffer.
    let eu = D.view(Viewpoint::Eu);
    assert_eq!(eu.buyers_stock[3].value, 2.0);
    assert_eq!(
        eu.buyers_stock[0].value,
        D.market(rare_earth_risk::data::MarketId::Magnet)
            .buffer
            .value
    );
    assert_eq!(eu.buyers_stock[0].confidence, Confidence::Assumption);
    // State stockpiles: Japan's and Korea's targets, none counted for the others.
    let stock = |v: Viewpoint| D.view(v).state_stockpile.map(|f| f.value);
    assert_eq!(stock(Viewpoint::Japan), Some(2.0));
    assert_eq!(stock(Viewpoint::Korea), Some(3.3));
    for v in [Viewpoint::Us, Viewpoint::Eu, Viewpoint::India] {
        assert_eq!(stock(v), Some(0.0), "{v:?}");
    }
    let c = &D.crma;
    assert_eq!(
        [
            c.extraction.value,
            c.processing.value,
            c.recycling.value,
            c.single_supplier.value
        ],
        [0.10, 0.40, 0.25, 0.65]
    );
    assert_eq!(
        c.single_supplier.value,
        D.assumptions.dependency_target.value
    );
    // The Japan backtest: recorded 0.9 in 2010, 0.6–0.7 in 2024; the 2010 chain computes a
    // higher dependency than the 2024 one.
    let jb = &D.japan_backtest;
    assert_eq!(jb.dependency_2010.value, 0.90);
    assert_eq!(jb.dependency_2010.year, 2010);
    assert!(jb.dependency_2024_low.value <= jb.dependency_2024_high.value);
    let magnet_dep = |stage: &dyn Fn(Stage) -> (f64, f64), n: f64| {
        let mut t = 0.0_f64;
        for s in Stage::ALL {
            let (cap, r) = stage(s);
            t = if s == Stage::Mining {
                cap + r
            } else {
                (t + r).min(cap)
            };
        }
        1.0 - (t / n).min(1.0)
    };
    let dep_2010 = magnet_dep(
        &|s| {
            let r = jb.stage_2010(Chain::Light, s);
            assert_eq!(
                (r.viewpoint, r.chain, r.stage),
                (Viewpoint::Japan, Chain::Light, s)
            );
            (r.capacity.value, r.recycling.value)
        },
        jb.need_2010(Chain::Light).need.value,
    );
    let dep_2024 = magnet_dep(
        &|s| {
            let r = D.stage(Viewpoint::Japan, Chain::Light, s);
            (r.capacity.value, r.recycling.value)
        },
        D.need(Viewpoint::Japan, Chain::Light).need.value,
    );
    assert!((dep_2010 - 0.883).abs() < 0.005, "{dep_2010}");
    assert!(dep_2024 < dep_2010, "{dep_2024} vs {dep_2010}");
    for c in Chain::ALL {
        assert_eq!(jb.stage_2010(c, Stage::Magnet).recycling.value, 0.0);
        assert_eq!(jb.need_2010(c).need.year, 2010);
    }
}

#[test]
fn snapshot_2009_is_complete() {
    let s = &D.snapshot_2009;
    for f in [
        s.world_production,
        s.china_production,
        s.non_china_supply,
        s.non_china_capacity,
        s.china_consumption,
        s.exports,
        s.demand,
        s.quota_2010,
    ] {
        assert!(f.value > 0.0);
        assert_eq!(f.unit, "t REO");
    }
    assert_eq!(s.world_production.value, 133_500.0);
    assert_eq!(s.exports.value, 43_900.0);
    assert!(s.non_china_capacity.value >= s.non_china_supply.value);
    let ef = s.exports.value + s.non_china_supply.value;
    assert!((s.demand.value - ef).abs() <= s.export_tolerance.value * s.demand.value.max(ef));
}

#[test]
fn projects_and_products() {
    assert!(D.projects.len() >= 35, "{}", D.projects.len());
    let with_capacity = D
        .projects
        .iter()
        .filter(|p| p.light_t.value + p.heavy_t.value + p.magnet_t.value > 0.0)
        .count();
    assert!(with_capacity >= 35, "{with_capacity}");
    for p in D.projects {
        assert!((2000..=2035).contains(&p.start_year), "{}", p.id);
        assert!(p.ramp_years >= 1);
        assert_eq!(p.in_us, p.country == "United States", "{}", p.id);
        // Every project counts in full for exchina; `us` exactly for US plants.
        for c in Chain::ALL {
            assert_eq!(p.view_share(Viewpoint::Exchina, c), 1.0, "{}", p.id);
            assert_eq!(
                p.view_share(Viewpoint::Us, c),
                if p.in_us { 1.0 } else { 0.0 },
                "{}",
                p.id
            );
        }
        assert_eq!(
            p.magnet_t.value > 0.0,
            p.stage == Stage::Magnet && p.magnet_t.value > 0.0
        );
        match p.chain {
            "light" => assert_eq!(p.heavy_t.value, 0.0, "{}", p.id),
            "heavy" => assert_eq!(p.light_t.value, 0.0, "{}", p.id),
            "both" => {}
            other => panic!("{}: chain {other}", p.id),
        }
        assert!(D
            .source(p.source.split_whitespace().next().unwrap())
            .is_some());
    }
    assert!(D.projects.iter().any(|p| p.in_us) && D.projects.iter().any(|p| !p.in_us));
    assert!(D.products.len() >= 7);
    for id in [
        "ev-motor",
        "wind-dd-mw",
        "f35",
        "ddg51",
        "virginia-ssn",
        "hdd",
        "humanoid-robot",
    ] {
        let p = D
            .products
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(p.magnet_kg.value > 0.0 && !p.magnet_kg.source.is_empty());
    }
    assert!(D.products.iter().filter(|p| p.defence).count() >= 3);
}

#[test]
fn history_for_presets_and_backtests() {
    for y in 2005..=2014 {
        assert!(D.quotas.iter().any(|q| q.year == y), "quota {y}");
    }
    assert_eq!(
        D.quotas
            .iter()
            .find(|q| q.year == 2010)
            .unwrap()
            .exports
            .unwrap()
            .value,
        39_813.0
    );
    for el in ["nd", "dy", "tb"] {
        assert!(price(el, 2009) > 0.0);
        let s = D.spikes.iter().find(|s| s.element == el).unwrap();
        assert_eq!(s.before.year, 2009);
        assert_eq!(s.annual.year, 2011);
        assert!(s.annual_low <= s.annual.value && s.annual.value <= s.annual_high);
        assert!(s.annual.value > 5.0 * s.before.value, "{el}");
    }
    assert!(D
        .spikes
        .iter()
        .find(|s| s.element == "dy")
        .unwrap()
        .peak
        .is_some());
    for el in ["dy", "tb"] {
        let s = D.spreads.iter().find(|s| s.element == el).unwrap();
        assert!(
            s.europe_usd_per_kg.value > 2.0 * s.china_usd_per_kg.value,
            "{el}"
        );
    }
    for date in [
        "2010",
        "2023-12-21",
        "2025-04-04",
        "2025-06-09",
        "2025-07-10",
        "2025-10-09",
        "2025-11-07",
    ] {
        assert!(D.policy.iter().any(|p| p.date == date), "policy {date}");
    }
}

#[test]
fn presets_and_assumptions() {
    for id in [
        "baseline-2024",
        "quota-2010",
        "licensing-apr-2025",
        "truce-jun-2025",
        "controls-oct-2025",
        "embargo-now",
        "pipeline-2030",
    ] {
        let p = D.preset(id).unwrap_or_else(|| panic!("{id}"));
        assert!(!p.name.is_empty() && !p.note.is_empty() && !p.query.is_empty());
    }
    // quota-2010: 30,258 ÷ 43,900 ≈ 69 %.
    let q = (D.snapshot_2009.quota_2010.value / D.snapshot_2009.exports.value * 100.0).round();
    assert_eq!(q, 69.0);
    // Presets carry what happened (MODEL.md §8): quota-2010 lets out the realised 2010 and 2011
    // exports (39,813 and 18,600 t against 2009's 43,900 t), averaged over its 24 months.
    let e = |y: u16| D.export("rare_earths", y).unwrap().volume.value;
    let realised = ((e(2010) + e(2011)) / 2.0 / D.snapshot_2009.exports.value * 100.0).floor();
    assert_eq!(realised, 66.0);
    let q2010 = D.preset("quota-2010").unwrap().query;
    assert!(
        q2010.contains("quota_light=66") && q2010.contains("months=24"),
        "{q2010}"
    );
    // The 2025 presets follow the recorded months, from the month each episode began.
    for (id, start, months) in [
        ("licensing-apr-2025", 4, 9),
        ("truce-jun-2025", 6, 7),
        ("controls-oct-2025", 10, 1),
    ] {
        let q = D.preset(id).unwrap().query;
        assert!(
            q.contains(&format!("start={start}&months={months}"))
                && q.contains("quota_heavy=realised")
                && q.contains("quota_magnet=realised"),
            "{id}: {q}"
        );
    }
    // May 2025 magnet exports were 74 % below May 2024.
    assert_eq!(D.export_share("magnet", "2025-05"), Some(0.26));
    assert!(D
        .preset("embargo-now")
        .unwrap()
        .query
        .contains("quota_heavy=0"));
    let p2030 = D.preset("pipeline-2030").unwrap().query;
    assert!(
        p2030.contains("year=2030") && p2030.contains("pipeline=100") && p2030.contains("delay=0")
    );
    let a = &D.assumptions;
    assert_eq!(a.dependency_target.value, 0.65);
    assert_eq!(a.default_ramp_years.value, 3.0);
    assert_eq!(a.added_capacity_start_year.value, 2026.0);
    for f in [
        a.dependency_target,
        a.default_ramp_years,
        a.added_capacity_start_year,
    ] {
        assert_eq!(f.confidence, Confidence::Assumption);
    }
}

#[test]
fn exports_2011_and_2012_follow_the_audit() {
    let e2011 = D.export("rare_earths", 2011).unwrap().volume;
    assert_eq!(e2011.value, 18_600.0);
    assert_eq!(e2011.confidence, Confidence::Medium);
    assert!(
        e2011.derivation.contains("16,900"),
        "CREIA's figure is noted"
    );
    assert_eq!(
        D.export("rare_earths", 2012).unwrap().volume.value,
        16_265.0
    );
    let q = |y: u16| D.quotas.iter().find(|q| q.year == y).unwrap();
    let fill = |y: u16| q(y).exports.unwrap().value / q(y).quota.value;
    assert!((fill(2011) - 0.61).abs() < 0.01, "{}", fill(2011));
    assert!((fill(2012) - 0.53).abs() < 0.01, "{}", fill(2012));
}

#[test]
fn export_shares_carry_what_left_china() {
    for g in ["light", "heavy"] {
        for m in 1..=12 {
            let share = |y| D.export_share(g, &format!("{y}-{m:02}")).unwrap();
            assert_eq!(share(2010), 0.907, "{g} 2010-{m:02}");
            assert_eq!(share(2011), 0.424, "{g} 2011-{m:02}");
        }
    }
    assert!((39_813.0_f64 / 43_900.0 - 0.907).abs() < 5e-4);
    assert!((18_600.0_f64 / 43_900.0 - 0.424).abs() < 5e-4);
    // 2025: every month from April to December for the heavy and magnet groups.
    for g in ["heavy", "magnet"] {
        for m in 4..=12 {
            assert!(
                D.export_share(g, &format!("2025-{m:02}")).is_some(),
                "{g} 2025-{m:02}"
            );
        }
    }
    assert_eq!(D.export_share("heavy", "2025-05"), Some(0.0));
    assert_eq!(D.export_share("heavy", "2025-06"), Some(0.035));
    assert!((1_201.0_f64 / 34_627.0 - 0.035).abs() < 5e-4);
    assert_eq!(D.export_share("magnet", "2025-05"), Some(0.26));
    assert_eq!(D.export_share("magnet", "2025-06"), Some(0.62));
    assert_eq!(D.export_share("light", "2025-06"), None);
    // The heavy months 2025-06..12 reproduce the customs series: 44,746 kg Dy + 36,518 kg Tb.
    let sum: f64 = (6..=12)
        .map(|m| D.export_share("heavy", &format!("2025-{m:02}")).unwrap())
        .sum();
    assert!(
        (sum * 34_627.0 - 81_264.0).abs() < 100.0,
        "{}",
        sum * 34_627.0
    );
    for e in D.export_shares {
        assert_eq!(e.share.unit, "ratio");
        assert!(e.share.value >= 0.0);
        assert_eq!(e.share.year.to_string(), e.month[..4]);
        assert!(!e.share.derivation.is_empty(), "{} {}", e.group, e.month);
    }
    let mut keys: Vec<_> = D.export_shares.iter().map(|e| (e.group, e.month)).collect();
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n, "no duplicate group and month");
}

#[test]
fn episodes_hold_the_observed_backtest_figures() {
    let ep = |id, el, fig| {
        D.episode(id, el, fig)
            .unwrap_or_else(|| panic!("{id} {el} {fig}"))
    };
    let dy = ep("E2", "dy", "spread");
    assert_eq!((dy.value.value, dy.low, dy.high), (3.7, 3.5, 3.8));
    assert_eq!(dy.window, "2025-05..2025-07");
    let tb = ep("E2", "tb", "spread");
    assert_eq!((tb.value.value, tb.low, tb.high), (3.7, 3.3, 3.7));
    let nd = ep("E1", "nd", "ex_china");
    assert_eq!((nd.value.value, nd.low, nd.high), (12.0, 10.0, 14.0));
    assert_eq!(nd.window, "2011");
    assert_eq!(ep("E1", "dy", "ex_china").high, 15.0);
    assert_eq!(ep("E1", "nd", "china").value.value, 9.6);
    assert_eq!(ep("E1", "dy", "china").value.value, 13.1);
    let wedge = ep("E1", "nd", "spread");
    assert_eq!((wedge.low, wedge.high), (1.4, 1.9));
    let flat = ep("E2", "dy", "china");
    assert!(flat.low < 1.0 && flat.value.value == 1.0 && flat.high > 1.0);
    let premium = ep("E2", "magnet", "ex_china");
    assert_eq!((premium.low, premium.high), (1.2, 1.6));
    // E1 ex-China multiples agree with spikes.csv.
    for el in ["nd", "dy"] {
        let s = D.spikes.iter().find(|s| s.element == el).unwrap();
        let m = s.annual.value / s.before.value;
        assert!(
            (m - ep("E1", el, "ex_china").value.value).abs() < 0.2,
            "{el}: {m}"
        );
    }
    for e in D.episodes {
        assert!(e.low > 0.0 && e.low <= e.value.value && e.value.value <= e.high);
        assert_eq!(e.value.unit, "multiple");
        assert!(["E1", "E2"].contains(&e.id));
        assert!(!e.value.derivation.is_empty());
    }
}

#[test]
fn china_domestic_prices() {
    let p = |el: &str, date: &str| {
        D.domestic_prices
            .iter()
            .find(|p| p.element == el && p.date == date)
            .unwrap_or_else(|| panic!("{el} {date}"))
    };
    assert_eq!(p("nd", "2011-09").price.value, 184.0);
    assert_eq!(p("nd", "2011-09").cny_value, 1_175_000.0);
    assert_eq!(p("dy", "2011-09").price.value, 1511.0);
    assert_eq!(p("dy", "2025-07").price.value, 226.0);
    assert_eq!(p("dy", "2025-12").cny_value, 1_345_000.0);
    assert_eq!(p("tb", "2025-07").price.value, 989.0);
    // No 2009 China-domestic price was found: none is invented.
    assert!(D
        .domestic_prices
        .iter()
        .all(|p| !p.date.starts_with("2009")));
    for p in D.domestic_prices {
        assert_eq!(p.price.unit, "USD/kg");
        assert!(p.cny_value > 0.0 && p.price.derivation.contains("CNY/"));
    }
}

#[test]
fn product_masses_are_ndfeb_or_flagged() {
    let prod = |id: &str| D.products.iter().find(|p| p.id == id).unwrap();
    for id in ["ddg51", "virginia-ssn"] {
        assert!(!prod(id).verified, "{id} has only total rare-earth content");
        assert!(prod(id).magnet_kg.derivation.contains("UNVERIFIED"));
    }
    for id in ["ev-motor", "wind-dd-mw", "f35", "hdd", "humanoid-robot"] {
        assert!(prod(id).verified, "{id}");
    }
    let ev = prod("ev-motor").magnet_kg.value;
    assert!((2.0..=4.0).contains(&ev), "{ev}");
    let f35 = prod("f35").magnet_kg.value;
    assert!((8.0..=20.0).contains(&f35), "{f35}");
    let wind = prod("wind-dd-mw").magnet_kg.value;
    assert!((550.0..=900.0).contains(&wind), "{wind}");
}

#[test]
fn projects_follow_the_audit() {
    let proj = |id: &str| {
        D.projects
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let iluka = proj("iluka-eneabba");
    assert_eq!(iluka.stated_capacity, 17_500.0);
    assert_eq!(iluka.heavy_t.value, 500.0);
    assert_eq!(iluka.heavy_t.confidence, Confidence::Low);
    let lynas = proj("lynas-malaysia-hre-facility");
    assert_eq!(lynas.heavy_t.value, 300.0);
    assert!((lynas.dy_share - 250.0 / 300.0).abs() < 1e-3);
    for (metal, magnet) in [
        ("mp-10x-metal", "mp-10x-magnet"),
        ("vulcan-reelement-metal", "vulcan-magnet"),
    ] {
        let (m, g) = (proj(metal), proj(magnet));
        assert_eq!(m.stage, Stage::Metal);
        assert!(m.in_us && m.light_t.value > 0.0);
        assert!((m.light_t.value - g.light_t.value).abs() < 1.0, "{metal}");
        assert_eq!(m.start_year, g.start_year);
    }
    let mut ids: Vec<_> = D.projects.iter().map(|p| p.id).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn delivery_odds_and_default_delay() {
    assert_eq!(D.project_delivery.len(), STATUSES.len());
    for st in STATUSES {
        let d = D.project_delivery.iter().find(|d| d.status == st).unwrap();
        assert_eq!(d.odds.unit, "share");
        assert_eq!(D.delivery_odds(st), d.odds.value);
    }
    assert_eq!(D.delivery_odds("operating"), 1.0);
    assert_eq!(D.delivery_odds("construction"), 0.8);
    assert_eq!(D.delivery_odds("announced"), 0.3);
    assert_eq!(D.delivery_odds("shut"), 0.0);
    assert_eq!(D.delivery_odds("no such status"), 0.0);
    for p in D.projects {
        assert!(STATUSES.contains(&p.status), "{}: {}", p.id, p.status);
    }
    let delay = D.assumptions.default_delay;
    assert_eq!((delay.value, delay.unit), (2.0, "yr"));
    assert_eq!(delay.confidence, Confidence::Derived);
}

#[test]
fn heavy_oxide_demand_ranges_and_2025_supply() {
    for id in [MarketId::Dy, MarketId::Tb] {
        let m = D.market(id);
        let (lo, hi) = (m.demand_low.unwrap().value, m.demand_high.unwrap().value);
        assert!(lo <= m.demand.value && m.demand.value <= hi, "{}", id.key());
        let f25 = m.non_china_supply_2025.unwrap();
        assert_eq!(f25.year, 2025);
        assert!(f25.value > 0.0 && f25.value <= m.non_china_capacity.value);
    }
    let dy = D.market(MarketId::Dy);
    assert_eq!(
        (
            dy.demand_low.unwrap().value,
            dy.demand.value,
            dy.demand_high.unwrap().value
        ),
        (250.0, 300.0, 450.0)
    );
    assert_eq!(dy.non_china_supply_2025.unwrap().value, 23.0);
    assert_eq!(
        D.market(MarketId::Tb).non_china_supply_2025.unwrap().value,
        12.0
    );
    // Lynas 2025: 9 t (September quarter) + 26 t (December quarter) of Dy+Tb.
    let sum = dy.non_china_supply_2025.unwrap().value
        + D.market(MarketId::Tb).non_china_supply_2025.unwrap().value;
    assert_eq!(sum, 35.0);
    for id in [MarketId::Ndpr, MarketId::Magnet] {
        let m = D.market(id);
        assert!(m.demand_low.is_none() && m.non_china_supply_2025.is_none());
    }
}

#[test]
fn snapshot_2009_per_market() {
    let s = &D.snapshot_2009;
    assert_eq!(s.ndpr.id, MarketId::Ndpr);
    assert_eq!(s.dy.id, MarketId::Dy);
    assert_eq!(s.ndpr.price.value, 19.12);
    assert_eq!(s.dy.price.value, 115.67);
    assert!(s.market(MarketId::Tb).is_none());
    assert_eq!(s.market(MarketId::Dy), Some(&s.dy));
    let tol = s.export_tolerance.value;
    for m in [&s.ndpr, &s.dy] {
        let k = m.id.key();
        let model_e = (m.demand.value - m.non_china_supply.value).max(0.0);
        assert!((m.exports.value - model_e).abs() <= tol * model_e, "{k}");
        let use_e = m.china_consumption.value + m.exports.value;
        assert!(
            (m.china_production.value - use_e).abs() <= tol * use_e,
            "{k}"
        );
        assert!(
            m.non_china_capacity.value >= m.non_china_supply.value,
            "{k}"
        );
        for f in [m.demand, m.china_production, m.exports, m.china_consumption] {
            assert_eq!((f.year, f.unit), (2009, "t"), "{k}");
        }
        assert_eq!(m.non_china_capacity.unit, "t/yr");
    }
    // The markets fit inside the aggregate REO snapshot.
    let (nd, dy) = (&s.ndpr, &s.dy);
    assert!(nd.china_production.value + dy.china_production.value < s.china_production.value);
    assert!(nd.china_consumption.value + dy.china_consumption.value < s.china_consumption.value);
}
