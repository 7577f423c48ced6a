//! The magnet market and its coupling to the oxide markets (MODEL.md §5, "Magnets").

use super::market::{solve_oxide, Clearing, OxideMarket, TOLERANCE};
use super::math::{exp, ln, powf};

/// Material cost shares of the baseline magnet (MODEL.md §3):
/// `w_i = content_i (kg/kg) · P_i / P_magnet` for NdPr, Dy and Tb.
pub fn cost_shares(content: [f64; 3], oxide_prices: [f64; 3], magnet_price: f64) -> [f64; 3] {
    let mut w = [0.0; 3];
    if magnet_price > 0.0 {
        for i in 0..3 {
            w[i] = content[i] * oxide_prices[i] / magnet_price;
        }
    }
    w
}

/// Cost multiplier of a magnet whose materials cost `m_i` times baseline:
/// `1 + Σ w_i (m_i − 1)` (MODEL.md §5; `c_ex` with ex-China `m_i`, `c_cn` with `m_cn,i`).
pub fn cost_multiplier(w: [f64; 3], m: [f64; 3]) -> f64 {
    1.0 + w[0] * (m[0] - 1.0) + w[1] * (m[1] - 1.0) + w[2] * (m[2] - 1.0)
}

/// Non-China magnet capacity that NdPr allows, MODEL.md §5: `K*_t = min(K_t, F_t·m_ndpr^ed_ndpr)`.
pub fn feed_limited_capacity(capacity: f64, supply: f64, m_ndpr: f64, ed_ndpr: f64) -> f64 {
    capacity.min(supply * powf(m_ndpr, ed_ndpr.min(0.0)))
}

/// Inputs of the magnet market in year `t`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MagnetMarket {
    /// `D_t`, magnet demand outside China (t).
    pub demand: f64,
    /// `F_t`, magnets made outside China (t).
    pub supply: f64,
    /// `K*_t`, feed-limited capacity outside China (t).
    pub capacity: f64,
    /// `Q_t`, China's allowed magnet exports (t).
    pub allowed_exports: f64,
    pub ed: f64,
    pub es: f64,
    pub backstop: f64,
    /// `c_ex`: cost multiplier of non-China makers (≥ 1).
    pub cost_ex: f64,
    /// `c_cn`: cost multiplier of Chinese exports (≤ 1 in practice).
    pub cost_cn: f64,
}

/// Ex-China magnet supply at multiplier `m`, MODEL.md §5:
/// `S(m) = Q_t·[m ≥ c_cn] + min(K*_t, F_t·(m/c_ex)^es)·[m ≥ c_ex]`.
pub fn magnet_supply(mk: &MagnetMarket, m: f64) -> f64 {
    let china = if m >= mk.cost_cn {
        mk.allowed_exports
    } else {
        0.0
    };
    let own = if m >= mk.cost_ex {
        mk.capacity.min(mk.supply * powf(m / mk.cost_ex, mk.es))
    } else {
        0.0
    };
    china + own
}

