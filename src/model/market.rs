//! The oxide markets' price shock and China's domestic price (MODEL.md §5).
//!
//! Both problems reduce to a root of a concave function of `x = ln m` (see
//! [`root_concave_log`]): closed forms where one term vanishes, otherwise Newton's method in log
//! space from a closed-form start on the feasible side, which converges monotonically, stopped
//! when the step in `ln m` is below a hundredth of the relative tolerance [`TOLERANCE`] of
//! MODEL.md §5. Nothing allocates.

use super::math::{exp, fast_powf, ln};

/// Relative tolerance on every multiplier (MODEL.md §5: "use a relative tolerance of 1e−9").
pub const TOLERANCE: f64 = 1e-9;

/// Whether multiplier `m` is at the backstop `b`, to the tolerance: a price there is a floor,
/// said "at least" (MODEL.md §5).
pub fn at_backstop(m: f64, b: f64) -> bool {
    m >= b * (1.0 - TOLERANCE)
}

/// The floor of China's domestic multiplier `m_cn` (MODEL.md §5: `m_cn ∈ [0.2, 1]`).
pub const CHINA_FLOOR: f64 = 0.2;

/// The root of `G(x) = ln s + σ·x − ln(p·e^(πx) + r)` in `[lo, hi]`, where `s, p, r ≥ 0`.
///
/// Both §5 problems take this form in `x = ln m`: the oxide market's `D·m^ed = F·m^es + Q`
/// (`s = D, σ = ed, p = F, π = es, r = Q`, `G` decreasing) and China's
/// `C·m^es_cn = D_cn·m^ed + Q` (`s = C, σ = es_cn, p = D_cn, π = ed, r = Q`, `G` increasing).
/// `ln(p·e^(πx) + r)` is a log-sum-exp, hence convex, so `G` is **concave**. Newton's method on
/// a concave function started where `G ≤ 0` never overshoots the root: every iterate stays on
/// the same side and moves towards it, with quadratic convergence, so no bisection safeguard
/// is needed. A start with `G ≤ 0` is free: dropping the `r` term or the `p` term each gives a
/// closed-form root (`x_p = ln(s/p)/(π − σ)`, `x_r = ln(r/s)/σ`) on the `G ≤ 0` side of the
/// true one (removing supply moves the root outwards), and the nearer of the two — or the
/// bracket end, where `G ≤ 0` is known — is typically within 10⁻² of the root.
/// The steps go one order beyond Newton's (see the loop), so the result may lie on either
/// side of the root, within the tolerance.
///
/// `toward_hi`: `G` is decreasing and `G(hi) ≤ 0` (start high, iterate down); otherwise `G` is
/// increasing and `G(lo) ≤ 0` (start low, iterate up). The result is within `TOLERANCE / 100`
/// of the root in `x` (σ and π must have opposite signs, or one be 0, as in both problems).
/// With `r = 0` the root is the closed form `x_p`.
// The five coefficients and the bracket are all needed; a struct would only rename them.
#[expect(clippy::too_many_arguments)]
pub(crate) fn root_concave_log(
    s: f64,
    sigma: f64,
    p: f64,
    pi: f64,
    r: f64,
    lo: f64,
    hi: f64,
    toward_hi: bool,
) -> f64 {
    // Closed-form roots of the two one-term problems (NaN when the term is absent).
    let xp = if p > 0.0 && pi != sigma {
        ln(s / p) / (pi - sigma)
    } else {
        f64::NAN
    };
    if r <= 0.0 && xp.is_finite() {
        return xp.clamp(lo, hi);
    }
    let xr = if r > 0.0 && sigma != 0.0 {
        ln(r / s) / sigma
    } else {
        f64::NAN
    };
    // f64::min/max ignore NaN, so an absent term does not constrain the start.
    let mut x = if toward_hi {
        hi.min(xp).min(xr)
    } else {
        lo.max(xp).max(xr)
    };
    if p <= 0.0 {
        return x.clamp(lo, hi);
    }
    // Halley's step, a third-order method (G'' is free: with u = e/v, G' = σ − π·u and
    // G'' = −π²·u·(1 − u)), or Newton's far from the root. Error bounds without another
    // evaluation: |x + h − root| ≤ |G(x + h)| / min|G'| with |G'| ≥ |σ| (σ and π have opposite
    // signs). Taylor at x gives G(x + h) = g + g'h + g''h²/2 + G‴(ξ)·h³/6; for Halley's
    // h = −g/(g'·(1 − a)), a = g·g''/(2g'²), the first three terms sum to g·a²/(1 − a)², and
    // |G‴| = |π³·u(1 − u)(1 − 2u)| ≤ |π|³/(6√3); for Newton's h = −g/g' they sum to 0 and
    // G''(ξ)·h²/2 ≤ π²·h²/8 remains. Once the bound is below the tolerance the iterate is
    // accepted: two steps from the closed-form start, typically, instead of three and a check.
    let tol = TOLERANCE * 0.01;
    let pi2 = pi * pi;
    let pi3 = (pi2 * pi).abs();
    let limit = tol * sigma.abs();
    for _ in 0..100 {
        let e = p * exp(pi * x);
        let v = e + r;
        let g = sigma * x - ln(v / s);
        let u = e / v;
        let dg = sigma - pi * u;
        if g == 0.0 || dg == 0.0 || !dg.is_finite() || !g.is_finite() {
            break;
        }
        let d2g = -pi2 * u * (1.0 - u);
        let gd2g = g * d2g;
        let dg2 = dg * dg;
        let (step, within) = if gd2g <= dg2 {
            // a ≤ 1/2. With den = 2g'² − g·g'': h = −2g·g'/den and a/(1 − a) = g·g''/den.
            let inv = 1.0 / (2.0 * dg2 - gd2g);
            let step = 2.0 * g * dg * inv;
            let ratio = gd2g * inv;
            let h3 = (step * step * step).abs();
            let bound = g.abs() * ratio * ratio + pi3 * h3 * (1.0 / (36.0 * 1.7320508075688772));
            (step, bound <= limit)
        } else {
            let step = g / dg;
            (step, pi2 * step * step * 0.125 <= limit)
        };
        let target = x - step;
        let next = target.clamp(lo, hi);
        if !next.is_finite() {
            break;
        }
        let moved = (next - x).abs();
        x = next;
        if moved <= tol || (next == target && within) {
            break;
        }
    }
    x
}

