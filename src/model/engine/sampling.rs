//! The quantities sampled per draw and their percentiles (MODEL.md §8).

use super::super::capacity::YEARS;
use super::super::montecarlo::p10_p50_p90_keys;
use super::super::outcome::Range;
use super::year::YearCalc;

/// Quantities sampled per market: 12-month averages of `m_e`, `m_c`, `m_e/m_c` and the unmet
/// share; time to survive; the year of recovery (v1's annual rule); the peak `m_e`; the month
/// of recovery on the path.
pub(super) const PER_MARKET: usize = 8;
pub(super) const Q_EX_CHINA_K: usize = 0;
pub(super) const Q_CHINA_K: usize = 1;
pub(super) const Q_SPREAD_K: usize = 2;
pub(super) const Q_UNMET_K: usize = 3;
pub(super) const Q_SURVIVE_K: usize = 4;
pub(super) const Q_RECOVER_YEAR_K: usize = 5;
pub(super) const Q_PEAK_K: usize = 6;
pub(super) const Q_RECOVER_MONTH_K: usize = 7;
/// Number of sampled quantities per year.
pub(super) const NQ: usize = Q_RECOVER_MONTH + 1;
pub(super) const Q_DEP: usize = 4 * PER_MARKET;
pub(super) const Q_SURVIVE: usize = Q_DEP + 8;
pub(super) const Q_RECOVER: usize = Q_SURVIVE + 1;
pub(super) const Q_RECOVER_MONTH: usize = Q_RECOVER + 1;

pub(super) fn quantities(
    r: &YearCalc,
    y: usize,
    recover_from: &[[f64; YEARS]; 4],
    out: &mut [f64; NQ],
) {
    let mut survive = f64::INFINITY;
    let mut recover = f64::NEG_INFINITY;
    let mut recover_month = f64::NEG_INFINITY;
    for k in 0..4 {
        let rec = recover_from[k][y];
        let sm = &r.sum[k];
        let o = k * PER_MARKET;
        out[o + Q_EX_CHINA_K] = sm.ex_china;
        out[o + Q_CHINA_K] = sm.china;
        out[o + Q_SPREAD_K] = sm.spread;
        out[o + Q_UNMET_K] = sm.unmet_share;
        out[o + Q_SURVIVE_K] = sm.survive_months;
        out[o + Q_RECOVER_YEAR_K] = rec;
        out[o + Q_PEAK_K] = sm.peak;
        out[o + Q_RECOVER_MONTH_K] = sm.recover_month;
        survive = survive.min(sm.survive_months);
        recover = recover.max(rec);
        recover_month = recover_month.max(sm.recover_month);
    }
    for c in 0..2 {
        for s in 0..4 {
            out[Q_DEP + c * 4 + s] = r.dep[c][s];
        }
    }
    out[Q_SURVIVE] = survive;
    out[Q_RECOVER] = recover;
    out[Q_RECOVER_MONTH] = recover_month;
}

/// Percentiles of each quantity; `samples` holds the [`order_key`]s, quantity-major with `n`
/// draws each. Without `per_market_time` the markets' own survival and recovery times keep
/// their central value only: the timeline shows the combined ones.
pub(super) fn ranges(
    central: &[f64; NQ],
    samples: &mut [i64],
    n: usize,
    per_market_time: bool,
) -> [Range; NQ] {
    let mut out = [Range::point(0.0); NQ];
    for q in 0..NQ {
        let market_time = (q < Q_DEP
            && matches!(
                q % PER_MARKET,
                Q_SURVIVE_K | Q_RECOVER_YEAR_K | Q_RECOVER_MONTH_K
            ))
            || (q >= Q_SURVIVE && !per_market_time);
        out[q] = if n == 0 || (market_time && !per_market_time) {
            Range::point(central[q])
        } else {
            let [p10, p50, p90] = p10_p50_p90_keys(&mut samples[q * n..(q + 1) * n]);
            Range {
                central: central[q],
                p10,
                p50,
                p90,
            }
        };
    }
    out
}
