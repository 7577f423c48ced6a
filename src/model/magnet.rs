//! The magnet market and its coupling to the oxide markets (MODEL.md §5, "Magnets").

use super::market::{solve_oxide, Clearing, OxideMarket, TOLERANCE};
use super::math::{exp, fast_powf, ln};

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
    capacity.min(supply * fast_powf(m_ndpr, ed_ndpr.min(0.0)))
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
    /// China's magnet quota, a share in `[0, 1]` of its normal exports (see [`solve_magnet`]).
    pub quota: f64,
    /// Demand elasticity of magnets, `≤ 0`.
    pub ed: f64,
    /// Supply elasticity of makers outside China, `≥ 0`.
    pub es: f64,
    /// `B`: the price multiple at which demand is left unmet.
    pub backstop: f64,
    /// `c_ex`: cost multiplier of non-China makers (≥ 1).
    pub cost_ex: f64,
    /// `c_cn`: cost multiplier of Chinese exports (≤ 1 in practice).
    pub cost_cn: f64,
}

/// What non-China makers supply at multiplier `m`, MODEL.md §5:
/// `min(K*_t, F_t·(m/c_ex)^es)` if `m ≥ c_ex` (the price covers their cost), else nothing.
pub fn non_china_output(mk: &MagnetMarket, m: f64) -> f64 {
    if m >= mk.cost_ex {
        if mk.capacity <= mk.supply && mk.es >= 0.0 {
            // F_t·(m/c_ex)^es ≥ F_t ≥ K*_t: the feed limit binds (always, as K*_t ≤ F_t).
            return mk.capacity;
        }
        mk.capacity
            .min(mk.supply * fast_powf(m / mk.cost_ex, mk.es))
    } else {
        0.0
    }
}

/// China's normal magnet exports at multiplier `m`: `E_t(m) = max(0, D_t − X_t(m))`, the
/// magnets buyers outside China need from China to meet baseline demand when non-China makers
/// supply `X_t(m)` ([`non_china_output`]). See [`solve_magnet`] for why this, not MODEL.md §4's
/// `D_t − F_t`, is used in the magnet market.
pub fn normal_exports(mk: &MagnetMarket, m: f64) -> f64 {
    (mk.demand - non_china_output(mk, m)).max(0.0)
}

/// Ex-China magnet supply at multiplier `m`:
/// `S(m) = X_t(m) + quota·E_t(m)·[m ≥ c_cn]`, with `X_t` and `E_t` as above.
pub fn magnet_supply(mk: &MagnetMarket, m: f64) -> f64 {
    let own = non_china_output(mk, m);
    let china = if m >= mk.cost_cn {
        mk.quota.clamp(0.0, 1.0) * (mk.demand - own).max(0.0)
    } else {
        0.0
    };
    own + china
}

