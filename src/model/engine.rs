//! `evaluate`: one scenario through MODEL.md §4–§8, for the scenario year and 2024–2035.
//!
//! **Draws and the timeline.** The scenario year gets the full Monte Carlo (default 400
//! draws, each a 36-month path of the four markets). The other eleven years of the timeline get
//! central figures (36-month paths) plus percentile bands of their 12-month averages from the
//! first `timeline_draws` of the same draws (default a twentieth, 20), simulated for the 12
//! months those averages read; their times keep the central value. The scenario year's entry
//! in the timeline carries the full-draw figures, so the chart and the headline agree.
//! `draws = 0` is the fast central-only path (percentiles = central) that the UI uses while a
//! slider moves. Timings are in docs/performance.md (`cargo bench --bench evaluate`).
//!
//! **Draws.** A Latin hypercube (`montecarlo::LatinHypercube`): each draw has a uniform for
//! `ed` and one for `es` of each market (ndpr, dy, tb, magnet; triangular on low/chosen/high),
//! one each for `θ`, `λ` and `panic`, then one per project in dataset order (delivered when the
//! uniform is below `pipeline`). The same uniforms serve every scenario, so scenarios that
//! differ in one input are compared on common random numbers.

use super::backtest;
use super::capacity::{Additions, CapacityPlan, DrawSums, TARGETS, T_HEAVY, T_LIGHT, YEARS};
use super::chain;
use super::episodes::{self, Backtests};
use super::exposure;
use super::magnet::{cost_multiplier, cost_shares};
use super::math::{fast_powf, powi};
use super::montecarlo::{
    order_key, p10_p50_p90_keys, LatinHypercube, Triangular, DEFAULT_DRAWS, DEFAULT_SEED,
};
use super::outcome::*;
use super::path::{
    simulate, summarise, MonthPoint, Params, Path, Restriction, Summary, YearMarkets,
    AVERAGE_MONTHS, PATH_MONTHS,
};
use super::scenario::{
    Elasticity, Notice, NoticeKind, Scenario, FIRST_YEAR, MODEL_VERSION, URL_VERSION,
};
use super::time;
use crate::data::{Chain, Dataset, MarketId, Range3, Stage};

/// How much to compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Monte Carlo draws for the scenario year (0 = central figures only).
    pub draws: usize,
    /// Draws for the bands of the other timeline years (`None` = `draws / 20`).
    pub timeline_draws: Option<usize>,
    /// Compute the other timeline years at all (central figures and bands).
    pub timeline: bool,
    pub seed: u64,
    /// Target for `dep_magnet` in "capacity needed" (`None` = the dataset's default, 65%).
    pub dependency_target: Option<f64>,
    /// Draw the backtests' ranges too (MODEL.md §10; `false`: their central figures only).
    /// They do not depend on the scenario, so a page that does not show them skips the cost.
    pub backtests: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            draws: DEFAULT_DRAWS,
            timeline_draws: None,
            timeline: true,
            seed: DEFAULT_SEED,
            dependency_target: None,
            backtests: true,
        }
    }
}

impl Options {
    /// The fast path: central figures for every year, no draws.
    pub fn central() -> Self {
        Options {
            draws: 0,
            ..Options::default()
        }
    }
    /// Central figures and `draws` draws, scenario year only (for property tests).
    pub fn draws(draws: usize) -> Self {
        Options {
            draws,
            timeline: false,
            ..Options::default()
        }
    }
    fn timeline_draws(&self) -> usize {
        if !self.timeline {
            return 0;
        }
        self.timeline_draws
            .unwrap_or(self.draws / 20)
            .min(self.draws)
    }
}

/// Evaluates a scenario with the default options (1,000 draws, full timeline).
pub fn evaluate(s: &Scenario, d: &Dataset) -> Outcome {
    evaluate_with(s, d, &Options::default())
}

/// Reads a query string and evaluates it; the parsing notices come first in `notices`.
pub fn evaluate_query(query: &str, d: &Dataset, opts: &Options) -> Outcome {
    let parsed = Scenario::parse(query, d);
    let mut out = evaluate_with(&parsed.scenario, d, opts);
    let mut notices = parsed.notices;
    notices.append(&mut out.notices);
    out.notices = notices;
    out
}

/// The chosen value and the triangular (low, mode, high) of one elasticity (MODEL.md §2, §8):
/// a named set moves both the central figure and the mode of the draws to that value; a number
/// does the same, widening the bounds if it lies outside them.
pub fn elasticity(choice: Elasticity, r: &Range3) -> (f64, [f64; 3]) {
    let (lo, c, hi) = (r.low.value, r.central.value, r.high.value);
    let v = match choice {
        Elasticity::Low => lo,
        Elasticity::Central => c,
        Elasticity::High => hi,
        Elasticity::Value(v) => v,
    };
    let a = lo.min(hi).min(v);
    let b = lo.max(hi).max(v);
    (v, [a, v, b])
}

#[derive(Debug, Clone, Copy, Default)]
struct Base {
    d: f64,
    f: f64,
    k: f64,
    dcn: f64,
    p: f64,
    es_cn: f64,
    b: f64,
    quota: f64,
    ed: f64,
    es: f64,
    ed_tri: [f64; 3],
    es_tri: [f64; 3],
    buffer: f64,
    buffer_cn: f64,
    /// Output outside China recorded for 2025 (Lynas' first heavy oxides), a floor on `F_2025`.
    f_2025: f64,
}

