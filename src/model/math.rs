//! Every transcendental function the model uses, in one place, so that native builds and WASM
//! compute the same bits (MODEL.md §8: "the same scenario always gives the same numbers, in the
//! browser and natively").
//!
//! `f64::exp`, `ln`, `powf`, `log10` call the platform's C maths library natively (glibc,
//! macOS libm, …) but Rust's own port of musl's libm in `wasm32-unknown-unknown`; they agree
//! to within an ulp or so, not bit for bit. So `powf` and `log10` call the `libm` crate (the
//! same pure-Rust code) on every target, and `exp` and `ln` — half the time of a Monte Carlo
//! evaluation is spent in them, inside the market solvers — are written out below with plain
//! IEEE 754 arithmetic (no division, no fused multiply-add, no library call), which rounds the
//! same way everywhere. They are accurate to a few ulp, far inside the model's 1e−9 tolerance.
//! `powi` is written out as the square-and-multiply loop of compiler-builtins' `__powidf2`,
//! so LLVM's lowering (a libcall, or constant folding) cannot change its rounding either.
//! `sqrt` is correctly rounded by IEEE 754 on every target and needs no wrapper; `floor`,
//! `min`, `max`, `abs`, `clamp` are exact.
//!
//! `tests/model_math.rs` checks that no model code outside this module calls the std methods.

/// `2^(j/16)`, `j = 0..16`, each rounded to the nearest double.
const EXP2_SIXTEENTHS: [f64; 16] = [
    1.0,
    1.0442737824274138,
    1.0905077326652577,
    1.1387886347566916,
    1.189207115002721,
    1.241857812073484,
    1.2968395546510096,
    1.3542555469368927,
    std::f64::consts::SQRT_2,
    1.4768261459394993,
    1.5422108254079407,
    1.6104903319492543,
    1.681792830507429,
    1.7562521603732995,
    1.8340080864093424,
    1.9152065613971474,
];
/// `16/ln 2`, and `ln 2/16` split so that `k·HI` is exact for every `k` that occurs.
const SIXTEEN_OVER_LN2: f64 = 23.083120654223414;
const LN2_16_HI: f64 = 0.04332169878489367;
const LN2_16_LO: f64 = 1.0291218489310676e-13;
/// Adding and subtracting `1.5·2^52` rounds a double below 2^51 to the nearest integer.
const ROUND: f64 = 6755399441055744.0;

/// `2^n` for `n` in the range of normal doubles.
#[inline]
fn pow2(n: i64) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// `e^x`: `x = k·ln2/16 + r` with `|r| ≤ ln2/32`, `e^x = 2^(k div 16)·2^((k mod 16)/16)·e^r`,
/// `e^r` by its Taylor polynomial of degree 7 (truncation below 2^−59), evaluated in Estrin's
/// scheme to shorten the chain of dependent operations.
#[inline]
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.782712893384 {
        return f64::INFINITY;
    }
    if x < -745.1332191019412 {
        return 0.0;
    }
    let kf = (x * SIXTEEN_OVER_LN2 + ROUND) - ROUND;
    let k = kf as i64;
    let r = (x - kf * LN2_16_HI) - kf * LN2_16_LO;
    let r2 = r * r;
    let r4 = r2 * r2;
    // 1 + r + r²/2 + … + r⁷/5040
    let p01 = 1.0 + r;
    let p23 = 0.5 + r * (1.0 / 6.0);
    let p45 = 1.0 / 24.0 + r * (1.0 / 120.0);
    let p67 = 1.0 / 720.0 + r * (1.0 / 5040.0);
    let p = (p01 + r2 * p23) + r4 * (p45 + r2 * p67);
    let t = EXP2_SIXTEENTHS[(k & 15) as usize] * p;
    let n = k >> 4;
    if n > 1023 {
        t * pow2(n - 1) * 2.0
    } else if n < -1022 {
        t * pow2(n + 1022) * pow2(-1022)
    } else {
        t * pow2(n)
    }
}