/// `m_magnet`: the smallest `m ∈ [1, B]` with `D_t·m^ed ≤ S(m)` ([`magnet_supply`]); `B` and the
/// unmet share `(D_t·B^ed − S(B))/D_t` when none.
///
/// **Deviation from MODEL.md §5 (China's normal magnet exports).** §4 defines China's normal
/// exports from the *nominal* non-China output, `E_t = max(0, D_t − F_t)`. In the magnet
/// market non-China makers can fall short of `F_t`: they are limited to `K*_t < F_t` when NdPr
/// is short, and sell nothing while the price is below their cost `c_ex`. With the literal
/// formula, new non-China magnet capacity `A` then cuts China's allowed exports by `quota·A`
/// while adding less than `A` of magnets, and demand growth raises allowed exports one for
/// one while buyers' demand at the higher price grows less, so more capacity could *raise*
/// `m_magnet` and faster growth *lower* it, against MODEL.md §9. The calculator therefore
/// measures normal exports against what non-China makers actually supply in the scenario:
/// `E_t(m) = max(0, D_t − X_t(m))` with `X_t(m) = min(K*_t, F_t·(m/c_ex)^es)` when `m ≥ c_ex` and
/// 0 otherwise — the volume China would export with no magnet restriction, under the same
/// NdPr, Dy and Tb conditions — and allows `quota·E_t(m)` of it. Without a material shock
/// (`K*_t = F_t`, `c_ex = 1`) this is exactly §5 (`X_t(m) = F_t` for every `m ≥ 1`). With one,
/// an unrestricted magnet trade (quota 100%) lets Chinese magnets fill the gap, so the ex-China
/// magnet price stays at baseline while non-China makers lose output; and `S(m)` rises with
/// non-China capacity and falls (relative to demand) with growth, so all three §9
/// monotonicity invariants hold for the magnet market without exception.
///
/// Below `c_ex` only China supplies, `S = quota·D_t`, so that root is closed-form,
/// `m = quota^(1/ed)`. From `c_ex` on, `S(m) = (1 − quota)·X_t(m) + quota·D_t` (equal to `S` where
/// `X_t ≤ D_t`, and clearing at the same prices where `X_t > D_t`); substituting `m = c_ex·n`
/// turns it into the oxide problem in `n` with demand `D_t·c_ex^ed`, supply `(1 − quota)·F_t`,
/// capacity `(1 − quota)·K*_t`, fixed supply `quota·D_t` and backstop `B/c_ex`, which
/// [`solve_oxide`] solves.
pub fn solve_magnet(mk: &MagnetMarket) -> Clearing {
    let d = mk.demand;
    let b = mk.backstop.max(1.0);
    if d.is_nan() || d <= 0.0 {
        return Clearing::CALM;
    }
    let ed = mk.ed.min(0.0);
    let c_ex = mk.cost_ex.max(1.0);
    let quota = mk.quota.clamp(0.0, 1.0);
    let mk = MagnetMarket {
        cost_ex: c_ex,
        quota,
        ..*mk
    };
    let unmet_at_b = || ((d * fast_powf(b, ed) - magnet_supply(&mk, b)) / d).clamp(0.0, 1.0);
    // Region m < c_ex: non-China makers are priced out and China's exports are quota·D_t
    // (from c_cn on, which is ≤ 1 in practice).
    if c_ex > 1.0 {
        let from = mk.cost_cn.max(1.0);
        if from < c_ex && from <= b {
            if 1.0 <= quota * (1.0 + TOLERANCE) {
                return Clearing {
                    multiplier: from,
                    unmet_share: 0.0,
                };
            }
            if quota > 0.0 && ed < 0.0 {
                let m1 = exp(ln(quota) / ed).max(from);
                if m1 < c_ex && m1 <= b {
                    return Clearing {
                        multiplier: m1.max(1.0),
                        unmet_share: 0.0,
                    };
                }
            }
        }
    }
    if c_ex >= b {
        // Non-China makers cannot sell below the backstop.
        if c_ex == b && d * fast_powf(b, ed) <= magnet_supply(&mk, b) {
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
    let china = if c_ex >= mk.cost_cn { quota * d } else { 0.0 };
    let inner = OxideMarket {
        demand: if c_ex == 1.0 {
            d
        } else {
            d * fast_powf(c_ex, ed)
        },
        supply: (1.0 - quota) * mk.supply,
        capacity: (1.0 - quota) * mk.capacity,
        allowed_exports: china,
        ed,
        es: mk.es,
        backstop: b / c_ex,
    };
    let n = solve_oxide(&inner);
    if n.unmet_share > 0.0 {
        Clearing {
            multiplier: b,
            unmet_share: unmet_at_b(),
        }
    } else {
        Clearing {
            multiplier: (c_ex * n.multiplier).clamp(1.0, b),
            unmet_share: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mk(quota: f64, c_ex: f64, k: f64) -> MagnetMarket {
        MagnetMarket {
            demand: 100.0,
            supply: 20.0,
            capacity: k,
            quota,
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
        // quota 1, F = 20 = K*: S(1) = 20 + (100 − 20) = 100 = D.
        assert_eq!(solve_magnet(&mk(1.0, 1.0, 20.0)), Clearing::CALM);
        // Without a material shock this is MODEL.md §5 literally: quota 0.5 ⇒
        // 100·m^−0.25 = 20 + 0.5·80 = 60 ⇒ m = (100/60)^4.
        let c = solve_magnet(&mk(0.5, 1.0, 20.0));
        assert!(
            (c.multiplier / (100.0f64 / 60.0).powi(4) - 1.0).abs() < 1e-12,
            "{c:?}"
        );
    }

    #[test]
    fn unrestricted_magnets_fill_the_gap_of_a_material_shock() {
        // quota 1 with K* = 15 < F and c_ex = 1.5: China's normal exports are what buyers
        // need from China, so the ex-China price stays at baseline.
        assert_eq!(solve_magnet(&mk(1.0, 1.5, 15.0)), Clearing::CALM);
        assert_eq!(solve_magnet(&mk(1.0, 1.0, 15.0)), Clearing::CALM);
    }

    #[test]
    fn china_only_region_closed_form() {
        // c_ex = 2 (non-China makers priced out below 2), quota 0.8: below 2 China supplies
        // 0.8·100 = 80: 100·m^−0.25 = 80 ⇒ m = 1.25^4 = 2.4414 > 2, so the root is not below
        // c_ex; from 2 on S = 0.2·20 + 80 = 84: 100·m^−0.25 = 84 ⇒ m = (100/84)^4 = 2.0085.
        let c = solve_magnet(&mk(0.8, 2.0, 20.0));
        assert!(
            (c.multiplier / (100.0f64 / 84.0).powi(4) - 1.0).abs() < 1e-9,
            "{c:?}"
        );
        // c_ex = 3: the China-only root 2.4414 < 3 is the answer.
        let c = solve_magnet(&mk(0.8, 3.0, 20.0));
        assert!((c.multiplier - 1.25f64.powi(4)).abs() < 1e-9, "{c:?}");
    }

    #[test]
    fn feed_limited_capacity_binds() {
        // m_ndpr = 2, ed_ndpr = −0.2: K* = min(25, 20·2^−0.2 = 17.41) = 17.41.
        let k = feed_limited_capacity(25.0, 20.0, 2.0, -0.2);
        assert!((k - 20.0 * 2f64.powf(-0.2)).abs() < 1e-12);
        // quota 0.5, c_ex = 1, es = 0: 100·m^−0.25 = 17.41 + 0.5·(100 − 17.41).
        let c = solve_magnet(&mk(0.5, 1.0, k));
        let expected = (100.0 / (k + 0.5 * (100.0 - k))).powi(4);
        assert!(
            (c.multiplier / expected - 1.0).abs() < 1e-9,
            "{c:?} {expected}"
        );
    }

    #[test]
    fn backstop_unmet() {
        // quota 0, K* = 20, c_ex = 1: at B = 10, demand 100·10^−0.25 = 56.23, supply 20 ⇒ 0.3623.
        let c = solve_magnet(&mk(0.0, 1.0, 20.0));
        assert_eq!(c.multiplier, 10.0);
        assert!((c.unmet_share - (100.0 * 10f64.powf(-0.25) - 20.0) / 100.0).abs() < 1e-12);
    }

    #[test]
    fn monotone_in_capacity_demand_cost_and_quota() {
        // The §9 invariants on a grid, including material shocks (K* < F, c_ex > 1): more
        // feed-limited capacity or a lower c_ex never raises m; more demand or a lower quota
        // never lowers it.
        let grid = [0.0, 0.1, 0.26, 0.5, 0.62, 0.9, 1.0];
        for &quota in &grid {
            for &c_ex in &[1.0, 1.05, 1.3, 2.0, 4.0, 9.0, 12.0] {
                for &es in &[0.0, 0.15, 0.4] {
                    for i in 0..=20 {
                        let k = f64::from(i);
                        let base = MagnetMarket {
                            demand: 100.0,
                            supply: 20.0,
                            capacity: k,
                            quota,
                            ed: -0.25,
                            es,
                            backstop: 10.0,
                            cost_ex: c_ex,
                            cost_cn: 0.9,
                        };
                        let m = |x: MagnetMarket| solve_magnet(&x).multiplier;
                        let m0 = m(base);
                        let more_k = MagnetMarket {
                            capacity: k + 1.0,
                            supply: 21.0,
                            ..base
                        };
                        let more_d = MagnetMarket {
                            demand: 130.0,
                            capacity: k * 0.9,
                            cost_ex: c_ex * 1.1,
                            ..base
                        };
                        let less_q = MagnetMarket {
                            quota: quota * 0.7,
                            ..base
                        };
                        let tag = format!("quota {quota} c_ex {c_ex} es {es} K* {k}");
                        assert!(m(more_k) <= m0 * (1.0 + 1e-12), "capacity: {tag}");
                        assert!(m(more_d) >= m0 * (1.0 - 1e-12), "demand: {tag}");
                        assert!(m(less_q) >= m0 * (1.0 - 1e-12), "quota: {tag}");
                    }
                }
            }
        }
    }
}
