//! The backtests of MODEL.md §10: the model's figure for every observed figure of the two
//! episodes in the dataset (`episodes.csv`), with its p10–p90 and whether the observation lies
//! inside.
//!
//! - **E1, 2010–11**: the 2009 snapshot's NdPr and Dy markets (`snapshot_2009`), from January
//!   2010 for 24 months, with what actually left China each month (`export_shares`), the 2011
//!   export duty, and China's own supply shock (see [`E1China`]).
//! - **E2, 2025 licensing**: the `licensing-apr-2025` preset's path.
//!
//! A figure's window is a year (`2011`: the average of that year's months), a month
//! (`2011-09`) or a range (`2025-05..2025-07`: the average of those months).

use super::montecarlo::{LatinHypercube, Triangular};
use super::path::{
    month_number, simulate, MonthPoint, Params, Path, Restriction, YearMarkets, PATH_MONTHS,
};
use super::{elasticity, month_label, path_setup, Elasticity, Scenario};
use crate::data::{Dataset, EpisodeFigure, MarketId};
use serde::Serialize;

/// E1's path starts in January 2010 and lasts two years.
pub const E1_START_YEAR: u16 = 2010;
/// Months of E1's path: 2010 and 2011.
pub const E1_MONTHS: usize = 24;

/// China's export duty in 2011 on Nd and Dy oxide (data audit §2.4 B: 25 % on Dy since 2008,
/// on Nd from January 2011; Nd paid 15 % in 2010). One rate for the whole path: the figures
/// judged are 2011's.
pub const E1_DUTY: f64 = 0.25;

/// China's side of E1 (MODEL.md §10 step 1): its own output as a share of normal and the
/// extra months of its demand that its reserve and traders sought.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct E1China {
    /// China's output as a share of normal.
    pub china_output: f64,
    /// Extra months of its demand China's reserve and traders sought.
    pub china_stockpiling: f64,
}

/// One observed figure beside the model's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Episode {
    /// `E1` or `E2`.
    pub id: &'static str,
    /// `nd`, `dy`, `tb` or `magnet`.
    pub element: &'static str,
    /// `ex_china`, `china` or `spread` (see `data/episodes.csv`).
    pub figure: &'static str,
    /// The month or months observed (`YYYY-MM`, or a range `A..B`).
    pub window: &'static str,
    /// The observed figure and its range.
    pub observed: Observed,
    /// The model's figure for the same window, with p10–p90.
    pub model: super::Range,
    /// Whether the figure is an input of the backtest rather than a prediction (E1's China
    /// prices on the conditional route): then the model's value is the observed one.
    pub input: bool,
    /// Whether the observed value lies within the model's p10–p90 (with a relative margin of
    /// 1e−9 for rounding; always true for an input).
    pub inside: bool,
    /// Model central ÷ observed value.
    pub ratio: f64,
    /// Source ids (sources.csv).
    pub source: &'static str,
}

/// An observed figure with the range its sources allow.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Observed {
    /// The figure taken.
    pub value: f64,
    /// The lowest reading the sources allow.
    pub low: f64,
    /// The highest reading the sources allow.
    pub high: f64,
}

/// The market index of an episode's element.
fn market(element: &str) -> Option<usize> {
    match element {
        "nd" | "ndpr" => Some(0),
        "dy" => Some(1),
        "tb" => Some(2),
        "magnet" => Some(3),
        _ => None,
    }
}

/// The month indices of `window` on a path that starts in month `start` (1–12) of `year`.
pub fn window_months(window: &str, year: u16, start: f64) -> Vec<usize> {
    let labels: Vec<String> = (0..PATH_MONTHS)
        .map(|i| month_label(year, start, i))
        .collect();
    let (from, to) = match window.split_once("..") {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None if window.len() == 4 => (format!("{window}-01"), format!("{window}-12")),
        None => (window.to_string(), window.to_string()),
    };
    labels
        .iter()
        .enumerate()
        .filter(|(_, l)| **l >= from && **l <= to)
        .map(|(i, _)| i)
        .collect()
}

/// The model's value of `figure` for market `k` over the months `idx` of `path`.
pub fn figure_on(path: &Path, k: usize, figure: &str, idx: &[usize]) -> f64 {
    if idx.is_empty() {
        return f64::NAN;
    }
    let f = |p: &MonthPoint| match figure {
        "ex_china" => p.ex_china,
        "china" => p.china,
        _ => p.ex_china / p.china,
    };
    idx.iter().map(|&i| f(&path[i][k])).sum::<f64>() / idx.len() as f64
}

