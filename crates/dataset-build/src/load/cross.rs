//! Checks that need several files or several keys at once.

use super::cx::Cx;
use super::snapshot;
use crate::schema;
use crate::{PMineOutput, ParsedDataset};
use std::collections::BTreeSet;

/// Checks that need several files or several keys at once.
pub(super) fn cross_checks(cx: &mut Cx, ds: &ParsedDataset, baseline_file: &str, mine_file: &str) {
    let f = |k: &str| ds.figures.get(k).map(|f| f.value);
    let v = |k: &str| f(k).unwrap_or(0.0);
    let bf = baseline_file;
    let balance = v("checks.world_balance");
    for m in schema::MARKETS {
        let k = |x: &str| format!("market.{m}.{x}");
        let (w, c, fs, cap, d) = (
            v(&k("world_production")),
            v(&k("china_production")),
            v(&k("non_china_supply")),
            v(&k("non_china_capacity")),
            v(&k("demand")),
        );
        if cap < fs {
            cx.err(
                bf,
                format!("key {}", k("non_china_capacity")),
                format!("K = {cap} is below F = {fs}; capacity must be at least production"),
            );
        }
        if (w - c - fs).abs() > balance * w {
            cx.err(
                bf,
                format!("key {}", k("world_production")),
                format!(
                    "W = {w} differs from C + F = {} by more than {} %",
                    c + fs,
                    balance * 100.0
                ),
            );
        }
        if d <= 0.0 {
            cx.err(
                bf,
                format!("key {}", k("demand")),
                "demand must be positive",
            );
        }
        if let Some(rep) = f(&k("reported_exports")) {
            let model = (d - fs).max(0.0);
            let gap = (rep - model).abs();
            let rel = v(&k("export_tolerance"));
            let abs = f(&k("export_tolerance_abs")).unwrap_or(0.0);
            let scale = rep.max(model);
            if gap > abs && gap > rel * scale {
                cx.err(
                    bf,
                    format!("key {}", k("reported_exports")),
                    format!(
                        "reported exports {rep} t and max(0, D − F) = {model} t differ by {gap} t ({:.0} %), beyond the tolerance ±{:.0} % or ±{abs} t",
                        if scale > 0.0 { gap / scale * 100.0 } else { 0.0 },
                        rel * 100.0
                    ),
                );
            }
        }
        for e in ["ed", "es"] {
            let (lo, ce, hi) = (
                v(&k(&format!("{e}.low"))),
                v(&k(&format!("{e}.central"))),
                v(&k(&format!("{e}.high"))),
            );
            let sign_ok = if e == "ed" {
                lo <= 0.0 && ce <= 0.0 && hi <= 0.0
            } else {
                lo >= 0.0 && ce >= 0.0 && hi >= 0.0
            };
            if !(sign_ok && lo.abs() <= ce.abs() && ce.abs() <= hi.abs()) {
                cx.err(bf, format!("key {}", k(e)), format!("{e} low/central/high = {lo}/{ce}/{hi}: need the right sign and |low| ≤ |central| ≤ |high|"));
            }
        }
        if v(&k("backstop")) < 1.0 {
            cx.err(
                bf,
                format!("key {}", k("backstop")),
                format!("multiple {} must be at least 1", v(&k("backstop"))),
            );
        }
        if let (Some(lo), Some(hi)) = (f(&k("demand_low")), f(&k("demand_high"))) {
            if !(lo <= d && d <= hi) {
                cx.err(
                    bf,
                    format!("key {}", k("demand")),
                    format!("demand_low ≤ demand ≤ demand_high does not hold ({lo} ≤ {d} ≤ {hi})"),
                );
            }
        }
        if v(&k("es_cn")) < 0.0 {
            cx.err(
                bf,
                format!("key {}", k("es_cn")),
                "China's supply elasticity must not be negative",
            );
        }
    }
    let comp = v("magnet.ndpr_per_kg") + v("magnet.dy_per_kg") + v("magnet.tb_per_kg");
    if comp > 1.0 {
        cx.err(
            bf,
            "key magnet.*_per_kg",
            format!("magnet content sums to {comp} kg/kg: a share above 100 %"),
        );
    }
    for ore in ["mountain_pass", "mt_weld", "ionic_clay"] {
        let s = v(&format!("conversions.ndpr_share_{ore}"))
            + v(&format!("conversions.dytb_share_{ore}"));
        if s > 1.0 {
            cx.err(
                bf,
                format!("key conversions.*_share_{ore}"),
                format!("ore shares sum to {s}: above 100 %"),
            );
        }
    }
    for vp in schema::VIEWPOINTS {
        for c in schema::CHAINS {
            let key = format!("stage.{vp}.{c}.magnet.recycling");
            if v(&key) != 0.0 {
                cx.err(bf, format!("key {key}"), "R_magnet must be 0: count recycled magnets inside cap_magnet (data-reference §11.3.1 ⚠), else dependency could fall along the chain");
            }
            let key = format!("need.{vp}.{c}");
            if v(&key) <= 0.0 {
                cx.err(bf, format!("key {key}"), "need must be positive");
            }
        }
    }
    view_checks(cx, &v, bf);
    snapshot::check(cx, &ds.snapshot_2009, balance, bf);
    // Delivery odds never rise as a project falls back from operating to announced.
    let odds = |st: &str| v(&format!("projects.delivery.{st}"));
    let ladder = [
        "operating",
        "ramping",
        "commissioning",
        "construction",
        "financed",
        "pre-FID",
        "feasibility",
        "announced",
        "stalled",
        "shut",
    ];
    for w in ladder.windows(2) {
        if odds(w[1]) > odds(w[0]) {
            cx.err(
                bf,
                format!("key projects.delivery.{}", w[1]),
                format!(
                    "delivery odds of `{}` ({}) exceed those of `{}` ({})",
                    w[1],
                    odds(w[1]),
                    w[0],
                    odds(w[0])
                ),
            );
        }
    }
    // Mine production: shares of world output sum to at most 100 % (with USGS rounding).
    let rounding = v("checks.mine_production_rounding");
    let years: BTreeSet<u16> = ds.mine_production.iter().map(|m| m.year).collect();
    for y in years {
        let world: Vec<&PMineOutput> = ds
            .mine_production
            .iter()
            .filter(|m| m.year == y && m.world_total)
            .collect();
        if world.len() != 1 {
            cx.err(
                mine_file,
                format!("key World {y}"),
                "each year needs exactly one world_total row",
            );
            continue;
        }
        let w = world[0].output.value;
        let sum: f64 = ds
            .mine_production
            .iter()
            .filter(|m| m.year == y && !m.world_total)
            .map(|m| m.output.value)
            .sum();
        if sum > w * (1.0 + rounding) {
            cx.err(
                mine_file,
                format!("key {y}"),
                format!(
                    "countries sum to {sum} t, more than the world total {w} t: shares above 100 %"
                ),
            );
        }
    }
    let mine = |c: &str| {
        ds.mine_production
            .iter()
            .find(|m| m.country == c && m.year == ds.baseline_year)
            .map(|m| m.output.value)
    };
    for (key, country) in [
        ("headline.world_mine_production", "World"),
        ("headline.china_mine_production", "China"),
        ("headline.us_mine_production", "United States"),
    ] {
        if mine(country) != f(key) {
            cx.err(
                bf,
                format!("key {key}"),
                format!(
                    "differs from mine_production.csv {country} {}",
                    ds.baseline_year
                ),
            );
        }
    }
    if f("headline.china_magnet_exports") != f("market.magnet.reported_exports") {
        cx.err(
            bf,
            "key headline.china_magnet_exports",
            "differs from market.magnet.reported_exports",
        );
    }
}

