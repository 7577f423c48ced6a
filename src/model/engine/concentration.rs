//! Who produces at each stage (MODEL.md §6 concentration): China's share and the HHI.

use super::super::capacity::{CapacityPlan, T_HEAVY, T_LIGHT};
use super::super::chain;
use super::super::scenario::Scenario;
use crate::data::{Chain, Dataset, Stage};

/// The quota share that applies to a stage's flows (MODEL.md §6 "supply at risk"): the
/// chain's own group (light or heavy) for mining, separation and metal, and the magnet group
/// for the magnet stage, whose flows are magnets.
pub fn stage_quota(s: &Scenario, c: Chain, st: Stage) -> f64 {
    let q = match (c, st) {
        (_, Stage::Magnet) => s.quota_magnet,
        (Chain::Light, _) => s.quota_light,
        (Chain::Heavy, _) => s.quota_heavy,
    };
    q / 100.0
}

/// China's output, world output and the HHI at one stage in year `ty` (MODEL.md §6): the
/// dataset's country rows plus every announced project at its expected output
/// (`p_j · u_j(t) · c_j`) added to its country, plus the `add_*` sliders as one more
/// producer ("added capacity"; the sliders name no country).
pub(super) fn concentration(
    d: &Dataset,
    plan: &CapacityPlan,
    ty: usize,
    ch: Chain,
    st: Stage,
) -> (f64, f64, f64) {
    let mut rows: Vec<(&str, f64)> = Vec::new();
    let mut china = 0.0;
    let add = |rows: &mut Vec<(&str, f64)>, name: &'static str, v: f64| {
        if let Some(r) = rows.iter_mut().find(|r| r.0 == name) {
            r.1 += v;
        } else {
            rows.push((name, v));
        }
    };
    for c in d
        .country_outputs
        .iter()
        .filter(|c| c.chain == ch && c.stage == st)
    {
        let v = c.output.value.max(0.0);
        if c.china_controlled {
            china += v;
        }
        add(&mut rows, c.country, v);
    }
    for (p, eff) in d.projects.iter().zip(&plan.projects) {
        if p.stage != st {
            continue;
        }
        let c = match ch {
            Chain::Light => p.light_t.value,
            Chain::Heavy => p.heavy_t.value,
        };
        let v = eff.chance * eff.online[ty] * c.max(0.0);
        if v > 0.0 {
            add(&mut rows, p.country, v);
        }
    }
    let off = match ch {
        Chain::Light => T_LIGHT,
        Chain::Heavy => T_HEAVY,
    };
    let slider = plan.added[ty][off + st.index()];
    if slider > 0.0 {
        add(&mut rows, "added capacity", slider);
    }
    let world: f64 = rows.iter().map(|r| r.1).sum();
    let h = chain::hhi(rows.iter().map(|r| r.1));
    (china, world, h)
}
