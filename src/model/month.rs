//! One month of one market (MODEL.md §5, "a monthly world market with stocks").
//!
//! Two regions trade one good. Outside China buyers have a flow demand, own supply and stocks
//! they manage towards a desired cover; China has its own output, demand and stocks. Each month
//! the market is first solved as **one market** (China's price plus the export duty is the
//! price outside China); if the exports that implies exceed what China allows, the two sides
//! **split** and each clears against the allowed volume. Prices are multipliers of the 2024
//! price, flows tonnes per month, stocks tonnes.
//!
//! Every function here is monotone in `x = ln m`, so each root is found by Newton's method on
//! a bracket that bisection keeps honest ([`solve_decreasing`]), warm-started from the previous
//! month.

use super::math::{exp, fast_powf, ln};

/// Lowest multiplier either price may take (MODEL.md §5 bounds: `m ∈ [0.2, B]`).
pub const PRICE_FLOOR: f64 = 0.2;

/// `ln 0.2`, as [`ln`] computes it (a test checks the bits): the floor's logarithm is needed
/// by every solve.
const LN_PRICE_FLOOR: f64 = -1.6094379124341003;

/// A bound on a price, with its logarithm (the solver works in `x = ln m`), computed once
/// per month rather than once per solve.
#[derive(Debug, Clone, Copy)]
struct Level {
    m: f64,
    x: f64,
}

impl Level {
    const FLOOR: Level = Level {
        m: PRICE_FLOOR,
        x: LN_PRICE_FLOOR,
    };
    fn new(m: f64) -> Self {
        Level { m, x: ln(m) }
    }
}

/// Relative tolerance on every multiplier (MODEL.md §5), as a step in `ln m`.
const X_TOLERANCE: f64 = 1e-12;

/// Newton steps at most this long may be accepted on their error bound (`solve_decreasing`):
/// short enough that the slope barely changes over the step (`e^(α·s)` ≈ 1), which the bound
/// assumes.
const QUADRATIC_STEP: f64 = 1e-6;

/// No kink anywhere: `bend` for a function without one, with `α` its bound on `|g''/g'|`.
fn smooth(alpha: f64) -> impl Fn(f64, f64) -> f64 {
    move |_, _| alpha
}

/// Buyers outside China in one month (MODEL.md §5, region `e`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outside {
    /// `d`: flow demand at the 2024 price, t/month.
    pub demand: f64,
    /// `F_t/12`: own output at the 2024 price, t/month.
    pub supply: f64,
    /// `K_t/12` (magnets: `K*_t/12`), t/month.
    pub capacity: f64,
    /// Demand elasticity `ed ≤ 0`.
    pub ed: f64,
    /// Supply elasticity `es ≥ 0`.
    pub es: f64,
    /// Makers' cost multiplier: own supply is `min(K, F·(m/cost)^es)`, and nothing below
    /// `cost` when `cutoff` (magnet makers outside China, MODEL.md §5 "Magnets"); 1 for oxides.
    pub cost: f64,
    /// Whether makers supply nothing below `cost`.
    pub cutoff: bool,
    /// Desired cover this month, months of `d` (`buffer + panic` while restricted).
    pub cover: f64,
    /// `θ ≥ 0`: desired cover falls as `m^−θ`.
    pub theta: f64,
    /// `λ ∈ (0, 1]`: share of the stock gap closed per month.
    pub lambda: f64,
    /// `S_(i−1)`: stocks held at the start of the month, t.
    pub stock: f64,
}

