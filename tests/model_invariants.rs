//! MODEL.md §9 invariants as property tests over random scenarios: 10,000 for each property,
//! central figures for the monotonicities and Monte Carlo draws for the percentiles.
#![cfg(not(target_arch = "wasm32"))]

mod common {
    pub mod scenario;
}

use common::scenario::ScenarioDraw;
use proptest::prelude::*;
use rare_earth_risk::data::{Chain, Dataset, MarketId, Stage, Viewpoint, DATASET};
use rare_earth_risk::model::capacity::T_MAGNET;
use rare_earth_risk::model::chain::{dependency, throughput};
use rare_earth_risk::model::magnet::{solve_magnet, MagnetMarket};
use rare_earth_risk::model::market::{solve_china, solve_oxide, OxideMarket};
use rare_earth_risk::model::scenario::{add_max, ScenarioKey};
use rare_earth_risk::model::time::same_time;
use rare_earth_risk::model::{evaluate_with, Elasticity, Options, Outcome, Scenario};
use serde_json::Value;

const TOL: f64 = 1e-9;

fn d() -> &'static Dataset {
    &DATASET
}

fn elasticity() -> impl Strategy<Value = Elasticity> {
    prop_oneof![
        Just(Elasticity::Low),
        Just(Elasticity::Central),
        Just(Elasticity::High),
        (-1.0f64..0.0).prop_map(Elasticity::Value),
    ]
}

fn supply_elasticity() -> impl Strategy<Value = Elasticity> {
    prop_oneof![
        Just(Elasticity::Low),
        Just(Elasticity::Central),
        Just(Elasticity::High),
        (0.0f64..1.0).prop_map(Elasticity::Value),
    ]
}

prop_compose! {
    fn scenario()(
        year in 2024u16..=2035,
        exchina in any::<bool>(),
        q in prop::array::uniform3(prop_oneof![Just(0.0), Just(100.0), 0.0f64..=100.0]),
        pipeline in prop_oneof![Just(f64::NAN), Just(0.0), Just(100.0), 0.0f64..=100.0],
        delay in prop_oneof![0.0f64..=6.0, (0u8..=6).prop_map(f64::from)],
        adds in prop::array::uniform4(prop_oneof![3 => Just(0.0), 2 => 0.0f64..=1.0]),
        growth in 0.0f64..=15.0,
        buffer in 0.0f64..=24.0,
        ed in elasticity(),
        es in supply_elasticity(),
    ) -> Scenario {
        let quotas = q;
        ScenarioDraw { year, exchina, quotas, pipeline, delay, adds, growth, buffer, ed, es, preset: None }
            .build(d())
    }
}

prop_compose! {
    /// A scenario with model 2's restriction keys drawn too: its length, first month and
    /// panic (China's output and duty at their defaults; see `harsher_restriction_…`).
    fn scenario_v2()(
        s in scenario(),
        months in 1u8..=36,
        start in 1u8..=12,
        panic in prop_oneof![Just(None), (0.0f64..=12.0).prop_map(Some)],
    ) -> Scenario {
        let mut s = s;
        s.months = f64::from(months);
        s.start = f64::from(start);
        s.panic = panic;
        s
    }
}

prop_compose! {
    /// A model-2 scenario with every key of the restriction and the stocks drawn over its whole
    /// range (`ScenarioKey`'s min–max): China's output and duty, the stocks held in China, the
    /// cover China seeks, and each group's buffer.
    fn scenario_v2_every_key()(
        s in scenario_v2(),
        china_output in prop_oneof![Just(40.0), Just(120.0), 40.0f64..=120.0],
        export_duty in prop_oneof![Just(0.0), Just(50.0), 0.0f64..=50.0],
        buffer_cn in prop_oneof![Just(None), Just(Some(0.0)), (0.0f64..=24.0).prop_map(Some)],
        china_stockpiling in prop_oneof![Just(0.0), Just(12.0), 0.0f64..=12.0],
        groups in prop::array::uniform3(prop_oneof![Just(None), (0.0f64..=24.0).prop_map(Some)]),
    ) -> Scenario {
        let mut s = s;
        s.china_output = china_output;
        s.export_duty = export_duty;
        s.buffer_cn = buffer_cn;
        s.china_stockpiling = china_stockpiling;
        s.buffer_group = groups;
        s
    }
}

