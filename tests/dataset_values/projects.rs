//! Projects, their delivery odds, products, presets and assumptions.

use super::D;
use super::STATUSES;
use rare_earth_risk::data::{Chain, Confidence, Stage, Viewpoint};

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
    // Presets carry what happened (MODEL.md §8): quota-2010 replays 2010–11 on the 2009
    // snapshot, letting out the realised 2010 and 2011 exports month by month (39,813 and
    // 18,600 t against 2009's 43,900 t), whose average over its 24 months the slider shows.
    let e = |y: u16| D.export("rare_earths", y).unwrap().volume.value;
    let realised = f64::midpoint(e(2010), e(2011)) / D.snapshot_2009.exports.value * 100.0;
    let p2010 = D.preset("quota-2010").unwrap();
    assert_eq!(p2010.markets, 2009);
    assert!(
        p2010.query.contains("quota_light=realised")
            && p2010.query.contains("quota_heavy=realised")
            && p2010.query.contains("months=24"),
        "{}",
        p2010.query
    );
    let s = rare_earth_risk::model::Scenario::from_query("preset=quota-2010", D);
    assert!(
        (s.quota_light - realised).abs() < 0.1,
        "{} vs {realised}",
        s.quota_light
    );
    assert!(
        (s.quota_heavy - realised).abs() < 0.1,
        "{} vs {realised}",
        s.quota_heavy
    );
    // Every other preset runs on the baseline year's markets.
    for p in D.presets.iter().filter(|p| p.id != "quota-2010") {
        assert_eq!(p.markets, D.baseline_year, "{}", p.id);
    }
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
