//! Dependency on China along the mine-to-magnet chain (MODEL.md §6).

use super::math::powi;

/// China-free throughput, MODEL.md §6: `T_mining = cap_mining + R_mining`,
/// `T_s = min(T_(s−1) + R_s, cap_s)`.
pub fn throughput(cap: [f64; 4], recycling: [f64; 4]) -> [f64; 4] {
    let mut t = [0.0; 4];
    t[0] = cap[0] + recycling[0];
    for s in 1..4 {
        t[s] = (t[s - 1] + recycling[s]).min(cap[s]);
    }
    t
}

/// Dependency at each stage, MODEL.md §6: `dep_s = 1 − min(1, T_s / N)` (0 when there is no
/// need).
pub fn dependency(throughput: [f64; 4], need: f64) -> [f64; 4] {
    throughput.map(|t| share_missing(t, need))
}

/// Direct reliance, MODEL.md §6: `1 − min(1, (cap_s + R_s) / N)`.
pub fn direct_reliance(cap: [f64; 4], recycling: [f64; 4], need: f64) -> [f64; 4] {
    let mut r = [0.0; 4];
    for s in 0..4 {
        r[s] = share_missing(cap[s] + recycling[s], need);
    }
    r
}

fn share_missing(have: f64, need: f64) -> f64 {
    if need > 0.0 {
        (1.0 - (have.max(0.0) / need).min(1.0)).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The bottleneck, MODEL.md §6: the stage where dependency jumps most (mining's jump is
/// `dep_mining` itself). Ties go to the earliest stage. Returns (stage index, jump).
pub fn bottleneck(dep: [f64; 4]) -> (usize, f64) {
    let mut best = (0, dep[0]);
    for s in 1..4 {
        let jump = dep[s] - dep[s - 1];
        if jump > best.1 {
            best = (s, jump);
        }
    }
    best
}

/// Capacity needed, MODEL.md §6: the least extra China-free capacity at each stage that brings
/// `dep_magnet` down to `target`. The magnet stage must pass `L_magnet = (1 − target)·N`;
/// each stage above must pass `L_(s−1) = L_s − R_s`; mining needs `L_mining − R_mining`.
/// Extra at `s` = `max(0, L_s − cap_s)` (zero at stages that already suffice, so the
/// non-zero entries are the bottleneck and the stages above it that also bind).
pub fn capacity_needed(cap: [f64; 4], recycling: [f64; 4], need: f64, target: f64) -> [f64; 4] {
    let mut extra = [0.0; 4];
    let mut level = (1.0 - target.clamp(0.0, 1.0)) * need.max(0.0);
    for s in (0..4).rev() {
        let own = if s == 0 {
            cap[0] + recycling[0]
        } else {
            cap[s]
        };
        extra[s] = (level - own).max(0.0);
        level -= recycling[s];
        if level <= 0.0 {
            break;
        }
    }
    extra
}

/// Herfindahl–Hirschman index of outputs on the 0–10,000 scale (shares in %, squared, summed).
pub fn hhi(outputs: impl Iterator<Item = f64> + Clone) -> f64 {
    let total: f64 = outputs.clone().map(|o| o.max(0.0)).sum();
    if total <= 0.0 {
        return 0.0;
    }
    outputs.map(|o| powi(100.0 * o.max(0.0) / total, 2)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_chain_us_by_hand() {
        // data-reference §11.3.1, us, with R_magnet = 0: cap = 7,100 / 1,300 / 50 / 110, N = 3,500.
        // T = 7,100, 1,300, 50, 50 ⇒ dep = 0, 0.628571…, 0.985714…, 0.985714…
        let cap = [7100.0, 1300.0, 50.0, 110.0];
        let rec = [0.0; 4];
        let t = throughput(cap, rec);
        assert_eq!(t, [7100.0, 1300.0, 50.0, 50.0]);
        let dep = dependency(t, 3500.0);
        assert_eq!(dep[0], 0.0);
        assert!((dep[1] - (1.0 - 1300.0 / 3500.0)).abs() < 1e-15);
        assert!((dep[2] - (1.0 - 50.0 / 3500.0)).abs() < 1e-15);
        assert_eq!(dep[3], dep[2]);
        // Direct reliance at the magnet stage uses its own capacity: 1 − 110/3,500 = 0.968571…
        let rel = direct_reliance(cap, rec, 3500.0);
        assert!((rel[3] - (1.0 - 110.0 / 3500.0)).abs() < 1e-15);
        // Bottleneck: separation (jump 0.6286) beats metal (0.3571).
        assert_eq!(bottleneck(dep).0, 1);
        // Target 0.65 ⇒ magnet stage must pass 0.35·3,500 = 1,225: extra magnet 1,115,
        // metal 1,175, separation 0, mining 0.
        let need = capacity_needed(cap, rec, 3500.0, 0.65);
        assert!((need[3] - 1115.0).abs() < 1e-9 && (need[2] - 1175.0).abs() < 1e-9);
        assert_eq!((need[0], need[1]), (0.0, 0.0));
    }

    #[test]
    fn recycling_enters_and_bypasses() {
        // exchina light: cap 15,800 / 9,500 / 4,000 / 7,200, R_separation = 1,500, N = 29,000.
        // T = 15,800, min(17,300, 9,500) = 9,500, 4,000, 4,000.
        let t = throughput([15800.0, 9500.0, 4000.0, 7200.0], [0.0, 1500.0, 0.0, 0.0]);
        assert_eq!(t, [15800.0, 9500.0, 4000.0, 4000.0]);
        // Recycled feed lets a stage pass more than the one above: cap 100/200, R = 50 ⇒ 150.
        assert_eq!(
            throughput([100.0, 200.0, 200.0, 200.0], [0.0, 50.0, 0.0, 0.0])[1],
            150.0
        );
        // Capacity needed counts the recycled feed: target 0 on N = 200 with R_sep = 50 ⇒
        // mining must pass 150.
        let need = capacity_needed(
            [100.0, 200.0, 200.0, 200.0],
            [0.0, 50.0, 0.0, 0.0],
            200.0,
            0.0,
        );
        assert_eq!(need, [50.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn hhi_by_hand() {
        // Shares 90 % and 10 %: 8,100 + 100 = 8,200.
        assert!((hhi([90.0, 10.0].into_iter()) - 8200.0).abs() < 1e-9);
        assert_eq!(hhi([0.0].into_iter()), 0.0);
    }
}
