//! Exposure by product (MODEL.md §7).

/// Added cost per unit, MODEL.md §7: `magnet kg · baseline magnet price · (m_magnet − 1)`, US$.
pub fn added_cost(magnet_kg: f64, magnet_price: f64, m_magnet: f64) -> f64 {
    magnet_kg * magnet_price * (m_magnet - 1.0)
}

/// Share of a product's output at risk, MODEL.md §7: the magnet market's unmet share. With
/// "defence first", defence is served before everyone else; the dataset gives no defence
/// share of magnet demand, so it is taken as negligible (a few hundred tonnes of ≈ 78,000):
/// defence is then at risk only when nothing at all reaches buyers outside China
/// (unmet share 1), and other buyers bear the unmet share as before.
pub fn share_at_risk(unmet_share: f64, defence: bool, defence_first: bool) -> f64 {
    let u = unmet_share.clamp(0.0, 1.0);
    if defence && defence_first {
        if u >= 1.0 {
            1.0
        } else {
            0.0
        }
    } else {
        u
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ev_motor_by_hand() {
        // 1.6 kg magnet × US$49/kg × (3 − 1) = US$156.80.
        assert!((added_cost(1.6, 49.0, 3.0) - 156.8).abs() < 1e-12);
        assert_eq!(added_cost(1.6, 49.0, 1.0), 0.0);
        assert_eq!(share_at_risk(0.3, true, true), 0.0);
        assert_eq!(share_at_risk(0.3, true, false), 0.3);
        assert_eq!(share_at_risk(0.3, false, true), 0.3);
    }
}
