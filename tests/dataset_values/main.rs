//! Reference values and invariants of the compiled dataset, read through the public API.
//! Native only: it reads the text the browser build leaves out (derivations, links, the policy timeline).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod figures;
mod history;
mod markets;
mod projects;

// The project statuses build.rs accepts, from the dataset compiler itself.
pub(crate) use dataset_build::schema::PROJECT_STATUSES as STATUSES;
use rare_earth_risk::data::{Dataset, MarketId, DATASET};

pub(crate) const D: &Dataset = &DATASET;

pub(crate) fn price(element: &str, year: u16) -> f64 {
    D.prices
        .iter()
        .find(|p| p.element == element && p.year == year)
        .map_or_else(
            || panic!("no price for {element} {year}"),
            |p| p.price.value,
        )
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

/// The source list is what a reader cites from: a publisher is an outlet, not a title cut at its
/// first comma ("AFP via ABC (Dec 2013; 2012 exports 16" was one), and no source is dated after
/// the data's vintage (a projection year such as 2040 is not a publication date).
#[test]
fn sources_name_their_publisher_and_a_possible_date() {
    let vintage_year: u32 = D.vintage[..4].parse().unwrap_or(0);
    let mut problems = Vec::new();
    for s in D.sources {
        let p = s.publisher;
        if p.matches('(').count() != p.matches(')').count() || p.ends_with([':', ';', ',']) {
            problems.push(format!("{}: publisher '{p}' is cut off", s.id));
        }
        let cut_at_comma = s.title.len() > p.len()
            && s.title.starts_with(p)
            && s.title[p.len()..].starts_with(',')
            && p.ends_with(|c: char| c.is_ascii_digit());
        if cut_at_comma {
            problems.push(format!(
                "{}: publisher '{p}' is the title cut at a comma",
                s.id
            ));
        }
        let late = s
            .date
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<u32>().ok())
            .any(|y| y > vintage_year);
        if late {
            problems.push(format!(
                "{}: dated {} after the vintage {}",
                s.id, s.date, D.vintage
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
