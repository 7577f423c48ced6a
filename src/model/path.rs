//! The 36-month path of the four markets (MODEL.md §5, §7): month `i` uses the structure of
//! year `t + i/12`; the restriction applies while `i < months`; stocks carry over from month
//! to month; the magnet market follows the oxide prices of the same month.

use super::magnet::cost_multiplier;
use super::math::fast_powf;
use super::month::{clear_given_china, clear_magnet, clear_oxide, Cleared, Inside, Outside};

/// The magnet market's index. Its normal exports are measured against what makers outside
/// China actually supply (`clear_magnet`), which a shortage of NdPr can cut below `F_t`: a
/// magnet quota can bind even where `D_t ≤ F_t`.
const MAGNET: usize = 3;

/// Months simulated (MODEL.md §5: `i = 0 … 35`).
pub const PATH_MONTHS: usize = 36;

/// Months behind the headline averages (MODEL.md §5: what annual statistics report).
pub const AVERAGE_MONTHS: usize = 12;

/// A price back within this share of its pre-restriction value counts as recovered (§7).
pub const RECOVERED_WITHIN: f64 = 0.10;

/// Stocks below this share of what buyers held at the start count as run out (§7).
pub const STOCKS_RUN_OUT: f64 = 0.10;

/// One year's structure of the four markets (MODEL.md §4), t/yr, in `MarketId` order.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct YearMarkets {
    /// `D_t`, demand outside China.
    pub demand: [f64; 4],
    /// `F_t`.
    pub supply: [f64; 4],
    /// `K_t`.
    pub capacity: [f64; 4],
    /// `D_cn,t`.
    pub china_demand: [f64; 4],
    /// `E_t = D_t − F_t` (negative: China imports on the normal path).
    pub normal_exports: [f64; 4],
}

impl YearMarkets {
    /// `C_t = D_cn,t + E_t`, China's output on the normal path.
    pub fn china_output(&self, k: usize) -> f64 {
        (self.china_demand[k] + self.normal_exports[k]).max(0.0)
    }
}

/// What the scenario does to the market (MODEL.md §2), as shares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Restriction {
    /// How long it lasts, months from the path's first month.
    pub months: usize,
    /// Share of normal exports that leaves China, per market, for each month of the path
    /// (only the first `months` are read).
    pub export_share: [[f64; 4]; PATH_MONTHS],
    /// China's own output while it lasts, share of normal.
    pub china_output: f64,
    /// Export duty while it lasts, share (0.25 = 25 %).
    pub duty: f64,
    /// China's domestic price taken as observed, per month and oxide market (the conditional
    /// backtest of MODEL.md §10 only; `None` everywhere else).
    pub observed_china: Option<[[f64; 4]; PATH_MONTHS]>,
}

impl Restriction {
    /// Whether market `k` is under the restriction in month `i`: a cut of exports China
    /// normally makes (`normal_exports > 0`), an output change or a duty. A 100 % export
    /// share with nothing else, or a cut where China exports nothing anyway, restricts
    /// nothing, so buyers have nothing to panic about.
    pub fn binds(&self, k: usize, i: usize, normal_exports: f64) -> bool {
        i < self.months
            && (self.cuts(k, i, normal_exports) || self.china_output != 1.0 || self.duty > 0.0)
    }

    /// Whether buyers of market `k` panic in month `i` (seek `panic` months of extra cover): over
    /// what reaches them, a cut of exports or a duty, not over China's own output, cut or raised,
    /// which moves prices through supply. (Were an output change a reason to panic, a one-point
    /// change from 100 % would lift magnets outside China by 7 % either way; docs/model.md §11.)
    pub fn panics(&self, k: usize, i: usize, normal_exports: f64) -> bool {
        i < self.months && (self.cuts(k, i, normal_exports) || self.duty > 0.0)
    }

    /// Whether the export share cuts exports China normally makes to market `k` in month `i`.
    fn cuts(&self, k: usize, i: usize, normal_exports: f64) -> bool {
        self.export_share[i][k] < 1.0 && (normal_exports > 0.0 || k == MAGNET)
    }
}

