//! Every figure of the dataset: sourced, labelled, and shares within 100 %.

use super::D;
use rare_earth_risk::data::{Chain, Confidence, Figure, Stage};

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
        &[s.tonnages().as_slice(), &[s.export_tolerance]].concat(),
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