/// `m_magnet`, MODEL.md §5: the smallest `m ∈ [1, B]` with `D_t·m^ed ≤ S(m)`; `B` and the unmet
/// share `(D_t·B^ed − S(B))/D_t` when none.
///
/// Below `c_ex` only China's exports supply (`c_cn ≤ 1 ≤ m` when China's materials are not
/// dearer than baseline); that root is closed-form. From `c_ex` on, substituting `m = c_ex·n`
/// turns the problem into the oxide problem in `n` with demand `D_t·c_ex^ed`, capacity `K*_t`
/// and backstop `B/c_ex`, which [`solve_oxide`] solves.
pub fn solve_magnet(mk: &MagnetMarket) -> Clearing {
    let d = mk.demand;
    let b = mk.backstop.max(1.0);
    if d.is_nan() || d <= 0.0 {
        return Clearing::CALM;
    }
    let ed = mk.ed.min(0.0);
    let c_ex = mk.cost_ex.max(1.0);
    let q_at = |m: f64| {
        if m >= mk.cost_cn {
            mk.allowed_exports.max(0.0)
        } else {
            0.0
        }
    };
    let unmet_at_b = || {
        let s = magnet_supply(
            &MagnetMarket {
                cost_ex: c_ex,
                ..*mk
            },
            b,
        );
        ((d * powf(b, ed) - s) / d).clamp(0.0, 1.0)
    };
    // Region m < c_ex: China's exports alone.
    let q1 = q_at(1.0);
    if c_ex > 1.0 || mk.supply <= 0.0 {
        if d <= q1 * (1.0 + TOLERANCE) {
            return Clearing::CALM;
        }
        if q1 > 0.0 && ed < 0.0 {
            let m1 = exp(ln(q1 / d) / ed);
            if m1 < c_ex && m1 <= b {
                return Clearing {
                    multiplier: m1.max(1.0),
                    unmet_share: 0.0,
                };
            }
        }
    }
    if c_ex >= b {
        // Non-China makers cannot sell below the backstop.
        if c_ex == b
            && d * powf(b, ed)
                <= magnet_supply(
                    &MagnetMarket {
                        cost_ex: c_ex,
                        ..*mk
                    },
                    b,
                )
        {
            return Clearing {
                multiplier: b,
                unmet_share: 0.0,
            };
        }
        return Clearing {
            multiplier: b,
            unmet_share: unmet_at_b(),
        };
    }
    // Region m ≥ c_ex, in n = m / c_ex.
    let inner = OxideMarket {
        demand: d * powf(c_ex, ed),
        supply: mk.supply,
        capacity: mk.capacity,
        allowed_exports: q_at(c_ex),
        ed,
        es: mk.es,
        backstop: b / c_ex,
    };
    let n = solve_oxide(&inner);
    let m = (c_ex * n.multiplier).clamp(1.0, b);
    if n.unmet_share > 0.0 {
        Clearing {
            multiplier: b,
            unmet_share: unmet_at_b(),
        }
    } else {
        Clearing {
            multiplier: m,
            unmet_share: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mk(q: f64, c_ex: f64, k: f64) -> MagnetMarket {
        MagnetMarket {
            demand: 100.0,
            supply: 20.0,
            capacity: k,
            allowed_exports: q,
            ed: -0.25,
            es: 0.0,
            backstop: 10.0,
            cost_ex: c_ex,
            cost_cn: 1.0,
        }
    }

    #[test]
    fn cost_shares_of_the_reference_magnet() {
        // data-reference §11.1: 0.361 × 56 / 49 = 0.41257…, 0.014 × 260 / 49 = 0.07429…,
        // 0.0035 × 810 / 49 = 0.05786…
        let w = cost_shares([0.361, 0.014, 0.0035], [56.0, 260.0, 810.0], 49.0);
        assert!((w[0] - 0.412_571_428_6).abs() < 1e-9);
        assert!((w[1] - 0.074_285_714_3).abs() < 1e-9);
        assert!((w[2] - 0.057_857_142_9).abs() < 1e-9);
        // Materials twice as dear: 1 + 0.4126 + 0.0743 + 0.0579 = 1.5447.
        let c = cost_multiplier(w, [2.0, 2.0, 2.0]);
        assert!((c - (1.0 + w[0] + w[1] + w[2])).abs() < 1e-15);
    }

    #[test]
    fn no_restriction_no_material_shock_is_one() {
        // Q = E = 80, F = 20 = K*: S(1) = 100 = D.
        assert_eq!(solve_magnet(&mk(80.0, 1.0, 20.0)), Clearing::CALM);
    }

    #[test]
    fn china_only_region_closed_form() {
        // c_ex = 2 (non-China makers priced out below 2), Q = 80: 100·m^−0.25 = 80 ⇒
        // m = 1.25^4 = 2.4414 > 2, so the China-only root is not below c_ex; at m ≥ 2 the
        // non-China supply min(20, 20·(m/2)^0) = 20 joins: 100·m^−0.25 ≤ 100 holds at m = 2.
        let c = solve_magnet(&mk(80.0, 2.0, 20.0));
        assert!((c.multiplier - 2.0).abs() < 1e-9, "{c:?}");
        // c_ex = 3: the China-only root 2.4414 < 3 is the answer.
        let c = solve_magnet(&mk(80.0, 3.0, 20.0));
        assert!((c.multiplier - 1.25f64.powi(4)).abs() < 1e-9, "{c:?}");
    }

    #[test]
    fn feed_limited_capacity_binds() {
        // m_ndpr = 2, ed_ndpr = −0.2: K* = min(25, 20·2^−0.2 = 17.41) = 17.41.
        let k = feed_limited_capacity(25.0, 20.0, 2.0, -0.2);
        assert!((k - 20.0 * 2f64.powf(-0.2)).abs() < 1e-12);
        // Q = 50, c_ex = 1, es = 0: 100·m^−0.25 = 50 + 17.41 ⇒ m = (100/67.41)^4.
        let c = solve_magnet(&mk(50.0, 1.0, k));
        let expected = (100.0 / (50.0 + k)).powi(4);
        assert!(
            (c.multiplier / expected - 1.0).abs() < 1e-9,
            "{c:?} {expected}"
        );
    }

    #[test]
    fn backstop_unmet() {
        // Q = 0, K* = 20, c_ex = 1: at B = 10, demand 100·10^−0.25 = 56.23, supply 20 ⇒ 0.3623.
        let c = solve_magnet(&mk(0.0, 1.0, 20.0));
        assert_eq!(c.multiplier, 10.0);
        assert!((c.unmet_share - (100.0 * 10f64.powf(-0.25) - 20.0) / 100.0).abs() < 1e-12);
    }
}