/// Parameters of one evaluation (central or one Monte Carlo draw), per market where indexed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Demand elasticity per market.
    pub ed: [f64; 4],
    /// Supply elasticity outside China per market.
    pub es: [f64; 4],
    /// China's supply elasticity per market.
    pub es_cn: [f64; 4],
    /// Backstop price multiple `B` per market.
    pub backstop: [f64; 4],
    /// θ: desired cover `∝ m^−θ`.
    pub theta: f64,
    /// λ: share of the stock gap closed per month.
    pub lambda: f64,
    /// Extra months of cover buyers outside China seek while restricted.
    pub panic: f64,
    /// Buyers' cover at the start, months, per market.
    pub buffer: [f64; 4],
    /// China's cover at the start, months, per market.
    pub buffer_cn: [f64; 4],
    /// Extra months of China's demand China tries to hold while restricted.
    pub china_stockpiling: f64,
    /// Magnet material cost shares `w` (ndpr, dy, tb).
    pub weights: [f64; 3],
}

/// One market in one month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MonthPoint {
    /// `m_e`.
    pub ex_china: f64,
    /// `m_c`.
    pub china: f64,
    /// `X`, t/month.
    pub exports: f64,
    /// Buyers' stocks at the end of the month, months of that month's demand.
    pub stock_months: f64,
    /// Unmet share of demand outside China.
    pub unmet_share: f64,
    /// Whether the export limit bound.
    pub split: bool,
}

/// The path of all four markets, month by month (`[month][market]`).
pub type Path = [[MonthPoint; 4]; PATH_MONTHS];

/// Simulates the first `months_needed` months (≤ 36) of the path into `out`.
/// `years[j]` is the structure of year `t + j`.
pub fn simulate(
    years: &[YearMarkets; 3],
    r: &Restriction,
    p: &Params,
    months_needed: usize,
    out: &mut Path,
) {
    let n = months_needed.min(PATH_MONTHS);
    for k in 0..4 {
        market_path(years, r, p, n, k, out);
    }
}

/// The bits of everything [`market_path`] reads for oxide market `k` over `n` months: the
/// three years' structure of that market, the restriction's length, its export shares for
/// that market, China's output and the duty, and the parameters that market uses. Two calls
/// with equal keys give the same path to the bit (the path is a pure function of them).
type OxideKey = [u64; OXIDE_KEY_LEN];

/// Two lengths, five quantities in each of three years, one share a month, China's output and
/// the duty, ten parameters.
const OXIDE_KEY_LEN: usize = 2 + 3 * 5 + PATH_MONTHS + 2 + 10;

fn oxide_key(
    years: &[YearMarkets; 3],
    r: &Restriction,
    p: &Params,
    n: usize,
    k: usize,
) -> OxideKey {
    let mut key = [0u64; OXIDE_KEY_LEN];
    let mut at = 0;
    let mut put = |x: f64| {
        key[at] = x.to_bits();
        at += 1;
    };
    put(n as f64);
    put(r.months as f64);
    for y in years {
        for x in [
            y.demand,
            y.supply,
            y.capacity,
            y.china_demand,
            y.normal_exports,
        ] {
            put(x[k]);
        }
    }
    for share in &r.export_share {
        put(share[k]);
    }
    put(r.china_output);
    put(r.duty);
    for x in [
        p.ed[k],
        p.es[k],
        p.es_cn[k],
        p.backstop[k],
        p.buffer[k],
        p.buffer_cn[k],
    ] {
        put(x);
    }
    for x in [p.theta, p.lambda, p.panic, p.china_stockpiling] {
        put(x);
    }
    debug_assert_eq!(at, OXIDE_KEY_LEN, "every slot of the key filled");
    key
}

/// One oxide market's path kept from an earlier [`simulate_keeping`], with the key of the
/// inputs it came from.
#[derive(Debug, Clone, Default)]
pub struct KeptPath {
    key: Option<OxideKey>,
    months: Vec<MonthPoint>,
}

