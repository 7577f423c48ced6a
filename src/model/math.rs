//! Every transcendental function the model uses, in one place, so that native builds and WASM
//! compute the same bits (MODEL.md §8: "the same scenario always gives the same numbers, in the
//! browser and natively").
//!
//! `f64::exp`, `ln`, `powf`, `log10` call the platform's C maths library natively (glibc,
//! macOS libm, …) but Rust's own port of musl's libm in `wasm32-unknown-unknown`; they agree
//! to within an ulp or so, not bit for bit. These wrappers call the `libm` crate (the same
//! pure-Rust code) on every target. `powi` is written out as the square-and-multiply loop of
//! compiler-builtins' `__powidf2`, so LLVM's lowering (a libcall, or constant folding) cannot
//! change its rounding either. `sqrt` is correctly rounded by IEEE 754 on every target and
//! needs no wrapper; `floor`, `min`, `max`, `abs`, `clamp` are exact.
//!
//! `tests/model_math.rs` checks that no model code outside this module calls the std methods.

/// `e^x`.
#[inline]
pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}

/// Natural logarithm.
#[inline]
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

/// Base-10 logarithm.
#[inline]
pub fn log10(x: f64) -> f64 {
    libm::log10(x)
}

/// `x^y`.
#[inline]
pub fn powf(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
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
    fn wrappers_are_the_functions_they_name() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(powf(2.0, 10.0), 1024.0);
        assert!((exp(ln(7.5)) - 7.5).abs() < 1e-14);
    }
}
