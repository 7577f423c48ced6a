//! The `quota-2010` preset replays 2010–11 on the 2009 snapshot's markets (MODEL.md §8): the
//! same market structure and restriction as episode E1 on its inferred route, so the preset's
//! central path for the markets the snapshot has equals E1's, month by month.
#![cfg(not(target_arch = "wasm32"))]

use rare_earth_risk::data::{MarketId, DATASET};
use rare_earth_risk::model::episodes::{
    e1_inferred, e1_path, preset_replay, E1China, E1Route, E1_DUTY, E1_MONTHS,
};
use rare_earth_risk::model::{central_path, evaluate_query, Options, Scenario};

#[test]
fn the_preset_replays_e1_on_the_2009_markets() {
    let s = Scenario::from_query("preset=quota-2010", &DATASET);
    assert!(s.replays_2009(&DATASET));
    assert_eq!(s.path_year(&DATASET), 2010);
    // The preset carries E1's inferred China side (to the slider's tenth of a per cent) and
    // the 2011 duty.
    let inferred = e1_inferred(&DATASET);
    assert!((s.china_output - 100.0 * inferred.china_output).abs() < 0.05);
    assert_eq!(s.china_stockpiling, inferred.china_stockpiling);
    assert_eq!(s.export_duty, 100.0 * E1_DUTY);
    let (path, p) = central_path(&s, &DATASET, &|_| {});
    let china = E1China {
        china_output: s.china_output / 100.0,
        ..inferred
    };
    let e1 = e1_path(&DATASET, &p, china, E1Route::Inferred);
    for (k, id) in [(0, MarketId::Ndpr), (1, MarketId::Dy)] {
        for i in 0..E1_MONTHS {
            let (a, b) = (path[i][k], e1[i][k]);
            for (x, y, what) in [
                (a.ex_china, b.ex_china, "ex_china"),
                (a.china, b.china, "china"),
                (a.exports, b.exports, "exports"),
                (a.stock_months, b.stock_months, "stock_months"),
            ] {
                assert!(
                    (x - y).abs() <= 1e-12 * y.abs().max(1.0),
                    "{id:?} month {i} {what}: preset {x} vs E1 {y}"
                );
            }
        }
    }
}

#[test]
fn the_replay_says_so_and_starts_in_january_2010() {
    let o = evaluate_query("preset=quota-2010", &DATASET, &Options::draws(40));
    let r = o
        .replay
        .as_ref()
        .expect("the quota-2010 preset is a replay");
    assert_eq!(r.snapshot, 2009);
    assert_eq!(r.markets, vec![MarketId::Ndpr, MarketId::Dy]);
    assert_eq!(o.path_start, "2010-01");
    assert_eq!(o.markets.ndpr.path[0].month, "2010-01");
    assert_eq!(o.markets.ndpr.path[23].month, "2011-12");
    // The 2009 markets' own sizes, not today's.
    let sn = &DATASET.snapshot_2009;
    assert_eq!(o.markets.ndpr.inputs.demand, sn.ndpr.demand.value);
    assert_eq!(o.markets.dy.inputs.demand, sn.dy.demand.value);
    // Keys set over the preset keep the replay; another preset does not replay.
    let moved = Scenario::from_query("preset=quota-2010&quota_light=50", &DATASET);
    assert!(moved.replays_2009(&DATASET));
    for q in ["", "preset=embargo-now", "preset=licensing-apr-2025"] {
        let o = evaluate_query(q, &DATASET, &Options::central());
        assert!(o.replay.is_none(), "{q}");
    }
}

#[test]
fn the_replay_meets_the_2011_price_it_replays() {
    // MODEL.md §10's bar for a backtest figure: the central within ×1.5 of what happened.
    let r = preset_replay(&DATASET).expect("a replay preset and E1's Nd figure");
    assert_eq!(r.preset, "quota-2010");
    assert_eq!(r.observed, 12.0);
    let ratio = r.model / r.observed;
    assert!(
        (1.0 / 1.5..=1.5).contains(&ratio),
        "×{} against ×{}",
        r.model,
        r.observed
    );
}