/// The three oxide markets' kept paths of one evaluation slot (a draw in a year).
pub type Kept = [KeptPath; 3];

/// [`simulate`], reusing from `kept` each oxide market's path whose inputs have the same bits
/// as when it was kept, and keeping the paths it computes. The oxide markets do not depend on
/// each other or on magnets, so a slider that moves one market leaves the other markets' draws
/// as they were. The result is bit-identical to [`simulate`]'s (tested).
pub fn simulate_keeping(
    years: &[YearMarkets; 3],
    r: &Restriction,
    p: &Params,
    months_needed: usize,
    out: &mut Path,
    kept: &mut Kept,
) {
    if r.observed_china.is_some() {
        // The conditional backtest (its China price is an input): run once, nothing to keep.
        simulate(years, r, p, months_needed, out);
        return;
    }
    let n = months_needed.min(PATH_MONTHS);
    for (k, slot) in kept.iter_mut().enumerate() {
        let key = oxide_key(years, r, p, n, k);
        if slot.key == Some(key) {
            for (row, point) in out.iter_mut().zip(&slot.months) {
                row[k] = *point;
            }
            continue;
        }
        market_path(years, r, p, n, k, out);
        slot.key = Some(key);
        slot.months.clear();
        slot.months.extend(out.iter().take(n).map(|row| row[k]));
    }
    market_path(years, r, p, n, MAGNET, out);
}

