//! The two runs of an evaluation: the central figures (every year of the timeline, expected
//! projects, central parameters) and the Monte Carlo draws (MODEL.md §8), whose samples become
//! the percentile bands.

use super::super::capacity::{CapacityPlan, TARGETS, YEARS};
use super::super::montecarlo::{order_key, LatinHypercube, Triangular};
use super::super::path::{Kept, MonthPoint, Path, AVERAGE_MONTHS, PATH_MONTHS};
use super::cache;
use super::context::{Ctx, Elast};
use super::recovery::{may_recover, recover_year, recover_years};
use super::sampling::{quantities, NQ};
use super::year::{year_calc, PathOut, YearCalc};
use super::Options;
use crate::model::capacity::Additions;

/// The central figures: every year computed (or only the scenario year without a timeline).
pub(super) struct Central {
    /// Expected additions per year (`p_j · u_j(t) · c_j` summed, plus the sliders).
    pub(super) adds: Additions,
    pub(super) el: Elast,
    pub(super) calc: [YearCalc; YEARS],
    pub(super) q: [[f64; NQ]; YEARS],
    /// The scenario year's 36-month path.
    pub(super) path: Path,
}

/// The central run (MODEL.md §4–§7 with expected projects and central parameters).
pub(super) fn central(ctx: &Ctx, plan: &CapacityPlan, ty: usize, opts: &Options) -> Central {
    let mut adds = [[0.0; TARGETS]; YEARS];
    plan.expected(&mut adds);
    let el = Elast {
        el: [0, 1, 2, 3].map(|k| [ctx.base[k].ed, ctx.base[k].es]),
        behaviour: ctx.behaviour.map(|b| b.0),
    };
    let mut calc = [YearCalc::ZERO; YEARS];
    let mut q = [[0.0; NQ]; YEARS];
    let mut path: Path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    let mut other: Path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    let rec = recover_years(ctx, 0, &adds);
    for y in 0..YEARS {
        if y != ty && !opts.timeline {
            continue;
        }
        let buf = if y == ty { &mut path } else { &mut other };
        let out = PathOut {
            path: buf,
            kept: None,
        };
        year_calc(ctx, y, &adds, &el, PATH_MONTHS, out, &mut calc[y]);
        quantities(&calc[y], y, &rec, &mut q[y]);
    }
    Central {
        adds,
        el,
        calc,
        q,
        path,
    }
}

/// The draws' samples: per year, quantity-major, `n_of(y)` draws each, as [`order_key`]s.
pub(super) struct Drawn {
    /// Each draw's elasticities and behaviour parameters (the `quota-2010` replay reuses them).
    pub(super) el: Vec<Elast>,
    pub(super) samples: Vec<Vec<i64>>,
    /// Draws in the scenario year and in the other years.
    pub(super) draws: usize,
    pub(super) timeline_draws: usize,
    pub(super) ty: usize,
}

impl Drawn {
    /// The number of draws of year `y`.
    pub(super) fn n_of(&self, y: usize) -> usize {
        if y == self.ty {
            self.draws
        } else {
            self.timeline_draws
        }
    }

    /// The number of kept-path slots: one per draw of the scenario year, one per timeline draw
    /// of each year.
    pub(super) fn slots(&self) -> usize {
        self.draws + YEARS * self.timeline_draws
    }

    /// Draw `i` of year `y`'s slot among [`Drawn::slots`].
    pub(super) fn slot(&self, y: usize, i: usize) -> usize {
        if y == self.ty {
            i
        } else {
            self.draws + y * self.timeline_draws + i
        }
    }
}

/// The Monte Carlo run (MODEL.md §8), resumable: [`Drawer::step`] makes the next few draws, so
/// the browser can spread 400 draws over several short tasks instead of one long one (the same
/// draws in the same order: the result does not depend on how they are split). Draw `i`'s
/// uniforms, in order: `ed` and `es` of each market, `θ`, `λ`, `panic`, then one per project
/// (built when below that project's chance, `ProjectEffect::chance`).
pub(super) struct Drawer {
    design: LatinHypercube,
    tri: [[Triangular; 2]; 4],
    tri_b: [Triangular; 3],
    /// Which markets may recover in which year (computed once, see [`may_recover`]).
    may: [[bool; YEARS]; 4],
    /// This draw's projects: 1 if built, 0 if not (see `DrawSums::realised_entry`).
    mine: Vec<f64>,
    /// Each project's chance of being delivered.
    chances: Vec<f64>,
    next: usize,
}

