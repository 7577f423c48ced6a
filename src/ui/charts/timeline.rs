//! 2024–2035: dependency and prices year by year, with their bands.

use super::{band, ChartId, ChartSpec};
use crate::model::Outcome;
use crate::ui::chart::{Line, LineChart, Tick, XAxis};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;

/// mine-to-magnet dependency and the NdPr and Dy multipliers, 2024–2035, with bands.
pub fn timeline_chart(o: &Outcome) -> ChartSpec {
    let years: Vec<u16> = o.timeline.iter().map(|t| t.year).collect();
    let (light, light_band) = band(o.timeline.iter().map(|t| t.dependency.light.magnet));
    let (heavy, heavy_band) = band(o.timeline.iter().map(|t| t.dependency.heavy.magnet));
    let (ndpr, ndpr_band) = band(o.timeline.iter().map(|t| t.markets.ndpr.multiplier));
    let (dy, dy_band) = band(o.timeline.iter().map(|t| t.markets.dy.multiplier));
    let (magnet, magnet_band) = band(o.timeline.iter().map(|t| t.markets.magnet.multiplier));
    let max_m = ndpr_band
        .iter()
        .chain(dy_band.iter())
        .chain(magnet_band.iter())
        .flatten()
        .map(|b| b.1)
        .chain(ndpr.iter().chain(&dy).chain(&magnet).copied())
        .fold(2.0_f64, f64::max)
        * 1.2;
    let last = light.last().copied().unwrap_or(f64::NAN);
    let finding = format!(
        "Mine-to-magnet dependency on China goes from {} in 2024 to {} in 2035 under this scenario.",
        format::percent(light.first().copied().unwrap_or(f64::NAN)),
        format::percent(last)
    );
    let rows = o
        .timeline
        .iter()
        .map(|t| {
            vec![
                t.year.to_string(),
                format::percent(t.dependency.light.magnet.central),
                format::percent(t.dependency.heavy.magnet.central),
                format::multiplier(t.markets.ndpr.multiplier.central),
                format::multiplier(t.markets.dy.multiplier.central),
                format::multiplier(t.markets.magnet.multiplier.central),
            ]
        })
        .collect();
    ChartSpec {
        id: ChartId::Timeline,
        title: "2024–2035: dependency and prices year by year".into(),
        alt: format!(
            "Two line charts over 2024–2035. {finding} Values per year in the data table."
        ),
        finding,
        note: String::new(),
        plot: Plot::Lines {
            x: XAxis::years(&years),
            panels: vec![
                LineChart {
                    title: "Mine-to-magnet dependency on China".into(),
                    series: vec![
                        Line {
                            name: "Light (NdPr)".into(),
                            color: 0,
                            values: light,
                            band: light_band,
                            dashed: false,
                        },
                        Line {
                            name: "Heavy (Dy+Tb)".into(),
                            color: 1,
                            values: heavy,
                            band: heavy_band,
                            dashed: false,
                        },
                    ],
                    min: 0.0,
                    max: 1.0,
                    log: false,
                    tick: Tick::Percent,
                },
                LineChart {
                    title: "Price outside China, 12-month average (× 2024)".into(),
                    series: vec![
                        Line {
                            name: "NdPr oxide".into(),
                            color: 2,
                            values: ndpr,
                            band: ndpr_band,
                            dashed: false,
                        },
                        Line {
                            name: "Dy oxide".into(),
                            color: 3,
                            values: dy,
                            band: dy_band,
                            dashed: false,
                        },
                        Line {
                            name: "Magnets".into(),
                            color: 4,
                            values: magnet,
                            band: magnet_band,
                            dashed: false,
                        },
                    ],
                    min: 0.9,
                    max: max_m,
                    log: true,
                    tick: Tick::Multiplier,
                },
            ],
        },
        table: Table {
            headers: vec![
                "Year".into(),
                "Dependency, light".into(),
                "Dependency, heavy".into(),
                "NdPr oxide".into(),
                "Dy oxide".into(),
                "Magnets".into(),
            ],
            rows,
        },
    }
}
