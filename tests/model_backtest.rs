//! The `quota-2010` replay (MODEL.md §8) against the observed 2009→2011 price rise.
//!
//! The comparator and elasticities are fixed in `rare_earth_risk::model::backtest` (ndpr set,
//! Nd oxide 2011 annual average ÷ 2009 annual average), chosen before looking at the result.
//! The test asserts what is true of the model, whichever way it falls, and prints the numbers.
#![cfg(not(target_arch = "wasm32"))]

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_query, evaluate_with, Options, Scenario};

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

/// MODEL.md §10: every observed figure of E1 (2010–11) and E2 (2025) beside model 2's, and the
/// verdict against the goal (central within ×1.5 of the observed value, and the observed value
/// inside p10–p90). The test states the truth as it is for the calibrated defaults in
/// `data/baseline.csv` (see `docs/calibration.md`); a change that moves a verdict either way
/// fails here, to be reviewed and written down, never to be loosened.
#[test]
fn episodes_against_history() {
    let o = evaluate_query("", &DATASET, &Options::default());
    let eps = &o.backtest.episodes;
    let find = |id: &str, element: &str, figure: &str| {
        eps.iter()
            .find(|e| e.id == id && e.element == element && e.figure == figure)
            .unwrap_or_else(|| panic!("{id} {element} {figure} missing"))
    };
    for e in eps {
        eprintln!(
            "{} {} {} {}: observed {} ({}–{}), model {:.2} (p10 {:.2}, p90 {:.2}), ×{:.2}, inside {}{}",
            e.id,
            e.element,
            e.figure,
            e.window,
            e.observed.value,
            e.observed.low,
            e.observed.high,
            e.model.central,
            e.model.p10,
            e.model.p90,
            e.ratio,
            e.inside,
            if e.input { " (input)" } else { "" }
        );
        assert!(e.model.p10 <= e.model.p50 && e.model.p50 <= e.model.p90);
        assert!((e.ratio - e.model.central / e.observed.value).abs() < 1e-12);
        if !e.input {
            let margin = 1e-9 * e.observed.value;
            let inside = e.observed.value >= e.model.p10 - margin
                && e.observed.value <= e.model.p90 + margin;
            assert_eq!(e.inside, inside, "{e:?}");
        }
    }
    let meets = |id: &str, element: &str, figure: &str| {
        let e = find(id, element, figure);
        e.inside && (1.0 / 1.5..=1.5).contains(&e.ratio)
    };
    // E1 is judged on the conditional route: China's prices are its inputs.
    assert!(find("E1", "nd", "china").input && find("E1", "dy", "china").input);
    // Met (central within ×1.5 and the observation inside p10–p90): E1's Nd price outside
    // China; E2's Dy price outside China in December 2025.
    for (id, el, fig) in [("E1", "nd", "ex_china"), ("E2", "dy", "ex_china")] {
        assert!(meets(id, el, fig), "{id} {el} {fig} now misses the goal");
    }
    // Central within ×1.5, but the observation outside p10–p90, as of this calibration (fitted
    // on E2 with the December 2025 figure, docs/calibration.md):
    // - E2 Dy and Tb spreads, May–July 2025: ×2.9 and ×3.0 against ×3.7 (p90 ≈ 3.2–3.4);
    // - E2 magnets outside China: ×2.0 against ×1.4 (p10 ≈ 1.5);
    // - E2 Dy in China: ×0.90 against flat (p90 ≈ 0.93);
    // - E1 Nd spread (September 2011): ×1.56 against ×1.6, just above p90.
    for (id, el, fig) in [
        ("E2", "dy", "spread"),
        ("E2", "tb", "spread"),
        ("E2", "magnet", "ex_china"),
        ("E2", "dy", "china"),
        ("E1", "nd", "spread"),
    ] {
        let e = find(id, el, fig);
        assert!(
            (1.0 / 1.5..=1.5).contains(&e.ratio) && !e.inside,
            "{id} {el} {fig}: {e:?}"
        );
    }
    // Missed: E1 Dy outside China, ×20.6 against ×12 observed (×1.7).
    let dy = find("E1", "dy", "ex_china");
    assert!(dy.ratio > 1.5 && dy.ratio < 2.0 && !dy.inside, "{dy:?}");
}

