//! Seeded draws and percentiles (MODEL.md §8).
//!
//! The generator is Xoshiro256++ (`rand_xoshiro`, seeded through SplitMix64), a pure 64-bit
//! integer algorithm, so the draws are the same on every platform. Uniforms take the top 53
//! bits of each 64-bit output.

use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// The fixed seed of the Monte Carlo (any fixed value would do; this one spells "REE 2024").
pub const DEFAULT_SEED: u64 = 0x5245_4520_2024_0001;

/// Default number of draws (MODEL.md §8): a Latin hypercube of 400 puts the 12-month averages'
/// p10 and p90 within a few per cent of a 20,000-draw run (docs/performance.md), at a fifth of
/// the cost of 2,000 independent draws.
pub const DEFAULT_DRAWS: usize = 400;

/// A seeded uniform source.
pub struct Uniforms(Xoshiro256PlusPlus);

impl Uniforms {
    /// A source seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Uniforms(Xoshiro256PlusPlus::seed_from_u64(seed))
    }
    /// A uniform number in `[0, 1)`. (Inlined: 62 calls per draw.)
    // The innermost call of the draws; the release profile optimises for size ("z"), which may
    // keep a plain `#[inline]` function out of line.
    #[expect(clippy::inline_always)]
    #[inline(always)]
    pub fn uniform(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// A Latin hypercube: `n` draws of `dims` uniforms in which each dimension's values fall one
/// in each of the `n` equal strata of `[0, 1)` (a random stratum order per dimension, a random
/// point within each stratum). Percentiles settle with far fewer draws than independent
/// uniforms give (MODEL.md §8: accuracy, not a draw count, is the goal). Deterministic for a
/// seed, the same natively and in WASM.
pub struct LatinHypercube {
    dims: usize,
    u: Vec<f64>,
}

impl LatinHypercube {
    /// `n` draws of `dims` uniforms, from `seed`.
    pub fn new(seed: u64, n: usize, dims: usize) -> Self {
        let mut rng = Uniforms::new(seed);
        let mut u = vec![0.0; n * dims];
        let mut order: Vec<usize> = (0..n).collect();
        let width = 1.0 / n.max(1) as f64;
        for j in 0..dims {
            // Fisher–Yates shuffle of the strata.
            for i in (1..n).rev() {
                let k = ((rng.uniform() * (i + 1) as f64) as usize).min(i);
                order.swap(i, k);
            }
            for (i, stratum) in order.iter().enumerate() {
                u[i * dims + j] = (*stratum as f64 + rng.uniform()) * width;
            }
        }
        LatinHypercube { dims, u }
    }
    /// Draw `i`'s uniforms, one per dimension.
    pub fn draw(&self, i: usize) -> &[f64] {
        &self.u[i * self.dims..(i + 1) * self.dims]
    }
}

/// A triangular distribution with its bounds sorted (given in either order: demand elasticities
/// are negative), the mode clamped into them and the split point computed once, for drawing
/// many times by the inverse CDF. Degenerate bounds always give the mode.
#[derive(Debug, Clone, Copy)]
pub struct Triangular {
    a: f64,
    b: f64,
    c: f64,
    width: f64,
    fc: f64,
}

impl Triangular {
    /// The distribution with bounds `a`, `b` (either order) and mode `c`, given as `[a, c, b]`.
    pub fn new([a, c, b]: [f64; 3]) -> Self {
        let (a, b) = (a.min(b), a.max(b));
        let c = c.clamp(a, b);
        let width = b - a;
        let fc = if width > 0.0 { (c - a) / width } else { 0.0 };
        Triangular { a, b, c, width, fc }
    }
    /// The inverse CDF at `u ∈ [0, 1)`.
    pub fn at(&self, u: f64) -> f64 {
        let Triangular { a, b, c, width, fc } = *self;
        if width <= 0.0 {
            c
        } else if u < fc {
            a + (u * width * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * width * (b - c)).sqrt()
        }
    }
}

/// The q-quantile (0 ≤ q ≤ 1) of `xs` by linear interpolation between order statistics
/// (Hyndman–Fan type 7, the default of R and NumPy). Reorders `xs`; `+∞` sorts last (used for
/// "never"). Returns NaN for an empty slice.
pub fn quantile(xs: &mut [f64], q: f64) -> f64 {
    let n = xs.len();
    if n == 0 {
        return f64::NAN;
    }
    let h = (n - 1) as f64 * q.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let frac = h - lo as f64;
    let (_, &mut x_lo, rest) = xs.select_nth_unstable_by(lo, f64::total_cmp);
    if frac == 0.0 || rest.is_empty() {
        return x_lo;
    }
    interpolate(x_lo, smallest(rest), frac)
}

/// The smallest value, ignoring NaN (`+∞` for none).
fn smallest(xs: &[f64]) -> f64 {
    let mut m = f64::INFINITY;
    for &x in xs {
        if x < m {
            m = x;
        }
    }
    m
}

fn interpolate(x_lo: f64, x_hi: f64, frac: f64) -> f64 {
    if x_lo == x_hi {
        x_lo
    } else if x_hi.is_infinite() {
        // Interpolating towards "never" gives "never" once past the last finite value.
        f64::INFINITY
    } else {
        x_lo + frac * (x_hi - x_lo)
    }
}

/// An integer whose order is `f64::total_cmp`'s (the same bit trick), so that selections run
/// on plain integer comparisons. [`from_order_key`] inverts it exactly.
pub fn order_key(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    b ^ ((((b >> 63) as u64) >> 1) as i64)
}

/// The `f64` whose [`order_key`] is `k`.
pub fn from_order_key(k: i64) -> f64 {
    f64::from_bits((k ^ ((((k >> 63) as u64) >> 1) as i64)) as u64)
}

/// p10, p50 and p90 of `xs` (reorders `xs`); the same numbers as three calls of [`quantile`].
pub fn p10_p50_p90(xs: &mut [f64]) -> [f64; 3] {
    let mut keys: Vec<i64> = xs.iter().map(|&x| order_key(x)).collect();
    p10_p50_p90_keys(&mut keys)
}

/// Samples up to this size are sorted rather than selected from (measured: ~15 % faster at
/// 100 keys, twice as slow at 1,000).
const SORT_BELOW: usize = 128;

/// Order statistic `k` (and `k + 1` when interpolating) of the part `xs` whose order
/// statistics are those of the whole from `offset` on.
fn pick(xs: &mut [i64], k: usize, frac: f64) -> f64 {
    let (_, &mut lo, rest) = xs.select_nth_unstable(k);
    let x_lo = from_order_key(lo);
    if frac == 0.0 || rest.is_empty() {
        return x_lo;
    }
    let hi = rest.iter().copied().min().unwrap_or(i64::MAX);
    interpolate(x_lo, from_order_key(hi), frac)
}

/// p10, p50 and p90 of the values whose [`order_key`]s are `keys` (reorders `keys`); the same
/// numbers as three calls of [`quantile`] on the values (for samples without NaN).
///
/// Cheaper: a constant sample (common: calm markets, unchanged dependencies) is answered in one
/// pass, and otherwise the median's selection splits the sample so that p10 is selected in the
/// lower half only and p90 in the upper half only.
pub fn p10_p50_p90_keys(keys: &mut [i64]) -> [f64; 3] {
    let n = keys.len();
    if n == 0 {
        return [f64::NAN; 3];
    }
    let first = keys[0];
    if keys.iter().all(|&k| k == first) {
        return [from_order_key(first); 3];
    }
    if n <= SORT_BELOW {
        // Small samples (the timeline's bands): one sort beats three selections.
        keys.sort_unstable();
        let at = |q: f64| {
            let h = (n - 1) as f64 * q;
            let k = h.floor() as usize;
            let frac = h - k as f64;
            let x_lo = from_order_key(keys[k]);
            match keys.get(k + 1) {
                Some(&hi) if frac != 0.0 => interpolate(x_lo, from_order_key(hi), frac),
                _ => x_lo,
            }
        };
        return [at(0.1), at(0.5), at(0.9)];
    }
    let stat = |q: f64| {
        let h = (n - 1) as f64 * q;
        let k = h.floor() as usize;
        (k, h - k as f64)
    };
    let (m, f50) = stat(0.5);
    let p50 = pick(keys, m, f50);
    // Now keys[..=m] holds exactly the order statistics 0..=m and keys[m + 1..] the others.
    let mut part = |q: f64| -> f64 {
        let (k, frac) = stat(q);
        let need = k + usize::from(frac != 0.0);
        if need <= m {
            pick(&mut keys[..=m], k, frac)
        } else if k > m && need < n {
            pick(&mut keys[m + 1..], k - (m + 1), frac)
        } else {
            pick(keys, k, frac)
        }
    };
    let p10 = part(0.1);
    let p90 = part(0.9);
    [p10, p50, p90]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_inverse_cdf() {
        // Bounds low, mode, high: the order of the dataset's Range3 (low may exceed high).
        let triangular = |u: f64, a: f64, c: f64, b: f64| Triangular::new([a, c, b]).at(u);
        // a = 0, c = 1, b = 2: F(c) = 0.5; u = 0.125 ⇒ sqrt(0.125·2·1) = 0.5; u = 0.5 ⇒ 1;
        // u = 0.875 ⇒ 2 − sqrt(0.125·2·1) = 1.5.
        assert!((triangular(0.125, 0.0, 1.0, 2.0) - 0.5).abs() < 1e-15);
        assert!((triangular(0.5, 0.0, 1.0, 2.0) - 1.0).abs() < 1e-15);
        assert!((triangular(0.875, 0.0, 1.0, 2.0) - 1.5).abs() < 1e-15);
        // Bounds given in either order (demand elasticities are negative).
        assert_eq!(
            triangular(0.5, -0.1, -0.2, -0.35),
            triangular(0.5, -0.35, -0.2, -0.1)
        );
        assert_eq!(triangular(0.3, 1.0, 1.0, 1.0), 1.0);
    }

    #[test]
    fn quantiles_type_7() {
        // 1..=11: p10 = 2, p50 = 6, p90 = 10 exactly; 1..=4: p10 = 1.3, p50 = 2.5, p90 = 3.7.
        let mut xs: Vec<f64> = (1..=11).rev().map(f64::from).collect();
        assert_eq!(p10_p50_p90(&mut xs), [2.0, 6.0, 10.0]);
        let mut ys = [4.0, 1.0, 3.0, 2.0];
        let p = p10_p50_p90(&mut ys);
        assert!(
            (p[0] - 1.3).abs() < 1e-12 && (p[1] - 2.5).abs() < 1e-12 && (p[2] - 3.7).abs() < 1e-12
        );
        let mut zs = [1.0, f64::INFINITY, f64::INFINITY];
        assert_eq!(p10_p50_p90(&mut zs), [f64::INFINITY; 3]);
    }

    #[test]
    fn split_selection_equals_three_full_selections() {
        // Pseudo-random samples with ties, ±0, infinities, of every length up to 60 and 1,000.
        let mut u = Uniforms::new(7);
        for n in (0..=60).chain([999, 1000, 1001]) {
            for kind in 0..4 {
                let xs: Vec<f64> = (0..n)
                    .map(|_| {
                        let x = u.uniform();
                        match kind {
                            1 => (x * 4.0).floor(),
                            2 if x < 0.3 => f64::INFINITY,
                            0 | 2 => x,
                            _ if x < 0.5 => -0.0,
                            _ => 0.0,
                        }
                    })
                    .collect();
                let mut a = xs.clone();
                let fast = p10_p50_p90(&mut a);
                let slow = [0.1, 0.5, 0.9].map(|q| quantile(&mut xs.clone(), q));
                assert_eq!(
                    fast.map(f64::to_bits),
                    slow.map(f64::to_bits),
                    "n {n} kind {kind}"
                );
            }
        }
    }

    #[test]
    fn uniforms_are_reproducible() {
        let mut a = Uniforms::new(DEFAULT_SEED);
        let mut b = Uniforms::new(DEFAULT_SEED);
        for _ in 0..100 {
            let (x, y) = (a.uniform(), b.uniform());
            assert_eq!(x.to_bits(), y.to_bits());
            assert!((0.0..1.0).contains(&x));
        }
    }
}