impl Outside {
    /// Own supply at `m`, t/month: `min(K, F·(m/cost)^es)` (0 below cost with a cutoff).
    pub fn own_supply(&self, m: f64) -> f64 {
        if self.cutoff && m < self.cost {
            return 0.0;
        }
        let r = if self.cost == 1.0 { m } else { m / self.cost };
        self.capacity.min(self.supply * fast_powf(r, self.es))
    }
    /// Desired stocks at `m`, t: `S*(m) = cover · d · m^−θ`.
    pub fn desired_stock(&self, m: f64) -> f64 {
        self.cover * self.demand * fast_powf(m, -self.theta)
    }
    /// Net purchases for stock at `m`, t/month: `λ·(S*(m) − S_(i−1))` (negative: selling).
    pub fn stock_purchases(&self, m: f64) -> f64 {
        self.lambda * (self.desired_stock(m) - self.stock)
    }
    /// `N_e(m) = d·m^ed + λ(S*(m) − S_(i−1)) − s(m)`: net import demand, falls with `m`.
    pub fn net_imports(&self, m: f64) -> f64 {
        self.demand * fast_powf(m, self.ed) + self.stock_purchases(m) - self.own_supply(m)
    }
    /// Stocks at the end of the month when the price is `m`: `S + λ(S*(m) − S)`, never below 0.
    pub fn stock_after(&self, m: f64) -> f64 {
        (self.stock + self.stock_purchases(m)).max(0.0)
    }
    /// Own supply and its slope in `x = ln m`.
    fn own_at(&self, x: f64) -> (f64, f64) {
        // Oxides' cost is 1, and ln 1 = 0: skip a logarithm on every Newton step.
        let xr = if self.cost == 1.0 {
            x
        } else {
            x - ln(self.cost)
        };
        if self.cutoff && xr < 0.0 {
            return (0.0, 0.0);
        }
        let s = self.supply * exp(self.es * xr);
        if s < self.capacity {
            (s, self.es * s)
        } else {
            (self.capacity, 0.0)
        }
    }
    /// A bound on `|N_e''/N_e'|` over `[p, q]` (in `x = ln m`), `∞` when own supply has a kink
    /// there (the cutoff at cost, capacity reached) or, with `demand_kink`, reaches demand (the
    /// magnet allowance `q·max(0, d − own)` bends there).
    ///
    /// Why the bound: `N_e` is a sum of terms `c·e^(α·x)` (flow `α = ed`, cover `−θ`, own
    /// supply `es`) whose slopes all have the sign of `N_e'`, so `|N_e''| = |Σ α²·c·e^(αx)| ≤
    /// max|α| · |N_e'|`.
    fn bend(&self, p: f64, q: f64, demand_kink: bool) -> f64 {
        let shift = if self.cost == 1.0 { 0.0 } else { ln(self.cost) };
        let (rp, rq) = (p - shift, q - shift);
        let between = |k: f64| rp <= k && k <= rq;
        if self.cutoff && between(0.0) {
            return f64::INFINITY;
        }
        if self.es > 0.0 && self.supply > 0.0 {
            // Own supply `F·e^(es·r)` reaches capacity (or demand) at `r = ln(level/F)/es`.
            let at = |level: f64| {
                level > 0.0 && level.is_finite() && between(ln(level / self.supply) / self.es)
            };
            if at(self.capacity) || (demand_kink && at(self.demand)) {
                return f64::INFINITY;
            }
        }
        (-self.ed).max(self.theta).max(self.es)
    }
    /// `N_e` and its slope in `x = ln m`, at `x` (for Newton's steps).
    fn at(&self, x: f64) -> (f64, f64) {
        let (v, dv, _) = self.at_with_own(x);
        (v, dv)
    }
    /// [`Outside::at`], and own supply with its slope at the same `x` (the magnet market's
    /// allowance needs both, and own supply costs an exponential).
    fn at_with_own(&self, x: f64) -> (f64, f64, (f64, f64)) {
        let flow = self.demand * exp(self.ed * x);
        let cover = self.lambda * self.cover * self.demand * exp(-self.theta * x);
        let (s, ds) = self.own_at(x);
        let v = flow + cover - self.lambda * self.stock - s;
        let dv = self.ed * flow - self.theta * cover - ds;
        (v, dv, (s, ds))
    }
}

/// China in one month (MODEL.md §5, region `c`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inside {
    /// `c · C_t/12`: output at the 2024 price, t/month (`c = china_output` while restricted).
    pub output: f64,
    /// `D_cn,t/12`: China's own demand at the 2024 price, t/month.
    pub demand: f64,
    /// China's demand elasticity `ed ≤ 0`.
    pub ed: f64,
    /// `es_cn ≥ 0`.
    pub es: f64,
    /// Desired cover, months of China's demand (`buffer_cn + china_stockpiling` while restricted).
    pub cover: f64,
    /// θ: desired cover `∝ m^−θ`.
    pub theta: f64,
    /// λ: share of the stock gap closed per month.
    pub lambda: f64,
    /// `S_c,(i−1)`, t.
    pub stock: f64,
}