/// The 12-month averages and peaks of `m_e`, all four markets.
fn averages_and_peaks(o: &Outcome) -> Vec<f64> {
    MarketId::ALL
        .iter()
        .flat_map(|id| {
            let m = o.markets.get(*id);
            [m.multiplier.central, m.peak.central]
        })
        .collect()
}

fn central(s: &Scenario) -> Outcome {
    evaluate_with(s, d(), &Options::draws(0))
}

/// `a ≤ b` up to the model's relative tolerance.
fn le(a: f64, b: f64) -> bool {
    a <= b + TOL * b.abs().max(1.0)
}

/// Keys whose value may be `null` (never / not applicable); every other number must be finite
/// (serde_json writes NaN and ±∞ as `null`).
const NULLABLE: [&str; 14] = [
    "time_to_survive_months",
    // Only the 2009 replay has one (MODEL.md §8).
    "replay",
    "time_to_recover_year",
    "time_to_recover_months",
    "central",
    "p10",
    "p50",
    "p90",
    "preset",
    "model_spread",
    "peak_ratio",
    "observed_ratio",
    // The viewpoint's market that runs out first (none: `null`), and its state stockpile
    // (`exchina` has no state).
    "binding_market",
    "state_stockpile_months",
];

fn check_finite(v: &Value, path: &str, parent_nullable: bool) -> Result<(), String> {
    match v {
        Value::Null if parent_nullable => Ok(()),
        Value::Null => Err(format!("null (non-finite?) at {path}")),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.is_finite() => Ok(()),
            _ => Err(format!("non-finite at {path}")),
        },
        Value::Array(a) => a
            .iter()
            .enumerate()
            .try_for_each(|(i, x)| check_finite(x, &format!("{path}[{i}]"), false)),
        Value::Object(o) => o.iter().try_for_each(|(k, x)| {
            let nullable = NULLABLE.contains(&k.as_str())
                && (k.starts_with("time_")
                    || !matches!(k.as_str(), "central" | "p10" | "p50" | "p90")
                    || path.contains("time_to_"));
            check_finite(x, &format!("{path}.{k}"), nullable)
        }),
        _ => Ok(()),
    }
}

