//! Time to survive and time to recover (MODEL.md §7).

/// Time to survive, MODEL.md §7: `buffer` months of demand divided by the monthly shortfall at
/// baseline prices `(D_t − F_t − Q_t)/12`, i.e. `buffer · D_t / (D_t − F_t − Q_t)` months.
/// `+∞` when there is no shortfall (serialised as JSON `null`).
pub fn time_to_survive(buffer_months: f64, demand: f64, supply: f64, allowed_exports: f64) -> f64 {
    let shortfall = demand - supply - allowed_exports;
    if shortfall <= demand.abs() * 1e-12 || shortfall <= 0.0 {
        f64::INFINITY
    } else {
        buffer_months.max(0.0) * demand / shortfall
    }
}

/// Whether year `y` is recovered, MODEL.md §7: `F_y + Q_y ≥ D_y` with the scenario's quotas
/// (with the model's relative tolerance, so that `F + (D − F)` rounding counts as equal).
pub fn recovered(demand: f64, supply: f64, allowed_exports: f64) -> bool {
    supply + allowed_exports >= demand * (1.0 - super::market::TOLERANCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survive_by_hand() {
        // D = 300, F = 0, Q = 90 (quota 30 %), buffer 3: shortfall 210/yr = 17.5/month;
        // 3 months of demand = 75 t ⇒ 75 / 17.5 = 4.2857 months = 3·300/210.
        assert!((time_to_survive(3.0, 300.0, 0.0, 90.0) - 3.0 * 300.0 / 210.0).abs() < 1e-12);
        assert_eq!(time_to_survive(3.0, 300.0, 100.0, 200.0), f64::INFINITY);
        assert_eq!(time_to_survive(0.0, 300.0, 0.0, 0.0), 0.0);
    }

    #[test]
    fn recovery_condition() {
        assert!(recovered(100.0, 60.0, 40.0));
        assert!(!recovered(100.0, 60.0, 39.0));
    }
}
