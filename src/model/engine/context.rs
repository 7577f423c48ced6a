//! What does not change between years and draws (the scenario's context), the market
//! structure of a year (MODEL.md §4) and the path's parameters for one draw.

use super::super::capacity::{CapacityPlan, TARGETS, YEARS};
use super::super::magnet::cost_shares;
use super::super::math::powi;
use super::super::path::{
    simulate, MonthPoint, Params, Path, Restriction, YearMarkets, PATH_MONTHS,
};
use super::super::scenario::{Elasticity, Scenario, FIRST_YEAR};
use crate::data::{Chain, Dataset, MarketId, Range3, SnapshotMarket, Stage};

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
pub(super) struct Base {
    pub(super) d: f64,
    pub(super) f: f64,
    pub(super) k: f64,
    pub(super) dcn: f64,
    pub(super) p: f64,
    pub(super) es_cn: f64,
    pub(super) b: f64,
    pub(super) quota: f64,
    pub(super) ed: f64,
    pub(super) es: f64,
    pub(super) ed_tri: [f64; 3],
    pub(super) es_tri: [f64; 3],
    pub(super) buffer: f64,
    pub(super) buffer_cn: f64,
    /// Output outside China recorded for 2025 (Lynas' first heavy oxides), a floor on `F_2025`.
    pub(super) f_2025: f64,
}

/// The year whose output outside China the dataset records (`non_china_supply_2025`).
pub(super) const RECORDED_YEAR: u16 = 2025;

/// Everything about the scenario that does not change between years and draws.
pub(super) struct Ctx {
    pub(super) base: [Base; 4],
    pub(super) growth: [f64; YEARS],
    pub(super) w: [f64; 3],
    pub(super) cap0: [[f64; 4]; 2],
    pub(super) rec: [[f64; 4]; 2],
    pub(super) need0: [f64; 2],
    pub(super) restriction: Restriction,
    /// Central `θ, λ, panic` and their triangular (low, mode, high).
    pub(super) behaviour: [(f64, [f64; 3]); 3],
    pub(super) china_stockpiling: f64,
    /// The 2009 replay (MODEL.md §8): the snapshot's markets, no growth, no new capacity.
    pub(super) replay: bool,
}

/// Elasticities (ed, es) per market and `θ, λ, panic` for one draw.
#[derive(Debug, Clone, Copy)]
pub(super) struct Elast {
    pub(super) el: [[f64; 2]; 4],
    pub(super) behaviour: [f64; 3],
}

/// Year `y`'s market structure (MODEL.md §4) with `adds` of new capacity.
pub(super) fn structure(ctx: &Ctx, y: usize, adds: &[f64; TARGETS]) -> YearMarkets {
    let g = ctx.growth[y];
    // The 2009 world had none of the announced projects.
    let adds = if ctx.replay { &[0.0; TARGETS] } else { adds };
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
pub(super) fn params(ctx: &Ctx, el: &Elast) -> Params {
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

/// The value a scenario key sets, or the dataset's, and the triangular draws around it (the
/// chosen value becomes the mode; bounds widen to include it), as for elasticities.
pub(super) fn centred(choice: Option<f64>, r: &Range3) -> (f64, [f64; 3]) {
    match choice {
        Some(v) => elasticity(Elasticity::Value(v), r),
        None => elasticity(Elasticity::Central, r),
    }
}

/// A market on the 2009 replay (MODEL.md §8): the snapshot's quantities and price, with
/// today's elasticities, backstop and stocks (as episode E1 uses them). A market the snapshot
/// lacks (Tb and magnets: no sourced 2009 figures) has no trade at all, so it stays calm, and
/// the outcome's `replay` says it is not replayed.
fn replayed(b: Base, m: Option<&SnapshotMarket>) -> Base {
    match m {
        Some(m) => Base {
            d: m.demand.value,
            f: m.non_china_supply.value,
            k: m.non_china_capacity.value.max(m.non_china_supply.value),
            dcn: m.china_consumption.value,
            p: m.price.value,
            f_2025: 0.0,
            ..b
        },
        None => Base {
            d: 0.0,
            f: 0.0,
            k: 0.0,
            dcn: 0.0,
            f_2025: 0.0,
            ..b
        },
    }
}

pub(super) fn context(s: &Scenario, d: &Dataset, behaviour: [Option<f64>; 2]) -> Ctx {
    let replay = s.replays_2009(d);
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
        if replay {
            base[k] = replayed(base[k], d.snapshot_2009.market(*id));
        }
    }
    let rate = 1.0 + s.growth / 100.0;
    let mut growth = [1.0; YEARS];
    // The replay's markets are 2009's in every year of the path: no growth.
    for (y, g) in growth.iter_mut().enumerate().filter(|_| !replay) {
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
    let groups = [0, 1, 2].map(|g| s.export_shares(d, g));
    let mut export_share = [[1.0; 4]; PATH_MONTHS];
    for (i, row) in export_share.iter_mut().enumerate() {
        // Markets in quota-group order: NdPr light; Dy and Tb heavy; magnets.
        for (k, g) in [0, 1, 1, 2].into_iter().enumerate() {
            row[k] = groups[g][i];
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
            centred(behaviour[0], &bh.theta),
            centred(behaviour[1], &bh.lambda),
            centred(s.panic, &bh.panic),
        ],
        china_stockpiling: s.china_stockpiling.max(0.0),
        replay,
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
    let ctx = context(s, d, [None; 2]);
    let plan = CapacityPlan::new(s, d);
    let ty = usize::from(s.year.clamp(FIRST_YEAR, FIRST_YEAR + YEARS as u16 - 1) - FIRST_YEAR);
    let mut adds = [[0.0; TARGETS]; YEARS];
    plan.expected(&mut adds);
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