fn each_range(v: &Value, path: &str, f: &mut dyn FnMut(&str, f64, f64, f64)) {
    match v {
        Value::Object(o) => {
            if let (Some(a), Some(b), Some(c)) = (o.get("p10"), o.get("p50"), o.get("p90")) {
                let g = |x: &Value| x.as_f64().unwrap_or(f64::INFINITY);
                f(path, g(a), g(b), g(c));
            }
            for (k, x) in o {
                each_range(x, &format!("{path}.{k}"), f);
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| each_range(x, &format!("{path}[{i}]"), f)),
        _ => {}
    }
}

fn check_bounds(o: &Outcome) -> Result<(), String> {
    let json = serde_json::to_value(o).map_err(|e| e.to_string())?;
    check_finite(&json, "", false)?;
    for id in MarketId::ALL {
        let m = o.markets.get(id);
        let b = d().market(id).backstop.value;
        // MODEL.md v2 §9: 0.2 ≤ m ≤ B for both prices, every month (so for averages and peaks).
        for (what, x) in [
            ("m_e", m.multiplier),
            ("m_c", m.china_multiplier),
            ("peak", m.peak),
        ] {
            for r in [x.central, x.p10, x.p50, x.p90] {
                if !(0.2..=b * (1.0 + TOL)).contains(&r) {
                    return Err(format!("{}: {what} = {r} outside [0.2, {b}]", id.key()));
                }
            }
        }
        for p in &m.path {
            let ok = |x: f64| (0.2..=b * (1.0 + TOL)).contains(&x);
            if !ok(p.ex_china) || !ok(p.china) || p.stock_months < 0.0 {
                return Err(format!("{}: path month {p:?} out of bounds", id.key()));
            }
            if !(0.0..=1.0).contains(&p.unmet_share) {
                return Err(format!("{}: path unmet {p:?}", id.key()));
            }
        }
        let u = m.unmet_share;
        for r in [u.central, u.p10, u.p50, u.p90] {
            if !(0.0..=1.0).contains(&r) {
                return Err(format!("{}: unmet {r}", id.key()));
            }
        }
    }
    for ch in Chain::ALL {
        for st in Stage::ALL {
            let so = o.dependency.get(ch).stage(st);
            let dep = so.dependency;
            let sar = so.supply_at_risk;
            for r in [
                dep.central,
                dep.p10,
                dep.p50,
                dep.p90,
                sar.central,
                sar.p10,
                sar.p50,
                sar.p90,
                so.direct_reliance,
                so.china_share,
            ] {
                if !(0.0..=1.0).contains(&r) {
                    return Err(format!(
                        "{}/{}: share {r} outside [0, 1]",
                        ch.key(),
                        st.key()
                    ));
                }
            }
        }
    }
    for e in &o.exposure {
        if !(0.0..=1.0).contains(&e.share_at_risk)
            || !(0.0..=1.0).contains(&e.share_at_risk_defence_first)
        {
            return Err(format!("{}: share at risk", e.id));
        }
    }
    Ok(())
}

/// The market the time figures and the race chart are told through (`time_binding_market`):
/// the one that goes short first (the same time to the model's tolerance: Dy and Tb under one
/// heavy quota go short together, a rounding apart, and the first in market order is told);
/// with no shortfall, one the restriction binds on whenever any is. A market's recovery is
/// `null` both when the restriction leaves it alone and when it never recovers (its path then
/// ends more than 10 % from normal).
fn check_binding(o: &Outcome) -> Result<(), String> {
    let b = o.markets.get(o.time_binding_market);
    let first = o.time_to_survive_months.central;
    let same = match (first, b.time_to_survive_months.central) {
        (Some(x), Some(y)) => same_time(x, y),
        (x, y) => x == y,
    };
    if first.is_some() && !same {
        return Err(format!(
            "{} is not the market that goes short first",
            o.time_binding_market.key()
        ));
    }
    let recovers = |id: &MarketId| o.markets.get(*id).time_to_recover_months.central.is_some();
    let never_back = b
        .path
        .last()
        .is_some_and(|p| (p.ex_china - 1.0).abs() > 0.1);
    if first.is_none()
        && MarketId::ALL.iter().any(recovers)
        && !recovers(&o.time_binding_market)
        && !never_back
    {
        return Err(format!(
            "{} is told though the restriction leaves it alone",
            o.time_binding_market.key()
        ));
    }
    Ok(())
}

fn ms(o: &Outcome) -> [f64; 4] {
    MarketId::ALL.map(|id| o.markets.get(id).multiplier.central)
}
fn mcns(o: &Outcome) -> [f64; 4] {
    MarketId::ALL.map(|id| o.markets.get(id).china_multiplier.central)
}
fn deps(o: &Outcome) -> Vec<f64> {
    Chain::ALL
        .iter()
        .flat_map(|c| {
            Stage::ALL
                .iter()
                .map(move |s| o.dependency.get(*c).stage(*s).dependency.central)
        })
        .collect()
}

fn all_le(a: &[f64], b: &[f64]) -> bool {
    a.iter().zip(b).all(|(x, y)| le(*x, *y))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Finite outputs, shares in [0, 1], 1 ≤ m ≤ B, 0.2 ≤ m_cn ≤ 1, dependency never falls
    /// along the chain except where recycled feed enters, the time figures told through the
    /// right market, and bit-identical repeats.
    #[test]
    fn bounds_chain_order_and_determinism(s in scenario()) {
        let o = central(&s);
        prop_assert!(check_bounds(&o).is_ok(), "{:?}", check_bounds(&o));
        prop_assert!(check_binding(&o).is_ok(), "{:?}", check_binding(&o));
        for ch in Chain::ALL {
            let c = o.dependency.get(ch);
            for i in 1..4 {
                let (prev, cur) = (c.stage(Stage::ALL[i - 1]), c.stage(Stage::ALL[i]));
                if cur.inputs.recycling == 0.0 {
                    prop_assert!(le(prev.dependency.central, cur.dependency.central),
                        "{}: dep falls at {} without recycling", ch.key(), Stage::ALL[i].key());
                }
            }
        }
        let again = central(&s);
        prop_assert!(o == again);
        prop_assert_eq!(serde_json::to_string(&o).ok(), serde_json::to_string(&again).ok());
    }

    /// The same bounds and bit-identical repeats with China's output, the duty, China's stocks
    /// and stock-building and every group's buffer drawn too (the test above keeps them at
    /// their defaults).
    #[test]
    fn bounds_and_determinism_with_every_model_2_key(s in scenario_v2_every_key()) {
        let o = central(&s);
        prop_assert!(check_bounds(&o).is_ok(), "{:?}", check_bounds(&o));
        prop_assert!(check_binding(&o).is_ok(), "{:?}", check_binding(&o));
        let again = central(&s);
        prop_assert!(o == again);
    }

    /// Lower quota never lowers m nor raises m_cn.
    #[test]
    fn lower_quota(s in scenario(), which in 0usize..3, cut in 0.0f64..=1.0) {
        let o = central(&s);
        let mut t = s.clone();
        match which {
            0 => t.quota_light *= cut,
            1 => t.quota_heavy *= cut,
            _ => t.quota_magnet *= cut,
        }
        let p = central(&t);
        // Lower quota: the magnet coupling only adds upward pressure (dearer materials, less
        // NdPr), so all four markets are checked.
        prop_assert!(all_le(&ms(&o), &ms(&p)), "m fell: {:?} → {:?}", ms(&o), ms(&p));
        prop_assert!(all_le(&mcns(&p), &mcns(&o)), "m_cn rose: {:?} → {:?}", mcns(&o), mcns(&p));
    }

    /// More capacity (pipeline, add_*, less delay) never raises m or any dep_s.
    #[test]
    fn more_capacity(s in scenario(), which in 0usize..6, more in 0.0f64..=1.0) {
        let o = central(&s);
        let mut t = s.clone();
        let v = t.view;
        match which {
            // Each project's odds by status: every project delivered is more (or the same).
            0 if t.pipeline_by_status => (t.pipeline, t.pipeline_by_status) = (100.0, false),
            0 => t.pipeline += (100.0 - t.pipeline) * more,
            1 => t.delay *= 1.0 - more,
            2 => t.add_mining += (add_max(ScenarioKey::AddMining, d(), v) - t.add_mining) * more,
            3 => t.add_separation += (add_max(ScenarioKey::AddSeparation, d(), v) - t.add_separation) * more,
            4 => t.add_metal += (add_max(ScenarioKey::AddMetal, d(), v) - t.add_metal) * more,
            _ => t.add_magnet += (add_max(ScenarioKey::AddMagnet, d(), v) - t.add_magnet) * more,
        }
        let p = central(&t);
        // All four markets, the magnet market included (see `model::magnet::solve_magnet` for
        // the normal-exports definition that makes this hold under material shocks).
        prop_assert!(all_le(&ms(&p), &ms(&o)), "m rose: {:?} → {:?} ({which})", ms(&o), ms(&p));
        prop_assert!(all_le(&deps(&p), &deps(&o)), "dep rose ({which})");
    }

    /// MODEL.md v2 §9: a longer restriction never lowers the 12-month average of `m_e` of a
    /// market whose exports are cut. Not covered, because it is not true of the model (found
    /// by this property; see docs/model.md, "Invariants"): the peak, which is taken over the
    /// 36 months simulated, so a restriction that ends later can push the rebound after it
    /// (buyers rebuilding stocks lift China's prices, and Chinese magnets with them) past
    /// the horizon; smaller stocks can
    /// lower a 12-month average by a hair when the price sits at the backstop during a short
    /// restriction (it cannot rise further) and buyers then have less to rebuild;
    /// a market that is *not* cut can move the other way through the magnet coupling (after
    /// an oxide restriction ends, China's oxide prices rebound and Chinese magnets cost more
    /// for a month or two; a longer restriction can move that rebound out of the first 12
    /// months); and a higher duty, which acts on every market, can lower a 12-month average by
    /// a hair both at a backstop (NdPr ×2.1549 → ×2.1541 at ×15) and off it through the magnet
    /// coupling (magnets ×1.15543 → ×1.15541). Lower China output holds, and is asserted
    /// (`lower_china_output_never_lowers_prices`).
    #[test]
    fn longer_restriction_never_lowers_prices(s in scenario_v2(), step in 0.0f64..=1.0) {
        let o = central(&s);
        let mut t = s.clone();
        t.months = (t.months + (36.0 - t.months) * step).round();
        let which = "months";
        let p = central(&t);
        let shares = [s.quota_light, s.quota_heavy, s.quota_heavy, s.quota_magnet];
        // The 12-month averages (every other figure) of the markets that are cut.
        let cut = |v: Vec<f64>| -> Vec<f64> {
            v.chunks(2)
                .zip(shares)
                .filter(|(_, q)| *q < 100.0)
                .map(|(x, _)| x[0])
                .collect()
        };
        let (before, after) = (cut(averages_and_peaks(&o)), cut(averages_and_peaks(&p)));
        prop_assert!(all_le(&before, &after), "m_e fell ({which}): {before:?} → {after:?}");
    }

    /// MODEL.md v2 §9, model 1 as a special case: no stocks, no panic, China's output and
    /// duty unchanged, a restriction of 12 months or more from January: each month of year t,
    /// hence the 12-month average, equals model 1's annual answer to 1e−9.
    #[test]
    fn model_1_is_a_special_case(s in scenario_v2(), months in 12u8..=36) {
        let mut s = s;
        s.buffer = Some(0.0);
        s.buffer_cn = Some(0.0);
        s.panic = Some(0.0);
        s.china_stockpiling = 0.0;
        s.china_output = 100.0;
        s.export_duty = 0.0;
        s.months = f64::from(months);
        s.start = 1.0;
        let o = central(&s);
        for id in [MarketId::Ndpr, MarketId::Dy, MarketId::Tb] {
            let m = o.markets.get(id);
            let i = &m.inputs;
            let v1 = solve_oxide(&OxideMarket {
                demand: i.demand,
                supply: i.non_china_supply,
                capacity: i.non_china_capacity,
                allowed_exports: i.allowed_exports,
                ed: i.ed,
                es: i.es,
                backstop: i.backstop,
            });
            let v1_cn = solve_china(i.china_domestic_demand, i.china_production, i.allowed_exports, i.ed, i.es_cn);
            for p in m.path.iter().take(12) {
                prop_assert!((p.ex_china / v1.multiplier - 1.0).abs() < 1e-9, "{id:?} m_e {} vs {}", p.ex_china, v1.multiplier);
                prop_assert!((p.china / v1_cn - 1.0).abs() < 1e-9, "{id:?} m_c {} vs {v1_cn}", p.china);
                prop_assert!((p.unmet_share - v1.unmet_share).abs() < 1e-9);
            }
        }
        let m = o.markets.get(MarketId::Magnet);
        let i = &m.inputs;
        if let Some(c) = &i.magnet {
            let v1 = solve_magnet(&MagnetMarket {
                demand: i.demand,
                supply: i.non_china_supply,
                capacity: c.feed_limited_capacity,
                quota: i.quota,
                ed: i.ed,
                es: i.es,
                backstop: i.backstop,
                cost_ex: c.cost_ex,
                cost_cn: c.cost_cn,
            });
            for p in m.path.iter().take(12) {
                prop_assert!((p.ex_china / v1.multiplier - 1.0).abs() < 1e-9, "magnet m_e {} vs {}", p.ex_china, v1.multiplier);
            }
        }
    }

    /// Faster growth never lowers m for t > 2024.
    #[test]
    fn faster_growth(s in scenario(), more in 0.0f64..=1.0) {
        prop_assume!(s.year > 2024);
        let o = central(&s);
        let mut t = s.clone();
        t.growth += (15.0 - t.growth) * more;
        let p = central(&t);
        prop_assert!(all_le(&ms(&o), &ms(&p)), "m fell: {:?} → {:?}", ms(&o), ms(&p));
    }
}

proptest! {
    // As many scenarios as the central invariants, with fewer draws each (the ordering is a
    // property of every sample, so 40 draws and 8 per timeline band exercise it as well as 1,000).
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// With draws: p10 ≤ p50 ≤ p90 for every range (scenario year and timeline bands), every
    /// bound of §9 on every percentile, and the same input gives the same bits.
    #[test]
    fn percentiles_are_ordered_bounded_and_deterministic(s in scenario()) {
        let opts = Options { draws: 40, timeline_draws: Some(8), ..Options::default() };
        let o = evaluate_with(&s, d(), &opts);
        prop_assert!(check_bounds(&o).is_ok(), "{:?}", check_bounds(&o));
        let json = serde_json::to_value(&o).unwrap_or(Value::Null);
        let mut bad = Vec::new();
        each_range(&json, "", &mut |path, a, b, c| if !(a <= b && b <= c) { bad.push(format!("{path}: {a} {b} {c}")) });
        prop_assert!(bad.is_empty(), "{:?}", bad);
        // Every figure is finite (checked above), so == on the Outcome compares every number.
        prop_assert!(evaluate_with(&s, d(), &opts) == o, "two evaluations of the same scenario differ");
    }
}

/// All quotas 100 and no capacity change, in 2024: every m = 1 and every dep_s equals the
/// dataset baseline (computed here from the dataset's stage rows with the §6 formulas).
#[test]
fn baseline_2024_is_calm_and_matches_the_dataset() {
    for view in Viewpoint::ALL {
        for ed in [Elasticity::Low, Elasticity::Central, Elasticity::High] {
            let mut s = Scenario::default_for(d());
            s.year = 2024;
            s.view = view;
            (s.pipeline, s.pipeline_by_status) = (0.0, false);
            s.ed = ed;
            let o = evaluate_with(&s, d(), &Options::draws(100));
            for id in MarketId::ALL {
                let m = o.markets.get(id);
                assert_eq!(m.multiplier.central, 1.0, "{}", id.key());
                assert_eq!(
                    (m.multiplier.p10, m.multiplier.p90),
                    (1.0, 1.0),
                    "{}",
                    id.key()
                );
                assert_eq!(m.china_multiplier.central, 1.0, "{}", id.key());
            }
            for ch in Chain::ALL {
                let cap = Stage::ALL.map(|st| d().stage(view, ch, st).capacity.value);
                let rec = Stage::ALL.map(|st| d().stage(view, ch, st).recycling.value);
                let dep = dependency(throughput(cap, rec), d().need(view, ch).need.value);
                for st in Stage::ALL {
                    assert_eq!(
                        o.dependency.get(ch).stage(st).dependency.central,
                        dep[st.index()],
                        "{}/{}",
                        ch.key(),
                        st.key()
                    );
                }
            }
        }
    }
    let _ = T_MAGNET;
}

/// Regression: the counter-example the property tests found under MODEL.md §5's literal magnet
/// formulas (NdPr and heavy exports embargoed, magnets unrestricted: extra magnet capacity
/// raised `m_magnet` and faster growth lowered it). With normal magnet exports measured
/// against what non-China makers actually supply (`model::magnet::solve_magnet`), both move
/// the right way; and with magnets unrestricted, Chinese magnets fill the gap, so the
/// ex-China magnet price stays at baseline.
#[test]
fn magnet_coupling_counter_example_is_fixed() {
    let mut s = Scenario::default_for(d());
    s.year = 2026;
    s.quota_light = 0.0;
    s.quota_heavy = 0.0;
    (s.pipeline, s.pipeline_by_status) = (0.0, false);
    s.delay = 0.0;
    s.growth = 0.0;
    s.es = Elasticity::Low;
    let mut more = s.clone();
    more.add_magnet = add_max(ScenarioKey::AddMagnet, d(), s.view) * 0.7;
    let mut faster = s.clone();
    faster.growth = 15.0;
    let m = |s: &Scenario| ms(&central(s))[3];
    let (m0, m1, m2) = (m(&s), m(&more), m(&faster));
    eprintln!("m_magnet: base {m0}, more capacity {m1}, faster growth {m2}");
    assert!(le(m1, m0) && le(m0, m2));
    assert_eq!(m0, 1.0, "unrestricted magnets under a material shock");
    // With magnets restricted as well (quota 26%), the same two moves.
    for q in [26.0, 62.0] {
        let (mut s, mut more, mut faster) = (s.clone(), more.clone(), faster.clone());
        s.quota_magnet = q;
        more.quota_magnet = q;
        faster.quota_magnet = q;
        let (m0, m1, m2) = (m(&s), m(&more), m(&faster));
        eprintln!("quota_magnet {q}: base {m0}, more capacity {m1}, faster growth {m2}");
        assert!(m0 > 1.0 && le(m1, m0) && le(m0, m2));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// MODEL.md v2 §9: lower China output never lowers the 12-month average or the peak of `m_e`,
    /// in any of the four markets, with every model-2 key drawn. (A higher duty is not asserted:
    /// it does not hold; see `longer_restriction_never_lowers_prices` and docs/model.md.)
    #[test]
    fn lower_china_output_never_lowers_prices(s in scenario_v2_every_key(), step in 0.0f64..=1.0) {
        let o = central(&s);
        let mut t = s.clone();
        t.china_output = s.china_output - (s.china_output - 40.0) * step;
        let p = central(&t);
        let (before, after) = (averages_and_peaks(&o), averages_and_peaks(&p));
        prop_assert!(all_le(&before, &after), "m_e fell: {before:?} → {after:?}");
    }
}

/// China's own output, cut or raised, is no reason for buyers outside China to panic
/// (`Restriction::panics`, docs/model.md §11): with nothing else restricted, a one-point change
/// from 100 % moves prices by about a point, the way the output goes, not by the restriction's
/// panic. (The property test above draws the output continuously and never lands on 100 %.)
#[test]
fn china_output_alone_moves_prices_smoothly() {
    for months in [1, 6, 12, 36] {
        let at = |output: f64| {
            let q = format!("china_output={output}&months={months}");
            averages_and_peaks(&central(&Scenario::from_query(&q, d())))
        };
        let (below, normal, above) = (at(99.0), at(100.0), at(101.0));
        for (i, ((b, n), a)) in below.iter().zip(&normal).zip(&above).enumerate() {
            assert!(
                a <= n && n <= b,
                "{months} months, figure {i}: ×{b} at 99, ×{n} at 100, ×{a} at 101"
            );
            assert!(
                b / a < 1.05,
                "{months} months, figure {i}: ×{b} at 99, ×{a} at 101"
            );
        }
    }
}

/// Options for the kept-paths test: draws in the scenario year and the timeline, no backtests
/// (they do not use the kept paths, and cost most of the time).
fn kept_paths_options() -> Options {
    Options {
        draws: 40,
        timeline_draws: Some(4),
        backtests: false,
        ..Options::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The draws reuse the oxide markets' paths of the evaluation before on the same thread
    /// where a market's inputs are unchanged (`path::simulate_keeping`). An evaluation made
    /// after another, one key apart, is bit-identical to the same evaluation made on a fresh
    /// thread, which has nothing kept.
    #[test]
    fn kept_paths_change_no_bit(
        s in scenario_v2_every_key(),
        t in scenario_v2_every_key(),
        which in 0usize..17,
    ) {
        let mut u = s.clone();
        match which {
            0 => u.quota_light = t.quota_light,
            1 => u.quota_heavy = t.quota_heavy,
            2 => u.quota_magnet = t.quota_magnet,
            3 => u.months = t.months,
            4 => u.start = t.start,
            5 => u.china_output = t.china_output,
            6 => u.export_duty = t.export_duty,
            7 => u.buffer = t.buffer,
            8 => u.buffer_group = t.buffer_group,
            9 => u.buffer_cn = t.buffer_cn,
            10 => u.panic = t.panic,
            11 => u.china_stockpiling = t.china_stockpiling,
            12 => u.ed = t.ed,
            13 => u.es = t.es,
            14 => u.pipeline = t.pipeline,
            15 => u.growth = t.growth,
            _ => u.year = t.year,
        }
        let opts = kept_paths_options();
        let alone = {
            let u = u.clone();
            std::thread::spawn(move || evaluate_with(&u, d(), &opts))
                .join()
                .map_err(|_| TestCaseError::fail("the fresh thread panicked"))?
        };
        evaluate_with(&s, d(), &opts);
        let after = evaluate_with(&u, d(), &opts);
        prop_assert_eq!(serde_json::to_string(&after).ok(), serde_json::to_string(&alone).ok());
    }
}
