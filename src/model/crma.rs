//! The EU Critical Raw Materials Act benchmarks measured on a view's chain (MODEL.md §6.2):
//! pure functions of the §6 inputs of one chain (`cap_s`, `R_s`, `N`, `dep_s`) in one year.

/// Extraction: China-free ore the view can mine (or has recycled at mining), share of its need:
/// `min(1, (cap_mining + R_mining) / N)`.
pub fn extraction(cap: [f64; 4], rec: [f64; 4], need: f64) -> f64 {
    share(cap[0] + rec[0], need)
}

/// Processing: what the view's separation and metal stages could pass if ore were not the
/// limit, share of its need: with unlimited feed `T_separation = cap_separation` and
/// `T_metal = min(cap_separation + R_metal, cap_metal)`, so `min(1, T_metal / N)`. The Act counts
/// processing on EU soil whatever the ore's origin, so the China-free ore of the chain's
/// throughput (§6) is not required here.
pub fn processing(cap: [f64; 4], rec: [f64; 4], need: f64) -> f64 {
    share((cap[1] + rec[2]).min(cap[2]), need)
}

/// Recycling: recycled feed entering the chain, share of its need: `min(1, Σ_s R_s / N)`.
pub fn recycling(rec: [f64; 4], need: f64) -> f64 {
    share(rec.iter().map(|r| r.max(0.0)).sum(), need)
}

/// Single supplier: the largest dependency on China over the stages, `max_s dep_s` (China is the
/// only third country the chain measures).
pub fn single_supplier(dep: [f64; 4]) -> f64 {
    dep.iter().fold(0.0, |a, b| a.max(*b))
}

fn share(have: f64, need: f64) -> f64 {
    if need > 0.0 {
        (have.max(0.0) / need).min(1.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eu_light_2024_by_hand() {
        // stage.eu.light: cap 0 / 600 / 0 / 540, no recycled feed, N = 7,200.
        let (cap, rec, need) = ([0.0, 600.0, 0.0, 540.0], [0.0; 4], 7200.0);
        assert_eq!(extraction(cap, rec, need), 0.0);
        // No metal maker: nothing is processed to metal in the EU, whatever it separates.
        assert_eq!(processing(cap, rec, need), 0.0);
        assert_eq!(recycling(rec, need), 0.0);
        assert_eq!(single_supplier([1.0; 4]), 1.0);
    }

    #[test]
    fn processing_is_limited_by_the_weaker_step_not_by_ore() {
        let need = 1000.0;
        assert_eq!(processing([0.0, 500.0, 800.0, 0.0], [0.0; 4], need), 0.5);
        assert_eq!(processing([0.0, 900.0, 300.0, 0.0], [0.0; 4], need), 0.3);
        // Recycled feed entering at metal adds to what separation passes.
        assert_eq!(
            processing([0.0, 200.0, 800.0, 0.0], [0.0, 0.0, 100.0, 0.0], need),
            0.3
        );
        assert_eq!(recycling([0.0, 100.0, 150.0, 0.0], need), 0.25);
        assert_eq!(extraction([120.0, 0.0, 0.0, 0.0], [0.0; 4], need), 0.12);
        assert_eq!(single_supplier([0.2, 0.7, 0.5, 0.5]), 0.7);
    }
}