/// One market's clearing outside China.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clearing {
    /// The price multiplier `m ∈ [1, B]`.
    pub multiplier: f64,
    /// Demand that must substitute or stop, share of `D_t` (0 unless `m = B`).
    pub unmet_share: f64,
}

impl Clearing {
    pub(crate) const CALM: Clearing = Clearing {
        multiplier: 1.0,
        unmet_share: 0.0,
    };
}

/// Inputs of one oxide market in year `t` (MODEL.md §4–§5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OxideMarket {
    /// `D_t`, demand outside China.
    pub demand: f64,
    /// `F_t`, production outside China.
    pub supply: f64,
    /// `K_t`, capacity outside China.
    pub capacity: f64,
    /// `Q_t = quota · E_t`, China's allowed exports.
    pub allowed_exports: f64,
    /// Demand elasticity (≤ 0).
    pub ed: f64,
    /// Non-China supply elasticity (≥ 0).
    pub es: f64,
    /// Backstop multiplier `B ≥ 1`.
    pub backstop: f64,
}

/// Ex-China supply at multiplier `m`: `min(K, F·m^es) + Q` (MODEL.md §5).
pub fn oxide_supply(mk: &OxideMarket, m: f64) -> f64 {
    mk.capacity.min(mk.supply * fast_powf(m, mk.es)) + mk.allowed_exports
}