impl Inside {
    /// `λ(S*_c(m) − S_c)`: what China's holders add to stock this month at price `m` (t; negative: they sell).
    pub fn stock_purchases(&self, m: f64) -> f64 {
        self.lambda * (self.cover * self.demand * fast_powf(m, -self.theta) - self.stock)
    }
    /// `N_c(m) = c·C_t/12·m^es_cn − D_cn,t/12·m^ed − λ(S*_c(m) − S_c)`: net export supply,
    /// rises with `m`.
    pub fn net_exports(&self, m: f64) -> f64 {
        self.output * fast_powf(m, self.es)
            - self.demand * fast_powf(m, self.ed)
            - self.stock_purchases(m)
    }
    /// China's stock at the month's end at price `m`, never below 0 (t).
    pub fn stock_after(&self, m: f64) -> f64 {
        (self.stock + self.stock_purchases(m)).max(0.0)
    }
    /// A bound on `|N_c''/N_c'|`: as for [`Outside::bend`], every term's slope has the sign of
    /// `N_c'` (output `es`, use `ed`, cover `−θ`), and nothing bends.
    fn bend(&self) -> f64 {
        self.es.max(-self.ed).max(self.theta)
    }
    /// `N_c` and its slope in `x = ln m`, at `x`.
    fn at(&self, x: f64) -> (f64, f64) {
        let out = self.output * exp(self.es * x);
        let use_ = self.demand * exp(self.ed * x);
        let cover = self.lambda * self.cover * self.demand * exp(-self.theta * x);
        let v = out - use_ - cover + self.lambda * self.stock;
        let dv = self.es * out - self.ed * use_ + self.theta * cover;
        (v, dv)
    }
}

/// One month's answer for one market.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cleared {
    /// `m_e`: price outside China.
    pub ex_china: f64,
    /// `m_c`: price in China.
    pub china: f64,
    /// `X`: China's exports, t/month (negative: China imports).
    pub exports: f64,
    /// Demand outside China that must substitute or stop, share of `d` (0 unless `m_e = B`).
    pub unmet_share: f64,
    /// Whether the export limit bound (the markets split).
    pub split: bool,
}

/// Solves `g(x) = 0` for a **decreasing** `g`, given as `x → (value, slope)` in `x = ln m`, for
/// a price between `lo` and `hi`, warm-started at the price `warm`; says so when `g` keeps one
/// sign on the whole bracket. `bend(p, q)` bounds `|g''/g'|` on `[p, q]`, `∞` when `g` may
/// have a kink there (see [`Outside::bend`]).
///
/// Newton's steps, with bisection whenever a step leaves the bracket, so it always converges;
/// it stops when the bracket or the step is below the tolerance, or when a small Newton step
/// is already that accurate: after a step `s` on a smooth stretch the root is within
/// `α·s²/2` of the new point (`α` the bound on `|g''/g'|`), so a step with `α·s² ≤` the
/// tolerance needs no evaluation to confirm it. That saves one evaluation in most solves.
/// The ends of the bracket are evaluated only when a step would leave it: from last month's
/// price a month usually converges in three evaluations without reaching an end. A market
/// pinned at its backstop (or floor) steps out at once, and the check of that end says so.
fn solve_decreasing(
    g: impl Fn(f64) -> (f64, f64),
    bend: impl Fn(f64, f64) -> f64,
    lo: Level,
    hi: Level,
    warm: f64,
) -> Bound {
    let (lo, hi) = (lo.x, hi.x);
    let (mut a, mut b) = (lo, hi);
    // Whether a point with g > 0 (g < 0) is known at or above lo (at or below hi): then the
    // root cannot lie below (above) the bracket.
    let (mut above_lo, mut below_hi) = (false, false);
    let mut x = ln(warm).clamp(lo, hi);
    for _ in 0..200 {
        let (v, dv) = g(x);
        if v == 0.0 {
            return Bound::At(exp(x));
        }
        if v > 0.0 {
            a = x;
            above_lo = true;
        } else {
            b = x;
            below_hi = true;
        }
        let newton = if dv < 0.0 && dv.is_finite() {
            x - v / dv
        } else {
            f64::NAN
        };
        if (newton - x).abs() <= X_TOLERANCE && newton >= lo && newton <= hi {
            // Converged. Checked before the bracket: at the root's last bits `x` may itself be
            // an end of the bracket (`a = x` when `v` is a rounding error above 0), where a
            // step of a few ulp does not count as inside, and bisection would then halve the
            // rest of the bracket to the tolerance, 40 evaluations for nothing. (Not past the
            // price bounds: a root beyond the backstop is said so below, never a hair above it.)
            return Bound::At(exp(newton));
        }
        let next = if newton > a && newton < b {
            let step = (newton - x).abs();
            if step <= QUADRATIC_STEP {
                // Smooth from the root's side of `x` to past `newton`: the step's own error bound.
                let (p, q) = (x.min(newton) - step, x.max(newton) + step);
                if bend(p, q) * step * step <= X_TOLERANCE {
                    return Bound::At(exp(newton));
                }
            }
            newton
        } else {
            // Leaving the bracket, or no usable slope: first make sure the root is inside,
            // checking the end the sign points to (already known when `x` is that end: a
            // market pinned at its backstop starts there).
            if v > 0.0 && !below_hi {
                below_hi = true;
                if x == hi || g(hi).0 >= 0.0 {
                    return Bound::AboveHigh;
                }
            } else if v < 0.0 && !above_lo {
                above_lo = true;
                if x == lo || g(lo).0 <= 0.0 {
                    return Bound::BelowLow;
                }
            }
            0.5 * (a + b)
        };
        if (next - x).abs() <= X_TOLERANCE || b - a <= X_TOLERANCE {
            return Bound::At(exp(next));
        }
        x = next;
    }
    Bound::At(exp(x))
}