/// Market `k`'s first `n` months into column `k` of `out`. An oxide market depends on nothing
/// but its own inputs; the magnet market reads the oxide prices of the same month, so its
/// column comes after theirs.
fn market_path(
    years: &[YearMarkets; 3],
    r: &Restriction,
    p: &Params,
    n: usize,
    k: usize,
    out: &mut Path,
) {
    let y0 = &years[0];
    let mut stock = p.buffer[k].max(0.0) * y0.demand[k] / 12.0;
    let mut stock_cn = p.buffer_cn[k].max(0.0) * y0.china_demand[k] / 12.0;
    let mut warm = (1.0, 1.0);
    // Whether the export limit bound last month (the solver's hint, not its answer).
    let mut bound = false;
    for i in 0..n {
        let y = &years[i / 12];
        if i > 0 && i % 12 == 0 {
            // A new year's structure: stocks keep their months of cover (on the normal path
            // they grow with demand, supplied by the normal flows), so a change of year alone
            // moves no price.
            let prev = &years[i / 12 - 1];
            stock *= ratio(y.demand[k], prev.demand[k]);
            stock_cn *= ratio(y.china_demand[k], prev.china_demand[k]);
        }
        if no_trade(y, k) {
            // Nobody buys, sells or makes it (a market the 2009 replay has no figures
            // for): there is no price to move, and buyers' cover stays as it started.
            out[i][k] = MonthPoint {
                ex_china: 1.0,
                china: 1.0,
                stock_months: p.buffer[k].max(0.0),
                ..MonthPoint::default()
            };
            continue;
        }
        let binds = r.binds(k, i, y.normal_exports[k]);
        let d = y.demand[k] / 12.0;
        let output_share = if binds { r.china_output } else { 1.0 };
        let duty = if binds { r.duty } else { 0.0 };
        let cn = Inside {
            output: output_share * y.china_output(k) / 12.0,
            demand: y.china_demand[k] / 12.0,
            ed: p.ed[k],
            es: p.es_cn[k],
            cover: p.buffer_cn[k] + if binds { p.china_stockpiling } else { 0.0 },
            theta: p.theta,
            lambda: p.lambda,
            stock: stock_cn,
        };
        let panics = r.panics(k, i, y.normal_exports[k]);
        let cover = p.buffer[k] + if panics { p.panic } else { 0.0 };
        let share = r.export_share[i][k];
        let limited = binds && share < 1.0;
        let c: Cleared;
        let out_k: Outside;
        if k < MAGNET {
            out_k = Outside {
                demand: d,
                supply: y.supply[k] / 12.0,
                capacity: y.capacity[k] / 12.0,
                ed: p.ed[k],
                es: p.es[k],
                cost: 1.0,
                cutoff: false,
                cover,
                theta: p.theta,
                lambda: p.lambda,
                stock,
            };
            let allowed = if limited {
                share * y.normal_exports[k].max(0.0) / 12.0
            } else {
                f64::INFINITY
            };
            c = match &r.observed_china {
                Some(obs) => {
                    clear_given_china(&out_k, obs[i][k], allowed, duty, p.backstop[k], warm.0)
                }
                None => clear_oxide(&out_k, &cn, allowed, duty, p.backstop[k], warm, bound),
            };
        } else {
            // Makers outside China: NdPr they can get limits their output (K*), and their
            // cost follows this month's oxide prices (MODEL.md §5 "Magnets").
            let row = &out[i];
            let m_e = [row[0].ex_china, row[1].ex_china, row[2].ex_china];
            let m_c = [row[0].china, row[1].china, row[2].china];
            let c_ex = cost_multiplier(p.weights, m_e).max(1.0);
            let c_cn = cost_multiplier(p.weights, m_c);
            let feed = y.capacity[3].min(y.supply[3] * fast_powf(m_e[0], p.ed[0].min(0.0)));
            out_k = Outside {
                demand: d,
                supply: y.supply[3] / 12.0,
                capacity: feed / 12.0,
                ed: p.ed[3],
                es: p.es[3],
                cost: c_ex,
                cutoff: true,
                cover,
                theta: p.theta,
                lambda: p.lambda,
                stock,
            };
            let quota = if binds { Some(share.min(1.0)) } else { None };
            // China's magnet market is priced against the magnets its quota allows out of
            // normal trade (as in model 1): see `clear_magnet`.
            let normal_magnets = match quota {
                // A quota cuts exports, never China's imports.
                Some(q) => (q * y.normal_exports[3].max(0.0) + y.normal_exports[3].min(0.0)) / 12.0,
                None => y.normal_exports[3] / 12.0,
            };
            // China's magnet makers pass dearer materials on to buyers abroad, but not
            // cheaper ones (oxide trapped in China by an export cut): abroad they sell at
            // the world price, as in model 1 (`m ≥ 1` there). Without this floor more
            // capacity outside China, which lifts China's depressed oxide prices, would
            // raise the magnet price outside China (against MODEL.md §9).
            let price = c_cn.max(1.0) * (1.0 + duty);
            c = clear_magnet(
                &out_k,
                &cn,
                quota,
                price,
                normal_magnets,
                p.backstop[3],
                warm,
            );
        }
        stock = out_k.stock_after(c.ex_china);
        stock_cn = cn.stock_after(c.china);
        warm = (c.ex_china, c.china);
        bound = c.split;
        out[i][k] = MonthPoint {
            ex_china: c.ex_china,
            china: c.china,
            exports: c.exports,
            stock_months: if d > 0.0 { stock / d } else { 0.0 },
            unmet_share: c.unmet_share,
            split: c.split,
        };
    }
}

/// Whether market `k` has no trade at all in year `y`: no demand inside or outside China, no
/// output anywhere.
fn no_trade(y: &YearMarkets, k: usize) -> bool {
    y.demand[k] <= 0.0 && y.china_demand[k] <= 0.0 && y.supply[k] <= 0.0 && y.china_output(k) <= 0.0
}

/// `a / b`, or 1 when `b` is 0.
fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        1.0
    }
}