/// The oxide-market multiplier of MODEL.md §5: the smallest `m ∈ [1, B]` with
/// `D_t·m^ed ≤ min(K_t, F_t·m^es) + Q_t`; `m = B` with the unmet share
/// `(D_t·B^ed − min(K_t, F_t·B^es) − Q_t)/D_t` when it fails even at `B`.
///
/// A shortfall smaller than [`TOLERANCE`] of demand at `m = 1` counts as none (so rounding in
/// `F_t + (D_t − F_t)` cannot create a phantom shock).
pub fn solve_oxide(mk: &OxideMarket) -> Clearing {
    let d = mk.demand;
    let b = mk.backstop.max(1.0);
    if d.is_nan() || d <= 0.0 {
        return Clearing::CALM;
    }
    let ed = mk.ed.min(0.0);
    let es = mk.es.max(0.0);
    let f = mk.supply.max(0.0);
    let k = mk.capacity.max(0.0);
    let q = mk.allowed_exports.max(0.0);
    if d <= (k.min(f) + q) * (1.0 + TOLERANCE) {
        return Clearing::CALM;
    }
    // The root x = ln m of D·e^(ed·x) = min(K, F·e^(es·x)) + Q, ignoring the backstop.
    let x = if k <= f {
        // Capacity binds from m = 1 on: D·e^(ed·x) = K + Q.
        ln((k + q) / d) / ed
    } else if f == 0.0 || es == 0.0 {
        // Supply does not respond: D·e^(ed·x) = F + Q.
        ln((f + q) / d) / ed
    } else {
        // The root with uncapped supply F·e^(es·x); if capacity binds there (F·e^(es·x) > K,
        // i.e. es·x > ln(K/F)), the root is on the capacity branch instead.
        let smooth = root_concave_log(d, ed, f, es, q, 0.0, f64::INFINITY, true);
        if es * smooth > ln(k / f) {
            ln((k + q) / d) / ed
        } else {
            smooth
        }
    };
    let m = exp(x);
    let clear_of_backstop = x > 0.0 && !at_backstop(m, b);
    if !clear_of_backstop {
        // Near, at or beyond the backstop (or no root): decide exactly at m = B.
        let xb = ln(b);
        let at_b = d * exp(ed * xb) - k.min(f * exp(es * xb)) - q;
        if at_b > 0.0 || xb <= 0.0 {
            let unmet = if xb <= 0.0 {
                (d - k.min(f) - q) / d
            } else {
                at_b / d
            };
            return Clearing {
                multiplier: b,
                unmet_share: unmet.clamp(0.0, 1.0),
            };
        }
        return Clearing {
            multiplier: exp(x.max(0.0).min(xb)).clamp(1.0, b),
            unmet_share: 0.0,
        };
    }
    Clearing {
        multiplier: m.clamp(1.0, b),
        unmet_share: 0.0,
    }
}

/// `ln 0.2`, the floor of `ln m_cn` (`tests::ln_floor_is_ln_of_the_floor` checks the bits).
const LN_CHINA_FLOOR: f64 = -1.6094379124341003;

