//! Dependency at each stage of the light and heavy chains, today beside the scenario (MODEL.md §6).

use super::{plain, ranged, ChartId, ChartSpec};
use crate::data::{Chain, Stage};
use crate::model::Outcome;
use crate::ui::chart::{BarChart, BarGroup, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;

fn stage_label(s: Stage) -> &'static str {
    match s {
        Stage::Mining => "Mining",
        Stage::Separation => "Separation",
        Stage::Metal => "Metal",
        Stage::Magnet => "Magnets",
    }
}

/// dependency at each stage, light and heavy chains, today vs the scenario.
pub fn chain_chart(o: &Outcome, today: &Outcome) -> ChartSpec {
    let groups = Stage::ALL
        .iter()
        .map(|s| BarGroup {
            label: stage_label(*s).into(),
            values: vec![
                Some(plain(today.dependency.light.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.light.stage(*s).dependency)),
                Some(plain(today.dependency.heavy.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.heavy.stage(*s).dependency)),
            ],
        })
        .collect();
    let light = &o.dependency.light;
    let target = light.target;
    let mut rows = Vec::new();
    for c in Chain::ALL {
        for s in Stage::ALL {
            let now = today.dependency.get(c).stage(s);
            let sc = o.dependency.get(c).stage(s);
            rows.push(vec![
                format!(
                    "{} — {}",
                    if c == Chain::Light {
                        "Light (NdPr)"
                    } else {
                        "Heavy (Dy+Tb)"
                    },
                    stage_label(s)
                ),
                format::percent(now.dependency.central),
                format::percent(sc.dependency.central),
                format!(
                    "{} – {}",
                    format::percent(sc.dependency.p10),
                    format::percent(sc.dependency.p90)
                ),
                format::percent(sc.direct_reliance),
                format::percent(sc.china_share),
                format::thousands(sc.hhi),
            ]);
        }
    }
    let who = viewpoint_phrase(o.view);
    let finding = format!(
        "In {}, {who} would depend on China for {} of its NdPr at the magnet stage (today {}); the weakest link is {}.",
        o.year,
        format::percent(light.magnet.dependency.central),
        format::percent(today.dependency.light.magnet.dependency.central),
        crate::ui::summary::stage_phrase(light.bottleneck),
    );
    ChartSpec {
        id: ChartId::Chain,
        title: "Dependency on China at each stage, from mine to magnet".into(),
        alt: format!(
            "Bar chart. {finding} Heavy rare earths: {} at the magnet stage. Details in the data table.",
            format::percent(o.dependency.heavy.magnet.dependency.central)
        ),
        finding,
        plot: Plot::Bars(BarChart {
            series: vec![
                "Light, 2024".into(),
                format!("Light, {}", o.year),
                "Heavy, 2024".into(),
                format!("Heavy, {}", o.year),
            ],
            groups,
            min: 0.0,
            max: 1.0,
            log: false,
            horizontal: false,
            reference: Some((target, format!("target {}", format::percent(target)))),
            tick: Tick::Percent,
            observed_label: String::new(),
        }),
        table: Table {
            headers: vec![
                "Chain and stage".into(),
                "Dependency 2024".into(),
                format!("Dependency {}", o.year),
                "p10 – p90".into(),
                "Direct reliance".into(),
                "China's world share".into(),
                "HHI".into(),
            ],
            rows,
        },
    }
}
