//! Checks of the 2009 snapshot (MODEL.md §3 applied to 2009), on its typed figures.

use super::cx::Cx;
use crate::snapshot::{Market, Snapshot2009, Totals};

const INCOMPLETE: &str = "the 2009 snapshot is incomplete: value must be positive";

/// Every declared-positive field is positive; W = C + F within the world balance; K ≥ F;
/// D = E + F within the snapshot's tolerance; per market, K ≥ F, E = max(0, D − F) and
/// C = D_cn + E within that tolerance. `bf` is `baseline.csv` as shown in messages.
pub(super) fn check(cx: &mut Cx, snap: &Snapshot2009, balance: f64, bf: &str) {
    let t = &snap.totals;
    for (field, (name, f)) in Totals::FIELDS.iter().zip(t.figures()) {
        if field.positive && f.value <= 0.0 {
            cx.err(bf, format!("key snapshot_2009.{name}"), INCOMPLETE);
        }
    }
    let (w, c, fs) = (
        t.world_production.value,
        t.china_production.value,
        t.non_china_supply.value,
    );
    if (w - c - fs).abs() > balance * w {
        cx.err(
            bf,
            "key snapshot_2009.world_production",
            "W differs from C + F",
        );
    }
    if t.non_china_capacity.value < fs {
        cx.err(bf, "key snapshot_2009.non_china_capacity", "K is below F");
    }
    let (d, ef) = (t.demand.value, t.exports.value + fs);
    let tol = t.export_tolerance.value;
    if (d - ef).abs() > tol * d.max(ef) {
        cx.err(
            bf,
            "key snapshot_2009.demand",
            format!("D = {d} and E + F = {ef} differ beyond the tolerance"),
        );
    }
    for (m, market) in &snap.markets {
        check_market(cx, m, market, tol, bf);
    }
}

fn check_market(cx: &mut Cx, m: &str, g: &Market, tol: f64, bf: &str) {
    let key = |x: &str| format!("key snapshot_2009.{m}.{x}");
    for (field, (name, f)) in Market::FIELDS.iter().zip(g.figures()) {
        if field.positive && f.value <= 0.0 {
            cx.err(bf, key(name), INCOMPLETE);
        }
    }
    if g.non_china_capacity.value < g.non_china_supply.value {
        cx.err(bf, key("non_china_capacity"), "K is below F");
    }
    let e = g.exports.value;
    let model = (g.demand.value - g.non_china_supply.value).max(0.0);
    if (e - model).abs() > tol * e.max(model) {
        cx.err(
            bf,
            key("exports"),
            format!("E = {e} and max(0, D − F) = {model} differ beyond the tolerance"),
        );
    }
    let (c, use_e) = (g.china_production.value, g.china_consumption.value + e);
    if (c - use_e).abs() > tol * c.max(use_e) {
        cx.err(
            bf,
            key("china_production"),
            format!("C = {c} and China's use + E = {use_e} differ beyond the tolerance"),
        );
    }
}