/// The year whose output outside China the dataset records (`non_china_supply_2025`).
const RECORDED_YEAR: u16 = 2025;

/// Everything about the scenario that does not change between years and draws.
struct Ctx {
    base: [Base; 4],
    growth: [f64; YEARS],
    w: [f64; 3],
    cap0: [[f64; 4]; 2],
    rec: [[f64; 4]; 2],
    need0: [f64; 2],
    restriction: Restriction,
    /// Central `θ, λ, panic` and their triangular (low, mode, high).
    behaviour: [(f64, [f64; 3]); 3],
    china_stockpiling: f64,
}

/// Elasticities (ed, es) per market and `θ, λ, panic` for one draw.
#[derive(Debug, Clone, Copy)]
struct Elast {
    el: [[f64; 2]; 4],
    behaviour: [f64; 3],
}

/// One year's results for one evaluation (central or a draw).
#[derive(Debug, Clone, Copy)]
struct YearCalc {
    ym: YearMarkets,
    /// `Q_t = quota · max(0, E_t)`, t/yr.
    q: [f64; 4],
    sum: [Summary; 4],
    /// Whether the restriction touches each market at some month of the path.
    binds: [bool; 4],
    cap: [[f64; 4]; 2],
    thr: [[f64; 4]; 2],
    dep: [[f64; 4]; 2],
    need: [f64; 2],
}