/// `(1/c, ln c)` for the 32 intervals of `z ∈ [0.6875, 1.375)` that [`ln`] looks up: `c` the
/// interval's midpoint, `1/c` rounded to the nearest double and `ln c` computed from that
/// rounded value (so `ln z = ln c + ln(z·(1/c))` exactly, apart from the product's rounding);
/// and `c = 1` for the two intervals either side of 1, where `f = z − 1` is exact, so that
/// `ln 1 = 0` and `ln x` keeps its relative accuracy as `x → 1`.
const LN_TABLE: [(f64, f64); 32] = [
    (1.4382022471910114, -0.3633938941874775), // z in [0.687500, 0.703125]
    (1.4065934065934067, -0.3411707574027672), // z in [0.703125, 0.718750]
    (1.3763440860215055, -0.3194307707663613), // z in [0.718750, 0.734375]
    (1.3473684210526318, -0.29815337231907646), // z in [0.734375, 0.750000]
    (1.3195876288659796, -0.2773192854162345), // z in [0.750000, 0.765625]
    (1.292929292929293, -0.2569104137850273),  // z in [0.765625, 0.781250]
    (1.2673267326732673, -0.23690974707835774), // z in [0.781250, 0.796875]
    (1.2427184466019419, -0.21730127568998148), // z in [0.796875, 0.812500]
    (1.2190476190476192, -0.19806991376209387), // z in [0.812500, 0.828125]
    (1.1962616822429908, -0.17920142945771111), // z in [0.828125, 0.843750]
    (1.1743119266055047, -0.16068238169047352), // z in [0.843750, 0.859375]
    (1.1531531531531531, -0.142500062607283),  // z in [0.859375, 0.875000]
    (1.1327433628318584, -0.12464244520727659), // z in [0.875000, 0.890625]
    (1.1130434782608696, -0.10709813555636712), // z in [0.890625, 0.906250]
    (1.0940170940170941, -0.08985632912186114), // z in [0.906250, 0.921875]
    (1.0756302521008403, -0.07290677080808773), // z in [0.921875, 0.937500]
    (1.0578512396694215, -0.05623971832287611), // z in [0.937500, 0.953125]
    (1.0406504065040652, -0.03984590854719978), // z in [0.953125, 0.968750]
    (1.024, -0.023716526617316065),            // z in [0.968750, 0.984375]
    (1.0, 0.0),                                // z in [0.984375, 1.000000]
    (1.0, 0.0),                                // z in [1.000000, 1.031250]
    (0.955223880597015, 0.045809536031294104), // z in [1.031250, 1.062500]
    (0.9275362318840581, 0.07522342123758739), // z in [1.062500, 1.093750]
    (0.9014084507042255, 0.10379679368164342), // z in [1.093750, 1.125000]
    (0.8767123287671234, 0.1315763577887192),  // z in [1.125000, 1.156250]
    (0.8533333333333334, 0.15860503017663852), // z in [1.156250, 1.187500]
    (0.8311688311688312, 0.18492233849401193), // z in [1.187500, 1.218750]
    (0.8101265822784811, 0.2105647691073495),  // z in [1.218750, 1.250000]
    (0.7901234567901235, 0.23556607131276683), // z in [1.250000, 1.281250]
    (0.7710843373493976, 0.259957524436926),   // z in [1.281250, 1.312500]
    (0.7529411764705883, 0.28376817313064445), // z in [1.312500, 1.343750]
    (0.7356321839080461, 0.3070250352949117),  // z in [1.343750, 1.375000]
];
const LN2_HI: f64 = 0.6931471805598903;
const LN2_LO: f64 = 5.497923018708371e-14;
/// 0.6875, the bottom of the reduced range.
const LN_OFF: u64 = 0x3fe6_0000_0000_0000;

/// Natural logarithm: `x = 2^k·z` with `z ∈ [0.6875, 1.375)` and `z = c·(1 + f)`, `c` from
/// [`LN_TABLE`] by the top five bits of `z`'s offset (`|f| < 0.032`), all by integer operations
/// on the bits; `ln(1 + f)` by its Taylor polynomial of degree 9 (truncation below 10⁻¹⁶), in
/// Estrin's scheme. Zero, negative, subnormal, infinite and NaN arguments take [`ln_special`].
#[inline]
pub fn ln(x: f64) -> f64 {
    let ix = x.to_bits();
    // Not a positive normal finite number: below the smallest normal (or the sign bit set,
    // which wraps around), or infinity / NaN.
    if ix.wrapping_sub(0x0010_0000_0000_0000) >= 0x7fe0_0000_0000_0000 {
        return ln_special(x);
    }
    let tmp = ix.wrapping_sub(LN_OFF);
    let i = ((tmp >> 47) & 31) as usize;
    let k = (tmp as i64) >> 52;
    let z = f64::from_bits(ix.wrapping_sub(tmp & (0xfff << 52)));
    let (inv_c, ln_c) = LN_TABLE[i];
    let f = z * inv_c - 1.0;
    // ln(1 + f) = f − f²/2 + f³·(1/3 − f/4 + f²/5 − f³/6 + f⁴/7 − f⁵/8 + f⁶/9)
    let f2 = f * f;
    let f4 = f2 * f2;
    let q01 = 1.0 / 3.0 - f * 0.25;
    let q23 = 0.2 - f * (1.0 / 6.0);
    let q45 = 1.0 / 7.0 - f * 0.125;
    let q = (q01 + f2 * q23) + f4 * (q45 + f2 * (1.0 / 9.0));
    let kf = k as f64;
    let lo = kf * LN2_LO + ln_c + (f2 * f * q - 0.5 * f2);
    kf * LN2_HI + (f + lo)
}

/// [`ln`] of what is not a positive normal finite number.
#[cold]
fn ln_special(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        f64::NAN
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else if x == f64::INFINITY {
        x
    } else {
        // Subnormal: × 2^54 makes it normal.
        ln(x * 18014398509481984.0) - 54.0 * LN2_HI - 54.0 * LN2_LO
    }
}

/// Base-10 logarithm.
#[inline]
pub fn log10(x: f64) -> f64 {
    libm::log10(x)
}