/// MODEL.md §6.1, the `japan-2010-2024` backtest: the §6 chain dependency of Japan's 2010 and
/// 2024 chains beside the recorded China share of its rare-earth imports. The truth as of this
/// data vintage: 2010 agrees (light chain 0.88 against ≈ 0.9); in 2024 the light chain (0.47)
/// lies below the recorded 0.6–0.7 and the heavy chain (0.86) above it. The recorded figure is an
/// import share by tonnage of all rare earths, not a chain dependency, so the test records where
/// each figure falls; a change of data or model that moves one across the recorded range fails
/// here, to be reviewed and written down.
#[test]
fn japan_2010_2024() {
    let o = evaluate_query("", &DATASET, &Options::central());
    let j = &o.backtest.japan;
    let b = &DATASET.japan_backtest;
    assert_eq!(j.recorded_2010, b.dependency_2010.value);
    assert_eq!(
        (j.recorded_2024_low, j.recorded_2024_high),
        (b.dependency_2024_low.value, b.dependency_2024_high.value)
    );
    eprintln!(
        "japan: 2010 light {:.3} heavy {:.3} (recorded {}); 2024 light {:.3} heavy {:.3} (recorded {}–{})",
        j.model_2010.light.magnet,
        j.model_2010.heavy.magnet,
        j.recorded_2010,
        j.model_2024.light.magnet,
        j.model_2024.heavy.magnet,
        j.recorded_2024_low,
        j.recorded_2024_high
    );
    // 2010 by hand: the only China-free NdPr was Showa Denko's 800 t/yr of scrap recovery, for a
    // need of 6,840 t: 1 − 800/6,840.
    let need = b.need_2010(rare_earth_risk::data::Chain::Light).need.value;
    assert!((j.model_2010.light.magnet - (1.0 - 800.0 / need)).abs() < 1e-12);
    assert!((j.model_2010.light.magnet - j.recorded_2010).abs() < 0.05);
    assert_eq!(j.model_2010.heavy.magnet, 1.0);
    // 2024: the model's 2024 chain is the japan view's baseline, and it is what a 2024 scenario
    // reports for that view.
    let v = evaluate_query(
        "view=japan&year=2024&pipeline=0",
        &DATASET,
        &Options::central(),
    );
    assert!(
        (v.dependency.light.magnet.dependency.central - j.model_2024.light.magnet).abs() < 1e-12
    );
    assert!(j.model_2024.light.magnet < j.recorded_2024_low);
    assert!(j.model_2024.heavy.magnet > j.recorded_2024_high);
    // The dependency fell from 2010 to 2024 on the light chain, as the record says it did.
    assert!(j.model_2024.light.magnet < j.model_2010.light.magnet);
}

/// The calibration's recorded fits (data/baseline.csv `calibration.*`, docs/calibration.md):
/// the defaults are the E2 fit, and each fit does best on what it was fitted to among the three.
#[test]
fn recorded_fits_are_consistent_and_the_defaults_are_the_e2_fit() {
    use rare_earth_risk::data::MarketId;
    use rare_earth_risk::model::calibration::{figures, loss, Fit};
    use rare_earth_risk::model::episodes::{e1_inferred, E1Route};
    let d = &DATASET;
    let fit = |name: &str| {
        d.calibration
            .iter()
            .find(|c| c.fit == name)
            .map_or_else(|| panic!("no {name} fit"), Fit::from)
    };
    let e2 = fit("e2");
    assert_eq!(e2.theta, d.behaviour.theta.central.value);
    assert_eq!(e2.lambda, d.behaviour.lambda.central.value);
    assert_eq!(e2.panic, d.behaviour.panic.central.value);
    assert_eq!(e2.buffer_heavy, d.market(MarketId::Dy).buffer.value);
    assert_eq!(e2.buffer_heavy, d.market(MarketId::Tb).buffer.value);
    assert_eq!(e2.buffer_magnet, d.market(MarketId::Magnet).buffer.value);
    let err = |f: &Fit, ep: &str| loss(&figures(d, ep, f, e1_inferred(d), E1Route::Conditional));
    let (e1, joint) = (fit("e1"), fit("joint"));
    for other in [&e2, &joint] {
        assert!(
            err(&e1, "E1") <= err(other, "E1") + 1e-12,
            "E1 fit is best on E1"
        );
    }
    for other in [&e1, &joint] {
        assert!(
            err(&e2, "E2") <= err(other, "E2") + 1e-12,
            "E2 fit is best on E2"
        );
    }
    let both = |f: &Fit| err(f, "E1") + err(f, "E2");
    assert!(both(&joint) <= both(&e1) && both(&joint) <= both(&e2));
}

/// The backtests are cached between evaluations (`engine/cache.rs`). A dataset changed in place
/// between two evaluations (same address, other numbers) must get its own backtests, never the
/// ones computed on it before: the cache keeps only the bundled, immutable `DATASET`'s.
#[test]
fn a_dataset_changed_in_place_gets_its_own_backtests() {
    let s = Scenario::from_query("", &DATASET);
    let opts = Options::draws(16);
    let bundled = evaluate_with(&s, &DATASET, &opts).backtest.quota_2010;
    let mut d = DATASET;
    let demand = d.snapshot_2009.demand.value;
    for factor in [1.5, 2.0, 1.0] {
        d.snapshot_2009.demand.value = demand * factor;
        let replay = evaluate_with(&s, &d, &opts).backtest.quota_2010;
        assert_eq!(
            replay.demand,
            demand * factor,
            "replay of the dataset ×{factor}"
        );
    }
    // The bundled dataset's cached replay is untouched, and equal to a fresh computation.
    assert_eq!(
        evaluate_with(&s, &DATASET, &opts).backtest.quota_2010,
        bundled
    );
    assert_eq!(evaluate_with(&s, &d, &opts).backtest.quota_2010, bundled);
}
