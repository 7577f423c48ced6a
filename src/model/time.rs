//! Model 1's annual recovery rule (MODEL.md §7: "as in v1, the first year ≥ t in which
//! `F_y + Q_y ≥ D_y`"); time to survive and the path's recovery are in `path.rs`.

/// Whether year `y` is recovered, MODEL.md §7: `F_y + Q_y ≥ D_y` with the scenario's quotas
/// (with the model's relative tolerance, so that `F + (D − F)` rounding counts as equal).
pub fn recovered(demand: f64, supply: f64, allowed_exports: f64) -> bool {
    supply + allowed_exports >= demand * (1.0 - super::market::TOLERANCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_condition() {
        assert!(recovered(100.0, 60.0, 40.0));
        assert!(!recovered(100.0, 60.0, 39.0));
    }
}
