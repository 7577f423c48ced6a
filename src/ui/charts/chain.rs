//! Dependency at each stage of the light and heavy chains, today beside the scenario (MODEL.md §6).

use super::{plain, ranged, ChartId, ChartSpec};
use crate::data::{Chain, Stage};
use crate::model::{Crma, CrmaCheck, Outcome};
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

/// The EU figure a benchmark is judged on: the weaker of the two chains (the lower share where
/// the Act asks for at least, the higher dependency where it asks for at most).
fn weaker(c: &CrmaCheck) -> Option<f64> {
    let (l, h) = (c.light?, c.heavy?);
    Some(if c.at_least { l.min(h) } else { l.max(h) })
}

/// Under the chain chart for `view=eu`: which of the Act's benchmarks the EU's chain meets in the
/// scenario year (MODEL.md §6.2).
pub fn crma_sentence(c: &Crma) -> String {
    let mut met = Vec::new();
    let mut missed = Vec::new();
    let mut unknown = Vec::new();
    for (name, check) in c.all() {
        let bound = if check.at_least {
            "at least"
        } else {
            "at most"
        };
        match (weaker(check), check.met) {
            (Some(v), Some(ok)) => {
                let what = if check.at_least {
                    format!("{} of need", format::percent(v))
                } else {
                    format!("{} from China", format::percent(v))
                };
                let text = format!(
                    "{name} ({what}, {bound} {})",
                    format::percent(check.benchmark)
                );
                if ok {
                    met.push(text);
                } else {
                    missed.push(text);
                }
            }
            _ => unknown.push(format!(
                "{name} (the chain cannot measure it: {})",
                check.note
            )),
        }
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join("; ")
        }
    };
    let mut out = format!(
        "EU Critical Raw Materials Act benchmarks in {}, on the weaker of the two chains. Met: {}. Not met: {}.",
        c.year,
        list(&met),
        list(&missed)
    );
    if !unknown.is_empty() {
        out.push_str(&format!(" Not measured: {}.", unknown.join("; ")));
    }
    out.push_str(" The lines mark at most 65 % from China at any stage, and the dependency at which 40 % processed and 10 % mined in the EU would be reached.");
    out
}

/// The lines across the chart: the capacity-needed target, or for `view=eu` the Act's benchmarks
/// on the dependency scale (at least `x` in the EU is a dependency of at most `1 − x`).
fn reference_lines(o: &Outcome, target: f64) -> Vec<(f64, String)> {
    match &o.crma {
        Some(c) => vec![
            (
                c.single_supplier.benchmark,
                format!(
                    "CRMA: ≤ {} from one country",
                    format::percent(c.single_supplier.benchmark)
                ),
            ),
            (
                1.0 - c.processing.benchmark,
                format!(
                    "CRMA: {} processed in EU",
                    format::percent(c.processing.benchmark)
                ),
            ),
            (
                1.0 - c.extraction.benchmark,
                format!(
                    "CRMA: {} mined in EU",
                    format::percent(c.extraction.benchmark)
                ),
            ),
        ],
        None => vec![(target, format!("target {}", format::percent(target)))],
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
    let its = crate::ui::summary::viewpoint_pronoun(o.view);
    let finding = format!(
        "In {}, {who} would depend on China for {} of {its} NdPr at the magnet stage (today {}); the weakest link is {}.",
        o.year,
        format::percent(light.magnet.dependency.central),
        format::percent(today.dependency.light.magnet.dependency.central),
        crate::ui::summary::stage_phrase(light.bottleneck),
    );
    let note = o.crma.as_ref().map(crma_sentence).unwrap_or_default();
    ChartSpec {
        id: ChartId::Chain,
        title: "Dependency on China at each stage, from mine to magnet".into(),
        alt: format!(
            "Bar chart. {finding} Heavy rare earths: {} at the magnet stage. {note}{}Details in the data table.",
            format::percent(o.dependency.heavy.magnet.dependency.central),
            if note.is_empty() { "" } else { " " }
        ),
        finding,
        note,
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
            reference: reference_lines(o, target),
            tick: Tick::Percent,
            observed_label: String::new(),
            compare_label: String::new(),
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