const CALM: Summary = Summary {
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
    const ZERO: YearCalc = YearCalc {
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

/// Year `y`'s market structure (MODEL.md §4) with `adds` of new capacity.
fn structure(ctx: &Ctx, y: usize, adds: &[f64; TARGETS]) -> YearMarkets {
    let g = ctx.growth[y];
    let mut ym = YearMarkets::default();
    for k in 0..4 {
        let b = &ctx.base[k];
        ym.demand[k] = b.d * g;
        ym.china_demand[k] = b.dcn * g;
        // On the normal path (prices at 1) output outside China beyond what the world uses
        // would have no buyer: it runs below capacity, and China produces nothing.
        let mut f = b.f + adds[k];
        if usize::from(RECORDED_YEAR - FIRST_YEAR) == y {
            // What was produced outside China that year is known: at least that much.
            f = f.max(b.f_2025);
        }
        ym.supply[k] = f.min(ym.demand[k] + ym.china_demand[k]);
        ym.capacity[k] = b.k + adds[k];
        ym.normal_exports[k] = ym.demand[k] - ym.supply[k];
    }
    ym
}

/// The path's parameters for one draw (or the central case).
fn params(ctx: &Ctx, el: &Elast) -> Params {
    let b = &ctx.base;
    Params {
        ed: [0, 1, 2, 3].map(|k| el.el[k][0]),
        es: [0, 1, 2, 3].map(|k| el.el[k][1]),
        es_cn: b.map(|x| x.es_cn),
        backstop: b.map(|x| x.b),
        theta: el.behaviour[0].max(0.0),
        lambda: el.behaviour[1].clamp(0.0, 1.0),
        panic: el.behaviour[2].max(0.0),
        buffer: b.map(|x| x.buffer),
        buffer_cn: b.map(|x| x.buffer_cn),
        china_stockpiling: ctx.china_stockpiling,
        weights: ctx.w,
    }
}

/// One year's solve into `r`: the 36-month path from January… of year `y` (months `n`), its
/// summaries, and the chain. `adds` holds the additions of every year (`y`, `y+1`, `y+2` are
/// read).
fn year_calc(
    ctx: &Ctx,
    y: usize,
    adds: &Additions,
    el: &Elast,
    n: usize,
    path: &mut Path,
    r: &mut YearCalc,
) {
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
        simulate(&years, &ctx.restriction, &p, n, path);
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

impl Ctx {
    /// Whether market `k` is recovered in year index `yy` (MODEL.md §7) when `added` is the
    /// capacity added to its supply that year; `scale` widens or narrows that supply for the
    /// rounding margins of [`may_recover`] (1 otherwise).
    fn recovers(&self, k: usize, yy: usize, added: f64, scale: f64) -> bool {
        let b = &self.base[k];
        let dt = b.d * self.growth[yy];
        let ft = (b.f + added) * scale;
        time::recovered(dt, ft, b.quota * (dt - ft).max(0.0))
    }
}

/// For each market and each year `y ≥ from`, the first year ≥ `y` (as a number) in which the
/// market recovers (MODEL.md §7), `+∞` if none: one backward pass over the years.
fn recover_years(ctx: &Ctx, from: usize, adds: &Additions) -> [[f64; YEARS]; 4] {
    let mut out = [[f64::INFINITY; YEARS]; 4];
    for k in 0..4 {
        let mut next = f64::INFINITY;
        for yy in (from..YEARS).rev() {
            if ctx.recovers(k, yy, adds[yy][k], 1.0) {
                next = f64::from(FIRST_YEAR) + yy as f64;
            }
            out[k][yy] = next;
        }
    }
    out
}

/// Like [`recover_years`] for year `y` only (other entries `+∞`), for one draw whose year-`y`
/// additions are `adds_y`: a forward search that stops at the first recovered year, skipping
/// the later years where `may[k][yy]` says no draw can recover, and summing a later year's
/// additions only when the search reaches it.
fn recover_year(
    ctx: &Ctx,
    y: usize,
    adds_y: &[f64; TARGETS],
    sums: &DrawSums,
    built: &[f64],
    may: &[[bool; YEARS]; 4],
) -> [[f64; YEARS]; 4] {
    let mut out = [[f64::INFINITY; YEARS]; 4];
    for k in 0..4 {
        for yy in y..YEARS {
            if yy > y && !may[k][yy] {
                continue;
            }
            let added = if yy == y {
                adds_y[k]
            } else {
                sums.realised_entry(built, yy, k)
            };
            if ctx.recovers(k, yy, added, 1.0) {
                out[k][y] = f64::from(FIRST_YEAR) + yy as f64;
                break;
            }
        }
    }
    out
}

/// Which (market, year) pairs from year `y` on could recover in some draw, from the two
/// extreme draws: if every announced project delivered still leaves a year unrecovered, no
/// draw recovers then; and if the scenario year recovers with none delivered, every draw
/// recovers in the scenario year and never looks further. (Recovery is monotone in `F_t`; a
/// relative margin of 1e−9 covers rounding.) Draws beyond the timeline then search only the
/// later years that can matter.
fn may_recover(
    ctx: &Ctx,
    sums: &DrawSums,
    projects: usize,
    pipeline: f64,
    y: usize,
) -> [[bool; YEARS]; 4] {
    // A draw builds a project when a uniform in [0, 1) is below `pipeline`: never at 0 (the
    // historical presets), always at 1.
    let all = vec![f64::from(u8::from(pipeline > 0.0)); projects];
    let none = vec![f64::from(u8::from(pipeline >= 1.0)); projects];
    let (mut most, mut least) = ([[0.0; TARGETS]; YEARS], [[0.0; TARGETS]; YEARS]);
    sums.realised(&all, y, &mut most);
    sums.realised(&none, y, &mut least);
    let margin = 1e-9;
    let mut out = [[true; YEARS]; 4];
    for k in 0..4 {
        let always_now = ctx.recovers(k, y, least[y][k], 1.0 - margin);
        for yy in y + 1..YEARS {
            out[k][yy] = !always_now && ctx.recovers(k, yy, most[yy][k], 1.0 + margin);
        }
    }
    out
}

/// Quantities sampled per market: 12-month averages of `m_e`, `m_c`, `m_e/m_c` and the unmet
/// share; time to survive; the year of recovery (v1's annual rule); the peak `m_e`; the month
/// of recovery on the path.
const PER_MARKET: usize = 8;
const Q_SURVIVE_K: usize = 4;
const Q_RECOVER_YEAR_K: usize = 5;
const Q_PEAK_K: usize = 6;
const Q_RECOVER_MONTH_K: usize = 7;
/// Number of sampled quantities per year.
const NQ: usize = Q_RECOVER_MONTH + 1;
const Q_DEP: usize = 4 * PER_MARKET;
const Q_SURVIVE: usize = Q_DEP + 8;
const Q_RECOVER: usize = Q_SURVIVE + 1;
const Q_RECOVER_MONTH: usize = Q_RECOVER + 1;

fn quantities(r: &YearCalc, y: usize, recover_from: &[[f64; YEARS]; 4], out: &mut [f64; NQ]) {
    let mut survive = f64::INFINITY;
    let mut recover = f64::NEG_INFINITY;
    let mut recover_month = f64::NEG_INFINITY;
    for k in 0..4 {
        let rec = recover_from[k][y];
        let sm = &r.sum[k];
        let o = k * PER_MARKET;
        out[o] = sm.ex_china;
        out[o + 1] = sm.china;
        out[o + 2] = sm.spread;
        out[o + 3] = sm.unmet_share;
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
fn ranges(
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

/// The value a scenario key sets, or the dataset's, and the triangular draws around it (the
/// chosen value becomes the mode; bounds widen to include it), as for elasticities.
fn centred(choice: Option<f64>, r: &Range3) -> (f64, [f64; 3]) {
    match choice {
        Some(v) => elasticity(Elasticity::Value(v), r),
        None => elasticity(Elasticity::Central, r),
    }
}

fn context(s: &Scenario, d: &Dataset) -> Ctx {
    let mut base = [Base::default(); 4];
    let quotas = [s.quota_light, s.quota_heavy, s.quota_heavy, s.quota_magnet];
    for (k, id) in MarketId::ALL.iter().enumerate() {
        let mk = d.market(*id);
        let (ed, ed_tri) = elasticity(s.ed, &mk.ed);
        let (es, es_tri) = elasticity(s.es, &mk.es);
        let (dd, f) = (mk.demand.value, mk.non_china_supply.value);
        let e0 = (dd - f).max(0.0);
        base[k] = Base {
            d: dd,
            f,
            k: mk.non_china_capacity.value.max(f),
            dcn: (mk.china_production.value - e0).max(0.0),
            p: mk.price.value,
            es_cn: mk.es_cn.value,
            b: mk.backstop.value.max(1.0),
            quota: quotas[k] / 100.0,
            ed,
            es,
            ed_tri,
            es_tri,
            buffer: s.buffer_for(k).unwrap_or(mk.buffer.value).max(0.0),
            buffer_cn: s.buffer_cn.unwrap_or(mk.buffer_cn.value).max(0.0),
            f_2025: mk.non_china_supply_2025.map_or(0.0, |f| f.value.max(0.0)),
        };
    }
    let rate = 1.0 + s.growth / 100.0;
    let mut growth = [1.0; YEARS];
    for (y, g) in growth.iter_mut().enumerate() {
        let t = i32::from(FIRST_YEAR) + y as i32;
        *g = powi(rate, t - i32::from(d.baseline_year));
    }
    let m = d.magnet;
    let w = cost_shares(
        [m.ndpr_per_kg.value, m.dy_per_kg.value, m.tb_per_kg.value],
        [base[0].p, base[1].p, base[2].p],
        base[3].p,
    );
    let mut cap0 = [[0.0; 4]; 2];
    let mut rec = [[0.0; 4]; 2];
    let mut need0 = [0.0; 2];
    for (c, ch) in Chain::ALL.iter().enumerate() {
        for (i, st) in Stage::ALL.iter().enumerate() {
            let sb = d.stage(s.view, *ch, *st);
            cap0[c][i] = sb.capacity.value.max(0.0);
            rec[c][i] = sb.recycling.value.max(0.0);
        }
        need0[c] = d.need(s.view, *ch).need.value.max(0.0);
    }
    let months = (s.months.round().max(1.0) as usize).min(PATH_MONTHS);
    let mut export_share = [[1.0; 4]; PATH_MONTHS];
    for (i, row) in export_share.iter_mut().enumerate() {
        // Markets in quota-group order: NdPr light; Dy and Tb heavy; magnets.
        for (k, g) in [0, 1, 1, 2].into_iter().enumerate() {
            row[k] = s.export_share(d, g, i);
        }
    }
    let restriction = Restriction {
        months,
        export_share,
        china_output: (s.china_output / 100.0).max(0.0),
        duty: (s.export_duty / 100.0).max(0.0),
        observed_china: None,
    };
    let bh = &d.behaviour;
    Ctx {
        base,
        growth,
        w,
        cap0,
        rec,
        need0,
        restriction,
        behaviour: [
            centred(None, &bh.theta),
            centred(None, &bh.lambda),
            centred(s.panic, &bh.panic),
        ],
        china_stockpiling: s.china_stockpiling.max(0.0),
    }
}

/// The central path of scenario `s` in its own year, with the path's parameters changed by
/// `tweak` first (the backtests and the calibration run the same scenario under other
/// behaviour parameters). Also returns the parameters used.
pub fn central_path(s: &Scenario, d: &Dataset, tweak: &dyn Fn(&mut Params)) -> (Path, Params) {
    let (years, restriction, mut p) = path_setup(s, d);
    tweak(&mut p);
    let mut path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    simulate(&years, &restriction, &p, PATH_MONTHS, &mut path);
    (path, p)
}

/// What [`simulate`] needs for scenario `s`'s path in its own year: the three years'
/// structures (expected projects), the restriction and the central parameters.
pub fn path_setup(s: &Scenario, d: &Dataset) -> ([YearMarkets; 3], Restriction, Params) {
    let ctx = context(s, d);
    let plan = CapacityPlan::new(s, d);
    let ty = usize::from(s.year.clamp(FIRST_YEAR, FIRST_YEAR + YEARS as u16 - 1) - FIRST_YEAR);
    let mut adds = [[0.0; TARGETS]; YEARS];
    plan.expected((s.pipeline / 100.0).clamp(0.0, 1.0), &mut adds);
    let el = Elast {
        el: [0, 1, 2, 3].map(|k| [ctx.base[k].ed, ctx.base[k].es]),
        behaviour: ctx.behaviour.map(|b| b.0),
    };
    let years = [0, 1, 2].map(|j| {
        let y = (ty + j).min(YEARS - 1);
        structure(&ctx, y, &adds[y])
    });
    (years, ctx.restriction, params(&ctx, &el))
}

/// The quota share that applies to a stage's flows (MODEL.md §6 "supply at risk"): the
/// chain's own group (light or heavy) for mining, separation and metal, and the magnet group
/// for the magnet stage, whose flows are magnets.
pub fn stage_quota(s: &Scenario, c: Chain, st: Stage) -> f64 {
    let q = match (c, st) {
        (_, Stage::Magnet) => s.quota_magnet,
        (Chain::Light, _) => s.quota_light,
        (Chain::Heavy, _) => s.quota_heavy,
    };
    q / 100.0
}

/// Evaluates a scenario (MODEL.md §4–§8).
pub fn evaluate_with(s: &Scenario, d: &Dataset, opts: &Options) -> Outcome {
    let ctx = context(s, d);
    let plan = CapacityPlan::new(s, d);
    let ty = usize::from(s.year.clamp(FIRST_YEAR, FIRST_YEAR + YEARS as u16 - 1) - FIRST_YEAR);
    let pipeline = (s.pipeline / 100.0).clamp(0.0, 1.0);

    // Central figures for every year.
    let mut adds_c = [[0.0; TARGETS]; YEARS];
    plan.expected(pipeline, &mut adds_c);
    let el_c = Elast {
        el: [0, 1, 2, 3].map(|k| [ctx.base[k].ed, ctx.base[k].es]),
        behaviour: ctx.behaviour.map(|b| b.0),
    };
    let mut central_calc = [YearCalc::ZERO; YEARS];
    let mut central_q = [[0.0; NQ]; YEARS];
    let mut central_path: Path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    let mut path_buf: Path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    let rec_c = recover_years(&ctx, 0, &adds_c);
    for y in 0..YEARS {
        if y != ty && !opts.timeline {
            continue;
        }
        let buf = if y == ty {
            &mut central_path
        } else {
            &mut path_buf
        };
        year_calc(
            &ctx,
            y,
            &adds_c,
            &el_c,
            PATH_MONTHS,
            buf,
            &mut central_calc[y],
        );
        quantities(&central_calc[y], y, &rec_c, &mut central_q[y]);
    }

    // Draws.
    let nd = opts.draws;
    let ntl = opts.timeline_draws();
    let np = d.projects.len();
    let mut el_draws: Vec<Elast> = Vec::with_capacity(nd);
    // This draw's projects: 1 if built, 0 if not (see `DrawSums::realised_entry`).
    let mut mine = vec![0.0; np];
    // Per draw: ed and es of each market (8), θ, λ and panic (3), then one per project.
    let design = LatinHypercube::new(opts.seed, nd, 11 + np);
    let tri = ctx
        .base
        .map(|b| [Triangular::new(b.ed_tri), Triangular::new(b.es_tri)]);
    let tri_b = ctx.behaviour.map(|b| Triangular::new(b.1));
    let n_of = |y: usize| if y == ty { nd } else { ntl };
    // The per-draw project sums exist only when there are draws, not for the central figures
    // that every slider move computes.
    let sums = (nd > 0).then(|| plan.draw_sums());
    let may = match &sums {
        Some(sums) if nd > ntl => may_recover(&ctx, sums, np, pipeline, ty),
        _ => [[true; YEARS]; 4],
    };
    let mut samples: Vec<Vec<i64>> = (0..YEARS).map(|y| vec![0; NQ * n_of(y)]).collect();
    let mut adds = [[0.0; TARGETS]; YEARS];
    let mut qbuf = [0.0; NQ];
    let mut calc = YearCalc::ZERO;
    for i in 0..nd {
        let Some(sums) = &sums else { break };
        // Draw i's uniforms, in the documented order.
        let mut el = Elast {
            el: [[0.0; 2]; 4],
            behaviour: [0.0; 3],
        };
        let u = design.draw(i);
        for (k, [ed, es]) in tri.iter().enumerate() {
            el.el[k][0] = ed.at(u[2 * k]);
            el.el[k][1] = es.at(u[2 * k + 1]);
        }
        for (j, (b, t)) in el.behaviour.iter_mut().zip(&tri_b).enumerate() {
            *b = t.at(u[8 + j]);
        }
        el_draws.push(el);
        for (built, u) in mine.iter_mut().zip(&u[11..]) {
            *built = f64::from(u8::from(*u < pipeline));
        }
        // Draws beyond the timeline's only need the scenario year (and the two after it, for
        // the path), and the markets' supply in the years after it (time to recover).
        let rec = if i < ntl {
            sums.realised(&mine, 0, &mut adds);
            recover_years(&ctx, 0, &adds)
        } else {
            sums.realised(&mine, ty, &mut adds);
            recover_year(&ctx, ty, &adds[ty], sums, &mine, &may)
        };
        for y in 0..YEARS {
            let n = n_of(y);
            if i >= n {
                continue;
            }
            // The other years' bands read only their 12-month averages.
            let months = if y == ty { PATH_MONTHS } else { AVERAGE_MONTHS };
            year_calc(&ctx, y, &adds, &el, months, &mut path_buf, &mut calc);
            quantities(&calc, y, &rec, &mut qbuf);
            let col = &mut samples[y];
            for q in 0..NQ {
                col[q * n + i] = order_key(qbuf[q]);
            }
        }
    }
    let year_ranges: Vec<[Range; NQ]> = (0..YEARS)
        .map(|y| ranges(&central_q[y], &mut samples[y], n_of(y), y == ty))
        .collect();
    let rg = &year_ranges[ty];
    let r = &central_calc[ty];
    let start_label = |i: usize| month_label(s.year, s.start, i);

    // Markets.
    let p_c = params(&ctx, &el_c);
    let market = |k: usize, id: MarketId| -> MarketOutcome {
        let b = &ctx.base[k];
        let mk = d.market(id);
        let o = k * PER_MARKET;
        let m = rg[o];
        let mcn = rg[o + 1];
        let sm = &r.sum[k];
        let binds = r.binds[k];
        MarketOutcome {
            id,
            name: mk.name,
            multiplier: m,
            china_multiplier: mcn,
            spread: rg[o + 2],
            unmet_share: rg[o + 3],
            peak: rg[o + Q_PEAK_K],
            peak_month: start_label(sm.peak_month),
            at_backstop: sm.at_backstop,
            price: Prices {
                baseline: b.p,
                ex_china: m.map(|x| x * b.p),
                china: mcn.map(|x| x * b.p),
            },
            time_to_survive_months: MaybeRange::from_infinite(rg[o + Q_SURVIVE_K]),
            time_to_recover_year: MaybeRange::from_infinite(rg[o + Q_RECOVER_YEAR_K]),
            time_to_recover_months: if binds {
                MaybeRange::from_infinite(rg[o + Q_RECOVER_MONTH_K])
            } else {
                MaybeRange::from_infinite(Range::point(f64::INFINITY))
            },
            path: central_path
                .iter()
                .enumerate()
                .map(|(i, row)| PathPoint {
                    month: start_label(i),
                    ex_china: row[k].ex_china,
                    china: row[k].china,
                    exports: row[k].exports,
                    stock_months: row[k].stock_months,
                    unmet_share: row[k].unmet_share,
                })
                .collect(),
            inputs: MarketInputs {
                demand: r.ym.demand[k],
                non_china_supply: r.ym.supply[k],
                non_china_capacity: r.ym.capacity[k],
                normal_exports: r.ym.normal_exports[k].max(0.0),
                allowed_exports: r.q[k],
                quota: b.quota,
                ed: b.ed,
                es: b.es,
                es_cn: b.es_cn,
                backstop: b.b,
                china_production: r.ym.china_output(k),
                china_domestic_demand: r.ym.china_demand[k],
                baseline_price: b.p,
                growth_factor: ctx.growth[ty],
                added_capacity: adds_c[ty][k],
                buffer: b.buffer,
                buffer_cn: b.buffer_cn,
                panic: p_c.panic,
                theta: p_c.theta,
                lambda: p_c.lambda,
                months: ctx.restriction.months,
                china_output: ctx.restriction.china_output,
                export_duty: ctx.restriction.duty,
                china_stockpiling: ctx.china_stockpiling,
                start: start_label(0),
                magnet: (k == 3).then(|| coupling(&ctx, r, &central_path, &p_c)),
            },
        }
    };
    let markets = Markets {
        ndpr: market(0, MarketId::Ndpr),
        dy: market(1, MarketId::Dy),
        tb: market(2, MarketId::Tb),
        magnet: market(3, MarketId::Magnet),
    };

    // Chains.
    let target = opts
        .dependency_target
        .unwrap_or(d.assumptions.dependency_target.value)
        .clamp(0.0, 1.0);
    let chain_out = |c: usize, ch: Chain| -> ChainOutcome {
        let rel = chain::direct_reliance(r.cap[c], ctx.rec[c], r.need[c]);
        let needed = chain::capacity_needed(r.cap[c], ctx.rec[c], r.need[c], target);
        let (bn, jump) = chain::bottleneck(r.dep[c]);
        let stage = |i: usize| -> StageOutcome {
            let st = Stage::ALL[i];
            let quota = stage_quota(s, ch, st);
            let dep = rg[Q_DEP + c * 4 + i];
            let (china, world, hhi) = concentration(s, d, &plan, ty, pipeline, ch, st);
            StageOutcome {
                stage: st,
                dependency: dep,
                direct_reliance: rel[i],
                china_share: if world > 0.0 {
                    (china / world).clamp(0.0, 1.0)
                } else {
                    0.0
                },
                hhi,
                supply_at_risk: dep.map(|x| x * (1.0 - quota)),
                capacity_needed: needed[i],
                inputs: StageInputs {
                    capacity: r.cap[c][i],
                    recycling: ctx.rec[c][i],
                    throughput: r.thr[c][i],
                    need: r.need[c],
                    quota,
                    china_output: china,
                    world_output: world,
                },
            }
        };
        ChainOutcome {
            chain: ch,
            unit: match ch {
                Chain::Light => "t NdPr-oxide eq.",
                Chain::Heavy => "t Dy+Tb-oxide eq.",
            },
            mining: stage(0),
            separation: stage(1),
            metal: stage(2),
            magnet: stage(3),
            bottleneck: Stage::ALL[bn],
            bottleneck_jump: jump,
            target,
            capacity_needed_total: needed.iter().sum(),
        }
    };
    let dependency = Dependency {
        light: chain_out(0, Chain::Light),
        heavy: chain_out(1, Chain::Heavy),
    };
    let bottleneck = if dependency.heavy.bottleneck_jump > dependency.light.bottleneck_jump {
        Bottleneck {
            chain: Chain::Heavy,
            stage: dependency.heavy.bottleneck,
            jump: dependency.heavy.bottleneck_jump,
        }
    } else {
        Bottleneck {
            chain: Chain::Light,
            stage: dependency.light.bottleneck,
            jump: dependency.light.bottleneck_jump,
        }
    };

    // Time: the binding market is the one with the shortest survival (or, with no shortfall
    // anywhere, the latest recovery).
    let mut binding = 3;
    for k in 0..4 {
        let q = &central_q[ty];
        let (sk, sb) = (
            q[k * PER_MARKET + Q_SURVIVE_K],
            q[binding * PER_MARKET + Q_SURVIVE_K],
        );
        let (rk, rb) = (
            q[k * PER_MARKET + Q_RECOVER_MONTH_K],
            q[binding * PER_MARKET + Q_RECOVER_MONTH_K],
        );
        if sk < sb || (sk == sb && rk > rb) {
            binding = k;
        }
    }

    // Exposure.
    let m_mag = markets.magnet.multiplier;
    let u_mag = markets.magnet.unmet_share.central;
    let p_mag = ctx.base[3].p;
    let exposure_list = d
        .products
        .iter()
        .map(|p| Exposure {
            id: p.id,
            name: p.name,
            per: p.per,
            magnet_kg: p.magnet_kg.value,
            dy_tb_kg: p.dy_tb_kg.value,
            defence: p.defence,
            added_cost_usd: m_mag.map(|m| exposure::added_cost(p.magnet_kg.value, p_mag, m)),
            share_at_risk: exposure::share_at_risk(u_mag, p.defence, false),
            share_at_risk_defence_first: exposure::share_at_risk(u_mag, p.defence, true),
        })
        .collect();

    // Timeline.
    let mut timeline = Vec::with_capacity(YEARS);
    for y in 0..YEARS {
        if y != ty && !opts.timeline {
            continue;
        }
        let yr = &year_ranges[y];
        let cc = &central_calc[y];
        let tm = |k: usize| TimelineMarket {
            multiplier: yr[k * PER_MARKET],
            china_multiplier: yr[k * PER_MARKET + 1],
            spread: yr[k * PER_MARKET + 2],
            unmet_share: yr[k * PER_MARKET + 3],
            demand: cc.ym.demand[k],
            non_china_supply: cc.ym.supply[k],
            allowed_exports: cc.q[k],
        };
        let tc = |c: usize| TimelineChain {
            mining: yr[Q_DEP + c * 4],
            separation: yr[Q_DEP + c * 4 + 1],
            metal: yr[Q_DEP + c * 4 + 2],
            magnet: yr[Q_DEP + c * 4 + 3],
        };
        timeline.push(TimelineYear {
            year: FIRST_YEAR + y as u16,
            draws: n_of(y),
            markets: TimelineMarkets {
                ndpr: tm(0),
                dy: tm(1),
                tb: tm(2),
                magnet: tm(3),
            },
            dependency: TimelineDependency {
                light: tc(0),
                heavy: tc(1),
            },
            time_to_survive_months: MaybeRange::from_infinite(yr[Q_SURVIVE]),
            time_to_recover_year: MaybeRange::from_infinite(yr[Q_RECOVER]),
        });
    }

    // Backtest.
    let bt = episodes_cached(
        d,
        s.ed,
        s.es,
        if opts.backtests { nd } else { 0 },
        opts.seed,
    );
    let backtest = Backtest {
        quota_2010: quota_2010_cached(d, &ctx, &el_draws, opts.seed),
        spreads: backtest::spreads(d, &markets),
        episodes: bt.episodes,
        e1_route: bt.e1_route,
        e1_china: bt.e1_china,
    };

    // Model notices.
    let mut notices = Vec::new();
    for (k, id) in MarketId::ALL.iter().enumerate() {
        let sm = &r.sum[k];
        if sm.at_backstop {
            let mk = d.market(*id);
            notices.push(Notice::new(
                "",
                NoticeKind::Model,
                format!(
                    "{}: in some months buyers outside China would pay at least the backstop price (×{}) and still go short; over the first 12 months {:.0}% of their demand goes unmet — it must substitute or stop.",
                    mk.name,
                    ctx.base[k].b,
                    100.0 * sm.unmet_share
                ),
            ));
        }
    }

    Outcome {
        model_version: MODEL_VERSION,
        data_vintage: d.vintage,
        year: s.year,
        view: s.view,
        draws: nd,
        timeline_draws: if opts.timeline { ntl } else { 0 },
        seed: opts.seed,
        ed: s.ed,
        es: s.es,
        scenario: ScenarioEcho {
            scenario: s.clone(),
            v: URL_VERSION,
            d: d.vintage,
            m: MODEL_VERSION,
            query: s.to_query(d),
            short_query: s.to_short_query(d),
        },
        markets,
        dependency,
        bottleneck,
        time_to_survive_months: MaybeRange::from_infinite(rg[Q_SURVIVE]),
        time_to_recover_year: MaybeRange::from_infinite(rg[Q_RECOVER]),
        time_to_recover_months: if r.binds.iter().any(|b| *b) {
            MaybeRange::from_infinite(rg[Q_RECOVER_MONTH])
        } else {
            MaybeRange::from_infinite(Range::point(f64::INFINITY))
        },
        path_start: start_label(0),
        time_binding_market: MarketId::ALL[binding],
        exposure: exposure_list,
        timeline,
        backtest,
        notices,
    }
}

/// What the backtest episodes depend on: the dataset, the elasticity choices and the draws.
#[derive(Clone, Copy, PartialEq)]
struct EpisodesKey {
    dataset: usize,
    ed: [u64; 2],
    es: [u64; 2],
    seed: u64,
    draws: usize,
}

thread_local! {
    /// The last backtests computed on this thread: they do not depend on the sliders.
    static LAST_EPISODES: std::cell::RefCell<Option<(EpisodesKey, Backtests)>> =
        const { std::cell::RefCell::new(None) };
}

/// [`episodes::run`], computed once per distinct input (the result is the same either way).
fn episodes_cached(
    d: &Dataset,
    ed: Elasticity,
    es: Elasticity,
    draws: usize,
    seed: u64,
) -> Backtests {
    let bits = |e: Elasticity| match e {
        Elasticity::Low => [0, 0],
        Elasticity::Central => [1, 0],
        Elasticity::High => [2, 0],
        Elasticity::Value(v) => [3, v.to_bits()],
    };
    let key = EpisodesKey {
        dataset: std::ptr::from_ref(d) as usize,
        ed: bits(ed),
        es: bits(es),
        seed,
        draws,
    };
    cached(&LAST_EPISODES, key, || {
        episodes::run(d, ed, es, draws, seed)
    })
}

/// What the `quota-2010` replay depends on: the dataset, the `ndpr` elasticity choice (central
/// value and triangular bounds) and the draws (seed and count). Nothing else in the scenario.
#[derive(Clone, Copy, PartialEq)]
struct BacktestKey {
    dataset: usize,
    ed: [u64; 4],
    es: [u64; 4],
    seed: u64,
    draws: usize,
}

thread_local! {
    /// The last replay computed on this thread (the browser has one): moving any other slider
    /// does not redo its 1,000 solves.
    static LAST_BACKTEST: std::cell::RefCell<Option<(BacktestKey, Quota2010)>> =
        const { std::cell::RefCell::new(None) };
}

/// [`backtest::quota_2010`] for this scenario's `ndpr` elasticities and draws, computed once per
/// distinct input (the result is the same either way).
fn quota_2010_cached(d: &Dataset, ctx: &Ctx, el_draws: &[Elast], seed: u64) -> Quota2010 {
    let b = &ctx.base[0];
    let bits = |v: f64, t: [f64; 3]| [v.to_bits(), t[0].to_bits(), t[1].to_bits(), t[2].to_bits()];
    let key = BacktestKey {
        dataset: std::ptr::from_ref(d) as usize,
        ed: bits(b.ed, b.ed_tri),
        es: bits(b.es, b.es_tri),
        seed,
        draws: el_draws.len(),
    };
    cached(&LAST_BACKTEST, key, || {
        let ndpr_draws: Vec<[f64; 2]> = el_draws.iter().map(|e| e.el[0]).collect();
        backtest::quota_2010(d, [b.ed, b.es], &ndpr_draws)
    })
}

/// The value last computed on this thread for `key` (the browser has one thread), or
/// `compute()`'s, kept for next time: one slot, as the inputs change rarely.
fn cached<K: PartialEq + Copy + 'static, V: Clone + 'static>(
    slot: &'static std::thread::LocalKey<std::cell::RefCell<Option<(K, V)>>>,
    key: K,
    compute: impl FnOnce() -> V,
) -> V {
    let hit = slot.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    if let Some(v) = hit {
        return v;
    }
    let v = compute();
    slot.with(|c| *c.borrow_mut() = Some((key, v.clone())));
    v
}

/// China's output, world output and the HHI at one stage in year `ty` (MODEL.md §6): the
/// dataset's country rows plus every announced project at its expected output
/// (`pipeline · u_j(t) · c_j`) added to its country, plus the `add_*` sliders as one more
/// producer ("added capacity"; the sliders name no country).
fn concentration(
    s: &Scenario,
    d: &Dataset,
    plan: &CapacityPlan,
    ty: usize,
    pipeline: f64,
    ch: Chain,
    st: Stage,
) -> (f64, f64, f64) {
    let mut rows: Vec<(&str, f64)> = Vec::new();
    let mut china = 0.0;
    let add = |rows: &mut Vec<(&str, f64)>, name: &'static str, v: f64| {
        if let Some(r) = rows.iter_mut().find(|r| r.0 == name) {
            r.1 += v;
        } else {
            rows.push((name, v));
        }
    };
    for c in d
        .country_outputs
        .iter()
        .filter(|c| c.chain == ch && c.stage == st)
    {
        let v = c.output.value.max(0.0);
        if c.china_controlled {
            china += v;
        }
        add(&mut rows, c.country, v);
    }
    for (p, eff) in d.projects.iter().zip(&plan.projects) {
        if p.stage != st {
            continue;
        }
        let c = match ch {
            Chain::Light => p.light_t.value,
            Chain::Heavy => p.heavy_t.value,
        };
        let v = pipeline * eff.online[ty] * c.max(0.0);
        if v > 0.0 {
            add(&mut rows, p.country, v);
        }
    }
    let off = match ch {
        Chain::Light => T_LIGHT,
        Chain::Heavy => T_HEAVY,
    };
    let slider = plan.added[ty][off + st.index()];
    if slider > 0.0 {
        add(&mut rows, "added capacity", slider);
    }
    let _ = s;
    let world: f64 = rows.iter().map(|r| r.1).sum();
    let h = chain::hhi(rows.iter().map(|r| r.1));
    (china, world, h)
}

/// The path's month `i` as `YYYY-MM`, for a path from month `start` (1–12) of `year`.
pub fn month_label(year: u16, start: f64, i: usize) -> String {
    let first = (start.round().clamp(1.0, 12.0) as usize) - 1;
    let m = first + i;
    format!("{}-{:02}", usize::from(year) + m / 12, m % 12 + 1)
}

/// The magnet market's coupling (MODEL.md §5 "Magnets"), averaged over the first 12 months of
/// the central path, in t/yr where a flow.
fn coupling(ctx: &Ctx, r: &YearCalc, path: &Path, p: &Params) -> MagnetCoupling {
    let y = &r.ym;
    let n = AVERAGE_MONTHS as f64;
    let (mut feed, mut c_ex, mut c_cn, mut own, mut exports) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for row in path.iter().take(AVERAGE_MONTHS) {
        let m_e = [row[0].ex_china, row[1].ex_china, row[2].ex_china];
        let m_c = [row[0].china, row[1].china, row[2].china];
        let ce = cost_multiplier(ctx.w, m_e).max(1.0);
        let k = y.capacity[3].min(y.supply[3] * fast_powf(m_e[0], p.ed[0].min(0.0)));
        let m = row[3].ex_china;
        let o = if m >= ce {
            k.min(y.supply[3] * fast_powf(m / ce, p.es[3]))
        } else {
            0.0
        };
        feed += k / n;
        c_ex += ce / n;
        c_cn += cost_multiplier(ctx.w, m_c) / n;
        own += o / n;
        exports += row[3].exports;
    }
    MagnetCoupling {
        feed_limited_capacity: feed,
        cost_ex: c_ex,
        cost_cn: c_cn,
        non_china_output: own,
        normal_exports: (y.demand[3] - own).max(0.0),
        allowed_exports: exports,
        weights: Weights {
            ndpr: ctx.w[0],
            dy: ctx.w[1],
            tb: ctx.w[2],
        },
    }
}