/// China's domestic multiplier of MODEL.md §5: the largest `m_cn ∈ [0.2, 1]` with
/// `D_cn,t·m_cn^ed + Q_t ≥ C_t·m_cn^es_cn`, `C_t = D_cn,t + E_t`. When the withheld volume
/// cannot be absorbed even at 0.2 the floor applies.
pub fn solve_china(
    domestic_demand: f64,
    production: f64,
    allowed_exports: f64,
    ed: f64,
    es_cn: f64,
) -> f64 {
    let a = domestic_demand.max(0.0);
    let c = production.max(0.0);
    let q = allowed_exports.max(0.0);
    let ed = ed.min(0.0);
    let es = es_cn.max(0.0);
    // g(y) = a·e^(ed·y) + q − c·e^(es·y), decreasing in y = ln m_cn; g(0) < 0 below.
    if a + q >= c * (1.0 - TOLERANCE) {
        return 1.0;
    }
    let lo = LN_CHINA_FLOOR;
    // Largest y with g(y) ≥ 0 = where g crosses zero (g is continuous and decreasing); at or
    // below ln 0.2 (or no crossing at all) the floor applies.
    let y = if es == 0.0 {
        if ed < 0.0 && a > 0.0 {
            ln((c - q) / a) / ed
        } else {
            f64::NEG_INFINITY
        }
    } else if a == 0.0 {
        ln(q / c) / es
    } else {
        root_concave_log(c, es, a, ed, q, lo, 0.0, false)
    };
    if y.is_nan() || y <= lo {
        return CHINA_FLOOR;
    }
    exp(y.min(0.0)).clamp(CHINA_FLOOR, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mk(d: f64, f: f64, k: f64, q: f64, ed: f64, es: f64, b: f64) -> OxideMarket {
        OxideMarket {
            demand: d,
            supply: f,
            capacity: k,
            allowed_exports: q,
            ed,
            es,
            backstop: b,
        }
    }

    #[test]
    fn no_shock_when_supply_covers_demand() {
        // D = 8,000, F = 7,500, Q = E = 500: balanced at m = 1.
        let c = solve_oxide(&mk(8000.0, 7500.0, 18000.0, 500.0, -0.2, 0.15, 15.0));
        assert_eq!(c, Clearing::CALM);
    }

    #[test]
    fn embargo_with_no_supply_response_is_closed_form() {
        // D = 100, F = 50, es = 0, Q = 0, ed = −0.5: 100·m^−0.5 = 50 ⇒ m = 4.
        let c = solve_oxide(&mk(100.0, 50.0, 50.0, 0.0, -0.5, 0.0, 10.0));
        assert!((c.multiplier - 4.0).abs() < 4e-9, "{c:?}");
        assert_eq!(c.unmet_share, 0.0);
    }

    #[test]
    fn smooth_branch_without_quota_is_closed_form() {
        // Q = 0: D·m^ed = F·m^es ⇒ m = (D/F)^(1/(es − ed)) = 2^(1/0.5) = 4 (K not binding).
        let c = solve_oxide(&mk(100.0, 50.0, 1e9, 0.0, -0.25, 0.25, 10.0));
        assert!((c.multiplier - 4.0).abs() < 4e-9, "{c:?}");
    }

    #[test]
    fn capacity_branch() {
        // K = 60: the smooth branch hits K at m = (60/50)^(1/0.25) = 2.0736; there demand
        // 100·2.0736^−0.25 = 83.3 > 60 + 10, so m solves 100·m^−0.25 = 70 ⇒ m = (10/7)^4 = 4.1649…
        let c = solve_oxide(&mk(100.0, 50.0, 60.0, 10.0, -0.25, 0.25, 10.0));
        let expected = (10.0f64 / 7.0).powi(4);
        assert!(
            (c.multiplier / expected - 1.0).abs() < 1e-9,
            "{c:?} vs {expected}"
        );
    }

    #[test]
    fn mixed_branch_satisfies_the_equation() {
        // D = 100, F = 40, Q = 20, ed = −0.2, es = 0.15: no closed form; check the residual.
        let m = mk(100.0, 40.0, 1e9, 20.0, -0.2, 0.15, 15.0);
        let c = solve_oxide(&m);
        let lhs = 100.0 * c.multiplier.powf(-0.2);
        let rhs = oxide_supply(&m, c.multiplier);
        assert!(
            lhs <= rhs * (1.0 + 1e-9) && lhs >= rhs * (1.0 - 1e-8),
            "{lhs} {rhs}"
        );
        assert!(c.multiplier > 1.0 && c.multiplier < 15.0);
    }

    #[test]
    fn backstop_and_unmet_share() {
        // D = 100, F = 10, K = 10, Q = 0, ed = −0.1, B = 10: at B demand is 100·10^−0.1 = 79.43,
        // supply 10 ⇒ unmet = (79.43 − 10)/100 = 0.6943.
        let c = solve_oxide(&mk(100.0, 10.0, 10.0, 0.0, -0.1, 0.3, 10.0));
        assert_eq!(c.multiplier, 10.0);
        let expected = (100.0 * 10f64.powf(-0.1) - 10.0) / 100.0;
        assert!((c.unmet_share - expected).abs() < 1e-12);
    }

    #[test]
    fn china_no_restriction_is_one() {
        // Q = E: D_cn + E ≥ C_t at m_cn = 1.
        assert_eq!(solve_china(2700.0, 3000.0, 300.0, -0.15, 0.3), 1.0);
    }

    #[test]
    fn china_closed_form_and_floor() {
        // D_cn = 0, C = 100, Q = 25, es_cn = 0.5: 25 ≥ 100·m^0.5 ⇒ m_cn = 0.0625 < 0.2 ⇒ floor.
        assert_eq!(solve_china(0.0, 100.0, 25.0, -0.2, 0.5), 0.2);
        // D_cn = 0, C = 100, Q = 50, es_cn = 0.5 ⇒ m_cn = 0.25.
        assert!((solve_china(0.0, 100.0, 50.0, -0.2, 0.5) - 0.25).abs() < 1e-9);
        // es_cn = 0: D_cn·m^ed + Q = C ⇒ 80·m^−0.5 + 10 = 100 ⇒ m = (80/90)^2 = 0.790123…
        let m = solve_china(80.0, 100.0, 10.0, -0.5, 0.0);
        assert!((m - (80.0f64 / 90.0).powi(2)).abs() < 1e-9, "{m}");
    }

    #[test]
    fn ln_floor_is_ln_of_the_floor() {
        assert_eq!(LN_CHINA_FLOOR.to_bits(), ln(CHINA_FLOOR).to_bits());
    }

    #[test]
    fn newton_lands_on_the_root() {
        // Oxide form D·m^ed = F·m^es + Q and China's C·m^es = D_cn·m^ed + Q over a grid,
        // including weak price responses (|σ| small, where the early stop is most cautious):
        // the result is within TOLERANCE/100 of the root found by 200 bisections, and on the
        // feasible side (G ≤ 0) up to rounding.
        let g = |s: f64, sigma: f64, p: f64, pi: f64, r: f64, x: f64| {
            sigma * x - (p * (pi * x).exp() + r).ln() + s.ln()
        };
        for &(s, sigma, p, pi, r) in &[
            (100.0, -0.2, 40.0, 0.15, 20.0),
            (100.0, -0.05, 10.0, 0.4, 1.0),
            (100.0, -0.35, 90.0, 0.05, 5.0),
            (100.0, -0.01, 30.0, 1.0, 30.0),
            (100.0, -1.5, 5.0, 2.0, 0.5),
            (3000.0, 0.3, 2700.0, -0.15, 10.0),
            (3000.0, 0.3, 2000.0, -0.4, 500.0),
            (3000.0, 0.02, 2500.0, -1.2, 100.0),
        ] {
            let down = sigma <= 0.0;
            let (lo, hi) = if down { (0.0, 10.0) } else { (-1.6, 0.0) };
            let x = root_concave_log(s, sigma, p, pi, r, lo, hi, down);
            // Reference: bisection on the sign of G.
            let (mut a, mut b) = (lo, hi);
            for _ in 0..200 {
                let mid = 0.5 * (a + b);
                let neg = g(s, sigma, p, pi, r, mid) <= 0.0;
                if neg == down {
                    b = mid;
                } else {
                    a = mid;
                }
            }
            let root = 0.5 * (a + b);
            let gx = g(s, sigma, p, pi, r, x);
            assert!(
                (x - root).abs() <= TOLERANCE * 0.01,
                "{s} {sigma} {p} {pi} {r}: x {x}, root {root}"
            );
            assert!(gx <= 1e-14, "{s} {sigma} {p} {pi} {r}: G({x}) = {gx} > 0");
        }
    }

    #[test]
    fn china_newton_residual() {
        // D_cn = 2,700, E = 300, Q = 0, ed = −0.15, es_cn = 0.3.
        let m = solve_china(2700.0, 3000.0, 0.0, -0.15, 0.3);
        let g = 2700.0 * m.powf(-0.15) - 3000.0 * m.powf(0.3);
        assert!(g.abs() < 1e-5, "{m} {g}");
        assert!(m < 1.0 && m > 0.2);
    }
}