/// What the headlines read from one market's path (MODEL.md §5, §7).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// 12-month averages of `m_e`, `m_c`, `m_e/m_c` and the unmet share.
    pub ex_china: f64,
    /// 12-month average of `m_c`.
    pub china: f64,
    /// 12-month average of `m_e/m_c`.
    pub spread: f64,
    /// 12-month average share of demand outside China left unmet.
    pub unmet_share: f64,
    /// Highest `m_e` over the months simulated, and its month index.
    pub peak: f64,
    /// The month (0-based) of that peak.
    pub peak_month: usize,
    /// Whether any of the first 12 months leaves demand unmet at the backstop.
    pub at_backstop: bool,
    /// Time to survive, months (interpolated); `+∞` when not within the months simulated.
    pub survive_months: f64,
    /// First month index after the restriction with `m_e` back within 10 % of 1; `+∞`: not
    /// within the months simulated.
    pub recover_month: f64,
}

/// Summarises market `k` over the first `n` months of `path` (≥ 12), restriction `months`.
pub fn summarise(path: &Path, k: usize, n: usize, months: usize, start_cover: f64) -> Summary {
    let n = n.clamp(1, PATH_MONTHS);
    let avg_n = AVERAGE_MONTHS.min(n);
    let (mut e, mut c, mut sp, mut u) = (0.0, 0.0, 0.0, 0.0);
    let mut at_backstop = false;
    for row in path.iter().take(avg_n) {
        let p = &row[k];
        e += p.ex_china;
        c += p.china;
        sp += p.ex_china / p.china;
        u += p.unmet_share;
        at_backstop |= p.unmet_share > 0.0;
    }
    let inv = 1.0 / avg_n as f64;
    let (mut peak, mut peak_month) = (f64::NEG_INFINITY, 0);
    for (i, row) in path.iter().take(n).enumerate() {
        if row[k].ex_china > peak {
            peak = row[k].ex_china;
            peak_month = i;
        }
    }
    Summary {
        ex_china: e * inv,
        china: c * inv,
        spread: sp * inv,
        unmet_share: u * inv,
        peak,
        peak_month,
        at_backstop,
        survive_months: survive(path, k, n, start_cover),
        recover_month: recover(path, k, n, months),
    }
}

/// MODEL.md §7, time to survive: the first time, in months, at which demand goes unmet (the
/// start of the first month with an unmet share) or buyers' stocks fall below 10 % of their
/// starting cover (interpolated linearly within the month).
pub fn survive(path: &Path, k: usize, n: usize, start_cover: f64) -> f64 {
    let threshold = STOCKS_RUN_OUT * start_cover;
    let mut before = start_cover;
    for (i, row) in path.iter().take(n).enumerate() {
        let p = &row[k];
        if p.unmet_share > 0.0 {
            return i as f64;
        }
        if start_cover > 0.0 && p.stock_months < threshold {
            let drop = before - p.stock_months;
            let frac = if drop > 0.0 {
                ((before - threshold) / drop).clamp(0.0, 1.0)
            } else {
                0.0
            };
            return i as f64 + frac;
        }
        before = p.stock_months;
    }
    f64::INFINITY
}

/// MODEL.md §7, time to recover: the first month index `i ≥ months` whose `m_e` is within
/// 10 % of its pre-restriction value (1 on the normal path).
pub fn recover(path: &Path, k: usize, n: usize, months: usize) -> f64 {
    for (i, row) in path.iter().enumerate().take(n).skip(months) {
        if (row[k].ex_china - 1.0).abs() <= RECOVERED_WITHIN {
            return i as f64;
        }
    }
    f64::INFINITY
}

/// The path's month `i` as `YYYY-MM`, for a path from month `start` (1–12) of `year`.
pub fn month_label(year: u16, start: f64, i: usize) -> String {
    let m = month_number(year, start, i);
    format!("{}-{:02}", m / 12, m % 12 + 1)
}