/// E1's markets: the 2009 snapshot's NdPr and Dy (Tb moves with Dy's shares: the snapshot
/// has no Tb market, and E1 judges none); magnets are not part of E1 (no trade in them is
/// modelled for 2009: demand 0, a calm market).
pub fn e1_markets(d: &Dataset) -> YearMarkets {
    let mut ym = YearMarkets::default();
    for (k, id) in [(0, MarketId::Ndpr), (1, MarketId::Dy), (2, MarketId::Dy)] {
        if let Some(m) = d.snapshot_2009.market(id) {
            ym.demand[k] = m.demand.value;
            ym.supply[k] = m.non_china_supply.value;
            ym.capacity[k] = m.non_china_capacity.value.max(m.non_china_supply.value);
            ym.china_demand[k] = m.china_consumption.value;
            ym.normal_exports[k] = m.demand.value - m.non_china_supply.value;
        }
    }
    ym
}

/// E1's restriction: realised export shares month by month from January 2010 (light for
/// NdPr, heavy for Dy and Tb), the 2011 duty and China's own shock.
pub fn e1_restriction(d: &Dataset, china: E1China) -> Restriction {
    let first = month_number(E1_START_YEAR, 1.0, 0);
    let light = d.export_shares_from::<PATH_MONTHS>("light", first);
    let heavy = d.export_shares_from::<PATH_MONTHS>("heavy", first);
    let mut export_share = [[1.0; 4]; PATH_MONTHS];
    for (i, row) in export_share.iter_mut().enumerate().take(E1_MONTHS) {
        row[0] = light[i].unwrap_or(1.0);
        row[1] = heavy[i].unwrap_or(1.0);
        row[2] = row[1];
    }
    Restriction {
        months: E1_MONTHS,
        export_share,
        china_output: china.china_output,
        duty: E1_DUTY,
        observed_china: None,
    }
}

/// The route MODEL.md §10 step 1 leaves open for E1's China side.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum E1Route {
    /// China's output and stockpiling inferred, China's price from the model.
    Inferred,
    /// China's domestic price taken as observed: log-linear from the 2009 level in January
    /// 2010 to the recorded September 2011 level, flat after (an input of the backtest only).
    Conditional,
}

/// China's domestic multiplier per month for E1's conditional route (see [`E1Route`]).
pub fn e1_observed_china(d: &Dataset) -> [[f64; 4]; PATH_MONTHS] {
    let mut out = [[1.0; 4]; PATH_MONTHS];
    for (k, element) in [(0, "nd"), (1, "dy"), (2, "dy")] {
        let Some(e) = d
            .episodes
            .iter()
            .find(|e| e.id == "E1" && e.element == element && e.figure == "china")
        else {
            continue;
        };
        let Some(&at) = window_months(e.window, E1_START_YEAR, 1.0).first() else {
            continue;
        };
        let target = super::math::ln(e.value.value.max(f64::MIN_POSITIVE));
        for (i, row) in out.iter_mut().enumerate() {
            let t = (i as f64 / at.max(1) as f64).min(1.0);
            row[k] = super::math::exp(target * t);
        }
    }
    out
}

/// E1's path for one set of parameters (`p.china_stockpiling` is replaced by `china`'s).
pub fn e1_path(d: &Dataset, p: &Params, china: E1China, route: E1Route) -> Path {
    let ym = e1_markets(d);
    let mut p = *p;
    p.china_stockpiling = china.china_stockpiling;
    let mut r = e1_restriction(d, china);
    if route == E1Route::Conditional {
        r.observed_china = Some(e1_observed_china(d));
    }
    let mut path = [[MonthPoint::default(); 4]; PATH_MONTHS];
    simulate(&[ym; 3], &r, &p, E1_MONTHS, &mut path);
    path
}

/// The preset that replays 2010–11 on the 2009 snapshot (MODEL.md §8) beside E1's headline
/// figure, Nd oxide outside China over 2011: the preset is E1 with China's side inferred.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PresetReplay {
    /// The preset's id.
    pub preset: &'static str,
    /// Its central path's value of the figure.
    pub model: f64,
    /// The observed value.
    pub observed: f64,
    /// China's own output in the preset (share of normal).
    pub china_output: f64,
}