/// China's price in `[0.2, b]` at which its net export supply is `exports` (`N_c(m_c) = X`),
/// warm-started at `warm`: the floor when even 0.2 leaves more, `b` when even `b` leaves less.
fn china_price_for(cn: &Inside, exports: f64, b: Level, warm: f64) -> f64 {
    let spare = |x: f64| {
        let (v, dv) = cn.at(x);
        (exports - v, -dv)
    };
    match solve_decreasing(spare, smooth(cn.bend()), Level::FLOOR, b, warm) {
        Bound::At(m) => m,
        Bound::BelowLow => PRICE_FLOOR,
        Bound::AboveHigh => b.m,
    }
}

/// Where a monotone equation's root lies on a bracket.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    BelowLow,
    At(f64),
    AboveHigh,
}

/// One month of an oxide market (MODEL.md §5 steps 1–3). `allowed` is `a_i` (t/month, `∞`
/// when no limit), `duty` is `τ`, `backstop` is `B`; `warm` is last month's `(m_e, m_c)`.
///
/// When the limit bound last month (`bound_before`) the split is tried first (see
/// [`binding_split`]): it most likely binds again, and the one-market solve, which evaluates
/// both sides at every step, is then not needed. Otherwise the one market is solved first, as
/// MODEL.md §5 orders the steps. The answer is the same either way.
pub fn clear_oxide(
    out: &Outside,
    cn: &Inside,
    allowed: f64,
    duty: f64,
    backstop: f64,
    warm: (f64, f64),
    bound_before: bool,
) -> Cleared {
    let b = backstop.max(1.0);
    let wedge = 1.0 + duty.max(0.0);
    // The undisturbed month: balanced at the 2024 price (skips the solver on calm markets).
    if duty == 0.0 {
        let gap = cn.net_exports(1.0) - out.net_imports(1.0);
        let scale = out.demand.abs() + cn.output.abs() + 1.0;
        let x1 = out.net_imports(1.0);
        if gap.abs() <= 1e-13 * scale && x1 <= allowed {
            return Cleared {
                ex_china: 1.0,
                china: 1.0,
                exports: x1,
                unmet_share: 0.0,
                split: false,
            };
        }
    }
    // 1. One market: N_c(m_c) = N_e(m_c·(1+τ)), with m_c ≤ B/(1+τ) so that m_e ≤ B.
    let hi_c = (b / wedge).max(PRICE_FLOOR);
    let lw = ln(wedge);
    let top = Level::new(b);
    if bound_before && allowed < f64::INFINITY {
        if let Some(m_c) = binding_split(out, cn, allowed, top, hi_c, lw, warm.1) {
            return split(out, allowed, top, m_c, warm.0);
        }
    }
    let excess = |x: f64| {
        let (e, de) = out.at(x + lw);
        let (c, dc) = cn.at(x);
        (e - c, de - dc)
    };
    let bend = |p: f64, q: f64| out.bend(p + lw, q + lw, false).max(cn.bend());
    let one = match solve_decreasing(excess, bend, Level::FLOOR, Level::new(hi_c), warm.1) {
        Bound::At(m) => m,
        Bound::BelowLow => PRICE_FLOOR,
        Bound::AboveHigh => hi_c,
    };
    let m_c = one;
    let m_e = (one * wedge).clamp(PRICE_FLOOR, b);
    let mut exports = cn.net_exports(m_c);
    if exports <= allowed {
        // China's supply at the top of the bracket may still fall short: the backstop binds.
        let need = out.net_imports(m_e);
        let mut unmet = 0.0;
        if need > exports && m_e >= b * (1.0 - 1e-12) {
            unmet = (need - exports.max(0.0)) / out.demand.max(f64::MIN_POSITIVE);
        }
        if m_c <= PRICE_FLOOR {
            // China's surplus cannot be absorbed even at the floor: buyers take what they want.
            exports = exports.min(need);
        }
        return Cleared {
            ex_china: m_e,
            china: m_c,
            exports,
            unmet_share: unmet.clamp(0.0, 1.0),
            split: false,
        };
    }
    // 2. Split markets: X = a; each side clears against it.
    split(
        out,
        allowed,
        top,
        china_price_for(cn, allowed, top, warm.1),
        warm.0,
    )
}