/// The path's month `i` counted from year 0 (`year × 12 + month − 1`), as
/// [`crate::data::ExportShare::month_number`] counts the dataset's months.
pub fn month_number(year: u16, start: f64, i: usize) -> usize {
    let first = (start.round().clamp(1.0, 12.0) as usize) - 1;
    usize::from(year) * 12 + first + i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::magnet::{solve_magnet, MagnetMarket};
    use crate::model::market::{solve_china, solve_oxide, OxideMarket};

    fn year() -> YearMarkets {
        // The 2024 baseline's shape: NdPr, Dy, Tb, magnets (t/yr).
        let demand = [8000.0, 300.0, 100.0, 78000.0];
        let supply = [7500.0, 0.0, 0.0, 20000.0];
        let china_demand = [94500.0, 2700.0, 450.0, 221848.0];
        let mut ym = YearMarkets {
            demand,
            supply,
            capacity: [18000.0, 70.0, 35.0, 25000.0],
            china_demand,
            normal_exports: [0.0; 4],
        };
        for k in 0..4 {
            ym.normal_exports[k] = demand[k] - supply[k];
        }
        ym
    }

    fn params(buffer: f64, panic: f64) -> Params {
        Params {
            ed: [-0.2, -0.15, -0.15, -0.25],
            es: [0.15, 0.1, 0.1, 0.15],
            es_cn: [0.3; 4],
            backstop: [15.0, 30.0, 30.0, 10.0],
            theta: 1.0,
            lambda: 0.25,
            panic,
            buffer: [buffer; 4],
            buffer_cn: [buffer; 4],
            china_stockpiling: 0.0,
            weights: [0.41, 0.074, 0.058],
        }
    }

    fn restriction(shares: [f64; 4], months: usize) -> Restriction {
        Restriction {
            months,
            export_share: [shares; PATH_MONTHS],
            china_output: 1.0,
            duty: 0.0,
            observed_china: None,
        }
    }

    /// `simulate_keeping` takes an oxide market's kept path when, and only when, its inputs
    /// have the same bits: a marked kept path comes back after a magnet-only change and not
    /// after a change to that oxide market. Unmarked, the result is `simulate`'s to the bit.
    #[test]
    fn kept_paths_are_reused_exactly_when_their_inputs_are_unchanged() {
        let years = [year(); 3];
        let p = params(2.0, 1.0);
        let before = restriction([0.5, 0.3, 0.3, 0.5], 9);
        let mut magnets_cut = before;
        for row in &mut magnets_cut.export_share {
            row[MAGNET] = 0.1;
        }
        let mut dy_cut = magnets_cut;
        for row in &mut dy_cut.export_share {
            row[1] = 0.0;
        }
        let blank = || [[MonthPoint::default(); 4]; PATH_MONTHS];
        let (mut kept, mut out, mut alone) = (Kept::default(), blank(), blank());
        simulate_keeping(&years, &before, &p, 36, &mut out, &mut kept);
        simulate(&years, &before, &p, 36, &mut alone);
        assert_eq!(out, alone);
        // Mark Dy's kept path: only a reuse can bring the mark back.
        let mark = 1234.5;
        kept[1].months[7].ex_china = mark;
        simulate_keeping(&years, &magnets_cut, &p, 36, &mut out, &mut kept);
        assert_eq!(out[7][1].ex_china, mark, "Dy's path was not reused");
        // Unmarked, the reuse gives `simulate`'s bits for the new restriction.
        kept[1].months[7].ex_china = alone[7][1].ex_china;
        simulate_keeping(&years, &magnets_cut, &p, 36, &mut out, &mut kept);
        simulate(&years, &magnets_cut, &p, 36, &mut alone);
        assert_eq!(out, alone);
        kept[1].months[7].ex_china = mark;
        simulate_keeping(&years, &dy_cut, &p, 36, &mut out, &mut kept);
        simulate(&years, &dy_cut, &p, 36, &mut alone);
        assert_eq!(out, alone, "Dy's changed inputs must not reuse its path");
        // Fewer months needed: not the same key either.
        simulate_keeping(&years, &dy_cut, &p, 12, &mut out, &mut kept);
        assert_eq!(kept[1].months.len(), 12);
    }

    #[test]
    fn no_restriction_keeps_every_month_at_the_2024_price() {
        let ym = year();
        let mut path = [[MonthPoint::default(); 4]; PATH_MONTHS];
        simulate(
            &[ym; 3],
            &restriction([1.0; 4], 12),
            &params(2.0, 1.0),
            36,
            &mut path,
        );
        for row in &path {
            for (k, p) in row.iter().enumerate() {
                assert!(
                    (p.ex_china - 1.0).abs() < 1e-9 && (p.china - 1.0).abs() < 1e-9,
                    "{p:?}"
                );
                assert!((p.stock_months - 2.0).abs() < 1e-9, "{p:?}");
                assert!((p.exports - ym.normal_exports[k] / 12.0).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn without_stocks_a_year_long_cut_is_model_1_month_by_month() {
        // MODEL.md §9 "v1 as a special case": no stocks, no panic, output and duty unchanged,
        // a restriction of 12 months or more: each month equals v1's annual answer.
        let ym = year();
        let p = params(0.0, 0.0);
        let shares = [0.6, 0.3, 0.3, 0.5];
        let mut path = [[MonthPoint::default(); 4]; PATH_MONTHS];
        simulate(&[ym; 3], &restriction(shares, 12), &p, 12, &mut path);
        let mut m_e = [0.0; 3];
        let mut m_c = [0.0; 3];
        for k in 0..3 {
            let q = shares[k] * ym.normal_exports[k];
            let c = solve_oxide(&OxideMarket {
                demand: ym.demand[k],
                supply: ym.supply[k],
                capacity: ym.capacity[k],
                allowed_exports: q,
                ed: p.ed[k],
                es: p.es[k],
                backstop: p.backstop[k],
            });
            m_e[k] = c.multiplier;
            m_c[k] = solve_china(
                ym.china_demand[k],
                ym.china_output(k),
                q,
                p.ed[k],
                p.es_cn[k],
            );
        }
        let cost = |m: [f64; 3]| cost_multiplier(p.weights, m);
        let feed = ym.capacity[3].min(ym.supply[3] * m_e[0].powf(p.ed[0]));
        let magnet = solve_magnet(&MagnetMarket {
            demand: ym.demand[3],
            supply: ym.supply[3],
            capacity: feed,
            quota: shares[3],
            ed: p.ed[3],
            es: p.es[3],
            backstop: p.backstop[3],
            cost_ex: cost(m_e),
            cost_cn: cost(m_c),
        });
        for row in path.iter().take(12) {
            for k in 0..3 {
                let rel = |a: f64, b: f64| (a / b - 1.0).abs();
                assert!(
                    rel(row[k].ex_china, m_e[k]) < 1e-9,
                    "m_e {k}: {} vs {}",
                    row[k].ex_china,
                    m_e[k]
                );
                assert!(
                    rel(row[k].china, m_c[k]) < 1e-9,
                    "m_c {k}: {} vs {}",
                    row[k].china,
                    m_c[k]
                );
            }
            let got = row[3].ex_china;
            assert!(
                (got / magnet.multiplier - 1.0).abs() < 1e-9,
                "magnet {got} vs {magnet:?}"
            );
            assert!((row[3].unmet_share - magnet.unmet_share).abs() < 1e-9);
        }
    }

    #[test]
    fn stocks_soften_the_first_months_and_run_down() {
        let ym = year();
        let mut bare = [[MonthPoint::default(); 4]; PATH_MONTHS];
        let mut held = bare;
        let r = restriction([1.0, 0.2, 0.2, 1.0], 6);
        simulate(&[ym; 3], &r, &params(0.0, 0.0), 36, &mut bare);
        simulate(&[ym; 3], &r, &params(4.0, 0.0), 36, &mut held);
        assert!(held[0][1].ex_china < bare[0][1].ex_china);
        assert!(held[5][1].stock_months < held[0][1].stock_months);
        // After the restriction buyers rebuild stocks, so the price stays above normal a while.
        assert!(held[6][1].ex_china > 1.0);
        let s = summarise(&held, 1, 36, 6, 4.0);
        assert!(
            s.recover_month >= 6.0 && s.recover_month.is_finite(),
            "{s:?}"
        );
    }
}