/// Checks across the viewpoints' rows (issue #16): `exchina` is the whole market outside China,
/// the country views are parts of it and cannot together exceed it; the Japan backtest's range
/// is ordered and its 2010 chain obeys the same rules as the baseline's.
pub(super) fn view_checks(cx: &mut Cx, v: &dyn Fn(&str) -> f64, bf: &str) {
    for m in schema::MARKETS {
        let key = format!("share.exchina.{m}");
        if v(&key) != 1.0 {
            cx.err(
                bf,
                format!("key {key}"),
                "exchina is all demand outside China: its share must be 1",
            );
        }
        let sum: f64 = schema::COUNTRY_VIEWPOINTS
            .iter()
            .map(|vp| v(&format!("share.{vp}.{m}")))
            .sum();
        if sum > 1.0 + 1e-9 {
            cx.err(
                bf,
                format!("key share.*.{m}"),
                format!(
                    "the country views' shares of {m} demand outside China sum to {sum:.3}: above 100 %"
                ),
            );
        }
    }
    let (lo, hi) = (
        v("backtest.japan.2024.dependency.low"),
        v("backtest.japan.2024.dependency.high"),
    );
    if lo > hi {
        cx.err(
            bf,
            "key backtest.japan.2024.dependency.low",
            format!("low {lo} is above high {hi}"),
        );
    }
    let by = schema::JAPAN_BACKTEST_YEAR;
    for c in schema::CHAINS {
        let key = format!("backtest.japan.{by}.{c}.magnet.recycling");
        if v(&key) != 0.0 {
            cx.err(bf, format!("key {key}"), "R_magnet must be 0: count recycled magnets inside cap_magnet (data-reference §11.3.1 ⚠)");
        }
        let key = format!("backtest.japan.{by}.need.{c}");
        if v(&key) <= 0.0 {
            cx.err(bf, format!("key {key}"), "need must be positive");
        }
    }
}