/// China's price when the limit `allowed` binds, found without the one-market solve; `None`
/// when it may not bind (the caller then solves one market, as MODEL.md §5 orders the steps).
///
/// Why this is the same answer: `N_c` rises with `m_c` and `N_e` falls with `m_e`. Let `m_a`
/// be China's price at which it exports exactly `a` (`N_c(m_a) = a`). The one-market price
/// `m*` solves `N_e(m*·(1+τ)) = N_c(m*)`, and the limit binds when `N_c(m*) > a`, that is when
/// `m* > m_a`, that is when buyers abroad still want more than `a` at `m_a·(1+τ)`:
/// `N_e(m_a·(1+τ)) > N_c(m_a)`. Only an interior `m_a` below the one-market bracket's top is
/// judged here; every other case takes the full route.
fn binding_split(
    out: &Outside,
    cn: &Inside,
    allowed: f64,
    b: Level,
    hi_c: f64,
    lw: f64,
    warm_c: f64,
) -> Option<f64> {
    let spare = |x: f64| {
        let (v, dv) = cn.at(x);
        (allowed - v, -dv)
    };
    let Bound::At(m_a) = solve_decreasing(spare, smooth(cn.bend()), Level::FLOOR, b, warm_c) else {
        return None;
    };
    if m_a >= hi_c {
        return None;
    }
    let x = ln(m_a);
    // Buyers abroad at China's price plus the duty, against what China offers at its price.
    let wanted = out.at(x + lw).0;
    let offered = cn.at(x).0;
    (wanted > offered).then_some(m_a)
}

/// The split month (MODEL.md §5 step 2): exports are `allowed`, China's price is `m_c`, and
/// buyers abroad bid until `N_e(m_e) = a`, up to the backstop `b` (step 3: what even `b`
/// cannot call forth goes unmet).
fn split(out: &Outside, allowed: f64, b: Level, m_c: f64, warm_e: f64) -> Cleared {
    let short = |x: f64| {
        let (v, dv) = out.at(x);
        (v - allowed, dv)
    };
    let mut unmet = 0.0;
    let bend = |p: f64, q: f64| out.bend(p, q, false);
    let m_e = match solve_decreasing(short, bend, Level::FLOOR, b, warm_e) {
        Bound::At(m) => m,
        Bound::BelowLow => PRICE_FLOOR,
        Bound::AboveHigh => {
            unmet = (out.net_imports(b.m) - allowed) / out.demand.max(f64::MIN_POSITIVE);
            b.m
        }
    };
    Cleared {
        ex_china: m_e,
        china: m_c,
        exports: allowed,
        unmet_share: unmet.clamp(0.0, 1.0),
        split: true,
    }
}

/// One month of an oxide market whose price in China is **given** (MODEL.md §10's conditional
/// backtest: China's domestic price taken as observed). Buyers abroad pay China's price plus
/// the duty while China's allowed exports cover what they want at that price; otherwise the
/// limit binds and they bid the price up until `N_e(m_e) = a`.
pub fn clear_given_china(
    out: &Outside,
    china: f64,
    allowed: f64,
    duty: f64,
    backstop: f64,
    warm: f64,
) -> Cleared {
    let b = backstop.max(1.0);
    let p0 = (china * (1.0 + duty.max(0.0))).clamp(PRICE_FLOOR, b);
    let want = out.net_imports(p0);
    if want <= allowed {
        let unmet = if p0 >= b && want > allowed {
            (want - allowed) / out.demand.max(f64::MIN_POSITIVE)
        } else {
            0.0
        };
        return Cleared {
            ex_china: p0,
            china,
            exports: want,
            unmet_share: unmet,
            split: false,
        };
    }
    let short = |x: f64| {
        let (v, dv) = out.at(x);
        (v - allowed, dv)
    };
    let bend = |p: f64, q: f64| out.bend(p, q, false);
    let (m_e, unmet) =
        match solve_decreasing(short, bend, Level::new(p0), Level::new(b), warm.max(p0)) {
            Bound::At(m) => (m, 0.0),
            Bound::BelowLow => (p0, 0.0),
            Bound::AboveHigh => (
                b,
                (out.net_imports(b) - allowed) / out.demand.max(f64::MIN_POSITIVE),
            ),
        };
    Cleared {
        ex_china: m_e,
        china,
        exports: allowed,
        unmet_share: unmet.clamp(0.0, 1.0),
        split: true,
    }
}

