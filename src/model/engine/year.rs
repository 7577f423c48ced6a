//! One year's solve for one evaluation (central or a draw): the 36-month path of the four
//! markets (MODEL.md §5), its summaries (§7) and the chain's dependency (§6).

use super::super::capacity::{Additions, T_HEAVY, T_LIGHT, YEARS};
use super::super::chain;
use super::super::path::{
    simulate, simulate_keeping, summarise, Kept, MonthPoint, Path, Summary, YearMarkets,
    PATH_MONTHS,
};
use super::context::{params, structure, Ctx, Elast};

/// One year's results for one evaluation (central or a draw).
#[derive(Debug, Clone, Copy)]
pub(super) struct YearCalc {
    pub(super) ym: YearMarkets,
    /// `Q_t = quota · max(0, E_t)`, t/yr.
    pub(super) q: [f64; 4],
    pub(super) sum: [Summary; 4],
    /// Whether the restriction touches each market at some month of the path.
    pub(super) binds: [bool; 4],
    pub(super) cap: [[f64; 4]; 2],
    pub(super) thr: [[f64; 4]; 2],
    pub(super) dep: [[f64; 4]; 2],
    pub(super) need: [f64; 2],
}

pub(super) const CALM: Summary = Summary {
    ex_china: 1.0,
    china: 1.0,
    spread: 1.0,
    unmet_share: 0.0,
    peak: 1.0,
    peak_month: 0,
    at_backstop: false,
    survive_months: f64::INFINITY,
    recover_month: f64::INFINITY,
};

impl YearCalc {
    pub(super) const ZERO: YearCalc = YearCalc {
        ym: YearMarkets {
            demand: [0.0; 4],
            supply: [0.0; 4],
            capacity: [0.0; 4],
            china_demand: [0.0; 4],
            normal_exports: [0.0; 4],
        },
        q: [0.0; 4],
        sum: [CALM; 4],
        binds: [false; 4],
        cap: [[0.0; 4]; 2],
        thr: [[0.0; 4]; 2],
        dep: [[0.0; 4]; 2],
        need: [0.0; 2],
    };
}

/// Where a year's solve writes its path, and the slot of kept oxide paths it may reuse and
/// refill where their inputs are unchanged (`path::simulate_keeping`: the same bits either way).
pub(super) struct PathOut<'a> {
    pub(super) path: &'a mut Path,
    pub(super) kept: Option<&'a mut Kept>,
}

/// One year's solve into `r`: the 36-month path from January… of year `y` (months `n`), its
/// summaries, and the chain. `adds` holds the additions of every year (`y`, `y+1`, `y+2` are
/// read).
pub(super) fn year_calc(
    ctx: &Ctx,
    y: usize,
    adds: &Additions,
    el: &Elast,
    n: usize,
    out: PathOut,
    r: &mut YearCalc,
) {
    let PathOut { path, kept } = out;
    let years =
        [0, 1, 2].map(|j| structure(ctx, (y + j).min(YEARS - 1), &adds[(y + j).min(YEARS - 1)]));
    r.ym = years[0];
    for k in 0..4 {
        r.q[k] = ctx.base[k].quota * r.ym.normal_exports[k].max(0.0);
    }
    let p = params(ctx, el);
    for k in 0..4 {
        r.binds[k] =
            (0..PATH_MONTHS).any(|i| ctx.restriction.binds(k, i, years[i / 12].normal_exports[k]));
    }
    if r.binds.iter().any(|b| *b) {
        match kept {
            Some(kept) => simulate_keeping(&years, &ctx.restriction, &p, n, path, kept),
            None => simulate(&years, &ctx.restriction, &p, n, path),
        }
        for k in 0..4 {
            r.sum[k] = summarise(path, k, n, ctx.restriction.months, p.buffer[k]);
        }
    } else {
        // No restriction: every month is the normal path (MODEL.md §9), prices at 1.
        for row in path.iter_mut().take(n) {
            for k in 0..4 {
                let d = years[0].demand[k] / 12.0;
                row[k] = MonthPoint {
                    ex_china: 1.0,
                    china: 1.0,
                    exports: years[0].normal_exports[k] / 12.0,
                    stock_months: if d > 0.0 { p.buffer[k] } else { 0.0 },
                    unmet_share: 0.0,
                    split: false,
                };
            }
        }
        r.sum = [CALM; 4];
    }
    let g = ctx.growth[y];
    let ay = &adds[y];
    for (c, off) in [(0, T_LIGHT), (1, T_HEAVY)] {
        r.need[c] = ctx.need0[c] * g;
        for s in 0..4 {
            r.cap[c][s] = ctx.cap0[c][s] + ay[off + s];
        }
        r.thr[c] = chain::throughput(r.cap[c], ctx.rec[c]);
        r.dep[c] = chain::dependency(r.thr[c], r.need[c]);
    }
}