/// `x^y`, as libm computes it (exact where it is exact, e.g. `10^k` for slider steps).
#[inline]
pub fn powf(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// `x^y` for the market model's hot paths, as `e^(y·ln x)` with this module's `exp` and `ln`:
/// a third of libm's `pow` time, relative error below 10⁻¹³ for `|y·ln x| < 700` (the rounding
/// of `y·ln x`), and exact at `x = 1` and `y = 0`. Other arguments (`x ≤ 0`, infinities, NaN)
/// go to [`powf`].
#[inline]
pub fn fast_powf(x: f64, y: f64) -> f64 {
    if x == 1.0 || y == 0.0 {
        // The calm case (multiplier 1) is the common one.
        1.0
    } else if x > 0.0 && x < f64::INFINITY && y.is_finite() {
        exp(y * ln(x))
    } else {
        powf(x, y)
    }
}

/// `x^n` for an integer `n`, by repeated squaring (the algorithm of `__powidf2`).
pub fn powi(x: f64, n: i32) -> f64 {
    let mut base = x;
    let mut bits = n.unsigned_abs();
    let mut acc = 1.0;
    loop {
        if bits & 1 != 0 {
            acc *= base;
        }
        bits >>= 1;
        if bits == 0 {
            break;
        }
        base *= base;
    }
    if n < 0 {
        1.0 / acc
    } else {
        acc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powi_matches_repeated_multiplication() {
        assert_eq!(powi(1.06, 0), 1.0);
        assert_eq!(powi(1.06, 1), 1.06);
        assert_eq!(powi(1.06, 3), 1.06 * 1.06 * 1.06);
        assert_eq!(powi(2.0, -2), 0.25);
        assert_eq!(powi(3.0, 2), 9.0);
    }

    #[test]
    fn exp_is_within_a_few_ulp() {
        // The platform's exp (glibc: correctly rounded or within an ulp) as the reference.
        let mut worst = 0.0f64;
        for i in 0..200_001 {
            let x = -744.0 + 1453.0 * f64::from(i) / 200_000.0;
            let (a, b) = (exp(x), x.exp());
            if b > 1e-300 {
                worst = worst.max(((a - b) / b).abs());
            }
        }
        assert!(worst <= 1e-15, "worst relative error {worst:e}");
        assert_eq!(exp(0.0), 1.0);
        assert!(exp(f64::NAN).is_nan());
        assert_eq!(exp(f64::INFINITY), f64::INFINITY);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(710.0), f64::INFINITY);
        assert_eq!(exp(-746.0), 0.0);
        assert!(exp(709.7) > 1.6e308 && exp(-740.0) > 0.0);
    }

    #[test]
    fn ln_is_within_a_few_ulp_and_exact_at_one() {
        let mut worst = 0.0f64;
        let mut check = |x: f64| {
            let (a, b) = (ln(x), x.ln());
            // Within 2.5·10⁻¹⁶ + 10⁻¹⁵·|ln x|: the rounding of z·(1/c) is an absolute error.
            worst = worst.max((a - b).abs() / (2.5e-16 + 1e-15 * b.abs()));
        };
        for i in 0..200_001 {
            let t = f64::from(i) / 200_000.0;
            check((1400.0 * t - 700.0).exp()); // 1e-304 … 1e304
            check(0.5 + 1.5 * t); // the reduced range and its neighbours
            check(1.0 + (t - 0.5) * 1e-6); // near 1
        }
        assert!(worst <= 1.0, "worst error {worst} × the bound");
        // Either side of 1, where f = x − 1 is exact, the error is relative.
        for i in 1..=10_000 {
            for x in [1.0 + f64::from(i) * 1e-6, 1.0 - f64::from(i) * 1e-6] {
                let (a, b) = (ln(x), x.ln());
                assert!((a - b).abs() <= 1e-15 * b.abs(), "ln({x}) = {a}, not {b}");
            }
        }
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(ln(0.0), f64::NEG_INFINITY);
        assert!(ln(-1.0).is_nan() && ln(f64::NAN).is_nan());
        assert_eq!(ln(f64::INFINITY), f64::INFINITY);
        assert!((ln(5e-324) - 5e-324f64.ln()).abs() < 1e-12);
        assert!((ln(1e-310) - 1e-310f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn fast_powf_is_close_to_pow() {
        for i in 0..=2_000 {
            let x = 0.05 + f64::from(i) * 0.01; // 0.05 … 20: multipliers and cost ratios
            for y in [-1.5, -0.8, -0.35, -0.1, 0.0, 0.05, 0.3, 0.7, 1.0, 2.0] {
                let (a, b) = (fast_powf(x, y), x.powf(y));
                assert!((a - b).abs() <= 1e-14 * b, "{x}^{y}: {a} vs {b}");
            }
        }
        assert_eq!(fast_powf(1.0, -0.3), 1.0);
        assert_eq!(fast_powf(7.0, 0.0), 1.0);
        assert_eq!(fast_powf(0.0, 2.0), 0.0);
        assert!(fast_powf(-1.0, 0.5).is_nan());
    }

    #[test]
    fn wrappers_are_the_functions_they_name() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(powf(2.0, 10.0), 1024.0);
        assert!((exp(ln(7.5)) - 7.5).abs() < 1e-14);
    }
}