/// One month of the magnet market (MODEL.md §5 "Magnets"). China's magnets reach buyers
/// outside China at `c_cn·(1+τ)` (`china_price`), as many as they want up to the allowance;
/// the allowance is `quota · max(0, d − own supply)` (the v1 deviation kept: China's normal
/// magnet exports are measured against what makers outside China actually supply) while
/// restricted (`quota = None`: no limit). China's own magnet price clears its market against
/// `china_exports`, the magnets its quota lets out of normal trade (`quota · E_t/12`), as model
/// 1 did: a shift of buyers abroad to Chinese magnets when their own makers are priced out
/// would otherwise raise China's magnet price when an *oxide* quota is cut, against MODEL.md
/// §9 ("a lower export share never raises `m_c`").
pub fn clear_magnet(
    out: &Outside,
    cn: &Inside,
    quota: Option<f64>,
    china_price: f64,
    china_exports: f64,
    backstop: f64,
    warm: (f64, f64),
) -> Cleared {
    let b = backstop.max(1.0);
    let top = Level::new(b);
    let allowance = |m: f64| match quota {
        Some(q) => q.clamp(0.0, 1.0) * (out.demand - out.own_supply(m)).max(0.0),
        None => f64::INFINITY,
    };
    let p0 = china_price.clamp(PRICE_FLOOR, b);
    let need0 = out.net_imports(p0);
    let (m_e, exports, split, unmet) = if need0 <= allowance(p0) {
        // China's price holds abroad; where makers outside China make more than their buyers
        // take, China takes the surplus (its normal imports, which no quota cuts).
        (p0, need0, false, 0.0)
    } else {
        // The allowance binds: buyers bid above China's price until N_e(m) = a(m).
        let q = quota.unwrap_or(1.0).clamp(0.0, 1.0);
        let g = |x: f64| {
            let (v, dv, (own, down)) = out.at_with_own(x);
            if own < out.demand {
                // a(m) = q·(d − own(m)): N_e − a = v − q·d + q·own.
                (v - q * (out.demand - own), dv + q * down)
            } else {
                (v, dv)
            }
        };
        let bend = |p: f64, q: f64| out.bend(p, q, true);
        match solve_decreasing(g, bend, Level::new(p0), top, warm.0.max(p0)) {
            Bound::At(m) => (m, allowance(m), true, 0.0),
            Bound::BelowLow => (p0, allowance(p0), true, 0.0),
            Bound::AboveHigh => {
                let a = allowance(b);
                (
                    b,
                    a,
                    true,
                    (out.net_imports(b) - a) / out.demand.max(1e-300),
                )
            }
        }
    };
    let m_c = china_price_for(cn, china_exports, top, warm.1);
    Cleared {
        ex_china: m_e,
        china: m_c,
        exports,
        unmet_share: unmet.clamp(0.0, 1.0),
        split,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outside(d: f64, f: f64, cover: f64, stock: f64) -> Outside {
        Outside {
            demand: d,
            supply: f,
            capacity: f * 2.0,
            ed: -0.2,
            es: 0.15,
            cost: 1.0,
            cutoff: false,
            cover,
            theta: 1.0,
            lambda: 0.25,
            stock,
        }
    }
    fn inside(c: f64, d: f64) -> Inside {
        Inside {
            output: c,
            demand: d,
            ed: -0.2,
            es: 0.3,
            cover: 0.0,
            theta: 1.0,
            lambda: 0.25,
            stock: 0.0,
        }
    }

    #[test]
    fn calm_month_clears_at_one() {
        // d = 100, F = 40 ⇒ imports 60; China makes 160 and uses 100 ⇒ exports 60.
        let c = clear_oxide(
            &outside(100.0, 40.0, 2.0, 200.0),
            &inside(160.0, 100.0),
            f64::INFINITY,
            0.0,
            15.0,
            (1.0, 1.0),
            false,
        );
        assert_eq!((c.ex_china, c.china, c.split), (1.0, 1.0, false));
        assert!((c.exports - 60.0).abs() < 1e-12);
    }

    #[test]
    fn binding_limit_splits_and_each_side_clears() {
        let out = outside(100.0, 40.0, 0.0, 0.0);
        let cn = inside(160.0, 100.0);
        let c = clear_oxide(&out, &cn, 30.0, 0.0, 15.0, (1.0, 1.0), false);
        assert!(c.split && c.ex_china > 1.0 && c.china < 1.0, "{c:?}");
        assert!((out.net_imports(c.ex_china) - 30.0).abs() < 1e-9);
        assert!((cn.net_exports(c.china) - 30.0).abs() < 1e-9);
    }

    #[test]
    fn selling_stock_damps_the_price() {
        let cn = inside(160.0, 100.0);
        let bare = clear_oxide(
            &outside(100.0, 40.0, 0.0, 0.0),
            &cn,
            30.0,
            0.0,
            15.0,
            (1.0, 1.0),
            false,
        );
        let held = clear_oxide(
            &outside(100.0, 40.0, 3.0, 300.0),
            &cn,
            30.0,
            0.0,
            15.0,
            (1.0, 1.0),
            false,
        );
        assert!(held.ex_china < bare.ex_china, "{held:?} {bare:?}");
    }

    #[test]
    fn a_duty_alone_raises_the_outside_price_and_lowers_china_s() {
        let out = outside(100.0, 40.0, 0.0, 0.0);
        let cn = inside(160.0, 100.0);
        let c = clear_oxide(&out, &cn, f64::INFINITY, 0.25, 15.0, (1.0, 1.0), false);
        assert!(!c.split);
        assert!((c.ex_china / c.china - 1.25).abs() < 1e-9, "{c:?}");
        assert!(c.ex_china > 1.0 && c.china < 1.0);
    }

    #[test]
    fn backstop_reports_the_unmet_share() {
        let out = Outside {
            capacity: 0.0,
            supply: 0.0,
            ..outside(100.0, 0.0, 0.0, 0.0)
        };
        let c = clear_oxide(
            &out,
            &inside(160.0, 60.0),
            0.0,
            0.0,
            10.0,
            (1.0, 1.0),
            false,
        );
        assert_eq!(c.ex_china, 10.0);
        let expected = 100.0 * 10f64.powf(-0.2) / 100.0;
        assert!((c.unmet_share - expected).abs() < 1e-9, "{c:?}");
    }

    /// A random market: demand, supply, elasticities, cover and stocks drawn over wide ranges.
    fn random_month(u: &mut crate::model::montecarlo::Uniforms) -> (Outside, Inside, f64, f64) {
        let mut r = |lo: f64, hi: f64| lo + (hi - lo) * u.uniform();
        let d = r(1.0, 1_000.0);
        let f = d * r(0.0, 0.9);
        let out = Outside {
            demand: d,
            supply: f,
            capacity: f * r(1.0, 2.0),
            ed: r(-1.0, -0.02),
            es: r(0.0, 1.0),
            cost: 1.0,
            cutoff: false,
            cover: r(0.0, 12.0),
            theta: r(0.0, 4.0),
            lambda: r(0.05, 1.0),
            stock: d * r(0.0, 12.0),
        };
        let dc = r(1.0, 3_000.0);
        let cn = Inside {
            output: (dc + d - f) * r(0.5, 1.5),
            demand: dc,
            ed: r(-1.0, -0.02),
            es: r(0.0, 1.0),
            cover: r(0.0, 12.0),
            theta: out.theta,
            lambda: out.lambda,
            stock: dc * r(0.0, 12.0),
        };
        let allowed = (d - f) * r(-0.1, 1.3);
        let duty = if r(0.0, 1.0) < 0.5 { 0.0 } else { r(0.0, 0.5) };
        (out, cn, allowed, duty)
    }

    #[test]
    fn trying_the_split_first_gives_the_one_market_route_s_answer() {
        // 20,000 random months, each cleared in MODEL.md §5's order (one market, then the
        // split if the limit binds) and with the split tried first: the same month, to the
        // solver's tolerance, and mostly to the bit.
        let mut u = crate::model::montecarlo::Uniforms::new(11);
        let (mut split, mut not_split, mut identical) = (0, 0, 0);
        for i in 0..20_000 {
            let (out, cn, allowed, duty) = random_month(&mut u);
            let warm = (1.0 + u.uniform() * 4.0, 0.3 + u.uniform());
            let b = [5.0, 10.0, 30.0][i % 3];
            let first = clear_oxide(&out, &cn, allowed, duty, b, warm, true);
            let last = clear_oxide(&out, &cn, allowed, duty, b, warm, false);
            assert_eq!(first.split, last.split, "{i}: {first:?} {last:?}");
            for (x, y) in [
                (first.ex_china, last.ex_china),
                (first.china, last.china),
                (first.exports, last.exports),
                (first.unmet_share, last.unmet_share),
            ] {
                assert!(
                    (x - y).abs() <= 1e-9 * (1.0 + y.abs()),
                    "{i}: {first:?} {last:?}"
                );
            }
            identical += usize::from(first == last);
            if first.split {
                split += 1;
            } else {
                not_split += 1;
            }
        }
        // Both routes were exercised, and the answers are bit for bit the same.
        assert!(split > 2_000 && not_split > 2_000, "{split} {not_split}");
        assert_eq!(identical, 20_000);
    }

    #[test]
    fn the_solver_says_where_the_root_lies() {
        // g(x) = A − B·e^(s·x) (decreasing) on [ln 0.2, ln 30], warm-started anywhere: the
        // root when it lies inside, else the end beyond which it lies.
        let mut u = crate::model::montecarlo::Uniforms::new(5);
        let (lo, hi) = (Level::FLOOR, Level::new(30.0));
        for i in 0..20_000 {
            let a = 0.01 + 100.0 * u.uniform();
            let bb = 0.01 + 100.0 * u.uniform();
            let s = 0.01 + 3.0 * u.uniform();
            let g = |x: f64| (a - bb * exp(s * x), -bb * s * exp(s * x));
            let warm = 0.1 + 40.0 * u.uniform();
            let root = ln(a / bb) / s;
            match solve_decreasing(g, smooth(s), lo, hi, warm) {
                Bound::At(m) => {
                    assert!((ln(m) - root).abs() < 1e-11, "{i}: {m} vs {}", exp(root));
                }
                Bound::BelowLow => assert!(root <= lo.x + 1e-12, "{i}: {root}"),
                Bound::AboveHigh => assert!(root >= hi.x - 1e-12, "{i}: {root}"),
            }
        }
    }

    /// A Newton step taken on its own error bound (`solve_decreasing`) must not cross a kink:
    /// own supply reaching capacity, or the magnet makers' cutoff at cost, placed within 1e−7
    /// (in `ln m`) of a known root. The split month's price is that root to the tolerance.
    #[test]
    fn an_early_newton_step_never_crosses_a_kink() {
        let mut u = crate::model::montecarlo::Uniforms::new(17);
        for i in 0..20_000 {
            let (mut out, _, _, _) = random_month(&mut u);
            out.es = 0.05 + 0.9 * u.uniform();
            out.supply = out.demand * (0.1 + 0.8 * u.uniform());
            let root = ln(0.5) + ln(10.0) * u.uniform();
            let kink = root + 2e-7 * (u.uniform() - 0.5);
            if i % 2 == 0 {
                out.capacity = out.supply * exp(out.es * kink);
            } else {
                out.capacity = f64::INFINITY;
                out.cutoff = true;
                out.cost = exp(kink);
            }
            let allowed = out.at(root).0;
            let warm = exp(root + 0.1 * (u.uniform() - 0.5));
            let c = split(&out, allowed, Level::new(30.0), 1.0, warm);
            let err = (ln(c.ex_china) - root).abs();
            assert!(
                err < 1e-11,
                "{i}: {} vs {} ({out:?})",
                c.ex_china,
                exp(root)
            );
        }
    }

    #[test]
    fn the_floor_s_logarithm_is_ln_s_own() {
        assert_eq!(LN_PRICE_FLOOR.to_bits(), ln(PRICE_FLOOR).to_bits());
    }

    #[test]
    fn root_finds_a_known_root() {
        // f(x) = 2 − e^x ⇒ x = ln 2.
        let g = |x: f64| (2.0 - x.exp(), -x.exp());
        let Bound::At(m) =
            solve_decreasing(g, smooth(1.0), Level::new(0.05), Level::new(20.0), 1.0)
        else {
            panic!("no root found");
        };
        assert!((m - 2.0).abs() < 1e-12);
    }
}
