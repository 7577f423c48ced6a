//! `evaluate`: one scenario through MODEL.md §4–§8, for the scenario year and 2024–2035.
//! Orchestration only: [`context`] reads the scenario and the dataset, [`runs`] makes the central
//! run and the draws (each year solved by [`year`], recovery by [`recovery`]), [`sampling`]
//! turns samples into bands, [`assemble`] builds the outcome's sections, [`cache`] keeps the
//! backtests between slider moves.
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
//! uniform is below the project's chance: `pipeline`, or by default the odds of its status). The same uniforms serve every scenario, so scenarios that
//! differ in one input are compared on common random numbers.

mod assemble;
mod cache;
mod concentration;
mod context;
mod recovery;
mod runs;
mod sampling;
mod year;

pub use concentration::stage_quota;
pub use context::{central_path, elasticity, path_setup};

use super::capacity::{CapacityPlan, YEARS};
use super::episodes::EpisodeRun;
use super::montecarlo::{DEFAULT_DRAWS, DEFAULT_SEED};
use super::outcome::{Backtest, MaybeRange, Outcome, Range, Replay, ScenarioEcho};
use super::scenario::{Scenario, FIRST_YEAR, MODEL_VERSION, URL_VERSION};
use crate::data::{Dataset, MarketId};
use assemble::Eval;
use sampling::ranges;

/// How much to compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Monte Carlo draws for the scenario year (0 = central figures only).
    pub draws: usize,
    /// Draws for the bands of the other timeline years (`None` = `draws / 20`).
    pub timeline_draws: Option<usize>,
    /// Compute the other timeline years at all (central figures and bands).
    pub timeline: bool,
    /// Seed of the Monte Carlo draws (the same seed gives the same numbers natively and in WASM).
    pub seed: u64,
    /// Target for `dep_magnet` in "capacity needed" (`None` = the dataset's default, 65%).
    pub dependency_target: Option<f64>,
    /// Draw the backtests' ranges too (MODEL.md §10; `false`: their central figures only).
    /// They do not depend on the scenario, so a page that does not show them skips the cost.
    pub backtests: bool,
    /// `θ` and `λ` in place of the dataset's central values (`None`: the dataset's). Not URL
    /// keys: "what drives this number" moves them between their low and high.
    pub behaviour: [Option<f64>; 2],
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
            behaviour: [None; 2],
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

/// Drops the oxide paths this thread keeps from its last draws (`path::simulate_keeping`). The
/// results never depend on them; benchmarks call this to time an evaluation from cold.
pub fn forget_kept_paths() {
    cache::forget_kept_paths();
}

/// Evaluates a scenario with the default options (400 draws, full timeline).
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

/// Evaluates a scenario (MODEL.md §4–§8).
pub fn evaluate_with(s: &Scenario, d: &Dataset, opts: &Options) -> Outcome {
    let mut e = Evaluation::new(s.clone(), d, opts);
    e.step(usize::MAX);
    e.finish()
}

/// The scenario year's central figures, read straight from the central run: no draws, no
/// other years, and no outcome assembled (no month labels, query strings or backtests). "What
/// drives this number" makes 19 evaluations after every change and needs only these; each
/// equals the `central` of the same figure in [`evaluate_with`]'s outcome, to the bit.
pub struct CentralFigures([f64; sampling::NQ]);

impl CentralFigures {
    /// `markets.<id>.multiplier.central`: the 12-month average price outside China, ×.
    pub fn multiplier(&self, id: MarketId) -> f64 {
        self.0[id as usize * sampling::PER_MARKET + sampling::Q_EX_CHINA_K]
    }
    /// `markets.<id>.unmet_share.central`, 0–1.
    pub fn unmet_share(&self, id: MarketId) -> f64 {
        self.0[id as usize * sampling::PER_MARKET + sampling::Q_UNMET_K]
    }
    /// `markets.<id>.peak.central`, ×.
    pub fn peak(&self, id: MarketId) -> f64 {
        self.0[id as usize * sampling::PER_MARKET + sampling::Q_PEAK_K]
    }
    /// `time_to_survive_months.central`: `None` when stocks last the whole path.
    pub fn time_to_survive_months(&self) -> Option<f64> {
        Some(self.0[sampling::Q_SURVIVE]).filter(|x| x.is_finite())
    }
}

/// [`CentralFigures`] of scenario `s`, with `θ` and `λ` set as in [`Options::behaviour`].
pub fn central_figures(s: &Scenario, d: &Dataset, behaviour: [Option<f64>; 2]) -> CentralFigures {
    let opts = Options {
        draws: 0,
        timeline: false,
        backtests: false,
        behaviour,
        ..Options::default()
    };
    let e = Evaluation::new(s.clone(), d, &opts);
    CentralFigures(e.central.q[e.ty])
}