impl Drawer {
    /// The design and the empty samples for `opts.draws` draws.
    pub(super) fn new(
        ctx: &Ctx,
        plan: &CapacityPlan,
        ty: usize,
        projects: usize,
        opts: &Options,
    ) -> (Drawer, Drawn) {
        let nd = opts.draws;
        let ntl = opts.timeline_draws();
        let mut out = Drawn {
            el: Vec::with_capacity(nd),
            samples: Vec::new(),
            draws: nd,
            timeline_draws: ntl,
            ty,
        };
        out.samples = (0..YEARS).map(|y| vec![0; NQ * out.n_of(y)]).collect();
        // The per-draw project sums exist only when there are draws, not for the central
        // figures that every slider move computes.
        let may = if nd > ntl {
            may_recover(ctx, &plan.draw_sums(), &plan.chances(), ty)
        } else {
            [[true; YEARS]; 4]
        };
        let drawer = Drawer {
            design: LatinHypercube::new(opts.seed, nd, 11 + projects),
            tri: ctx
                .base
                .map(|b| [Triangular::new(b.ed_tri), Triangular::new(b.es_tri)]),
            tri_b: ctx.behaviour.map(|b| Triangular::new(b.1)),
            may,
            mine: vec![0.0; projects],
            chances: plan.chances(),
            next: 0,
        };
        (drawer, out)
    }

    /// True when every draw is made.
    pub(super) fn done(&self, out: &Drawn) -> bool {
        self.next >= out.draws
    }

    /// Makes up to `n` more draws into `out`.
    pub(super) fn step(&mut self, ctx: &Ctx, plan: &CapacityPlan, out: &mut Drawn, n: usize) {
        let end = self.next.saturating_add(n).min(out.draws);
        if self.next >= end {
            return;
        }
        // Each (year, draw) has a slot of kept oxide paths, reused by the next evaluation
        // where a market's inputs are unchanged (common random numbers: draw `i` is the same
        // draw in every scenario).
        cache::with_kept_paths(out.slots(), |kept| self.draw(ctx, plan, out, end, kept));
        self.next = end;
    }

    /// Draws `self.next..end` into `out`, with the kept paths' slots `kept` (empty: none).
    fn draw(
        &mut self,
        ctx: &Ctx,
        plan: &CapacityPlan,
        out: &mut Drawn,
        end: usize,
        kept: &mut [Kept],
    ) {
        let (ntl, ty) = (out.timeline_draws, out.ty);
        let sums = plan.draw_sums();
        let mut adds = [[0.0; TARGETS]; YEARS];
        let mut qbuf = [0.0; NQ];
        let mut calc = YearCalc::ZERO;
        let mut path_buf: Path = [[MonthPoint::default(); 4]; PATH_MONTHS];
        for i in self.next..end {
            let mut el = Elast {
                el: [[0.0; 2]; 4],
                behaviour: [0.0; 3],
            };
            let u = self.design.draw(i);
            for (k, [ed, es]) in self.tri.iter().enumerate() {
                el.el[k][0] = ed.at(u[2 * k]);
                el.el[k][1] = es.at(u[2 * k + 1]);
            }
            for (j, (b, t)) in el.behaviour.iter_mut().zip(&self.tri_b).enumerate() {
                *b = t.at(u[8 + j]);
            }
            out.el.push(el);
            for ((built, u), chance) in self.mine.iter_mut().zip(&u[11..]).zip(&self.chances) {
                *built = f64::from(u8::from(*u < *chance));
            }
            // Draws beyond the timeline's only need the scenario year (and the two after it,
            // for the path), and the markets' supply in the years after it (time to recover).
            let rec = if i < ntl {
                sums.realised(&self.mine, 0, &mut adds);
                recover_years(ctx, 0, &adds)
            } else {
                sums.realised(&self.mine, ty, &mut adds);
                recover_year(ctx, ty, &adds[ty], &sums, &self.mine, &self.may)
            };
            for y in 0..YEARS {
                let n = out.n_of(y);
                if i >= n {
                    continue;
                }
                // The other years' bands read only their 12-month averages.
                let months = if y == ty { PATH_MONTHS } else { AVERAGE_MONTHS };
                let to = PathOut {
                    path: &mut path_buf,
                    kept: kept.get_mut(out.slot(y, i)),
                };
                year_calc(ctx, y, &adds, &el, months, to, &mut calc);
                quantities(&calc, y, &rec, &mut qbuf);
                let col = &mut out.samples[y];
                for q in 0..NQ {
                    col[q * n + i] = order_key(qbuf[q]);
                }
            }
        }
    }
}