/// The replay preset's central value of E1's Nd figure, if the dataset has both.
pub fn preset_replay(d: &Dataset) -> Option<PresetReplay> {
    let p = d
        .presets
        .iter()
        .find(|p| p.markets == super::SNAPSHOT_YEAR)?;
    let e = d.episode("E1", "nd", "ex_china")?;
    let s = Scenario::from_query(&format!("preset={}", p.id), d);
    let (path, _) = super::central_path(&s, d, &|_| {});
    Some(PresetReplay {
        preset: p.id,
        model: model_value(e, &path, s.path_year(d), s.start),
        observed: e.value.value,
        china_output: s.china_output / 100.0,
    })
}

/// The model's value of one observed figure on a path that starts in month `start` of `year`.
pub fn model_value(e: &EpisodeFigure, path: &Path, year: u16, start: f64) -> f64 {
    value_over(e, path, &window_months(e.window, year, start))
}

/// The model's value of one observed figure over the path's months `idx` (its window).
fn value_over(e: &EpisodeFigure, path: &Path, idx: &[usize]) -> f64 {
    match market(e.element) {
        Some(k) => figure_on(path, k, e.figure, idx),
        None => f64::NAN,
    }
}

/// Compares each observed figure of episode `id` with the model's central path and draws.
pub fn compare(
    d: &Dataset,
    id: &'static str,
    central: &Path,
    draws: &[Path],
    year: u16,
    start: f64,
    inputs: &[&str],
) -> Vec<Episode> {
    d.episodes
        .iter()
        .filter(|e| e.id == id)
        .map(|e| {
            // The window's months found once, not once per draw (36 month labels formatted each
            // time were most of the backtests' finish: ~150 ms on a slow phone).
            let months = window_months(e.window, year, start);
            let value = |p: &Path| value_over(e, p, &months);
            let c = value(central);
            let mut xs: Vec<f64> = draws.iter().map(value).collect();
            let model = if xs.is_empty() {
                super::Range::point(c)
            } else {
                let [p10, p50, p90] = super::montecarlo::p10_p50_p90(&mut xs);
                super::Range {
                    central: c,
                    p10,
                    p50,
                    p90,
                }
            };
            let v = e.value.value;
            let input = inputs.contains(&e.figure);
            let margin = 1e-9 * v.abs();
            Episode {
                id: e.id,
                element: e.element,
                figure: e.figure,
                window: e.window,
                observed: Observed {
                    value: v,
                    low: e.low,
                    high: e.high,
                },
                model,
                input,
                inside: input || (v >= model.p10 - margin && v <= model.p90 + margin),
                ratio: c / v,
                source: e.value.source,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_select_the_right_months() {
        assert_eq!(
            window_months("2011", 2010, 1.0),
            (12..24).collect::<Vec<_>>()
        );
        assert_eq!(window_months("2011-09", 2010, 1.0), vec![20]);
        assert_eq!(window_months("2025-05..2025-07", 2025, 4.0), vec![1, 2, 3]);
    }
}

/// How the backtests came out (MODEL.md §10), for the outcome and the methodology page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backtests {
    /// E1's China side: taken as observed (see [`E1Route`]), and the inferred shock tried first.
    pub e1_route: E1Route,
    /// E1's China side as used.
    pub e1_china: E1China,
    /// Every observed figure of E1 and E2 beside the model's.
    pub episodes: Vec<Episode>,
}

/// E1's China-side shock inferred from the record (MODEL.md §10 step 1): output at the 2011
/// production quota against 2009 output (the dataset's 93,800 ÷ 129,000 t REO), no
/// stock-building. With it the model's China price reaches about ×1.4 against ×9.6 observed,
/// and no plausible stock-building closes the gap (6 months of China's demand reach about
/// ×1.7, 12 months about ×2), so E1 is judged on the conditional route.
pub fn e1_inferred(d: &Dataset) -> E1China {
    let s = &d.snapshot_2009;
    E1China {
        china_output: s.production_quota_2011.value / s.china_production.value,
        china_stockpiling: 0.0,
    }
}

/// Every observed figure of E1 and E2 beside the model's, with `draws` Monte Carlo draws of
/// the elasticities and the stock-holders' behaviour (a Latin hypercube from `seed`); the
/// elasticity sets are the scenario's.
pub fn run(d: &Dataset, ed: Elasticity, es: Elasticity, draws: usize, seed: u64) -> Backtests {
    let mut r = EpisodeRun::new(d, ed, es, draws, seed);
    r.step(usize::MAX);
    r.finish()
}

/// [`run`] in steps: each draw simulates both episodes, and the browser makes a few per task.
pub struct EpisodeRun<'d> {
    d: &'d Dataset,
    s: Scenario,
    years: [YearMarkets; 3],
    restriction: Restriction,
    p0: Params,
    /// Only the months up to the last one an E2 figure reads.
    e2_months: usize,
    tri_el: [[Triangular; 2]; 4],
    tri_b: [Triangular; 3],
    design: LatinHypercube,
    e1_draws: Vec<Path>,
    e2_draws: Vec<Path>,
    draws: usize,
}

impl<'d> EpisodeRun<'d> {
    /// The design and the central paths' setup for `draws` draws from `seed`.
    pub fn new(d: &'d Dataset, ed: Elasticity, es: Elasticity, draws: usize, seed: u64) -> Self {
        let mut s = Scenario::from_query("preset=licensing-apr-2025", d);
        s.ed = ed;
        s.es = es;
        let (years, restriction, p0) = path_setup(&s, d);
        let e2_months = d
            .episodes
            .iter()
            .filter(|e| e.id == "E2")
            .flat_map(|e| window_months(e.window, s.year, s.start))
            .max()
            .map_or(PATH_MONTHS, |m| m + 1);
        let tri_el = MarketId::ALL.map(|id| {
            let m = d.market(id);
            [
                Triangular::new(elasticity(ed, &m.ed).1),
                Triangular::new(elasticity(es, &m.es).1),
            ]
        });
        let b = &d.behaviour;
        let tri_b = [&b.theta, &b.lambda, &b.panic]
            .map(|r| Triangular::new(elasticity(Elasticity::Central, r).1));
        EpisodeRun {
            d,
            s,
            years,
            restriction,
            p0,
            e2_months,
            tri_el,
            tri_b,
            design: LatinHypercube::new(seed, draws, 11),
            e1_draws: Vec::with_capacity(draws),
            e2_draws: Vec::with_capacity(draws),
            draws,
        }
    }

    fn e2(&self, p: &Params) -> Path {
        let mut path = [[MonthPoint::default(); 4]; PATH_MONTHS];
        simulate(&self.years, &self.restriction, p, self.e2_months, &mut path);
        path
    }

    fn draw_params(&self, i: usize) -> Params {
        let u = self.design.draw(i);
        let mut p = self.p0;
        for k in 0..4 {
            p.ed[k] = self.tri_el[k][0].at(u[2 * k]);
            p.es[k] = self.tri_el[k][1].at(u[2 * k + 1]);
        }
        p.theta = self.tri_b[0].at(u[8]).max(0.0);
        p.lambda = self.tri_b[1].at(u[9]).clamp(0.0, 1.0);
        p.panic = self.tri_b[2].at(u[10]).max(0.0);
        p
    }

    /// Makes up to `n` more draws; true when all are made.
    pub fn step(&mut self, n: usize) -> bool {
        let start = self.e2_draws.len();
        let end = start.saturating_add(n).min(self.draws);
        let china = e1_inferred(self.d);
        for i in start..end {
            let p = self.draw_params(i);
            self.e2_draws.push(self.e2(&p));
            self.e1_draws
                .push(e1_path(self.d, &p, china, E1Route::Conditional));
        }
        self.e2_draws.len() >= self.draws
    }

    /// The comparison, after making any draws still to make.
    pub fn finish(mut self) -> Backtests {
        self.step(usize::MAX);
        let d = self.d;
        let e2_central = self.e2(&self.p0);
        let e1_central = e1_path(d, &self.p0, e1_inferred(d), E1Route::Conditional);
        // On the conditional route China's prices are E1's inputs.
        let mut episodes = compare(
            d,
            "E1",
            &e1_central,
            &self.e1_draws,
            E1_START_YEAR,
            1.0,
            &["china"],
        );
        episodes.extend(compare(
            d,
            "E2",
            &e2_central,
            &self.e2_draws,
            self.s.year,
            self.s.start,
            &[],
        ));
        Backtests {
            e1_route: E1Route::Conditional,
            e1_china: e1_inferred(d),
            episodes,
        }
    }
}
