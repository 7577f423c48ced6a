//! Added cost per unit of each product (MODEL.md §7.3), with its range.

use super::{ranged, ChartId, ChartSpec};
use crate::model::Outcome;
use crate::ui::chart::{BarChart, BarGroup, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;

/// added cost per unit of each product, with its range.
pub fn exposure_chart(o: &Outcome) -> ChartSpec {
    let groups: Vec<BarGroup> = o
        .exposure
        .iter()
        .map(|e| BarGroup {
            label: e.name.into(),
            values: vec![Some(ranged(&e.added_cost_usd))],
        })
        .collect();
    let max = o
        .exposure
        .iter()
        .map(|e| e.added_cost_usd.p90.max(e.added_cost_usd.central))
        .fold(10.0_f64, f64::max)
        * 2.0;
    let top = o.exposure.iter().max_by(|a, b| {
        a.added_cost_usd
            .central
            .total_cmp(&b.added_cost_usd.central)
    });
    let floor = if o.markets.magnet.at_backstop {
        "at least "
    } else {
        ""
    };
    let finding = match top {
        Some(t) if t.added_cost_usd.central > 0.005 => format!(
            "At the 12-month average magnet price, the largest added cost is {floor}{} {} ({}); an electric car's magnets cost {floor}{} more.",
            format::usd(t.added_cost_usd.central),
            t.per,
            t.name,
            o.exposure
                .iter()
                .find(|e| e.id == "ev-motor")
                .map(|e| format::usd(e.added_cost_usd.central))
                .unwrap_or_else(|| "–".into()),
        ),
        _ => "No added cost: the 12-month average magnet price outside China does not move in this scenario.".into(),
    };
    let rows = o
        .exposure
        .iter()
        .map(|e| {
            vec![
                format!("{} ({})", e.name, e.per),
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
        title: "What it costs: extra magnet cost per unit".into(),
        alt: format!("Horizontal bar chart on a log scale. {finding}"),
        finding,
        note: String::new(),
        plot: Plot::Bars(BarChart {
            series: vec!["Added cost per unit (US$)".into()],
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
                "Product".into(),
                "Magnet".into(),
                "Dy+Tb".into(),
                "Added cost".into(),
                "p10 – p90".into(),
                "Output at risk".into(),
            ],
            rows,
        },
    }
}
