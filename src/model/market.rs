//! The oxide markets' price shock and China's domestic price (MODEL.md §5).
//!
//! Both problems reduce to finding where a decreasing function of `x = ln m` crosses zero:
//! `h(x) = a·e^(αx) − b·e^(βx) − c` with `α ≤ 0 ≤ β`. Closed forms are used where one term
//! vanishes; otherwise a safeguarded Newton step in log space (bisection whenever Newton would
//! leave the bracket), stopped when the step in `ln m` is below the relative tolerance
//! [`TOLERANCE`] of MODEL.md §5. Nothing allocates.

use super::math::{exp, ln, powf};

/// Relative tolerance on every multiplier (MODEL.md §5: "use a relative tolerance of 1e−9").
pub const TOLERANCE: f64 = 1e-9;

/// The floor of China's domestic multiplier `m_cn` (MODEL.md §5: `m_cn ∈ [0.2, 1]`).
pub const CHINA_FLOOR: f64 = 0.2;

/// The smallest `x` in `[lo, hi]` with `a·e^(αx) − b·e^(βx) − c ≤ 0`, given that the left side
/// is positive at `lo` and non-positive at `hi`. `α ≤ 0 ≤ β`, `a, b ≥ 0`, so the function is
/// non-increasing and the root is unique.
pub(crate) fn root_decreasing(
    a: f64,
    alpha: f64,
    b: f64,
    beta: f64,
    c: f64,
    lo: f64,
    hi: f64,
) -> f64 {
    let (mut lo, mut hi) = (lo, hi);
    // Start from the linearisation of both exponentials at the bracket's low end.
    let mut x = lo;
    for _ in 0..200 {
        let ea = a * exp(alpha * x);
        let eb = b * exp(beta * x);
        let fx = ea - eb - c;
        if fx > 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let dfx = alpha * ea - beta * eb;
        let mut next = if dfx < 0.0 { x - fx / dfx } else { f64::NAN };
        if !(next > lo && next < hi) {
            next = 0.5 * (lo + hi);
        }
        let step = (next - x).abs();
        x = next;
        if step <= TOLERANCE * 0.01 || hi - lo <= TOLERANCE * 0.01 {
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
    mk.capacity.min(mk.supply * powf(m, mk.es)) + mk.allowed_exports
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
    // Where the smooth branch F·m^es meets capacity K (infinite if it never does).
    let xk = if k <= f {
        0.0
    } else if es > 0.0 && f > 0.0 {
        ln(k / f) / es
    } else {
        f64::INFINITY
    };
    let x = if xk < xb && d * exp(ed * xk) - k - q > 0.0 {
        // Root on the capacity branch: D·e^(ed·x) = K + Q.
        ln((k + q) / d) / ed
    } else if f == 0.0 || es == 0.0 {
        // Supply does not respond: D·e^(ed·x) = F + Q.
        ln((f + q) / d) / ed
    } else {
        root_decreasing(d, ed, f, es, q, 0.0, xk.min(xb))
    };
    Clearing {
        multiplier: exp(x.max(0.0).min(xb)).clamp(1.0, b),
        unmet_share: 0.0,
    }
}

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
    // g(y) = a·e^(ed·y) + q − c·e^(es·y), decreasing in y = ln m_cn.
    if a + q >= c * (1.0 - TOLERANCE) {
        return 1.0;
    }
    let lo = ln(CHINA_FLOOR);
    if a * exp(ed * lo) + q < c * exp(es * lo) {
        return CHINA_FLOOR;
    }
    // Largest y with g(y) ≥ 0 = where g crosses zero (g is continuous and decreasing).
    let y = if es == 0.0 {
        ln((c - q) / a) / ed
    } else if a == 0.0 {
        ln(q / c) / es
    } else {
        root_decreasing(a, ed, c, es, -q, lo, 0.0)
    };
    exp(y.max(lo).min(0.0)).clamp(CHINA_FLOOR, 1.0)
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
    fn china_newton_residual() {
        // D_cn = 2,700, E = 300, Q = 0, ed = −0.15, es_cn = 0.3.
        let m = solve_china(2700.0, 3000.0, 0.0, -0.15, 0.3);
        let g = 2700.0 * m.powf(-0.15) - 3000.0 * m.powf(0.3);
        assert!(g.abs() < 1e-5, "{m} {g}");
        assert!(m < 1.0 && m > 0.2);
    }
}