/// An evaluation in progress: the central figures are made at once, the Monte Carlo draws
/// [`step`](Evaluation::step) by step, so a browser can spread them over short tasks and stay
/// responsive (a long task blocks input). How the draws are split does not change the outcome.
pub struct Evaluation<'d> {
    s: Scenario,
    d: &'d Dataset,
    opts: Options,
    ctx: context::Ctx,
    plan: CapacityPlan,
    ty: usize,
    central: runs::Central,
    drawer: runs::Drawer,
    drawn: runs::Drawn,
    /// The backtest episodes' draws, when they are wanted and not already cached.
    episodes: Option<EpisodeRun<'d>>,
}

impl<'d> Evaluation<'d> {
    /// Starts an evaluation: reads the scenario and makes the central run.
    pub fn new(s: Scenario, d: &'d Dataset, opts: &Options) -> Self {
        // On the 2009 replay every year has the snapshot's markets: no timeline to draw.
        let opts = &Options {
            timeline: opts.timeline && !s.replays_2009(d),
            ..*opts
        };
        let ctx = context::context(&s, d, opts.behaviour);
        let plan = CapacityPlan::new(&s, d);
        let ty = usize::from(s.year.clamp(FIRST_YEAR, FIRST_YEAR + YEARS as u16 - 1) - FIRST_YEAR);
        let central = runs::central(&ctx, &plan, ty, opts);
        let (drawer, drawn) = runs::Drawer::new(&ctx, &plan, ty, d.projects.len(), opts);
        let n = if opts.backtests { opts.draws } else { 0 };
        let episodes = (n > 0 && !cache::episodes_known(d, s.ed, s.es, n, opts.seed))
            .then(|| EpisodeRun::new(d, s.ed, s.es, n, opts.seed));
        Evaluation {
            s,
            d,
            opts: *opts,
            ctx,
            plan,
            ty,
            central,
            drawer,
            drawn,
            episodes,
        }
    }

    /// Makes up to `draws` more Monte Carlo draws; true when all are made.
    pub fn step(&mut self, draws: usize) -> bool {
        if !self.drawer.done(&self.drawn) {
            self.drawer
                .step(&self.ctx, &self.plan, &mut self.drawn, draws);
            // The episodes' draws, if any, start in the next step.
            return self.drawer.done(&self.drawn) && self.episodes.is_none();
        }
        self.episodes.as_mut().is_none_or(|e| e.step(draws))
    }

    /// The outcome, after making any draws still to make.
    pub fn finish(mut self) -> Outcome {
        self.step(usize::MAX);
        let Evaluation {
            s,
            d,
            opts,
            ctx,
            plan,
            ty,
            central,
            mut drawn,
            episodes,
            ..
        } = self;
        let (s, ctx, plan, central, drawn) = (&s, &ctx, &plan, &central, &mut drawn);
        let year_ranges: Vec<_> = (0..YEARS)
            .map(|y| {
                let n = drawn.n_of(y);
                ranges(&central.q[y], &mut drawn.samples[y], n, y == ty)
            })
            .collect();
        let e = Eval {
            s,
            d,
            ctx,
            plan,
            ty,
            central,
            ranges: &year_ranges,
        };
        let rg = &year_ranges[ty];
        let r = &central.calc[ty];

        let markets = assemble::markets(&e);
        let target = opts
            .dependency_target
            .unwrap_or(d.assumptions.dependency_target.value)
            .clamp(0.0, 1.0);
        let (dependency, bottleneck) = assemble::dependency(&e, target);
        let draws = if opts.backtests { opts.draws } else { 0 };
        let bt = match episodes {
            Some(run) => {
                cache::episodes_cached_with(d, s.ed, s.es, draws, opts.seed, || run.finish())
            }
            None => cache::episodes_cached(d, s.ed, s.es, draws, opts.seed),
        };
        let backtest = Backtest {
            quota_2010: cache::quota_2010_cached(d, ctx, &drawn.el, opts.seed),
            spreads: super::backtest::spreads(d, &markets),
            episodes: bt.episodes,
            e1_route: bt.e1_route,
            e1_china: bt.e1_china,
            japan: super::japan::backtest(d),
        };
        let restricted = r.binds.iter().any(|b| *b);

        Outcome {
            model_version: MODEL_VERSION,
            data_vintage: d.vintage,
            year: s.year,
            view: s.view,
            draws: opts.draws,
            timeline_draws: if opts.timeline {
                drawn.timeline_draws
            } else {
                0
            },
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
            exposure: assemble::exposure(&e, &markets.magnet),
            timeline: assemble::timeline(&e, opts.timeline, &|y| drawn.n_of(y)),
            time_binding_market: assemble::binding_market(&e),
            viewpoint: assemble::viewpoint(&e),
            crma: assemble::crma_checks(&e),
            notices: assemble::notices(&e),
            markets,
            dependency,
            bottleneck,
            time_to_survive_months: MaybeRange::from_infinite(rg[sampling::Q_SURVIVE]),
            time_to_recover_year: MaybeRange::from_infinite(rg[sampling::Q_RECOVER]),
            time_to_recover_months: MaybeRange::from_infinite(if restricted {
                rg[sampling::Q_RECOVER_MONTH]
            } else {
                Range::point(f64::INFINITY)
            }),
            path_start: e.label_start(),
            replay: ctx.replay.then(|| Replay::of(d)),
            backtest,
        }
    }
}
