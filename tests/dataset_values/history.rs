//! The history: the 2009 snapshot, quotas and exports, the episodes and China's domestic prices.

use super::{price, D};
use rare_earth_risk::data::{Confidence, MarketId};

#[test]
fn snapshot_2009_is_complete() {
    let s = &D.snapshot_2009;
    for f in s.tonnages() {
        assert!(f.value > 0.0);
        assert_eq!(f.unit, "t REO");
    }
    assert_eq!(s.world_production.value, 133_500.0);
    assert_eq!(s.exports.value, 43_900.0);
    assert_eq!(s.production_quota_2011.value, 93_800.0);
    assert!(s.non_china_capacity.value >= s.non_china_supply.value);
    let ef = s.exports.value + s.non_china_supply.value;
    assert!((s.demand.value - ef).abs() <= s.export_tolerance.value * s.demand.value.max(ef));
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

/// The path reads a group's months in one pass by month number; it must find what a lookup by
/// label finds, for every recorded month and the months around them.
#[test]
fn export_shares_by_month_number_match_the_lookup_by_label() {
    for g in ["light", "heavy", "magnet"] {
        for first_year in [2009_usize, 2010, 2024, 2025] {
            for first_month in [0_usize, 3, 11] {
                let first = first_year * 12 + first_month;
                let found = D.export_shares_from::<36>(g, first);
                for (i, v) in found.iter().enumerate() {
                    let m = first + i;
                    let label = format!("{}-{:02}", m / 12, m % 12 + 1);
                    assert_eq!(*v, D.export_share(g, &label), "{g} {label}");
                }
            }
        }
    }
    assert!(D.export_shares.iter().all(|e| e.month_number().is_some()));
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
