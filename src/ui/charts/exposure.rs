//! Added cost per unit of each product (MODEL.md §7.3), with its range.

use super::{ranged, ChartId, ChartSpec};
use crate::i18n::{t, tr};
use crate::model::{Exposure, Outcome};
use crate::ui::chart::{BarChart, BarGroup, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use crate::ui::words::{product_label, product_name, product_per};

/// A product's bar label: "≤ " before the name where its source gives only the total
/// rare-earth material, not the NdFeB magnet mass (MODEL.md §7). In front, because a long
/// name is cut short at its end on a narrow chart.
fn bar_label(e: &Exposure) -> String {
    if e.verified {
        product_label(e.id)
    } else {
        format!("≤ {}", product_label(e.id))
    }
}

/// A product's name in the data table: marked as an upper bound in words.
fn label(e: &Exposure) -> String {
    if e.verified {
        product_label(e.id)
    } else {
        tr(
            "exposure-upper-bound",
            &[("name", product_label(e.id).into())],
        )
    }
}

/// added cost per unit of each product, with its range.
pub fn exposure_chart(o: &Outcome) -> ChartSpec {
    let groups: Vec<BarGroup> = o
        .exposure
        .iter()
        .map(|e| BarGroup {
            label: bar_label(e),
            values: vec![Some(ranged(&e.added_cost_usd))],
        })
        .collect();
    let max = o
        .exposure
        .iter()
        .map(|e| e.added_cost_usd.p90.max(e.added_cost_usd.central))
        .fold(10.0_f64, f64::max)
        * 2.0;
    // The heading names a product whose magnet mass is known: an upper bound (a warship's total
    // rare-earth material) would lead it with the least certain figure.
    let top = o.exposure.iter().filter(|e| e.verified).max_by(|a, b| {
        a.added_cost_usd
            .central
            .total_cmp(&b.added_cost_usd.central)
    });
    // At the backstop every cost is a floor.
    let floor = |usd: String| {
        if o.markets.magnet.at_backstop {
            tr("fmt-at-least", &[("value", usd.into())])
        } else {
            usd
        }
    };
    let finding = match top {
        Some(top) if top.added_cost_usd.central > 0.005 => {
            let car = o.exposure.iter().find(|e| e.id == "ev-motor").map_or_else(
                || "–".into(),
                |e| floor(format::usd(e.added_cost_usd.central)),
            );
            tr(
                "exposure-finding",
                &[
                    (
                        "cost",
                        floor(format::usd(top.added_cost_usd.central)).into(),
                    ),
                    ("per", product_per(top.id).into()),
                    ("product", product_name(top.id).into()),
                    ("car", car.into()),
                ],
            )
        }
        _ => t("exposure-finding-none"),
    };
    let rows = o
        .exposure
        .iter()
        .map(|e| {
            vec![
                format!("{} ({})", label(e), product_per(e.id)),
                format!("{} kg", format::sig(e.magnet_kg)),
                format!("{} kg", format::sig(e.dy_tb_kg)),
                format::usd(e.added_cost_usd.central),
                format!(
                    "{} – {}",
                    format::usd(e.added_cost_usd.p10),
                    format::usd(e.added_cost_usd.p90)
                ),
                format::percent(e.share_at_risk),
            ]
        })
        .collect();
    ChartSpec {
        id: ChartId::Exposure,
        title: t("exposure-title"),
        alt: tr("exposure-alt", &[("finding", finding.as_str().into())]),
        finding,
        note: if o.exposure.iter().all(|e| e.verified) {
            String::new()
        } else {
            t("exposure-note-unverified")
        },
        plot: Plot::Bars(BarChart {
            series: vec![t("exposure-series")],
            groups,
            min: 0.01,
            max,
            log: true,
            horizontal: true,
            reference: Vec::new(),
            tick: Tick::Usd,
            observed_label: String::new(),
            compare_label: String::new(),
        }),
        table: Table {
            headers: vec![
                t("col-product"),
                t("col-magnet"),
                "Dy+Tb".into(),
                t("col-added-cost"),
                "p10 – p90".into(),
                t("col-output-at-risk"),
            ],
            rows,
        },
    }
}
