//! The `quota-2010` replay (MODEL.md §8) against the observed 2009→2011 price rise.
//!
//! The comparator and elasticities are fixed in `rare_earth_risk::model::backtest` (ndpr set,
//! Nd oxide 2011 annual average ÷ 2009 annual average), chosen before looking at the result.
//! The test asserts what is true of the model, whichever way it falls, and prints the numbers.
#![cfg(not(target_arch = "wasm32"))]

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_query, Options};

#[test]
fn quota_2010_replay_against_the_nd_rise() {
    let o = evaluate_query("preset=quota-2010", &DATASET, &Options::default());
    let b = &o.backtest.quota_2010;
    let sn = &DATASET.snapshot_2009;
    // Inputs come from the snapshot: quota = 30,258 / 43,900.
    assert!((b.quota - sn.quota_2010.value / sn.exports.value).abs() < 1e-15);
    assert!(
        (b.normal_exports - (sn.demand.value - sn.non_china_supply.value).max(0.0)).abs() < 1e-9
    );
    let observed = b.observed_ratio.unwrap_or(f64::NAN);
    eprintln!(
        "quota-2010: model ×{:.2} (p10 {:.2}, p50 {:.2}, p90 {:.2}); observed Nd ×{observed:.2}; others {:?}",
        b.multiplier.central,
        b.multiplier.p10,
        b.multiplier.p50,
        b.multiplier.p90,
        b.observed.iter().map(|s| (s.element, (s.ratio * 100.0).round() / 100.0)).collect::<Vec<_>>()
    );
    assert!(observed.is_finite(), "the dataset has no Nd spike");
    assert_eq!(
        b.observed_in_p10_p90,
        observed >= b.multiplier.p10 && observed <= b.multiplier.p90
    );
    // The truth, as of data vintage and model 1.0.0: the model's p10–p90 range (≈ ×2.8–×7.4)
    // lies below the observed ×12. A year-long quota cut of this size explains a multiple of
    // ≈ ×3–×7 with the short-run elasticities of §5; the rest of the 2011 rise (speculation,
    // stockpiling, the 2011 export collapse beyond the quota) is outside the model. If data or
    // model change so that the range contains the observation, this assertion flags it for
    // review.
    assert!(
        !b.observed_in_p10_p90,
        "the range now contains the observed rise: update this test and the docs"
    );
    assert!(b.multiplier.p90 < observed);
}
