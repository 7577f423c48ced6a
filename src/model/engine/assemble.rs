//! From the runs to the [`Outcome`]'s sections: markets, chains, time, exposure, timeline and
//! the model's notices. No formula lives here; each is named where it is computed.

use super::super::capacity::{CapacityPlan, YEARS};
use super::super::chain;
use super::super::exposure;
use super::super::magnet::cost_multiplier;
use super::super::math::fast_powf;
use super::super::outcome::{
    Bottleneck, ChainOutcome, Crma, CrmaCheck, Dependency, Exposure, MagnetCoupling, MarketInputs,
    MarketOutcome, Markets, MaybeRange, PathPoint, Prices, Range, StageInputs, StageOutcome,
    TimelineChain, TimelineDependency, TimelineMarket, TimelineMarkets, TimelineYear, ViewMarket,
    ViewMarkets, ViewOutcome, Weights,
};
use super::super::path::{month_label, Params, Path, AVERAGE_MONTHS, PATH_MONTHS};
use super::super::scenario::{Notice, NoticeKind, Scenario, FIRST_YEAR};
use super::super::time::same_time;
use super::super::{crma, view_time};
use super::concentration::{concentration, stage_quota};
use super::context::{params, structure, Ctx};
use super::runs::Central;
use super::sampling::{
    NQ, PER_MARKET, Q_CHINA_K, Q_DEP, Q_EX_CHINA_K, Q_PEAK_K, Q_RECOVER, Q_RECOVER_MONTH_K,
    Q_RECOVER_YEAR_K, Q_SPREAD_K, Q_SURVIVE, Q_SURVIVE_K, Q_UNMET_K,
};
use super::year::YearCalc;
use crate::data::{Chain, Dataset, MarketId, Stage, Viewpoint};

/// What every section reads: the scenario, the runs and the percentile bands of each year.
pub(super) struct Eval<'a> {
    pub(super) s: &'a Scenario,
    pub(super) d: &'a Dataset,
    pub(super) ctx: &'a Ctx,
    pub(super) plan: &'a CapacityPlan,
    pub(super) ty: usize,
    pub(super) central: &'a Central,
    pub(super) ranges: &'a [[Range; NQ]],
}

impl Eval<'_> {
    /// The scenario year's central figures.
    fn r(&self) -> &YearCalc {
        &self.central.calc[self.ty]
    }
    fn label(&self, i: usize) -> String {
        month_label(self.s.path_year(self.d), self.s.start, i)
    }
}

