//! Model 1's annual recovery rule (MODEL.md §7: "as in v1, the first year ≥ t in which
//! `F_y + Q_y ≥ D_y`"); time to survive and the path's recovery are in `path.rs`.

/// Whether year `y` is recovered, MODEL.md §7: `F_y + Q_y ≥ D_y` with the scenario's quotas
/// (with the model's relative tolerance, so that `F + (D − F)` rounding counts as equal).
pub fn recovered(demand: f64, supply: f64, allowed_exports: f64) -> bool {
    supply + allowed_exports >= demand * (1.0 - super::market::TOLERANCE)
}

/// Whether two times (months) are the same to the model's relative tolerance: two markets
/// with the same stocks and the same cut (Dy and Tb under one heavy quota) go short together,
/// and which of them the page names must not follow the solver's last bits. Infinite times
/// ("never") are the same only as each other.
pub fn same_time(a: f64, b: f64) -> bool {
    a == b
        || (a.is_finite()
            && b.is_finite()
            && (a - b).abs() <= super::market::TOLERANCE * a.abs().max(b.abs()).max(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_a_rounding_apart_are_the_same() {
        assert!(same_time(3.9959309471399185, 3.9959309471403266));
        assert!(same_time(f64::INFINITY, f64::INFINITY));
        assert!(!same_time(3.99, 4.0));
        assert!(!same_time(4.0, f64::INFINITY));
    }

    #[test]
    fn recovery_condition() {
        assert!(recovered(100.0, 60.0, 40.0));
        assert!(!recovered(100.0, 60.0, 39.0));
    }
}