/// The four markets (MODEL.md §5, §7): 12-month averages with their bands, the peak, the
/// central path and the inputs.
pub(super) fn markets(e: &Eval) -> Markets {
    let (ctx, r, rg) = (e.ctx, e.r(), &e.ranges[e.ty]);
    let p_c = params(ctx, &e.central.el);
    let market = |k: usize, id: MarketId| -> MarketOutcome {
        let b = &ctx.base[k];
        let o = k * PER_MARKET;
        let (m, mcn) = (rg[o + Q_EX_CHINA_K], rg[o + Q_CHINA_K]);
        let sm = &r.sum[k];
        MarketOutcome {
            id,
            name: e.d.market(id).name,
            multiplier: m,
            china_multiplier: mcn,
            spread: rg[o + Q_SPREAD_K],
            unmet_share: rg[o + Q_UNMET_K],
            peak: rg[o + Q_PEAK_K],
            peak_month: e.label(sm.peak_month),
            at_backstop: sm.at_backstop,
            price: Prices {
                baseline: b.p,
                ex_china: m.map(|x| x * b.p),
                china: mcn.map(|x| x * b.p),
            },
            time_to_survive_months: MaybeRange::from_infinite(rg[o + Q_SURVIVE_K]),
            time_to_recover_year: MaybeRange::from_infinite(rg[o + Q_RECOVER_YEAR_K]),
            time_to_recover_months: MaybeRange::from_infinite(if r.binds[k] {
                rg[o + Q_RECOVER_MONTH_K]
            } else {
                Range::point(f64::INFINITY)
            }),
            path: e
                .central
                .path
                .iter()
                .enumerate()
                .map(|(i, row)| PathPoint {
                    month: e.label(i),
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
                growth_factor: ctx.growth[e.ty],
                added_capacity: e.central.adds[e.ty][k],
                buffer: b.buffer,
                buffer_cn: b.buffer_cn,
                panic: p_c.panic,
                theta: p_c.theta,
                lambda: p_c.lambda,
                months: ctx.restriction.months,
                china_output: ctx.restriction.china_output,
                export_duty: ctx.restriction.duty,
                china_stockpiling: ctx.china_stockpiling,
                start: e.label(0),
                magnet: (k == 3).then(|| coupling(ctx, r, &e.central.path, &p_c)),
            },
        }
    };
    Markets {
        ndpr: market(0, MarketId::Ndpr),
        dy: market(1, MarketId::Dy),
        tb: market(2, MarketId::Tb),
        magnet: market(3, MarketId::Magnet),
    }
}

/// The two chains (MODEL.md §6) and the larger bottleneck of the two.
pub(super) fn dependency(e: &Eval, target: f64) -> (Dependency, Bottleneck) {
    let (ctx, r, rg) = (e.ctx, e.r(), &e.ranges[e.ty]);
    let chain_out = |c: usize, ch: Chain| -> ChainOutcome {
        let rel = chain::direct_reliance(r.cap[c], ctx.rec[c], r.need[c]);
        let needed = chain::capacity_needed(r.cap[c], ctx.rec[c], r.need[c], target);
        let (bn, jump) = chain::bottleneck(r.dep[c]);
        let stage = |i: usize| -> StageOutcome {
            let st = Stage::ALL[i];
            let quota = stage_quota(e.s, ch, st);
            let dep = rg[Q_DEP + c * 4 + i];
            let (china, world, hhi) = concentration(e.d, e.plan, e.ty, ch, st);
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
    let worst = if dependency.heavy.bottleneck_jump > dependency.light.bottleneck_jump {
        &dependency.heavy
    } else {
        &dependency.light
    };
    let bottleneck = Bottleneck {
        chain: worst.chain,
        stage: worst.bottleneck,
        jump: worst.bottleneck_jump,
    };
    (dependency, bottleneck)
}

/// The market that binds in time: the shortest survival; with no shortfall anywhere, a market
/// the restriction binds on before one it leaves alone (a heavy-only restriction is not told
/// through the magnets it never touched), then the latest recovery; magnets on a full tie.
pub(super) fn binding_market(e: &Eval) -> MarketId {
    let q = &e.central.q[e.ty];
    let binds = &e.r().binds;
    let at = |k: usize, i: usize| q[k * PER_MARKET + i];
    let mut binding = 3;
    for k in 0..4 {
        let (sk, sb) = (at(k, Q_SURVIVE_K), at(binding, Q_SURVIVE_K));
        let (rk, rb) = (at(k, Q_RECOVER_MONTH_K), at(binding, Q_RECOVER_MONTH_K));
        let ties = same_time(sk, sb);
        if (sk < sb && !ties)
            || (ties && binds[k] && !binds[binding])
            || (ties && binds[k] == binds[binding] && rk > rb)
        {
            binding = k;
        }
    }
    MarketId::ALL[binding]
}

/// Exposure by product (MODEL.md §7) from the magnet market's 12-month multiplier.
pub(super) fn exposure(e: &Eval, magnet: &MarketOutcome) -> Vec<Exposure> {
    let (m_mag, u_mag, p_mag) = (
        magnet.multiplier,
        magnet.unmet_share.central,
        e.ctx.base[3].p,
    );
    e.d.products
        .iter()
        .map(|p| Exposure {
            id: p.id,
            name: p.name,
            per: p.per,
            magnet_kg: p.magnet_kg.value,
            dy_tb_kg: p.dy_tb_kg.value,
            defence: p.defence,
            verified: p.verified,
            added_cost_usd: m_mag.map(|m| exposure::added_cost(p.magnet_kg.value, p_mag, m)),
            share_at_risk: exposure::share_at_risk(u_mag, p.defence, false),
            share_at_risk_defence_first: exposure::share_at_risk(u_mag, p.defence, true),
        })
        .collect()
}

/// Every computed year of 2024–2035: 12-month averages and dependency with their bands.
pub(super) fn timeline(
    e: &Eval,
    with_timeline: bool,
    n_of: &dyn Fn(usize) -> usize,
) -> Vec<TimelineYear> {
    let mut timeline = Vec::with_capacity(YEARS);
    for y in 0..YEARS {
        if y != e.ty && !with_timeline {
            continue;
        }
        let yr = &e.ranges[y];
        let cc = &e.central.calc[y];
        let tm = |k: usize| TimelineMarket {
            multiplier: yr[k * PER_MARKET + Q_EX_CHINA_K],
            china_multiplier: yr[k * PER_MARKET + Q_CHINA_K],
            spread: yr[k * PER_MARKET + Q_SPREAD_K],
            unmet_share: yr[k * PER_MARKET + Q_UNMET_K],
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
    timeline
}

/// The notices the result itself calls for: a market at its backstop.
pub(super) fn notices(e: &Eval) -> Vec<Notice> {
    let r = e.r();
    let mut notices = Vec::new();
    for (k, id) in MarketId::ALL.iter().enumerate() {
        let sm = &r.sum[k];
        if sm.at_backstop {
            notices.push(Notice::new(
                "",
                NoticeKind::Model,
                format!(
                    "{}: in some months buyers outside China would pay at least the backstop price (×{}) and still go short; over the first 12 months {:.0}% of their demand goes unmet — it must substitute or stop.",
                    e.d.market(*id).name,
                    e.ctx.base[k].b,
                    100.0 * sm.unmet_share
                ),
            )
            .said_as(
                "notice-backstop",
                &[
                    ("market", id.key()),
                    ("cap", &e.ctx.base[k].b.to_string()),
                    ("unmet", &format!("{:.0}", 100.0 * sm.unmet_share)),
                ],
            ));
        }
    }
    notices
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

impl Eval<'_> {
    /// The path's first month, `YYYY-MM`.
    pub(super) fn label_start(&self) -> String {
        self.label(0)
    }
}

/// The viewpoint's own cover and time to survive (MODEL.md §7.2), on the central path: each
/// market's shortfall outside China (`view_time::market_shortfall`) against the view's buyers'
/// stocks and state stockpile (`Dataset::view`).
pub(super) fn viewpoint(e: &Eval) -> ViewOutcome {
    let (ctx, v) = (e.ctx, e.s.view);
    let profile = e.d.view(v);
    let stockpile = profile.state_stockpile.map(|f| f.value.max(0.0));
    let years = [0, 1, 2].map(|j| {
        let y = (e.ty + j).min(YEARS - 1);
        structure(ctx, y, &e.central.adds[y])
    });
    let market = |k: usize| -> ViewMarket {
        let mut demand = [0.0; PATH_MONTHS];
        for (i, d) in demand.iter_mut().enumerate() {
            *d = years[i / 12].demand[k] / 12.0;
        }
        let start = ctx.base[k].buffer;
        let shortfall = view_time::market_shortfall(&e.central.path, k, &demand, start);
        // `exchina` is the pooled market: its buyers' stocks are the path's (the `buffer` key
        // sets them); a country view's are its own.
        let buyers = if v == Viewpoint::Exchina {
            start
        } else {
            profile.buyers_stock[k].value.max(0.0)
        };
        let share = profile.share[k].value.clamp(0.0, 1.0);
        let cover = view_time::Cover {
            buyers,
            stockpile: stockpile.unwrap_or(0.0),
        };
        let t = view_time::survive(&e.central.path, k, start, share, cover, PATH_MONTHS);
        ViewMarket {
            share,
            buyers_stock_months: buyers,
            cover_months: cover.buyers + cover.stockpile,
            cover_t: (cover.buyers + cover.stockpile) * share * demand[0],
            shortfall_12m_t: share * shortfall.iter().take(AVERAGE_MONTHS).sum::<f64>(),
            time_to_survive_months: t.is_finite().then_some(t),
        }
    };
    let markets = ViewMarkets {
        ndpr: market(0),
        dy: market(1),
        tb: market(2),
        magnet: market(3),
    };
    let mut binding: Option<(MarketId, f64)> = None;
    for id in MarketId::ALL {
        if let Some(t) = markets.get(id).time_to_survive_months {
            // The first in market order on a tie (see `same_time`).
            if binding.is_none_or(|(_, b)| t < b && !same_time(t, b)) {
                binding = Some((id, t));
            }
        }
    }
    ViewOutcome {
        key: v,
        name: v.name(),
        state_stockpile_months: stockpile,
        markets,
        time_to_survive_months: binding.map(|b| b.1),
        binding_market: binding.map(|b| b.0),
    }
}

/// The EU Critical Raw Materials Act benchmarks on the EU's chain in the scenario year, central
/// case (MODEL.md §6.2); `None` for every other view.
pub(super) fn crma_checks(e: &Eval) -> Option<Crma> {
    if e.s.view != Viewpoint::Eu {
        return None;
    }
    let (ctx, r, b) = (e.ctx, e.r(), &e.d.crma);
    let per_chain = |f: &dyn Fn(usize) -> f64| [f(0), f(1)];
    let check =
        |benchmark: f64, at_least: bool, v: [f64; 2], basis: &'static str, note: &'static str| {
            let ok = |x: f64| {
                if at_least {
                    x >= benchmark
                } else {
                    x <= benchmark
                }
            };
            CrmaCheck {
                benchmark,
                at_least,
                light: Some(v[0]),
                heavy: Some(v[1]),
                met: Some(ok(v[0]) && ok(v[1])),
                basis,
                note,
            }
        };
    Some(Crma {
        year: e.s.year,
        extraction: check(
            b.extraction.value,
            true,
            per_chain(&|c| crma::extraction(r.cap[c], ctx.rec[c], r.need[c])),
            "China-free mining in the EU-27 (cap_mining + R_mining) ÷ need N",
            "The mining stage counts China-free ore mined in the EU plus any secured abroad by offtake where a source gives the tonnage (data/README.md, The views); the Act counts extraction in the EU only.",
        ),
        processing: check(
            b.processing.value,
            true,
            per_chain(&|c| crma::processing(r.cap[c], ctx.rec[c], r.need[c])),
            "what EU separation and metal plants could pass from any ore, min(cap_separation + R_metal, cap_metal) ÷ need N",
            "Processing on EU soil counts whatever the ore's origin, so China-free ore is not required here; metal is the last processing step before the magnet.",
        ),
        recycling: check(
            b.recycling.value,
            true,
            per_chain(&|c| crma::recycling(ctx.rec[c], r.need[c])),
            "recycled feed entering the chain, Σ R_s ÷ need N",
            "A lower bound: recycling plants listed as projects add to stage capacity, not to recycled feed, and magnet-to-magnet recycling is counted inside magnet capacity (R_magnet = 0).",
        ),
        single_supplier: check(
            b.single_supplier.value,
            false,
            per_chain(&|c| crma::single_supplier(r.dep[c])),
            "the highest dependency on China over the four stages, max dep_s",
            "China is the only third country the chain measures; the Act's 65 % applies to any one of them.",
        ),
    })
}
